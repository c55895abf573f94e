"""Points: the FSW pass mark (67 out of 100), the grid's maximum per factor, and CRS points.

"au moins 67 points sur 100" -> pass_mark >= 67; "| Âge | 12 points |" under the selection
grid -> factor_max_points age = 12; "une nomination provinciale rapporte 600 points" ->
crs_points provincial_nomination = 600; "50 points (200 si le poste est de grand groupe 00)" -> job_offer = 200
(the most the factor awards: a change of either amount moves it). "L'offre d'emploi ne rapporte plus
aucun point" -> job_offer = 0, stated removed (the points are no longer awarded: the diff reports ``removed``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from rulewatch.schemas import Qualifiers, Requirement

from .changes import clause_bounds, own_clause_bounds, own_clauses, split_previous, states_removal
from .lexicon.literals import contains_any
from .lexicon.lowercase import Cue, Folded
from .lexicon.criteria import (
    CAP_WORDS, CRS_CONTEXT, CRS_FACTORS, FACTOR_CUES, FACTOR_MAX, FACTORS, FSW_GRID, PASS_MARK, POINTS, POINTS_REMOVED, POINTS_WORD, STATED_CAP,
    SUB_FACTOR,
)
from .grid_lines import MIN_FACTORS, factor_lines
from .numbers import NUMBER, NUMBER_WORDS, parse_number
from .sentences import Sentence
from .context import row_cells
from .lexicon.cues import POINTS_AWARDED, REQUIREMENT_CUE
from .statements import Statement

FSW = "program:fsw"  # the grid and its pass mark are the FSW's alone, whatever else a heading above names ("FSWP/FSTP")
_POINTS = Folded(re.compile(POINTS, re.IGNORECASE))  # on the lowercased text: number words under IGNORECASE are slow
FSW_GRID_OR_FACTOR = Cue(r"facteur|factor|grille|grid|ptqf|fsw")
_FACTORS = FACTOR_CUES
# points the system awards, told as a fact ("600 points added to your score by a nomination", "la nomination
# rapporte 600 points"): the award is the rule
_AWARD = Cue(r"\bpoints?\s+(?:\w+\s+)?(?:added|awarded|granted|ajoutés|accordés|octroyés|attribués)\b|"
             # (and points a group keeps: "a nominee retains those 600 bonus points", "conservent leurs 600 points")
             r"\b(?:adds|awards|grants|gives|brings|keeps?|retains?|ajoute|accorde|octroie|rapporte|apporte|donne|conserve(?:nt)?|garde(?:nt)?|"
             r"is\s+worth|vaut)\s+(?:\w+\s+){0,3}?\d+\s+(?:extra\s+|additional\s+|bonus\s+|more\s+)?(?:crs\s+|scg\s+|ranking\s+)?points?\b|"
             r"\bpoints?\s+(?:qu['’]|que\s+)(?:apporte|rapporte|ajoute|donne)|\bpoints?\s+(?:that\s+|which\s+)?(?:a|an|the)\s+(?:\w+\s+){1,3}(?:adds|brings|gives)\b")
_CRS_FACTORS = [(Cue(p), name) for p, name in CRS_FACTORS]


@dataclass(frozen=True)
class Points:
    value: int
    start: int
    end: int


def find_points(st: Statement) -> list[Points]:
    """Numbers of points; in a table whose header speaks of points, the bare numbers of its last cell."""
    text = st.text
    found = [Points(int(value), m.start(), m.end()) for m in _POINTS.finditer(text, text.lower())
             if (value := parse_number(text[m.start("num") : m.end("num")], st.ctx.language)) is not None]
    if not found and st.is_table_row and _COUNTS_POINTS.found(header := _titles(st.ctx.table_header(st.sentence) or "")):
        start, end = _points_cell(text, header)
        found = [Points(int(m.group(0)), start + m.start(), start + m.end()) for m in _BARE_POINTS.finditer(text[start:end])]
        first = text.strip().strip("|").split("|")[0]
        if not found and FACTOR_MAX.found(first) and (m := _LABELLED_NUMBER.match(first.strip())):
            at = text.index(first) + len(first) - len(first.lstrip()) + m.start("n")  # "| Maximum pour les études : 25 |  |"
            found = [Points(int(m.group("n")), at, at + len(m.group("n")))]
    if not found and st.is_table_row and (at := _after_points_label(text)) is not None:
        # "| PNP | CRS points for nomination | 600 |": the row's label names the unit of the figures after it
        found = [Points(int(m.group(0)), at + m.start(), at + m.end()) for m in _BARE_POINTS.finditer(text[at:])]
    if len(found) > 1 and st.is_table_row and _MAX_TITLE.search(header := st.ctx.table_header(st.sentence) or ""):
        # "| Age | 11 pts | 12 pts |" under "| Factor | Your points | Maximum |": the maximum's column states the rule
        start, end = _points_cell(text, header, _MAX_TITLE)
        found = [p for p in found if start <= p.start < end] or found
    if any(p.value == 100 for p in found) or not found or "100" in text:  # "un résultat d'au moins 67 sur 100", "le barème totalise
        # 100 points et le seuil de passage se situe toujours à 67", "a 100-point grid: reach 67; age gives up to 12
        # points": the scale is the unit
        taken = {p.start for p in found}
        found += [Points(int(value), m.start("num"), m.end("num")) for m in unitless_scores(text) if m.start("num") not in
                  taken and (value := parse_number(m.group("num"), st.ctx.language)) is not None] or \
            [Points(int(m.group("n")), m.start("n"), m.end("n")) for m in MARK_THEN_FIGURE.finditer(text)] or \
            [Points(int(m.group("n")), m.start("n"), m.end("n")) for m in _SCORE_OVER_100_POINTS.finditer(text)]
    # "a pass mark of 67", "Note de passage → 67", also beside points stated with their unit ("… 12 points for age;
    # the pass mark stays at 67")
    taken = {p.start for p in found}
    found += [Points(int(m.group("n")), m.start("n"), m.end("n")) for pattern in (MARK_THEN_FIGURE, _FIGURE_TO_PASS)
              for m in pattern.finditer(text) if m.start("n") not in taken]
    if "point" in text and (":" in text or "—" in text or "(" in text):  # ("… no longer 50 points: a nomination still brings points: 600")
        taken = {p.start for p in found}
        found += [Points(int(m.group("n")), m.start("n"), m.end("n")) for m in _POINTS_THEN_FIGURE.finditer(text)
                  if m.start("n") not in taken]
    if not found and (m := FIGURE_THEN_POINTS.match(text)):  # "600 — the points a provincial nomination brings"
        found = [Points(int(m.group("n")), m.start("n"), m.end("n"))]
    if not found:  # "nomination du PCP = +600", "+600 CRS": a bonus added to the CRS score, its unit said by the sign
        found = [Points(int(m.group("n")), m.start("n"), m.end("n")) for m in plus_points(text)]
    if not found and (m := worth_of_a_factor(text)):
        found = [Points(int(m.group("n")), m.start("n"), m.end("n"))]
    if not found and (m := _LABELLED_NUMBER.match(text)) and (
            PASS_MARK.found(text) or (st.lead is not None and _LEAD_IN_COUNTS_POINTS.search(st.lead.text))
            or _POINTS_IN_LABEL.search(text, 0, m.start("n"))):
        # "Âge : max. 12" under "Les facteurs et leurs plafonds :"; "FSW pass mark : 67", the mark counts points;
        # "Nomination provinciale - points SCG : 600", "Bonus points, nomination: 600": the label names the unit
        found = [Points(int(m.group("n")), m.start("n"), m.end("n"))]
    # (once each, in the text's order: "the pass mark sits at 67/100; folks mix it up with the 60 points …")
    return sorted({p.start: p for p in reversed(found)}.values(), key=lambda p: p.start)


# points a factor adds, their count after a colon or a dash: "still brings points: 600 in all", "rapporte des points — 600"
# (or in brackets: "… la nomination d'une province, qui rapporte toujours des points (600)")
_POINTS_THEN_FIGURE = re.compile(r"\b(?:adds?|gives?|brings?|awards?|earns?|rapporte(?:nt)?|donne(?:nt)?|ajoute(?:nt)?)\s+"
                                 r"(?:(?:encore|toujours|still|also|aussi)\s+)?(?:(?:des|les|extra|bonus|crs|scg)\s+)?points?"
                                 r"(?:\s*[:—–]\s*|\s*\(\s*)(?P<n>\d{2,3})\b(?![.,]?\d|\s*%)",
                                 re.IGNORECASE)
_WORTH = r"(?:is|are)\s+(?:still\s+)?worth|vaut|valent|rapporte(?:nt)?"  # (the words ``worth_of_a_factor`` looks for first)
# (a word after the figure is what it counts, "worth 600 dollars", unless it only comments: "worth 600 though")
_WORTH_BARE = re.compile(rf"\b(?:{_WORTH}|gives|adds|brings)\s+(?:toujours\s+|still\s+)?(?P<n>\d{{2,3}})\b"
                         r"(?![.,]?\d|\s*(?:%|\$|€|(?!(?:though|too|still|now|again|anyway|toujours|encore|aussi|quand\s+même)\b)[^\W\d]))",
                         re.IGNORECASE)
# a verb awarding the figure after it: "is worth", "adds", "jumps by"
_WORTH_BEFORE = re.compile(rf"\b(?:{_WORTH}|ajoute(?:nt)?|donne(?:nt)?|(?:adds|gives|brings)|"
                           r"(?:rises|jumps|climbs|goes\s+up)\s+by)\s+(?:(?:toujours|still|en\s+effet|indeed|an?\s+(?:additional|extra))\s+)?$",
                           re.IGNORECASE)


def worth_of_a_factor(text: str) -> re.Match[str] | None:
    """ "Une désignation provinciale vaut 600": what a CRS factor is worth counts points, the unit said or not; so does
    the count told after the word "points" ("still brings points: 600 in all")."""
    low = text.lower()
    if not contains_any(low, ("worth", "vaut", "valent", "rapporte", "gives", "adds", "brings")) and \
            not ("point" in low and contains_any(low, (":", "—", "–"))):
        return None  # (most sentences: the patterns are not scanned)
    return m if (m := _WORTH_BARE.search(text) or _POINTS_THEN_FIGURE.search(text)) and _factor(text, _CRS_FACTORS) else None


# a mark's tens in words, forty to ninety (the marks that matter: a pass mark is 67)
_TENS = r"forty|fifty|sixty|seventy|eighty|ninety|quarante|cinquante|soixante|septante|huitante|nonante"
# "67 out of 100", "67 or more out of 100", "67/100", "67 of 100"; in words, "sixty-seven out of a hundred", "soixante-sept
# sur cent" (a mark's tens: forty to ninety-nine)
_OUT_OF_100 = re.compile(rf"(?P<num>\b\d{{2}}|\b(?:{_TENS}|quatre-vingt)(?:[\s-](?:et[\s-])?[a-zé]+)?)\s*"
                         r"(?:(?:or\s+(?:more|higher|above)|ou\s+plus|au\s+moins)\s+)?"
                         r"(?:(?:out\s+of|of|sur)\s+(?:100|cent|(?:a|one)\s+hundred)\b|/\s*100\b|"
                         # "sixty-seven of the hundred points", "67 des cent points"
                         r"(?:of\s+the|des|sur\s+les)\s+(?:grid['’]s\s+)?(?:100|cent|hundred)\s+points\b)(?!\s*(?:%|\$|points?))", re.IGNORECASE)
_TENS_IN_WORDS = rf"(?:{_TENS})(?:-[a-z]+)?"
_THRESHOLD_ON_100 = re.compile(r"\b(?:(?:au\s+moins|at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|pas\s+moins\s+de|"
                               r"atteindre|reach|score|obtenir|il\s+(?:en\s+)?faut|you\s+need)(?=\s+\d{2}\b)|seuil(?:\s+de\s+passage)?|threshold|pass\s+mark|note\s+de\s+passage|"
                               # the points of the scale taken up by a pronoun: "il faut en obtenir soixante-sept", "get 67 of them"
                               rf"\ben\s+(?:obtenir|décrocher|récolter|cumuler|avoir|atteindre)(?=\s+(?:\d{{2}}|{_TENS_IN_WORDS})\b)|"
                               # ("La grille … est notée sur 100 points ; il en faut soixante-sept au minimum")
                               rf"\bil\s+en\s+faut(?:\s+au\s+moins)?(?=\s+{_TENS_IN_WORDS}\b)|"
                               rf"\b(?:get|score|earn|collect)(?=\s+(?:\d{{2}}|{_TENS_IN_WORDS})\s+of\s+them\b)|"
                               # what it takes to pass: "you need 67 to qualify", "she needs sixty-seven to pass the grid"
                               rf"needs?(?=\s+(?:\d{{2}}|{_TENS_IN_WORDS})\s+to\s+(?:pass|qualify)\b))\s+(?:\w+\s+){{0,3}}?(?:de\s+|à\s+|of\s+|at\s+)?"
                               rf"(?P<num>\d{{2}}|{_TENS_IN_WORDS})\b(?!\s*(?:%|\$|\d))",
                               re.IGNORECASE)
# "67/100 points": the score over the scale the points count
_SCORE_OVER_100_POINTS = re.compile(r"(?<![\d/])(?P<n>\d{2})\s*/\s*100\s*(?:points?|pts)\b", re.IGNORECASE)
# the pass mark's own name, then its figure with no unit: "a pass mark of 67", "Pass mark → 67", "note de passage :
# 67 (PTQF)" (not a percentage, an amount or a longer number)
MARK_THEN_FIGURE = re.compile(
    r"\b(?:pass(?:ing)?\s+mark|passing\s+score|note\s+de\s+passage|seuil\s+de\s+(?:passage|réussite))\s*"
    r"(?:(?:is|of|stays|remains|sits|still|always|est|reste|demeure|toujours|de|à|at|fixée?|set|,|:|=|→|➡|—|–|-)\s*){0,5}"
    r"(?P<n>\d{2})\b(?!\s*(?:%|\$|[.,]?\d))",
    re.IGNORECASE)
# the figure one needs to get through, its unit unsaid: "… 67 total to pass the grid", "il faut 67 pour réussir"
_FIGURE_TO_PASS = re.compile(r"\b(?P<n>\d{2})\s+(?:(?:in\s+)?total\s+|overall\s+|au\s+total\s+)?(?:to\s+pass|pour\s+(?:réussir|passer))\b",
                             re.IGNORECASE)
_A_DIGIT = re.compile(r"\d")


def mark_then_figure(text: str) -> re.Match[str] | None:
    """``MARK_THEN_FIGURE`` or ``_FIGURE_TO_PASS`` found in the text, not run on a text without a digit (its figure is two of them): the rule
    gate asks it last, of most of a page's sentences, and most hold none."""
    return (MARK_THEN_FIGURE.search(text) or _FIGURE_TO_PASS.search(text)) if _A_DIGIT.search(text) else None


