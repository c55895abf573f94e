"""Language minimums: NCLC/CLB levels (the same numbers), overall or per ability.

"NCLC 7 dans les quatre compétences" -> one record; "NCLC 5 pour parler et écouter, 4 pour lire et écrire" -> one record
per ability ("ability" is part of the rule's key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rulewatch.schemas import Qualifiers, Requirement

from .changes import split_previous
from .context import TextContext, row_cells
from .numbers import TEER_GROUP, parse_number, teer_levels
from .quantities import bare_ability_levels, without_figures_said_again
from .sentences import LINE_MARKS, Sentence
from .lexicon.cues import CASE_OR_HYPOTHESIS, REQUIREMENT_CUE
from .lexicon.criteria import ABILITIES, ABILITY_GROUPS, ALL_ABILITIES, LANGUAGE_CONTEXT, LANGUAGE_LEVEL, POINTS_FOR_LEVEL, POINTS_WORD
from .lexicon.lowercase import AnyOf, Cue
from .statements import Statement
from .subjects import subjects_in
from .lexicon.categories import names_a_category_word

_ABILITIES = [(re.compile(p, re.IGNORECASE), name) for p, name in ABILITIES]
_GROUPS = [(re.compile(p, re.IGNORECASE), names) for p, names in ABILITY_GROUPS]
_ABILITY_WORDS = "|".join([p for p, _ in ABILITIES] + [p for p, _ in ABILITY_GROUPS])
# "…, 5 en expression écrite": a bare level right before an ability, once a scale was named.
_BARE_LEVEL = re.compile(rf"\b(?P<a>\d{{1,2}}|quatre|cinq|six|sept|huit|neuf|four|five|six|seven|eight|nine)\s+(?:(?:suffi(?:t|sent|ront)|are\s+enough|will\s+do)\s+)?(?:(?:en|pour|for|in|à|au|at)\s+(?:l['’]\s?|la\s+|le\s+)?)?(?:{_ABILITY_WORDS})", re.IGNORECASE)


@dataclass(frozen=True)
class Level:
    value: int
    start: int
    end: int


# "un niveau 5 à l'oral … aux NCLC": a bare level, once the sentence names the scale.
_BARE_NIVEAU = re.compile(r"\b(?:niveau|level)\s+(?P<a>\d{1,2}|quatre|cinq|six|sept|huit|neuf|dix)\b(?!\s*(?:des?\s+|du\s+)?(?:FÉER|TEER|CNP|NOC))",
                          re.IGNORECASE)


def find_levels(text: str) -> list[Level]:
    text = without_figures_said_again(text)
    found = {m.start(): Level(int(parse_number(next(g for g in m.group("a", "b", "c", "d", "e", "f") if g)) or 0), m.start(), m.end())
             for m in LANGUAGE_LEVEL.finditer(text)}
    if LANGUAGE_CONTEXT.found(text):
        for m in _BARE_NIVEAU.finditer(text):
            if not any(lv.start <= m.start() < lv.end for lv in found.values()):
                found[m.start()] = Level(int(parse_number(m.group("a")) or 0), m.start(), m.end())
    if found:
        first = min(found)
        for m in _BARE_LEVEL.finditer(text, first):
            if not any(lv.start <= m.start() < lv.end for lv in found.values()):
                found[m.start()] = Level(int(parse_number(m.group("a")) or 0), m.start(), m.start() + len(m.group("a")))
    if not found:  # the scale named by a label only: "Language (NCLC): reading 4, …"
        found = {m.start("n"): Level(int(m.group("n")), m.start("n"), m.end("n")) for m in bare_ability_levels(text)}
    levels = [lv for _, lv in sorted(found.items()) if 1 <= lv.value <= 12]
    # "NCLC 7 (CLB 7)": the same level named on both scales is one level (not two abilities' equal levels, "speaking
    # CLB 5, listening CLB 5")
    return [lv for i, lv in enumerate(levels) if i == 0 or lv.value != levels[i - 1].value or lv.start - levels[i - 1].end > 12
            or _NAMED_ABILITY.search(text, levels[i - 1].end, lv.start)]


_ABILITIES_THEN_LEVEL = re.compile(
    rf"(?:{_ABILITY_WORDS})\s*"
    # the verb between them: "speaking and listening need CLB 5", "l'oral doit atteindre NCLC 5"
    r"(?:(?:needs?|requires?|must\s+(?:reach|be\s+at)|call\s+for|exigent|exige|demandent|demande|doi(?:t|vent)\s+atteindre)\s+)?"
    r"(?:(?:at\s+least|au\s+moins|a\s+minimum\s+of|minimum)\s+)?"
    r"(?:(?:at|à|au|:|=|–|—|-)\s*)?(?:(?:the|le)\s+)?(?:(?:level|niveau)\s+)?$",
    re.IGNORECASE)


def _abilities(segment: str) -> list[str]:
    """The abilities a segment names, one by one, else by group ("à l'oral" is listening and speaking)."""
    named = sorted((m.start(), name) for pattern, name in _ABILITIES if (m := pattern.search(segment)))
    groups = sorted((m.start(), names) for pattern, names in _GROUPS if (m := pattern.search(segment)))
    # ("à l'oral (compréhension et expression orales)": the group, then its gloss; a group opening on an ability's own
    # word, "parler et comprendre", is the group)
    if groups and (not named or groups[0][0] <= named[0][0]):
        return list(groups[0][1])
    return [name for _, name in named]


def _table_row(st: Statement) -> list[Requirement]:
    """"| Expression orale | 5 |" in a table whose header names the NCLC/CLB scale."""
    if not LANGUAGE_CONTEXT.found((st.ctx.table_header(st.sentence) or "") + st.text):
        return []
    cells = st.text.strip(" |").split("|")
    levels = [_LEVEL_CELL.fullmatch(c) for c in cells[1:]]
    if len(cells) > 2 and sum(1 for m in levels if m) >= 2:
        return _program_row(st, cells, levels)
    # the row's one level cell, its abilities named in the cells before it ("| FST | Language – reading | CLB 4 | current |")
    at = next((k for k in range(len(cells) - 1, 0, -1) if _LEVEL_CELL.fullmatch(cells[k])), None)
    if at is None:
        return _level_cells(st, cells)
    if not _SCALE.search(cells[at]) and _POINTS_TITLE.search(_column_title(st, len(cells), at)):
        return []  # "| CLB 10+ | Reading | 6 |" under "| Level | Ability | Points |": a grid's points
    level = int(_LEVEL_CELL.fullmatch(cells[at]).group(1))  # type: ignore[union-attr]
    # (no ability named: the level is every ability's when the cell names its scale, "| FSW | Language | CLB 7 |";
    # a bare figure is a level only beside its ability, "| Reading | 4 |", else it is points or a count)
    # (or in a remark after it: "| Niveau oral | PTMSF | NCLC 5 | expression et compréhension orales |")
    # (or when its column's title names the scale: "| TEER 0–1 | 7 |" under "| Your job's level | CLB needed (NCLC in French) |")
    abilities = _abilities(" ".join(cells[:at])) or _abilities(" ".join(cells[at + 1 :])) or \
        ([None] if _SCALE.search(cells[at]) or _SCALE.search(_column_title(st, len(cells), at)) else [])
    # (a row for a group of jobs: "| TEER 0 or 1 | 7 |")
    teer = teer_levels(group.group(0)) if abilities == [None] and (group := TEER_GROUP.search(" ".join(cells[:at]))) else None
    return [st.requirement(subject, "language_min", level, operator=">=", qualifiers=Qualifiers(ability=ability, teer=teer))  # type: ignore[arg-type]
            for subject in st.subjects for ability in abilities]



_WORD = re.compile(r"[^\W\d_]{2}")
_POINTS_TITLE = re.compile(r"\bpoints?\b|\bpts\b", re.IGNORECASE)


def _column_title(st: Statement, width: int, column: int) -> str:
    """The title of a row's column, from the nearest header row of the same width ("" when there is none)."""
    for line in reversed((st.ctx.table_header(st.sentence) or "").splitlines()):
        if len(titles := row_cells(line)) == width and _WORD.search(titles[column]):
            return titles[column]
    return ""


