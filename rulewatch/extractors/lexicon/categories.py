"""Patterns as data: how French and English texts name the categories.

Each pattern is a regular expression (case-insensitive, compiled once). Where patterns of
several categories overlap, the longest match wins ("métiers de l'éducation" is education,
not trades). A linguist can review this file without reading control flow.
"""

from __future__ import annotations

import re

from .lowercase import Cue

APOS = "['’]"
CANADIAN_EXPERIENCE_FR = (
    r"(?:ayant|qui\s+ont|possédant|avec|disposant\s+d['’]une?)\s+[^.;:\n]{0,80}?"
    r"(?:au\s+Canada|canadienne)"
)
CANADIAN_EXPERIENCE_EN = (
    r"(?:(?:with|who\s+(?:have|hold)|having)\s+(?:recent\s+)?Canadian\s+(?:work\s+)?experience|"
    r"(?:with|who\s+(?:have|hold)|having)\s+(?:recent\s+)?(?:work\s+)?experience\s+in\s+Canada|"
    r"who\s+(?:have\s+)?worked\s+in\s+Canada)"
)

CATEGORY_PATTERNS: dict[str, list[str]] = {
    "french-language-proficiency": [
        r"compétences?\s+linguistiques?\s+en\s+français",
        r"catégorie\s+(?:de\s+la\s+|des\s+)?(?:[«“\"]\s*)?compétences?\s+en\s+français",  # ("Catégorie « compétence en français »")
        r"(?:solides?|bonnes?|fortes?)\s+(?:compétences?|connaissances?|expertises?)\s+(?:linguistiques?\s+)?en\s+français",
        r"expertise\s+en\s+français",
        r"maîtrise\s+(?:avancée\s+)?du\s+français",
        r"candidats?\s+francophones",
        # "une catégorie entière réservée aux francophones", "a category of its own for French speakers"
        r"catégorie\s+(?:\w+\s+){0,2}?(?:réservée\s+|dédiée\s+)?(?:aux|pour\s+les)\s+francophones",
        r"category\s+(?:\w+\s+){0,3}?for\s+(?:french[- ]speakers|francophones)",
        # the language named as what a category aims at: "le français, visé lui aussi par une catégorie", "French, which
        # has its own category"
        r"\bfrançais\b[^.;]{0,20}?(?:ciblé|visé)\s+(?:\w+\s+){0,2}?par\s+(?:une|sa)\s+(?:propre\s+)?catégorie",
        r"\bFrench\b[^.;]{0,20}?(?:targeted\s+by|has)\s+(?:a|its)\s+(?:own\s+)?(?:dedicated\s+)?category",
        r"(?:candidats?|personnes?|immigrants?|travailleurs?)\s+d['’]expression\s+française",
        r"(?:french[- ]speaking|francophone)\s+(?:candidates?|applicants?)",
        # (the English twin of "de solides compétences en français": "applicants with solid French")
        r"(?:candidates?|applicants?)\s+with\s+(?:strong|good|solid|advanced)\s+French\b",
        r"French[- ]language\s+proficiency",
        r"strong\s+French[- ]language\s+(?:skills|proficiency|ability)",
    ],
    "healthcare": [
        r"soins\s+de\s+santé",
        # (an adjective between: "une profession admissible de la santé")
        r"(?:professions?|professionnels?|métiers|travailleurs?|secteur)\s+(?:(?:admissibles?|visée?s?|ciblée?s?)\s+)?"
        r"(?:de\s+la\s+|de\s+|du\s+secteur\s+de\s+la\s+)santé"
        r"(?:\s+et\s+des\s+services\s+sociaux)?",
        r"santé\s+et\s+(?:des\s+|les\s+)?services\s+sociaux",
        r"catégorie\s+(?:de\s+la\s+|des\s+soins\s+de\s+)?santé",
        r"health\s?care(?:\s+(?:and|&)\s+social\s+services)?(?:\s+occupations)?",
        r"health\s+(?:and\s+social\s+services\s+)?occupations",
    ],
    "stem": [
        r"\bSTIM\b",
        r"\bSTEM\b",
        rf"sciences?,\s+(?:de\s+la\s+|des\s+)?technologies?,?\s+(?:et\s+)?(?:de\s+l{APOS}\s?|du\s+|des\s+|l{APOS}\s?)?"
        r"(?:génie|ingénieries?)(?:\s+et\s+(?:des\s+)?mathématiques)?(?:\s*\(STIM\))?",
        r"science,\s+technology,\s+engineering,?\s+and\s+math(?:ematics)?(?:\s*\(STEM\))?(?:\s+occupations)?",
    ],
    "trades": [
        r"métiers\s+spécialisés",
        # (or named beside the others: "… figure parmi les catégories retenues cette année, aux côtés des métiers, …")
        r"(?:catégorie\s+des\s+|les\s+|(?<=,\s)|\baux\s+côtés\s+des\s+|\bainsi\s+que\s+des\s+)métiers(?=\s*[,;:(.]|\s*$|\s+et\b|\s+(?:tels?|comme|techniques?|manuels?)\b)",
        r"^(?:[-–•*]\s*)?métiers\b(?!\s+(?:de|des|du|d['’]))",
        r"corps\s+de\s+métiers?",
        r"skilled\s+trades",
        r"trades?\s+occupations",
        r"\ban?\s+(?:eligible\s+|listed\s+)?trades?\s+occupation\b",
    ],
    "transport": [
        r"(?:métiers|professions?|secteur|catégorie|professionnels?)\s+(?:(?:admissibles?|visée?s?|ciblée?s?)\s+)?(?:des|du)\s+transports?",
        r"\btransports\b",
        r"transport(?:ation)?\s+occupations",
        r"\ban?\s+(?:eligible\s+|listed\s+)?transport(?:ation)?\s+(?:occupation|job)\b",  # "a year in a transport occupation"
        r"\btransportation\b",
    ],
    "agriculture-agri-food": [
        rf"agriculture\s+et\s+(?:de\s+)?(?:l{APOS}\s?)?agroalimentaire",
        r"agriculture\s+and\s+agri-?food(?:\s+occupations)?",
    ],
    "education": [
        rf"(?:professions?|métiers|secteur|catégorie|professionnels?|travailleurs?)\s+(?:(?:admissibles?|visée?s?|ciblée?s?)\s+)?"
        rf"(?:de\s+l{APOS}\s?|en\s+)éducation",
        rf"^(?:[-–•*]\s*)?(?:l{APOS}\s?)?éducation\b",
        rf"(?:,|\bet)\s+(?:de\s+)?l{APOS}\s?éducation\b",
        rf"\bdans\s+l{APOS}\s?éducation\b",
        r"education\s+(?:occupations|sector)",
        rf"catégorie\s+(?:\w+\s+){{0,2}}?(?:réservée|dédiée|consacrée|destinée)\s+(?:à\s+l{APOS}\s?éducation|aux\s+(?:enseignants|professeurs))",
        r"category\s+(?:\w+\s+){0,2}?(?:reserved|dedicated|set\s+aside|meant)\s+for\s+(?:education|teachers)",
    ],
    "physicians-canadian-experience": [
        rf"médecins(?:\s+étrangers)?(?:\s+qualifiés)?\s+(?:ayant\s+déjà\s+travaillé\s+au\s+Canada|{CANADIAN_EXPERIENCE_FR})",
        rf"physicians\s+{CANADIAN_EXPERIENCE_EN}",
        # the category said to be theirs: "la catégorie réservée aux médecins", "the category set aside for doctors"
        r"catégories?\s+(?:\w+\s+){0,2}?(?:réservées?|dédiées?|consacrées?|destinées?)\s+aux\s+médecins",
        r"categor(?:y|ies)\s+(?:\w+\s+){0,2}?(?:reserved|dedicated|set\s+aside|meant)\s+for\s+(?:physicians|doctors)",
    ],
    "military-recruits": [
        r"recrues?\s+militaires(?:\s+\w+){0,3}",
        r"recrues?\s+(?:des|de\s+l['’]|pour\s+les)\s+(?:Forces\s+armées\s+canadiennes|armée\s+canadienne)",
        r"recruits?\s+(?:of|for|to)\s+the\s+Canadian\s+(?:Armed\s+)?Forces",
        r"militaires(?:\s+étrangers)?(?:\s+très)?\s+(?:qualifiés|recrutés)",
        r"(?:skilled\s+)?military\s+recruits",
    ],
}

