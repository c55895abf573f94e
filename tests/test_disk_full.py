"""A full disk stops the night at once with one line, leaves no temporary file, and the next run finishes.

The disk fills up in the processes `rulewatch nightly` starts (``tests/faults/sitecustomize.py``: writes
under the data directory share a few kilobytes, then fail with ENOSPC); the real disk is not filled."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from rulewatch.demo.local_site import serve_site
from rulewatch.store import Store
from rulewatch.store.tables import Night, Snapshot

pytestmark = pytest.mark.slow

PAGES = 40
RULEWATCH = str(Path(sys.executable).with_name("rulewatch"))
FAULTS = Path(__file__).with_name("faults")


def write_site(root: Path) -> list[str]:
    paths = []
    for i in range(PAGES):
        path = f"fr/page-{i:02d}.html"
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        body = "\n".join(f"<p>Renseignement {n} de la page {i} sur la résidence permanente.</p>" for n in range(60))
        (root / path).write_text(f"<html lang='fr'><body><main><h1>Page {i}</h1><p>Les candidats de la catégorie "
                                 f"des métiers doivent avoir au moins {i + 1} mois d’expérience de travail.</p>\n{body}"
                                 "\n</main></body></html>\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_a_full_disk_stops_the_night_in_one_line_and_the_next_run_finishes_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    paths = write_site(tmp_path / "site")
    with serve_site(tmp_path / "site") as site:
        sources = tmp_path / "sources.toml"
        urls = ", ".join(f'"{site.url(p)}"' for p in paths)
        sources.write_text(f'[[source]]\nname = "many"\nauthority = "official"\ncontent = "main"\nurls = [{urls}]\n',
                           encoding="utf-8")
        nightly = [RULEWATCH, "--data-dir", str(data), "nightly", "--sources", str(sources), "--json",
                   "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
                   "-s", "CONCURRENT_REQUESTS=4", "-s", "DOWNLOAD_DELAY=0.1"]  # paced as a real site is
        small_disk = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(FAULTS), os.environ.get("PYTHONPATH")))),
                      "RULEWATCH_TEST_DISK_DIR": str(data), "RULEWATCH_TEST_DISK_FREE": "30000"}
        full = subprocess.run(nightly, capture_output=True, text=True, env=small_disk, timeout=300)  # noqa: S603
        fetched_when_full = site.requests - 1  # robots.txt aside
        site.requests = 0
        again = subprocess.run(nightly, capture_output=True, text=True, timeout=300)  # noqa: S603

    assert full.returncode == 1 and full.stdout == ""
    assert re.fullmatch(rf"error: disk full: \d+ bytes free in {re.escape(str(data))}", full.stderr.strip()), full.stderr
    assert fetched_when_full < PAGES / 2  # it stopped when the disk filled up (the requests already queued aside)
    assert not [p for p in data.rglob("*") if p.name.startswith(".tmp-")]  # no temporary file left
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["health"] == [] and report["pages"]["ok"] == PAGES
    store = Store.open(data)
    with store.transaction() as session:
        nights = session.execute(select(Night.id, Night.status)).all()
        snapshots = session.scalars(select(Snapshot.url).where(Snapshot.night_id == report["night"])).all()
    assert nights == [(report["night"], "complete")]  # the night the full disk stopped was finished, not abandoned
    assert sorted(snapshots) == sorted(site.url(p) for p in paths)
    assert site.requests - 1 < PAGES  # what the full night archived was read back, not fetched again
