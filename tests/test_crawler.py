"""The crawler: its pipeline stages one by one, then the real spider against a local site (subprocess)."""

from __future__ import annotations

import hashlib
import shutil
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import pytest
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from twisted.internet import error as tx_error

from rulewatch.demo.local_site import serve_site
from rulewatch.crawler.items import FetchedPage, SourceProblem
from rulewatch.crawler.pipelines.archive_snapshot import ArchiveSnapshotPipeline
from rulewatch.crawler.context import CrawlContext
from rulewatch.crawler.pipelines.extract_records import ExtractRecordsPipeline, make_document, text_digest
from rulewatch.crawler.pipelines.store_snapshot import StoreSnapshotPipeline
from rulewatch.crawler.run import run_crawl
from rulewatch.crawler.spiders.sources import failure_reason
from rulewatch.errors import ExtractionError, FetchError
from rulewatch.extractors.document import Document, Extraction
from rulewatch.sources import Source
from rulewatch.store.blobs import BlobStore
from rulewatch.store.database import Store
from rulewatch.store.nights import night_health, night_records, night_snapshots, start_night
from rulewatch.store.tables import Night

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "fixtures" / "crawl" / "site"
FAST = {"AUTOTHROTTLE_ENABLED": "False", "ROBOTSTXT_OBEY": "True", "LOG_LEVEL": "INFO"}
NOW = datetime(2026, 11, 3, 2, 0, tzinfo=timezone.utc)

CANADA = Source(
    name="canada-fr",
    urls=["https://www.canada.ca/fr/x.html"],
    language="fr",
    authority="official",
    content="main",
    remove=["#wb-dtmd", "section.pagedetails"],
)


def page(**overrides: object) -> FetchedPage:
    values: dict[str, object] = {
        "source": "canada-fr",
        "url": "https://www.canada.ca/fr/x.html",
        "fetched_at": NOW,
        "final_url": "https://www.canada.ca/fr/x.html",
        "status": 200,
        "headers": {"Content-Type": "text/html; charset=utf-8"},
        "body": b"<html><main><p>Texte.</p></main></html>",
        "declaration": CANADA,
    }
    values.update(overrides)
    return FetchedPage(**values)  # type: ignore[arg-type]


def problems(item: FetchedPage) -> list[str]:
    return [h.problem for h in item.health]


def open_store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "data")


def new_night(store: Store) -> int:
    with store.transaction() as session:
        return start_night(session, sources="test")


def night_status(store: Store, night_id: int) -> str:
    with store.transaction() as session:
        return session.get(Night, night_id).status  # type: ignore[union-attr]


# --- spider: failures become short codes ------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (DownloadTimeoutError("took longer than 30 seconds"), "timeout"),
        (tx_error.TimeoutError(), "timeout"),
        (tx_error.TCPTimedOutError(), "timeout"),
        (CannotResolveHostError("www.canada.ca"), "dns"),
        (tx_error.DNSLookupError(), "dns"),
        (DownloadConnectionRefusedError("refused"), "connection"),
        (tx_error.ConnectionRefusedError(), "connection"),
        (DownloadCancelledError("expected response size larger than download max size"), "too-large"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots-disallow"),
        (IgnoreRequest("Filtered offsite request"), "fetch-error"),
        (ValueError("something else"), "fetch-error"),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, BaseException) else v,
)
def test_failure_reason(exc: BaseException, reason: str) -> None:
    assert failure_reason(exc) == reason


# --- archive_snapshot -------------------------------------------------------------------------


