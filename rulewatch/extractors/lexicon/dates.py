"""Patterns as data: dates as French and English texts write them.

Effective dates follow a cue ("à compter du", "dès le", "as of"); a date without a year takes
the publication's year. Seasons and "début/fin de" give the first day of the period they name.
Bylines ("Publié le 3 mars 2026", "OTTAWA, le 18 févr. 2026 /CNW/") give the page's own date.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "october": 10,
    "november": 11, "december": 12,
}
ISO_DAY = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")  # "2026-03-03" in a text
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written in figures
YEAR_2000S = re.compile(r"\b20\d\d\b")  # one of this century's, the years rules and rounds are told in
SEASONS: dict[str, tuple[int, int]] = {  # month, day the season starts
    "printemps": (3, 20), "spring": (3, 20), "été": (6, 21), "summer": (6, 21),
    "automne": (9, 22), "fall": (9, 22), "autumn": (9, 22), "hiver": (12, 21), "winter": (12, 21),
}
PERIOD_START: dict[str, int] = {  # "au début de 2026" -> January, "à la mi-2026" -> July, "fin 2025" -> December
    "début": 1, "debut": 1, "early": 1, "beginning": 1, "start": 1,
    "mi": 7, "milieu": 7, "mid": 7, "middle": 7, "fin": 12, "late": 12, "end": 12,
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>\d{1,2})(?:er|re|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "25 mars 2025", "1er janvier", "18 févr. 2026", "March 25, 2025", "25 March 2025", "2025-03-25"
DAY_MONTH_YEAR = re.compile(
    rf"\b{_DAY}\s+(?P<month>{_MONTH})\.?(?:\s+{_YEAR})?\b|"
    rf"\b(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year2>(?:19|20)\d\d))?\b|"
    rf"\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b",
    _I,
)
SEASON_YEAR = re.compile(
    rf"\b(?:au\s+|à\s+l['’]\s?|en\s+|in\s+(?:the\s+)?|this\s+)?(?P<season>{'|'.join(SEASONS)})\s+(?:de\s+|d['’]\s?|of\s+)?{_YEAR}",
    _I,
)
PERIOD_YEAR = re.compile(
    rf"\b(?:au\s+|à\s+la\s+|en\s+|in\s+(?:the\s+)?|by\s+(?:the\s+)?)?(?P<period>{'|'.join(PERIOD_START)})"
    rf"[\s-]+(?:de\s+l['’]année\s+|de\s+|d['’]\s?|of\s+)?{_YEAR}",
    _I,
)
MONTH_YEAR = re.compile(rf"\b(?:en\s+|in\s+|d['’]\s?|de\s+)?(?P<month>{_MONTH})\.?\s+{_YEAR}\b", _I)
# The date after these is when a rule takes effect, not when it was written.
EFFECTIVE_CUE = re.compile(
    r"(?:à\s+compter\s+d[ue]|à\s+partir\s+d[ue]|dès\s+(?:le|l['’])?|en\s+vigueur\s+(?:le|dès|à)|en\s+date\s+du|"
    r"depuis\s+le|prendra\s+effet\s+le|entre(?:ra)?\s+en\s+vigueur|applicable\s+(?:dès|à\s+partir)|"
    r"effective|as\s+of|starting|beginning|from|since|on\s+and\s+after|on\s+or\s+after|"
    # (or with the rounds it first applies to: "starting with invitation rounds on …", "à partir des rondes du …")
    r"(?:starting|beginning)\s+with(?:\s+(?:the\s+)?(?:invitation\s+)?(?:rounds?|draws?)(?:\s+held)?)?|"
    r"(?:à\s+partir|à\s+compter)\s+des\s+(?:rondes|tirages)(?:\s+d['’]invitations)?(?:\s+(?:tenues|organisées))?\s+du|"
    r"(?:comes?|came|go(?:es)?|went)\s+into\s+(?:force|effect)|(?:takes?|took)\s+effect|"
    # the day a figure changed is the day its new value holds: "the table was raised on July 7, 2025", "the funds went up
    # on …", "relevés le 7 juillet", "Ottawa lowered the amounts on …", "IRCC a relevé ses seuils le …" (not a page's "updated on", "mis à
    # jour le": its edit, not the rule's)
    r"(?:raised|increased|lowered|adjusted|went\s+up|went\s+down|rose|fell)\s+(?:[\w’'$-]+\s+){0,4}?on|"
    r"(?:relevée?s?|augmentée?s?|rehaussée?s?|abaissée?s?)\s+(?:[\w’'$-]+\s+){0,4}?le|"
    # (and the figures' own update said as a verb with them as its object: "Immigration Canada a mis à jour ses montants le
    # 7 juillet 2025 :")
    r"(?:updated|revised|mis\s+à\s+jour|révisé|actualisé)\s+(?:the|its|their|les|ses|leurs)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:amounts|figures|thresholds|minimums|montants|chiffres|seuils|barèmes?)\s+(?:on|le)|"
    # (but the amounts' own update, in brackets after them, is their new value's day: "Settlement funds (updated July 7,
    # 2025)", "Montants (mis à jour le 7 juillet 2025)")
    r"(?:funds|fonds|amounts|montants|figures|chiffres|table|tableau|barème|chart)\s*\(\s*(?:updated|mis\s+à\s+jour)|"
    # (or the day the amounts came out: "Officers still go by the amounts released by IRCC on July 7, 2025")
    r"(?:table|tableau|barème|chart|amounts|montants)\s+(?:[\w’'-]+\s+){0,2}?(?:published|released|publiée?s?)"
    r"(?:\s+(?:by|par)\s+[\w’'-]+)?\s+(?:on|le)|"
    # (a word of its own: not the end of "admin on", "Julien le")
    r"\b(?:au|en|in)|d['’]ici)\s*(?:le\s+|the\s+|on\s+)?$",
    _I,
)
# Bylines and datelines near the top of an article.
BYLINE_CUE = re.compile(
    r"(?:publié|publiée|mis\s+à\s+jour|mise\s+à\s+jour|published|updated|posted|date\s*:|le)\s*(?:le|on|:)?\s*$|"
    r"\b[A-ZÉ][A-ZÉ-]+,\s+(?:[A-Z]{2}\s*,\s*)?(?:le\s+)?$",
    _I,
)
UPDATED_CUE = re.compile(r"(?:mis\s+à\s+jour|mise\s+à\s+jour|updated|modifié|modified)\s*(?:le|on|:)?\s*$", _I)
