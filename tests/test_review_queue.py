"""The review queue and decisions on a store filled by two real nights, on SQLite and on PostgreSQL:
filters and counts agree with each other, the CLI sees what the web page sees, decisions publish."""

import json

import pytest
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.errors import ReviewConflict, ReviewError
from rulewatch.review import QueueFilter, corrected_value, decide, queue_page
from rulewatch.review.evidence import quote_in_context
from rulewatch.review.queue import filtered_alerts, neighbours
from tests.review_support import any_store  # noqa: F401 -- fixture

runner = CliRunner()


def _page(store, **facets):
    with store.transaction() as session:
        return queue_page(session, QueueFilter(**facets), per_page=None)


def test_queue_is_sorted_by_priority_and_each_count_is_what_its_filter_gives(any_store):
    page = _page(any_store)
    assert page.total == len(page.rows) > 10
    keys = [(-r.priority, r.id) for r in page.rows]
    assert keys == sorted(keys)
    for facet in ("type", "category", "source", "confirmation"):
        assert page.counts[facet], facet
        for value, count in page.counts[facet]:
            filtered = _page(any_store, **{facet: value})
            assert filtered.total == count, (facet, value)
            assert {r.id for r in filtered.rows} <= {r.id for r in page.rows}
    forum = _page(any_store, source="forum-expat-qc")
    assert all("forum-expat-qc" in r.sources for r in forum.rows)
    healthcare = _page(any_store, category="healthcare")
    assert [r.change.key for r in healthcare.rows] == ["category:healthcare"]
    every_category = _page(any_store, category="category:*")
    assert {r.change.key.split(":")[0] for r in every_category.rows} == {"requirement"}


def test_pages_and_neighbours_walk_the_same_order(any_store):
    everything = [r.id for r in _page(any_store).rows]
    with any_store.transaction() as session:
        pages = range(1, -(-len(everything) // 7) + 1)  # the demo's nights raise a hundred alerts: every page
        paged = [r.id for n in pages for r in queue_page(session, QueueFilter(), page=n, per_page=7).rows]
        assert paged == everything
        assert neighbours(session, QueueFilter(), everything[0]) == (None, everything[1])
        assert neighbours(session, QueueFilter(), everything[5]) == (everything[4], everything[6])


def test_decisions_publish_and_a_second_editor_gets_a_conflict(any_store, tmp_path):
    rows = _page(any_store, type="tightened").rows
    assert rows and rows[0].change.after.value == 12
    alert = rows[0]
    with pytest.raises(ReviewError, match="reason is required"):
        decide(any_store, alert.id, "accept", " ", "ana", alert.version)
    value = corrected_value(alert.change, "18")
    assert (value.value, value.text, value.unit) == (18, alert.change.after.text.replace("12", "18"), "months")
    decide(any_store, alert.id, "edit", "canada.ca says 18 months", "ana", alert.version, value)
    with pytest.raises(ReviewConflict, match=r"already decided by ana .*canada.ca says 18 months"):
        decide(any_store, alert.id, "reject", "not convinced", "bob", alert.version)
    base = ["--data-dir", str(any_store.data_dir), "--db", any_store.url]
    out = tmp_path / "published"
    assert runner.invoke(app, [*base, "export", "--out", str(out)]).exit_code == 0
    rules = {r["key"]: r for r in json.loads((out / "rules.json").read_text(encoding="utf-8"))["rules"]}
    published = rules[alert.change.key]
    assert (published["value"]["value"], published["accepted"]["editor"]) == (18, "ana")


def test_cli_filters_and_decisions_follow_the_same_rules(any_store, tmp_path):
    base = ["--data-dir", str(any_store.data_dir), "--db", any_store.url]
    listed = runner.invoke(app, [*base, "alerts", "--filter", "type=added", "--filter", "source=forum-expat-qc", "--json"])
    assert listed.exit_code == 0, listed.output
    ids = [a["id"] for a in json.loads(listed.stdout)["alerts"]]
    assert ids == [r.id for r in _page(any_store, type="added", source="forum-expat-qc").rows] and ids
    bad = runner.invoke(app, [*base, "alerts", "--filter", "colour=blue"])
    assert bad.exit_code == 1 and "bad filter" in bad.stderr
    first = json.loads(listed.stdout)["alerts"][0]
    cmd = [*base, "review", str(first["id"])]
    assert runner.invoke(app, [*cmd, "edit", "--reason", "x", "--version", "1"]).exit_code == 1  # no --value
    ok = runner.invoke(app, [*cmd, "accept", "--reason", "forum and news agree", "--editor", "ana",
                             "--version", str(first["version"])])
    assert ok.exit_code == 0, ok.output
    late = runner.invoke(app, [*cmd, "reject", "--reason", "no", "--editor", "bob", "--version", str(first["version"])])
    assert late.exit_code == 1 and "already decided by ana" in late.stderr
    with any_store.transaction() as session:
        assert first["id"] not in [r.id for r in filtered_alerts(session, ["type=added"])]
        assert first["id"] in [r.id for r in filtered_alerts(session, ["type=added"], status="accepted")]


def test_each_quote_is_found_in_its_paragraph_of_the_archived_snapshot(any_store):
    (alert,) = _page(any_store, category="military-recruits").rows
    # The official page, the news article and the reader's forum page all report it: read the forum one.
    (placed,) = [quote_in_context(any_store, e) for e in alert.change.after_evidence if e.source == "forum-expat-qc"]
    assert placed.problem is None
    assert placed.before.startswith("Un lecteur nous a envoyé ce message")
    assert "<script>" in placed.before  # the page's own text, kept as text: the template escapes it
    assert placed.after.startswith(" Voir la liste officielle")
    missing = quote_in_context(any_store, alert.change.after_evidence[0].model_copy(update={"snapshot": "sha256:" + "0" * 64}))
    assert missing.problem == "the snapshot is not in this archive"
