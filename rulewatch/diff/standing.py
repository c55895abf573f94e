"""Where a key stands among everything ever said about it: its history, its current value, and whether
the sources agree (confirmed / unconfirmed / disputed), each value listed with the sources that state it.

A statement is one record as read from one page. The same page re-crawled every night states the same
thing again: statements are deduplicated by (url, value, period). A page read again saying another value
for the same period (updated in place, its dates unchanged) speaks for itself: only its latest reading
stands. Two statements of the same rule with more or less detail state one value (``values.compatible``).

The *run* of the current value: going back in time from the latest statement, every date at which some
source stated that value, up to the last date at which none did (the key then had a different value).
Every statement of the value in its run supports it (an official page of 18 February confirms a news
article of 4 March saying the same); statements of an older, different value are history, not support.
A different value stated at a date inside the run (the same day, or a day when the current value was
stated too) disputes it. A news article alone contradicting an older official page is not a dispute
but an unconfirmed change: official pages often lag the announcements news report.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Iterable, Sequence

from rulewatch.schemas import Confirmation, Evidence, Record, RuleValue, SourcedValue

from .merge import most_detailed, period, rank
from .values import compatible, refines, rule_value


def value_identity(value: RuleValue | None) -> str:
    """A value's comparable form (its display text left out)."""
    return "" if value is None else json.dumps(value.model_dump(mode="json", exclude={"text"}), sort_keys=True)


def alert_identity(key: str, change_type: str, after: RuleValue | None) -> str:
    """What makes two reports the same change: the key, the change type and the value after it.

    Reports of one change from several pages, on one night or many, share it and make one alert.
    """
    return hashlib.sha256(f"{key}\n{change_type}\n{value_identity(after)}".encode()).hexdigest()


def distinct_statements(records: Iterable[Record]) -> list[Record]:
    """One statement per (url, value, period), the earliest fetched kept, oldest period first."""
    seen: dict[tuple[str, str, date], Record] = {}
    for record in records:
        ident = (record.evidence.url, value_identity(rule_value(record)), period(record))
        seen.setdefault(ident, record)
    return sorted(seen.values(), key=lambda r: (rank(r), r.evidence.url))


_NEVER = datetime.min.replace(tzinfo=timezone.utc)


def _statement(record: Record) -> tuple[str, str, date]:
    return record.evidence.url, value_identity(rule_value(record)), period(record)


def latest_readings(records: Iterable[Record]) -> list[Record]:
    """``distinct_statements`` without what a page said before it was read again saying something else for the
    same date: a canada.ca page updated in place keeps its ``dcterms.issued``, and its former value is not
    a second source disputing the new one (it is in the key's history)."""
    records = list(records)
    last_read: dict[tuple[str, str, date], datetime] = {}  # each statement: the last night it was read
    for record in records:
        ident = _statement(record)
        last_read[ident] = max(last_read.get(ident, _NEVER), record.evidence.fetched_at or _NEVER)
    page_read: dict[tuple[str, date], datetime] = {}  # each page and date: its last reading
    for (url, _, day), when in last_read.items():
        page_read[(url, day)] = max(page_read.get((url, day), _NEVER), when)
    return [r for r in distinct_statements(records) if last_read[_statement(r)] == page_read[(r.evidence.url, period(r))]]


def sourced_values(statements: Sequence[Record]) -> list[SourcedValue]:
    """Statements grouped by value, highest-ranked value first; sources official first, then by URL.

    A statement joins the first group whose value it is compatible with; a group shows its most detailed value.
    """
    groups: list[tuple[RuleValue, list[Record]]] = []
    for record in sorted(statements, key=rank, reverse=True):
        value = rule_value(record)
        for i, (shown, members) in enumerate(groups):
            if compatible(shown, value):
                members.append(record)
                if refines(value, shown):
                    groups[i] = (value, members)
                break
        else:
            groups.append((value, [record]))
    return [
        SourcedValue(value=shown, sources=sorted((r.evidence for r in members), key=lambda e: (e.authority != "official", e.url)))
        for shown, members in groups
    ]


def confirmation_of(values: Sequence[SourcedValue]) -> Confirmation:
    """Confirmed when an official source states the first value (and no official source states another),
    disputed when sources give different values, unconfirmed when only news sources state it."""
    official = [v for v in values if any(e.authority == "official" for e in v.sources)]
    if len(official) > 1:
        return "disputed"
    if official and official[0] is values[0]:
        return "confirmed"
    return "disputed" if len(values) > 1 else "unconfirmed"


@dataclass(frozen=True)
class Standing:
    """A key's current record, and every value stated in its run with its sources (the current one first)."""

    key: str
    current: Record
    values: list[SourcedValue]
    confirmation: Confirmation


def current_run(statements: Sequence[Record]) -> tuple[Record, list[Record], list[Record]]:
    """The latest statement, the statements of its value in its run, and those of other values in the run."""
    top = statements[-1]  # distinct_statements: highest rank last
    value = rule_value(top)
    by_date: dict[date, list[Record]] = {}
    for record in statements:
        by_date.setdefault(period(record), []).append(record)
    support: list[Record] = []
    disputing: list[Record] = []
    for day in sorted(by_date, reverse=True):
        agree: list[Record] = []
        other: list[Record] = []
        for record in by_date[day]:
            (agree if compatible(value, rule_value(record)) else other).append(record)
        if not agree:
            break  # the key had another value then: what came before is history
        support += agree
        disputing += other
    return top, support, disputing


def standing(key: str, records: Iterable[Record]) -> Standing | None:
    """Where ``key`` stands: its current record (the most detailed statement of the latest value), every
    value stated in the run with its sources, and the confirmation that follows."""
    statements = latest_readings(records)
    if not statements:
        return None
    top, support, disputing = current_run(statements)
    values = sourced_values(support + disputing)
    return Standing(key, most_detailed(top, support), values, confirmation_of(values))


@dataclass(frozen=True)
class HistoryEntry:
    """One value a key had for one date, with the sources that stated it; ``current`` when it states the
    value the rule state holds, in that value's run."""

    period: date
    value: RuleValue
    sources: list[Evidence]
    current: bool


def key_history(records: Iterable[Record]) -> list[HistoryEntry]:
    """Every value stated for a key, oldest date first; ``current`` marks the statements of the current run."""
    statements = distinct_statements(records)
    if not statements:
        return []
    top, support, _ = current_run(statements)
    run_start = period(support[-1])
    by_date: dict[date, list[Record]] = {}
    for record in statements:
        by_date.setdefault(period(record), []).append(record)
    entries = []
    for day in sorted(by_date):
        for value in sourced_values(by_date[day]):
            is_current = day >= run_start and compatible(value.value, rule_value(top))
            entries.append(HistoryEntry(day, value.value, value.sources, is_current))
    return entries

