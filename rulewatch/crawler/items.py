"""What the spider yields: plain dataclasses, filled in stage by stage by the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rulewatch.schemas import Record
from rulewatch.sources import Source
from rulewatch.store.nights import HealthEntry


@dataclass
class FetchedPage:
    """One declared URL, as fetched: a response (``status``) or a failure (``error``, a short code)."""

    source: str
    url: str  # as declared in the sources file
    fetched_at: datetime  # UTC
    final_url: str | None = None  # after redirects
    status: int | None = None  # None when no response came back
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None  # timeout, dns, connection, too-large, robots-disallow, fetch-error
    error_detail: str = ""
    declaration: Source | None = None  # how the source says to read the page
    # Set by archive_snapshot
    body_sha256: str | None = None
    body_path: str | None = None
    # Set by extract_records
    records: list[Record] = field(default_factory=list)
    language: str | None = None
    text_sha256: str | None = None
    health: list[HealthEntry] = field(default_factory=list)


@dataclass
class SourceProblem:
    """A problem with a source as a whole, found without fetching anything (e.g. ``unsupported-kind``)."""

    source: str
    url: str
    problem: str
    detail: str = ""

    def health_entry(self) -> HealthEntry:
        return HealthEntry(source=self.source, url=self.url, problem=self.problem, detail=self.detail)
