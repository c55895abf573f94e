"""Re-checks: which known articles get a conditional request tonight, though no listing dates them later.

A dossier updated in place every year keeps its place and its date on the listing: only asking the
article itself finds the change. Each article is asked at least once every ``recheck_days`` of its
source, spread over the nights (the least recently checked first), within one budget per night.
A 304 costs a few hundred bytes; a changed article is read like a new one. Pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from math import ceil
from typing import Iterable, Mapping


@dataclass(frozen=True)
class Recheck:
    """A known article and when it was last fetched in full or answered 304."""

    source: str
    url: str
    last: datetime


@dataclass(frozen=True)
class RecheckPlan:
    chosen: list[Recheck]  # tonight's re-checks, least recently checked first
    deferred: dict[str, int]  # source -> articles past their ``recheck_days`` left out by the budget


def plan_rechecks(articles: Iterable[Recheck], days: Mapping[str, int], now: datetime, budget: int) -> RecheckPlan:
    """Per source, the ``ceil(n / days)`` least recently checked articles and every one due for ``days`` or more
    (a rolling schedule: a week's articles spread over seven nights); at most ``budget`` in all, oldest first."""
    by_source: dict[str, list[Recheck]] = {}
    for article in articles:
        if article.source in days:
            by_source.setdefault(article.source, []).append(article)
    wanted: list[Recheck] = []
    overdue: set[Recheck] = set()
    for source, known in by_source.items():
        known.sort(key=lambda a: (a.last, a.url))
        late = [a for a in known if (now.date() - a.last.date()).days >= days[source]]
        overdue.update(late)
        wanted += known[: max(ceil(len(known) / days[source]), len(late))]
    wanted.sort(key=lambda a: (a.last, a.url))
    chosen = wanted[: max(budget, 0)]
    deferred: dict[str, int] = {}
    for article in overdue.difference(chosen):
        deferred[article.source] = deferred.get(article.source, 0) + 1
    return RecheckPlan(chosen, deferred)
