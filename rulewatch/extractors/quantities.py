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

from .lexicon.criteria import ABILITY_THEN_LEVEL, HOURS_UNIT, LANGUAGE_LEVEL, NOC_LIST, POINTS, SCALE_WORD, TEER_LIST
from .lexicon.lowercase import Folded, lowered
from .numbers import NUMBER, find_amounts, find_durations

# A window is a span of years (or months) marked as the most recent ones: "au cours des 3 dernières années",
# "dans les trois ans précédant la demande", "des trois dernières années", "une des trois dernières années",
# "the last 3 years", "the past three years", "in the 3 years before you apply", "la période de 3 ans pendant
# laquelle…". The recency word is what makes it a window, wherever it stands around the number.
_RECENT_BEFORE = r"(?:derni(?:ères|ers)|dern\.|last|past|previous|preceding|précédentes?)"
_RECENT_AFTER = (r"(?:derni(?:ères|ers)|dern\.|précédentes|précédant\b|qui\s+précèdent|avant\s+(?:la|votre)\s+demande|"
                 r"before\s+(?:(?:you|i|we)\s+apply|applying|the\s+(?:application|invitation|date))|prior\s+to|preceding|"
                 # counted back from the application: "That work must have been done within three years of applying."
                 r"of\s+(?:applying|(?:you|i|we)\s+apply(?:ing)?|(?:your|the)\s+application))")
WINDOW = re.compile(
    rf"\b{_RECENT_BEFORE}\s+(?P<num>{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:(?:full\s+|calendar\s+)?(?:(?:years?|yrs?)|années|ans)|(?P<months>months|mois))\b|"
    rf"(?<![\w-])(?P<after>{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:(?:années|ans|(?:years?|yrs?))|(?P<months2>mois|months))\s+{_RECENT_AFTER}|"
    # "les trois dernières années", "the three most recent years"
    rf"(?<![\w-])(?P<mid>{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:(?:derni(?:ères|ers)|dern\.)|précédentes|most\s+recent)\s+"
    rf"(?:(?:années|ans|years?|yrs?)|(?P<months3>mois|months))\b|"
    rf"(?:les|des|the)\s+(?P<span2>{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:(?:dernières|derniers)\s+)?(?:années|ans|years|yrs)\s+(?:qui\s+)?(?:précéd|avant|before|prior|preceding)|"
    # "acquise au plus trois ans avant la ronde", "pas plus de 5 ans avant", "no more than 3 years before the invitation"
    rf"(?:au\s+plus|pas\s+plus\s+de|no\s+more\s+than|at\s+most)\s+(?P<most>{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:années|ans|(?:years?|yrs?))\s+(?:avant|before|prior)\b|"
    # an age of the experience: "pourvu qu'elle date de moins de dix ans", "no older than 10 years"
    rf"(?:dat(?:e|ent|ant|er)|remont(?:e|ent|ant|er)\s+à)\s+(?:de\s+)?moins\s+de\s+(?P<age>{NUMBER})\s+(?:années|ans)\b|"
    rf"\b(?:no\s+older\s+than|less\s+than)\s+(?P<age2>{NUMBER})\s+years\s+old\b|"
    # "la période de référence reste de trois ans", "the reference window is five years", "look-back: 5 yrs"
    rf"(?:période\s+de\s+référence|fenêtre|reference\s+period|window|look[\s-]?back)(?:[^.;:\d]{{0,30}}:)?\s*:?[^.;:]{{0,30}}?\b(?P<ref>{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:années|ans|(?:years?|yrs?))\b|"
    # "within the past decade", "au cours de la dernière décennie": ten years
    rf"\b(?:past|last|previous|dernière|précédente)\s+(?P<decade>decade|décennie)\b|"
    # a key figure, then what it is: "3 years: the window in which …", "3 ans, la période durant laquelle …"
    rf"^(?P<first>{NUMBER})\s+(?:années|ans|(?:years?|yrs?))\s*[,:—–-]?\s+(?:is\s+|est\s+|c['’]est\s+)?(?:(?:the|la|le)\s+)?"
    rf"(?:période|fenêtre|period|window|time\s*frame)\b|"
    # a label naming the span the work must fall in: "Window the work has to be acquired in: 5 years", "Période où elle doit
    # être acquise : 5 ans"
    rf"^(?:the\s+|la\s+)?(?:période|fenêtre|period|window|time\s*frame)\b[^:|\d\n]{{0,50}}?\b(?:earned|gained|acquired|accumulated|"
    rf"worked|done|acquise?s?|accumulée?s?|effectuée?s?|cumulée?s?)\b[^:|\d\n]{{0,20}}:\s*(?P<label>{NUMBER})\s+(?:années|ans|(?:years?|yrs?))\b|"
    # the years' word said once, for both figures: "deux ans à temps plein, sur les cinq dernières"
    rf"\b(?:ans?|années?)\b[^.;|\d]{{0,40}}?\b(?:sur|dans|au\s+cours\s+de)\s+les\s+(?P<elided>{NUMBER})\s+dernières\b(?!\s+(?:années|semaines|heures|mois))|"
    # the window as a noun with its length: "a five-year window", "a 5-year look-back"
    rf"(?<![\w-])(?P<noun>{NUMBER})[- ](?:years?|yr)[- ](?:window|look[- ]?back|time\s*frame)\b|"
    # "la période de 3 ans pendant laquelle cette expérience doit être acquise", "… pour la catégorie sur une période
    # de 3 ans avant l'invitation"
    rf"(?:période|fenêtre|period|window)\s+(?:de|of)\s+(?P<span>{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+(?:années|ans|(?:years?|yrs?))\s+"
    rf"(?:(?:maximum|au\s+plus|at\s+most)\s+)?(?:pendant|durant|au\s+cours|dans|within|during|in\s+which|avant|précédant|before|preceding)\b|"
    # a table's terse cell, the span in brackets after the duration: "24 mois (5 ans)", "1 yr (10 yrs)"
    rf"(?<=\d\s)(?:ans?|années?|mois|months?|(?:years?|yrs?))\b[^()|;]{{0,20}}\(\s*(?P<paren>{NUMBER})\s+(?:ans|années|years|yrs)\s*\)|"
    # "12 months within 3 years", "12 mois d'expérience sur une période de trois ans": a duration, then its span
    rf"(?:(?<=\d\s)(?:months?|mois|(?:years?|yrs?)|ans?|années?)|(?<=[a-zé]\s)(?:months?|mois|years?|ans|années?))\b[^.;|]{{0,60}}?"
    rf"\b(?:within|in|over|sur|en|ds\s+les|dans\s+les)\s+"
    # (the span named before, taken up again: "at least a full year within those three years", "sur ces mêmes trois ans")
    rf"(?:(?:those|these|the\s+same|ces|ces\s+mêmes|les\s+mêmes)\s+)?"
    rf"(?:(?:a|an|une)\s+(?:period|période)\s+(?:of|de)\s+)?(?P<within>{NUMBER})\s+(?:(?:years?|yrs?)|ans|années)\b",
    re.IGNORECASE,
)
_WINDOW_LOW = Folded(WINDOW)
_HOURS = Folded(re.compile(rf"(?P<num>{NUMBER})\s*{HOURS_UNIT}", re.IGNORECASE))
_POINTS = re.compile(POINTS, re.IGNORECASE)
# a label naming the unit, then the bare figure ending the line: "Nomination provinciale - points SCG : 600", "Points
# octroyés en cas de nomination par une province : 600"
# (or in brackets right after the word: "… qui rapporte toujours des points (600)")
_POINTS_LABEL_VALUE = re.compile(r"\b(?:points?|pts)\b(?:[^:\d\n|]{0,80}:\s*(?P<n>\d{1,3})[.;,]?[ \t]*$|\s*\(\s*(?P<n2>\d{2,3})\s*\))",
                                 re.IGNORECASE | re.MULTILINE)
