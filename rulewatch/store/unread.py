"""Unread statements in the store: written with a page's records, read back for editors and night reports.

A night's set is complete: a page that did not change carries its last set to tonight, as it
carries its records. None of it is ever read into the rule state by itself: an editor answers a
statement (types it into a record, or dismisses it), and the answer covers the same statement on
later nights — the same page and normalised quote, or the same snapshot text and offsets.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rulewatch.errors import ReviewConflict, UnknownStatement
from rulewatch.schemas import Evidence, Requirement, UnreadStatement

from .nights import utcnow
from .tables import Snapshot, UnreadAnswer, UnreadRow, row_by_id


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


@dataclass(frozen=True)
class StoredAnswer:
    """An editor's answer: ``typed`` (with the record, and the accepted alert when it changed the rule state) or ``dismissed``."""

    id: int
    statement_id: int
    action: str
    reason: str
    editor: str
    at: datetime
    record: Requirement | None = None
    alert_id: int | None = None


def normalised_quote(quote: str) -> str:
    """A quote as compared across nights: Unicode-compatible forms, one kind of apostrophe, case and spacing folded."""
    text = unicodedata.normalize("NFKC", quote).replace("\u2019", "'").replace("\u2018", "'").casefold()
    return re.sub(r"\s+", " ", text).strip()


def answer_keys(evidence: Evidence, text_sha256: str | None) -> tuple[str, str | None]:
    """What an answer is matched on: (page URL + normalised quote, snapshot text + offsets when the text is known)."""
    quote_key = hashlib.sha256(f"{evidence.url}\n{normalised_quote(evidence.quote)}".encode()).hexdigest()
    place = f"{text_sha256}:{evidence.start}:{evidence.end}" if text_sha256 else None
    return quote_key, hashlib.sha256(place.encode()).hexdigest() if place else None


def unread_rows(statements: Sequence[UnreadStatement], source: str, text_sha256: str | None = None) -> list[dict]:
    """The ``unread_statements`` columns of a page's statements, but its night and snapshot."""
    rows = []
    for u in statements:
        quote_key, place_key = answer_keys(u.evidence, text_sha256)
        rows.append({
            "source": source, "reason": u.reason, "needs_editor": u.needs_editor, "kinds": list(u.kinds),
            "criteria": list(u.criteria), "evidence": u.evidence.model_dump(mode="json"), "quote_key": quote_key,
            "place_key": place_key,
        })
    return rows


def add_unread(session: Session, night_id: int, snapshot_id: int, source: str,
               statements: Sequence[UnreadStatement], text_sha256: str | None = None) -> None:
    session.add_all(UnreadRow(night_id=night_id, snapshot_id=snapshot_id, **row)
                    for row in unread_rows(statements, source, text_sha256))


def statement_of(row: UnreadRow) -> UnreadStatement:
    return UnreadStatement.model_validate(
        {"evidence": row.evidence, "reason": row.reason, "kinds": row.kinds, "criteria": row.criteria}
    )


def _stored(row: UnreadRow) -> StoredUnread:
    return StoredUnread(row.id, row.night_id, row.snapshot_id, row.source, statement_of(row))


def _matches(answer: type[UnreadAnswer], row: type[UnreadRow]) -> ColumnElement[bool]:
    return or_(answer.quote_key == row.quote_key, and_(row.place_key.is_not(None), answer.place_key == row.place_key))


def _answered() -> ColumnElement[bool]:
    """True for a statement row that an answer covers (given on it, or on the same statement another night)."""
    return select(UnreadAnswer.id).where(_matches(UnreadAnswer, UnreadRow)).exists()


def latest_crawled_night(session: Session) -> int | None:
    """The latest night whose crawl was stored (its snapshots are written in the same transaction as its statements)."""
    return session.scalar(select(func.max(Snapshot.night_id)))


