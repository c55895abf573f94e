"""Stage 3: store the night's snapshots, records, unread statements, articles and health entries, all in ONE transaction.

Items are kept (without their bodies, already archived) while the crawl runs; when the spider
closes after running out of work, one transaction writes them all and marks the night
``crawled``. A crawl that is killed or fails to store leaves none of the night's rows behind —
but its WARC file keeps every response archived so far, and the next run of the same night reads
them back instead of fetching them again. Writing at the end keeps the database's write lock
(SQLite has one for the whole file) for a moment, so editors can review while the crawler runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from scrapy import signals
from sqlalchemy import insert, literal, select
from sqlalchemy.orm import Session

from rulewatch.crawler.context import CrawlContext, crawl_context
from rulewatch.crawler.items import FetchedPage, SourceProblem
from rulewatch.crawler.pipelines.archive_snapshot import DISK_FULL
from rulewatch.schemas import Record, UnreadStatement
from rulewatch.store.crawl import NOTICES, record_article
from rulewatch.store.nights import HealthEntry, SnapshotInfo, add_health, add_records, set_night_status
from rulewatch.store.space import disk_full_line, is_disk_full
from rulewatch.store.tables import RecordRow, Snapshot, UnreadRow
from rulewatch.store.twins import night_twin_disputes, twin_health
from rulewatch.store.unread import add_unread

logger = logging.getLogger(__name__)

# Stats keys read by ``python -m rulewatch.crawler`` to choose its exit status.
COMMITTED = "rulewatch/committed"  # the night id, once the crawl is committed
FAILURE = "rulewatch/failure"  # why nothing was stored


@dataclass
class _Pending:
    """One item's rows, waiting for the end of the crawl."""

    snapshot: dict[str, Any] | None  # Snapshot columns
    records: list[Record] = field(default_factory=list)
    unread: list[UnreadStatement] = field(default_factory=list)
    health: list[HealthEntry] = field(default_factory=list)
    item: FetchedPage | None = None  # bodies dropped; kept for the articles' bookkeeping


def _pending(item: Any) -> _Pending | None:
    if isinstance(item, SourceProblem):
        return _Pending(snapshot=None, health=[item.health_entry()])
    if not isinstance(item, FetchedPage):
        return None
    info = SnapshotInfo(
        source=item.source, url=item.url, fetched_at=item.fetched_at, status=item.status, headers=item.headers,
        final_url=item.final_url, body_sha256=item.body_sha256, body_path=item.body_path, size=len(item.body),
        language=item.language, text_sha256=item.text_sha256,
    )
    columns = {  # vars(), not asdict(): asdict deep-copies every field of every page
        **vars(info), "kind": item.kind, "unchanged": item.unchanged, "carried_from": item.carried_from,
        "twin_url": item.twin_url,
        "warc_file": item.warc.file if item.warc else None, "warc_offset": item.warc.offset if item.warc else None,
        "warc_length": item.warc.length if item.warc else None,
    }
    item.body = b""  # archived already; the crawl of a big site must not keep every body in memory
    return _Pending(snapshot=columns, records=list(item.records), unread=list(item.unread), health=list(item.health),
                    item=item)


def _fetched_ok(item: FetchedPage) -> bool:
    return item.status in (200, 304) and all(h.problem in NOTICES for h in item.health)


