"""Rule state: tonight's records applied onto the previous rule set.

A key not seen tonight keeps its record (not seen is not removed). Among statements of one
key, the latest by effective date, then publication date wins, an official source outranking
news at the same date: an old article found late never moves the state backwards.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from rulewatch.schemas import Record, Requirement, RuleSet


def rank(record: Record) -> tuple[date, date, int]:
    ev = record.evidence
    effective = record.effective_from if isinstance(record, Requirement) and record.effective_from else date.min
    stated_on = ev.published or ev.modified or (ev.fetched_at.date() if ev.fetched_at else date.min)
    return (effective, stated_on, 1 if ev.authority == "official" else 0)


def apply_records(state: RuleSet, records: Iterable[Record], *, newer: bool = False) -> RuleSet:
    """A new rule set: ``state`` with ``records`` applied.

    ``newer=True`` says the records are known to be later than everything in ``state`` (the
    user gave the order, as in ``rulewatch diff OLD NEW``), so they win whatever their dates.
    """
    rules = dict(state.rules)
    tonight: dict[str, Record] = {}
    for record in sorted(records, key=rank):
        tonight[record.key] = record  # highest rank last, so it stays
    for key, record in tonight.items():
        current = rules.get(key)
        if current is None or newer or rank(record) >= rank(current):
            rules[key] = record
    return RuleSet(rules=rules)
