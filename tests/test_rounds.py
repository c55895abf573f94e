"""The rounds feed: each fixture folder's feed.json, read as the crawler serves it, gives its expected.json."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from rulewatch.errors import ExtractionError
from rulewatch.extractors.document import Document
from rulewatch.extractors.rounds import canada_url, decode_feed, extract_rounds, parse_count, round_category

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "rounds"


def document(case: Path) -> Document:
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    return Document(
        url=meta["url"], body=(case / "feed.json").read_bytes(), snapshot="sha256:" + "0" * 64,
        content_type=meta.get("content_type"), fetched_at=datetime.fromisoformat(meta["fetched_at"]),
        source="rounds", authority="official", declared_language=meta["language"],
    )


def read_case(case: Path) -> dict:
    """What the reader makes of a case, in the shape of its expected.json."""
    try:
        extraction = extract_rounds(document(case))
    except ExtractionError as exc:
        return {"error": exc.reason}
    return {"rounds": [
        {"number": r.number, "date": r.date.isoformat(), "name": r.name, "category": r.category,
         "invitations": r.invitations, "crs_cutoff": r.crs_cutoff,
         "tie_break": r.tie_break.isoformat() if r.tie_break else None, "quote": r.evidence.quote}
        for r in extraction.records
    ]}


@pytest.mark.parametrize("case", sorted(p for p in CASES.iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_rounds_feed_case(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert read_case(case) == expected
    if "rounds" in expected:
        extraction = extract_rounds(document(case))
        assert "Ã" not in extraction.text
        for record in extraction.records:  # every quote is where its offsets say
            assert extraction.text[record.evidence.start : record.evidence.end] == record.evidence.quote
            assert record.key == f"round:{record.number}"


def test_the_two_encodings_of_the_french_feed_read_the_same() -> None:
    assert read_case(CASES / "fr-utf8") == read_case(CASES / "fr-windows-1252") == read_case(CASES / "fr-utf8-bom-declared")
    assert decode_feed((CASES / "fr-windows-1252" / "feed.json").read_bytes()).encoding == "windows-1252"
    assert decode_feed((CASES / "fr-utf8" / "feed.json").read_bytes()).encoding == "utf-8"


@pytest.mark.parametrize(("text", "count"), [("20 784", 20784), ("20,784", 20784), ("1\u00a0250", 1250),
                                             ("4\u202f500", 4500), (3500, 3500), ("", None), ("n/a", None)])
def test_counts_in_both_languages(text: object, count: int | None) -> None:
    assert parse_count(text) == count


def test_authoring_prefix_is_dropped_from_links() -> None:
    assert canada_url("/content/canadasite/fr/immigration-refugies-citoyennete/x.html?q=91a") == (
        "https://www.canada.ca/fr/immigration-refugies-citoyennete/x.html?q=91a"
    )
    assert canada_url("https://www.canada.ca/en/x.html") == "https://www.canada.ca/en/x.html"


@pytest.mark.parametrize(("name", "category"), [
    ("Professions de la santé et des services sociaux 2026-version 3", "healthcare"),
    ("Métiers spécialisés 2026-Version 3", "trades"),
    ("Programme des travailleurs de métiers spécialisés (fédéral)", "fst"),
    ("Aucun programme spécifié", "general"),
    ("Researchers with Canadian work experience (2026-Version 1)", "researchers-canadian-experience"),
    ("Pilotes de drones (2026-version 1)", "unrecognised"),
])
def test_round_names_give_categories_or_programs(name: str, category: str) -> None:
    assert round_category(name) == category


if __name__ == "__main__":  # python -m tests.test_rounds: rewrite the expected files (read the diff!)
    for folder in sorted(p for p in CASES.iterdir() if p.is_dir()):
        text = json.dumps(read_case(folder), ensure_ascii=False, indent=1) + "\n"
        (folder / "expected.json").write_text(text, encoding="utf-8")
        print(folder.name)
