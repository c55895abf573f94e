"""The ``sources`` spider: one request per declared URL, one FetchedPage per request, whatever happens."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Headers, Response
from twisted.internet import error as tx_error
from twisted.python.failure import Failure

from rulewatch.crawler.items import FetchedPage, SourceProblem
from rulewatch.sources import Source, load_sources

SUPPORTED_KINDS = frozenset({"page"})

# Statuses that reach the callback instead of being dropped by HttpErrorMiddleware. Not
# ``handle_httpstatus_all``: RedirectMiddleware stops following redirects when it is set, and a
# moved canada.ca page must still be fetched at its new address (``final_url``).
REDIRECTS = frozenset({301, 302, 303, 307, 308})
HANDLED_STATUSES = tuple(s for s in range(300, 600) if s not in REDIRECTS)

# Failure type -> health code, first match wins.
FAILURE_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, tx_error.TimeoutError, tx_error.TCPTimedOutError), "timeout"),
    ((CannotResolveHostError, tx_error.DNSLookupError), "dns"),
    ((DownloadCancelledError,), "too-large"),
    (
        (
            DownloadConnectionRefusedError,
            DownloadFailedError,
            ResponseDataLossError,
            tx_error.ConnectError,
            tx_error.ConnectionLost,
            tx_error.ConnectionDone,
        ),
        "connection",
    ),
)


def failure_reason(exc: BaseException) -> str:
    """The short code of a failed download (``fetch-error`` when it is none of the known kinds)."""
    if isinstance(exc, IgnoreRequest):
        return "robots-disallow" if "robots.txt" in str(exc) else "fetch-error"
    for types, reason in FAILURE_REASONS:
        if isinstance(exc, types):
            return reason
    return "fetch-error"


def decode_headers(headers: Headers) -> dict[str, str]:
    """Response headers as text; repeated headers joined with ", "."""
    return {
        key.decode("latin-1"): ", ".join(v.decode("latin-1") for v in values)
        for key, values in headers.items()
    }


def declared_url(request: scrapy.Request) -> str:
    """The URL as written in the sources file (before any redirect)."""
    return request.meta.get("redirect_urls", [request.url])[0]


class SourcesSpider(scrapy.Spider):
    """Fetch every URL of every source; non-page kinds get an ``unsupported-kind`` health entry."""

    name = "sources"

    def __init__(self, sources: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sources_path = sources or None
        self.sources: dict[str, Source] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "SourcesSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_path or crawler.settings.get("RULEWATCH_SOURCES") or None
        spider.sources = {s.name: s for s in load_sources(path)}
        return spider

    async def start(self) -> AsyncIterator[Any]:
        for source in self.sources.values():
            if source.kind not in SUPPORTED_KINDS:
                yield SourceProblem(
                    source=source.name,
                    url=source.urls[0],
                    problem="unsupported-kind",
                    detail=f"kind {source.kind!r} is not crawled yet; its {len(source.urls)} URL(s) were skipped",
                )
                continue
            for url in source.urls:
                yield scrapy.Request(
                    url,
                    callback=self.parse,
                    errback=self.failed,
                    dont_filter=True,  # every declaration gets its snapshot
                    meta={"source": source.name, "handle_httpstatus_list": HANDLED_STATUSES},
                )

    def parse(self, response: Response) -> Any:
        source = response.meta["source"]
        yield FetchedPage(
            source=source,
            url=declared_url(response.request),
            fetched_at=datetime.now(timezone.utc),
            final_url=response.url,
            status=response.status,
            headers=decode_headers(response.headers),
            body=response.body,
            declaration=self.sources.get(source),
        )

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        source = request.meta["source"]
        reason = failure_reason(failure.value)
        self.logger.warning("%s: %s (%s)", request.url, reason, failure.getErrorMessage())
        yield FetchedPage(
            source=source,
            url=declared_url(request),
            fetched_at=datetime.now(timezone.utc),
            error=reason,
            error_detail=f"{type(failure.value).__name__}: {failure.getErrorMessage()}",
            declaration=self.sources.get(source),
        )
