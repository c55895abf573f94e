"""Words of the rules-as-code readers (scope, conditions, counting rules, grid rows), French first.

Patterns are matched on lowercased text (``Cue``); each list says what it is for, with an example of our own.
"""

from __future__ import annotations

import re

from .lowercase import Cue

# --- scope: who Express Entry does not serve -------------------------------------------------------
# "ne sont pas admissibles à l'Entrée express", "ne s'adresse pas aux personnes suivantes", "is not for"
_NOT_SERVED = (
    r"(?:ne\s+(?:sont|êtes|est)\s+pas|n['’](?:est|êtes)\s+pas)\s+(?:admissibles?|concernée?s?)|"
    r"ne\s+s['’]adresse\s+pas|ne\s+(?:peut|peuvent|pouvez)\s+pas\s+(?:passer\s+par|utiliser|présenter)|"
    r"(?:is|are)\s+not\s+(?:eligible\s+for|for)\b|cannot\s+(?:use|apply\s+(?:through|under))|not\s+covered\s+by"
)
_EE = r"(?:l['’]\s?)?(?:entrée\s+express|express\s+entry)"
NOT_SERVED = Cue(_NOT_SERVED)
# Express Entry itself is what they are not served by: "ne sont pas admissibles à l'Entrée express", "L'Entrée
# express ne s'adresse pas aux personnes suivantes", not "n'est pas concerné par ces catégories".
NOT_SERVED_BY_EE = Cue(rf"{_EE}[^.;:!?]{{0,60}}?(?:{_NOT_SERVED})|(?:{_NOT_SERVED})\s+(?:par\s+|à\s+|au\s+|for\s+|by\s+|through\s+|use\s+)?{_EE}")
SCOPE_GROUPS: tuple[tuple[str, Cue], ...] = (
    ("start-up-visa", Cue(r"démarrage\s+d['’]entreprise|start-?up\s+visa")),
    ("self-employed", Cue(r"travailleurs?\s+autonomes?|self-employed\s+(?:people|persons|workers|program)")),
    ("caregivers", Cue(r"aides?\s+familia|fournisseurs?\s+de\s+soins|caregivers?|home\s+(?:child\s+)?care\s+providers?")),
    ("family-sponsorship", Cue(r"parrainée?s?|parrainage|sponsored\s+by|family\s+sponsorship")),
    ("pre-2015-applications", Cue(r"avant\s+(?:le\s+1er\s+janvier\s+)?2015|before\s+(?:january\s+1,\s+)?2015")),
    ("quebec-selected", Cue(r"\bqu[ée]bec\b")),  # last: "au Québec" also appears beside the other groups
)
OUTSIDE_QUEBEC = Cue(r"(?:hors|en\s+dehors)\s+du\s+qu[ée]bec|outside\s+(?:of\s+)?qu[ée]bec")

# --- conditions: when the proof of funds is waived ---------------------------------------------------
# read only on pages stating proof-of-funds amounts, so a bare "fonds" / "funds" / "cette preuve" is about them
FUNDS_WORDS = Cue(r"\bfonds\b|\bfunds\b|\bpreuve\b|enough\s+money|assez\s+d['’]argent")
# "Vous n'avez pas à fournir", "pas besoin", "dispensé", "You do not need to show", "sauf si", "unless"
WAIVED = Cue(
    r"n['’](?:avez|a|ont)\s+pas\s+(?:non\s+plus\s+)?(?:à|besoin)|pas\s+besoin\s+de|dispensée?s?|exemptée?s?|exempt\b|"
    r"ne\s+(?:sont|êtes|est)\s+pas\s+tenue?s?|do(?:es)?\s+not\s+(?:need|have\s+to)|(?:don|doesn)['’]t\s+(?:need|have\s+to)|"
    r"(?:not|isn['’]t|aren['’]t)\s+required|(?:is|are)\s+waived|no\s+need|"
    r"\bsauf\s+si\b|\bunless\b|also\s+do\s+not"
)
# "Une offre d'emploi ne dispense pas de la preuve de fonds": a waiver refused, unless an exception follows ("sauf si")
NOT_WAIVED = Cue(r"ne\s+(?:vous\s+)?dispensen?t?\s+pas|(?:does|do)\s+not\s+exempt")
EXCEPT = Cue(r"\bsauf\s+si\b|\bunless\b|\bexcept\s+if\b")
JOB_OFFER = Cue(r"offre\s+d['’]emploi\s+valide|valid\s+job\s+offer|offre\s+d['’]emploi\s+réservé|arranged\s+employment")
WORK_PERMIT = Cue(r"autorisée?s?\s+à\s+travailler|authori[sz]ed\s+to\s+work|permis\s+de\s+travail|work\s+permit")
CEC_NAMED = Cue(r"catégorie\s+de\s+l['’]expérience\s+canadienne|canadian\s+experience\s+class|\bcec\b|\bcec\b")

