"""Changes a sentence states itself: the value a rule had before, and rules stated as gone.

"un an minimum … contre 6 mois auparavant" -> current 12, previous 6; "passe de 6 à 12 mois"
-> the first of two values is the old one; "ne sont plus accordés" -> removed.
"""

from __future__ import annotations

import re
from typing import Protocol, Sequence, TypeVar

from .context import STAMPED_AUTHOR
from .lexicon.cues import FROM_TO, HISTORY, OLD_RULE_AFTER, PREVIOUS_AFTER, PREVIOUS_BEFORE, REMOVED
from .lexicon.lowercase import Folded, lowered
from .numbers import NUMBER, parse_number


class Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=Span)


# ("6 months continuous → 12 months": a few words of the old value's own may stand before the arrow)
_ARROW_BETWEEN = re.compile(r"[^\d\n→➡➜➔⇒|;.]{0,30}?(?:→|➡|➜|➔|⇒|->|=>)\s*$")


# a value, then what it goes to: "Funds for a couple: CAD 18,288, going up to CAD 19,001 from July 7, 2025"
_RISING_TO = re.compile(r"[^\d\n|;.]{0,12}?,?\s*(?:(?:and\s+|which\s+|that\s+|et\s+|qui\s+)?(?:will\s+)?(?:ris(?:e|es|ing)|go(?:es|ing)?\s+up|"
                        r"increas(?:e|es|ing)|climb(?:s|ing)?|jump(?:s|ing)?|grow(?:s|ing)?|"
                        r"pass(?:e|era|ant)|augment(?:e|era|ant)|mont(?:e|era|ant)|grimp(?:e|era|ant)))\s+(?:to|à)\s*"
                        r"(?:cad\s*|ca\$\s*|c\$\s*|\$\s*)?$", re.IGNORECASE)
# a value stated as what the rule was changed to: "porté à 12 mois", "was raised to 12 months", "doubled that to 12 months"
CHANGED_TO = re.compile(r"\b(?:relev|port|augment|hauss|abaiss|rédui|rais|increas|lower|reduc|bump|doubl|tripl|halv)\w*\s+"
                        r"(?:(?:that|it|this|the\s+(?:bar|minimum|requirement|threshold))\s+)?(?:à|to)\s+"
                        r"(?:\d|[a-zé-]+\s+(?:mois|ans|années|heures|points|months|years|hours)\b)", re.IGNORECASE)


def split_previous(text: str, values: Sequence[S], past: bool = False) -> tuple[list[S], S | None]:
    """The values a sentence states as current, and the one it states as the previous value; a sentence read for
    the rule it was (``past``: "l'an passé c'était 6 mois") states its old value as its own."""
    previous = None
    current: list[S] = []
    for i, value in enumerate(values):
        lead = text[max(0, value.start - 40) : value.start]
        if _OTHERS_FIGURE.match(text, value.end):
            continue  # "12 mois, contre 6 mois pour les autres catégories": the others' figure, neither now nor before
        if PREVIOUS_BEFORE.found(lead) or _IN_PREVIOUS_BRACKET.search(lead) or OLD_RULE_AFTER.found(text[value.end : value.end + 50]) or \
                (len(values) > 1 and PREVIOUS_AFTER.found(text[value.end : value.end + 30])):
            previous = value
        elif i + 1 < len(values) and (FROM_TO.found(lead) or _ARROW_BETWEEN.match(text, value.end, values[i + 1].start)
                                      or _told_then_changed(text, value, values[i + 1])
                                      or _past_then_turn(text, value, values[i + 1])
                                      or _RISING_TO.match(text, value.end, values[i + 1].start)
                                      or (_A_YEARS_FIGURE.search(lead) and _TURN.search(text, value.end, values[i + 1].start))):
            previous = value  # "passe de 6 à 12 mois", "6 mois → 12 mois": the first of the two is the old one
        else:
            current.append(value)
    if past and not current and previous is not None:
        return [previous], None
    return current, previous


_OTHERS_FIGURE = re.compile(r"\s*(?:mois|months?|ans?|years?)?\s*(?:pour|for|in|dans)\s+(?:les|the)\s+"
                            r"(?:autres|other|older|anciennes|existing)\s+(?:catégories|categories)\b", re.IGNORECASE)
