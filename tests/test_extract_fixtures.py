"""Each fixture folder's records, exactly as its expected.json says; every quote is real."""

import json

import pytest

from rulewatch.extractors import extract_document
from tests.fixture_cases import cases, expected_view, load_case


@pytest.mark.parametrize("folder", cases(), ids=lambda p: p.name)
def test_fixture_case(folder):
    doc, _ = load_case(folder)
    result = extract_document(doc)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    got = expected_view(result)
    assert got["language"] == expected["language"]
    assert got["categories"] == expected["categories"]
    assert got["requirements"] == expected["requirements"]
    for record in result.records:
        ev = record.evidence
        assert result.text[ev.start : ev.end] == ev.quote
        assert ev.url == doc.url and ev.snapshot == doc.snapshot and ev.extractor


def test_comments_never_give_rules():
    doc, _ = load_case(next(p for p in cases() if p.name == "plain-text-list"))
    text = extract_document(doc).text
    assert "67 points" not in text and "Commentaires" not in text