# --- counting rules ----------------------------------------------------------------------------------
# a definition of the full-time week: « temps plein … correspond à 30 heures … », "full-time … means 30 hours …"
FULL_TIME_DEFINED = re.compile(
    r"(?:temps\s+plein|full[- ]time)[^.;:]{0,40}?(?:correspond|équivaut|signifie|représente|est\s+de|means|is|equals)"
    r"\s+(?:à\s+)?(?P<hours>\d{2})\s*(?:heures|h|hours)\s+(?:par|a|per)\s+(?:semaine|week)",
    re.IGNORECASE,
)
# a cap on the hours that count: « au-delà de 30 heures … pas comptées », « sans dépasser 30 heures … »,
# "hours above 30 … not counted", "up to 30 hours … in total"
HOURS_CAP = re.compile(
    r"(?:au-delà\s+de|plus\s+de|sans\s+dépasser|above|over|more\s+than|up\s+to)\s+(?P<hours>\d{2})\s*(?:heures|h|hours)\s+"
    r"(?:par|a|per)\s+(?:semaine|week)",
    re.IGNORECASE,
)
NOT_COUNTED = Cue(r"ne\s+(?:sont|seront)\s+pas\s+(?:comptées|pris\s+en\s+compte)|ne\s+comptent\s+pas|(?:are|is)\s+not\s+counted|"
                  r"do(?:es)?\s+not\s+count|additionner|add\s+up|au\s+total|in\s+total")
# "Seul le travail rémunéré compte", "Le travail doit être rémunéré", "Only paid work counts"
PAID_ONLY = Cue(
    r"seul\s+le\s+travail\s+rémunéré|(?:doit|doivent)\s+(?:avoir\s+été\s+|être\s+)rémunérée?s?|travail\s+non\s+rémunéré\s+ne|"
    r"only\s+paid\s+work|must\s+(?:be|have\s+been)\s+paid|unpaid\s+work\s+(?:does|do)\s+not|"
    r"(?:bénévolat|volunteer(?:ing|\s+work)?)\b[^.;]{0,60}?(?:ne\s+comptent?\s+pas|ne\s+sont\s+pas\s+(?:comptés|pris)|do(?:es)?\s+not\s+count)"
)
# "NCLC 7 pour une expérience acquise en FÉER 0 ou 1", "CLB 5 if … a TEER 2 or 3 job"
# one level and the TEER levels named after it, before the next level: "NCLC 7 aux FÉER 0 à 1, NCLC 5 aux FÉER 2 à 3"
_TEER_LIST = r"[0-5](?:\s*(?:,|/|ou|or|et|and|-|–|à|to)\s*(?:(?:féer|feer|teer)\s+)?[0-5])*"
# the TEER levels, then what jobs of them need: "TEER 0 or 1 roles require CLB 7", "les emplois FÉER 0 ou 1 exigent NCLC 7"
_NEED = r"(?:needs?|requires?|asks?\s+for|calls?\s+for|exigent|exige|demandent|demande|" \
        r"must\s+(?:score|have|reach|show|hold)|doi(?:t|vent)\s+(?:obtenir|avoir|atteindre))"
# (the jobs of those levels are what needs: nothing but a job's noun between, never "FÉER 0 à 3 et exige NCLC 7")
_JOBS = r"\s+(?:(?:jobs?|positions?|occupations?|roles?|emplois?|postes?|professions?)\s+)?"
_AT_LEAST = r"(?:at\s+least\s+|au\s+moins\s+(?:le\s+)?|an?\s+|une?\s+|le\s+)?"
_TEER_THEN_NEED = rf"\b(?:féer|feer|teer)\s+(?:{_TEER_LIST})\b{_JOBS}{_NEED}\s+{_AT_LEAST}(?:nclc|clb)"
# a few words naming who asks, then the asking: "the program requires", "the Canadian Experience Class asks for", "it
# asks for" (not past another level, TEER or clause: "for TEER 0 to 3 jobs, and the FSW needs CLB 7" is no pair)
_NEEDED_AFTER = (r"(?:(?!\b(?:nclc|clb|féer|feer|teer|and|et|but|mais|while|whereas|tandis)\b)[^\d.;:|,]){0,50}?"
                 r"\b(?:asks?\s+for|requires?|needs?|wants?|demande|exige)\s+")
