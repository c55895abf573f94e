"""The worked example of rule-model.md, on the two seed documents (older first)."""

import json

from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.diff import apply_records, diff_rulesets
from rulewatch.extractors import extract_document
from rulewatch.extractors.files import document_from_path
from rulewatch.schemas import RuleSet
from tests.seeds import SEED_2023, SEED_2026, needs_seeds

EXPECTED = {
    ("added", "category:french-language-proficiency"),
    ("added", "category:education"),
    ("added", "category:physicians-canadian-experience"),
    ("added", "category:researchers-canadian-experience"),
    ("added", "category:senior-managers-canadian-experience"),
    ("added", "category:military-recruits"),
    ("tightened", "requirement:category:*:work_experience_min"),
}


def _changes():
    old_doc, new_doc = document_from_path(SEED_2023), document_from_path(SEED_2026)
    old = apply_records(RuleSet(), extract_document(old_doc).records, newer=True)
    new = apply_records(old, extract_document(new_doc).records, newer=True)
    return diff_rulesets(old, new)


@needs_seeds
def test_exactly_the_worked_example_changes():
    changes = _changes()
    assert {(c.type, c.key) for c in changes} == EXPECTED
    assert len(changes) == len(EXPECTED)


@needs_seeds
def test_experience_minimum_is_6_to_12_months_both_quoted_from_the_2026_text():
    (change,) = [c for c in _changes() if c.type == "tightened"]
    assert (change.before.value, change.after.value, change.after.unit) == (6, 12, "months")
    assert change.stated
    text_2026 = SEED_2026.read_text(encoding="utf-8")
    for ev in change.before_evidence + change.after_evidence:
        assert ev.quote in text_2026
        assert text_2026[ev.start : ev.end] == ev.quote
    assert "contre 6 mois auparavant" in change.after_evidence[0].quote


@needs_seeds
def test_every_quote_is_an_exact_substring_of_its_seed():
    for seed in (SEED_2023, SEED_2026):
        text = seed.read_text(encoding="utf-8")
        for record in extract_document(document_from_path(seed)).records:
            assert text[record.evidence.start : record.evidence.end] == record.evidence.quote


@needs_seeds
def test_readers_comments_in_the_2023_seed_are_not_rules():
    records = extract_document(document_from_path(SEED_2023)).records
    # Only the body's proof of funds (rule-model.md): nothing from "67 points", "1560 heures", "12 mois".
    requirements = {(r.key, r.value) for r in records if r.kind == "requirement"}
    assert requirements == {
        ("requirement:express-entry:proof_of_funds:household_size=1", 13213),
        ("requirement:express-entry:proof_of_funds:household_size=3", 20222),
    }
    categories = {r.id for r in records if r.kind == "category"}
    assert categories == {"healthcare", "stem", "trades", "transport", "agriculture-agri-food"}


@needs_seeds
def test_cli_diff_json_prints_those_changes():
    result = CliRunner().invoke(app, ["diff", str(SEED_2023), str(SEED_2026), "--json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)["changes"]
    assert {(c["type"], c["key"]) for c in changes} == EXPECTED
    for c in changes:
        assert {"key", "type", "before", "after"} <= c.keys()
        assert c["after_evidence"][0]["quote"]
