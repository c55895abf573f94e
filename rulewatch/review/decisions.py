"""One decision on one alert, in its own transaction: the CLI and (later) the web page both call this."""

from __future__ import annotations

from rulewatch.schemas import Review, RuleValue
from rulewatch.store import Store, review_alert


def decide(
    store: Store,
    alert_id: int,
    action: str,
    reason: str,
    editor: str,
    expected_version: int | None = None,
    value: RuleValue | None = None,
) -> Review:
    """Apply an editor's decision; raises ReviewError, ReviewConflict or UnknownAlert."""
    with store.transaction() as session:
        return review_alert(session, alert_id, action, reason, editor, expected_version, value)
