"""Every requirement a text states: each criterion's reader over each candidate sentence.

A sentence goes only to the readers whose trigger words it contains (``lexicon.criteria.TRIGGERS``):
most sentences contain none and cost one lowercasing. One record per key: its most complete
statement on the page (body over headline, a stated previous value over none); at equal
completeness the first statement wins.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable

from rulewatch.schemas import Requirement

from . import experience, funds, language_levels, points, skills
from .answers import answer_statements, asked_question
from .changes import OLD_FIGURE_NAMED, clause_bounds, coordinated_clauses, past_amount_alone, past_number_alone, split_previous, stated_change
from .columns import OURS, cell_statements, column_subjects
from .context import TextContext, owns_a_mistake
from .set_apart import aside_statements, canadas_side, contrast_statements, item_statements, relative_statements
from .grid_lines import CONFIG_KEY, factor_lines
from .year_lines import year_line_statements
from .lexicon.categories import ENUMERABLE_CATEGORIES
from .lexicon.heads import CRITERIA_BY_KIND, HEADS_BY_KIND
from .lexicon.criteria import POINTS_REMOVED, TABLE_ROW_READERS, TRIGGERS
from .lexicon.cues import CORRECTED_FIGURE, EARLIER_VERSION, EXPRESS_ENTRY, FAULTED_IN_ITSELF, HEARSAY, HISTORY, NOT_REQUIRED, NOT_THE_RULES_LEAD, NOW, REFERS_BACK
from .lexicon.literals import contains_any
from .dates import effective_date
from .numbers import NUMBER, parse_number
from .quantities import Quantity, find_quantities, unit_kinds
from .sentences import Sentence
from .flowcharts import answered_by_branches
from .statements import (LABEL_VALUE, Statement, in_job_advert, is_question, may_state_rule, opens_on_a_past_year, quotes_the_case, quiz_option, restated_above, taken_back, under_example, was_the_old,
                         under_other_jurisdiction)
from .subjects import numbered_question, replied_question, subjects_in

Reader = Callable[[Statement], list[Requirement]]
READERS: dict[str, Reader] = {
    "experience": experience.from_statement,
    "language_min": language_levels.from_statement,
    "proof_of_funds": funds.from_statement,
    "points": points.from_statement,
    "skill_levels": skills.from_statement,
}


def readers_for(text: str, lead: str = "", grid_line: bool = False) -> list[Reader]:
    """The readers that may find something in this sentence (or a list item with its lead-in), by their trigger words;
    a line of the selection grid ("Études → 25") goes to the points reader."""
    low, row = (lead + "\n" + text).lower() if lead else text.lower(), text.startswith("|")
    return [read for name, read in READERS.items()
            if (row and name in TABLE_ROW_READERS) or (grid_line and name == "points") or contains_any(low, TRIGGERS[name])]


def extract_requirements(ctx: TextContext) -> list[Requirement]:
    return read_requirements(ctx).records


_DIGIT = re.compile(r"\d")
_PAST_THE_DENIAL = re.compile(r"\s*[:;—–]\s*|,\s+(?:but|mais)\s+")


def _after_the_denial(text: str, quantities: list[Quantity]) -> str | None:
    """What a sentence states past a denied figure, set off by a colon or a dash ("The floor was not pushed up to
    CLB 9: applicants still need CLB 7"): a figure of its own, the rule; None when nothing follows the denial."""
    m = _PAST_THE_DENIAL.search(text, quantities[0].end)
    return text[m.end() :] if m is not None and any(q.start >= m.end() for q in quantities) else None
SYSTEMWIDE = frozenset({"proof_of_funds", "crs_points"})  # the whole system's rules (rule-model.md)
SAME_FOR_EVERY_PROGRAM = frozenset({"skill_levels"})  # a rule Express Entry itself may state (TEER 0 to 3)
SEVERAL_VALUES = frozenset({"crs_points"})  # "50 or 200 points": one key, several values (rule-model.md)


@dataclass
class Reading:
    """The requirements of a text, and how each sentence was read: what the accounting of unread statements needs."""

    records: list[Requirement]
    criteria_read: dict[int, set[str]] = field(default_factory=dict)  # sentence start -> criteria read from it
    conflicts: set[int] = field(default_factory=set)  # sentences stating another value of a rule kept from elsewhere
    quantities: dict[int, list[Quantity]] = field(default_factory=dict)  # sentence start -> what it measures


def read_requirements(ctx: TextContext) -> Reading:
    best: dict[str, tuple[tuple[bool, int, bool, bool], Requirement]] = {}
    reading = Reading([])
    stated: dict[str, list[tuple[int, Requirement]]] = {}
    units = unit_kinds(ctx.text)
    grid = factor_lines(ctx)
    starts = [at for at, _ in units]
    for sentence in ctx.sentences:
        kinds = {kind for _, kind in units[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]}
        quantities = reading.quantities[sentence.start] = find_quantities(sentence.text, ctx.language, kinds)
        lead = ctx.lead_for(sentence)
        # (a claim owned as wrong may say what holds after it: "…, c'était une erreur : la période qui compte couvre …";
        # so may a sentence owning the claim above as wrong: "C'était un lapsus : il faut 67 points sur 100")
        corrected = ctx.corrected_part(sentence) if ctx.ruled_false(sentence) or ctx.opens_owning_an_error(sentence) else sentence.text
        if lead is not None and NOT_THE_RULES_LEAD.found(lead.text) or corrected is None or under_example(ctx, sentence) or quiz_option(ctx, sentence) or \
                quotes_the_case(ctx, sentence) or ctx.asked_without_mark(sentence):
            continue  # what someone was told ("A consultant told me I need:" over "- CLB 6") or has is not the rule
        if quantities and corrected is sentence.text and \
                NOT_REQUIRED.found(sentence.text[clause_bounds(sentence.text, quantities[0].start)[0] : quantities[0].start]):
            # "Non, le PTMSF n'exige pas NCLC 7": what a program does not ask; the figure a change did not go to
            if (corrected := _after_the_denial(sentence.text, quantities)) is None:
                continue
        # a requirement is a quantity, or a number that takes its unit from its table's header ("| Âge | 12 |" under
        # "| Facteur | Points |") or its list's lead-in ("Montants en dollars canadiens : - Couple : 19 100"); only
        # points stated gone have none ("l'offre ne rapporte plus aucun point")
        unit_given = (sentence.text.startswith("|") or lead is not None) and _DIGIT.search(sentence.text)
        # (or the sentence before on its line, which named the currency: "… comptez 19 001 dollars. À trois, 23 360.")
        money_before = _money_before(ctx, sentence, reading) if not quantities and (
            _DIGIT.search(sentence.text) or funds.THOUSAND_WORD.search(sentence.text)) else None
        unit_given = unit_given or money_before is not None
        # the points reader's own forms, asked once: a grid's line ("Âge → 12" among the grid's other factors), a bonus
        # written with its sign ("A nomination: +600"), a cap said without its unit ("Schooling can give you up to 25")
        to_points = sentence.start in grid or bool(points.plus_points(sentence.text)) or points.may_cap_factor(sentence.text) or \
            bool(points.worth_of_a_factor(sentence.text))
        said = _words_of_key(sentence.text)  # (a configuration's "fsw_pass_mark = 67" says "fsw pass mark = 67")
        if not quantities and not unit_given and not to_points and not POINTS_REMOVED.found(sentence.text) and \
                not points.factor_maxima(sentence.text, ctx.language) and not points.unitless_scores(sentence.text) and \
                not points.FIGURE_THEN_POINTS.match(sentence.text) and not points.mark_then_figure(said) and \
                not language_levels.level_named_back(ctx, sentence, sentence.text):
            continue  # ("age (max twelve), education (max 25) …" and "67 on the hundred-point grid" hold no quantity's unit)
        # (a table's rows take their unit from its header and from the sentence that leads into it)
        # (a lead-in's whole line: "You will sit a language test. The results to reach:" names what its items measure)
        context = ctx.text[lead.line_start : lead.end] if lead else (ctx.table_header(sentence) or "") + ctx.above_table(sentence)
        if money_before is not None:  # (the line so far names the money, or the question the reply answers)
            context = f"{context}\n{ctx.text[sentence.line_start : sentence.start]}\n{money_before.text}"
            if is_question(money_before.text):  # (and what it goes on from: "Two people: …" / "What about three people?")
                context = "\n".join([context, *(s.text for s in ctx.recent(money_before, 2))])
        if parents := ctx.parent_items(sentence):  # "Expérience" over "- 12 mois minimum": what the item measures
            context = "\n".join([context, *(parent.text for parent in parents)])
        if LABEL_VALUE.match(sentence.text) and (heading := ctx.heading_before(sentence)) is not None:
            context = f"{context}\n{heading.text}"  # "Minimum : 12 months" under "Work experience for category draws"
        if (ctx.has(sentence, REFERS_BACK) or restated_above(ctx, sentence) or ctx.corrects_the_claim(sentence)) and \
                (before := ctx.antecedent(sentence)) is not None:
            # "… et ds les 3 dern. années" goes on from the message above; "they must …" from what the lines above name;
            # "work ≥ 1 yr → i.e. 1,560 h" restates the figure on its left in other units
            context = "\n".join([context, before.text, *(s.text for s in ctx.recent(sentence))])
            if (asked := replied_question(ctx, sentence)) is not None:
                context = f"{context}\n{asked.text}"  # ("Non, ça a bougé. Cette année, c'est douze mois au minimum"
                # answers "… qu'il faut six mois d'expérience, c'est bien ça ?": what the figure measures is the question's)
        if (asked := asked_question(ctx, sentence)) is not None:
            context = f"{context}\n{asked.text}"  # "Worth how much?" over "600 points.": what the figure is of
        if (numbered := numbered_question(ctx, sentence)) is not None:
            context = f"{context}\n{numbered}"  # a key's "Q4 - (b) $19,001 for two." answers "Q4. What must … show in funds?"
        if (claim := ctx.claim_denied(sentence)) is not None:
            context = f"{context}\n{claim.text}"  # what the claim it denies measured
        if not (readers := readers_for(said, context, to_points)) or in_job_advert(ctx, sentence):
            continue
        if corrected is not sentence.text:
            if not may_state_rule(corrected):
                continue
            statements = [Statement.part(ctx, sentence, lead, corrected)]
        elif may_state_rule(sentence.text):
            statements = _statements(ctx, sentence, lead)
        elif not (statements := _rule_cells(ctx, sentence, lead) or _rule_clauses(ctx, sentence, lead)
                  or _branch_question(ctx, sentence, lead)):
            continue
        body = not ctx.is_heading(sentence)
        section_year = ctx.section_year(sentence) or 0
        # a program's or a category's rule with no program or category named anywhere above it is not filed
        # under the whole system: its statement stays unread ("subject-unsure")
        # a province's own criteria for its nominee program are not Express Entry's (only the 600 CRS points are)
        system_named = EXPRESS_ENTRY.found(sentence.text)  # "Express Entry takes jobs in TEER 0 to 3"
        records = [record for st in statements  # a part of the sentence has its own readers
                   for read in (readers if st.text is sentence.text else readers_for(st.text, context)) for record in read(st)
                   if (record.subject != "express-entry" or record.criterion in SYSTEMWIDE or
                       (system_named and record.criterion in SAME_FOR_EVERY_PROGRAM))
                   and record.subject != "program:pnp"]
        # (a table setting the federal system beside a province's, under a heading about the province: its federal
        # column is ours)
        if records and under_other_jurisdiction(ctx, sentence, lead) and not (
                sentence.text.startswith("|") and OURS in (column_subjects(ctx, sentence) or ())):
            # (a nomination's 600 CRS points are Express Entry's, told in a province's section too)
            records = [r for r in records if r.criterion == "crs_points" and r.qualifiers.factor == "provincial_nomination"]
            if not records:
                continue
        records, told_past = _with_past_values(ctx, sentence, records)
        records = _with_date_after(ctx, sentence, records)
        # (a statement giving a figure as the corrected one over the figure it corrects: "Chiffre rectifié : 15 263 $"
        # in a thread below a table with a typo; then one said to hold since this year over one that is not: a
        # thread's claim of six months put right by a later reply, "from this year it is a full year")
        corrected = bool(records) and (CORRECTED_FIGURE.found(sentence.text) or ctx.puts_a_figure_right(sentence)
                                       or _after_an_owned_mistake(ctx, sentence))
        this_year = bool(records) and _THIS_YEAR.search(sentence.text) is not None
        for start, criterion in told_past:  # the sentence telling a rule's past is accounted for by that rule
            reading.criteria_read.setdefault(start, set()).add(criterion)
        for record in records:
            reading.criteria_read.setdefault(sentence.start, set()).add(record.criterion)
            if record.qualifiers.teer:  # (the TEER group a level is for, "| TEER 0 or 1 | 7 |", is read with it)
                reading.criteria_read[sentence.start].add("skill_levels")
            key = record.key  # computed from the qualifiers each time it is asked
            stated.setdefault(key, []).append((sentence.start, record))
            # the rule's stated end over a statement of it on the same page (a notice that today's points will stop
            # being awarded), then a statement with its previous value over one without
            # (on a page dated section by section, the latest section first)
            # (a rule taking effect after the page's date is the new one: "à compter du 16 novembre 2022, … FÉER 0 à 3"
            # in a notice that also states today's rule)
            coming = record.effective_from is not None and ctx.published is not None and record.effective_from > ctx.published
            score = (body, section_year, coming, record.stated_change == "removed", corrected,
                     record.previous_value is not None, this_year)
            if key not in best or score > best[key][0]:
                if key in best and corrected and record.previous_value is None:
                    record = _with_history_of(record, best[key][1])  # the corrected row's old value is still the old one
                best[key] = (score, _completed_by(record, best[key][1]) if key in best else record)
            else:
                best[key] = (best[key][0], _completed_by(best[key][1], record))
    reading.records = _latest_sections(ctx, _headlines_told_below(ctx, _one_level_for_all_abilities([record for _, record in best.values()])))
    for key, statements in stated.items():
        kept = best[key][1]
        reading.conflicts.update(start for start, record in statements
                                 if not _same_rule(record, kept) and start != kept.evidence.start)
    return reading


def _completed_by(record: Requirement, other: Requirement) -> Requirement:
    """A rule stated twice with the same value takes the date of effect or the old value only the other statement
    gives ("Starting with invitation rounds on March 4, 2026, … at least 12 months" and "… went from 6 months to 12
    months")."""
    if other.value != record.value:
        return record
    update: dict[str, object] = {}
    if record.effective_from is None and other.effective_from is not None:
        update["effective_from"] = other.effective_from
    if record.previous_value is None and other.previous_value is not None:
        update.update(previous_value=other.previous_value, stated_change=other.stated_change)
    return record.model_copy(update=update) if update else record


# a table cell holding only a quotation of a few words or more
# (words one space-run apart, each run matched one way only: a long unquoted cell is refused at once)
_QUOTED_CELL = re.compile(r"(?<=\|)(\s*[«“\"]\s*[^|«»“”\"\s]*(?:\s+[^|«»“”\"\s]+){3,}\s*[»”\"][.!]?\s*)(?=\|)")


def _blank(cell: re.Match[str]) -> str:
    return " " * len(cell.group(1))


_CONFIG_LINE = re.compile(rf"\s*{CONFIG_KEY.pattern}\s*[:=]")


def _words_of_key(text: str) -> str:
    """A configuration line's key as words ("fsw_pass_mark = 67" -> "fsw pass mark = 67"); any other text itself."""
    return text.replace("_", " ") if _CONFIG_LINE.match(text) else text


def _statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement]:
    """What a sentence states, in parts when its form says so: a table row cell by cell, an aside for the program it
    sets apart, a line labelled by year against the other years, a figure in parentheses after one item of an
    enumeration, each clause of a contrast between two subjects; else the sentence whole."""
    if cells := cell_statements(ctx, sentence, lead):
        return cells
    if (words := _words_of_key(sentence.text)) is not sentence.text and sentence.start not in factor_lines(ctx):
        # a configuration's key ("fsw_pass_mark = 67", "crs_provincial_nomination = 600"): its words, one space apart,
        # the subject its key names
        return [Statement.part(ctx, sentence, lead, words, subjects=subjects_in(words) or None)]
    if sentence.text.startswith("|") and (said := _QUOTED_CELL.sub(_blank, sentence.text)) != sentence.text:
        # "| Arranged employment | No extra points since 25 March 2025 | "Pay for an LMIA and collect 50 points." |": a
        # cell in quotes is what someone says, set beside the rule; the row is read without it
        return [Statement.part(ctx, sentence, lead, said)]
    if (parts := aside_statements(ctx, sentence, lead)) is not None:
        return parts
    if (parts := year_line_statements(ctx, sentence, lead)) is not None:
        return parts
    if (parts := item_statements(ctx, sentence, lead)) is not None:
        return parts
    if (parts := relative_statements(ctx, sentence, lead)) is not None:
        return parts
    if (parts := answer_statements(ctx, sentence, lead)) is not None:
        return parts
    if (parts := canadas_side(ctx, sentence, lead)) is not None:
        return parts
    if (parts := contrast_statements(ctx, sentence, lead)) is not None:
        return parts
    return [Statement(ctx, sentence, lead)]


