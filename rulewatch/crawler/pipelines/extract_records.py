"""Stage 2: read each archived page into records, unless it did not change; every problem is a health entry.

A page that did not change (304, the same bytes, or the same normalised main text under new
boilerplate) is not read again: its last records and unread statements are carried to tonight
(``carried_from``).
Listings and feeds were read by the spider (discovery); the rounds feed goes to its own reader.

Two problems need the past: a main text that shrank by more than ``SHRINK`` since the last
fetch (``text-shrank``: read all the same, and said), and a selector or listing pattern that
has matched nothing ``RULEWATCH_TEMPLATE_NIGHTS`` nights in a row (``template-changed``).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rulewatch.crawler.body_kind import not_text, parser_depth_exceeded
from rulewatch.crawler.items import FetchedPage
from rulewatch.errors import ExtractionError
from rulewatch.sources import DISCOVERY_KINDS
from rulewatch.store.crawl import TEMPLATE_MISSES

if TYPE_CHECKING:  # the extractors load trafilatura: a night where nothing changed never needs them
    from rulewatch.extractors.document import Document, Extraction

logger = logging.getLogger(__name__)

Extract = Callable[["Document"], "Extraction"]
ReadText = Callable[["Document"], str]
ReadBlob = Callable[[str], bytes]

SHRINK = 0.8  # a main text that lost more than this share of its characters since the last fetch
TEMPLATE_NIGHTS = 3  # nights in a row a selector matches nothing before the template is said to have changed


def _default_extract(kind: str) -> Extract:
    # Imported late: the extractors package may be absent or broken, and that must cost the
    # night its records (as ``extractor-crash`` health entries), never its snapshots.
    if kind == "rounds-json":
        from rulewatch.extractors.rounds import extract_rounds

        return extract_rounds
    from rulewatch.extractors import extract_document

    return extract_document


def _default_read_text(doc: Document) -> str:
    from rulewatch.extractors.main_text import main_text

    return main_text(doc).text


def _feed_text(doc: Document) -> str:
    from rulewatch.extractors.rounds import decode_feed

    return decode_feed(doc.body, doc.content_type).text


def text_digest(text: str) -> str:
    """Hash of the main text with whitespace normalised: re-wrapping or re-indenting is no change."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _header(headers: dict[str, str], name: str) -> str | None:
    return next((value for key, value in headers.items() if key.lower() == name), None) or None


def make_document(item: FetchedPage) -> "Document":
    """The extractor's input: the body, and how the item's source says to read it."""
    from rulewatch.extractors.document import Document

    declared = item.declaration
    return Document(
        url=item.url,
        body=item.body,
        snapshot=f"sha256:{item.body_sha256 or hashlib.sha256(item.body).hexdigest()}",
        content_type=_header(item.headers, "content-type"),
        fetched_at=item.fetched_at,
        source=item.source,
        authority=declared.authority if declared else "news",
        declared_language=declared.language if declared else None,
        content=declared.content if declared else None,
        remove=tuple(declared.remove) if declared else (),
    )


def looks_truncated(body: bytes) -> bool:
    """An HTML document that opens ``<html>`` but never closes it was cut short in transit or at the source."""
    head, tail = body[:4096].lower(), body[-4096:].lower()
    return b"<html" in head and b"</html>" not in tail


def charset_guessed(item: FetchedPage) -> bool:
    """A body that is not UTF-8, served without a charset: its reading rests on detection."""
    content_type = (_header(item.headers, "content-type") or "").lower()
    if "charset=" in content_type:
        return False
    try:
        item.body.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


