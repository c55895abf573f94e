"""What the crawler remembers between nights: last fetch of each URL, discovered articles, source health.

Read by the crawl process before it fetches anything (conditional requests, unchanged pages,
articles already archived) and by ``rulewatch health`` / ``rulewatch snapshot`` afterwards.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .archive import WarcRef
from .nights import HealthEntry
from .tables import HOLDS_BODY, READ_IN_FULL, Article, Health, Night, RecordRow, Snapshot

NOTICES = frozenset({"redirected", "encoding-guessed", "recheck-deferred", "sitemaps-skipped", "twin-unavailable",
                     "twin-lags", "twins-disagree"})
"""Health codes that tell editors something changed at the source without it failing."""


def _header(headers: dict[str, str] | None, name: str) -> str | None:
    return next((v for k, v in (headers or {}).items() if k.lower() == name), None) or None


@dataclass(frozen=True)
class PreviousFetch:
    """The last good fetch of a URL: what to revalidate with, and what it said."""

    snapshot_id: int
    url: str
    fetched_at: datetime
    body_sha256: str
    text_sha256: str | None
    etag: str | None
    last_modified: str | None
    language: str | None = None
    original_url: str | None = None  # the response record holding the body (a revisit refers to it)
    original_at: datetime | None = None
    twin_url: str | None = None  # the other-language version it named (a 304 names it again)

    def conditional_headers(self) -> dict[str, str]:
        """If-None-Match when the server gave an ETag (it wins over dates), else If-Modified-Since."""
        out = {}
        if self.etag:
            out["If-None-Match"] = self.etag
        if self.last_modified:
            out["If-Modified-Since"] = self.last_modified
        return out


def previous_fetches(session: Session) -> dict[tuple[str, str], PreviousFetch]:
    """Latest snapshot of each (source, URL) that was read without a problem.

    A page that failed to read (selector miss, truncated) is never a base for "unchanged": it is
    fetched in full and read again the next night.
    """
    latest = select(func.max(Snapshot.id)).where(READ_IN_FULL).group_by(Snapshot.source, Snapshot.url)
    rows = list(session.scalars(select(Snapshot).where(Snapshot.id.in_(latest))))
    originals = _originals(session, {s.body_sha256 for s in rows if s.body_sha256})
    out = {}
    for s in rows:
        original = originals.get((s.url, s.body_sha256 or ""))
        out[(s.source, s.url)] = PreviousFetch(
            snapshot_id=s.id, url=s.url, fetched_at=_aware(s.fetched_at), body_sha256=s.body_sha256 or "",
            text_sha256=s.text_sha256, etag=_header(s.headers, "etag"),
            last_modified=_header(s.headers, "last-modified"), language=s.language,
            original_url=original[0] if original else None, original_at=original[1] if original else None,
            twin_url=s.twin_url,
        )
    return out


def _originals(session: Session, digests: set[str]) -> dict[tuple[str, str], tuple[str, datetime]]:
    """(declared URL, body hash) -> (address, date) of the response record holding that body."""
    out: dict[tuple[str, str], tuple[str, datetime]] = {}
    for chunk in _chunks(sorted(digests), 500):
        rows = session.execute(
            select(Snapshot.url, Snapshot.final_url, Snapshot.body_sha256, Snapshot.fetched_at)
            .where(Snapshot.body_sha256.in_(chunk), HOLDS_BODY)
            .order_by(Snapshot.id)
        )
        for url, final_url, digest, fetched_at in rows:
            out[(url, digest)] = (final_url or url, _aware(fetched_at))
    return out


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def original_response(session: Session, url: str, body_sha256: str) -> Snapshot | None:
    """The snapshot whose WARC record holds this body in full (a response, not a revisit)."""
    return session.scalars(
        select(Snapshot)
        .where(Snapshot.url == url, Snapshot.body_sha256 == body_sha256, HOLDS_BODY)
        .order_by(Snapshot.id.desc())
        .limit(1)
    ).first()


def warc_ref(snapshot: Snapshot) -> WarcRef | None:
    if snapshot.warc_file is None or snapshot.warc_offset is None:
        return None
    return WarcRef(snapshot.warc_file, snapshot.warc_offset, snapshot.warc_length or 0)


# --- discovered articles ------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownArticle:
    url: str
    fetched_night_id: int | None
    fetched_updated: datetime | None
    source: str = ""  # the listing's source that first led to it
    title: str | None = None


def known_articles(session: Session) -> dict[str, KnownArticle]:
    return {
        a.url: KnownArticle(a.url, a.fetched_night_id, _aware(a.fetched_updated) if a.fetched_updated else None,
                            a.source, a.title)
        for a in session.scalars(select(Article))
    }


def record_article(
    session: Session, night_id: int, source: str, url: str, listing_url: str, title: str | None,
    updated: datetime | None, fetched: bool,
) -> None:
    """Remember an article a listing led to; ``fetched`` when tonight's crawl archived it."""
    row = session.scalars(select(Article).where(Article.url == url)).first()
    if row is None:
        row = Article(source=source, url=url, listing_url=listing_url, first_night_id=night_id)
        session.add(row)
    row.title = title or row.title
    row.listed_updated = updated or row.listed_updated
    if fetched:
        row.fetched_night_id = night_id
        row.fetched_updated = updated


# --- source health --------------------------------------------------------------------------------


@dataclass
class SourceHealth:
    """A source's problems on the latest night it was crawled, and its run of failing nights."""

    source: str
    night_id: int
    failing_nights: int  # consecutive crawled nights, up to the latest, with at least one failure
    entries: list[HealthEntry] = field(default_factory=list)