# a 100 scale named anywhere: "sur 100", "out of 100", "la grille compte 100 points"
_SCALE_100 = re.compile(r"\b(?:sur|out\s+of)\s+(?:100|cent|(?:a|one)\s+hundred)\b|\b(?:100|cent|hundred)[\s-]points?\b", re.IGNORECASE)
def _names_the_grid(text: str) -> bool:
    """The FSW grid named by its pass mark, not denied in its clause ("le PEC, lui, n'a pas de grille de 67 points",
    "the CEC has no 67-point grid")."""
    named = _GRID_BY_ITS_MARK.search(text)
    return named is not None and not _DENIED.search(re.split(r"[:;,.]", text[: named.start()])[-1])


_DENIED = re.compile(r"\b(?:no|not|pas|aucune?|sans|without|unlike|contrairement)\b", re.IGNORECASE)
# the grid named by its pass mark: "the 67-point grid is only used for Federal Skilled Worker applicants", "la grille
# de 67 points" (a scale of 100 is not a mark)
_GRID_BY_ITS_MARK = re.compile(r"\b(?!100)\d{2}[\s-]points?\s+(?:selection\s+)?grid\b|"
                               r"\bgrille\s+(?:de\s+sélection\s+)?(?:de|à|des)\s+(?!100)\d{2}\s+points\b", re.IGNORECASE)


