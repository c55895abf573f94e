"""What `rulewatch check` answers: per program and per category a verdict, with the reasons that made it."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Verdict = Literal["eligible", "not-eligible", "unknown"]


class Cited(BaseModel):
    model_config = ConfigDict(frozen=True)

    url: str
    quote: str


class Reason(BaseModel):
    """One rule applied: ``met`` is None when the rule file (or the profile) cannot decide it."""

    model_config = ConfigDict(frozen=True)

    key: str
    met: bool | None
    detail: str
    evidence: list[Cited] = Field(default_factory=list)


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    subject: str = Field(description="program:<id> or category:<id>")
    verdict: Verdict
    reasons: list[Reason]


class CheckReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    as_of: date
    programs: list[Answer]
    categories: list[Answer]


def verdict_of(reasons: list[Reason]) -> Verdict:
    """One failed rule decides; otherwise one undecided rule leaves it open."""
    if any(r.met is False for r in reasons):
        return "not-eligible"
    if any(r.met is None for r in reasons):
        return "unknown"
    return "eligible"
