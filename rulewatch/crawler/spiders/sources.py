"""The ``sources`` spider: one request per declared URL (and per article a listing leads to), one FetchedPage each.

Every URL fetched before gets a conditional request (its last ETag / Last-Modified). Listings,
feeds and sitemaps are parsed here, since the articles they lead to are more requests, and so are
a listing's next pages, an index's sitemaps (up to ``max_pages``) and a page's other-language
version (its twin, fetched under the page's source unless a source declares it); a URL already in
tonight's WARC file (a run interrupted earlier tonight) is read back from it, not fetched again.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any

import scrapy
from scrapy import signals
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

from rulewatch.crawler.context import CrawlContext, crawl_context
from rulewatch.crawler.dead_hosts import HostDown
from rulewatch.crawler.discovery import Listed, discover, next_page, read_sitemap, to_fetch
from rulewatch.crawler.items import FetchedPage, SourceProblem
from rulewatch.crawler.rechecks import Recheck, plan_rechecks
from rulewatch.crawler.twins import TwinLink, twin_link
from rulewatch.errors import ExtractionError
from rulewatch.sources import DISCOVERY_KINDS, Source, load_sources
from rulewatch.store.archive import ArchivedResponse

# Statuses that reach the callback instead of being dropped by HttpErrorMiddleware. Not
# ``handle_httpstatus_all``: RedirectMiddleware stops following redirects when it is set, and a
# moved canada.ca page must still be fetched at its new address (``final_url``).
REDIRECTS = frozenset({301, 302, 303, 307, 308})
HANDLED_STATUSES = tuple(s for s in range(300, 600) if s not in REDIRECTS)
TWIN_KINDS = frozenset({"page", "article", "twin"})
"""Kinds whose pages may name an other-language version (a twin's own twin is the page it came from)."""

START_CHUNK = 256  # requests handed to Scrapy's queue at a time (the next ones when it is empty)

# Failure type -> health code, first match wins.
FAILURE_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((ResponseDataLossError,), "truncated"),
    ((DownloadTimeoutError, tx_error.TimeoutError, tx_error.TCPTimedOutError), "timeout"),
    ((CannotResolveHostError, tx_error.DNSLookupError), "dns"),
    ((DownloadCancelledError,), "too-large"),
    (
        (
            DownloadConnectionRefusedError,
            DownloadFailedError,
            tx_error.ConnectError,
            tx_error.ConnectionLost,
            tx_error.ConnectionDone,
        ),
        "connection",
    ),
)


def failure_reason(exc: BaseException) -> str:
    """The short code of a failed download (``fetch-error`` when it is none of the known kinds)."""
    if isinstance(exc, HostDown):
        return "host-down"
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


def listing_digest(listed: list[Listed]) -> str:
    """What a listing says, for "unchanged": its article links and their dates, in order."""
    text = "\n".join(f"{item.url} {item.updated.isoformat() if item.updated else ''}" for item in listed)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _twin_of(item: FetchedPage) -> TwinLink | None:
    """The twin the body names; for a 304 (no body), the one it named before."""
    if item.body:
        return twin_link(item.body, item.final_url or item.url)
    if item.previous is not None and item.previous.twin_url:
        return TwinLink(item.previous.twin_url, None)
    return None