# The same patterns on the lowercased text, each behind its required words and a look-ahead on its first characters.
_POINTS_LOW, _LEVEL_LOW, _TEER_LOW = Folded(_POINTS), Folded(LANGUAGE_LEVEL), (Folded(TEER_LIST), Folded(NOC_LIST))
# The unit words of each kind, in the order they are tried: a text holding none of a kind's holds no quantity of it.
_UNIT_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("duration", ("mois", "ans?", "années?", "annee", "years?", "months?", "yrs?", "mos?")),
    ("hours", ("heures?", "hours?", "hrs", "h")),
    ("money", ("dollars?", "cad")),
    ("points", ("points?", "pts")),
    ("level", ("nclc", "clb", "niveaux?", "levels?", "benchmarks?")),
    ("teer", ("féer", "feer", "teer", "cnp", "noc", "compétences?", "skill(?:s|ed)?", "types?", "catégories?")),
)
_UNIT_END = r"(?:\b|(?<=clb)(?=\d)|(?<=nclc)(?=\d))"  # a whole word, or a level glued to its figure ("clb7")


def _units_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """``_UNIT_WORDS`` as one pattern of branches that each open on a character ("$", "-month", "m(?<!\\wm)(?:…)"),
    and the kind of each of its named groups. With every branch opening on a character, ``re`` looks for those
    characters itself and tries the branches only there: a third less time than a look-ahead on the same letters
    (on the canada bench page: 280 -> 180 us). A word's letters after its first go in its kind's group for that
    letter ("(?P<duration_m>ois|onths?|os?)"); the words of one letter keep their order, so the same word wins
    where one starts. "(?<!\\wm)" after the letter is the word boundary before it."""
    kind_of = {"money_sign": "money", "duration_dash": "duration"}
    branches = [r"\$(?P<money_sign>)", r"-(?P<duration_dash>month|year)"]  # "$", "12-month": no boundary before
    letters = dict.fromkeys(word[0] for _, words in _UNIT_WORDS for word in words)
    for letter in letters:
        groups = []
        for kind, words in _UNIT_WORDS:
            if rests := [word[1:] for word in words if word[0] == letter]:
                kind_of[name := f"{kind}_{letter}"] = kind
                groups.append(f"(?P<{name}>{'|'.join(rests)})")
        branches.append(f"{letter}(?<!\\w{letter})(?:{'|'.join(groups)}){_UNIT_END}")
    return re.compile("|".join(branches)), kind_of