# One noun of a group; "cadres supérieurs et supérieures", "cadres supérieur·e·s", "chercheur·euse·s" are the
# gender-inclusive forms of one noun ("chercheuses et chercheurs" is two nouns of the group).
_INCLUSIVE = r"(?:[·.•](?:e|euse|se)[·.•]?s?|\(e\)s?|[·.•]s)?"
_SENIOR_OR_RESEARCHER = (
    rf"(?:cadres\s+supérieur(?:e?s)?{_INCLUSIVE}(?:\s+(?:et|ou)\s+supérieur(?:e?s)?)?|chercheu(?:rs|ses|r|se){_INCLUSIVE}|"
    rf"médecins{_INCLUSIVE})"
)
# "chercheurs et cadres supérieurs ayant de l'expérience de travail au Canada" names two categories:
# the coordinated group is matched once, then each noun in it gives its category.
COORDINATED_FR = re.compile(
    rf"(?P<group>{_SENIOR_OR_RESEARCHER}(?:(?:\s*,\s*|\s+et\s+|\s+ou\s+|\s+ainsi\s+que\s+)(?:des\s+|les\s+)?"
    rf"{_SENIOR_OR_RESEARCHER})*)"
    rf"(?:\s+étrangers)?\s*(?:,\s*(?:tous|toutes)(?:\s+(?:deux|trois|les\s+(?:deux|trois)))?\s+(?:devant\s+avoir\s+|qui\s+doivent\s+avoir\s+)?)?"
    # ("(tous avec …)"; or ", toutes deux devant avoir une expérience de travail au Canada")
    rf"\s*(?:\(\s*(?:tous|toutes|tous\s+et\s+toutes)?\s*)?(?:{CANADIAN_EXPERIENCE_FR}|(?<=avoir\s)[^.;:\n]{{0,60}}?(?:au\s+Canada|canadienne))",
    re.IGNORECASE,
)
COORDINATED_EN = re.compile(
    rf"(?P<group>(?:researchers|senior\s+managers|physicians|doctors)(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:researchers|senior\s+managers|physicians|doctors))*)"
    rf"(?:\s+(?:\(\s*(?:all|each|both)?\s*)?{CANADIAN_EXPERIENCE_EN}|"
    # (or the groups named as categories, the military recruits perhaps last: "as well as the new doctors, researchers
    # and senior managers categories")
    r"(?=(?:\s*,?\s+and\s+(?:the\s+)?military\s+recruits)?\s+categor(?:y|ies)\b))",
    re.IGNORECASE,
)
# … or the experience first, then the group it was gained as: "une expérience professionnelle canadienne comme
# médecin", "Canadian experience as a doctor"
COORDINATED_AS = re.compile(
    r"\b(?:expérience\s+(?:de\s+travail\s+|professionnelle\s+)?(?:au\s+Canada|canadienne)\s+(?:en\s+tant\s+que|comme)|"
    r"(?:Canadian\s+(?:work\s+)?experience|(?:work\s+)?experience\s+in\s+Canada)\s+as)\s+(?:an?\s+|des\s+)?"
    rf"(?P<group>{_SENIOR_OR_RESEARCHER}|médecin|chercheur|cadre\s+supérieur|researchers?|senior\s+managers?|physicians?|doctors?)\b",
    re.IGNORECASE,
)
COORDINATED_NOUNS: dict[str, str] = {
    "médecin": "physicians-canadian-experience",
    "physician": "physicians-canadian-experience",
    "doctor": "physicians-canadian-experience",
    "chercheu": "researchers-canadian-experience",
    "researcher": "researchers-canadian-experience",
    "cadre": "senior-managers-canadian-experience",
    "senior manager": "senior-managers-canadian-experience",
}