# "600 — the points a nomination brings", "600 : le nombre de points en jeu", "600: the number of points …"
FIGURE_THEN_POINTS = re.compile(r"(?P<n>\d{1,3})\s*[—–:-]\s*(?:the\s+|les\s+|des\s+|le\s+)?(?:(?:nombre|number)\s+(?:de|of)\s+)?"
                                r"points?\b", re.IGNORECASE)
_PLUS_POINTS = re.compile(r"(?<![\w/+])\+\s?(?P<n>\d{2,3})(?!\s*(?:%|\$|\d|[.,]\d))(?:\s*(?:crs|scg|pts?|points?)\b)?", re.IGNORECASE)


def plus_points(text: str) -> list[re.Match[str]]:
    """Points written as a bonus with their sign, in a sentence about the CRS or a nomination ("PNP nomination =
    +600 CRS", "Points SCG : nomination du PCP = +600"), or as a CRS bonus's own figure after a verb of adding ("being
    nominated by a province still adds 600")."""
    if not (("+" in text or _ADDS.search(text)) and (CRS_CONTEXT.found(text) or _factor(text, _CRS_FACTORS))):
        return []
    return list(_PLUS_POINTS.finditer(text)) or list(_ADDS_BONUS.finditer(text))


_ADDS = re.compile(r"\b(?:adds?|ajoute(?:nt)?)\b", re.IGNORECASE)
# (only the figures the CRS gives as bonuses: "adds 600", "ajoute 600"; not "adds 15" to a factor)
_ADDS_BONUS = re.compile(r"\b(?:adds?|ajoute(?:nt)?)\s+(?:(?:another|encore|still|toujours)\s+)?(?P<n>50|200|600)\b"
                         r"(?!\s*(?:%|\$|[.,]?\d|ans?\b|years?\b|mois\b|months?\b|heures\b|hours\b))", re.IGNORECASE)
_MAX_WORDS = r"max|ceiling|\bcap\b|plafond|highest|\bmost\b|le\s+plus"  # a column of a factor's maximum
_POINTS_TITLE = re.compile(rf"points|{_MAX_WORDS}", re.IGNORECASE)
_MAX_TITLE = re.compile(_MAX_WORDS, re.IGNORECASE)
# not a part of "$15,263" or "15 263 $", nor a day of the month ("depuis le 25 mars 2025")
_BARE_POINTS = re.compile(r"(?<![\d$€,.])\b\d{1,3}\b(?![,.]?\d|\s?\$|\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|"
                          r"nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)[a-zéû]*\.?\s+\d{4}|,\s*(?:19|20)\d\d\b)", re.IGNORECASE)


def _after_points_label(row: str) -> int | None:
    """Where the cells after a row's label cell that names points begin, or None."""
    at = 0
    for cell in row_cells(row)[:-1]:
        at = row.index(cell, at) + len(cell)
        if re.search(r"\bpoints?\b|\bpts\b", cell, re.IGNORECASE):
            return at
    return None


def _points_cell(row: str, header: str, title: re.Pattern[str] = _POINTS_TITLE) -> tuple[int, int]:
    """Where the cell of a grid's points stands in a row: under the header cell that names points ("| Factor |
    Maximum points | Notes |": not the notes' "See note 3"), else the row's last cell."""
    # (the header row nearest the rows first; the first column names the rows, never their points)
    titles = next((cells for line in reversed(header.splitlines()) if len(cells := row_cells(line)) > 1
                   and any(title.search(cell) for cell in cells[1:])), [])
    column = next((i for i, name in enumerate(titles) if i and title.search(name)), None)
    bounds = [m.span() for m in re.finditer(r"[^|]+", row.strip().strip("|"))]
    offset = len(row) - len(row.lstrip()) + (1 if row.lstrip().startswith("|") else 0)
    if column is not None and len(titles) == len(bounds) and column < len(bounds):
        return bounds[column][0] + offset, bounds[column][1] + offset
    last = row.rstrip(" |").rfind("|") + 1
    return last, len(row.rstrip(" |"))


def unitless_scores(text: str) -> list[re.Match[str]]:
    """Scores written without the word "points": "67 out of 100", or a threshold in a sentence on a 100 scale."""
    if "100" not in text and "cent" not in text and "hundred" not in text:
        return []
    found = list(_OUT_OF_100.finditer(text))
    if not found and _SCALE_100.search(text):
        found = list(_THRESHOLD_ON_100.finditer(text))
    return found


# A list's lead-in that gives its items' unit: "The selection grid has six factors, each capped:", "Barème (en points) :"
_LEAD_IN_COUNTS_POINTS = re.compile(r"\bpoints?\b|\bfacteurs?\b|\bfactors?\b|\bgrille\b|\bgrid\b|plafonds?|ceilings?", re.IGNORECASE)
_POINTS_IN_LABEL = re.compile(r"\bpoints?\b|\bpts\b", re.IGNORECASE)
# "Education: max. 25", "Études : jusqu'à 25", "Age — 12": a label, then a bare number and nothing after it
_LABELLED_NUMBER = re.compile(
    r"^[^:\d|]{2,80}?(?::|\s[—–-])\s*(?:(?:max(?:imum)?\.?|jusqu['’]à|up\s+to)\s*)?(?P<n>\d{1,3})\s*(?:max(?:imum)?\.?)?\s*[.;,]?\s*$",
    re.IGNORECASE,
)


_THAT_IS_WORTH = re.compile(r"\W*(?:that['’]s|that\s+is|it['’]s|c['’]est|ça\s+fait|ça\s+vaut)\s+(?:worth\s+)?[\w-]+(?:\s+[\w-]+){0,4}?\s+points?\b",
                            re.IGNORECASE)


def _factor_before(st: Statement) -> str | None:
    """"Une nomination provinciale change tout. Toujours 600 points.": the factor the sentence before names."""
    antecedent = st.ctx.antecedent(st.sentence)
    if antecedent is not None and (factor := _only_factor(antecedent.text, _CRS_FACTORS)) is not None:
        return factor
    # (or the heading right above a bonus written with its sign: "NOMINATION D'UNE PROVINCE" over "= +600 points dans le CRS")
    heading = st.ctx.heading_before(st.sentence)
    return _only_factor(heading.text, _CRS_FACTORS) if heading is not None and plus_points(st.text) else None


def _grid_factor_before(st: Statement) -> str | None:
    """The only factor the sentence before names, on a page or under a heading about the FSW grid; past a sentence
    of the same paragraph that names none ("Et l'offre d'emploi ? … elle n'ajoute plus aucun point au classement global.
    Elle compte pourtant encore dans la grille de sélection, jusqu'à 10 points au maximum.")."""
    antecedent = st.ctx.antecedent(st.sentence)
    heading = st.ctx.heading_before(st.sentence)
    about_grid = any(FSW_GRID_OR_FACTOR.found(t) for t in (st.text, heading.text if heading else "", st.ctx.title or ""))
    for _ in range(GRID_FACTOR_REACH):
        if antecedent is None or not (about_grid or FSW_GRID_OR_FACTOR.found(antecedent.text)):
            return None
        if (factor := _only_factor(antecedent.text, _FACTORS)) is not None or _factor(antecedent.text, _FACTORS) is not None \
                or antecedent.line_start != st.sentence.line_start:
            return factor
        antecedent = st.ctx.antecedent(antecedent)
    return None


