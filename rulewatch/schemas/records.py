"""Records: what the extractors read from a page (categories, programs, requirements, rounds).

A record's *key* is its identity without its value; the diff compares records key by key.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from .evidence import Evidence
from .vocabulary import CONDITION_FIELDS, IDENTITY_QUALIFIERS, CategoryId, Criterion, ProgramId, ScopeId

StatedChange = Literal["new", "raised", "lowered", "changed", "removed"]
"""A change the text states itself ("nouvelle catégorie", "contre 6 mois auparavant", "supprimé")."""


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    evidence: Evidence
    stated_change: StatedChange | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_serialized_key(cls, data: object) -> object:
        """``key`` is computed; accept it back from our own JSON without trusting it."""
        if isinstance(data, dict) and "key" in data:
            data = {k: v for k, v in data.items() if k != "key"}
        return data


class Occupation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    noc: str | None = Field(default=None, pattern=r"^\d{5}$")


class Category(_Record):
    kind: Literal["category"] = "category"
    id: CategoryId
    names: dict[str, list[str]] = Field(default_factory=dict, description="names seen, per language")
    occupations: list[Occupation] = Field(default_factory=list)
    year: int | None = None
    status: Literal["announced", "active", "ended"] = "announced"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def key(self) -> str:
        return f"category:{self.id}"


class Program(_Record):
    kind: Literal["program"] = "program"
    id: ProgramId
    names: dict[str, list[str]] = Field(default_factory=dict)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def key(self) -> str:
        return f"program:{self.id}"


class Qualifiers(BaseModel):
    """What narrows a requirement. ``ability``, ``factor`` and ``household_size`` say which rule it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    household_size: int | Literal["each-additional"] | None = None
    factor: str | None = None
    ability: Literal["reading", "writing", "listening", "speaking"] | None = None
    level: str | None = Field(default=None, description="a grid row's level: '9+', '2-3', '36', 'masters'")
    teer: str | None = Field(default=None, description="the TEER levels a rule is for, comma-joined: '0,1'")
    within_years: int | None = None
    continuous: bool | None = None
    full_time: bool | None = None

    def identity(self) -> str:
        parts = [f"{n}={getattr(self, n)}" for n in sorted(IDENTITY_QUALIFIERS) if getattr(self, n) is not None]
        return ":".join(parts)

    def descriptive(self) -> dict[str, object]:
        """The qualifiers that describe the value: a change to them is a change of the rule."""
        return {
            n: v
            for n, v in self.model_dump(exclude_none=True).items()
            if n not in IDENTITY_QUALIFIERS
        }


Value = int | float | list[int | str]


class Condition(BaseModel):
    """When a requirement is waived (or only applies): every fact in ``when`` must hold.

    ``{"effect": "waived", "when": {"program": "cec"}}``;
    ``{"effect": "waived", "when": {"job_offer.valid": true, "work_permit.authorised": true}}``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    effect: Literal["waived", "applies"]
    when: dict[str, str | bool] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_fields(self) -> "Condition":
        unknown = sorted(set(self.when) - set(CONDITION_FIELDS))
        if unknown:
            raise ValueError(f"unknown condition field(s) {unknown}; known: {list(CONDITION_FIELDS)}")
        return self


class Requirement(_Record):
    kind: Literal["requirement"] = "requirement"
    subject: str = Field(
        pattern=r"^(program:[a-z]+|category:(\*|[a-z-]+)|express-entry)$",
        description="program:<id>, category:<id>, category:* or express-entry",
    )
    criterion: Criterion
    operator: Literal[">=", "<=", "=", "in"]
    value: Value
    unit: str
    qualifiers: Qualifiers = Field(default_factory=Qualifiers)
    effective_from: date | None = None
    previous_value: Value | None = Field(
        default=None, description="the earlier value when the text states it ('contre 6 mois auparavant')"
    )
    conditions: list[Condition] = Field(
        default_factory=list, description="when it is waived or only applies; part of the value, not of the key"
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def key(self) -> str:
        identity = self.qualifiers.identity()
        base = f"requirement:{self.subject}:{self.criterion}"
        return f"{base}:{identity}" if identity else base


class Round(_Record):
    kind: Literal["round"] = "round"
    number: str = Field(description="draw number; a string because '91a' exists")
    date: date
    name: str
    category: str = Field(description="a category id, a program id, or 'general'")
    invitations: int | None = None
    crs_cutoff: int | None = None
    tie_break: datetime | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def key(self) -> str:
        return f"round:{self.number}"


class Scope(_Record):
    """A group Express Entry does not serve ("ne sont pas concernés", "not eligible for Express Entry")."""

    kind: Literal["scope"] = "scope"
    id: ScopeId

    @computed_field  # type: ignore[prop-decorator]
    @property
    def key(self) -> str:
        return f"scope:{self.id}"


Record = Annotated[Union[Category, Program, Requirement, Round, Scope], Field(discriminator="kind")]
