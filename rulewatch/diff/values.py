"""The comparable, printable value of a record: what a change's 'before' and 'after' show."""

from __future__ import annotations

import json

from rulewatch.schemas import Category, Program, Record, Requirement, Round, RuleValue, Scope

_OPERATOR_TEXT = {">=": "≥", "<=": "≤", "=": "=", "in": "in"}


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= 10000:
        return f"{value:,}".replace(",", " ")
    return str(value)


def condition_text(condition: dict) -> str:
    """'waived when job_offer.valid = true and work_permit.authorised = true'."""
    facts = " and ".join(f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in sorted(condition["when"].items()))
    return f"{condition['effect']} when {facts}"


def describe(operator: str | None, value: object, unit: str | None, qualifiers: dict) -> str:
    if isinstance(value, list):
        shown = "{" + ", ".join(str(v) for v in value) + "}"
    else:
        shown = _number(value)
    text = f"{_OPERATOR_TEXT.get(operator or '', operator or '')} {shown} {unit or ''}".strip()
    notes = []
    if qualifiers.get("within_years"):
        notes.append(f"within {qualifiers['within_years']} years")
    if qualifiers.get("continuous") is True:
        notes.append("continuous")
    elif qualifiers.get("continuous") is False:
        notes.append("not necessarily continuous")
    if qualifiers.get("full_time"):
        notes.append("full-time")
    notes.extend(condition_text(c) for c in qualifiers.get("conditions") or ())
    return f"{text} ({', '.join(notes)})" if notes else text


def _requirement_value(record: Requirement, value: object) -> RuleValue:
    qualifiers = record.qualifiers.descriptive()
    if record.conditions:  # part of the value: a changed waiver is a changed rule
        qualifiers["conditions"] = [c.model_dump(mode="json") for c in record.conditions]
    return RuleValue(
        text=describe(record.operator, value, record.unit, qualifiers),
        operator=record.operator,
        value=value,  # type: ignore[arg-type]
        unit=record.unit,
        qualifiers=qualifiers,
    )


def rule_value(record: Record) -> RuleValue:
    if isinstance(record, Requirement):
        return _requirement_value(record, record.value)
    if isinstance(record, Category):
        occupations = [o.noc or o.name for o in record.occupations]
        return RuleValue(
            text=record.status + (f" ({len(occupations)} occupations)" if occupations else ""),
            status=record.status,
            value=occupations or None,
        )
    if isinstance(record, Round):
        return RuleValue(
            text=f"{record.date} {record.name}: {record.invitations} invitations, CRS {record.crs_cutoff}",
            value=[str(record.date), record.name, record.category, str(record.invitations), str(record.crs_cutoff)],
        )
    if isinstance(record, Program):
        return RuleValue(text="present", status="present")
    if isinstance(record, Scope):
        return RuleValue(text="not served by Express Entry", status="out-of-scope")
    raise TypeError(f"not a record: {record!r}")


def previous_value(record: Requirement) -> RuleValue:
    """The value the text says the rule had before ('contre 6 mois auparavant')."""
    return _requirement_value(record, record.previous_value)


def _conditions(value: RuleValue) -> set[str]:
    return {json.dumps(c, sort_keys=True) for c in value.qualifiers.get("conditions") or ()}


def _agree(name: str, a: RuleValue, b: RuleValue) -> bool:
    """One qualifier both give: equal; for conditions, one list of waivers holding the other (less said, not other)."""
    if name == "conditions":
        mine, theirs = _conditions(a), _conditions(b)
        return mine <= theirs or theirs <= mine
    return a.qualifiers[name] == b.qualifiers[name]


def compatible(a: RuleValue | None, b: RuleValue | None) -> bool:
    """The same rule stated with more or less detail: equal in everything but the descriptive qualifiers
    that only one of them gives ("≥ 12 months within 3 years" and "≥ 12 months within 3 years, full-time"),
    and waivers one of them lists more of. A qualifier both give with different values is a difference."""
    if a is None or b is None:
        return a is b
    if a.model_dump(exclude={"text", "qualifiers"}) != b.model_dump(exclude={"text", "qualifiers"}):
        return False
    return all(_agree(name, a, b) for name in a.qualifiers.keys() & b.qualifiers.keys())


def refines(a: RuleValue | None, b: RuleValue | None) -> bool:
    """Is ``a`` ``b`` with more detail: compatible, every qualifier ``b`` gives and one more (or more waivers)?"""
    if a is None or b is None or not compatible(a, b):
        return False
    return a.qualifiers.keys() > b.qualifiers.keys() or (
        a.qualifiers.keys() == b.qualifiers.keys() and _conditions(a) > _conditions(b))
