"""Work-experience requirements: the minimum (months), the window (years) and hours of work.

"un an minimum … contre 6 mois auparavant" -> work_experience_min >= 12 months, previously 6.
"1 560 heures" -> work_hours_min >= 1560 hours and, at 30 h a week, work_experience_min 12 months.
Processing times, past rules told as history and conditionals are not requirements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rulewatch.schemas import Qualifiers, Requirement

from .changes import bare_previous, clause_bounds, split_previous
from .lexicon.criteria import FACTOR_MAX, HOURS_PER_WEEK, HOURS_PER_YEAR_OF_WORK, HOURS_UNIT
from .lexicon.cues import HEARSAY, REFERS_BACK, REQUIREMENT_CUE, RULE_NOW
from .lexicon.lowercase import Folded
from .numbers import NUMBER, Duration, as_number, find_durations, parse_number
from .quantities import window_matches
from .lexicon.categories import names_a_category_word
from .statements import DECLARED_BOX, LABEL_VALUE, Statement, is_question, restated_above, was_the_old
from .subjects import replied_question

EXPERIENCE = re.compile(
    r"expérience|experience|\bexp\b|\bxp\b|travaillé|worked|"
    # the months the categories' rule asks for, its work unnamed (rule-model.md: a category's time is time worked): "the
    # former category rule was 6 months", "8 mois selon l'ancienne règle des catégories", "les catégories demandent 12 mois"
    r"\b(?:catégories?|categor(?:y|ies))\s+(?:rule|règle|minimum|requirement|exigence)s?\b[^.;?]{0,40}?\b\d{1,2}\s+(?:mois|months)\b|"
    r"\b\d{1,2}\s+(?:mois|months)\b[^.;?]{0,40}?\b(?:règle\s+des\s+catégories|categor(?:y|ies)\s+rule)\b|"
    # ("Each category requires 12 months now (it was 6 before)", "chaque catégorie exige 12 mois")
    r"\b(?:les\s+catégories|the\s+categories|(?:every|each)\s+category|chaque\s+catégorie)\s+"
    r"(?:demandent|exigent|require|ask\s+for|need|demande|exige|requires|asks\s+for|needs)\b[^.;?]{0,30}?\b\d{1,2}\s+(?:mois|months)\b|"
    # time in a post: "avoir occupé un tel poste pendant un an", "have held such a job for a year"
    # (the time first: "avoir occupé pendant au moins un an un emploi admissible")
    r"\boccupé\s+(?:pendant\s+[^.;,]{1,30}?\s+)?(?:un|ce|cet|le|un\s+tel)\s+(?:\w+\s+)?(?:poste|emploi)\b|\bheld\s+(?:a|an|such\s+a|the|this)\s+(?:\w+\s+)?(?:job|position|role)\b|"
    # a time of work: "a year or more of skilled work", "deux ans de travail qualifié"; its restatement set off between
    # commas or dashes ("a full year — 12 months — of paid work", "un an, soit 12 mois, de travail"), in everyday words too
    # ("deux ans de boulot")
    r"\b(?:months?|years?)(?:\s+or\s+more)?(?:\s*[,–—]\s*[\w ]{1,24}?\s*[,–—])?\s+of\s+(?:\w+\s+){0,2}?work\b|"
    r"\b(?:mois|ans?|années?)(?:\s*[,–—]\s*[\w ]{1,24}?\s*[,–—])?\s+de\s+(?:travail|pratique|boulot|taf)\b|exercé|pratiqué|practi[sc]ed|heures\s+de\s+travail|hours\s+of\s+work|"
    # hours said to be paid or worked: "1 560 heures payées", "1,560 paid hours"
    r"\bheures\s+(?:payées|rémunérées|travaillées)\b|\b(?:paid|worked)\s+hours\b|"
    # time in a trade or an occupation: "douze mois dans le métier", "a year in the trade"
    # or in one job: "12 months in one eligible job", "un an dans un seul emploi admissible", "dans un même métier"
    r"\b(?:mois|ans?|années?|months?|years?)(?:\s+(?:or\s+more|ou\s+plus|complète?s?|entière?s?|pleine?s?))?"
    r"(?:\s+(?:à\s+temps\s+plein|full[- ]time))?\s+(?:dans\s+(?:le|ce|son|votre|la|cette)\s+(?:métier|profession)|"
    r"dans\s+(?:un|une|le\s+même|la\s+même)\s+(?:[\w-]+\s+){0,2}?(?:emploi|profession|métier|poste)(?!\s+réservé)|"
    r"in\s+(?:the|that|your)\s+(?:trade|occupation)|"
    r"in\s+(?:one|a|an|a\s+single|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:trade|occupation|job|position)(?!\s+offer))\b|"
    # the CEC's year of full-time work in hours, named by its figure alone: "Côté CEC, c'est 1 560 heures au minimum"
    r"\b(?:CEC|PEC|expérience\s+canadienne|Canadian\s+Experience)\b[^.;]{0,40}?\b1[\s\u00a0\u202f.,]?560\s*(?:heures|hours|hrs|h)\b|"
    # (the year defined in hours: "Une année, ça représente mille cinq cent soixante heures", "A year means 1,560 hours")
    # (or said to be so many hours: "Et un an, c'est 1 560 heures, pas une de moins")
    r"\b(?:un\s+an|une\s+année|one\s+year|a\s+year)\b[^.;]{0,20}?\b(?:veut\s+dire|signifie|représente|équivaut\s+à|correspond\s+à|"
    r"c['’]est|means|equals|is|comes\s+to|works\s+out\s+to)\s+"
    r"(?:\S+\s+){0,5}?(?:heures|hours)\b|"
    # (or the total the ways of counting a year add up to: "Whichever way you count it, your total must come to at
    # least 1,560 hours")
    r"\btotal\s+(?:must|has\s+to|needs?\s+to|doit|devra)\b[^.;]{0,25}?\b1[\s\u00a0\u202f.,]?560\s*(?:heures|hours|hrs|h)\b|"
    # (the figure first, in a chat's shorthand: "1560 h minimum côté CEC")
    r"\b1[\s\u00a0\u202f.,]?560\s*(?:heures|hours|hrs|h)\b[^.;]{0,30}?\b(?:CEC|PEC|expérience\s+canadienne|Canadian\s+Experience)\b|"
    # the window named by itself: "Période de référence : les 10 dernières années"
    r"période\s+de\s+référence|période\s+prise\s+en\s+compte|fenêtre\s+de\s+référence|reference\s+period|look[- ]back|time\s*frame|"
    r"(?:years?|yr)[- ]window\b|"
    # "Emploi qualifié : 1 an", "la durée d'emploi demandée", "skilled employment: one year"
    r"emploi\s+qualifié|travail\s+qualifié|durée\s+(?:d['’]emploi|de\s+travail)|"
    r"skilled\s+(?:canadian\s+|foreign\s+|paid\s+)?(?:employment|job|work)|\bpaid\s+(?:work|employment)\b|travail\s+rémunéré|"
    # only work experience is counted continuous or not: "12 mois, consécutifs ou non"
    r"\bconsécuti(?:fs|ves)\b|\bcontinu(?:s|es)\b|\bcontinuous\b|\bconsecutive\b|\b(?:months?|mois)\s+in\s+a\s+row\b|\bnot\s+(?:necessarily\s+)?in\s+a\s+row\b|\bback[- ]to[- ]back\b|\bd['’]affilée\b|"
    # a figure, then what it counts: "24 mois — travail à temps plein dans le métier", "2 years: full-time work"
    r"\b(?:mois|ans?|années?|months?|years?)\s*[—–:]\s*(?:de\s+)?(?:travail|work)\b|"
    # "one year of continuous paid work", "une année de travail continu", "12 months of paid employment", "un an d'emploi"
    # (the French unit with French words only: "An offer of employment" is no year)
    r"(?:\b(?:years?|months?)\)?\s+(?:\w+\s+)?of\s+|\b(?:ans?|années?|mois)\)?\s+(?:\w+\s+)?(?:de\s+|d['’]\s?))(?:[\w-]+\s+){0,3}?"
    r"(?:work|travail|boulot|employment|emploi(?!\s+réservé))\b|"
    # a time said full-time, work by its nature: "2 years full time (part time adds up the same way)", "un an à temps plein"
    # (not full-time study, nor a grid's line: "au moins un an à temps plein (10 points)")
    r"\b(?:months?|years?|yrs?)\s+(?:of\s+)?full[- ]time\b(?!\s+(?:stud|educat|school|program|course)|\s*\(\s*\d+\s*(?:points?|pts))|"
    r"\b(?:mois|ans?|années?)\s+à\s+temps\s+plein\b(?!\s+(?:d['’]\s?études|aux\s+études|de\s+formation)|\s*\(\s*\d+\s*(?:points?|pts))|"
    # the English genitive: "12 months' paid work", "a year's full-time employment"
    r"\b(?:years?|months?)['’]s?\s+(?:[\w-]+\s+){0,3}?(?:work|employment)\b|"
    # a span inside a look-back window, time worked by its form alone: "deux ans sur les cinq dernières années", "two
    # years out of the last five"
    r"\b(?:mois|ans|années|months|years)\s+(?:dans\s+les|sur\s+les|au\s+cours\s+des|within\s+the|in\s+the|out\s+of\s+the)\s+"
    r"(?:\d{1,2}|deux|trois|cinq|dix|two|three|five|ten)\s+(?:dernières\s+années|last\s+years|past\s+years|years\s+before)\b",
    re.IGNORECASE,
)
MINIMUM_BEFORE = re.compile(r"(?:minimum\s+(?:de\s+|d['’]\s?|of\s+)?|au\s+moins\s+(?:de\s+|d['’]\s?)?|at\s+least\s+)$", re.IGNORECASE)
_MINIMUM_AFTER = re.compile(r"(?:\s+(?:of\s+)?(?:canadian\s+|skilled\s+|work\s+)*(?:experience\s+|work\s+)?)?\s*"
                            r"(?:minimum|requirement|threshold|floor|bar)\b", re.IGNORECASE)
# "2 à 3 ans d'expérience donnent 11 points": a line of a points grid, not a minimum.
POINTS_GRID = re.compile(
    r"\b(?:donne\w*|vaut|valent|rapporte\w*|worth|gives?|earns?|obtien\w*|get)\s+(?:\w+\s+){0,2}?\d{1,3}\s+points?\b|"
    # ("1 an : 9 points", "Six ans ou plus d'expérience : 15 points"; not a count of requirements before the colon:
    # "PTQF, deux exigences : 67 points sur la grille, puis un an de travail")
    r"\d{1,3}\s+points?\s+(?:pour|for|par|per)\b|\b(?:ans?|années?|years?|mois|months?)\b[^:;.]{0,40}:\s*\d{1,3}\s*points?\b|"
    # "quinze points au maximum, que vous obtenez avec six ans d'expérience"
    r"\bpoints?\b[^.;]{0,40}\b(?:avec|with|à\s+partir\s+de|dès|from)\s+(?:\S+\s+){0,2}?(?:ans|années|years?|mois|months?)\b",
    re.IGNORECASE)
HOURS = Folded(re.compile(rf"(?P<num>{NUMBER})\s*{HOURS_UNIT}", re.IGNORECASE))  # "1 560 heures", "mille cinq cent soixante heures"
CONTINUOUS = re.compile(r"\bcontinue?s?\b|\bcontinus\b|\bcontinuous(?:ly)?\b|\bconsécuti(?:f|fs|ve|ves)\b|\bconsecutive\b|"
                        r"\bwithout\s+(?:a\s+)?(?:break|stopping|a\s+gap)\b|\bsans\s+(?:interruption|arrêt|(?:vous\s+)?arrêter)\b",
                        re.IGNORECASE)
# A negation or a removal before the continuity word in its clause: "pas nécessairement continue", "non continue",
# "n'ont plus besoin d'être consécutifs", "no longer has to be continuous", "need not be continuous"; or after it:
# "continue ou non".
NOT_CONTINUOUS = re.compile(
    r"(?:\bpas\b|\bne\s+\S+\s+plus\b|n['’]\s?\S+\s+plus\b|\bnon\b|\bnot\b|n['’]t\b|\bno\s+longer\b)[^.;]{0,40}$",
    re.IGNORECASE)
CONTINUOUS_OR_NOT = re.compile(r"\s*(?:ou\s+non|or\s+not)\b", re.IGNORECASE)


def continuity(text: str) -> bool | None:
    """Whether the experience must be continuous: said with a continuity word, unless negated in its clause."""
    m = CONTINUOUS.search(text)
    if m is None:
        return None
    clause_start, _ = clause_bounds(text, m.start())
    lead = text[max(clause_start, m.start() - 60) : m.start()]
    return not (NOT_CONTINUOUS.search(lead) or CONTINUOUS_OR_NOT.match(text, m.end()))


FULL_TIME = re.compile(r"temps\s+plein|plein\s+temps|full[- ]time", re.IGNORECASE)


@dataclass(frozen=True)
class Hours:
    hours: float
    start: int
    end: int


# hours as a line's label: "Heures travaillées : 1 560 au minimum", "Total hours = 1,560"
_HOURS_LABEL = re.compile(rf"^\s*(?:[-•*]\s*)?(?:total\s+)?(?:hours(?:\s+(?:of\s+work|worked))?|heures(?:\s+(?:de\s+travail|travaillées))?|"
                          # (the year told in hours: "Heures : l'équivalent de 1 560 heures")
                          rf"nombre\s+d['’]heures)\s*(?::|=|–|—)\s*(?:(?:at\s+least|minimum|au\s+moins|l['’]\s?équivalent\s+de|"
                          rf"the\s+equivalent\s+of|equivalent\s+to)\s+)?(?P<num>{NUMBER})\b",
                          re.IGNORECASE)


def find_hours(text: str, language: str) -> list[Hours]:
    """Totals of hours of work ("1 560 heures", "Hours: 1,560"), not weekly hours ("30 heures par semaine")."""
    out = []
    if (label := _HOURS_LABEL.match(text)) and not HOURS_PER_WEEK.match(text[label.end() :].lstrip()):
        value = parse_number(label.group("num"), language)
        if value is not None and value >= 100:
            return [Hours(value, label.start("num"), label.end("num"))]
    for m in HOURS.finditer(text, text.lower()):
        if HOURS_PER_WEEK.match(text[m.end() : m.end() + 20].lstrip()):
            continue
        value = parse_number(m.group("num"), language)
        if value is not None and value >= 100:
            out.append(Hours(value, m.start(), m.end()))
    return out


# Totals of hours need only a word of work near them: "or the same in part-time work, 1,560 hours in all".
WORK = re.compile(r"\bwork\b|\btravail\b|\bboulot\b|(?<!offre\sd['’])\bemploi\b|\bjob\b(?!\s+offer)|temps\s+(?:plein|partiel)|(?:full|part)[- ]time", re.IGNORECASE)


_POINTS_COLUMN = re.compile(r"\bpoints?\b", re.IGNORECASE)
_POINTS_WORD = re.compile(r"\b(?:points?|pts?)\b", re.IGNORECASE)


def _points_row(st: Statement) -> bool:
    """"| 1 an | 9 |" under "| Expérience | Points |": a grid's points for a duration, not a minimum."""
    if not st.is_table_row:
        return False
    header = st.ctx.table_header(st.sentence) or ""
    # (only the rows above its separator: "| FSW | 1 year … | 67 points out of 100 |" above is a row, not a header)
    return _POINTS_COLUMN.search(header[: header.rfind("\n|---")] if "\n|---" in header else header) is not None


