"""Unread statements in the store: written with a page's records, read back for editors and night reports.

A night's set is complete: a page that did not change carries its last set to tonight, as it
carries its records. None of it is ever read into the rule state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rulewatch.schemas import UnreadStatement

from .tables import Snapshot, UnreadRow


@dataclass(frozen=True)
class StoredUnread:
    """An unread statement as stored: which night, which snapshot and which source it belongs to."""

    id: int
    night_id: int
    snapshot_id: int
    source: str
    statement: UnreadStatement

    @property
    def needs_editor(self) -> bool:
        return self.statement.needs_editor


def add_unread(session: Session, night_id: int, snapshot_id: int, source: str,
               statements: Sequence[UnreadStatement]) -> None:
    session.add_all(
        UnreadRow(
            night_id=night_id, snapshot_id=snapshot_id, source=source, reason=u.reason, needs_editor=u.needs_editor,
            kinds=list(u.kinds), criteria=list(u.criteria), evidence=u.evidence.model_dump(mode="json"),
        )
        for u in statements
    )


def statement_of(row: UnreadRow) -> UnreadStatement:
    return UnreadStatement.model_validate(
        {"evidence": row.evidence, "reason": row.reason, "kinds": row.kinds, "criteria": row.criteria}
    )


def latest_crawled_night(session: Session) -> int | None:
    """The latest night whose crawl was stored (its snapshots are written in the same transaction as its statements)."""
    return session.scalar(select(func.max(Snapshot.night_id)))


def unread_statements(
    session: Session, night: int | None = None, needs_editor: bool | None = True, source: str | None = None,
) -> list[StoredUnread]:
    """A night's unread statements (default: the latest crawled night), by source, then page and text order.

    ``needs_editor=True`` (default) keeps those a person should read, ``False`` those set aside
    with a judgement (hypothetical, past-only…), ``None`` both.
    """
    night = night if night is not None else latest_crawled_night(session)
    if night is None:
        return []
    query = select(UnreadRow).where(UnreadRow.night_id == night)
    if needs_editor is not None:
        query = query.where(UnreadRow.needs_editor == needs_editor)
    if source is not None:
        query = query.where(UnreadRow.source == source)
    return [StoredUnread(r.id, r.night_id, r.snapshot_id, r.source, statement_of(r))
            for r in session.scalars(query.order_by(UnreadRow.source, UnreadRow.snapshot_id, UnreadRow.id))]


def unread_counts(session: Session, night: int, needs_editor: bool = True) -> dict[str, int]:
    """Source -> how many of the night's unread statements (needing an editor, by default) it holds."""
    rows = session.execute(
        select(UnreadRow.source, func.count())
        .where(UnreadRow.night_id == night, UnreadRow.needs_editor == needs_editor)
        .group_by(UnreadRow.source)
        .order_by(UnreadRow.source)
    )
    return {source: count for source, count in rows}


def snapshot_unread(session: Session, snapshot_ids: set[int]) -> list[UnreadStatement]:
    """The statements stored for a snapshot given with the one it carried from: one set (a carried set is a copy)."""
    by_snapshot: dict[int, list[UnreadStatement]] = {}
    for row in session.scalars(select(UnreadRow).where(UnreadRow.snapshot_id.in_(snapshot_ids)).order_by(UnreadRow.id)):
        by_snapshot.setdefault(row.snapshot_id, []).append(statement_of(row))
    return max(by_snapshot.values(), key=len, default=[])
