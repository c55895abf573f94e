"""Running a crawl from the rest of rulewatch: in a subprocess, since a Twisted reactor cannot restart.

This module does not import Scrapy; the subprocess (``python -m rulewatch.crawler``) does.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from rulewatch.errors import FetchError
from rulewatch.store.database import Store

logger = logging.getLogger(__name__)

STDERR_TAIL = 4000  # characters of the crawler's log kept in a FetchError


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
) -> None:
    """Crawl ``sources_path`` into night ``night_id`` of ``store``; on return the night is ``crawled``.

    ``settings`` override Scrapy settings (``{"AUTOTHROTTLE_ENABLED": "False"}``). Raises
    ``FetchError("crawler-failed", <log tail>)`` when the crawl did not commit, and
    ``FetchError("crawler-timeout", ...)`` when it ran longer than ``timeout`` seconds (the crawler
    is killed; none of the night's rows are stored).
    """
    # The database URL may hold a password: pass it in the environment, not on the command line.
    env = {**os.environ, "RULEWATCH_DB": store.url}
    command = crawl_command(sources_path, store, night_id, settings)
    logger.info("crawling %s into night %s", sources_path, night_id)
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise FetchError("crawler-timeout", f"killed after {timeout} s\n{_tail(exc.stderr)}") from exc
    logger.debug("crawler log:\n%s", done.stderr)
    if done.returncode != 0:
        raise FetchError("crawler-failed", f"exit status {done.returncode}\n{_tail(done.stderr)}")
