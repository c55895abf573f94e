"""`rulewatch reextract`: the current extractor over archived snapshots; differences are an extractor upgrade."""

import hashlib
import json
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.evaluate import load_document
from rulewatch.extractors import Document, extract_document
from rulewatch.schemas import UnreadStatement
from rulewatch.store import SnapshotInfo, Store, add_records, add_snapshot, add_unread, start_night
from rulewatch.store.nights import utcnow
from rulewatch.store.tables import UnreadRow
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


def _archive(tmp_path, case: str, keep=lambda r: True, unread=lambda extraction: extraction.unread):
    """A store holding one case's body as a snapshot, with the records and unread statements an older extractor read from it."""
    doc, meta = load_document(ROOT / case)
    return _archive_document(tmp_path, doc, meta["content"], meta["remove"], keep, unread)


def _archive_document(tmp_path, doc, content, remove, keep=lambda r: True, unread=lambda extraction: extraction.unread):
    store = Store.open(tmp_path)
    digest, path = store.blobs.put(doc.body)
    extraction = extract_document(doc)
    with store.transaction() as session:
        night = start_night(session)
        snap = add_snapshot(session, night, SnapshotInfo(source="news-fr", url=doc.url, fetched_at=utcnow(), status=200,
                                                         headers={"Content-Type": "text/html"}, body_sha256=digest,
                                                         body_path=path, size=len(doc.body)))
        add_records(session, night, snap, [r for r in extraction.records if keep(r)])
        add_unread(session, night, snap, "news-fr", unread(extraction))
    sources = tmp_path / "sources.toml"
    sources.write_text(SOURCES.format(url=doc.url, content=content, remove=json.dumps(remove)), encoding="utf-8")
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


PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "crawl" / "unread" / "night1" / "fr" / "metiers-formation.html"
TRAINING = ("Les candidats de cette catégorie doivent en outre avoir terminé au moins 600 heures de formation en santé "
            "et sécurité sur un chantier.")
FEE = "Les frais de traitement d’une demande de résidence permanente s’élèvent à 950 $ par adulte."


def test_unread_statements_that_appear_or_disappear_are_part_of_the_upgrade_and_nothing_is_stored(tmp_path):
    """An older extractor left the 12 months unread (no value read) and never listed the training hours."""
    body = PAGE.read_bytes()
    doc = Document(url="https://www.canada.ca/fr/immigration/metiers-formation.html", body=body,
                   snapshot="sha256:" + hashlib.sha256(body).hexdigest(), content_type="text/html",
                   source="news-fr", authority="official", declared_language="fr", content="main",
                   remove=("#wb-dtmd", "section.pagedetails"))

    def older(extraction):
        experience = next(r for r in extraction.records if r.kind == "requirement")
        old = {"extractor": "rulewatch-extract/0.3.3"}
        return [
            UnreadStatement(evidence=experience.evidence.model_copy(update=old), reason="value-unsure", kinds=["duration"],
                            criteria=["experience"]),
            *(u.model_copy(update={"evidence": u.evidence.model_copy(update=old)})
              for u in extraction.unread if u.evidence.quote != TRAINING),
        ]

    sources = _archive_document(tmp_path, doc, "main", ["#wb-dtmd", "section.pagedetails"],
                                keep=lambda r: r.kind != "requirement", unread=older)
    report = _run(tmp_path, sources)
    (upgrade,) = report["extractor_upgrades"]
    assert [a["key"] for a in upgrade["added"]] == ["requirement:category:trades:work_experience_min"]
    assert [(u["reason"], u["needs_editor"], u["quote"]) for u in upgrade["unread_appeared"]] == [
        ("no-criterion", True, TRAINING)]
    assert [(u["reason"], u["quote"]) for u in upgrade["unread_gone"]] == [
        ("value-unsure", upgrade["added"][0]["quote"])]  # now read as the record
    assert "rulewatch-extract/0.3.3" in upgrade["old_extractors"]  # the fee, set aside by both, is no difference
    assert FEE not in json.dumps(upgrade, ensure_ascii=False)

    table = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "reextract", "--sources", str(sources)])
    assert table.exit_code == 0, table.output
    assert "now unread" in table.stdout and "no longer unread" in table.stdout and "no-criterion" in table.stdout
    with Store.open(tmp_path).transaction() as session:  # a report, nothing written back; no alert
        from rulewatch.store import count_alerts

        assert count_alerts(session) == 0
        assert session.scalar(select(func.count()).select_from(UnreadRow)) == 2
