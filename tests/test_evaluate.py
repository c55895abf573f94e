"""The accuracy gate: precision and recall on the labelled corpus stay above the stored thresholds."""

import json

import pytest

from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.evaluate import (CaseResult, Report, below_thresholds, evaluate, load_thresholds, run_case, score_case,
                                score_inverted)
from tests.fixture_cases import ROOT

REQ = {"type": "requirement", "subject": "express-entry", "criterion": "proof_of_funds", "operator": ">=",
       "value": 15290, "unit": "CAD", "qualifiers": {"household_size": 1}}


def test_corpus_meets_its_thresholds():
    report = evaluate(ROOT)
    assert len(report.cases) >= 12
    assert below_thresholds(report, load_thresholds(ROOT)) == []


@pytest.mark.parametrize("folder", sorted((ROOT.parent / "blind").glob("[0-9]*-*")), ids=lambda p: p.name)
def test_the_blind_sets_read_without_errors(folder):
    """fixtures/blind/NN-*/ are measurements, not gates (their READMEs): only a case that fails to load or
    crashes the extractor fails here; their figures are recorded once, at their first run."""
    report = evaluate(folder)
    assert len(report.cases) >= 30
    assert [(c.name, c.error) for c in report.cases if c.error] == []


@pytest.mark.parametrize("folder", sorted((ROOT.parent / "dev").glob("[0-9][0-9]-*")), ids=lambda p: p.name)
def test_the_development_sets_load_and_keep_their_floor(folder):
    """fixtures/dev/NN-*/ hold hard pages not yet read exactly: they load, and never read worse than their floor."""
    report = evaluate(folder)
    assert len(report.cases) >= 30
    assert [(c.name, c.error) for c in report.cases if c.error] == []
    assert below_thresholds(report, load_thresholds(folder)) == []


def test_a_wrong_value_is_both_a_miss_and_a_spurious_record():
    report = Report()
    result = score_case("c", [REQ, {"type": "category", "id": "stem"}], [{**REQ, "value": 14690}], report)
    tally = report.by_type["requirement"]
    assert (tally.tp, tally.fp, tally.fn) == (0, 1, 1)
    assert report.by_type["category"].recall == 0.0
    assert result.missed == [{"type": "category", "id": "stem"}, REQ]


def test_a_key_labelled_with_several_values_accepts_any_of_them_once():
    job_offer = {"type": "requirement", "subject": "express-entry", "criterion": "crs_points", "operator": "=",
                 "unit": "points", "qualifiers": {"factor": "job_offer"}}
    labels = [{**job_offer, "value": 200}, {**job_offer, "value": 50}]  # "50 or 200 points", one key
    for value, counts in ((200, (1, 0, 0)), (50, (1, 0, 0)), (600, (0, 1, 1))):
        report = Report()
        score_case("c", labels, [{**job_offer, "value": value}], report)
        tally = report.by_type["requirement"]
        assert (tally.tp, tally.fp, tally.fn) == counts, value


def test_attributes_are_scored_apart_and_never_make_a_miss():
    report = Report()
    score_case("c", [{**REQ, "previous_value": 14690, "effective_from": "2025-07-07"}],
               [{**REQ, "previous_value": None, "effective_from": "2025-07-07"}], report)
    assert report.by_type["requirement"].precision == 1.0 and report.by_type["requirement"].recall == 1.0
    assert report.attributes["previous_value"].recall == 0.0
    assert report.attributes["effective_from"].recall == 1.0


def test_thresholds_name_what_falls_below():
    report = Report()
    score_case("c", [REQ], [], report)
    problems = below_thresholds(report, {"by_type": {"*": {"precision": 0.95, "recall": 0.9}}})
    assert problems == ["by_type requirement: recall 0.000 < 0.9"]
    score_case("d", [{**REQ, "effective_from": "2025-07-07"}], [{**REQ, "effective_from": None}], report)
    assert below_thresholds(report, {"attributes": {"effective_from": 0.95}}) == [
        "attributes effective_from: accuracy 0.000 < 0.95"]


def test_cli_evaluate_json_and_table(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(ROOT), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"requirement", "category"} <= data["by_type"].keys()
    assert "work_experience_min" in data["by_criterion"] and data["below_thresholds"] == []
    table = runner.invoke(app, ["evaluate", str(ROOT)])
    assert "precision" in table.stdout and "proof_of_funds" in table.stdout


