"""Patterns as data: how French and English texts name the four Express Entry programs.

Abbreviations are matched case-sensitively (a "pcp" in running text is not the PNP); names
ignore case. Order does not matter: every pattern of a program names that program.
"""

from __future__ import annotations

import re

APOS = "['’]"

PROGRAM_PATTERNS: dict[str, list[str]] = {
    "fsw": [
        r"travailleurs?\s+qualifiés?\s+(?:\(?fédéral\)?|fédéraux)",
        # a regulation's wording: "… est un travailleur qualifié si elle a accumulé …", "is a skilled worker if …"
        r"\bis\s+a\s+skilled\s+worker\s+if\b|\best\s+un\s+travailleur\s+qualifié\s+si\b",
        # said aloud: "les travailleurs qualifiés au fédéral", "skilled workers at the federal level"
        r"travailleurs?\s+qualifiés?\s+(?:au|du)\s+fédéral",
        # without "(fédéral)": only "Programme des …" (Québec's are "régulier des", "de sélection des")
        r"programme\s+des\s+travailleurs\s+qualifiés",
        r"(?<!regular\s)(?<!quebec\s)(?<!québec\s)skilled\s+workers?\s+program",
        # the program's applicants by its short name, given a duty: "Skilled worker candidates must prove … CLB 7" (not "the
        # short answer for skilled worker applicants", any of them)
        r"(?<!regular\s)(?<!quebec\s)(?<!québec\s)(?<!uk\s)(?<!british\s)\bskilled\s+worker\s+(?:applicants|candidates)\s+"
        r"(?:also\s+|still\s+|then\s+)?(?:need|must|have\s+to|should)\b",
        r"\b(?:PTQF|CTQF|FSWP?)\b",
        r"\b(?:fswp?|ptqf)\b",  # (captions and chats write it in lower case: "so for fsw you need …"; not a word of either language)
        r"Federal\s+Skilled\s+Workers?(?:\s+(?:Program|Class))?",
        # said aloud, after the three programs were named: "starting with the skilled worker one, …"
        r"\bthe\s+skilled\s+workers?\s+one\b",
    ],
    "fst": [
        r"travailleurs?\s+(?:de|des)\s+métiers\s+spécialisés(?:\s+\(?fédéral\)?)?",
        # a tab or a heading naming the program by its trades: "Métiers spécialisés (fédéral)", "Skilled trades (federal)"
        r"(?:métiers\s+spécialisés|skilled\s+trades?)\s+\((?:fédéral|federal)\)",
        r"métiers\s+spécialisés\s+(?:au|du)\s+fédéral",
        r"métiers\s+spécialisés\s+fédéraux",  # "les métiers spécialisés fédéraux", the program by its trades in the plural
        r"\b(?:PTMSF|PFMS|CTMSF|FSTP?)\b",
        r"\b(?:fstp?|ptmsf)\b",
        r"Federal\s+Skilled\s+Trades?(?:\s+(?:Program|Class))?",
        # the program named by its trades: "the (skilled) trades program", "le programme des métiers (spécialisés)"
        r"(?:skilled\s+)?trades\s+program(?:me)?s?\b",
        r"programme\s+(?:fédéral\s+)?des\s+métiers(?:\s+spécialisés)?",
        # the federal route of the trades: "la voie fédérale des métiers spécialisés", "the federal trades route"
        r"(?:voie|filière|volet)\s+fédérale?\s+des\s+métiers(?:\s+spécialisés)?",
        r"federal\s+(?:skilled\s+)?trades?\s+(?:route|stream|pathway|path)",
    ],
    "cec": [
        rf"Catégorie\s+de\s+l{APOS}\s?expérience\s+canadienne",
        # (as French writers, and a canada.ca page's title, name it too: "Programme de l'expérience canadienne : êtes-vous admissible ?")
        rf"Programme\s+de\s+l{APOS}\s?expérience\s+canadienne",
        r"volet\s+(?:de\s+l['’]\s?)?expérience\s+canadienne",
        r"\bCEC\b",
        r"\b(?:PEC)\b",  # (le « Programme de l'expérience canadienne », as French writers name the CEC; upper case only)
        r"Canadian\s+Experience\s+Class",
    ],
    "pnp": [
        r"Programmes?\s+des\s+candidats\s+des\s+provinces",
        r"\b(?:PCP|PNP)\b",
        r"(?:Provincial|Immigrant)\s+Nominee\s+Program",
    ],
}
PROGRAMS_COMPILED: list[tuple[str, re.Pattern[str]]] = [
    (program, re.compile(p, re.IGNORECASE if not p.startswith(r"\b(") else 0))
    for program, patterns in PROGRAM_PATTERNS.items()
    for p in patterns
]

# Lowercase words every pattern of a program contains: a text without one of them names not that program.
PROGRAM_TRIGGERS: dict[str, tuple[str, ...]] = {
    "fsw": ("qualifi", "ptqf", "ctqf", "fsw", "federal", "skilled worker"),
    "fst": ("métiers", "ptmsf", "pfms", "ctmsf", "fst", "federal", "trades"),
    "cec": ("canadienne", "cec", "canadian", "pec"),
    "pnp": ("provinces", "pcp", "pnp", "provincial", "nominee"),
}


# A line labelled with a program's name cut short: "Skilled Trades: 2 years …", "Canadian Experience – 1 year …"
SHORT_PROGRAM_LABEL = re.compile(
    r"[ \t]*(?:[-*•▪◦][ \t]*)?(?:(?P<fst>(?:federal\s+)?skilled\s+trades?|(?:travailleurs\s+(?:de\s+|des\s+)?)?métiers\s+spécialisés)|"
    r"(?P<cec>canadian\s+experience|expérience\s+canadienne)|(?P<fsw>(?:federal\s+)?skilled\s+workers?|travailleurs\s+qualifiés))"
    r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*(?::|[–—-][ \t])", re.IGNORECASE)
