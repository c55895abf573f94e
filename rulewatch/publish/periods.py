"""Periods: each key's accepted values laid on a calendar, so a consumer can ask "what held on this date?".

A value holds from its effective date (else its source's publication date) until the next value of the
same key starts; an accepted ``removed`` change closes the last period without opening one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from rulewatch.schemas import Change, Evidence, KeyPeriods, PublishedPeriod, Record, Review, RuleValue
from rulewatch.store import StoredAlert


@dataclass(frozen=True)
class _Event:
    on: date
    dated_by: str
    alert_id: int  # of two values dated the same day, the later accepted one wins
    change: Change
    value: RuleValue | None  # None: the key was removed
    record: Record | None  # what was published: an accepted edit's corrected record
    record: Record | None


def start_date(change: Change, accepted_on: date) -> tuple[date, str]:
    """When a change's value starts to hold, and what that date was read from (best first)."""
    if change.effective_from is not None:
        return change.effective_from, "effective"
    sources: list[Evidence] = change.after_evidence or change.before_evidence
    for field in ("published", "modified"):
        dates = [getattr(e, field) for e in sources if getattr(e, field) is not None]
        if dates:
            return min(dates), field
    fetched = [e.fetched_at.date() for e in sources if e.fetched_at is not None]
    if fetched:
        return min(fetched), "fetched"
    return accepted_on, "accepted"


def build_periods(accepted: Sequence[tuple[StoredAlert, Review]], records: dict[int, Record | None]) -> list[KeyPeriods]:
    """Every key's periods, sorted by key; within a key oldest first and never overlapping. ``records`` gives each
    alert's published record (an accepted edit publishes the corrected one)."""
    events: dict[str, list[_Event]] = {}
    kinds: dict[str, str] = {}
    for alert, review in accepted:
        change = alert.change
        on, dated_by = start_date(change, review.at.date())
        value = None if change.type == "removed" else (review.value if review.action == "edit" else change.after)
        events.setdefault(change.key, []).append(_Event(on, dated_by, alert.id, change, value, records.get(alert.id)))
        kinds[change.key] = change.kind
    return [KeyPeriods(key=key, kind=kinds[key], periods=_periods(events[key])) for key in sorted(events)]


def _periods(events: list[_Event]) -> list[PublishedPeriod]:
    by_day: dict[date, _Event] = {}
    for event in sorted(events, key=lambda e: (e.on, e.alert_id)):
        by_day[event.on] = event  # the last accepted statement for a day stands for that day
    days = sorted(by_day)
    out = []
    for i, day in enumerate(days):
        event = by_day[day]
        if event.value is None:
            continue
        until = days[i + 1] if i + 1 < len(days) else None
        out.append(PublishedPeriod(
            valid_from=day, valid_until=until, dated_by=event.dated_by, value=event.value,
            record=event.record, sources=event.change.after_evidence, alert_id=event.alert_id,
        ))
    return out


def period_on(periods: KeyPeriods, on: date) -> PublishedPeriod | None:
    """The period holding on ``on``, or None (before the first value, or after a removal)."""
    for period in periods.periods:
        if period.valid_from <= on and (period.valid_until is None or on < period.valid_until):
            return period
    return None
