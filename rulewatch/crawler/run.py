"""Running a crawl from the rest of rulewatch: in a subprocess, since a Twisted reactor cannot restart.

This module does not import Scrapy; the subprocess (``python -m rulewatch.crawler``) does. The
subprocess reports its progress as JSON lines on stdout, handed to ``on_progress`` as they come.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from rulewatch.errors import DiskFull, FetchError
from rulewatch.store.database import Store
from rulewatch.store.space import disk_full_line

logger = logging.getLogger(__name__)

STDERR_TAIL = 4000  # characters of the crawler's log kept in a FetchError
EXIT_DISK_FULL = 3  # the crawl process's exit status when the disk is full (its last line says how full)
DISK_FULL_SIGNS = ("No space left on device", "database or disk is full")
PROGRESS_PREFIX = "rulewatch-progress "  # rulewatch.crawler.progress.PREFIX (not imported: it imports Scrapy)

OnProgress = Callable[[dict], None]


def _tail(text: str | bytes | None) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return (text or "")[-STDERR_TAIL:].strip()


def crawl_command(sources_path: Path, store: Store, night_id: int, settings: dict[str, str] | None = None) -> list[str]:
    command = [
        sys.executable, "-m", "rulewatch.crawler",
        "--sources", str(sources_path),
        "--data-dir", str(store.data_dir),
        "--night", str(night_id),
        "-s", "RULEWATCH_PROGRESS=True",
        "-s", "RULEWATCH_MIGRATE=False",  # the caller opened ``store`` (Store.open migrates): no Alembic here
    ]
    for key, value in (settings or {}).items():
        command += ["-s", f"{key}={value}"]
    return command


def run_crawl(
    sources_path: Path,
    store: Store,
    night_id: int,
    settings: dict[str, str] | None = None,
    timeout: float | None = None,
    on_progress: OnProgress | None = None,
) -> dict:
    """Crawl ``sources_path`` into night ``night_id`` of ``store``; on return the night is ``crawled``.

    Returns the crawl's last progress report (pages done, unchanged, errors, bytes, requests).
    ``settings`` override Scrapy settings (``{"AUTOTHROTTLE_ENABLED": "False"}``). Raises
    ``FetchError("crawler-failed", <log tail>)`` when the crawl did not commit, and
    ``FetchError("crawler-timeout", ...)`` when it ran longer than ``timeout`` seconds (the crawler
    is killed; none of the night's rows are stored, its WARC file keeps what was archived), and
    ``DiskFull`` (one line: how many bytes are free, where) when the disk filled up.
    """
    # The database URL may hold a password: pass it in the environment, not on the command line.
    env = {**os.environ, "RULEWATCH_DB": store.url}
    command = crawl_command(sources_path, store, night_id, settings)
    logger.info("crawling %s into night %s", sources_path, night_id)
    last: dict = {}
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log:
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=log, text=True)  # noqa: S603
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            process.kill()

        timer = threading.Timer(timeout, kill) if timeout is not None else None
        if timer is not None:
            timer.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                if not line.startswith(PROGRESS_PREFIX):
                    continue
                try:
                    last = json.loads(line[len(PROGRESS_PREFIX):])
                except json.JSONDecodeError:
                    continue
                if on_progress is not None:
                    on_progress(last)
            returncode = process.wait()
        finally:
            if timer is not None:
                timer.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
        log.seek(0)
        stderr = log.read()
    logger.debug("crawler log:\n%s", stderr)
    if timed_out.is_set():
        raise FetchError("crawler-timeout", f"killed after {timeout} s\n{_tail(stderr)}")
    if returncode == EXIT_DISK_FULL:
        line = next((x for x in reversed(stderr.splitlines()) if x.startswith("error: disk full")), "error: disk full")
        raise DiskFull(line.removeprefix("error: "))
    if returncode != 0 and any(sign in stderr for sign in DISK_FULL_SIGNS):  # full before the pipelines ran
        raise DiskFull(disk_full_line(store.data_dir))
    if returncode != 0:
        raise FetchError("crawler-failed", f"exit status {returncode}\n{_tail(stderr)}")
    return last
