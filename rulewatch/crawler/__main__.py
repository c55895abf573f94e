"""``python -m rulewatch.crawler``: crawl one night's sources into the store, then exit.

Exit status 0 only when the night's crawl was committed (night status ``crawled``); 2 for an
invalid sources file; 3 when the disk is full (last line: ``error: disk full: N bytes free in DIR``);
1 for anything else (nothing of the night is stored then).

Example::

    RULEWATCH_DB=sqlite:////srv/rulewatch/rulewatch.sqlite3 \\
        python -m rulewatch.crawler --sources sources.toml --data-dir /srv/rulewatch --night 12 \\
        -s AUTOTHROTTLE_ENABLED=False
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from rulewatch.crawler.pipelines.archive_snapshot import DISK_FULL
from rulewatch.crawler.pipelines.store_snapshot import COMMITTED, FAILURE
from rulewatch.errors import RulewatchError, SourceConfigError
from rulewatch.sources import load_sources
from rulewatch.store.database import Store
from rulewatch.store.lock import night_lock

EXIT_DISK_FULL = 3  # rulewatch.crawler.run.EXIT_DISK_FULL


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m rulewatch.crawler",
        description="Crawl the sources of one night into the store (one transaction for the whole crawl).",
        epilog="example: python -m rulewatch.crawler --sources sources.toml --data-dir ./rulewatch-data --night 3",
    )
    parser.add_argument("--sources", type=Path, help="sources file (default: the packaged default_sources.toml)")
    parser.add_argument("--data-dir", help="data directory (default: $RULEWATCH_DATA, else ./rulewatch-data)")
    parser.add_argument(
        "--db", help="SQLAlchemy URL of the store (default: $RULEWATCH_DB, else SQLite in the data directory)"
    )
    parser.add_argument("--night", type=int, help="night to record into (default: start a new night)")
    parser.add_argument(
        "-s", "--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
        help="override a Scrapy setting (repeatable)",
    )
    args = parser.parse_args(argv)
    for pair in args.overrides:
        if "=" not in pair:
            parser.error(f"-s expects KEY=VALUE, got {pair!r}")
    return args


def crawl_settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    settings.setmodule("rulewatch.crawler.settings", priority="project")
    ours = {
        "RULEWATCH_SOURCES": str(args.sources) if args.sources else None,
        "RULEWATCH_DATA": args.data_dir,
        "RULEWATCH_DB": args.db,
        "RULEWATCH_NIGHT": str(args.night) if args.night is not None else None,
    }
    for key, value in ours.items():
        if value is not None:
            settings.set(key, value, priority="cmdline")
    for pair in args.overrides:
        key, _, value = pair.partition("=")
        settings.set(key.strip(), value, priority="cmdline")
    return settings


def _drop_below(level: str) -> None:
    """Make records under LOG_LEVEL cost nothing: Scrapy leaves the root logger at NOTSET and its own at
    DEBUG, filtering only in its handler, so two records a page ("Crawled", "Scraped") were built for nothing."""
    for name in ("", "scrapy"):
        logging.getLogger(name).setLevel(level)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        load_sources(args.sources)  # a bad file is a clean message, before any reactor starts
    except SourceConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.night is not None:
        return crawl(args)  # a night of the caller's, who holds the store's night lock
    try:  # a night of our own: one night at a time per store
        store = Store.open(args.data_dir, args.db or os.environ.get("RULEWATCH_DB") or None, migrate=False)
        with night_lock(store, "python -m rulewatch.crawler"):
            return crawl(args)
    except RulewatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def crawl(args: argparse.Namespace) -> int:
    process = CrawlerProcess(crawl_settings(args))
    crawler = process.create_crawler("sources")
    process.crawl(crawler, sources=str(args.sources) if args.sources else None)
    _drop_below(crawler.settings.get("LOG_LEVEL"))
    process.start()
    stats = crawler.stats
    if stats is not None and stats.get_value(DISK_FULL):
        print(f"error: {stats.get_value(DISK_FULL)}", file=sys.stderr)
        return EXIT_DISK_FULL
    if stats is None or stats.get_value(COMMITTED) is None:
        why = (stats.get_value(FAILURE) if stats is not None else None) or "the crawl did not run to its end"
        print(f"error: nothing stored for this night: {why}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