def unread_statements(
    session: Session, night: int | None = None, needs_editor: bool | None = True, source: str | None = None,
    *, answered: bool | None = None, reason: str | None = None, criterion: str | None = None,
) -> list[StoredUnread]:
    """A night's unread statements (default: the latest crawled night), by source, then page and text order.

    ``needs_editor=True`` (default) keeps those a person should read, ``False`` those set aside
    with a judgement (hypothetical, past-only…), ``None`` both. ``answered=False`` keeps those still
    waiting for an editor, ``True`` those an answer covers, ``None`` both.
    """
    night = night if night is not None else latest_crawled_night(session)
    if night is None:
        return []
    query = select(UnreadRow).where(UnreadRow.night_id == night)
    if needs_editor is not None:
        query = query.where(UnreadRow.needs_editor == needs_editor)
    if source is not None:
        query = query.where(UnreadRow.source == source)
    if reason is not None:
        query = query.where(UnreadRow.reason == reason)
    if answered is not None:
        query = query.where(_answered() if answered else ~_answered())
    rows = [_stored(r) for r in session.scalars(query.order_by(UnreadRow.source, UnreadRow.snapshot_id, UnreadRow.id))]
    return [r for r in rows if criterion is None or criterion in r.statement.criteria]


def unread_counts(session: Session, night: int, needs_editor: bool = True) -> dict[str, int]:
    """Source -> how many of the night's unread statements (needing an editor, by default) still wait for an answer."""
    rows = session.execute(
        select(UnreadRow.source, func.count())
        .where(UnreadRow.night_id == night, UnreadRow.needs_editor == needs_editor, ~_answered())
        .group_by(UnreadRow.source)
        .order_by(UnreadRow.source)
    )
    return {source: count for source, count in rows}


def waiting_counts(session: Session) -> dict[str, int]:
    """``unread_counts`` of the latest crawled night (none before the first crawl)."""
    night = latest_crawled_night(session)
    return unread_counts(session, night) if night is not None else {}


def get_unread(session: Session, statement_id: int) -> StoredUnread:
    row = row_by_id(session, UnreadRow, statement_id)
    if row is None:
        raise UnknownStatement(f"no unread statement has id {statement_id}")
    return _stored(row)


def _answer(row: UnreadAnswer) -> StoredAnswer:
    record = Requirement.model_validate(row.record) if row.record else None
    return StoredAnswer(row.id, row.statement_id, row.action, row.reason, row.editor, row.at, record, row.alert_id)


def answer_for(session: Session, statement_id: int) -> StoredAnswer | None:
    """The answer covering a statement (the first one given), or None while it waits."""
    get_unread(session, statement_id)
    found = session.scalars(
        select(UnreadAnswer).join(UnreadRow, _matches(UnreadAnswer, UnreadRow))
        .where(UnreadRow.id == statement_id).order_by(UnreadAnswer.id).limit(1)
    ).first()
    return _answer(found) if found is not None else None


def add_answer(session: Session, statement_id: int, action: str, reason: str, editor: str,
               record: Requirement | None = None, alert_id: int | None = None) -> StoredAnswer:
    """Store an answer; a statement already answered (here or on another night) is a conflict, never overwritten."""
    earlier = answer_for(session, statement_id)
    if earlier is not None:
        raise ReviewConflict(f"unread statement {statement_id} was already {earlier.action} by {earlier.editor} "
                             f"at {earlier.at:%Y-%m-%d %H:%M} ({earlier.reason})")
    row = row_by_id(session, UnreadRow, statement_id)
    answer = UnreadAnswer(
        statement_id=statement_id, action=action, reason=reason, editor=editor, at=utcnow(),
        record=record.model_dump(mode="json") if record else None, alert_id=alert_id,
        quote_key=row.quote_key, place_key=row.place_key,
    )
    session.add(answer)
    try:
        session.flush()
    except IntegrityError as exc:  # another editor answered the same row in the meantime
        raise ReviewConflict(f"unread statement {statement_id} was answered by someone else just now") from exc
    return _answer(answer)


def answered_statements(session: Session) -> list[tuple[StoredUnread, StoredAnswer]]:
    """Every answer with the statement it was given on, oldest first (the corpus export's input)."""
    rows = session.execute(select(UnreadRow, UnreadAnswer).join(UnreadAnswer, UnreadAnswer.statement_id == UnreadRow.id)
                           .order_by(UnreadAnswer.id))
    return [(_stored(statement), _answer(answer)) for statement, answer in rows]


def snapshot_unread(session: Session, snapshot_ids: set[int]) -> list[UnreadStatement]:
    """The statements stored for a snapshot given with the one it carried from: one set (a carried set is a copy)."""
    by_snapshot: dict[int, list[UnreadStatement]] = {}
    for row in session.scalars(select(UnreadRow).where(UnreadRow.snapshot_id.in_(snapshot_ids)).order_by(UnreadRow.id)):
        by_snapshot.setdefault(row.snapshot_id, []).append(statement_of(row))
    return max(by_snapshot.values(), key=len, default=[])
