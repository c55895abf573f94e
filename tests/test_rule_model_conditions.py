"""The rule model's conditions and scope records: keys, validation, and what the diff makes of them."""

import pytest
from pydantic import ValidationError

from rulewatch.diff import apply_records, diff_rulesets
from rulewatch.schemas import Condition, Evidence, Qualifiers, Requirement, RuleSet, Scope

EV = Evidence(url="https://www.canada.ca/fonds", snapshot="sha256:1", quote="15 263 $", start=0, end=8, authority="official")
CEC = Condition(effect="waived", when={"program": "cec"})
OFFER = Condition(effect="waived", when={"job_offer.valid": True, "work_permit.authorised": True})


def funds(*conditions):  # noqa: ANN002, ANN201
    return Requirement(subject="express-entry", criterion="proof_of_funds", operator=">=", value=15263, unit="CAD",
                       qualifiers=Qualifiers(household_size=1), conditions=list(conditions), evidence=EV)


def test_conditions_are_part_of_the_value_not_of_the_key():
    assert funds(CEC).key == funds().key == "requirement:express-entry:proof_of_funds:household_size=1"
    before = apply_records(RuleSet(), [funds(CEC)])
    (change,) = diff_rulesets(before, apply_records(before, [funds(OFFER)], newer=True))
    assert change.type == "changed"
    assert change.before.text == "≥ 15 263 CAD (waived when program = cec)"
    assert change.after.text == "≥ 15 263 CAD (waived when job_offer.valid = true and work_permit.authorised = true)"


def test_a_condition_tests_only_known_facts():
    with pytest.raises(ValidationError, match="unknown condition field"):
        Condition(effect="waived", when={"nationality": "fr"})


def test_a_scope_record_is_added_like_any_key():
    scope = Scope(id="quebec-selected", evidence=EV)
    (change,) = diff_rulesets(RuleSet(), apply_records(RuleSet(), [scope]))
    assert (change.key, change.type, change.after.text) == ("scope:quebec-selected", "added", "not served by Express Entry")
    with pytest.raises(ValidationError):
        Scope(id="everyone", evidence=EV)


def test_a_statement_with_fewer_waivers_is_the_same_rule_with_less_detail():
    before = apply_records(RuleSet(), [funds(CEC, OFFER)])
    assert diff_rulesets(before, apply_records(before, [funds(CEC)], newer=True)) == []
    assert diff_rulesets(before, apply_records(before, [funds()], newer=True)) == []
    (kept,) = apply_records(RuleSet(), [funds(CEC), funds(CEC, OFFER)]).rules.values()
    assert kept.conditions == [CEC, OFFER]  # the most detailed statement is kept