LEVEL_FOR_TEER = re.compile(
    rf"\b(?:féer|feer|teer)\s+(?P<teer_need>{_TEER_LIST})\b{_JOBS}(?:only\s+|just\s+|seulement\s+)?{_NEED}\s+{_AT_LEAST}(?:nclc|clb)\s*"
    rf"(?P<level_need>\d{{1,2}})\b|"
    # the level first, its TEER after it (but a TEER that a later clause pairs with its own figure is that clause's)
    rf"(?:nclc|clb)\s*(?P<level>\d{{1,2}})\b(?:(?!nclc|clb|;).)*?(?!{_TEER_THEN_NEED})\b(?:féer|feer|teer)\s+(?P<teer>{_TEER_LIST})|"
    # the TEER levels first, as a label: "TEER 0 or 1 jobs: CLB 7", "FÉER 2/3 → NCLC 5"
    # (or the need spelled out after the label: "TEER 2 or TEER 3 job: you need CLB 5", "Poste FÉER 2 : il vous faut NCLC 5")
    # (or set apart by a text table's run of spaces: "Language, TEER 2 or 3 roles  CLB 5")
    rf"\b(?:féer|feer|teer)\s+(?P<teer_first>{_TEER_LIST})\b[^.;:|]{{0,30}}?(?::|→|=|—|–|[ \t]{{2,}}(?=(?:nclc|clb)\s*\d))\s*"
    rf"(?:(?:il\s+(?:vous\s+)?faut|you\s+need|on\s+exige)\s+{_AT_LEAST}(?:niveau\s+|level\s+)?)?(?:nclc|clb)\s*(?P<level_after>\d{{1,2}})\b|"
    # …or for a job of those levels, a comma, then what it needs: "pour une fonction de niveau FÉER 0 ou 1, on exige NCLC 7",
    # "for a TEER 2 or 3 role, CLB 5"
    # (or the job's word first and the minimum named: "pour un emploi de FÉER 2 le minimum est NCLC 5", a job given as an
    # example between commas: "for TEER 3 roles, for example cooks, it is CLB 5")
    rf"\b(?:pour|for)\s+(?:(?:un|une|a|an|les|des|the)\s+(?:[\w-]+\s+){{0,4}}?|(?:jobs?|positions?|roles?|occupations?|emplois?|postes?)\s+(?:in|at|of|de|en)\s+)?"
    rf"(?:féer|feer|teer)\s+(?P<teer_for>{_TEER_LIST})\b(?:\s+(?:jobs?|positions?|roles?|occupations?|emplois?|postes?))?"
    rf"(?:,\s*(?:(?:such\s+as|for\s+example|e\.g\.)\s+[^,;.]{{1,30}},\s*)?|\s+(?=(?:it\s+is|it['’]s|c['’]est|you\s+need|il\s+faut)\b)|\s+(?={_NEEDED_AFTER})|"
    rf"\s+(?=the\s+(?:language\s+)?(?:minimum|floor|bar|threshold)\s+is\b))"
    # (or the level named with whose it is: "For TEER 2 or 3 jobs, the language level for CEC is CLB 5")
    rf"(?:the\s+(?:language\s+)?(?:minimum|floor|bar|level|threshold)(?:\s+(?:for|of)\s+[^,;.|]{{1,30}}?)?\s+is\s+|"
    rf"(?:le\s+(?:minimum|seuil|plancher)|la\s+barre)\s+est\s+(?:de\s+|fixée?\s+à\s+|placée?\s+à\s+)?(?:le\s+|au\s+)?|"
    rf"il\s+(?:vous\s+)?faut\s+|you\s+need\s+|you['’]ll\s+need\s+|on\s+exige\s+|c['’]est\s+|it['’]s\s+|it\s+is\s+|"
    # (who needs it may be named between: "for a TEER 2 or 3 role the CEC wants CLB 5")
    rf"{_NEEDED_AFTER})?"
    rf"{_AT_LEAST}(?:nclc|clb|canadian\s+language\s+benchmark)\s*(?P<level_for>\d{{1,2}})\b|"
    # …or a job's level in brackets, then what it needs: "as a payroll clerk (TEER 3) you'd need CLB 5"
    rf"\((?:féer|feer|teer)\s+(?P<teer_paren>{_TEER_LIST})\)\s*,?\s*(?:you['’]d|you\s+would|you['’]ll|you|il\s+vous\s+faudrait|"
    rf"il\s+vous\s+faut|vous\s+(?:devez|devrez|devriez))\s+(?:need|require|have\s+to\s+reach|reach|avoir|atteindre|obtenir)?\s*"
    rf"{_AT_LEAST}(?:nclc|clb)\s*(?P<level_paren>\d{{1,2}})\b|"
    # …or as a condition opening the sentence or a clause: "S'il est FÉER 2 ou 3, NCLC 5 suffit", "Pour la CEC, si le
    # poste est classé FÉER 2, le minimum est le NCLC 5"
    rf"(?:^|[,;:]\s*)\W*(?:if|si|s['’]il|when|lorsque|quand)\b[^.;,]{{0,40}}?\b(?:féer|feer|teer)\s+(?P<teer_if>{_TEER_LIST})\b[^.;:|,]{{0,10}}(?:,\s*|\s+(?=(?:you\s+need|il\s+(?:vous\s+)?faut)\b))"
    rf"(?:(?!\b(?:your|votre|ton|mon|my)\b)[^.;:|\d]){{0,30}}?(?:nclc|clb)\s*(?P<level_if>\d{{1,2}})\b",  # (not "your CLB 6")
    re.IGNORECASE,
)

