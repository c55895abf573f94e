"""Tables whose columns are the subjects ("| Exigence | PTQF | PTMSF | CEC |"): each cell is a statement of its own.

A comparison table puts the programs (or categories) in its header and one criterion per row:
"| Expérience minimale | 1 an (1 560 h) | 2 ans (3 120 h) | 1 an au Canada |". Read as one sentence,
the row mixes three rules; read cell by cell, each is "Expérience minimale : 2 ans (3 120 h)" for the
program at the head of its column, with the row's evidence.
"""

from __future__ import annotations

from .context import TextContext
from .lexicon.categories import ENUMERABLE_CATEGORIES, SHORT_NAMES
from .sentences import Sentence
from .statements import Statement
from .subjects import subjects_in

MIN_SUBJECT_COLUMNS = 2  # a header naming one subject is a title, not a comparison


def column_subjects(ctx: TextContext, sentence: Sentence) -> list[str | None] | None:
    """The subject at the head of each column of this row's table, when a header row names one per column."""
    header = ctx.table_header(sentence)
    if not header:
        return None
    for line in header.splitlines():
        if line.startswith("|---"):
            continue
        named = [_subject_of_cell(cell) for cell in _cells(line)]
        if sum(1 for subject in named[1:] if subject is not None) >= MIN_SUBJECT_COLUMNS:
            return named
    return None


def _subject_of_cell(cell: str) -> str | None:
    """The one program or category a header cell names, also by a category's short name alone ("Trades")."""
    if len(found := subjects_in(cell)) == 1:
        return found[0]
    return next((f"category:{c}" for c in ENUMERABLE_CATEGORIES if SHORT_NAMES[c].fullmatch(cell.strip())), None)


def cell_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """One statement per filled cell under a subject column ("<row label> : <cell>"), or None for any other row."""
    if not sentence.text.startswith("|") or (columns := column_subjects(ctx, sentence)) is None:
        return None
    cells = _cells(sentence.text)
    if len(cells) != len(columns):
        return None
    label = cells[0].strip()
    out = []
    for subject, cell in zip(columns[1:], cells[1:]):
        if subject is None or not cell.strip():
            continue
        st = Statement(ctx, sentence, lead)
        st.text = f"{label} : {cell.strip()}" if label else cell.strip()
        st.__dict__["subjects"] = [subject]  # the column's, whatever the row label names
        out.append(st)
    return out


def _cells(row: str) -> list[str]:
    return row.strip().strip("|").split("|")