def test_archive_puts_the_body_in_the_blob_store(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
    stage = ArchiveSnapshotPipeline(blobs=blobs)
    item = stage.process_item(page())
    assert item.body_sha256 == hashlib.sha256(item.body).hexdigest()
    assert blobs.get(item.body_sha256) == item.body
    assert (blobs.root / item.body_path).read_bytes() == item.body


def test_archive_keeps_error_pages_and_skips_failures(tmp_path: Path) -> None:
    stage = ArchiveSnapshotPipeline(blobs=BlobStore(tmp_path / "blobs"))
    assert stage.process_item(page(status=404, body=b"Not found")).body_sha256 is not None
    failed = stage.process_item(page(status=None, final_url=None, body=b"", error="timeout"))
    assert failed.body_sha256 is None
    problem = SourceProblem("rounds", "https://www.canada.ca/x.json", "config")
    assert stage.process_item(problem) is problem


# --- extract_records --------------------------------------------------------------------------


def fake_extract(doc: Document) -> Extraction:
    return Extraction(text=f"texte de {doc.url}", language="fr", records=[])


def read_text(doc: Document) -> str:
    return f"texte de {doc.url}"


def test_extract_reads_200_pages_with_the_source_declaration() -> None:
    seen: list[Document] = []

    def extract(doc: Document) -> Extraction:
        seen.append(doc)
        return fake_extract(doc)

    item = ExtractRecordsPipeline(extract=extract, read_text=read_text).process_item(page(body_sha256="ab" * 32))
    (doc,) = seen
    assert doc.snapshot == "sha256:" + "ab" * 32
    assert doc.content_type == "text/html; charset=utf-8"
    assert (doc.authority, doc.declared_language, doc.content) == ("official", "fr", "main")
    assert doc.remove == ("#wb-dtmd", "section.pagedetails")
    assert doc.fetched_at == NOW and doc.source == "canada-fr"
    assert item.language == "fr"
    assert item.text_sha256 == text_digest(f"texte  de\n {item.url}")  # whitespace does not count
    assert item.health == []


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"status": 404}, "http-404"),
        ({"status": 500}, "http-500"),
        ({"status": None, "body": b"", "error": "timeout"}, "timeout"),
        ({"body": b"  \n"}, "empty-body"),
    ],
    ids=["404", "500", "fetch-error", "empty-body"],
)
def test_extract_turns_unreadable_pages_into_health(overrides: dict, problem: str) -> None:
    def never(doc: Document) -> Extraction:
        raise AssertionError("the extractor must not be called")

    item = ExtractRecordsPipeline(extract=never).process_item(page(**overrides))
    assert problems(item) == [problem]
    assert item.records == [] and item.text_sha256 is None


def test_extract_reports_extraction_errors_by_reason() -> None:
    def miss(doc: Document) -> Extraction:
        raise ExtractionError("selector-miss", "content selector 'main' matched nothing")

    item = ExtractRecordsPipeline(extract=miss, read_text=read_text).process_item(page())
    assert problems(item) == ["selector-miss"]
    assert "matched nothing" in item.health[0].detail and item.health[0].status == 200


def test_an_extractor_crash_keeps_the_snapshot() -> None:
    def crash(doc: Document) -> Extraction:
        raise ZeroDivisionError("division by zero")

    item = ExtractRecordsPipeline(extract=crash, read_text=read_text).process_item(page(body_sha256="cd" * 32))
    assert problems(item) == ["extractor-crash"]
    assert "ZeroDivisionError" in item.health[0].detail
    assert item.body_sha256 == "cd" * 32


def test_make_document_finds_content_type_in_any_case() -> None:
    assert make_document(page(headers={"content-type": "text/plain"})).content_type == "text/plain"
    assert make_document(page(headers={})).content_type is None


# --- store_snapshot ---------------------------------------------------------------------------


def stored_stage(store: Store, night_id: int | None) -> StoreSnapshotPipeline:
    return StoreSnapshotPipeline(CrawlContext.open(str(store.data_dir), store.url, night_id, "test"))