_UNITS, _KIND_OF_GROUP = _units_pattern()


@dataclass(frozen=True)
class Quantity:
    kind: QuantityKind
    start: int
    end: int


def unit_kinds(text: str) -> list[tuple[int, str]]:
    """Where each unit word of ``text`` stands and its kind: one pass over a whole page, so that each sentence
    then asks only for the kinds of its own span."""
    return [(m.start(), _KIND_OF_GROUP[m.lastgroup]) for m in _UNITS.finditer(lowered(text))]  # type: ignore[index]


_last_windows: tuple[str, list[re.Match[str]]] = ("", [])


def window_matches(text: str) -> list[re.Match[str]]:
    """``WINDOW``'s matches in ``text`` (offsets and words of ``text``; not to be changed); the last text's again when
    asked of the same text object: the experience reader asks of the sentence ``find_quantities`` has just read."""
    global _last_windows
    if _last_windows[0] is not text:
        _last_windows = (text, list(_WINDOW_LOW.finditer(text, lowered(text))))
    return _last_windows[1]


def find_quantities(text: str, language: str = "fr", kinds: set[str] | None = None) -> list[Quantity]:
    """Every quantity of a rule's kind in ``text``, in order of position (``kinds``: the unit kinds it holds,
    when already known)."""
    found: list[Quantity] = []
    has = kinds if kinds is not None else {kind for _, kind in unit_kinds(text)}
    if not has:
        return found
    low = lowered(text)  # (once for the patterns below and ``window_matches``; most sentences hold no unit: none)
    has = dict.fromkeys(has, True)  # type: ignore[assignment]
    if has.get("duration"):
        found += [Quantity("duration", d.start, d.end) for d in find_durations(text, language)]
        found += [Quantity("duration", m.start(), m.end()) for m in window_matches(text)]
    if has.get("hours"):
        found += [Quantity("hours", m.start(), m.end()) for m in _HOURS.finditer(text, low) if _is_total(m.group("num"))]
    if has.get("money"):
        found += [Quantity("money", a.start, a.end) for a in find_amounts(text, language)]
    if has.get("points"):
        found += [Quantity("points", m.start(), m.end()) for m in _POINTS_LOW.finditer(text, low)]
        for m in _POINTS_LABEL_VALUE.finditer(text):
            figure = "n" if m.group("n") else "n2"
            if not any(q.start <= m.start(figure) < q.end for q in found):
                found.append(Quantity("points", m.start(figure), m.end(figure)))
    if has.get("level"):
        said = without_figures_said_again(text)
        found += [Quantity("level", m.start(), m.end()) for m in _LEVEL_LOW.finditer(said, low if said is text else lowered(said))] or \
            [Quantity("level", m.start("n"), m.end("n")) for m in bare_ability_levels(said)]
    if has.get("teer"):
        found += [Quantity("teer", m.start(), m.end()) for pattern in _TEER_LOW for m in pattern.finditer(text, low)]
    return sorted(found, key=lambda q: (q.start, q.kind))


# a speaker's figure said twice for emphasis, between the level and its scale: "un niveau six, je répète, six, aux NCLC"
_SAID_AGAIN = re.compile(r",\s*(?:je\s+(?:dis\s+bien|répète|le\s+répète)|I\s+(?:repeat|say\s+again)),?\s+[\w-]+\s*,", re.IGNORECASE)


def without_figures_said_again(text: str) -> str:
    """``text`` with a figure's spoken repetition blanked, every offset kept (most texts hold none: the same string)."""
    return _SAID_AGAIN.sub(lambda m: " " * len(m.group(0)), text) if "," in text and _SAID_AGAIN.search(text) else text


def bare_ability_levels(text: str) -> list[re.Match[str]]:
    """Abilities each with a bare level, the scale named only by the line's label ("Language (NCLC): reading 4, writing
    4, …"): asked where no level is written with its scale."""
    return list(ABILITY_THEN_LEVEL.finditer(text)) if SCALE_WORD.search(text) else []


def _is_total(number: str) -> bool:
    """Hours of a rule are written with digits or words; "2 h" in a schedule is not one."""
    return not number.strip().isdigit() or int(number.strip()) >= 10
