"""The stable identifiers of the rule model (../shared/design/rule-model.md).

Other tools key on these strings: never rename one without a migration note.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

CategoryId = Literal[
    "french-language-proficiency",
    # the occupations' categories (2023 onwards): care and science,
    "healthcare",
    "stem",
    # then work with the hands, on the land and in schools
    "trades",
    "transport",
    "agriculture-agri-food",
    "education",
    # the 2026 categories for work done in Canada (rule-model.md): doctors,
    "physicians-canadian-experience",
    "researchers-canadian-experience",
    # and managers
    "senior-managers-canadian-experience",
    # the 2026 category for people the Canadian Armed Forces recruit
    "military-recruits",
]
ProgramId = Literal["fsw", "fst", "cec", "pnp"]

CATEGORY_IDS: tuple[str, ...] = get_args(CategoryId)
PROGRAM_IDS: tuple[str, ...] = get_args(ProgramId)

Criterion = Literal[
    "work_experience_min",
    "work_experience_window",
    "work_hours_min",
    "language_min",
    "proof_of_funds",
    "pass_mark",
    "factor_max_points",
    "crs_points",
    "skill_levels",
    "full_time_hours_per_week",
    "paid_work_only",
    "grid_points",
]

ScopeId = Literal[
    "quebec-selected",
    "start-up-visa",
    "self-employed",
    "caregivers",
    "family-sponsorship",
    "pre-2015-applications",
]
"""Groups Express Entry does not serve (rule-model.md, "Conditions, scope and counting rules")."""
SCOPE_IDS: tuple[str, ...] = get_args(ScopeId)

Direction = Literal["higher", "lower", "fewer"]
"""What makes a rule *tighter*: a higher value, a lower value, or fewer members of a set."""


@dataclass(frozen=True)
class CriterionSpec:
    unit: str
    tightened_when: Direction
    operator: str = ">="  # how its rules are stated: a minimum, a maximum (window), an amount (points), a set


CRITERIA: dict[str, CriterionSpec] = {
    "work_experience_min": CriterionSpec("months", "higher"),
    "work_experience_window": CriterionSpec("years", "lower", "<="),
    "work_hours_min": CriterionSpec("hours", "higher"),
    "language_min": CriterionSpec("nclc", "higher"),
    "proof_of_funds": CriterionSpec("CAD", "higher"),
    "pass_mark": CriterionSpec("points", "higher"),
    "factor_max_points": CriterionSpec("points", "lower", "="),
    "crs_points": CriterionSpec("points", "lower", "="),
    "skill_levels": CriterionSpec("teer", "fewer", "in"),
    # Counting rules: the hours of a full-time week (hours above it do not count), paid work only.
    "full_time_hours_per_week": CriterionSpec("hours", "higher", "="),
    "paid_work_only": CriterionSpec("flag", "higher", "="),
    # One row of a points grid: the points a level of a factor is worth (``factor`` and ``level`` qualifiers).
    "grid_points": CriterionSpec("points", "lower", "="),
}

# Qualifiers that say *which* rule a requirement is: they belong in its key.
IDENTITY_QUALIFIERS: tuple[str, ...] = ("ability", "factor", "household_size", "level", "teer")

FACTORS: tuple[str, ...] = (
    "language",
    "education",
    "experience",
    "age",
    "arranged_employment",
    "adaptability",
    "job_offer",
    "provincial_nomination",
)

CONDITION_FIELDS: tuple[str, ...] = ("program", "job_offer.valid", "work_permit.authorised")
"""What a requirement's conditions may test: the program checked and facts of the candidate's profile."""

ChangeType = Literal["added", "removed", "tightened", "loosened", "changed"]
Authority = Literal["official", "news"]
