"""Skill levels of eligible work: TEER/FÉER categories 0–3, or the older NOC 2016 types 0, A, B.

"FÉER 0 à 3 exigée pour le poste" -> skill_levels in {0, 1, 2, 3};
"genre de compétence 0 ou niveaux de compétence A ou B" -> in {"0", "A", "B"}.
"""

from __future__ import annotations

import re

from rulewatch.schemas import Requirement

from .lexicon.criteria import LANGUAGE_LEVEL, NOC_LIST, NOT_SKILL_RULE, SKILL_CONTEXT, TEER_LIST, TEER_WORDS
from .lexicon.cues import CASE_OR_HYPOTHESIS, EXEMPTION, EXPRESS_ENTRY
from .statements import Statement
from .subjects import subjects_in

NEAR = 80  # characters around the levels that say what they are levels of
REPLACES = re.compile(r"au\s+lieu|instead\s+of|rather\s+than|plutôt\s+que|remplac|replac|auparavant|autrefois|jadis|"
                      r"previously|formerly|used\s+to", re.IGNORECASE)
# "… alors qu'il exigeait autrefois le niveau B": one NOC 2016 level, read only as the value the TEER levels replaced
ONE_OLD_LEVEL = re.compile(r"\b(?:niveaux?|levels?|genre|type)\s+(?:de\s+compétence\s+)?(?P<levels>[0ABCD])\b(?![\d+])")


_LEVEL = re.compile(rf"[0-5]|{'|'.join(TEER_WORDS)}", re.IGNORECASE)  # a level as a digit or a word ("zéro", "three")


def teer_levels(levels: str) -> list[int]:
    digits = [int(d) if d.isdigit() else TEER_WORDS[d.lower()] for d in _LEVEL.findall(levels)]
    if len(digits) == 2 and re.search(r"\bà\b|\bto\b|[-–]", levels):
        return list(range(digits[0], digits[1] + 1))  # "0 à 3"
    return sorted(set(digits))


_SOMEONES_JOB = re.compile(r"\b(?:my|her|his|their|your\s+own|mon|ma|son|sa|leur)\s+(?:\w+\s+)?(?:job|emploi|poste|work|travail)\b",
                           re.IGNORECASE)  # "once his own post is TEER 1 or 2": a person's case
_COUNTING_LEVELS = {0, 1, 2, 3}  # the levels a list names as counting (a list of 4 and 5 names what does not)


_NEXT_CLAUSE = re.compile(r",\s+(?:and|et)\s|;")


# a list's item naming one level and nothing else: "- FÉER 2"
_ONE_LEVEL_ITEM = re.compile(r"\s*(?:FÉER|FEER|TEER)\s*(?P<level>[0-5])\s*[.;,]?\s*", re.IGNORECASE)


def _one_level_per_item(st: Statement) -> list[int] | None:
    """The levels of a list naming one level per item, read at every item (the same rule, kept once, each item
    accounted for by it); None for any other statement."""
    ctx = st.ctx

    def level(i: int) -> int | None:
        s = ctx.sentences[i]
        return int(m.group("level")) if ctx.is_list_item(s) and (m := _ONE_LEVEL_ITEM.fullmatch(s.text)) else None

    i = ctx.index(st.sentence)
    if level(i) is None:
        return None
    while i > 0 and level(i - 1) is not None:
        i -= 1
    levels = []
    while i < len(ctx.sentences) and (found := level(i)) is not None:
        levels.append(found)
        i += 1
    return sorted(set(levels))


def _from_level_items(st: Statement, levels: list[int]) -> list[Requirement]:
    """"Only work in one of these TEER categories counts:" over "- TEER 0", "- TEER 1", …: the lead-in says what the
    levels are for."""
    lead = st.ctx.lead_in(st.sentence)
    if len(levels) < 2 or not set(levels) <= _COUNTING_LEVELS or lead is None or not SKILL_CONTEXT.found(lead.text) or \
            CASE_OR_HYPOTHESIS.found(lead.text) or _SOMEONES_JOB.search(lead.text) or _LEVELS_REFUSED.search(lead.text):
        return []
    return [st.requirement(subject, "skill_levels", list(levels), operator="in") for subject in st.subjects]