HEADLINE_REACH = 3  # sentences under a heading where the rule it announces is told


def _headlines_told_below(ctx: TextContext, records: list[Requirement]) -> list[Requirement]:
    """A heading naming no one whose figure the first sentences under it give to another subject ("Twelve months of
    experience from now on" over "… in a category-based round, … at least 12 months …"): the heading only announces
    the rule, whose subject the sentence below gives."""
    def rule(record: Requirement) -> tuple[str, str, str]:
        # (the key's qualifiers only: the window the sentence below adds to the heading's year is not another rule)
        return record.criterion, record.qualifiers.identity(), repr(record.value)

    told: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
    for record in records:
        if (sentence := ctx.sentence_at(record.evidence.start)) is not None:
            told.setdefault(rule(record), []).append((ctx.index(sentence), record.subject))
    kept = []
    for record in records:
        sentence = ctx.sentence_at(record.evidence.start)
        if sentence is not None and ctx.is_heading(sentence) and not subjects_in(sentence.text) and any(
                0 < at - ctx.index(sentence) <= HEADLINE_REACH and subject != record.subject for at, subject in told[rule(record)]):
            continue
        kept.append(record)
    return kept


def _latest_sections(ctx: TextContext, records: list[Requirement]) -> list[Requirement]:
    """On a page dated section by section (a timeline, a changelog), a criterion stated under a later date makes
    what an earlier section said of it history ("Juin 2023 — … il faut à ce moment six mois" under "Février
    2026 — … douze mois"); a criterion stated in one section only stays, whatever its date."""
    years = {id(r): ctx.section_year(s) for r in records if (s := ctx.sentence_at(r.evidence.start)) is not None}
    if not any(years.values()):
        return records
    newest: dict[str, int] = {}
    for r in records:
        if year := years.get(id(r)):
            newest[r.criterion] = max(year, newest.get(r.criterion, year))
    return [r for r in records if not (year := years.get(id(r))) or year >= newest[r.criterion]]


