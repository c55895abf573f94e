"""Every requirement a text states: each criterion's reader over each candidate sentence.

A sentence goes only to the readers whose trigger words it contains (``lexicon.criteria.TRIGGERS``):
most sentences contain none and cost one lowercasing. One record per key: its most complete
statement on the page (body over headline, a stated previous value over none); at equal
completeness the first statement wins.
"""

from __future__ import annotations

from typing import Callable

from rulewatch.schemas import Requirement

from . import experience, funds, language_levels, points, skills
from .context import TextContext
from .lexicon.criteria import TABLE_ROW_READERS, TRIGGERS
from .lexicon.literals import contains_any
from .statements import Statement, may_state_rule, under_other_jurisdiction

Reader = Callable[[Statement], list[Requirement]]
READERS: dict[str, Reader] = {
    "experience": experience.from_statement,
    "language_min": language_levels.from_statement,
    "proof_of_funds": funds.from_statement,
    "points": points.from_statement,
    "skill_levels": skills.from_statement,
}


def readers_for(text: str, lead: str = "") -> list[Reader]:
    """The readers that may find something in this sentence (or a list item with its lead-in), by their trigger words."""
    low, row = (lead + "\n" + text).lower() if lead else text.lower(), text.startswith("|")
    return [read for name, read in READERS.items()
            if (row and name in TABLE_ROW_READERS) or contains_any(low, TRIGGERS[name])]


def extract_requirements(ctx: TextContext) -> list[Requirement]:
    best: dict[str, tuple[tuple[bool, bool], Requirement]] = {}
    for sentence in ctx.sentences:
        lead = ctx.lead_in(sentence) if sentence.start > sentence.line_start else None
        readers = readers_for(sentence.text, lead.text if lead else "")
        if not readers or not may_state_rule(sentence.text):
            continue
        st = Statement(ctx, sentence, lead)
        body = not ctx.is_heading(sentence)
        records = [record for read in readers for record in read(st)]
        if records and under_other_jurisdiction(ctx, sentence, lead):
            continue
        for record in records:
            score = (body, record.previous_value is not None)
            if record.key not in best or score > best[record.key][0]:
                best[record.key] = (score, record)
    return [record for _, record in best.values()]
