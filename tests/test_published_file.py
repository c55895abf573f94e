"""The published rule file validates against its own JSON Schema, and is byte-stable."""

from datetime import datetime, timezone

import jsonschema

from rulewatch.diff import apply_records, diff_rulesets
from rulewatch.publish import build_rule_file, load_rule_file, rule_file_text, write_export
from rulewatch.schemas import Category, Evidence, Qualifiers, Requirement, Review, RuleSet, published_json_schema
from rulewatch.store.alerts import StoredAlert


def accepted_pairs():
    ev = Evidence(url="https://www.canada.ca/x", snapshot="sha256:1", quote="au moins 12 mois", start=0, end=16,
                  authority="official")
    records = [
        Category(id="education", evidence=ev),
        Requirement(subject="category:*", criterion="work_experience_min", operator=">=", value=12, unit="months",
                    previous_value=6, qualifiers=Qualifiers(within_years=3), evidence=ev),
    ]
    changes = diff_rulesets(RuleSet(), apply_records(RuleSet(), records))
    at = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)
    return [
        (StoredAlert(i + 1, 1, at, "accepted", 2, c), Review(alert_id=i + 1, action="accept", reason="ok", editor="ana", at=at))
        for i, c in enumerate(changes)
    ]


def test_rule_file_validates_against_the_published_schema():
    text = rule_file_text(build_rule_file(accepted_pairs()))
    import json

    jsonschema.Draft202012Validator(published_json_schema()).validate(json.loads(text))


def test_same_state_same_bytes_and_round_trip(tmp_path):
    first = rule_file_text(build_rule_file(accepted_pairs()))
    assert rule_file_text(build_rule_file(accepted_pairs())) == first
    write_export(tmp_path, build_rule_file(accepted_pairs()))
    state = load_rule_file(tmp_path / "rules.json")
    assert sorted(state.rules) == ["category:education", "requirement:category:*:work_experience_min"]