def test_cli_evaluate_fails_below_thresholds(tmp_path):
    case = tmp_path / "one"
    case.mkdir()
    (case / "input.txt").write_text("Il faut au moins 12 mois d'expérience pour une catégorie.", encoding="utf-8")
    (case / "meta.json").write_text(json.dumps({"url": "https://example.org/a", "language": "fr", "published": None,
                                                "authority": "news", "content": None, "remove": []}), encoding="utf-8")
    (case / "expected.json").write_text(json.dumps({"records": [REQ]}), encoding="utf-8")
    (tmp_path / "thresholds.json").write_text(json.dumps({"by_type": {"*": {"precision": 0.95, "recall": 0.9}}}))
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--json"])
    assert result.exit_code == 1
    assert any("requirement" in p for p in json.loads(result.stdout)["below_thresholds"])


def test_a_case_with_no_address_is_read_as_its_file(tmp_path):
    """A chat export or a transcript has no URL (meta "url": null): it is read, its evidence pointing at the file."""
    case = tmp_path / "en-chat-export-no-url"
    case.mkdir()
    (case / "input.txt").write_text("Priya: for the CEC you need at least 12 months of skilled work in Canada.\n",
                                    encoding="utf-8")
    (case / "meta.json").write_text(json.dumps({"url": None, "language": "en", "published": None, "authority": "news",
                                                "content": None, "remove": [], "kind": "page"}), encoding="utf-8")
    (case / "expected.json").write_text(json.dumps({"records": [
        {"type": "program", "id": "cec"},
        {"type": "requirement", "subject": "program:cec", "criterion": "work_experience_min", "operator": ">=",
         "value": 12, "unit": "months", "qualifiers": {}}]}), encoding="utf-8")
    report = evaluate(tmp_path)
    assert report.by_type["requirement"].tp == 1 and not report.cases[0].error
    extraction, _ = run_case(case)
    assert extraction.records[0].evidence.url == (case / "input.txt").resolve().as_uri()


def _one_case_set(root, text: str, records: list[dict]):
    case = root / "fr-temps-plein-cec"
    case.mkdir(parents=True)
    (case / "input.txt").write_text(text, encoding="utf-8")
    (case / "meta.json").write_text(json.dumps({
        "url": "https://www.canada.ca/fr/cec.html", "language": "fr", "published": "2026-03-01", "authority": "official",
        "content": None, "remove": [], "kind": "page", "note": "counting rule beside a minimum"}), encoding="utf-8")
    (case / "expected.json").write_text(json.dumps({"records": records}), encoding="utf-8")


def test_a_set_is_scored_only_on_the_vocabulary_it_was_labelled_in(tmp_path):
    """A blind set labelled before the rule model grew (no vocabulary.json) is not charged for records its
    labellers were never asked for; a set that declares the grown vocabulary is."""
    text = ("Catégorie de l'expérience canadienne\n"
            "Vous devez avoir au moins 12 mois d'expérience de travail qualifiée au Canada. "
            "Un emploi à temps plein correspond à 30 heures par semaine.\n")
    labels = [{"type": "program", "id": "cec"},
              {"type": "requirement", "subject": "program:cec", "criterion": "work_experience_min", "operator": ">=",
               "value": 12, "unit": "months", "qualifiers": {}}]
    _one_case_set(tmp_path / "first", text, labels)
    first = evaluate(tmp_path / "first").by_type["requirement"]
    assert (first.tp, first.fp, first.fn) == (1, 0, 0)

    _one_case_set(tmp_path / "grown", text, labels)
    (tmp_path / "grown" / "vocabulary.json").write_text(
        (ROOT / "vocabulary.json").read_text(encoding="utf-8"), encoding="utf-8")
    grown = evaluate(tmp_path / "grown").by_type["requirement"]
    assert grown.fp == 1  # the full-time week, read and not labelled here


def test_a_removal_read_where_the_labels_hold_the_rule_is_counted_inverted():
    """The wrong sign is the worst error an alert can carry: it is counted apart, case by case."""
    nomination = {"type": "requirement", "subject": "express-entry", "criterion": "crs_points", "operator": "=",
                  "unit": "points", "qualifiers": {"factor": "provincial_nomination"}}
    job_offer = {**nomination, "qualifiers": {"factor": "job_offer"}}
    report, result = Report(), CaseResult("c")
    score_inverted([{**nomination, "value": 600}], [{**nomination, "value": 0}, {**job_offer, "value": 0}], result, report)
    assert report.inverted == 1 and result.inverted == [{**nomination, "value": 0}]
    assert report.as_dict()["inverted"] == 1
    assert below_thresholds(report, {"inverted_max": 0}) == ["inverted: 1 > 0"]