def _rule_cells(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement]:
    """The cells of a table row read one by one that state a rule on their own, when the row as a whole does not
    ("| Language | CLB 7 | same | results valid two years |": the notes' validity is not the rule's)."""
    if not sentence.text.startswith("|"):
        return []
    return [st for st in _statements(ctx, sentence, lead) if st.text is not sentence.text and may_state_rule(st.text)]


_CLAUSE_BREAK = re.compile(r";\s+")
_BUT = re.compile(r",\s+(?:mais|but)\s+", re.IGNORECASE)
_WORTH_CLAUSE = re.compile(r"\b(?P<part>(?:a|an|the|une?|la|le)\s+[^,;.:]{3,50}?,\s+(?:which|qui)\s+"
                           r"(?:adds|gives|brings|earns|is\s+worth|ajoute|donne|rapporte|vaut)\b[^,;]*?\b(?:points?|pts)\b)", re.IGNORECASE)


def _rule_clauses(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement]:
    """The clauses of a sentence joined by ";" (or by "and" with a subject of their own) that state a rule on their
    own, when the sentence as a whole does not ("A family of four has to show $28,362; Mr. B. has saved $20,000 so
    far": the reader's case is the second; "Ontario may suit you better, and the nomination brings 600 points": the
    advice is the first)."""
    clauses = _CLAUSE_BREAK.split(sentence.text)
    if len(clauses) < 2 and (but := _BUT.search(sentence.text)) is not None and HEARSAY.found(sentence.text[: but.start()]):
        # what is said around, then the rule: "Un client m'a dit qu'il fallait 60 points, mais le PTQF demande 67"
        clauses = [sentence.text[but.end() :]]
    elif len(clauses) < 2:
        if len(joined := coordinated_clauses(sentence.text)) < 2:
            # (a factor's worth said in a relative clause of someone's case: "With 455 you'd probably need help from a
            # province: a nomination, which adds 600 points")
            clauses = [m.group("part") for m in _WORTH_CLAUSE.finditer(sentence.text)]
        else:
            clauses = joined[1:]  # (the first part is what kept the sentence from stating a rule)
    return [Statement.part(ctx, sentence, lead, clause) for clause in clauses
            if find_quantities(clause, ctx.language) and may_state_rule(clause)]


