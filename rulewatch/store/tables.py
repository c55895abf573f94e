"""The store's tables. The schema itself is created and changed only by Alembic migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, and_, literal_column,
    or_,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


MAX_ID = 2**31 - 1  # the largest INTEGER id PostgreSQL stores; SQLite refuses ints past 2**63 with an OverflowError


def row_by_id(session, model, row_id: int):  # noqa: ANN001, ANN201 -- any table with an integer id
    """``session.get`` for an id typed by someone (a URL, the CLI): one no table can hold is simply not found."""
    return session.get(model, row_id) if 0 < row_id <= MAX_ID else None


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
    # Crawl archive (migration 0002): the source's kind, the WARC record, and why nothing was re-read.
    kind: Mapped[str | None] = mapped_column(String(20))  # page, listing, rss, rounds-json, article
    warc_file: Mapped[str | None] = mapped_column(String(100))
    warc_offset: Mapped[int | None] = mapped_column(BigInteger)
    warc_length: Mapped[int | None] = mapped_column(Integer)
    unchanged: Mapped[str | None] = mapped_column(String(20))  # not-modified, same-body, same-text
    carried_from: Mapped[int | None] = mapped_column(Integer)  # snapshot whose records were carried
    twin_url: Mapped[str | None] = mapped_column(Text)  # the other-language version the page names (migration 0009)

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


class UnreadRow(Base):
    """A measurable statement of a page the extractors did not read (migration 0006): its evidence and why.

    Kept like a record (a page's set is written with its records, and carried with them when the page
    did not change) but never read into the rule state: it raises no alert, it waits for an editor
    when ``needs_editor``.
    """

    __tablename__ = "unread_statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night_id: Mapped[int] = mapped_column(ForeignKey("nights.id"))
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshots.id"), index=True)
    source: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(30))  # an UnreadReason
    needs_editor: Mapped[bool] = mapped_column(Boolean)
    kinds: Mapped[list] = mapped_column(JSON)  # kinds of quantity: duration, hours, money, points, level, teer
    criteria: Mapped[list] = mapped_column(JSON)  # criteria whose words the statement holds
    evidence: Mapped[dict] = mapped_column(JSON)  # the Evidence, as a record's ``data`` holds it
    # What an editor's answer is matched on (migration 0007, ``store.unread.answer_keys``): the page and the
    # normalised quote, and the snapshot text with the quote's offsets.
    quote_key: Mapped[str | None] = mapped_column(String(64))
    place_key: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_unread_statements_night_editor_source", "night_id", "needs_editor", "source"),
        Index("ix_unread_statements_source_night", "source", "night_id"),
    )


class UnreadAnswer(Base):
    """An editor's answer to an unread statement (migration 0007): typed into a record, or dismissed.

    Kept forever, like a review. The same statement on a later night (same page and normalised quote,
    or same snapshot text and offsets) is answered by it and not shown again.
    """

    __tablename__ = "unread_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("unread_statements.id"))
    action: Mapped[str] = mapped_column(String(10))  # typed, dismissed
    reason: Mapped[str] = mapped_column(Text)
    editor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    record: Mapped[dict | None] = mapped_column(JSON)  # the typed record
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"))  # the accepted change it made, if any
    quote_key: Mapped[str] = mapped_column(String(64), index=True)
    place_key: Mapped[str | None] = mapped_column(String(64), index=True)

    __table_args__ = (UniqueConstraint("statement_id", name="uq_unread_answers_statement_id"),)


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

    __table_args__ = (Index("ix_health_source_night", "source", "night_id"),)


class Article(Base):
    """An article a listing or feed led to (migration 0002): fetched again only when listed as updated."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    listing_url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    listed_updated: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    first_night_id: Mapped[int] = mapped_column(ForeignKey("nights.id"))
    fetched_night_id: Mapped[int | None] = mapped_column(Integer)
    fetched_updated: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("url", name="uq_articles_url"),)


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
    identity: Mapped[str | None] = mapped_column(String(64), index=True)  # sha256 of key + type + after value
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_night_id: Mapped[int | None] = mapped_column(ForeignKey("nights.id"))

    __table_args__ = (Index("ix_alerts_status_priority", "status", "priority"),)


class AlertSource(Base):
    """A source attached to an alert, and the night it was attached (for filters and the alert's timeline)."""

    __tablename__ = "alert_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    night_id: Mapped[int | None] = mapped_column(ForeignKey("nights.id"))
    side: Mapped[str] = mapped_column(String(10))  # after, before, other (a disputing value)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str] = mapped_column(Text)
    authority: Mapped[str] = mapped_column(String(20))

    __table_args__ = (UniqueConstraint("alert_id", "side", "url", name="uq_alert_sources_alert_side_url"),)


class OutboxRow(Base):
    """One alert waiting to be sent to one notification target; kept until sent, retried every night."""

    __tablename__ = "notification_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    target: Mapped[str] = mapped_column(String(100))
    night_id: Mapped[int | None] = mapped_column(ForeignKey("nights.id"))
    queued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending, sent
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("alert_id", "target", name="uq_notification_outbox_alert_target"),
        Index("ix_notification_outbox_status", "status"),
    )


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


class User(Base):
    """An editor's account; only an argon2 hash of the password is kept."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("name", name="uq_users_name"),)


class WebSession(Base):
    """A login on the review pages: the cookie's token is stored hashed, with the CSRF token of its forms."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("token_sha256", name="uq_web_sessions_token_sha256"),
        Index("ix_web_sessions_expires_at", "expires_at"),
    )


class LoginFailure(Base):
    """Failed logins per subject (``name:ana``, ``address:203.0.113.9``, ``device:<sha256>``) and when it may try again."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("subject", name="uq_login_failures_subject"),)


class KnownDevice(Base):
    """A browser an editor has logged in from (its cookie's sha256): failures by others never delay it."""

    __tablename__ = "known_devices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64))
    user_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("token_sha256", name="uq_known_devices_token_sha256"),)


# The review queue's facet counts (migration 0004), answered from the indexes alone.
Index("ix_alerts_review_facets", Alert.status, Alert.type, Alert.confirmation, Alert.key)
Index("ix_alert_sources_alert_source", AlertSource.alert_id, AlertSource.source)

# Conditions used both by queries and by the partial indexes that answer them (migration 0005): a
# night's start then reads indexes alone, however many nights the store holds. Values are SQL
# literals so that SQLite and PostgreSQL can match a query's condition to the index's.
UNCHANGED = ("not-modified", "same-body")
"""``Snapshot.unchanged`` values whose WARC record is a revisit (the body is archived earlier)."""

READ_IN_FULL = and_(
    Snapshot.body_sha256.is_not(None),
    Snapshot.text_sha256.is_not(None),
    Snapshot.status.in_([literal_column("200"), literal_column("304")]),
)
"""A fetch that can be the base of "unchanged" the next night: its body and main text were read."""

HOLDS_BODY = and_(
    Snapshot.warc_file.is_not(None),
    or_(Snapshot.unchanged.is_(None), Snapshot.unchanged.not_in([literal_column(f"'{u}'") for u in UNCHANGED])),
)
"""A snapshot whose WARC record is a response holding the body in full (revisits point at one)."""

Index("ix_snapshots_read_in_full", Snapshot.source, Snapshot.url, Snapshot.id,
      sqlite_where=READ_IN_FULL, postgresql_where=READ_IN_FULL)
Index("ix_snapshots_holding_body", Snapshot.body_sha256, Snapshot.url, Snapshot.id,
      sqlite_where=HOLDS_BODY, postgresql_where=HOLDS_BODY)