# --- grid rows: "18 à 35 ans : 12 points", "CLB 9 or higher: 6 points per ability" -------------------------
ROW = re.compile(r"^(?P<level>[^:]{1,160}?)\s*:\s*(?P<points>\d{1,2})\s*points?\b", re.IGNORECASE)
GRID_FACTORS: tuple[tuple[str, Cue], ...] = (
    ("adaptability", Cue(r"adaptabilit|capacité\s+d['’]adaptation")),
    ("arranged_employment", Cue(r"emploi\s+réservé|arranged\s+employment")),
    ("language", Cue(r"langues?\s+officielles?|compétences\s+linguistiques|official\s+languages?|language")),
    ("education", Cue(r"études|scolarité|education")),
    ("experience", Cue(r"expérience|experience")),
    ("age", Cue(r"âge|\bage\b")),
)
RANGE = re.compile(r"(?P<a>\d{1,2})\s*(?:à|to|-|–)\s*(?P<b>\d{1,2})", re.IGNORECASE)
OR_MORE = re.compile(r"(?P<a>\d{1,2})\s*(?:ans?|years?)?\s*(?:ou\s+plus|or\s+(?:more|older|higher|over)|\+)", re.IGNORECASE)
UNDER = re.compile(r"moins\s+de\s+(?P<a>\d{1,2})|under\s+(?P<b>\d{1,2})", re.IGNORECASE)
SINGLE = re.compile(r"(?<![\d,])(?P<a>\d{1,2})\s*(?:ans?|years?)?\s*$", re.IGNORECASE)
LANGUAGE_LEVEL = re.compile(r"(?:nclc|clb)\s*(?P<a>\d{1,2})(?P<more>\s*(?:ou\s+plus|or\s+(?:higher|more)|\+))?", re.IGNORECASE)
SECOND_LANGUAGE = Cue(r"deuxième|seconde?\b|second\s+official")
# Named levels (the checker's vocabulary, schemas.vocabulary.GRID_NAMED_LEVELS), first match wins.
EDUCATION_LEVELS: tuple[tuple[str, Cue], ...] = (
    ("doctorate", Cue(r"doctora|ph\.?\s?d")),
    ("masters", Cue(r"maîtrise|master")),
    ("two-credentials", Cue(r"deux\s+diplômes\s+ou\s+plus|two\s+or\s+more\s+credentials")),
    ("three-year", Cue(r"trois\s+ans\s+ou\s+plus|three\s+years\s+or\s+(?:longer|more)")),
    ("two-year", Cue(r"deux\s+ans|two[- ]year")),
    ("one-year", Cue(r"\bun\s+an\b|one[- ]year")),
    ("secondary", Cue(r"secondaire|secondary|high\s+school")),
)
ADAPTABILITY_LEVELS: tuple[tuple[str, Cue], ...] = (
    ("spouse-language", Cue(r"(?:époux|conjoint|spouse|partner)[^:]*?(?:langue|language)|(?:langue|language)[^:]*?(?:époux|conjoint|spouse|partner)")),
    ("spouse-past-study", Cue(r"(?:époux|conjoint|spouse|partner)[^:]*?(?:études|stud)|(?:études|stud)[^:]*?(?:époux|conjoint|spouse|partner)")),
    ("spouse-past-work", Cue(r"(?:époux|conjoint|spouse|partner)[^:]*?(?:travail|work)|(?:travail|work)[^:]*?(?:époux|conjoint|spouse|partner)")),
    ("arranged-employment", Cue(r"emploi\s+réservé|arranged\s+employment")),
    ("past-study-canada", Cue(r"études|stud")),
    ("past-work-canada", Cue(r"travail|work")),
    ("relatives", Cue(r"famille|parent|relative")),
)
ARRANGED_LEVELS: tuple[tuple[str, Cue], ...] = (("valid-offer", Cue(r"offre\s+d['’]emploi|job\s+offer|emploi\s+réservé")),)
