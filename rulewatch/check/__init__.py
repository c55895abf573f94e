"""`rulewatch check`: a candidate's profile against the published rules valid on a date.

Every number comes from the rule file: a rule the file lacks leaves the answer ``unknown`` and names
the missing key. Pure functions over plain data::

    check_profile(profile, rule_file, date(2026, 3, 1)) -> CheckReport
"""

from __future__ import annotations

from datetime import date

from rulewatch.schemas import PublishedRuleFile

from .categories import check_category
from .profile import Job, Levels, Profile, load_profile
from .programs import PROGRAMS, check_program
from .report import Answer, CheckReport, Cited, Reason
from .rules import rules_on


def check_profile(profile: Profile, rules: PublishedRuleFile, as_of: date) -> CheckReport:
    """Per program (fsw, fst, cec) and per category in the file on ``as_of``: a verdict with its reasons."""
    on = rules_on(rules, as_of)
    programs = [check_program(p, profile, on) for p in PROGRAMS]
    categories = [
        check_category(key.split(":", 1)[1], profile, on, programs)
        for key, rule in sorted(on.rules.items())
        if key.startswith("category:") and rule.value.status != "ended"
    ]
    return CheckReport(as_of=as_of, programs=programs, categories=categories)


__all__ = ["Answer", "CheckReport", "Cited", "Job", "Levels", "Profile", "Reason", "check_profile", "load_profile"]
