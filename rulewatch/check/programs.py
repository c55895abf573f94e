"""Per-program checks (fsw, fst, cec): scope, language, experience, funds, and the FSW grid.

Every threshold is a rule of the file valid on the date asked; a rule the file lacks leaves its line
open (``met`` None) and names the key.
"""

from __future__ import annotations

from .experience import Counted, count_hours, fmt, longest_stretch, years_before
from .grid import grid_reasons
from .profile import ABILITIES, Job, Profile
from .reasons import cited, holds, missing
from .report import Answer, Reason, verdict_of
from .rules import Rule, RulesOn, key_qualifiers

PROGRAMS = ("fsw", "fst", "cec")
CANADIAN_ONLY = {"cec"}  # the Canadian Experience Class counts work in Canada only
MAX_LISTED_HOUSEHOLD = 7


def check_program(program: str, profile: Profile, rules: RulesOn) -> Answer:
    reasons = scope_reasons(profile, rules)
    experience, experience_reasons = program_experience(program, profile, rules)
    reasons += language_reasons(f"program:{program}", profile, rules, experience)
    reasons += experience_reasons
    reasons += funds_reasons(program, profile, rules)
    if program == "fsw":
        reasons += grid_reasons(profile, rules, experience)
    if program == "fst":
        reasons.append(Reason(key="requirement:program:fst:job_offer_or_certificate", met=None,
                              detail="the trade needs a job offer (valid) or a provincial or federal certificate of qualification; "
                                     "the rule model does not carry this requirement yet"))
    return Answer(subject=f"program:{program}", verdict=verdict_of(reasons), reasons=reasons)


def scope_reasons(profile: Profile, rules: RulesOn) -> list[Reason]:
    if not profile.settle_in_quebec:
        return []
    key = "scope:quebec-selected"
    rule = rules.get(key)
    if rule is None:
        return [missing(rules, key, "the profile intends to settle in Québec")]
    return [cited(rule, "intends to settle in Québec: Québec selects its own skilled workers, "
                        "Express Entry does not serve them", False)]


def language_reasons(subject: str, profile: Profile, rules: RulesOn, experience: "Experience | None") -> list[Reason]:
    """Each ability against its own rule when the file has one, else against the rule for all four."""
    prefix = f"requirement:{subject}:language_min"
    found = [r for r in rules.with_prefix(prefix) if _for_teer(r, experience)]
    if not found:
        return [missing(rules, prefix)]
    if profile.nclc is None:
        return [cited(found[0], "the profile gives no NCLC levels", None)]
    general = next((r for r in found if "ability" not in key_qualifiers(r.key)), None)
    reasons: list[Reason] = []
    by_rule: dict[str, tuple[Rule, list[str]]] = {}
    for ability in ABILITIES:
        rule = next((r for r in found if key_qualifiers(r.key).get("ability") == ability), general)
        if rule is None:
            reasons.append(missing(rules, f"{prefix}:ability={ability}"))
        else:
            by_rule.setdefault(rule.key, (rule, []))[1].append(ability)
    for rule, abilities in by_rule.values():
        met = all(profile.nclc.of(a) >= rule.number for a in abilities)
        levels = ", ".join(f"{a} {profile.nclc.of(a)}" for a in abilities)
        teer = key_qualifiers(rule.key).get("teer")
        scope = f" (rule for TEER {teer} experience)" if teer else ""
        reasons.append(cited(rule, f"NCLC {levels} {'≥' if met else 'not all ≥'} {fmt(rule.number)}{scope}", met))
    return reasons


def _for_teer(rule: Rule, experience: "Experience | None") -> bool:
    """A rule written for some TEER levels applies to the TEER of most counted hours."""
    teer = key_qualifiers(rule.key).get("teer")
    if teer is None:
        return True
    if experience is None or experience.main_teer is None:
        return False
    return str(experience.main_teer) in teer.split(",")


class Experience:
    """Counted experience of one program, and the TEER level most of its hours were in."""

    def __init__(self, counted: Counted, main_teer: int | None) -> None:
        self.counted = counted
        self.main_teer = main_teer


def counting_rules(rules: RulesOn, subjects: list[str]) -> tuple[str, Rule | None, str, Rule | None]:
    """The full-time week and the paid-work rule, from the most specific subject that states them."""
    week_key, week = rules.first(*(f"requirement:{s}:full_time_hours_per_week" for s in subjects))
    paid_key, paid = rules.first(*(f"requirement:{s}:paid_work_only" for s in subjects))
    return week_key, week, paid_key, paid


