"""A night's crawl stage in the store: the night itself, its snapshots, records and health entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Sequence

from pydantic import TypeAdapter
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rulewatch.schemas import Record

from .tables import Health, Night, RecordRow, Snapshot

RECORD = TypeAdapter(Record)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class HealthEntry:
    """A source problem: ``problem`` is a short stable code (http-404, selector-miss, timeout, ...)."""

    source: str
    url: str
    problem: str
    detail: str = ""
    status: int | None = None


@dataclass
class SnapshotInfo:
    """What the crawler saw for one URL; the body itself goes to the blob store first."""

    source: str
    url: str
    fetched_at: datetime
    status: int | None
    headers: dict[str, str] = field(default_factory=dict)
    final_url: str | None = None
    body_sha256: str | None = None
    body_path: str | None = None
    size: int = 0
    language: str | None = None
    text_sha256: str | None = None


def start_night(session: Session, sources: str | None = None) -> int:
    """Open a night; nights an earlier crash left unfinished are marked abandoned."""
    session.execute(
        update(Night).where(Night.status.in_(("crawling", "crawled"))).values(status="abandoned", finished_at=utcnow())
    )
    night = Night(started_at=utcnow(), status="crawling", sources=sources)
    session.add(night)
    session.flush()
    return night.id


def set_night_status(session: Session, night_id: int, status: str, summary: dict | None = None) -> None:
    values: dict[str, object] = {"status": status}
    if status in ("complete", "abandoned"):
        values["finished_at"] = utcnow()
    if summary is not None:
        values["summary"] = summary
    session.execute(update(Night).where(Night.id == night_id).values(**values))


def add_snapshot(session: Session, night_id: int, info: SnapshotInfo) -> int:
    row = Snapshot(
        night_id=night_id,
        source=info.source,
        url=info.url,
        final_url=info.final_url,
        fetched_at=info.fetched_at,
        status=info.status,
        headers=info.headers,
        body_sha256=info.body_sha256,
        body_path=info.body_path,
        size=info.size,
        language=info.language,
        text_sha256=info.text_sha256,
    )
    session.add(row)
    session.flush()
    return row.id


def add_records(session: Session, night_id: int, snapshot_id: int, records: Sequence[Record]) -> None:
    session.add_all(
        RecordRow(
            night_id=night_id,
            snapshot_id=snapshot_id,
            key=r.key,
            kind=r.kind,
            data=r.model_dump(mode="json"),
        )
        for r in records
    )


def add_health(session: Session, night_id: int, entry: HealthEntry) -> None:
    session.add(
        Health(
            night_id=night_id,
            source=entry.source,
            url=entry.url,
            problem=entry.problem,
            detail=entry.detail[:2000],
            status=entry.status,
        )
    )


def night_records(session: Session, night_id: int) -> list[Record]:
    rows = session.scalars(select(RecordRow).where(RecordRow.night_id == night_id).order_by(RecordRow.id))
    return [RECORD.validate_python(row.data) for row in rows]


def night_health(session: Session, night_id: int) -> list[HealthEntry]:
    rows = session.scalars(select(Health).where(Health.night_id == night_id).order_by(Health.id))
    return [HealthEntry(r.source, r.url, r.problem, r.detail, r.status) for r in rows]


def night_snapshots(session: Session, night_id: int) -> list[Snapshot]:
    return list(session.scalars(select(Snapshot).where(Snapshot.night_id == night_id).order_by(Snapshot.id)))