def _with_history_of(record: Requirement, corrected: Requirement) -> Requirement:
    """A corrected figure with the previous value and the date of effect of the statement it corrects."""
    return record.model_copy(update={"previous_value": corrected.previous_value,
                                     "effective_from": record.effective_from or corrected.effective_from})


# (or told as today's against what was: "Six months used to do. The floor is now a year.", "c'est désormais 12 mois")
_THIS_YEAR = re.compile(r"\b(?:since|as\s+of|from)\s+this\s+year\b|\bdepuis\s+cette\s+année\b|\bdès\s+cette\s+année\b|"
                        r"\b(?:is|are)\s+now\b|\b(?:est|sont)\s+(?:désormais|maintenant)\b|\bc['’]est\s+(?:désormais|maintenant)\b",
                        re.IGNORECASE)


# the sentence after a rule naming it back with its date: "These rules take effect on April 15, 2026."
_THESE_RULES = re.compile(r"\b(?:these|this|the\s+(?:new|updated|revised)|ces|cette|ce|cet|les\s+nouvelles?|la\s+nouvelle|le\s+nouveau)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:requirements?|rules?|changes?|minimums?|thresholds?|conditions?|exigences?|règles?|changements?|"
                          r"mesures?|critères?|seuils?|montants?|amounts?)\b|"
                          # ("The change takes effect for draws from March 1", "Le changement s'applique …")
                          r"^\W*(?:the|le)\s+(?:change|rule|requirement|changement|règle)\s+(?:applies|apply|takes\s+effect|s['’]applique)\b|"
                          # or opening on its coming into force, the rule its subject: "Applies to draws held from …"
                          r"^\s*(?:(?:it|this|that|ça|cela|rule|règle|change|changement)\s+)?(?:applies|applicable|in\s+effect|effective|takes\s+effect|"
                          r"s['’]applique|en\s+vigueur|entre\s+en\s+vigueur)\b", re.IGNORECASE)


