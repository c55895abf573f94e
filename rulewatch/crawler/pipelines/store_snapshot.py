"""Stage 3: store the night's snapshots, records and health entries, all in ONE transaction.

Items are kept (without their bodies, already in the blob store) while the crawl runs; when the
spider closes after running out of work, one transaction writes them all and marks the night
``crawled``. A crawl that is killed, interrupted or fails to store leaves none of the night's rows
behind (blob files may remain: they are content addressed and harmless). Writing at the end
rather than as items arrive keeps the database's write lock (SQLite has one for the whole file)
for a moment instead of for the whole crawl, so editors can review while the crawler runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from scrapy import signals

from rulewatch.crawler.items import FetchedPage, SourceProblem
from rulewatch.errors import StoreError
from rulewatch.schemas import Record
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


@dataclass
class _Pending:
    """One item's rows, waiting for the end of the crawl."""

    snapshot: SnapshotInfo | None
    records: list[Record] = field(default_factory=list)
    health: list[HealthEntry] = field(default_factory=list)


def _pending(item: Any) -> _Pending | None:
    if isinstance(item, SourceProblem):
        return _Pending(snapshot=None, health=[item.health_entry()])
    if isinstance(item, FetchedPage):
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
        return _Pending(snapshot=info, records=list(item.records), health=list(item.health))
    return None


class StoreSnapshotPipeline:
    """Collects each item's rows; ``close_spider`` stores them all, or nothing."""

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
        self._pending: list[_Pending] = []
        self._finished = False  # the spider ran out of work (as opposed to being stopped)

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
        """Open (and migrate) the store, and check the night exists before fetching anything."""
        self.store = Store.open(self.data_dir, self.db_url)
        if self.night_id is not None:
            with self.store.transaction() as session:
                night = session.get(Night, self.night_id)
            if night is None:
                where = self.store.engine.url.render_as_string(hide_password=True)
                raise StoreError(f"no night {self.night_id} in {where}")

    def process_item(self, item: Any) -> Any:
        pending = _pending(item)
        if pending is not None:
            self._pending.append(pending)
            if self.stats is not None:
                self.stats.inc_value("rulewatch/snapshots", int(pending.snapshot is not None))
                self.stats.inc_value("rulewatch/records", len(pending.records))
                for entry in pending.health:
                    self.stats.inc_value(f"rulewatch/health/{entry.problem}")
        return item

    def close_spider(self) -> None:
        if self.store is None:
            return
        why: str | None = None
        try:
            if not self._finished:
                why = "the crawl was stopped before it finished"
            else:
                self._commit(self.store)
        except Exception as exc:
            why = f"cannot store the crawl: {type(exc).__name__}: {exc}"
            logger.exception("night %s: %s", self.night_id, why)
        finally:
            self.store.engine.dispose()
        if why:
            logger.error("night %s: nothing stored (%s)", self.night_id, why)
        else:
            logger.info("night %s: crawl stored (%d snapshots)", self.night_id, self._snapshot_count())
        if self.stats is not None:
            self.stats.set_value(FAILURE if why else COMMITTED, why or self.night_id)

    def _snapshot_count(self) -> int:
        return sum(p.snapshot is not None for p in self._pending)

    def _commit(self, store: Store) -> None:
        with store.transaction() as session:
            if self.night_id is None:
                self.night_id = start_night(session, sources=self.sources)
            for pending in self._pending:
                if pending.snapshot is not None:
                    snapshot_id = add_snapshot(session, self.night_id, pending.snapshot)
                    add_records(session, self.night_id, snapshot_id, pending.records)
                for entry in pending.health:
                    add_health(session, self.night_id, entry)
            set_night_status(session, self.night_id, "crawled")
