"""Priority between 0 and 1, with the reasons that made it, so an editor sees why an alert is on top.

Each reason names its weight; the score is their sum, capped at 1. ``today`` is the night's date (passed
in, never read from the clock here, so the same inputs give the same priority).
"""

from __future__ import annotations

from datetime import date

from rulewatch.schemas import Evidence

_BASE = {
    ("category", "added"): (0.5, "a category was added"),
    ("category", "removed"): (0.6, "a category was removed"),
    ("requirement", "tightened"): (0.5, "a requirement was tightened"),
    ("requirement", "loosened"): (0.4, "a requirement was loosened"),
    ("requirement", "removed"): (0.5, "a requirement was removed"),
    ("requirement", "added"): (0.35, "a requirement was newly stated"),
    ("round", "added"): (0.3, "a new invitation round"),
}
SOON_DAYS = 90


def prioritise(
    kind: str,
    change_type: str,
    evidence: list[Evidence],
    stated: bool,
    *,
    confirmation: str = "unconfirmed",
    effective_from: date | None = None,
    today: date | None = None,
    first_round_of: str | None = None,
) -> tuple[float, list[str]]:
    score, reason = _BASE.get((kind, change_type), (0.25, f"a {kind} {change_type}"))
    reasons = [f"{reason} (+{score:.2f})"]
    if first_round_of:
        score += 0.4
        reasons.append(f"the first round ever held for {first_round_of} (+0.40)")
    if any(ev.authority == "official" for ev in evidence):
        score += 0.25
        reasons.append("an official IRCC source states it (+0.25)")
    else:
        reasons.append("only news sources state it so far (+0.00)")
    if stated:
        score += 0.1
        reasons.append("the source itself says the rule changed (+0.10)")
    sources = {ev.source or ev.url for ev in evidence}
    if len(sources) > 1:
        bonus = min(0.15, 0.05 * (len(sources) - 1))
        score += bonus
        reasons.append(f"{len(sources)} sources report it (+{bonus:.2f})")
    if effective_from is not None and today is not None and abs((effective_from - today).days) <= SOON_DAYS:
        score += 0.1
        reasons.append(f"takes effect on {effective_from.isoformat()}, within {SOON_DAYS} days (+0.10)")
    if confirmation == "disputed":
        score -= 0.1
        reasons.append("sources disagree on the value (-0.10)")
    return round(max(0.0, min(score, 1.0)), 2), reasons