# "Les autres catégories (français, santé, éducation, métiers et STIM)", "categories for 2026 (STEM, …)",
# "les catégories de santé et des métiers", "categories such as trades": items of a list that follows
# the word "catégories" name categories by their short names, too common to read outside such a list.
CATEGORY_LIST = re.compile(
    r"\b(?:catégories|categories)[^(),.;:\n]{0,60}?\((?P<paren>[^()\n]{1,200})\)|"
    # (words may tell whom the categories are for before the colon: "three categories for candidates with Canadian
    # experience: physicians, …")
    # (or the year: "Les catégories 2026 : santé, métiers, …", "categories for 2026: …")
    # (not the job classification's: "Qualifying trades fall under these NOC TEER categories:")
    # (or the targeted draws said to aim at them: "Pour 2026, les invitations ciblées visent le français, …")
    r"(?<!TEER\s)(?<!FÉER\s)(?<!FEER\s)\b(?:catégories|categories|(?:invitations|rondes|tirages)\s+ciblée?s|"
    r"(?:targeted|category[- ]based)\s+(?:draws|rounds|invitations))"
    r"(?:\s+(?:de\s+|for\s+|pour\s+)?(?:19|20)\d\d(?=\s*:|\s+(?:are|sont|includes?|comprennent|incluent)\s))?"
    r"(?:\s(?:for|pour|aimed\s+at|visant|(?:destinée|réservée|ouverte)s?\s+aux?)\s[^(),.;:\n]{0,60}?(?=:))?"
    r"\s*(?:"
    # (an abbreviation's stop does not end the run: "…, cadres sup. et militaires")
    # (or a verb: "The 2026 list of targeted categories includes trades, …", "les catégories retenues sont …")
    r"(?::|\s(?:de|des|du)\s|\s(?:such\s+as|like|including|comme|telles?\s+que|notamment)\s|"
    r"\s(?:are|sont|includes?|comprennent|incluent|concernent|visent|cover|target)\s(?!(?:not|pas|no|aucune|plus|still|toujours|encore)\b))(?P<run>(?:[^.;:()\n]|\.(?=\s+(?:et|and)\s)){1,200}))",
    re.IGNORECASE,
)
CATEGORY_LIST_WORD = re.compile(r"\b(?:catégories|categories|ensembles)\b", re.IGNORECASE)
# Items are separated by commas and conjunctions; a determiner, or the skill of a language, may open an item.
LIST_ITEM_START = re.compile(
    rf"(?:^|,|\+|\bet\b|\band\b|\bou(?:\s+encore)?\b|\bor\b|\bainsi\s+que\b|\bmais\s+aussi\b)\s*"
    rf"(?:(?:des|du|de\s+la|de|les|la|le|the|une|a)\s+|(?:de\s+)?l{APOS}\s?)?"
    # "…, connaissance du français et éducation", "knowledge of French": the skill that names the French category
    rf"(?:(?:(?:très\s+)?bonne\s+|solide\s+)?(?:connaissance|maîtrise|compétences?(?:\s+linguistiques?)?|knowledge|proficiency)\s+(?:du|en|of|in)\s+)?(?=\w)",
    re.IGNORECASE,
)
SHORT_NAME_PATTERNS: dict[str, str] = {
    "french-language-proficiency": r"français(?:e\b)?|francophon(?:es?|ie)|french(?:[- ]language)?",  # ("la catégorie française")
    "healthcare": r"santé|soins\s+de\s+santé|health(?:\s?care)?",
    "stem": r"stim|stem",
    # ("les métiers des STIM" are STEM jobs, "métiers de la santé" health jobs: the other category's name decides)
    "trades": r"métiers(?!\s+(?:des|du|de\s+la|de\s+l['’]\s?|de)\s*(?:stim|stem|santé|transports?|éducation|agri))|trades?",
    "transport": r"transports?|transportation",
    "agriculture-agri-food": r"agriculture|agricole|agricultural|agroalimentaire|agri-?food",
    "education": r"éducation|education|teachers?|enseignant(?:e|es|s)?",
    "physicians-canadian-experience": r"médecins|physicians?|doctors?",
    "researchers-canadian-experience": r"chercheu(?:rs|ses)|researchers?",
    "senior-managers-canadian-experience": r"cadres(?:\s+supérieur\S*)?|senior[\s-]managers?",
    "military-recruits": r"(?:recrues\s+)?militaires?|military(?:\s+recruits?)?",
}
SHORT_NAMES: dict[str, re.Pattern[str]] = {
    category: re.compile(rf"(?:{pattern})\b", re.IGNORECASE) for category, pattern in SHORT_NAME_PATTERNS.items()
}

