"""Small builders shared by the program, grid and category checks: a reason cites the rule it applied."""

from __future__ import annotations

from .report import Cited, Reason
from .rules import Rule, RulesOn


def evidence_of(*rules: Rule) -> list[Cited]:
    return [Cited(url=e.url, quote=e.quote) for rule in rules for e in rule.sources]


def cited(rule: Rule, detail: str, met: bool | None, *more: Rule) -> Reason:
    """A reason resting on ``rule`` (its key), citing it and any ``more`` rules it also applied."""
    return Reason(key=rule.key, met=met, detail=detail, evidence=evidence_of(rule, *more))


def missing(rules: RulesOn, key: str, why: str = "") -> Reason:
    """A rule the file lacks: the answer stays open and names the key."""
    return Reason(key=key, met=None, detail=f"the rule file states no {key} on {rules.on.isoformat()}" + (f" ({why})" if why else ""))


def holds(rule: Rule, program: str, facts: dict[str, object]) -> tuple[bool, str]:
    """Does ``rule`` apply to this program and profile, by its conditions? And which condition decided."""
    known = {"program": program, **facts}
    for condition in rule.conditions:
        when = condition["when"]
        matched = all(known.get(name) == value for name, value in when.items())
        said = " and ".join(f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in sorted(when.items()))
        if condition["effect"] == "waived" and matched:
            return False, f"waived when {said}"
        if condition["effect"] == "applies" and not matched:
            return False, f"applies only when {said}"
    return True, ""