def from_statement(st: Statement) -> list[Requirement]:
    text = st.text
    if (levels := _one_level_per_item(st)) is not None:
        return _from_level_items(st, levels)
    # read as the rule it was (a neighbour's previous value), the criterion is the neighbour's: no context needed
    # (a list of two TEER levels or more names the levels that count, even as an answer or a fragment: "Celles des
    # catégories FÉER 0 à 3.", "Jobs: TEER 0, 1, 2 or 3 only"; one level alone is more often someone's own job)
    listed = (m := TEER_LIST.search(text)) is not None and len(levels := teer_levels(m.group("levels"))) > 1 and \
        set(levels) <= _COUNTING_LEVELS and not (CASE_OR_HYPOTHESIS.found(text) or _SOMEONES_JOB.search(text))
    # (the question a fragment answers says what its levels are for: "Eligible jobs? TEER 0 to 3 only.")
    asked = st.ctx.question_on_line(st.sentence) if listed else None
    if not (SKILL_CONTEXT.found(text) or st.past or (asked is not None and SKILL_CONTEXT.found(asked.text))) \
            or not (st.is_rule or listed) or EXEMPTION.found(text):
        return []
    value: list[int | str] | None = None
    previous: list[int | str] | None = None
    around = text  # what the levels speak of: the words near them, not a job offer's points in another clause
    after = None
    if m := TEER_LIST.search(text):
        value = list(teer_levels(m.group("levels")))
        # (up to the next clause joined by ", and": "… a TEER 0, 1, 2 or 3 job, and CLB 7 in each ability")
        after = _NEXT_CLAUSE.search(text, m.end(), m.end() + NEAR) if len(value) > 1 else None
        around = text[max(0, m.start() - NEAR) : after.start() if after else m.end() + NEAR]
        # "FÉER 0 à 3, qui remplacent le genre 0 et les niveaux A et B": the NOC 2016 levels it replaces
        if (old := NOC_LIST.search(text, m.end()) or ONE_OLD_LEVEL.search(text, m.end())) and \
                REPLACES.search(text, m.end(), old.start()):
            previous = noc_levels(old.group("levels"))
    elif m := NOC_LIST.search(text):
        value = noc_levels(m.group("levels"))
        around = text[max(0, m.start() - NEAR) : m.end() + NEAR]
    # (the levels a first clause of their own names are the rule: "Only TEER 0 to 3 work counts, and the language floor
    # then depends on which of those levels the job has")
    own_clause = after is not None and len(value or ()) >= 3 and LANGUAGE_LEVEL.search(text[: after.start()]) is None
    if len(TEER_LIST.findall(text)) >= 2 and len(LANGUAGE_LEVEL.findall(text)) >= 2 and not own_clause:
        return []  # two job groups, each beside its own language level: the groups the levels are for, not a rule
    if m is not None and _BRANCH_CONDITION.search(text, max(0, m.start() - NEAR), m.start()):
        return []  # the job group a rule's branch is for: "the lower level applies when you hold a TEER 3 post"
    if not value or NOT_SKILL_RULE.found(around) or (st.is_history and previous is None and not st.removed) or \
            _LEVELS_REFUSED.search(_GROUP_LEFT_OUT.sub("", text)) or (len(value) == 1 and _AN_OCCUPATIONS_LEVEL.search(text)):
        return []
    # "Express Entry itself only accepts TEER 0 to 3 jobs": the system named, and nothing narrower, is the subject
    subjects = ["express-entry"] if EXPRESS_ENTRY.found(text) and not subjects_in(text) else st.subjects
    return [st.requirement(subject, "skill_levels", value, operator="in", previous=previous) for subject in subjects]


# one job's own level, not the levels a program accepts: "The welding trade is classified in TEER 2 (NOC 72106), so …"
_AN_OCCUPATIONS_LEVEL = re.compile(r"\b(?:is|are)\s+(?:classed|classified|ranked)\s+(?:in|as|under|at)\s+(?:TEER|FÉER|FEER)\b|"
                                   r"\b(?:est|sont|étant)\s+classée?s?\s+(?:au\s+niveau\s+|dans\s+la\s+catégorie\s+|au\s+|en\s+)?(?:FÉER|FEER|TEER)\b|"
                                   r"\bbeing\s+(?:classed|classified|ranked)\s+(?:in|as|under|at)\s+(?:TEER|FÉER|FEER)\b|"
                                   # (or said to be one: "c'est un métier de FÉER 3", "it's a TEER 2 job")
                                   r"\b(?:c['’]est|est|it['’]s|it\s+is|is)\s+(?:une?|a)\s+(?:profession|métier|emploi|poste|job|occupation)\s+"
                                   r"(?:de\s+|du\s+niveau\s+)?(?:FÉER|FEER|TEER)\s*\d\b|"
                                   r"\b(?:it['’]s|it\s+is|is)\s+an?\s+(?:TEER|FEER)\s*\d\s+(?:job|occupation|position)\b",
                                   re.IGNORECASE)
_BRANCH_CONDITION = re.compile(r"\b(?:quand|lorsqu['’]\s?|lorsque|when|if|si)\s*(?:on|vous|you|tu|t['’])\s*(?:occupe[zs]?|avez|as|have|hold|"
                               r"work\s+in|travaille[zs]?\s+dans)\s+(?:un|une|a|an)\s+(?:emploi|poste|job|position)\s+"
                               r"(?:de\s+(?:la\s+)?|du\s+niveau\s+|at\s+|in\s+)?$", re.IGNORECASE)
_LEVELS_REFUSED = re.compile(r"\bne\s+sont\s+pas|\bexclu|\bnot\b", re.IGNORECASE)
# (a job group left out of the levels is no refusal of them: "In Major Group 72 (…), jobs at TEER 2 or 3, excluding
# Sub-Major Group 726")
_GROUP_LEFT_OUT = re.compile(r"\b(?:excluding|except|sauf|à\s+l['’]exclusion\s+d[ue]s?|hormis)\s+(?:the\s+|le\s+|les\s+)?"
                             r"(?:(?:sub-)?major|minor|unit|sous-grand|grand|petit)\s+groupe?s?\s+\d+", re.IGNORECASE)


def noc_levels(levels: str) -> list[int | str]:
    return sorted(set(re.findall(r"\b[0ABCD]\b", levels)), key=lambda s: (s != "0", s))
