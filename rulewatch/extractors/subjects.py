"""Which program or category a requirement belongs to: the sentence, then its heading, then the page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from .categories import (BRACKETED, OCCUPATION_GROUP_LINE, category_row, find_mentions, joined_short_names, names_fst, never_a_category,
                         without_job_groups)
from .lexicon.categories import (CATEGORY_LIST, CATEGORY_LIST_WORD, ENUMERABLE_CATEGORIES, GROUP_AS_SUBJECT, OCCUPATION_CLASS, ONES_TRADE, SHORT_NAME_PATTERNS, SHORT_NAMES,
                                 TARGETED_DRAWS, names_a_category_word)

SHORT_UNION = "|".join(SHORT_NAME_PATTERNS.values())
from .context import SPEAKER_TURN, TextContext, is_rule_line
from .lexicon.cues import (EACH_OF_THEM, HISTORY, NOW, ONE_MORE_CONDITION, REFERS_BACK, REMOVED, REQUIREMENT_CUE, SUBJECT_REFERS_BACK,
                           FOR_ENTRY_THERE, THE_CATEGORY_ALONE, THE_PROGRAM_AS_SUBJECT, THIS_CATEGORY, THIS_DRAW, THIS_PROGRAM)
from .lexicon.programs import SHORT_PROGRAM_LABEL
from .lexicon.heads import EXPERIENCE_HEADS, LANGUAGE_HEADS, SKILL_HEADS
from .lexicon.criteria import FUNDS_CONTEXT
from .programs import program_names
from .lexicon.literals import contains_any
from .numbers import find_durations, parse_number
from .sentences import Sentence

ALL_CATEGORIES = re.compile(
    r"\b(?:ces|toutes\s+les|chacune\s+des|les|each|all|these|every)\s+(?:catégories|categories|ensembles)\b(?!\s+(?:de\s+la\s+)?(?:FÉER|FEER|TEER|CNP|NOC))|"
    r"(?<!TEER\)\s)(?<!FÉER\)\s)(?<!FÉER\s)(?<!TEER\s)\bcatégories\b(?!\s*:?\s+(?:de\s+la\s+)?(?:FÉER|FEER|TEER|CNP|NOC)|\s+de\s+formation|\s+\d)|"
    r"(?<!TEER\)\s)(?<!TEER\s)\bcategories\b(?!\s*:?\s+(?:FÉER|FEER|TEER|CNP|NOC)|\s+\d)|category-based|fondée\s+sur\s+des\s+catégories|par\s+catégorie|"
    r"\b(?:occupation|profession|job)[- ]based\s+category\b|\boccupational\s+category\b|"
    # the candidates of the category rounds, the system named before: "Express Entry category applicants need …"; their
    # rule: "6 months was the former category rule", "la règle des catégories"
    r"\b(?:express\s+entry|entrée\s+express)\s+category\s+(?:candidates|applicants)\b|"
    r"\bcategory\s+(?:rule|minimum|requirement)s?\b|\brègles?\s+des\s+catégories\b|"
    # the rounds that target them: "targeted rounds now ask for a year", "les rondes ciblées"
    r"\btargeted\s+(?:draws?|rounds?)\b|\b(?:rondes?|tirages?)\s+ciblée?s?\b|"
    r"\b(?:d['’]une|une|chaque|toute|any|each|every|an?|n['’]importe\s+quelle)\s+(?:catégorie|category)\b|"
    r"\b(?:any|each|every|all)\s+(?:occupation|occupational|job|eligible)[- ](?:based\s+)?categor(?:y|ies)\b|"
    r"rondes?\s+(?:liées?|fondées?|ciblées?)\s+(?:à|sur)\s+(?:une|la)\s+profession|"
    # draws kept for some occupations: "les rondes limitées à quelques métiers", "draws open only to certain jobs"
    r"\b(?:rondes?|tirages?|draws?|rounds?)\s+(?:réservée?s?|limitée?s?|ouverte?s?|reserved|limited|open|restricted)\s+"
    r"(?:(?:only\s+)?(?:to|for)|à|aux)\s+(?:certaine?s|quelques|some|certain|particular|specific)\s+"
    r"(?:professions|métiers|occupations|jobs|secteurs|sectors)\b|"
    r"\b(?:rondes?|tirages?|draws?|rounds?)\s+(?:ciblée?s?|targeted)\b(?!\s+(?:at|on|sur|à)\s)|"
    r"(?<!\d{4}\s)\bcategory\s+(?:draws?|rounds?|selection|(?:work\s+)?experience|rules?|requirements?|eligibility|criteria)\b|\b(?:rondes?|tirages?)\s+(?:par|de)\s+catégories?\b|"
    # (a year's, in a sentence rather than a column title: "in 2027 category draws you need …")
    r"\b(?:for|in|during)\s+(?:the\s+)?\d{4}\s+category\s+(?:draws?|rounds?|selection)\b|"
    # the work counted: "work in the category occupation", "une profession de la catégorie, au cours des …"
    r"\b(?:eligible\s+)?category\s+(?:occupations?|jobs?)\b|"
    r"\b(?:professions?|métiers?|emplois?)\s+(?:admissibles?\s+)?de\s+(?:la|sa|votre|leur)\s+catégorie\s*"
    r"(?=[,.;:)]|$|\s+(?:au|aux|dans|pendant|durant|sur|et|ou|visée)\b)",
    re.IGNORECASE,
)

# The FSW's selection grid named as a topic: only that program is scored on it.
FSW_GRID_NAMED = re.compile(
    r"\bgrille\s+(?:de\s+sélection\s+)?(?:des|de|à)\s+(?:67|soixante-sept)\s+points|\b67[- ]point\s+(?:selection\s+)?grid|"
    r"\bgrille\s+de\s+sélection\b|\bselection\s+grid\b|"
    # the grid told by its shape: "its 6-factor grid", "a 100-point grid", "la grille à six facteurs", "grille sur 100"
    r"\b(?:six|6)[- ]factor\s+(?:points\s+)?grid\b|\b100[- ]point\s+grid\b|\bgrille\s+(?:à|de)\s+(?:six|6)\s+facteurs\b|"
    r"\bgrille\s+(?:notée\s+)?sur\s+100\b",
    re.IGNORECASE,
)

# "categories such as trade occupations or healthcare": the named categories are examples of all of them.
CATEGORIES_BY_EXAMPLE = re.compile(
    rf"(?:\b(?:catégories?|categor(?:y|ies))\b|{TARGETED_DRAWS})"  # (or the draws said to target occupations)
    # (the example in brackets too: "For the category draws (like the healthcare one this spring)")
    # (not "comme" or "like" opening a clause of its own: "ne demande pas NCLC 9 comme on le répète", "like I said")
    r"[^.;:()]{0,40}?(?:(?:\(\s*)?\b(?:such\s+as|like(?!\s+(?:i|we|you|they|he|she|many|most|some|people|everyone)\b)|including|whether|"
    r"comme(?!\s+(?:on|je|j['’]|tu|il|elle|nous|vous|ils|elles|certains|beaucoup|plusieurs|partout|prévu|annoncé|indiqué)\b)|"
    r"telles?\s+que|notamment|par\s+exemple)\b|"
    r"\s*[(—–]\s*(?P<listed>[^()—–]{1,80}?,[^()—–]{1,120}?)(?:\betc\b|…|\.\.\.|[)—–]))|"  # an enumeration, with commas
    # any of them: "…, whether the category is one or another", "whatever the category", "quelle que soit la catégorie"
    r"\b(?:whether|whatever|regardless\s+of|no\s+matter)\s+(?:which\s+|the\s+|your\s+)?category\b(?!-)|"
    r"\b(?:quelle\s+que\s+soit|peu\s+importe)\s+(?:la|votre)\s+catégorie\b|\bque\s+la\s+catégorie\s+soit\b|"
    # "dans une catégorie, n'importe laquelle, …", "a category, whichever it is", "in any one of them"
    r"\b(?:une|a|any)\s+(?:catégorie|category)\s*(?:,|\(|—|–)?\s*(?:n['’]importe\s+laquelle|quelle\s+qu['’]elle\s+soit|"
    r"peu\s+importe\s+laquelle|whichever(?:\s+it\s+is)?|any\s+(?:one|of\s+them)|no\s+matter\s+which(?:\s+one)?)\b",
    re.IGNORECASE,
)
_SHORT_NAME = re.compile(rf"\b(?:{SHORT_UNION})\b", re.IGNORECASE)


def _categories_by_example(text: str) -> bool:
    """"les catégories, comme la santé …", "categories (healthcare, trades, …)": every category, some named as
    examples; a bracket that names none is no such list ("Healthcare category: what you need (our summary, March
    2026)")."""
    m = CATEGORIES_BY_EXAMPLE.search(text)
    return m is not None and (m.group("listed") is None or _SHORT_NAME.search(m.group("listed")) is not None)


# "unlike the CEC", "contrairement à la CEC", "sauf pour le PCP": a program named to be set apart from the rule.
SET_APART = re.compile(r"(?:unlike|except(?:\s+for)?|"
                       # a companion named in a relative clause: "l'expérience canadienne (CEC) qui, comme le PTQF, passe par …",
                       # "the CEC, which along with the FSWP is one of …"
                       r"qui\s+(?:est|sont|forme|forment),?\s+(?:avec|comme)|qui,\s+(?:avec|comme)|which,?\s+(?:along\s+|together\s+)?with|"
                       r"which,?\s+like|along\s+with|together\s+with|aux\s+côtés\s+d[eu]|"
                       # compared with: "scores run much lower than in CEC draws", "plus bas que pour le PTQF"
                       r"(?:lower|higher|more|less|fewer|better|worse|bas|hauts?|élevée?s?|faibles?|moins|plus|inférieure?s?|supérieure?s?)"
                       r"\s+(?:\w+\s+){0,2}?(?:than|que|qu['’])\s*(?:in\s+|for\s+|dans\s+|pour\s+)?|but\s+not|rather\s+than|instead\s+of|plutôt\s+qu['’]?|au\s+lieu\s+d['’]?|"
                       r"contrairement\s+(?:à|au|aux)|sauf|à\s+la\s+différence\s+d[eu])\s*(?:the\s+|la\s+|le\s+|l['’]\s?|les\s+|pour\s+(?:la\s+|le\s+|l['’]\s?))?$",
                       re.IGNORECASE)
CONTRASTED_CLAUSE = re.compile(r",?\s+(?:whereas|while|tandis\s+que|alors\s+que)\b", re.IGNORECASE)
# a comparison's second term: "The Canadian Experience Class rules are lighter than the Federal Skilled Worker ones",
# "plus courte que pour le PTQF"
# (or set below or above another's: "… CLB 4 … — far under the CLB 7 asked of Federal Skilled Worker applicants",
# "bien en dessous du …")
_COMPARED_WITH = re.compile(r"\s+than\b|\b(?:plus|moins)\s+(?:\w+\s+){1,2}?que\b|"
                            r"\b(?:well\s+|far\s+|just\s+)?(?:below|above|under)\s+the\b|\b(?:bien\s+)?(?:en\s+(?:dessous|deçà)|au-dessus)\s+d[ue]\b",
                            re.IGNORECASE)
# (or one adding a condition besides: "… in one eligible STEM job, on top of FSW eligibility", "en plus d'être admissible au PTQF")
LATER_CLAUSE = re.compile(r",?\s+(?:mais|but|whereas|while|tandis\s+que|alors\s+que|cependant|however|on\s+top\s+of|"
                          r"in\s+addition\s+to|en\s+plus\s+d['’](?:être|avoir)|en\s+plus\s+de\s+(?:l['’]|la|le))\b", re.IGNORECASE)
# "pour les médecins", "for physicians", "pour la catégorie des métiers": a rule stated for a group named by its
# short name belongs to that group's category.
FOR_GROUP = re.compile(
    rf"\b(?:pour|for|chez|among)\s+(?:les\s+|la\s+|le\s+|l['’]\s?|the\s+)?(?:catégorie\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]\s?)?)?"
    rf"(?P<name>{SHORT_UNION})\b(?!\s+(?:de|des|du|d['’]|qui|ayant|with|who|in|en|au))",
    re.IGNORECASE,
)


LANGUAGE_TEST = re.compile(r"\b(?:TEF|TCF|IELTS|CELPIP|PTE|tests?|examens?|exams?)\b", re.IGNORECASE)
# every category, then one named as an example of them: "for any category, the trades included", "for every
# category (health included)", "pour toute catégorie, y compris la santé", "dans une catégorie (dont celle de l'éducation)"
_EVERY_CATEGORY_INCLUDING = re.compile(
    r"\b(?:any|every|each|all|toute|chaque|toutes\s+les|une|an?)\s+(?:[\w-]+\s+){0,2}?(?:categor(?:y|ies)|catégories?)\b"
    r"(?=[^.;:]{0,40}?(?:\bincluded\b|\bincluding\b|\by\s+compris\b|\bcomprise?s?\b|\binclus(?:es?)?\b|\(\s*dont\b|,\s+dont\b))", re.IGNORECASE)


def without_gone_brackets(text: str) -> str:
    """``text`` with its brackets that name what is gone ("(agriculture: gone since 2025)") blanked, offsets
    kept: what they name is not the sentence's subject, and their removal is not the sentence's."""
    if "(" not in text:
        return text
    return BRACKETED.sub(lambda m: " " * len(m.group()) if REMOVED.found(m.group()) and subjects_in(m.group(1))
                        else m.group(), text)


