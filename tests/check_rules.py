"""A rule file for the checker's tests, built the way the real one is: records read, diffed, accepted, exported.

Values are those of the demo's pages (2026); the categories' experience minimum is 6 months from
2023-06-01 and 12 months from 2026-02-18, so a date before and after the change can be asked.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from rulewatch.diff import apply_records, diff_rulesets
from rulewatch.publish import build_rule_file
from rulewatch.schemas import Category, Condition, Evidence, Occupation, Program, Qualifiers, Requirement, Review, RuleSet, Scope
from rulewatch.store.alerts import StoredAlert

FUNDS = {1: 15263, 2: 19001, 3: 23360, 4: 28362, 5: 32168, 6: 36280, 7: 40392}
EACH_ADDITIONAL = 4112
AGE = {"18-35": 12, "36": 11, "37": 10, "38": 9, "39": 8, "40": 7, "41": 6, "42": 5, "43": 4, "44": 3, "45": 2,
       "46": 1, "47+": 0}
EDUCATION = {"secondary": 5, "one-year": 15, "two-year": 19, "three-year": 21, "two-credentials": 22,
             "masters": 23, "doctorate": 25}
EXPERIENCE = {"1": 9, "2-3": 11, "4-5": 13, "6+": 15}
LANGUAGE = {"9+": 6, "8": 5, "7": 4, "second-5+": 4}
ADAPTABILITY = {"spouse-language": 5, "past-study-canada": 5, "spouse-past-study": 5, "past-work-canada": 10,
                "spouse-past-work": 5, "arranged-employment": 5, "relatives": 5}
MAXIMA = {"language": 28, "education": 25, "experience": 15, "age": 12, "arranged_employment": 10, "adaptability": 10}
WAIVERS = [Condition(effect="waived", when={"program": "cec"}),
           Condition(effect="waived", when={"job_offer.valid": True, "work_permit.authorised": True})]


def _ev(url: str, quote: str, published: date) -> Evidence:
    return Evidence(url=url, snapshot="sha256:" + "0" * 64, quote=quote, start=0, end=len(quote),
                    authority="official", published=published, language="fr")


def _req(subject, criterion, value, unit, url, quote, published, op=">=", **qualifiers):  # noqa: ANN001, ANN202
    conditions = qualifiers.pop("conditions", [])
    return Requirement(subject=subject, criterion=criterion, operator=op, value=value, unit=unit,
                       qualifiers=Qualifiers(**qualifiers), conditions=conditions, evidence=_ev(url, quote, published))


def records_2023(without: tuple[str, ...] = ()) -> list:
    d, url = date(2023, 6, 1), "https://ircc.example/categories"
    return _without([*program_records(date(2023, 6, 1)), *_categories_2023(d, url)], without)


def _categories_2023(d: date, url: str) -> list:
    return [
        Category(id="healthcare", occupations=[Occupation(name="infirmiers autorisés", noc="31301"),
                                               Occupation(name="infirmiers auxiliaires", noc="32101")],
                 evidence=_ev(url, "santé", d)),
        Category(id="stem", occupations=[Occupation(name="développeurs", noc="21231")], evidence=_ev(url, "STIM", d)),
        Category(id="french-language-proficiency", evidence=_ev(url, "compétence linguistique en français", d)),
        _req("category:*", "work_experience_min", 6, "months", url, "au moins 6 mois", d, continuous=True),
        _req("category:*", "work_experience_window", 3, "years", url, "au cours des 3 dernières années", d, op="<="),
    ]


def records_2026(without: tuple[str, ...] = ()) -> list:
    d = date(2026, 2, 18)
    return _without([*program_records(d), _req("category:*", "work_experience_min", 12, "months",
                     "https://ircc.example/categories", "au moins 12 mois, contre 6 mois auparavant", d)], without)


def _without(records: list, without: tuple[str, ...]) -> list:
    return [r for r in records if not any(r.key.startswith(w) for w in without)]


def program_records(d: date) -> list:
    cec, fsw, funds = "https://ircc.example/cec", "https://ircc.example/fsw", "https://ircc.example/fonds"
    out = [
        Scope(id="quebec-selected", evidence=_ev(cec, "Québec choisit ses propres travailleurs", d)),
        *(Program(id=p, evidence=_ev(cec, p, d)) for p in ("fsw", "fst", "cec")),
        *(_req("express-entry", "proof_of_funds", amount, "CAD", funds, f"{amount} $", d, household_size=size,
               conditions=WAIVERS) for size, amount in FUNDS.items()),
        _req("express-entry", "proof_of_funds", EACH_ADDITIONAL, "CAD", funds, "par membre additionnel", d,
             household_size="each-additional", conditions=WAIVERS),
        _req("program:cec", "language_min", 7, "nclc", cec, "NCLC 7 pour FÉER 0 ou 1", d, teer="0,1"),
        _req("program:cec", "language_min", 5, "nclc", cec, "NCLC 5 pour FÉER 2 ou 3", d, teer="2,3"),
        _req("program:cec", "work_hours_min", 1560, "hours", cec, "1 560 heures", d, within_years=3),
        _req("program:cec", "work_experience_window", 3, "years", cec, "3 dernières années", d, op="<="),
        _req("program:cec", "skill_levels", [0, 1, 2, 3], "teer", cec, "FÉER 0, 1, 2 ou 3", d, op="in"),
        _req("program:cec", "full_time_hours_per_week", 30, "hours", cec, "30 heures par semaine", d, op="="),
        _req("program:cec", "paid_work_only", 1, "flag", cec, "rémunéré", d, op="="),
        _req("program:fsw", "language_min", 7, "nclc", fsw, "NCLC 7", d),
        _req("program:fsw", "work_experience_min", 12, "months", fsw, "un an continu", d, continuous=True, within_years=10),
        _req("program:fsw", "work_experience_window", 10, "years", fsw, "10 dernières années", d, op="<="),
        _req("program:fsw", "skill_levels", [0, 1, 2, 3], "teer", fsw, "FÉER 0, 1, 2 ou 3", d, op="in"),
        _req("program:fsw", "full_time_hours_per_week", 30, "hours", fsw, "30 heures par semaine", d, op="="),
        _req("program:fsw", "paid_work_only", 1, "flag", fsw, "rémunéré", d, op="="),
        _req("program:fsw", "pass_mark", 67, "points", fsw, "67 points sur 100", d),
        *(_req("program:fsw", "factor_max_points", m, "points", fsw, f"{m} points", d, op="<=", factor=f)
          for f, m in MAXIMA.items()),
        _req("category:french-language-proficiency", "language_min", 7, "nclc", cec, "NCLC 7 en français", d),
    ]
    for factor, table in (("age", AGE), ("education", EDUCATION), ("experience", EXPERIENCE), ("language", LANGUAGE),
                          ("adaptability", ADAPTABILITY), ("arranged_employment", {"valid-offer": 10})):
        out += [_req("program:fsw", "grid_points", p, "points", fsw, f"{level} : {p} points", d, op="=",
                     factor=factor, level=level) for level, p in table.items()]
    return out


def rule_file(without: tuple[str, ...] = ()):  # noqa: ANN201
    """Both nights accepted, as an editor would, then exported: a PublishedRuleFile with periods."""
    state, pairs = RuleSet(), []
    at = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
    for records in (records_2023(without), records_2026(without)):
        after = apply_records(state, records, newer=True)
        for change in diff_rulesets(state, after):
            alert_id = len(pairs) + 1
            pairs.append((StoredAlert(alert_id, 1, at, "accepted", 2, change),
                          Review(alert_id=alert_id, action="accept", reason="test", editor="ana", at=at)))
        state = after
    return build_rule_file(pairs)