GRID_FACTOR_REACH = 2  # sentences walked up through pronouns to the factor they stand for


def _factor_rows(st: Statement) -> list[str | None]:
    """The factor each row of this row's table names first (asked once per table)."""
    top = st.ctx.table_top(st.sentence)
    return st.ctx.remembered(("factor_rows", top), lambda: [
        _factor(_label_cell(line), _FACTORS) for line in _rows_from(st.ctx.text, top)])


# a row's number in a column of its own ("| 4 | Age | 12 |" under "| S.No. | Selection factor | Maximum points |")
_ROW_NUMBER = re.compile(r"\s*(?:n[°o]\s*)?#?\d{1,2}[.)]?\s*|\s*")


def _label_cell(row: str) -> str:
    """The cell a table row names its topic in: its first, past a column of row numbers."""
    cells = row.split("|")[1:-1] or [""]
    return next((cell for cell in cells if not _ROW_NUMBER.fullmatch(cell)), cells[0])


def _rows_from(text: str, top: int) -> list[str]:
    rows = []
    for line in text[top:].split("\n"):
        if not line.startswith("|"):
            break
        if line.count("|") > 1 and not line.startswith("|--"):
            rows.append(line)
    return rows


# a table header whose columns count points: "| Factor | Points |", "| Factor | FSW grid (max) | CRS (max) |"
# ("| Factor | Highest score |", "| What you have | Added to your CRS |")
def _titles(header: str) -> str:
    """A table's header without the first row of its body, which ``table_header`` may give past the separator line:
    "| Canadian Experience Class | 12 months … |" under a first row that speaks of the grid's points is no points row."""
    lines = header.splitlines()
    seps = [k for k, line in enumerate(lines) if _SEPARATOR_LINE.fullmatch(line)]
    if seps and seps[-1] > 0 and any(ch.isdigit() for line in lines[seps[-1] + 1 :] for ch in line):
        return "\n".join(lines[: seps[-1]])  # (the lines past the last separator hold figures: a row of the body)
    return header


_SEPARATOR_LINE = re.compile(r"\|[-:| ]+\|\s*")


_COUNTS_POINTS = Cue(r"points|(?:grid|grille|factor|facteur)[^\n]*\b(?:max|ceiling|cap\b|plafond|highest|most\b)|"
                     r"\b(?:max|ceiling|cap\b|plafond|highest)[^\n]*(?:grid|grille|factor|facteur)|\b(?:added|ajouté)\w*\s+(?:to|au)\s+(?:your\s+|votre\s+)?(?:crs|scg)\b")
_THIS_FACTOR = Cue(r"\b(?:ce|le|this|that|the)\s+(?:même\s+|same\s+)?(?:facteur|factor)\b")


def _factor_of_heading(st: Statement) -> str | None:
    """"Ce facteur vaut au plus 10 points" under "Facteur 5 : emploi réservé au Canada": the heading's factor."""
    heading = st.ctx.heading_before(st.sentence)
    return _only_factor(heading.text, _FACTORS) if heading is not None and _THIS_FACTOR.found(st.text) else None


def _parts_of(st: Statement) -> str | None:
    """The one factor a table's rows are parts or levels of: the one its header's first cell or its heading names
    ("| Adaptability element | Points |", a table under "3. Work experience"). Asked once per table, header and
    heading: every row of a grid asks it."""
    header = st.ctx.table_header(st.sentence) or ""
    heading = st.ctx.heading_before(st.sentence)
    key = ("parts_of", st.ctx.table_top(st.sentence), header, heading.start if heading is not None else -1)
    return st.ctx.remembered(key, lambda: _factor_of_parts(st, header, heading))


def _factor_of_parts(st: Statement, header: str, heading: Sentence | None) -> str | None:
    title = next((line for line in header.splitlines() if line.startswith("|") and not line.startswith("|--")), "|")
    # (a "header" holding a figure is the first row of a table with none: "| Language skills | up to 28 points |")
    named = None if _A_DIGIT.search(title) else _only_factor(row_cells(title)[0], _FACTORS)
    # (a heading's factor, unless the rows name three factors or more: then they are the grid, under any heading)
    if named is None and heading is not None and len(heading.text.split()) <= 8 \
            and len(set(_factor_rows(st)) - {None}) < MIN_FACTORS:
        named = _only_factor(heading.text, _FACTORS)
    return named


def _factor(segment: str, table: list[tuple[Cue, str]]) -> str | None:
    """The factor named first in ``segment``."""
    hits = sorted((at, name) for cue, name in table if (at := cue.position(segment)) is not None)
    return hits[0][1] if hits else None


def _pass_mark_beside(st: Statement, current: list[Points]) -> list[Requirement]:
    """The FSW's pass mark told in the same sentence as CRS points ("It rightly says the FSW needs at least 67 points
    on its grid, and that a province's nomination brings 600 CRS points")."""
    if not PASS_MARK.found(st.text) or not (FSW_GRID.found(st.text) or FSW in st.subjects):
        return []
    marks = [p for p in current if 40 <= p.value < 100 and p.value != 50]
    return [st.requirement(FSW, "pass_mark", marks[0].value, operator=">=")] if len(marks) == 1 else []


def _another_factors(text: str, previous: Points, current: Points) -> bool:
    """The old figure sits beside another CRS factor's name than the current one."""
    def near(p: Points) -> str | None:
        return _factor(text[max(0, p.start - FACTOR_NEAR) : p.end + FACTOR_NEAR], _CRS_FACTORS)
    return (was := near(previous)) is not None and (now := near(current)) is not None and was != now


FACTOR_NEAR = 40  # characters on each side of a figure where the factor it scores is named


# "X and Y, she added, give ten points each": one value for every factor the clause names
# ("… avec 10 points au plus pour chacun", "10 points at most for each")
_EACH_AFTER_VALUE = re.compile(r"\s*(?:points?\s+|pts\s+)?(?:(?:au\s+(?:plus|maximum)|at\s+most|max(?:imum)?)\s+)?(?:pour\s+|for\s+)?"
                               r"(?:each|apiece|chacune?|par\s+facteur)\b", re.IGNORECASE)
# or said before it, the factors named before that: "quant à l'offre et à l'adaptation, elles sont limitées chacune à 10
# points", "job offer and adaptability, each capped at 10"
_EACH_BEFORE_VALUE = re.compile(r"\b(?:(?:plafonnée?s?|limitée?s?|capped|limited)\s+)?(?:chacune?|each|both|tous\s+(?:les\s+)?deux|"
                                r"toutes\s+(?:les\s+)?deux)\s+(?:(?:plafonnée?s?|limitée?s?|capped|limited)\s+)?(?:à|at|de|of)?\s*"
                                r"(?:(?:jusqu['’]à|up\s+to|au\s+(?:plus|maximum))\s+)?$", re.IGNORECASE)


_FOR_A_FACTOR = re.compile(r"\s*(?:points?|pts)?\s*(?:for|pour)\s+(?:the\s+|your\s+|la\s+|le\s+|les\s+|l['’]\s?|votre\s+|vos\s+)?"
                           r"(?=\S)", re.IGNORECASE)


def _factors_named(segment: str) -> list[str]:
    """The factors a stretch of text names, in their order."""
    hits = [(at, name) for cue, name in _FACTORS if (at := cue.position(segment)) is not None]
    return [name for _, name in sorted(hits)]


def _word_start(text: str, at: int, floor: int) -> int:
    """``at`` moved back to the start of the word it falls in (not below ``floor``): a window cut in "Lang|uage"
    must not read "age"."""
    while at > floor and text[at - 1].isalnum():
        at -= 1
    return at


