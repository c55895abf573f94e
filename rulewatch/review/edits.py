"""An editor's corrected value, read and checked as strictly as an extracted one.

The correction is rebuilt as the alert's own record (a requirement, or a category's status) and
validated by that record's schema, in the criterion's unit; free text such as "18 months" or "au moins
2 ans" is read when it says one thing, and refused otherwise, before anything is stored. The same check
tells a page or the export that a value stored by an older rulewatch is not a valid one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Mapping

from pydantic import ValidationError

from rulewatch.diff import rule_value
from rulewatch.errors import ReviewError
from rulewatch.schemas import CRITERIA, IDENTITY_QUALIFIERS, Category, Change, Qualifiers, Record, Requirement, Review, RuleValue

# What an editor may type for each unit (lowercased, accents kept), and how many of the criterion's unit it is.
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "months": ("months", "month", "mois", "mo"),
    "years": ("years", "year", "yrs", "yr", "ans", "an", "années", "année", "annees", "annee"),
    "hours": ("hours", "hour", "hrs", "h", "heures", "heure"),
    "nclc": ("nclc", "clb"),
    "CAD": ("cad", "$", "$ca", "ca$", "$ cad", "dollars", "dollars canadiens"),
    "points": ("points", "point", "pts", "pt"),
    "teer": ("teer", "féer", "feer"),
}
CONVERSIONS = {("years", "months"): 12}  # one year is twelve months (rule model); the other way only when whole
OPERATOR_WORDS = {
    ">=": (">=", "≥", "at least", "au moins", "minimum", "min."),
    "<=": ("<=", "≤", "at most", "au plus", "maximum", "max."),
    "=": ("=",),
}
# Values no rule of Express Entry comes near: a typing slip, never a rule (the schema has no bounds of its own).
PLAUSIBLE = {"months": 600, "years": 50, "hours": 100_000, "nclc": 12, "CAD": 1_000_000, "points": 1_200}
SKILL_LEVELS = {0, 1, 2, 3, "0", "A", "B"}
CATEGORY_STATUSES = ("announced", "active", "ended")
DESCRIPTIVE = ("within_years", "continuous", "full_time")
_YES = {"yes": True, "true": True, "1": True, "oui": True, "on": True, "no": False, "false": False, "0": False, "non": False}

_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().lower()


def _unit_of(word: str) -> str | None:
    word = _fold(word)
    return next((unit for unit, words in UNIT_WORDS.items() if word in words), None)


def _operator_of(word: str) -> str | None:
    word = _fold(word)
    return next((op for op, words in OPERATOR_WORDS.items() if word in words), None)


def _number(text: str, typed: str) -> int | float:
    """``16 250`` and ``13.5`` are numbers; ``16,250`` could be 16250 or 16.25, so it is refused."""
    if re.fullmatch(r"\d+,\d{3}", text):
        whole, frac = text.split(",")
        raise ReviewError(f"{typed!r} could be {whole}{frac} or {whole}.{frac.rstrip('0') or '0'}: "
                          "write it without the comma")
    text = re.sub(r"[ \u00a0\u202f]", "", text).replace(",", ".")
    number = float(text) if "." in text else int(text)
    return int(number) if isinstance(number, float) and number.is_integer() else number


def _split(typed: str) -> tuple[str | None, str, str | None]:
    """(operator, number text, unit word) of ``≥ 18 mois``; ReviewError when it is anything else."""
    text = _fold(typed)
    operator = None
    for op, words in OPERATOR_WORDS.items():
        for word in sorted(words, key=len, reverse=True):
            if text.startswith(word):
                operator, text = op, text[len(word):].strip()
                break
        if operator:
            break
    unit_first = next((w for words in UNIT_WORDS.values() for w in words if text.startswith(w + " ")), None)
    if unit_first and unit_first in ("$", "cad"):  # "$ 16 250"
        text = text[len(unit_first):].strip() + " " + unit_first
    match = _NUMBER.match(text)
    rest = text[match.end():].strip() if match else ""
    if match is None or (rest and _unit_of(rest) is None):
        raise ReviewError(f"cannot read {typed!r} as a value: type a number, with its unit if you like "
                          "(18, 18 months, 2 ans, 16 250 $)")
    return operator, match.group(0), rest or None


def _in_unit(value: int | float, unit: str | None, wanted: str, typed: str) -> int | float:
    if unit is None or unit == wanted:
        return value
    if (unit, wanted) in CONVERSIONS:
        value = value * CONVERSIONS[unit, wanted]
        return int(value) if isinstance(value, float) and value.is_integer() else value
    if (wanted, unit) in CONVERSIONS and (value / CONVERSIONS[wanted, unit]).is_integer():
        return int(value / CONVERSIONS[wanted, unit])
    raise ReviewError(f"{typed!r} is in {unit} but this rule is in {wanted}")


def _levels(typed: str) -> list[int | str]:
    """``0, 1, 2``, ``{0, 1}``, ``FÉER 0, 1``, ``0, A, B``: the TEER levels (or NOC 2016 skill types)."""
    text = _fold(typed).strip("{}[]() ")
    for word in UNIT_WORDS["teer"]:
        text = text.removeprefix(word).strip()
    parts = [p.strip() for p in re.split(r"[,;]|\s+(?:and|et)\s+|\s+", text) if p.strip()]
    if len(parts) < 2 and not ("," in typed or ";" in typed):
        raise ReviewError(f"{typed!r} is one value: this rule is a list of TEER levels (0, 1, 2)")
    levels: list[int | str] = [int(p) if p.isdigit() else p.upper() for p in parts]
    wrong = [p for p in levels if p not in SKILL_LEVELS]
    if wrong:
        raise ReviewError(f"{', '.join(map(str, wrong))} is not a TEER level (0 to 3) nor a NOC 2016 skill type (0, A, B)")
    return levels


def _qualifiers(base: Requirement, given: Mapping[str, str] | None) -> Qualifiers:
    """The record's qualifiers with the descriptive ones the editor gave (an empty one is removed)."""
    values = base.qualifiers.model_dump(exclude_none=True)
    for name, raw in (given or {}).items():
        if name not in DESCRIPTIVE:
            raise ReviewError(f"unknown qualifier {name!r}: use {', '.join(DESCRIPTIVE)}")
        raw = (raw or "").strip()
        if not raw:
            values.pop(name, None)
        elif name == "within_years":
            if not raw.isdigit() or not 1 <= int(raw) <= PLAUSIBLE["years"]:
                raise ReviewError(f"within_years is a number of years (1 to {PLAUSIBLE['years']}), not {raw!r}")
            values[name] = int(raw)
        elif _fold(raw) in _YES:
            values[name] = _YES[_fold(raw)]
        else:
            raise ReviewError(f"{name} is yes or no, not {raw!r}")
    return Qualifiers.model_validate(values)


