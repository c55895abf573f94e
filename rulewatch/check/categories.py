"""Per-category checks: a program to enter by, and the category's experience in its occupations."""

from __future__ import annotations

from .experience import count_hours, longest_stretch, years_before
from .programs import counted_jobs, language_reasons, minimum_reason
from .profile import Profile
from .reasons import cited, missing
from .report import Answer, Reason, verdict_of
from .rules import RulesOn

LANGUAGE_CATEGORY = "french-language-proficiency"  # a category chosen by language, not by occupation


def check_category(category_id: str, profile: Profile, rules: RulesOn, programs: list[Answer]) -> Answer:
    reasons = [_program_reason(programs)]
    if category_id == LANGUAGE_CATEGORY:
        reasons += language_reasons(f"category:{category_id}", _in_french(profile), rules, None)
    else:
        reasons += _experience_reasons(category_id, profile, rules)
    return Answer(subject=f"category:{category_id}", verdict=verdict_of(reasons), reasons=reasons)


def _program_reason(programs: list[Answer]) -> Reason:
    eligible = [a.subject for a in programs if a.verdict == "eligible"]
    open_ = [a.subject for a in programs if a.verdict == "unknown"]
    met = True if eligible else (None if open_ else False)
    detail = (f"eligible for {', '.join(eligible)}" if eligible else
              f"not known for {', '.join(open_)}" if open_ else "eligible for no Express Entry program")
    return Reason(key="express-entry", met=met, detail=f"a category invites among a program's candidates: {detail}")


def _in_french(profile: Profile) -> Profile:
    """The profile with its French results as the levels to check."""
    french = profile.nclc if profile.first_language == "fr" else profile.second_nclc
    return profile.model_copy(update={"nclc": french})


def _experience_reasons(category_id: str, profile: Profile, rules: RulesOn) -> list[Reason]:
    subjects = [f"category:{category_id}", "category:*"]
    category = rules.get(f"category:{category_id}")
    occupations = {str(v) for v in (category.value.value or [])} if category else set()
    minimum_key, minimum = rules.first(*(f"requirement:{s}:work_experience_min" for s in subjects))
    window_key, window = rules.first(*(f"requirement:{s}:work_experience_window" for s in subjects))
    reasons: list[Reason] = []
    if minimum is None:
        reasons.append(missing(rules, minimum_key))
    if window is None:
        reasons.append(missing(rules, window_key))
    if not occupations:
        reasons.append(Reason(key=f"category:{category_id}", met=None,
                              detail=f"the rule file lists no occupations for {category_id} on {rules.on.isoformat()}: "
                                     "which jobs count is not known"))
    if minimum is None or window is None:
        return reasons
    # The full-time week is a system-wide counting rule: the category's own first, then any program's.
    counting_subjects = [*subjects, "express-entry", "program:cec", "program:fsw", "program:fst"]
    jobs, counting, week = counted_jobs(profile, rules, counting_subjects,
                                        lambda j: not occupations or j.noc in occupations)
    reasons += counting
    if week is None:
        return reasons
    span = (years_before(rules.on, int(window.number)), rules.on)
    reasons.append(cited(window, f"within {int(window.number)} years: from {span[0].isoformat()} to {span[1].isoformat()}", True))
    if minimum.qualifier("continuous") is True:
        jobs = longest_stretch(jobs, span)
    counted = count_hours(jobs, week.number, span)
    reason = minimum_reason(minimum, counted)
    if not occupations and reason.met:
        reason = reason.model_copy(update={"met": None, "detail": reason.detail + " if these jobs are in its occupations"})
    reasons.append(reason)
    return reasons
