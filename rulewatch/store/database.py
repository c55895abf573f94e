"""Opening the store: where it lives, and bringing its schema to the newest migration."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from rulewatch.errors import StoreError

from .blobs import BlobStore
from .space import disk_full, is_disk_full

if TYPE_CHECKING:  # Alembic is imported when a store is migrated: the crawl process skips it (its parent migrated)
    from alembic.config import Config

DEFAULT_DATA_DIR = "rulewatch-data"
MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``$RULEWATCH_DATA``, else ``./rulewatch-data``."""
    return Path(data_dir or os.environ.get("RULEWATCH_DATA") or DEFAULT_DATA_DIR).resolve()


def shown_url(url: str) -> str:
    """A database URL as it may be printed: its password as ***, even when the URL does not parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy reads: mask what sits between "user:" and "@"
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _without(message: str, url: str) -> str:
    """A driver's message with the URL's password taken out, wherever it repeats it."""
    try:
        password = make_url(url).password
    except Exception:
        found = re.search(r"://[^:/@]*:([^@]*)@", url)
        password = found.group(1) if found else None
    return message.replace(str(password), "***") if password else message


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


@dataclass
class Store:
    """The database (any SQLAlchemy URL; SQLite in the data directory by default) and the blob store."""

    data_dir: Path
    engine: Engine
    blobs: BlobStore

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None, migrate: bool = True) -> "Store":
        """The store; StoreError (its database URL shown without a password) when it cannot be opened.
        With a database URL the data directory is made only once the database answers."""
        root = resolve_data_dir(data_dir)
        if db_url is None:
            cls._make_dir(root)
        url = db_url or f"sqlite:///{root / 'rulewatch.sqlite3'}"
        try:
            engine = create_engine(url)
        except Exception as exc:  # bad URL, missing driver
            raise StoreError(f"cannot open the database {shown_url(url)}: {_without(str(exc), url)}") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(data_dir=root, engine=engine, blobs=BlobStore(root / "blobs"))
        if migrate:
            store.migrate()
        if db_url is not None:
            cls._make_dir(root)
        return store

    @staticmethod
    def _make_dir(root: Path) -> None:
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {root}: {exc}") from exc

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (a no-op when it is already there), one run at a time."""
        from alembic import command

        from .lock import migration_lock

        try:
            with migration_lock(self), self.engine.begin() as conn:
                cfg = alembic_config(self.engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except Exception as exc:
            url = self.url
            raise StoreError(f"cannot migrate the database {shown_url(url)}: {_without(str(exc), url)}") from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or not at all."""
        factory = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with factory() as session, session.begin():
                yield session
        except Exception as exc:
            if is_disk_full(exc):
                raise disk_full(self.data_dir) from exc
            raise