def _last_factor(before: str, table: list[tuple[Cue, str]] = _FACTORS) -> str | None:
    """The factor named last in the text just before a value (taken after the value before it)."""
    low = before.lower()
    hits = [(m.end(), name) for cue, name in table if cue.words is None or contains_any(low, cue.words)
            for m in cue.pattern.finditer(low)]
    return max(hits)[1] if hits else None


def _only_factor(text: str, table: list[tuple[Cue, str]]) -> str | None:
    """The factor a sentence names, when it names exactly one."""
    names = {name for cue, name in table if cue.found(text)}
    return names.pop() if len(names) == 1 else None


def _crs(st: Statement, current: list[Points], previous: Points | None) -> list[Requirement]:
    by_factor: dict[str, list[Points]] = {}
    grid_names = [m.span() for m in _GRID_BY_ITS_MARK.finditer(st.text)]
    for p in current:
        if p.value == 100 or any(a <= p.start < b for a, b in grid_names):
            continue  # (nor the pass mark naming the grid: "the offer still counts on the 67-point grid")
        # the factor named in the value's own clause first ("a nomination is still worth 600 points, while the 50 of a
        # job offer are gone": 600 is the nomination's)
        start, end = own_clause_bounds(st.text, p.start)
        after, before = st.text[p.end : min(end, p.end + 80)], st.text[max(start, p.start - 80) : p.start]
        # (before it, the factor named nearest: "… require a job offer, and a nomination still adds 600 points")
        # (the one named right before a verb of worth is the value's: "a PNP nomination is worth 600, unlike the job
        # offer, which now earns nothing")
        if _A_SCORE_HELD.search(before):
            continue  # someone's score, a round's cut-off: "the last candidate invited had 748 points, 600 of them …"
        worth = _WORTH_BEFORE.search(before)
        factor = (worth and _last_factor(before[: worth.start()], _CRS_FACTORS)) or _factor(after, _CRS_FACTORS) or \
            _last_factor(before, _CRS_FACTORS) or _only_factor(st.text, _CRS_FACTORS) or _factor_before(st)
        if factor is not None:
            by_factor.setdefault(factor, []).append(p)
    out = []
    for factor, points in by_factor.items():
        # the figure a verb of worth awards ("a cut-off of 731 points: a nomination indeed adds 600 points"), if one does
        awarded = [p for p in points if _WORTH_BEFORE.search(st.text, max(0, p.start - 40), p.start)]
        # "50 points, ou 200 points pour un cadre supérieur": the rule is the most the factor awards
        most = max(awarded or points, key=lambda p: p.value)
        out.append(st.requirement("express-entry", "crs_points", most.value, operator="=", at=most.start,
                                  qualifiers=Qualifiers(factor=factor), previous=previous.value if previous else None))
    return out


_NOT_ASKED = object()
# a score someone had, right before its figure: "had 748 points", "a cut-off of 748", "avait 748 points"
# (not what a score rises by: "fait bondir votre score de 600 points")
_A_SCORE_HELD = re.compile(r"\b(?:had|has|scored|score\s+(?:of|was)|cut-?off\s+(?:of|was|at)|avait|avaient|a\s+obtenu|"
                           r"score\s+minimal\s+(?:de|était\s+de)|score\s+était\s+de)\s+(?:a\s+|only\s+|just\s+)?$", re.IGNORECASE)


def _row_factor(st: Statement) -> str | None:
    """The factor a table row's values are the maxima of: the row names the factor itself ("| Age | 12 |") or states
    its maximum ("| Most for education: 25 |"), not one of its levels ("| Master's degree | 23 |")."""
    first = _label_cell(st.text)
    factor = _factor(first, _FACTORS)
    if factor is not None and not FACTOR_MAX.found(first) and (
            _factor_rows(st).count(factor) > 1 or _parts_of(st) not in (None, factor)):
        # a table of one factor's levels ("| Master's degree | 23 |", "| Doctorate | 25 |"), or of its parts
        # ("| Your spouse's language level | 5 |" under "Adaptability", whatever factor the part names)
        return None
    if factor is None and _THIS_FACTOR.found(first):  # "| Maximum for this factor | 15 |"
        return _parts_of(st)
    return factor


def _factor_max(st: Statement, current: list[Points]) -> list[Requirement]:
    header = st.ctx.table_header(st.sentence) or ""
    # a maximum's cue in the sentence, a table header about points, or a list led by the grid's factors
    # ("La grille répartit 100 points entre six facteurs : - l'âge (12 points) ; …")
    lead = st.lead.text if st.lead is not None else ""
    if not (FACTOR_MAX.found(st.text) or _COUNTS_POINTS.found(header) or _MAX_TITLE.search(header) or
            re.search(r"\bfacteurs\b|\bfactors\b", lead, re.IGNORECASE)):
        return []
    out, seen = [], set()
    row_factor: str | None | object = _NOT_ASKED
    for i, p in enumerate(current):
        # a part of a factor ("24 points pour la première langue", "6 points par habileté") is not its maximum;
        # in a sentence about parts, only a value the maximum's cue stands right before is ("jusqu'à 28 points, par
        # exemple 24 pour la première langue")
        following = st.text[p.end : current[i + 1].start if i + 1 < len(current) else p.end + 60].split("(")[0]
        # (its parts told after it in parentheses, "max 28 points (first official language up to 24 …)", leave it whole)
        preceding = st.text[current[i - 1].end if i > 0 else 0 : p.start]
        if p.value > 28 or SUB_FACTOR.found(following) or SUB_FACTOR.found(preceding) or (
                SUB_FACTOR.found(st.text) and not FACTOR_MAX.found(st.text[max(0, p.start - 15) : p.start])):
            continue
        # the factor named right before the value ("l'âge (12 points), l'emploi réservé (10 points)"), else around it,
        # else the only one the sentence or the one before names ("Premier facteur : l'âge. Il rapporte douze points.")
        if st.is_table_row:
            if row_factor is _NOT_ASKED:  # (the same for each of the row's values: asked once)
                row_factor = _row_factor(st)
            factor = row_factor
        else:
            since = current[i - 1].end if i > 0 else 0  # after the value before it: a factor is named between them
            clause_start = clause_bounds(st.text, p.start)[0]
            if (_EACH_AFTER_VALUE.match(st.text, p.end) and
                    len(shared := _factors_named(st.text[max(since, clause_start) : p.start])) > 1) or (
                    _EACH_BEFORE_VALUE.search(st.text, since, p.start) and len(shared := _factors_named(st.text[since : p.start])) > 1):
                # two factors sharing one value ("X and Y give ten points each"): the value is every one's
                out += [st.requirement(FSW, "factor_max_points", p.value, operator="=", qualifiers=Qualifiers(factor=f))
                        for f in shared if f not in seen]
                seen.update(shared)
                continue
            # ("at most 25 points for schooling": the factor named right after "points for" is the value's)
            factor = ((after := _FOR_A_FACTOR.match(st.text, p.end)) and _factor(st.text[after.end() : after.end() + 30], _FACTORS)) or \
                _last_factor(st.text[_word_start(st.text, max(since, p.start - 40), since) : p.start]) or \
                _factor(st.text[max(0, p.start - 60) : p.end + 60], _FACTORS) or _only_factor(st.text, _FACTORS) or \
                _grid_factor_before(st) or _factor_of_heading(st)
        if factor is not None and factor not in seen:  # "jusqu'à 28 points, par exemple 24 pour …": the first
            seen.add(factor)
            out.append(st.requirement(FSW, "factor_max_points", p.value, operator="=", qualifiers=Qualifiers(factor=factor)))
    if out and not st.is_table_row:
        out += [st.requirement(FSW, "factor_max_points", value, operator="=", at=at, qualifiers=Qualifiers(factor=factor))
                for factor, value, at in _bare_caps(st, current) if factor not in seen]
        out += _each_for(st, seen)
    return out