# A category named by its short name (SHORT_NAMES) beside the word "category", often as a rule's subject:
# "the physicians category requires…", "pour la catégorie francophone", "la catégorie des chercheurs".
_SHORT_UNION = "|".join(SHORT_NAME_PATTERNS.values())
# a group opening the sentence as its subject: "Les médecins, eux, doivent …", "Researchers must …"
# (or its workers, and what they hope for: "Teachers hoping for an invitation in an education draw must …")
GROUP_AS_SUBJECT = re.compile(
    rf"^\s*(?:les|the)?\s*(?P<name>{_SHORT_UNION})\b(?=\s*,|\s+(?:doivent|devront|must|need|will\s+need|ont\s+besoin)|"
    r"(?:\s+(?:workers|professionals|travailleurs|professionnels))?\s+(?:hoping|wishing|seeking|aiming|looking|who\s+(?:want|hope)|"
    r"qui\s+(?:visent|espèrent|souhaitent))\b[^,.;]{0,60}?\s+(?:now\s+|still\s+|désormais\s+|maintenant\s+)?"
    r"(?:doivent|devront|must|need|will\s+need|ont\s+besoin))|"
    # after a short opening clause: "Pour y être admissibles, les médecins doivent …"
    rf"^[^,.;:()]{{3,40}},\s*(?:les|the)?\s*(?P<name2>{_SHORT_UNION})\b(?=\s+(?:doivent|devront|must|need|will\s+need|ont\s+besoin))",
    re.IGNORECASE,
)