def _only_in_clauses_without_figures(text: str, named: dict[str, list[tuple[int, str]]]) -> set[str]:
    """Programs named only in a clause with no figure, beside a clause that gives one to a program of its own ("le PTQF
    demande au moins le NCLC 7 … ; pour le PTMSF et la CEC, le niveau dépend …"): the figure is not theirs."""
    if ";" not in text or len(named) < 2:
        return set()
    bounds, at = [], 0
    for clause in text.split(";"):
        bounds.append((at, at + len(clause), _DIGIT.search(clause) is not None))
        at += len(clause) + 1
    def clauses_of(hits: list[tuple[int, str]]) -> set[tuple[int, int, bool]]:
        return {b for b in bounds for start, _ in hits if b[0] <= start < b[1]}
    with_figure = {p for p, hits in named.items() if any(figured for _, _, figured in clauses_of(hits))}
    return set(named) - with_figure if with_figure else set()


_DIGIT = re.compile(r"\d")
# a demand told in a relative clause right after a program's name: "… pas pour la CEC, qui demande 1 560 heures"
_DEMANDING_RELATIVE = re.compile(r",?\s+(?:qui|which|that)\s+(?:exige|demande|requiert|impose|requires|asks\s+for|needs|demands)\b",
                                 re.IGNORECASE)


def _not_the_relatives_owner(text: str, named: dict[str, list[tuple[int, str]]]) -> set[str]:
    """Every program but the one a demanding relative clause follows, when the sentence's figures are all in that clause
    ("Ces années valent pour le PTQF, pas pour la CEC, qui demande 1 560 heures faites au Canada")."""
    if len(named) < 2 or not (relative := _DEMANDING_RELATIVE.search(text)) or _DIGIT.search(text, 0, relative.start()):
        return set()
    owners = {p for p, hits in named.items() if any(0 <= relative.start() - (at + len(name)) <= 2 for at, name in hits)}
    return set(named) - owners if len(owners) == 1 else set()
# the programs one must first qualify under, named before the rule's own clause: "Il doit aussi être admissible à l'un
# des programmes fédéraux (en pratique, souvent la CEC) et cumuler au moins douze mois …", "You must also qualify under
# one of the programs, usually the FSW, and have …"
_PREREQUISITE = re.compile(
    r"\b(?:(?:remplir|satisfaire\s+(?:à|aux)|répondre\s+aux)\s+(?:les\s+)?(?:conditions|critères|exigences)\s+(?:d['’]\s?|de\s+)|"
    r"être\s+admissible\s+à\s+)(?:un|l['’]\s?un)\s+des\s+programmes\b[^.;]{0,120}?"
    r"(?=,?\s+et\s+(?:de\s+)?(?:justifier|avoir|compter|cumuler|accumuler|démontrer|obtenir|posséder|prouver)\b)|"
    r"\b(?:qualify|be\s+eligible)\s+(?:under|for)\s+one\s+of\s+the\s+(?:three\s+)?programs?\b[^.;]{0,120}?"
    r"(?=,?\s+and\s+(?:have|show|prove|hold|get|gain)\b)|"
    # (or the programs themselves: "doivent être admissibles au PTQF, au PTMSF ou à la CEC et justifier …", "be eligible
    # for the FSWP, the FSTP or the CEC and have …")
    # (the obligation, not its purpose: "Pour être admissible au PTQF, il faut …, et obtenir …" names the rule's own program;
    # the list runs from one program's name to the next, nothing else between)
    r"(?<!pour\s)\bêtre\s+admissibles?\s+(?:au|à\s+la|à\s+l['’]\s?|aux)\s(?:[^.;,]|,\s*(?=(?:au|à\s+la|à\s+l['’]|aux|ou)\b)){0,200}?"
    r"(?=,?\s+et\s+(?:de\s+)?(?:justifier|avoir|compter|cumuler|accumuler|démontrer|obtenir|posséder|prouver)\b)|"
    r"(?<!to\s)\b(?:qualify|be\s+eligible)\s+(?:under|for)\s+the\s(?:[^.;,]|,\s*(?=(?:the|or)\b)){0,200}?"
    r"(?=,?\s+and\s+(?:have|show|prove|hold|get|gain)\b)|"
    # (or last, after the rule: "… trois dernières années, et être admissible à l'un des programmes …, le plus souvent le
    # PTQF", "…, and qualify under one of the programs, usually the FSWP")
    r"\bet\s+(?:d['’]\s?)?être\s+admissible\s+à\s+(?:un|l['’]\s?un)\s+des\s+programmes\b[^.;]*|"
    r"\band\s+(?:be\s+eligible|qualify)\s+(?:for|under)\s+one\s+of\s+the\s+(?:three\s+)?(?:express\s+entry\s+)?programs?\b[^.;]*|"
    # (or the programs themselves: "… and must qualify under the FSWP, the FSTP or the CEC", "… et être admissibles au
    # PTQF …")
    r"\band\s+(?:must\s+|also\s+|should\s+)?(?:be\s+eligible|qualify)\s+(?:for|under)\s+the\s[^.;]*|\bet\s+(?:d['’]\s?)?être\s+admissibles?\s+(?:au|à\s+la|à\s+l['’]|aux)\s[^.;]*|"
    # (or the profile a category is entered with: "Pour accéder à cette catégorie, on doit d'abord détenir un profil
    # admissible au titre de l'un des trois programmes fédéraux : …", "To get into this category you first need a valid
    # Express Entry profile under the FSWP, …")
    r"\b(?:catégorie|category)\b[^.;]{0,100}?\bprofile?\b[^.;]{0,60}?(?:\bau\s+titre\s+d|\bunder\b|\bthrough\b)[^.;]*|"
    # ("…, and meet the requirements of the FSWP, the FSTP or the CEC", "… et remplir les conditions du PTQF ou de la CEC")
    r"\band\s+meet\s+(?:all\s+)?the\s+(?:requirements|criteria|conditions)\s+of\s+[^.;]*|"
    r"\bet\s+(?:remplir|satisfaire\s+(?:à|aux)|répondre\s+aux)\s+(?:les\s+)?(?:conditions|critères|exigences)\s+(?:d['’]\s?|de\s+|du\s+|des\s+)[^.;]*",
    re.IGNORECASE)


# a list item saying only which program one must first qualify for
_PREREQUISITE_ITEM = re.compile(r"\W*(?:être\s+admissible\s+à\s+(?:l['’]\s?un|un)\s+des|(?:be\s+eligible|qualify)\s+(?:for|under)\s+one\s+of\s+the)\b",
                                re.IGNORECASE)
# the programs named beside the one a sentence is about: "la CEC, un des programmes d'Entrée express aux côtés du PTQF
# et du PTMSF", "the CEC, which sits alongside the FSWP and the FSTP"
# (or named as the others: "FSW is one of the three, the other ones being the CEC and …", "les autres étant …")
_BESIDE_LIST = re.compile(r"\b(?:alongside|along\s+with|together\s+with|aux\s+côtés\s+d(?:u|e\s+la|es|e)|à\s+côté\s+d(?:u|e\s+la|es|e)|"
                          r"the\s+other\s+(?:ones|two)\s+being|the\s+others\s+being|les\s+(?:deux\s+)?autres\s+étant|"
                          # "…, l'un des trois programmes du système avec la CEC et …", "one of the three programs, with …"
                          r"(?:l['’]un|one)\s+(?:des|of\s+the)\s+(?:deux|trois|two|three)\s+(?:programmes?|programs?)\b[^.;:]{0,60}?,?\s+(?:avec|with))\s+"
                          r"[^.;:]{0,160}", re.IGNORECASE)


# the other program's figure, denied in a clause after the rule: "…, not the 2 years the FSTP wants", "…, et non les deux ans du PTMSF"
# (the article may go: "CLB 7 is FSW, not FST", "…, pas pour les métiers"; not "…, not only FSW but …", nor an answer's
# "Non, pas pour le PTQF : …", whose program is the one it goes on about)
_DENIED_ONES = re.compile(r"(?<!\bno)(?<!\bnon),\s+(?:not|et\s+non|pas)\s+(?!only\b|just\b|seulement\b|uniquement\b)(?:(?:for|pour)\s+)?"
                          r"(?:(?:the|le|la|les|l['’])\s?)?[^,.;:]{0,60}", re.IGNORECASE)


# the programs named as what the system is made of: "… au sein d'Entrée express, qui réunit trois programmes fédéraux :
# …", "Express Entry, which manages the FSWP, the FSTP and the CEC"
_SYSTEMS_PROGRAMS = re.compile(r"\b(?:entrée\s+express|express\s+entry)(?:\s+system)?\s*,?\s+(?:qui\s+(?:regroupe|gère|comprend|englobe|"
                               r"couvre|chapeaute|réunit)|(?:which|that)\s+(?:covers|includes|manages|groups|runs|brings\s+together))\s+[^.;]*",
                               re.IGNORECASE)


def _named_beside(text: str, named: dict[str, list[tuple[int, str]]]) -> set[str]:
    """Programs named only in a list set beside another program the sentence names first: not its subject."""
    if len(named) < 2:
        return set()
    beside = _named_only_within(named, _BESIDE_LIST.finditer(text))
    return beside if beside != set(named) else set()


def _prerequisites(text: str, named: dict[str, list[tuple[int, str]]]) -> set[str]:
    """Programs named only in the clause that says one must first qualify under one of them: not the rule's subject."""
    low = text.lower()
    return _named_only_within(named, _PREREQUISITE.finditer(text)) if contains_any(low, _PREREQUISITE_WORDS) else set()


_PREREQUISITE_WORDS = ("program", "admissib", "eligib", "requirement", "condition", "critère", "exigence", "profil")


def _named_only_within(named: dict[str, list[tuple[int, str]]], found: Iterable[re.Match[str]]) -> set[str]:
    """The programs every mention of which falls inside one of the matches ``found``."""
    spans = [m.span() for m in found]
    return {p for p, hits in named.items() if spans and all(any(s <= at < e for s, e in spans) for at, _ in hits)}


# a program named by its rank in the list before: "le premier", "the former"; "le dernier", "the latter"
_ORDINAL = re.compile(r"\b(?:(?:le\s+premier|la\s+première|(?P<last>le\s+dernier|la\s+dernière))(?=\s+(?:qui|que|est|compte)\b|\s*[,.;])|"
                      # (not the adjective: "the former category rule")
                      r"the\s+(?:former(?!\s+(?:\w+\s+)?(?:rule|minimum|requirement|figure|amount|threshold|value|version|"
                      r"bar|floor|limit)s?\b)|first\s+one)|(?P<last2>the\s+(?:latter|last\s+one)))\b", re.IGNORECASE)


# the program just named, pointed at: "pour celui-là", "for that one"
_THAT_ONE = re.compile(r"\b(?:pour|for|of|de)\s+(?:celui-là|celui-ci|ce\s+dernier|that\s+one|this\s+one|the\s+latter)\b", re.IGNORECASE)


def _all_set_apart(text: str, hits: list[tuple[int, str]], before: re.Pattern[str] = SET_APART) -> bool:
    """Every mention of a program is set apart ("unlike the FSW"; or right after ``before``), a mention inside another
    counted with it ("le Programme des travailleurs qualifiés fédéral" holds "travailleurs qualifiés fédéral")."""
    spans: list[tuple[int, int]] = []
    for at, name in sorted(hits, key=lambda hit: (hit[0], -len(hit[1]))):
        if any(start <= at < end for start, end in spans):
            continue
        if not before.search(text[max(0, at - 30) : at]):
            return False
        spans.append((at, at + len(name)))
    return True


# what a rule is said not to apply to: "(every category other than French-language proficiency)", "sauf la catégorie …";
# or what it is compared with: "…, contre 6 mois pour les autres catégories", "compared with six months in the older
# categories"
_EXCEPTED = re.compile(r"\b(?:except(?:\s+for)?|excluding|other\s+than|sauf|hormis|excepté|"
                       r"à\s+l['’]exception\s+d(?:e\s+la|u|es|e\s+l['’]|e))\s+[^,;:()|]*|"
                       r"\b(?:contre|compared\s+(?:to|with)|versus|as\s+opposed\s+to)\s+[^,;:()|]{0,30}?\b(?:pour|for|in|dans)\s+"
                       r"(?:les|the)\s+(?:anciennes|autres|other|older|earlier|previous|existing)\s+(?:catégories|categories)\b",
                       re.IGNORECASE)


@lru_cache(maxsize=4096)  # headings and titles are asked again for every sentence under them
def subjects_in(text: str) -> list[str]:
    """Subjects named in one piece of text, most specific first; empty when it names none."""
    text = _EXCEPTED.sub("", without_gone_brackets(OCCUPATION_CLASS.sub("TEER", without_job_groups(text))))
    named = program_names(text)
    apart = {p for p, hits in named.items() if _all_set_apart(text, hits)} | _only_in_clauses_without_figures(text, named) | \
        _prerequisites(text, named) | _named_beside(text, named) | _not_the_relatives_owner(text, named) | \
        _named_only_within(named, _DENIED_ONES.finditer(text)) | _named_only_within(named, _SYSTEMS_PROGRAMS.finditer(text))
    if len(named) > 1 and (contrast := CONTRASTED_CLAUSE.search(text) or _COMPARED_WITH.search(text)) is not None:
        first = {p for p, hits in named.items() if any(at < contrast.start() for at, _ in hits)}
        apart |= set(named) - first if first else set()  # "FSW applicants need CLB 7, whereas the CEC's bar …"
    if named and (later := LATER_CLAUSE.search(text)) and all(at > later.start() for hits in named.values() for at, _ in hits) \
            and (categories := _categories_named(text[: later.start()])):
        # "For the trades category a year in the trade will do, but you must still qualify under the FSTP, the FSWP
        # or the CEC": the programs of a later clause are not the rule's subject
        return categories
    if programs := sorted(set(named) - apart):
        return [f"program:{p}" for p in programs]
    if named:
        # "Contrairement au PTQF, le seuil diffère …": the rule is another's, named above, unless the sentence
        # names its category ("the French category …: its draws ask for NCLC 7, lower than in CEC draws")
        return [f"category:{c}" for c in sorted({m.category for m in find_mentions(text)})]
    if _AS_IN_EVERY_CATEGORY.search(text) or _AND_THE_OTHER_CATEGORIES.search(text):
        # "As with every category, … — for francophones too", "Healthcare and the other category draws": all of them share it
        return ["category:*"]
    if _refers_to_classes(text):
        return []
    if _categories_by_example(text):
        return ["category:*"]
    if FSW_GRID_NAMED.search(text):
        return ["program:fsw"]  # "la grille des 67 points décryptée": the one program scored on that grid
    if (every := _EVERY_CATEGORY_INCLUDING.search(text)) and not _categories_named(text[: every.start()]):
        return ["category:*"]  # "any occupation-based category, STEM included": every one, named as an example
    if _lists_the_categories(text) or _every_category_first(text):
        return ["category:*"]
    if categories := _categories_named(text):
        return categories
    if ALL_CATEGORIES.search(text):
        return ["category:*"]
    return []


