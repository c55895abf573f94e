"""Changes (alerts once stored) and the reviews editors make of them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .evidence import Evidence
from .records import Record, Value
from .vocabulary import ChangeType

Confirmation = Literal["confirmed", "unconfirmed", "disputed"]


class RuleValue(BaseModel):
    """One side of a change: what the rule said, comparable and printable."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="human-readable value, e.g. '>= 12 months'")
    operator: str | None = None
    value: Value | None = None
    unit: str | None = None
    qualifiers: dict[str, Any] = Field(default_factory=dict, description="qualifiers that describe the value")
    status: str | None = Field(default=None, description="for categories: announced, active, ended")


class SourcedValue(BaseModel):
    """One value stated for a key, with every source stating it (a disputed key lists several)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: RuleValue
    sources: list[Evidence] = Field(default_factory=list)


class Change(BaseModel):
    """One rule that moved between two rule-set versions, with both sides' evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    type: ChangeType
    kind: Literal["category", "program", "requirement", "round", "scope"]
    before: RuleValue | None = None
    after: RuleValue | None = None
    before_evidence: list[Evidence] = Field(default_factory=list)
    after_evidence: list[Evidence] = Field(default_factory=list)
    stated: bool = Field(
        default=False, description="the 'before' side was read from the new text itself ('contre 6 mois auparavant')"
    )
    effective_from: date | None = None
    confirmation: Confirmation = "unconfirmed"
    priority: float = Field(default=0.0, ge=0.0, le=1.0)
    reasons: list[str] = Field(default_factory=list, description="what made the priority")
    record: Record | None = Field(default=None, description="the new record as extracted (what gets published)")
    first_round_of: str | None = Field(
        default=None, description="for a new round: the category or program that never had a round before"
    )
    values: list[SourcedValue] = Field(
        default_factory=list, description="each value sources state for this key and date, current value first"
    )


class Review(BaseModel):
    """An editor's decision on an alert; the reason is required."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    alert_id: int
    action: Literal["accept", "reject", "edit", "reopen"]
    reason: str = Field(min_length=1)
    editor: str
    at: datetime
    value: RuleValue | None = Field(default=None, description="the corrected value, for 'edit'")
    invalid_value: Any = Field(
        default=None, description="an edit's stored value that is not a valid value (written by an older rulewatch), as stored"
    )
