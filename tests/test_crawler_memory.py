"""The store stage keeps a night's rows on disk, not in memory: 20 000 pages must cost what 2 000 do."""

from __future__ import annotations

import hashlib
import tracemalloc
from dataclasses import replace
from pathlib import Path

from rulewatch.crawler.context import CrawlContext
from rulewatch.crawler.pipelines.extract_records import ExtractRecordsPipeline
from rulewatch.crawler.pipelines.store_snapshot import StoreSnapshotPipeline
import pytest
from sqlalchemy import func, select

from rulewatch.crawler.spiders.sources import START_CHUNK
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import crawl_night

from rulewatch.store import Store, start_night
from rulewatch.store.tables import RecordRow, Snapshot
from tests.crawl_sites import FAST, canada_page, write
from tests.test_crawler import page

PAGES = 2000


def test_the_rows_of_a_night_wait_on_disk_and_are_all_stored(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    with store.transaction() as session:
        night = start_night(session, sources="test")
    body = canada_page("Preuve de fonds").encode()
    read = ExtractRecordsPipeline().process_item(page(body=body, body_sha256=hashlib.sha256(body).hexdigest()))
    assert read.records and not read.health
    stage = StoreSnapshotPipeline(CrawlContext.open(str(store.data_dir), store.url, night, "test"))

    tracemalloc.start()
    try:
        for i in range(PAGES):
            stage.process_item(replace(read, url=f"https://www.canada.ca/fr/page-{i}.html", body=body,
                                       records=list(read.records), health=[]))
            if i == PAGES // 10:
                early = tracemalloc.get_traced_memory()[0]
        grown = tracemalloc.get_traced_memory()[0] - early
    finally:
        tracemalloc.stop()
    assert grown < 256 * 1024, f"{grown} bytes held for {PAGES - PAGES // 10} more pages"
    assert not list((store.data_dir).glob("rulewatch-night-*"))  # the spool is unlinked: a kill leaves nothing

    stage.spider_idle()
    stage.close_spider()
    with store.transaction() as session:
        count = lambda table: session.scalar(select(func.count()).select_from(table).where(table.night_id == night))  # noqa: E731
        assert (count(Snapshot), count(RecordRow)) == (PAGES, PAGES * len(read.records))


@pytest.mark.slow
def test_a_site_larger_than_one_chunk_of_requests_is_crawled_whole(tmp_path: Path) -> None:
    """The declared URLs reach Scrapy's queue START_CHUNK at a time: every chunk must follow the last."""
    count = 2 * START_CHUNK + 40
    root = tmp_path / "site"
    for i in range(count):
        write(root, f"/fr/p{i}.html", f"<html lang='fr'><body><main><h1>Page {i}</h1><p>Texte {i}.</p></main></body></html>")
    store = Store.open(tmp_path / "data")
    with serve_site(root) as site:
        urls = ", ".join(f'"{site.url(f"/fr/p{i}.html")}"' for i in range(count))
        sources = tmp_path / "many.toml"
        sources.write_text(f'[[source]]\nname = "many"\nauthority = "official"\ncontent = "main"\nurls = [{urls}]\n',
                           encoding="utf-8")
        night = crawl_night(store, sources, FAST | {"CONCURRENT_REQUESTS_PER_DOMAIN": "16"})
    with store.transaction() as session:
        statuses = session.scalars(select(Snapshot.status).where(Snapshot.night_id == night)).all()
    assert len(statuses) == count and set(statuses) == {200}
