"""Edits are read and checked like extracted values; a bad stored value never breaks a page or the export;
a decision can be reopened. On a store filled by two real nights (tests/review_support.py)."""

import json
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from typer.testing import CliRunner

from rulewatch.cli import app as cli
from rulewatch.errors import ReviewError
from rulewatch.review import QueueFilter, add_user, history, queue_page
from rulewatch.review.edits import corrected_value
from rulewatch.review.web import create_app
from rulewatch.schemas import Change, Evidence, Requirement
from rulewatch.diff import rule_value
from rulewatch.store.tables import Alert, ReviewRow
from tests.review_support import sqlite_store  # noqa: F401 -- fixture
from tests.test_web_app import PASSWORD, login

runner = CliRunner()
EVIDENCE = Evidence(url="https://www.canada.ca/fr/x.html", snapshot="sha256:" + "a" * 64, quote="q", start=0, end=1)


def _change(criterion: str, operator: str, value, unit: str, **qualifiers) -> Change:
    record = Requirement(subject="category:*", criterion=criterion, operator=operator, value=value, unit=unit,
                         qualifiers=qualifiers, evidence=EVIDENCE)
    return Change(key=record.key, type="changed", kind="requirement", after=rule_value(record), record=record)


MONTHS = _change("work_experience_min", ">=", 12, "months")
FUNDS = _change("proof_of_funds", ">=", 15640, "CAD", household_size=1)
LEVELS = _change("skill_levels", "in", [0, 1, 2, 3], "teer")


@pytest.mark.parametrize(("change", "typed", "value", "text"), [
    (MONTHS, "18", 18, "≥ 18 months"),
    (MONTHS, "18 months", 18, "≥ 18 months"),
    (MONTHS, "au moins 18 mois", 18, "≥ 18 months"),
    (MONTHS, "2 ans", 24, "≥ 24 months"),
    (MONTHS, "≥ 1 year", 12, "≥ 12 months"),
    (FUNDS, "16 250 $", 16250, "≥ 16 250 CAD"),
    (FUNDS, "16250 CAD", 16250, "≥ 16 250 CAD"),
    (LEVELS, "0, 1, 2", [0, 1, 2], "in {0, 1, 2} teer"),
    (LEVELS, "FÉER 0, 1", [0, 1], "in {0, 1} teer"),
])
def test_an_edit_is_read_with_the_criterions_unit(change, typed, value, text):
    corrected = corrected_value(change, typed)
    assert (corrected.value, corrected.text, corrected.unit) == (value, text, change.after.unit)


@pytest.mark.parametrize(("change", "typed", "message"), [
    (MONTHS, "banana", "cannot read 'banana'"),
    (MONTHS, "18 hours", "in months"),
    (MONTHS, "18 months or 2 years", "cannot read"),
    (MONTHS, "-6", "cannot read"),
    (MONTHS, "99999999999999999999", "between 0 and"),
    (MONTHS, "≤ 18 months", "operator"),
    (FUNDS, "16,250", "16250 or 16.25"),
    (LEVELS, "0, 7", "TEER"),
    (LEVELS, "12", "list"),
    (MONTHS, "  ", "needs the corrected value"),
])
def test_an_edit_that_says_nothing_clear_is_refused(change, typed, message):
    with pytest.raises(ReviewError, match=message):
        corrected_value(change, typed, operator=None)


def test_operator_unit_and_qualifiers_come_from_the_form():
    corrected = corrected_value(MONTHS, "1.5", unit="years", qualifiers={"within_years": "3", "continuous": "no"})
    assert (corrected.value, corrected.qualifiers) == (18, {"within_years": 3, "continuous": False})
    assert corrected.text == "≥ 18 months (within 3 years, not necessarily continuous)"
    with pytest.raises(ReviewError, match="within_years"):
        corrected_value(MONTHS, "18", qualifiers={"within_years": "soon"})
    with pytest.raises(ReviewError, match="unit"):
        corrected_value(MONTHS, "18", unit="points")


def _tightened(store):
    """The categories' experience minimum, 6 -> 12 months (night 2 also tightens the 8 proof-of-funds amounts)."""
    with store.transaction() as session:
        (row,) = [r for r in queue_page(session, QueueFilter(type="tightened"), per_page=None).rows
                  if r.change.key == "requirement:category:*:work_experience_min"]
    return row


def _cli(store, *args):
    return runner.invoke(cli, ["--data-dir", str(store.data_dir), "--db", store.url, *args])


def test_cli_edit_with_words_is_read_or_refused_and_nothing_is_stored(sqlite_store):
    alert = _tightened(sqlite_store)
    refused = _cli(sqlite_store, "review", str(alert.id), "edit", "--value", "banana", "--reason", "x", "--editor", "ana")
    assert refused.exit_code == 1 and "cannot read 'banana'" in refused.stderr and "Traceback" not in refused.output
    assert history(sqlite_store, alert.id) == [] and _tightened(sqlite_store).status == "open"
    done = _cli(sqlite_store, "review", str(alert.id), "edit", "--value", "18 months", "--reason", "canada.ca",
                "--editor", "ana")
    assert done.exit_code == 0, done.output
    (review,) = history(sqlite_store, alert.id)
    assert (review.value.value, review.value.unit) == (18, "months")
    assert review.value.text == alert.change.after.text.replace("12", "18")  # its qualifiers kept