def test_store_commits_the_whole_crawl_at_close(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    night = new_night(store)
    stage = stored_stage(store, night)
    good = ExtractRecordsPipeline(extract=fake_extract, read_text=read_text).process_item(page(body_sha256="ab" * 32))
    stage.process_item(good)
    stage.process_item(ExtractRecordsPipeline(extract=fake_extract).process_item(page(status=404)))
    stage.process_item(SourceProblem("rounds", "https://www.canada.ca/r.json", "config"))
    with store.transaction() as session:  # nothing visible before the end of the crawl
        assert night_snapshots(session, night) == []
    stage.spider_idle()
    stage.close_spider()
    with store.transaction() as session:
        snaps = night_snapshots(session, night)
        assert [(s.status, s.body_sha256) for s in snaps] == [(200, "ab" * 32), (404, None)]
        assert snaps[0].text_sha256 == good.text_sha256 and snaps[0].language == "fr"
        assert [h.problem for h in night_health(session, night)] == ["http-404", "config"]
    assert night_status(store, night) == "crawled"


def test_the_crawl_does_not_hold_the_write_lock(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    night = new_night(store)
    stage = stored_stage(store, night)
    stage.process_item(page(body_sha256="ab" * 32))
    editor = Store.open(store.data_dir)  # another process writing mid-crawl (an editor's review)
    with editor.transaction() as session:
        session.add(Night(started_at=NOW, status="complete"))
    stage.spider_idle()
    stage.close_spider()
    assert night_status(store, night) == "crawled"


def test_a_failed_commit_stores_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path)
    night = new_night(store)
    stage = stored_stage(store, night)
    stage.process_item(page(body_sha256="ab" * 32))
    stage.process_item(SourceProblem("rounds", "https://www.canada.ca/r.json", "config"))

    def disk_full(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("rulewatch.crawler.pipelines.store_snapshot.add_health", disk_full)
    stage.spider_idle()
    stage.close_spider()
    with store.transaction() as session:
        assert night_snapshots(session, night) == []
    assert night_status(store, night) == "crawling"


def test_unread_statements_are_stored_with_their_page_in_the_crawl_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlalchemy import func, select

    from rulewatch.store.tables import RecordRow, UnreadRow
    from rulewatch.store.unread import unread_statements

    body = (REPO / "fixtures" / "crawl" / "unread" / "night1" / "fr" / "metiers-formation.html").read_bytes()
    store = open_store(tmp_path)

    def crawl(fail: bool) -> int:
        night = new_night(store)
        stage = stored_stage(store, night)
        stage.process_item(ExtractRecordsPipeline().process_item(page(body=body, body_sha256=hashlib.sha256(body).hexdigest())))
        stage.process_item(SourceProblem("rounds", "https://www.canada.ca/r.json", "config"))
        if fail:  # the health entries are written after the records and unread statements
            monkeypatch.setattr("rulewatch.crawler.pipelines.store_snapshot.add_health", lambda *a: 1 / 0)
        stage.spider_idle()
        stage.close_spider()
        monkeypatch.undo()
        return night

    failed = crawl(fail=True)
    with store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(UnreadRow)) == 0
        assert session.scalar(select(func.count()).select_from(RecordRow)) == 0
    night = crawl(fail=False)
    with store.transaction() as session:
        (snapshot,) = night_snapshots(session, night)
        waiting = unread_statements(session, night)
        assert unread_statements(session, failed) == []
    assert [(u.snapshot_id, u.source, u.statement.reason) for u in waiting] == [(snapshot.id, "canada-fr", "no-criterion")]
    assert "600 heures" in waiting[0].statement.evidence.quote
    assert waiting[0].statement.evidence.snapshot == f"sha256:{snapshot.body_sha256}"


def test_a_stopped_crawl_stores_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    night = new_night(store)
    stage = stored_stage(store, night)
    stage.process_item(page(body_sha256="ab" * 32))
    stage.close_spider()  # closed without ever running out of work: shutdown, kill, timeout
    with store.transaction() as session:
        assert night_snapshots(session, night) == []
    assert night_status(store, night) == "crawling"


def test_store_starts_a_night_when_none_is_given(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    stage = stored_stage(store, None)
    stage.process_item(page())
    stage.spider_idle()
    stage.close_spider()
    assert stage.night_id is not None
    assert night_status(store, stage.night_id) == "crawled"


# --- the local site itself ---------------------------------------------------------------------


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 -- 127.0.0.1 only
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_local_site_serves_fails_and_switches_root(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "only-here.html").write_text("<p>ici</p>", encoding="utf-8")
    with serve_site(SITE) as site:
        assert site.url("/a.html").startswith("http://127.0.0.1:")
        assert fetch(site.url("/nouvelles/entree-express-categories-2026.html")) == 200
        assert fetch(site.url("/robots.txt")) == 404
        assert fetch(site.url("/nouvelles/")) == 404
        site.fail = {"/nouvelles/entree-express-categories-2026.html": 503}
        assert fetch(site.url("/nouvelles/entree-express-categories-2026.html")) == 503
        site.fail = {}
        site.redirects = {"/ancienne.html": "/nouvelles/entree-express-categories-2026.html"}
        with urllib.request.urlopen(site.url("/ancienne.html"), timeout=5) as response:  # noqa: S310
            assert response.url.endswith("/nouvelles/entree-express-categories-2026.html")
        site.root = other
        assert fetch(site.url("/only-here.html")) == 200


# --- the real spider, end to end (subprocess) --------------------------------------------------


def write_sources(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def requires_extractor() -> None:
    pytest.importorskip("rulewatch.extractors", reason="extract_document is not written yet")
    from rulewatch import extractors

    if not hasattr(extractors, "extract_document"):
        pytest.skip("extract_document is not written yet")


@pytest.mark.slow
def test_crawl_a_local_site(tmp_path: Path) -> None:
    requires_extractor()
    store = open_store(tmp_path)
    night = new_night(store)
    with serve_site(SITE) as site:
        site.fail = {"/fr/entree-express/en-panne.html": 500}
        site.redirects = {"/fr/ancienne-adresse.html": "/nouvelles/entree-express-categories-2026.html"}
        fsw = site.url("/fr/entree-express/travailleurs-qualifies-federal.html")
        moved = site.url("/fr/entree-express/gabarit-sans-main.html")
        gone = site.url("/fr/entree-express/page-retiree.html")
        broken = site.url("/fr/entree-express/en-panne.html")
        article = site.url("/nouvelles/entree-express-categories-2026.html")
        old_address = site.url("/fr/ancienne-adresse.html")
        sources = write_sources(
            tmp_path / "sources.toml",
            f"""
[[source]]
name = "canada-fr"
language = "fr"
authority = "official"
content = "main"
remove = ["#wb-dtmd", "section.pagedetails", ".pagedetails"]
urls = ["{fsw}", "{moved}", "{gone}", "{broken}"]

[[source]]
name = "expat-fr"
language = "fr"
authority = "news"
content = "article"
urls = ["{article}", "{old_address}"]
""",
        )
        run_crawl(sources, store, night, settings=FAST, timeout=60)

    assert night_status(store, night) == "crawled"
    with store.transaction() as session:
        snaps = {s.url: s for s in night_snapshots(session, night)}
        health = night_health(session, night)
        records = night_records(session, night)
    twin = site.url("/en/express-entry/federal-skilled-workers.html")  # the FSW page's English version, not served
    assert {url: s.status for url, s in snaps.items()} == {
        fsw: 200, moved: 200, gone: 404, broken: 500, article: 200, old_address: 200, twin: 404,
    }
    assert (snaps[fsw].twin_url, snaps[twin].kind) == (twin, "twin")
    assert snaps[old_address].final_url == article  # redirects are followed, the declared URL is kept
    for url, snap in snaps.items():
        assert snap.body_sha256 and store.blobs.get(snap.body_sha256), url
        assert snap.final_url == (article if url == old_address else url) and snap.fetched_at is not None
        assert snap.headers.get("Content-Type", "").startswith("text/html"), url
    assert store.blobs.get(snaps[fsw].body_sha256) == (SITE / "fr/entree-express/travailleurs-qualifies-federal.html").read_bytes()
    for good in (fsw, article):
        assert snaps[good].language == "fr" and snaps[good].text_sha256, good
    assert snaps[moved].text_sha256 is None

    assert sorted((h.problem, h.url) for h in health) == sorted(
        [("http-404", gone), ("http-500", broken), ("selector-miss", moved), ("redirected", old_address),
         ("twin-unavailable", twin)]
    )
    assert next(h.detail for h in health if h.problem == "twin-unavailable") == "http-404"
    assert next(h.detail for h in health if h.problem == "redirected") == f"now at {article}"
    assert {h.source for h in health if h.problem != "redirected"} == {"canada-fr"}
    assert records, "the good pages state rules"
    assert {r.evidence.url for r in records} <= {fsw, article, old_address}
    assert all(r.evidence.snapshot == f"sha256:{snaps[r.evidence.url].body_sha256}" for r in records)
    assert {r.key for r in records if r.evidence.url == article} >= {"category:transport"}


@pytest.mark.slow
def test_fetch_failures_become_health(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITE, root)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /prive/\n", encoding="utf-8")
    (root / "gros.html").write_bytes(b"<html><main>" + b"<p>trop long</p>" * 2000 + b"</main></html>")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    refused = f"http://127.0.0.1:{closed_port}/fr.html"
    store = open_store(tmp_path)
    night = new_night(store)
    with serve_site(root) as site:
        private = site.url("/prive/page.html")
        big = site.url("/gros.html")
        sources = write_sources(
            tmp_path / "sources.toml",
            f"""
[[source]]
name = "canada-fr"
language = "fr"
authority = "official"
content = "main"
urls = ["{private}", "{big}", "{refused}"]

[[source]]
name = "rounds-fr"
kind = "rounds-json"
language = "fr"
authority = "official"
urls = ["{site.url('/rounds.json')}"]
""",
        )
        run_crawl(sources, store, night, settings={**FAST, "DOWNLOAD_MAXSIZE": "10000"}, timeout=60)

    with store.transaction() as session:
        snaps = {s.url: s for s in night_snapshots(session, night)}
        health = {h.url: h for h in night_health(session, night)}
    assert set(snaps) == {private, big, refused, site.url("/rounds.json")}
    assert all(s.status is None and s.body_sha256 is None for u, s in snaps.items() if u != site.url("/rounds.json"))
    assert {url: h.problem for url, h in health.items()} == {
        private: "robots-disallow",
        big: "too-large",
        refused: "connection",
        site.url("/rounds.json"): "http-404",
    }
    assert health[site.url("/rounds.json")].source == "rounds-fr"
    assert night_status(store, night) == "crawled"


def test_an_invalid_sources_file_fails_the_crawl_cleanly(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    night = new_night(store)
    bad = REPO / "fixtures" / "sources" / "invalid" / "bad-authority.toml"
    with pytest.raises(FetchError) as caught:
        run_crawl(bad, store, night, timeout=60)
    assert caught.value.reason == "crawler-failed"
    assert "expat-com" in caught.value.detail and "authority" in caught.value.detail
    assert night_status(store, night) == "crawling"


def test_an_unknown_night_fails_the_crawl(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    sources = write_sources(
        tmp_path / "sources.toml",
        '[[source]]\nname = "x"\nauthority = "news"\nurls = ["http://127.0.0.1:9/x.html"]\n',
    )
    with pytest.raises(FetchError, match="no night 42"):
        run_crawl(sources, store, 42, settings=FAST, timeout=60)


def test_scrapy_list_from_the_repo_root() -> None:
    scrapy = Path(sys.executable).with_name("scrapy")
    command = [str(scrapy)] if scrapy.exists() else [sys.executable, "-m", "scrapy"]
    done = subprocess.run([*command, "list"], cwd=REPO, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["sources"]


def test_a_crawl_past_its_timeout_is_killed_and_stores_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    night = new_night(store)
    sources = write_sources(
        tmp_path / "sources.toml",
        '[[source]]\nname = "x"\nauthority = "news"\nurls = ["http://127.0.0.1:9/x.html"]\n',
    )
    with pytest.raises(FetchError) as caught:
        run_crawl(sources, store, night, settings=FAST, timeout=0.05)
    assert caught.value.reason == "crawler-timeout"
    assert night_status(store, night) == "crawling"