# a value inside a bracket that tells the past: "0 points now (formerly +50, or +200 …)", "(auparavant 6 ou 12 mois)"
_IN_PREVIOUS_BRACKET = re.compile(r"\((?:previously|formerly|was|were|auparavant|anciennement|avant)\b[^()]*$", re.IGNORECASE)


def _told_then_changed(text: str, value: S, after: S) -> bool:
    """"il en fallait 6 ; on l'a porté à 12 mois": a value told in the past, then the one it was
    changed to."""
    changed = CHANGED_TO.search(text, max(value.end, after.start - 40), after.end)
    return changed is not None and changed.start() < after.start and HISTORY.found(text[: changed.start()])


# "Six months used to be enough; since 2026 …": a past told of the first value, then a turn to today before the next
_TURN = re.compile(r";|\b(?:but|mais|(?:while|whereas|tandis\s+que|alors\s+que)\s+(?:the|today|now|it|le|la|les|l['’]|aujourd['’]hui|désormais)|now|maintenant|désormais|today|aujourd['’]hui|since|depuis|actuel(?:le)?s?|current)\b", re.IGNORECASE)


# a figure named by its year, then the one of today: "agents still cite the 2023 amount of $13,757; the current one is …"
_A_YEARS_FIGURE = re.compile(r"\b(?:the|le|la|l['’])\s*(?:(?:19|20)\d\d\s+(?:figure|amount|number|threshold)|(?:montant|chiffre|seuil)\s+de\s+"
                             r"(?:19|20)\d\d)\s+(?:of|de|d['’])\s*\S*\s*$", re.IGNORECASE)


def _past_then_turn(text: str, value: S, after: S) -> bool:
    """The first value's clause tells a past ("Il fallait 6 mois", "Six months used to be enough"), then the sentence
    turns to today ("mais désormais", "; since 2026") before the next value."""
    clause = max(text.rfind(";", 0, value.start), text.rfind(". ", 0, value.start)) + 1
    end = text.find(";", value.end, after.start)  # (the value's own clause: "12 months …; until now, six" tells the six's past)
    told = HISTORY.pattern.search(lowered(text), clause, end if end != -1 else after.start)
    return told is not None and _TURN.search(text, max(value.end, told.end()), after.start) is not None


_BARE_PREVIOUS = re.compile(
    rf"(?:contre|au\s+lieu\s+de|up\s+from|down\s+from|instead\s+of|rather\s+than|"
    # "where it used to be six", "c'était six"
    rf"used\s+to\s+be|it\s+was|c['’]était|qui\s+était\s+de|il\s+en\s+(?:suffisait|fallait)(?:\s+de)?|"
    rf"\((?:was|previously|formerly|avant|auparavant|anciennement|before|until|jusqu['’]en)"
    rf"(?:\s+(?:19|20)\d\d)?\s*:?|"
    rf"(?<=,\s)(?:not|pas|et\s+non|and\s+not))"
    rf"\s+(?!(?:19|20)\d\d\b)(?P<num>{NUMBER})\b(?!\s*(?:%|\$))|"  # "12 months (was 6)"; not a year: "(avant 2026 : 6 mois)"
    # "passe de 6 à 12 mois", "from 6 to 12 months": the unit is written once, after the new value
    rf"\b(?:pass\w*|augment\w*|increas\w*|rais\w*|chang\w*|goes|going|went|diminu\w*|réduit\w*|decreas\w*|lower\w*|"
    rf"rose|rises?|rising|risen|climbed|jumped|grew|fell|dropped|grimpée?|montée?)"
    rf"\s+(?:de|from)\s+(?P<from>{NUMBER})\s+(?:à|to)\s|"
    # the old number said enough: "… where six used to be enough", "alors que six suffisaient"
    rf"\b(?:where|when|whereas|while|alors\s+que|quand)\s+(?:only\s+|just\s+|seulement\s+)?(?P<enough>{NUMBER})\s+"
    rf"(?:used\s+to\s+be|were|was)\s+enough\b|\b(?:alors\s+que|quand)\s+(?:seulement\s+)?(?P<suffisaient>{NUMBER})\s+suffisai(?:en)?t\b",
    re.IGNORECASE,
)
_BARE_PREVIOUS_LOW = Folded(_BARE_PREVIOUS)  # on the lowercased text: number words under IGNORECASE are slow
# (in a correction, "not 3" is the figure put right, not the rule's old value: "Erratum: it's 2 years, not 3")
_NOT_A_FIGURE = re.compile(r"(?:not|pas|et\s+non|and\s+not)\s", re.IGNORECASE)
_CORRECTION_LABEL = re.compile(r"\b(?:correction|rectificatif|erratum|errata|mise\s+au\s+point|corrigé|corrected|correcting)\b",
                               re.IGNORECASE)


