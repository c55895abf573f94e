"""Patterns as data: the head words of each criterion — the only criterion-specific part of finding a
measurable statement. A quantity ("12 mois", "15 760 $", "67 points") means a criterion when words
of that criterion stand in its sentence, its list's lead-in, its table's header or its heading.
"""

from __future__ import annotations

from .criteria import CRS_CONTEXT, FUNDS_CONTEXT, PASS_MARK
from .lowercase import AnyOf, Cue

EXPERIENCE_HEADS = Cue(
    r"expérience|experience|\bexp\b|\bxp\b|travail|travaill|\bworked\b|\bwork\b|\bworking\b|emploi\s+qualifié|skilled\s+(?:work|job)|"
    r"\bemploy|durée\s+d['’]emploi|exercé|pratiqué|practi[sc]ed|look[- ]back|dans\s+(?:le|ce|son|votre)\s+métier|in\s+(?:the|that|your)\s+(?:trade|occupation)"
)
LANGUAGE_HEADS = Cue(r"\bnclc\b|\bclb\b|linguisti|language|\blangues?\b|benchmark")
POINTS_HEADS = AnyOf(
    PASS_MARK, CRS_CONTEXT,
    Cue(r"grille|\bgrid\b|facteurs?\b|factors?\b|offre\s+d['’]emploi|job\s+offer|nomination|admissib|eligib|"
        r"emploi\s+réservé|arranged\s+employment|adaptabilit|\bâge\b|\bage\b|études|education|scolarité"),
)
SKILL_HEADS = Cue(r"féer|feer|teer|\bcnp\b|\bnoc\b|compétence|skill")

# What each kind of quantity can measure, and the words that say so.
HEADS_BY_KIND = {
    "duration": ("experience", EXPERIENCE_HEADS),
    "hours": ("experience", EXPERIENCE_HEADS),
    "money": ("proof_of_funds", FUNDS_CONTEXT),
    "points": ("points", POINTS_HEADS),
    "level": ("language_min", LANGUAGE_HEADS),
    "teer": ("skill_levels", SKILL_HEADS),
}
# The criteria a record of which reads a quantity of that kind.
CRITERIA_BY_KIND = {
    "duration": frozenset({"work_experience_min", "work_experience_window"}),
    "hours": frozenset({"work_hours_min", "work_experience_min"}),
    "money": frozenset({"proof_of_funds"}),
    "points": frozenset({"pass_mark", "factor_max_points", "crs_points"}),
    "level": frozenset({"language_min"}),
    "teer": frozenset({"skill_levels"}),
}