class ExtractRecordsPipeline:
    """Sets ``records`` and ``unread`` (or ``carried_from``), ``language`` and ``text_sha256``; ``health`` on failures."""

    def __init__(
        self,
        extract: Extract | None = None,
        read_text: ReadText | None = None,
        read_blob: ReadBlob | None = None,
        missed: Mapping[tuple[str, str], int] | None = None,
        template_nights: int = TEMPLATE_NIGHTS,
    ) -> None:
        self._extract = extract
        self._read_text = read_text or _default_read_text
        self._read_blob = read_blob  # the archived body of the last fetch, by its sha256
        self._missed = missed or {}  # (source, URL) -> nights in a row it gave a TEMPLATE_MISSES problem
        self._template_nights = template_nights

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ExtractRecordsPipeline":
        from rulewatch.crawler.context import crawl_context

        context = crawl_context(crawler)
        return cls(read_blob=context.store.blobs.get, missed=context.missed,
                   template_nights=crawler.settings.getint("RULEWATCH_TEMPLATE_NIGHTS", TEMPLATE_NIGHTS))

    def problem(self, item: FetchedPage) -> tuple[str, str] | None:
        """Why this item cannot be read at all (before calling the extractor)."""
        if item.error:
            return item.error, item.error_detail
        if item.status not in (200, 304):
            return f"http-{item.status}", ""
        if item.status == 200 and not item.body.strip() and not item.unchanged:
            length = _header(item.headers, "content-length")
            had = f"; it had text on {item.previous.fetched_at:%Y-%m-%d}" if item.previous else ""
            return "empty-body", f"200 OK with nothing in it (Content-Length: {length or 'none'}){had}"
        if item.status == 200 and not item.unchanged and item.kind != "sitemap":  # a sitemap may be gzipped
            return not_text(item.body, _header(item.headers, "content-type"))
        return None

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        self._read(item)
        self._template_check(item)
        return item

    def _read(self, item: FetchedPage) -> FetchedPage:
        if any(h.problem in ("unexpected-304", "archive-failed") for h in item.health):
            return item
        problem = self.problem(item)
        if problem is not None:
            if item.kind == "twin":  # the page was read; only the version in its other language could not be
                problem = ("twin-unavailable", ": ".join(p for p in problem if p))
            item.problem(*problem)
            return item
        if item.kind in DISCOVERY_KINDS:
            return item  # read by the spider: its links were followed
        previous = item.previous
        if item.unchanged and previous is not None:
            return self._carry(item)
        if item.kind != "rounds-json" and looks_truncated(item.body):
            item.problem("truncated", f"the HTML ends without </html> after {len(item.body)} bytes")
            return item
        if item.kind != "rounds-json" and (depth := parser_depth_exceeded(item.body)) is not None:
            item.problem("too-deep", f"the text below the parser's depth limit is not read ({depth})")
            return item
        if charset_guessed(item):
            item.problem("encoding-guessed", "not UTF-8 and no charset in Content-Type: the encoding was detected")
        try:
            doc = make_document(item)
            read_text = _feed_text if item.kind == "rounds-json" else self._read_text
            text = read_text(doc)
            digest = text_digest(text)
            if previous is not None and previous.text_sha256 == digest:
                item.unchanged = "same-text"
                return self._carry(item)
            if item.kind != "rounds-json":
                self._shrink_check(item, text)
            extraction = self._extractor(item.kind)(doc)
        except ExtractionError as exc:
            item.problem(exc.reason, exc.detail)
            return item
        except Exception as exc:  # noqa: BLE001 -- a crash must not lose the snapshot
            logger.exception("extractor crashed on %s", item.url)
            item.problem("extractor-crash", f"{type(exc).__name__}: {exc}")
            return item
        item.records = list(extraction.records)
        item.unread = list(extraction.unread)
        item.language = extraction.language
        item.text_sha256 = digest
        return item

    def _shrink_check(self, item: FetchedPage, text: str) -> None:
        """``text-shrank`` when tonight's main text lost more than SHRINK of the last fetch's."""
        before = self._previous_length(item)
        now = len(" ".join(text.split()))
        if before and now < (1 - SHRINK) * before:
            item.problem("text-shrank", f"main text {before} → {now} characters (−{1 - now / before:.0%}) "
                                        f"since {item.previous.fetched_at:%Y-%m-%d}")  # type: ignore[union-attr]

    def _previous_length(self, item: FetchedPage) -> int | None:
        """The last fetch's main text length, read again from its archived body (only pages that changed pay)."""
        previous = item.previous
        if previous is None or self._read_blob is None or not previous.text_sha256:
            return None
        try:
            body = self._read_blob(previous.body_sha256)
            old = replace(make_document(item), body=body, snapshot=f"sha256:{previous.body_sha256}")
            return len(" ".join(self._read_text(old).split()))
        except (OSError, ExtractionError):
            return None  # the last fetch cannot be read again: nothing to compare with

    def _template_check(self, item: FetchedPage) -> None:
        """``template-changed`` when the selector (or a listing's patterns) has missed N nights in a row."""
        missed = next((h for h in item.health if h.problem in TEMPLATE_MISSES), None)
        if missed is None:
            return
        streak = self._missed.get((item.source, item.url), 0) + 1
        if streak >= self._template_nights:
            item.problem("template-changed", f"{missed.problem} {streak} nights in a row ({missed.detail}): "
                                             "the page's layout changed; update the source's selectors")

    def _carry(self, item: FetchedPage) -> FetchedPage:
        assert item.previous is not None
        item.carried_from = item.previous.snapshot_id
        item.text_sha256 = item.previous.text_sha256
        item.language = item.previous.language
        return item

    def _extractor(self, kind: str) -> Extract:
        if self._extract is not None:
            return self._extract
        return _default_extract(kind)