def counted_jobs(profile: Profile, rules: RulesOn, subjects: list[str], keep) -> tuple[list, list[Reason], Rule | None]:  # noqa: ANN001
    """The numbered jobs that count (paid, in the window, kept by ``keep``) and the counting rules' reasons."""
    reasons: list[Reason] = []
    week_key, week, paid_key, paid = counting_rules(rules, subjects)
    if week is None:
        reasons.append(missing(rules, week_key, "the hours of a full-time week"))
    else:
        over = [n for n, j in enumerate(profile.job, 1) if j.hours_per_week > week.number]
        detail = f"full-time is {fmt(week.number)} h a week; hours above it do not count"
        if over:
            detail += f" (job {', '.join(map(str, over))}: {fmt(week.number)} of {', '.join(fmt(profile.job[n - 1].hours_per_week) for n in over)} h)"
        reasons.append(cited(week, detail, True))
    jobs = [(n, j) for n, j in enumerate(profile.job, 1) if keep(j)]
    unpaid = [n for n, j in jobs if not j.paid]
    if unpaid:
        if paid is None:
            reasons.append(missing(rules, paid_key, f"whether unpaid job {', '.join(map(str, unpaid))} counts"))
        elif paid.number:
            reasons.append(cited(paid, f"paid work only: job {', '.join(map(str, unpaid))} (unpaid) not counted", True))
            jobs = [(n, j) for n, j in jobs if j.paid]
    return jobs, reasons, week


def program_experience(program: str, profile: Profile, rules: RulesOn) -> tuple[Experience | None, list[Reason]]:
    subject = f"program:{program}"
    subjects = [subject, "express-entry"]
    reasons: list[Reason] = []
    window_key = f"requirement:{subject}:work_experience_window"
    window = rules.get(window_key)
    levels_key, levels = rules.first(*(f"requirement:{s}:skill_levels" for s in subjects))
    if window is None:
        reasons.append(missing(rules, window_key))
    if levels is None:
        reasons.append(missing(rules, levels_key, "which TEER levels count"))
    if window is None or levels is None:
        return None, reasons
    allowed = {str(v) for v in (levels.value.value or [])}
    canadian = program in CANADIAN_ONLY

    def keep(job: Job) -> bool:
        return str(job.teer) in allowed and (not canadian or job.country.upper() == "CA")

    jobs, counting, week = counted_jobs(profile, rules, subjects, keep)
    reasons += counting
    skipped = [n for n, j in enumerate(profile.job, 1) if not keep(j)]
    where = " in Canada" if canadian else ""
    reasons.append(cited(levels, f"experience{where} in TEER {', '.join(sorted(allowed))} counts"
                         + (f"; job {', '.join(map(str, skipped))} does not" if skipped else ""), True))
    if week is None:
        return None, reasons
    span = (years_before(rules.on, int(window.number)), rules.on)
    reasons.append(cited(window, f"within {fmt(window.number)} years: from {span[0].isoformat()} to {span[1].isoformat()}", True))
    minimum_key, minimum = rules.first(f"requirement:{subject}:work_hours_min", f"requirement:{subject}:work_experience_min")
    if minimum is not None and minimum.qualifier("continuous") is True:
        jobs = longest_stretch(jobs, span)
    counted = count_hours(jobs, week.number, span)
    experience = Experience(counted, _main_teer(counted))
    if minimum is None:
        reasons.append(missing(rules, minimum_key, "the experience minimum"))
    else:
        reasons.append(minimum_reason(minimum, counted))
    return experience, reasons


def minimum_reason(minimum: Rule, counted: Counted) -> Reason:
    """'… = 1 440 h < 1 560 h' for an hours minimum, '… = 1 440 h = 11.1 full-time months < 12 months' for months."""
    need = minimum.number
    continuous = " (longest continuous stretch)" if minimum.qualifier("continuous") is True else ""
    if minimum.value.unit == "hours":
        met = counted.hours >= need
        return cited(minimum, f"{counted.detail()}{continuous} {'≥' if met else '<'} {fmt(need)} h", met)
    months = counted.months()
    met = months >= need
    return cited(minimum, f"{counted.detail()}{continuous} = {fmt(months)} full-time months "
                          f"{'≥' if met else '<'} {fmt(need)} months", met)


def _main_teer(counted: Counted) -> int | None:
    by_teer: dict[int, float] = {}
    for job in counted.jobs:
        by_teer[job.job.teer] = by_teer.get(job.job.teer, 0) + job.days * float(job.counted_per_week)
    return max(sorted(by_teer), key=lambda t: by_teer[t]) if by_teer else None


def funds_reasons(program: str, profile: Profile, rules: RulesOn) -> list[Reason]:
    size = profile.household_size
    base_size = min(size, MAX_LISTED_HOUSEHOLD)
    key = f"requirement:express-entry:proof_of_funds:household_size={base_size}"
    rule = rules.get(key)
    if rule is None:
        return [missing(rules, key)]
    applies, why = holds(rule, program, profile.facts())
    if not applies:
        return [cited(rule, f"proof of funds {why}", True)]
    need = rule.number
    extra_detail = ""
    if size > MAX_LISTED_HOUSEHOLD:
        extra_key = "requirement:express-entry:proof_of_funds:household_size=each-additional"
        extra = rules.get(extra_key)
        if extra is None:
            return [missing(rules, extra_key, f"household of {size}")]
        need += extra.number * (size - MAX_LISTED_HOUSEHOLD)
        extra_detail = f" + {size - MAX_LISTED_HOUSEHOLD} × {fmt(extra.number)} $"
    met = profile.funds_cad >= need
    return [cited(rule, f"funds {fmt(profile.funds_cad)} $ {'≥' if met else '<'} {fmt(rule.number)} ${extra_detail} "
                        f"for a household of {size}", met)]
