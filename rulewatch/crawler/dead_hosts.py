"""Downloader middleware: a host that refused or timed out N requests in a row is skipped for the rest of the night.

A dead or hanging server otherwise costs every one of its URLs a full timeout (and a retry), and
AutoThrottle stretches its delay on top: 260 refused URLs took ~630 s. Once a host has failed
``RULEWATCH_DEAD_HOST_AFTER`` times in a row (default 5; 0 turns this off), its remaining requests
fail at once with ``HostDown``: each URL still gets its own health entry (``host-down``, naming how
the host failed), none is fetched. Any answer from the host, even a 500, resets its count.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

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


class DeadHosts:
    def __init__(self, after: int, stats: Any = None) -> None:
        self.after = after
        self.stats = stats
        self.failures: dict[str, int] = {}
        self.last: dict[str, str] = {}  # host -> how it last failed

    @classmethod
    def from_crawler(cls, crawler: Any) -> "DeadHosts":
        after = crawler.settings.getint("RULEWATCH_DEAD_HOST_AFTER", 5)
        if after <= 0:
            raise NotConfigured
        return cls(after, crawler.stats)

    def process_request(self, request: Any) -> None:
        host = host_of(request.url)
        if self.failures.get(host, 0) >= self.after:
            if self.stats is not None:
                self.stats.inc_value("rulewatch/host-down/skipped")
            raise HostDown(f"skipped: {host} failed {self.failures[host]} requests in a row tonight ({self.last[host]})")

    def process_response(self, request: Any, response: Any) -> Any:
        self.failures.pop(host_of(request.url), None)
        return response

    def process_exception(self, request: Any, exception: BaseException) -> None:
        if isinstance(exception, DEAD_SIGNS):
            host = host_of(request.url)
            self.failures[host] = self.failures.get(host, 0) + 1
            self.last[host] = type(exception).__name__
