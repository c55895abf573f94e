"""An FAQ's bare answer read with the question it answers.

"Q: What does a provincial nomination add?" over "A: 600 points." states the nomination's points; the answer
alone names no factor and the question alone states nothing. Read together, as "<question> : <answer>",
they state the rule as a label and its value do.
"""

from __future__ import annotations

import re

from .context import TextContext
from .sentences import Sentence
from .statements import Statement, is_question

BARE_ANSWER_WORDS = 4  # "600 points.", "NCLC 7 minimum.", "Oui, 12 mois.": a figure and its unit, not a sentence
_WORD = re.compile(r"[^\W\d_]+")


def asked_question(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """The question right before a bare answer (a figure and a few words), or None."""
    if len(_WORD.findall(sentence.text)) > BARE_ANSWER_WORDS or not any(ch.isdigit() for ch in sentence.text):
        return None
    i = ctx.index(sentence) - 1
    before = ctx.sentences[i] if i >= 0 else None
    return before if before is not None and is_question(before.text) else None


def answer_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """The bare answer read as "<question> : <answer>"; None for any other sentence."""
    if (asked := asked_question(ctx, sentence)) is None:
        return None
    return [Statement.part(ctx, sentence, lead, f"{asked.text.rstrip(' ?')} : {sentence.text}")]