def _window_of_section(st: Statement) -> bool:
    """"Ces heures doivent avoir été faites au cours des 36 derniers mois" under a heading about experience: the
    sentence refers back to the section's subject matter, not only to the sentence before."""
    if not REFERS_BACK.found(st.text) or (heading := st.ctx.heading_before(st.sentence)) is None:
        return False
    return EXPERIENCE.search(heading.text) is not None and bool(window_matches(st.text))


def _window_item(st: Statement) -> bool:
    """"- sur les trois dernières années." right under "- au moins douze mois de travail …" in the same list, or
    "| Window | last 3 years |" under "| Experience needed | 12 months |" in the same table: the window of the
    experience the line above states."""
    ctx, sentence = st.ctx, st.sentence
    if (i := ctx.index(sentence)) == 0:
        return False
    above = ctx.sentences[i - 1]
    same_list = ctx.is_list_item(sentence) and ctx.is_list_item(above)
    same_table = sentence.text.startswith("|") and above.text.startswith("|") and ctx.table_top(sentence) == ctx.table_top(above)
    # ("Fenêtre : les cinq années qui précèdent le dépôt" on the line under "Expérience exigée : 24 mois …", in a fact sheet)
    # (an indented fact sheet's lines too: "  Counted over ...... the last 5 years")
    label_lines = not ctx.text[sentence.line_start : sentence.start].strip() and not ctx.text[above.line_start : above.start].strip() and \
        bool(LABEL_VALUE.match(sentence.text)) and bool(LABEL_VALUE.match(above.text))
    boxes = DECLARED_BOX.match(sentence.text) is not None and DECLARED_BOX.match(above.text) is not None  # a form's
    return (same_list or same_table or label_lines or boxes) and EXPERIENCE.search(above.text) is not None and \
        bool(window_matches(st.text))


