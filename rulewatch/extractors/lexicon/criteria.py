"""Patterns as data: how texts state each criterion's value.

Proof of funds (amounts and household sizes), language levels (NCLC/CLB, per ability),
points (pass mark, factor maxima, CRS points), skill levels (TEER/FÉER, NOC 2016) and
hours of work. Each entry maps the words of a text to the rule model's vocabulary.
"""

from __future__ import annotations

import re

from .lowercase import Cue

_I = re.IGNORECASE

# --- proof of funds --------------------------------------------------------------------------
FUNDS_CONTEXT = Cue(
    r"preuve\s+de\s+fonds|fonds|économies|épargne|argent|settlement\s+funds|proof\s+of\s+funds|\bfunds\b|money|savings|\bpof\b"
)
# Amounts that are fees, salaries or offers are not proof of funds.
NOT_FUNDS = Cue(
    r"\bfrais\b|\bfees?\b|salaire|salary|wage|loyer|\brent\b|coût|\bcosts?\b|prix\b|price|offerts?\b|bonus|"
    r"prime|rabais|\b(?:une|la|votre)\s+remise\b|\bremise\s+(?:de|d['’])|tarif|honoraires|prestation|droit\s+de\s+résidence|right\s+of\s+permanent\s+residence|"
    r"de\s+(?:plus|moins)\s+que|more\s+than\s+last|less\s+than\s+last|increase\s+of|hausse\s+de"
)
# Household sizes as texts write them; the value is the number of persons.
HOUSEHOLD_WORDS: list[tuple[str, int | str]] = [
    (r"(?:chaque|par)\s+(?:membre|personne)(?:\s+de\s+(?:la\s+)?famille)?\s+(?:additionnel(?:le)?|supplémentaire)|"
     r"par\s+membre\s+additionnel|each\s+additional\s+(?:family\s+)?(?:member|person)|"
     r"for\s+each\s+additional|chaque\s+membre\s+additionnel|chaque\s+(?:personne|membre)\s+en\s+plus|"
     r"(?:chaque|par)\s+(?:membre|personne)(?:\s+de\s+(?:la\s+)?famille)?\s+(?:en\s+(?:sus|plus)|de\s+plus)|"
     # "for every family member beyond seven", "par personne au-delà de sept"
     r"(?:every|each|per)\s+(?:additional|extra)\s+(?:family\s+)?(?:member|person|dependant|dependent)|"
     r"(?:every|each)\s+(?:family\s+)?(?:member|person)\s+(?:beyond|over|above|past)|"
     r"(?:chaque|par)\s+(?:membre|personne)(?:\s+de\s+(?:la\s+)?famille)?\s+au-delà|"
     # notes: "chq pers. supp.", "par pers. add.", "each add'l person"
     r"(?:chq|chaque|par|\+|/)\s*pers\.?\s+(?:supp?l?|add|addit)\w*\.?|(?:each|per)\s+add['’]?l\.?\s+(?:member|person|pers)", "each-additional"),
    (r"personne\s+seule|célibataire|une\s+seule\s+personne|"
     r"single\s+(?:(?:express\s+entry|ee|fsw|fst|cec|federal\s+skilled\s+(?:worker|trades?)(?:\s+program(?:me)?)?)\s+)?"
     r"(?:person|applicant|candidate)|\bsingle\b(?=\s*\)?\s*(?:[:=→·/,;|-]|is\b)?\s*(?:\$|cad\b|\d|$))|only\s+(?:member|person)\s+of\s+your\s+family|"
     # "… $19,001 for two and $15,263 for one": the noun said once for the list (not "for one year")
     r"\b(?:for|pour)\s+(?:one|une?|1)\b(?=\s*(?:[,;.()]|and\b|et\b|$))|"
     r"\bseul(?:e|s|es)?\b|(?:for\s+)?one\s+person|\bjust\s+you(?:rself)?\b|pour\s+une\s+personne|\b1\s+personne\b|\balone\b|on\s+your\s+own|"
     r"\bsolo\b|by\s+yourself|en\s+solo\b|\b(?:you\s+are|you['’]re|if)\s+single\b", 1),
    (r"\bcouples?\b|\b(?:(?:you\s+are|you['’]re)\s+married|vous\s+êtes\s+mariée?s)\b(?!\s*(?:with|avec)\b)|"
     # married, no child: "une requérante mariée, sans enfant à charge", "a married applicant with no children"
     r"\bmariée?s?\b(?=[^.;]{0,20}\bsans\s+enfants?\b)|\bmarried\b(?=[^.;]{0,25}\b(?:no|without)\s+(?:children|kids)\b)", 2),
]
# "couple avec trois enfants" (5), "married with two kids" (4), "single parent with one child" (2): the adults and the children counted
HOUSEHOLD_WITH_CHILDREN = re.compile(
    r"\b(?P<adults>couple|married|mariée?s|parent\s+seul|parent\s+isolé|famille\s+monoparentale|single\s+parent|lone\s+parent)"
    r"\s*(?:avec|with|\+|&|et|and)\s*(?P<n>un|une|deux|trois|quatre|cinq|one|an?|two|three|four|five|[1-5])\s+(?:enfants?|children|child|kids?|enf\.)",
    _I,
)
# the members added up: "You + spouse" (2), "you + spouse + 1 child" (3), "vous et votre conjoint avec deux enfants" (4),
# "applicant + 2 kids" (3), "if you have a spouse" (2); a match with neither a spouse nor children names no household
_PLUS = r"\s*(?:\+|&|and|et|with|avec|plus)\s*"
_CHILDREN_COUNT = rf"{_PLUS}(?P<n>[1-5]|one|two|three|four|five|un|une|deux|trois|quatre|cinq|an?)\s+(?:enfants?|children|child|kids?)"
HOUSEHOLD_MEMBERS_ADDED = re.compile(
    r"\b(?:you|yourself|vous|toi|moi|me|(?:the\s+|l['’]\s?)?(?:applicant|candidate|candidat|demandeur|demandeuse))\b"
    rf"(?P<spouse>(?:{_PLUS}|\s+(?:have|bring|avez|amenez|emmenez)\s+)(?:your\s+|the\s+|my\s+|his\s+|her\s+|votre\s+|ton\s+|ta\s+|son\s+|sa\s+|a\s+|un\s+|une\s+|l['’]\s?|le\s+|la\s+)?"
    rf"(?:spouse|partner|conjointe?|époux|épouse|partenaire|wife|husband|femme|mari)\b)?(?:{_CHILDREN_COUNT})?",
    _I,
)
# someone who comes with a spouse, and children counted: "a nurse coming over with her husband and two kids" (4),
# "qui arrive avec sa conjointe et un enfant" (3)
WITH_A_SPOUSE = re.compile(
    r"\b(?:with|avec)\s+(?:a|an|his|her|their|un|une|son|sa|leur)\s+(?P<spouse>spouse|partner|wife|husband|conjointe?|époux|épouse|"
    rf"partenaire|femme|mari)\b(?:{_CHILDREN_COUNT})?",
    _I,
)
# amounts named as such, in a heading over them: "The new amounts", "Montants 2026"
AMOUNTS = re.compile(r"\b(?:amounts?|montants?|sommes?)\b", _I)
# the reader's own spouse in a branch of the rule: "If you arrive with your spouse, the figure is …" (2); not the
# reader's case told back to them ("vous comptez venir avec votre conjointe …", no condition)
WITH_YOUR_SPOUSE = re.compile(
    r"\b(?:if|when|si|s['’]|quand|lorsque)\b[^.;,:]{0,40}?\b(?:with|avec)\s+(?:your|votre|ton|ta)\s+(?P<spouse>spouse|partner|wife|"
    rf"husband|conjointe?|époux|épouse|partenaire|femme|mari)\b(?:{_CHILDREN_COUNT})?",
    _I,
)
# "famille de 4 personnes", "4 membres de la famille", "household of 4", "4 family members"
HOUSEHOLD_COUNT = re.compile(
    # "… 31 080 $ pour cinq personnes, 35 050 $ pour six": the noun said once for the list
    r"\b(?:pour|for)\s+(?P<c>deux|trois|quatre|cinq|six|sept|two|three|four|five|six|seven|[2-7])\b(?!\s*(?:(?:mois|ans?|années?|semaines|heures|points?)\b|%|\$))|"
    # "à trois il faut 23 360 $, et à quatre …": how many go, in words
    r"\bà\s+(?P<f>deux|trois|quatre|cinq|six|sept)\b(?!\s*(?:mois|ans?|années?|semaines|heures|points?|reprises|fois|jours)\b)|"
    # the writer's own household counted: "comme nous sommes trois, il faut prouver …", "there are two of us"
    r"\b(?:on\s+est|nous\s+sommes|on\s+sera|nous\s+serons)\s+(?P<i>deux|trois|quatre|cinq|six|sept)\b(?!\s*(?:à|a)\b)|"
    r"\bthere\s+(?:are|were|will\s+be)\s+(?P<j>two|three|four|five|six|seven)\s+of\s+(?:us|you)\b|"
    # (or the reader's: "Puisque vous êtes trois, le montant à prouver …")
    r"\b(?:vous\s+êtes|vous\s+serez|tu\s+es|tu\s+seras)\s+(?P<k>deux|trois|quatre|cinq|six|sept)\b(?!\s*(?:à|a)\b)|"
    r"(?:familles?|ménages?|households?|famil(?:y|ies)|fam\.?)\s+(?:de|of)\s+(?P<a>\d|\w+)\s*(?:personnes|membres|persons|people|members)?|"
    # (not "A member applying with …": one of a union's or a group's members)
    r"(?!(?:an?|un)\s+(?:member|membre)\b)(?P<b>\d|\w+)\s+(?:personnes?|membres?\s+de\s+(?:la\s+)?famille|family\s+members?|persons?|people|members?)\b|"
    r"(?P<d>[1-7])\s*(?:pers\b\.?|membres\b)|"  # notes: "3 pers. 23 360 $", "5 membres : 32 168 $" (not "un membre écrit")
    # the size as the household's adjective: "a two-person household", "a 3-member family"
    r"\b(?P<g>[1-7]|one|two|three|four|five|six|seven)[- ](?:person|people|member)\s+(?:household|family|home)\b|"
    # the size as a field's value: "Household size 3 …", "Taille du ménage : 1 —"
    r"(?:(?:household|family)\s+size|taille\s+(?:du\s+ménage|du\s+foyer|de\s+(?:la\s+)?famille))\s*(?::|=|of)?\s*(?P<e>[1-7])\b|"
    # a form's field: "Number of family members: 3", "Nombre de personnes : 3"
    r"(?:number\s+of\s+(?:family\s+)?(?:members|persons|people)|nombre\s+de\s+(?:membres|personnes))(?:\s+de\s+(?:la\s+)?famille)?"
    r"\s*[:=]\s*(?P<h>[1-7])\b",
    _I,
)
# "plus de 7 personnes", "more than 7 people": families beyond a size, not a size (the rule for them is
# "each additional" member).
BEYOND_COUNT = Cue(r"(?:plus\s+de|more\s+than|au-delà\s+de|over|beyond|exceeds?|dépasse)\s*$")
# A table whose header speaks of family size and funds is a proof-of-funds table.
FUNDS_TABLE_HEADER = Cue(
    r"^(?=.*(?:membres?|taille|personnes?|ménage|foyer|famille|family|members?|household|persons?|couples?|single))"
    r"(?=.*(?:fonds|funds|\$|dollars|\bcad\b|amounts?|montants?))", re.DOTALL
)
ROW_EACH_ADDITIONAL = Cue(r"additionnel|supplémentaire|additional|each\s+extra|en\s+sus\b")
# A list's lead-in that says its items are amounts ("Voici les montants applicables depuis …").
FUNDS_LEAD_IN = Cue(r"montants?|amounts?|\bseuils?\b|thresholds?|\bfonds\b|\bfunds\b|argent|money|barème|sommes?\b")

