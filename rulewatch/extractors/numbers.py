"""Numbers and durations as French and English texts write them, with their spans.

Digits may be grouped with spaces, NBSP or narrow NBSP ("1 560"); number words go through
text2num ("douze", "vingt-quatre", "twelve"); "un"/"une"/"one" are ours (text2num leaves them);
"une année et demie" is 18 months. Amounts: "13 213 $CA", "13 213 $ CAN", "20 222 dollars",
"$13,310", "CAD 13,310", "CA$ 13,310".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, TypeVar

from text_to_num import text2num

from .lexicon.lowercase import Folded

_FR_WORDS = (
    "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt trente quarante cinquante soixante cent cents mille"
).split()
_EN_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand"
).split()

_WORD = "|".join(sorted(set(_FR_WORDS + _EN_WORDS), key=len, reverse=True))
# A number-word phrase: words joined by spaces, hyphens or "et"/"and" ("vingt et un", "dix-huit").
# (said aloud, a comma may follow the thousands: "nineteen thousand, one hundred and one")
NUMBER_WORDS = rf"(?:{_WORD})(?:(?:[\s-]+(?:et[\s-]+|and\s+)?|(?<=thousand),\s+|(?<=mille),\s+)(?:{_WORD}))*"
GROUP_SEP = "[ \u00a0\u202f]"
DIGITS = rf"\d{{1,3}}(?:{GROUP_SEP}\d{{3}})+(?:,\d{{1,2}})?(?!\d)|\d+(?:[.,]\d+)?"
# (A look-ahead on the first letters number words start with lets the engine skip most positions.)
_FIRST_LETTERS = "".join(sorted({w[0] for w in _FR_WORDS + _EN_WORDS}))
# an amount in words, said without its currency: "twenty-three thousand three hundred and sixty", "trente-sept mille"
THOUSANDS_IN_WORDS = re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
NUMBER = rf"(?:{DIGITS}|\b(?=[{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}])(?:{NUMBER_WORDS})\b)"

_ONES = {"un": 1, "une": 1, "one": 1, "a": 1}


def parse_number(text: str, language: str = "fr") -> float | None:
    """The value of a number as written ("1 560", "douze", "12,5"), or None."""
    raw = text.strip().lower()
    if not raw:
        return None
    if raw[0].isdigit():
        compact = re.sub(GROUP_SEP, "", raw)
        if "," in compact or "." in compact:
            if re.fullmatch(r"\d+[.,]\d{3}", compact) and language == "en" and "," in compact:
                return float(compact.replace(",", ""))  # "20,784" in English is a thousands group
            try:
                return float(compact.replace(",", "."))
            except ValueError:
                return None
        return float(compact) if compact.isdigit() else None  # ("13k" caught by a wider pattern: no number)
    if raw in _ONES:
        return 1.0
    raw = raw.replace("thousand,", "thousand").replace("mille,", "mille")  # said aloud: "nineteen thousand, one …"
    for lang in (language, "en" if language == "fr" else "fr"):
        try:
            return float(text2num(raw, lang))
        except (ValueError, KeyError):
            continue
    return None


_UNIT_MONTHS = {
    "an": 12, "ans": 12, "année": 12, "années": 12, "annee": 12, "annees": 12,
    "year": 12, "years": 12, "mois": 1, "month": 1, "months": 1, "yr": 12, "yrs": 12, "mos": 1, "mo": 1,
}
UNIT = r"(?:années|année|ans|an|mois|years|year|months|month|yrs|yr|mos|mo)\b"  # "2 yrs FT", "12 mos", "6 mo" in notes
HALF = r"(?:\s+(?:et\s+demie?|and\s+a\s+half))?"
# "1 an", "douze mois", "une année et demie", "a year", "12-month", "one full year", "one continuous year"
DURATION = re.compile(  # ("12+ months": a floor written with its plus)
    rf"(?P<num>{NUMBER}|\ba\b)\+?(?:\s*\(\d{{1,3}}\))?[\s\u00a0\u202f-]*(?:(?:full|whole|complete|single|seule?|continuous|consecutive|uninterrupted)\s+)?(?P<unit>{UNIT}){HALF}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    months: float
    start: int
    end: int
    text: str
    unit_months: int = 1  # 12 for years: "au lieu de six" after "douze mois" is six months


# DURATION runs on the lowercased text (the number words make ``re.IGNORECASE`` slow), and only on a
# text that holds a unit word at all: most sentences given to the readers hold none.
_DURATION_LOW = Folded(DURATION)
_UNIT_LOW = re.compile(UNIT)


T = TypeVar("T")


def last_answer_again(find: Callable[[str, str], list[T]]) -> Callable[[str, str], list[T]]:
    """``find(text, language)``, answered again from the last call when asked of the same text object in the same
    language (a new list each time): a sentence's quantities are found first, then its readers look for the same
    durations and amounts in the same text."""
    last: list[tuple[str, str, list[T]]] = [("", "", [])]

    def again(text: str, language: str = "fr") -> list[T]:
        known_text, known_language, found = last[0]
        if known_text is not text or known_language != language:
            found = find(text, language)
            last[0] = (text, language, found)  # one tuple: a thread sees the old answer or the new one whole
        return list(found)

    again.__doc__, again.__wrapped__ = find.__doc__, find  # type: ignore[attr-defined]
    return again


_RATE_BEFORE = re.compile(r"\d[\d,.\s\u00a0\u202f]*(?:\$|dollars?|cad|k)?\s*$", re.IGNORECASE)
_HALF_YEAR = re.compile(r"(?<![\w-])(?:an?\s+)?half(?:[- ]|\s+a\s+)year\b", re.IGNORECASE)
_HOUR_AFTER = re.compile(r"\s+(?:hour|hr)\b", re.IGNORECASE)


@last_answer_again
def find_durations(text: str, language: str = "fr") -> list[Duration]:
    """Every duration in ``text`` with its span, converted to months."""
    low = text.lower()
    if not _UNIT_LOW.search(low):
        return []
    found = []
    for m in _DURATION_LOW.finditer(text, low):  # offsets are the text's; read words from the text
        value = parse_number(text[m.start("num") : m.end("num")], language)
        rate = (m.group("num").lower() == "a" and _RATE_BEFORE.search(text, max(0, m.start() - 20), m.start())) or \
            (m.group("unit").lower() == "an" and _HOUR_AFTER.match(text, m.end()))
        if value is None or rate:
            continue  # "paid $70,000 a year", "$45 an hour": a rate, not a time worked
        unit = _UNIT_MONTHS[m.group("unit").lower()]
        whole = text[m.start() : m.end()]
        months = value * unit + (unit / 2 if re.search(r"(demie?|half)\s*$", whole, re.IGNORECASE) else 0)
        if m.group("num").lower() == "a" and text[max(0, m.start() - 5) : m.start()].lower() == "half ":
            continue  # "half a year" is read below
        found.append(Duration(months, m.start(), m.end(), whole, unit))
    # six months said as half a year: "half a year of steady work", "the half-year floor", "a half-year"
    found += [Duration(6, m.start(), m.end(), m.group(), 12) for m in _HALF_YEAR.finditer(text)]
    return sorted(found, key=lambda d: d.start)


def as_number(value: float) -> int | float:
    """12.0 -> 12, so records carry ints where the text had whole numbers."""
    return int(value) if float(value).is_integer() else value


# (a "$" or a "CAD" that opens the next figure, "fam of 3 $23,360", is not the currency after the one before)
# (not American dollars: "… 15 263 $ CA, soit près de 11 200 dollars américains")
# ("23,360 Canadian dollars", as a speaker says it)
_CURRENCY_AFTER = r"(?:\s?\$(?!\s?\d)\s?(?:CA|CAN|CAD|can)?\b|\s?\$(?!\s?\d)|\s+(?:(?:[Cc]anadian\s+)?dollars?(?!\s+(?:américains|US)\b)(?:\s+canadiens)?|CAD\b(?!\s?\d)))"
_CURRENCY_BEFORE = r"(?:CA\$|C\$|\$\s?CA|\$|CAD\s?)\s?"
MONEY = re.compile(
    rf"(?<![\d,.])(?P<a>{DIGITS}){_CURRENCY_AFTER}|{_CURRENCY_BEFORE}(?P<b>\d{{1,3}}(?:,\d{{3}})+(?!\d)|{DIGITS})",
)


_MONEY_FAST = Folded(MONEY)  # behind a look-ahead on its first characters (a digit, "$", "C")


@dataclass(frozen=True)
class Amount:
    value: float
    start: int
    end: int


# An amount in words ends with its currency: "quinze mille deux cent soixante-trois dollars". Only
# the few sentences that say "dollars" are searched, backwards from that word.
_DOLLARS = re.compile(r"\bdollars?\b", re.IGNORECASE)
_WORDS_BEFORE = re.compile(rf"\b(?P<n>{NUMBER_WORDS})\s+(?:canadian\s+|canadiens\s+)?$", re.IGNORECASE)  # "… sixty-three Canadian dollars"


_THOUSANDS = re.compile(r"[kK](?![^\W\d_])")  # "$13k", "19K$": thousands


@last_answer_again
def find_amounts(text: str, language: str = "fr") -> list[Amount]:
    """Every amount of money in ``text`` (Canadian dollars) with its span."""
    found = []
    for m in _MONEY_FAST.finditer(text, text):  # case-sensitive: run on the text itself
        raw = m.group("a") or m.group("b")
        value = parse_number(raw.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw) else raw, language)
        end = m.end()
        if value is not None and value < 1000 and _THOUSANDS.match(text, end):
            value, end = value * 1000, end + 1  # "$13k"
        if value is not None:
            found.append(Amount(value, m.start(), end))
    for m in _DOLLARS.finditer(text):
        window = max(0, m.start() - 120)
        words = _WORDS_BEFORE.search(text, window, m.start())
        # "vingt-trois mille six cent soixante-dix dollars (23 670 $)": the figures after it say it again
        spelled_again = re.match(r"\s*(?:canadiens\s*)?\(", text[m.end() : m.end() + 12]) is not None
        if words and not spelled_again and not any(a.start <= m.start() < a.end for a in found):
            value = parse_number(words.group("n").strip(), language)
            end = m.end() + (len(" canadiens") if text[m.end() : m.end() + 10].lower() == " canadiens" else 0)
            if value is not None and value >= 100:
                found.append(Amount(value, words.start(), end))
    return sorted(found, key=lambda a: a.start)


# a TEER group named with its levels: "TEER 0 or 1", "FÉER 2 à 3", "TEER 0–1" (not the next group's level, "TEER 0-1, 5 for
# TEER 2-3")
TEER_GROUP = re.compile(r"\b(?:TEER|FÉER|FEER)\s+[0-5](?:\s*(?:,|or|ou|à|to|-|–|and|et)\s*[0-5]\b(?!\s+(?:for|pour)\b))*", re.IGNORECASE)
_TEER_RANGE = re.compile(r"([0-5])\s*(?:-|–|à|to)\s*(?:(?:féer|feer|teer)\s+)?([0-5])", re.IGNORECASE)


def teer_levels(named: str) -> str:
    """"0 ou 1", "0-1", "2 à 3" -> "0,1" / "2,3": the levels named, ranges spelled out."""
    levels = {int(d) for d in re.findall(r"[0-5]", named)}
    for low, high in _TEER_RANGE.findall(named):
        levels |= set(range(int(low), int(high) + 1))
    return ",".join(str(level) for level in sorted(levels))