def _level_cells(st: Statement, cells: list[str]) -> list[Requirement]:
    """A wide row whose language column states its levels in words ("| PTMSF | 2 ans | NCLC 5 oral / NCLC 4 écrit |"):
    each cell naming the scale is read as a sentence of its own, for the row's subject."""
    out: list[Requirement] = []
    for cell in cells[1:]:
        if LANGUAGE_LEVEL.search(cell):
            # (the ability named by the row: "| Expression orale | NCLC 5 (oral) |")
            text = f"{cells[0].strip()} : {cell.strip()}" if not _abilities(cell) and _abilities(cells[0]) else cell
            out += _levels_in(st, text, subjects_in(cells[0]) or st.subjects)
    return out


_SCALE = re.compile(r"\b(?:nclc|clb)\b", re.IGNORECASE)
# (the same level on the other scale may follow in brackets: "CLB 5 (or NCLC 5 for a French test)")
_LEVEL_CELL = re.compile(r"\s*(?:NCLC|CLB)?\s*(\d{1,2})\s*(?:\+|ou\s+plus|or\s+(?:more|higher)|at\s+least|minimum|au\s+moins|min\.)?\s*"
                         r"(?:\(\s*(?:NCLC|CLB)\s*\1(?!\d)[^()]*\)\s*)?", re.IGNORECASE)