# --- language ---------------------------------------------------------------------------------
LANGUAGE_CONTEXT = Cue(
    r"\bnclc(?:\b|(?=\d))|\bclb(?:\b|(?=\d))|niveaux?\s+de\s+compétence\s+linguistique\s+canadien|canadian\s+language\s+benchmark|"
    # the scale or the four abilities named in words: "le niveau sept de l'échelle canadienne", "dans les quatre compétences"
    r"\béchelle\s+canadienne\b|\bcanadian\s+scale\b|\b(?:quatre|4|four)\s+(?:compétences|habiletés|capacités|abilities|skills)\b|"
    # (or a level of one ability, said aloud: "le niveau six en compréhension de l'oral"; a list's "level 5 in listening" takes
    # the scale from its lead-in)
    r"\bniveau\s+\w+\s+en\s+(?:expression|compréhension)\b"
)
# "NCLC 7", "NCLC de 7", "niveau 7 des NCLC", "CLB level 7", "CLB 7", "niveau sept des NCLC", "CLB seven" (group a to f)
_LEVEL = (r"\d{1,2}|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|four|five|six|seven|eight|nine|ten|eleven|twelve")
LANGUAGE_LEVEL = re.compile(
    rf"(?:\b(?:NCLC|CLB|Canadian\s+Language\s+Benchmarks?(?:\s+\(CLB\))?|Niveaux?\s+de\s+compétence\s+linguistique\s+canadiens?(?:\s+\(NCLC\))?)"
    rf"(?:\b|(?=\d))\s*(?:\)\s*)?(?:d['’]au\s+moins\s+|of\s+at\s+least\s+|de\s+|of\s+|level\s+|niveau\s+|minimum\s+(?:de\s+|of\s+)?)?(?P<a>{_LEVEL})\b)|"
    # "le niveau 5 des NCLC", "un niveau 9 ou mieux des NCLC", "level 6 or better on the CLB"
    rf"(?:\bniveau\s+(?:minimal\s+|minimum\s+)?(?:de\s+)?(?P<b>{_LEVEL})\s+(?:(?:ou\s+(?:plus|mieux|supérieur)|au\s+moins|minimum)\s+)?"
    rf"(?:des?\s+|du\s+|sur\s+l['’]échelle\s+des\s+)?(?:NCLC|CLB|Niveaux?\s+de\s+compétence\s+linguistique)\b)|"
    rf"(?:\blevel\s+(?:of\s+)?(?:at\s+least\s+)?(?P<c>{_LEVEL})\s+(?:or\s+(?:more|higher|better|above)\s+)?(?:of\s+the\s+|in\s+the\s+|on\s+the\s+)?"
    rf"(?:CLB|NCLC|Canadian\s+Language\s+Benchmarks?|Niveaux\s+de\s+compétence\s+linguistique\s+canadiens)\b)|"
    # spoken: "il vous faut cinq en NCLC", "seven on the CLB scale", "7 sur l'échelle des NCLC", "8 selon les NCLC", "un 8 aux
    # Niveaux (NCLC)"
    rf"(?:\b(?P<d>{_LEVEL})\s+(?:(?:en|on\s+the|au|aux|in\s+the|on\s+the\s+scale\s+of\s+the|selon\s+les|according\s+to\s+the)\s+|(?:sur|selon)\s+l['’]\s?échelle\s+(?:des|du)\s+)"
    rf"(?:NCLC|CLB|Canadian\s+Language\s+Benchmarks?|Niveaux\s+de\s+compétence\s+linguistique)\b)|"
    # the scale named in words, its initials in brackets: "un résultat de sept sur l'échelle canadienne (NCLC)", "seven on
    # the Canadian scale (CLB)"
    rf"(?:\b(?P<e>{_LEVEL})\s+(?:sur\s+l['’]\s?échelle\s+canadienne|on\s+the\s+canadian\s+scale)\s*\((?:NCLC|CLB)\))|"
    # a level of the scale named in words, or of the four abilities: "le niveau sept de l'échelle canadienne", "level 7 in
    # each of the four abilities", "un niveau huit ou plus dans les quatre habiletés"
    rf"(?:\b(?:niveau|level)\s+(?P<f>{_LEVEL})\s+(?:(?:de\s+l['’]\s?échelle\s+canadienne|on\s+the\s+canadian\s+scale)\b|"
    rf"(?:(?:ou\s+(?:plus|mieux)|or\s+(?:higher|more|better))\s+)?(?:dans|in|pour|for)\s+(?:les|chacune\s+des|all|each\s+of\s+the|the)\s+"
    rf"(?:quatre|4|four)\s+(?:compétences|habiletés|capacités|abilities|skills)\b|"
    # (or of one ability, said aloud: "le niveau six en compréhension de l'oral", "level five in listening")
    rf"(?=(?:en|in|à|pour|for)\s+(?:l['’]\s?)?(?:expression|compréhension|oral|écrit|lecture|écriture|speaking|listening|reading|writing)\b)))",
    _I,
)
ABILITIES: list[tuple[str, str]] = [
    # (and the tests' own abbreviations, capitals only: CÉ, EÉ, CO, EO)
    (r"compréhension\s+(?:de\s+l['’]\s?écrit|écrite)|\blecture\b|\blire\b|\breading\b|(?-i:\bC[ÉE]\b)", "reading"),
    (r"expression\s+écrite|\bécriture\b|\bécrire\b|\bwriting\b|(?-i:\bE[ÉE]\b)", "writing"),
    (r"compréhension\s+(?:de\s+l['’]\s?oral|orale)|\bécoute\b|\bécouter\b|\blistening\b|(?-i:\bCO\b)", "listening"),
    # (not who speaks a language: "French-speaking candidates")
    (r"expression\s+orale|\bparler\b|(?<![\w]-)\bspeaking\b|(?-i:\bEO\b)", "speaking"),
]
# an ability then its bare level, the scale named only by the line's label: "Language (NCLC): reading 4, writing 4, …"
ABILITY_THEN_LEVEL = re.compile(rf"(?:{'|'.join(p for p, _ in ABILITIES)})\s*[:=]?\s*(?P<n>\d{{1,2}})\b"
                                r"(?!\d|[.,]\d|\s*(?:%|points?|pts|ans?\b|years?|mois|months?|\$|h\b|heures|hours))", re.IGNORECASE)
