"""Benchmark: what a night's start costs after years of nights.

Before it fetches anything, the crawl reads the latest good fetch of every URL and the WARC record
holding each body (``previous_fetches``). This fills a store with N nights of P pages (the first
night full responses, every later one a revisit, as on a quiet site) and times that read after the
first night (the baseline, same run) and after the last; the ratio shows whether it grows with the
store's age. The JSON summary is the last line.   Usage: python bench/crawl_history.py [--nights N] [--pages P]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import insert

from rulewatch.store import Store
from rulewatch.store.crawl import previous_fetches
from rulewatch.store.tables import Night, Snapshot

START = datetime(2026, 1, 1, 2, 0, tzinfo=timezone.utc)


def add_night(store: Store, night: int, pages: int) -> None:
    first = night == 1
    with store.engine.begin() as conn:
        conn.execute(insert(Night), [{"id": night, "started_at": START + timedelta(days=night), "status": "done"}])
        conn.execute(insert(Snapshot), [
            {"night_id": night, "source": f"source-{p % 8}", "url": f"https://www.canada.ca/fr/page-{p}.html",
             "final_url": f"https://www.canada.ca/fr/page-{p}.html", "fetched_at": START + timedelta(days=night),
             "status": 200 if first else 304, "headers": {"ETag": f'"{p}"'}, "body_sha256": f"{p:064x}",
             "size": 19_000, "language": "fr", "text_sha256": f"{p:064x}", "kind": "page",
             "warc_file": f"night-{night}.warc.gz", "warc_offset": p * 1_000, "warc_length": 1_000,
             "unchanged": None if first else "not-modified"}
            for p in range(pages)
        ])


def time_start(store: Store, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        with store.transaction() as session:
            previous_fetches(session)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=365)
    parser.add_argument("--pages", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rulewatch-bench-") as folder:
        store = Store.open(folder)
        add_night(store, 1, args.pages)
        baseline = time_start(store)
        for night in range(2, args.nights + 1):
            add_night(store, night, args.pages)
        aged = time_start(store)
        store.engine.dispose()
    print(f"after night 1: {baseline * 1000:.0f} ms; after night {args.nights}: {aged * 1000:.0f} ms")
    print(json.dumps({"pages": args.pages, "nights": args.nights, "snapshots": args.pages * args.nights,
                      "night1_ms": round(baseline * 1000, 1), "aged_ms": round(aged * 1000, 1),
                      "ratio": round(aged / baseline, 2)}))


if __name__ == "__main__":
    main()
