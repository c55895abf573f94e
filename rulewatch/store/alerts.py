"""Alerts (stored changes) and the reviews of them; a review checks the version it was made on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from rulewatch.errors import ReviewConflict, ReviewError, UnknownAlert
from rulewatch.schemas import Change, Review, RuleValue

from .nights import utcnow
from .tables import Alert, ReviewRow

ACTION_STATUS = {"accept": "accepted", "reject": "rejected", "edit": "accepted"}


@dataclass(frozen=True)
class StoredAlert:
    id: int
    night_id: int | None
    created_at: datetime
    status: str
    version: int
    change: Change


def _view(row: Alert) -> StoredAlert:
    return StoredAlert(row.id, row.night_id, row.created_at, row.status, row.version, Change.model_validate(row.change))


def add_alerts(session: Session, changes: Sequence[Change], night_id: int | None, ruleset_id: int | None) -> list[int]:
    rows = [
        Alert(
            night_id=night_id,
            ruleset_id=ruleset_id,
            created_at=utcnow(),
            key=c.key,
            type=c.type,
            kind=c.kind,
            priority=c.priority,
            confirmation=c.confirmation,
            status="open",
            version=1,
            change=c.model_dump(mode="json"),
        )
        for c in changes
    ]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def list_alerts(session: Session, status: str | None = "open", night_id: int | None = None) -> list[StoredAlert]:
    query = select(Alert)
    if status:
        query = query.where(Alert.status == status)
    if night_id is not None:
        query = query.where(Alert.night_id == night_id)
    query = query.order_by(Alert.priority.desc(), Alert.id)
    return [_view(r) for r in session.scalars(query)]


def get_alert(session: Session, alert_id: int) -> StoredAlert:
    row = session.get(Alert, alert_id)
    if row is None:
        raise UnknownAlert(f"no alert has id {alert_id}")
    return _view(row)


def review_alert(
    session: Session,
    alert_id: int,
    action: str,
    reason: str,
    editor: str,
    expected_version: int | None = None,
    value: RuleValue | None = None,
) -> Review:
    """Record a decision. The update only applies to the version the editor saw: a second editor gets a conflict."""
    if not reason or not reason.strip():
        raise ReviewError("a reason is required")
    if action not in ACTION_STATUS:
        raise ReviewError(f"unknown action {action!r}: use accept, reject or edit")
    if action == "edit" and value is None:
        raise ReviewError("an edit needs the corrected value")
    current = get_alert(session, alert_id)
    version = current.version if expected_version is None else expected_version
    if current.status != "open" or current.version != version:
        last = last_review(session, alert_id)
        who = f" by {last.editor} at {last.at:%Y-%m-%d %H:%M} ({last.action}: {last.reason})" if last else ""
        raise ReviewConflict(f"alert {alert_id} was already decided{who}")
    result = session.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.version == version, Alert.status == "open")
        .values(status=ACTION_STATUS[action], version=version + 1)
    )
    if result.rowcount != 1:
        raise ReviewConflict(f"alert {alert_id} was decided by someone else just now")
    at = utcnow()
    session.add(
        ReviewRow(
            alert_id=alert_id, action=action, reason=reason.strip(), editor=editor, at=at,
            value=value.model_dump(mode="json") if value else None,
        )
    )
    return Review(alert_id=alert_id, action=action, reason=reason.strip(), editor=editor, at=at, value=value)  # type: ignore[arg-type]


def last_review(session: Session, alert_id: int) -> Review | None:
    row = session.scalars(
        select(ReviewRow).where(ReviewRow.alert_id == alert_id).order_by(ReviewRow.id.desc()).limit(1)
    ).first()
    return _review(row) if row else None


def _review(row: ReviewRow) -> Review:
    return Review(
        alert_id=row.alert_id, action=row.action, reason=row.reason, editor=row.editor,  # type: ignore[arg-type]
        at=row.at, value=RuleValue.model_validate(row.value) if row.value else None,
    )


def accepted_alerts(session: Session) -> list[tuple[StoredAlert, Review]]:
    """Accepted alerts in the order they were raised, each with the review that accepted it."""
    rows = session.scalars(select(Alert).where(Alert.status == "accepted").order_by(Alert.id))
    out = []
    for row in rows:
        review = last_review(session, row.id)
        if review is not None:
            out.append((_view(row), review))
    return out


def count_alerts(session: Session, status: str = "open") -> int:
    return session.scalar(select(func.count()).select_from(Alert).where(Alert.status == status)) or 0