SCALE_WORD = re.compile(r"\b(?:clb|nclc)\b", re.IGNORECASE)
# Abilities named by group: "oral : NCLC 5 ; écrit : NCLC 4", "CLB 6 for the oral skills".
ABILITY_GROUPS: list[tuple[str, tuple[str, ...]]] = [
    # "NCLC 5 oral / NCLC 4 écrit": the bare word right after a level (the segment after it is searched)
    # (or a label's last word, or in brackets: "Niveau visé, oral : NCLC 6", "NCLC 6 (écrit)")
    (r"(?:^\s*|[—–:/]\s*)(?:oral|spoken)\b|,\s*(?:oral|spoken)\s*:|\(\s*(?:oral|spoken)\s*\)|\b(?:à|pour)\s+l['’]\s?oral\b|\b(?:compétences?|habiletés?|épreuves?|capacités?)\s+orales\b|\boral(?:ly|\s+skills|\s+abilities)\b|"
     r"\bcompréhension\s+et\s+(?:en\s+|de\s+)?(?:l['’]\s?)?expression\s+orales\b|\bexpression\s+et\s+(?:en\s+|de\s+)?(?:la\s+)?compréhension\s+orales\b|"
     r"\bspeaking\s*(?:and|&)\s*listening\b|\blistening\s*(?:and|&)\s*speaking\b|"
     r"\bspeak(?:ing)?\s*/\s*listen(?:ing)?\b|\blisten(?:ing)?\s*/\s*speak(?:ing)?\b|"
     # the verbs: "CLB 5 to speak and listen", "NCLC 4 pour lire et écrire"
     r"\bspeak\s+(?:and|or)\s+(?:to\s+)?listen\b|\blisten\s+(?:and|or)\s+(?:to\s+)?speak\b|"
     # ("NCLC 5 pour parler et comprendre": understanding beside speaking is understanding speech)
     r"\bparler\s+(?:et|ou)\s+(?:à\s+)?(?:comprendre|écouter)\b|\b(?:comprendre|écouter)\s+(?:et|ou)\s+(?:à\s+)?parler\b", ("listening", "speaking")),
    (r"(?:^\s*|[—–:/]\s*)(?:écrit|written)\b|,\s*(?:écrit|written)\s*:|\(\s*(?:écrit|written)\s*\)|\b(?:à|pour)\s+l['’]\s?écrit\b|\b(?:compétences?|habiletés?|épreuves?|capacités?)\s+écrites\b|\bwritten\s+(?:skills|abilities)\b|"
     r"\bcompréhension\s+et\s+(?:en\s+|de\s+)?(?:l['’]\s?)?expression\s+écrites\b|\bexpression\s+et\s+(?:en\s+|de\s+)?(?:la\s+)?compréhension\s+écrites\b|"
     r"\breading\s*(?:and|&)\s*writing\b|\bwriting\s*(?:and|&)\s*reading\b|"
     r"\bread(?:ing)?\s*/\s*writ(?:e|ing)\b|\bwrit(?:e|ing)\s*/\s*read(?:ing)?\b|"
     r"\bread\s+(?:and|or)\s+(?:to\s+)?write\b|\bwrite\s+(?:and|or)\s+(?:to\s+)?read\b|\blire\s+(?:et|ou)\s+(?:à\s+)?écrire\b", ("reading", "writing")),
]
ALL_ABILITIES = Cue(
    r"(?:quatre|4|toutes\s+les|chacune\s+des)\s+(?:compétences|habiletés|capacités)|\bpartout\b|\bacross\s+the\s+board\b|"
    # "tant à l'oral qu'à l'écrit", "orales et écrites", "spoken and written": both groups, so all four
    r"\borale?s?\s+(?:et|qu['’]\s?)\s*(?:à\s+l['’]\s?)?écrite?s?\b|\boral\s+qu['’]\s?à\s+l['’]\s?écrit\b|"
    r"\b(?:oral|écrit)\s+comme\s+(?:à|pour)\s+l['’]\s?(?:écrit|oral)\b|"  # "à l'oral comme à l'écrit"
    r"\b(?:oral|spoken)\s+and\s+written\b|\bwritten\s+and\s+(?:oral|spoken)\b|"
    r"(?:all\s+)?(?:four|4)\s+(?:language\s+)?abilities|all\s+(?:language\s+)?abilities|each\s+(?:language\s+)?ability"
)
# "6 points par habileté au niveau NCLC 9", "NCLC 7 … earns extra points": a level that scores points is a
# line of a points grid or a bonus, not a minimum.
POINTS_FOR_LEVEL = Cue(
    r"\b\d{1,3}\s+(?:points?|pts)\s+(?:par|per|si|if|au|à|for|pour)\b|"
    r"\b(?:vaut|valent|worth|rapporte\w*|donne\w*|earns?|gets?|obtenez)\s+(?:au\s+plus\s+|jusqu['’]à\s+|up\s+to\s+)?\d{1,3}\s+points?\b|"
    r"\b(?:extra|additional|bonus|supplémentaires)\s+points\b|\bpoints\s+(?:supplémentaires|additionnels|bonus)|"
    # a level that raises a score: "CLB 9 gives you more CRS points", "le NCLC 9 rapporte davantage de points"
    r"\b(?:clb|nclc)\s*\d{1,2}\+?\s+(?:\w+\s+){0,2}?(?:gives?|earns?|brings?|adds?|gets?|donne\w*|rapporte\w*|ajoute\w*)\s+"
    r"(?:you\s+|vous\s+|te\s+)?(?:more|extra|additional|plus\s+de|davantage\s+de)\s+(?:(?:crs|scg)\s+)?points\b|"
    # …or says by how much: "CLB 6 in French adds around 30-50 pts", "le NCLC 7 rapporte jusqu'à 50 points"
    r"\b(?:clb|nclc)\s*\d{1,2}\+?\s+(?:\w+\s+){0,2}?(?:gives?|earns?|brings?|adds?|gets?|donne\w*|rapporte\w*|ajoute\w*)\s+"
    r"(?:you\s+|vous\s+|te\s+)?(?:like\s+|about\s+|around\s+|roughly\s+|up\s+to\s+|environ\s+|jusqu['’]à\s+)?"
    r"\d{1,3}(?:\s*(?:-|–|à|to)\s*\d{1,3})?\s*(?:(?:crs|scg)\s+)?(?:points?|pts)\b|"
    # a line of a points grid: "Bonus francophone (NCLC 8 et plus) : 25 points" (not a pass mark: ": 67 points sur 100")
    r":\s*\d{1,3}\s*(?:points?|pts)\b(?!\s*(?:sur|out\s+of|/)\s*(?:100|cent)\b)"
)

