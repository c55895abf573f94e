"""Editors' accounts and login sessions: argon2 password hashes, expiring sessions, one CSRF token per session.

The browser's cookie holds a random token; the database keeps only its sha256, so a copy of the
database does not let anyone log in. A session ends after SESSION_IDLE without a request, and in
any case SESSION_LIFETIME after the login (a working day), whichever comes first.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rulewatch.errors import AccountError
from rulewatch.store import Store
from rulewatch.store.tables import User, WebSession

SESSION_IDLE = timedelta(hours=2)
SESSION_LIFETIME = timedelta(hours=12)
_REFRESH_EVERY = timedelta(minutes=1)  # at most one write per session per minute to slide its expiry
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
    _check_password(password)
    try:
        with store.transaction() as session:
            session.add(User(name=name, password_hash=_hasher.hash(password), created_at=_now()))
    except IntegrityError as exc:
        raise AccountError(f"user {name!r} already exists") from exc


@dataclass(frozen=True)
class Account:
    name: str
    created_at: datetime
    open_sessions: int


def list_users(store: Store) -> list[Account]:
    """Every account with how many unexpired sessions it has, by name."""
    now = _now()
    with store.transaction() as session:
        users = list(session.scalars(select(User).order_by(User.name)))
        live = Counter(session.scalars(select(WebSession.user_id).where(WebSession.expires_at > now)))
        return [Account(u.name, _aware(u.created_at), live[u.id]) for u in users]


def set_password(store: Store, name: str, password: str) -> None:
    """Change a password and end the account's sessions (a stolen cookie stops working too)."""
    _check_password(password)
    with store.transaction() as session:
        user = _user(session, name)
        user.password_hash = _hasher.hash(password)
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))


def remove_user(store: Store, name: str) -> None:
    """Close an account and its sessions; its past decisions keep the editor's name."""
    with store.transaction() as session:
        user = _user(session, name)
        session.execute(delete(WebSession).where(WebSession.user_id == user.id))
        session.delete(user)


def _user(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise AccountError(f"no user is called {name!r}")
    return user


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")


def _verified(session: Session, name: str, password: str) -> User:
    """The account when the password is its own; AccountError otherwise (unknown names cost the same time)."""
    user = session.scalars(select(User).where(User.name == name)).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        user = None
    if user is None:
        raise AccountError("wrong user name or password")
    return user


def change_own_password(store: Store, name: str, current: str, new: str) -> None:
    """An editor's own change: the current password first, then as ``set_password`` (every session ends)."""
    with store.transaction() as session:
        try:
            _verified(session, name, current)
        except AccountError as exc:
            raise AccountError("the current password is wrong") from exc
    if new == current:
        raise AccountError("the new password is the current one")
    set_password(store, name, new)


def open_session(store: Store, name: str, password: str, idle: timedelta = SESSION_IDLE) -> tuple[str, Login]:
    """Check the password and start a session; returns the cookie token. Raises AccountError on a bad login."""
    with store.transaction() as session:
        user = _verified(session, name, password)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        now = _now()
        session.execute(delete(WebSession).where(WebSession.expires_at < now))
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        session.add(WebSession(token_sha256=_digest(token), user_id=user.id, csrf=csrf, created_at=now, expires_at=now + idle))
        return token, Login(editor=user.name, csrf=csrf, expires_at=now + idle)


def session_login(
    store: Store, token: str | None, idle: timedelta = SESSION_IDLE, lifetime: timedelta = SESSION_LIFETIME
) -> Login | None:
    """The login a cookie token stands for, or None when it is unknown or expired; using it slides its expiry."""
    if not token:
        return None
    now = _now()
    with store.transaction() as session:
        row = session.execute(
            select(WebSession, User.name).join(User, User.id == WebSession.user_id)
            .where(WebSession.token_sha256 == _digest(token))
        ).first()
        if row is None:
            return None
        web_session, editor = row
        expires_at, ends_at = _aware(web_session.expires_at), _aware(web_session.created_at) + lifetime
        if expires_at <= now or ends_at <= now:
            return None
        slid = min(now + idle, ends_at)
        if slid - expires_at >= _REFRESH_EVERY:
            web_session.expires_at = expires_at = slid
        return Login(editor=editor, csrf=web_session.csrf, expires_at=expires_at)


def close_session(store: Store, token: str | None) -> None:
    if token:
        with store.transaction() as session:
            session.execute(delete(WebSession).where(WebSession.token_sha256 == _digest(token)))
