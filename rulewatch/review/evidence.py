"""Evidence as an editor checks it: the quote inside its paragraph, and the archived body it was read from.

The paragraph comes from re-extracting the archived snapshot (never the live site) the way its
source says to read it; a quote that cannot be placed is shown alone, with the reason.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import select

from rulewatch.errors import RulewatchError
from rulewatch.extractors import Document, extract_document
from rulewatch.schemas import Evidence
from rulewatch.store import Store
from rulewatch.store.tables import Night, Snapshot

MAX_CONTEXT = 600  # characters of paragraph kept on each side of a quote
SAFE_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class QuoteInContext:
    """``before`` + ``quote`` + ``after`` is the paragraph; ``lead_in`` the line that introduces it when it
    is a list item ("… pour les catégories suivantes :"); ``start``/``end`` where the quote stands in the
    snapshot's text as read today; ``problem`` says why it could not be found."""

    evidence: Evidence
    before: str = ""
    after: str = ""
    problem: str | None = None
    lead_in: str = ""
    start: int | None = None
    end: int | None = None

    @property
    def digest(self) -> str:
        return self.evidence.snapshot.removeprefix("sha256:")

    @property
    def live_url(self) -> str | None:
        """The page's own URL, only when it is a web address (a ``javascript:`` URL is shown as text)."""
        url = self.evidence.url
        return url if url.lower().startswith(SAFE_SCHEMES) else None


@dataclass(frozen=True)
class Reading:
    """How a snapshot's source says to read it (selectors), taken from the night's sources file."""

    content_type: str | None = None
    content: str | None = None
    remove: tuple[str, ...] = ()
    language: str | None = None


def _reading(store: Store, digest: str) -> Reading:
    with store.transaction() as session:
        row = session.execute(
            select(Snapshot.headers, Snapshot.source, Night.sources)
            .join(Night, Night.id == Snapshot.night_id)
            .where(Snapshot.body_sha256 == digest)
            .order_by(Snapshot.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return Reading()
    headers, source_name, sources_path = row
    content_type = next((v for k, v in (headers or {}).items() if k.lower() == "content-type"), None)
    try:
        from rulewatch.sources import load_sources

        source = next((s for s in load_sources(sources_path) if s.name == source_name), None) if sources_path else None
    except (RulewatchError, OSError):
        source = None  # the sources file moved or changed: read the whole page
    if source is None:
        return Reading(content_type)
    return Reading(content_type, source.content, tuple(source.remove), source.language)


@functools.lru_cache(maxsize=64)
def _text(body: bytes, url: str, reading: Reading) -> str:
    doc = Document(
        url=url, body=body, snapshot="", content_type=reading.content_type, content=reading.content,
        remove=reading.remove, declared_language=reading.language,
    )
    return extract_document(doc).text


def archived_body(store: Store, digest: str) -> bytes | None:
    """The raw body as fetched, or None when the archive does not hold it."""
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        return None
    try:
        return store.blobs.get(digest)
    except OSError:
        return None


def quote_in_context(store: Store, evidence: Evidence) -> QuoteInContext:
    """Place the quote in its paragraph of the re-extracted snapshot text."""
    digest = evidence.snapshot.removeprefix("sha256:")
    body = archived_body(store, digest)
    if body is None:
        return QuoteInContext(evidence, problem="the snapshot is not in this archive")
    try:
        text = _text(body, evidence.url, _reading(store, digest))
    except RulewatchError as exc:
        return QuoteInContext(evidence, problem=f"the snapshot could not be read again ({exc})")
    start = evidence.start if text[evidence.start:evidence.end] == evidence.quote else text.find(evidence.quote)
    if start < 0:
        return QuoteInContext(evidence, problem="the quote is not in the snapshot's text as read today")
    end = start + len(evidence.quote)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before = text[max(para_start, start - MAX_CONTEXT):start]
    after = text[end:min(para_end, end + MAX_CONTEXT)]
    return QuoteInContext(evidence, before=before, after=after, lead_in=lead_in(text, para_start), start=start, end=end)


LIST_ITEM = ("- ", "• ", "* ", "– ")  # how the main text writes a list's items


def lead_in(text: str, para_start: int) -> str:
    """The line introducing the list a paragraph is an item of ("" when it is not a list item): a bullet
    alone ("santé et services sociaux;") does not say what it is a list of."""
    if not text.startswith(LIST_ITEM, para_start):
        return ""
    end = para_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.startswith(LIST_ITEM):
            return line.strip()[-MAX_CONTEXT:]
        end = start - 1
    return ""


def official_first(placed: list[QuoteInContext]) -> list[QuoteInContext]:
    """Official sources before news, each group in its own order: an editor checks the authority first."""
    return sorted(placed, key=lambda q: q.evidence.authority != "official")


def snapshot_url(store: Store, digest: str) -> str | None:
    """The address a body was fetched from (its latest snapshot)."""
    if archived_body(store, digest) is None:
        return None
    with store.transaction() as session:
        return session.scalar(select(Snapshot.url).where(Snapshot.body_sha256 == digest).order_by(Snapshot.id.desc()).limit(1))


def snapshot_text(store: Store, digest: str, url: str) -> str | None:
    """The snapshot's main text as read today (what quotes are placed in), or None when it is not archived
    or cannot be read."""
    body = archived_body(store, digest)
    if body is None:
        return None
    try:
        return _text(body, url, _reading(store, digest))
    except RulewatchError:
        return None
