"""Every measurable statement ends as records or as an unread statement with its reason.

A sentence, list item or table row holding a quantity of a rule's kind (``quantities``) whose kind
no record read from it covers is unread. Its reason comes from the same shared cues the readers
use: the time (past only), the mood (hypothesis, example, question), the place (another
jurisdiction), the measure (a fee, a processing time), negation; else the criterion's head words
(``lexicon.heads``) and the subject decide between "no criterion", "subject unsure" and "value
unsure". A quantity that is read in one sentence and stated with another value in another is a
conflict.
"""

from __future__ import annotations

import re

from rulewatch.schemas import UnreadStatement

from .context import TextContext
from .lexicon.criteria import CRS_CONTEXT, HOURS_PER_WEEK, NOT_FUNDS, POINTS_FOR_LEVEL, SUB_FACTOR
from .lexicon.cues import (
    ARCHIVED, CASE_VERDICT, CONDITIONAL, EXAMPLE_MID, EXEMPTION, MODAL, HISTORY, NOT_A_RULE, NOT_REQUIRED, NOT_THE_RULES_LEAD, NOW, OTHER_JURISDICTION, OUTSIDE_JURISDICTION, PERSONAL_CASE, REQUIREMENT_CUE,
)
from .lexicon.heads import CRITERIA_BY_KIND, HEADS_BY_KIND
from .lexicon.lowercase import AnyOf, Cue
from .quantities import Quantity, find_quantities
from .sentences import Sentence
from .statements import CROSSED, faulted_in_itself, in_job_advert, is_question, quiz_option, taken_back, unchosen_option, under_example, under_other_jurisdiction
from .language_levels import SECOND_LANGUAGE
from .year_lines import earlier_year_line
from .subjects import resolve_subjects

_NEGATED = AnyOf(EXEMPTION, NOT_REQUIRED, Cue(r"\baucune?\b|\bno\s+(?:minimum|requirement|experience)\b|\bpas\s+(?:de|d['’])\s?(?:minimum|exigence)\b|"
                                r"\bn['’]\s?(?:exige|impose|demande)\s+(?:aucun|pas)|\b(?:does|do)\s+not\s+require\b|"
                                # "CLB 10 is not required", "le NCLC 9 n'est pas obligatoire"
                                r"\b(?:is\s+not|isn['’]t)\s+(?:a\s+|the\s+)?(?:minimum|required|mandatory)\b|"
                                r"\bn['’]est\s+pas\s+(?:un\s+|le\s+)?(?:minimum|obligatoire|exigée?|requise?)\b"))
# A quantity that measures something other than a rule: a fee or a salary, a processing time, how long a
# test result or a job offer lasts, a count of people or invitations, an age, a time ago.
_OTHER_MEASURE = AnyOf(NOT_A_RULE, NOT_FUNDS, Cue(
    r"\binvitations?\b|\binvités?\b|\binvited\b|\bprofils\b|\bdossiers\b|\bdemandes\s+reçues|\bapplications\s+received|"
    r"\bprocess(?:ed|es)?\b|\btraite(?:nt)?\b|\bvalides?\b|\byears?\s+old\b|\bâgée?s?\b|\baged?\b|"
    r"\bentre\s+\d+\s+et\s+\d+\s+ans\b|\bà\s+\d+\s+ans\b|\bbetween\s+(?:the\s+ages\s+of\s+)?\d+\s+and\s+\d+\b|"
    r"\bil\s+y\s+a\s+\S+\s+(?:mois|ans?|semaines)\b|\b(?:months|years|weeks)\s+ago\b|"
    r"\bsold\b|\bvend(?:ai)?(?:en)?t\b|\bsolde\b|\bbalance\b"))
# A language test's scores beside the levels they equal ("| NCLC 7 | 434-461 | …" under "TEF Canada").
_TEST_SCORES = Cue(r"\btef\b|\btcf\b|\bielts\b|\bcelpip\b|\bpte\b|équivalen|equivalen|correspondance|conversion")
_SCORE_RANGE = re.compile(r"\d{1,3}(?:[.,]\d)?\s*[-–]\s*\d{1,3}(?:[.,]\d)?")
# How long a job offer must last is not work experience ("l'offre doit durer un an au minimum").
_JOB_OFFER = Cue(r"\boffre\s+d['’]emploi\b|\bjob\s+offer\b|\bemploi\s+réservé\b|\barranged\s+employment\b")
# Points that score a grid's line or a bonus the rule model does not track (a sub-factor, a level's points).
_GRID_POINTS = AnyOf(POINTS_FOR_LEVEL, SUB_FACTOR, CRS_CONTEXT, Cue(r"\bpoints?\b"))
# "ces douze mois", "that same year": a quantity referring back to a rule read above is not a new statement.
_REFERENCE = Cue(r"\b(?:ces|cette|ce|cet|this|these|that|those)\s+(?:même\s+|same\s+)?$")
# An obligation or a minimum (not an award or a cap): what makes a quantity a requirement without its criterion's words.
_OBLIGATION = REQUIREMENT_CUE.cues[0]
# Kinds of quantity whose rules may be the whole system's: without a program or category named, still sure.
_SYSTEMWIDE = frozenset({"proof_of_funds", "points"})


