"""Who hears about new alerts: Apprise URLs from a TOML file kept outside the repository.

    # <data-dir>/notify.toml (or --notify-config FILE)
    [[target]]
    name = "editors"                       # letters, digits, . _ -  (the outbox remembers it)
    url_env = "RULEWATCH_NOTIFY_EDITORS"   # the Apprise URL, read from the environment ...
    # url = "json://127.0.0.1:8080/hook"   # ... or written here when it holds no secret
    format = "html"                        # html (default) or text
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from rulewatch.errors import NotifyConfigError

CONFIG_FILE = "notify.toml"


class Target(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z0-9._-]{1,100}$")
    url: str | None = None
    url_env: str | None = None
    format: Literal["html", "text"] = "html"

    @model_validator(mode="after")
    def _one_url(self) -> "Target":
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of url and url_env")
        return self

    def resolved_url(self) -> str:
        """The Apprise URL; raises NotifyConfigError when its environment variable is unset."""
        if self.url is not None:
            return self.url
        value = os.environ.get(self.url_env or "")
        if not value:
            raise NotifyConfigError(f"target {self.name!r}: environment variable {self.url_env} is not set")
        return value


class NotifyConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    targets: list[Target] = Field(default_factory=list, alias="target")

    @model_validator(mode="after")
    def _unique_names(self) -> "NotifyConfig":
        names = [t.name for t in self.targets]
        if len(names) != len(set(names)):
            raise ValueError("target names must be unique")
        return self


def load_notify_config(path: Path) -> NotifyConfig:
    """Read and validate a notify.toml; one clear message naming the target and field when it is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise NotifyConfigError(f"cannot read {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise NotifyConfigError(f"{path}: not valid TOML: {exc}") from exc
    try:
        return NotifyConfig.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise NotifyConfigError(f"{path}: {where}: {first['msg']}") from exc


def find_notify_config(explicit: Path | None, data_dir: Path) -> NotifyConfig | None:
    """``--notify-config FILE`` when given, else ``<data-dir>/notify.toml`` when it exists, else none."""
    if explicit is not None:
        return load_notify_config(explicit)
    default = data_dir / CONFIG_FILE
    return load_notify_config(default) if default.exists() else None
