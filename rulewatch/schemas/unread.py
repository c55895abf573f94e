"""Unread statements: what a page states measurably that the extractors did not turn into records.

Every sentence, list item or table row holding a quantity of a rule's kind (months, hours, dollars,
points, NCLC/CLB levels, TEER levels) ends either as records or as one of these, with the reason
it was not read. Reasons in ``EDITOR_REASONS`` ask a person to read it; the others say why the
statement is not tonight's rule (a hypothesis, the past, a fee…), so that no miss is silent.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from .evidence import Evidence

UnreadReason = Literal[
    # a person should read it
    "no-criterion",        # a quantity stated as a requirement, but of no criterion the rule model knows
    "subject-unsure",      # a criterion and a value, but not whom it applies to
    "value-unsure",        # a criterion's words and a quantity, but no value read from them
    "conflicting-values",  # the page states another value for the same rule elsewhere
    # not tonight's rule, and why
    "hypothetical",        # "si vous aviez…", "could", a candidate's example
    "question",            # "Faut-il 12 mois ?"
    "past-only",           # "en 2023, il fallait 6 mois" with no current value
    "other-jurisdiction",  # Québec, another country
    "not-a-rule",          # a fee, salary, processing time, validity period, age, count, time ago
    "outside-model",       # points of a grid row or bonus the rule model does not track ("Sibling in Canada: 15 points")
    "negated",             # "aucune expérience n'est exigée", "are exempt"
    "narrative",           # a quantity in a sentence that states no requirement
]
EDITOR_REASONS: frozenset[str] = frozenset({"no-criterion", "subject-unsure", "value-unsure", "conflicting-values"})
QuantityKind = Literal["duration", "hours", "money", "points", "level", "teer"]


class UnreadStatement(BaseModel):
    """A measurable statement not turned into records, with its evidence and the reason."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    evidence: Evidence
    reason: UnreadReason
    kinds: list[QuantityKind] = Field(description="the kinds of quantity the statement holds")
    criteria: list[str] = Field(default_factory=list, description="criteria whose words it holds, when any")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def needs_editor(self) -> bool:
        """True when a person should read it (the reason is not a judgement that it states no rule)."""
        return self.reason in EDITOR_REASONS
