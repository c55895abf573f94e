"""Patterns as data: how French and English texts name the categories.

Each pattern is a regular expression (case-insensitive, compiled once). Where patterns of
several categories overlap, the longest match wins ("métiers de l'éducation" is education,
not trades). A linguist can review this file without reading control flow.
"""

from __future__ import annotations

import re

APOS = "['’]"
CANADIAN_EXPERIENCE_FR = (
    r"(?:ayant|qui\s+ont|possédant|avec|disposant\s+d['’]une?)\s+[^.;:\n]{0,80}?"
    r"(?:au\s+Canada|canadienne)"
)
CANADIAN_EXPERIENCE_EN = r"with\s+(?:recent\s+)?Canadian\s+(?:work\s+)?experience"

CATEGORY_PATTERNS: dict[str, list[str]] = {
    "french-language-proficiency": [
        r"compétences?\s+linguistiques?\s+en\s+français",
        r"(?:solides?|bonnes?|fortes?)\s+(?:compétences?|connaissances?|expertises?)\s+(?:linguistiques?\s+)?en\s+français",
        r"expertise\s+en\s+français",
        r"maîtrise\s+(?:avancée\s+)?du\s+français",
        r"candidats?\s+francophones",
        r"French[- ]language\s+proficiency",
        r"strong\s+French[- ]language\s+(?:skills|proficiency|ability)",
    ],
    "healthcare": [
        r"soins\s+de\s+santé",
        r"(?:professions?|professionnels?|métiers|travailleurs?|secteur)\s+(?:de\s+la\s+|de\s+|du\s+secteur\s+de\s+la\s+)santé"
        r"(?:\s+et\s+des\s+services\s+sociaux)?",
        r"santé\s+et\s+(?:des\s+)?services\s+sociaux",
        r"catégorie\s+(?:de\s+la\s+|des\s+soins\s+de\s+)?santé",
        r"health\s?care(?:\s+and\s+social\s+services)?(?:\s+occupations)?",
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
        rf"(?:catégorie\s+des\s+|les\s+|(?<=,\s))métiers(?=\s*[,;:(.]|\s*$|\s+et\b|\s+(?:tels?|comme|techniques?|manuels?)\b)",
        r"^(?:[-–•*]\s*)?métiers\b(?!\s+(?:de|des|du|d['’]))",
        r"corps\s+de\s+métiers?",
        r"skilled\s+trades",
        r"trades?\s+occupations",
    ],
    "transport": [
        r"(?:métiers|professions?|secteur|catégorie|professionnels?)\s+(?:des|du)\s+transports?",
        r"\btransports\b",
        r"transport(?:ation)?\s+occupations",
        r"\btransportation\b",
    ],
    "agriculture-agri-food": [
        rf"agriculture\s+et\s+(?:de\s+)?(?:l{APOS}\s?)?agroalimentaire",
        r"agriculture\s+and\s+agri-?food(?:\s+occupations)?",
    ],
    "education": [
        rf"(?:professions?|métiers|secteur|catégorie|professionnels?|travailleurs?)\s+(?:de\s+l{APOS}\s?|en\s+)éducation",
        rf"^(?:[-–•*]\s*)?(?:l{APOS}\s?)?éducation\b",
        rf"(?:,|\bet)\s+(?:de\s+)?l{APOS}\s?éducation\b",
        rf"\bdans\s+l{APOS}\s?éducation\b",
        r"education\s+(?:occupations|sector)",
    ],
    "physicians-canadian-experience": [
        rf"médecins(?:\s+étrangers)?(?:\s+qualifiés)?\s+(?:ayant\s+déjà\s+travaillé\s+au\s+Canada|{CANADIAN_EXPERIENCE_FR})",
        rf"physicians\s+{CANADIAN_EXPERIENCE_EN}",
    ],
    "military-recruits": [
        r"recrues?\s+militaires(?:\s+\w+){0,3}",
        r"militaires(?:\s+étrangers)?(?:\s+très)?\s+(?:qualifiés|recrutés)",
        r"(?:skilled\s+)?military\s+recruits",
    ],
}

