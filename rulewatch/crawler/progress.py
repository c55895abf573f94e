"""Progress of the crawl, as JSON lines on stdout for the parent process (``run.py``) to draw.

Enabled with ``-s RULEWATCH_PROGRESS=True``: one line at most every ``RULEWATCH_PROGRESS_EVERY``
seconds while pages come in, and a last one (``"final": true``) with Scrapy's byte counts.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from rulewatch.crawler.items import FetchedPage
from rulewatch.store.crawl import NOTICES

PREFIX = "rulewatch-progress "


class Progress:
    def __init__(self, stats: Any, every: float) -> None:
        self.stats = stats
        self.every = every
        self.counts = {"queued": 0, "done": 0, "unchanged": 0, "errors": 0, "bytes": 0}
        self._last = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> "Progress":
        if not crawler.settings.getbool("RULEWATCH_PROGRESS"):
            raise NotConfigured
        ext = cls(crawler.stats, crawler.settings.getfloat("RULEWATCH_PROGRESS_EVERY", 0.25))
        crawler.signals.connect(ext.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_dropped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def request_scheduled(self, request: Any) -> None:
        self.counts["queued"] += 1
        self._emit()

    def item_scraped(self, item: Any) -> None:
        if isinstance(item, FetchedPage):
            self.counts["queued"] += int(item.from_archive)  # read back from the WARC, never requested
            self.counts["done"] += 1
            self.counts["unchanged"] += int(item.unchanged is not None)
            self.counts["errors"] += int(any(h.problem not in NOTICES for h in item.health))
            self.counts["bytes"] = int(self.stats.get_value("downloader/response_bytes", 0))
        self._emit()

    def spider_closed(self) -> None:
        self.counts["bytes"] = int(self.stats.get_value("downloader/response_bytes", 0))
        self._emit(final=True)

    def _emit(self, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self._last < self.every:
            return
        self._last = now
        line = dict(self.counts, final=final)
        if final:
            line["requests"] = int(self.stats.get_value("downloader/request_count", 0))
        sys.stdout.write(PREFIX + json.dumps(line) + "\n")
        sys.stdout.flush()
