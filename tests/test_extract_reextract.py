"""`rulewatch reextract`: the current extractor over archived snapshots; differences are an extractor upgrade."""

import json

from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.evaluate import load_document
from rulewatch.extractors import extract_document
from rulewatch.store import SnapshotInfo, Store, add_records, add_snapshot, start_night
from rulewatch.store.nights import utcnow
from tests.fixture_cases import ROOT

SOURCES = """
[[source]]
name = "news-fr"
kind = "page"
urls = ["{url}"]
language = "fr"
authority = "news"
content = "{content}"
remove = {remove}
"""


def _archive(tmp_path, case: str, keep=lambda r: True):
    """A store holding one case's body as a snapshot, with the records an older extractor read from it."""
    doc, meta = load_document(ROOT / case)
    store = Store.open(tmp_path)
    digest, path = store.blobs.put(doc.body)
    with store.transaction() as session:
        night = start_night(session)
        snap = add_snapshot(session, night, SnapshotInfo(source="news-fr", url=doc.url, fetched_at=utcnow(), status=200,
                                                         headers={"Content-Type": "text/html"}, body_sha256=digest,
                                                         body_path=path, size=len(doc.body)))
        add_records(session, night, snap, [r for r in extract_document(doc).records if keep(r)])
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES.format(url=doc.url, content=meta["content"], remove=json.dumps(meta["remove"])), encoding="utf-8")
    return sources


def _run(tmp_path, sources):
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "reextract", "--sources", str(sources), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_same_extractor_same_records_is_no_upgrade(tmp_path):
    report = _run(tmp_path, _archive(tmp_path, "number-words-fr"))
    assert (report["snapshots"], report["unchanged"], report["extractor_upgrades"]) == (1, 1, [])


def test_records_the_old_extractor_missed_are_an_upgrade_not_an_alert(tmp_path):
    sources = _archive(tmp_path, "number-words-fr", keep=lambda r: r.kind != "requirement")
    report = _run(tmp_path, sources)
    (upgrade,) = report["extractor_upgrades"]
    assert {a["key"] for a in upgrade["added"]} >= {"requirement:category:stem:work_experience_min"}
    assert upgrade["dropped"] == [] and upgrade["changed"] == []
    with Store.open(tmp_path).transaction() as session:
        from rulewatch.store import count_alerts

        assert count_alerts(session) == 0
