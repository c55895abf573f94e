"""A host that refused or timed out N requests in a row is skipped for the rest of the night.

A dead or hanging server otherwise costs every one of its URLs a full timeout (and a retry), and
AutoThrottle stretches its delay on top: 260 refused URLs took ~630 s. Once a host has failed
``RULEWATCH_DEAD_HOST_AFTER`` times in a row (default 5; 0 turns this off), its remaining requests
fail at once with ``HostDown``: each URL still gets its own health entry (``host-down``, naming how
the host failed), none is sent. Any answer from the host, even a 500, resets its count.

Two checkpoints share one count per crawl: the downloader middleware (failures counted on every
attempt, retries included; requests refused as they enter the downloader) and the HTTP download
handler (requests already queued for the host's slot when it died, refused before they connect).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import (
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
)
from twisted.internet import error as tx_error

DEAD_SIGNS: tuple[type[BaseException], ...] = (
    DownloadConnectionRefusedError, DownloadTimeoutError, DownloadFailedError,
    tx_error.ConnectionRefusedError, tx_error.TimeoutError, tx_error.TCPTimedOutError, tx_error.ConnectError,
    tx_error.ConnectionLost, tx_error.ConnectionDone,
)


class HostDown(IgnoreRequest):
    """A request not sent: its host failed too many times in a row tonight."""


def host_of(url: str) -> str:
    return urlsplit(url).netloc.lower()


class HostFailures:
    """Failures in a row per host, for one crawl."""

    def __init__(self, after: int, stats: Any = None) -> None:
        self.after = after
        self.stats = stats
        self.in_a_row: dict[str, int] = {}
        self.last: dict[str, str] = {}  # host -> how it last failed

    def check(self, url: str) -> None:
        """Raise ``HostDown`` when ``url``'s host is given up for the night."""
        host = host_of(url)
        if self.after > 0 and self.in_a_row.get(host, 0) >= self.after:
            if self.stats is not None:
                self.stats.inc_value("rulewatch/host-down/skipped")
            raise HostDown(f"skipped: {host} failed {self.in_a_row[host]} requests in a row tonight ({self.last[host]})")

    def answered(self, url: str) -> None:
        self.in_a_row.pop(host_of(url), None)

    def failed(self, url: str, exception: BaseException) -> None:
        if isinstance(exception, DEAD_SIGNS):
            host = host_of(url)
            self.in_a_row[host] = self.in_a_row.get(host, 0) + 1
            self.last[host] = type(exception).__name__


def host_failures(crawler: Any) -> HostFailures:
    """The crawl's one count, made on first use from its settings."""
    failures = getattr(crawler, "rulewatch_host_failures", None)
    if failures is None:
        failures = HostFailures(crawler.settings.getint("RULEWATCH_DEAD_HOST_AFTER", 5), crawler.stats)
        crawler.rulewatch_host_failures = failures
    return failures


class DeadHosts:
    """Downloader middleware: counts failed attempts per host, refuses requests to a host given up."""

    def __init__(self, failures: HostFailures) -> None:
        self.failures = failures

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DeadHosts":
        failures = host_failures(crawler)
        if failures.after <= 0:
            raise NotConfigured
        return cls(failures)

    def process_request(self, request: Any) -> None:
        self.failures.check(request.url)

    def process_response(self, request: Any, response: Any) -> Any:
        self.failures.answered(request.url)
        return response

    def process_exception(self, request: Any, exception: BaseException) -> None:
        self.failures.failed(request.url, exception)


class GuardedHTTPDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP handler, refusing at the last moment a request queued before its host was given up."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self.failures = host_failures(crawler)

    async def download_request(self, request: Any) -> Any:
        self.failures.check(request.url)
        return await super().download_request(request)
