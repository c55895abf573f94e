"""Program records: which of the four Express Entry programs a text names, by name or abbreviation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rulewatch.schemas import Program

from .lexicon.literals import contains_any
from .lexicon.lowercase import Folded, lowered
from .lexicon.programs import PROGRAM_TRIGGERS, PROGRAMS_COMPILED

if TYPE_CHECKING:  # (the context asks program_names: no import cycle at run time)
    from .context import TextContext

_PROGRAMS = [(program, Folded(pattern)) for program, pattern in PROGRAMS_COMPILED]


def program_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """Each program ``text`` names -> where and how (start, words); programs whose trigger words are absent are not searched."""
    low = lowered(text)
    found: dict[str, list[tuple[int, str]]] = {}
    for program, pattern in _PROGRAMS:
        if contains_any(low, PROGRAM_TRIGGERS[program]):
            for m in pattern.finditer(text, low):
                found.setdefault(program, []).append((m.start(), text[m.start() : m.end()]))
    if ":" in low and "program" in low:
        # the programs listed by their short names after a label saying so: "Express Entry programs covered in the
        # series: skilled workers, skilled trades, Canadian experience"
        for listed in PROGRAM_LIST.finditer(low):
            for program, short in _SHORT_NAMES:
                for m in short.finditer(low, listed.start("items"), listed.end("items")):
                    if not any(start <= m.start() < start + len(name) for start, name in found.get(program, ())):
                        found.setdefault(program, []).append((m.start(), text[m.start() : m.end()]))
    return found


# (not a province's list: "Les programmes du Québec : travailleurs qualifiés, …")
PROGRAM_LIST = re.compile(r"\bprogram(?:me)?s\b(?![^:\n.]{0,30}(?:québec|quebec|provinc))[^:\n.]{0,30}:\s*(?P<items>[^\n.:]+)")
_SHORT_NAMES = [(program, re.compile(pattern)) for program, pattern in (
    ("fsw", r"\btravailleurs\s+qualifiés\b|\bskilled\s+workers?\b"),
    ("fst", r"\bmétiers\s+spécialisés\b|\bskilled\s+trades\b"),
    ("cec", r"\bexpérience\s+canadienne\b|\bcanadian\s+experience\b"))]


def extract_programs(ctx: TextContext) -> list[Program]:
    """One record per program named; the quote is the first sentence naming it."""
    found = program_names(ctx.text)
    records = []
    for program, hits in sorted(found.items()):
        hits.sort()
        sentence = next((s for s in (ctx.sentence_at(start) for start, _ in hits) if s is not None), None)
        if sentence is None:
            continue
        names = sorted({" ".join(name.split()) for _, name in hits})
        records.append(Program(id=program, names={ctx.language: names}, evidence=ctx.evidence(sentence)))  # type: ignore[arg-type]
    if found:  # "Skilled Trades:" on a line beside "Federal Skilled Worker:": the FST, by its short name
        from .subjects import short_program_labels  # (late: subjects reads program names from this module)

        for program, (sentence, name) in sorted(short_program_labels(ctx).items()):
            if program not in found:
                records.append(Program(id=program, names={ctx.language: [name]}, evidence=ctx.evidence(sentence)))  # type: ignore[arg-type]
    return records
