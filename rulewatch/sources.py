"""Sources files (TOML): what to crawl and how to read it, validated with one clear message per error."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Literal

from cssselect import HTMLTranslator, SelectorError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rulewatch.errors import SourceConfigError


DISCOVERY_KINDS = frozenset({"listing", "rss", "sitemap"})
"""Kinds whose pages are not read for rules themselves but lead to articles (``follow``)."""
PAGINATED_KINDS = frozenset({"listing", "sitemap"})
"""Kinds whose pages lead to further pages of the same kind: a listing's next pages, an index's sitemaps (``max_pages``)."""


def compile_selector(selector: str) -> str:
    """The XPath a CSS selector reads as (what the extractors run); ValueError when it is not a selector.

    Checked when the sources file is loaded: a typo is one message before the crawl, not a
    health entry on every page after it.
    """
    try:
        return HTMLTranslator().css_to_xpath(selector)
    except SelectorError as exc:
        raise ValueError(f"not a CSS selector: {selector!r} ({exc})") from exc


class Source(BaseModel):
    """One source: a set of URLs read the same way."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    kind: Literal["page", "listing", "rss", "sitemap", "rounds-json"] = "page"
    urls: list[str] = Field(min_length=1)
    language: Literal["fr", "en"] | None = None
    authority: Literal["official", "news"]
    content: str | None = Field(default=None, description="CSS selector of the main text (of articles, for listings)")
    remove: list[str] = Field(default_factory=list, description="CSS selectors dropped before extraction")
    follow: list[str] = Field(
        default_factory=list, description="regular expressions: article URLs a listing or feed leads to"
    )
    max_articles: int = Field(default=20, ge=1, le=500, description="new or updated articles fetched per listing and night")
    next: str | None = Field(default=None, description="CSS selector of a listing's link to its next page")
    max_pages: int = Field(
        default=5, ge=1, le=100, description="pages of a paginated listing, or sitemaps of a sitemap index, read per night"
    )
    recheck_days: int = Field(
        default=7, ge=1, le=365, description="each known article of a listing or feed is asked again at least this often"
    )

    @field_validator("urls")
    @classmethod
    def _http_urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"not an http(s) URL: {url!r}")
        return urls

    @field_validator("content", "next", "remove")
    @classmethod
    def _selectors_compile(cls, value: str | list[str] | None) -> str | list[str] | None:
        for selector in [value] if isinstance(value, str) else value or []:
            compile_selector(selector)
        return value

    @field_validator("follow")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {pattern!r} ({exc})") from exc
        return patterns

    @model_validator(mode="after")
    def _discovery_needs_follow(self) -> "Source":
        if self.kind in DISCOVERY_KINDS and not self.follow:
            raise ValueError(f"a {self.kind!r} source needs 'follow' patterns naming the articles to fetch")
        if self.kind not in DISCOVERY_KINDS and self.follow:
            raise ValueError(f"'follow' is for listing, rss and sitemap sources, not {self.kind!r}")
        if "recheck_days" in self.model_fields_set and self.kind not in DISCOVERY_KINDS:
            raise ValueError(f"'recheck_days' is for the articles of listing, rss and sitemap sources, not {self.kind!r}")
        if "next" in self.model_fields_set and self.kind != "listing":
            raise ValueError(f"'next' is for listing sources, not {self.kind!r}")
        if "max_pages" in self.model_fields_set and self.kind not in PAGINATED_KINDS:
            raise ValueError(f"'max_pages' is for listing and sitemap sources, not {self.kind!r}")
        return self

    def follows(self, url: str) -> bool:
        """Whether a link found on this listing or feed is one of its articles."""
        return any(re.search(pattern, url) for pattern in self.follow)


class SourcesFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source: list[Source] = Field(min_length=1)


DEFAULT_SOURCES = "default_sources.toml"


def default_sources_path() -> Path:
    return Path(str(resources.files("rulewatch.crawler") / DEFAULT_SOURCES))


def _describe(exc: ValidationError, data: dict) -> str:
    lines = []
    for err in exc.errors():
        loc = list(err["loc"])
        where = "sources file"
        if len(loc) >= 2 and loc[0] == "source" and isinstance(loc[1], int):
            entries = data.get("source") or []
            name = entries[loc[1]].get("name") if loc[1] < len(entries) and isinstance(entries[loc[1]], dict) else None
            where = f"source {name!r}" if name else f"source #{loc[1] + 1}"
            loc = loc[2:]
        field = ".".join(str(p) for p in loc) or "(entry)"
        lines.append(f"{where}, field {field}: {err['msg']}")
    return "; ".join(lines)


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Read and validate a sources file (the packaged default when ``path`` is None)."""
    path = Path(path) if path else default_sources_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourceConfigError(f"{path}: no such sources file") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceConfigError(f"{path}: not valid TOML: {exc}") from exc
    try:
        parsed = SourcesFile.model_validate(data)
    except ValidationError as exc:
        raise SourceConfigError(f"{path}: {_describe(exc, data)}") from exc
    names = [s.name for s in parsed.source]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SourceConfigError(f"{path}: source names must be unique, repeated: {', '.join(dupes)}")
    return parsed.source
