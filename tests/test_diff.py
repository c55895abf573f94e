"""The diff: the rule model's direction table, and 'not seen' is never 'removed'."""

from datetime import date

import pytest

from rulewatch.diff import apply_records, diff_rulesets
from rulewatch.schemas import Category, Evidence, Qualifiers, Requirement, RuleSet


def ev(quote="q", published=None, authority="news", url="https://example.org/a"):
    return Evidence(url=url, snapshot="sha256:0", quote=quote, start=0, end=len(quote),
                    published=published, authority=authority)


def req(criterion, value, unit, previous=None, published=None, authority="news", operator=">=", **qualifiers):
    return Requirement(subject="category:*", criterion=criterion, operator=operator, value=value, unit=unit,
                       previous_value=previous, qualifiers=Qualifiers(**qualifiers),
                       evidence=ev(published=published, authority=authority))


@pytest.mark.parametrize(
    "criterion,unit,before,after,expected",
    [
        ("work_experience_min", "months", 6, 12, "tightened"),
        ("work_experience_min", "months", 12, 6, "loosened"),
        ("work_experience_window", "years", 3, 2, "tightened"),
        ("proof_of_funds", "CAD", 14690, 15263, "tightened"),
        ("crs_points", "points", 50, 0, "tightened"),
        ("factor_max_points", "points", 10, 15, "loosened"),
        ("language_min", "nclc", 7, 7.5, "tightened"),
    ],
)
def test_direction_table(criterion, unit, before, after, expected):
    old = apply_records(RuleSet(), [req(criterion, before, unit)])
    new = apply_records(old, [req(criterion, after, unit)], newer=True)
    (change,) = diff_rulesets(old, new)
    assert change.type == expected


def test_fewer_skill_levels_is_tightened():
    old = apply_records(RuleSet(), [req("skill_levels", [0, 1, 2, 3], "teer", operator="in")])
    new = apply_records(old, [req("skill_levels", [0, 1, 2], "teer", operator="in")], newer=True)
    assert [c.type for c in diff_rulesets(old, new)] == ["tightened"]


def test_a_qualifier_change_alone_is_changed():
    old = apply_records(RuleSet(), [req("work_experience_min", 12, "months", continuous=True)])
    new = apply_records(old, [req("work_experience_min", 12, "months", continuous=False)], newer=True)
    assert [c.type for c in diff_rulesets(old, new)] == ["changed"]


def test_a_key_not_seen_again_is_not_removed():
    old = apply_records(RuleSet(), [Category(id="agriculture-agri-food", evidence=ev())])
    new = apply_records(old, [Category(id="education", evidence=ev())])
    changes = diff_rulesets(old, new)
    assert [(c.type, c.key) for c in changes] == [("added", "category:education")]
    assert "category:agriculture-agri-food" in new.rules


def test_a_category_stated_as_ended_is_removed():
    old = apply_records(RuleSet(), [Category(id="agriculture-agri-food", evidence=ev())])
    ended = Category(id="agriculture-agri-food", status="ended", stated_change="removed", evidence=ev("supprimée"))
    new = apply_records(old, [ended], newer=True)
    assert [c.type for c in diff_rulesets(old, new)] == ["removed"]


def test_a_stated_previous_value_gives_the_change_when_the_old_value_was_never_seen():
    new = apply_records(RuleSet(), [req("work_experience_min", 12, "months", previous=6)])
    (change,) = diff_rulesets(RuleSet(), new)
    assert (change.type, change.before.value, change.after.value, change.stated) == ("tightened", 6, 12, True)


def test_an_old_article_found_late_never_moves_the_state_backwards():
    current = apply_records(RuleSet(), [req("work_experience_min", 12, "months", published=date(2026, 2, 18))])
    late = apply_records(current, [req("work_experience_min", 6, "months", published=date(2023, 7, 10))])
    assert diff_rulesets(current, late) == []


def test_official_outranks_news_at_the_same_date():
    day = date(2026, 2, 18)
    state = apply_records(RuleSet(), [req("work_experience_min", 12, "months", published=day, authority="official"),
                                      req("work_experience_min", 9, "months", published=day)])
    assert state.rules["requirement:category:*:work_experience_min"].value == 12


def test_same_state_gives_no_change():
    records = [req("work_experience_min", 12, "months", previous=6), Category(id="stem", evidence=ev())]
    state = apply_records(RuleSet(), records)
    assert diff_rulesets(state, apply_records(state, records)) == []


def test_a_restatement_with_fewer_details_is_no_change_and_keeps_the_details():
    official = req("work_experience_min", 12, "months", published=date(2026, 2, 18), authority="official",
                   within_years=3, continuous=False, full_time=True)
    news = req("work_experience_min", 12, "months", published=date(2026, 3, 4), within_years=3)
    state = apply_records(RuleSet(), [official])
    later = apply_records(state, [news])
    assert diff_rulesets(state, later) == []
    assert later.rules[official.key] is official  # the state keeps the details the official page gave
    together = apply_records(RuleSet(), [news, official])  # the same night: the same record kept
    assert together.rules[official.key] is official


def test_a_qualifier_both_give_differently_is_a_change_even_with_fewer_details():
    old = apply_records(RuleSet(), [req("work_experience_min", 12, "months", within_years=3, full_time=True)])
    new = apply_records(old, [req("work_experience_min", 12, "months", within_years=2)], newer=True)
    assert [c.type for c in diff_rulesets(old, new)] == ["changed"]


def round_record(number, day, category):
    from rulewatch.schemas import Round

    return Round(number=number, date=day, name=f"draw {number}", category=category, invitations=1000,
                 crs_cutoff=480, evidence=ev(f"#{number}", authority="official"))


def test_the_first_round_of_a_category_is_high_priority_and_says_why():
    old = apply_records(RuleSet(), [round_record("340", date(2025, 3, 1), "french-language-proficiency")])
    tonight = [round_record("341", date(2025, 3, 3), "french-language-proficiency"),
               round_record("343", date(2025, 3, 9), "education"),
               round_record("342", date(2025, 3, 5), "education")]
    changes = {c.key: c for c in diff_rulesets(old, apply_records(old, tonight))}
    assert all(c.type == "added" and c.kind == "round" for c in changes.values())
    first = changes["round:342"]
    assert first.first_round_of == "education"
    assert any("first round ever held for education" in r for r in first.reasons)
    assert first.priority > changes["round:343"].priority > 0
    assert changes["round:341"].first_round_of is None and changes["round:343"].first_round_of is None
