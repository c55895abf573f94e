"""One grammar of quantities for every criterion: what a statement measures, found by what it contains.

A measurable statement holds a quantity of a rule's kind: a duration ("12 mois", "one full year",
"deux années complètes"), hours ("1 560 heures", "mille cinq cent soixante heures"), an amount
("15 760 $"), points ("67 points"), a language level ("NCLC 7", "niveau sept des NCLC") or TEER
levels ("FÉER 0, 1, 2 ou 3"). The criterion readers decide what a quantity means; this module only
says that a statement measures something, so that nothing measurable is passed over in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rulewatch.schemas import QuantityKind

from .lexicon.criteria import HOURS_UNIT, LANGUAGE_LEVEL, NOC_LIST, POINTS, TEER_LIST
from .lexicon.lowercase import Folded
from .numbers import NUMBER, find_amounts, find_durations

_HOURS = Folded(re.compile(rf"(?P<num>{NUMBER})\s*{HOURS_UNIT}", re.IGNORECASE))
_POINTS = re.compile(POINTS, re.IGNORECASE)
# The unit words of each kind: a text holding none of them holds no quantity of that kind.
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "duration": ("mois", "an", "year", "month"),
    "hours": ("heure", "hour", "hrs", "h"),
    "money": ("$", "dollar", "cad"),
    "points": ("point", "pts"),
    "level": ("nclc", "clb", "niveau", "level", "benchmark"),
    "teer": ("féer", "feer", "teer", "cnp", "noc", "compétence", "skill", "type", "catégorie"),
}


@dataclass(frozen=True)
class Quantity:
    kind: QuantityKind
    start: int
    end: int


def find_quantities(text: str, language: str = "fr") -> list[Quantity]:
    """Every quantity of a rule's kind in ``text``, in order of position."""
    low = text.lower()
    found: list[Quantity] = []
    has = {kind: any(w in low for w in words) for kind, words in _UNIT_WORDS.items()}
    if has["duration"]:
        found += [Quantity("duration", d.start, d.end) for d in find_durations(text, language)]
    if has["hours"]:
        found += [Quantity("hours", m.start(), m.end()) for m in _HOURS.finditer(text, low) if _is_total(m.group("num"))]
    if has["money"]:
        found += [Quantity("money", a.start, a.end) for a in find_amounts(text, language)]
    if has["points"]:
        found += [Quantity("points", m.start(), m.end()) for m in _POINTS.finditer(text)]
    if has["level"]:
        found += [Quantity("level", m.start(), m.end()) for m in LANGUAGE_LEVEL.finditer(text)]
    if has["teer"]:
        found += [Quantity("teer", m.start(), m.end()) for pattern in (TEER_LIST, NOC_LIST) for m in pattern.finditer(text)]
    return sorted(found, key=lambda q: (q.start, q.kind))


def _is_total(number: str) -> bool:
    """Hours of a rule are written with digits or words; "2 h" in a schedule is not one."""
    return not number.strip().isdigit() or int(number.strip()) >= 10
