"""One night at a time per store, and one migration at a time.

Two nightlies on one store (cron overlap, a manual run beside the timer) would write the same
night twice and point the archive index at the wrong WARC records. The lock lives where the store
lives: a file lock beside the SQLite file, an advisory lock on PostgreSQL; either is released by
the operating system or the server when its holder dies, so a killed run never leaves it behind.
A run that finds it taken says who holds it and since when (``NightLocked``), or waits.
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from sqlalchemy import text

from rulewatch.errors import NightLocked

if TYPE_CHECKING:
    from .database import Store

# Advisory lock keys on PostgreSQL (any two constants of our own, in one database).
NIGHT_KEY = 0x72770001
MIGRATE_KEY = 0x72770002
POLL = 0.5  # seconds between two tries of a waiting run on PostgreSQL


def holder_line(run: str) -> str:
    """Who we are, for the run that finds the lock taken: pid, host and what runs (``rulewatch nightly``)."""
    return f"pid {os.getpid()} on {socket.gethostname()} ({run})"


def _utc(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def lock_file(store: Store, name: str) -> Path:
    """``<database file>.<name>.lock`` beside a SQLite file, else in the data directory."""
    database = store.engine.url.database if store.engine.dialect.name == "sqlite" else None
    if database and database != ":memory:":
        return Path(database).with_name(f"{Path(database).name}.{name}.lock")
    return store.data_dir / f"rulewatch.{name}.lock"


@contextmanager
def _file_lock(path: Path, wait: bool, on_wait: Callable[[str], None] | None, what: str, run: str) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another run"
            if not wait:
                raise NightLocked(f"{what} is held by {holder}: not starting (use --wait to queue)") from None
            if on_wait is not None:
                on_wait(f"waiting: {what} is held by {holder}")
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(f"{holder_line(run)} since {_utc(datetime.now(timezone.utc))}\n")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


def _pg_holder(conn, key: int) -> str:  # noqa: ANN001
    row = conn.execute(text(
        "SELECT a.application_name, a.backend_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objid = :key AND l.classid = 0 LIMIT 1"
    ), {"key": key}).first()
    if row is None:
        return "another run"
    name, since = row
    return f"{name or 'another client'} since {_utc(since)}"


@contextmanager
def _pg_lock(store: Store, key: int, wait: bool, on_wait: Callable[[str], None] | None, what: str,
             run: str) -> Iterator[None]:
    """A session-level advisory lock on a connection of its own, named after us (``application_name``)."""
    with store.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(text("SELECT set_config('application_name', :name, false)"), {"name": holder_line(run)[:63]})
        told = False
        while not conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar():
            holder = _pg_holder(conn, key)
            if not wait:
                raise NightLocked(f"{what} is held by {holder}: not starting (use --wait to queue)")
            if on_wait is not None and not told:
                on_wait(f"waiting: {what} is held by {holder}")
                told = True
            time.sleep(POLL)
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})


@contextmanager
def _store_lock(store: Store, name: str, key: int, wait: bool, on_wait: Callable[[str], None] | None, what: str,
                run: str) -> Iterator[None]:
    if store.engine.dialect.name == "postgresql":
        with _pg_lock(store, key, wait, on_wait, what, run):
            yield
    else:
        with _file_lock(lock_file(store, name), wait, on_wait, what, run):
            yield


def night_lock(
    store: Store, run: str, wait: bool = False, on_wait: Callable[[str], None] | None = None,
) -> AbstractContextManager[None]:
    """Hold the store's night lock for the ``with`` block; ``NightLocked`` when taken (unless ``wait``).

    ``run`` names what holds it, for the message another run prints (``rulewatch nightly``).
    """
    what = f"the night lock of {store.engine.url.render_as_string(hide_password=True)}"
    return _store_lock(store, "night", NIGHT_KEY, wait, on_wait, what, run)


def migration_lock(store: Store) -> AbstractContextManager[None]:
    """Migrations one at a time: two runs starting on a fresh store would both create the tables.

    Taken before the migration opens its connection: a SQLite connection opened earlier may answer
    from the schema it read then, and create a table that another run has just made.
    """
    return _store_lock(store, "migrate", MIGRATE_KEY, True, None, "the migration lock", "migration")
