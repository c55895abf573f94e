"""Lines labelled by year ("• 2025 : 6 mois d'affilée" / "• 2026 : 12 mois, d'affilée ou non"): the latest is the rule.

A slide or a fact sheet compares two years line by line. Read apart, each line looks like a rule of its own,
and the older one wins or competes; read together, the latest year's line is tonight's rule and the line of
the year before gives its previous value.
"""

from __future__ import annotations

import re

from .context import TextContext
from .sentences import Sentence
from .statements import Statement

_YEAR_LINE = re.compile(r"^(?P<year>(?:19|20)\d\d)\s*:\s*(?P<value>\S.*)$")
NEIGHBOURS = 3  # lines looked at on each side for the other years


def _years_around(ctx: TextContext, sentence: Sentence) -> dict[int, str]:
    """The values of the lines labelled by year around this one (this one's too), by year."""
    i = ctx.index(sentence)
    years: dict[int, str] = {}
    for j in range(max(0, i - NEIGHBOURS), min(len(ctx.sentences), i + NEIGHBOURS + 1)):
        if (other := _YEAR_LINE.match(ctx.sentences[j].text)) is not None:
            years.setdefault(int(other.group("year")), other.group("value"))
    return years


def earlier_year_line(ctx: TextContext, sentence: Sentence) -> bool:
    """"2025 : 6 mois" beside "2026 : 12 mois": a year before's value, not a rule of tonight."""
    return (m := _YEAR_LINE.match(sentence.text)) is not None and int(m.group("year")) < max(_years_around(ctx, sentence))


def year_line_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """The latest year's line as a statement with the earlier year's value as its previous one; no statement for
    an earlier year's line; None when the line is not one of two lines or more labelled by year."""
    if (m := _YEAR_LINE.match(sentence.text)) is None or len(years := _years_around(ctx, sentence)) < 2:
        return None
    latest = max(years)
    if int(m.group("year")) != latest:
        return []  # the value of a year before: read as the latest line's previous value
    # the line whole ("2026 : …" reads as a label and its value)
    return [Statement.part(ctx, sentence, lead, sentence.text, previous=years[max(y for y in years if y < latest)])]
