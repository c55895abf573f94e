"""The store's tables. The schema itself is created and changed only by Alembic migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Night(Base):
    """One run of the nightly job; its stages each commit once (crawled, then complete)."""

    __tablename__ = "nights"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20))  # crawling, crawled, complete, abandoned
    sources: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[dict | None] = mapped_column(JSON)


class Snapshot(Base):
    """One fetched response: its raw body is kept in the blob store under ``body_sha256``."""

    __tablename__ = "snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night_id: Mapped[int] = mapped_column(ForeignKey("nights.id"), index=True)
    source: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    final_url: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[int | None] = mapped_column(Integer)
    headers: Mapped[dict] = mapped_column(JSON)
    body_sha256: Mapped[str | None] = mapped_column(String(64))
    body_path: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str | None] = mapped_column(String(10))
    text_sha256: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_snapshots_url_fetched", "url", "fetched_at"),)


class RecordRow(Base):
    """One extracted record (the full pydantic record as JSON)."""

    __tablename__ = "records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night_id: Mapped[int] = mapped_column(ForeignKey("nights.id"), index=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshots.id"), index=True)
    key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    data: Mapped[dict] = mapped_column(JSON)


class Health(Base):
    """A source problem seen on a night: reported to editors, never turned into a removed rule."""

    __tablename__ = "health"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night_id: Mapped[int] = mapped_column(ForeignKey("nights.id"), index=True)
    source: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(String(50))
    detail: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[int | None] = mapped_column(Integer)


class RuleSetVersion(Base):
    """The whole rule state after one night (key -> record), and the version it came from."""

    __tablename__ = "ruleset_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night_id: Mapped[int | None] = mapped_column(ForeignKey("nights.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("ruleset_versions.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    digest: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict] = mapped_column(JSON)


class Alert(Base):
    """A stored change, waiting for an editor. ``version`` detects two editors acting at once."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night_id: Mapped[int | None] = mapped_column(ForeignKey("nights.id"), index=True)
    ruleset_id: Mapped[int | None] = mapped_column(ForeignKey("ruleset_versions.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    key: Mapped[str] = mapped_column(String(300), index=True)
    type: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    priority: Mapped[float] = mapped_column(Float, default=0.0)
    confirmation: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, accepted, rejected
    version: Mapped[int] = mapped_column(Integer, default=1)
    change: Mapped[dict] = mapped_column(JSON)

    __table_args__ = (Index("ix_alerts_status_priority", "status", "priority"),)


class ReviewRow(Base):
    """One editor decision on an alert, kept forever (who, what, when, why)."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    action: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    editor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    value: Mapped[dict | None] = mapped_column(JSON)