def _program_row(st: Statement, cells: list[str], levels: list[re.Match[str] | None]) -> list[Requirement]:
    """"| PTMSF | 5 | 5 | 4 | 4 |" under a header
    naming an ability per column: the row's program (or the statement's subject), one level per ability; the
    same level in every column is one rule for all four."""
    header = next((line for line in (st.ctx.table_header(st.sentence) or "").splitlines()
                   if line.count("|") == st.text.count("|") and _abilities(line)), None)
    if header is None:
        return []
    titles = header.strip(" |").split("|")[1:]
    per_ability = {ability: int(m.group(1)) for title, m in zip(titles, levels) if m for ability in _abilities(title)[:1]}
    if not per_ability:
        return []
    subjects = subjects_in(cells[0]) or st.subjects
    if len(set(per_ability.values())) == 1 and len(per_ability) == len(ABILITIES):
        per_ability = {None: next(iter(per_ability.values()))}  # type: ignore[dict-item]
    return [st.requirement(subject, "language_min", level, operator=">=",
                           qualifiers=Qualifiers(ability=ability))  # type: ignore[arg-type]
            for subject in subjects for ability, level in per_ability.items()]


_FLOOR_BEFORE = re.compile(r"(?:minimum|minimal|au\s+moins|at\s+least|floor|plancher|seuil)\b[^.;,]{0,50}$", re.IGNORECASE)


# a bare figure said to be a floor: "Le 7, c'est le plancher du PTQF", "The 7 is the floor for …"
_BARE_FLOOR = re.compile(r"^\W*(?:le|la|the)\s+(?P<level>\d{1,2})\s*,?\s+(?:c['’]est|is|it['’]s)\s+(?:le|la|the)\s+"
                         r"(?:seuil|minimum|plancher|floor|bar|threshold)\b", re.IGNORECASE)


def level_named_back(ctx: TextContext, sentence: Sentence, text: str) -> str | None:
    """The text with its bare figure written as the level the sentences just before named ("Donc NCLC 7 pour tout le
    monde ?" / "Non. Le 7, c'est le plancher du PTQF"); None when it has none."""
    if (m := _BARE_FLOOR.match(text)) is None:
        return None
    named = re.compile(rf"\b(?:nclc|clb)\s*{m.group('level')}\b", re.IGNORECASE)
    if not any(named.search(s.text) for s in ctx.recent(sentence)):
        return None
    return text[: m.start("level")] + f"NCLC {m.group('level')}" + text[m.end("level") :]


