"""The CLI: every command documented with an example, and the review flow from a script's side."""

import json

import pytest
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.schemas import Category, Evidence
from rulewatch.diff import diff_rulesets, apply_records
from rulewatch.schemas import RuleSet
from rulewatch.store import Store, add_alerts

runner = CliRunner()
COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_schema_is_draft_2020_12_of_the_rule_file():
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"format", "rules", "history"} <= schema["properties"].keys()


@pytest.fixture
def store_with_alert(tmp_path):
    store = Store.open(tmp_path / "data")
    evidence = Evidence(url="https://example.org/a", snapshot="sha256:0", quote="la catégorie éducation", start=0, end=22)
    changes = diff_rulesets(RuleSet(), apply_records(RuleSet(), [Category(id="education", evidence=evidence)]))
    with store.transaction() as session:
        (alert_id,) = add_alerts(session, changes, None, None)
    return tmp_path / "data", alert_id


def test_review_needs_a_reason_and_detects_a_second_decision(store_with_alert, tmp_path):
    data, alert_id = store_with_alert
    base = ["--data-dir", str(data)]
    assert runner.invoke(app, [*base, "review", str(alert_id), "accept", "--reason", "  "]).exit_code == 1
    ok = runner.invoke(app, [*base, "review", str(alert_id), "accept", "--reason", "seen on canada.ca", "--editor", "ana"])
    assert ok.exit_code == 0, ok.output
    again = runner.invoke(app, [*base, "review", str(alert_id), "reject", "--reason", "no", "--editor", "bob"])
    assert again.exit_code == 1
    assert "already decided by ana" in again.stderr
    listed = json.loads(runner.invoke(app, [*base, "alerts", "--status", "accepted", "--json"]).stdout)
    assert [a["key"] for a in listed["alerts"]] == ["category:education"]
    out = tmp_path / "published"
    assert runner.invoke(app, [*base, "export", "--out", str(out)]).exit_code == 0
    rules = json.loads((out / "rules.json").read_text(encoding="utf-8"))
    assert [r["key"] for r in rules["rules"]] == ["category:education"]
    assert (out / "rules.schema.json").exists()


def test_unknown_alert_is_a_clean_error(store_with_alert):
    data, _ = store_with_alert
    result = runner.invoke(app, ["--data-dir", str(data), "review", "999", "accept", "--reason", "x"])
    assert result.exit_code == 1 and "no alert has id 999" in result.stderr


def test_extract_json_on_a_text_file(tmp_path):
    page = tmp_path / "note.txt"
    page.write_text("Les catégories 2026 :\n- les métiers de l'éducation;\n- les transports.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(page), "--url", "https://example.org/n", "--json"])
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["language"] == "fr"
    assert sorted(r["id"] for r in doc["records"]) == ["education", "transport"]
    assert all(r["evidence"]["url"] == "https://example.org/n" for r in doc["records"])