class SourcesSpider(scrapy.Spider):
    """Fetch every URL of every source, and the new or updated articles of listings and feeds."""

    name = "sources"

    def __init__(self, sources: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sources_path = sources or None
        self.sources: dict[str, Source] = {}
        self.context: CrawlContext | None = None
        self._requested: set[tuple[str, str]] = set()  # (source, URL); an article linked twice is fetched once
        self._budget: dict[tuple[str, str], int] = {}  # (source, listing URL) -> articles it may still queue
        self._declared: set[str] = set()  # every URL a source lists: fetched as declared, never as a twin
        self.recheck_budget = 300  # RULEWATCH_RECHECK_BUDGET: re-checks of known articles a night

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "SourcesSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = spider.sources_path or crawler.settings.get("RULEWATCH_SOURCES") or None
        spider.sources = {s.name: s for s in load_sources(path)}
        spider._declared = {url for s in spider.sources.values() for url in s.urls}
        spider.context = crawl_context(crawler)
        spider.recheck_budget = crawler.settings.getint("RULEWATCH_RECHECK_BUDGET", 300)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        """The declared URLs, then the re-checks, ``START_CHUNK`` requests at a time: Scrapy would take
        them all into its queue at once, and a site of 20 000 pages would be 20 000 requests in memory."""
        sent = 0
        for out in self._first_requests():
            yield out
            sent += isinstance(out, scrapy.Request)
            if sent == START_CHUNK:
                sent = 0
                await self.crawler.signals.wait_for(signals.scheduler_empty)

    def _first_requests(self) -> Iterator[Any]:
        for source in self.sources.values():
            for url in source.urls:
                yield from self._visit(source, url, source.kind)
        yield from self._rechecks()

    def _rechecks(self) -> Iterator[Any]:
        """Conditional requests for known articles due a re-check, after everything else (lower priority).

        An article a listing also queues tonight is fetched once; whichever asks first.
        """
        assert self.context is not None
        days = {s.name: s.recheck_days for s in self.sources.values() if s.kind in DISCOVERY_KINDS}
        articles = []
        for known in self.context.known.values():
            previous = self.context.previous.get((known.source, known.url))
            if known.fetched_night_id is not None and previous is not None:
                articles.append(Recheck(known.source, known.url, previous.fetched_at))
        plan = plan_rechecks(articles, days, datetime.now(timezone.utc), self.recheck_budget)
        for source, count in sorted(plan.deferred.items()):
            yield SourceProblem(source, self.sources[source].urls[0], "recheck-deferred",
                                f"{count} articles not asked again for {days[source]} days or more: "
                                f"RULEWATCH_RECHECK_BUDGET ({self.recheck_budget}) is too small")
        for article in plan.chosen:
            known = self.context.known[article.url]
            entry = Listed(article.url, known.title, known.fetched_updated)
            yield from self._visit(self.sources[article.source], article.url, "article", listing=entry, priority=-1)

    def _visit(
        self, source: Source, url: str, kind: str, listing: Listed | None = None, page: int = 1,
        first_page: str | None = None, priority: int = 0,
    ) -> Iterator[Any]:
        """A request for ``url``, or its item straight from tonight's WARC file when it is already there."""
        key = (source.name, url)
        if key in self._requested or (kind == "article" and ("", url) in self._requested):
            return
        self._requested.add(key)
        if kind == "article":
            self._requested.add(("", url))
        assert self.context is not None
        previous = self.context.previous.get(key)
        archived = self.context.archived.get(key)
        if archived is not None:
            item = self._from_archive(source, url, kind, archived, previous, listing)
            item.page, item.first_page = page, first_page
            yield from self._emit(item)
            return
        yield scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            dont_filter=True,  # every declaration gets its snapshot
            priority=priority,
            headers=previous.conditional_headers() if previous else None,
            meta={
                "source": source.name, "declaration": source, "kind": kind, "listing": listing, "previous": previous,
                "page": page, "first_page": first_page, "handle_httpstatus_list": HANDLED_STATUSES,
            },
        )

    def _from_archive(
        self, source: Source, url: str, kind: str, archived: ArchivedResponse, previous: Any, listing: Listed | None
    ) -> FetchedPage:
        item = FetchedPage(
            source=source.name, url=url, fetched_at=archived.date, final_url=archived.url, status=archived.status,
            headers=archived.headers, body=archived.body, declaration=source, kind=kind, previous=previous,
            listing=listing, from_archive=True, warc=archived.ref,
        )
        if archived.kind == "revisit" and previous is not None:
            item.unchanged = "not-modified" if archived.status == 304 else "same-body"
            item.body = b""
        return item

    def _emit(self, item: FetchedPage) -> Iterator[Any]:
        """The item, preceded by the requests for the articles it lists."""
        if item.final_url and item.final_url != item.url:
            item.problem("redirected", f"now at {item.final_url}")
        if item.kind in DISCOVERY_KINDS and item.status in (200, 304):
            yield from self._discover(item)
        elif item.kind in TWIN_KINDS and item.status in (200, 304):
            yield from self._pair(item)
        yield item

    def _pair(self, item: FetchedPage) -> Iterator[Any]:
        """Note the page's twin and fetch it too (same host only), unless a source declares it."""
        link = _twin_of(item)
        if link is None:
            return
        item.twin_url = link.url
        if item.kind == "twin" or link.url in self._declared:
            return
        assert item.declaration is not None
        twin_source = item.declaration.model_copy(update={"language": link.language})  # the twin's, not the page's
        yield from self._visit(twin_source, link.url, "twin")

    def _discover(self, item: FetchedPage) -> Iterator[Any]:
        assert self.context is not None and item.declaration is not None
        body = item.body
        if item.status == 304 or (not body and item.unchanged):
            if item.previous is None:
                return  # reported as unexpected-304 by archive_snapshot
            try:
                body = self.context.store.blobs.get(item.previous.body_sha256)  # the archived listing
            except OSError as exc:
                item.problem("archive-missing", f"the archived listing cannot be read: {exc}")
                return
        try:
            listed, sitemaps = self._links(item, body)
        except ExtractionError as exc:
            item.problem(exc.reason, exc.detail)
            return
        item.listed = listed
        item.text_sha256 = listing_digest([*listed, *sitemaps])
        budget = (item.source, item.first_page or item.url)  # one budget for all the pages of a listing
        left = self._budget.setdefault(budget, item.declaration.max_articles)
        fresh = [a for a in listed if ("", a.url) not in self._requested]  # not on an earlier page tonight
        for article in to_fetch(fresh, self.context.known, left):
            self._budget[budget] -= 1
            item.queued.append(article.url)
            yield from self._visit(item.declaration, article.url, "article", listing=article)
        if item.kind == "sitemap":
            yield from self._sitemaps(item, sitemaps)
        else:
            yield from self._next_page(item, body)

    @staticmethod
    def _links(item: FetchedPage, body: bytes) -> tuple[list[Listed], list[Listed]]:
        """The articles a listing, feed or sitemap leads to, and the sitemaps of a sitemap index."""
        assert item.declaration is not None
        base = item.final_url or item.url
        if item.kind != "sitemap":
            return discover(item.kind, body, base, item.declaration), []
        sitemap = read_sitemap(body, base, item.declaration)
        if not sitemap.pages and not sitemap.sitemaps and item.page == 1:  # a child of an index may list none
            raise ExtractionError("no-articles", f"no page of the sitemap matches the follow patterns {item.declaration.follow}")
        return sitemap.pages, sitemap.sitemaps

    def _sitemaps(self, item: FetchedPage, sitemaps: list[Listed]) -> Iterator[Any]:
        """The sitemaps of an index, the latest modified first, at most ``max_pages`` (each a conditional request)."""
        source = item.declaration
        assert source is not None
        if not sitemaps or item.page > 1:
            return  # the protocol has no index of indexes
        oldest = datetime.min.replace(tzinfo=timezone.utc)
        ordered = sorted(sitemaps, key=lambda s: s.updated or oldest, reverse=True)
        if len(ordered) > source.max_pages:
            item.problem("sitemaps-skipped", f"{len(ordered) - source.max_pages} of the index's {len(ordered)} sitemaps "
                                             f"not read tonight: raise max_pages ({source.max_pages})")
        for sitemap in ordered[: source.max_pages]:
            yield from self._visit(source, sitemap.url, "sitemap", page=2, first_page=item.url)

    def _next_page(self, item: FetchedPage, body: bytes) -> Iterator[Any]:
        """The listing's next page, while it has one and ``max_pages`` allows."""
        source = item.declaration
        assert source is not None
        if item.kind != "listing" or item.page >= source.max_pages:
            return
        try:
            url = next_page(body, item.final_url or item.url, source, item.page)
        except ExtractionError:
            return  # already reported by discover
        if url is not None:
            yield from self._visit(source, url, item.kind, page=item.page + 1, first_page=item.first_page or item.url)

    def parse(self, response: Response) -> Any:
        meta = response.meta
        source = meta.get("declaration") or self.sources[meta["source"]]
        item = FetchedPage(
            source=source.name,
            url=declared_url(response.request),
            fetched_at=datetime.now(timezone.utc),
            final_url=response.url,
            status=response.status,
            headers=decode_headers(response.headers),
            body=response.body,
            declaration=source,
            kind=meta["kind"],
            previous=meta.get("previous"),
            listing=meta.get("listing"),
            page=meta.get("page", 1),
            first_page=meta.get("first_page"),
        )
        yield from self._emit(item)

    def failed(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        meta = request.meta
        reason = failure_reason(failure.value)
        self.logger.warning("%s: %s (%s)", request.url, reason, failure.getErrorMessage())
        yield FetchedPage(
            source=meta["source"],
            url=declared_url(request),
            fetched_at=datetime.now(timezone.utc),
            error=reason,
            error_detail=f"{type(failure.value).__name__}: {failure.getErrorMessage()}",
            declaration=meta.get("declaration") or self.sources.get(meta["source"]),
            kind=meta.get("kind", "page"),
            listing=meta.get("listing"),
        )
