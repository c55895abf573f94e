"""Local files read as the crawler would read them: the IRCC rounds feed by the rounds reader, anything else as a document.

``rulewatch extract`` and ``rulewatch diff`` are handed files with no source declaration, so the kind is
recognised from the bytes: decoded the way the crawler decodes the feed (``decode_feed``: UTF-8, else
Windows-1252, never mojibake), a JSON object with a ``rounds`` key is the feed. Its language comes from
the file name (``ee_rounds_123_en.json``), else from the month names of its dates ("10 mars 2026").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from rulewatch.errors import ExtractionError
from rulewatch.extractors import extract_document
from rulewatch.extractors.document import Extraction
from rulewatch.extractors.files import document_from_path
from rulewatch.extractors.language import detect_language
from rulewatch.extractors.rounds import decode_feed, extract_rounds

ROUNDS_FEED = "rounds-feed"
DOCUMENT = "document"
_FEED_NAME = re.compile(r"ee_rounds", re.IGNORECASE)
_NAMED_LANGUAGE = re.compile(r"_(fr|en)\.json$", re.IGNORECASE)
_DAY_FIRST = re.compile(r"^\s*\d{1,2}(?:er)?\s+[^\W\d_]+\s+\d{4}")  # 10 mars 2026, 1er avril 2026
_MONTH_FIRST = re.compile(r"^\s*[^\W\d_]+\s+\d{1,2},\s*\d{4}")  # March 10, 2026


@dataclass(frozen=True)
class FileReading:
    """What one file said, and how it was read: ``kind`` and, for the feed, the encoding found."""

    kind: str  # rounds-feed | document
    extraction: Extraction
    encoding: str | None = None  # utf-8 or windows-1252 (rounds feed)


def read_file(path: Path, url: str | None = None, published: date | None = None) -> FileReading:
    """The rounds feed's Round records, or a document's records; raises ExtractionError with a reason."""
    doc = document_from_path(path, url, published)
    feed = _as_feed(path, doc.body)
    if feed is None:
        return FileReading(DOCUMENT, extract_document(doc))
    data, encoding = feed
    language = None if _NAMED_LANGUAGE.search(doc.url) else feed_language(data)
    doc = replace(doc, content_type="application/json", declared_language=language)
    return FileReading(ROUNDS_FEED, extract_rounds(doc), encoding)


def _as_feed(path: Path, body: bytes) -> tuple[dict, str] | None:
    """The parsed feed and its encoding when the file is the rounds feed; None when it is something else to read.

    A file named as the feed that is not the feed is an error; another JSON file is a data file, read as a document
    (its keys and values written out as lines, ``extractors.data_files``); invalid JSON in a ``.json`` file is an error.
    """
    looks_json = path.suffix.lower() == ".json" or body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"
    if not looks_json:
        return None
    decoded = decode_feed(body)
    try:
        data = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        if path.suffix.lower() != ".json":
            return None  # prose that happens to open with a brace
        raise ExtractionError("malformed-json", f"not valid JSON: {exc}") from exc
    if not (isinstance(data, dict) and "rounds" in data):
        if _FEED_NAME.search(path.name):
            raise ExtractionError("unexpected-json", "a JSON file that is not the IRCC rounds feed (no 'rounds' list)")
        return None
    return data, decoded.encoding


def feed_language(feed: dict) -> str:
    """fr or en: how the feed writes its dates ("10 mars 2026" day first, "March 10, 2026" month first),
    else what its round names are written in."""
    rounds = [r for r in feed.get("rounds") or [] if isinstance(r, dict)]
    days = [str(r.get("drawDateFull") or "") for r in rounds]
    french, english = sum(bool(_DAY_FIRST.match(d)) for d in days), sum(bool(_MONTH_FIRST.match(d)) for d in days)
    if french != english:
        return "fr" if french > english else "en"
    detected = detect_language(" . ".join(str(r.get("drawName") or "") for r in rounds))
    return detected if detected in ("fr", "en") else "fr"