_AND_THE_OTHER_CATEGORIES = re.compile(r"\band\s+(?:all\s+)?(?:the\s+)?other\s+categor(?:y|ies)\b|\bet\s+(?:les\s+|toutes\s+les\s+)?autres\s+catégories\b",
                                       re.IGNORECASE)
# a rule said to be the same as in every category: the one category the sentence goes on to name shares it
_AS_IN_EVERY_CATEGORY = re.compile(
    r"\b(?:comme\s+(?:pour|dans|avec)|à\s+l['’]instar\s+de|as\s+(?:with|for|in)|like(?:\s+(?:in|for))?)\s+"
    r"(?:toutes\s+les|chaque|les\s+autres|every|each|all(?:\s+the)?|the\s+other)\s+(?:catégories?|categor(?:y|ies))\b",
    re.IGNORECASE)
# (". and …": a caption going on; ", moi je …", ", as for me …": the writer turning to their own case)
_NEXT_CLAUSE = re.compile(r",\s+(?:et|and|mais|but|moi|perso|as\s+for\s+me)\b|;|\.\s+(?:and|et)\b")


def _every_category_first(text: str) -> bool:
    """A figure said of every category in a clause of its own, one category named only after it ("Pour les catégories,
    un an d'expérience est demandé …, et pour la catégorie francophone ce travail peut être fait …"): the figure is
    every category's."""
    if (every := ALL_CATEGORIES.search(text)) is None or (joint := _NEXT_CLAUSE.search(text, every.end())) is None:
        return False
    return _FIGURE.search(text, every.end(), joint.start()) is not None and not _categories_named(text[: joint.start()]) \
        and not _FIGURE.search(text, joint.end())


# a figure in digits, or in words with its unit ("un an d'expérience")
_FIGURE = re.compile(r"\d|\b(?:une?|one|deux|two|trois|three|quatre|four|cinq|five|six|sept|seven|huit|eight|neuf|nine|dix|ten|"
                     r"douze|twelve)\s+(?:ans?|années?|mois|years?|months?|heures|hours)\b", re.IGNORECASE)


_AMONG_OTHERS = re.compile(r"\b(?:entre\s+autres|among\s+others|notamment|etc\.?|and\s+more|et\s+d['’]autres)\b", re.IGNORECASE)


def _lists_the_categories(text: str) -> bool:
    """The year's categories listed, three at least or left open ("Les catégories 2026 : santé, métiers, éducation et
    francophones, entre autres"): a rule said of them is every category's, not of the few a short name happens to name
    outside a list."""
    if (listed := CATEGORY_LIST.search(text)) is None or _BESIDE.search(text):
        return False
    run = listed.group("paren") or listed.group("run") or ""
    named = {category for category in ENUMERABLE_CATEGORIES if SHORT_NAMES[category].search(run)}
    return len(named) >= 3 or (len(named) >= 2 and _AMONG_OTHERS.search(run) is not None)


# "Those categories came into use when NOC 2021 replaced NOC 2016": the occupational classes just named, not the
# draws' categories
_THESE_CATEGORIES = re.compile(r"\b(?:these|those|such|ces|de\s+telles)\s+(?:catégories|categories)\b", re.IGNORECASE)
_CLASSIFICATION = re.compile(r"\b(?:TEER|FÉER|FEER|NOC|CNP)\b|skill\s+(?:types?|levels?)|(?:niveaux?|genres?|types?)\s+de\s+compétence",
                             re.IGNORECASE)
_DRAWS = re.compile(r"draws?|rounds?|rondes?|tirages?|invitations?|sélection|selection", re.IGNORECASE)


def _refers_to_classes(text: str) -> bool:
    return bool(_THESE_CATEGORIES.search(text) and _CLASSIFICATION.search(text) and not _DRAWS.search(text))


# what a sentence sets beside its subject: "le français reste une catégorie, aux côtés de la STIM"
_BESIDE = re.compile(r",?\s+(?:aux\s+côtés\s+d(?:e|es|u)|à\s+côté\s+d(?:e|es|u)|alongside|along\s+with)\b", re.IGNORECASE)


_EITHER_LANGUAGE = re.compile(r"(?:français|french)\s+(?:ou|et|or|and|/)\s+(?:en\s+|l['’]\s?)?(?:anglais|english)|"
                              r"(?:anglais|english)\s+(?:ou|et|or|and|/)\s+(?:en\s+|le\s+)?(?:français|french)", re.IGNORECASE)


_POINTS_BEFORE = re.compile(r"\d\s*(?:points?|pts?)?\s*$", re.IGNORECASE)


def _categories_named(text: str) -> list[str]:
    """The categories a text names, by full name or as a group ("pour les médecins", "Les médecins, eux, doivent …");
    those set beside the ones named first ("…, aux côtés de la STIM") are not its subject."""
    if (beside := _BESIDE.search(text)) and (first := _categories_named(text[: beside.start()])):
        return first
    # "(le TCF pour le français, l'IELTS pour l'anglais)": the language a test is taken in, not the French category
    # ("pour le français ou l'anglais : NCLC 5": either official language, not the French category)
    # (a figure then "for" a factor, "schooling 25, then 12 for education": a grid factor's points, not a category's)
    groups = [m.group("name") for m in FOR_GROUP.finditer(text) if not LANGUAGE_TEST.search(text, max(0, m.start() - 30), m.start())
              and not _EITHER_LANGUAGE.search(text, max(0, m.start() - 25), m.end() + 25)
              and not _POINTS_BEFORE.search(text, max(0, m.start() - 12), m.start())
              and m.group("name").lower() != "cadres"]  # ("pour les cadres sénégalais": executives, not the senior managers)
    if m := GROUP_AS_SUBJECT.match(text):
        groups.append(m.group("name") or m.group("name2"))
    return [f"category:{c}" for c in sorted({m.category for m in find_mentions(text)} | _coordinated_short_names(text) |
                                            {category for name in groups for category, short in SHORT_NAMES.items()
                                             if short.fullmatch(name)})]


def _coordinated_short_names(text: str) -> set[str]:
    """The two categories of a pair of short names joined before "categories" (or after "catégories"): "both the
    trades and transport categories"; nothing when an item is not one ("the new and old categories"). Three or more
    listed are the year's categories (``_lists_the_categories``): the rule is every category's."""
    return {category for run, _, _ in joined_short_names(text) if len(run) == 2 and all(run) for category in run}  # type: ignore[misc]


def _named(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The subjects a sentence names itself; "this program" is the program named above it, whatever words
    in it look like a category ("Skilled trades eligible for this program …"); "la catégorie visée à l'alinéa
    2c)", "the category set out in paragraph 2(c)" is the one item c) of that list names."""
    if (ref := ITEM_REFERENCE.search(sentence.text)) is not None and (item := _list_item(ctx, ref.group("letter"))):
        return item
    if (row := category_row(ctx, sentence)) is not None:
        return [f"category:{row.category}"]
    if _ITS_OWN.match(sentence.text) and not program_names(sentence.text) and \
            (before := ctx.antecedent(sentence)) is not None and (named := _of_kind(subjects_in(before.text), "program:")):
        return named  # "Its own conditions also apply when a draw targets a category:" after the program's name
    if (ordinal := _ORDINAL.search(sentence.text)) and not program_names(sentence.text) and (
            (before := ctx.antecedent(sentence)) is not None and len(named := program_names(before.text)) >= 2):
        # "c'est le premier qui s'applique" after a sentence listing three programs: the first one named there
        order = sorted(named, key=lambda p: min(at for at, _ in named[p]))
        return [f"program:{order[-1] if ordinal.group('last') or ordinal.group('last2') else order[0]}"]
    if _THAT_ONE.search(sentence.text) and not program_names(sentence.text) and \
            (before := ctx.antecedent(sentence)) is not None and (named := program_names(before.text)):
        # "Ce qu'il te faut pour celui-là :" after the sentence naming the program last: that one
        return [f"program:{max(named, key=lambda p: max(at for at, _ in named[p]))}"]
    # (draws said by category in the plural, "ces rondes par catégorie", "those category-based rounds", are every
    # category's, not the one draw named above)
    if THIS_DRAW.found(sentence.text) and ((named := subjects_in(sentence.text)) == [] or
                                          named == ["category:*"] and not _PLURAL_DRAWS.search(sentence.text)) and \
            (draw := _the_draw(ctx, sentence)):
        return draw
    if (counted := COUNTED_CATEGORIES.search(sentence.text)) and (named := _named_above(ctx, sentence, counted.group("n"))):
        return named
    for this, kind in ((THIS_PROGRAM, "program:"), (THIS_CATEGORY, "category:")):
        # "Any occupation-based category asks … in this category", "Ne confondez pas cette catégorie avec le PTMSF,
        # qui exige …": what the sentence names itself comes first
        # ("The program further requires …": the program by its article alone, as the sentence's subject)
        said = this.found(sentence.text) or kind == "program:" and THE_PROGRAM_AS_SUBJECT.found(sentence.text)
        if said and not (subjects_in(sentence.text) if kind == "category:" else _of_kind(subjects_in(sentence.text), kind)):
            # the section's heading speaks of one category ("Et le français ?"), or the page is about one ("New
            # category for doctors opens …"): "this category" is that one, even when the sentence before mentions
            # another in passing
            if kind == "category:" and len(topic := _heading_topic(ctx, sentence)) == 1:
                return topic
            if kind == "category:" and ctx.title and len(in_title := _of_kind(subjects_in(ctx.title), kind)) == 1:
                return in_title
            # "For this category, …": the one category (or program) named just above, in the paragraph or the heading
            i = ctx.index(sentence)
            line_above = ctx.sentences[i - 1] if i > 0 else None  # a numbered heading "2. Senior managers …"
            for above in (ctx.antecedent(sentence), ctx.paragraph_opening(sentence), line_above, ctx.heading_before(sentence)):
                if above is not None and above != sentence and (named := _of_kind(subjects_in(above.text), kind)):
                    return named
            # (a line labelled with the program's short name just above: "Travailleurs qualifiés : une note de 67 sur 100"
            # over "… minimum pour ce programme")
            if kind == "program:" and line_above is not None and (label := SHORT_PROGRAM_LABEL.match(line_above.text)):
                return [f"program:{label.lastgroup}"]
            if ctx.title and (named := _of_kind(subjects_in(ctx.title), kind)):
                return named
            for earlier in _just_above(ctx, sentence):  # the last one named a few sentences up
                if len(named := _of_kind(subjects_in(earlier.text), kind)) == 1 or \
                        len(named := _topic_of(ctx, sentence, named)) == 1:
                    return named
    return subjects_in(sentence.text)


# a sentence opening on what belongs to the program just named: "Its own conditions …", "Ses propres conditions …"
_ITS_OWN = re.compile(r"^\W*(?:its|their|son|sa|ses|leurs?)\s+(?:own|propres?)\b", re.IGNORECASE)


# A legal text's reference to an item of its own list: "visée à l'alinéa 2g)", "described in paragraph 2(g)".
ITEM_REFERENCE = re.compile(r"\b(?:alinéa|paragraph|paragraphe)\s+\d+(?:\(\d+\))?\s*\(?(?P<letter>[a-z]{1,3})\)", re.IGNORECASE)


def _just_above(ctx: TextContext, sentence: Sentence) -> list[Sentence]:
    """The few sentences above this one, nearest first: where "this category", "this draw" or "these three
    categories" find what they refer to. A table's rows count as one: the grid between a program's paragraph and "The
    program further requires …" is not what the sentence looks back over."""
    out: list[Sentence] = []
    counted, i = 0, ctx.index(sentence) - 1
    while i >= 0 and counted < THIS_REACH:
        above = ctx.sentences[i]
        out.append(above)
        if not (above.text.startswith("|") and i > 0 and ctx.sentences[i - 1].text.startswith("|")):
            counted += 1
        i -= 1
    return out


def _topic_of(ctx: TextContext, sentence: Sentence, named: list[str]) -> list[str]:
    """Of several categories named in one sentence, the ones the heading or the title speak of by a short name
    ("Quel niveau de français ?" over a paragraph naming the French, health and education categories)."""
    heading = ctx.heading_before(sentence)
    above = f"{heading.text if heading is not None else ''} {ctx.title or ''}"
    return [s for s in named if s.startswith("category:") and (short := SHORT_NAMES.get(s[9:])) and short.search(above)]