def _window_of_the_rule_above(st: Statement) -> bool:
    """"This work is in the last 10 years." right after "You have worked a skilled job for a year or more.": the window,
    told in plain words, of the experience the rule above demands; it needs no cue of its own."""
    if not (window_matches(st.text) and (REFERS_BACK.found(st.text) or _OPENS_ON_WINDOW.match(st.text))):
        return False
    # (the rule just above, or the one its restatement in other units restates: "work ≥ 1 yr → i.e. 1,560 h → within
    # the last 3 yrs")
    # (its rule may name the experience only in the question it answers: "… six mois d'expérience, c'est bien ça ?" /
    # "Cette année, c'est douze mois au minimum … Toujours au cours des trois dernières années.")
    asked = replied_question(st.ctx, st.sentence)
    asked_of = asked is not None and EXPERIENCE.search(asked.text) is not None
    return any((EXPERIENCE.search(above.text) or asked_of) and (REQUIREMENT_CUE.found(above.text) or RULE_NOW.found(above.text))
               for above in st.ctx.recent(st.sentence, 2))


# a note's next step that is only the window: "≥ 1 yr → within the last 3 yrs", "≥ 12 mois → dans les cinq ans"
_OPENS_ON_WINDOW = re.compile(r"\W*(?:ds|dans|within|in\s+the\s+(?:last|past)|au\s+cours\s+des|sur\s+les|over\s+the\s+(?:last|past))\b",
                              re.IGNORECASE)


