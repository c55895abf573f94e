"""Editors answer unread statements from the CLI (`rulewatch unread …`) and the review pages in-process:
a typed record enters the rule state as an accepted change and the export; a dismissal needs a reason;
answered statements stay answered on a later night; answers become corpus cases `evaluate` reads."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from rulewatch.demo.local_site import serve_site
from rulewatch.review import add_user
from rulewatch.review.web import create_app
from rulewatch.store import Store, latest_ruleset
from rulewatch.store.alerts import review_history
from tests.unread_support import (ARTICLE, DEPOSIT, LANGUAGE, LANGUAGE_KEY, ORIENTATION, PAGE, SITE, VOLUNTEERING,
                                  cli_json, night, run_cli, write_sources)

PASSWORD = "correct horse battery"


@pytest.fixture
def crawled(tmp_path):
    """(store, site, sources) after night 1 of the fixture site; the site is served for the whole test."""
    store = Store.open(tmp_path / "data")
    with serve_site(SITE / "night1") as site:
        sources = write_sources(tmp_path, site)
        first = night(store, sources, site, "night1")
        assert first.unread == {"canada-sante": 2, "courrier-fr": 1}
        yield store, site, sources
    store.engine.dispose()


def _ids(listing: dict) -> dict[str, int]:
    return {s["quote"]: s["id"] for s in listing["statements"]}


def test_cli_types_and_dismisses_and_the_answers_hold_on_the_next_night(crawled, tmp_path):
    store, site, sources = crawled
    listing = cli_json(store, "unread")
    assert listing["waiting"] == {"canada-sante": 2, "courrier-fr": 1}
    ids = _ids(listing)
    assert set(ids) == {LANGUAGE, ORIENTATION, DEPOSIT}
    language = next(s for s in listing["statements"] if s["quote"] == LANGUAGE)
    assert (language["reason"], language["criteria"], language["source"]) == ("value-unsure", ["language_min"], "canada-sante")
    assert language["url"] == site.url(PAGE) and language["answer"] is None
    assert [s["quote"] for s in cli_json(store, "unread", "--filter", "source=courrier-fr")["statements"]] == [DEPOSIT]
    assert [s["quote"] for s in cli_json(store, "unread", "--filter", "reason=value-unsure")["statements"]] == [LANGUAGE]

    # A record that does not fit the rule model is refused with the reason, and nothing is stored.
    for bad, message in ((["--criterion", "language_min", "--value", "7", "--unit", "months"], "language_min is in nclc, not in the unit 'months'"),
                         (["--criterion", "language_min", "--value", "sept"], "cannot read 'sept' as a value"),
                         (["--criterion", "language_min", "--value", "7", "--operator", "<="], "turns it round"),
                         (["--criterion", "proof_of_funds", "--value", "15 760 $"], "household_size"),
                         (["--criterion", "language_level", "--value", "7"], "choose a criterion"),
                         (["--criterion", "language_min", "--value", "7", "--qualifier", "ability=typing"], "ability"),
                         (["--criterion", "language_min", "--value", "30"], "between 0 and 12")):
        refused = run_cli(store, "unread", str(ids[LANGUAGE]), "type", "--subject", "category:healthcare", *bad, ok=False)
        assert refused.exit_code == 1 and message in refused.stderr, (bad, refused.stderr)
    refused = run_cli(store, "unread", str(ids[LANGUAGE]), "type", "--subject", "category:nursing",
                      "--criterion", "language_min", "--value", "7", ok=False)
    assert refused.exit_code == 1 and "subject" in refused.stderr
    assert cli_json(store, "unread")["waiting"] == {"canada-sante": 2, "courrier-fr": 1}

    # Typed: the record enters the rule state as a change accepted by the editor, and the export.
    typed = cli_json(store, "unread", str(ids[LANGUAGE]), "type", "--subject", "category:healthcare",
                     "--criterion", "language_min", "--value", "7", "--editor", "ana")
    assert typed["action"] == "typed" and typed["editor"] == "ana" and typed["alert_id"]
    assert typed["record"]["key"] == LANGUAGE_KEY and typed["record"]["evidence"]["quote"] == LANGUAGE
    assert typed["change"]["type"] == "added" and typed["change"]["after"]["value"] == 7
    assert f"typed by ana from unread statement #{ids[LANGUAGE]} (value-unsure)" in typed["change"]["reasons"]
    with store.transaction() as session:
        _, state = latest_ruleset(session)
        decisions = review_history(session)
    assert state.rules[LANGUAGE_KEY].value == 7 and state.rules[LANGUAGE_KEY].evidence.quote == LANGUAGE
    assert [(r.alert_id, r.action, r.editor) for r in decisions] == [(typed["alert_id"], "accept", "ana")]
    accepted = cli_json(store, "alerts", "--status", "accepted")["alerts"]
    assert [(a["id"], a["key"]) for a in accepted] == [(typed["alert_id"], LANGUAGE_KEY)]
    run_cli(store, "export", "--out", str(tmp_path / "published"))
    rules = {r["key"]: r for r in json.loads((tmp_path / "published" / "rules.json").read_text(encoding="utf-8"))["rules"]}
    assert rules[LANGUAGE_KEY]["value"]["value"] == 7 and rules[LANGUAGE_KEY]["accepted"]["editor"] == "ana"
    assert rules[LANGUAGE_KEY]["sources"][0]["quote"] == LANGUAGE

    # A dismissal needs a reason; a statement is answered once.
    assert "reason is required" in run_cli(store, "unread", str(ids[ORIENTATION]), "dismiss", ok=False).stderr
    dismissed = cli_json(store, "unread", str(ids[ORIENTATION]), "dismiss", "--reason", "orientation hours: no criterion of the model",
                         "--editor", "bob")
    assert (dismissed["action"], dismissed["record"], dismissed["alert_id"]) == ("dismissed", None, None)
    again = run_cli(store, "unread", str(ids[ORIENTATION]), "type", "--subject", "express-entry", "--criterion",
                    "work_hours_min", "--value", "40", ok=False)
    assert again.exit_code == 1 and "already dismissed by bob" in again.stderr
    shown = cli_json(store, "unread", str(ids[ORIENTATION]))
    assert shown["answer"]["action"] == "dismissed" and shown["answer"]["reason"].startswith("orientation hours")
    assert cli_json(store, "unread")["waiting"] == {"courrier-fr": 1}
    assert {s["quote"] for s in cli_json(store, "unread", "--filter", "status=answered")["statements"]} == {LANGUAGE, ORIENTATION}
    assert "unknown status" in run_cli(store, "unread", "--filter", "status=later", ok=False).stderr
    assert "no night has id" in run_cli(store, "unread", "--filter", "night=99999999999999999999", ok=False).stderr
    text = run_cli(store, "unread").stdout  # the terminal table: scraped text is printed as text, never as markup
    assert "Statements to read (waiting): 1" in text and "garantie" in text and "waiting per source: courrier-fr 1" in text
    assert "no unread statement has id 999" in run_cli(store, "unread", "999", "dismiss", "--reason", "x", ok=False).stderr

    # Night 2: the page moved (new text, new offsets, the orientation quote with another apostrophe); the
    # answered statements are not shown again, the new one and the article's are; the typed rule stands.
    second = night(store, sources, site, "night2")
    assert second.unread == {"canada-sante": 1, "courrier-fr": 1}
    assert second.alerts == []  # the page's records and the typed rule are all already in the state
    assert {s["quote"] for s in cli_json(store, "unread")["statements"]} == {VOLUNTEERING, DEPOSIT}
    answered = cli_json(store, "unread", "--filter", "status=answered")["statements"]
    assert {s["quote"].replace("'", "’") for s in answered} == {LANGUAGE, ORIENTATION}
    assert all(s["night"] == second.night_id and s["answer"] for s in answered)
    with store.transaction() as session:
        _, state = latest_ruleset(session)
    assert state.rules[LANGUAGE_KEY].value == 7

    # The answers as corpus cases that `rulewatch evaluate` reads.
    out = tmp_path / "new-cases"
    written = run_cli(store, "corpus", "export", "--out", str(out))
    assert "2 cases written" in written.stdout
    cases = {p.name: p for p in out.iterdir()}
    typed_case = cases[f"fr-editor-canada-sante-{ids[LANGUAGE]}-typed"]
    dismissed_case = cases[f"fr-editor-canada-sante-{ids[ORIENTATION]}-dismissed"]
    assert (typed_case / "input.txt").read_text(encoding="utf-8") == LANGUAGE + "\n"
    assert json.loads((typed_case / "expected.json").read_text(encoding="utf-8")) == {"records": [
        {"type": "requirement", "subject": "category:healthcare", "criterion": "language_min", "operator": ">=",
         "value": 7, "unit": "nclc", "qualifiers": {}, "quote": LANGUAGE}]}
    meta = json.loads((typed_case / "meta.json").read_text(encoding="utf-8"))
    assert (meta["url"], meta["language"], meta["authority"], meta["published"]) == (site.url(PAGE), "fr", "official", "2026-04-14")
    assert "ana" in meta["note"] and "value-unsure" in meta["note"]
    assert json.loads((dismissed_case / "expected.json").read_text(encoding="utf-8")) == {"records": []}
    assert "orientation hours" in json.loads((dismissed_case / "meta.json").read_text(encoding="utf-8"))["note"]
    report = json.loads(run_cli(store, "evaluate", str(out), "--json").stdout)
    assert report["cases"] == 2 and report["by_criterion"]["language_min"]["fn"] == 1  # the miss the editor found
    assert report["coverage"] == 1.0  # ... and it is listed for editors, so it is covered
    assert report["by_type"]["requirement"]["fp"] == 0  # nothing read from the dismissed quote
    assert site.url(ARTICLE)  # the article is still served: its statement waits


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_review_pages_list_type_and_dismiss_behind_login_and_csrf(crawled, tmp_path):
    store, _site, _sources = crawled
    add_user(store, "ana", PASSWORD)
    client = TestClient(create_app(store))
    listing = cli_json(store, "unread")
    ids = _ids(listing)
    for path in ("/unread", "/unread.json", f"/unread/{ids[LANGUAGE]}", f"/unread/{ids[LANGUAGE]}.json"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next="), path
    posted = client.post(f"/unread/{ids[ORIENTATION]}/dismiss", data={"reason": "x"}, follow_redirects=False)
    assert posted.status_code == 303 and cli_json(store, "unread", str(ids[ORIENTATION]))["answer"] is None

    login = client.get("/login")
    queue = client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": _csrf(login.text), "next": "/"})
    csrf = _csrf(queue.text)
    sidebar = re.search(r'<section class="to-read".*?</section>', queue.text, re.S).group(0)
    assert '<span class="count">3</span>' in sidebar and "canada-sante</a> <span class=\"count\">2</span>" in sidebar
    assert client.get("/alerts.json").json()["to_read"] == {"canada-sante": 2, "courrier-fr": 1}
    page = client.get("/unread")
    assert page.status_code == 200 and page.text.count('<tr data-id="') == 3
    assert "d’au moins 2 500 $" in page.text
    assert client.get("/unread?status=soon").status_code == 400 and client.get("/unread.json?night=x").status_code == 400
    assert client.get("/unread?night=99999999999999999999").status_code == 400  # no night id is that large: not a 500
    assert client.get("/unread/999").status_code == 404 and client.get("/unread/999.json").status_code == 404

    # Without the form's token nothing is saved; a bad record is shown back with its reason, nothing saved.
    forged = client.post(f"/unread/{ids[ORIENTATION]}/dismiss", data={"reason": "x", "csrf": "forged"})
    assert forged.status_code == 403 and cli_json(store, "unread", str(ids[ORIENTATION]))["answer"] is None
    bad = client.post(f"/unread/{ids[LANGUAGE]}/type", data={"csrf": csrf, "subject": "category:healthcare",
                                                             "criterion": "proof_of_funds", "value": "7"})
    assert bad.status_code == 400 and "household_size" in bad.text and 'value="7"' in bad.text
    typed = client.post(f"/unread/{ids[LANGUAGE]}/type", data={"csrf": csrf, "subject": "category:healthcare",
                                                               "criterion": "language_min", "value": "7"},
                        follow_redirects=False)
    assert typed.status_code == 303 and typed.headers["location"].startswith(f"/unread?status=waiting&done={ids[LANGUAGE]}&alert=")
    as_json = client.get(f"/unread/{ids[LANGUAGE]}.json").json()
    assert as_json["answer"]["editor"] == "ana" and as_json["answer"]["record"]["key"] == LANGUAGE_KEY
    empty = client.post(f"/unread/{ids[ORIENTATION]}/dismiss", data={"csrf": csrf, "reason": "  "})
    assert empty.status_code == 400 and "reason is required" in empty.text
    client.post(f"/unread/{ids[ORIENTATION]}/dismiss", data={"csrf": csrf, "reason": "no criterion: orientation"})
    twice = client.post(f"/unread/{ids[ORIENTATION]}/dismiss", data={"csrf": csrf, "reason": "again"})
    assert twice.status_code == 409 and "already dismissed by ana" in twice.text  # shown as answered, not saved again
    assert client.get("/unread.json").json()["waiting"] == {"courrier-fr": 1}
    decisions = client.get("/history").text
    assert "typed from unread statement" in decisions and "ana" in decisions


def test_the_digest_says_how_many_statements_wait_per_source(tmp_path, monkeypatch):
    from rulewatch.demo import LOCAL_SETTINGS
    from rulewatch.nightly import run_night
    from tests.test_notify import config, webhook_receiver

    store = Store.open(tmp_path / "data")
    with webhook_receiver() as hook, serve_site(SITE / "night1") as site:
        monkeypatch.setenv("RULEWATCH_TEST_HOOK", f"json://127.0.0.1:{hook.port}/text")
        report = run_night(store, write_sources(tmp_path, site), LOCAL_SETTINGS, notify=config(tmp_path, hook.port))
    assert report.alerts and sorted(report.delivery.sent) == ["editors-html", "editors-text"]
    html, text = sorted(hook.messages, key=lambda m: "<h1>" not in m["message"])
    assert "Statements to read: 3 (canada-sante 2, courrier-fr 1)" in text["message"]
    assert "<p>Statements to read: 3 (canada-sante 2, courrier-fr 1)</p>" in html["message"]
    store.engine.dispose()


def test_statements_stored_before_answers_existed_get_their_keys_from_the_migration(crawled):
    """A store crawled before migration 0007 has statements without keys: the migration computes them, so
    an answer given after the upgrade covers the statements already stored (and their later copies)."""
    from alembic import command
    from sqlalchemy import inspect, select

    from rulewatch.store.database import alembic_config
    from rulewatch.store.tables import UnreadRow

    store, _site, _sources = crawled
    with store.transaction() as session:
        stored = session.execute(select(UnreadRow.id, UnreadRow.quote_key, UnreadRow.place_key).order_by(UnreadRow.id)).all()
    assert len(stored) == 4 and all(quote and place for _, quote, place in stored)  # 3 for editors, the fee set aside
    with store.engine.begin() as conn:
        cfg = alembic_config(store.engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
        assert "unread_answers" not in inspect(conn).get_table_names()
        assert "quote_key" not in {c["name"] for c in inspect(conn).get_columns("unread_statements")}
        command.upgrade(cfg, "head")
    with store.transaction() as session:
        again = session.execute(select(UnreadRow.id, UnreadRow.quote_key, UnreadRow.place_key).order_by(UnreadRow.id)).all()
    assert again == stored