def bare_previous(text: str, language: str, correcting: bool = False, claimed: str = "") -> float | None:
    """"12 mois … au lieu de six", "passe de 6 à 12 mois": an old value written without its unit (the current value's);
    in a sentence ``correcting`` a claim, "not two" is the claim's figure, not an old value; so is a "not one year"
    repeating a figure ``claimed`` above ("On m'a dit que six mois de travail suffisaient" / "… un an …, pas six mois.")."""
    m = next((m for m in _BARE_PREVIOUS_LOW.finditer(text, text.lower())
              if not _OTHERS_FIGURE.match(text, m.end("num") if m.group("num") else m.end())
              and not (_NOT_A_FIGURE.match(text, m.start()) and (correcting or _CORRECTION_LABEL.search(text, 0, m.start())
                                                                 or _figure_claimed(m.group("num"), claimed)))), None)
    return parse_number(m.group("num") or m.group("from") or m.group("enough") or m.group("suffisaient"), language) if m else None


def _figure_claimed(figure: str | None, claimed: str) -> bool:
    """The figure, with a unit of time after it, is said in the ``claimed`` text."""
    return bool(figure and claimed) and re.search(rf"(?<!\w){re.escape(figure.lower())}\s+(?:ans?|années?|mois|years?|months?)\b",
                                                   claimed.lower()) is not None


# A sentence of its own telling only the number a rule was: "Before that, it was six.", "Avant cela, il en fallait six."
_PAST_NUMBER_ALONE = re.compile(
    rf"^\W*(?:[\w'’]+,?\s+){{0,4}}?(?:it\s+was|c['’]était|il\s+en\s+(?:fallait|suffisait(?:\s+de)?)|on\s+en\s+(?:exigeait|demandait)|"
    rf"(?:it\s+)?used\s+to\s+be)\s+(?:only\s+|just\s+|seulement\s+)?(?P<num>{NUMBER})\W*$",
    re.IGNORECASE,
)


# an amount called the old one, whose rule the sentence next to it tells: "@dan $14,690 was last year's figure.",
# "14 690 $, c'était le montant de 2024."
_PAST_AMOUNT_ALONE = re.compile(
    # (after a denial of the claim above: "Non, 18 288 $, c'était l'ancien montant.")
    r"^\W*(?:@\S+\s+)?(?:(?:no|non|nope)\s*[,!.]?\s*)?(?:(?:ca)?\$\s?|cad\s?)?(?P<num>\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+)\s*(?:\$\s?(?:ca\b)?|cad\b)?,?\s*"
    r"(?:was|c['’]était|était)\s+(?:(?:(?:the|le|la|l['’])\s*)?(?:(?:old|previous|former|earlier|\d{4}|last\s+year['’]s|ancien|précédent)\s+)?"
    r"(?:figure|amount|number|montant|chiffre)\b(?:\s+(?:de|of|in)\s+\d{4})?|"
    # or its year: "18,288 was last year.", "c'était l'an dernier"
    r"last\s+year|in\s+\d{4}|l['’]an\s+(?:dernier|passé)|en\s+\d{4})\W*$",
    re.IGNORECASE,
)


def past_number_alone(text: str, language: str) -> float | None:
    """The number of a short sentence that tells only what a rule's value was, without its unit or its rule."""
    m = _PAST_NUMBER_ALONE.match(text) if len(text) <= 60 else None
    return parse_number(m.group("num"), language) if m else None