# "For each of these 3 categories", "ces trois catégories": as many categories as were just named
COUNTED_CATEGORIES = re.compile(
    r"\b(?:these|those|ces|les)\s+(?P<n>\d|two|three|four|five|deux|trois|quatre|cinq)\s+(?:catégories|categories)\b",
    re.IGNORECASE,
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def _named_above(ctx: TextContext, sentence: Sentence, count: str) -> list[str]:
    """The categories named in the few sentences above, up to the heading, when there are as many as counted."""
    n = int(count) if count.isdigit() else _COUNTS[count.lower()]
    named: set[str] = set()
    for above in _just_above(ctx, sentence):
        named |= set(_of_kind(subjects_in(above.text), "category:"))
        if len(named) >= n or ctx.is_heading(above):
            break
    return sorted(named) if len(named) == n else []


def _heading_topic(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The categories the section's heading names, also by a short name."""
    heading = ctx.heading_before(sentence)
    if heading is None:
        return []
    return _of_kind(subjects_in(heading.text), "category:") or [
        s for s in _ENUMERABLE_SUBJECTS if SHORT_NAMES[s[9:]].search(heading.text)]


def _the_draw(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The category or program of the draw a page reports: the one its title names (also by a short name, "2,100
    French-speaking candidates invited"), else the last one named alone a few sentences up."""
    # ("those draws" said right after the sentence naming the one category they are for, in its paragraph: that one,
    # whatever the title names: "Trades have draws of their own now. To get into those draws you need …")
    # (so is "y" in "Pour y être admissible" right after the sentence naming the trades category, on a page whose title
    # names the trades program)
    if (_PLURAL_DRAWS.search(sentence.text) or FOR_ENTRY_THERE.found(sentence.text)) and (before := ctx.antecedent(sentence)) is not None and \
            before.line_start == sentence.line_start and len(named := _of_kind(subjects_in(before.text), "category:")) == 1:
        return named
    # (a title on every category, "Les catégories de 2026", names no one draw)
    if ctx.title and ((len(named := subjects_in(ctx.title)) == 1 and named != ["category:*"])
                      or len(named := _topic_of(ctx, sentence, _ENUMERABLE_SUBJECTS)) == 1):
        return named
    for earlier in _just_above(ctx, sentence):
        if len(named := [s for s in subjects_in(earlier.text) if s != "category:*"]) == 1:
            return named
        if len(_of_kind(named, "category:")) >= 2 and _PLURAL_DRAWS.search(sentence.text):
            return ["category:*"]  # ("Last year the categories in use were …, … and … . Applicants in those rounds need …")
        if len(named) >= 2 and earlier is ctx.antecedent(sentence) and all(s.startswith("category:") for s in named) and \
                ALL_CATEGORIES.search(earlier.text):
            return ["category:*"]  # ("Category draws went to French speakers, nurses and welders. Pour y être admissible, …")
    return []


_PLURAL_DRAWS = re.compile(r"\b(?:these|those)\s+(?:draws|rounds)\b|\bces\s+(?:rondes|tirages)\b", re.IGNORECASE)


_ENUMERABLE_SUBJECTS = [f"category:{c}" for c in ENUMERABLE_CATEGORIES]
# "in an eligible occupation", "dans une profession admissible": the words of the categories' own rules
ELIGIBLE_OCCUPATION = re.compile(
    r"\b(?:in|dans)\s+(?:a\s+single\s+|the\s+same\s+|an?\s+|une?\s+(?:seule?\s+|même\s+)?|la\s+|the\s+|one\s+of\s+the\s+|one\s+|l['’]une?\s+des\s+|une?\s+des\s+)?(?:(?:eligible|listed|targeted|qualifying)\s+"
    r"(?:occupations?|jobs?)|(?:professions?|emplois?)\s+(?:admissibles?|visée?s?|ciblée?s?|de\s+la\s+liste)|métiers?\s+de\s+la\s+liste|(?<=la\s)profession(?=\s*[(),.;]|\s+(?:sur|au\s+cours|pendant|visée|ciblée)\b))",
    re.IGNORECASE,
)


def _list_item(ctx: TextContext, letter: str) -> list[str]:
    """The subjects named by the list item lettered ``letter)`` ("g) médecins ayant de l'expérience …")."""
    m = re.search(rf"^[ \t]*\(?{re.escape(letter.lower())}\)\s+(?P<item>.+)$", ctx.text, re.MULTILINE)
    return subjects_in(m.group("item")) if m else []


def _programs(subjects: list[str]) -> list[str]:
    return _of_kind(subjects, "program:")


def _of_kind(subjects: list[str], kind: str) -> list[str]:
    """The named programs (``program:``) or the named categories (``category:``, not every category)."""
    return [s for s in subjects if s.startswith(kind) and s != "category:*"]


THIS_REACH = 6  # sentences looked at above "for this category" for the last one named
SECTION_REACH = 4  # paragraphs looked at above, under the same heading
ROWS_REACH = 12  # rows of a sentence's own table looked at above it before its header


# a paragraph opening on the group it speaks of: "Pour les soudeurs, …", "As for the trades, …"
_OPENS_ON_A_GROUP = re.compile(r"\W*(?:pour|for|chez|quant\s+aux?|as\s+for|in\s+the\s+case\s+of|dans\s+le\s+cas\s+des?)\s", re.IGNORECASE)


def _paragraph_topic(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The one program (or one category) named last above this sentence in its paragraph, for a list item above its
    lead-in ("For most of us, that's the FSWP. You need: - one year of work …")."""
    lead = ctx.lead_in(sentence)
    anchor = lead if lead is not None else sentence
    here = ctx.index(anchor)
    for i in range(here - (lead is None), max(-1, here - THIS_REACH), -1):
        above = ctx.sentences[i]
        if above.line_start != anchor.line_start:
            return []  # the paragraph's (the line's) first sentence was passed
        named = subjects_in(above.text)
        if len(programs := _programs(named)) == 1:
            return programs
        if len(named) == 1 and named != ["category:*"] and lead is None and above.text.rstrip().endswith("?"):
            return named  # "Applying for the French category? Did you score NCLC 7 …?": the one category just asked of
        if len(named) == 1 and named != ["category:*"] and lead is not None and _OPENS_ON_A_GROUP.match(above.text) and \
                (i == 0 or ctx.sentences[i - 1].line_start != anchor.line_start):
            return named  # the group the lead-in's paragraph opens on: "For welders and plumbers, … The floors are:"
    return []


def _past_the_block(ctx: TextContext, lead: Sentence, sentence: Sentence) -> bool:
    """The sentence comes after the table a lead-in line leads into (a paragraph of its own, not one of its rows)."""
    below = ctx.index(lead) + 1
    return below < len(ctx.sentences) and ctx.sentences[below].text.startswith("|") and not sentence.text.startswith("|") and \
        ctx.index(sentence) > below


def _section_topic(ctx: TextContext, sentence: Sentence) -> list[str]:
    """A program (or every category) named in the opening of one of the few paragraphs above, under the same heading."""
    heading = ctx.heading_before(sentence)
    one_only = False  # (the items of a list under a lead-in: only one program named above is theirs)
    if heading is not None and heading.text.rstrip().endswith(":"):
        # (a line leading into a table or a list heads no section of its own, nor, for a paragraph past the table, in
        # the running topic of the paragraphs above it: "The six factors and their maxima are:" over a table, then
        # "Before any of that counts, …"; "Les niveaux exigés selon l'emploi :" over its items, under a paragraph on the
        # CEC)
        one_only = not (sentence.text.startswith("|") or _past_the_block(ctx, heading, sentence))
        heading = ctx.heading_before(heading)
    stop = ctx.index(heading) if heading is not None else -1
    i = ctx.block_start(sentence) - 1
    past_table = False
    own_rows, steps = 0, 0
    while steps < SECTION_REACH:
        if i <= stop:
            return []
        above = ctx.sentences[i]
        # (the rows above in the sentence's own table count as one paragraph, up to ``ROWS_REACH`` of them, then its
        # header: "| Work experience | 1 year |" under "| FSW pass mark | 67 |")
        in_own_table = above.text.startswith("|") and sentence.text.startswith("|") and ctx.table_top(above) == ctx.table_top(sentence)
        own_rows += in_own_table
        steps += not in_own_table or own_rows == 1
        if in_own_table and own_rows > ROWS_REACH and (top := ctx.sentence_at(ctx.table_top(above))) is not None:
            above, own_rows = top, 0
        if above.text.startswith("|") and not in_own_table and (top := ctx.sentence_at(ctx.table_top(above))) is not None:
            above, past_table = top, True  # (a table above the sentence's own is one block, whatever its number of rows)
        opening = ctx.paragraph_opening(above) or above
        # (a list's lead-in may follow the paragraph's opening on its line: "The trades program wants less. Its
        # floors:")
        opening = ctx.paragraph_opening(opening) or opening
        # (or the program "ce programme" names there: "Pour entrer dans ce programme, il faut …"; not "this stream", a
        # province's)
        if _grid_row_naming_in_passing(ctx, opening):
            i, steps = ctx.block_start(opening) - 1, steps - 1  # (a row between the rows: not a paragraph's topic)
            continue
        named = subjects_in(opening.text) or (_named(ctx, opening) if THIS_PROGRAM.found(opening.text) and
                                              "program" in opening.text.lower() else [])
        answer = ctx.sentences[ctx.index(opening) + 1] if ctx.index(opening) + 1 < len(ctx.sentences) else None
        if not named and answer is not None and (ctx.question_on_line(answer) is opening or
                                                 answer.line_start == opening.line_start and len(opening.text.split()) <= 3):
            # "Quel programme ? En général, la CEC.": the answer names it; "Mostly no. Work done while studying does
            # not count toward the CEC.": a short reply opens the paragraph, the sentence after it names its topic
            named = subjects_in(answer.text)
        if (programs := _programs(named)):
            # (past a table, only a paragraph on one program: the grid's lead-in, not a paragraph setting three side by side)
            return programs if not (past_table or one_only) or len(programs) == 1 else []
        if named == ["category:*"]:
            # "Ce qui change pour les catégories" … a paragraph later: "Le seuil passe à 12 mois"
            return _one_category_above(ctx, opening) or ["category:*"]
        if len(named) > 1:
            # a paragraph on some categories ("STEM and transport are back"): the section's topic is the categories,
            # not a program named above it
            return ["category:*"]
        i = ctx.block_start(opening) - 1
    return []


# a sentence announcing what follows: "Voici ce dont vous aurez besoin", "Here is what to gather", "as follows"
_ANNOUNCES = re.compile(r"\bvoici\b|\bci-dessous\b|\bsuivant(?:e|s|es)?\s*[.:]?\s*$|\bhere\s+is\b|\bhere['’]s\b|"
                        r"\b(?:the\s+following|as\s+follows|below)\s*[.:]?\s*$", re.IGNORECASE)


def _announced_above(ctx: TextContext, sentence: Sentence) -> list[str]:
    """Under a heading naming nothing ("Votre liste"), what the paragraph above announced it for: "…votre CFC vous ouvre
    le PTMSF, conçu pour les gens de chantier. Voici ce dont vous aurez besoin." """
    heading = ctx.heading_before(sentence)
    if heading is None or subjects_in(heading.text) or (i := ctx.index(heading)) == 0:
        return []
    above = ctx.sentences[i - 1]
    if not ctx.is_heading(above) and _ANNOUNCES.search(above.text):
        return resolve_subjects(ctx, above)
    # (and the sections after the first, while none names anyone: "… the CEC. What it asks, part by part:" over
    # "Your job" and its paragraphs, then "Your English" and its table)
    for _ in range(ANNOUNCED_SECTIONS):
        heading = ctx.heading_before(above)
        if subjects_in(above.text) or heading is None or subjects_in(heading.text):
            return []
        top = ctx.index(heading)
        if top == 0 or any(subjects_in(s.text) for s in ctx.sentences[top + 1 : i]):
            return []
        i, above = top, ctx.sentences[top - 1]
        if not ctx.is_heading(above) and _ANNOUNCES.search(above.text):
            return resolve_subjects(ctx, above)
    return []


ANNOUNCED_SECTIONS = 3  # sections under headings naming no one, after the one a paragraph announces


def _heading_stack_topic(ctx: TextContext, sentence: Sentence) -> list[str]:
    """What the heading above names; else a heading stacked right above it with nothing between ("Federal Skilled
    Trades Program" / "What language results do I need?" / "You need, for each ability:" over the levels); a
    question or a lead-in is a heading within a section, so the section's heading above it is asked too (an FAQ's
    "How much experience do I need?" under "Federal Skilled Trades Program")."""
    heading = ctx.heading_before(sentence)
    for _ in range(HEADING_STACK):
        if heading is None:
            return []
        if _grid_row_naming_in_passing(ctx, heading):
            heading = ctx.heading_before(heading)  # ("Handled through: Express Entry (… also serves the CEC …)")
            continue
        if (found := subjects_in(heading.text)) and not _only_likened(heading.text):
            # a line saying a category is gone ("❌ Agriculture … disparaît") heads none of the rules below it
            return [] if REMOVED.found(heading.text) else found
        if found := _previous_step_topic(ctx, heading):
            return found
        if _ANSWER_KEY.match(heading.text):
            return []  # a quiz's key: its answers are not about the last question above it (``numbered_question``)
        if _THE_CATEGORY.search(heading.text):
            # "What the category asks" under a paragraph on one round: the category that paragraph named
            for above in _just_above(ctx, heading):
                if len(named := _of_kind(subjects_in(above.text), "category:")) == 1:
                    return named
        # a tab or a heading titled "Expérience canadienne", "Pour les travailleurs qualifiés" on a page that names the
        # program in full
        if (program := short_tab_program(heading.text)) is not None and program in program_names(ctx.text):
            return [f"program:{program}"]
        i = ctx.index(heading)
        if _SLIDE_MARK.fullmatch(heading.text):
            return []  # a slide's or a part's number opens a section of its own: what headed the last one is not its
        if heading.text.rstrip().endswith(("?", ":")) or TOPIC_HEADING.fullmatch(heading.text.strip()):
            # a question, a lead-in or a heading naming only what is measured ("Compétences linguistiques", "Work
            # experience") sits inside a section: the section's heading is asked next
            heading = ctx.heading_before(heading) if i > 0 else None
        elif i > 0 and ctx.is_heading(above := _past_rule_line(ctx, i - 1)):
            heading = above
        else:
            return []
    return []


HEADING_STACK = 4
# a grid's row: a short label, its colon, its value ("Handled through: Express Entry (…)", "Occupation level: TEER 0 to 3")
_GRID_ROW = re.compile(r"([^\W\d][\w'’ ()/-]{1,38}?)\s?:\s+\S")
# the end of a row's value's head: an aside opens ("Express Entry (the same pool also serves …)", "…, bassin commun avec …")
_VALUE_HEAD = re.compile(r"\s*[(,;—–]|\s-\s|$")
# a row's label saying whose rules the grid gives: "Route:", "Programme :", "Catégorie :", "Stream:"
_WHOSE_LABEL = re.compile(r"\W*(?:route|voie|programmes?|programs?|catégories?|categor(?:y|ies)|volets?|streams?|"
                          r"filières?)\b", re.IGNORECASE)


def _grid_row_naming_in_passing(ctx: TextContext, row: Sentence) -> bool:
    """A row of a grid of "label: value" lines (a heading or, longer, a paragraph), whose label is not whose rules
    they are, with such a row under it: a program it names ("Handled through: Express Entry (the same pool also serves the Canadian
    Experience Class …)") is named in passing, not the topic of the rows below ("Occupation level: TEER 0 to 3")."""
    i = ctx.index(row)
    if i + 1 >= len(ctx.sentences) or not (label := _GRID_ROW.match(row.text)) or _WHOSE_LABEL.match(row.text) or \
            subjects_in(row.text[: _VALUE_HEAD.search(row.text, label.end(1) + 1).start()]):
        # (not a heading naming its program before its colon, "Federal Skilled Worker Program: what it asks", or right
        # after it, "Checklist: Federal Skilled Worker Program": only in an aside after the value's head)
        return False
    below = ctx.sentences[i + 1]
    # (a transcript's "ANIMATRICE : …" is said; a figure said "comme pour toutes les catégories" is theirs too)
    return below.start == below.line_start and not ctx.is_heading(below) and bool(_GRID_ROW.match(below.text)) and \
        not SPEAKER_TURN.match(row.text) and bool(named := subjects_in(row.text)) and named == _programs(named)
# a carousel's or a deck's numbered part: "[Slide 3/8]", "Diapo 4", "— Partie 2 —"
_SLIDE_MARK = re.compile(r"\W*(?:diapo(?:sitive)?|slide|partie|part|carte|card)\s*\d{1,2}(?:\s*/\s*\d{1,2})?\W*", re.IGNORECASE)


# a heading announcing conditions without saying whose: "What it takes", "Les conditions à remplir" (not "Yukon
# criteria", "PNP requirements": a heading opening on a name says whose)
CONDITIONS_HEADING = re.compile(
    r"\W*(?:(?:the|les?|la|vos|your|key|main|basic|general|principales?|générales?)\s+)*"
    r"(?:conditions?|exigences?|critères|requirements?|criteria|eligibility|admissibilité|what\s+(?:you|it)\s+(?:need|takes)|"
    r"ce\s+qu['’]il\s+(?:faut|vous\s+faut)|who\s+(?:can\s+apply|qualifies)|qui\s+peut)\b", re.IGNORECASE)
# a list's lead-in announcing conditions: "Voici les conditions détaillées par une consultante :"
_CONDITIONS_LEAD = re.compile(r"\b(?:conditions|exigences|critères|requirements|criteria)\b[^.]*:\s*$", re.IGNORECASE)
STORY_PARAGRAPHS = 2  # paragraphs looked at above such a heading


def _conditions_of_the_story(ctx: TextContext, sentence: Sentence) -> list[str]:
    """Under a heading or a list's lead-in announcing conditions and naming no one ("What it takes"), the one program
    or category the story's paragraphs just above are about ("… most applicants like her go through the Canadian
    Experience Class." / "What it takes" / "Applicants need a year of skilled work …"); nothing when they name
    several."""
    lead = ctx.lead_in(sentence)
    if lead is not None and lead is not sentence and _CONDITIONS_LEAD.search(lead.text) and not subjects_in(lead.text):
        i = ctx.index(lead)  # (from the lead-in's own paragraph up)
    elif (heading := ctx.heading_before(sentence)) is not None and not subjects_in(heading.text) and \
            CONDITIONS_HEADING.match(heading.text):
        i = ctx.index(heading) - 1
    else:
        return []
    for _ in range(STORY_PARAGRAPHS):
        # (a list above is a grid or an enumeration, not the story; a category said gone is no one's topic)
        if i < 0 or ctx.is_heading(ctx.sentences[i]) or ctx.is_list_item(ctx.sentences[i]):
            return []
        first = ctx.block_start(ctx.sentences[i])
        named = {subject for above in ctx.sentences[first : i + 1] for subject in subjects_in(above.text)} - {"program:pnp"}
        if named:
            gone = any(REMOVED.found(above.text) for above in ctx.sentences[first : i + 1])
            return sorted(named) if len(named) == 1 and named != {"category:*"} and not gone else []
        i = first - 1
    return []


def _past_rule_line(ctx: TextContext, i: int) -> Sentence:
    """Sentence ``i``, or the one above it when ``i`` is a rule line between two headings ("PART B — THE PROGRAM" /
    "========" / "What you need")."""
    return ctx.sentences[i - 1] if i > 0 and is_rule_line(ctx.sentences[i].text) else ctx.sentences[i]


# a procedure's numbered step ("Step 3: take a language test", "Étape 2 — l'expérience")
_STEP_HEADING = re.compile(r"\s*(?:step|étape|part|partie|phase)\s*\d+\b", re.IGNORECASE)
STEP_REACH = 30  # sentences looked at above a step's heading for the step before it


def _previous_step_topic(ctx: TextContext, heading: Sentence) -> list[str]:
    """A step naming no program goes on with the one program the step before it names ("Step 2: gain Canadian work
    experience … through the Canadian Experience Class" over "Step 3: take a language test")."""
    if not _STEP_HEADING.match(heading.text):
        return []
    named: set[str] = set()
    i = ctx.index(heading)
    for j in range(i - 1, max(-1, i - STEP_REACH), -1):
        above = ctx.sentences[j]
        named.update(_programs(subjects_in(above.text)))
        if ctx.is_heading(above) and _STEP_HEADING.match(above.text):
            return sorted(named) if len(named) == 1 else []
    return []
# a heading speaking of "the category" without naming it ("Pour entrer dans la catégorie", "What the category asks")
_THE_CATEGORY = re.compile(r"\b(?:la|cette|the|this)\s+(?:catégorie|category)\b(?!\s*(?:de|des|du|d['’]|of|for|«|\"|“|:|\())",
                           re.IGNORECASE)
# "the program" named by its article alone, not by its name ("du programme", "the program's conditions")
_THE_PROGRAM = re.compile(r"\b(?:du|le|au|ce)\s+programme\b(?!\s+(?:des|de|du|d['’]|fédéral))|"
                          r"\b(?:the|this)\s+program(?:me)?(?:['’]s)?\b(?!\s+(?:for|of)\b)", re.IGNORECASE)

# a sentence opening on which of the subjects named just before it speaks of: "For the latter, …", "Pour la première, …"
# (the word standing alone, not before a noun: "The former requirement was six months" speaks of no subject)
_ORDINAL_REFERENCE = re.compile(
    r"(?:\W*(?:(?:for|as\s+for|in)\s+)?the\s+(?:(?P<first>former|first)|(?P<last>latter|second))|"
    r"\W*(?:(?:pour|quant\s+à)\s+)?(?:la|le)\s+(?:(?P<first_fr>première|premier)|(?P<last_fr>seconde?|deuxième|dernière?)))"
    r"(?=\s*[,:]|\s+(?:needs?|requires?|asks|must|demande|exige|impose|vise)\b)",
    re.IGNORECASE)


# a condition said to be shared by every item listed just above: "Exigence commune : …", "Common to all: …"
_COMMON_TO_ALL = re.compile(r"\W*(?:conditions?\s+communes?|exigences?\s+communes?|pour\s+(?:toutes|tous)\s*:|"
                            r"common\s+(?:to\s+all|conditions?|requirements?)|shared\s+(?:conditions?|requirements?)|for\s+all\s+of\s+them)\b",
                            re.IGNORECASE)


def _after_a_list_of_categories(ctx: TextContext, sentence: Sentence) -> bool:
    """The paragraph just above the sentence's ends on a sentence naming three categories or more."""
    opening = ctx.paragraph_opening(sentence) or sentence
    i = ctx.index(opening) - 1
    return i >= 0 and not ctx.is_heading(ctx.sentences[i]) and \
        len({m.category for m in find_mentions(ctx.sentences[i].text)}) >= ENUMERATED_CATEGORIES


ENUMERATED_CATEGORIES = 3


def _list_above_names_categories(ctx: TextContext, sentence: Sentence) -> bool:
    """The list items right above the sentence name two categories or more."""
    named: set[str] = set()
    for above in ctx.sentences[: ctx.index(sentence)][::-1]:
        if not ctx.is_list_item(above):
            break
        named.update(m.category for m in find_mentions(above.text))
    return len(named) >= 2


def _pointed_back(ctx: TextContext, sentence: Sentence, ordinal: re.Match[str]) -> list[str]:
    """The first or the last of two or more subjects the sentences just above name, in their order (the sentence
    between may be the other one's: "For the latter, … For the former, …")."""
    i = ctx.index(sentence)
    for above in ctx.sentences[max(0, i - 2) : i][::-1]:
        at = {f"category:{m.category}": m.start for m in reversed(find_mentions(above.text))}
        at.update({f"program:{p}": hits[0][0] for p, hits in program_names(above.text).items()})
        if len(at) >= 2:
            ordered = sorted(at, key=at.__getitem__)
            return [ordered[0] if ordinal.group("first") or ordinal.group("first_fr") else ordered[-1]]
    return []


def _question_confirmed(ctx: TextContext, sentence: Sentence) -> list[str]:
    """A quiz's answer said to be right, then the rule ("C'est exact ! Deux ans dans le métier, sur cinq ans …"): the
    subject is the one the question asked about, a few wrong answers above ("Pour le PTMSF, combien … faut-il ?")."""
    opening = ctx.line_opening(sentence)
    if not (CONFIRMED_ANSWER.search(opening.text) or
            CONFIRMED_ANSWER.search(ctx.text, max(opening.start, sentence.start - ANSWER_REACH), sentence.end)):
        return []
    i = ctx.index(opening) - 1
    for above in ctx.sentences[max(0, i - QUESTION_REACH) : i + 1][::-1]:
        if above.text.rstrip().endswith("?") and (named := subjects_in(above.text)):
            return named
    return []


def _reply_to_question(ctx: TextContext, sentence: Sentence) -> list[str]:
    """A chat's message under one that asks a question naming its subject ("… : How long for the category draws? …"
    over "… : It's 12 months now, within the last 3 years"): the reply is about what the question asked."""
    named = subjects_in(asked.text) if (asked := replied_question(ctx, sentence)) is not None else []
    # (not one category's: "the same for health care?" is answered with the rule every category shares)
    return named if named == ["category:*"] or (named and all(s.startswith("program:") for s in named)) else []


def replied_question(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """The question of the chat message (or the transcript's turn) right above the one holding ``sentence``, if any."""
    i = ctx.index(sentence)
    if (ours := _message_start(ctx, i)) is None or ours == 0 or (theirs := _message_start(ctx, ours - 1)) is None:
        return None
    return next((s for s in reversed(ctx.sentences[theirs:ours]) if "?" in s.text), None)


def _message_start(ctx: TextContext, i: int) -> int | None:
    """Where the chat message holding sentence ``i`` starts: its line "Tom: …", or the line "Tom :" over its text
    (an export putting the author and time on a line of their own), a few lines up at most; None outside a chat."""
    line = ctx.index(ctx.line_opening(ctx.sentences[i]))
    if _CHAT_SPEAKER.match(ctx.sentences[line].text):
        return line
    for j in range(line - 1, max(-1, line - MESSAGE_LINES), -1):
        if ctx.line_opening(above := ctx.sentences[j]) is above and (_CHAT_SPEAKER.match(above.text) or _SPEAKER_ALONE.match(above.text)):
            return j
    return None


# a chat export's message: its stamp, then who speaks ("02/05/2026 21:14 - Sophie M. : …", "[09:12] Tom: …", "Tom : …")
_CHAT_SPEAKER = re.compile(r"^\W{0,2}(?:\[?[\d/.:\-, ]{4,22}\]?\s*[-–]?\s*)?[^\W\d][^:\n?!]{0,38}?\s?:\s")
# who speaks, alone on the line over the message (the stamp before it already taken off): "Karim B. :"
_SPEAKER_ALONE = re.compile(r"^[^\W\d][^:\n?!]{0,38}?\s?:\s*$")
MESSAGE_LINES = 6  # lines of one message looked through, up from a sentence, for the line that names its author


CONFIRMED_ANSWER = re.compile(r"\b(?:is|that['’]s)\s+(?:correct|right)\b|\bc['’]est\s+(?:exact|juste|correct|la\s+bonne\s+réponse)\b|"
                        r"\bbonne\s+réponse\b|\bcorrect\s+answer\b", re.IGNORECASE)
ANSWER_REACH = 300  # characters before a sentence where "C'est exact !" is looked for, besides its line's opening
QUESTION_REACH = 12  # sentences above a confirmed answer where its question is looked for (wrong answers between)
CEC_TAB = re.compile(r"(?:l['’])?expérience\s+canadienne|canadian\s+experience", re.IGNORECASE)
_FOR = r"(?:(?:pour\s+les|for|les|the)\s+)?"
_SHORT_TABS = (
    (CEC_TAB, "cec"),
    (re.compile(rf"{_FOR}(?:travailleurs\s+qualifiés|skilled\s+workers?)\s*[:.]?", re.IGNORECASE), "fsw"),
    (re.compile(rf"{_FOR}(?:travailleurs\s+(?:de\s+|des\s+)?métiers\s+spécialisés|skilled\s+trades\s+workers|skilled\s+tradespeople)\s*[:.]?",
                re.IGNORECASE), "fst"),
)


def short_tab_program(text: str) -> str | None:
    """The program a tab, a heading or a column titled by its short name names ("Expérience canadienne", "Skilled
    workers"), or None."""
    return next((program for tab, program in _SHORT_TABS if tab.fullmatch(text.strip())), None)


# A heading that names only a criterion, as the sub-headings of a program's tab or section do.
TOPIC_HEADING = re.compile(
    r"(?:(?:l['’]|la|le|les|your|votre|vos)\s+)?(?:expérience(?:\s+de\s+travail)?(?:\s+qualifiée)?(?:\s+au\s+canada)?|"
    r"(?:skilled\s+)?work\s+experience(?:\s+in\s+canada)?|compétences?\s+linguistiques?|(?:language|langue)s?(?:\s+(?:ability|skills|tests?))?|"
    r"grille\s+de\s+sélection|selection\s+(?:grid|factors)|preuve\s+de\s+fonds|proof\s+of\s+funds|"
    r"(?:offre\s+d['’]emploi|job\s+offer)(?:\s+ou\s+certificat|\s+or\s+certificate)?|études|education|"
    r"(?:(?:main|key|basic|minimum)\s+)?(?:conditions|exigences|critères|requirements|criteria|eligibility|admissibilité)"
    r"(?:\s+(?:minimales?|minimum|principales?|de\s+base|essentielles?|générales?|d['’]admissibilité))?|"
    # an easy-read page's plain words: "Your job", "Your English or your French", "Ton emploi", "Your money"
    r"(?:travail|emploi|work|job|argent|money|savings|économies|"
    r"(?:(?:le|votre)\s+)?français\s+(?:ou|et)\s+(?:l['’]|votre\s+)?anglais|"
    r"(?:your\s+)?(?:english|french)\s+(?:or|and)\s+(?:your\s+)?(?:english|french)))",
    re.IGNORECASE,
)


def _named_in_section(ctx: TextContext, sentence: Sentence,
                      kind: Callable[[list[str]], list[str]] = _programs) -> list[str]:
    """The one program (or subject of another ``kind``) the sentences above, under the same heading, name anywhere
    ("Beaucoup arrivent avec un permis. Pour la CEC, on demande … Ces heures doivent …"): the last guess, after the
    heading and the title."""
    heading = ctx.heading_before(sentence)
    stop = ctx.index(heading) if heading is not None else -1
    named = {p for i in range(ctx.index(sentence) - 1, max(stop, ctx.index(sentence) - THIS_REACH), -1)
             for p in kind(subjects_in(ctx.sentences[i].text))}
    return sorted(named) if len(named) == 1 else []


def _one_category(found: list[str]) -> list[str]:
    """The categories named one by one (not the categories as a whole)."""
    return [s for s in _of_kind(found, "category:") if s != "category:*"]


_RULE_BY_ITS_FIGURE = re.compile(
    r"\bthe\s+(?P<n>\d{1,2}|one|two|three|five|six|twelve)[- ](?P<unit>month|year)s?\s+(?:rule|requirement|minimum|threshold|bar)\b|"
    r"\b(?:la\s+règle|l['’]\s?exigence|le\s+seuil|le\s+minimum|la\s+barre)\s+des\s+(?P<n2>\d{1,2}|deux|trois|cinq|six|douze)\s+"
    r"(?P<unit2>mois|ans)\b", re.IGNORECASE)
_FIGURE_REACH = 8  # sentences looked at above a rule named by its figure for the sentence stating it


def _rule_named_by_its_figure(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """The sentence a few above that states the figure "the 12-month rule" names (its number and unit)."""
    if (m := _RULE_BY_ITS_FIGURE.search(sentence.text)) is None:
        return None
    if (number := parse_number(m.group("n") or m.group("n2"), ctx.language)) is None:
        return None
    months = number * (1 if (m.group("unit") or m.group("unit2")).lower() in ("month", "mois") else 12)
    here = ctx.index(sentence)
    for i in range(here - 1, max(-1, here - _FIGURE_REACH), -1):
        if any(d.months == months for d in find_durations(ctx.sentences[i].text, ctx.language)):
            return ctx.sentences[i]
    return None


_DRAWS_WORD = re.compile(r"\b(?:draws?|rounds?|rondes?|tirages?)\b", re.IGNORECASE)


def _trades_of_the_program(ctx: TextContext, sentence: Sentence) -> bool:
    """"Les métiers spécialisés admissibles …" under a heading or title naming the FST, with no word of a category or a
    round: the program's trades, not the trades category."""
    if names_a_category_word(sentence.text):
        return False
    # (nor where its paragraph opens on the trades' draws: "Also there are trades-only draws now. For 2026 it's 12 months …")
    if (opening := ctx.paragraph_opening(sentence)) is not None and _DRAWS_WORD.search(opening.text):
        return False
    # (nor where it goes on from a sentence on the trades' rounds: "IRCC now holds trade occupations rounds as well. For
    # those you need …")
    if SUBJECT_REFERS_BACK.found(sentence.text) and (before := ctx.antecedent(sentence)) is not None and \
            names_a_category_word(before.text):
        return False
    heading = ctx.heading_before(sentence)
    return any("fst" in program_names(t) for t in (heading.text if heading else "", ctx.title or "")) or \
        _page_topic(ctx) == ["program:fst"] or _last_named_above(ctx, sentence) == ["program:fst"] or \
        ((ONES_TRADE.found(sentence.text) or never_a_category(ctx)) and names_fst(ctx))



def _title_subjects(ctx: TextContext, found: list[str]) -> list[str]:
    """The title's subjects; "les métiers spécialisés" in a title without a word of categories or draws, on a page
    that names the FST, is the program's trades (the page's sections name the category when they speak of it)."""
    if found == ["category:trades"] and not names_a_category_word(ctx.title or "") and names_fst(ctx):
        return ["program:fst"]
    return found


NAMED_ABOVE_REACH = 4  # sentences looked at above one that names only the trades


def _last_named_above(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The subjects the nearest sentence above names ("… le PTMSF, pour les gens de métier" over a heading, then
    "Pour y être admissible, … dans un métier spécialisé admissible")."""
    i = ctx.index(sentence)
    for above in reversed(ctx.sentences[max(0, i - NAMED_ABOVE_REACH) : i]):
        if (found := _named(ctx, above)):
            return found
    return []


_LABEL_PART = re.compile(r"[ \t]*(?:[-*•▪◦][ \t]*)?([^:\n–—]{2,60}?)[ \t]*(?::|[–—-][ \t])")
SIBLING_REACH = 3


def short_program_label(ctx: TextContext, sentence: Sentence) -> str | None:
    """The program a line labelled with its short name is for ("Skilled Trades:" is the trades category alone, the
    FST beside a line labelled "Federal Skilled Worker:"): when a line near it is labelled with a program's name."""
    if not (m := SHORT_PROGRAM_LABEL.match(sentence.text)):
        return None
    i = ctx.index(sentence)
    heading = ctx.heading_before(sentence)
    for other in ctx.sentences[max(0, i - SIBLING_REACH): i + SIBLING_REACH + 1]:
        if other is not sentence and (label := _LABEL_PART.match(other.text)) and program_names(label.group(1)) \
                and ctx.heading_before(other) == heading:  # (under the same heading: a categories section is apart)
            return m.lastgroup
    # a sentence of its own after the label, on a page naming the program in full: "Canadian Experience — you need a
    # year of skilled work here …" (not a grid's factor, "Canadian experience: 1 year")
    # (or a lead-in so labelled over its list: "Travailleurs qualifiés — l'essentiel :")
    if (_OBLIGATION_AFTER_LABEL.match(sentence.text, m.end()) or sentence.text.rstrip().endswith(":")) and \
            m.lastgroup in program_names(ctx.text):
        return m.lastgroup
    return None


_OBLIGATION_AFTER_LABEL = re.compile(r"\s*(?:il\s+(?:vous\s+)?faut|vous\s+devez|on\s+exige|you\s+(?:need|must)|it\s+(?:requires|asks))\b",
                                     re.IGNORECASE)


def short_program_labels(ctx: TextContext) -> dict[str, tuple[Sentence, str]]:
    """Each program a line labels by its short name beside a line naming another program -> that line and the name."""
    found: dict[str, tuple[Sentence, str]] = {}
    for sentence in ctx.sentences:
        if (program := short_program_label(ctx, sentence)) is not None:
            found.setdefault(program, (sentence, " ".join(SHORT_PROGRAM_LABEL.match(sentence.text).group(program).split())))
    return found


_CATEGORIES_PLURAL = re.compile(r"\bcat[ée]gories\b", re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:chang|modifi|new\b|nouvel)", re.IGNORECASE)


def _one_category_above(ctx: TextContext, lead: Sentence) -> list[str]:
    """The one category the heading over a lead-in names, when the lead-in speaks of "the category" in the singular
    (not of a change to the category rules, told of them all: "Category rules changed this year:")."""
    if not lead.text.rstrip().endswith(":") or _CATEGORIES_PLURAL.search(lead.text) or _CHANGED.search(lead.text) or \
            (heading := ctx.heading_before(lead)) is None:
        return []
    named = subjects_in(heading.text)
    return named if len(named) == 1 and named[0].startswith("category:") and named != ["category:*"] else []


def _table_caption_subjects(ctx: TextContext, sentence: Sentence) -> list[str]:
    """What a table's caption row (one filled cell over the columns) names, other than every category; or the one
    column of values under a header naming one subject ("| Requirement | Federal Skilled Trades Program |")."""
    for cells in ctx.header_rows(sentence):
        if sum(1 for c in cells if c.strip()) == 1 and len(cells[0].split()) > 1 and (named := subjects_in(cells[0])) \
                and named != ["category:*"]:  # (a one-word caption, "Education", is a factor's as often as a category's)
            return named
        if len(cells) == 2 and not subjects_in(cells[0]) and len(named := subjects_in(cells[1])) == 1 and \
                named != ["category:*"]:
            return named
    return []


_FOOTNOTE = re.compile(r"[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")


def _item_above(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """The item above a list item in the same list ("- 3 years: the window in which that experience …")."""
    i = ctx.index(sentence)
    return ctx.sentences[i - 1] if i > 0 and ctx.is_list_item(sentence) and ctx.is_list_item(ctx.sentences[i - 1]) else None


# the year's categories named only as the news a sentence brings: "the new categories were announced and …"
_CATEGORIES_AS_NEWS = re.compile(r"\bcategor(?:ies|y\s+list)\s+(?:were|was|have\s+been|has\s+been|got|came)\s+(?:just\s+)?"
                                 r"(?:announced|published|released|unveiled|out)\b|"
                                 r"\bcatégories\s+(?:ont\s+été|sont|viennent\s+d['’]être)\s+(?:annoncées|publiées|dévoilées|sorties)\b",
                                 re.IGNORECASE)


def resolve_subjects(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The sentence's own subject, else the one "ce minimum" or "Elle demande" refers back to, else its paragraph's
    (or its list's lead-in's), else its heading's, else the page title's, else the whole system; the trades the FST
    is for, not the trades category, where the page says so (``_trades_of_the_program``)."""
    found = _resolved(ctx, sentence)
    if len(found) == 1 and found[0].startswith("category:") and found != ["category:*"] and _every_category_next(ctx, sentence):
        return ["category:*"]  # "Teachers in that round needed a year … that rule now applies to all category-based rounds"
    return ["program:fst"] if found == ["category:trades"] and _trades_of_the_program(ctx, sentence) else found


def _led_paragraph(ctx: TextContext, lead: Sentence) -> str:
    """The line of a table's lead-in up to it; for a caption line naming no one ("Here is the list, in short:"), the
    paragraph right above it, which the caption goes on from, with it."""
    text = ctx.text[lead.line_start : lead.end]
    if lead.start != lead.line_start or subjects_in(text) or (i := ctx.index(lead)) == 0:
        return text
    above = ctx.sentences[i - 1]
    return text if ctx.is_heading(above) else f"{ctx.text[above.line_start : above.end]}\n{text}"


_FOR_THE_WORKER = re.compile(r"\W*(?:[A-ZÀ-Ý]{1,12}\s?:\s+)?(?:pour\s+le|quant\s+au|côté|for\s+the|as\s+for\s+the)\s+(?:travailleur\s+qualifié|"
                             r"skilled\s+worker)(?:\s+(?:fédéral|federal))?\s*,", re.IGNORECASE)


def _worker_named(ctx: TextContext, sentence: Sentence) -> list[str]:
    """["program:fsw"] for a sentence opening on the program's worker, on a page naming the program in full."""
    return ["program:fsw"] if _FOR_THE_WORKER.match(sentence.text) and "fsw" in program_names(ctx.text) else []


def _row_program(sentence: Sentence) -> str | None:
    """The program a table row's first cell names by its short name ("| Expérience canadienne | 1 an … |")."""
    if not sentence.text.startswith("|"):
        return None
    return short_tab_program(sentence.text.split("|", 2)[1])


# an item's number at its line's opening ("10. CLB 5 for speaking …", "3) Oui, 12 mois.")
_ITEM_NUMBER = re.compile(r"[ \t]*(?:Q|Question[ \t]*)?(\d{1,2})\s*[.):–—-][ \t]")  # "7. ", "Q1 - ", "Question 3 : "
# the heading of a quiz's answers, set apart from its questions
_ANSWER_KEY = re.compile(r"\W*(?:answer\s+key|answers|solutions|corrigé|réponses|correction)\b", re.IGNORECASE)
QUIZ_REACH = 150  # sentences looked back from an answer for its key's heading and its question
QUESTION_CHARS = 300  # a quiz's question run on over several lines


def numbered_question(ctx: TextContext, sentence: Sentence) -> str | None:
    """Under a quiz's answer key, the line of the question whose number a numbered answer bears ("7. What does the FST
    ask in French?" … "Answers" … "7. CLB 5 to speak, CLB 4 to read."): what the answer is about and how it reads.
    Remembered per sentence: the rule gate, the reading's context and the key's answer each ask it of the same line."""
    if (mark := _ITEM_NUMBER.match(ctx.text, sentence.line_start)) is None:
        return None  # (most lines: no walk, nothing to remember)
    return ctx.remembered(("numbered_question", sentence.start), lambda: _numbered_question(ctx, sentence, mark.group(1)))


def _numbered_question(ctx: TextContext, sentence: Sentence, number: str) -> str | None:
    here = ctx.index(sentence)
    keys = ctx.remembered(("answer_keys",), lambda: [i for i, s in enumerate(ctx.sentences)
                                                      if ctx.is_heading(s) and _ANSWER_KEY.match(s.text)])
    if not any(here - QUIZ_REACH < key < here for key in keys):
        return None  # (most pages have no key: no numbered line walks back)
    under_key = False
    for i in range(here - 1, max(-1, here - QUIZ_REACH), -1):
        above = ctx.sentences[i]
        if ctx.is_heading(above) and _ANSWER_KEY.match(above.text):
            under_key = True
        elif under_key and (i == 0 or ctx.sentences[i - 1].line_start != above.line_start) and \
                (asked := _ITEM_NUMBER.match(ctx.text, above.line_start)) and asked.group(1) == number:
            # (asked or set as a task: "2. Citez les deux facteurs de la grille du PTQF qui …"), to its question mark when
            # it runs on over the next lines of its paragraph ("Q4. What must a couple … applying through the Federal" /
            # "Skilled Worker Program show in settlement funds?")
            asked_end = ctx.text.find("?", above.line_start, above.line_start + QUESTION_CHARS)
            paragraph_end = ctx.text.find("\n\n", above.line_start)
            if asked_end != -1 and (paragraph_end == -1 or asked_end < paragraph_end):
                return ctx.text[above.line_start : asked_end + 1]
            return ctx.line_of(above)
    return None


def _resolved(ctx: TextContext, sentence: Sentence) -> list[str]:
    found = _named(ctx, sentence)
    if found in ([], ["category:trades"]) and (short := short_program_label(ctx, sentence) or _row_program(sentence)):
        return [f"program:{short}"]
    # the skilled workers' program called by its worker, on a page naming it in full: "Quant au travailleur qualifié, on
    # demande …", "As for the skilled worker, …"
    if not found and (worker := _worker_named(ctx, sentence)):
        return worker
    # "To receive a category invitation you must have 12 months of welding work" under a heading on the trades
    # category: that category's (not time "in an eligible occupation", the words of every category's rule)
    if found == ["category:*"] and _CATEGORY_AS_ADJECTIVE.search(sentence.text) and \
            not ELIGIBLE_OCCUPATION.search(sentence.text) and not ALL_CATEGORIES.search(_CATEGORY_AS_ADJECTIVE.sub(" ", sentence.text)) \
            and (one := _the_sections_category(ctx, sentence)):
        return one
    # a rule named by its figure ("the 12-month rule replaced …", "la règle des douze mois") is the rule stated above
    # with that figure, whoever the lines between speak of
    if not found and (stated := _rule_named_by_its_figure(ctx, sentence)) is not None:
        return resolve_subjects(ctx, stated)
    # a correction naming the categories only as the news it brings ("The new categories were published, so now it is
    # a year") keeps the one category of the claim it puts right
    if found == ["category:*"] and _CATEGORIES_AS_NEWS.search(sentence.text) and (claim := ctx.claim_corrected(sentence)) is not None \
            and len(named := subjects_in(claim.text)) == 1 and named[0].startswith("category:") and named != found:
        return named
    if found:
        return found
    # what a correction gives instead is about what the claim it puts right was about ("A friend told me the Canadian
    # Experience Class only needs six months." / "That's not right. It's one full year …")
    if (claim := ctx.claim_corrected(sentence) or ctx.claim_denied(sentence) or ctx.refuted_claim(sentence)) is not None and \
            (named := subjects_in(claim.text)):
        return named
    if (ordinal := _ORDINAL_REFERENCE.match(sentence.text)) and (pointed := _pointed_back(ctx, sentence, ordinal)):
        return pointed
    if (asked := numbered_question(ctx, sentence)) is not None and (named := subjects_in(asked)):
        return named
    if _COMMON_TO_ALL.match(sentence.text) and _list_above_names_categories(ctx, sentence):
        return ["category:*"]
    # a table's caption or header naming whom its rows are for ("| Médecins, chercheurs et cadres supérieurs |"), before
    # the section's heading ("Catégories fondées sur l'expérience au Canada")
    if sentence.text.startswith("|") and (named := _table_caption_subjects(ctx, sentence)):
        return named
    # (or the one program of the paragraph whose last sentence leads into the table: "… the CEC, a year of work here …
    # How good your English must be depends on the job:" over "| TEER 2 or 3 | CLB 5 |")
    if sentence.text.startswith("|") and (lead := ctx.sentence_above_table(sentence)) is not None and \
            lead.text.rstrip().endswith(":") and len(programs := _programs(subjects_in(_led_paragraph(ctx, lead)))) == 1:
        return programs
    if _FOOTNOTE.match(ctx.text, sentence.line_start):
        return ["express-entry"]  # a footnote's subject is the sentence that calls it, not the section it ends
    if EACH_OF_THEM.match(sentence.text) and (before := ctx.antecedent(sentence)) is not None and CATEGORY_LIST_WORD.search(before.text):
        return ["category:*"]  # "This year's categories are … . For each of them, …": every category's, whichever are named
    if (referred := _referred(ctx, sentence)) is not None:
        # ("It's now a year in an eligible occupation" after sentences naming nothing: the occupation names its rule's
        # subject better than the whole system the sentences above fall back on)
        # (nor do the programs a candidate must first qualify for, named in the sentence it goes on from: "To be invited
        # in a category, you must first qualify for the FSWP, the FSTP or the CEC. You also need 12 months in one
        # eligible occupation …")
        # (nor the categories the sentence before names: "… STEM and transport were dropped. To benefit, you need six
        # months in an eligible occupation")
        if referred == ["express-entry"] and (replied := _reply_to_question(ctx, sentence)):
            return replied  # (what the sentence goes on from names no one; the chat's question it answers does)
        return ["category:*"] if (referred == ["express-entry"] or len(_programs(referred)) >= 2 or
                                  len(_of_kind(referred, "category:")) >= 2) and \
            ELIGIBLE_OCCUPATION.search(sentence.text) else referred
    # a list under a lead-in that speaks of "the program" without naming it ("Ce qu'exige le programme, en quelques
    # lignes :"): the program the lead-in's own paragraph or section is about
    if (lead := ctx.lead_for(sentence)) is not None and lead is not sentence and _THE_PROGRAM.search(lead.text) and \
            (found := _resolved(ctx, lead)) != ["express-entry"]:
        return found
    # time in an eligible occupation right after a paragraph listing the year's categories: every category's
    # ("Education is only one of this year's categories, next to healthcare, trades, STEM …" over a rule of
    # time in an eligible occupation), not the one the story is about
    if ELIGIBLE_OCCUPATION.search(sentence.text) and _after_a_list_of_categories(ctx, sentence):
        return ["category:*"]
    # a nested list item belongs to what the items above it name ("- Programme des travailleurs qualifiés" /
    # "  - Langue" / "    - NCLC 7 minimum")
    for parent in ctx.parent_items(sentence):
        if found := subjects_in(parent.text):
            return found
    # time in an eligible occupation under a heading naming every category: theirs, though the paragraph above names
    # the programs a candidate must first qualify for
    # (not "the category" said in the singular by a table's lead-in, "Category eligibility at a glance:", under the
    # heading naming the one category: "Trade occupations category")
    if ELIGIBLE_OCCUPATION.search(sentence.text) and (heading := ctx.heading_before(sentence)) is not None and \
            subjects_in(heading.text) == ["category:*"]:
        return _one_category_above(ctx, heading) or ["category:*"]
    # a list item's answer further along its line belongs to the one subject the item opens with ("- PTMSF : langue ?
    # NCLC 5"), before the list's lead-in naming several programs
    if (line_first := ctx.line_opening(sentence)) is not sentence and ctx.is_list_item(line_first) and \
            len(found := _named(ctx, line_first)) == 1:
        return found
    # the paragraph's topic: its first sentence ("Le Programme des travailleurs qualifiés demande … Côté langue,
    # il faut atteindre NCLC 7"), or a list's lead-in, before the section's heading
    # (a list's lead-in naming one program, after a sentence naming another: "No, CLB 7 is the bar of the FSW. For the
    # Federal Skilled Trades Program the floors are:" over "Speaking : CLB 5")
    # (or a paragraph's last sentence over lines with no bullets: "… the CEC instead, and there the minimum is set by the
    # level of that job:" over "CLB 5 — TEER 2 or TEER 3 positions")
    if (lead := ctx.lead_in(sentence) or ctx.lines_lead(sentence)) is not None and \
            len(programs := _programs(subjects_in(lead.text))) == 1:
        return programs
    # (an impersonal demand right after the sentence naming one subject, in a long turn that opened on something else:
    # "… This year there's a new category for physicians who have worked in Canada. You'll need twelve months or more …")
    if _IMPERSONAL_DEMAND.match(sentence.text) and (before := ctx.antecedent(sentence)) is not None and \
            before.line_start == sentence.line_start and len(named := subjects_in(before.text)) == 1 and named != ["category:*"]:
        return named
    # (the one program a sentence right above picks from a list by its rank: "… A, B et C. Le premier est celui qui
    # concerne la plupart de nos membres. Il réclame une année …")
    if (before := ctx.antecedent(sentence)) is not None and before.line_start == sentence.line_start and \
            _ORDINAL.search(before.text) and not program_names(before.text) and len(picked := _programs(_named(ctx, before))) == 1:
        return picked
    opening = ctx.paragraph_opening(sentence)
    if opening is not None and opening != sentence and (found := _named(ctx, opening) or _referred(ctx, opening) or
                                                        _worker_named(ctx, opening)):
        return found
    if opening is not None and opening != sentence and (short := short_program_label(ctx, opening)):
        return [f"program:{short}"]  # ("Canadian Experience — you need a year here. As for language, CLB 7 …")
    # (a transcript's answer to the question right above it, a listener's naming a program, below the heading or the
    # host's earlier questions and answers that set the topic: "Il demande : « Pour le PTMSF, faut-il … ? »" / "Non, pas
    # trois. Il faut …")
    if (asked := replied_question(ctx, sentence)) is not None and (
            (heading := ctx.heading_before(sentence)) is None or heading.start < asked.start) and \
            (found := _reply_to_question(ctx, sentence)):
        return found
    if (found := _paragraph_topic(ctx, sentence)):
        return found
    # the section's running topic: the paragraphs above under the same heading ("Pour la CEC, il vous faut 12 mois …"
    # then, a paragraph later, "Votre emploi doit être classé FÉER 0 à 3")
    if (found := _section_topic(ctx, sentence)):
        return found
    if (found := _heading_stack_topic(ctx, sentence)) or (found := _announced_above(ctx, sentence)) or \
            (found := _conditions_of_the_story(ctx, sentence)):
        return found
    if (found := _question_confirmed(ctx, sentence)):
        return found
    if ctx.title and (found := subjects_in(ctx.title)):
        return _title_subjects(ctx, found)
    if THE_CATEGORY_ALONE.search(sentence.text) and (found := _named_in_section(ctx, sentence, _one_category)):
        return found  # "To be eligible for the category, …" after the paragraph naming the one category of the draw
    if ELIGIBLE_OCCUPATION.search(sentence.text):
        return ["category:*"]  # "You need 6 months … in an eligible occupation", nothing narrower named anywhere above
    if (found := _named_in_section(ctx, sentence)):
        return found
    # (a rule said of "this program" or set against "the other programs", under headings naming no one: the one program
    # the nearest sentence above names)
    if _ONE_PROGRAM_SPOKEN_OF.search(sentence.text) or ((lead := ctx.lead_for(sentence)) is not None and
                                                       _ONE_PROGRAM_SPOKEN_OF.search(lead.text)):
        i = ctx.index(sentence)
        # (past a sentence naming a program only to set it against the one spoken of: "Unlike the better-known FSW, it …")
        named = next((found for above in reversed(ctx.sentences[max(0, i - SPOKEN_OF_REACH) : i])
                      if not _SET_AGAINST.search(above.text) and (found := _named(ctx, above))), [])
        if len(programs := _programs(named)) == 1:
            return programs
    # (a speaker's numbered rules, "Règle numéro trois, la langue.", are the subject's the rules before them were for)
    if (found := _earlier_steps_subject(ctx, sentence)):
        return found
    # (last, a chat's reply takes what the question above it asked about)
    return _page_topic(ctx) or _reply_to_question(ctx, sentence) or _conversation_topic(ctx, sentence) or \
        _topic_so_far(ctx, sentence) or ["express-entry"]


def _earlier_steps_subject(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The subject of the nearest rule above told as an earlier step of the same count ("règle numéro un : …", "Rule
    two: …"), for a sentence in a step's line that names no one (a spoken step, not a heading: those are
    ``_previous_step_topic``'s)."""
    opening = ctx.line_opening(sentence)
    if not _NUMBERED_STEP.match(opening.text):
        return []
    i = ctx.index(opening)
    # (asked once per step's line: each step asks the steps above it, which ask theirs)
    return ctx.remembered(("earlier_steps_subject", i), lambda: next(
        (found for above in reversed(ctx.sentences[max(0, i - STEP_REACH) : i])
         if ctx.line_opening(above) is above and _NUMBERED_STEP.match(above.text)
         and (found := resolve_subjects(ctx, above)) != ["express-entry"]), []))


# a speaker's numbered rule opening its line: "Règle numéro trois, …", "Alors, règle n° 1 :", "Rule two:", "Second step:"
_NUMBERED_STEP = re.compile(
    r"^\W*(?:(?:alors|bon|ok|so|and|et|now)\s*,?\s+)?(?:(?:règle|critère|condition|exigence|étape|rule|requirement|criterion|step)\s+"
    r"(?:n(?:umér)?[o°º]\.?\s*|number\s+|#\s*)?(?:\d{1,2}|un|deux|trois|quatre|cinq|six|one|two|three|four|five|six)\b|"
    r"(?:premi[eè]re?|deuxième|seconde?|troisième|quatrième|cinquième|first|third|fourth|fifth)\s+"
    r"(?:règle|critère|condition|exigence|étape|rule|requirement|criterion|step)\b)", re.IGNORECASE)


SPOKEN_OF_REACH = 10  # sentences looked at above one that speaks of "this program"
_SET_AGAINST = re.compile(r"\b(?:unlike|contrairement\s+(?:à|au|aux)|à\s+la\s+différence\s+(?:du|de\s+la|des))\b", re.IGNORECASE)
# one program spoken of without its name: "ce programme", "this program", "than for the other programs"
_ONE_PROGRAM_SPOKEN_OF = re.compile(r"\b(?:ce|this)\s+program(?:me)?\b|\b(?:les\s+autres|the\s+other)\s+program(?:me)?s\b", re.IGNORECASE)


CONVERSATION_TURNS = 10  # speakers' turns of a transcript looked through, up from a sentence naming no one
CONVERSATION_SENTENCES = 40  # and sentences at most (turns of many sentences)
TRANSCRIPT_TURNS = 6  # turns a page needs to be read as a transcript
# a transcript's turn: its time, then its speaker in capitals ("[01:51] ROS: …", "[00:02:58] CONSULTANT : …", "HOST: …")
_TURN = re.compile(r"^\W{0,2}(?:\[?\d{1,2}(?::\d{2}){1,2}\]?\s*)?[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,24}\s?:\s", re.MULTILINE)
_ASKS_OF_A_PROGRAM = re.compile(r"\b(?:canadienne?|canadian|fédéra\w*|federal|catégories?|categor(?:y|ies)|programmes?|programs?|class)\b",
                                re.IGNORECASE)


def _conversation_topic(ctx: TextContext, sentence: Sentence) -> list[str]:
    """In a transcript, the one subject the nearest sentence above naming any names, a few turns up at most: the
    talk's running topic ("Ce soir, on parle uniquement de la catégorie de l'expérience canadienne" then, after an
    anecdote and a laugh, "et pour la langue ?" / "… le NCLC 7 …")."""
    if not ctx.remembered(("transcript",), lambda: len(_TURN.findall(ctx.text)) >= TRANSCRIPT_TURNS):
        return []
    # (not a correction, whose topic is the claim's; nor the answer to a question asking of a program or a category in
    # words not read as its name: "And what level for the experience class?")
    if ctx.claim_corrected(sentence) is not None or \
            ((asked := replied_question(ctx, sentence)) is not None and _ASKS_OF_A_PROGRAM.search(asked.text)):
        return []
    turns, i = 0, ctx.index(sentence)
    for above in (ctx.sentences[j] for j in range(i - 1, max(-1, i - CONVERSATION_SENTENCES), -1)):
        if named := subjects_in(above.text):
            return named if len(named) == 1 else []
        if ctx.line_opening(above) is above and _TURN.match(above.text) and (turns := turns + 1) >= CONVERSATION_TURNS:
            return []
    return []


# a demand with no subject of its own: "You'll need …", "Il vous faut …", "Candidates must …"
_IMPERSONAL_DEMAND = re.compile(r"\W*(?:you(?:['’]ll)?\s+(?:need|must|have\s+to)|il\s+(?:vous\s+|te\s+)?faut|vous\s+(?:devez|devrez)|"
                                r"tu\s+dois|candidates\s+(?:need|must))\b", re.IGNORECASE)

# "category" said of the draw, not of which category: "a category invitation", "the category draw"
_CATEGORY_AS_ADJECTIVE = re.compile(r"\b(?:a|an|the|those|these|that|this)\s+category\s+(?:invitations?|rounds?|draws?|selections?)\b",
                                    re.IGNORECASE)


def _the_sections_category(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The one category the sentence's heading names, else its paragraph's first sentence; empty when they name
    another number of them."""
    for above in (ctx.heading_before(sentence), ctx.paragraph_opening(sentence)):
        if above is None or above is sentence:
            continue
        named = _of_kind(subjects_in(above.text), "category:")
        if not named and (label := _LABEL_FIRST.match(above.text)):  # "Trades: a group of their own"
            named = [f"category:{c}" for c, short in SHORT_NAMES.items() if short.fullmatch(label.group("name"))]
        if len(named) == 1:
            return named
    return []


_LABEL_FIRST = re.compile(r"^\W*(?P<name>[^\W\d][\w -]{2,30}?)\s*[:—–]")


# a sentence saying the rule just stated holds for every category: "that rule now applies to all category-based rounds", "Cette
# règle vaut pour toutes les catégories"
# (a date may stand between: "Cette exigence s'applique depuis le 1er mars 2026 à toutes les catégories …")
_APPLIES = (r"[^.;]{0,60}?\b(?:applies|apply|vaut|valent|s['’]applique(?:nt)?)(?:\s+(?:since|from|as\s+of|depuis|dès|à\s+partir\s+du?)\s+"
            r"[^.;:,]{1,30}?)?\s+(?:to|for|in|à|aux|dans|pour)\s+"
            r"(?:every|all|each|toutes?\s+les|tous\s+les|chaque)\s+(?:the\s+)?(?:categor|catégor|category-based|rondes?|rounds?|draws?|tirages?)")
# (or a new rule said so: "Une règle nouvelle cette année, qui vaut pour toutes les catégories")
_THE_RULE = r"it|this|that|the\s+rule|cette\s+(?:règle|exigence)|la\s+règle|cela|ça|elle|une\s+(?:nouvelle\s+)?(?:exigence|règle)|a\s+new\s+(?:rule|requirement)"
_APPLIES_TO_EVERY = re.compile(rf"\b(?:{_THE_RULE})\b{_APPLIES}", re.IGNORECASE)
# (or the rule named by its words: "the new experience threshold", "le nouveau seuil", "cette exigence")
_NAMED_RULE_APPLIES_TO_EVERY = re.compile(
    rf"\b(?:{_THE_RULE}|the\s+(?:new\s+)?(?:[\w-]+\s+){{0,3}}?(?:threshold|minimum|requirement|bar)|(?:le\s+nouveau|ce)\s+(?:seuil|minimum)|"
    rf"(?:la\s+nouvelle|cette)\s+(?:exigence|durée))\b{_APPLIES}", re.IGNORECASE)


_CRITERION_HEADS = (EXPERIENCE_HEADS, LANGUAGE_HEADS, SKILL_HEADS, FUNDS_CONTEXT)  # (not the points' "eligible")


def _every_category_next(ctx: TextContext, sentence: Sentence) -> bool:
    """The next sentence of the paragraph, or the paragraph right under the list an item is in, says the rule holds for
    every category."""
    i = ctx.index(sentence) + 1
    if i >= len(ctx.sentences):
        return False
    if ctx.is_list_item(ctx.line_opening(sentence)):
        # (under a list, the paragraph may name the rule by its words, in any of its first sentences: "Since May the
        # months may be apart. The new experience threshold applies to every category this year")
        # (when it names the rule's criterion, "the new experience threshold", only the items on that criterion)
        for said in ctx.paragraph_under_list(sentence):
            if _NAMED_RULE_APPLIES_TO_EVERY.search(said.text):
                heads = [cue for cue in _CRITERION_HEADS if cue.found(said.text)]
                return not heads or any(cue.found(sentence.text) for cue in heads)
        return False
    # (the next sentence of a paragraph refers back to it, "that rule now applies to all …")
    after = ctx.sentences[i]
    return after.line_start == sentence.line_start and _APPLIES_TO_EVERY.search(after.text) is not None



def _referred(ctx: TextContext, sentence: Sentence) -> list[str] | None:
    """The subject of what "ce minimum", "Elle demande", "Il faut aussi" refer back to; None when the sentence does
    not refer back."""
    more = ONE_MORE_CONDITION.found(sentence.text)
    if not (more or ctx.has(sentence, REFERS_BACK) or SUBJECT_REFERS_BACK.found(sentence.text)):
        return None
    if (before := ctx.antecedent(sentence) or _item_above(ctx, sentence)) is not None:
        # (not an item above that only says which programs one must first qualify for: "- être admissible à un des
        # programmes fédéraux …" / "- compter 12 mois …; ces mois …" go on from the list's lead-in)
        if _PREREQUISITE_ITEM.match(before.text) and (lead := ctx.lead_for(sentence)) is not None and lead is not sentence \
                and (named := resolve_subjects(ctx, lead)) != ["express-entry"]:
            return named
        # (past an aside telling the rule's past: "… on demande douze mois. L'an dernier, c'était six. Et ça doit tomber …")
        if ctx.has(before, HISTORY) and not REQUIREMENT_CUE.found(before.text) and not NOW.found(before.text) and \
                not subjects_in(before.text) and (rule := ctx.antecedent(before)) is not None:
            before = rule
        return resolve_subjects(ctx, before)
    # one more condition opening a section under a sub-heading that names nothing ("Une année d'expérience, pas
    # moins"): the conditions of the section above go on
    heading = ctx.heading_before(sentence) if more else None
    if heading is not None and ctx.index(heading) + 1 == ctx.index(sentence) and not subjects_in(heading.text) \
            and not heading.text.rstrip().endswith("?"):
        return _section_topic(ctx, heading) or None
    return None


LEDE_CHARS = 60  # a line of prose, not a byline or a date
# a program likened to, not spoken of: "comme pour le PTQF", "as with the FSW" (not "Pour la CEC comme pour le PTQF":
# a sentence naming another program shares its rule with both)
_LIKENED = re.compile(r"\b(?:comme\s+pour|as\s+with|like\s+for)\s+(?:the\s+|la\s+|le\s+|l['’]\s?|les\s+)?$", re.IGNORECASE)


def _only_likened(text: str) -> bool:
    """The sentence names one program, and only as what something is likened to."""
    named = program_names(text)
    return len(named) == 1 and _all_set_apart(text, next(iter(named.values())), _LIKENED)


def _topic_so_far(ctx: TextContext, sentence: Sentence) -> list[str]:
    """The one program the page has named above the sentence, and no other subject (an FAQ whose first answer names
    the program its graduates use, then "How much work do I need?" and its answer naming no one); the programs it goes
    on to set apart further down are not yet named."""
    def topics() -> list[str | None]:
        """For each sentence, the one program named above it, if only one subject is (one pass over the page)."""
        out: list[str | None] = []
        named: set[str] = set()
        for above in ctx.sentences:
            out.append(next(iter(named)) if len(named) == 1 and next(iter(named)).startswith("program:") else None)
            if not _only_likened(above.text):
                named.update(set(subjects_in(above.text)) - {"program:pnp"})
        return out
    topic = ctx.remembered(("topics_so_far",), topics)[ctx.index(sentence)]
    return [topic] if topic is not None else []


def _page_topic(ctx: TextContext) -> list[str]:
    """The one program a page names, in its title, its first paragraph or its headings and nowhere else another ("Le PTQF
    expliqué en 8 slides" over slides titled "L'EXPÉRIENCE", "LA LANGUE"; a leaflet's letterhead "Liste de vérification
    — PTQF"): a page about one program; none when it names several subjects."""
    def topic() -> list[str]:
        # (the title, the first paragraph — a news story's lede names its topic — and the headings)
        # (and the lede: the first line of prose below the first line, a byline or a date line)
        first_line = ctx.sentences[0].line_start if ctx.sentences else 0
        lede = next((s.line_start for s in ctx.sentences if len(s.text) >= LEDE_CHARS and s.line_start != first_line
                     and not ctx.is_heading(s)), -1)
        heads = [s.text for s in ctx.sentences
                 if (s.line_start in (first_line, lede) or ctx.is_heading(s)) and not _only_likened(s.text)]
        headed = {subject for text in (ctx.title or "", *heads) for subject in subjects_in(text)}
        # (the PNP is named for its 600 CRS points, a rule of the whole system, on pages about any program)
        # (not the classes of occupations a list names: "- Major Group 93, …")
        # (nor a program only likened to in a sentence naming no other: "Faut-il passer un test comme pour le PTQF ?")
        named = {subject for sentence in ctx.sentences if not OCCUPATION_GROUP_LINE.match(ctx.text, sentence.line_start)
                 and not _only_likened(sentence.text) for subject in subjects_in(sentence.text)} - {"program:pnp"}
        if {"program:fst", "category:trades"} <= named and not names_a_category_word(ctx.text):
            named.discard("category:trades")  # on a page about the trades program, "métiers" are its trades
            headed.discard("category:trades")
        return list(named) if len(named) == 1 and named == headed and next(iter(named)).startswith("program:") else []
    return ctx.remembered(("page_topic",), topic)
