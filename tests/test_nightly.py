"""End to end: the bundled site served on 127.0.0.1, crawled by the real spider, nightly by nightly."""

import json

import pytest

from rulewatch.demo import LOCAL_SETTINGS, site_root
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import run_night
from rulewatch.publish import build_rule_file, rule_file_text, write_export
from rulewatch.review import decide
from rulewatch.store import Store, accepted_alerts, list_alerts

pytestmark = pytest.mark.slow

NIGHT2_EXPECTED = {
    ("added", "category:education"),
    ("added", "category:physicians-canadian-experience"),
    ("added", "category:researchers-canadian-experience"),
    ("added", "category:senior-managers-canadian-experience"),
    ("added", "category:military-recruits"),
    ("tightened", "requirement:category:*:work_experience_min"),
}


def write_sources(path, site, extra=""):
    path.write_text(
        f"""
[[source]]
name = "ircc-categories-fr"
urls = ["{site.url('canada/categories-fr.html')}"]
language = "fr"
authority = "official"
content = "main"
remove = ["#wb-dtmd", "section.pagedetails"]

[[source]]
name = "expat-news-fr"
urls = ["{site.url('news/entree-express-categories.html')}"]
language = "fr"
authority = "news"
content = "article"
remove = [".ad", ".newsletter", ".a-lire-aussi"]
{extra}""",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def store(tmp_path):
    return Store.open(tmp_path / "data")


def changes_of(report):
    return {(c.type, c.key) for _, c in report.alerts}


def test_two_nights_give_the_2026_alerts_and_a_third_gives_none(store, tmp_path):
    with serve_site(site_root() / "night1") as site:
        sources = write_sources(tmp_path / "sources.toml", site)
        night1 = run_night(store, sources, LOCAL_SETTINGS)
        site.root = site_root() / "night2"
        night2 = run_night(store, sources, LOCAL_SETTINGS)
        night3 = run_night(store, sources, LOCAL_SETTINGS)
    assert ("added", "category:agriculture-agri-food") in changes_of(night1)
    assert changes_of(night2) == NIGHT2_EXPECTED
    assert night3.alerts == [] and night3.updated == [] and night3.health == []
    for _, change in night2.alerts:  # the official page (18 Feb) confirms the news article (4 Mar): one alert, both
        assert change.confirmation == "confirmed", change.key
        assert {e.source for e in change.after_evidence} == {"ircc-categories-fr", "expat-news-fr"}, change.key
        assert any("2 sources report it" in r for r in change.reasons), change.key
    (tightened,) = [c for _, c in night2.alerts if c.type == "tightened"]
    assert (tightened.before.value, tightened.after.value) == (6, 12)
    assert tightened.after.qualifiers == {"within_years": 3, "continuous": False, "full_time": True}  # the official details
    assert tightened.before_evidence[0].url.endswith(".html") and tightened.after_evidence[0].quote
    assert night2.pages["fetched"] == 2 and night2.pages["ok"] == 2
    with store.transaction() as session:  # the alert_sources table backs the source filter
        from_official = {a.id for a in list_alerts(session, night_id=night2.night_id, source="ircc-categories-fr")}
        from_news = {a.id for a in list_alerts(session, night_id=night2.night_id, source="expat-news-fr")}
    assert from_official == from_news == {i for i, _ in night2.alerts}


def test_missing_page_and_selector_miss_are_health_entries_never_removed(store, tmp_path):
    extra = """
[[source]]
name = "gone"
urls = ["{gone}"]
authority = "official"

[[source]]
name = "wrong-selector"
urls = ["{page}"]
authority = "news"
content = "div.does-not-exist"
"""
    with serve_site(site_root() / "night2") as site:
        sources = write_sources(tmp_path / "sources.toml", site,
                                extra.format(gone=site.url("nope.html"), page=site.url("news/entree-express-categories.html")))
        run_night(store, sources, LOCAL_SETTINGS)
        site.fail = {"/canada/categories-fr.html": 404}
        broken = run_night(store, sources, LOCAL_SETTINGS)
    problems = {(h.source, h.problem) for h in broken.health}
    assert problems == {("gone", "http-404"), ("wrong-selector", "selector-miss"), ("ircc-categories-fr", "http-404")}
    assert not [c for _, c in broken.alerts if c.type == "removed"]
    assert broken.alerts == []  # the official page failing removes nothing and adds nothing


def test_accepting_an_alert_changes_the_published_rule_file(store, tmp_path):
    with serve_site(site_root() / "night1") as site:
        sources = write_sources(tmp_path / "sources.toml", site)
        run_night(store, sources, LOCAL_SETTINGS)
        site.root = site_root() / "night2"
        run_night(store, sources, LOCAL_SETTINGS)
    key = "requirement:category:*:work_experience_min"
    with store.transaction() as session:
        (tightened,) = [a for a in list_alerts(session) if a.change.key == key and a.change.type == "tightened"]
    decide(store, tightened.id, "accept", "confirmed on the IRCC page", "editor-a")
    with store.transaction() as session:
        first = build_rule_file(accepted_alerts(session))
    assert [r.key for r in first.rules] == [key]
    assert first.rules[0].value.value == 12
    write_export(tmp_path / "out", first)
    published = json.loads((tmp_path / "out" / "rules.json").read_text(encoding="utf-8"))
    assert published["rules"][0]["value"]["value"] == 12
    with store.transaction() as session:
        again = build_rule_file(accepted_alerts(session))
    assert rule_file_text(again) == rule_file_text(first)  # same state, same bytes
