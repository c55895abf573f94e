"""Benchmark: the changes between two generated rule sets of 100 000 records each.

Prints the time and peak memory (tracemalloc) of ``diff_rulesets``, and of a baseline measured in the same
run — a plain dict comparison of the same records' values, the least any diff must do — and their ratio.
The JSON summary is the last line.   Usage: python bench/diff.py [--records N] [--changed FRACTION]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import time
import tracemalloc
from datetime import date

from rulewatch.diff import diff_rulesets
from rulewatch.schemas import Category, Evidence, Qualifiers, Requirement, RuleSet

CRITERIA = ("work_experience_min", "proof_of_funds", "crs_points", "language_min", "work_hours_min")


def generate(n: int, changed: float, seed: int = 7) -> tuple[RuleSet, RuleSet]:
    """Two rule sets over the same n keys; a fraction of the second's values moved, the rest equal (not shared)."""
    rng = random.Random(seed)
    ev_old = Evidence(url="https://www.canada.ca/old", snapshot="sha256:0", quote="q", start=0, end=1,
                      published=date(2025, 7, 7), authority="official")
    ev_new = ev_old.model_copy(update={"url": "https://www.canada.ca/new", "published": date(2026, 7, 6)})
    old, new = {}, {}
    for i in range(n):
        if i % 10 == 0:
            a = Category(id="stem", evidence=ev_old, year=i)  # key collisions avoided below
            key = f"category:bench-{i}"
            b = Category(id="stem", evidence=ev_new, year=i, status="ended" if rng.random() < changed else "announced")
        else:
            value = rng.randint(1, 30000)
            kw = dict(subject="express-entry", criterion=CRITERIA[i % len(CRITERIA)], operator=">=", unit="u",
                      qualifiers=Qualifiers(household_size=(i % 7) + 1, factor=f"f{i}"))
            a = Requirement(value=value, evidence=ev_old, **kw)
            b = Requirement(value=value + (rng.randint(1, 500) if rng.random() < changed else 0), evidence=ev_new, **kw)
            key = a.key
        old[key], new[key] = a, b
    return RuleSet.model_construct(rules=old), RuleSet.model_construct(rules=new)


def measure(fn, repeat: int = 3):  # noqa: ANN001, ANN201
    """Best wall time of ``repeat`` runs (the machine is shared), then peak memory of one traced run
    (tracemalloc slows allocation down, so it is never timed)."""
    seconds = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        seconds = min(seconds, time.perf_counter() - start)
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, seconds, peak


def baseline(old: RuleSet, new: RuleSet) -> int:
    """Value comparison only: which keys' (value, status) differ. No change objects, no evidence."""
    moved = 0
    for key, record in new.rules.items():
        before = old.rules.get(key)
        if before is None or before.__dict__.get("value") != record.__dict__.get("value") \
                or before.__dict__.get("status") != record.__dict__.get("status"):
            moved += 1
    return moved


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--changed", type=float, default=0.05)
    args = parser.parse_args()
    old, new = generate(args.records, args.changed)
    moved, base_s, base_peak = measure(lambda: baseline(old, new))
    changes, diff_s, diff_peak = measure(lambda: diff_rulesets(old, new))
    assert len(changes) == moved, (len(changes), moved)
    print(f"{args.records} records, {len(changes)} changes: diff {diff_s:.3f} s (peak {diff_peak / 1e6:.1f} MB), "
          f"baseline {base_s:.3f} s")
    print(json.dumps({
        "bench": "diff", "records": args.records, "changes": len(changes),
        "diff_seconds": round(diff_s, 4), "diff_peak_mb": round(diff_peak / 1e6, 2),
        "baseline_seconds": round(base_s, 4), "baseline_peak_mb": round(base_peak / 1e6, 2),
        "ratio_vs_baseline": round(diff_s / base_s, 1) if base_s else None,
        "target_seconds": 1.0, "within_target": diff_s <= 1.0,
    }))


if __name__ == "__main__":
    main()