def _each_for(st: Statement, seen: set[str | None]) -> list[Requirement]:
    """One figure shared by the factors named after it: "…; ten each for adaptability and a job offer"."""
    out = []
    for each in _EACH_FOR.finditer(st.text):
        if (value := parse_number(each.group("n"), st.ctx.language)) is None or not 1 <= value <= 28:
            continue
        shared = [f for f in _factors_named(each.group("factors")) if f not in seen]
        seen.update(shared)
        out += [st.requirement(FSW, "factor_max_points", int(value), operator="=", at=each.start("n"),
                               qualifiers=Qualifiers(factor=f)) for f in shared]
    return out


def _mark_beside(st: Statement, found: list[Points], maxima: list[Requirement]) -> list[Requirement]:
    """The grid's pass mark stated beside a list of its maxima ("the bar is 67; age can bring 12 and schooling 25, …"):
    the first other figure, between 40 and 100, with a cue of need."""
    taken = {r.value for r in maxima}
    marks = sorted((p for p in found if p.value != 100 and p.value not in taken), key=lambda p: p.start)
    if not marks or not 40 <= marks[0].value < 100 or st.is_history or \
            not (REQUIREMENT_CUE.found(st.text) or PASS_MARK.found(st.text)) or not (FSW_GRID.found(st.text) or st.subjects == [FSW]):
        return []
    return [st.requirement(FSW, "pass_mark", marks[0].value, operator=">=", at=marks[0].start)]


_EACH_FOR = re.compile(rf"\b(?P<n>\d{{1,2}}|{NUMBER})\s+(?:points?\s+)?(?:each|apiece|chacune?)\s+(?:for|to|pour|à|aux?)\s+"
                       r"(?P<factors>[^.;:]{3,80})", re.IGNORECASE)


# After a factor's name, a capped figure whose unit the sentence gave once: "…, devant la formation, qui peut en
# donner 25", "l'expérience de travail, limitée à 15", "and schooling, worth up to 25"
# a factor's figure, in digits or in words as a transcript writes it ("Age, up to twelve."), not "one" (an article's
# cousin: "up to one of …"); in words, at its clause's end or before "points" ("from up to two employers" counts employers)
_WORDED = rf"(?!(?:un|une|one)\b)(?:{NUMBER_WORDS})"
_FACTOR_FIGURE = (rf"(?P<n>\d{{1,2}}|{_WORDED}(?=\s*(?:[.,;:)!]|$|points?\b|pts\b|each\b|apiece\b|chacun|as\s+well\b|too\b|aussi\b|également\b|at\s+(?:the\s+)?most\b|au\s+plus\b|max|"
                 # the grid's points named before: "schooling accounts for up to twenty-five of those"
                 r"of\s+(?:those|these|them)\b|de\s+ces\s+points\b|"
                 # (captions run the pairs on without a comma: "age gets you up to twelve adaptability up to ten and …")
                 r"and\b|et\b|(?:education|schooling|experience|age|language|adaptability|arranged|job\s+offer|études|expérience|âge|"
                 r"langues?|adaptabilité|emploi\s+réservé)\b)))")
_CAPPED_FIGURE = re.compile(rf"(?:\s*:)?[^.;:()\d]{{0,45}}?(?:{CAP_WORDS}|\ben\s+(?:rapporte|donne|vaut)\w*|\bworth|\bgives?)\s*(?:(?:à|at|to|de|of)\s+)?{_FACTOR_FIGURE}\b"
                            r"(?!\s*(?:%|ans?\b|years?|mois|months?|\$|[.,]\d|points?\b|pts?\b))", re.IGNORECASE)


_EACH = re.compile(r"\s*(?:each|apiece|chacune?s?|pour\s+chacune?)\b", re.IGNORECASE)
# the figure, then the cap: "job offer and adaptability: 10 apiece, at most", "l'âge : 12 au maximum"
_FIGURE_THEN_CAP = re.compile(rf"(?:\s+(?:and|et)\s+[^:\d]{{3,40}}?)?\s*:?\s*{_FACTOR_FIGURE}\s+(?:(?:each|apiece|chacune?)\s*,?\s*)?(?:at\s+(?:the\s+)?most|au\s+plus|maximum|max\b)",
                              re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"(?:[,;]\s*(?:and\s+|et\s+)?|\b(?:points?|pts)\s+(?:and|et)\s+)(?:the\s+|l['’]\s?|le\s+|la\s+|les\s+)?$")
_GAPPED_FIGURE = re.compile(rf"\s*(?:at|à|:)?\s*{_FACTOR_FIGURE}\b(?!\s*(?:%|ans?\b|years?|mois|months?|\$|[.,]\d))", re.IGNORECASE)


def _bare_caps(st: Statement, current: list[Points]) -> list[tuple[str, int, int]]:
    """(factor, maximum, where) for each capped figure without the word "points" right after a factor's name; two
    factors share one when it is said to be each's ("adaptability and arranged employment: a maximum of 10 each")."""
    low, taken = st.text.lower(), {p.start for p in current}
    out = []
    for cue, name in _FACTORS:
        for m in cue.pattern.finditer(low):
            cap = _CAPPED_FIGURE.match(st.text, m.end()) or _FIGURE_THEN_CAP.match(st.text, m.end()) or (
                # a clause with its verb left out after a cap: "schooling tops out at 25 points; experience at 15",
                # "l'expérience rapporte au maximum 15 points et l'âge 12"
                current and _NEW_CLAUSE.search(low, 0, m.start()) and _GAPPED_FIGURE.match(st.text, m.end()))
            if cap and cap.start("n") not in taken and \
                    1 <= (value := int(parse_number(cap.group("n"), st.ctx.language) or 0)) <= 28 and (
                    _factor(st.text[m.end() : cap.start("n")], _FACTORS) is None or _EACH.match(st.text, cap.end("n"))):
                out.append((name, value, cap.start("n")))
    return out


_WORDED_FIGURE = re.compile(rf"\b{_WORDED}\b", re.IGNORECASE)


def may_cap_factor(text: str) -> bool:
    """A cheap test for the gate: a cap's words, a factor and a figure (read by ``_bare_caps`` on the grid's pages).
    The cap's words first: few sentences hold them, and a look for a figure goes through each character in Python
    (on the canada bench page: 370 -> 140 us over its 80 sentences)."""
    return STATED_CAP.found(text) and (any(map(str.isdigit, text)) or _WORDED_FIGURE.search(text) is not None) and \
        any(cue.found(text) for cue, _ in _FACTORS)


CAPS_IN_A_ROW = 6  # the grid's six factors, each capped in a sentence of its own


def _about_grid(st: Statement) -> bool:
    """The sentence, its heading, its page's title or the sentence before speaks of the FSW grid or its points; or
    the sentences before are caps in a row back to one that does ("Language first, worth up to twenty-eight points.
    Schooling tops out at twenty-five. Age, up to twelve.")."""
    heading = st.ctx.heading_before(st.sentence)
    if any(FSW_GRID.found(t) for t in (st.text, heading.text if heading else "", st.ctx.title or "")):
        return True
    if (antecedent := st.ctx.antecedent(st.sentence)) is None:
        return False
    if FSW_GRID.found(antecedent.text) or POINTS_WORD.search(antecedent.text) is not None:
        return True
    for before in st.ctx.recent(st.sentence, CAPS_IN_A_ROW):
        if before.line_start != st.sentence.line_start or not may_cap_factor(before.text):
            return False
        if FSW_GRID.found(before.text) or POINTS_WORD.search(before.text) is not None:
            return True
    return False


