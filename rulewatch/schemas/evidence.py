"""Evidence: where a record was read, so an editor can check it in one click."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from .vocabulary import Authority


class Evidence(BaseModel):
    """The exact place a record was read: a quote is always a substring of the extracted text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    snapshot: str = Field(description="content hash of the raw body, 'sha256:<hex>'")
    quote: str = Field(description="the sentence stating the record, verbatim from the extracted text")
    start: int = Field(ge=0, description="offset of the quote in the extracted main text")
    end: int = Field(ge=0)
    language: str | None = None
    fetched_at: datetime | None = None
    published: date | None = Field(default=None, description="the source's own publication date")
    modified: date | None = Field(default=None, description="the source's own modification date")
    authority: Authority = "news"
    source: str | None = Field(default=None, description="name of the configured source")
    extractor: str = Field(default="", description="version of the extractor that read it")