def _with_date_after(ctx: TextContext, sentence: Sentence, records: list[Requirement]) -> list[Requirement]:
    """Records without a date of effect take the one a sentence just after gives when it names them back and states
    nothing measurable of its own ("… au moins 12 mois … Cette exigence s'applique dès le 15 avril 2026.")."""
    if not records or all(r.effective_from is not None for r in records):
        return records
    i = ctx.index(sentence)
    # (a table's rows: the line right under the table, "Ces exigences s'appliquent aux rondes … à compter du …")
    k = _line_under_table(ctx, i) if sentence.text.startswith("|") else None
    # (or the first line of a note box under it, past the box's title: "Good to know" / "These amounts apply since …")
    box_title = k is not None and ctx.is_heading(ctx.sentences[k]) and k + 1 < len(ctx.sentences)
    under = [k + 1] if box_title else [k] if k is not None and k > i + 1 else []
    for j in [*range(i + 1, min(i + 1 + DATE_REACH, len(ctx.sentences))), *under]:
        after = ctx.sentences[j].text
        if ctx.is_heading(ctx.sentences[j]) and j not in under:
            if box_title and j == k:
                continue
            return records
        if not _THESE_RULES.search(after) or find_quantities(after, ctx.language) or \
                (day := effective_date(after, ctx.published)) is None:
            continue
        # (further on, the date is for the rules whose criterion it names: "La nouvelle exigence d'expérience
        # s'applique aux rondes organisées dès le 1er avril 2026.")
        # (the line under a table names back all its rows)
        return [r if r.effective_from is not None or (j > i + 1 and j not in under and not _names_criterion(after, r.criterion))
                else r.model_copy(update={"effective_from": day}) for r in records]
    return records


