"""Tables whose columns are the subjects ("| Exigence | PTQF | PTMSF | CEC |") or the years ("| | 2025 | 2026 |").

A comparison table puts the programs (or categories) in its header and one criterion per row:
"| Expérience minimale | 1 an (1 560 h) | 2 ans (3 120 h) | 1 an au Canada |". Read as one sentence,
the row mixes three rules; read cell by cell, each is "Expérience minimale : 2 ans (3 120 h)" for the
program at the head of its column, with the row's evidence. Under year columns, the latest year's cell is
the rule and an earlier one its previous value.
"""

from __future__ import annotations

import re

from .context import TextContext, row_cells
from .lexicon.categories import ENUMERABLE_CATEGORIES, SHORT_NAMES
from .lexicon.criteria import FUNDS_TABLE_HEADER
from .lexicon.cues import OTHER_JURISDICTION, PROVINCES
from .numbers import TEER_GROUP
from .lexicon.lowercase import AnyOf, Cue
from .sentences import Sentence
from .statements import Statement
from .subjects import short_tab_program, subjects_in

MIN_SUBJECT_COLUMNS = 2  # a header naming one subject is a title, not a comparison


def column_subjects(ctx: TextContext, sentence: Sentence) -> list[str | None] | None:
    """The subject at the head of each column of this row's table, when a header row names one per column (asked
    once per table)."""
    return ctx.remembered(("column_subjects", ctx.table_header(sentence)), lambda: _header_subjects(ctx.header_rows(sentence)))


def _header_subjects(header_rows: list[list[str]]) -> list[str | None] | None:
    for titles in header_rows:
        named = [_subject_of_cell(cell) for cell in titles]
        if any(named[1:]):  # beside programs named in full, one named short: "| Canadian experience |"
            named = [subject or _short_program(cell) for subject, cell in zip(named, titles)]
        columns = sum(1 for subject in named[1:] if subject is not None)
        # one of ours beside another jurisdiction's ("| | New Brunswick stream | Federal Skilled Worker |"): the
        # other column's cells are not read (asked only of a header naming one of ours: its cues cost most here)
        if columns >= MIN_SUBJECT_COLUMNS or (columns == 1 and any(
                subject is None and _PROVINCE_STREAM.found(cell) for cell, subject in zip(titles[1:], named[1:]))):
            return named
        # the federal system beside a province ("| Critère | Fédéral (Entrée express) | Québec (PSTQ) |"): the federal
        # column's cells are ours, each for the subject it names itself; the province's are not read
        federal = [i for i, cell in enumerate(titles) if i and _FEDERAL_TITLE.found(cell) and not _PROVINCE_STREAM.found(cell)]
        if federal and any(_PROVINCE_STREAM.found(cell) for i, cell in enumerate(titles) if i and i not in federal):
            return [OURS if i in federal else None for i in range(len(titles))]
    return None


OURS = "ours"  # a column of the federal system's, whose cells name their own subject
_FEDERAL_TITLE = Cue(r"\bfédéra(?:l|le|ux)\b|\bfederal\b|entrée\s+express|express\s+entry|\bottawa\b|\bircc\b")
# in the federal system's column, its skilled workers are the FSW (Québec's own have a program of their own)
_SKILLED_WORKERS = re.compile(r"\btravailleurs?\s+qualifiés?\b|\bskilled\s+workers?\b", re.IGNORECASE)


def _federal_subjects(text: str) -> list[str] | None:
    """The subjects of a cell of the federal column: the ones it names (None: looked for as in any sentence)."""
    return ["program:fsw"] if not subjects_in(text) and _SKILLED_WORKERS.search(text) else None


_PROVINCE_STREAM = AnyOf(OTHER_JURISDICTION, Cue(
    rf"\b(?:{PROVINCES}|île-du-prince-édouard|prince\s+edward|provinc\w*|oinp|pcp|pnp|pstq|stream|volet)\b"))


def _short_program(cell: str) -> str | None:
    return f"program:{program}" if (program := short_tab_program(cell)) is not None else None


def _subject_of_cell(cell: str) -> str | None:
    """The one program or category a header cell names, also by a category's short name alone ("Trades")."""
    if len(found := subjects_in(cell)) == 1:
        return found[0]
    return next((f"category:{c}" for c in ENUMERABLE_CATEGORIES if SHORT_NAMES[c].fullmatch(cell.strip())), None)


