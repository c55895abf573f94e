"""`rulewatch check`: hand-computed profiles against a rule file built like the published one.

Each expected verdict and figure below was worked out by hand from tests/check_rules.py (the demo's
values): full-time = 30 h a week, 1 560 h for the CEC, 364 days = 52 weeks, FSW pass mark 67.
"""

from __future__ import annotations

from datetime import date

import pytest

from rulewatch.check import Profile, check_profile
from tests.check_rules import rule_file

RULES = rule_file()
ON = date(2026, 3, 1)
NCLC = lambda n: {"reading": n, "writing": n, "listening": n, "speaking": n}  # noqa: E731


def job(start, end, hours=30, teer=1, country="CA", noc=None, paid=True):  # noqa: ANN001, ANN201
    out = {"teer": teer, "country": country, "start": date.fromisoformat(start), "hours_per_week": hours, "paid": paid}
    if end:
        out["end"] = date.fromisoformat(end)
    if noc:
        out["noc"] = noc
    return out


def profile(**fields) -> Profile:  # noqa: ANN003
    return Profile.model_validate({"household_size": 1, "nclc": NCLC(7), **fields})


def answer(report, subject):  # noqa: ANN001, ANN201
    return next(a for a in [*report.programs, *report.categories] if a.subject == subject)


def reason(report, subject, key):  # noqa: ANN001, ANN201
    return next(r for r in answer(report, subject).reasons if r.key == key)


CEC_HOURS = "requirement:program:cec:work_hours_min"
FUNDS_1 = "requirement:express-entry:proof_of_funds:household_size=1"
PASS = "requirement:program:fsw:pass_mark"
# A skilled worker abroad: 29, a master's, NCLC 9, four years of full-time work in France, 16 000 $.
FSW_BASE = dict(age=29, education="masters", nclc=NCLC(9), funds_cad=16000,
                job=[job("2022-01-03", "2025-12-28", hours=40, country="FR")])


# --- the Canadian Experience Class and the counting rules ---------------------------------------

def test_35_hours_a_week_count_as_30_and_52_weeks_reach_1560_hours():
    report = check_profile(profile(job=[job("2025-01-06", "2026-01-04", hours=35)]), RULES, ON)
    assert answer(report, "program:cec").verdict == "eligible"
    assert reason(report, "program:cec", CEC_HOURS).detail == "job 1: 52 weeks × 30 counted h (of 35) = 1 560 h ≥ 1 560 h"
    week = reason(report, "program:cec", "requirement:program:cec:full_time_hours_per_week")
    assert "hours above it do not count (job 1: 30 of 35 h)" in week.detail
    assert week.evidence[0].url == "https://ircc.example/cec" and week.evidence[0].quote == "30 heures par semaine"


def test_48_weeks_at_35_hours_fall_short_because_hours_above_30_do_not_count():
    report = check_profile(profile(job=[job("2025-01-06", "2025-12-07", hours=35)]), RULES, ON)
    assert answer(report, "program:cec").verdict == "not-eligible"
    assert reason(report, "program:cec", CEC_HOURS).detail == "job 1: 48 weeks × 30 counted h (of 35) = 1 440 h < 1 560 h"


def test_two_part_time_jobs_at_the_same_time_add_up():
    two = [job("2025-01-06", "2026-01-04", hours=15, teer=2), job("2025-01-06", "2026-01-04", hours=15, teer=2)]
    report = check_profile(profile(nclc=NCLC(5), job=two), RULES, ON)
    assert answer(report, "program:cec").verdict == "eligible"
    assert reason(report, "program:cec", CEC_HOURS).detail.endswith("= 1 560 h, concurrent weeks capped at 30 h ≥ 1 560 h")
    assert reason(report, "program:cec", "requirement:program:cec:language_min:teer=2,3").met is True


def test_concurrent_jobs_never_count_more_than_a_full_time_week():
    two = [job("2025-01-06", "2025-10-12", hours=20), job("2025-01-06", "2025-10-12", hours=20)]  # 40 weeks
    report = check_profile(profile(job=two), RULES, ON)
    assert answer(report, "program:cec").verdict == "not-eligible"  # 40 × 40 h would be 1 600 h; 40 × 30 is 1 200
    assert "= 1 200 h, concurrent weeks capped at 30 h < 1 560 h" in reason(report, "program:cec", CEC_HOURS).detail


