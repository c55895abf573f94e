"""Rule state: tonight's records applied onto the previous rule set.

A key not seen tonight keeps its record (not seen is not removed). Among statements of one
key, the latest by effective date (else publication date) wins, an official source outranking
news at the same date: an old article found late never moves the state backwards.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from rulewatch.schemas import Record, Requirement, RuleSet


def stated_on(record: Record) -> date:
    """When the source said it: its publication date, else its modification date, else when we fetched it."""
    ev = record.evidence
    return ev.published or ev.modified or (ev.fetched_at.date() if ev.fetched_at else date.min)


def period(record: Record) -> date:
    """The date a statement is about: its effective date when the text gives one, else the day it was said.

    Two statements of one key with the same period speak of the same rule at the same time: when their
    values differ, the key is disputed.
    """
    if isinstance(record, Requirement) and record.effective_from:
        return record.effective_from
    return stated_on(record)


def rank(record: Record) -> tuple[date, int, date]:
    """Latest period first; for the same period an official source settles it, then the later statement."""
    return (period(record), 1 if record.evidence.authority == "official" else 0, stated_on(record))


def apply_records(state: RuleSet, records: Iterable[Record], *, newer: bool = False) -> RuleSet:
    """A new rule set: ``state`` with ``records`` applied.

    ``newer=True`` says the records are known to be later than everything in ``state`` (the
    user gave the order, as in ``rulewatch diff OLD NEW``), so they win whatever their dates.
    """
    rules = dict(state.rules)
    tonight: dict[str, Record] = {}
    for record in sorted(records, key=lambda r: (rank(r), r.evidence.url)):  # URL: the same order every night
        tonight[record.key] = record  # highest rank last, so it stays
    for key, record in tonight.items():
        current = rules.get(key)
        if current is None or newer or rank(record) >= rank(current):
            rules[key] = record
    return RuleSet(rules=rules)
