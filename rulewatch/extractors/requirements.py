"""Every requirement a text states: each criterion's reader over each candidate sentence.

One record per key: its most complete statement on the page (body over headline, a stated
previous value over none); at equal completeness the first statement wins.
"""

from __future__ import annotations

from typing import Callable

from rulewatch.schemas import Requirement

from . import experience, funds, language_levels, points, skills
from .context import TextContext
from .statements import Statement, statements

READERS: tuple[Callable[[Statement], list[Requirement]], ...] = (
    experience.from_statement,
    language_levels.from_statement,
    funds.from_statement,
    points.from_statement,
    skills.from_statement,
)


def extract_requirements(ctx: TextContext) -> list[Requirement]:
    best: dict[str, tuple[tuple[bool, bool], Requirement]] = {}
    for st in statements(ctx):
        body = not ctx.is_heading(st.sentence)
        for read in READERS:
            for record in read(st):
                score = (body, record.previous_value is not None)
                if record.key not in best or score > best[record.key][0]:
                    best[record.key] = (score, record)
    return [record for _, record in best.values()]
