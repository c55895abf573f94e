"""Stage 1: archive every response before anything reads it: the WARC file of the night, and the blob store.

A page that did not change (304 Not Modified, or the same bytes as last time) is written as a
WARC revisit record pointing at the response that holds its body; anything else as a response
record. The body also goes to the content-addressed blob store (one file per distinct body).

A full disk stops the crawl at once (``DISK_FULL`` in the stats, read by ``python -m
rulewatch.crawler``): fetching the remaining pages would only fail to archive them.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.utils.defer import deferred_from_coro

from rulewatch.crawler.context import crawl_context
from rulewatch.crawler.items import FetchedPage
from rulewatch.store.archive import Fetch, NightArchive, sha1_payload_digest
from rulewatch.store.blobs import BlobStore
from rulewatch.store.space import disk_full_line, is_disk_full

logger = logging.getLogger(__name__)

VALIDATORS = ("ETag", "Last-Modified")
DISK_FULL = "rulewatch/disk-full"  # stats key: the one line saying how much space is left, where


def _has(headers: dict[str, str], name: str) -> bool:
    return any(key.lower() == name.lower() for key in headers)


class ArchiveSnapshotPipeline:
    """Sets ``body_sha256`` / ``body_path``, ``unchanged`` (not-modified, same-body) and ``warc``."""

    def __init__(self, blobs: BlobStore, archive: NightArchive | None = None, crawler: Any = None) -> None:
        self.blobs = blobs
        self.archive = archive
        self.crawler = crawler
        self.disk_full: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ArchiveSnapshotPipeline":
        context = crawl_context(crawler)
        return cls(blobs=context.store.blobs, archive=context.archive, crawler=crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage) or item.status is None:
            return item
        if self.disk_full is not None:
            item.problem("archive-failed", self.disk_full)
            return item
        fetch = Fetch(item.final_url or item.url, item.fetched_at, item.status, dict(item.headers), item.url, item.source)
        previous = item.previous
        try:
            if item.status == 304 or (item.from_archive and item.unchanged):
                if previous is None:
                    item.problem("unexpected-304", "304 Not Modified to a request that was not conditional")
                    return item
                item.unchanged = item.unchanged or "not-modified"
                item.body_sha256 = previous.body_sha256
                # A 304 updates the stored headers; the validators it leaves out still hold.
                for name, value in ((n, getattr(previous, n.lower().replace("-", "_"))) for n in VALIDATORS):
                    if value and not _has(item.headers, name):
                        item.headers[name] = value
            else:
                item.body_sha256, item.body_path = self.blobs.put(item.body)
                if previous is not None and item.status == 200 and item.body_sha256 == previous.body_sha256:
                    item.unchanged = "same-body"
            if self.archive is not None and not item.from_archive:
                item.warc = self._write(fetch, item)
        except OSError as exc:
            if is_disk_full(exc):
                self._stop(disk_full_line(self.blobs.root.parent))
            logger.error("cannot archive %s: %s", item.url, exc)
            item.problem("archive-failed", str(exc))
        return item

    def _stop(self, line: str) -> None:
        """Stop the crawl: nothing more can be archived tonight (later items stop at ``disk_full``)."""
        self.disk_full = line
        logger.error("%s: stopping the crawl", line)
        if self.crawler is not None:
            self.crawler.stats.set_value(DISK_FULL, line)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="disk-full"))

    def _write(self, fetch: Fetch, item: FetchedPage) -> Any:
        assert self.archive is not None
        previous = item.previous
        if item.unchanged and previous is not None:
            body = item.body if item.unchanged == "same-body" else self._body(previous.body_sha256)
            digest = sha1_payload_digest(body) if body is not None else f"sha256:{previous.body_sha256}"
            return self.archive.write_revisit(
                fetch, previous.original_url or previous.url, previous.original_at or previous.fetched_at, digest
            )
        return self.archive.write_response(fetch, item.body)

    def _body(self, sha256: str) -> bytes | None:
        try:
            return self.blobs.get(sha256)
        except OSError:
            return None