def _poison(store, alert_id: int, value) -> None:
    """What a store written by an earlier rulewatch may hold: an accepted edit whose value is words."""
    with store.transaction() as session:
        session.execute(update(Alert).where(Alert.id == alert_id).values(status="accepted", version=2))
        row = ReviewRow(alert_id=alert_id, action="edit", reason="typed in a hurry", editor="ana",
                        at=session.get(Alert, alert_id).created_at, value=value)
        session.add(row)


def test_a_stored_invalid_value_is_shown_export_refuses_and_reopening_fixes_it(sqlite_store, tmp_path):
    alert = _tightened(sqlite_store)
    _poison(sqlite_store, alert.id, {"text": "18 months", "operator": ">=", "value": "18 months", "unit": "months",
                                     "qualifiers": {}, "status": None})
    add_user(sqlite_store, "ana", PASSWORD)
    client = TestClient(create_app(sqlite_store))
    csrf = login(client)
    page = client.get(f"/alerts/{alert.id}?status=all")
    assert page.status_code == 200 and "invalid stored value" in page.text.lower()
    assert client.get(f"/alerts/{alert.id}.json").status_code == 200
    assert client.get("/history").status_code == 200 and "invalid stored value" in client.get("/history").text
    refused = _cli(sqlite_store, "export", "--out", str(tmp_path / "out"))
    assert refused.exit_code == 1 and "Traceback" not in refused.output
    (line,) = refused.stderr.strip().splitlines()
    assert f"alert {alert.id}" in line and "reopen" in line
    no_reason = client.post(f"/alerts/{alert.id}/decision", data={"action": "reopen", "reason": "", "csrf": csrf,
                                                                 "version": 2, "status": "all"})
    assert no_reason.status_code in (303, 400) and _tightened_status(sqlite_store, alert.id) == "accepted"
    reopened = client.post(f"/alerts/{alert.id}/decision", follow_redirects=False, data={
        "action": "reopen", "reason": "the stored value was words", "csrf": csrf, "version": 2, "status": "all"})
    assert reopened.status_code == 303 and _tightened_status(sqlite_store, alert.id) == "open"
    assert [r.action for r in history(sqlite_store, alert.id)] == ["reopen", "edit"]
    again = _cli(sqlite_store, "review", str(alert.id), "edit", "--value", "18", "--reason", "canada.ca", "--editor", "bob")
    assert again.exit_code == 0, again.output
    assert _cli(sqlite_store, "export", "--out", str(tmp_path / "out")).exit_code == 0
    exported = json.loads((tmp_path / "out" / "rules.json").read_text(encoding="utf-8"))
    published = {r["key"]: r for r in exported["rules"]}[alert.change.key]
    assert (published["value"]["value"], published["record"]["value"], published["accepted"]["editor"]) == (18, 18, "bob")
    (periods,) = [p["periods"] for p in exported["periods"] if p["key"] == alert.change.key]
    assert [(p["value"]["value"], p["record"]["value"]) for p in periods] == [(18, 18)]  # the edit, not the extract


def test_a_stored_value_outside_the_schema_is_invalid_too(sqlite_store, tmp_path):
    alert = _tightened(sqlite_store)
    _poison(sqlite_store, alert.id, {"text": "≥ -3 months", "operator": ">=", "value": -3, "unit": "months",
                                     "qualifiers": {}, "status": None})
    refused = _cli(sqlite_store, "export", "--out", str(tmp_path / "out"))
    assert refused.exit_code == 1 and f"alert {alert.id}" in refused.stderr


def test_cli_reopen_needs_a_decided_alert_and_a_reason(sqlite_store):
    alert = _tightened(sqlite_store)
    still_open = _cli(sqlite_store, "review", str(alert.id), "reopen", "--reason", "why not", "--editor", "ana")
    assert still_open.exit_code == 1 and "is open" in still_open.stderr
    assert _cli(sqlite_store, "review", str(alert.id), "accept", "--reason", "ok", "--editor", "ana").exit_code == 0
    done = _cli(sqlite_store, "review", str(alert.id), "reopen", "--reason", "accepted too fast", "--editor", "ana")
    assert done.exit_code == 0, done.output
    assert [(r.action, r.reason) for r in history(sqlite_store, alert.id)][0] == ("reopen", "accepted too fast")
    assert _tightened(sqlite_store).status == "open"


def _tightened_status(store, alert_id):
    with store.transaction() as session:
        return session.get(Alert, alert_id).status


def test_web_edit_reads_the_form_and_refuses_words_with_nothing_stored(sqlite_store):
    alert = _tightened(sqlite_store)
    add_user(sqlite_store, "ana", PASSWORD)
    client = TestClient(create_app(sqlite_store))
    csrf = login(client)
    page = client.get(f"/alerts/{alert.id}").text
    assert re.search(r'<select name="unit"><option selected\s*>months</option><option\s*>years</option></select>', page)
    form = {"action": "edit", "reason": "canada.ca", "csrf": csrf, "version": alert.version, "operator": ">=",
            "unit": "months", "qualifiers": "1", "within_years": "", "continuous": ""}
    refused = client.post(f"/alerts/{alert.id}/decision", data={**form, "value": "banana"})
    assert refused.status_code == 400 and "cannot read &#39;banana&#39;" in refused.text.lower()
    assert history(sqlite_store, alert.id) == [] and _tightened_status(sqlite_store, alert.id) == "open"
    done = client.post(f"/alerts/{alert.id}/decision", follow_redirects=False,
                       data={**form, "value": "1.5", "unit": "years", "within_years": "3", "full_time": "yes"})
    assert done.status_code == 303
    (review,) = history(sqlite_store, alert.id)
    assert (review.value.value, review.value.qualifiers) == (18, {"within_years": 3, "full_time": True})