NAMED_CATEGORY_FR = re.compile(
    rf"catégorie\s+(?:(?:des|du|de\s+la|de)\s+|(?:de\s+)?l{APOS}\s?)?(?:[«“\"]\s*)?(?P<name>{_SHORT_UNION})\b", re.IGNORECASE
)  # (the name may be quoted: "la catégorie « santé »")
NAMED_CATEGORY_EN = re.compile(rf"\b(?P<name>{_SHORT_UNION})(?:\s*[»”\"])?(?:\s+|-)category\b", re.IGNORECASE)  # ("a trades-category draw")

# A round's name: a short name right before its version ("Métiers 2026-Version 2", "Education (2026-Version 1)").
ROUND_NAME = re.compile(rf"\b(?P<name>{_SHORT_UNION})\s*\(?\d{{4}}-version", re.IGNORECASE)
# A draw named by its category: "the first transport draw", "STEM draws", "a French-language round", "une ronde
# spéciale santé", "les rondes francophones", "un tirage réservé aux métiers", "les tirages « santé »".
DRAW_NAME = re.compile(
    # ("trades-only draws", "a healthcare-only round": the category's and no other's)
    rf"\b(?P<name>{_SHORT_UNION})(?:-only)?(?:\s*[»”\"])?\s+(?:draws?|rounds?)\b|"
    # (its number and a verb of aim may stand between: "la ronde no 402 visait les francophones", "draw #12 for trades")
    rf"\b(?:rondes?|tirages?|draws?|rounds?)(?:\s+(?:n[o°º]\.?\s*|#\s?)?\d{{1,4}}[a-z]?)?\s+(?:spéciale?s?\s+|ciblée?s?\s+|"
    # (or "of" them: "une ronde des métiers", "les tirages de la santé")
    rf"réservée?s?\s+aux\s+|réservée?s?\s+à\s+la\s+|des\s+|de\s+la\s+|du\s+|(?:visait|visant|ciblait|ciblant|targeting|targeted|for|pour)\s+"
    rf"(?:justement\s+|only\s+|uniquement\s+)?(?:les\s+|the\s+)?)?(?:[«“\"]\s*)?(?P<name2>{_SHORT_UNION})\b",
    re.IGNORECASE,
)

# A category name right before a program's abbreviation or "fédéraux", or inside a program's name, is the program.
PROGRAM_CONTEXT_AFTER = re.compile(r"^\s*(?:\((?:PFMS|PTMSF|CTMSF|PTQF|CTQF|FSTP|FSWP|FST|FSW|fédéral|federal)\)|fédéraux\b)", re.IGNORECASE)
PROGRAM_CONTEXT_BEFORE = re.compile(
    r"(?:programme\s+des\s+travailleurs\s+(?:de|des)\s*|programme\s+(?:des|de)\s+|federal\s+|program\s+for\s+)$", re.IGNORECASE
)

# Lowercase words every pattern of a category contains ("coordinated" and "list" for the groups and
# lists above; every short name holds one of its category's words too): a line
# is tried against a category's patterns only when it contains one of them (most lines name none).
CATEGORY_TRIGGERS: dict[str, tuple[str, ...]] = {
    "french-language-proficiency": ("français", "francophone", "french"),
    "healthcare": ("santé", "health"),
    "stem": ("stim", "stem", "scien"),
    "trades": ("métier", "trade"),
    "transport": ("transport",),
    "agriculture-agri-food": ("agri",),
    "education": ("éducation", "education", "enseignant", "professeur", "teacher"),
    "physicians-canadian-experience": ("médecin", "physician", "doctor"),
    "military-recruits": ("militaire", "military", "recrue"),
    "coordinated": ("chercheu", "researcher", "cadre", "manager", "médecin", "physician", "doctor"),
    "list": ("catégories", "categories", "ciblée", "targeted", "category-based", "category based"),
}

# A document speaks of category-based selection at all: without this, no category is read.
# The categories a short name may stand for in an enumeration ("les francophones, la santé, les métiers"); those too
# vague for prose ("les médecins" of a healthcare list is not the physicians category) are left out.
ENUMERABLE_CATEGORIES = ("french-language-proficiency", "healthcare",  # (tried in this order)
                         "stem", "trades", "transport", "agriculture-agri-food", "education")
