"""Counting rules as requirements: the hours of a full-time week (hours above it do not count), paid work
only, and a language minimum that depends on the TEER level of the experience.

"un emploi à temps plein = 30 h/semaine" -> full_time_hours_per_week = 30;
"Seul le travail rémunéré compte" -> paid_work_only = 1;
"NCLC 5 pour une expérience acquise en FÉER 2 ou 3" -> language_min ≥ 5, teer 2,3.
Each is filed under the subject its sentence resolves to (a program, a category, or the whole system).
"""

from __future__ import annotations

import re

from rulewatch.schemas import Qualifiers, Record, Requirement

from .changes import own_clause_bounds
from .columns import cell_statements
from .context import TextContext
from .numbers import teer_levels
from .lexicon.lowercase import Folded, lowered
from .lexicon.cues import CASE_VERDICT, PERSONAL_CASE
from .lexicon.rules_as_code import FULL_TIME_DEFINED, HOURS_CAP, LEVEL_FOR_TEER, NOT_COUNTED, PAID_ONLY
from .sentences import Sentence
from .statements import under_example
from .subjects import resolve_subjects, subjects_in

_DIGIT = re.compile(r"\d")
_WEEK = Folded(re.compile(r"semaine|week", re.IGNORECASE))  # on the lowercased text, behind its two words


def _has(pattern: Folded, text: str) -> bool:
    return next(pattern.finditer(text, lowered(text)), None) is not None


def _subjects(ctx: TextContext, sentence: Sentence) -> list[str]:
    return [s for s in resolve_subjects(ctx, sentence) if s != "program:pnp"]


def _requirement(ctx: TextContext, sentence: Sentence, subject: str, criterion: str, value: int, unit: str,
                 operator: str = "=", **qualifiers: object) -> Requirement:
    return Requirement(subject=subject, criterion=criterion, operator=operator, value=value, unit=unit,  # type: ignore[arg-type]
                       qualifiers=Qualifiers(**qualifiers), evidence=ctx.evidence(sentence))


def _full_time_week(text: str) -> int | None:
    if m := FULL_TIME_DEFINED.search(text):
        return int(m.group("hours"))
    if (m := HOURS_CAP.search(text)) and NOT_COUNTED.found(text):
        return int(m.group("hours"))
    return None


def read_counting_rules(ctx: TextContext) -> list[Requirement]:
    out: list[Requirement] = []
    # most pages state neither rule: a word of the week (both patterns end with it) or the paid-work cue first
    weeks, paid = _has(_WEEK, ctx.text), PAID_ONLY.found(ctx.text)
    if not (weeks or paid):
        return out
    for sentence in ctx.sentences:
        text = sentence.text
        hours = _full_time_week(text) if weeks and _DIGIT.search(text) and _has(_WEEK, text) else None  # (digit: cheaper)
        if hours is not None:
            out += [_requirement(ctx, sentence, s, "full_time_hours_per_week", hours, "hours") for s in _subjects(ctx, sentence)]
        if paid and PAID_ONLY.found(text):
            out += [_requirement(ctx, sentence, s, "paid_work_only", 1, "flag") for s in _subjects(ctx, sentence)]
    return _first_per_key(out)


_SPEAKER = re.compile(r"^[^:\d\n]{2,40}:\s")  # who speaks, in a transcript ("Ms. Raman: For the CEC, it's CLB 7 …")


_DIGIT_OF = {"zero": "0", "zéro": "0", "one": "1", "un": "1", "two": "2", "deux": "2", "three": "3", "trois": "3",
             "four": "4", "quatre": "4", "five": "5", "cinq": "5", "six": "6", "seven": "7", "sept": "7", "eight": "8",
             "huit": "8", "nine": "9", "neuf": "9", "ten": "10", "dix": "10"}
_DIGIT_WORD = "|".join(_DIGIT_OF)
# a level or a TEER group said in words, as a transcript writes it: "CLB seven for a TEER zero or one job"
_LEVEL_IN_WORDS = re.compile(rf"\b(clb|nclc|teer|féer|feer)\s+((?:{_DIGIT_WORD})(?:\s*(?:,|or|ou|and|et|to|à)\s*(?:{_DIGIT_WORD}))*)\b",
                             re.IGNORECASE)