# how long a job offer must last is not experience: "a job offer lasting at least one year", "une offre d'emploi
# d'au moins un an"
_OFFER_LASTING = re.compile(r"(?:job\s+offer|offer\s+of\s+employment|offre\s+d['’]emploi|emploi\s+réservé)[^.;,()]{0,30}$", re.IGNORECASE)


# time away is not time worked: "returns after a year's break", "revenue après un an d'interruption"
_AWAY = re.compile(r"\s*(?:d['’]\s?absence|de\s+pause|d['’]\s?interruption|of\s+absence|off\b|away\b|['’]s\s+(?:absence|break))",
                   re.IGNORECASE)
LONGEST_MINIMUM = 120  # months: no program asks for more than a few years of work; more is an age or a period


def _window_corrected(st: Statement) -> bool:
    """A window given as a correction's right figure ("vers 05:40 je dis « deux ans » pour le PTMSF, c'était une
    erreur : la période qui compte couvre les cinq dernières années"): the claim it puts right was the experience's."""
    return st.text is not st.sentence.text and bool(window_matches(st.text)) and st.ctx.corrected_part(st.sentence) == st.text


FST_MINIMUM, FST_WINDOW = 24, 5  # months, years: the trades program's own experience rule (no category asks as much)


CLAIM_REACH = 4  # sentences above a reply where the claim it denies may stand


