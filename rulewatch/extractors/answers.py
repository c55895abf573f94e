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
BARE_ANSWER_CHARS = 60
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_ASIDE = re.compile(r"\s*\([^()]*\)")


def asked_question(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """The question right before a bare answer (a figure and a few words), or None."""
    text = _ASIDE.sub("", sentence.text)  # (its aside says when it does not apply: "A: 12 months (paid, skilled, …)")
    if len(text) > BARE_ANSWER_CHARS or not _DIGIT.search(text) or len(_WORD.findall(text)) > BARE_ANSWER_WORDS:
        return None
    i = ctx.index(sentence) - 1
    before = ctx.sentences[i] if i >= 0 else None
    return before if before is not None and is_question(before.text) else None


def answer_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """The bare answer read as "<question> : <answer>"; None for any other sentence."""
    if (asked := asked_question(ctx, sentence)) is None:
        return None
    return [Statement.part(ctx, sentence, lead, f"{asked.text.rstrip(' ?')} : {sentence.text}")]
