"""Program records: which of the four Express Entry programs a text names, by name or abbreviation."""

from __future__ import annotations

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
    return found


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