# A word of a category or of its draws: "Les métiers spécialisés admissibles" without one is a program's trades.
# "one of these TEER categories", "un emploi de catégorie FÉER 2", "les catégories de la CNP": a class of
# occupations, not a category of Express Entry.
OCCUPATION_CLASS = re.compile(
    r"\b(?:TEER|FÉER|FEER|NOC|CNP)\s+(?:categor(?:y|ies)|catégories?)\b|"
    r"\bcatégories?\s+(?:de\s+la\s+|des\s+)?(?:FÉER|FEER|TEER|CNP|NOC)\b|\bcategor(?:y|ies)\s+(?:of\s+the\s+)?(?:TEER|NOC)\b|"
    # (FÉER spelled out: "la catégorie de formation, d'études, …")
    r"\bcatégories?\s+de\s+formation,\s+d['’]études\b",
    re.IGNORECASE,
)

CATEGORY_WORD = re.compile(r"catégor|categor|ronde|round|draw|tirage", re.IGNORECASE)


# the CEC's French name holds the word: "la catégorie de l'expérience canadienne" is a program, no category
CEC_FRENCH_NAME = re.compile(r"\bcatégorie\s+de\s+l['’]\s?expérience\s+canadienne\b", re.IGNORECASE)


def names_a_category_word(text: str) -> bool:
    """The text speaks of categories or draws; "catégorie FÉER 2" is a class of occupations, not one of them."""
    return CATEGORY_WORD.search(OCCUPATION_CLASS.sub("TEER", text)) is not None
CATEGORY_CONTEXT = re.compile(r"catégor|categor|ronde|round|ensemble|tirage|invitation|\bdraws?\b", re.IGNORECASE)

COMPILED: dict[str, list[re.Pattern[str]]] = {
    category: [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in patterns]
    for category, patterns in CATEGORY_PATTERNS.items()
}

