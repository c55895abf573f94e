"""The FSW grid's factor maxima written one factor per short line, as slides, cards and quick-fact boxes write
them: "Âge → 12", "Études 25 pts max.", "Language: 28", or a card's name over its figure ("Emploi réservé" /
"10 points"). Such lines rarely say they are maxima; a run of them naming three factors or more is the grid.
A run under a heading about the ranking system (a spouse's factors: "Education 10, Language 20 …") is not.
"""

from __future__ import annotations

import re

from .context import TextContext
from .lexicon.criteria import CRS_CONTEXT, FACTOR_CUES as _FACTORS, FSW_GRID
from .lexicon.lowercase import Cue, Folded, lowered
from .numbers import NUMBER, parse_number
from .sentences import LINE_MARKS, Sentence

_SEPARATOR = r"(?:\s*(?::|→|➡|->|=>|=|—|–|-)\s*|\s*\(\s*|\s+)"
_CAP = r"(?:max(?:imum)?\.?|jusqu['’]à|up\s+to|au\s+plus)"
_FIGURE = rf"(?:{_CAP}\s*)?(?P<n>{NUMBER})\s*(?:pts?\.?|points?)?\s*(?:{_CAP})?\s*\)?\s*[.;,]?"
# a label of a few words, then its figure and nothing else; matched on the lowercased line (the number words make
# ``re.IGNORECASE`` slow), the label's end only where a separator can start (the look-ahead says what ``_SEPARATOR``
# opens on: without it each of the label's 45 lengths tries the separators; together half the time of a page's lines)
_LINE = Folded(re.compile(rf"^(?P<label>[^\d|:→➡=()]{{2,45}}?)(?=[\s:→➡\-=—–(]){_SEPARATOR}{_FIGURE}\s*$", re.IGNORECASE))
_FIGURE_ONLY = Folded(re.compile(rf"^{_FIGURE}\s*$", re.IGNORECASE))
GRID_MAX = 28  # the largest factor's maximum (language); a larger figure is another grid's
MIN_FACTORS = 3
OTHER_WORDS = 2  # beside the factor's name in a label: "Work experience", "Language skills", "Âge (max.)"
CONFIG_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")  # a configuration's key: "LANGUAGE_CAP", "age_cap"
_KEY_NOISE = frozenset({"fsw", "fswp", "factor", "max", "maximum", "points", "pts", "grid", "cap"})
_SPOUSE = Cue(r"conjoint|époux|épouse|spouse|partner|partenaire")


def factor_of(label: str) -> str | None:
    """The one factor a label names, when it names little else ("Langues officielles", "Work experience", not
    "Vos études antérieures au Canada", an adaptability row)."""
    low = label.lower()
    if CONFIG_KEY.fullmatch(low.strip()):  # "fsw_factor_max_age" names the age
        low = " ".join(word for word in low.strip().split("_") if word not in _KEY_NOISE)
    hits = {name: m for cue, name in _FACTORS if (m := cue.pattern.search(low))}
    if len(hits) != 1:
        return None
    (name, m), = hits.items()
    return name if len((low[: m.start()] + " " + low[m.end() :]).split()) <= OTHER_WORDS else None


def _value(number: str, language: str) -> int | None:
    value = parse_number(number, language)
    return int(value) if value is not None and value.is_integer() and 1 <= value <= GRID_MAX else None


def _line_reading(ctx: TextContext, i: int) -> tuple[str, int, int] | None:
    """(factor, maximum, where the figure stands in the sentence) for a whole line naming a factor and its figure,
    or for a figure alone on its line under a line naming a factor alone (a card)."""
    sentence = ctx.sentences[i]
    if ctx.text[sentence.line_start : sentence.start].strip(LINE_MARKS):  # a whole line, or a list item after its bullet
        return None
    text, low = sentence.text, lowered(sentence.text)
    if m := _LINE.match(text, low):
        factor, value = factor_of(text[m.start("label") : m.end("label")]), _value(text[m.start("n") : m.end("n")], ctx.language)
        return (factor, value, m.start("n")) if factor and value else None
    if i > 0 and (m := _FIGURE_ONLY.match(text, low)) and (value := _value(text[m.start("n") : m.end("n")], ctx.language)):
        above = ctx.sentences[i - 1]
        if above.line_start != sentence.line_start and (factor := factor_of(above.text.strip(" :"))):
            return factor, value, m.start("n")
    return None


def factor_lines(ctx: TextContext) -> dict[int, tuple[str, int, int]]:
    """Sentence start -> (factor, maximum, value offset) for each line of a run of factor lines that names three
    factors or more; a line between two of them (a card's caption) does not break the run."""
    return ctx.remembered(("factor_lines",), lambda: _factor_lines(ctx))


def _factor_lines(ctx: TextContext) -> dict[int, tuple[str, int, int]]:
    out: dict[int, tuple[str, int, int]] = {}
    run: list[tuple[Sentence, tuple[str, int, int]]] = []
    gap = 0

    def close() -> None:
        factors = [reading[0] for _, reading in run]
        if len(set(factors)) >= MIN_FACTORS and len(set(factors)) == len(factors) and not _about_other_grid(ctx, run[0][0]):
            out.update((sentence.start, reading) for sentence, reading in run)
        run.clear()

    for i, sentence in enumerate(ctx.sentences):
        if (reading := _line_reading(ctx, i)) is not None:
            run.append((sentence, reading))
            gap = 0
        elif not any(c.isalnum() for c in sentence.text):
            continue  # a card's icon
        elif run and factor_of(sentence.text.strip(" :")) is None and (ctx.is_heading(sentence) or (gap := gap + 1) > 1):
            close()  # a new section, or more than a card's caption between two lines
    if run:
        close()
    return out


def _about_other_grid(ctx: TextContext, first: Sentence) -> bool:
    """The run sits under a heading or lead-in about the ranking system or a spouse's points."""
    heading = ctx.heading_before(first)
    while heading is not None and factor_of(heading.text.strip(" :")) is not None:  # a card's own name
        heading = ctx.heading_before(heading)
    above = heading.text if heading is not None else ""
    i = ctx.index(first)
    lead = ctx.sentences[i - 1].text if i > 0 else ""
    told = f"{above}\n{lead}"
    # (under a factor's own heading, "Capacité d'adaptation (maximum 10 points)", the lines are its parts)
    return (CRS_CONTEXT.found(told) and not FSW_GRID.found(told)) or _SPOUSE.found(told) or (
        len(above.split()) <= 6 and len({name for cue, name in _FACTORS if cue.found(above)}) == 1)