_WORD = re.compile(rf"\b(?:{_DIGIT_WORD})\b", re.IGNORECASE)


def _levels_in_digits(text: str) -> str:
    """Levels and TEER groups said in words, in digits ("TEER zero or one" -> "TEER 0 or 1"); the rest unchanged."""
    return _LEVEL_IN_WORDS.sub(lambda m: f"{m.group(1)} {_WORD.sub(lambda w: _DIGIT_OF[w.group(0).lower()], m.group(2))}", text)


def teer_language_levels(ctx: TextContext, records: list[Record]) -> tuple[list[Record], set[int]]:
    """Language minimums stated per TEER level replace the one-level reading of the same sentences."""
    found: list[Requirement] = []
    low = lowered(ctx.text)  # substrings first: the pattern itself scans to the end of a line
    if not (("nclc" in low or "clb" in low) and ("teer" in low or "féer" in low or "feer" in low)):
        return records, set()
    for sentence in ctx.sentences:
        # a table row, cell by cell: a subject's cell "CLB 7 (TEER 0 or 1) …", or under TEER columns "| Test | CLB 7 | CLB 5 |"
        cells = cell_statements(ctx, sentence, None) if sentence.text.startswith("|") else None
        said = _levels_in_digits(sentence.text)
        if cells is None and (LEVEL_FOR_TEER.search(said) is None or _someones_case(_SPEAKER.sub("", said))
                              or under_example(ctx, sentence)):
            continue  # (nor someone's own level and job: "Marco a un NCLC 6 : il vise un poste FÉER 3", "…, so he met it";
            # nor a level and a job under a heading calling them an example)
        for text, subjects in ([(st.text, st.subjects) for st in cells] if cells else [(said, _subjects(ctx, sentence))]):
            for m in LEVEL_FOR_TEER.finditer(text):
                level = next(m.group(g) for g in _LEVELS if m.group(g))
                teer = next(m.group(g) for g in _TEERS if m.group(g))
                found += [_requirement(ctx, sentence, s, "language_min", int(level), "nclc", ">=", teer=teer_levels(teer))
                          for s in _clause_subjects(text, m.start(), subjects) if s != "express-entry"]
    if not found:
        return records, set()
    # (a correction's level before the one it puts right: "… CLB four for TEER two or three." / "I misspoke earlier. …
    # it's CLB five, not four.")
    found.sort(key=lambda r: not ctx.puts_a_figure_right(ctx.sentence_at(r.evidence.start)))
    read = {(r.evidence.start, r.subject) for r in found}
    kept = [r for r in records if not (isinstance(r, Requirement) and r.criterion == "language_min"
                                       and r.qualifiers.teer is None and (r.evidence.start, r.subject) in read)]
    return [*kept, *_first_per_key(found)], {start for start, _ in read}


# one person's level: "She had CLB 8 in a TEER 1 role", "il a un NCLC 6"
_ONES_OWN_LEVEL = re.compile(r"\b(?:she|he|il|elle)\s+(?:had|has|avait|a)\s+(?:(?:un|une|a|an)\s+)?(?:nclc|clb)\s*\d", re.IGNORECASE)


_LEVELS = ("level", "level_after", "level_if", "level_need", "level_for", "level_paren")  # the pattern's forms
_TEERS = ("teer", "teer_first", "teer_if", "teer_need", "teer_for", "teer_paren")


def _clause_subjects(text: str, at: int, subjects: list[str]) -> list[str]:
    """The subjects of the levels at ``at``: those its own clause names, of the sentence's ("The FSW wants level 7
    everywhere, and the CEC wants NCLC 5 for a TEER 2 or 3 post": the level per TEER is the CEC's alone)."""
    start, _ = own_clause_bounds(text, at)
    named = [s for s in subjects_in(text[start:at]) if s in subjects]
    return named or subjects


def _someones_case(text: str) -> bool:
    return PERSONAL_CASE.found(text) or CASE_VERDICT.found(text) or _ONES_OWN_LEVEL.search(text) is not None


def _first_per_key(records: list[Requirement]) -> list[Requirement]:
    """A page stating the same rule twice gives one record: the first statement's."""
    seen: dict[str, Requirement] = {}
    for record in records:
        seen.setdefault(record.key, record)
    return list(seen.values())
