"""What the spider yields: plain dataclasses, filled in stage by stage by the pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from rulewatch.crawler.discovery import Listed
from rulewatch.schemas import Record, UnreadStatement
from rulewatch.sources import Source
from rulewatch.store.archive import WarcRef
from rulewatch.store.crawl import PreviousFetch
from rulewatch.store.nights import HealthEntry


@dataclass
class FetchedPage:
    """One URL, as fetched: a response (``status``) or a failure (``error``, a short code)."""

    source: str
    url: str  # as declared in the sources file (or as the listing linked it, for articles)
    fetched_at: datetime  # UTC
    final_url: str | None = None  # after redirects
    status: int | None = None  # None when no response came back
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None  # timeout, dns, connection, too-large, robots-disallow, fetch-error
    error_detail: str = ""
    declaration: Source | None = None  # how the source says to read the page
    kind: str = "page"  # the source's kind, "article" for a page a listing led to, "twin" for a page's other-language version
    previous: PreviousFetch | None = None  # the last good fetch of this URL (conditional request)
    from_archive: bool = False  # read back from tonight's WARC file after an interrupted run
    # Listings and feeds: every article linked tonight, and those fetched tonight
    listed: list[Listed] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    listing: Listed | None = None  # for an article: its entry on the listing
    page: int = 1  # for a paginated listing: which of its pages (1: the declared URL)
    first_page: str | None = None  # for a listing's later pages: the declared URL they continue
    twin_url: str | None = None  # the other-language version the page names (rulewatch.crawler.twins)
    # Set by archive_snapshot
    body_sha256: str | None = None
    body_path: str | None = None
    warc: WarcRef | None = None
    unchanged: str | None = None  # not-modified (304), same-body, same-text (set by extract_records)
    # Set by extract_records
    records: list[Record] = field(default_factory=list)
    unread: list[UnreadStatement] = field(default_factory=list)  # measurable statements not read, with why
    carried_from: int | None = None  # snapshot whose records still hold (the page did not change)
    language: str | None = None
    text_sha256: str | None = None
    health: list[HealthEntry] = field(default_factory=list)

    def problem(self, code: str, detail: str = "") -> None:
        self.health.append(HealthEntry(self.source, self.url, code, detail=detail, status=self.status))


@dataclass
class SourceProblem:
    """A problem with a source as a whole, found without fetching anything."""

    source: str
    url: str
    problem: str
    detail: str = ""

    def health_entry(self) -> HealthEntry:
        return HealthEntry(source=self.source, url=self.url, problem=self.problem, detail=self.detail)
