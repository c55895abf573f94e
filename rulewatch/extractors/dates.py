"""Dates in running text: when a rule takes effect, and when a page says it was published.

A date without a year ("dès le 1er janvier") takes the publication's year, or the next one
when that would put it more than three months before the publication (an announcement in
November of "1er janvier" means the coming January).
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, timedelta

from .lexicon.dates import (
    BYLINE_CUE,
    DAY_MONTH_YEAR,
    EFFECTIVE_CUE,
    MONTH_YEAR,
    MONTHS,
    PERIOD_START,
    PERIOD_YEAR,
    SEASON_YEAR,
    SEASONS,
    UPDATED_CUE,
)

_DATELINE_AFTER = re.compile(r"\s*(?:[—–]|-\s|/\s*CNW\s*/)")
_WEAK_CUE = re.compile(r"(?:\bau|\ben|\bin|d['’]ici)\s*(?:le\s+|the\s+)?$", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date | None, past: bool = False) -> date | None:
    """The year of a day written without one: the page's, or the next when the day is long gone (a rule announced for
    "le 7 juillet" in an October article is next July's); the last one passed when it is said as a past ("since July
    7th" in an October article is this July's, in a March article last July's)."""
    if published is None:
        return None
    found = _safe_date(published.year, month, day)
    if past:
        return _safe_date(published.year - 1, month, day) if found is not None and found > published else found
    if found is not None and found < published - timedelta(days=90):
        found = _safe_date(published.year + 1, month, day)
    return found


_SINCE = re.compile(r"\b(?:since|depuis)\s+(?:le\s+|the\s+)?$", re.IGNORECASE)


def _day_month(m: re.Match[str], published: date | None, past: bool = False) -> date | None:
    if m.group("iy"):
        return _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    month_word = (m.group("month") or m.group("month2")).lower().rstrip(".")
    day = int(m.group("day") or m.group("day2"))
    year = m.group("year") or m.group("year2")
    month = MONTHS[month_word]
    return _safe_date(int(year), month, day) if year else _infer_year(month, day, published, past)


_ROUND_HELD = re.compile(r"\b(?:tenu|held|conducted|organisé)\b[^.;]{0,40}?\b(?:ronde|round|tirage|draw)s?\b|"
                         r"\b(?:ronde|round|tirage|draw)\s+(?:n[o°º]\.?|#|number)\s*\d", re.IGNORECASE)
_BARE_DATE_LINE_END = re.compile(r"\s*(?:(?:at|à)?\s*\d{1,2}[:h]\d{2}\s*(?:am|pm)?)?\s*")  # (a time may follow)
_MAY_HOLD_A_DATE = re.compile(r"\d|printemps|été|automne|hiver|spring|summer|fall|autumn|winter", re.IGNORECASE)


# the end of what held before, not a start: "Until the end of 2025, category-based rounds required …", "jusqu'à la fin 2025";
# nor an earlier text's date: "notre numéro d'automne 2024 indiquait …"
_NOT_A_START = re.compile(r"\b(?:until|till|jusqu['’](?:à|en|au))\s*(?:the\s+|la\s+)?$|\bjusqu['’]\s*$|"  # ("Jusqu'à la fin de 2025, on exigeait …")
                    r"\b(?:numéro|issue|édition|edition|article|dossier|bulletin|newsletter)\s+(?:de\s+l['’]\s?|d['’]\s?|du\s+|de\s+|of\s+)?(?:the\s+)?$",
                    re.IGNORECASE)


def _starts_there(text: str, m: re.Match[str]) -> bool:
    """A season or a part of a year that a rule starts at, not what ended then or an earlier text's date."""
    return _NOT_A_START.search(text, max(0, m.start() - 20), m.start()) is None


@lru_cache(maxsize=4096)
def effective_date(text: str, published: date | None = None) -> date | None:
    """The date a sentence says its rule takes effect, or None (a publication date is not one)."""
    if not _MAY_HOLD_A_DATE.search(text):
        return None
    for m in DAY_MONTH_YEAR.finditer(text):
        lead = text[max(0, m.start() - 40) : m.start()]
        at_start = not text[: m.start()].strip(" «\"(").lower().rstrip() or re.fullmatch(
            r"\s*(?:le|on|depuis\s+le|since)\s*", text[: m.start()], re.IGNORECASE
        )
        if at_start and _DATELINE_AFTER.match(text, m.end()):
            continue  # "June 14, 2023—Halifax, Nova Scotia—…": a release's dateline, not an effective date
        if at_start and _BARE_DATE_LINE_END.fullmatch(text, m.end()):
            continue  # "Apr 2, 2026" alone on its line: when a post or an entry was written, not a rule's start
        if at_start and _ROUND_HELD.search(text):
            continue  # "Mercredi 1er avril, c'était au tour de la ronde no 408 …": a round's day, not a rule's start
        if (EFFECTIVE_CUE.search(lead) and not _WEAK_CUE.search(lead)) or at_start:
            found = _day_month(m, published, past=_SINCE.search(lead) is not None)
            if found is not None:
                return found
    for m in SEASON_YEAR.finditer(text):
        if _starts_there(text, m):
            month, day = SEASONS[m.group("season").lower()]
            return _safe_date(int(m.group("year")), month, day)
    for m in PERIOD_YEAR.finditer(text):
        if _starts_there(text, m):
            return _safe_date(int(m.group("year")), PERIOD_START[m.group("period").lower()], 1)
    for m in MONTH_YEAR.finditer(text):
        lead = text[max(0, m.start() - 40) : m.start()]
        if EFFECTIVE_CUE.search(lead) and not _WEAK_CUE.search(lead):
            return _safe_date(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], 1)
    return None


def byline_dates(text: str) -> tuple[date | None, date | None]:
    """(published, modified) from an article's byline or dateline in its first lines."""
    head = text[:800]
    published = modified = None
    for m in DAY_MONTH_YEAR.finditer(head):
        if not (m.group("year") or m.group("year2") or m.group("iy")):
            continue
        lead = head[max(0, m.start() - 40) : m.start()]
        found = _day_month(m, None)
        if found is None:
            continue
        if UPDATED_CUE.search(lead):
            modified = modified or found
        elif BYLINE_CUE.search(lead) and published is None:
            published = found
    return published, modified


def day_without_year(text: str, published: date | None) -> date | None:
    """The first day-and-month of ``text`` ("le 22 juillet", "on July 22"), its year from the publication."""
    for m in DAY_MONTH_YEAR.finditer(text):
        if (found := _day_month(m, published)) is not None:
            return found
    return None


_WEEKDAYS = {name: i for i, names in enumerate((("lundi", "monday"), ("mardi", "tuesday"), ("mercredi", "wednesday"),
                                                ("jeudi", "thursday"), ("vendredi", "friday"), ("samedi", "saturday"),
                                                ("dimanche", "sunday"))) for name in names}
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})\b(?!\s+\d)", re.IGNORECASE)


def last_weekday(text: str, published: date | None) -> date | None:
    """"IRCC a invité mardi 3 000 candidats …" in a news item of Wednesday 18 November: the weekday named, the last one before
    the publication (the day itself when it is that weekday); None without a weekday or a publication date."""
    if published is None or (m := _WEEKDAY.search(text)) is None:
        return None
    return published - timedelta(days=(published.weekday() - _WEEKDAYS[m.group(0).lower()]) % 7)
