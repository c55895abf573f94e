"""One night at a time per store: two `rulewatch nightly` processes on one store, on SQLite and PostgreSQL,
crawling a site on 127.0.0.1; and a fresh store opened by several processes at once."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rulewatch.demo.local_site import serve_site
from rulewatch.store import Store
from rulewatch.store.tables import Night, Snapshot

from .review_support import postgres_server

pytestmark = pytest.mark.slow

PAGES = 8
RULEWATCH = str(Path(sys.executable).with_name("rulewatch"))
SLOW = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "DOWNLOAD_DELAY=0.75",
        "-s", "RANDOMIZE_DOWNLOAD_DELAY=False"]


def site_pages(root: Path) -> None:
    for i in range(PAGES):
        page = root / f"fr/page-{i:02d}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"<html lang='fr'><body><main><h1>Page {i}</h1><p>Les candidats de la catégorie des métiers "
                        f"doivent avoir au moins {i + 1} mois d’expérience de travail (page {i}).</p></main></body></html>",
                        encoding="utf-8")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_args(request, tmp_path: Path) -> list[str]:  # noqa: ANN001
    """The global options of a `rulewatch` command on a fresh store of each kind."""
    args = ["--data-dir", str(tmp_path / "data")]
    if request.param == "postgresql":
        server = postgres_server()
        name = f"lock_{request.node.name[-30:].lower()}_{int(time.time() * 1000) % 100000}"
        name = "".join(c if c.isalnum() else "_" for c in name)
        server.sql(f"CREATE DATABASE {name}")
        args += ["--db", server.url(name)]
    return args


def open_store(args: list[str]) -> Store:
    return Store.open(args[1], args[3] if len(args) > 2 else None)


def test_a_second_nightly_says_who_holds_the_store_and_waits_only_when_asked(store_args: list[str], tmp_path: Path) -> None:
    site_pages(tmp_path / "site")
    with serve_site(tmp_path / "site") as site:
        sources = tmp_path / "sources.toml"
        urls = ", ".join(f'"{site.url(f"fr/page-{i:02d}.html")}"' for i in range(PAGES))
        sources.write_text(f'[[source]]\nname = "many"\nauthority = "official"\ncontent = "main"\nurls = [{urls}]\n',
                           encoding="utf-8")
        nightly = [RULEWATCH, *store_args, "nightly", "--sources", str(sources), *SLOW, "--json"]
        first = subprocess.Popen(nightly, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # noqa: S603
        deadline = time.monotonic() + 60
        while site.requests < 2 and time.monotonic() < deadline:  # robots.txt, then the first page: it is crawling
            time.sleep(0.05)
        second = subprocess.Popen(nightly, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # noqa: S603
        queued = subprocess.Popen([*nightly, "--wait"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # noqa: S603
        second_out, second_err = second.communicate(timeout=120)
        first_out, _ = first.communicate(timeout=120)
        queued_out, queued_err = queued.communicate(timeout=120)
        page_2 = site.url("fr/page-02.html")

    assert first.returncode == 0 and first_out
    assert second.returncode == 1 and second_out == ""
    (line,) = second_err.strip().splitlines()  # one line: who holds the store, since when
    assert f"pid {first.pid} on " in line and "(rulewatch nightly)" in line and " since 20" in line, line
    assert queued.returncode == 0, queued_err
    assert queued_err.startswith("waiting: ") and f"pid {first.pid} on " in queued_err
    store = open_store(store_args)
    with store.transaction() as session:
        nights = session.execute(select(Night.id, Night.status).order_by(Night.id)).all()
        per_night = dict(session.execute(select(Snapshot.night_id, func.count()).group_by(Snapshot.night_id)).all())
    store.engine.dispose()
    assert [status for _, status in nights] == ["complete", "complete"]  # one after the other, never the same night
    assert list(per_night.values()) == [PAGES, PAGES]
    raw = subprocess.run([RULEWATCH, *store_args, "snapshot", page_2, "--raw"], capture_output=True, text=True, timeout=60)  # noqa: S603
    assert "<h1>Page 2</h1>" in raw.stdout and "(page 2)" in raw.stdout


def test_a_fresh_store_opened_by_several_runs_at_once_is_migrated_once(store_args: list[str]) -> None:
    opening = [sys.executable, "-c", "import sys; from rulewatch.store import Store; "
               "Store.open(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)",
               store_args[1], *store_args[3:4]]
    runs = [subprocess.Popen(opening, stderr=subprocess.PIPE, text=True) for _ in range(4)]  # noqa: S603
    errors = [r.communicate(timeout=120)[1] for r in runs]
    assert [r.returncode for r in runs] == [0, 0, 0, 0], errors
    store = open_store(store_args)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    store.engine.dispose()
