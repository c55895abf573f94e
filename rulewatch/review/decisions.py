"""One decision on one alert, in its own transaction: the CLI and the web page both call this."""

from __future__ import annotations

from rulewatch.diff.values import describe
from rulewatch.errors import ReviewError
from rulewatch.schemas import Review, RuleValue
from rulewatch.store import Store, get_alert, review_alert
from rulewatch.store.alerts import review_history


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
    text: str | None = None,
) -> Review:
    """A decision as an editor types it (the web form, the CLI): an edit's ``value`` is text, read with
    the extracted value's operator and unit (see ``edited_value``)."""
    corrected = None
    if action == "edit":
        with store.transaction() as session:
            base = get_alert(session, alert_id).change.after
        corrected = edited_value(base, value or "", text)
    return decide(store, alert_id, action, reason, editor, expected_version, corrected)


def _number(text: str) -> int | float | str:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def edited_value(base: RuleValue | None, value: str, text: str | None = None) -> RuleValue:
    """The corrected value an editor typed: a number (``12``), a list (``0,1,2``), or words; the
    operator, unit and qualifiers stay those of the extracted value."""
    value = value.strip()
    if not value:
        raise ReviewError("an edit needs the corrected value")
    parsed = [_number(v.strip()) for v in value.split(",") if v.strip()] if "," in value else _number(value)
    if isinstance(parsed, list) and any(isinstance(v, float) for v in parsed):
        raise ReviewError(f"a list value holds whole numbers or words, not {value!r}")
    base = base or RuleValue(text="")
    if text is None or not text.strip():
        text = describe(base.operator, parsed, base.unit, base.qualifiers)
    return base.model_copy(update={"value": parsed, "text": text.strip()})


def history(store: Store, alert_id: int | None = None, limit: int | None = None) -> list[Review]:
    """Decisions, newest first: on one alert, or on any."""
    with store.transaction() as session:
        return review_history(session, alert_id, limit)