# One noun of a group; "cadres supérieurs et supérieures" is the gender-inclusive doublet of one noun.
_SENIOR_OR_RESEARCHER = r"(?:cadres\s+supérieur(?:e?s)?(?:\s+(?:et|ou)\s+supérieur(?:e?s)?)?|chercheu(?:rs|ses|r|se))"
# "chercheurs et cadres supérieurs ayant de l'expérience de travail au Canada" names two categories:
# the coordinated group is matched once, then each noun in it gives its category.
COORDINATED_FR = re.compile(
    rf"(?P<group>{_SENIOR_OR_RESEARCHER}(?:(?:\s*,\s*|\s+et\s+|\s+ou\s+)(?:des\s+|les\s+)?{_SENIOR_OR_RESEARCHER})*)"
    rf"(?:\s+étrangers)?\s+{CANADIAN_EXPERIENCE_FR}",
    re.IGNORECASE,
)
COORDINATED_EN = re.compile(
    rf"(?P<group>(?:researchers|senior\s+managers)(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:researchers|senior\s+managers))*)"
    rf"\s+{CANADIAN_EXPERIENCE_EN}",
    re.IGNORECASE,
)
COORDINATED_NOUNS: dict[str, str] = {
    "chercheu": "researchers-canadian-experience",
    "researcher": "researchers-canadian-experience",
    "cadres": "senior-managers-canadian-experience",
    "senior manager": "senior-managers-canadian-experience",
}

# "Les autres catégories (français, santé, éducation, métiers et STIM)", "categories for 2026 (STEM, …)",
# "les catégories de santé et des métiers", "categories such as trades": items of a list that follows
# the word "catégories" name categories by their short names, too common to read outside such a list.
CATEGORY_LIST = re.compile(
    r"\b(?:catégories|categories)(?:\s+[^\s(),.;:]+){0,3}?\s*\((?P<paren>[^()\n]{1,200})\)|"
    r"\b(?:catégories|categories)\s*(?:"
    r"(?::|\s(?:de|des|du)\s|\s(?:such\s+as|like|including|comme|telles?\s+que|notamment)\s)(?P<run>[^.;:()\n]{1,200}))",
    re.IGNORECASE,
)
# Items are separated by commas and conjunctions; a determiner may open an item.
LIST_ITEM_START = re.compile(
    rf"(?:^|,|\bet\b|\band\b|\bou\b|\bor\b|\bainsi\s+que\b)\s*"
    rf"(?:(?:des|du|de\s+la|de|les|la|le|the)\s+|(?:de\s+)?l{APOS}\s?)?(?=\w)",
    re.IGNORECASE,
)
SHORT_NAMES: dict[str, re.Pattern[str]] = {
    category: re.compile(rf"(?:{pattern})\b", re.IGNORECASE)
    for category, pattern in {
        "french-language-proficiency": r"français|french(?:[- ]language)?",
        "healthcare": r"santé|soins\s+de\s+santé|health(?:\s?care)?",
        "stem": r"stim|stem",
        "trades": r"métiers|trades?",
        "transport": r"transports?|transportation",
        "agriculture-agri-food": r"agriculture|agroalimentaire|agri-?food",
        "education": r"éducation|education",
    }.items()
}

# A category name right before a program's abbreviation, or inside a program's name, is the program.
PROGRAM_CONTEXT_AFTER = re.compile(r"^\s*\((?:PFMS|PTMSF|CTMSF|PTQF|CTQF|FSTP|FSWP|FST|FSW)\)")
PROGRAM_CONTEXT_BEFORE = re.compile(
    r"(?:programme\s+des\s+travailleurs\s+(?:de|des)\s*|federal\s+)$", re.IGNORECASE
)

# Lowercase words every pattern of a category contains ("coordinated" and "list" for the groups and
# lists above): a line
# is tried against a category's patterns only when it contains one of them (most lines name none).
CATEGORY_TRIGGERS: dict[str, tuple[str, ...]] = {
    "french-language-proficiency": ("français", "francophone", "french"),
    "healthcare": ("santé", "health"),
    "stem": ("stim", "stem", "scien"),
    "trades": ("métier", "trade"),
    "transport": ("transport",),
    "agriculture-agri-food": ("agri",),
    "education": ("éducation", "education"),
    "physicians-canadian-experience": ("médecin", "physician"),
    "military-recruits": ("militaire", "military", "recrue"),
    "coordinated": ("chercheu", "researcher", "cadre", "manager"),
    "list": ("catégories", "categories"),
}

# A document speaks of category-based selection at all: without this, no category is read.
CATEGORY_CONTEXT = re.compile(r"catégor|categor|ronde|round|ensemble|tirage|invitation", re.IGNORECASE)

COMPILED: dict[str, list[re.Pattern[str]]] = {
    category: [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in patterns]
    for category, patterns in CATEGORY_PATTERNS.items()
}
