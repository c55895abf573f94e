"""Work-experience requirements: the minimum (months) and the window it must fall in (years).

"un an minimum … contre 6 mois auparavant" -> work_experience_min >= 12 months, previously 6.
Processing times, past rules told as history and conditionals are not requirements.
"""

from __future__ import annotations

import re

from rulewatch.schemas import Qualifiers, Requirement

from .context import TextContext
from .numbers import NUMBER, Duration, as_number, find_durations, parse_number
from .sentences import Sentence
from .subjects import resolve_subjects

EXPERIENCE = re.compile(r"expérience|experience|travaillé|worked", re.IGNORECASE)
NOT_A_RULE = re.compile(
    r"traitement|traitée?s?\b|délai|processing|d['’]attente|waiting|validité|valid\s+for|"
    r"sous\s+\S+\s+mois\s+après|permis\s+de\s+travail\s+de|séjour|vacances|stage\b|attendu|attendre|waited",
    re.IGNORECASE,
)
# A rule is stated with a cue of obligation or of a minimum; a narrative sentence is not a rule.
REQUIREMENT_CUE = re.compile(
    r"au\s+moins|minimum|minimale?|il\s+faut|faut\s+avoir|doi(?:t|vent|vent)|devr(?:a|ont|ez)|devez|exig|requis|"
    r"justifier|suffit|admissibles?|cumul|at\s+least|must|need|required|requirement|eligible|minimum",
    re.IGNORECASE,
)
HISTORY = re.compile(
    r"\b(?:exigeait|exigeaient|fallait|demandait|devaient|devait|suffisait|suffisaient|"
    r"required|used\s+to|was\s+required|were\s+required)\b",
    re.IGNORECASE,
)
CONDITIONAL = re.compile(r"^\s*(?:si|s['’]il|s['’]ils|if)\b", re.IGNORECASE)
WINDOW = re.compile(
    rf"(?:au\s+cours\s+des|dans\s+les|durant\s+les|pendant\s+les|sur\s+les|in\s+the\s+(?:last|past)|"
    rf"within\s+the\s+(?:last|past)|during\s+the\s+(?:last|past))\s+(?P<num>{NUMBER})\s+"
    rf"(?:dernières\s+)?(?:années|ans|years)",
    re.IGNORECASE,
)
PREVIOUS_BEFORE = re.compile(
    r"(?:contre|au\s+lieu\s+d['’]\s?|au\s+lieu\s+de|up\s+from|compared\s+(?:to|with)|instead\s+of|rather\s+than|"
    r"auparavant\s*:?|précédemment\s*:?|previously\s*:?|formerly)\s*(?:les\s+|the\s+)?$",
    re.IGNORECASE,
)
FROM_TO = re.compile(r"(?:pass\w*|augment\w*|rais\w*|increas\w*|chang\w*|going)\s+(?:de|from)\s+$", re.IGNORECASE)
CONTINUOUS_NO = re.compile(
    r"continue?s?\s+ou\s+non|non\s+continue?s?|pas\s+(?:nécessairement\s+)?continue?s?|"
    r"not\s+(?:necessarily\s+)?continuous",
    re.IGNORECASE,
)
CONTINUOUS_YES = re.compile(r"\bcontinue?s?\b|\bcontinus\b|\bcontinuous\b", re.IGNORECASE)
FULL_TIME = re.compile(r"temps\s+plein|plein\s+temps|full[- ]time", re.IGNORECASE)


def extract_experience(ctx: TextContext) -> list[Requirement]:
    """One record per key: its most complete statement on the page (a headline loses to the body)."""
    best: dict[str, tuple[tuple[bool, bool], Requirement]] = {}
    for sentence in ctx.sentences:
        completeness = (not ctx.is_heading(sentence),)
        for record in _from_sentence(ctx, sentence):
            score = (*completeness, record.previous_value is not None)
            if record.key not in best or score > best[record.key][0]:
                best[record.key] = (score, record)
    return [record for _, record in best.values()]


def _from_sentence(ctx: TextContext, sentence: Sentence) -> list[Requirement]:
    text = sentence.text
    if not EXPERIENCE.search(text) or not REQUIREMENT_CUE.search(text):
        return []
    if NOT_A_RULE.search(text) or CONDITIONAL.search(text):
        return []
    window_match = WINDOW.search(text)
    window = parse_number(window_match.group("num"), ctx.language) if window_match else None
    minimum, previous = _minimum_and_previous(text, ctx.language, window_match)
    if minimum is None and window is None:
        return []
    if HISTORY.search(text) and previous is None:
        return []  # "En 2023, il fallait 6 mois": history, not tonight's rule
    continuous = False if CONTINUOUS_NO.search(text) else (True if CONTINUOUS_YES.search(text) else None)
    full_time = True if FULL_TIME.search(text) else None
    evidence = ctx.evidence(sentence)
    out: list[Requirement] = []
    for subject in resolve_subjects(ctx, sentence):
        if minimum is not None:
            out.append(
                Requirement(
                    subject=subject,
                    criterion="work_experience_min",
                    operator=">=",
                    value=as_number(minimum.months),
                    unit="months",
                    qualifiers=Qualifiers(
                        within_years=as_number(window) if window else None,  # type: ignore[arg-type]
                        continuous=continuous,
                        full_time=full_time,
                    ),
                    previous_value=as_number(previous.months) if previous else None,
                    stated_change=_direction(minimum, previous),  # type: ignore[arg-type]
                    evidence=evidence,
                )
            )
        if window:
            out.append(
                Requirement(
                    subject=subject,
                    criterion="work_experience_window",
                    operator="<=",
                    value=as_number(window),
                    unit="years",
                    evidence=evidence,
                )
            )
    return out


def _minimum_and_previous(text: str, language: str, window: re.Match[str] | None) -> tuple[Duration | None, Duration | None]:
    """The stated minimum and, when the sentence gives it, the value it replaces."""
    durations = [d for d in find_durations(text, language) if not (window and window.start() <= d.start < window.end())]
    previous = None
    current = []
    for i, d in enumerate(durations):
        lead = text[max(0, d.start - 40) : d.start]
        if PREVIOUS_BEFORE.search(lead):
            previous = d
        elif FROM_TO.search(lead) and i + 1 < len(durations):
            previous = d  # "passe de 6 mois à 12 mois": the first is the old value
        else:
            current.append(d)
    return (current[0] if current else None), previous


def _direction(minimum: Duration, previous: Duration | None) -> str | None:
    if previous is None or previous.months == minimum.months:
        return None
    return "raised" if minimum.months > previous.months else "lowered"
