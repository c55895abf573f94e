"""Stage 3: store the night's snapshots, records, unread statements, articles and health entries, all in ONE transaction.

Each item's rows (without its body, already archived) go to a spool file while the crawl runs;
when the spider closes after running out of work, one transaction reads them back in batches,
writes them all and marks the night ``crawled``. The spool is an unlinked temporary file in the
data directory: a crawl of 20 000 pages holds one batch in memory, not the night, and a crawl
that is killed leaves no file behind. A crawl that is killed or fails to store leaves none of
the night's rows — but its WARC file keeps every response archived so far, and the next run of
the same night reads them back instead of fetching them again. Writing at the end keeps the
database's write lock (SQLite has one for the whole file) for a moment, so editors can review
while the crawler runs.
"""

from __future__ import annotations

import logging
import pickle
import tempfile
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from scrapy import signals
from sqlalchemy import insert, literal, select
from sqlalchemy.orm import Session

from rulewatch.crawler.context import CrawlContext, crawl_context
from rulewatch.crawler.items import FetchedPage, SourceProblem
from rulewatch.crawler.pipelines.archive_snapshot import DISK_FULL
from rulewatch.store.crawl import NOTICES, record_article
from rulewatch.store.nights import SnapshotInfo, add_health, set_night_status
from rulewatch.store.space import disk_full_line, is_disk_full
from rulewatch.store.tables import RecordRow, Snapshot, UnreadRow
from rulewatch.store.twins import night_twin_disputes, twin_health
from rulewatch.store.unread import unread_rows

logger = logging.getLogger(__name__)

# Stats keys read by ``python -m rulewatch.crawler`` to choose its exit status.
COMMITTED = "rulewatch/committed"  # the night id, once the crawl is committed
FAILURE = "rulewatch/failure"  # why nothing was stored
BATCH = 500  # snapshots written per INSERT ... RETURNING at commit


def _fetched_ok(item: FetchedPage) -> bool:
    return item.status in (200, 304) and all(h.problem in NOTICES for h in item.health)


def pending_rows(item: Any) -> dict[str, Any] | None:
    """Everything the store keeps of one item, as plain data (the body is archived already)."""
    if isinstance(item, SourceProblem):
        return {"snapshot": None, "health": [item.health_entry()]}
    if not isinstance(item, FetchedPage):
        return None
    info = SnapshotInfo(
        source=item.source, url=item.url, fetched_at=item.fetched_at, status=item.status, headers=item.headers,
        final_url=item.final_url, body_sha256=item.body_sha256, body_path=item.body_path, size=len(item.body),
        language=item.language, text_sha256=item.text_sha256,
    )
    snapshot = {  # vars(), not asdict(): asdict deep-copies every field of every page
        **vars(info), "kind": item.kind, "unchanged": item.unchanged, "carried_from": item.carried_from,
        "warc_file": item.warc.file if item.warc else None, "warc_offset": item.warc.offset if item.warc else None,
        "warc_length": item.warc.length if item.warc else None, "twin_url": item.twin_url,
    }
    fetched = item.kind == "article" and item.listing is not None and _fetched_ok(item)
    return {
        "snapshot": snapshot,
        "records": [{"key": r.key, "kind": r.kind, "data": r.model_dump(mode="json")} for r in item.records],
        "unread": unread_rows(item.unread, item.source, item.text_sha256),
        "health": list(item.health),
        "listed": [(x.url, x.title, x.updated) for x in item.listed],
        "listing_url": item.final_url or item.url,
        "article": (item.url, item.listing.title, item.listing.updated) if fetched and item.listing else None,
    }


class Spool:
    """Rows waiting for the end of the crawl, in an unlinked temporary file (gone with the process)."""

    def __init__(self, folder: Any) -> None:
        self._fh: IO[bytes] = tempfile.TemporaryFile(prefix="rulewatch-night-", dir=folder)  # noqa: SIM115
        self.count = 0

    def add(self, rows: dict[str, Any]) -> None:
        pickle.dump(rows, self._fh, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[dict[str, Any]]:
        """Every row in order (our own file, written by this process: pickle is safe here)."""
        self._fh.flush()
        self._fh.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._fh)  # noqa: S301
        self._fh.seek(0, 2)

    def close(self) -> None:
        self._fh.close()