def test_one_part_time_job_of_20_hours_needs_78_weeks():
    report = check_profile(profile(job=[job("2024-06-03", "2025-11-30", hours=20)]), RULES, ON)
    assert reason(report, "program:cec", CEC_HOURS).detail == "job 1: 78 weeks × 20 counted h = 1 560 h ≥ 1 560 h"
    assert answer(report, "program:cec").verdict == "eligible"


def test_career_change_both_skilled_jobs_count_and_no_rule_ties_them_to_studies():
    jobs = [job("2023-09-04", "2024-03-03", noc="21231", teer=1), job("2024-04-01", "2024-09-29", hours=40, noc="63200", teer=3)]
    report = check_profile(profile(education="three-year", job=jobs), RULES, ON)
    cec = answer(report, "program:cec")
    assert cec.verdict == "eligible"
    assert reason(report, "program:cec", CEC_HOURS).detail == (
        "job 1: 26 weeks × 30 counted h + job 2: 26 weeks × 30 counted h (of 40) = 1 560 h ≥ 1 560 h")
    assert not any("job_offer" in r.key or "education" in r.key for r in cec.reasons)
    stem = reason(report, "category:stem", "requirement:category:*:work_experience_min")  # only the developer job
    assert stem.met is False and stem.detail == "job 1: 26 weeks × 30 counted h = 780 h = 6 full-time months < 12 months"


@pytest.mark.parametrize(("on", "verdict", "detail"), [
    (date(2026, 3, 8), "eligible", "job 1: 52 weeks × 30 counted h = 1 560 h ≥ 1 560 h"),
    (date(2026, 3, 7), "not-eligible", "job 1: 51.9 weeks × 30 counted h = 1 555.7 h < 1 560 h"),
])
def test_twelve_months_are_reached_on_the_last_day_not_the_day_before(on, verdict, detail):
    report = check_profile(profile(job=[job("2025-03-10", None)]), RULES, on)
    assert answer(report, "program:cec").verdict == verdict
    assert reason(report, "program:cec", CEC_HOURS).detail == detail


def test_unpaid_work_does_not_count():
    jobs = [job("2024-09-02", "2025-08-31", hours=40, paid=False), job("2025-09-01", "2026-02-28")]
    report = check_profile(profile(job=jobs), RULES, ON)
    assert answer(report, "program:cec").verdict == "not-eligible"
    paid = reason(report, "program:cec", "requirement:program:cec:paid_work_only")
    assert paid.detail == "paid work only: job 1 (unpaid) not counted"
    assert reason(report, "program:cec", CEC_HOURS).detail == "job 2: 25.9 weeks × 30 counted h = 775.7 h < 1 560 h"


def test_teer_4_work_and_work_outside_the_window_do_not_count():
    teer4 = check_profile(profile(job=[job("2024-01-01", "2026-01-31", hours=40, teer=4)]), RULES, ON)
    assert answer(teer4, "program:cec").verdict == "not-eligible"
    assert reason(teer4, "program:cec", "requirement:program:cec:skill_levels").detail == (
        "experience in Canada in TEER 0, 1, 2, 3 counts; job 1 does not")
    old = check_profile(profile(job=[job("2021-01-04", "2022-12-31")]), RULES, ON)
    assert reason(old, "program:cec", "requirement:program:cec:work_experience_window").detail == (
        "within 3 years: from 2023-03-02 to 2026-03-01")
    assert reason(old, "program:cec", CEC_HOURS).met is False


@pytest.mark.parametrize(("teer", "verdict"), [(0, "not-eligible"), (2, "eligible")])
def test_the_cec_language_minimum_follows_the_teer_of_the_experience(teer, verdict):
    report = check_profile(profile(nclc=NCLC(6), job=[job("2025-01-06", "2026-01-04", teer=teer)]), RULES, ON)
    assert answer(report, "program:cec").verdict == verdict


def test_the_cec_needs_no_proof_of_funds():
    report = check_profile(profile(funds_cad=0, job=[job("2025-01-06", "2026-01-04")]), RULES, ON)
    funds = reason(report, "program:cec", FUNDS_1)
    assert (funds.met, funds.detail) == (True, "proof of funds waived when program = cec")


