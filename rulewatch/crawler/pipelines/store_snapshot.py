"""Stage 3: write the night's snapshots, records and health entries, in ONE transaction for the whole crawl.

The transaction opens with the spider and commits when it closes, with the night marked
``crawled``. A crawl that is killed or interrupted leaves none of the night's rows behind (blob
files may remain: they are content addressed and harmless).
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from typing import Any

from scrapy import signals
from sqlalchemy.orm import Session

from rulewatch.crawler.items import FetchedPage, SourceProblem
from rulewatch.errors import StoreError
from rulewatch.store.database import Store
from rulewatch.store.nights import (
    HealthEntry,
    SnapshotInfo,
    add_health,
    add_records,
    add_snapshot,
    set_night_status,
    start_night,
)
from rulewatch.store.tables import Night

logger = logging.getLogger(__name__)

# Stats keys read by ``python -m rulewatch.crawler`` to choose its exit status.
COMMITTED = "rulewatch/committed"  # the night id, once the crawl is committed
FAILURE = "rulewatch/failure"  # why nothing was stored


class CrawlNotStored(Exception):
    """Raised into the crawl's transaction to roll it back."""


class StoreSnapshotPipeline:
    """Adds each item to the store; commits the whole crawl in ``close_spider``."""

    def __init__(
        self,
        data_dir: str | None = None,
        db_url: str | None = None,
        night_id: int | None = None,
        sources: str | None = None,
        stats: Any = None,
    ) -> None:
        self.data_dir = data_dir
        self.db_url = db_url
        self.night_id = night_id
        self.sources = sources
        self.stats = stats
        self.store: Store | None = None
        self.session: Session | None = None
        self._transaction: AbstractContextManager[Session] | None = None
        self._finished = False  # the spider ran out of work (as opposed to being stopped)
        self._failure: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StoreSnapshotPipeline":
        settings = crawler.settings
        night = settings.get("RULEWATCH_NIGHT")
        pipeline = cls(
            data_dir=settings.get("RULEWATCH_DATA") or None,
            db_url=settings.get("RULEWATCH_DB") or None,
            night_id=int(night) if night not in (None, "") else None,
            sources=settings.get("RULEWATCH_SOURCES") or None,
            stats=crawler.stats,
        )
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        return pipeline

    def spider_idle(self) -> None:
        self._finished = True

    def open_spider(self) -> None:
        self.store = Store.open(self.data_dir, self.db_url)
        self._transaction = self.store.transaction()
        self.session = self._transaction.__enter__()
        if self.night_id is None:
            self.night_id = start_night(self.session, sources=self.sources)
            logger.info("started night %s", self.night_id)
        elif self.session.get(Night, self.night_id) is None:
            raise StoreError(f"no night {self.night_id} in {self.store.url.split('@')[-1]}")

    def process_item(self, item: Any) -> Any:
        if self._failure:
            return item
        try:
            self._add(item)
        except Exception as exc:
            # The session is unusable now: the crawl goes on, but nothing of it will be committed.
            self._failure = f"{type(exc).__name__}: {exc}"
            logger.exception("cannot store %r; this night's crawl will not be committed", getattr(item, "url", item))
        return item

    def _add(self, item: Any) -> None:
        assert self.session is not None and self.night_id is not None, "open_spider() was not called"
        if isinstance(item, SourceProblem):
            self._health(item.health_entry())
        elif isinstance(item, FetchedPage):
            info = SnapshotInfo(
                source=item.source,
                url=item.url,
                fetched_at=item.fetched_at,
                status=item.status,
                headers=item.headers,
                final_url=item.final_url,
                body_sha256=item.body_sha256,
                body_path=item.body_path,
                size=len(item.body),
                language=item.language,
                text_sha256=item.text_sha256,
            )
            snapshot_id = add_snapshot(self.session, self.night_id, info)
            add_records(self.session, self.night_id, snapshot_id, item.records)
            for entry in item.health:
                self._health(entry)
            if self.stats is not None:
                self.stats.inc_value("rulewatch/snapshots")
                self.stats.inc_value("rulewatch/records", len(item.records))

    def _health(self, entry: HealthEntry) -> None:
        assert self.session is not None and self.night_id is not None
        add_health(self.session, self.night_id, entry)
        if self.stats is not None:
            self.stats.inc_value(f"rulewatch/health/{entry.problem}")

    def close_spider(self) -> None:
        if self.session is None or self._transaction is None:
            return
        why = self._failure or (None if self._finished else "the crawl was stopped before it finished")
        try:
            if why:
                self._transaction.__exit__(CrawlNotStored, CrawlNotStored(why), None)  # rolls back
                logger.error("night %s: nothing stored (%s)", self.night_id, why)
            else:
                set_night_status(self.session, self.night_id, "crawled")
                self._transaction.__exit__(None, None, None)  # commits
                logger.info("night %s: crawl committed", self.night_id)
        except Exception as exc:
            why = f"cannot commit: {type(exc).__name__}: {exc}"
            logger.exception("night %s: %s", self.night_id, why)
        finally:
            self.session = None
            if self.store is not None:
                self.store.engine.dispose()
        if self.stats is not None:
            if why:
                self.stats.set_value(FAILURE, why)
            else:
                self.stats.set_value(COMMITTED, self.night_id)