class StoreSnapshotPipeline:
    """Spools each item's rows; ``close_spider`` stores them all, or nothing."""

    def __init__(self, context: CrawlContext, stats: Any = None) -> None:
        self.context = context
        self.stats = stats
        self._spool = Spool(context.store.data_dir)
        self._snapshots = 0
        self._finished = False  # the spider ran out of work (as opposed to being stopped)
        self._lost: str | None = None  # why an item's rows could not be kept: the night must not be stored

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
        rows = pending_rows(item)
        if rows is None:
            return item
        if isinstance(item, FetchedPage):
            item.body = b""  # archived already; the crawl of a big site must not keep every body in memory
        try:
            self._spool.add(rows)
        except OSError as exc:
            self._lost = self._lost or f"cannot keep the rows of {getattr(item, 'url', item)}: {exc}"
            if is_disk_full(exc) and self.stats is not None:
                self.stats.set_value(DISK_FULL, disk_full_line(self.context.store.data_dir))
            return item
        self._snapshots += int(rows["snapshot"] is not None)
        if self.stats is not None:
            self.stats.inc_value("rulewatch/snapshots", int(rows["snapshot"] is not None))
            self.stats.inc_value("rulewatch/records", len(rows.get("records", ())))
            self.stats.inc_value("rulewatch/unread", len(rows.get("unread", ())))
            for entry in rows["health"]:
                self.stats.inc_value(f"rulewatch/health/{entry.problem}")
        return item

    def close_spider(self) -> None:
        why: str | None = None
        try:
            if not self._finished:
                why = "the crawl was stopped before it finished"
            elif self._lost:
                why = self._lost
            else:
                self._commit()
        except Exception as exc:
            why = f"cannot store the crawl: {type(exc).__name__}: {exc}"
            logger.exception("night %s: %s", self.night_id, why)
            if is_disk_full(exc) and self.stats is not None:
                self.stats.set_value(DISK_FULL, disk_full_line(self.context.store.data_dir))
        finally:
            self._spool.close()
            self.context.close()
        if why:
            logger.error("night %s: nothing stored (%s)", self.night_id, why)
        else:
            logger.info("night %s: crawl stored (%d snapshots)", self.night_id, self._snapshots)
        if self.stats is not None:
            self.stats.set_value(FAILURE if why else COMMITTED, why or self.night_id)

    def _commit(self) -> None:
        with self.context.store.transaction() as session:
            batch: list[dict[str, Any]] = []
            for rows in self._spool:
                if rows["snapshot"] is not None:
                    batch.append(rows)
                if len(batch) >= BATCH:
                    self._write(session, batch)
                    batch = []
            self._write(session, batch)
            if self._snapshots:
                _carry_records(session, self.night_id)
                _carry_unread(session, self.night_id)
            for rows in self._spool:
                for entry in rows["health"]:
                    add_health(session, self.night_id, entry)
            for entry in twin_health(night_twin_disputes(session, self.night_id)):  # a twin that lags
                add_health(session, self.night_id, entry)
            self._remember_articles(session)
            set_night_status(session, self.night_id, "crawled")

    def _write(self, session: Session, batch: list[dict[str, Any]]) -> None:
        """A batch of snapshots with their records and unread statements: one INSERT ... RETURNING, then
        one executemany each (the unit of work would build an object per row for nothing)."""
        if not batch:
            return
        ids = session.scalars(
            insert(Snapshot).returning(Snapshot.id, sort_by_parameter_order=True),
            [{**rows["snapshot"], "night_id": self.night_id} for rows in batch],
        ).all()
        records, unread = [], []
        for rows, snapshot_id in zip(batch, ids):
            where = {"night_id": self.night_id, "snapshot_id": snapshot_id}
            records += [{**where, **r} for r in rows["records"]]
            unread += [{**where, **u} for u in rows["unread"]]
        if records:
            session.execute(insert(RecordRow), records)
        if unread:
            session.execute(insert(UnreadRow), unread)

    def _remember_articles(self, session: Session) -> None:
        dated: dict[str, datetime] = {}  # the latest date tonight's listings give each article
        for rows in self._spool:
            if rows["snapshot"] is None:
                continue
            for url, title, updated in rows["listed"]:
                record_article(session, self.night_id, rows["snapshot"]["source"], url, rows["listing_url"], title,
                               updated, fetched=False)
                if updated and (url not in dated or updated > dated[url]):
                    dated[url] = updated
        for rows in self._spool:
            if rows["snapshot"] is None or rows["article"] is None:
                continue
            url, title, updated = rows["article"]
            # A re-check may have asked first: the fetch holds for the date its listing gives tonight.
            updated = max((d for d in (updated, dated.get(url)) if d), default=None)
            record_article(session, self.night_id, rows["snapshot"]["source"], url, "", title, updated, fetched=True)


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