# --- the Federal Skilled Worker Program and its grid --------------------------------------------

def test_a_skilled_worker_abroad_passes_the_grid_with_72_points():
    report = check_profile(profile(**FSW_BASE), RULES, ON)
    assert answer(report, "program:fsw").verdict == "eligible"
    assert reason(report, "program:fsw", PASS).detail == (
        "grid points adaptability 0 + age 12 + arranged_employment 0 + education 23 + experience 13 + language 24 = 72 ≥ 67")
    assert answer(report, "program:cec").verdict == "not-eligible"  # no work in Canada
    assert answer(report, "program:fst").verdict == "unknown"  # the trades' offer-or-certificate rule is not modelled


@pytest.mark.parametrize(("age", "verdict", "total"), [(35, "eligible", "= 67 ≥ 67"), (36, "not-eligible", "= 66 < 67")])
def test_67_points_exactly_pass_and_66_do_not(age, verdict, total):
    person = profile(age=age, education="two-year", nclc=NCLC(8), funds_cad=16000, relatives_in_canada=True,
                     job=[job("2023-03-06", "2025-03-02", hours=40, teer=2, country="BE")])
    report = check_profile(person, RULES, ON)
    assert answer(report, "program:fsw").verdict == verdict
    assert reason(report, "program:fsw", PASS).detail.endswith(total)


def test_funds_are_waived_with_a_valid_job_offer_and_a_work_permit():
    person = profile(**{**FSW_BASE, "funds_cad": 0}, job_offer={"valid": True}, work_permit={"authorised": True})
    report = check_profile(person, RULES, ON)
    assert answer(report, "program:fsw").verdict == "eligible"
    assert reason(report, "program:fsw", FUNDS_1).detail == (
        "proof of funds waived when job_offer.valid = true and work_permit.authorised = true")
    assert reason(report, "program:fsw", PASS).detail.endswith("= 87 ≥ 67")  # +10 arranged employment, +5 adaptability


def test_a_job_offer_without_a_work_permit_still_needs_the_funds():
    report = check_profile(profile(**{**FSW_BASE, "funds_cad": 0}, job_offer={"valid": True}), RULES, ON)
    assert answer(report, "program:fsw").verdict == "not-eligible"
    assert reason(report, "program:fsw", FUNDS_1).detail == "funds 0 $ < 15 263 $ for a household of 1"


def test_a_household_of_nine_needs_two_additional_amounts():
    report = check_profile(profile(**{**FSW_BASE, "funds_cad": 48000}, household_size=9), RULES, ON)
    funds = reason(report, "program:fsw", "requirement:express-entry:proof_of_funds:household_size=7")
    assert funds.detail == "funds 48 000 $ < 40 392 $ + 2 × 4 112 $ for a household of 9" and funds.met is False


def test_quebec_intention_is_out_of_scope_for_every_program():
    report = check_profile(profile(**FSW_BASE, settle_in_quebec=True), RULES, ON)
    for program in ("fsw", "fst", "cec"):
        assert answer(report, f"program:{program}").verdict == "not-eligible"
        scope = reason(report, f"program:{program}", "scope:quebec-selected")
        assert scope.met is False and scope.evidence[0].quote == "Québec choisit ses propres travailleurs"


# --- categories, and the 2026 change of their experience minimum (6 -> 12 months) ---------------

NURSE = dict(age=30, education="masters", nclc=NCLC(9), funds_cad=20000,
             job=[job("2019-01-07", "2024-12-29", hours=40, country="FR", noc="21231"),
                  job("2025-03-03", "2025-10-26", noc="31301")])  # 34 weeks of nursing in Canada


@pytest.mark.parametrize(("on", "verdict", "detail"), [
    (date(2025, 12, 1), "eligible", "job 2: 34 weeks × 30 counted h = 1 020 h (longest continuous stretch) = 7.8 full-time months ≥ 6 months"),
    (date(2026, 3, 1), "not-eligible", "job 2: 34 weeks × 30 counted h = 1 020 h = 7.8 full-time months < 12 months"),
])
def test_the_categories_minimum_before_and_after_the_2026_change(on, verdict, detail):
    report = check_profile(profile(**NURSE), RULES, on)
    assert answer(report, "program:fsw").verdict == "eligible"
    assert answer(report, "category:healthcare").verdict == verdict
    assert reason(report, "category:healthcare", "requirement:category:*:work_experience_min").detail == detail