# --- points -----------------------------------------------------------------------------------
# "67 points", "50 ou 200 points" (each number before the word is a value)
# (spoken numbers are written with or without their hyphen: "twenty eight", "soixante sept")
_POINTS_WORDS = (r"(?:vingt[\s-]cinq|vingt[\s-]huit|soixante[\s-]sept|cinquante|six\s+cents|deux\s+cents|douze|quinze|dix|"
                 r"twenty[\s-]five|twenty[\s-]eight|sixty[\s-]seven|fifty|six\s+hundred|two\s+hundred|twelve|fifteen|ten)")
POINTS = (rf"(?P<num>\d{{1,4}}|\b(?=[vscdqtfVSCDQTF]){_POINTS_WORDS})(?=(?:\s*\(\d{{1,4}}\))?"  # "six hundred (600) points"
          rf"(?:\s*(?:,|ou|or|et|and|à|to)\s*\d{{1,4}})*\s*-?\s*"
          r"(?:(?:out\s+of|sur|of\s+the|of|des)\s+(?:a\s+(?:possible|maximum\s+of)\s+)?\d{1,4}\s+(?:available\s+|possible\s+)?(?:(?:fsw|ptqf|selection[-\s]grid|grid|grille)\s+)?)?"
          r"(?:(?:of\s+(?:those|these|its)|de\s+ces)\s+)?"  # "at least 67 of those points", "60 de ces points"
          r"(?:(?:crs|scg|\(crs\)|\(scg\)|bonus|extra|more|additional|supplémentaires|additionnels|de\s+bonus|comprehensive\s+ranking\s+system|"
          r"ranking)\s+){0,3}(?:points?|pts)\b)")  # ("600 Comprehensive Ranking System (CRS) points")
