"""The extractors' input (a fetched document) and output (its main text and records)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rulewatch.schemas import Record, UnreadStatement


@dataclass(frozen=True)
class Document:
    """A page or file to read, with how its source says to read it."""

    url: str
    body: bytes
    snapshot: str  # "sha256:<hex>" of ``body``
    content_type: str | None = None  # "text/html", "text/plain"; sniffed when None
    fetched_at: datetime | None = None
    source: str | None = None
    authority: str = "news"  # official | news
    declared_language: str | None = None  # the source's configured language
    content: str | None = None  # CSS selector of the main text
    remove: tuple[str, ...] = ()  # CSS selectors dropped first
    published: date | None = None  # overrides what the page says (``--published``)


@dataclass
class Extraction:
    """What one document says: quotes in ``records`` are substrings of ``text`` at their offsets."""

    text: str
    language: str
    records: list[Record] = field(default_factory=list)
    unread: list[UnreadStatement] = field(default_factory=list)  # measurable statements not read, with why
    title: str | None = None
    published: date | None = None
    modified: date | None = None