DATE_REACH = 3  # sentences after a rule, short of a heading, where a sentence naming it back may give its date


def _names_criterion(text: str, criterion: str) -> bool:
    return any(criterion in criteria and HEADS_BY_KIND[kind][1].found(text) for kind, criteria in CRITERIA_BY_KIND.items())


def _branch_question(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement]:
    """A decision tree's question, its condition read as stated ("Do you have at least 12 months …? YES → …")."""
    if not answered_by_branches(ctx, sentence):
        return []
    stated = sentence.text.rstrip()[:-1] + "."
    return [Statement.part(ctx, sentence, lead, stated)] if may_state_rule(stated) else []


_STILL = re.compile(r"\b(?:still|toujours|encore|remains?|demeure)\b", re.IGNORECASE)


_PART_END = re.compile(r"[,.;:()!?]|$")
_NUMBER = re.compile(NUMBER, re.IGNORECASE)


def _held(value: object, figures: set[float]) -> bool:
    """The value is among the figures (every level of a list of them: "still TEER 0, 1, 2 or 3")."""
    return set(value) <= figures if isinstance(value, list) else value in figures


def _figures_in(text: str, language: str) -> set[float]:
    """The values of the numbers written in ``text``, in digits or words."""
    return {value for m in _NUMBER.finditer(text) if (value := parse_number(m.group(0), language)) is not None}


_PAST_UNDER_LIST = 3  # sentences of the paragraph under a list asked for its items' past values
SHORT_PAST = 60  # a line telling the rule above as it was, in a few words: "Avant c'était 6 mois d'affilée 😅"


def _money_before(ctx: TextContext, sentence: Sentence, reading: Reading) -> Sentence | None:
    """The sentence right before on the same line, when it holds an amount in a currency or was read as funds (its
    quantities and readings are known by now); or the question about the funds a bare reply answers
    (``funds.funds_question_above``)."""
    i = ctx.index(sentence)
    before = ctx.sentences[i - 1] if i > 0 else None
    if before is not None and before.line_start == sentence.line_start and (
            any(q.kind == "money" for q in reading.quantities.get(before.start, ()))
            or "proof_of_funds" in reading.criteria_read.get(before.start, ())):
        return before
    if (above := funds.amount_line_above(ctx, sentence)) is not None:
        return above  # (a chat's next message going on to the next household: "plus 4,112 per extra person")
    if not funds.GROUPED.search(sentence.text) and not funds.THOUSAND_WORD.search(sentence.text):
        return None  # (an amount's own figure, never a footer's "2 sem · 5 J'aime")
    return funds.funds_question_above(ctx, sentence)


