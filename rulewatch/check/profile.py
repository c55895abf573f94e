"""A candidate's profile, as `rulewatch check` reads it from TOML: plain facts, no rule in it."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rulewatch.errors import ProfileError

ABILITIES = ("reading", "writing", "listening", "speaking")


class Levels(BaseModel):
    """NCLC/CLB level per ability (the two scales are the same numbers)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reading: int = Field(ge=0, le=12)
    writing: int = Field(ge=0, le=12)
    listening: int = Field(ge=0, le=12)
    speaking: int = Field(ge=0, le=12)

    def of(self, ability: str) -> int:
        return getattr(self, ability)


class Job(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    teer: int = Field(ge=0, le=5)
    noc: str | None = Field(default=None, pattern=r"^\d{5}$")
    country: str = Field(default="CA", description="ISO code; CA for work in Canada")
    start: date
    end: date | None = Field(default=None, description="last day worked; none while the job goes on")
    hours_per_week: float = Field(gt=0, le=168)
    paid: bool = True


class Flag(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    valid: bool = False
    authorised: bool = False


class Profile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    household_size: int = Field(ge=1)
    funds_cad: float = Field(default=0, ge=0)
    age: int | None = Field(default=None, ge=0, le=120)
    education: str | None = Field(default=None, description="a level of the FSW grid's education factor, e.g. 'masters'")
    first_language: Literal["fr", "en"] = "en"
    nclc: Levels | None = Field(default=None, description="first official language")
    second_nclc: Levels | None = Field(default=None, description="second official language, when tested")
    job: list[Job] = Field(default_factory=list)
    job_offer: Flag = Field(default_factory=Flag)
    work_permit: Flag = Field(default_factory=Flag)
    settle_in_quebec: bool = Field(default=False, description="intends to live in Québec")
    past_study_canada: bool = False
    relatives_in_canada: bool = False

    def facts(self) -> dict[str, object]:
        """The facts a requirement's conditions may test (rule-model.md, CONDITION_FIELDS)."""
        return {"job_offer.valid": self.job_offer.valid, "work_permit.authorised": self.work_permit.authorised}


def load_profile(path: Path) -> Profile:
    """A profile TOML file; a bad file is a clear error naming the field, never a traceback."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Profile.model_validate(data)
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read the profile ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML ({exc})") from exc
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ProfileError(f"{path}: {problems}") from exc
