"""Benchmark: the review queue page with 10 000 open alerts (SQLite, in-process ASGI client).

Times the full queue page (50 rows + every facet count), a filtered page, a deep page and an alert
page, against a baseline measured in the same run: the bare SQL of one page (50 rows by priority).
The JSON summary is the last line.   Usage: python bench/review_queue.py [--alerts N] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time

from fastapi.testclient import TestClient
from sqlalchemy import text

from rulewatch.review import add_user
from rulewatch.review.web import create_app
from rulewatch.schemas import Change, Evidence, RuleValue
from rulewatch.schemas.vocabulary import CATEGORY_IDS
from rulewatch.store import Store, add_alerts

SOURCES = ("ircc-categories-fr", "ircc-categories-en", "expat-news-fr", "forum-expat-qc", "newswire-fr")


def generate(n: int, seed: int = 7) -> list[Change]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        subject = rng.choice([f"category:{c}" for c in CATEGORY_IDS] + ["express-entry", "category:*"])
        key = f"requirement:{subject}:work_experience_min:household_size={i}"
        sources = rng.sample(SOURCES, rng.randint(1, 3))
        evidence = [Evidence(url=f"https://example.org/{s}/{i}", snapshot="sha256:" + "0" * 64, start=0, end=20,
                             quote=f"au moins {rng.randint(6, 24)} mois d'expérience (page {i})", source=s,
                             authority="official" if s.startswith("ircc") else "news") for s in sources]
        out.append(Change(
            key=key, type=rng.choice(["added", "tightened", "loosened", "changed", "removed"]), kind="requirement",
            before=RuleValue(text="≥ 6 months", operator=">=", value=6, unit="months"),
            after=RuleValue(text="≥ 12 months", operator=">=", value=12, unit="months"),
            after_evidence=evidence, confirmation=rng.choice(["confirmed", "unconfirmed", "disputed"]),
            priority=round(rng.random(), 2), reasons=["generated"],
        ))
    return out


def timed(fn, repeat: int = 7) -> float:  # noqa: ANN001
    fn()  # warm
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--alerts", type=int, default=10_000)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    store = Store.open(tempfile.mkdtemp(prefix="rulewatch-bench-"), args.db)
    start = time.perf_counter()
    with store.transaction() as session:
        ids = add_alerts(session, generate(args.alerts), None, None)
    load_s = time.perf_counter() - start
    add_user(store, "bench", "bench password")
    client = TestClient(create_app(store))
    form = client.get("/login").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    assert client.post("/login", data={"name": "bench", "password": "bench password", "csrf": csrf}).status_code == 200

    def get(path: str) -> None:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)

    def baseline() -> None:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT id, change FROM alerts WHERE status = 'open' ORDER BY priority DESC, id LIMIT 50")).all()

    figures = {
        "queue_page_seconds": timed(lambda: get("/")),
        "filtered_page_seconds": timed(lambda: get("/?type=tightened&source=expat-news-fr&category=healthcare")),
        "page_100_seconds": timed(lambda: get("/?page=100")),
        "alert_page_seconds": timed(lambda: get(f"/alerts/{ids[len(ids) // 2]}")),
        "baseline_sql_seconds": timed(baseline),
    }
    print(f"{args.alerts} open alerts ({store.engine.dialect.name}, loaded in {load_s:.1f} s): "
          + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in figures.items()))
    print(json.dumps({
        "bench": "review_queue", "alerts": args.alerts, "dialect": store.engine.dialect.name,
        **{k: round(v, 4) for k, v in figures.items()},
        "ratio_vs_baseline": round(figures["queue_page_seconds"] / figures["baseline_sql_seconds"], 1),
        "target_seconds": 0.5, "within_target": figures["queue_page_seconds"] <= 0.5,
    }))


if __name__ == "__main__":
    main()
