"""Records: what the extractors read from a page (categories, programs, requirements, rounds).

A record's *key* is its identity without its value; the diff compares records key by key.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from .evidence import Evidence
from .vocabulary import IDENTITY_QUALIFIERS, CategoryId, Criterion, ProgramId

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


Record = Annotated[Union[Category, Program, Requirement, Round], Field(discriminator="kind")]
