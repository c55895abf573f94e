"""The rule file as the checker reads it: every key's accepted value on one date, with its evidence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rulewatch.schemas import Evidence, PublishedRuleFile, RuleValue


@dataclass(frozen=True)
class Rule:
    key: str
    value: RuleValue
    sources: tuple[Evidence, ...]

    @property
    def number(self) -> float:
        value = self.value.value
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.key} holds {value!r}, not a number")
        return value

    @property
    def conditions(self) -> list[dict]:
        return list(self.value.qualifiers.get("conditions") or [])

    def qualifier(self, name: str) -> object:
        return self.value.qualifiers.get(name)


@dataclass(frozen=True)
class RulesOn:
    """The rules that held on ``on``; ``get`` returns None for a key the file does not state then."""

    on: date
    rules: dict[str, Rule]

    def get(self, key: str) -> Rule | None:
        return self.rules.get(key)

    def first(self, *keys: str) -> tuple[str, Rule | None]:
        """The first of ``keys`` the file states (a program's own rule before the whole system's)."""
        for key in keys:
            if key in self.rules:
                return key, self.rules[key]
        return keys[0], None

    def with_prefix(self, prefix: str) -> list[Rule]:
        return [rule for key, rule in sorted(self.rules.items()) if key.startswith(prefix)]


def rules_on(rule_file: PublishedRuleFile, on: date) -> RulesOn:
    """Each key's value on ``on`` from the file's periods; a file without periods gives its current rules."""
    if not rule_file.periods:
        return RulesOn(on, {r.key: Rule(r.key, r.value, tuple(r.sources)) for r in rule_file.rules})
    out = {}
    for key_periods in rule_file.periods:
        for period in key_periods.periods:
            if period.valid_from <= on and (period.valid_until is None or on < period.valid_until):
                out[key_periods.key] = Rule(key_periods.key, period.value, tuple(period.sources))
    return RulesOn(on, out)


def key_qualifiers(key: str) -> dict[str, str]:
    """'requirement:program:fsw:grid_points:factor=age:level=18-35' -> {'factor': 'age', 'level': '18-35'}."""
    return dict(part.split("=", 1) for part in key.split(":") if "=" in part)