# A category stated as absent from the year's list is not announced, any more than one stated as dropped
# (cues.REMOVED): "manquent à l'appel", "ne feront pas partie des rondes", "won't be part of", "is not among".
# "Écartés l'an dernier, font leur retour" is a return, not an absence: past exclusions are not cues.
CATEGORY_ABSENT = Cue(
    # a list's line labelled as gone: "* Dropped: agriculture", "Supprimée : l'agriculture"
    r"^\s*(?:[-–•*]\s*)?(?:gone|dropped|removed|discontinued|no\s+longer|retirée?s?|supprimée?s?|abandonnée?s?|disparue?s?)\s*[:—–]\s|"
    # … or as left out: "Not included in 2026: agriculture", "Pas reconduite en 2026 : …", "Exclue : …"
    r"^\s*(?:[-–•*]\s*)?(?:not\s+(?:on\s+the\s+list|included|renewed|(?:coming\s+)?back)|excluded|left\s+out|"
    r"pas\s+(?:sur\s+la\s+liste|retenue?s?|reconduite?s?|renouvelée?s?)|absente?s?|exclue?s?|écartée?s?)"
    r"(?:\s+(?:this\s+year|in\s+\d{4}|for\s+\d{4}|cette\s+année|en\s+\d{4}))?\s*[:—–]\s|"
    r"\bmanque(?:nt|ront|ra)?\s+(?:(?:toujours|encore|cette\s+année)\s+)?à\s+l['’]appel|"
    # a changelog's bare participle closing the clause: "Agriculture and agri-food dropped."
    r"\b(?:dropped|discontinued|retired)\s*(?:[.;]|$)|"
    r"\bne\s+(?:fait|font|fera|feront|figure|figurent|figurera|figureront)\s+(?:toujours\s+|encore\s+)?pas\s+(?:partie|sur|dans|parmi)\b"
    r"(?!\s+(?:de\s+)?(?:celle-ci|celle-là|cette\s+catégorie))|"
    r"\bn['’]\s?(?:est|sont|a|ont)\s+pas\s+(?:retenue?s?|reconduite?s?|au\s+nombre|parmi|dans\s+la\s+liste)\b|"
    r"\babsente?s?\s+de\s+(?:la|cette|l['’])|"
    # "Transport isn't a category this year", "les transports ne sont pas une catégorie en 2026"
    # (said of a year: "… mais n'est pas une catégorie" says what a points bonus is)
    r"\b(?:n['’]\s?est|ne\s+sont)\s+pas\s+une\s+catégorie\s+(?:cette\s+année|en\s+\d{4}|pour\s+\d{4})\b|"
    r"\b(?:will\s+not|won['’]t|is\s+not|isn['’]t|are\s+not|aren['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t)\s+"
    r"(?:be\s+)?(?:part\s+of|among|included|on\s+(?:the|this\s+year['’]s)\s+(?:\d{4}\s+|new\s+)?list|returning|(?:coming\s+)?back|"
    r"a\s+category\s+(?:this\s+year|any\s+more|anymore|in\s+\d{4}|for\s+\d{4}))\b"
    # (not others left out of it: "… accepts doctors only; paramedics and nurses are not part of it")
    r"(?!\s+(?:it|them|(?:this|that|the|the\s+new)\s+category)\b)|"
    r"\b(?:left\s+(?:out|off)|missing\s+from|absent\s+from)\b|"
    # the list said to leave them out: "a list that leaves out STEM and transport", "une liste qui laisse de côté …"
    r"\b(?:leaves?|leaving)\s+(?:out|off)\b|\blaisse(?:nt)?\s+de\s+côté\b|"
    # "On s'attendait à voir revenir les transports, mais ce n'est pas le cas"
    # ("Ce n'est pas le cas des catégories X, qui …" compares: X is still there; "That is not the case: …" refutes a
    # claim, what follows the colon is the page's word)
    r"\bce\s+n['’]est\s+pas\s+le\s+cas\b(?!\s+(?:des|du|de|pour)\b)(?!\s*:)|"
    r"\b(?:that|this)\s+(?:is\s+not|isn['’]t)\s+the\s+case\b(?!\s+(?:of|for|with)\b)(?!\s*:)|"
    # "is gone for this year", "was not renewed", "ne revient pas"; said first: "Gone for 2025 are …"
    r"\b(?:is|are)\s+gone\b|^\W*gone\s+(?:(?:for|in|this)\s+(?:\d{4}|year)\s+)?(?:is|are)\b|"
    # "will see no targeted rounds in 2025", "will not get any draws this year"
    r"\bwill\s+(?:not\s+(?:see|get|have)\s+(?:any\s+)?|(?:see|get|have)\s+no\s+)(?:targeted\s+|category\s+|dedicated\s+)?(?:rounds?|draws?)\b"
    r"(?![^.;]{0,40}\b(?:until|till|before|for\s+now|for\s+the\s+moment)\b)|\b(?:was|were)\s+not\s+renewed\b|\bne\s+revien(?:t|nent)\s+pas\b|"
    r"\bn['’]\s?(?:a|ont)\s+pas\s+été\s+(?:reconduite?s?|retenue?s?|renouvelée?s?)\b|\bc['’]est\s+terminé\b|\bis\s+over\b|"
    r"\brest(?:e|ent)\s+sur\s+le\s+carreau\b|\blaissée?s?\s+de\s+côté\b|\bleft\s+behind\b|"
    # "will not be targeted this year", "ne seront pas ciblées"
    # (not left out of a list or another category only: "ne sont pas visés par le tableau ci-dessous", "are not covered
    # by this table")
    # ("… are not currently targeted")
    r"\b(?:will\s+not|won['’]t|are\s+not|aren['’]t)\s+(?:be\s+)?(?:currently\s+|presently\s+|now\s+)?(?:targeted|invited|selected)\b"
    r"(?!\s+(?:by|in)\s+(?:th|an?\b))|"
    r"\bne\s+(?:seront|sera|sont|est)\s+pas\s+(?:ciblée?s?|visée?s?|invitée?s?)\b"
    r"(?!\s+(?:par|dans)\s+(?:la|cette|ce|les|le|cet)\s+(?:liste|catégorie|tableau|page|section|volet|ronde))|"
    # not used, not kept, not renewed: "Nous n'utilisons pas la catégorie de …", "IRCC does not use …"
    r"\bn['’]\s?(?:utilis|inclu|retien|conserv|reconduis|renouvel)\w*\s+(?:plus|pas)\b|"
    r"\bne\s+(?:utilis|retien|reconduis|renouvel|conserv|gard|inclu)\w*\s+(?:plus|pas)\b|"
    r"\b(?:do|does|did|will)\s+not\s+(?:use|include|keep|renew)\b|\b(?:don['’]t|doesn['’]t|didn['’]t|won['’]t)\s+(?:use|include|keep|renew)\b"
)
# A category back on the list: whatever the clause says of a past exclusion ("which were left out in 2025").
# (Said as a fact: "the return of transport was expected" or "no date for their return" is no return.)
CATEGORY_RETURNS = Cue(
    # (or in use under its own name, whatever else the sentence leaves it out of: "Researchers who worked in Canada have
    # their own category this year and are not part of this table", "ont leur propre catégorie")
    r"\b(?:are|is)\s+invited\s+(?:under|through|in)\s+(?:their|its)\s+own\s+(?:category|rounds?|draws?)\b|"
    r"\b(?:have|has)\s+(?:their|its)\s+own\s+category\b|\b(?:ont|a)\s+(?:leur|sa)\s+propre\s+catégorie\b|"
    r"\b(?:are|is)\s+back\b|\bback\s+on\b|\bback\s+(?:into|in|among)\s+(?:its|the|their)\b|\b(?:returns|is\s+returning|are\s+returning|ha(?:s|ve)\s+returned)\b|\(\s*returning\s*\)|"
    r"\b(?:font|fait|feront|fera)\s+(?:leur|son)\s+retour\b|\bde\s+retour\b|(?<!ne\s)\breviennent\b|(?<!ne\s)\brevient\b|"
    r"\brétablie?s?\b|\bréintégrée?s?\b|\bréintrodui\w*|\brestored\b|\breinstated\b|\breintroduced\b|\bresum(?:es|ed)\b|\breprennent\b|"
    r"\bremise?s?\s+en\s+place\b|\bremet(?:tent)?\s+en\s+place\b|"
    # "Transport jobs return, …", "… return as one of the groups" (not the noun: "a return", "their return");
    # "la catégorie … est revenue cette année", "came back", "le retour des STIM", "transports (retour)"
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)\breturn(?=\s*[,.;]|\s+(?:as|for|after|in|this|next|alongside|with|to\s+the\s+list)\b)|"
    r"\b(?:est|sont)\s+revenue?s?\b|\b(?:came|comes|coming)\s+back\b|\ble\s+retour\s+(?:des?|du)\b|\(\s*(?:de\s+)?retour\s*\)|\(\s*back\s*\)|"
    # a category brought in: "… fait son entrée", "it also launched a new category for …", "IRCC a créé …"
    r"\b(?:font|fait)\s+(?:leur|son)\s+entrée\b|\bmakes?\s+(?:their|its)\s+(?:debut|entrance)\b|"
    # (a finite verb with its subject, not a participle telling a past: "the trades group, launched in 2023, …")
    r"\b(?:it|they|ircc|ottawa|department|government|and)\s+(?:has\s+|have\s+|also\s+)?(?:created|introduced|launched)\b|"
    r"\b(?:a|ont|ircc|ottawa)\s+(?:aussi\s+)?(?:créé|introduit|lancé|crée|lance)\b"
)
# What a sentence says of one category stops at a contrast: "les STIM reviennent, mais l'agriculture manque à l'appel".
CONTRAST = re.compile(r";|,?\s+(?:mais|tandis\s+que|alors\s+que|en\s+revanche|par\s+contre|but|while|whereas|however)\b|,\s+yet\b|"
                      # (a colon opening the list of those in use: "… leaves out transport: the categories IRCC uses this
                      # year are healthcare, …")
                      r":\s+(?=[^:;.]{0,40}?\b(?:categories|catégories)\b[^:;.]{0,40}?\b(?:are|sont|remain|restent|include|comprennent)\b)",
                      re.IGNORECASE)


