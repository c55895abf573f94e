"""The night's WARC file: records read back by offset, revisits, and a file cut by a crash."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from rulewatch.store.archive import Fetch, NightArchive, read_record, read_records, sha1_payload_digest

WHEN = datetime(2026, 3, 2, 2, 0, tzinfo=timezone.utc)
BODY = "<html><main>Métiers spécialisés</main></html>".encode()


def test_records_read_back_by_their_index_entry(tmp_path: Path) -> None:
    archive = NightArchive(tmp_path, 7)
    assert archive.open() == []
    first = archive.write_response(Fetch("https://www.canada.ca/fr/b.html", WHEN, 200, {"ETag": '"v1"'},
                                         "https://www.canada.ca/fr/a.html", "canada-fr"), BODY)
    again = archive.write_revisit(Fetch("https://www.canada.ca/fr/b.html", WHEN, 304, {"ETag": '"v1"'}),
                                  "https://www.canada.ca/fr/b.html", WHEN, sha1_payload_digest(BODY))
    archive.close()
    response = read_record(tmp_path, first)
    assert (response.kind, response.status, response.body) == ("response", 200, BODY)
    assert response.declared_url == "https://www.canada.ca/fr/a.html" and response.source == "canada-fr"
    assert response.headers["ETag"] == '"v1"' and response.date == WHEN
    revisit = read_record(tmp_path, again)
    assert (revisit.kind, revisit.status, revisit.body, revisit.refers_to) == (
        "revisit", 304, b"", "https://www.canada.ca/fr/b.html")
    assert [r.ref for r in read_records(archive.path)] == [first, again]


def test_a_file_cut_mid_record_keeps_every_complete_record_and_takes_more(tmp_path: Path) -> None:
    archive = NightArchive(tmp_path, 8)
    archive.open()
    kept = [archive.write_response(Fetch(f"https://x.test/{i}.html", WHEN, 200, {}), BODY * (i + 1)) for i in range(3)]
    archive.close()
    with open(archive.path, "r+b") as fh:  # what kill -9 in the middle of a write leaves
        fh.truncate(kept[2].offset + kept[2].length // 2)
    assert [r.url for r in read_records(archive.path)] == ["https://x.test/0.html", "https://x.test/1.html"]
    reopened = NightArchive(tmp_path, 8)
    assert [r.url for r in reopened.open()] == ["https://x.test/0.html", "https://x.test/1.html"]
    reopened.write_response(Fetch("https://x.test/2.html", WHEN, 200, {}), BODY)
    reopened.close()
    assert [r.url for r in read_records(archive.path)] == [f"https://x.test/{i}.html" for i in range(3)]
    assert read_records(archive.path)[2].body == BODY
