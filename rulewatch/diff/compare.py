"""Changes between two rule sets, key by key, typed with the rule model's direction table."""

from __future__ import annotations

from rulewatch.schemas import CRITERIA, Category, Change, Record, Requirement, Round, RuleSet, RuleValue

from .priority import prioritise
from .values import compatible, previous_value, rule_value


def _is_ended(record: Record) -> bool:
    return (isinstance(record, Category) and record.status == "ended") or record.stated_change == "removed"


def direction(criterion: str, before: RuleValue, after: RuleValue) -> str:
    """tightened / loosened / changed for one criterion, from the rule model's direction table."""
    spec = CRITERIA.get(criterion)
    if spec is None or before.unit != after.unit or before.operator != after.operator:
        return "changed"
    b, a = before.value, after.value
    if spec.tightened_when == "fewer" and isinstance(b, list) and isinstance(a, list):
        if set(a) < set(b):
            return "tightened"
        if set(a) > set(b):
            return "loosened"
        return "changed"
    if isinstance(b, (int, float)) and isinstance(a, (int, float)) and a != b:
        higher_is_tighter = spec.tightened_when == "higher"
        return "tightened" if (a > b) == higher_is_tighter else "loosened"
    return "changed"


def _change(key: str, kind: str, change_type: str, before: RuleValue | None, after: RuleValue | None,
            old: Record | None, new: Record, stated: bool) -> Change:
    before_evidence = [old.evidence] if old is not None else ([new.evidence] if stated else [])
    after_evidence = [new.evidence]
    priority, reasons = prioritise(kind, change_type, after_evidence, stated)
    return Change(
        key=key,
        type=change_type,  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        before=before,
        after=after,
        before_evidence=before_evidence,
        after_evidence=after_evidence,
        stated=stated,
        effective_from=new.effective_from if isinstance(new, Requirement) else None,
        confirmation="confirmed" if any(e.authority == "official" for e in after_evidence) else "unconfirmed",
        priority=priority,
        reasons=reasons,
        record=new,
    )


def _plainly_same(old: Record, new: Record) -> bool:
    """The common case, decided without building values: same comparable fields, nothing stated gone."""
    if old is new:
        return True
    if type(old) is not type(new) or _is_ended(old) or _is_ended(new):
        return False
    if isinstance(old, Requirement) and isinstance(new, Requirement):
        return ((old.operator, old.value, old.unit, old.qualifiers, old.conditions)
                == (new.operator, new.value, new.unit, new.qualifiers, new.conditions))
    if isinstance(old, Category) and isinstance(new, Category):
        return (old.status, old.occupations) == (new.status, new.occupations)
    return False


def compare_key(key: str, old: Record | None, new: Record) -> Change | None:
    """The change of one key, or None when it did not move."""
    if old is not None and _plainly_same(old, new):
        return None
    after = rule_value(new)
    if old is None:
        if _is_ended(new):
            return None  # a rule we never tracked, stated gone: nothing to remove
        if isinstance(new, Requirement) and new.previous_value is not None:
            before = previous_value(new)
            return _change(key, new.kind, direction(new.criterion, before, after), before, after, None, new, True)
        return _change(key, new.kind, "added", None, after, None, new, False)
    before = rule_value(old)
    if _is_ended(new) and not _is_ended(old):
        return _change(key, new.kind, "removed", before, after, old, new, True)
    if _is_ended(old) and not _is_ended(new):
        return _change(key, new.kind, "added", before, after, old, new, False)
    if compatible(before, after):
        return None  # the same rule, stated with more or less detail
    if isinstance(new, Requirement):
        return _change(key, new.kind, direction(new.criterion, before, after), before, after, old, new, False)
    return _change(key, new.kind, "changed", before, after, old, new, False)


def diff_rulesets(old: RuleSet, new: RuleSet) -> list[Change]:
    """Every key that moved from ``old`` to ``new``; a key absent from ``new`` is never 'removed'."""
    changes = []
    for key in sorted(new.rules):
        change = compare_key(key, old.rules.get(key), new.rules[key])
        if change is not None:
            changes.append(change)
    return _mark_first_rounds(old, changes)


def _mark_first_rounds(old: RuleSet, changes: list[Change]) -> list[Change]:
    """A category's (or program's) first round ever is news of its own: it gets a reason and a higher priority."""
    seen = {r.category for r in old.rules.values() if isinstance(r, Round)}
    new_rounds = sorted(
        (c for c in changes if c.type == "added" and isinstance(c.record, Round)),
        key=lambda c: (c.record.date, c.record.number),  # type: ignore[union-attr]
    )
    firsts: dict[int, str] = {}
    for change in new_rounds:
        category = change.record.category  # type: ignore[union-attr]
        if category not in seen:
            seen.add(category)
            firsts[id(change)] = category
    return [_first_round(c, firsts[id(c)]) if id(c) in firsts else c for c in changes]


def _first_round(change: Change, category: str) -> Change:
    priority, reasons = prioritise(change.kind, change.type, change.after_evidence, change.stated, first_round_of=category)
    return change.model_copy(update={"first_round_of": category, "priority": priority, "reasons": reasons})