PASS_MARK = Cue(
    r"note\s+de\s+passage|seuil\s+de\s+(?:réussite|passage)|pass\s+mark|\b(?:67|sixty-seven)-point\s+(?:grid|threshold|bar|minimum)|obtenir\s+au\s+moins|score\s+(?:at\s+least|minimum)|"
    # the grid named by its mark as what a program uses: "La grille de 67 points sert au PTQF"
    r"\bgrille\s+(?:de\s+sélection\s+)?(?:de|à|des)\s+(?:67|soixante-sept)\s+points\s*,?\s+(?:c['’]est|est|sert|s['’]applique|concerne)\b|"
    r"au\s+moins\s+\d+\s+points\s+sur\s+100|sur\s+100|out\s+of\s+100|sur\s+cent\b|out\s+of\s+(?:a|one)\s+hundred|\d\s*/\s*100\b|sur\s+une\s+échelle\s+de\s+100|"
    r"grille\s+(?:de\s+sélection|d['’]évaluation)|selection\s+(?:factors|grid)|minimum\s+(?:de\s+)?\d+\s+points|"
    r"(?:au\s+moins|at\s+least)\s+\d+\s+points|pour\s+être\s+admissible|to\s+be\s+eligible|to\s+qualify\b|\d\s+of\s+100\b|"
    r"out\s+of\s+a\s+(?:possible|maximum\s+of)\s+100|sur\s+un\s+(?:total|maximum)\s+(?:possible\s+)?de\s+100|"
    r"seuil\s+d['’]admissibilité|eligibility\s+threshold|\d+-point\s+pass|\b100[\s-]point\s+(?:grid|scale)\b|"
    r"\b(?:threshold|seuil)\s+(?:is|of|est\s+de|est|de|à)\s+(?:\d+|soixante-sept|sixty-seven)\s+points|"
    # a floor on the grid's points: "67 points or higher", "sixty-seven points or more", "67 points, no fewer"
    r"(?:\d+|soixante-sept|sixty-seven)\s+points?,?\s+(?:or\s+(?:more|higher|above|better)|ou\s+(?:plus|mieux)|au\s+minimum|"
    r"minimum|no\s+fewer|no\s+less|pas\s+moins)|"
    # "67 of the 100 available points", "67 des 100 points"
    r"\bseuil\s+(?:à\s+atteindre|minimal|minimum|requis|d['’]entrée)|\bthreshold\s+(?:to\s+reach|you\s+must\s+reach)|\bminimum\s+score\b|"
    r"\bof\s+the\s+100\b|\bdes\s+100\s+points\b|\b(?:points?|pts)\s*/\s*100\b|"
    # the figure one needs to get through: "… 67 total to pass the grid", "67 points pour réussir"
    r"\d+\s+(?:points?\s+)?(?:(?:in\s+)?total\s+|overall\s+|au\s+total\s+)?(?:to\s+pass|pour\s+(?:réussir|passer))\b"
)
FACTORS: list[tuple[str, str]] = [
    (r"compétences?\s+linguistiques?|langues?\s+officielles?|\blangues?\b|language|\bfrançais\b|\banglais\b|"
     r"\benglish\b|\bfrench\b", "language"),
    (r"\bétudes\b|scolarité|éducation|\bformation\b|diplôme|education|schooling", "education"),
    (r"expérience|experience|\byears\s+of\s+work\b|\bwork\s+history\b|\bannées\s+de\s+travail\b", "experience"),
    (r"\bâge\b|\bage\b", "age"),
    # (on the selection grid an employer's offer is the arranged-employment factor: "an offer from a Canadian firm: 10")
    (r"(?:emploi|contrat\s+de\s+travail|offre\s+d['’]emploi)\s+réservé|arranged\s+employment|job[\s-]offers?|offers?\s+of\s+employment|"
     r"offres?\s+d['’]emploi|arrangement\s+d['’]emploi", "arranged_employment"),
    (r"capacité\s+d['’]adaptation|faculté\s+d['’]adaptation|adaptabilité|adaptability", "adaptability"),
]
FACTOR_CUES = [(Cue(p), name) for p, name in FACTORS]  # the grid's factors, each behind its cue
# A part of a factor ("première langue officielle : jusqu'à 24 points", "6 points par habileté") is not its maximum.
# (not both languages named together: "Language (first and second official languages)" is the whole factor)
SUB_FACTOR = Cue(r"(?<![+&/]\s)(?<!\band\s)(?<!\bet\s)(?:(?:première|deuxième|seconde)\s+langue|(?:first|second)\s+official\s+language)"
                 r"(?!\s*(?:\+|&|/|and\b|et\b)\s*(?:second|deuxième|seconde))|par\s+habileté|per\s+ability")
