"""An FAQ's bare answer read with the question it answers.

"Q: What does a provincial nomination add?" over "A: 600 points." states the nomination's points; the answer
alone names no factor and the question alone states nothing. Read together, as "<question> : <answer>",
they state the rule as a label and its value do.
"""

from __future__ import annotations

import re

from .context import TextContext, words_said
from .numbers import NUMBER_WORDS
from .sentences import Sentence
from .statements import TICKED, Statement, is_question
from .subjects import numbered_question

BARE_ANSWER_WORDS = 4  # "600 points.", "NCLC 7 minimum.", "Oui, 12 mois.": a figure and its unit, not a sentence
BARE_ANSWER_CHARS = 60
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_OPTION_BOX = re.compile(r"(?:\[\s\]|☐)\s*$")


def _bare_figure(text: str) -> bool:
    """A figure and a few words; or a number of hundreds or thousands said in words alone after its speaker (an amount
    in words answering "What about three people?"; not "Six.", which answers anything)."""
    if len(text) <= BARE_ANSWER_CHARS and _DIGIT.search(text) and len(_WORD.findall(text)) <= BARE_ANSWER_WORDS:
        return True
    said = words_said(text)
    return _DIGIT.search(said) is None and _NUMBER_ALONE.fullmatch(said) is not None and _HUNDREDS.search(said) is not None


_NUMBER_ALONE = re.compile(rf"\W*(?:{NUMBER_WORDS})\W*", re.IGNORECASE)
_HUNDREDS = re.compile(r"hundred|thousand|cents?\b|mille", re.IGNORECASE)


def asked_question(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """The question right before a bare answer (a figure and a few words), or None; for a quiz's ticked option
    ("67 points ...... [x] correct"), the question above its list of options."""
    ticked = TICKED.search(sentence.text)
    # (its aside says when it does not apply: "A: 12 months (paid, skilled, …)")
    text = _ASIDE.sub("", sentence.text[: ticked.start()] if ticked else sentence.text)
    if not _bare_figure(text):
        return None
    i = ctx.index(sentence) - 1
    while ticked and i >= 0 and (_OPTION_BOX.search(ctx.sentences[i].text) or TICKED.search(ctx.sentences[i].text)):
        i -= 1  # (the options above it, ticked or not)
    before = ctx.sentences[i] if i >= 0 else None
    return before if before is not None and is_question(before.text) else None


def answer_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """The bare answer read as "<question> : <answer>"; None for any other sentence."""
    if (asked := asked_question(ctx, sentence)) is None:
        return _key_answer(ctx, sentence, lead)
    ticked = TICKED.search(sentence.text)
    answer = sentence.text[: ticked.start()] if ticked else sentence.text
    return [Statement.part(ctx, sentence, lead, f"{asked.text.rstrip(' ?')} : {answer}")]


def _key_answer(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """A quiz key's short answer read with the question of its number, far above it ("Q4. What must a couple … show in
    settlement funds?" … "Q4 - (b) $19,001 for a family of two.")."""
    if (mark := _KEY_MARK.match(sentence.text)) is None:
        return None
    answer = sentence.text[mark.end() :]
    if len(_WORD.findall(answer)) > KEY_ANSWER_WORDS or not _DIGIT.search(answer) or \
            (asked := numbered_question(ctx, sentence)) is None:
        return None
    return [Statement.part(ctx, sentence, lead, f"{asked.rstrip(' ?')} : {answer}")]


KEY_ANSWER_WORDS = 6  # (its question is certain: the figure may say whom it is for, "… for a family of two")
# a key's answer number and the letter of the option it picks: "Q4 - (b) ", "8. c) ", "3) "
_KEY_MARK = re.compile(r"\s*(?:(?:Q|Question\s*)?\d{1,2}\s*[.):–—-]\s*)?(?:\(?[a-eA-E]\)\s*)?")
