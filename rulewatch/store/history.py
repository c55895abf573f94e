"""Everything ever read about a key, across nights: the input of its standing and of `rulewatch history`."""

from __future__ import annotations

from typing import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from rulewatch.diff import HistoryEntry, key_history
from rulewatch.schemas import Record

from .nights import RECORD
from .tables import RecordRow

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