def from_statement(st: Statement) -> list[Requirement]:
    text = st.text
    if st.is_table_row:
        return _table_row(st)
    if (said := level_named_back(st.ctx, st.sentence, text)) is not None:
        return _levels_in(st, said, _language_subjects(st.subjects, said))
    if not LANGUAGE_CONTEXT.found(text):
        return _ability_item(st)
    if not (st.is_rule or _levels_by_ability(st)):
        return []
    if SECOND_LANGUAGE.search(text):
        return []  # "your second official language only adds points, from CLB five up": points, no floor
    if POINTS_FOR_LEVEL.found(text):
        # a level's points are the ranking's, not a minimum; a clause of its own beside them may still state the floor
        # ("the FSWP sets its bar at CLB 7 on each test; a CLB 10 just adds ranking points")
        floors = [clause for clause in text.split(";") if not POINTS_FOR_LEVEL.found(clause) and LANGUAGE_LEVEL.search(clause)]
        if len(floors) == 1 and ";" in text:
            return _levels_in(st, floors[0], st.subjects)
        # (or a clause between commas that asks for the level of a subject it names: "une désignation provinciale ajoute
        # toujours 600 points au SCG, le NCLC 7 demeure exigé pour la catégorie francophone, …")
        # (or the one asked for in a clause naming no one, of the sentence's subject: "Pour la catégorie francophone, il
        # faut un NCLC 7 en français, mais un bon anglais rapporte des points")
        asked = [(clause, named) for clause in text.split(", ") if not POINTS_FOR_LEVEL.found(clause)
                 and LANGUAGE_LEVEL.search(clause) and REQUIREMENT_CUE.found(clause)
                 and (named := subjects_in(clause) or ([] if POINTS_WORD.search(clause) else _language_subjects(st.subjects, clause)))]
        return _levels_in(st, *asked[0]) if len(asked) == 1 else []
    return _levels_in(st, text, _language_subjects(_french_category_above(st) or st.subjects, text))


def _french_category_above(st: Statement) -> list[str]:
    """A level in French, naming no one, right after a sentence of its paragraph that names the French category alone
    ("Some rounds are kept for strong French speakers. You need NCLC 7 in French …"): that category's."""
    i = st.ctx.index(st.sentence)
    if i == 0 or not _IN_FRENCH.search(st.text) or subjects_in(st.text):
        return []
    above = st.ctx.sentences[i - 1]
    named = subjects_in(above.text)
    return named if above.line_start == st.sentence.line_start and named == ["category:french-language-proficiency"] else []


# a level said to be in French: "un NCLC 7 en français", "in a French-language test", "au TEF Canada"
_IN_FRENCH = re.compile(r"\ben\s+français\b|\bde\s+français\b|\bin\s+french\b|\bfrench[-\s]language\s+(?:test|evaluation|exam)|"
                        r"\b(?:tef|tcf)\b", re.IGNORECASE)


def _language_subjects(subjects: list[str], text: str) -> list[str]:
    """No category but the French-language one sets a language floor of its own: a level in French asked of "the
    categories", or of that category and another, is that category's ("These draws go to candidates who reach at least
    CLB 7 in French"), and a level asked of the skilled trades, not said to be the category's, is the trades program's
    ("For skilled trades, the bar is lower: CLB 5 when you speak or listen")."""
    if (subjects == ["category:*"] or "category:french-language-proficiency" in subjects) and _IN_FRENCH.search(text):
        return ["category:french-language-proficiency"]  # (also of the French category named with another one)
    if names_a_category_word(text):
        return subjects  # (a level said to be the category's own is read as told: "Pour cette catégorie, IRCC exige NCLC 6")
    return ["program:fst" if s == "category:trades" else s for s in subjects]



_NAMED_ABILITY = re.compile(_ABILITY_WORDS, re.IGNORECASE)
# the other official language, which only earns points: its level is never a program's minimum
SECOND_LANGUAGE = re.compile(r"\b(?:deuxième|seconde)\s+langue\s+officielle\b|\bsecond\s+official\s+language\b", re.IGNORECASE)