def _with_past_values(ctx: TextContext, sentence: Sentence,
                      records: list[Requirement]) -> tuple[list[Requirement], list[tuple[int, str]]]:
    """A rule's previous value stated in the sentence just before or after it (or the one after that, in its
    paragraph), in the past or named as the old figure ("Avant 2022, on exigeait le type 0 ou les niveaux A et B",
    "Until May the minimum was six months"): read as the rule it was, it gives the current record its previous value.
    Also where each previous value was told (its sentence's start, the rule's criterion)."""
    open_records = [r for r in records if r.previous_value is None and r.stated_change != "removed"]
    if still := _STILL.search(sentence.text):
        # ("The window is still three years": the sentence before told another rule's past; only the figures of the
        # words "still" opens are the same as before: "… now a full year, still within the last five years")
        held = _figures_in(sentence.text[still.end() : _PART_END.search(sentence.text, still.end()).start()], ctx.language)
        open_records = [r for r in open_records if held and not _held(r.value, held)]
    if not open_records:
        return records, []
    i = ctx.index(sentence)
    past: dict[tuple[str, str, str], tuple[object, int, str]] = {}
    # (an item's past may be told in the paragraph under its list: "- 12 months of work …" / "Before May, six were enough.")
    # (there, only a sentence telling the past alone: "From May, 6 years instead of 5 before" states a rule of its own)
    # (the line under the list may be two sentences on: "- avoir au moins 12 mois …" / "- avoir acquis cette expérience …" /
    # "Jusqu'à la fin de 2025, on exigeait au moins 6 mois …")
    under = {ctx.index(s) for s in ctx.paragraph_under_list(sentence, _PAST_UNDER_LIST)} - {i + 1, i - 1}
    # (a row's past may be told in the line under its table: "… the 2024 figure of … for a single applicant no longer
    # applies.")
    if sentence.text.startswith("|") and (below := _line_under_table(ctx, i)) is not None and below not in (i + 1, i + 2):
        under.add(below)
    for j in (i + 1, i + 2, i - 1, *sorted(under - {i + 2})):
        if j in under and not (_tells_past_alone(ctx, ctx.sentences[j]) or _OLD_TABLE.search(ctx.sentences[j].text)):
            continue
        if j == i + 2 and j not in under and not (j < len(ctx.sentences) and ctx.sentences[j].line_start == sentence.line_start):
            continue  # (two sentences on, in the same paragraph: "… 12 months … The months may be apart. This replaces
            # the old minimum of 6 months.")
        # (not a heading, unless it is the line below telling the past with its figure: "Avant c'était 6 mois 😅")
        if not 0 <= j < len(ctx.sentences) or ctx.is_heading(ctx.sentences[j]) and not (
                j == i + 1 and ctx.sentence_has(j, HISTORY) and _DIGIT.search(ctx.sentences[j].text)):
            continue
        neighbour = ctx.sentences[j]
        if taken_back(neighbour.text) or EARLIER_VERSION.found(neighbour.text) or FAULTED_IN_ITSELF.found(neighbour.text) or \
                ctx.ruled_false(neighbour):
            continue  # a claim its own writer calls wrong ("j'ai écrit qu'il fallait NCLC 6, c'était une erreur"), an
            # erratum's ("une version précédente de ce résumé mentionnait trois ans"), one faulted in its own sentence
            # ("… qu'il fallait deux ans d'expérience ; vérification faite, c'est faux") or by the next ("Erratum — La
            # version imprimée … mentionnait que trois ans de travail étaient exigés. L'information était erronée"): no past
        if j == i - 1 and ctx.corrects_the_claim(sentence):
            # (the claim a correction puts right was wrong, not the rule's past; unless the correction calls it the old
            # rule: "… only six months." / "@sam that was the 2024 rule." / the rule: the claim told the rule's past)
            if not was_the_old(neighbour.text) or (claim := ctx.claim_corrected(sentence)) is None:
                continue
            neighbour = claim
        elif j == i - 1 and j > 0 and was_the_old(neighbour.text) and not ctx.is_heading(ctx.sentences[j - 1]):
            neighbour = ctx.sentences[j - 1]  # "I said $18,288 for two." / "That was the old figure." / the rule
        elif not (ctx.sentence_has(j, HISTORY) or _only_old_values(ctx, neighbour) or opens_on_a_past_year(ctx, neighbour.text) or
                  _OLD_TABLE.search(neighbour.text) or
                  (j == i - 1 and past_amount_alone(neighbour.text, ctx.language) is not None)) or not may_state_rule(neighbour.text):
            continue  # (a figure called the old one, "$14,690 was last year's figure.", tells the past without its tense)
        lead = ctx.lead_in(neighbour) if neighbour.start > neighbour.line_start else None
        attempts = [(lead, readers_for(neighbour.text, lead.text if lead else ""))]
        if neighbour.line_start == sentence.line_start or j == i + 1 and len(neighbour.text) <= SHORT_PAST:
            # "… 12 mois dans la profession 👉 l'an passé c'était 6 mois": the rest of the line tells its past; so does
            # a short line right below ("Avant c'était 6 mois d'affilée 😅"): read with the rule's sentence when it names
            # no criterion of its own, or names it too loosely to be read alone ("The old six-month rule no longer applies")
            # (the label line over a rule's line names what it measures: "Expérience pour les catégories :")
            lead = label if sentence.start == sentence.line_start and (label := ctx.lead_for(sentence)) else sentence
            attempts.append((lead, readers_for(neighbour.text, f"{lead.text}\n{sentence.text}")))
        known = len(past)
        for lead, readers in attempts:
            st = Statement(ctx, neighbour, lead, past=True)
            for read in readers:
                for old in read(st):
                    # (a past sentence's "no longer" is not a value the rule had; the figure it says is gone is: "The
                    # former 6-month bar is gone." after "… now 12 months"; so is the old figure of a neighbour that
                    # tells the change again: "Half a year was enough then; the one-year bar holds from May")
                    if (value := old.previous_value if old.stated_change == "removed" or old.previous_value is not None
                            else old.value) is None:
                        continue
                    past.setdefault((old.subject, old.criterion, old.qualifiers.identity()), (value, neighbour.start, old.unit))
            if len(past) > known:
                break
        if len(past) == known and j == i + 1 and (bare := past_number_alone(neighbour.text, ctx.language)) is not None:
            # "Avant cela, il en fallait six.", "Before that, it was six.": the number alone, of the rule just stated
            first = open_records[0]
            value = int(bare) if bare.is_integer() else bare
            past.setdefault((first.subject, first.criterion, first.qualifiers.identity()), (value, neighbour.start, first.unit))
        elif len(past) == known and j == i - 1 and (amount := past_amount_alone(neighbour.text, ctx.language)) is not None and \
                len(funds := [r for r in open_records if r.criterion == "proof_of_funds"]) == 1:
            # "$14,690 was last year's figure." before "Since July 2025 one person needs $15,263": the amount's past
            past.setdefault((funds[0].subject, funds[0].criterion, funds[0].qualifiers.identity()),
                            (int(amount), neighbour.start, funds[0].unit))
    out, told = [], []
    for r in records:
        same = (r.criterion, r.qualifiers.identity())
        # its past; for a rule of every category, else the one past told of this criterion under one category, where
        # the page's topic put the neighbour ("As with every category, French speakers now need a year. The former
        # requirement of 6 months is gone." on a page about the French category)
        only = [told for (subject, *key), told in past.items() if tuple(key) == same and subject.startswith("category:")] \
            if r.subject == "category:*" else []
        # (and a category that was there before takes the past told of every category's: "… 12 months in a transport
        # job. Half a year was enough for every category until 2025")
        value, at, unit = past.get((r.subject, *same)) or past.get(("express-entry", *same)) or \
            (r.subject.removeprefix("category:") in ENUMERABLE_CATEGORIES and past.get(("category:*", *same))) or \
            (only[0] if len(only) == 1 else (None, 0, None))
        if r in open_records and value is not None and value != r.value and unit == r.unit:
            r = r.model_copy(update={"previous_value": value, "stated_change": stated_change(r.value, value)})
            told.append((at, r.criterion))
        out.append(r)
    return out, told