# Draws said to target occupations, which the categories are: "des tirages ciblés par métier (soins, STIM…)",
# "draws targeted at trades", "occupation-targeted draws"
TARGETED_DRAWS = (r"\b(?:rondes?|tirages?|draws?)\s+(?:ciblée?s?|targeted|targeting|par\s+(?:profession|métier)s?)\b|"
                  r"\b(?:occupation|profession)[- ]targeted\s+draws?\b|\btargeted\s+draws?\b|"
                  # (or rounds for some groups, named by example: "des rondes pour certains groupes, comme les travailleurs de la
                  # santé ou les profils bilingues")
                  r"\b(?:draws?|rounds?|rondes?|tirages?)\s+(?:for|pour|aimed\s+at|visant)\s+(?:specific|particular|certain|des|certains|"
                  r"certaines)\s+(?:groups?|groupes?|profiles?|profils?|occupations?|professions?)\b")
# one's own trade, an occupation ("in a skilled trade", "in your trade", "dans votre métier"), not
# the draws' category
# (not "dans un métier admissible", "in an eligible trade": the category's occupations)
ONES_TRADE = Cue(r"\b(?:in|dans)\s+(?:a|one|your|the\s+same|un|votre|ton|le\s+même)\s+(?:skilled\s+)?(?:trade|métier)\b"
                 r"(?!\s+(?:category|catégorie|draws?|rounds?|rondes?|tirages?|admissible|eligible|visé))")
