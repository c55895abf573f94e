"""Sending the outbox through Apprise, target by target; a failure stays pending for the next night."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import apprise

from rulewatch.errors import NotifyConfigError
from rulewatch.store import Store, mark_failed, mark_sent, pending_notifications, waiting_counts

from .config import NotifyConfig, Target
from .digest import build_digest

log = logging.getLogger(__name__)


@dataclass
class Delivery:
    """What one attempt did: alerts sent per target, and the error of each target that failed."""

    sent: dict[str, list[int]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"sent": self.sent, "failed": self.failed}


def _send(target: Target, title: str, body: str) -> str | None:
    """None when the target accepted the message, else why not."""
    try:
        url = target.resolved_url()
    except NotifyConfigError as exc:
        return str(exc)
    notifier = apprise.Apprise()
    if not notifier.add(url):
        return f"target {target.name!r}: Apprise does not understand its URL"
    body_format = apprise.NotifyFormat.HTML if target.format == "html" else apprise.NotifyFormat.TEXT
    with apprise.LogCapture(level=logging.WARNING) as logs:
        ok = notifier.notify(title=title, body=body, body_format=body_format)
        captured = logs.getvalue().strip()
    return None if ok else f"target {target.name!r}: {captured or 'notification failed'}"


def deliver_pending(store: Store, config: NotifyConfig) -> Delivery:
    """Send every pending alert, one digest per target; each target's outcome is committed on its own."""
    delivery = Delivery()
    with store.transaction() as session:
        pending = pending_notifications(session)
        waiting = waiting_counts(session)
    targets = {t.name: t for t in config.targets}
    for name, alerts in pending.items():
        target = targets.get(name)
        if target is None:
            continue  # removed from the config: kept pending, sent again if it comes back
        digest = build_digest(alerts, waiting)
        error = _send(target, digest.title, digest.html if target.format == "html" else digest.text)
        ids = [a.id for a in alerts]
        with store.transaction() as session:
            if error is None:
                mark_sent(session, name, ids)
                delivery.sent[name] = ids
            else:
                mark_failed(session, name, ids, error)
                delivery.failed[name] = error
                log.warning("notification to %s failed, retried next night: %s", name, error)
    return delivery
