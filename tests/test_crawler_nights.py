"""Several nights of the fixture site through the real nightly job: noise, news, faults, and a killed crawl."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.crawler.run import crawl_command
from rulewatch.demo.local_site import Site, serve_site
from rulewatch.nightly import NightReport, crawl_night, run_night
from rulewatch.store import Store, night_records
from rulewatch.store.archive import WARC_DIR, night_warc_name, read_records
from rulewatch.store.crawl import source_health
from rulewatch.store.tables import Night, Snapshot

pytestmark = pytest.mark.slow

NIGHTS = Path(__file__).resolve().parents[1] / "fixtures" / "crawl" / "nights"
FAST = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_MAXSIZE": "200000"}
PAGES = 16  # pages of the site the killed crawl runs on


def build(tmp_path: Path, *layers: str) -> Path:
    """The site as it is on one night: ``base`` with the given layers laid over it."""
    root = tmp_path / "-".join(("site", *layers))
    for layer in ("base", *layers):
        shutil.copytree(NIGHTS / layer, root, dirs_exist_ok=True)
    return root


def sources_for(tmp_path: Path, site: Site) -> Path:
    path = tmp_path / "sources.toml"
    text = (NIGHTS / "sources.toml").read_text(encoding="utf-8").replace("{base}", site.url("").rstrip("/"))
    path.write_text(text, encoding="utf-8")
    return path


def snapshots(store: Store, night_id: int) -> dict[str, Snapshot]:
    with store.transaction() as session:
        rows = session.scalars(select(Snapshot).where(Snapshot.night_id == night_id))
        return {s.url.split("/", 3)[3]: s for s in rows}


# The fixture's canada.ca pages name their English versions (hreflang) and the fixture site serves none: each is
# fetched as the page's twin and answers 404, a notice on the page's source, never a fault of the page itself.
TWIN_NOTICE = "twin-unavailable"
ENGLISH = {f"en/{name}.html" for name in ("categories", "criteres-scg", "experience-canadienne", "preuve-fonds",
                                          "qui-presenter", "rondes", "travailleurs-qualifies")}


def not_twin(report: NightReport) -> list:
    return [h for h in report.health if h.problem != TWIN_NOTICE]


def missing_twins(report: NightReport) -> set[str]:
    return {h.url.split("/", 3)[3] for h in report.health if h.problem == TWIN_NOTICE}


def changes(report: NightReport) -> set[tuple[str, str]]:
    return {(c.type, c.key) for _, c in report.alerts}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "data")


def test_a_night_of_boilerplate_noise_changes_nothing_and_reads_nothing_again(store: Store, tmp_path: Path) -> None:
    with serve_site(build(tmp_path)) as site:
        sources = sources_for(tmp_path, site)
        first = run_night(store, sources, FAST)
        site.root = build(tmp_path, "noise")
        second = run_night(store, sources, FAST)

    assert first.alerts and not not_twin(first)
    assert second.alerts == [] and not_twin(second) == []
    articles = {"en/nouvelles/2026/01/fonds-2026.html", "en/nouvelles/2026/02/categories-2026.html"}
    assert missing_twins(first) == ENGLISH | articles
    assert ENGLISH <= missing_twins(second) <= ENGLISH | articles  # an article re-checked tonight names its twin again
    before, after = snapshots(store, first.night_id), snapshots(store, second.night_id)
    pages = {url: s for url, s in after.items() if s.kind not in ("listing", "rss", "article", "twin")}
    # Identical files are 304s; the pages with new boilerplate are fetched but their main text is the same.
    assert {url: s.unchanged for url, s in pages.items()} == {
        "fr/categories.html": "same-text", "fr/preuve-fonds.html": "same-text",
        "fr/experience-canadienne.html": "same-text", "fr/qui-presenter.html": "not-modified",
        "fr/travailleurs-qualifies.html": "not-modified", "fr/criteres-scg.html": "not-modified",
        "fr/rondes.html": "not-modified", "json/ee_rounds_123_fr.json": "not-modified",
    }
    assert all(s.carried_from == before[url].id for url, s in pages.items())
    # Articles already archived are not read again: their listing did not date them later. One a night
    # per source is asked again (its week's share of re-checks), conditionally: a 304 or the same text.
    rechecked = {url: s for url, s in after.items() if s.kind == "article"}
    assert rechecked and all(s.unchanged for s in rechecked.values())
    assert len(rechecked) <= len({s.source for s in rechecked.values()})
    with store.transaction() as session:
        carried = {r.key for r in night_records(session, second.night_id)}
        read_first = {r.key for r in night_records(session, first.night_id)
                      if (url := r.evidence.url.split("/", 3)[3]) in rechecked or before[url].kind != "article"}
    assert carried == read_first  # the records of unchanged pages still count tonight
    assert second.pages["bytes"] < first.pages["bytes"] / 2
    # Every response is in the night's WARC file: revisits for what did not change.
    warc = read_records(store.data_dir / WARC_DIR / night_warc_name(second.night_id))
    kinds = {r.url.split("/", 3)[3]: r.kind for r in warc}
    assert kinds["fr/qui-presenter.html"] == "revisit" and kinds["fr/categories.html"] == "response"


def test_new_releases_articles_and_rounds_are_discovered(store: Store, tmp_path: Path) -> None:
    with serve_site(build(tmp_path)) as site:
        sources = sources_for(tmp_path, site)
        first = run_night(store, sources, FAST)
        site.root = build(tmp_path, "news")
        third = run_night(store, sources, FAST)

    articles = {url: s for url, s in snapshots(store, third.night_id).items() if s.kind == "article"}
    rechecks = {url for url, s in articles.items() if s.status == 304} - {"fr/nouvelles/2026/02/categories-2026.html"}
    assert len(rechecks) <= 2  # a week's share of each source's known articles, asked again conditionally
    assert {url: s.status for url, s in articles.items() if url not in rechecks} == {
        "fr/nouvelles/2026/03/rondes-militaires.html": 200,  # new in the listing
        "expat/articles/premiere-ronde-militaires.html": 200,  # new in the RSS feed
        "fr/nouvelles/2026/02/categories-2026.html": 304,  # the listing dates it later: checked again
    }
    assert ("added", "round:402") in changes(third)
    new_round = next(c for _, c in third.alerts if c.key == "round:402")
    assert new_round.kind == "round" and new_round.record.category == "military-recruits"
    assert new_round.record.invitations == 250 and new_round.record.crs_cutoff == 391
    assert not [c for c in changes(third) if c[0] == "removed"]
    assert first.night_id < third.night_id


def test_a_fault_night_gives_one_health_entry_per_fault_and_removes_nothing(store: Store, tmp_path: Path) -> None:
    with serve_site(build(tmp_path)) as site:
        sources = sources_for(tmp_path, site)
        first = run_night(store, sources, FAST)
        faults = build(tmp_path, "faults")
        shutil.copy(faults / "fr/travailleurs-qualifies.html", faults / "fr/travailleurs-qualifies-federal.html")
        (faults / "fr/rondes.html").write_bytes(b"<html><body>" + os.urandom(300_000).hex().encode() + b"</body></html>")
        site.root = faults
        site.fail = {"/fr/categories.html": 404, "/fr/preuve-fonds.html": 500}
        site.redirects = {"/fr/travailleurs-qualifies.html": "/fr/travailleurs-qualifies-federal.html"}
        bad = run_night(store, sources, FAST)
        worse = run_night(store, sources, FAST)

    assert not_twin(first) == []
    assert sorted((h.problem, h.url.split("/", 3)[3]) for h in not_twin(bad)) == [
        ("empty-body", "fr/criteres-scg.html"),
        ("encoding-guessed", "json/ee_rounds_123_fr.json"),
        ("http-404", "fr/categories.html"),
        ("http-500", "fr/preuve-fonds.html"),
        ("redirected", "fr/travailleurs-qualifies.html"),
        ("selector-miss", "fr/qui-presenter.html"),
        ("too-large", "fr/rondes.html"),
        ("truncated", "fr/experience-canadienne.html"),
    ]
    assert bad.alerts == [] and worse.alerts == []  # nothing removed, nothing invented
    with store.transaction() as session:
        rounds = [r for r in night_records(session, bad.night_id) if r.kind == "round"]
        health = {s.source: s for s in source_health(session)}
    # The Windows-1252 feed is read right: no "MÃ©tiers".
    assert {r.name for r in rounds} >= {"Métiers spécialisés 2026-Version 1", "Catégorie de l’expérience canadienne"}
    assert health["canada-fr"].failing_nights == 2 and health["rounds-fr"].failing_nights == 0
    assert health["ircc-news-fr"].failing_nights == 0

    result = CliRunner().invoke(app, ["--data-dir", str(store.data_dir), "health", "--json"])
    assert result.exit_code == 0, result.output
    listed = {s["source"]: s for s in json.loads(result.output)["sources"]}
    assert listed["canada-fr"]["failing_nights"] == 2
    assert {e["problem"] for e in listed["canada-fr"]["entries"]} >= {"http-404", "truncated", "selector-miss"}


def test_snapshot_prints_what_a_page_said_that_night_from_the_archive(store: Store, tmp_path: Path) -> None:
    with serve_site(build(tmp_path)) as site:
        sources = sources_for(tmp_path, site)
        run_night(store, sources, FAST)
        site.root = build(tmp_path, "noise")
        run_night(store, sources, FAST)
        url = site.url("/fr/qui-presenter.html")
        feed = site.url("/json/ee_rounds_123_fr.json")
    # The server is gone: everything below comes from the WARC files.
    runner = CliRunner()
    result = runner.invoke(app, ["--data-dir", str(store.data_dir), "snapshot", url, "--sources", str(sources)])
    assert result.exit_code == 0, result.output
    assert "Entrée express gère les demandes de résidence permanente" in result.stdout
    assert "Signaler un problème" not in result.stdout  # read with the source's selectors
    raw = runner.invoke(app, ["--data-dir", str(store.data_dir), "snapshot", feed, "--raw"])
    assert '"drawNumber": "399a"' in raw.stdout
    rounds = runner.invoke(app, ["--data-dir", str(store.data_dir), "snapshot", feed])
    assert "Ronde n° 401 du 2026-03-04 : Métiers spécialisés 2026-Version 1 — 1 250 invitations" in rounds.stdout
    early = runner.invoke(app, ["--data-dir", str(store.data_dir), "snapshot", url, "--date", "2001-01-01"])
    assert early.exit_code == 1 and "no archived snapshot" in early.output


def test_a_crawl_killed_halfway_is_finished_by_the_next_run(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "many"
    for i in range(PAGES):
        page = root / f"fr/page-{i:02d}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"<html lang='fr'><body><main><h1>Page {i}</h1><p>Les candidats de la catégorie "
                        f"des métiers doivent avoir au moins {i + 1} mois d’expérience de travail.</p></main></body></html>", encoding="utf-8")
    slow = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0.1", "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
            "RANDOMIZE_DOWNLOAD_DELAY": "False"}
    with serve_site(root) as site:
        sources = tmp_path / "many.toml"
        urls = ", ".join(f'"{site.url(f"/fr/page-{i:02d}.html")}"' for i in range(PAGES))
        sources.write_text(f'[[source]]\nname = "many"\nauthority = "official"\ncontent = "main"\nurls = [{urls}]\n',
                           encoding="utf-8")
        with store.transaction() as session:
            from rulewatch.store import start_night

            night_id = start_night(session, str(sources))
        warc = store.data_dir / WARC_DIR / night_warc_name(night_id)
        env = {**os.environ, "RULEWATCH_DB": store.url}
        crawler = subprocess.Popen(crawl_command(sources, store, night_id, slow), env=env,  # noqa: S603
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not warc.exists() or len(read_records(warc)) < 5):
            time.sleep(0.05)
        crawler.send_signal(signal.SIGKILL)
        crawler.wait()
        before = read_records(warc)  # the file is readable right after the kill
        assert 5 <= len(before) < PAGES
        with store.transaction() as session:
            assert session.get(Night, night_id).status == "crawling"  # nothing half-stored
        site.fail = {urlpath: 503 for urlpath in (f"/fr/page-{i:02d}.html" for i in range(PAGES))
                     if site.url(urlpath) in {r.url for r in before}}  # archived pages must not be fetched again
        resumed = crawl_night(store, sources, slow | {"DOWNLOAD_DELAY": "0"})

    assert resumed == night_id
    after = read_records(warc)
    assert [r.url for r in after[: len(before)]] == [r.url for r in before]  # nothing archived was lost
    assert sorted(r.url for r in after) == sorted({r.url for r in after})  # nothing fetched twice
    with store.transaction() as session:
        assert session.get(Night, night_id).status == "crawled"
        rows = list(session.scalars(select(Snapshot).where(Snapshot.night_id == night_id)))
        records = night_records(session, night_id)
    assert len(rows) == PAGES and all(s.status == 200 for s in rows)
    assert len({r.evidence.url for r in records}) == PAGES


UNREAD_SITE = Path(__file__).resolve().parents[1] / "fixtures" / "crawl" / "unread"
TRAINING = ("Les candidats de cette catégorie doivent en outre avoir terminé au moins 600 heures de formation en santé "
            "et sécurité sur un chantier.")
DEPOSIT = ("D’après les conseillers que nous avons interrogés, chaque candidat doit aussi déposer une garantie "
           "d’au moins 5 000 $ auprès d’un organisme agréé.")
FEE = "Les frais de traitement d’une demande de résidence permanente s’élèvent à 950 $ par adulte."


def unread_sources(tmp_path: Path, site: Site) -> Path:
    path = tmp_path / "unread.toml"
    path.write_text(f"""
