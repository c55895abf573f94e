"""Changes as alerts see them: a change completed with its key's standing, and several reports of one
change folded into one (more sources, more confidence), or a dispute settled by the value that won.

Pure functions; the store decides which stored alert a report belongs to (``rulewatch.store.alerts``).
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from rulewatch.schemas import Change, Evidence, SourcedValue

from .compare import direction
from .priority import prioritise
from .standing import Standing, confirmation_of, value_identity


def _union(*groups: Iterable[Evidence]) -> list[Evidence]:
    """Evidence of several reports, one per URL (the first seen kept), in the order first seen."""
    out: dict[str, Evidence] = {}
    for group in groups:
        for ev in group:
            out.setdefault(ev.url, ev)
    return list(out.values())


def _merge_values(first: Sequence[SourcedValue], second: Sequence[SourcedValue], after_ident: str) -> list[SourcedValue]:
    """Both lists' values with their sources united; the change's own value first."""
    merged: dict[str, list[Evidence]] = {}
    shown = {}
    for sv in (*first, *second):
        ident = value_identity(sv.value)
        shown.setdefault(ident, sv.value)
        merged[ident] = _union(merged.get(ident, []), sv.sources)
    order = sorted(merged, key=lambda i: i != after_ident)  # stable: the rest keep their order
    return [SourcedValue(value=shown[i], sources=merged[i]) for i in order]


def _scored(change: Change, today: date | None) -> Change:
    priority, reasons = prioritise(
        change.kind, change.type, change.after_evidence, change.stated,
        confirmation=change.confirmation, effective_from=change.effective_from, today=today,
    )
    return change.model_copy(update={"priority": priority, "reasons": reasons})


def with_standing(change: Change, standing: Standing | None, today: date | None = None) -> Change:
    """The change with every source stating its new value, the other values stated for that date,
    its confirmation and its priority."""
    if standing is None:
        return _scored(change, today)
    after_ident = value_identity(change.after)
    values = _merge_values([SourcedValue(value=change.after, sources=change.after_evidence)] if change.after else [],
                           standing.values, after_ident)
    supporting = next((v.sources for v in values if value_identity(v.value) == after_ident), change.after_evidence)
    updated = change.model_copy(update={
        "after_evidence": _union(change.after_evidence, supporting),
        "values": values,
        "confirmation": confirmation_of(values) if values else change.confirmation,
    })
    return _scored(updated, today)


def merge_reports(existing: Change, incoming: Change, today: date | None = None) -> Change:
    """One alert's change after another report of it.

    When ``incoming`` has the same new value, its sources join. When it brings another value that
    ``existing`` listed as disputing (an official page settling between two news sources), the alert
    now says that value, measured from the same 'before'.
    """
    after_ident = value_identity(incoming.after)
    same = after_ident == value_identity(existing.after)
    values = _merge_values(existing.values, incoming.values, after_ident)
    supporting = next((v.sources for v in values if value_identity(v.value) == after_ident), [])
    change_type = incoming.type
    if not same and existing.before is not None and incoming.after is not None and incoming.kind == "requirement":
        change_type = direction(incoming.record.criterion, existing.before, incoming.after)  # type: ignore[union-attr]
    merged = existing.model_copy(update={
        "type": change_type,
        "after": incoming.after,
        "after_evidence": _union(existing.after_evidence if same else [], incoming.after_evidence, supporting),
        "before_evidence": _union(existing.before_evidence, incoming.before_evidence if same else []),
        "stated": existing.stated or incoming.stated,
        "effective_from": incoming.effective_from or existing.effective_from,
        "record": incoming.record or existing.record,
        "values": values,
        "confirmation": confirmation_of(values) if values else incoming.confirmation,
    })
    return _scored(merged, today)


def settles(existing: Change, incoming: Change) -> bool:
    """Does ``incoming`` bring one of the values ``existing`` was disputed between?"""
    if existing.confirmation != "disputed" or existing.key != incoming.key:
        return False
    ident = value_identity(incoming.after)
    return any(value_identity(v.value) == ident for v in existing.values)
