"""A program set apart at the head of a sentence, with its own rule: two statements, one per program.

"Contrairement au PTQF, qui exige 67 points sur 100, le PTMSF n'a pas de grille" states the FSW's pass
mark inside the aside and nothing for the FST; "Unlike the FSWP and its 67-point bar, the FSTP …" too.
Read whole, the sentence's subject (the FST) took the aside's value.
"""

from __future__ import annotations

import re

from .context import TextContext
from .quantities import find_quantities
from .sentences import Sentence
from .statements import Statement
from .subjects import subjects_in

SET_APART_ASIDE = re.compile(
    r"^\s*(?:contrairement\s+(?:à\s+la|à\s+l['’]|au|aux|à)|à\s+la\s+différence\s+d(?:u|e\s+la|e\s+l['’]|es)|unlike(?:\s+the)?)\s*"
    r"(?P<named>[^,;:]{2,90}?)(?:,\s*(?:qui|lequel|laquelle|which|who|that)\s+(?P<rule>[^,;:]{5,200}))?,",
    re.IGNORECASE,
)


def aside_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """The aside's statement for the program set apart, and the rest of the sentence for its own subject; None
    when the sentence does not open by setting a program apart with a figure of its own."""
    m = SET_APART_ASIDE.match(sentence.text)
    if m is None:
        return None
    aside = " ".join(part for part in m.group("named", "rule") if part)
    if not find_quantities(aside, ctx.language) or len(named := subjects_in(m.group("named"))) != 1:
        return None
    return [Statement.part(ctx, sentence, lead, aside, subjects=named),
            Statement.part(ctx, sentence, lead, sentence.text[m.end() :].strip())]