def _requirement(base: Requirement, operator: str, value: object, unit: str, qualifiers: Qualifiers) -> Requirement:
    """The record with its corrected value, validated by the record's own schema plus the rule model's units."""
    wanted = CRITERIA[base.criterion].unit
    if unit != wanted:
        raise ReviewError(f"{base.criterion} is in {wanted}, not {unit}")
    if (operator == "in") != isinstance(value, list):
        raise ReviewError(f"operator {operator!r} does not fit {value!r}: a list goes with 'in', a number with >=, <= or =")
    if isinstance(value, list):
        wrong = [v for v in value if v not in SKILL_LEVELS]
        if wrong or not value:
            raise ReviewError(f"{wrong or value} is not a list of TEER levels (0 to 3)")
    elif isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= PLAUSIBLE.get(unit, math.inf):
        raise ReviewError(f"{base.criterion} is a number of {unit} between 0 and {PLAUSIBLE.get(unit)}, not {value!r}")
    data = {**base.model_dump(exclude={"key"}), "operator": operator, "value": value, "unit": unit,
            "qualifiers": qualifiers.model_dump(), "previous_value": None, "stated_change": None}
    try:
        return Requirement.model_validate(data)
    except ValidationError as exc:
        raise ReviewError(f"not a valid {base.criterion}: {exc.errors()[0]['msg']}") from exc


def corrected_record(change: Change, typed: str, operator: str | None = None, unit: str | None = None,
                     qualifiers: Mapping[str, str] | None = None) -> Record:
    """The alert's record with the value an editor typed (CLI ``--value``, the page's form); ReviewError otherwise."""
    typed = (typed or "").strip()
    if not typed:
        raise ReviewError("an edit needs the corrected value")
    base = change.record
    if change.type == "removed" or change.after is None:
        raise ReviewError("a removal has no value to correct: accept or reject it")
    if isinstance(base, Category):
        status = _fold(typed)
        if status not in CATEGORY_STATUSES:
            raise ReviewError(f"a category's value is its status ({', '.join(CATEGORY_STATUSES)}), not {typed!r}")
        return base.model_copy(update={"status": status})
    if not isinstance(base, Requirement):
        raise ReviewError(f"a {change.kind} is accepted or rejected, not edited")
    return corrected_requirement(base, typed, operator, unit, qualifiers)


