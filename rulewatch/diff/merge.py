"""Rule state: tonight's records applied onto the previous rule set.

A key not seen tonight keeps its record (not seen is not removed). Among statements of one
key, the latest by effective date (else publication date) wins, an official source outranking
news at the same date: an old article found late never moves the state backwards.

The winning *value* is the latest one; the *record* kept for it is the most detailed statement of
that value (``most_detailed``): a news article restating the official rule without "full-time, not
necessarily continuous" neither changes the rule nor drops those details from the state. Keeping a
real statement (rather than filling the winner's qualifiers in) keeps every record's quote true to
its fields. The price: the kept record may rank below the latest statement of its value, and a later
night ranks newcomers against it. Pages still crawled restate their records every night, so this only
matters when the latest statement's page is gone and an article dated in between turns up.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from rulewatch.schemas import IDENTITY_QUALIFIERS, Qualifiers, Record, Requirement, RuleSet

from .values import compatible, refines, rule_value


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


_DESCRIPTIVE = tuple(n for n in Qualifiers.model_fields if n not in IDENTITY_QUALIFIERS)


def _details_given(record: Requirement) -> int:
    """Descriptive qualifiers stated, and its conditions (a waiver is a detail a shorter statement leaves out)."""
    return sum(getattr(record.qualifiers, n) is not None for n in _DESCRIPTIVE) + len(record.conditions)


def most_detailed(top: Record, statements: Iterable[Record]) -> Record:
    """``top``, or a statement of the same value that says everything it says and more (``refines``).

    Highest-ranked first, each step keeping every detail already found, so the answer never loses one.
    """
    if not isinstance(top, Requirement):
        return top  # only requirements have descriptive qualifiers
    others = [r for r in statements if r is not top and isinstance(r, Requirement) and r.value == top.value
              and (r.operator, r.unit) == (top.operator, top.unit)
              and (r.qualifiers, r.conditions) != (top.qualifiers, top.conditions)]  # cheap tests first
    if not any(_details_given(r) > _details_given(top) for r in others):
        return top
    best, best_value = top, rule_value(top)
    for record in sorted(others, key=lambda r: (rank(r), r.evidence.url), reverse=True):
        if refines(value := rule_value(record), best_value):
            best, best_value = record, value
    return best


def apply_records(state: RuleSet, records: Iterable[Record], *, newer: bool = False) -> RuleSet:
    """A new rule set: ``state`` with ``records`` applied.

    ``newer=True`` says the records are known to be later than everything in ``state`` (the
    user gave the order, as in ``rulewatch diff OLD NEW``), so they win whatever their dates.
    The record kept for a key is the most detailed statement of the winning value among tonight's
    and the state's (``most_detailed``).
    """
    rules = dict(state.rules)
    tonight: dict[str, list[Record]] = {}
    for record in sorted(records, key=lambda r: (rank(r), r.evidence.url)):  # URL: the same order every night
        tonight.setdefault(record.key, []).append(record)  # highest rank last
    for key, stated in tonight.items():
        current = rules.get(key)
        top = stated[-1]
        if current is None or newer or rank(top) >= rank(current):
            rules[key] = most_detailed(top, stated if current is None else [*stated, current])
        else:
            rules[key] = most_detailed(current, stated)
    return RuleSet(rules=rules)


def apply_night(state: RuleSet, read: Iterable[Record], not_read: Iterable[Record]) -> RuleSet:
    """Tonight's rule state from a view that may be partial.

    ``read``: the statements read tonight; ``not_read``: the last statements of the pages that were
    not read tonight (failed, cut off, not fetched). Those stand beside tonight's as they stood, so a
    key stated by several pages moves only as a full night would move it; and a key moves only to a
    value read tonight, never to one a page that failed said earlier.
    """
    read = list(read)
    read_values: dict[str, list] = {}
    for record in read:
        read_values.setdefault(record.key, []).append(rule_value(record))
    merged = apply_records(state, [*read, *(r for r in not_read if r.key in read_values)])
    rules = dict(merged.rules)
    for key, values in read_values.items():
        before = state.rules.get(key)
        if before is not None and not any(compatible(v, rule_value(rules[key])) for v in values):
            rules[key] = before
    return RuleSet(rules=rules)