# a cap in words ("no more than 12", "jusqu'à 25"); a factor's maximum is also "sur 12" ("11 points sur 12 pour l'âge")
CAP_WORDS = (r"maximum|jusqu['’]à|up\s+to|max\.?|maxes\s+out|tops\s+out|au\s+plus|at\s+(?:the\s+)?most|(?:\bno|\bnot|cannot|n['’]t)\s+(?:\w+\s+){0,2}?more\s+than|"
                 r"pas\s+plus\s+de|\bne\s+(?:peut|peuvent|pourra|saurait)\s+(?:pas\s+)?(?:\w+\s+)?plus\s+de|limit(?:ée?s?|ed)\s+(?:(?:chacune?|each)\s+)?(?:à|to)|\btop\s+(?:scores?|points?)\b|\bhighest\b|capped|\bcaps?\b|ceiling|plafonn\w*|plafond")
FACTOR_MAX = Cue(CAP_WORDS + r"|sur\s+(?!100\b)\d+")
STATED_CAP = Cue(CAP_WORDS)
CRS_FACTORS: list[tuple[str, str]] = [
    (r"offres?\s+d['’]emploi|emploi\s+réservé|job[\s-]offers?|arranged[\s-]employment|lmia|eimt", "job_offer"),
    (r"nominations?\s+provinciales?|désignation\s+(?:d['’]une\s+province|par\s+(?:une|la|sa)\s+province|provinciale)|candidature\s+provinciale|"
     r"provincial\s+nomination|nominated\s+by\s+a\s+province|certificat\s+de\s+désignation|nomination\s+by\s+a\s+province|"
     r"\bnomination\b|\bnom\.|\bnominated\b|candidats?\s+des\s+provinces|provincial\s+nominee|\bpcp\b|\bpnp\b|"
     r"\b(?:province|territoire|territory)\s+(?:vous\s+|te\s+|t['’]\s?)?(?:désigne|nomme|nominates?)\b|\bvous\s+(?:désigne|nomme)\b|"
     # a province speaking of itself: "if we nominate you", "si nous vous désignons"
     r"\bwe\s+nominate\s+you\b|\bnous\s+vous\s+(?:désignons|nommons)\b|\bnominates?\s+you\b|"
     # "once a province selects you under its nominee stream", "quand une province vous retient"
     r"\bnominee\s+(?:program|programme|stream)|\b(?:province|territory)\s+(?:picks|selects|chooses)\s+you\b|"
     r"\b(?:province|territoire)\s+vous\s+(?:sélectionne|choisit|retient)\b|"
     r"\b(?:nommée?s?|désignée?s?)\s+par\s+(?:une|la|leur|sa|votre)\s+(?:province|territoire)\b",  # "les candidats nommés par une province"
     "provincial_nomination"),
]
# A grid's row written as a list item: "Nomination provinciale : 600 points", "Arranged employment: 50 or 200 points".
GRID_ITEM = re.compile(rf"^[^:|\d]{{2,80}}:\s*{POINTS}", _I)
FSW_GRID = Cue(r"grille|grid|ptqf|fswp?\b|federal\s+skilled\s+worker|travailleurs\s+qualifiés")
# the word "point(s)" itself: what a figure beside it counts
POINTS_WORD = re.compile(r"\bpoints?\b", re.IGNORECASE)
CRS_CONTEXT = Cue(r"\bscg\b|\bcrs\b|système\s+de\s+classement|comprehensive\s+ranking|classement|ranking|"
                  r"points?\s+(?:supplémentaires|additionnels|additional|extra)|additional\s+points|bonus")
