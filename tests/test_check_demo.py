"""End to end: the demo's two nights, every alert accepted, `rulewatch export`, then `rulewatch check` on the
example profiles (examples/profiles/) against the exported rules.json, with cited reasons."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.demo import run_demo

PROFILES = Path(__file__).resolve().parent.parent / "examples" / "profiles"
runner = CliRunner()


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo") / "data"
    run_demo(Console(file=io.StringIO()), data)
    base = ["--data-dir", str(data)]
    alerts = json.loads(runner.invoke(app, [*base, "alerts", "--json"]).stdout)["alerts"]
    for alert in alerts:
        done = runner.invoke(app, [*base, "review", str(alert["id"]), "accept", "--reason", "checked on the page", "--editor", "ana"])
        assert done.exit_code == 0, done.output
    out = data.parent / "published"
    assert runner.invoke(app, [*base, "export", "--out", str(out)]).exit_code == 0
    return out / "rules.json"


def check(published, profile, as_of="2026-03-01"):  # noqa: ANN001, ANN201
    done = runner.invoke(app, ["check", str(PROFILES / profile), "--rules", str(published), "--as-of", as_of, "--json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.stdout)
    return {a["subject"]: a for a in [*report["programs"], *report["categories"]]}


def reason(answer, key):  # noqa: ANN001, ANN201
    return next(r for r in answer["reasons"] if r["key"] == key)


def test_the_35_hour_contract_reaches_1560_hours_with_30_counted_a_week(published):
    answers = check(published, "cec-35h-contract.toml")
    cec = answers["program:cec"]
    assert cec["verdict"] == "eligible"
    hours = reason(cec, "requirement:program:cec:work_hours_min")
    assert hours["detail"] == "job 1: 52 weeks × 30 counted h (of 35) = 1 560 h ≥ 1 560 h"
    assert {e["url"].rsplit("/", 1)[1] for e in hours["evidence"]} == {"cec-fr.html", "cec-en.html"}
    week = reason(cec, "requirement:program:cec:full_time_hours_per_week")
    assert any("30 heures par semaine" in e["quote"] for e in week["evidence"])
    funds = reason(cec, "requirement:express-entry:proof_of_funds:household_size=1")
    assert funds["detail"] == "proof of funds waived when program = cec"
    assert answers["program:fsw"]["verdict"] == "not-eligible"  # 4 000 $ is short of the funds


def test_48_weeks_fall_short(published):
    cec = check(published, "cec-48-weeks.toml")["program:cec"]
    assert cec["verdict"] == "not-eligible"
    assert reason(cec, "requirement:program:cec:work_hours_min")["detail"] == (
        "job 1: 48 weeks × 30 counted h (of 35) = 1 440 h < 1 560 h")


def test_two_part_time_jobs_add_up_and_teer_2_needs_nclc_5(published):
    cec = check(published, "part-time-jobs.toml")["program:cec"]
    assert cec["verdict"] == "eligible"
    assert reason(cec, "requirement:program:cec:language_min:teer=2,3")["met"] is True


def test_the_fsw_grid_is_summed_from_the_published_rows(published):
    fsw = check(published, "fsw-abroad.toml")["program:fsw"]
    assert fsw["verdict"] == "eligible"
    assert reason(fsw, "requirement:program:fsw:pass_mark")["detail"].endswith("= 72 ≥ 67")
    age = next(r for r in fsw["reasons"] if r["key"] == "requirement:program:fsw:grid_points:factor=age:level=18-35")
    assert age["detail"] == "age: age 29 → 12 = 12 points (max 12)"
    assert {e["quote"] for e in age["evidence"]} == {"18 à 35 ans : 12 points", "18 to 35 years: 12 points"}


def test_a_job_offer_and_a_work_permit_waive_the_funds(published):
    fsw = check(published, "fsw-offer-and-permit.toml")["program:fsw"]
    assert fsw["verdict"] == "eligible"
    assert reason(fsw, "requirement:express-entry:proof_of_funds:household_size=1")["detail"] == (
        "proof of funds waived when job_offer.valid = true and work_permit.authorised = true")


def test_quebec_is_out_of_scope(published):
    answers = check(published, "quebec.toml")
    assert {answers[f"program:{p}"]["verdict"] for p in ("fsw", "fst", "cec")} == {"not-eligible"}
    assert reason(answers["program:fsw"], "scope:quebec-selected")["met"] is False


def test_the_funds_and_the_categories_minimum_follow_their_periods(published):
    before, after = check(published, "nurse-8-months.toml", "2025-12-01"), check(published, "nurse-8-months.toml")
    key = "requirement:category:*:work_experience_min"
    assert "= 7.8 full-time months ≥ 6 months" in reason(before["category:healthcare"], key)["detail"]
    assert before["category:healthcare"]["verdict"] == "unknown"  # the demo lists no occupations for it
    assert after["category:healthcare"]["verdict"] == "not-eligible"
    assert "= 7.8 full-time months < 12 months" in reason(after["category:healthcare"], key)["detail"]
    funds = "requirement:express-entry:proof_of_funds:household_size=1"
    assert reason(before["program:fsw"], funds)["detail"] == "funds 20 000 $ ≥ 15 263 $ for a household of 1"
    old = check(published, "nurse-8-months.toml", "2024-06-01")["program:fsw"]
    assert reason(old, funds)["detail"] == "funds 20 000 $ ≥ 13 757 $ for a household of 1"  # before 7 July 2025


def test_without_rules_the_store_accepted_state_is_checked(published):
    from_file = check(published, "cec-48-weeks.toml")
    done = runner.invoke(app, ["--data-dir", str(published.parent.parent / "data"), "check",
                               str(PROFILES / "cec-48-weeks.toml"), "--as-of", "2026-03-01", "--json"])
    assert done.exit_code == 0, done.output
    report = json.loads(done.stdout)
    assert {a["subject"]: a for a in [*report["programs"], *report["categories"]]} == from_file
