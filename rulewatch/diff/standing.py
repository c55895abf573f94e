"""Where a key stands among everything ever said about it: its history, its current value, and whether
the sources agree (confirmed / unconfirmed / disputed), each value listed with the sources that state it.

A statement is one record as read from one page. The same page re-crawled every night states the same
thing again: statements are deduplicated by (url, value, period).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from rulewatch.schemas import Confirmation, Evidence, Record, RuleValue, SourcedValue

from .merge import period, rank
from .values import rule_value


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


def sourced_values(statements: Sequence[Record]) -> list[SourcedValue]:
    """Statements grouped by value, highest-ranked value first; sources official first, then by URL."""
    groups: dict[str, list[Record]] = {}
    for record in sorted(statements, key=rank, reverse=True):
        groups.setdefault(value_identity(rule_value(record)), []).append(record)
    return [
        SourcedValue(
            value=rule_value(group[0]),
            sources=sorted((r.evidence for r in group), key=lambda e: (e.authority != "official", e.url)),
        )
        for group in groups.values()
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
    """A key's current record, and every value stated for the same date with its sources."""

    key: str
    current: Record
    values: list[SourcedValue]
    confirmation: Confirmation


def standing(key: str, records: Iterable[Record]) -> Standing | None:
    statements = distinct_statements(records)
    if not statements:
        return None
    current = max(statements, key=rank)
    same_date = [r for r in statements if period(r) == period(current)]
    values = sourced_values(same_date)
    return Standing(key, current, values, confirmation_of(values))


@dataclass(frozen=True)
class HistoryEntry:
    """One value a key had for one date, with the sources that stated it."""

    period: date
    value: RuleValue
    sources: list[Evidence]
    current: bool


def key_history(records: Iterable[Record]) -> list[HistoryEntry]:
    """Every value stated for a key, oldest date first; ``current`` marks the one the rule state holds."""
    statements = distinct_statements(records)
    if not statements:
        return []
    current = max(statements, key=rank)
    by_date: dict[date, list[Record]] = {}
    for record in statements:
        by_date.setdefault(period(record), []).append(record)
    entries = []
    for day in sorted(by_date):
        for value in sourced_values(by_date[day]):
            is_current = day == period(current) and value_identity(value.value) == value_identity(rule_value(current))
            entries.append(HistoryEntry(day, value.value, value.sources, is_current))
    return entries

