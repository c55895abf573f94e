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


def test_export_writes_changelog_and_feed_byte_identically(tmp_path):
    from xml.etree import ElementTree

    first, second = tmp_path / "a", tmp_path / "b"
    write_export(first, build_rule_file(accepted_pairs()))
    write_export(second, build_rule_file(accepted_pairs()))
    names = sorted(p.name for p in first.iterdir())
    assert names == ["CHANGELOG.md", "changes.atom", "rules.json", "rules.schema.json"]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    changelog = (first / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 2026-03-05" in changelog and "**tightened** `requirement:category:*:work_experience_min`" in changelog
    feed = ElementTree.parse(first / "changes.atom").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.find("a:updated", ns).text.startswith("2026-03-05T09:00:00")  # from the data, not the clock
    assert len(feed.findall("a:entry", ns)) == 2


def test_scraped_text_cannot_inject_markup_into_the_changelog_or_the_feed(tmp_path):
    ev = Evidence(url="javascript:alert(1)", snapshot="sha256:1", quote="<script>x</script> [clic](http://evil) *gras*",
                  start=0, end=10, authority="news", source="<b>news</b>")
    (change,) = diff_rulesets(RuleSet(), apply_records(RuleSet(), [Category(id="education", evidence=ev)]))
    at = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)
    pairs = [(StoredAlert(1, 1, at, "accepted", 2, change), Review(alert_id=1, action="accept", reason="ok", editor="ana", at=at))]
    write_export(tmp_path, build_rule_file(pairs))
    changelog = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "<script>" not in changelog and "<b>" not in changelog and "](http://evil)" not in changelog
    assert "javascript:" not in changelog.split("«")[0]  # never a link target
    feed = (tmp_path / "changes.atom").read_text(encoding="utf-8")
    assert "<script>" not in feed and "javascript:" not in feed.split("<content")[0]


# --- periods -------------------------------------------------------------------------------------

def _experience(value, published, previous=None, effective=None):
    ev = Evidence(url="https://www.canada.ca/categories", snapshot=f"sha256:{value}", quote=f"au moins {value} mois",
                  start=0, end=10, authority="official", published=published)
    return Requirement(subject="category:*", criterion="work_experience_min", operator=">=", value=value,
                       unit="months", previous_value=previous, effective_from=effective, evidence=ev)


def _accepted_nights(*records):
    """Each record is a night's statement of the same key; every alert is accepted."""
    from datetime import date  # noqa: F401 -- records carry dates

    state, pairs = RuleSet(), []
    at = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)
    for record in records:
        after = apply_records(state, [record], newer=True)
        for change in diff_rulesets(state, after):
            alert_id = len(pairs) + 1
            pairs.append((StoredAlert(alert_id, 1, at, "accepted", 2, change),
                          Review(alert_id=alert_id, action="accept", reason="ok", editor="ana", at=at)))
        state = after
    return pairs


def test_every_value_of_a_key_keeps_its_period_from_publication_or_effective_dates():
    from datetime import date

    from rulewatch.publish import period_on

    pairs = _accepted_nights(_experience(6, date(2023, 6, 1)), _experience(12, date(2026, 2, 18), previous=6))
    rule_file = build_rule_file(pairs)
    (key,) = rule_file.periods
    assert key.key == "requirement:category:*:work_experience_min"
    assert [(p.value.value, p.valid_from, p.valid_until, p.dated_by) for p in key.periods] == [
        (6, date(2023, 6, 1), date(2026, 2, 18), "published"), (12, date(2026, 2, 18), None, "published")]
    assert period_on(key, date(2025, 3, 1)).value.value == 6
    assert period_on(key, date(2026, 2, 18)).value.value == 12
    assert period_on(key, date(2023, 5, 31)) is None  # before anything was accepted
    text = rule_file_text(rule_file)
    assert rule_file_text(build_rule_file(pairs)) == text
    import json

    jsonschema.Draft202012Validator(published_json_schema()).validate(json.loads(text))


def test_an_effective_date_wins_over_publication_and_a_later_start_does_not_rewrite_the_past():
    from datetime import date

    announced = _experience(12, date(2026, 1, 10), previous=6, effective=date(2026, 3, 1))
    pairs = _accepted_nights(_experience(6, date(2023, 6, 1)), announced)
    (key,) = build_rule_file(pairs).periods
    assert [(p.value.value, p.valid_from, p.valid_until) for p in key.periods] == [
        (6, date(2023, 6, 1), date(2026, 3, 1)), (12, date(2026, 3, 1), None)]
    assert key.periods[1].dated_by == "effective"


def test_an_accepted_removal_closes_the_period_and_the_key_keeps_its_past():
    from datetime import date

    from rulewatch.schemas import Change

    pairs = _accepted_nights(_experience(6, date(2023, 6, 1)))
    gone_ev = _experience(6, date(2025, 1, 15)).evidence
    removed = Change(key="requirement:category:*:work_experience_min", type="removed", kind="requirement",
                     before=pairs[0][0].change.after, before_evidence=[gone_ev])
    at = datetime(2026, 3, 5, 9, 0, tzinfo=timezone.utc)
    pairs.append((StoredAlert(2, 1, at, "accepted", 2, removed), Review(alert_id=2, action="accept", reason="ok", editor="ana", at=at)))
    rule_file = build_rule_file(pairs)
    assert rule_file.rules == []
    (key,) = rule_file.periods
    assert [(p.value.value, p.valid_from, p.valid_until) for p in key.periods] == [(6, date(2023, 6, 1), date(2025, 1, 15))]
