"""Grid rows: the points each level of a selection factor is worth, read under the factor's heading.

A row ("18 à 35 ans : 12 points", "CLB 9 or higher: 6 points per ability") is read only under a heading the
requirement readers read as a factor's maximum ("Âge (maximum 12 points)"), so a page's other point lists
(the ranking system's, a calculator's) are never taken for the selection grid.
"""

from __future__ import annotations

from rulewatch.schemas import Qualifiers, Record, Requirement

from .context import TextContext
from .lexicon.lowercase import Cue
from .lexicon.rules_as_code import (
    ADAPTABILITY_LEVELS,
    ARRANGED_LEVELS,
    EDUCATION_LEVELS,
    LANGUAGE_LEVEL,
    OR_MORE,
    RANGE,
    ROW,
    SECOND_LANGUAGE,
    SINGLE,
    UNDER,
)
from .sentences import BULLET

_NAMED: dict[str, tuple[tuple[str, Cue], ...]] = {
    "education": EDUCATION_LEVELS, "adaptability": ADAPTABILITY_LEVELS, "arranged_employment": ARRANGED_LEVELS,
}


def level_of(factor: str, phrase: str) -> str | None:
    """'2 à 3 ans' -> '2-3'; '47 ans ou plus' -> '47+'; 'Moins de 18 ans' -> '0-17'; 'Maîtrise' -> 'masters'."""
    if factor in _NAMED:
        return next((name for name, cue in _NAMED[factor] if cue.found(phrase)), None)
    if factor == "language":
        m = LANGUAGE_LEVEL.search(phrase)
        if m is None:
            return None
        level = m.group("a") + ("+" if m.group("more") else "")
        return f"second-{level}" if SECOND_LANGUAGE.found(phrase) else level
    if m := UNDER.search(phrase):
        return f"0-{int(m.group('a') or m.group('b')) - 1}"
    if m := RANGE.search(phrase):
        return f"{int(m.group('a'))}-{int(m.group('b'))}"
    if m := OR_MORE.search(phrase):
        return f"{int(m.group('a'))}+"
    if m := SINGLE.search(phrase):
        return str(int(m.group("a")))
    return None


def _row(text: str) -> tuple[str, int] | None:
    """A list item "2 à 3 ans : 11 points", or a table row "| 2 à 3 ans | 11 |" (points in the first number cell)."""
    if text.startswith("|"):
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        points = next((c for c in cells[1:] if c.isdigit() and len(c) <= 2), None)
        return (cells[0], int(points)) if cells and points is not None else None
    row = ROW.match(BULLET.sub("", text))
    return (row.group("level"), int(row.group("points"))) if row else None


def read_grid_rows(ctx: TextContext, records: list[Record]) -> list[Requirement]:
    """Rows under each heading read as a factor's maximum, filed under that maximum's subject."""
    maxima = {r.evidence.start: r for r in records
              if isinstance(r, Requirement) and r.criterion == "factor_max_points" and r.qualifiers.factor}
    if not maxima:
        return []
    out: dict[str, Requirement] = {}
    for sentence in ctx.sentences:
        heading = ctx.heading_before(sentence)
        maximum = maxima.get(heading.start) if heading is not None else None
        if maximum is None or sentence.start == heading.start:  # type: ignore[union-attr]
            continue
        found = _row(sentence.text)
        if found is None:
            continue
        phrase, points = found
        factor = maximum.qualifiers.factor
        level = level_of(factor, phrase)  # type: ignore[arg-type]
        if level is None:
            continue
        record = Requirement(subject=maximum.subject, criterion="grid_points", operator="=", value=points,
                             unit="points", qualifiers=Qualifiers(factor=factor, level=level), evidence=ctx.evidence(sentence))
        out.setdefault(record.key, record)
    return list(out.values())
