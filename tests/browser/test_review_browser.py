"""What only a browser can show: the pages work with the keyboard, scraped scripts never run, a
conflict is shown to the second editor. Screenshots go to test-artifacts/."""

import json

from typer.testing import CliRunner

from rulewatch.cli import app as cli

from .conftest import shot


def _export(store, out):
    result = CliRunner().invoke(cli, ["--data-dir", str(store.data_dir), "export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads((out / "rules.json").read_text(encoding="utf-8"))


def test_filter_open_accept_with_a_reason_and_the_export_changes(page_of, served, tmp_path):
    base, store = served
    before = _export(store, tmp_path / "before")
    page = page_of("ana")
    shot(page, "queue")
    page.click("a[data-facet=type][data-value=tightened]")
    page.wait_for_url("**type=tightened**")
    # the categories' experience minimum and the demo's 8 proof-of-funds amounts (2023 -> 2025)
    assert page.locator("#queue tbody tr").count() == 9
    page.goto(base + "/?source=expat-news-fr")
    rows = page.locator("#queue tbody tr")
    first, second = rows.nth(0).get_attribute("data-id"), rows.nth(1).get_attribute("data-id")
    page.keyboard.press("j")
    assert "selected" in rows.nth(1).get_attribute("class")
    page.keyboard.press("k")
    page.keyboard.press("o")
    page.wait_for_url(f"**/alerts/{first}?**")
    shot(page, "alert")
    page.keyboard.press("j")  # next alert in the same filtered queue
    page.wait_for_url(f"**/alerts/{second}?**")
    key = page.locator("h1 .key").inner_text()
    page.keyboard.press("a")
    page.keyboard.type("confirmed on the IRCC page")
    page.click("#decision button[type=submit]")
    page.wait_for_selector(".notice")
    assert f"#{second} decided" in page.locator(".notice").inner_text()
    after = _export(store, tmp_path / "after")
    assert key not in {r["key"] for r in before["rules"]}
    accepted = {r["key"]: r["accepted"] for r in after["rules"]}
    assert accepted[key]["editor"] == "ana" and accepted[key]["reason"] == "confirmed on the IRCC page"
    page.goto(base + "/?source=expat-news-fr")  # from the queue itself: r asks a reason, then rejects
    page.keyboard.press("r")
    page.keyboard.type("a news article only")
    page.keyboard.press("Enter")
    page.wait_for_selector(".notice")
    assert page.locator(f"#queue tr[data-id='{first}']").count() == 0
    page.goto(base + "/history")
    shot(page, "history")
    assert page.locator("table.list tbody tr").count() == 2


def test_scripts_in_scraped_pages_never_run(page_of, served):
    base, _ = served
    page = page_of("ana")
    page.goto(base + "/?source=forum-expat-qc&category=military-recruits")
    page.locator("#queue tbody tr a").first.click()
    page.wait_for_selector("mark")
    forum = page.locator("figure.evidence", has_text="forum-expat-qc")
    assert "<script>window.__xss" in forum.locator("blockquote").inner_text()
    shot(page, "hostile-alert")
    assert page.locator("a[href^='javascript:']").count() == 0
    raw = forum.locator("a.raw").get_attribute("href")
    page.goto(base + forum.locator("a.archived").get_attribute("href"))
    assert "<script>window.__xss" in page.locator("article.snapshot-text").inner_text()  # shown as text
    shot(page, "hostile-snapshot")
    page.goto(base + raw)
    assert "<script>" in page.locator("body").inner_text()  # the body as fetched, as text
    for checked in (page, page.context.pages[0]):
        assert checked.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == []


def test_the_second_editor_gets_a_conflict_showing_the_first_decision(page_of, served):
    base, _ = served
    ana, bob = page_of("ana"), page_of("bob")
    url = base + "/?type=tightened"
    for page in (ana, bob):
        page.goto(url)
        page.keyboard.press("o")
        page.wait_for_selector("#decision")
    ana.check("input[value=edit]")
    ana.fill("input[name=value]", "18")
    ana.fill("textarea[name=reason]", "the official page says 18 months")
    ana.click("#decision button[type=submit]")
    ana.wait_for_selector(".notice")
    bob.check("input[value=reject]")
    bob.fill("textarea[name=reason]", "only a forum says so")
    bob.click("#decision button[type=submit]")
    error = bob.locator(".error").inner_text()
    assert "Conflict" in error and "ana" in error and "the official page says 18 months" in error
    assert "edit" in bob.locator(".history").inner_text()
    shot(bob, "conflict")


def _fits(page) -> bool:
    """Nothing wider than the window: no sideways scrolling."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_pages_work_at_1280_and_400_pixels_and_the_snapshot_opens_at_its_quote(page_of, served):
    base, _ = served
    page = page_of("ana")
    for width in (1280, 400):
        page.set_viewport_size({"width": width, "height": 860})
        page.goto(base + "/")
        assert _fits(page), f"queue wider than {width} px"
        shot(page, f"queue-{width}")
        page.goto(base + "/?category=military-recruits")
        page.locator("#queue tbody tr a").first.click()
        page.wait_for_selector("figure.evidence")
        assert _fits(page), f"alert page wider than {width} px"
        assert page.locator("figure.evidence .authority").first.text_content().strip() == "official"
        shot(page, f"alert-{width}")
        page.locator("a.archived").last.click()
        page.wait_for_selector("mark#quote")
        assert _fits(page), f"snapshot page wider than {width} px"
        box = page.locator("mark#quote").bounding_box()
        assert box and 0 <= box["y"] < 860, "the quote is not scrolled into view"
        shot(page, f"snapshot-{width}")
        page.go_back()
        page.check("input[value=accept]")
        page.fill("textarea[name=reason]", "   ")  # blank to the server: refused, and redirected
        page.click("#decision button[type=submit]")
        page.wait_for_selector(".error")
        assert "/decision" not in page.url and "reason is required" in page.locator(".error").inner_text()
        page.reload()  # a reload shows the same page: no form is posted again
        assert "reason is required" in page.locator(".error").inner_text()
        assert _fits(page)