def _levels_by_ability(st: Statement) -> bool:
    """Two levels or more given to named abilities ("CLB 6 for speaking, CLB 5 for the three others"), or a line of
    its own giving one level to the abilities it names ("CLB 5 for speaking and listening", as "Speaking and listening:
    CLB 5" would): the levels a program asks, said as a slide or a note says them, unless someone's own results or
    a hypothesis."""
    text = st.text
    if _NAMED_ABILITY.search(text) is None or CASE_OR_HYPOTHESIS.found(text) or _OWN_RESULTS.search(text):
        return False
    if len(find_levels(text)) > 1:
        return True  # (the later ones may be bare: "NCLC cinq à l'oral et quatre à l'écrit")
    line = st.ctx.text[st.sentence.line_start : st.sentence.start].strip(LINE_MARKS)
    return not line and len(text) <= _LEVEL_LINE and (m := LANGUAGE_LEVEL.match(text)) is not None and \
        _FOR_ABILITIES.match(text, m.end()) is not None


_LEVEL_LINE = 80  # "NCLC 5 en expression orale et en compréhension de l'oral ;": a level and its abilities, no more
_FOR_ABILITIES = re.compile(rf"\s+(?:for|in|en|pour|à|at)\s+(?:the\s+|l['’]\s?|la\s+|le\s+)?(?:{_ABILITY_WORDS})", re.IGNORECASE)


# someone's own scores ("J'ai passé le TEF : NCLC 6 à l'oral …", "with your IELTS you'd be at CLB 7 speaking …")
_NO_FLOOR_OR_RESULT = re.compile(
    r"\s*(?:,\s*(?:ce|c['’]|it|that|this)\s*)?(?:(?:is\s+not|isn['’]t|n['’]est\s+pas|['’]s\s+not)\s+(?:a\s+|the\s+|un\s+|le\s+)?(?:minimum|required|mandatory|needed|"
    r"obligatoire|exigée?|requise?|nécessaire)|(?:obtenue?s?|atteinte?s?|obtained|achieved|scored)\b)", re.IGNORECASE)
# a level denied to be the floor: "le niveau demandé n'est pas NCLC 9", "the bar isn't CLB 9" (the right one is told apart)
_DENIED_LEVEL = re.compile(r"(?:\bn['’]est\s+pas|\bce\s+n['’]est\s+pas|\bis\s+not|\bisn['’]t|['’]s\s+not)\s+(?:le\s+|un\s+|a\s+|the\s+)?"
                           r"(?:niveau\s+|level\s+)?$", re.IGNORECASE)
# a test result someone holds, given in levels: "holds a language result equivalent to CLB 9"
# (held by someone: a label's "Language: a result worth CLB 7 or more" is the rule)
_RESULT_EQUIVALENT = re.compile(r"\b(?:has|had|holds|held|obtained|got|scored|obtenu|détient|détenait|possède|possédait|avait)\b"
                                r"[^.;:]{0,30}?\b(?:score|result|résultat|note)s?\b[^.;:]{0,40}?\b(?:equivalent\s+to|équivalente?s?\s+(?:à|au))\s+"
                                r"(?:a\s+|an\s+|un\s+|le\s+)?$", re.IGNORECASE)
_OWN_RESULTS = re.compile(r"\b(?:j['’]ai|i\s+(?:have|got|scored|had|passed)|i['’]ve|my|mon|mes|ma|your|votre|vos|tu\s+as|you['’]d)\b",
                          re.IGNORECASE)


# "Reading → 4", "Expression orale : 5": an ability and a bare level, the scale named by the item above the list
_ABILITY_ITEM = re.compile(rf"^(?P<label>[^\d|]{{3,40}}?)\s*(?::|→|➡|->|=|–|—)\s*(?P<n>\d{{1,2}})\s*[.;,]?$")


# "level 4 in writing", "niveau 4 en lecture": the level first, under a line that names the test or the scale
_LEVEL_FOR_ABILITY_ITEM = re.compile(r"^(?:level|niveau)\s+(?P<n>\d{1,2})\s+(?:for|in|en|pour|à)\s+(?P<label>[^\d|]{3,40}?)\s*[.;,]?$",
                                     re.IGNORECASE)


_LANGUAGE_OR_SCALE = AnyOf(LANGUAGE_CONTEXT, Cue(r"\blanguage\b|\blangue\b|\blinguistique\b"))