def cell_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """One statement per filled cell under a subject column ("<row label> : <cell>"), or None for any other row."""
    if not sentence.text.startswith("|"):
        return None
    if (tracked := before_now_statement(ctx, sentence, lead)) is not None:
        return tracked  # (a tracker's "Applies to" column names whom each row is for; its "Now" column is the rule)
    if (columns := column_subjects(ctx, sentence)) is None:
        return teer_statements(ctx, sentence, lead) or year_statement(ctx, sentence, lead) or \
            criterion_cells(ctx, sentence, lead)
    cells = row_cells(sentence.text)
    if len(cells) != len(columns):
        return None
    # the row's label: its cells under no subject, the first one carried down from the row above when merged
    # ("| Expérience | Durée minimale | … |" over "|  | Période de référence | 10 dernières années | … |")
    first = next((i for i, subject in enumerate(columns) if subject is not None), len(columns))
    titles = next((row for row in ctx.header_rows(sentence) if _header_subjects([row]) is not None), [""] * len(cells))
    # (not a column of another jurisdiction's stream set before ours: "| Language | CLB 5 (provincial) | CLB 7 |")
    labels = [cell.strip() for cell, title in zip(cells[:first], titles) if not _PROVINCE_STREAM.found(title)]
    if labels and not labels[0]:
        labels[0] = _merged_label(ctx, sentence)
    label = " — ".join(label for label in labels if label)
    out = []
    for subject, cell in zip(columns[1:], cells[1:]):
        if subject is None or not cell.strip():
            continue
        # the column's subject, whatever the row label names
        cell = with_label_unit(label, cell.strip())
        text = f"{label} : {cell}" if label else cell
        out.append(Statement.part(ctx, sentence, lead, text, subjects=_federal_subjects(text) if subject == OURS else [subject]))
    return out


def _merged_label(ctx: TextContext, sentence: Sentence) -> str:
    """The first cell of the nearest row above with one, in the same table (a label spanning several rows)."""
    top = ctx.table_top(sentence)
    line_start = sentence.line_start
    while line_start > top:
        line_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
        line = ctx.text[line_start : ctx.text.find("\n", line_start)]
        if line.startswith("|") and not line.startswith("|--") and (first := row_cells(line)[0].strip()):
            return first
    return ""


# A header cell that names what its column measures: "| Programme | Expérience | Langue | Fonds |"
_CRITERION_TITLE = Cue(r"exp[ée]rience|langu(?:e|age)|linguisti|fonds|funds|teer|féer|feer|niveau\s+de\s+compétence|skill\s+level|"
                       r"heures|hours|période|window|look[\s-]?back|points|grille|grid|pass\s+mark|seuil|\bwork\b|travail|"
                       r"english|french|anglais|français|\bclb\b|\bnclc\b")
MIN_CRITERION_COLUMNS = 2


def criterion_cells(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """A row whose first cell names its program or category, under a header naming a criterion per column
    ("| FSTP | 24 mo. f.t. (3,120 hrs) | CLB 5 (speaking, listening) | Yes |"): each filled cell read as "<column title> :
    <cell>" for the row's subject, so that one cell's funds do not stand for the row and hide its other rules."""
    header = ctx.header_rows(sentence)
    cells = row_cells(sentence.text)
    titles = next((row for row in header if len(row) == len(cells)), None)
    if titles is None or ctx.remembered(("criterion_columns", tuple(titles)), lambda: sum(
            1 for title in titles[1:] if _CRITERION_TITLE.found(title))) < MIN_CRITERION_COLUMNS:  # (once per header)
        return None
    if len(subjects := subjects_in(cells[0])) != 1:
        return None
    parts: list[str] = []
    for title, cell in zip(titles[1:], cells[1:]):
        if not cell.strip():
            continue
        if _PERIOD_TITLE.found(title) and parts:  # "| Expérience | Période |": the period is the experience's window
            parts[-1] += f", {title.strip()} : {cell.strip()}"
        else:
            parts.append(f"{title.strip()} : {with_label_unit(title, cell.strip())}")  # ("7" under "Language (CLB)")
    return [Statement.part(ctx, sentence, lead, part, subjects=subjects) for part in parts] or None


_PERIOD_TITLE = Cue(r"période|period|window|fenêtre|délai|within|au\s+cours|dans\s+les|look[\s-]?back")


# A row label that gives its cells' unit: "Work experience (months)", "Fonds, 1 personne (CAD)", "PNP (CRS points)"
_LABEL_UNIT = re.compile(r"\((?:in\s+|en\s+)?(?P<unit>months?|mois|years?|ans|années|hours?|heures|cad|\$(?:\s?ca)?|dollars?|"
                         r"(?:crs\s+|scg\s+)?points?|pts|nclc|clb)\)|\b(?P<last>(?:crs|scg)\s+points|points|pts)\s*$|"
                         # "CRS points for a provincial nomination", "Points SCG pour une offre d'emploi"
                         r"^\s*(?P<first>(?:crs\s+|scg\s+)?points)(?:\s+(?:crs|scg))?\s+(?:for|pour|de)\b", re.IGNORECASE)
_BARE_FIGURES = re.compile(r"\d[\d\s\u00a0\u202f,.]*(?:\s*(?:/|or|ou)\s*\d[\d\s\u00a0\u202f,.]*)?")


def with_label_unit(label: str, cell: str) -> str:
    """A cell of bare figures with the unit its row's label gives ("12" under "Work experience (months)" is
    "12 months"); any other cell as it is."""
    if (unit := _LABEL_UNIT.search(label)) is None:
        return cell
    name = unit.group("unit") or unit.group("last") or unit.group("first")
    if name.lower() in ("nclc", "clb") and not _SCALE_NAMED.search(cell):
        # every level of the cell: "7 in every ability", "7 for TEER 0 or 1 jobs, 5 for TEER 2 or 3 jobs" under "Language (CLB)"
        groups = [m.span() for m in TEER_GROUP.finditer(cell)]  # (not a TEER group's numbers: "TEER 0 or 1")
        return _BARE_LEVEL.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in groups)
                               else f"{name.upper()} {m.group(1)}", cell.strip())
    if not _BARE_FIGURES.fullmatch(cell.strip()):
        return cell
    return f"{cell.strip()} {name}"


