"""Test support for the review pages: a store filled by two real nights, and a real PostgreSQL server.

The nights crawl the demo site (2023, then 2026) plus a hostile forum page (``fixtures/review``)
on 127.0.0.1 with the real spider, once per test session; each test then gets its own copy
(a copied SQLite folder, or a PostgreSQL database made from a template database).
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from rulewatch.demo import LOCAL_SETTINGS, site_root, write_sources
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import run_night
from rulewatch.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "review"
HOSTILE_PAGE = "news/forum-categories-2026.html"
FORUM_SOURCE = """
[[source]]
name = "forum-expat-qc"
kind = "page"
urls = ["{base}/news/forum-categories-2026.html"]
language = "fr"
authority = "news"
content = "article"
"""
REQUIRE = os.environ.get("RULEWATCH_REQUIRE_SYSTEM_TESTS") == "1"  # set by .ci/run: CI never skips


def missing(what: str) -> None:
    """Skip (on a developer's machine) or fail (in CI) when a system package is absent."""
    if REQUIRE:
        pytest.fail(f"{what} is required in CI (.ci/run installs it)")
    pytest.skip(f"{what} is not installed (apt-get install it, or run .ci/run)")


def build_site(folder: Path) -> Path:
    """night1 = the demo's 2023 pages; night2 = its 2026 pages plus the hostile forum page."""
    for night in ("night1", "night2"):
        shutil.copytree(site_root() / night, folder / night)
    shutil.copy(FIXTURES / "hostile-article.html", folder / "night2" / HOSTILE_PAGE)
    return folder


def run_two_nights(store: Store, site: Path) -> None:
    with serve_site(site / "night1") as served:
        sources = write_sources(store.data_dir, served.url(""))
        sources.write_text(sources.read_text(encoding="utf-8") + FORUM_SOURCE.replace("{base}", served.url("").rstrip("/")),
                           encoding="utf-8")
        for night in ("night1", "night2"):
            served.root = site / night
            run_night(store, sources, LOCAL_SETTINGS)


# --- PostgreSQL ------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1 (trust auth), run as a non-root user when we are root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="rulewatch-pg-"))
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:  # postgres refuses to run as root
            self.user = "postgres" if _user_exists("postgres") else "nobody"
            shutil.chown(self.root, self.user)
        self.data, self.sockets = self.root / "data", self.root / "sockets"
        self._run("mkdir", "-p", str(self.sockets))
        self._run(str(bindir / "initdb"), "-D", str(self.data), "-U", "rulewatch", "--auth=trust", "-E", "UTF8",
                  "--no-sync", "--no-instructions")
        self._run(str(bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "30", "-o",
                  f"-h 127.0.0.1 -p {self.port} -k {self.sockets} -F -c fsync=off -c full_page_writes=off", "start")
        atexit.register(self.stop)

    def _run(self, *cmd: str) -> None:
        if self.user:
            cmd = ("runuser", "-u", self.user, "--", *cmd)
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://rulewatch@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=rulewatch dbname=postgres", autocommit=True) as conn:
            conn.execute(statement)

    def stop(self) -> None:
        if self.data.exists():
            subprocess.run((("runuser", "-u", self.user, "--") if self.user else ()) +
                           (str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"),
                           capture_output=True, timeout=30)
            shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


_server: PostgresServer | None = None


def postgres_server() -> PostgresServer:
    """One server per test run, started on first use (skips or fails when PostgreSQL is not installed)."""
    global _server
    if _server is None:
        bindir = _pg_bin()
        if bindir is None:
            missing("PostgreSQL (Debian package postgresql)")
        try:
            import psycopg  # noqa: F401
        except ImportError:
            missing("psycopg (pip install -e '.[test]')")
        _server = PostgresServer(bindir)
    return _server


# --- the two kinds of store a test gets --------------------------------------------------------

class Templates:
    """Stores after the two nights, built at most once per session per database kind."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.site = build_site(root / "site")
        self._sqlite: Path | None = None
        self._pg_data: Path | None = None
        self._copies = 0

    def sqlite_store(self, into: Path) -> Store:
        if self._sqlite is None:
            self._sqlite = self.root / "sqlite"
            store = Store.open(self._sqlite)
            run_two_nights(store, self.site)
            store.engine.dispose()
        shutil.copytree(self._sqlite, into)
        return Store.open(into)

    def postgres_store(self) -> Store:
        server = postgres_server()
        if self._pg_data is None:
            server.sql("CREATE DATABASE review_template")
            self._pg_data = self.root / "pg"
            previous = os.environ.get("RULEWATCH_DB")
            os.environ["RULEWATCH_DB"] = server.url("review_template")  # the crawl subprocess reads it
            try:
                store = Store.open(self._pg_data, server.url("review_template"))
                run_two_nights(store, self.site)
            finally:
                os.environ.pop("RULEWATCH_DB") if previous is None else os.environ.__setitem__("RULEWATCH_DB", previous)
            store.engine.dispose()
        self._copies += 1
        name = f"review_{self._copies}_{int(time.time() * 1000) % 100000}"
        server.sql(f"CREATE DATABASE {name} TEMPLATE review_template")
        return Store.open(self._pg_data, server.url(name))


_templates: Templates | None = None


def templates() -> Templates:
    global _templates
    if _templates is None:
        root = Path(tempfile.mkdtemp(prefix="rulewatch-review-"))
        atexit.register(shutil.rmtree, root, True)
        _templates = Templates(root)
    return _templates


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):  # noqa: ANN001, ANN201
    """A store after the two nights, on SQLite and on PostgreSQL."""
    store = templates().sqlite_store(tmp_path / "data") if request.param == "sqlite" else templates().postgres_store()
    yield store
    store.engine.dispose()


@pytest.fixture
def sqlite_store(tmp_path):  # noqa: ANN001, ANN201
    store = templates().sqlite_store(tmp_path / "data")
    yield store
    store.engine.dispose()
