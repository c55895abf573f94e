"""Counting work experience the way the counting rules say, with every number taken from the rules.

A day of a job is worth hours_per_week / 7 hours; concurrent jobs add up, and a day never counts more
than the full-time week's hours / 7 (hours above the full-time week do not count). Only the part of a
job inside the window counts. Fractions keep the arithmetic exact: 52 weeks × 30 h is 1 560 h, not 1 559.99.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from .profile import Job


@dataclass(frozen=True)
class JobCount:
    job_number: int
    job: Job
    days: int  # days inside the window
    counted_per_week: Fraction  # min(hours_per_week, full-time week)


@dataclass(frozen=True)
class Counted:
    hours: Fraction
    jobs: tuple[JobCount, ...]
    full_time_week: Fraction
    overlapping: bool

    def months(self) -> Fraction:
        """Full-time months: a full-time year is 52 full-time weeks, so a month is 52/12 of them."""
        return self.hours / (self.full_time_week * 52) * 12

    def detail(self) -> str:
        if not self.jobs:
            return "no job counts"
        parts = [f"job {j.job_number}: {fmt(Fraction(j.days, 7))} weeks × {fmt(j.counted_per_week)} counted h"
                 + (f" (of {fmt(Fraction(j.job.hours_per_week))})" if j.counted_per_week < Fraction(j.job.hours_per_week) else "")
                 for j in self.jobs]
        capped = f", concurrent weeks capped at {fmt(self.full_time_week)} h" if self.overlapping else ""
        return " + ".join(parts) + f" = {fmt(self.hours)} h{capped}"


def fmt(value: Fraction | float | int) -> str:
    """1560 -> '1 560'; 51.857… -> '51.9'."""
    number = float(value)
    if abs(number - round(number)) < 1e-9:
        return f"{round(number):,}".replace(",", " ")
    return f"{number:,.1f}".replace(",", " ")


def count_hours(jobs: list[tuple[int, Job]], full_time_week: float, window: tuple[date, date]) -> Counted:
    """Hours counted over ``window`` (first and last day included) from the numbered jobs given."""
    start, end = window
    week = Fraction(full_time_week).limit_denominator(1000)
    per_day: dict[date, Fraction] = {}
    counts = []
    for number, job in jobs:
        first = max(job.start, start)
        last = min(job.end or end, end)
        if last < first:
            continue
        counted = min(Fraction(job.hours_per_week).limit_denominator(1000), week)
        counts.append(JobCount(number, job, (last - first).days + 1, counted))
        day = first
        while day <= last:
            per_day[day] = per_day.get(day, Fraction(0)) + Fraction(job.hours_per_week).limit_denominator(1000)
            day += timedelta(days=1)
    cap = week / 7
    total = sum((min(h / 7, cap) for h in per_day.values()), Fraction(0))
    overlapping = sum(c.days for c in counts) > len(per_day)
    return Counted(total, tuple(counts), week, overlapping)


def longest_stretch(jobs: list[tuple[int, Job]], window: tuple[date, date]) -> list[tuple[int, Job]]:
    """The jobs of the longest run of days worked without a gap (for a 'continuous' requirement)."""
    start, end = window
    spans = sorted((max(j.start, start), min(j.end or end, end), n, j) for n, j in jobs if min(j.end or end, end) >= max(j.start, start))
    best: list[tuple[int, Job]] = []
    best_days = 0
    run: list[tuple[int, Job]] = []
    run_start = run_end = None
    for first, last, number, job in spans:
        if run_end is not None and first <= run_end + timedelta(days=1):
            run.append((number, job))
            run_end = max(run_end, last)
        else:
            run, run_start, run_end = [(number, job)], first, last
        days = (run_end - run_start).days + 1
        if days > best_days:
            best, best_days = list(run), days
    return best


def years_before(on: date, years: int) -> date:
    """The first day of a window of ``years`` years ending on ``on``."""
    try:
        then = on.replace(year=on.year - years)
    except ValueError:  # 29 February
        then = on.replace(year=on.year - years, day=28)
    return then + timedelta(days=1)
