"""A night killed mid-crawl is finished by the next run however the sources path is typed (relative, absolute)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import crawl_night
from rulewatch.store import Store
from rulewatch.store.archive import WARC_DIR, night_warc_name, read_records
from rulewatch.store.tables import Night, Snapshot

pytestmark = pytest.mark.slow

PAGES = 12
RULEWATCH = str(Path(sys.executable).with_name("rulewatch"))


def test_a_night_started_with_a_relative_path_is_resumed_with_an_absolute_one(tmp_path: Path) -> None:
    for i in range(PAGES):
        page = tmp_path / f"site/fr/page-{i:02d}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"<html lang='fr'><body><main><h1>Page {i}</h1><p>Les candidats de la catégorie des métiers "
                        f"doivent avoir au moins {i + 1} mois d’expérience de travail.</p></main></body></html>",
                        encoding="utf-8")
    with serve_site(tmp_path / "site") as site:
        urls = ", ".join(f'"{site.url(f"fr/page-{i:02d}.html")}"' for i in range(PAGES))
        (tmp_path / "sources.toml").write_text(
            f'[[source]]\nname = "many"\nauthority = "official"\ncontent = "main"\nurls = [{urls}]\n', encoding="utf-8")
        # cron's run: from the data's folder, the path typed relative; killed with its crawler halfway.
        crawl = subprocess.Popen(  # noqa: S603
            [RULEWATCH, "--data-dir", "data", "crawl", "--sources", "sources.toml", "-s", "AUTOTHROTTLE_ENABLED=False",
             "-s", "DOWNLOAD_DELAY=0.2", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False"],
            cwd=tmp_path, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        warc = tmp_path / "data" / WARC_DIR / night_warc_name(1)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not warc.exists() or len(read_records(warc)) < 4):
            time.sleep(0.05)
        os.killpg(crawl.pid, signal.SIGKILL)
        crawl.wait()
        archived = {r.url for r in read_records(warc)}
        assert 4 <= len(archived) < PAGES
        site.fail = {"/" + u.split("/", 3)[3]: 503 for u in archived}  # archived pages must not be fetched again
        store = Store.open(tmp_path / "data")
        resumed = crawl_night(store, (tmp_path / "sources.toml").resolve(), {"AUTOTHROTTLE_ENABLED": "False"})

    with store.transaction() as session:
        nights = session.execute(select(Night.id, Night.status)).all()
        rows = list(session.scalars(select(Snapshot).where(Snapshot.night_id == resumed)))
    assert nights == [(1, "crawled")]  # the interrupted night was finished, not abandoned for a new one
    assert len(rows) == PAGES and all(s.status == 200 for s in rows)
