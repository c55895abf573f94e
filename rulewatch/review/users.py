"""Editors' accounts and login sessions: argon2 password hashes, expiring sessions, one CSRF token per session.

The browser's cookie holds a random token; the database keeps only its sha256, so a copy of the
database does not let anyone log in.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from rulewatch.errors import AccountError
from rulewatch.store import Store
from rulewatch.store.tables import User, WebSession

SESSION_TTL = timedelta(hours=8)
MIN_PASSWORD = 8
NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,100}$")

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a password anyone has")  # unknown names cost as much as wrong passwords


@dataclass(frozen=True)
class Login:
    """Who is logged in on a request, and the CSRF token their forms must carry."""

    editor: str
    csrf: str
    expires_at: datetime

    def csrf_ok(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf, token or "")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)  # SQLite returns naive datetimes


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(store: Store, name: str, password: str) -> None:
    """Create an editor account; raises AccountError for a bad name, a short password or a taken name."""
    if not NAME.match(name):
        raise AccountError("a user name is 1-100 letters, digits or . _ @ -")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    try:
        with store.transaction() as session:
            session.add(User(name=name, password_hash=_hasher.hash(password), created_at=_now()))
    except IntegrityError as exc:
        raise AccountError(f"user {name!r} already exists") from exc


def open_session(store: Store, name: str, password: str, ttl: timedelta = SESSION_TTL) -> tuple[str, Login]:
    """Check the password and start a session; returns the cookie token. Raises AccountError on a bad login."""
    with store.transaction() as session:
        user = session.scalars(select(User).where(User.name == name)).first()
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            user = None
        if user is None:
            raise AccountError("wrong user name or password")
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        now = _now()
        session.execute(delete(WebSession).where(WebSession.expires_at < now))
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        session.add(WebSession(token_sha256=_digest(token), user_id=user.id, csrf=csrf, created_at=now, expires_at=now + ttl))
        return token, Login(editor=user.name, csrf=csrf, expires_at=now + ttl)


def session_login(store: Store, token: str | None) -> Login | None:
    """The login a cookie token stands for, or None when it is unknown or expired."""
    if not token:
        return None
    with store.transaction() as session:
        row = session.execute(
            select(WebSession, User.name).join(User, User.id == WebSession.user_id)
            .where(WebSession.token_sha256 == _digest(token))
        ).first()
    if row is None or _aware(row[0].expires_at) <= _now():
        return None
    return Login(editor=row[1], csrf=row[0].csrf, expires_at=_aware(row[0].expires_at))


def close_session(store: Store, token: str | None) -> None:
    if token:
        with store.transaction() as session:
            session.execute(delete(WebSession).where(WebSession.token_sha256 == _digest(token)))