def _after_an_owned_mistake(ctx: TextContext, sentence: Sentence) -> bool:
    """The sentence goes on, in its line, from the speaker owning a mistake in words alone ("Sorry, my mistake. Language
    is the biggest, with up to 28 points. Schooling gets at most 25 points."): what it says puts right the figure said
    before."""
    i = ctx.index(sentence)
    return any(ctx.sentences[j].line_start == sentence.line_start and owns_a_mistake(ctx.sentences[j].text) is not None
               and not _DIGIT.search(ctx.sentences[j].text) for j in range(max(0, i - OWNED_MISTAKE_REACH), i))


OWNED_MISTAKE_REACH = 3  # sentences of a line before a figure where the speaker may have owned a mistake


def _line_under_table(ctx: TextContext, i: int) -> int | None:
    """The index of the sentence right under the table that row ``i`` is in, or None at the page's end (found once per
    table: a long table's rows each ask)."""
    def below() -> int | None:
        return next((k for k in range(i + 1, len(ctx.sentences)) if not ctx.sentences[k].text.startswith("|")), None)
    return ctx.remembered(("line_under_table", ctx.table_top(ctx.sentences[i])), below)


# a line naming the old table or figure it gives: "… the 2024 figure of … for a single applicant no longer applies"
_OLD_TABLE = re.compile(OLD_FIGURE_NAMED, re.IGNORECASE)


# the words without one of which ``PREVIOUS_BEFORE`` / ``PREVIOUS_AFTER`` cannot call a figure old
_OLD_WORDS = ("old", "former", "previous", "earlier", "ancien", "précédent", "contre", "au lieu", "instead", "from", "rather",
              "auparavant", "plutôt", "plus", "longer", "was", "were", "étai", "used to", "until", "jusqu", "avant", "before",
              "last year", "dernier", "double", "twice", "half", "moitié", "(", "suffisai", "enough", "exigé", "required",
              "needed", "demandé", "requis")


def _tells_past_alone(ctx: TextContext, sentence: Sentence) -> bool:
    """Every figure is an old one, or the sentence is in the past with no word or date of today's rule."""
    return _only_old_values(ctx, sentence) or (ctx.has(sentence, HISTORY) and not NOW.found(sentence.text)
                                               and effective_date(sentence.text, ctx.published) is None)


def _only_old_values(ctx: TextContext, sentence: Sentence) -> bool:
    """Every figure of the sentence is named as the old one ("We no longer use the old threshold of 6 months",
    "Cette règle remplace l'ancienne exigence de six mois"): it tells the past of the rule beside it. (Asked only of a
    sentence with a word that may call a figure old: many neighbours of a rule have none, and reading them costs.)"""
    if not contains_any(sentence.text.lower(), _OLD_WORDS):
        return False
    quantities = find_quantities(sentence.text, ctx.language)
    return bool(quantities) and split_previous(sentence.text, quantities)[0] == []


def _one_level_for_all_abilities(records: list[Requirement]) -> list[Requirement]:
    """The same level for each of the four abilities ("| Speaking | CLB 7 |" … "| Writing | CLB 7 |") is one rule
    for all four, as "CLB 7 in every ability" is."""
    by_subject: dict[tuple[str, int | float | list], list[Requirement]] = {}
    for r in records:
        if r.criterion == "language_min" and r.qualifiers.ability is not None:
            by_subject.setdefault((r.subject, str(r.value)), []).append(r)
    merged = {id(r) for group in by_subject.values() if len({g.qualifiers.ability for g in group}) == 4 for r in group}
    if not merged:
        return records
    out, done = [], set()
    for r in records:
        if id(r) not in merged:
            out.append(r)
        elif (r.subject, str(r.value)) not in done and not any(
                o.criterion == "language_min" and o.subject == r.subject and o.qualifiers.ability is None for o in records):
            done.add((r.subject, str(r.value)))
            out.append(r.model_copy(update={"qualifiers": r.qualifiers.model_copy(update={"ability": None})}))
    return out


def _same_rule(a: Requirement, b: Requirement) -> bool:
    """Two statements of one key agree: the same value, or one states the other's value as before."""
    return a.value == b.value or a.previous_value == b.value or b.previous_value == a.value or \
        "removed" in (a.stated_change, b.stated_change) or a.criterion in SEVERAL_VALUES
