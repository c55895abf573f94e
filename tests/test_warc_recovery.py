"""A WARC file torn by a kill mid-record heals on resume; `rulewatch snapshot` never writes binary to a terminal.

The torn record is made by cutting a real WARC file the crawler wrote (site on 127.0.0.1)."""

from __future__ import annotations

import os
import pty
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.crawler.run import crawl_command
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import crawl_night, run_night
from rulewatch.store import Store, night_health, night_records, start_night
from rulewatch.store.archive import WARC_DIR, night_warc_name, read_records
from rulewatch.store.tables import Snapshot

pytestmark = pytest.mark.slow

PAGES = 10
RULEWATCH = str(Path(sys.executable).with_name("rulewatch"))
FAST = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0"}
SLOW = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0.15", "CONCURRENT_REQUESTS_PER_DOMAIN": "1",
        "RANDOMIZE_DOWNLOAD_DELAY": "False"}
TOPICS = ("la preuve de fonds", "les résultats de tests linguistiques", "l’expérience de travail qualifiée",
          "les études au Canada", "l’offre d’emploi réservé", "la nomination provinciale")


def long_page(i: int) -> str:
    """A long canada.ca-style page (some 30 KB): a cut in its record lands in its body."""
    rng = random.Random(i)
    paragraphs = "\n".join(
        f"<p>Section {n} : les renseignements sur {rng.choice(TOPICS)} sont mis à jour le {rng.randint(1, 28)} "
        f"{rng.choice(('janvier', 'février', 'mars'))} 2026 (référence {rng.randint(10_000, 99_999)}).</p>"
        for n in range(250))
    return (f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Page {i}</title></head><body><main>"
            f"<h1>Page {i}</h1><p>Les candidats de la catégorie des métiers doivent avoir au moins {i + 1} mois "
            f"d’expérience de travail.</p>\n{paragraphs}\n</main></body></html>\n")


def write_site(root: Path) -> list[str]:
    paths = []
    for i in range(PAGES):
        path = f"fr/page-{i:02d}.html"
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(long_page(i), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_record_torn_mid_write_is_cut_off_and_fetched_again(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    paths = write_site(tmp_path / "site")
    with serve_site(tmp_path / "site") as site:
        sources = tmp_path / "sources.toml"
        urls = ", ".join(f'"{site.url(p)}"' for p in paths)
        sources.write_text(f'[[source]]\nname = "many"\nauthority = "official"\ncontent = "main"\nurls = [{urls}]\n',
                           encoding="utf-8")
        with store.transaction() as session:
            night_id = start_night(session, str(sources))
        warc = store.data_dir / WARC_DIR / night_warc_name(night_id)
        crawler = subprocess.Popen(crawl_command(sources, store, night_id, SLOW), env={**os.environ, "RULEWATCH_DB": store.url},  # noqa: S603
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not warc.exists() or len(read_records(warc)) < 4):
            time.sleep(0.05)
        crawler.send_signal(signal.SIGKILL)
        crawler.wait()
        archived = read_records(warc)
        torn = archived[-1]
        with open(warc, "r+b") as fh:  # the power cut: the last record's bytes stop three quarters in
            fh.truncate(torn.ref.offset + torn.ref.length * 3 // 4)
        intact = {r.url for r in archived[:-1]}
        site.fail = {"/" + p: 503 for p in paths if site.url(p) in intact}  # what is intact must not be fetched again
        resumed = crawl_night(store, sources, FAST)

    assert resumed == night_id
    with store.transaction() as session:
        health = night_health(session, night_id)
        rows = list(session.scalars(select(Snapshot).where(Snapshot.night_id == night_id)))
        read = {r.evidence.url for r in night_records(session, night_id)}
    assert health == []  # no false 'truncated' for the torn page: it was fetched again
    assert len(rows) == PAGES and all(s.status == 200 for s in rows) and len(read) == PAGES
    after = read_records(warc)
    assert sorted(r.url for r in after) == sorted(site.url(p) for p in paths)  # each once, the torn one again
    assert [r.url for r in after[: len(archived) - 1]] == [r.url for r in archived[:-1]]
    torn_path = torn.url.split("/", 3)[3]
    raw = CliRunner().invoke(app, ["--data-dir", str(store.data_dir), "snapshot", torn.url, "--raw"])
    assert raw.exit_code == 0 and raw.stdout == (tmp_path / "site" / torn_path).read_text(encoding="utf-8")


def on_a_terminal(command: list[str]) -> tuple[int, bytes]:
    """Run ``command`` with its stdout on a pseudo-terminal; its exit status and what the terminal got."""
    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdout=slave, stderr=slave)  # noqa: S603
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return process.wait(timeout=60), shown


def test_snapshot_never_writes_a_binary_body_to_a_terminal(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    root = tmp_path / "site"
    (root / "fr").mkdir(parents=True)
    junk = random.Random(14).randbytes(6000)
    (root / "fr/formulaire.html").write_bytes(junk)  # a page's address answering random bytes
    with serve_site(root) as site:
        sources = tmp_path / "sources.toml"
        sources.write_text(f'[[source]]\nname = "forms"\nauthority = "official"\nurls = ["{site.url("fr/formulaire.html")}"]\n',
                           encoding="utf-8")
        run_night(store, sources, FAST)
        url = site.url("fr/formulaire.html")
    snapshot = [RULEWATCH, "--data-dir", str(store.data_dir), "snapshot", url]
    for command in (snapshot, [*snapshot, "--raw"]):
        status, shown = on_a_terminal(command)
        assert status == 1, shown
        assert "the archived body is not text" in shown.decode("utf-8") and "--raw > page.bin" in shown.decode("utf-8")
        plain = re.sub(rb"\x1b\[[0-9;]*m", b"", shown)  # our own colours aside
        assert not any(b < 0x20 and b not in b"\t\r\n" for b in plain), shown[:200]
    to_file = subprocess.run([*snapshot, "--raw"], capture_output=True, timeout=60)  # noqa: S603
    assert to_file.returncode == 0 and to_file.stdout == junk  # the bytes as archived, to a file or a pipe