_SCALE_NAMED = re.compile(r"\b(?:nclc|clb)\b", re.IGNORECASE)
# a level alone: not a TEER group's number, an amount, a count of points or of time
_BARE_LEVEL = re.compile(r"(?<![\w.,$])(?<!TEER )(?<!FÉER )(?<!FEER )(\d{1,2})(?!\d|[.,]\d|\s*(?:%|\$|points?|pts|years?|ans?\b|"
                         r"années?|months?|mois|hours?|heures|weeks?|semaines))", re.IGNORECASE)


_TEER_HEADER = re.compile(r"\b(?:FÉER|FEER|TEER)\s+[0-5]", re.IGNORECASE)


def teer_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """A table whose columns are TEER groups ("| What you need | Job at TEER 0 or 1 | Job at TEER 2 or 3 |"): each
    cell is read with its column's group ("Minimum test result : CLB 5 (Job at TEER 2 or 3)"), for the row's own
    subject."""
    cells = row_cells(sentence.text)
    for titles in ctx.header_rows(sentence):
        if len(titles) == len(cells) and sum(1 for t in titles[1:] if _TEER_HEADER.search(t)) >= 2:
            return [Statement.part(ctx, sentence, lead, f"{cells[0].strip()} : {cell.strip()} ({title.strip()})")
                    for title, cell in zip(titles[1:], cells[1:]) if cell.strip()] or None
    return None


_DIGIT = re.compile(r"\d")
_SAME = re.compile(r"^(?:same|unchanged|no\s+change|idem|inchangée?s?|pareil|=|〃|\")$", re.IGNORECASE)
# (with when, in brackets or after it: "None (ended in spring 2025)", "Removed in 2024")
_SAME_NOTE = re.compile(r"\s*\((?:the\s+)?(?:same|unchanged|no\s+change|inchangée?s?|idem|pareil|sans\s+changement)\)\s*$", re.IGNORECASE)
_NOTHING = re.compile(r"^(?:none|aucune?s?|n/?a|—|–|-|removed|supprimée?s?|retirée?s?|0|abolished|eliminated|scrapped|discontinued|"
                      r"(?:not|no\s+longer)\s+(?:awarded|used|given|counted)|(?:non|plus)\s+(?:attribuée?s?|utilisée?s?|accordée?s?)|"
                      r"abolie?s?|éliminée?s?)"
                      r"(?:\s*\([^()]*\)|\s+(?:since|as\s+of|from|in|on|depuis|dès|en|le)\b[^|]*)?$", re.IGNORECASE)


# A tracker's columns: the value before, the value now, when it took effect, whether it is in force.
_BEFORE_TITLE = re.compile(r"\s*(?:before|avant|previous(?:ly)?|old(?:\s+(?:rule|value))?|former(?:ly)?|was|then|prior|"
                           r"auparavant|ancien(?:ne)?(?:\s+(?:règle|valeur))?)\s*", re.IGNORECASE)
_NOW_TITLE = re.compile(r"\s*(?:now|after|new(?:\s+(?:rule|value))?|current(?:ly)?|today|is|après|maintenant|désormais|"
                        r"actuel(?:le)?(?:ment)?|aujourd['’]hui|nouveau|nouvelle(?:\s+(?:règle|valeur))?)\s*", re.IGNORECASE)
_EFFECTIVE_TITLE = re.compile(r"\s*(?:effective(?:\s+date)?|in\s+force\s+(?:from|since)|date|from|since|depuis|"
                              r"en\s+vigueur(?:\s+le)?|entrée\s+en\s+vigueur)\s*", re.IGNORECASE)
