"""A key's standing among its statements (confirmation, values per source) and the priority's reasons."""

from datetime import date

from rulewatch.diff import apply_records, diff_rulesets, key_history, merge_reports, standing, with_standing
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


EXPERIENCE = "requirement:category:*:work_experience_min"


def experience(months, published, authority="news", url="https://news.example/a", **qualifiers):
    ev = Evidence(url=url, snapshot="sha256:0", quote=f"{months} mois", start=0, end=6, published=published,
                  authority=authority, source=url.split("/")[2])
    return Requirement(subject="category:*", criterion="work_experience_min", operator=">=", value=months,
                       unit="months", qualifiers=Qualifiers(**qualifiers), evidence=ev)


OFFICIAL_2023 = experience(6, date(2023, 5, 31), "official", "https://www.canada.ca/c", within_years=3, continuous=True)
OFFICIAL_2026 = experience(12, date(2026, 2, 18), "official", "https://www.canada.ca/c", within_years=3,
                           continuous=False, full_time=True)
NEWS_2026 = experience(12, date(2026, 3, 4), within_years=3)


def test_an_earlier_official_page_stating_the_same_value_confirms_a_later_article():
    stand = standing(EXPERIENCE, [OFFICIAL_2023, OFFICIAL_2026, NEWS_2026])
    assert stand.confirmation == "confirmed"
    (value,) = stand.values  # fewer details is the same value, not a dispute; the 2023 value is history
    assert [e.url for e in value.sources] == ["https://www.canada.ca/c", "https://news.example/a"]
    assert value.value.qualifiers == {"within_years": 3, "continuous": False, "full_time": True}
    assert stand.current is OFFICIAL_2026  # the most detailed statement of the latest value


def test_an_older_different_value_is_history_not_support():
    stand = standing(EXPERIENCE, [OFFICIAL_2023, NEWS_2026])
    assert stand.confirmation == "unconfirmed"  # a news article alone changing an official rule
    assert [(v.value.value, [e.url for e in v.sources]) for v in stand.values] == [(12, ["https://news.example/a"])]
    back_again = experience(12, date(2023, 4, 1), "official", "https://www.canada.ca/old", within_years=3)
    assert standing(EXPERIENCE, [back_again, OFFICIAL_2023, NEWS_2026]).confirmation == "unconfirmed"


def test_a_different_value_on_a_day_of_the_run_disputes_it():
    other = experience(9, date(2026, 2, 18), url="https://a.example/b", within_years=3)
    stand = standing(EXPERIENCE, [OFFICIAL_2026, NEWS_2026, other])
    assert [(v.value.value, len(v.sources)) for v in stand.values] == [(12, 2), (9, 1)]
    assert stand.confirmation == "confirmed"  # the official page states the current value
    assert standing(EXPERIENCE, [NEWS_2026, other]).values[1:] == []  # before the run: history
    same_day = other.model_copy(update={"evidence": other.evidence.model_copy(update={"published": date(2026, 3, 4)})})
    assert standing(EXPERIENCE, [NEWS_2026, same_day]).confirmation == "disputed"


def test_history_marks_every_statement_of_the_current_run():
    entries = key_history([OFFICIAL_2023, OFFICIAL_2026, NEWS_2026])
    assert [(e.period.isoformat(), e.value.value, e.current) for e in entries] == [
        ("2023-05-31", 6, False), ("2026-02-18", 12, True), ("2026-03-04", 12, True)]


def test_a_report_with_more_details_fills_the_alert_one_with_fewer_keeps_them():
    before = apply_records(RuleSet(), [OFFICIAL_2023])
    (first,) = diff_rulesets(before, apply_records(before, [NEWS_2026]))
    first = with_standing(first, standing(EXPERIENCE, [OFFICIAL_2023, NEWS_2026]))
    (detailed,) = diff_rulesets(before, apply_records(before, [OFFICIAL_2026]))
    detailed = with_standing(detailed, standing(EXPERIENCE, [OFFICIAL_2023, OFFICIAL_2026, NEWS_2026]))
    merged = merge_reports(first, detailed)
    assert (merged.after.qualifiers, merged.record, merged.confirmation) == (
        OFFICIAL_2026.qualifiers.descriptive(), OFFICIAL_2026, "confirmed")
    assert merge_reports(merged, first).after == merged.after  # a less detailed report drops nothing
    assert {e.source for e in merged.after_evidence} == {"www.canada.ca", "news.example"}


def test_a_page_updated_in_place_does_not_dispute_its_own_former_value():
    """canada.ca keeps dcterms.issued when it edits a page: the same page's reading of night 2 replaces night 1's."""
    from datetime import datetime, timezone

    def read(record, night):  # noqa: ANN001, ANN202
        when = datetime(2026, 2, night, 2, 0, tzinfo=timezone.utc)
        return record.model_copy(update={"evidence": record.evidence.model_copy(update={"fetched_at": when})})

    issued = date(2023, 6, 1)
    before = read(experience(6, issued, "official", "https://www.canada.ca/c", within_years=3), 17)
    after = read(experience(12, issued, "official", "https://www.canada.ca/c", within_years=3), 18)
    stand = standing(EXPERIENCE, [before, after])
    assert (stand.current.value, stand.confirmation, len(stand.values)) == (12, "confirmed", 1)
    other_page = read(experience(6, issued, "official", "https://www.canada.ca/other", within_years=3), 18)
    assert standing(EXPERIENCE, [before, after, other_page]).confirmation == "disputed"  # another page still says 6
    assert [e.value.value for e in key_history([before, after])] == [6, 12]  # the former value stays in the history
