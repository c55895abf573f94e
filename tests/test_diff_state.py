"""A key's standing among its statements (confirmation, values per source) and the priority's reasons."""

from datetime import date

from rulewatch.diff import apply_records, diff_rulesets, key_history, standing, with_standing
from rulewatch.schemas import Evidence, Qualifiers, Requirement, RuleSet

KEY = "requirement:express-entry:proof_of_funds:household_size=1"


def funds(value, published, authority="news", url="https://news.example/a", effective=None):
    ev = Evidence(url=url, snapshot="sha256:0", quote=f"{value} $", start=0, end=5, published=published,
                  authority=authority, source=url.split("/")[2])
    return Requirement(subject="express-entry", criterion="proof_of_funds", operator=">=", value=value, unit="CAD",
                       qualifiers=Qualifiers(household_size=1), effective_from=effective, evidence=ev)


def test_news_only_is_unconfirmed_two_values_the_same_day_are_disputed_official_settles():
    day = date(2026, 6, 10)
    a, b = funds(15826, day, url="https://a.example/x"), funds(16826, day, url="https://b.example/y")
    assert standing(KEY, [a]).confirmation == "unconfirmed"
    disputed = standing(KEY, [a, b])
    assert disputed.confirmation == "disputed"
    assert {v.value.value: [e.url for e in v.sources] for v in disputed.values} == {
        16826: ["https://b.example/y"], 15826: ["https://a.example/x"]}
    official = funds(15826, day, authority="official", url="https://www.canada.ca/f")
    settled = standing(KEY, [a, b, official])
    assert (settled.current.value, settled.confirmation) == (15826, "confirmed")
    assert [e.authority for e in settled.values[0].sources] == ["official", "news"]


def test_an_effective_date_outranks_a_later_publication_without_one():
    announced = funds(15826, date(2026, 3, 1), authority="official", url="https://www.canada.ca/f", effective=date(2026, 7, 6))
    rehash = funds(15263, date(2026, 5, 1))
    assert standing(KEY, [announced, rehash]).current.value == 15826


def test_history_keeps_every_value_with_its_date_and_the_current_one_marked():
    old = funds(13757, date(2023, 5, 26), authority="official", url="https://www.canada.ca/f")
    new = funds(15263, date(2025, 7, 7), authority="official", url="https://www.canada.ca/f")
    late = funds(13757, date(2023, 6, 2))
    entries = key_history([new, late, old, new])  # the same statement twice counts once
    assert [(e.period.isoformat(), e.value.value, len(e.sources), e.current) for e in entries] == [
        ("2023-05-26", 13757, 1, False), ("2023-06-02", 13757, 1, False), ("2025-07-07", 15263, 1, True)]


def test_priority_reasons_name_what_made_it():
    before = apply_records(RuleSet(), [funds(15263, date(2025, 7, 7), authority="official", url="https://www.canada.ca/f")])
    records = [funds(15826, date(2026, 6, 10), authority="official", url="https://www.canada.ca/f", effective=date(2026, 7, 6)),
               funds(15826, date(2026, 6, 10), url="https://a.example/x", effective=date(2026, 7, 6))]
    after = apply_records(before, records)
    (change,) = diff_rulesets(before, after)
    change = with_standing(change, standing(KEY, records), today=date(2026, 6, 20))
    assert change.confirmation == "confirmed"
    assert change.reasons == [
        "a requirement was tightened (+0.50)", "an official IRCC source states it (+0.25)",
        "2 sources report it (+0.05)", "takes effect on 2026-07-06, within 90 days (+0.10)"]
    assert change.priority == 0.9
    far = with_standing(change, standing(KEY, records), today=date(2027, 6, 20))
    assert far.priority == 0.8
