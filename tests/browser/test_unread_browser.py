"""An editor reads what the extractors could not, in Chromium: a local site is crawled by the real
nightly job, its unread statements wait in "To read", one is typed into a record (the form checks it
as extraction does) that reaches the rule state and `rulewatch export`, one is dismissed, and both
become corpus cases that `rulewatch evaluate` reads. Scraped text stays text. Screenshots go to
test-artifacts/."""

from __future__ import annotations

import json
import shutil

import pytest

from rulewatch.demo import LOCAL_SETTINGS
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import run_night
from rulewatch.review import add_user
from rulewatch.store import Store, latest_ruleset
from tests.unread_support import LANGUAGE, LANGUAGE_KEY, SITE, run_cli, write_sources

from .conftest import PASSWORD, log_in, running_app, shot

FORUM = "nouvelles/forum-garantie.html"


@pytest.fixture
def reading(browser, tmp_path):
    """(base URL, store, logged-in page of ana) after night 1 of fixtures/unread-review plus a hostile forum post."""
    root = tmp_path / "site"
    shutil.copytree(SITE / "night1", root)
    shutil.copytree(SITE / "hostile", root, dirs_exist_ok=True)
    store = Store.open(tmp_path / "data")
    with serve_site(root) as site:
        sources = write_sources(tmp_path, site)
        with sources.open("a", encoding="utf-8") as out:
            out.write(f'\n[[source]]\nname = "forum-expat"\nlanguage = "fr"\nauthority = "news"\n'
                      f'content = "article"\nurls = ["{site.url(FORUM)}"]\n')
        night = run_night(store, sources, LOCAL_SETTINGS)
    assert night.unread == {"canada-sante": 2, "courrier-fr": 1, "forum-expat": 1}
    add_user(store, "ana", PASSWORD)
    contexts: list = []
    with running_app(store) as base:
        yield base, store, log_in(browser, base, "ana", contexts)
        for context in contexts:
            context.close()
    store.engine.dispose()


def _export(store, out) -> dict[str, dict]:
    run_cli(store, "export", "--out", str(out))
    return {r["key"]: r for r in json.loads((out / "rules.json").read_text(encoding="utf-8"))["rules"]}


def test_an_editor_types_one_statement_and_dismisses_another_and_both_become_corpus_cases(reading, tmp_path):
    base, store, page = reading
    assert LANGUAGE_KEY not in _export(store, tmp_path / "before")

    # The queue's sidebar counts what waits, per source, and leads to "To read".
    sidebar = page.locator("#to-read-count")
    assert sidebar.locator("h2 .count").inner_text() == "4"
    assert [t.split() for t in sidebar.locator("li").all_inner_texts()] == [
        ["canada-sante", "2"], ["courrier-fr", "1"], ["forum-expat", "1"]]
    shot(page, "unread-queue-sidebar")
    sidebar.locator("h2 a").click()
    page.wait_for_selector("#to-read")
    rows = page.locator("#to-read tbody tr")
    assert rows.count() == 4
    listing = page.locator("#to-read").inner_text()
    assert '<script>window.__xss = "text-script"</script>' in listing and "onerror=" in listing  # shown as text
    shot(page, "unread-list")

    # Typed: a record that does not fit the rule model is refused with the reason, then corrected.
    page.locator("a.quote-link", has_text="NCLC 7").click()
    page.wait_for_selector("#type-record")
    assert page.locator("figure.evidence mark").inner_text() == LANGUAGE
    assert page.locator("select[name=criterion]").input_value() == "language_min"  # the criterion the words name
    page.select_option("select[name=subject]", "category:healthcare")
    page.fill("input[name=value]", "7")
    page.fill("input[name=unit]", "months")
    page.click("#type-record button[type=submit]")
    page.wait_for_selector(".error")
    assert "language_min is in nclc, not in the unit 'months'" in page.locator(".error").inner_text()
    assert page.locator("input[name=value]").input_value() == "7"  # what was typed is kept
    shot(page, "unread-type-refused")
    page.fill("input[name=unit]", "")
    page.fill("input[name=note]", "the page's language section: NCLC 7 for the healthcare category")
    page.click("#type-record button[type=submit]")
    page.wait_for_selector("[data-answered]")
    notice = page.locator(".notice")
    assert "answered" in notice.inner_text() and "accepted alert" in notice.inner_text()
    assert page.locator("#to-read tbody tr").count() == 3
    shot(page, "unread-typed")
    notice.locator("a").click()  # the change it made is an alert accepted by ana, with her reason
    page.wait_for_selector("article.alert")
    assert LANGUAGE_KEY in page.locator("h1 .key").inner_text() and "accepted" in page.locator("h1 .status").inner_text()
    assert "ana" in page.locator(".history").inner_text() and "NCLC 7 for the healthcare" in page.locator(".history").inner_text()
    with store.transaction() as session:
        _, state = latest_ruleset(session)
    assert state.rules[LANGUAGE_KEY].value == 7 and state.rules[LANGUAGE_KEY].evidence.quote == LANGUAGE
    published = _export(store, tmp_path / "after")[LANGUAGE_KEY]
    assert published["value"]["value"] == 7 and published["accepted"]["editor"] == "ana"

    # Dismissed: the hostile forum post's statement, with a reason; its text never runs.
    page.goto(base + "/unread?source=forum-expat")
    page.locator("a.quote-link").first.click()
    page.wait_for_selector("#dismiss")
    assert "<img src=x onerror=" in page.locator("figure.evidence blockquote").inner_text()
    page.fill("#dismiss textarea[name=reason]", "a forum member's claim: no rule of Express Entry")
    page.click("#dismiss button[type=submit]")
    page.wait_for_selector("[data-answered]")
    assert page.locator("#to-read tbody tr").count() == 0  # nothing left for this source
    page.goto(base + "/")
    assert page.locator("#to-read-count h2 .count").inner_text() == "2"
    assert page.evaluate("typeof window.__xss") == "undefined" and page.dialogs == []

    # Both answers as corpus cases that `rulewatch evaluate` reads.
    out = tmp_path / "new-cases"
    run_cli(store, "corpus", "export", "--out", str(out))
    cases = sorted(p.name for p in out.iterdir())
    assert len(cases) == 2 and cases[0].startswith("fr-editor-canada-sante-") and cases[0].endswith("-typed")
    assert cases[1].startswith("fr-editor-forum-expat-") and cases[1].endswith("-dismissed")
    expected = json.loads((out / cases[0] / "expected.json").read_text(encoding="utf-8"))["records"]
    assert [(r["subject"], r["criterion"], r["value"], r["unit"]) for r in expected] == [
        ("category:healthcare", "language_min", 7, "nclc")]
    report = json.loads(run_cli(store, "evaluate", str(out), "--json").stdout)
    assert report["cases"] == 2 and report["by_criterion"]["language_min"] == {
        "tp": 0, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.0}  # the extractor's miss, now labelled
    assert report["failures"][0]["case"] == cases[0] and not report["failures"][0]["error"]