def failure_streak(nights: list[tuple[int, bool]]) -> int:
    """How many of the latest nights in a row failed; ``nights`` is (night id, failed), any order."""
    streak = 0
    for _, failed in sorted(nights, reverse=True):
        if not failed:
            break
        streak += 1
    return streak


def source_health(session: Session) -> list[SourceHealth]:
    """Every source seen by a crawl, worst first: failing streak, then name."""
    seen: dict[str, set[int]] = defaultdict(set)
    for source, night_id in session.execute(select(Snapshot.source, Snapshot.night_id).distinct()):
        seen[source].add(night_id)
    failed: dict[str, set[int]] = defaultdict(set)
    entries: dict[tuple[str, int], list[HealthEntry]] = defaultdict(list)
    for h in session.scalars(select(Health).order_by(Health.id)):
        seen[h.source].add(h.night_id)
        entries[(h.source, h.night_id)].append(HealthEntry(h.source, h.url, h.problem, h.detail, h.status))
        if h.problem not in NOTICES:
            failed[h.source].add(h.night_id)
    out = []
    for source, nights in seen.items():
        last = max(nights)
        streak = failure_streak([(n, n in failed[source]) for n in nights])
        out.append(SourceHealth(source, last, streak, entries.get((source, last), [])))
    return sorted(out, key=lambda s: (-s.failing_nights, -len(s.entries), s.source))


TEMPLATE_MISSES = ("selector-miss", "no-articles")
"""Health codes of a page whose layout no longer matches its source's selectors or patterns."""


def miss_streaks(session: Session, problems: Iterable[str] = TEMPLATE_MISSES) -> dict[tuple[str, str], int]:
    """(source, URL) -> how many of the latest nights that fetched it in a row gave one of ``problems``.

    Only URLs that ever gave it are looked at: one query on the health entries, one on their snapshots.
    """
    missed: dict[tuple[str, str], set[int]] = defaultdict(set)
    for source, url, night_id in session.execute(
        select(Health.source, Health.url, Health.night_id).where(Health.problem.in_(list(problems)))
    ):
        missed[(source, url)].add(night_id)
    if not missed:
        return {}
    fetched: dict[tuple[str, str], set[int]] = defaultdict(set)
    for chunk in _chunks(sorted({url for _, url in missed}), 500):
        rows = session.execute(
            select(Snapshot.source, Snapshot.url, Snapshot.night_id).where(Snapshot.url.in_(chunk)).distinct()
        )
        for source, url, night_id in rows:
            if (source, url) in missed:
                fetched[(source, url)].add(night_id)
    out = {}
    for key, nights in missed.items():
        streak = failure_streak([(n, n in nights) for n in nights | fetched[key]])
        if streak:
            out[key] = streak
    return out


# --- snapshots by date ----------------------------------------------------------------------------


def snapshot_on(session: Session, url: str, on: date | None = None) -> Snapshot | None:
    """The last archived snapshot of ``url`` (declared or final address) fetched on or before ``on``."""
    query = select(Snapshot).where(or_(Snapshot.url == url, Snapshot.final_url == url), Snapshot.warc_file.is_not(None))
    if on is not None:
        end = datetime.combine(on + timedelta(days=1), time.min, tzinfo=timezone.utc)
        query = query.where(Snapshot.fetched_at < end)
    return session.scalars(query.order_by(Snapshot.fetched_at.desc(), Snapshot.id.desc()).limit(1)).first()


def resumable_night(session: Session, sources: str) -> int | None:
    """The latest night, when a crawl of the same sources file was interrupted in it (to be finished).

    The same file however its path was typed: relative or absolute, through a symbolic link.
    """
    night = session.scalars(select(Night).order_by(Night.id.desc()).limit(1)).first()
    if night is not None and night.status == "crawling" and same_file(night.sources, sources):
        return night.id
    return None


def sources_key(path: str | os.PathLike[str]) -> str:
    """How a night records its sources file: the absolute path, symbolic links resolved."""
    return str(Path(path).resolve())


def same_file(recorded: str | None, sources: str) -> bool:
    return recorded is not None and sources_key(recorded) == sources_key(sources)


def _aware(when: datetime) -> datetime:
    """SQLite gives naive datetimes back: they were stored in UTC."""
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


@dataclass
class SourceSummary:
    """One source's night: pages fetched, read again, unchanged, failed; records; bytes downloaded."""

    source: str
    pages: int = 0
    read: int = 0
    unchanged: int = 0
    failed: int = 0
    records: int = 0
    bytes: int = 0


def crawl_summary(session: Session, night_id: int) -> list[SourceSummary]:
    rows: dict[str, SourceSummary] = {}
    failing = {
        url for url, problem in session.execute(select(Health.url, Health.problem).where(Health.night_id == night_id))
        if problem not in NOTICES
    }
    records = dict(session.execute(
        select(RecordRow.snapshot_id, func.count()).where(RecordRow.night_id == night_id).group_by(RecordRow.snapshot_id)
    ).all())
    for s in session.scalars(select(Snapshot).where(Snapshot.night_id == night_id).order_by(Snapshot.id)):
        row = rows.setdefault(s.source, SourceSummary(s.source))
        row.pages += 1
        row.bytes += s.size
        row.records += records.get(s.id, 0)
        if s.url in failing:
            row.failed += 1
        elif s.unchanged:
            row.unchanged += 1
        else:
            row.read += 1
    return list(rows.values())
