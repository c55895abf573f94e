"""Stage 2: read each archived 200 body into records; every problem becomes a health entry, never an exception."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from rulewatch.crawler.items import FetchedPage
from rulewatch.errors import ExtractionError
from rulewatch.extractors.document import Document, Extraction
from rulewatch.store.nights import HealthEntry

logger = logging.getLogger(__name__)

Extract = Callable[[Document], Extraction]


def _default_extract() -> Extract:
    # Imported late: the extractors package may be absent or broken, and that must cost the
    # night its records (as ``extractor-crash`` health entries), never its snapshots.
    from rulewatch.extractors import extract_document

    return extract_document


def _header(headers: dict[str, str], name: str) -> str | None:
    return next((value for key, value in headers.items() if key.lower() == name), None) or None


def make_document(item: FetchedPage) -> Document:
    """The extractor's input: the body, and how the item's source says to read it."""
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


class ExtractRecordsPipeline:
    """Sets ``records``, ``language`` and ``text_sha256`` on good pages, ``health`` on the others."""

    def __init__(self, extract: Extract | None = None) -> None:
        self._extract = extract

    def problem(self, item: FetchedPage) -> HealthEntry | None:
        """Why this item cannot be read at all (before calling the extractor)."""
        if item.error:
            return HealthEntry(item.source, item.url, item.error, detail=item.error_detail)
        if item.status != 200:
            return HealthEntry(item.source, item.url, f"http-{item.status}", status=item.status)
        if not item.body.strip():
            return HealthEntry(item.source, item.url, "empty-body", status=item.status)
        return None

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        problem = self.problem(item)
        if problem is not None:
            item.health.append(problem)
            return item
        try:
            if self._extract is None:
                self._extract = _default_extract()
            extraction = self._extract(make_document(item))
        except ExtractionError as exc:
            item.health.append(HealthEntry(item.source, item.url, exc.reason, detail=exc.detail, status=item.status))
            return item
        except Exception as exc:  # noqa: BLE001 -- a crash must not lose the snapshot
            logger.exception("extractor crashed on %s", item.url)
            item.health.append(
                HealthEntry(
                    item.source, item.url, "extractor-crash", detail=f"{type(exc).__name__}: {exc}", status=item.status
                )
            )
            return item
        item.records = list(extraction.records)
        item.language = extraction.language
        item.text_sha256 = hashlib.sha256(extraction.text.encode("utf-8")).hexdigest()
        return item