# CRS points stated as no longer awarded ("on a supprimé les points accordés à une offre d'emploi",
# "l'offre d'emploi ne rapporte désormais plus aucun point", "job offers no longer award points").
POINTS_REMOVED = Cue(
    r"points?\b[^.;:]{0,80}?(?:(?:ont|a)\s+(?:bien\s+|déjà\s+|finalement\s+|donc\s+)?été|sont|seront|est|sera)\s+(?:supprimé|retiré|aboli|éliminé)e?s?\b|"
    r"(?:suppression|retrait|abolition|fin)\s+des\s+points|"
    r"\bne\s+(?:donne|rapporte|accorde|attribue|vaut|vaud|val)\w*\s+plus\s+(?:de\s+|d['’]\s?|aucun\s+)?points?\b|"
    r"points?\b[^.;:]{0,60}?\bne\s+(?:sont|seront|est|sera)\s+plus\s+(?:accordé|attribué|donné)e?s?\b|"
    r"no\s+longer\s+(?:award|give|grant|get|receive|earn|count|worth|bring|add)\w*\s+(?:any\s+)?(?:additional\s+|extra\s+|crs\s+)*points?\b|"
    # a points label whose value is none: "Points accordés pour une offre d'emploi : aucun depuis mars 2025", "Job offer
    # points: none since 2025"
    r"points?\b[^.;:\n]{0,80}:\s*(?:aucun|none|nil|zéro|zero)\b(?=\s*(?:$|depuis|since|désormais|now|\(|[.,;]))|"
    # none awarded now: "the ranking system gives no points for a job offer", "n'accorde aucun point à l'offre"
    r"\b(?:gives?|awards?|grants?|assigns?)\s+no\s+(?:(?:additional|extra|crs|ranking)\s+)*points?\b|"
    r"\bn['’]\s?(?:accorde|attribue|donne|rapporte)\w*\s+(?:plus\s+)?aucun\s+point|"
    # the award stopped: "IRCC stopped awarding points for job offers", "a cessé d'accorder des points"
    # (a date may stand between: "a cessé, à compter du 25 mars 2025, d'attribuer les 50 points")
    r"\b(?:stopped|ceased|quit)\s*(?:,[^,.;:]{1,40},\s*)?(?:awarding|giving|granting|counting|earning)\b[^.;:]{0,40}?\bpoints?\b|"
    r"\bcessé\s*(?:,[^,.;:]{1,40},\s*)?d['’]\s?(?:accorder|attribuer|donner|rapporter)\b[^.;:]{0,40}?\bpoints?\b|"
    # none since a date: "an offer hasn't earned any CRS points since March 2025", "n'a plus rapporté de points depuis"
    r"\b(?:has|have)(?:n['’]t|\s+not)\s+(?:earned|given|awarded|brought|added|granted)\s+(?:any\s+)?(?:crs\s+|extra\s+|additional\s+)*"
    r"points?\s+since\b|"
    r"\bn['’]\s?(?:a|ont)\s+(?:plus|pas)\s+(?:rapporté|donné|accordé|attribué|apporté)\s+(?:de\s+|aucun\s+)?points?\s+depuis\b|"
    # "the offer's bonus points ended last spring", "an offer won't earn you those points anymore"
    r"points?\b[^.;:,]{0,50}?\bended\b|"
    # "ces points n'existent plus depuis 2025", "those points don't exist anymore", "no longer exist"
    r"points?\b[^.;:,]{0,40}?(?:\bn['’]\s?existent\s+plus|\bno\s+longer\s+exists?|\bdo(?:n['’]t|\s+not)\s+exist\s+any\s*more)\b|"
    r"\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t|will\s+not)\s+(?:give|earn|add|bring|get)\b[^.;:]{0,40}?\b(?:any\s*more|anymore)\b|"
    r"points?\b[^.;:]{0,60}?(?:were|was|have\s+been|has\s+been|are|is|will\s+be)\s+(?:removed|eliminated|abolished|discontinued)|"
    # "job offer points are gone since 2025", "those points are long gone"
    r"points?\b[^.;:,]{0,60}?\b(?:are|is|were|was)\s+(?:now\s+|long\s+|all\s+)?gone\b|"
    # "the points … disappeared", "were scrapped", "ont disparu du SCG"
    r"points?\b[^.;:,]{0,60}?(?:\bdisappeared|\bvanished|(?:were|was|got|have\s+been|has\s+been)\s+(?:dropped|scrapped|axed|taken\s+out)|"
    r"\b(?:ont|a)\s+disparu)\b|"
    r"points?\b[^.;:]{0,60}?(?:are|is|will\s+be)\s+no\s+longer\s+(?:awarded|given|granted|available)|"
    r"remov(?:ed|es|ing|al\s+of)\s+(?:the\s+|those\s+|these\s+)?(?:\d+\s+(?:(?:or|and)\s+\d+\s+)?)?(?:additional\s+|extra\s+|crs\s+)*points?\b|"
    # an active verb ending them: "Ottawa ended the extra points for …", "IRCC scrapped those points", "a supprimé les points",
    # "IRCC took away the 50 bonus points for job offers"
    r"\b(?:ended|scrapped|axed|abolished|eliminated|took\s+away|taken\s+away|cut)\s+(?:the\s+|those\s+|these\s+|its\s+)?(?:[\w-]+\s+){0,2}?points?\b|"
    r"\b(?:a|ont)\s+(?:supprimé|aboli|éliminé|mis\s+fin\s+aux)\s+(?:les\s+|ces\s+)?(?:[\w-]+\s+){0,2}?points?\b|"
    # a changelog's or a configuration's line: "Job offer (50 points): removed on …", "points : supprimés"
    r"points?\b[^.;:()]{0,40}\)?\s*[:–—]\s*(?:removed|eliminated|abolished|scrapped|supprimée?s?|retirée?s?|abolie?s?|éliminée?s?)\b|"
    # "Job offers stopped earning points in March 2025", "ont cessé de rapporter des points"
    r"\bstopped\s+(?:earning|giving|getting|counting\s+for|being\s+worth)\s+(?:any\s+)?(?:crs\s+)?points?\b|"
    r"\bcess\w*\s+de\s+(?:rapporter|donner|valoir)\s+(?:des\s+|de\s+)?points?\b|"
    # "| Arranged employment | No extra points since 25 March 2025 |", "aucun point depuis le 25 mars 2025"
    r"\bno\s+(?:more\s+)?(?:crs\s+|extra\s+|additional\s+)?points?\s+(?:since|as\s+of|from|after)\b|"
    r"\b(?:plus\s+)?aucun\s+point\s+(?:scg\s+|crs\s+)?(?:depuis|à\s+partir\s+du?|dès)\b|"
    # a zero now: "Arranged employment: 0 points in the CRS today (formerly 50 pts …)"
    r"(?<![\d,.])(?:0|zéro|zero)\s+points?\b|"
    # nothing awarded now: "le classement ne lui accorde plus rien", "n'apporte plus rien", "the ranking gives it
    # nothing", "it now earns nothing"
    r"\bne\s+(?:\w+\s+){0,2}?(?:donne|rapporte|accorde|attribue|apporte|vaut|compte)\w*\s+plus\s+rien\b|"
    r"\bn['’]\s?(?:\w+\s+)?(?:accorde|attribue|apporte|donne|rapporte)\w*\s+plus\s+rien\b|"
    r"\b(?:gives?|awards?|grants?|earns?|brings?|adds?)\s+(?:it\s+|them\s+|you\s+)?(?:now\s+)?nothing\b|\bnow\s+worth\s+nothing\b"
)

# --- skill levels -----------------------------------------------------------------------------
# "FÉER 0, 1, 2 ou 3", "TEER 0, 1, 2, or 3", "genre de compétence 0 ou niveau de compétence A ou B", "NOC 0, A or B"
_TEER_WORD = r"(?:zero|zéro|one|un|two|three|four|five|deux|trois|quatre|cinq)\b"
TEER_WORDS = {"zero": 0, "zéro": 0, "one": 1, "un": 1, "two": 2, "three": 3, "four": 4, "five": 5, "deux": 2, "trois": 3,
              "quatre": 4, "cinq": 5}
