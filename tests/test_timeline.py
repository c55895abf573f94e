"""Five nights of rule history (2023 -> 2025 -> 2026) served on 127.0.0.1 and crawled night by night with
the real pipeline; each night's new and updated alerts are checked exactly against fixtures/timeline/expected.json.

After a reviewed change, ``python -m tests.test_timeline`` rewrites expected.json (read its diff first).
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from rulewatch.demo import LOCAL_SETTINGS
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import NightReport, run_night
from rulewatch.schemas import Change
from rulewatch.store import Store, history, list_alerts

pytestmark = pytest.mark.slow

TIMELINE = Path(__file__).resolve().parent.parent / "fixtures" / "timeline"
NIGHTS = json.loads((TIMELINE / "nights.json").read_text(encoding="utf-8"))
EXPECTED_FILE = TIMELINE / "expected.json"
FUNDS_1 = "requirement:express-entry:proof_of_funds:household_size=1"
EXPERIENCE = "requirement:category:*:work_experience_min"


def _sources_for(night: dict, base: str) -> str:
    """The sources file of one night: the sources whose page the site serves that night."""
    blocks = (TIMELINE / "sources.toml").read_text(encoding="utf-8").replace("{base}", base).split("[[source]]")
    served = {f"{base}/{path}" for path in night["serve"]}
    kept = [b for b in blocks[1:] if any(f'"{url}"' in b for url in served)]
    return "".join("[[source]]" + b for b in kept)


def run_timeline(folder: Path, notify=None) -> tuple[Store, list[NightReport]]:  # noqa: ANN001
    store = Store.open(folder / "data")
    reports = []
    today = date.fromisoformat(NIGHTS["today"])
    with serve_site(folder / "site-0") as site:
        base = site.url("").rstrip("/")
        for i, night in enumerate(NIGHTS["nights"]):
            root = folder / f"site-{i}"
            for path, page in night["serve"].items():
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(TIMELINE / "pages" / page, root / path)
            site.root = root
            sources = folder / f"sources-{i}.toml"
            sources.write_text(_sources_for(night, base), encoding="utf-8")
            reports.append(run_night(store, sources, LOCAL_SETTINGS, notify=notify, today=today))
    return store, reports


def summary(change: Change) -> dict:
    """What an editor sees of an alert: the change, its confirmation, and who says what."""
    return {
        "type": change.type,
        "key": change.key,
        "before": change.before.text if change.before else None,
        "after": change.after.text if change.after else None,
        "confirmation": change.confirmation,
        "sources": sorted({ev.source or ev.url for ev in change.after_evidence}),
        "others": {v.value.text: sorted(e.source or e.url for e in v.sources) for v in change.values[1:]},
    }


def night_summary(report: NightReport) -> dict:
    key = lambda s: (s["key"], s["type"])  # noqa: E731
    return {
        "new": sorted((summary(c) for _, c in report.alerts), key=key),
        "updated": sorted((summary(c) for _, c in report.updated), key=key),
    }


@pytest.fixture(scope="module")
def timeline(tmp_path_factory):
    return run_timeline(tmp_path_factory.mktemp("timeline"))


EXPECTED = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))



@pytest.mark.parametrize("night", range(len(NIGHTS["nights"])), ids=lambda i: f"night{i + 1}")
def test_each_night_gives_exactly_the_expected_alerts(timeline, night):
    _, reports = timeline
    expected = EXPECTED["nights"][night]
    got = night_summary(reports[night])
    assert reports[night].health == []
    assert got["new"] == expected["new"]
    assert got["updated"] == expected["updated"]


def test_an_old_article_found_late_adds_history_but_never_moves_the_state_back(timeline):
    store, reports = timeline
    with store.transaction() as session:
        entries = history(session, EXPERIENCE)
    values = [(e.period.isoformat(), e.value.value, sorted({ev.source for ev in e.sources}), e.current) for e in entries]
    assert ("2023-06-02", 6, ["capcanada-archives"], False) in values  # the late find is in the history
    assert [v for v in values if v[3]][0][1] == 12  # and the state still says 12 months
    assert not [c for _, c in reports[3].alerts if c.key == EXPERIENCE]


def test_a_dispute_lists_each_value_with_its_sources_until_an_official_page_settles_it(timeline):
    store, reports = timeline
    (disputed,) = [c for _, c in reports[2].alerts if c.key == FUNDS_1]
    assert disputed.confirmation == "disputed"
    assert {v.value.value: [e.source for e in v.sources] for v in disputed.values} == {
        16826: ["franco-expat"], 15826: ["capcanada"]}
    assert any("disagree" in r for r in disputed.reasons)
    with store.transaction() as session:
        (alert,) = [a for a in list_alerts(session, None) if a.change.key == FUNDS_1 and a.change.type == "tightened"
                    and a.night_id == reports[2].night_id]
    settled = alert.change
    assert (settled.before.value, settled.after.value, settled.confirmation) == (15263, 15826, "confirmed")
    assert alert.version == 2  # what the editor saw changed: a pending decision on the old value is refused
    assert {e.source for e in settled.after_evidence} == {"capcanada", "ircc-fonds-fr"}
    assert any("official" in r for r in settled.reasons)


def test_one_alert_per_change_across_sources_and_nights(timeline):
    store, _ = timeline
    with store.transaction() as session:
        alerts = list_alerts(session, None)
        from_news = list_alerts(session, None, source="capcanada", change_type="tightened", subject="*")
    stem = [a.change.type for a in sorted(alerts, key=lambda a: a.id) if a.change.key == "category:stem"]
    assert stem == ["added", "removed", "added"]  # re-added after a removal is a new change, not the first one
    (experience,) = [a for a in alerts if a.change.key == EXPERIENCE and a.change.type == "tightened"]
    assert {e.source for e in experience.change.after_evidence} == {"ircc-categories-fr", "capcanada"}
    assert any("2 sources report it" in r for r in experience.change.reasons)
    assert experience.id in {a.id for a in from_news}


def write_expected(folder: Path) -> None:
    """Rewrite expected.json from a fresh run (then read the diff, alert by alert, before committing)."""
    _, reports = run_timeline(folder)
    old = json.loads(EXPECTED_FILE.read_text(encoding="utf-8")) if EXPECTED_FILE.exists() else {"nights": []}
    nights = []
    for night, report in zip(NIGHTS["nights"], reports):
        got = night_summary(report)
        nights.append({"title": night["title"], "new": got["new"], "updated": got["updated"]})
    EXPECTED_FILE.write_text(_one_alert_a_line({"about": old.get("about", ""), "nights": nights}), encoding="utf-8")


def _one_alert_a_line(data: dict) -> str:
    """Indented JSON with each alert on one line, so a diff of expected.json reads alert by alert."""
    def dump(value, indent: str) -> str:  # noqa: ANN001
        if isinstance(value, dict) and "type" in value and "key" in value:
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, dict) and value:
            inner = ",\n".join(f"{indent}  {json.dumps(k)}: {dump(v, indent + '  ')}" for k, v in value.items())
            return "{\n" + inner + "\n" + indent + "}"
        if isinstance(value, list) and value:
            return "[\n" + ",\n".join(f"{indent}  {dump(v, indent + '  ')}" for v in value) + "\n" + indent + "]"
        return json.dumps(value, ensure_ascii=False)
    return dump(data, "") + "\n"


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        write_expected(Path(tmp))
    print(f"wrote {EXPECTED_FILE}")