def _ability_item(st: Statement) -> list[Requirement]:
    """A list item giving one ability its bare level under a line that names the scale ("Minimum per ability (CLB):")."""
    m = _ABILITY_ITEM.match(st.text) or _LEVEL_FOR_ABILITY_ITEM.match(st.text)
    if m is None or not st.ctx.is_list_item(st.sentence) or st.is_history or POINTS_FOR_LEVEL.found(st.text):
        return []
    lead = [st.ctx.text[st.lead.line_start : st.lead.end]] if st.lead is not None else []  # (the lead-in's whole line)
    above = [*lead, *(s.text for s in st.ctx.parent_items(st.sentence))]
    abilities = _abilities(m.group("label"))
    level = int(m.group("n"))
    # (a level named as such needs only the lead-in's language test: "You will sit a language test. The results to reach:")
    about_language = LANGUAGE_CONTEXT if m.re is _ABILITY_ITEM else _LANGUAGE_OR_SCALE
    if not abilities or not 1 <= level <= 12 or not any(about_language.found(t) and not POINTS_FOR_LEVEL.found(t) for t in above):
        return []
    return [st.requirement(subject, "language_min", level, operator=">=", qualifiers=Qualifiers(ability=ability))
            for subject in st.subjects for ability in abilities]


_SOMEONES = re.compile(r"\b(?:ton|ta|tes|mon|ma|mes|votre|vos|son|sa|your|my|his|her)\s+(?:NCLC\s+|CLB\s+)?$", re.IGNORECASE)


def _levels_in(st: Statement, text: str, subjects: list[str]) -> list[Requirement]:
    """The levels a stretch of text states, overall or per ability, with a previous level when it states one."""
    # (someone's own level is not a rule: "votre 6 en lecture", "your CLB 6 in writing")
    # (nor a level said to be no floor, "CLB 10 isn't required", or denied, "the bar isn't CLB 9", or one obtained,
    # "Yanis : NCLC 6 obtenu à l'écrit", "a score equivalent to CLB 8")
    levels = [level for level in find_levels(text) if not _SOMEONES.search(text, max(0, level.start - 8), level.start)
              and not _NO_FLOOR_OR_RESULT.match(text, level.end) and not _DENIED_LEVEL.search(text, max(0, level.start - 24), level.start)
              and not _RESULT_EQUIVALENT.search(text, max(0, level.start - 70), level.start)]
    current, previous = split_previous(text, levels, st.past)
    if not current or (st.is_history and previous is None):
        return []
    per_level: list[tuple[Level, list[str | None]]] = []
    # "Speaking and listening at CLB 5, reading and writing at CLB 4": each level's abilities stand before it
    abilities_first = len(current) > 1 and _ABILITIES_THEN_LEVEL.search(text[: current[0].start]) is not None
    for i, level in enumerate(current):
        after = text[level.end : current[i + 1].start if i + 1 < len(current) else len(text)]
        before = text[current[i - 1].end if i > 0 else 0 : level.start]
        if abilities_first:
            per_level.append((level, _abilities(before) or [None]))
            continue
        all_after = ALL_ABILITIES.found(after)  # "NCLC 7 dans les 4 compétences", under any label
        found = _abilities(after) if not all_after else []
        if not found and not all_after and (len(current) > 1 or st.is_label_value) and not ALL_ABILITIES.found(before):
            found = _abilities(before)  # "Compréhension et expression orales : NCLC 5": the label names them
        if len(current) == 1 and len(found) == len(ABILITIES):
            found = []  # "CLB 7 or higher in speaking, listening, reading and writing": one level for all four
        per_level.append((level, found or [None]))
    if len(current) > 1 and all(abilities == [None] for _, abilities in per_level):
        # several levels and no ability: the one a floor names ("CLB 9 helps your score, but the minimum is CLB 7"),
        # else the first
        floor = [pair for pair in per_level if _FLOOR_BEFORE.search(text[max(0, pair[0].start - 60) : pair[0].start])]
        per_level = floor[:1] or per_level[:1]
    out = []
    for subject in subjects:
        for level, abilities in per_level:
            for ability in abilities:
                out.append(st.requirement(subject, "language_min", level.value, operator=">=",
                                          qualifiers=Qualifiers(ability=ability),  # type: ignore[arg-type]
                                          previous=previous.value if previous and len(current) == 1 else None))
    return out
