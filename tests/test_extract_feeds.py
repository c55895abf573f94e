"""`rulewatch extract` on the IRCC rounds feed: the Round records the crawler reads from the same bytes.

The feeds are the project's own fixtures (fixtures/rounds/): the French one in Windows-1252, the English
one in UTF-8, as canada.ca has served them (no charset header).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.demo import LOCAL_SETTINGS
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import crawl_night
from rulewatch.schemas import Round
from rulewatch.store import Store, night_health, night_records

ROUNDS = Path(__file__).resolve().parents[1] / "fixtures" / "rounds"
runner = CliRunner()


def _copy(case: str, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(ROUNDS / case / "feed.json", target)
    return target


def _extract_json(*args: str) -> dict:
    result = runner.invoke(app, ["extract", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["documents"][0]


def test_the_french_feed_in_windows_1252_gives_its_rounds(tmp_path):
    feed = _copy("fr-windows-1252", tmp_path, "ee_rounds_123_fr.json")
    doc = _extract_json(str(feed))
    assert (doc["kind"], doc["encoding"], doc["language"]) == ("rounds-feed", "windows-1252", "fr")
    rounds = {r["number"]: r for r in doc["records"]}
    assert list(rounds) == ["402", "401", "400", "399", "91a"]
    assert rounds["402"]["name"] == "Recrues militaires qualifiées (2026-version 1)"
    assert rounds["402"]["category"] == "military-recruits"
    assert (rounds["399"]["invitations"], rounds["399"]["crs_cutoff"]) == (20784, 511)  # "20 784"
    assert all(r["kind"] == "round" and r["evidence"]["quote"].startswith("Ronde n° ") for r in doc["records"])
    assert "Ã" not in json.dumps(doc, ensure_ascii=False)


def test_the_english_feed_in_utf8_is_recognised_whatever_the_file_is_called(tmp_path):
    feed = _copy("en-utf8", tmp_path, "draws.json")  # no _en in the name: its dates say "March 10, 2026"
    doc = _extract_json(str(feed))
    assert (doc["kind"], doc["encoding"], doc["language"]) == ("rounds-feed", "utf-8", "en")
    assert [r["number"] for r in doc["records"]] == ["402", "399", "398", "397"]
    assert all(r["evidence"]["quote"].startswith("Round #") for r in doc["records"])
    assert next(r for r in doc["records"] if r["number"] == "399")["invitations"] == 20784  # "20,784"


def test_the_table_lists_each_round_once(tmp_path):
    feed = _copy("fr-windows-1252", tmp_path, "ee_rounds_123_fr.json")
    result = runner.invoke(app, ["extract", str(feed)])
    assert result.exit_code == 0, result.output
    assert "rounds feed, windows-1252, fr, 5 records" in result.stdout
    assert "round:91a" in result.stdout and "Recrues militaires qualifiées" in result.stdout
    assert "category:" not in result.stdout  # the round names are not announcements of categories


@pytest.mark.parametrize(("case", "message"), [
    ("malformed", "not valid JSON"),
    ("not-a-feed", "not the IRCC rounds feed"),
])
def test_a_json_file_that_is_not_a_readable_feed_is_a_clear_error(tmp_path, case, message):
    feed = _copy(case, tmp_path, "ee_rounds_123_fr.json")
    result = runner.invoke(app, ["extract", str(feed)])
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output


def test_diff_of_two_feeds_gives_the_new_rounds(tmp_path):
    newer = _copy("en-utf8", tmp_path, "ee_rounds_123_en.json")
    feed = json.loads(newer.read_text(encoding="utf-8"))
    feed["rounds"] = feed["rounds"][2:]  # the feed as it was before rounds 402 and 399
    older = tmp_path / "older_en.json"
    older.write_text(json.dumps(feed), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(older), str(newer), "--json"])
    assert result.exit_code == 0, result.output
    assert sorted((c["type"], c["key"]) for c in json.loads(result.stdout)["changes"]) == [
        ("added", "round:399"), ("added", "round:402")]


@pytest.mark.slow
def test_extract_reads_a_feed_as_the_crawler_reads_it_served_without_charset(tmp_path):
    """The same cp1252 bytes, crawled from 127.0.0.1 by a rounds-json source and read by `extract`: the same rounds."""
    site = tmp_path / "site"
    site.mkdir()
    feed = _copy("fr-windows-1252", site, "ee_rounds_123_fr.json")
    store = Store.open(tmp_path / "data")
    with serve_site(site) as served:
        sources = tmp_path / "sources.toml"
        sources.write_text(
            '[[source]]\nname = "ircc-rounds-fr"\nkind = "rounds-json"\n'
            f'urls = ["{served.url("ee_rounds_123_fr.json")}"]\nlanguage = "fr"\nauthority = "official"\n',
            encoding="utf-8")
        night = crawl_night(store, sources, LOCAL_SETTINGS)
    with store.transaction() as session:
        crawled = [r for r in night_records(session, night) if isinstance(r, Round)]
        notices = [h.problem for h in night_health(session, night)]
    assert notices == ["encoding-guessed"]
    extracted = _extract_json(str(feed))["records"]

    def fields(r: dict) -> tuple:
        return (r["number"], r["date"], r["name"], r["category"], r["invitations"], r["crs_cutoff"], r["tie_break"])

    assert [fields(r) for r in extracted] == [fields(r.model_dump(mode="json")) for r in crawled]
    assert [r["evidence"]["quote"] for r in extracted] == [r.evidence.quote for r in crawled]
