"""A host that refuses or hangs is given up for the night after a few failures in a row: one health entry per
URL still, no request after that. Every host is on 127.0.0.1 (a closed port, a port that never answers)."""

from __future__ import annotations

import socket
import time
from collections import Counter
from pathlib import Path

import pytest

from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import crawl_night
from rulewatch.store import Store, night_health

pytestmark = pytest.mark.slow

URLS = 30
SETTINGS = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0", "DOWNLOAD_TIMEOUT": "1"}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed on return: connections are refused


def test_a_refusing_host_and_a_hanging_host_are_skipped_after_five_failures(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    (tmp_path / "site" / "fr").mkdir(parents=True)
    (tmp_path / "site/fr/categories.html").write_text(
        "<html lang='fr'><body><main><h1>Catégories</h1><p>Les candidats de la catégorie des métiers doivent avoir "
        "au moins 6 mois d’expérience de travail.</p></main></body></html>", encoding="utf-8")
    refused = f"127.0.0.1:{closed_port()}"
    with socket.socket() as hanging, serve_site(tmp_path / "site") as site:
        hanging.bind(("127.0.0.1", 0))
        hanging.listen(200)  # accepts connections, never answers
        silent = f"127.0.0.1:{hanging.getsockname()[1]}"
        sources = tmp_path / "sources.toml"
        declared = {host: [f"http://{host}/fr/page-{i:02d}.html" for i in range(URLS)] for host in (refused, silent)}
        sources.write_text("".join(
            f'[[source]]\nname = "{name}"\nauthority = "official"\nurls = [{", ".join(repr(u) for u in urls)}]\n'
            .replace("'", '"') for name, urls in zip(("refused", "silent"), declared.values())
        ) + f'[[source]]\nname = "alive"\nauthority = "official"\ncontent = "main"\nurls = ["{site.url("fr/categories.html")}"]\n',
            encoding="utf-8")
        progress: list[dict] = []
        started = time.monotonic()
        night_id = crawl_night(store, sources, SETTINGS, on_progress=progress.append)
        elapsed = time.monotonic() - started

    with store.transaction() as session:
        health = night_health(session, night_id)
    by_url = Counter(h.url for h in health)
    assert set(by_url) == set(declared[refused]) | set(declared[silent]) and set(by_url.values()) == {1}  # one per URL
    skipped = [h for h in health if h.problem == "host-down"]
    assert len(skipped) >= URLS  # never sent
    assert {h.source for h in skipped} == {"refused", "silent"} and "in a row" in skipped[0].detail
    # Without skipping, each dead URL costs two attempts (a retry): 120. With it, five failures per host
    # and what was already queued in the downloader when the fifth came (up to CONCURRENT_REQUESTS, 16).
    assert progress[-1]["requests"] < URLS * 2, progress[-1]
    assert elapsed < 25, elapsed  # 30 hanging URLs with a 1 s timeout and a retry each took ~30 s alone