def _claims_above(st: Statement) -> str:
    """The questions and hearsay of the few sentences above, whose figures a reply may repeat to deny them (none when
    the reply calls them the old rule: "That is actually the old rule. … twelve months …, not six.")."""
    i = st.ctx.index(st.sentence)
    above = st.ctx.sentences[max(0, i - CLAIM_REACH) : i]  # (a question may be read as its thread's heading)
    if any(was_the_old(s.text) for s in above):
        return ""
    return "\n".join(s.text for s in above if is_question(s.text) or HEARSAY.found(s.text))


def _trades_or_program(subjects: list[str], text: str, minimum: float | None, window: float | None) -> list[str]:
    """Skilled trades asked for two years within five, not said to be the category's ("Pour les métiers spécialisés, il
    faut deux ans … au cours des cinq dernières années"): the trades program's rule, as a level asked of them is
    (``language_levels._language_subjects``)."""
    if subjects in (["program:fsw"], ["express-entry"]) and minimum == FST_MINIMUM and window == FST_WINDOW and \
            _IN_THE_TRADE.search(text):
        return ["program:fst"]  # (two years in the trade within five, below a paragraph that named the FSW first)
    if "category:trades" not in subjects or names_a_category_word(text) or \
            not (minimum == FST_MINIMUM or minimum is None and window == FST_WINDOW):
        return subjects
    return ["program:fst" if s == "category:trades" else s for s in subjects]