_STATUS_TITLE = re.compile(r"\s*(?:status|statut|état)\s*", re.IGNORECASE)
_NOT_IN_FORCE = re.compile(r"\s*(?:withdrawn|proposed|draft|abandoned|cancell?ed|under\s+review|pending|retirée?|"
                           r"proposée?|abandonnée?|annulée?|à\s+l['’]étude|en\s+projet)\b", re.IGNORECASE)
_NO_VALUE = re.compile(r"\s*(?:—|–|-|n/?a|s\.?o\.?)?\s*")
_FIGURE_IN_BRACKETS = re.compile(r"\s*\([^()]*\d[^()]*\)")
_NUMBER_OR_SYSTEM = re.compile(r"\s*(?:#?\s*\d{1,3}\.?|express\s+entry|entrée\s+express)\s*", re.IGNORECASE)


def before_now_statement(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """A tracker's row ("| Expérience, rondes par catégorie | 6 mois | 12 mois | 18 février 2026 | En vigueur |"
    under "| Measure | Applies to | Before | Now | Effective | Status |"): the "now" cell is the rule, the "before" cell
    its previous value, the effective cell its date; a row whose status says proposed or withdrawn states none."""
    cells = row_cells(sentence.text)
    titles = next((row for row in ctx.header_rows(sentence) if len(row) == len(cells)), None)
    if titles is None:
        return None
    def column(title: re.Pattern[str]) -> int | None:
        return next((i for i, t in enumerate(titles) if title.fullmatch(t)), None)
    before, now = column(_BEFORE_TITLE), column(_NOW_TITLE)
    if before is None or now is None:
        return None
    effective, status = column(_EFFECTIVE_TITLE), column(_STATUS_TITLE)
    # (the row's number and an "Applies to" cell naming the whole system add nothing to what the row measures)
    label = " — ".join(c.strip() for i, c in enumerate(cells) if i not in (before, now, effective, status)
                       and c.strip() and not _NUMBER_OR_SYSTEM.fullmatch(c))
    if status is not None and _NOT_IN_FORCE.match(cells[status]):
        return [Statement.part(ctx, sentence, lead, "")]  # what was proposed or withdrawn is no rule
    old = cells[before].strip()
    value = _SAME_NOTE.sub("", cells[now]).strip()
    value = old if _SAME.match(value) else value
    if _NOTHING.match(value):  # "| Points SCG pour une offre | 50 ou 200 | Supprimés |": gone, its figures were before
        value = "supprimés" if ctx.language == "fr" else "removed"
        label = _FIGURE_IN_BRACKETS.sub("", label)  # ("… (50 / 200)": the figures removed, not a value now)
    text = f"{label} : {with_label_unit(label, value)}"
    if effective is not None and not _NO_VALUE.fullmatch(date_cell := cells[effective]):
        text += f", {'en vigueur le' if ctx.language == 'fr' else 'effective'} {date_cell.strip()}"
    previous = with_label_unit(label, old) if not _NO_VALUE.fullmatch(old) and old != value else None
    return [Statement.part(ctx, sentence, lead, text, previous=previous)]


def year_statement(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """A row of a table with a column per year: the latest year's cell is the rule, an earlier different one its
    previous value ("| Expérience | 6 mois | 12 mois |" under "| | 2025 | 2026 |")."""
    if (years := ctx.year_columns(sentence)) is None or \
            FUNDS_TABLE_HEADER.found((ctx.table_header(sentence) or "") + ctx.above_table(sentence)):
        return None  # (a funds table's rows are read by household, its newer column first, by the funds reader)
    cells = row_cells(sentence.text)
    by_year = sorted(((year, cell.strip()) for year, cell in zip(years, cells) if year and cell.strip()), reverse=True)
    if not by_year:
        return None
    # "| Trades: time in the trade | 2 years | unchanged |": the latest year keeps the earlier value, with no change
    if len(by_year) > 1 and _SAME.match(by_year[0][1]):
        by_year = by_year[1:2]  # the value it keeps, and no previous one
    elif (same := _SAME_NOTE.search(by_year[0][1])) is not None:
        by_year = [(by_year[0][0], by_year[0][1][: same.start()])]  # "| Past 3 years | Past 3 years (same) |": kept
    latest = by_year[0][1]
    by_year = [(year, with_label_unit(cells[0], cell)) for year, cell in by_year]
    # "| Job offer points | 50 or 200 | None |": nothing in the latest year is the rule removed
    current = "supprimés" if _NOTHING.match(latest) else by_year[0][1]
    earlier = next((cell for _, cell in by_year[1:] if cell != current), None)
    # a notes column qualifies the rule ("| Trades: time in the trade | 2 years | unchanged | over the past 5 years |")
    notes = "; ".join(cell.strip() for year, cell in zip(years[1:], cells[1:]) if not year and _DIGIT.search(cell))
    return [Statement.part(ctx, sentence, lead, f"{cells[0].strip()} : {current}" + (f", {notes}" if notes else ""),
                           previous=earlier)]
