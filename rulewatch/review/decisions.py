"""One decision on one alert (accept, reject, edit, reopen), in its own transaction: the CLI and the web page both call this."""

from __future__ import annotations

from typing import Mapping

from rulewatch.schemas import Review, RuleValue
from rulewatch.store import Store, get_alert, review_alert
from rulewatch.store.alerts import review_history

from .edits import corrected_value


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


def decide_typed(
    store: Store,
    alert_id: int,
    action: str,
    reason: str,
    editor: str,
    expected_version: int | None = None,
    value: str | None = None,
    operator: str | None = None,
    unit: str | None = None,
    qualifiers: Mapping[str, str] | None = None,
) -> Review:
    """A decision as an editor types it (the web form, the CLI): an edit's ``value`` is text, read and
    checked as an extracted value of the alert's criterion (``edits.corrected_value``); nothing is stored
    when it is refused."""
    corrected = None
    if action == "edit":
        with store.transaction() as session:
            change = get_alert(session, alert_id).change
        corrected = corrected_value(change, value or "", operator, unit, qualifiers)
    return decide(store, alert_id, action, reason, editor, expected_version, corrected)


def history(store: Store, alert_id: int | None = None, limit: int | None = None) -> list[Review]:
    """Decisions, newest first: on one alert, or on any."""
    with store.transaction() as session:
        return review_history(session, alert_id, limit)
