"""Reading the archive back: what a page said on a given night — never the network.

A revisit record (the page did not change) is followed to the response record holding the body.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from rulewatch.errors import StoreError
from rulewatch.extractors.document import Document
from rulewatch.sources import Source
from rulewatch.store.archive import WARC_DIR, ArchivedResponse, read_record
from rulewatch.store.crawl import original_response, snapshot_on, warc_ref
from rulewatch.store.tables import UNCHANGED
from rulewatch.store.database import Store
from rulewatch.store.tables import Snapshot


@dataclass
class Replay:
    """One night's snapshot of a URL and the archived response that holds its body."""

    snapshot_id: int
    night_id: int
    url: str
    source: str
    kind: str
    fetched_at: str
    status: int | None
    unchanged: str | None
    response: ArchivedResponse

    def document(self, content: str | None = None, remove: tuple[str, ...] = ()) -> Document:
        headers = {k.lower(): v for k, v in self.response.headers.items()}
        return Document(
            url=self.url, body=self.response.body, snapshot=f"sha256:{_sha256(self.response.body)}",
            content_type=headers.get("content-type"), source=self.source, content=content, remove=remove,
        )


def _sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def archived_response(store: Store, snapshot: Snapshot) -> ArchivedResponse:
    """The response record with this snapshot's body (following a revisit to its original)."""
    holder = snapshot
    if snapshot.unchanged in UNCHANGED and snapshot.body_sha256:
        with store.transaction() as session:
            holder = original_response(session, snapshot.url, snapshot.body_sha256) or snapshot
    ref = warc_ref(holder)
    if ref is None:
        raise StoreError(f"snapshot {snapshot.id} of {snapshot.url} has no archived record")
    return read_record(store.data_dir / WARC_DIR, ref)


def replay(store: Store, url: str, on: date | None = None) -> Replay:
    """The archived snapshot of ``url`` on night ``on`` (or the latest before it; the latest of all without a date)."""
    with store.transaction() as session:
        snapshot = snapshot_on(session, url, on)
    if snapshot is None:
        when = f" on or before {on.isoformat()}" if on else ""
        raise StoreError(f"no archived snapshot of {url}{when}")
    return Replay(
        snapshot_id=snapshot.id, night_id=snapshot.night_id, url=snapshot.url, source=snapshot.source,
        kind=snapshot.kind or "page", fetched_at=snapshot.fetched_at.isoformat(), status=snapshot.status,
        unchanged=snapshot.unchanged, response=archived_response(store, snapshot),
    )


def _document(page: Replay, declaration: Source | None) -> Document:
    return page.document(declaration.content if declaration else None, tuple(declaration.remove) if declaration else ())


def main_text_of(page: Replay, declaration: Source | None = None) -> str:
    """The page's main text as the extractors read it (the rounds feed: one line per draw)."""
    if page.kind == "rounds-json":
        from rulewatch.extractors.rounds import extract_rounds

        return extract_rounds(_document(page, declaration)).text
    from rulewatch.extractors.main_text import main_text

    return main_text(_document(page, declaration)).text
