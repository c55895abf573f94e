"""Everything ever read about a key, across nights: the input of its standing and of `rulewatch history`."""

from __future__ import annotations

from typing import Collection

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from rulewatch.diff import HistoryEntry, key_history
from rulewatch.schemas import Record

from .nights import RECORD
from .tables import READ_IN_FULL, Health, RecordRow, Snapshot

_CHUNK = 500  # keys per IN (...) query: SQLite's parameter limit is far above, Postgres' planner likes it short


def key_statements(session: Session, keys: Collection[str]) -> dict[str, list[Record]]:
    """Every stored record of each key, in the order they were read."""
    out: dict[str, list[Record]] = {k: [] for k in keys}
    ordered = sorted(keys)
    for i in range(0, len(ordered), _CHUNK):
        rows = session.execute(
            select(RecordRow.key, RecordRow.data).where(RecordRow.key.in_(ordered[i : i + _CHUNK])).order_by(RecordRow.id)
        )
        for key, data in rows:
            out[key].append(RECORD.validate_python(data))
    return out


def history(session: Session, key: str) -> list[HistoryEntry]:
    """The values a key has had, oldest date first, each with its sources."""
    return key_history(key_statements(session, [key])[key])


def not_read_statements(session: Session, night_id: int) -> list[Record]:
    """The last statements of every page of tonight's sources that tonight did not read in full.

    A page that failed tonight (a health entry, cut off by a dying server, truncated) or was not
    fetched (an article already archived) still says what it said the last time it was read:
    tonight's rule state is weighed with it, not without it (``rulewatch.diff.apply_night``).
    """
    sources = set(session.scalars(union(
        select(Snapshot.source).where(Snapshot.night_id == night_id),
        select(Health.source).where(Health.night_id == night_id),
    )))
    read = set(session.execute(select(Snapshot.source, Snapshot.url).where(Snapshot.night_id == night_id, READ_IN_FULL)))
    # Tonight's own snapshots need no exclusion: a page read in full tonight is in ``read``. Without a
    # condition on the night, the partial index ix_snapshots_read_in_full answers this alone.
    latest = session.execute(
        select(Snapshot.source, Snapshot.url, func.max(Snapshot.id)).where(READ_IN_FULL).group_by(Snapshot.source, Snapshot.url)
    )
    ids = sorted(i for source, url, i in latest if source in sources and (source, url) not in read)
    out: list[Record] = []
    for start in range(0, len(ids), _CHUNK):
        rows = session.scalars(
            select(RecordRow.data).where(RecordRow.snapshot_id.in_(ids[start : start + _CHUNK])).order_by(RecordRow.id)
        )
        out += [RECORD.validate_python(data) for data in rows]
    return out