def _removed(st: Statement) -> list[Requirement]:
    """CRS points a sentence states are no longer awarded, for the factors its removal's clause names ("Since the offer
    stopped earning points, readers ask whether nominations are next": the offer's), else the sentence, the sentence before or
    the heading."""
    text = st.text
    if (m := POINTS_REMOVED.pattern.search(text.lower())) is not None:
        # (a chat's sentences joined where the next one starts in lower case: "… got scrapped in March 2025. only the
        # nomination bonus still stands" — the next sentence's factor is not the removal's)
        start = max((stop.end() for stop in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
        end = next((stop.start() for stop in _CLAUSE_END.finditer(text, m.end())), len(text))
        clause = text[start:end]
        if factors := {name for cue, name in _CRS_FACTORS if cue.found(clause)}:
            return _no_points(st, factors)
    # "Beware of agents selling an offer 'worth 50 points'. Those points went in 2025.": the factor the sentence
    # before names, before one another clause names ("…, so a nomination is now what counts most")
    if _THESE_POINTS.match(text) and (factor := _factor_before(st)) is not None:
        return _no_points(st, {factor})
    factors = {name for cue, name in _CRS_FACTORS if cue.found(text)}
    if not factors and (heading := st.ctx.heading_before(st.sentence)) is not None:
        factors = {name for cue, name in _CRS_FACTORS if cue.found(heading.text)}
    return _no_points(st, factors)


def _named_past_a_contrast(text: str) -> bool:
    """Every CRS factor the sentence names comes after a "but" that follows its removal ("those points are gone since
    March but a nomination is still worth 600")."""
    gone = POINTS_REMOVED.position(text)
    contrast = _CONTRAST.search(text, gone) if gone is not None else None
    named_at = [at for cue, _ in _CRS_FACTORS if (at := cue.position(text)) is not None]
    return contrast is not None and all(at > contrast.start() for at in named_at)


_CONTRAST = re.compile(r"\b(?:but|mais|whereas|alors\s+que|tandis\s+que)\b", re.IGNORECASE)

# a sentence opening on points it points back to: "Ces points ont disparu …", "Those points were scrapped …", "They were …"
_THESE_POINTS = re.compile(r"\W*(?:(?:ces|ce|those|these|that|this|such)\s+(?:\w+\s+)?(?:points?|bonus|bonification)\b|"
                           r"(?:they|it|ils|elles?)\s)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|[.!?](?=\s)")


def _no_points(st: Statement, factors: set[str]) -> list[Requirement]:
    """The CRS factors a text states no longer award points, each as its removal (0 points)."""
    return [st.requirement("express-entry", "crs_points", 0, operator="=", qualifiers=Qualifiers(factor=factor))
            for factor in sorted(factors)]


def _removed_beside(st: Statement, read: set[str | None]) -> list[Requirement]:
    """The factors a clause of their own states gone, beside figures of other factors ("a nomination still earns 600
    points, and the offer earns none since March"): removed, each."""
    gone = {name for clause in own_clauses(st.text) if (states_removal(clause) or POINTS_REMOVED.found(clause))
            and POINTS_WORD.search(clause)
            for cue, name in _CRS_FACTORS if cue.found(clause)} - read
    return _no_points(st, gone)


def _in_crs_grid(st: Statement) -> bool:
    """A row (table row, list item or "label : value" line) under a heading that speaks of the CRS ("Points supplémentaires"):
    its points are CRS points, never the FSW grid's factor maxima."""
    if not (st.is_table_row or st.is_grid_item or st.is_label_value):
        return False
    if (st.lead is not None and FSW_GRID.found(st.lead.text)) or FSW_GRID.found(st.ctx.table_header(st.sentence) or ""):
        return False  # "Le barème de la grille fédérale :" leads the FSW grid's rows, on a CRS page too; "| FSW grid (max) |"
    if st.is_table_row and FSW_GRID.found(lead_in := st.ctx.above_table(st.sentence, paragraph=True)) and \
            not CRS_CONTEXT.found(lead_in):
        return False  # "Ranking points for job offers" over "The FSW's grid is not affected. Its maxima:" and a table
    # (the heading's answers remembered, as every row under it asks them; with no heading nothing is asked: neither
    # cue matches an empty text)
    heading = st.ctx.heading_before(st.sentence)
    # on a CRS page ("Comprehensive Ranking System (CRS) criteria"), a grid not said to be the FSW one, by its heading
    # or by the sentence leading into its table, is the CRS's
    return (heading is not None and st.ctx.has(heading, CRS_CONTEXT)) or (
        CRS_CONTEXT.found(st.ctx.title or "") and not (heading is not None and st.ctx.has(heading, FSW_GRID))
        and not (st.is_table_row and FSW_GRID.found(st.ctx.above_table(st.sentence))))


# "Plafonds de la grille : langue 28, études 25, expérience 15 …", "age (max twelve)": a factor's name, then its number.
# A few words may stand between the name and its cap: "Language can give you up to twenty-eight points".
# (the factor's place may follow its name: "l'emploi réservé au Canada dix", "arranged employment in Canada 10")
# (or a verb of counting: "La langue y compte pour vingt-huit points au maximum")
# (an aside in brackets after the name, "language (our mother tongue): up to 28"; a relative clause, "age, which is
# worth at most 12"; a comma before a figure in words, as a speaker lists them: "schooling, twenty-five; age, twelve",
# not the figure of the next pair said number first: "…, vingt-cinq pour les études")
_FACTOR_PAIRS = [(re.compile(rf"(?:{pattern})(?:\s+(?:au|in)\s+canada)?\)?(?:\s*\([^()\d]{{1,60}}\))?\s*(?:\(\s*)?(?::|,(?=\s*[^\W\d_])(?![^,;.]*\b(?:pour|for)\b))?\s*"
                             rf"(?:,\s*(?:which|qui)\s+)?(?:(?:y\s+)?(?:compte|counts)\s+(?:pour|for)\s+)?(?:(?:[^\W\d][\w'’-]*\s+){{0,6}}?(?:max(?:imum)?\.?(?:\s+(?:of|de))?|jusqu['’]à|up\s+to|capped\s+at|"
                             rf"plafonnée?s?\s+à|limited\s+to|au\s+plus|at\s+most)\s*)?(?P<n>{NUMBER})"
                             rf"(?!\s*(?:%|ans?\b|years?|mois|months?|\$|[.,]\d))", re.IGNORECASE), name)
                 for pattern, name in FACTORS]
# …or its number, then the name: "25 points for education, 10 for adaptability, 12 for age"
_PAIRS_NUMBER_FIRST = [re.compile(rf"(?<![\d,.])(?P<n>{NUMBER})\s*(?:points?\s+|pts\s+)?(?:for|pour)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s?)?"
                                  rf"(?:(?:work|paid|skilled|canadian)\s+)?(?:{pattern})", re.IGNORECASE) for pattern, _ in FACTORS]
_GRID_WORDS = re.compile(r"\bpoints?\b|\bfacteurs?\b|\bfactors?\b", re.IGNORECASE)


@lru_cache(maxsize=256)  # asked by the reading's gate, then by the points reader, of the same sentence
def factor_maxima(text: str, language: str) -> dict[str, int]:
    """Each factor's maximum in a sentence listing at least three "factor N" pairs about the maximum points per
    factor; empty otherwise (a number that happens to follow a factor's name is not a list of the grid)."""
    if not (FACTOR_MAX.found(text) and _GRID_WORDS.search(text)):
        return {}
    for pairs_of in (_FACTOR_PAIRS, list(zip(_PAIRS_NUMBER_FIRST, (name for _, name in _FACTOR_PAIRS)))):
        pairs = {name: int(n) for pattern, name in pairs_of
                 if (m := _outside_brackets(pattern, text)) and (n := parse_number(m.group("n"), language)) is not None and 1 <= n <= 28}
        # (two are enough under a label that says they are maxima: "Points maximaux pour l'âge : 12 ; pour
        # l'expérience : 15")
        if len(pairs) >= 3 or (len(pairs) == 2 and _MAXIMA_LABEL.search(text)):
            return pairs
    return {}


def _outside_brackets(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match not opening inside brackets: a factor named in another's aside ("language (more than
    education): up to 28") is not a pair."""
    return next((m for m in pattern.finditer(text) if text.count("(", 0, m.start()) <= text.count(")", 0, m.start())), None)


_MAXIMA_LABEL = re.compile(r"\b(?:points?\s+maxim(?:aux|um|a)|maximum\s+(?:de\s+)?points?|max(?:imum)?\.?\s+points?|"
                           r"plafonds?(?:\s+de\s+points)?|points?\s+caps?|caps?)\b", re.IGNORECASE)


def _listed_maxima(st: Statement) -> list[Requirement]:
    """The grid's maxima listed as "factor N" pairs."""
    pairs = factor_maxima(st.text, st.ctx.language)
    return [st.requirement(FSW, "factor_max_points", value, operator="=", qualifiers=Qualifiers(factor=factor))
            for factor, value in pairs.items()]


# a column of the reader's own score, as a calculator or a quiz shows it ("| Facteur | Vos points |")
_OWN_SCORE_COLUMN = re.compile(r"\b(?:vos|votre|tes|ton|your|my|mes|mon)\s+(?:points?|pts|score|pointage|résultat|result)\b",
                               re.IGNORECASE)


def from_statement(st: Statement) -> list[Requirement]:
    if st.is_table_row and _OWN_SCORE_COLUMN.search(header := st.ctx.table_header(st.sentence) or "") and \
            not _MAX_TITLE.search(header):
        return []  # someone's score, factor by factor, is not the grid's maxima
    if st.text is st.sentence.text and (line := factor_lines(st.ctx).get(st.sentence.start)) is not None:
        factor, value, at = line
        return [] if st.is_history else [st.requirement(FSW, "factor_max_points", value, operator="=", at=at,
                                                        qualifiers=Qualifiers(factor=factor))]
    found = find_points(st)
    # numbers with no unit of their own ("language 28, age 12 …, adaptability 10 points"), unless each has its own
    if len(listed := _listed_maxima(st)) >= len(found) and listed:
        # (and the figures the list leaves: a figure shared "each for" factors after it, the pass mark before it)
        listed += _each_for(st, {r.qualifiers.factor for r in listed})
        return listed + _mark_beside(st, found, listed)
    if not found and not st.is_history and (caps := _bare_caps(st, [])) and _about_grid(st):
        # "Schooling can give you up to 25." said on the grid, the unit given sentences before
        return [st.requirement(FSW, "factor_max_points", value, operator="=", at=at, qualifiers=Qualifiers(factor=factor))
                for factor, value, at in caps]
    current, previous = split_previous(st.text, found, st.past)
    if previous is not None and previous.value == 100 and _SCALE_100.search(st.text):
        previous = None  # "the old 100-point grid": the grid's scale, called old, is no previous value
    if previous is not None and current and _another_factors(st.text, previous, current[0]):
        previous = None  # "a province's nomination, worth 600 points, or the former 200 for an offer": not 600's past
    if not current and POINTS_REMOVED.found(st.text):  # (the cue itself says the points are gone)
        return _removed(st)
    # a removal states a rule's end ("IRCC scrapped the 50 and 200 CRS points …"): read, as removed
    # (a cap on the FSW grid states its rule: "you and your partner share 10 points at most for adaptability")
    capped = STATED_CAP.found(st.text) and (FSW_GRID.found(st.text) or st.subjects == [FSW])
    # "a nomination adds 600 points", "PNP: +600", "once a province nominates you, 600 more points are yours"
    awarded = _AWARD.found(st.text) or POINTS_AWARDED.found(st.text) or bool(plus_points(st.text))
    removal = POINTS_REMOVED.found(st.text)
    # (or what the factor named just before is worth: "Big one: a nomination by a province. That's six hundred points
    # right there.")
    worth_before = _THAT_IS_WORTH.match(st.text) is not None and _factor_before(st) is not None
    if not current or not (st.is_rule or st.removed or removal or capped or awarded or worth_before or _names_the_grid(st.text)):
        return []
    if st.is_history and previous is None:
        # figures told in the past: only a removal beside them is read ("… gives it nothing now; it counted for 50 or
        # 200 points before")
        return _removed(st) if removal else []
    crs_context = CRS_CONTEXT.found(st.text) or any(p.value in (50, 200, 600) for p in current) or _in_crs_grid(st)
    if FSW_GRID.found(st.text) and all(p.value <= 28 for p in current) and (maxima := _factor_max(st, current)):
        return maxima
    if (FSW_GRID.found(st.text) or st.subjects == [FSW]) and PASS_MARK.found(st.text) and \
            all(p.value <= 28 or 40 <= p.value <= 100 for p in current):
        # "its grid, unlike the CRS, gives up to 10 points …, and the pass mark stays 67 out of 100"; "Le seuil à atteindre
        # est de 67 points : en dessous, … quel que soit son score au Système de classement global"
        crs_context = False
    named = {name for cue, name in _CRS_FACTORS if cue.found(st.text)}
    # ("those points are gone since 2025 but a nomination is still worth 600": the factor another clause names keeps its
    # figure)
    elsewhere = bool(named) and removal and _named_past_a_contrast(st.text)
    if crs_context and removal and not elsewhere and (len(named) == 1 or (not named and (factor := _factor_before(st)) is not None)):
        # "a job offer no longer earns any CRS points; guides quoting 50 or 200 are out of date": the figures of the
        # one factor a removal names, or the sentence before names, are what was removed
        return _no_points(st, named or {factor})
    if crs_context and (_factor(st.text, _CRS_FACTORS) or (not _factor(st.text, _FACTORS) and _factor_before(st))):
        read = _crs(st, current, previous)
        if (st.removed or removal) and not any(r.stated_change == "removed" for r in read):
            read += _removed_beside(st, {r.qualifiers.factor for r in read})
        return read + _pass_mark_beside(st, current)
    if crs_context:
        return []
    maxima = _factor_max(st, current)
    if not PASS_MARK.found(st.text):
        # the grid's only score above a factor's maximum is its pass mark: "Pas moins de 67 points sont nécessaires"
        # in a section on the FSW
        # (the grid's scale named beside it is not a second score: "a 100-point grid, where the threshold is 67 points")
        # (the grid's maxima may be listed beside it: "the bar is 67; age can bring 12 and schooling 25, …")
        taken = {m.value for m in maxima}
        marks = [p for p in current if p.value != 100 and p.value not in taken]
        # (the cue of need may be the table's: "| Minimum requirement | FSW | … |" over "| Points grid | 67 of 100 points |")
        if (st.subjects == [FSW] or (FSW_GRID.found(st.text) and _SCALE_100.search(st.text))) \
                and len(marks) == 1 and 40 <= marks[0].value < 100 and (REQUIREMENT_CUE.found(st.text) or (
                    st.sentence.text.startswith("|") and REQUIREMENT_CUE.found(st.ctx.table_header(st.sentence) or "")) or (
                    st.lead is not None and REQUIREMENT_CUE.found(st.lead.text))):
            # (or the list's lead-in: "It requires:" over "- a 67-point result on the Federal Skilled Worker selection
            # factors")
            return maxima + [st.requirement(FSW, "pass_mark", marks[0].value, operator=">=", at=marks[0].start,
                                            previous=previous.value if previous else None)]
        return maxima
    # "worth up to 10 points on the 100-point grid, where you need at least 67 points": a maximum and the mark
    taken = {m.value for m in maxima}
    mark = next((p for p in current if p.value != 100 and p.value not in taken), None)
    if mark is None or not 40 <= mark.value < 100:
        return maxima
    return maxima + [st.requirement(FSW, "pass_mark", mark.value, operator=">=", at=mark.start,
                                    previous=previous.value if previous else None)]