def corrected_requirement(base: Requirement, typed: str, operator: str | None = None, unit: str | None = None,
                          qualifiers: Mapping[str, str] | None = None) -> Requirement:
    """``base`` with the value an editor typed, read and checked in its criterion's unit (an alert's edit, or
    a record typed from an unread statement); ReviewError otherwise."""
    wanted = CRITERIA[base.criterion].unit
    chosen_unit = unit.strip() if unit and unit.strip() else None
    if chosen_unit and chosen_unit not in UNIT_WORDS:
        chosen_unit = _unit_of(chosen_unit) or chosen_unit
    if chosen_unit and chosen_unit != wanted and (chosen_unit, wanted) not in CONVERSIONS \
            and (wanted, chosen_unit) not in CONVERSIONS:
        raise ReviewError(f"{base.criterion} is in {wanted}, not in the unit {chosen_unit!r}")
    if base.operator == "in":
        value: object = _levels(typed)
        said_operator = None
    else:
        said_operator, number, word = _split(typed)
        said_unit = _unit_of(word) if word else None
        if said_unit and chosen_unit and said_unit != chosen_unit:
            raise ReviewError(f"{typed!r} says {said_unit} but the unit chosen is {chosen_unit}")
        value = _in_unit(_number(number, typed), said_unit or chosen_unit, wanted, typed)
    chosen_operator = (operator or "").strip() or None
    if said_operator and chosen_operator and said_operator != chosen_operator:
        raise ReviewError(f"{typed!r} says {said_operator} but the operator chosen is {chosen_operator}")
    final_operator = said_operator or chosen_operator or base.operator
    if final_operator != base.operator and base.operator != "=" and final_operator != "=":
        raise ReviewError(f"{base.criterion} is a {'minimum' if base.operator == '>=' else 'maximum'} "
                          f"(operator {base.operator}): {typed!r} turns it round; reject the alert instead")
    return _requirement(base, final_operator, value, wanted, _qualifiers(base, qualifiers))


def corrected_value(change: Change, typed: str, operator: str | None = None, unit: str | None = None,
                    qualifiers: Mapping[str, str] | None = None) -> RuleValue:
    """The value of ``corrected_record``, as reviews store it and pages show it."""
    return rule_value(corrected_record(change, typed, operator, unit, qualifiers))


def stored_record(change: Change, value: RuleValue) -> Record:
    """The record an accepted edit stands for; ReviewError when the stored value is not a valid one
    (a store written before edits were checked may hold words or a negative number)."""
    base = change.record
    if isinstance(base, Category):
        if value.status not in CATEGORY_STATUSES:
            raise ReviewError(f"{value.status!r} is not a category status")
        return base.model_copy(update={"status": value.status})
    if not isinstance(base, Requirement):
        raise ReviewError(f"a {change.kind} cannot hold an edited value")
    identity = {k: v for k, v in base.qualifiers.model_dump(exclude_none=True).items() if k in IDENTITY_QUALIFIERS}
    try:
        qualifiers = Qualifiers.model_validate({**identity, **value.qualifiers})
    except ValidationError as exc:
        raise ReviewError(f"its qualifiers are not valid: {exc.errors()[0]['msg']}") from exc
    return _requirement(base, value.operator or "", value.value, value.unit or "", qualifiers)


def stored_value_problem(change: Change, review: Review) -> str | None:
    """Why an accepted edit's stored value is not a valid value of its alert, or None when it is (or not an edit)."""
    if review.action != "edit":
        return None
    try:
        if review.value is None:
            raise ReviewError(f"{review.invalid_value!r} is not a value")
        stored_record(change, review.value)
    except ReviewError as exc:
        return str(exc)
    return None


@dataclass(frozen=True)
class EditForm:
    """What the page's edit form offers for an alert: the operators, units and qualifiers its record can take."""

    value: str
    operators: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    qualifiers: dict[str, object] = field(default_factory=dict)
    statuses: tuple[str, ...] = ()

    @property
    def qualified(self) -> bool:
        return self.operators != ("in",)


def edit_form(change: Change) -> EditForm | None:
    """None when the alert has no value an editor could correct (a removal, a round, a program)."""
    base = change.record
    if change.type == "removed" or change.after is None:
        return None
    if isinstance(base, Category):
        return EditForm(base.status, statuses=CATEGORY_STATUSES)
    if not isinstance(base, Requirement):
        return None
    wanted = CRITERIA[base.criterion].unit
    units = (wanted, *(a for a, b in CONVERSIONS if b == wanted), *(b for a, b in CONVERSIONS if a == wanted))
    operators = {"in": ("in",), "=": ("=", ">=", "<=")}.get(base.operator, (base.operator, "="))
    shown = ", ".join(map(str, base.value)) if isinstance(base.value, list) else str(base.value)
    return EditForm(shown, operators, units, base.qualifiers.descriptive())
