"""Seven nights over a realistic set of sites (a canada.ca page, IRCC news releases, a French news site, a
French consultant's blog, an English consultant's blog) served on 127.0.0.1 and crawled night by night with the
real pipeline; each night's new alerts and source-health entries are checked exactly against
fixtures/replay/expected.json.

expected.json is written by hand from the pages and the rule model (/work/shared/design/rule-model.md); there is
deliberately no mode that rewrites it from a run. When this test fails, read the page sentence behind the
alert and decide which side is wrong; fixtures/replay/README.md says what each night tests.
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
from rulewatch.schemas import Category, Change
from rulewatch.store import Store, latest_ruleset

pytestmark = pytest.mark.slow

REPLAY = Path(__file__).resolve().parent.parent / "fixtures" / "replay"
NIGHTS = json.loads((REPLAY / "nights.json").read_text(encoding="utf-8"))
EXPECTED = json.loads((REPLAY / "expected.json").read_text(encoding="utf-8"))
INVERSE = {"added": "removed", "removed": "added", "tightened": "loosened", "loosened": "tightened"}


def _crawled_paths(night: dict) -> set[str]:
    """Every path the night's sources point at: served, failing, or gone from the site."""
    return {*night.get("serve", {}), *night.get("fail", {}), *night.get("gone", [])}


def _sources_for(night: dict, base: str) -> str:
    """The sources file of one night: the sources whose URL is among the night's crawled paths."""
    blocks = (REPLAY / "sources.toml").read_text(encoding="utf-8").replace("{base}", base).split("[[source]]")
    wanted = {f"{base}/{path}" for path in _crawled_paths(night)}
    kept = [b for b in blocks[1:] if any(f'"{url}"' in b for url in wanted)]
    assert len(kept) == len(wanted), "every crawled path of nights.json needs its source in sources.toml"
    return "".join("[[source]]" + b for b in kept)


def run_replay(folder: Path) -> tuple[Store, list[NightReport]]:
    store = Store.open(folder / "data")
    reports = []
    today = date.fromisoformat(NIGHTS["today"])
    with serve_site(folder / "site-0") as site:
        base = site.url("").rstrip("/")
        for i, night in enumerate(NIGHTS["nights"]):
            root = folder / f"site-{i}"
            root.mkdir(parents=True, exist_ok=True)
            for path, page in night["serve"].items():
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(REPLAY / "pages" / page, root / path)
            site.root = root
            site.fail = {f"/{path}": status for path, status in night.get("fail", {}).items()}
            sources = folder / f"sources-{i}.toml"
            sources.write_text(_sources_for(night, base), encoding="utf-8")
            reports.append(run_night(store, sources, LOCAL_SETTINGS, today=today))
    return store, reports


def summary(change: Change) -> dict:
    return {
        "type": change.type,
        "key": change.key,
        "before": change.before.text if change.before else None,
        "after": change.after.text if change.after else None,
    }


def _order(alerts: list[dict]) -> list[dict]:
    return sorted(alerts, key=lambda a: (a["key"], a["type"], a["before"] or "", a["after"] or ""))


def new_alerts(report: NightReport) -> list[dict]:
    return _order([summary(c) for _, c in report.alerts])


def health_kinds(report: NightReport) -> list[dict]:
    return sorted(({"source": h.source, "problem": h.problem} for h in report.health),
                  key=lambda h: (h["source"], h["problem"]))


def _unique(entries: list[dict]) -> list[dict]:
    return [dict(t) for t in sorted({tuple(sorted(e.items())) for e in entries})]


@pytest.fixture(scope="module")
def replay(tmp_path_factory):
    return run_replay(tmp_path_factory.mktemp("replay"))


def test_the_fixture_is_consistent():
    assert len(NIGHTS["nights"]) == len(EXPECTED["nights"]) >= 6
    for night in NIGHTS["nights"]:
        for page in night["serve"].values():
            assert (REPLAY / "pages" / page).is_file(), page


NIGHT_IDS = [f"night{i + 1}" for i in range(len(NIGHTS["nights"]))]


@pytest.mark.parametrize("night", range(len(NIGHTS["nights"])), ids=NIGHT_IDS)
def test_each_night_gives_exactly_the_expected_alerts(replay, night):
    _, reports = replay
    got, expected = new_alerts(reports[night]), _order(EXPECTED["nights"][night]["new"])
    unexpected = [a for a in got if a not in expected]
    missing = [a for a in expected if a not in got]
    assert got == expected, f"unexpected: {json.dumps(unexpected, ensure_ascii=False)}\nmissing: {json.dumps(missing, ensure_ascii=False)}"


@pytest.mark.parametrize("night", range(len(NIGHTS["nights"])), ids=NIGHT_IDS)
def test_each_night_reports_exactly_the_expected_source_health(replay, night):
    _, reports = replay
    got = _unique(health_kinds(reports[night]))  # a source may report one problem more than once (a retry)
    assert got == _unique(EXPECTED["nights"][night]["health"])


def test_a_rule_only_not_seen_is_never_removed(replay):
    """Removals come only from text stating them: every 'removed' of the replay is an expected one, and the
    rules that only the failing sources of the fault night state are still in the rule state, not ended."""
    store, reports = replay
    expected_removed = {(i, a["key"]) for i, n in enumerate(EXPECTED["nights"]) for a in n["new"] if a["type"] == "removed"}
    got_removed = {(i, c.key) for i, r in enumerate(reports) for _, c in r.alerts if c.type == "removed"}
    assert got_removed - expected_removed == set()
    not_seen = {k for n in EXPECTED["nights"] for k in n.get("not_seen_only", [])}
    assert not_seen
    assert not [(i, c.key) for i, r in enumerate(reports) for _, c in r.alerts if c.key in not_seen and c.type == "removed"]
    fault = next(i for i, n in enumerate(EXPECTED["nights"]) if n.get("not_seen_only"))
    assert not [c.key for _, c in reports[fault].alerts]  # a night of failing sources changes nothing
    with store.transaction() as session:
        _, state = latest_ruleset(session)
    for key in not_seen:
        record = state.rules.get(key)
        assert record is not None, f"{key} fell out of the rule state"
        assert record.stated_change != "removed" and not (isinstance(record, Category) and record.status == "ended")


def test_no_alert_is_inverted(replay):
    """An expected removal never shows as an addition (that night or later), an expected tightening never as a
    loosening, and the other way round."""
    _, reports = replay
    inverted = []
    expected_at = {}
    for i, night in enumerate(EXPECTED["nights"]):
        for a in night["new"]:
            expected_at.setdefault(a["key"], []).append((i, a["type"]))
    for i, report in enumerate(reports):
        got = {(c.key, c.type) for _, c in report.alerts}
        expected_tonight = {(a["key"], a["type"]) for a in EXPECTED["nights"][i]["new"]}
        for key, change_type in got - expected_tonight:
            for night, wanted in expected_at.get(key, []):
                if INVERSE.get(wanted) == change_type and (night == i or (wanted == "removed" and night < i)):
                    inverted.append((NIGHT_IDS[i], key, f"expected {wanted} ({NIGHT_IDS[night]}), got {change_type}"))
    assert inverted == []
