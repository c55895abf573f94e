"""Stage 1: keep every response body in the blob store, by content hash, before anything reads it."""

from __future__ import annotations

import logging
from typing import Any

from rulewatch.crawler.items import FetchedPage
from rulewatch.store.blobs import BlobStore
from rulewatch.store.database import Store
from rulewatch.store.nights import HealthEntry

logger = logging.getLogger(__name__)


class ArchiveSnapshotPipeline:
    """Puts ``item.body`` in the blob store and sets ``body_sha256`` / ``body_path``."""

    def __init__(self, data_dir: str | None = None, db_url: str | None = None, blobs: BlobStore | None = None) -> None:
        self.data_dir = data_dir
        self.db_url = db_url
        self.blobs = blobs

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ArchiveSnapshotPipeline":
        settings = crawler.settings
        return cls(data_dir=settings.get("RULEWATCH_DATA") or None, db_url=settings.get("RULEWATCH_DB") or None)

    def open_spider(self) -> None:
        if self.blobs is None:
            # No migration and no connection: only the blob store's location is needed here.
            self.blobs = Store.open(self.data_dir, self.db_url, migrate=False).blobs

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage) or item.status is None:
            return item
        assert self.blobs is not None, "open_spider() was not called"
        try:
            item.body_sha256, item.body_path = self.blobs.put(item.body)
        except OSError as exc:
            logger.error("cannot archive the body of %s: %s", item.url, exc)
            item.health.append(
                HealthEntry(item.source, item.url, "archive-failed", detail=str(exc), status=item.status)
            )
        return item