def account(ctx: TextContext, read: dict[int, set[str]], conflicts: set[int], has_rounds: bool,
            measured: dict[int, list[Quantity]] | None = None) -> list[UnreadStatement]:
    """The unread statements of a text, given the criteria read from each sentence (by its start), the
    sentences that state another value for a rule read elsewhere on the page, and the quantities already
    found in each sentence (``measured``, by its start)."""
    out = []
    for sentence in ctx.sentences:
        quantities = measured[sentence.start] if measured is not None else find_quantities(sentence.text, ctx.language)
        if not quantities:
            continue
        covered = set().union(*(CRITERIA_BY_KIND[q.kind] for q in quantities)) & read.get(sentence.start, set())
        unread = [q for q in quantities if not (CRITERIA_BY_KIND[q.kind] & covered)]
        if not unread:
            continue
        kinds = sorted({q.kind for q in unread})
        if sentence.start in conflicts:
            reason, criteria = "conflicting-values", sorted(read.get(sentence.start, ()))
        else:
            reason, criteria = _why_unread(ctx, sentence, unread, has_rounds)
        out.append(UnreadStatement(evidence=ctx.evidence(sentence), reason=reason,  # type: ignore[arg-type]
                                   kinds=kinds, criteria=criteria))  # type: ignore[arg-type]
    return out


def _why_unread(ctx: TextContext, sentence: Sentence, unread: list[Quantity], has_rounds: bool) -> tuple[str, list[str]]:
    text = sentence.text
    lead = ctx.lead_for(sentence)
    around = "\n".join(s for s in (lead.text if lead else "", ctx.table_header(sentence) or "", text) if s)
    heading = ctx.heading_before(sentence)
    criteria = sorted({HEADS_BY_KIND[q.kind][0] for q in unread
                       if HEADS_BY_KIND[q.kind][1].found(around) or (heading and HEADS_BY_KIND[q.kind][1].found(heading.text))})
    if under_other_jurisdiction(ctx, sentence, lead) or _names_other_jurisdiction(text):
        return "other-jurisdiction", criteria
    if is_question(text) or quiz_option(ctx, sentence) or ctx.asked_without_mark(sentence):
        return "question", criteria
    if PERSONAL_CASE.found(text) or CASE_VERDICT.found(text) or CONDITIONAL.found(text) or MODAL.found(text) or EXAMPLE_MID.found(text) or \
            (lead is not None and NOT_THE_RULES_LEAD.found(lead.text)) or under_example(ctx, sentence):
        return "hypothetical", criteria
    # (a sentence telling today's value against the past, "Il faut maintenant 12 mois, contre 6 auparavant", is not
    # past only: what keeps it unread is decided below)
    if (HISTORY.found(text) and not NOW.found(text)) or earlier_year_line(ctx, sentence) or \
            ARCHIVED.found(ctx.band_above(sentence) or ""):
        return "past-only", criteria
    if _NEGATED.found(text):
        return "negated", criteria
    header = ctx.table_header(sentence) or ""
    if CROSSED.match(text) or unchosen_option(text) or ctx.ruled_false(sentence) or taken_back(text) or faulted_in_itself(text):
        return "not-a-rule", criteria  # a crossed line (a checklist's ✘, a struck-out myth), a corrected or taken-back claim
    if _OTHER_MEASURE.found(text) or NOT_FUNDS.found(header) or in_job_advert(ctx, sentence) or SECOND_LANGUAGE.search(text) or \
            all(q.kind == "hours" and _per_week(text, q) for q in unread) or \
            (_JOB_OFFER.found(text) and all(q.kind == "duration" for q in unread)):
        return "not-a-rule", criteria
    if text.startswith("|") and _SCORE_RANGE.search(text) and \
            _TEST_SCORES.found(f"{header}\n{heading.text if heading is not None else ''}\n{text}"):
        return "not-a-rule", criteria  # an equivalence table: a test's score range for each level, not a minimum
    if has_rounds and not criteria:
        return "not-a-rule", criteria  # a round page's figures: rank, score bands, counts
    scores_points = any(q.kind == "points" for q in find_quantities(around, ctx.language)) or "point" in header.lower()
    if scores_points and _GRID_POINTS.found(around) and all(q.kind in ("points", "level", "duration") for q in unread):
        return "outside-model", criteria  # "| NCLC 9 | 6 |", "Sibling in Canada: 15 points", "1 an : 9 points"
    if all(_REFERENCE.found(text[max(0, q.start - 20) : q.start]) for q in unread):
        return "narrative", criteria
    obligation = _OBLIGATION.found(around) or text.startswith("|") or ctx.is_list_item(sentence)
    if not criteria:
        return ("no-criterion" if obligation else "narrative"), criteria
    # a criterion's words and its quantity, unread: an editor should look, even without a cue of obligation
    # ("Côté langue : un NCLC 6 partout, et c'est tout")
    if not (set(criteria) & _SYSTEMWIDE) and resolve_subjects(ctx, sentence) == ["express-entry"]:
        return "subject-unsure", criteria
    return "value-unsure", criteria


def _names_other_jurisdiction(text: str) -> bool:
    return OTHER_JURISDICTION.found(text) and not OUTSIDE_JURISDICTION.found(text)


def _per_week(text: str, q: Quantity) -> bool:
    return HOURS_PER_WEEK.match(text[q.end : q.end + 20].lstrip()) is not None