def past_amount_alone(text: str, language: str) -> float | None:
    """The amount of a short sentence that calls it the old one ("$14,690 was last year's figure.", "18,288 was last
    year.")."""
    if (stamp := STAMPED_AUTHOR.match(text)) is not None:
        text = text[stamp.end() :]  # (a chat message's stamp and author first: "[09:33] Camille R. : …")
    m = _PAST_AMOUNT_ALONE.match(text) if len(text) <= 60 else None
    return parse_number(m.group("num"), language) if m else None


# "qui n'ont plus à être consécutifs", "no longer has to be continuous": continuity dropped, not the rule.
_CONTINUITY_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:consécuti|continu|continuous|consecutive|in\s+a\s+row|in\s+one\s+(?:stretch|go|block)|"
                               r"se\s+suivre|à\s+la\s+suite|follow\s+(?:each\s+other|one\s+another)|"
                               r"d['’]affilée|sans\s+interruption|d['’]un\s+seul\s+tenant)", re.IGNORECASE)


# A removal denied: "rien n'a été aboli", "n'ont pas été supprimés", "nothing was scrapped", "hasn't been removed"
_DENIED_BEFORE = re.compile(
    r"(?:\brien\s+n['’]\s?(?:a|ont|est|sera)(?:\s+été)?|\bn['’]\s?(?:a|ont|est|sera)\s+(?:pas|jamais)(?:\s+été)?|"
    r"\bne\s+(?:sont|sera|seront|fut|furent)\s+(?:pas|jamais)|\baucune?\s+[\w-]+\s+n['’]\s?(?:a|ont)\s+été|"
    r"\bnothing\s+(?:has\s+been|was|is|will\s+be|got)|\bnone\s+(?:of\s+\w+\s+)?(?:has\s+been|have\s+been|was|were)|"
    r"\b(?:was|were|has|have|is|are|will)\s+(?:not|never)(?:\s+be(?:en)?)?|"
    r"\b(?:wasn|weren|hasn|haven|isn|aren|won)['’]t(?:\s+be(?:en)?)?)\s+$")


def states_removal(text: str) -> bool:
    """A rule stated as gone; a removal whose object is the rule's continuity, or a removal denied ("rien n'a été
    aboli : être désigné … vaut encore 600 points"), is not one."""
    if not REMOVED.found(text):
        return False
    low = text.lower()
    return any(not _CONTINUITY_AFTER.match(low, m.end()) and not _DENIED_BEFORE.search(low, max(0, m.start() - 30), m.start())
               and not _something_else_ends(low, m) for m in REMOVED.pattern.finditer(low))


# an end that is not the rule's: a person's eligibility ("…, qui cumule neuf mois, n'est plus admissible"), an old
# figure replaced ("the former amount of $14,690 no longer applies"), a category's own relative clause ("…, and the
# transport category, since ended")
_ELIGIBLE_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:admissibles?|eligible|qualif)")
# the old figure or table, named so or by its year: "the former amount", "the 2024 figure of … for a single applicant",
# "l'ancien barème", "le barème de 2024"
OLD_FIGURE_NAMED = (r"\b(?:l['’]\s?ancien(?:ne)?|le\s+précédent|la\s+précédente|the\s+(?:old|former|previous|(?:19|20)\d\d))\s+"
                    r"(?:montant|seuil|chiffre|barème|tableau|grille|minimum|niveau|amount|figure|threshold|level|table|chart|grid)s?\b|"
                    r"\b(?:le|la|les)\s+(?:montants?|seuils?|chiffres?|barème|tableau|grille)\s+(?:de|d['’])\s*(?:19|20)\d\d\b")
_OLD_FIGURE_BEFORE = re.compile(rf"(?:{OLD_FIGURE_NAMED})[^.;]{{0,90}}$")
_CATEGORYS_OWN = re.compile(r"\b(?:category|catégorie)\s*,\s*(?:which|that|qui)\s+$")
# …or named after the verb as the old figure ("we no longer use the old threshold of 6 months", "on n'applique plus
# l'ancien seuil de six mois"): the figure was replaced, the rule stands
_OLD_FIGURE_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:l['’]\s?ancien(?:ne)?|le\s+précédent|la\s+précédente|"
                               r"the\s+(?:old|former|previous|earlier))\s+(?:montant|seuil|chiffre|barème|minimum|niveau|"
                               r"amount|figure|threshold|level)s?\s+(?:of|de\b|d['’])")