TEER_LIST = re.compile(
    # (the levels after a colon too: "in an occupation classed under TEER categories: 0, 1, 2 or 3")
    r"\b(?:FÉER|FEER|TEER)\b\)?(?:\s+(?:de\s+)?(?:catégories?|categor(?:y|ies)|levels?|niveaux?))?\s*(?::\s*)?"
    r"(?P<levels>[0-5](?:\s*(?:,|ou|or|et|and|à|to|-|–)\s*(?:,\s*)?(?:or\s+|ou\s+|and\s+|et\s+)?(?:(?:FÉER|FEER|TEER)\s+)?[0-5])*|"
    # said aloud, every level in words: "the job has to be TEER zero, one, two or three"
    rf"{_TEER_WORD}(?:\s*(?:,|ou|or|et|and|à|to)\s*(?:or\s+|ou\s+|and\s+|et\s+)?{_TEER_WORD})*)\b",
    _I,
)
NOC_LIST = re.compile(
    r"(?:\bCNP\b|\bNOC\b|genre\s+de\s+compétence|niveaux?\s+de\s+compétence|skill\s+(?:type|levels?)|"
    r"\b[Tt]ype\s+(?:de\s+compétence\s+)?|catégorie)\s*(?P<levels>(?:0|A|B|C|D)(?:\s*(?:,|ou|or|et|and)\s*(?:,\s*)?(?:or\s+|ou\s+|and\s+|et\s+)?"
    # "le type 0 ainsi que les niveaux A et B" (genre de compétence), "type 0 et des niveaux A et B"
    r"(?:(?:de\s+|des\s+|du\s+|les\s+|the\s+|aux\s+|au\s+)?(?:niveaux?(?:\s+de\s+compétence)?|skill\s+(?:levels?|types?)|levels?|genres?\s+de\s+compétence)\s+)?"
    r"(?:0|A|B|C|D)\b)+)",
    0,
)
# TEER levels that describe a job offer ("an offer for a TEER 0 senior management job") or its points are not the
# skill levels of eligible work.
NOT_SKILL_RULE = Cue(r"\boffers?\b|\boffres?\b|\bpoints?\b|\bnclc\b|\bclb\b")
SKILL_CONTEXT = Cue(r"admissible|eligible|qualifié|skilled|expérience|experience|emploi|job|\bwork(?:ed|ing)?\b|travail|profession|occupation|métiers?\b|poste|"
                    r"\btrades?\b|classifi|classée?s?\b")

# --- hours ------------------------------------------------------------------------------------
HOURS_UNIT = r"(?:heures|hours|hrs|h)\b"
HOURS_PER_WEEK = re.compile(r"(?:par|per|a|each|every|chaque|/)\s*(?:semaine|week)|hebdomadaire", _I)
HOURS_PER_YEAR_OF_WORK = 1560  # 30 h a week for 52 weeks: one year of full-time work

# --- occupations ------------------------------------------------------------------------------
NOC_CODE = re.compile(r"(?:\b(?:CNP|NOC|FÉER|TEER)\s*:?\s*)?\(?\b(?P<code>\d{5})\b\)?")

# --- cheap first tests ------------------------------------------------------------------------
# Lowercase words at least one of which every statement of a criterion contains (each is implied by
# that criterion's patterns above): a sentence with none of a reader's words is not given to it, so
# most sentences skip every criterion pattern. ``TABLE_ROW_READERS`` also read bare table rows.
# What a sentence must speak of for the effective date it gives to carry to the statements below it
# ("La preuve de fonds a changé le 28 mai 2024. Une personne seule doit maintenant justifier de 14 720 $").
# A criterion not listed never inherits a date this way.
DATE_TOPICS: dict[str, Cue] = {
    # an amount is the topic too: "Dès le 3 juin, un candidat seul devra justifier de 14 690 $. Pour un couple, …"
    "proof_of_funds": Cue(r"\bfonds\b|\bfunds\b|montants?|amounts?|\bseuils?\b|thresholds?|\$|\bcad\b|dollars"),
    "work_experience_min": Cue(r"expérience|experience"),
    "work_experience_window": Cue(r"expérience|experience"),
    "language_min": Cue(r"linguisti|language|nclc|clb"),
}

TRIGGERS: dict[str, tuple[str, ...]] = {
    "experience": ("expérience", "experience", "exp.", "exp ", "exp:", " xp ", "'xp ", "’xp ", "travail", "work", "heures", "hours", "référence", "reference period",
                   # a sentence referring back to an experience rule (cues.REFERS_BACK, cues.SAME_RULE_AS_BEFORE)
                   "ce minimum", "this minimum", "cette durée", " aussi", " also", "même", "same",
                   "those months", "these months", "ces mois",
                   "-month", "year of work", "years of work", "an de travail", "année de travail", "ans de travail",
                   "années de travail", "de boulot", "de taf", "cette année doit", "exercé", "practi", "pratiqu", "look-back", "look back", "time frame", "timeframe",
                   "emploi qualifié", "d'emploi", "d’emploi", "employ", "skilled job", "full time", "full-time", "temps plein",
                   # time in a trade or an occupation: "douze mois dans le métier", "a year in the trade"
                   "métier", "trade", "occupation", "profession",
                   # time in a post: "avoir occupé pendant un an un emploi", "have held such a job" (EXPERIENCE)
                   "occupé", "held a", "held such", "held the", "held this",
                   # a window alone, in the bullet under the experience it bounds: "- sur les trois dernières années"
                   "dernières années", "derniers mois", "années précédant", "ans précédant", "qui précèdent", "période",
                   "years before", "dater de", "date from", "date back",
                   "years preceding", "last three", "last five", "last ten", "last 3", "last 5", "last 10",
                   "past three", "past five", "past ten", "past 3", "past 5", "past 10",
                   # the months the categories' rule asks for, its work unnamed (experience.EXPERIENCE)
                   "category rule", "categories rule", "category minimum", "category requirement", "règle des catégories",
                   "catégories demandent", "catégories exigent", "categories require", "categories ask", "categories need",
                   "category requires", "category asks", "category needs", "catégorie exige", "catégorie demande",
                   # the year's hours in a chat's shorthand (experience.EXPERIENCE): "1560 h"
                   "1560 h", "1560h", "1 560 h", "1 560h", "1,560 h", "1,560h", " hrs"),
    "language_min": ("nclc", "clb", "linguistique", "benchmark", "language test", "test de langue", "tests de langue",
                     "échelle canadienne", "canadian scale", "quatre compétences", "quatre habiletés", "quatre capacités",
                     "four abilities", "four skills", "4 compétences", "4 habiletés", "4 abilities", "4 skills",
                     # (a level of one ability, said aloud: "le niveau six en compréhension de l'oral")
                     "en expression", "en compréhension", "in speaking", "in listening", "in reading", "in writing"),
    # (or the funds named, the currency left out: "The settlement funds for three people are 22,617, right?")
    "proof_of_funds": ("$", "dollar", "cad", "funds", "fonds"),
    "points": ("point", "crs", "scg", "pts", "grille", "grid", "facteur", "factor", "passage", "pass mark", "to pass", "pour réussir", "/100", "/ 100",
               "out of 100", "sur 100", "out of a hundred", "sur cent"),
    "skill_levels": ("féer", "feer", "teer", "cnp", "noc", "compétence", "skill", "catégorie"),
}
TABLE_ROW_READERS = frozenset({"language_min", "points"})
