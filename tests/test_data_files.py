"""Data files (YAML, JSON) stating rules as keys: read as the lines a page would print, and never a rule they switch off."""

from __future__ import annotations

import json

import pytest

from rulewatch.evaluate import labelled
from rulewatch.extractors import Document, extract_document
from rulewatch.extractors.data_files import render_data_file


def _read(text: str, language: str = "en", content_type: str = "text/plain") -> list[dict]:
    doc = Document(url="https://calc.example/rules", body=text.encode(), snapshot="sha256:0", content_type=content_type,
                   authority="news", declared_language=language)
    return [labelled(r) for r in extract_document(doc).records]


def _rule(records: list[dict], subject: str, criterion: str) -> dict | None:
    return next((r for r in records if r.get("subject") == subject and r.get("criterion") == criterion), None)


def test_nested_yaml_keys_become_rules_of_the_program_above_them():
    records = _read("""
programs:
  federal_skilled_trades:
    work_experience:
      min_months: 24   # two years, full time
      window_years: 5
    language:
      speaking_listening_clb: 5
""")
    assert _rule(records, "program:fst", "work_experience_min")["value"] == 24
    assert _rule(records, "program:fst", "work_experience_window")["value"] == 5
    assert {r["qualifiers"].get("ability") for r in records if r.get("criterion") == "language_min"} == {"speaking", "listening"}


def test_a_switched_off_section_a_test_profile_and_history_are_not_rules():
    records = _read("""
crs:
  provincial_nomination: 600
agri_food_pilot:
  enabled: false
  min_months: 12
history:
  crs:
    arranged_employment: 50
test_profiles:
  - name: welder
    experience_months: 30
    clb: 6
""")
    requirements = [r for r in records if r["type"] == "requirement"]
    assert [(r["criterion"], r["value"]) for r in requirements] == [("crs_points", 600)]


def test_a_commented_out_key_is_read_only_when_its_comment_says_the_rule_was_removed():
    removed = _read("crs:\n  provincial_nomination: 600\n  # job_offer: 50   # removed on 2025-03-25\n  max_total: 1200\n"
                    "  language_points: 160\n  spouse_points: 40\n")
    job_offer = [r for r in removed if r.get("qualifiers", {}).get("factor") == "job_offer"]
    assert job_offer and all(r["value"] == 0 for r in job_offer)  # never published as 50 points
    kept_off = _read("crs:\n  provincial_nomination: 600\n  # job_offer: 50\n  max_total: 1200\n  language_points: 160\n"
                     "  spouse_points: 40\n")
    assert not [r for r in kept_off if r.get("qualifiers", {}).get("factor") == "job_offer"]


def test_french_json_keys_without_accents_or_de_and_a_previous_value_beside_the_value():
    records = _read("""{
  "ptqf": {"note_passage": 67, "fenetre_experience_ans": 10},
  "categories": {"experience_minimale_mois": 12, "ancienne_experience_minimale_mois": 6, "date_effet": "2026-02-18"}
}""", language="fr", content_type="application/json")
    assert _rule(records, "program:fsw", "pass_mark")["value"] == 67
    assert _rule(records, "program:fsw", "work_experience_window")["value"] == 10
    every = _rule(records, "category:*", "work_experience_min")
    assert (every["value"], every["previous_value"], every["effective_from"]) == (12, 6, "2026-02-18")


def test_a_mapping_from_household_sizes_to_amounts_is_a_table_with_its_currency_key():
    records = _read("""settlement_funds:
  currency: CAD
  effective: 2025-07-07
  by_household_size:
    1: 15263    # was 14690
    2: 19001
    each_additional: 4112
""")
    funds = {r["qualifiers"]["household_size"]: r for r in records if r.get("criterion") == "proof_of_funds"}
    assert funds[1]["value"] == 15263 and funds[1]["previous_value"] == 14690 and funds[1]["effective_from"] == "2025-07-07"
    assert funds[2]["value"] == 19001 and funds["each-additional"]["value"] == 4112


def test_a_fenced_yaml_block_in_a_readme_is_read_and_the_prose_around_it_kept():
    text = "# points bot\n\nThresholds we check:\n\n```yaml\nfst:\n  experience_months: 24\n  window_years: 5\n" \
           "  language:\n    reading_writing_clb: 4\n```\n\nNot legal advice.\n"
    rendered = render_data_file(text)
    assert "Not legal advice." in rendered and "# points bot" in rendered
    assert _rule(_read(text), "program:fst", "work_experience_min")["value"] == 24


@pytest.mark.parametrize("text", [
    "Work experience: 12 months\nLanguage: CLB 7\nPass mark: 67 points\nFunds: 15,263 $\nWindow: 10 years\n",  # a fact sheet
    "{ this is not json, just a brace in a sentence }",
    "# A markdown heading\n\nSome prose: with a colon.\n",
])
def test_pages_that_are_not_data_files_are_left_as_they_are(text):
    assert render_data_file(text) == text


def test_malformed_json_is_left_as_text_and_read_without_crashing():
    text = '{"ptqf": {"note_passage": 67, '
    assert render_data_file(text) == text
    _read(text, content_type="application/json")  # no exception: read as the text it is


def test_extract_reads_a_json_rules_file_but_refuses_a_file_named_as_the_rounds_feed(tmp_path):
    from typer.testing import CliRunner

    from rulewatch.cli import app

    rules = tmp_path / "regles.json"
    rules.write_text('{"ptqf": {"note_passage": 67, "nclc_minimum": 7}, "scg": {"nomination_provinciale": 600}}',
                     encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(rules), "--json", "--url", "https://calc.example/regles.json"])
    assert result.exit_code == 0, result.output
    read = {(r.get("subject"), r.get("criterion"), r.get("value")) for r in json.loads(result.stdout)["documents"][0]["records"]}
    assert {("program:fsw", "pass_mark", 67), ("program:fsw", "language_min", 7)} <= read
    named_as_feed = tmp_path / "ee_rounds_123_fr.json"
    named_as_feed.write_text('{"classes": "table", "rows": []}', encoding="utf-8")
    refused = CliRunner().invoke(app, ["extract", str(named_as_feed)])
    assert refused.exit_code == 1 and "not the IRCC rounds feed" in refused.stderr
