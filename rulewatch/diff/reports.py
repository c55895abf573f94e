"""Changes as alerts see them: a change completed with its key's standing, and several reports of one
change folded into one (more sources, more confidence), or a dispute settled by the value that won.

Pure functions; the store decides which stored alert a report belongs to (``rulewatch.store.alerts``).
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from rulewatch.schemas import Change, Evidence, RuleValue, SourcedValue

from .compare import direction
from .priority import prioritise
from .standing import Standing, confirmation_of
from .values import compatible, refines


def _union(*groups: Iterable[Evidence]) -> list[Evidence]:
    """Evidence of several reports, one per URL (the first seen kept), in the order first seen."""
    out: dict[str, Evidence] = {}
    for group in groups:
        for ev in group:
            out.setdefault(ev.url, ev)
    return list(out.values())


def _merge_values(first: Sequence[SourcedValue], second: Sequence[SourcedValue], after: RuleValue | None) -> list[SourcedValue]:
    """Both lists' values with their sources united (compatible values are one, shown with the most detail);
    the change's own value first."""
    merged: list[SourcedValue] = []
    for sv in (*first, *second):
        i = next((i for i, m in enumerate(merged) if compatible(m.value, sv.value)), None)
        if i is None:
            merged.append(sv)
        else:
            shown = sv.value if refines(sv.value, merged[i].value) else merged[i].value
            merged[i] = SourcedValue(value=shown, sources=_union(merged[i].sources, sv.sources))
    return sorted(merged, key=lambda v: not compatible(v.value, after))  # stable: the rest keep their order


def _sources_of(values: Sequence[SourcedValue], value: RuleValue | None) -> list[Evidence]:
    return next((v.sources for v in values if compatible(v.value, value)), [])


def _scored(change: Change, today: date | None) -> Change:
    priority, reasons = prioritise(
        change.kind, change.type, change.after_evidence, change.stated,
        confirmation=change.confirmation, effective_from=change.effective_from, today=today,
        first_round_of=change.first_round_of,
    )
    return change.model_copy(update={"priority": priority, "reasons": reasons})


def with_standing(change: Change, standing: Standing | None, today: date | None = None) -> Change:
    """The change with every source stating its new value, the other values stated for that date,
    its confirmation and its priority."""
    if standing is None:
        return _scored(change, today)
    values = _merge_values([SourcedValue(value=change.after, sources=change.after_evidence)] if change.after else [],
                           standing.values, change.after)
    supporting = _sources_of(values, change.after) or change.after_evidence
    updated = change.model_copy(update={
        "after_evidence": _union(change.after_evidence, supporting),
        "values": values,
        "confirmation": confirmation_of(values) if values else change.confirmation,
    })
    return _scored(updated, today)


def merge_reports(existing: Change, incoming: Change, today: date | None = None) -> Change:
    """One alert's change after another report of it.

    When ``incoming`` has the same new value (or the same with more or less detail), its sources join and
    the alert keeps the more detailed value and record. When it brings another value that ``existing``
    listed as disputing (an official page settling between two news sources), the alert now says that
    value, measured from the same 'before'.
    """
    same = compatible(incoming.after, existing.after)
    keep = same and not refines(incoming.after, existing.after)  # nothing more precise came in
    after = existing.after if keep else incoming.after
    values = _merge_values(existing.values, incoming.values, after)
    change_type = incoming.type
    if not same and existing.before is not None and incoming.after is not None and incoming.kind == "requirement":
        change_type = direction(incoming.record.criterion, existing.before, incoming.after)  # type: ignore[union-attr]
    merged = existing.model_copy(update={
        "type": change_type,
        "after": after,
        "after_evidence": _union(existing.after_evidence if same else [], incoming.after_evidence,
                                 _sources_of(values, after)),
        "before_evidence": _union(existing.before_evidence, incoming.before_evidence if same else []),
        "stated": existing.stated or incoming.stated,
        "effective_from": incoming.effective_from or existing.effective_from,
        "record": (existing.record if keep else incoming.record) or existing.record,
        "values": values,
        "confirmation": confirmation_of(values) if values else incoming.confirmation,
    })
    return _scored(merged, today)


def settles(existing: Change, incoming: Change) -> bool:
    """Does ``incoming`` bring one of the values ``existing`` was disputed between?"""
    if existing.confirmation != "disputed" or existing.key != incoming.key:
        return False
    return any(compatible(v.value, incoming.after) for v in existing.values)
