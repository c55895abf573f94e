"""Rule sets: the state of every key at one moment, and the file published for other tools."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .changes import RuleValue
from .evidence import Evidence
from .records import Record
from .vocabulary import ChangeType

PUBLISHED_FORMAT = "rulewatch-rules/1"


class RuleSet(BaseModel):
    """The current record of every key; a key that is not seen again keeps its record."""

    model_config = ConfigDict(extra="forbid")

    rules: dict[str, Record] = Field(default_factory=dict)


class Acceptance(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    alert_id: int
    editor: str
    at: datetime
    reason: str


class PublishedRule(BaseModel):
    """A key's accepted value: as extracted, or as an editor corrected it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    kind: str
    value: RuleValue
    effective_from: date | None = None
    record: Record | None = Field(default=None, description="the record as extracted, with its evidence")
    sources: list[Evidence] = Field(default_factory=list)
    accepted: Acceptance


class PublishedChange(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    alert_id: int
    key: str
    type: ChangeType
    before: RuleValue | None
    after: RuleValue | None
    effective_from: date | None = None
    evidence: list[Evidence]
    accepted: Acceptance


class PublishedPeriod(BaseModel):
    """One accepted value of a key and the dates it held: ``valid_until`` is the next value's ``valid_from``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    valid_from: date = Field(description="the effective date the text states, else the source's publication date")
    valid_until: date | None = Field(default=None, description="exclusive; none while the value still holds")
    dated_by: Literal["effective", "published", "modified", "fetched", "accepted"] = Field(
        description="where valid_from comes from, best first"
    )
    value: RuleValue
    record: Record | None = Field(default=None, description="the record as extracted, with its evidence")
    sources: list[Evidence] = Field(default_factory=list)
    alert_id: int


class KeyPeriods(BaseModel):
    """Every accepted value a key has had, oldest first; a removed key keeps its closed periods."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    kind: str
    periods: list[PublishedPeriod]


class PublishedRuleFile(BaseModel):
    """rules.json: the accepted rule state; same state -> byte-identical file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["rulewatch-rules/1"] = PUBLISHED_FORMAT
    rules: list[PublishedRule] = Field(description="current accepted value of each key, sorted by key")
    history: list[PublishedChange] = Field(description="accepted changes, oldest first")
    periods: list[KeyPeriods] = Field(
        default_factory=list, description="every key's accepted values with valid_from/valid_until, sorted by key"
    )


def published_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of rules.json, as the file is written (serialization mode)."""
    schema = PublishedRuleFile.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rulewatch.invalid/schemas/rules-1.json",
        **schema,
    }


def published_json_schema_text() -> str:
    return json.dumps(published_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
