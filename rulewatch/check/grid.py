"""The FSW points grid, computed only from the grid's rows in the rule file.

Rows are ``requirement:program:fsw:grid_points:factor=<f>:level=<l>``; a factor's total is capped by
its ``factor_max_points`` rule and the sum is compared with ``pass_mark``. Numeric levels are ranges
('18-35', '36', '47+', '9+'); the others name a profile fact ('masters', 'valid-offer', 'relatives').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .experience import count_hours, fmt, years_before
from .profile import ABILITIES, Profile
from .reasons import cited, missing
from .report import Reason
from .rules import Rule, RulesOn, key_qualifiers

if TYPE_CHECKING:
    from .programs import Experience

SUBJECT = "requirement:program:fsw"


def level_matches(level: str, value: int | str) -> bool:
    """'36' and '18-35' and '47+' are ranges of a number; 'second-5+' a range of 'second-<n>'; others match as named."""
    if isinstance(value, str):
        named = re.fullmatch(r"(\D+)(\d+)", value)
        prefix = re.fullmatch(r"(\D+)(\d.*)", level)
        if named and prefix and named.group(1) == prefix.group(1):
            return level_matches(prefix.group(2), int(named.group(2)))
        return level == value
    if m := re.fullmatch(r"(\d+)\+", level):
        return value >= int(m.group(1))
    if m := re.fullmatch(r"(\d+)-(\d+)", level):
        return int(m.group(1)) <= value <= int(m.group(2))
    return level.isdigit() and value == int(level)


def _rows(rules: RulesOn) -> dict[str, list[Rule]]:
    out: dict[str, list[Rule]] = {}
    for rule in rules.with_prefix(f"{SUBJECT}:grid_points:"):
        q = key_qualifiers(rule.key)
        if "factor" in q and "level" in q:
            out.setdefault(q["factor"], []).append(rule)
    return out


def _best(rows: list[Rule], value: int | str) -> Rule | None:
    matching = [r for r in rows if level_matches(key_qualifiers(r.key)["level"], value)]
    return max(matching, key=lambda r: r.number) if matching else None


def _claims(factor: str, profile: Profile, rules: RulesOn, experience: "Experience | None") -> list[tuple[str, int | str]] | None:
    """What the profile brings to a factor, as (label, value) pairs; None when the profile cannot say."""
    if factor == "language":  # each ability of the first language, then the second language's weakest ability
        if profile.nclc is None:
            return None
        second = profile.second_nclc
        claims: list[tuple[str, int | str]] = [(a, profile.nclc.of(a)) for a in ABILITIES]
        return claims + ([(f"second language NCLC {min(second.of(a) for a in ABILITIES)}",
                           f"second-{min(second.of(a) for a in ABILITIES)}")] if second else [])
    if factor == "education":
        return None if profile.education is None else [("education", profile.education)]
    if factor == "age":
        return None if profile.age is None else [("age", profile.age)]
    if factor == "experience":
        if experience is None:
            return None
        return [("years", int(experience.counted.months() // 12))]
    if factor == "arranged_employment":
        return [("job offer", "valid-offer")] if profile.job_offer.valid else []
    if factor == "adaptability":
        claims = []
        if experience is not None:
            canadian = [(j.job_number, j.job) for j in experience.counted.jobs if j.job.country.upper() == "CA"]
            window = (years_before(rules.on, 10), rules.on)
            done = count_hours(canadian, float(experience.counted.full_time_week), window)
            if done.months() >= 12:
                claims.append(("a year of full-time work in Canada", "past-work-canada"))
        if profile.job_offer.valid:
            claims.append(("arranged employment", "arranged-employment"))
        if profile.past_study_canada:
            claims.append(("past study in Canada", "past-study-canada"))
        if profile.relatives_in_canada:
            claims.append(("a relative in Canada", "relatives"))
        return claims
    return None


def factor_reason(factor: str, rows: list[Rule], cap: Rule, profile: Profile, rules: RulesOn,
                  experience: "Experience | None") -> tuple[Reason, int | None]:
    claims = _claims(factor, profile, rules, experience)
    if claims is None:
        return cited(cap, f"{factor}: the profile (or its counted experience) does not say", None), None
    parts, total, used = [], 0, []
    for label, value in claims:
        row = _best(rows, value) if factor != "adaptability" else next(
            (r for r in rows if key_qualifiers(r.key)["level"] == value), None)
        points = int(row.number) if row else 0
        total += points
        used.extend([row] if row else [])
        shown = f"{label} {value}" if isinstance(value, int) or label == "education" else label
        parts.append(f"{shown} → {points}" + ("" if row else " (no row)"))
    capped = min(total, int(cap.number))
    detail = f"{factor}: {', '.join(parts) or 'nothing claimed'} = {total} points" + (
        f", capped at {fmt(cap.number)}" if capped < total else f" (max {fmt(cap.number)})")
    if len(used) == 1:  # one row: the reason is that row's
        return cited(used[0], detail, True), capped
    return cited(cap, detail, True, *used), capped  # several rows (or none): the factor's maximum, citing each row


def grid_reasons(profile: Profile, rules: RulesOn, experience: "Experience | None") -> list[Reason]:
    rows = _rows(rules)
    caps = {key_qualifiers(r.key).get("factor"): r for r in rules.with_prefix(f"{SUBJECT}:factor_max_points:")}
    factors = sorted(set(rows) | set(k for k in caps if k))
    reasons: list[Reason] = []
    points: dict[str, int] = {}
    open_factors = []
    if not factors:
        return [missing(rules, f"{SUBJECT}:grid_points", "the selection grid")]
    for factor in factors:
        if factor not in rows:
            reasons.append(missing(rules, f"{SUBJECT}:grid_points:factor={factor}", "the factor's rows"))
            open_factors.append(factor)
            continue
        if factor not in caps:
            reasons.append(missing(rules, f"{SUBJECT}:factor_max_points:factor={factor}", "the factor's maximum"))
            open_factors.append(factor)
            continue
        reason, got = factor_reason(factor, rows[factor], caps[factor], profile, rules, experience)
        reasons.append(reason)
        if got is None:
            open_factors.append(factor)
        else:
            points[factor] = got
    pass_key = f"{SUBJECT}:pass_mark"
    pass_mark = rules.get(pass_key)
    if pass_mark is None:
        return [*reasons, missing(rules, pass_key)]
    total = sum(points.values())
    sum_text = " + ".join(f"{f} {p}" for f, p in points.items()) + f" = {total}"
    if total >= pass_mark.number:
        met: bool | None = True
    elif open_factors:
        met = None
        sum_text += f" (not counted: {', '.join(open_factors)})"
    else:
        met = False
    sign = "≥" if met else "<"
    reasons.append(cited(pass_mark, f"grid points {sum_text} {sign} {fmt(pass_mark.number)}", met))
    return reasons