def _something_else_ends(low: str, m: re.Match[str]) -> bool:
    before = low[max(0, m.start() - 120) : m.start()]
    return bool(_ELIGIBLE_AFTER.match(low, m.end()) or _OLD_FIGURE_AFTER.match(low, m.end()) or
                _OLD_FIGURE_BEFORE.search(before) or _CATEGORYS_OWN.search(before))


# Where one clause of a sentence ends and another begins: a removal, like a negation, speaks only of its own
# clause ("Those months need not be in a row any more, but they must still fall within 3 years").
CLAUSE_BREAK = re.compile(
    r";|,?\s+(?:mais|tandis\s+que|alors\s+que|en\s+revanche|par\s+contre|cependant|toutefois|but|while|whereas|however|yet|"
    r"even\s+though|although|même\s+si|bien\s+que)\b",
    re.IGNORECASE,
)


def clause_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the clause of ``text`` holding position ``at`` starts and ends."""
    start = 0
    for m in CLAUSE_BREAK.finditer(text):
        if m.start() >= at:
            return start, m.start()
        start = m.end()
    return start, len(text)


def clause_around(text: str, at: int) -> str:
    """The clause of ``text`` holding position ``at``."""
    start, end = clause_bounds(text, at)
    return text[start:end]


# A clause joined by "and" with a subject of its own: "a nomination still earns 600, and the offer earns nothing now".
# (and a consequence: "the bar was six months, so some people are no longer eligible")
# (or a bracket closed before it: "the launch rules (half a year of work) and the bonus since dropped")
_COORDINATED = re.compile(r"[,)]\s+(?:et|and)\s+(?=(?:l['’]|les?\s|la\s|the\s|an?\s|une?\s|ses\s|its\s|their\s|leurs?\s))|"
                          r",\s+(?:so|donc)\s+(?!(?:that|que)\b)|"
                          # what holds instead, after a colon: "… no longer give 50 points: only a nomination gives 600"
                          r"[:—–]\s+(?=(?:only|now|today|instead|but|seule?s?|seulement|désormais|aujourd['’]hui|mais)\b)",
                          re.IGNORECASE)


def coordinated_clauses(text: str) -> list[str]:
    """The parts of ``text`` joined by ", and" with a subject of their own ("…, perhaps, and the nomination brings …")."""
    out, start = [], 0
    for m in _COORDINATED.finditer(text):
        out.append(text[start : m.start()])
        start = m.end()
    return [*out, text[start:]]


def own_clauses(text: str) -> list[str]:
    """The clauses of ``text``, a clause joined by "and" with its own subject counted apart."""
    out, start = [], 0
    for m in sorted([*CLAUSE_BREAK.finditer(text), *_COORDINATED.finditer(text)], key=lambda m: m.start()):
        if m.start() >= start:
            out.append(text[start : m.start()])
            start = m.end()
    return [*out, text[start:]]


def own_clause_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the clause holding position ``at`` starts and ends, a clause joined by "and" with its own subject counted
    apart: what a removal or a factor named in one speaks of."""
    clause_start, end = clause_bounds(text, at)
    start = clause_start
    for m in _COORDINATED.finditer(text, clause_start, end):
        if m.start() >= at:
            return start, m.start()
        start = m.end()
    return start, end


def own_clause(text: str, at: int) -> str:
    start, end = own_clause_bounds(text, at)
    return text[start:end]


def stated_change(value: object, previous: object, removed: bool = False) -> str | None:
    """The stated-change marker of a record: removed, raised, lowered, changed or None."""
    if previous is None or previous == value:
        return "removed" if removed else None
    if isinstance(value, (int, float)) and isinstance(previous, (int, float)):
        return "raised" if value > previous else "lowered"
    return "changed"