def test_twelve_months_of_nursing_meet_the_2026_minimum():
    person = profile(**{**NURSE, "job": [NURSE["job"][0], job("2025-01-06", "2026-01-04", noc="31301")]})
    report = check_profile(person, RULES, ON)
    assert answer(report, "category:healthcare").verdict == "eligible"
    assert answer(report, "program:cec").verdict == "eligible"


def test_french_category_reads_the_french_results():
    report = check_profile(profile(**FSW_BASE, first_language="en", second_nclc=NCLC(7)), RULES, ON)
    assert answer(report, "category:french-language-proficiency").verdict == "eligible"
    assert reason(report, "program:fsw", PASS).detail.endswith("language 28 = 76 ≥ 67")  # 24 + 4, at the cap


# --- missing rules: unknown, naming the key -------------------------------------------------------

def test_a_missing_pass_mark_leaves_fsw_unknown_and_names_the_key():
    report = check_profile(profile(**FSW_BASE), rule_file(without=(PASS,)), ON)
    assert answer(report, "program:fsw").verdict == "unknown"
    assert reason(report, "program:fsw", PASS).detail == f"the rule file states no {PASS} on 2026-03-01"


def test_missing_funds_rules_leave_every_program_unknown():
    report = check_profile(profile(**FSW_BASE), rule_file(without=("requirement:express-entry:proof_of_funds",)), ON)
    assert answer(report, "program:fsw").verdict == "unknown"
    assert reason(report, "program:fsw", FUNDS_1).met is None


def test_a_date_before_any_accepted_rule_is_unknown_not_a_guess():
    report = check_profile(profile(**FSW_BASE), RULES, date(2020, 1, 1))
    assert {a.verdict for a in report.programs} == {"unknown"}
    assert report.categories == []


# --- the command ----------------------------------------------------------------------------------

def test_check_command_reads_a_profile_and_a_published_file(tmp_path):
    import json

    from typer.testing import CliRunner

    from rulewatch.cli import app
    from rulewatch.publish import rule_file_text

    rules = tmp_path / "rules.json"
    rules.write_text(rule_file_text(RULES), encoding="utf-8")
    person = tmp_path / "me.toml"
    person.write_text('household_size = 1\nnclc = { reading = 7, writing = 7, listening = 7, speaking = 7 }\n'
                      '[[job]]\nteer = 1\nstart = 2025-01-06\nend = 2025-12-07\nhours_per_week = 35\n', encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(app, ["check", str(person), "--rules", str(rules), "--as-of", "2026-03-01", "--json"])
    assert done.exit_code == 0, done.output
    cec = next(a for a in json.loads(done.stdout)["programs"] if a["subject"] == "program:cec")
    hours = next(r for r in cec["reasons"] if r["key"] == CEC_HOURS)
    assert (cec["verdict"], hours["met"]) == ("not-eligible", False)
    assert hours["detail"] == "job 1: 48 weeks × 30 counted h (of 35) = 1 440 h < 1 560 h"
    assert hours["evidence"] == [{"url": "https://ircc.example/cec", "quote": "1 560 heures"}]
    text = runner.invoke(app, ["check", str(person), "--rules", str(rules), "--as-of", "2026-03-01"])
    assert "program:cec: not-eligible" in text.stdout and "✗ requirement:program:cec:work_hours_min" in text.stdout

    person.write_text("household_size = 0\n", encoding="utf-8")
    bad = runner.invoke(app, ["check", str(person), "--rules", str(rules)])
    assert bad.exit_code == 1 and "household_size: Input should be greater than or equal to 1" in bad.stderr
    person.write_text("household_size = \n", encoding="utf-8")
    assert "not valid TOML" in runner.invoke(app, ["check", str(person), "--rules", str(rules)]).stderr
    not_rules = tmp_path / "other.json"
    not_rules.write_text("{}", encoding="utf-8")
    person.write_text("household_size = 1\n", encoding="utf-8")
    wrong = runner.invoke(app, ["check", str(person), "--rules", str(not_rules)])
    assert wrong.exit_code == 1 and "not a published rules.json" in wrong.stderr
