"""Login throttling that an outsider cannot turn against an editor.

Failures are counted per user name and per client address, in the store (a restart forgets
nothing). The first ``free`` failures cost nothing; each one after makes the subject wait twice as
long as the last (1 s, 2 s, 4 s … up to ``cap``): a guesser gets a few dozen tries a day, an
editor who mistypes waits seconds, and there is no lock to trigger on purpose. A browser an editor
has logged in from carries a device cookie: it is throttled on its own failures only, so a stranger
failing for ``ana`` from elsewhere never delays ana at her desk (OWASP's "device cookies").

Checks are one indexed read before argon2 runs; a refused try costs no hash. One password check
runs at a time per address, and ``ARGON2_SLOTS`` at a time in all, so a burst of logins cannot
take the CPU the editors' pages need.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select

from rulewatch.errors import AccountError
from rulewatch.store import Store
from rulewatch.store.tables import KnownDevice, LoginFailure

ARGON2_SLOTS = 2  # password checks at once; the others wait without using the CPU
FORGET_AFTER = timedelta(days=1)  # failures older than this start the count again


class TooManyTries(AccountError):
    """A password check refused by the throttle, before the password was looked at."""

    def __init__(self, message: str, wait: timedelta) -> None:
        super().__init__(message)
        self.wait = wait


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)  # SQLite returns naive datetimes


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Attempt:
    """Who is trying: the name typed, the client's address, and the device cookie the browser sent."""

    name: str
    address: str
    device: str | None = None


class LoginThrottle:
    """Growing delays per name and per address (per device for a known browser), kept in the store."""

    def __init__(self, store: Store, free: int = 5, first_delay: timedelta = timedelta(seconds=1),
                 cap: timedelta = timedelta(minutes=15), clock: Callable[[], datetime] = _now) -> None:
        self.store, self.free, self.first_delay, self.cap, self.clock = store, free, first_delay, cap, clock
        self._argon2 = threading.BoundedSemaphore(ARGON2_SLOTS)
        self._checking: set[str] = set()

    def subjects(self, attempt: Attempt) -> list[str]:
        """What this try is counted against: its known device alone, or its name and its address."""
        if attempt.device and self.known_device(attempt.device, attempt.name):
            return [f"device:{_digest(attempt.device)}"]
        return [f"name:{attempt.name[:150]}", f"address:{attempt.address[:150]}"]

    def known_device(self, token: str, name: str) -> bool:
        with self.store.transaction() as session:
            return session.scalar(select(KnownDevice.id).where(
                KnownDevice.token_sha256 == _digest(token), KnownDevice.user_name == name)) is not None

    def wait(self, attempt: Attempt) -> timedelta | None:
        """How long this try must wait, or None when it may go ahead (the cheap check before argon2)."""
        now = self.clock()
        with self.store.transaction() as session:
            rows = session.scalars(select(LoginFailure).where(LoginFailure.subject.in_(self.subjects(attempt))))
            waits = [_aware(r.blocked_until) - now for r in rows if r.blocked_until and _aware(r.blocked_until) > now]
        return max(waits) if waits else None

    def failed(self, attempt: Attempt) -> None:
        now = self.clock()
        with self.store.transaction() as session:
            # Names nobody has and addresses long gone: forgotten once their failures age out.
            session.execute(delete(LoginFailure).where(LoginFailure.last_at < now - FORGET_AFTER))
            for subject in self.subjects(attempt):
                row = session.scalars(select(LoginFailure).where(LoginFailure.subject == subject)).first()
                if row is None:
                    row = LoginFailure(subject=subject, failures=0, last_at=now)
                    session.add(row)
                row.failures += 1
                row.last_at = now
                over = row.failures - self.free
                row.blocked_until = now + min(self.cap, self.first_delay * 2 ** min(over - 1, 30)) if over > 0 else None

    def succeeded(self, attempt: Attempt) -> str:
        """Forget the failures of this try's subjects; returns the device cookie to give this browser."""
        subjects = self.subjects(attempt)
        device = attempt.device if subjects[0].startswith("device:") else secrets.token_urlsafe(32)
        with self.store.transaction() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.subject.in_(subjects)))
            if device != attempt.device:
                session.add(KnownDevice(token_sha256=_digest(device), user_name=attempt.name, created_at=self.clock()))
        return device

    async def checked(self, attempt: Attempt, check: Callable[[], object]) -> object:
        """Run ``check`` (argon2, in a worker thread) unless the throttle refuses: TooManyTries, or its AccountError."""
        from starlette.concurrency import run_in_threadpool

        wait = await run_in_threadpool(self.wait, attempt)
        if wait is not None:
            raise TooManyTries(f"too many failed tries: try again in {_say(wait)}", wait)
        if attempt.address in self._checking:  # one check at a time per address: a burst is refused at once
            raise TooManyTries(f"another login from your address is being checked: try again in {_say(self.first_delay)}",
                               self.first_delay)
        self._checking.add(attempt.address)
        try:
            result = await run_in_threadpool(self._one_of_few, check)
        except AccountError:
            await run_in_threadpool(self.failed, attempt)
            raise
        finally:
            self._checking.discard(attempt.address)
        return result

    def _one_of_few(self, check: Callable[[], object]) -> object:
        with self._argon2:
            return check()


def _say(wait: timedelta) -> str:
    seconds = max(1, round(wait.total_seconds()))
    if seconds < 120:
        return f"{seconds} second{'s' if seconds > 1 else ''}"
    return f"{-(-seconds // 60)} minutes"
