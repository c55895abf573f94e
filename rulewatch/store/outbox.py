"""The notification outbox: one row per (alert, target), written in the same transaction as the alert.

A row stays ``pending`` until its target accepted a digest containing it, so a failed send is retried the
next night and an alert is never lost (a crash between sending and marking may send it twice: at least
once, never zero times).
"""

from __future__ import annotations

from typing import Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .alerts import StoredAlert, _view
from .nights import utcnow
from .tables import Alert, OutboxRow


def queue_notifications(session: Session, alert_ids: Iterable[int], targets: Sequence[str], night_id: int | None) -> int:
    """Queue each alert for each target (once: a row already queued stays as it is)."""
    queued = 0
    for alert_id in alert_ids:
        have = set(session.scalars(select(OutboxRow.target).where(OutboxRow.alert_id == alert_id)))
        for target in targets:
            if target not in have:
                session.add(OutboxRow(alert_id=alert_id, target=target, night_id=night_id, queued_at=utcnow(),
                                      status="pending", attempts=0))
                queued += 1
    session.flush()
    return queued


def pending_notifications(session: Session) -> dict[str, list[StoredAlert]]:
    """Pending alerts per target, in the order they were raised."""
    rows = session.execute(
        select(OutboxRow.target, Alert).join(Alert, Alert.id == OutboxRow.alert_id)
        .where(OutboxRow.status == "pending").order_by(OutboxRow.target, Alert.id)
    )
    out: dict[str, list[StoredAlert]] = {}
    for target, alert in rows:
        out.setdefault(target, []).append(_view(alert))
    return out


def mark_sent(session: Session, target: str, alert_ids: Sequence[int]) -> None:
    session.execute(
        update(OutboxRow).where(OutboxRow.target == target, OutboxRow.alert_id.in_(alert_ids), OutboxRow.status == "pending")
        .values(status="sent", sent_at=utcnow(), attempts=OutboxRow.attempts + 1, last_error=None)
    )


def mark_failed(session: Session, target: str, alert_ids: Sequence[int], error: str) -> None:
    session.execute(
        update(OutboxRow).where(OutboxRow.target == target, OutboxRow.alert_id.in_(alert_ids), OutboxRow.status == "pending")
        .values(attempts=OutboxRow.attempts + 1, last_error=error[:2000])
    )


def outbox_rows(session: Session) -> list[OutboxRow]:
    return list(session.scalars(select(OutboxRow).order_by(OutboxRow.id)))