[[source]]
name = "canada-fr"
language = "fr"
authority = "official"
content = "main"
remove = ["#wb-dtmd", "section.pagedetails"]
urls = ["{site.url('fr/metiers-formation.html')}"]

[[source]]
name = "expat-fr"
language = "fr"
authority = "news"
content = "article"
remove = [".ad"]
urls = ["{site.url('expat/guide-metiers.html')}"]
""", encoding="utf-8")
    return path


def test_unread_statements_are_stored_with_their_evidence_carried_over_and_counted_never_alerted(
    store: Store, tmp_path: Path,
) -> None:
    from rulewatch.store import latest_ruleset, unread_statements

    night3_root = tmp_path / "unread-night3"  # night 1's site with the training sentence rewritten as advice
    for layer in ("night1", "night3"):
        shutil.copytree(UNREAD_SITE / layer, night3_root, dirs_exist_ok=True)
    runner = CliRunner()
    nightly = ["--data-dir", str(store.data_dir), "nightly", "-s", "AUTOTHROTTLE_ENABLED=False"]
    with serve_site(UNREAD_SITE / "night1") as site:
        sources = unread_sources(tmp_path, site)
        first = run_night(store, sources, FAST)
        second = runner.invoke(app, [*nightly, "--sources", str(sources), "--json"])  # nothing changed
        site.root = night3_root
        third = runner.invoke(app, [*nightly, "--sources", str(sources)])
        page, article = site.url("fr/metiers-formation.html"), site.url("expat/guide-metiers.html")

    # Night 1: each page's unread statements are stored with the evidence a record would have.
    assert first.unread == {"canada-fr": 1, "expat-fr": 1} and first.health == []
    night1 = snapshots(store, first.night_id)
    with store.transaction() as session:
        waiting = unread_statements(session, first.night_id)
        set_aside = unread_statements(session, first.night_id, needs_editor=False)
        from_news = unread_statements(session, first.night_id, source="expat-fr")
        _, ruleset = latest_ruleset(session)
    assert [(u.source, u.statement.reason, u.statement.kinds, u.statement.evidence.quote) for u in waiting] == [
        ("canada-fr", "no-criterion", ["hours"], TRAINING), ("expat-fr", "no-criterion", ["money"], DEPOSIT),
    ]
    for u, url, path in ((waiting[0], page, "fr/metiers-formation.html"), (waiting[1], article, "expat/guide-metiers.html")):
        evidence = u.statement.evidence
        assert u.snapshot_id == night1[path].id and u.needs_editor
        assert (evidence.url, evidence.source) == (url, u.source)
        assert evidence.snapshot == f"sha256:{night1[path].body_sha256}" and evidence.extractor
        assert evidence.end - evidence.start == len(evidence.quote)
    assert [(u.source, u.statement.reason, u.statement.evidence.quote) for u in set_aside] == [("canada-fr", "not-a-rule", FEE)]
    assert [u.statement.evidence.quote for u in from_news] == [DEPOSIT]
    # ... and never reach the rule state or an alert: only the 12 months are read from that page.
    stated = json.dumps(ruleset.model_dump(mode="json"), ensure_ascii=False)
    assert not any(quote in stated for quote in (TRAINING, DEPOSIT, FEE))
    assert not any(e.quote in (TRAINING, DEPOSIT, FEE) for _, c in first.alerts for e in c.after_evidence)
    assert ("added", "requirement:category:trades:work_experience_min") in changes(first)

    # Night 2, nothing changed: the pages are not read again and their statements are carried to tonight.
    assert second.exit_code == 0, second.output
    report = json.loads(second.stdout)
    assert report["changes"] == [] and report["unread"] == {"needs_editor": 2, "by_source": {"canada-fr": 1, "expat-fr": 1}}
    night2 = snapshots(store, report["night"])
    assert all(s.unchanged and s.carried_from == night1[path].id for path, s in night2.items())
    with store.transaction() as session:
        carried = unread_statements(session, report["night"])
        carried_aside = unread_statements(session, report["night"], needs_editor=False)
    assert [(u.night_id, u.snapshot_id) for u in carried] == [
        (report["night"], night2["fr/metiers-formation.html"].id), (report["night"], night2["expat/guide-metiers.html"].id),
    ]
    assert [u.statement for u in carried] == [u.statement for u in waiting]  # the same evidence, offsets and all
    assert [u.statement for u in carried_aside] == [u.statement for u in set_aside]

    # Night 3, the official page now only recommends the training: read again, its statement is gone.
    assert third.exit_code == 0, third.output
    assert "unread statements for an editor: 1 (expat-fr 1)" in third.stdout
    with store.transaction() as session:
        latest = unread_statements(session, needs_editor=None)  # the latest night by default
    assert [(u.source, u.statement.evidence.quote) for u in latest] == [("canada-fr", FEE), ("expat-fr", DEPOSIT)]

    # The same extractor over the archive reads the same unread statements: no extractor upgrade.
    again = runner.invoke(app, ["--data-dir", str(store.data_dir), "reextract", "--sources", str(sources), "--json"])
    assert again.exit_code == 0, again.output
    upgrade = json.loads(again.stdout)
    assert (upgrade["snapshots"], upgrade["unchanged"], upgrade["extractor_upgrades"], upgrade["problems"]) == (2, 2, [], [])