_IN_THE_TRADE = re.compile(r"\b(?:in|of)\s+(?:the|your|their|a|one)\s+(?:skilled\s+)?trade\b|\bdans\s+(?:le|son|votre|ton|un)\s+métier\b",
                           re.IGNORECASE)


# a figure told as today's with no unit, after the old one: "now it's 12", "c'est 12 désormais"
_BARE_NOW = re.compile(r"\b(?:it['’]s|it\s+is|c['’]est)\s+(?P<num>\d{1,2})\s+(?:now|today|maintenant|désormais)\b|"
                       r"\b(?:now|maintenant|désormais)\s*,?\s+(?:it['’]s\s+|it\s+is\s+|c['’]est\s+)?(?P<num2>\d{1,2})\b(?!\s*[%$])",
                       re.IGNORECASE)


_SPAN_WORD = re.compile(r"\b(?:mois|months?|ans?|années?|years?)\b", re.IGNORECASE)


def _sums_the_week_above(st: Statement) -> bool:
    """Hours that restate the full-time week told just above as a year's ("Full-time work means 30 hours or more each
    week. In a year, that …")."""
    return (week := restated_above(st.ctx, st.sentence, st.text)) is not None and HOURS_PER_WEEK.search(week.text) is not None


def from_statement(st: Statement) -> list[Requirement]:
    text, language = st.text, st.ctx.language
    found_hours = find_hours(text, language)
    # (hours of a continuous year are work's: "c'est une année continue — mille cinq cent soixante heures en tout"; so are
    # hours counted by the week, in a sentence giving no span of time: "ça fait 1 560 heures, à trente heures par semaine")
    if not (st.speaks_of(EXPERIENCE) or st.continues(EXPERIENCE) or
            (found_hours and (st.speaks_of(WORK) or _HOURS_LABEL.match(text) or CONTINUOUS.search(text) or
                             (HOURS_PER_WEEK.search(text) and not _SPAN_WORD.search(text)) or _sums_the_week_above(st)))
            or _window_of_section(st) or _window_item(st) or _window_corrected(st)) or POINTS_GRID.search(text) or _points_row(st):
        return []
    hours, previous_hours = split_previous(text, found_hours, st.past)
    if not (st.is_rule or hours or _window_of_the_rule_above(st)):
        return []
    window_match = next(iter(window_matches(text)), None)
    window, window_at = None, len(text)
    if window_match is not None:
        group = next(g for g in ("num", "after", "mid", "span2", "most", "age", "age2", "ref", "label", "elided", "first", "noun", "span", "paren",
                                 "within", "decade") if window_match.group(g))
        window = 10 if group == "decade" else parse_number(window_match.group(group), language)
        window_at = window_match.start(group)
    if window is not None and any(window_match.group("months", "months2", "months3")):  # "36 derniers mois": years
        window /= 12
    # the window's own duration is not a minimum (in "12 months within 3 years" the match starts at "months")
    # (a level of a factor's points told in brackets, "Experience: max 15 points (six years or more gets you all 15)")
    about_points = _POINTS_WORD.search(text) is not None and FACTOR_MAX.found(text)
    durations = [d for d in find_durations(text, language)
                 if not (window_match and window_at - 2 <= d.start < window_match.end())
                 and not _OFFER_LASTING.search(text, max(0, d.start - 40), d.start) and not _AWAY.match(text, d.end)
                 and not (about_points and text.rfind("(", 0, d.start) > text.rfind(")", 0, d.start))]
    current, previous = split_previous(text, durations, st.past)
    if not current and previous is not None and (now := _BARE_NOW.search(text, previous.end)) is not None:
        # "6 months was the former category rule; now it's 12": today's figure in the old one's unit
        figure = parse_number(now.group("num") or now.group("num2"), language)
        current = [Duration(figure * previous.unit_months, now.start(), now.end(), now.group(0), previous.unit_months)] if figure else []
    # "a une année et demie d'expérience : il dépasse le minimum d'un an": the value the cue names wins
    # ("With 19 months in Canada, Amaru already met the one-year Canadian experience minimum": the figure the
    # minimum follows)
    current.sort(key=lambda d: not (MINIMUM_BEFORE.search(text[max(0, d.start - 24) : d.start])
                                    or _MINIMUM_AFTER.match(text, d.end)))
    current = [d for d in current if d.months <= LONGEST_MINIMUM]  # "de 18 à 30 ans" is an age, not experience
    minimum = current[0].months if current else (hours[0].hours * 12 / HOURS_PER_YEAR_OF_WORK if hours else None)
    if previous is None and previous_hours is not None:
        previous_months = previous_hours.hours * 12 / HOURS_PER_YEAR_OF_WORK
    elif previous is None and current and (bare := bare_previous(text, language, st.ctx.corrects_the_claim(st.sentence),
                                                                 _claims_above(st))) is not None:
        previous_months = bare * current[0].unit_months
    else:
        previous_months = previous.months if previous else None
    if minimum is None and window is None and not hours:
        return []
    if st.is_history and (previous_months is None or not (current or hours)):
        return []  # "En 2023, il fallait 6 mois", "the minimum was six straight months, earned over …": history
    continuous = continuity(text)
    full_time = True if FULL_TIME.search(text) else None
    out: list[Requirement] = []
    for subject in _trades_or_program(st.subjects, text, minimum, window):
        if minimum is not None:
            qualifiers = Qualifiers(
                within_years=as_number(window) if window and float(window).is_integer() else None,  # type: ignore[arg-type]
                continuous=continuous,
                full_time=full_time,
            )
            out.append(st.requirement(subject, "work_experience_min", as_number(minimum), operator=">=",
                                      qualifiers=qualifiers, previous=previous_months,
                                      at=current[0].start if current else (hours[0].start if hours else None)))
        if hours:
            out.append(st.requirement(subject, "work_hours_min", as_number(hours[0].hours), operator=">=",
                                      previous=previous_hours.hours if previous_hours else None, at=hours[0].start))
        if window:
            # "within the last 5 years, instead of 3 years previously": with no minimum, the old value is the window's
            window_before = previous.months / 12 if previous and minimum is None and previous.unit_months == 12 else None
            out.append(st.requirement(subject, "work_experience_window", as_number(window), operator="<=",
                                      previous=as_number(window_before) if window_before else None, at=window_match.start()))
    return out