class StoreSnapshotPipeline:
    """Collects each item's rows; ``close_spider`` stores them all, or nothing."""

    def __init__(self, context: CrawlContext, stats: Any = None) -> None:
        self.context = context
        self.stats = stats
        self._pending: list[_Pending] = []
        self._finished = False  # the spider ran out of work (as opposed to being stopped)

    @property
    def night_id(self) -> int:
        return self.context.night_id

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StoreSnapshotPipeline":
        pipeline = cls(crawl_context(crawler), stats=crawler.stats)
        crawler.signals.connect(pipeline.spider_idle, signal=signals.spider_idle)
        return pipeline

    def spider_idle(self) -> None:
        self._finished = True

    def process_item(self, item: Any) -> Any:
        pending = _pending(item)
        if pending is not None:
            self._pending.append(pending)
            if self.stats is not None:
                self.stats.inc_value("rulewatch/snapshots", int(pending.snapshot is not None))
                self.stats.inc_value("rulewatch/records", len(pending.records))
                self.stats.inc_value("rulewatch/unread", len(pending.unread))
                for entry in pending.health:
                    self.stats.inc_value(f"rulewatch/health/{entry.problem}")
        return item

    def close_spider(self) -> None:
        why: str | None = None
        try:
            if not self._finished:
                why = "the crawl was stopped before it finished"
            else:
                self._commit()
        except Exception as exc:
            why = f"cannot store the crawl: {type(exc).__name__}: {exc}"
            logger.exception("night %s: %s", self.night_id, why)
            if is_disk_full(exc) and self.stats is not None:
                self.stats.set_value(DISK_FULL, disk_full_line(self.context.store.data_dir))
        finally:
            self.context.close()
        if why:
            logger.error("night %s: nothing stored (%s)", self.night_id, why)
        else:
            logger.info("night %s: crawl stored (%d snapshots)", self.night_id, self._snapshot_count())
        if self.stats is not None:
            self.stats.set_value(FAILURE if why else COMMITTED, why or self.night_id)

    def _snapshot_count(self) -> int:
        return sum(p.snapshot is not None for p in self._pending)

    def _commit(self) -> None:
        with self.context.store.transaction() as session:
            pages = [p for p in self._pending if p.snapshot is not None]
            if pages:
                # One INSERT ... RETURNING for every snapshot: the unit of work would build an
                # object per row for nothing (over a second of a 2 000-page night where nothing changed).
                ids = session.scalars(
                    insert(Snapshot).returning(Snapshot.id, sort_by_parameter_order=True),
                    [{**p.snapshot, "night_id": self.night_id} for p in pages],
                ).all()
                for pending, snapshot_id in zip(pages, ids):
                    add_records(session, self.night_id, snapshot_id, pending.records)
                    add_unread(session, self.night_id, snapshot_id, pending.snapshot["source"], pending.unread,
                               pending.snapshot.get("text_sha256"))
                _carry_records(session, self.night_id)
                _carry_unread(session, self.night_id)
            for pending in self._pending:
                for entry in pending.health:
                    add_health(session, self.night_id, entry)
            for entry in twin_health(night_twin_disputes(session, self.night_id)):  # a twin that lags
                add_health(session, self.night_id, entry)
            self._remember_articles(session)
            set_night_status(session, self.night_id, "crawled")

    def _remember_articles(self, session: Session) -> None:
        items = [p.item for p in self._pending if p.item is not None]
        dated: dict[str, datetime] = {}  # the latest date tonight's listings give each article
        for item in items:
            for listed in item.listed:
                record_article(session, self.night_id, item.source, listed.url, item.final_url or item.url,
                               listed.title, listed.updated, fetched=False)
                if listed.updated and (listed.url not in dated or listed.updated > dated[listed.url]):
                    dated[listed.url] = listed.updated
        for item in items:
            if item.kind == "article" and item.listing is not None and _fetched_ok(item):
                # A re-check may have asked first: the fetch holds for the date its listing gives tonight.
                updated = max((d for d in (item.listing.updated, dated.get(item.url)) if d), default=None)
                record_article(session, self.night_id, item.source, item.url, "", item.listing.title, updated,
                               fetched=True)


def _carry_records(session: Session, night_id: int) -> None:
    """Copy the records of the snapshots tonight's unchanged pages carry, inside the database (no row reaches Python)."""
    carried = (
        select(literal(night_id), Snapshot.id, RecordRow.key, RecordRow.kind, RecordRow.data)
        .join(RecordRow, RecordRow.snapshot_id == Snapshot.carried_from)
        .where(Snapshot.night_id == night_id)
        .order_by(Snapshot.id, RecordRow.id)
    )
    session.execute(
        insert(RecordRow).from_select(["night_id", "snapshot_id", "key", "kind", "data"], carried)
    )


def _carry_unread(session: Session, night_id: int) -> None:
    """Copy the unread statements of the snapshots tonight's unchanged pages carry, as their records are."""
    carried = (
        select(literal(night_id), Snapshot.id, UnreadRow.source, UnreadRow.reason, UnreadRow.needs_editor,
               UnreadRow.kinds, UnreadRow.criteria, UnreadRow.evidence, UnreadRow.quote_key, UnreadRow.place_key)
        .join(UnreadRow, UnreadRow.snapshot_id == Snapshot.carried_from)
        .where(Snapshot.night_id == night_id)
        .order_by(Snapshot.id, UnreadRow.id)
    )
    session.execute(insert(UnreadRow).from_select(
        ["night_id", "snapshot_id", "source", "reason", "needs_editor", "kinds", "criteria", "evidence", "quote_key",
         "place_key"], carried
    ))
