"""Patterns as data: does a sentence state a rule, and does it state a change?

A rule is stated with a cue of obligation or of a minimum; narrative, history, conditionals,
processing times and other countries' rules are not rules. Change cues carry the value a
rule had before ("contre 6 mois auparavant", "passe de 6 à 12 mois", "up from") and the
rules stated as gone ("ne … plus", "supprimé", "no longer").
"""

from __future__ import annotations

import re

from .lowercase import AnyOf, Cue


REQUIREMENT_CUE = AnyOf(
    # an obligation or a minimum
    # (to a reader addressed as "tu" too: "tu dois avoir deux ans …", "tu devras prouver …")
    Cue(r"au\s+moins|minimum|minimale?|il\s+faut|faut\s+avoir|doi(?:t|vent)|devr(?:a|ont|ez|iez|as)|devez|\btu\s+dois\b|exig|requis|"
        r"nécessaires?|obligatoire|justifier|suffi(?:t|sent|santes?)|admissibles?|cumul|seuil|note\s+de\s+passage|"
        r"at\s+least|must|need|requir|eligible|threshold|pass\s+mark|\bbesoin\s+d|\basks?\s+for\b|\bréclam(?:e|ent|era|eront)\b|"
        # a chat's shorthand: "FSW min is CLB 7", "le min c'est NCLC 7", "min. = 12 months"
        r"\bmin\.?\s*(?:is|=|:|c['’]est)\s|"
        # the figure put first, then who asks it: "CLB 7 is what the skilled worker program asks", "c'est ce que demande …"
        r"\bis\s+what\s+(?:the|this|that|each|every)\s+[^.;:]{0,60}?\b(?:asks|wants|expects)\b|"
        r"\bc['’]est\s+ce\s+que\s+(?:demande|demandent|veut|veulent|attend|attendent)\b|"
        # the figure, then whom it is asked of: "the CLB 7 asked of skilled worker applicants", "le NCLC 7 demandé aux …"
        r"\b(?:asked|expected|demanded)\s+of\b|\b(?:demandée?s?|imposée?s?)\s+aux?\b|"
        # advice that names what it takes: "You'll also want two years in the trade"
        r"\byou['’]ll\s+(?:also\s+|still\s+)?want\b|"
        # the condition an opening is granted on: "à condition d'avoir le NCLC 7 aux quatre épreuves", "provided you hold CLB 7"
        r"\bà\s+condition\s+(?:d['’]|de\b|que\b)|\bpourvu\s+qu|\bprovided\s+(?:that\s+)?(?:you|they|applicants|candidates)\b|"
        r"\bon\s+condition\s+that\b|\bas\s+long\s+as\s+(?:you|they|applicants|candidates)\s+(?:have|hold|reach|score|meet|show)\b|"
        # one condition among others: "Autre condition : …", "Another condition: …"
        r"\b(?:autre|deuxième|seconde|troisième|dernière)\s+(?:condition|exigence)\b|\b(?:another|second|third|last)\s+condition\b|"
        # a program that "wants" a figure ("It wants 24 months of …", "the CEC still wants a year"), not someone's wish
        r"\b(?:it|ircc|canada|ottawa|program|programme|class|category|stream|cec|fsw|fswp|fst|fstp|trades|worker)\s+(?:still\s+|now\s+|only\s+)?"
        r"wants\b(?!\s+(?:to|you\s+to)\b)|"
        # (or the draws themselves: "this year they want a full year", "category rounds still want a year")
        r"\b(?:they|draws|rounds)\s+(?:still\s+|now\s+|only\s+)?want\b(?!\s+(?:to|you\s+to)\b)|"
        # a restriction: "seul le travail … est pris en compte", "only work in TEER 0 to 3 jobs counts"
        r"\bseule?s?\b[^.;]{0,80}\b(?:est|sont)\s+prise?s?\s+en\s+compte|\bonly\b[^.;]{0,80}\bcounts?\b|"
        # (or the condition it counts on: "Your work counts only if …", "ne compte que si …")
        r"\bcounts?\s+only\s+(?:if|when)\b|\bne\s+comptent?\s+que\s+si\b|"
        r"\bdemande(?:nt)?\s+(?:elle\s+aussi\s+|lui\s+aussi\s+|aussi\s+|alors\s+|en\s+plus\s+|de\s+plus\s+|également\s+|encore\s+)?(?:au\s+moins\s+)?(?:\d|un\b|une\b|deux|trois|quatre|cinq|six|douze|dix-huit|vingt|(?:le\s+|la\s+)?(?:nclc|clb)\b)|"
        # the conditions named, then given after a colon: "Les conditions d'admissibilité … : une année …"
        r"\b(?:conditions|critères|exigences)\s+d['’]admissibilité\b[^.:]{0,60}:|"
        r"\beligibility\s+(?:requirements|criteria|conditions)\b[^.:]{0,60}:|"
        # a line labelled as the condition: "Condition principale : NCLC 7 …", "Key requirement: CLB 7 …"
        r"^\W*(?:(?:key|main|basic)\s+)?(?:conditions?|exigences?|prérequis|requirements?|prerequisites?)"
        r"(?:\s+(?:clés?|essentielles?|principales?|de\s+base|minimales?|obligatoires?))?\s*:|"
        # the demand in the passive: "un niveau de sept … est demandé", "deux ans sont demandés"
        r"\b(?:est|sont|sera|seront)\s+demandée?s?\b|"
        # a definition of what qualifies: "Skilled work experience means you worked in …"
        r"\bmeans\s+(?:that\s+)?you\b|\bsignifie\s+que\s+vous\b|"
        # the amount to be shown: "le montant à prouver est de …", "the amount you must show is …"
        r"\b(?:montant|somme)\s+(?:minimal\s+|minimum\s+)?à\s+(?:démontrer|prouver|justifier|montrer)\b|"
        r"\bamount\s+(?:you\s+)?(?:to|must|have\s+to|need\s+to)\s+(?:show|prove)\b|"
        # a level asked of all four abilities at once, with or without a verb: "NCLC 7 aux quatre compétences, rien de
        # plus", "CLB 7 across all four" (a candidate's own result is told apart as their case)
        r"\b(?:dans|à|aux|pour|en)\s+(?:(?:les|chacune\s+des|toutes\s+les)\s+)?(?:quatre|4)\s+(?:compétences|habiletés|épreuves|capacités)\b|"
        r"\b(?:in|across|for|on)\s+(?:all|each\s+of)\s+(?:the\s+)?(?:four|4)\s+(?:language\s+)?(?:abilities|skills|bands|areas|tests)\b|"
        # a floor written as a comparator: "CLB 7 or higher", "NCLC 7 ou plus", "pas moins d'un an"
        r"\bou\s+(?:plus|mieux|davantage|supérieure?s?)\b|\bet\s+plus\b|\bpas\s+moins\s+d|(?<![<>=])(?:≥|⩾|>=)\s*\d|"
        r"\bor\s+(?:more|higher|above|better|greater)\b|\band\s+(?:up|above)\b|\b(?:no|not)\s+less\s+than\b|"
        # a bar set or met: "fixe la barre à NCLC 7", "the floor is CLB 7", "se contente d'une année"
        r"\bmin\.|\bla\s+barre\b|\bthe\s+bar\b|\bfloor\b|\bplancher\b|\bse\s+contente|\bsatisfied\s+with\b|"
        # what is enough: "12 months of skilled work is enough", "a single year will do"
        r"\b(?:is|are)\s+enough\b|\bwill\s+do\b|"
        # the rule named as such: "the rule now is one year", "la règle en vigueur est de 12 mois"
        r"\b(?:rule|règle|requirement|exigence|condition)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|est|sont)\b|"
        # what opens a program, as a step: "Une fois vos douze mois d'emploi qualifié cumulés, vous pouvez demander la CEC",
        # "Once you have 12 months of Canadian experience, you can apply under the CEC"
        r"\b(?:après|after|once|une\s+fois|dès\s+que)\b[^.;]{0,140}?,\s*(?:vous\s+(?:pourrez|pouvez|serez\s+admissible)|"
        r"you\s+(?:can|will\s+be\s+able\s+to|['’]ll\s+be\s+able\s+to|become\s+eligible|are\s+eligible))\b"),
    # a change, an award, a rule that stays
    Cue(r"désormais|dorénavant|maintenant|now\b|passe(?:ra)?\s+de|augment|rais|increase|\b(?:doubled|tripled|halved|doublée?s?|triplée?s?)\b|"
        r"au\s+lieu|instead|rapporte|donne|accord|award|"
        r"worth|vaut|valent|obten|get\b|receive|reçoi|recev\w*|reste|remains?|still|toujours|continue|\bstays?\b|"
        r"maintenue?s?\b|maintained|\bkept\b|"
        # points added ("ajoute 50 points", "le bonus grimpe à 200 points")
        r"\bajout(?:e|ent|era)\b|\badds?\b|\bgrimpe|\bgives?\b|"
        # "+600 points avec une nomination", "PNP nom.: +600 CRS"
        r"(?<![\w/])\+\s?\d{1,3}\s*(?:points?|pts|crs|scg)\b|"
        # the award opening its line: "600 points for a provincial nomination", "600 points pour une nomination (PCP)"
        r"^\W*\d{2,3}\s+(?:points?|pts)\s+(?:pour|for)\s+(?:une?|an?|the|la|le|l['’]\s?|votre|your)\b"),
    # a maximum
    Cue(r"maximum|jusqu['’]à|sur\s+100|out\s+of\s+100|capped|\bcaps?\b|plafonn|plafond|"
        # a definition of what qualifies ("Le travail qualifié s'entend d'un emploi …"), an obligation in other
        # words ("has to reach CLB 7", "il vous faut au moins 67 points")
        r"\bdésigne(?:nt)?\s+(?:le|la|les|l['’]|un|une|tout|toute)\b|s['’]entend(?:ent)?\s+(?:de|d['’]|du|des)\b|"
        r"\b(?:is|are)\s+defined\s+as\b|\bhas\s+to\b|\bhave\s+to\b|\bil\s+(?:vous|leur|lui|nous|te|me)\s+faut\b|"
        # an equivalence that defines the measure: "a year full time equals 1,560 hours"
        r"\bequals?\b|\béquivaut\b|\bcorrespond(?:ent)?\s+à\b|\bmeans\b|\bsignifie\b|\bveut\s+dire\b|"
        # a value stated by a copula: "c'est 600 points", "it's 600 points"; what stays: "demeure les 3 dernières années"
        r"\bc['’]est\s+(?:\S+\s+){0,2}?\d+|\bit['’]s\s+(?:\S+\s+){0,2}?\d+|\bdemeure(?:nt|ra|ront)?\b|"
        # (the figure in words, as a transcript writes it: "c'est six cents points", "it's six hundred points", "c'est une
        # année continue")
        r"\b(?:c['’]est|it['’]s)\s+(?:[a-zéèêû-]+\s+){1,3}points\b|"
        # (the same figure said of another subject: "côté PTQF, c'est aussi une année", "it's also two years")
        r"\b(?:c['’]est|it['’]s)\s+(?:(?:aussi|également|encore|toujours|also|still)\s+)?"
        r"(?:un|une|deux|trois|quatre|cinq|dix|douze|one|two|three|four|five|ten|twelve|an?)\s+"
        r"(?:(?:pleine?s?|complète?s?|full|whole)\s+)?(?:ans?|années?|mois|years?|months?)\b|"
        r"\b(?:sont|est)\s+considérée?s?\s+comme\b|\b(?:are|is)\s+considered\b"),
    Cue(r"up\s+to"),
    # what a program takes in: "only accepts jobs in TEER 0 to 3", "ne retient que les FÉER 2 et 3", "covers TEER 0–3"
    Cue(r"\baccept(?:s|e|ent)\b|\badmet(?:tent)?\b|\bne\s+retien(?:t|nent)\s+que\b|\bcovers\b|\bcouvre(?:nt)?\b"),
)
# A rule stated as unchanged ("restera de 6 mois", "ne change pas", "remains unchanged") has no
# effective date of its own: a date in or above the sentence is when something else changes.
UNCHANGED_RULE = Cue(
    r"ne\s+change(?:ra|nt|ront)?\s+pas|rien\s+ne\s+change|ne\s+bouge(?:ra|nt|ront)?\s+pas|inchangée?s?|restera|resteront|demeure(?:nt|ra|ront)?\b|"
    r"reste(?:nt)?\s+(?:le\s+même|la\s+même|les\s+mêmes|de\s|à\s|fixée?s?\s+à)|"
    r"unchanged|not\s+chang|n['’]t\s+(?:chang|mov)\w*|n['’](?:ont|a)\s+pas\s+(?:changé|bougé)|ne\s+changent\s+pas|(?:remains?|will\s+remain|stays?|will\s+stay)\s+(?:the\s+same|at\b|in\s+place)|"
    # "must still have been gained within…", "doit toujours dater de…": what was already the rule
    r"\bmust\s+still\b|\bstill\s+(?:has|have|must|needs?|requires?|applies|apply)\b|\bdoi(?:t|vent)\s+toujours\b|"
    r"\bs['’]applique(?:nt)?\s+toujours\b|"
    # what a change left alone: "none of this touched the grid", "the grid is not affected", "n'a pas touché à la grille"
    r"\b(?:did|does|do|has|have|will)\s+not\s+(?:touch|affect)|\b(?:didn|doesn|don|hasn|haven|won)['’]t\s+(?:touch|affect)|"
    r"\b(?:none|nothing)\s+of\s+(?:this|that|it)\s+(?:touched|affected|changed)|\b(?:is|are|was|were)\s+not\s+affected\b|"
    r"\buntouched\b|\bn['’](?:a|ont)\s+pas\s+touché|\bne\s+touche(?:nt)?\s+pas\b"
)
# Processing times, validity periods, waiting times, holidays and internships are durations, not rules ("attendu"
# is a wait, but "Attendu que …" opens a resolution's whereas clause; the "Programme vacances-travail" is a program).
NOT_A_RULE = Cue(
    # (not a rule said to hold for everyone it names: "a requirement valid for all categories", "une règle valable pour tous")
    r"traitement|traitée?s?\b|délai|processing|d['’]attente|waiting|validité|valables?\b(?!\s+pour\s+(?:tou(?:te)?s|chaque|l['’]ensemble))|"
    r"valid\s+for(?!\s+(?:all|every|each)\b)|"
    r"sous\s+\S+\s+mois\s+après|permis\s+de\s+travail\s+de|séjour|vacances(?![\s-]travail)|stage\b|(?<!niveau\s)(?<!seuil\s)(?<!score\s)attendu(?!e?s?\s+(?:de|des|du|pour|que)\b)|attendre|waited|"
    # a figure said to be something else than the bar: "CLB 9 is a goal worth aiming at, not a minimum", "c'est un
    # objectif, pas un plancher"
    r"\b(?:is|are|c['’]est|est|sont)\s+(?:a|an|un|une)\s+[^.;]{0,60}?,\s*(?:not|pas|et\s+non(?:\s+pas)?)\s+(?:a|an|the|un|une|le|la)\s+"
    r"(?:floor|minimum|requirement|threshold|bar|plancher|seuil|exigence|condition)\b|"
    # a score to aim at, given as advice: "Don't settle: aim for CLB 10.", "Visez plutôt NCLC 9"
    r"\b(?:aim\s+(?:for|at)|shoot\s+for|visez\s+(?:plutôt\s+|donc\s+)?)\s*(?:a\s+|le\s+|un\s+)?(?:clb|nclc)\b|"
    # a level given as one that fails: "NCLC 6 in reading → ineligible", "un NCLC 6 = pas admissible"
    r"\b(?:clb|nclc)\s*\d{1,2}\b[^.;=→]{0,40}(?:=|→|->|means)\s*(?:you(?:['’]re|\s+are)\s+)?(?:not\s+eligible|ineligible|"
    r"non\s+admissible|pas\s+admissible|inadmissible|refused|refusé)"
)
HISTORY = Cue(
    r"\b(?:exigeait|exigeaient|fallait|demandait|demandaient|imposait|imposaient|devaient|devait|suffisait|suffisaient|était|étaient|"
    # what an earlier text gave: "notre numéro de 2024 indiquait 14 690 $"
    r"indiquait|indiquaient|mentionnait|mentionnaient|affichait|affichaient|"
    # (not a tool's purpose: "the scale used to sort the pool", "a grid used to assess them")
    r"used\s+to(?!\s+(?:rank|sort|score|assess|evaluate|measure|calculate|compute|select|pick|determine|compare|order)\b)|"
    r"was\s+required|were\s+required|was\s+needed|had\s+to|"
    # what once sufficed: "half a year of steady work was enough then", "a suffi"
    r"(?:was|were)\s+(?:enough|sufficient)|sufficed|a\s+suffi\b|"
    # "Until now, an arranged job brought 50 extra points": the whole sentence is the past
    r"until\s+(?:now|then|today)|jusqu['’](?:à\s+présent|ici|alors|à\s+maintenant)|jusque-là|"
    # "Until last spring the floor was lower", "Before that, it was 5", "jusqu'à l'an dernier"
    r"until\s+last\s+(?:year|month|spring|summer|fall|autumn|winter)|jusqu['’]à\s+l['’]an(?:née)?\s+derni[eè]re?|"
    r"before\s+that|avant\s+cela|until\s+this\s+year|^\W*before\s+20\d\d\b|"
    # a figure dated in its own year: "the $13k you remember was the 2019 figure", "c'était le montant de 2019"
    r"\b(?:was|were)\s+the\s+(?:19|20)\d\d\s+(?:figure|amount|number|rule|threshold)s?\b|"
    # or last year's: "Six months in a row was last year's rule.", "c'était la règle de l'an dernier"
    r"\b(?:was|were)\s+last\s+year['’]s\s+(?:figure|amount|number|rule|threshold|requirement|minimum)s?\b|"
    # last year's list, said to have held what it names: "last year's list included STEM …", "la liste de l'an dernier
    # comprenait …"
    r"\blast\s+year['’]s\s+(?:\w+\s+)?(?:included|comprised|contained|listed|covered|named)\b|"
    r"\b(?:la\s+liste|les\s+catégories)\s+de\s+l['’]an(?:née)?\s+(?:derni[eè]re?|passée?)\s+(?:comprenai(?:t|ent)|incluai(?:t|ent)|comptai(?:t|ent))\b|"
    r"\bc['’]était\s+(?:le|la)\s+(?:montant|chiffre|seuil|règle|minimum)\s+de\s+l['’]an(?:née)?\s+(?:derni[eè]re?|passée?)\b|"
    r"\bc['’]était\s+(?:le|la)\s+(?:montant|chiffre|seuil|règle)\s+de\s+(?:19|20)\d\d\b|"
    # a figure the speaker takes back as last year's: "… $27,000, no wait, that's last year's list", "c'est le
    # tableau de l'an dernier"
    r"\bthat['’]s\s+(?:from\s+)?last\s+year['’]s\b|\bc['’]est\s+(?:celui|celle|le\s+\w+|la\s+\w+)\s+de\s+l['’]an(?:née)?\s+(?:derni[eè]re?|passée?)\b|"
    # "the bar was five months", "the requirement was lower"
    r"\bthe\s+(?:requirement|bar|rule|minimum|threshold|floor)\s+was\b|(?<!\()it\s+was(?=\s+(?:only\s+|just\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)|"
    # "Previously, a job offer was worth 50 points", "pouvait vous rapporter", "qui avaient obtenu 50 points",
    # "Jusqu'en mars 2025, …", "Until March 2025, …"
    r"was\s+worth|were\s+worth|valai(?:t|ent)|rapportai(?:t|ent)|donnai(?:t|ent)|pouvai(?:t|ent)|"
    r"(?:accord|attribu|ajout|apport|offr)ai(?:t|ent)|"
    # the system's first days: "à sa création, en 2015, le système accordait jusqu'à 600 points", "When Express Entry
    # launched in 2015"
    r"\bà\s+sa\s+création\b|\blors\s+de\s+son\s+lancement\b|\bat\s+(?:its\s+)?launch\b|"
    r"\bwhen\s+(?:express\s+entry|the\s+system|it)\s+(?:was\s+)?(?:launched|introduced|began|started)\b|"
    r"avai(?:t|ent)\s+(?:obtenu|reçu|eu|droit)|had\s+(?:received|obtained|earned|gotten)|"
    r"jusqu['’](?:en|au)\s+(?:\w+\s+)?\d{4}|until\s+(?:\w+\s+)?(?:\d{1,2},?\s+)?\d{4}|"
    # "Until the end of 2025, category-based rounds required …", "jusqu'à la fin de 2025"
    r"until\s+the\s+(?:end|close)\s+of\s+(?:\w+\s+)?\d{4}|jusqu['’]à\s+(?:la\s+)?fin\s+(?:de\s+|d['’]\s?)?(?:\w+\s+)?\d{4}|"
    # "Back in 2023, candidates … needed only 6 months", "faisaient encore partie"
    # "Under the former system, six months of steady work counted", "selon les anciennes règles", "only asked for half as long"
    r"\bunder\s+the\s+(?:old|previous|former|earlier)\s+(?:rules?|system|requirements?|criteria)\b|"
    r"\b(?:selon|avec|sous)\s+les\s+(?:anciennes|précédentes)\s+(?:règles|exigences|conditions)\b|"
    r"\basked\s+(?:for\s+)?only\b|\brequired\s+only\b|\bonly\s+(?:asked|required)\b|"
    # "when the category was last used, the bar stood at …"
    r"\bwhen\s+(?:this|the|that)\s+category\s+was\s+last\s+used\b|"
    r"back\s+in\s+\d{4}|needed\s+only|only\s+needed|\bat\s+the\s+time\b(?!\s+of\s+(?:this\s+)?(?:writing|publication|publishing|going\s+to\s+press))|\bà\s+l['’]époque\b|\bback\s+then\b|faisai(?:t|ent)\s+(?:encore\s+)?partie|figurai(?:t|ent)|"
    # "senior managers previously received 200 points" (with no current value beside it)
    r"previously|auparavant|autrefois|formerly)\b|"
    # an earlier edition of a book or guide: "That edition listed the STEM category", "l'édition précédente recensait"
    r"\b(?:that|the\s+(?:previous|earlier|first|old|former))\s+edition\b|"
    r"\b(?:cette|l['’]ancienne|la\s+précédente|la\s+première)\s+édition\b|\bl['’]édition\s+précédente\b|"
    # a source described as history: "the original 2023 rules", "d'intérêt historique", "les règles d'origine"
    r"\boriginal\s+(?:(?:19|20)\d\d\s+)?(?:rules|requirements)\b|\bhistorical\s+interest\b|\bintérêt\s+historique\b|"
    r"\brègles\s+(?:initiales|d['’]origine)\b|"
    # a "then / now" pair's old line: "Then: 50 CRS points …", "Avant (2025) : 6 mois"
    r"^(?:then|before|avant|old\s+rule|ancienne\s+règle)\s*(?:\([^)]{0,20}\)\s*)?:|"
    # figures said outdated: "Les montants de notre note de 2024 (14 690 $ …) ne sont plus à jour", "are out of date"
    r"\b(?:ne\s+sont|n['’]\s?est)\s+plus\s+(?:à\s+jour|valables?|d['’]actualité)\b|\b(?:is|are)\s+(?:now\s+)?(?:out\s+of\s+date|outdated)\b|"
    r"\b(?:is|are)\s+no\s+longer\s+(?:up\s+to\s+date|current|accurate|valid)\b|"
    # a figure dated to an earlier year: "…, but that amount goes back to 2023", "ce montant date de 2023"
    r"\b(?:that|this|the|ce|cette)\s+(?:figure|amount|number|sum|chiffre|montant|somme)\s+(?:dates\s+(?:from|back\s+to)|goes\s+back\s+to|"
    r"date\s+de|remonte\s+à)\s+(?:19|20)\d\d\b|"
    # "Before, an offer added 50 points", "Avant, il fallait …" (a sentence opening on "before" alone)
    r"^\W*(?:before|avant)(?:\s+before)?\s*,|"
    # "Earlier, an offer added 50 points", "Job offer: earlier, …"
    r"(?:^|:\s)\W*earlier\s*,|"
    # a closed span of years opening the sentence: "From 2023 to 2025, half a year … was what a targeted draw asked
    # for", "Entre 2022 et 2024, …" (not a plan for years to come: "From 2026 to 2028, IRCC will …")
    r"^\W*(?:(?:from|de)\s+(?:19|20)\d\d\s+(?:to|until|through|à|jusqu['’]en)|(?:between|entre)\s+(?:19|20)\d\d\s+(?:and|et))\s+"
    r"(?:19|20)\d\d\s*,(?![^.;]{0,80}\b(?:will|plans?|aims?|expects?|prévoit|prévoient|va|vont|sera|seront)\b)"
)
# A band over a table's rows that keeps old values: "| Anciens montants, conservés pour les vieux dossiers |"
ARCHIVED = Cue(r"\barchive[sd]?\b|\bsuperseded\b|\boutdated\b|\bobsolete\b|\bhistorical\b|\b(?:old|former|previous)\s+"
               r"(?:values|amounts|figures|rules)\b|\bno\s+longer\s+(?:valid|in\s+force|current)\b|\bhistorique\b|"
               r"\b(?:anciens?|anciennes?)\s+(?:valeurs|montants|chiffres|règles|barèmes?)\b|\bpérimée?s?\b|\bobsolètes?\b|"
               r"\bplus\s+en\s+vigueur\b|\bremplacée?s?\b")
# The present told against the past: "il faut désormais 12 mois (contre 6 auparavant)" speaks of now.
NOW = Cue(r"\bdésormais\b|\bdorénavant\b|\bmaintenant\b|\bactuellement\b|\baujourd['’]hui\b|\bnow\b|\bcurrently\b|\btoday\b|"
          r"\b(?:le|la|les|the)\s+(?:\w+\s+)?(?:actuel(?:le)?s?|current)\b")
# ("Si votre famille compte plus de 7 personnes, ajoutez 3 970 $" states the rule for larger families;
# "Si vous déposez votre demande dans le cadre du PTQF, vous devez…", "If you apply under the FSWP, you must…"
# state the program's rule: the condition only names whom it applies to.)
# A modal or the conditional mood before a sentence's first figure makes a hypothesis ("Un candidat qui aurait
# 7 mois …", "You could get 50 points"); after it, it speaks of something else ("Il faut 12 mois ; ceux qui n'en ont
# que 6 pourraient attendre").
# "Un candidat invité avec 7 mois ne serait plus admissible": an indefinite person with a modal is a case.
INDEFINITE_PERSON = Cue(r"^\s*(?:un|une)\s+(?:candidat|candidate|demandeur|demandeuse|personne|travailleur|travailleuse)\b|"
                        r"^\s*(?:a|an)\s+(?:candidate|applicant|person|worker)\b|^\s*(?:someone|quelqu['’]un)\b")
MODAL = Cue(r"\b(?:pourrait|pourraient|could|might|would)\b|"
            r"\b(?:obtiend|atteind|au|se|gagne|cumule|totalise|recev|rempli|perd|dépasse)rai(?:t|ent)\b")
# "For example, CEC candidates still need 12 months": a rule given as an example of the rules, not a case.
# A household size is who the rule is for, not a person: "Concrètement, une personne seule devra prouver 15 000 $".
_NOT_A_RULE_GIVEN_AS_EXAMPLE = (
    r"(?![^.]{0,60}\b(?:candidates|candidats|applicants|demandeurs|personne\s+seule|couple|famille|ménage|foyer|you|vous|"
    # (the candidate in general: "Concrètement, le candidat doit prouver qu'il dispose de …", "In practice, each applicant must …")
    r"(?:le|the|chaque|each|tout)\s+(?:candidat|candidate|applicant|demandeur)|"
    r"single\s+(?:person|applicant)|family|household)\b[^.]{0,90}"
    r"\b(?:must|need|needs|doivent|devront|doit|devra|will\s+need|will\s+have\s+to)\b)"
    # "Par exemple, dans le programme de la CEC, on exige …": one program's rule given as an example
    r"(?![^.]{0,20}\b(?:pour|for|under|dans)\s+(?:le|la|l['’]\s?|the)\s*(?:[\w-]+\s+){0,3}?(?:programme|catégorie|program|class|category)\b"
    r"[^.]{0,70}\b(?:il\s+faut|you\s+need|requires?|exige)\b)"
    # "For example, the Federal Skilled Worker Program requires CLB 7": a program's rule as the example, not a case
    # (its name after the word: "For example, the Program for Skilled Trades (federal) asks …")
    r"(?![\s,]{0,3}(?:the|le|la|l['’])\s*(?:[\w-]+\s+){0,5}?(?:program|programme|class|catégorie|category)(?:\s+[^\s.,;:]+){0,5}?\s+"
    r"(?:requires?|asks\s+(?:you\s+|candidates\s+|applicants\s+)?(?:for|to)|needs|expects|sets|exige|demande|impose|fixe)\b)"
    # set off by commas between a group and its duty: "Trades applicants, for instance, must still …", "Les candidats
    # du PTQF, par exemple, doivent …": the group's rule, given as an example of the rules
    r"(?![\s,]{0,3}(?:(?:still|also|encore|aussi|toujours)\s+)?(?:must|need|needs|have\s+to|has\s+to|doivent|doit|devront|devra)\b)"
    # or between a grid's factor and its cap: "Les études, par exemple, valent jusqu'à 25 points", "Schooling, for
    # instance, is worth up to 25": the grid's rule, one factor as the example (a case has no cap)
    r"(?![\s,]{0,3}(?:(?:can|may|peut|peuvent)\s+)?(?:rapporte|rapportent|rapporter|vaut|valent|valoir|donne|donnent|donner|"
    r"is\s+worth|are\s+worth|be\s+worth|gives?|earns?|counts?\s+for|brings?)\s+"
    r"(?:au\s+plus|au\s+maximum|jusqu['’]à|up\s+to|at\s+most|a\s+maximum\s+of|a\s+max(?:imum)?\s+of)\b)"
)
# An example before the sentence's first figure is about a case ("Prenons par exemple Léa, NCLC 6 …"); after it,
# it illustrates the rule ("jusqu'à 12 points, par exemple entre 18 et 35 ans").
# also a made-up case: "Imaginons Karim, …", "Supposons que …", "Let's say you …", "Imagine a nurse …"
# (a program set off by commas is the example of a rule: "The FSW program, for instance, requires …")
# (not the example of a way to the rule: "… acquis par exemple grâce à un permis post-diplôme", "for example after a
# working holiday")
EXAMPLE_MID = Cue(r"(?<!\()(?<!\(\s)(?<!program,\s)(?<!programme,\s)(?<!class,\s)\b(?:(?:par\s+exemple|for\s+(?:example|instance))"
                  r"(?!\s*,?\s+(?:grâce\s+à|après|via|through|after|during|pendant|au\s+cours\s+d)\b)|"
                  # (not the French verb of a requirement: "cela suppose un NCLC 7")
                  r"imaginons|imaginez|supposons|suppose(?!\s+(?:un|une|des|de|d['’]|le|la|les|l['’]|au\s+moins|d['’]avoir)\b)|"
                  r"imagine|let['’]s\s+say|simulation|"
                  # "She gives the example of a nurse with …", "Il cite l'exemple d'une infirmière …"
                  r"(?:gives?|gave|takes?|took|cites?|cited|donne|prend|cite)\s+(?:the\s+|an?\s+|l['’]\s?)?(?:example|exemple)\s+(?:of|d['’]|de))\b"
                  + _NOT_A_RULE_GIVEN_AS_EXAMPLE +
                  # a line labelled as an example: "Exemple rapide : une participante …", "Worked example: …"
                  r"|^(?:[^:\n]{1,40}:\s*)?\W*(?:(?:quick|short|simple|real|concrete|worked|real-life|petit)\s+)?(?:example|exemple)"
                  r"(?:\s+(?:concret|rapide|réel|vécu))?\s*[:—–]" + _NOT_A_RULE_GIVEN_AS_EXAMPLE)
# a belief set right only to be knocked down: "MYTH: a job offer still gives you 50 points", "Idée reçue : …"
MYTH_OPENING = r"^\W*(?:\[?\d{1,2}:\d{2}\]?\s*)?(?:myth|mythe|idée\s+reçue|faux|false|fake)\b"
MYTH = Cue(MYTH_OPENING)
CONDITIONAL = AnyOf(
    Cue(r"^\s*(?:(?:donc|alors|et|mais|so|and|but),?\s+)?(?:si|s['’]il|s['’]ils|if)\b(?!\s+(?:votre|your)\s+(?:famille|family|ménage|household))"
        # the household a funds rule is for: "If you are the only member of your family, you must have …", "si vous
        # êtes seul", "If there are more than 7 people in your family, add …"
        r"(?!\s+(?:you\s+are|you['’]re|you\s+(?:immigrate|come|move)|vous\s+(?:êtes|partez|venez|immigrez|émigrez|arrivez)|"
        r"t['’]es|tu\s+(?:es|pars|viens|arrives))\s+(?:tout\s+|toute\s+)?(?:the\s+only\s+(?:member|person)|alone|(?:a\s+)?single|une\s+personne\s+seule|"
        r"on\s+your\s+own|seule?s?\b|célibataire|la\s+seule\s+personne))"
        r"(?!\s+(?:there\s+are|il\s+y\s+a|vous\s+êtes)\s+(?:more\s+than|plus\s+de)\s+\w+\s+(?:people|persons|members|personnes|membres))"
        # (or the partner or children the family brings, told with the amount: "If you have a partner coming with you, it's …")
        r"(?!\s+(?:you\s+(?:have|bring)|you['’]re\s+bringing|vous\s+(?:avez|amenez|emmenez))\s+(?:a\s+|an?\s+|un\s+|une\s+|des\s+|your\s+|votre\s+)?"
        r"(?:spouse|partner|wife|husband|kids?|child(?:ren)?|conjointe?|époux|épouse|partenaire|enfants?)\b"
        r"[^.;!?]{0,50}?(?:\$|dollars?|cad)|\s+(?:you['’]re|you\s+are|vous\s+êtes)\s+(?:married|a\s+couple|mariée?s?|en\s+couple)\b"
        r"[^.;!?]{0,50}?(?:\$|dollars?|cad))"
        # (or said to come with the candidate: "Si votre conjoint vient avec vous, il faudra prouver 19 001 $ CA …")
        r"(?!\s+(?:your|votre|ton|ta)\s+(?:spouse|partner|wife|husband|kids|children|conjointe?|époux|épouse|partenaire|enfants)\s+"
        r"(?:comes?\s+(?:along|with\s+you)|joins?\s+you|(?:is|are)\s+coming|vous\s+accompagnen?t?|viennent?\s+avec\s+vous|"
        r"vient\s+avec\s+vous)\b[^.;!?]{0,80}?(?:\$|dollars?|cad))"
        # the funds rule's own condition, not a case: "If you have no valid job offer, you must show …", "Si vous n'avez pas
        # d'offre d'emploi valide, …"
        r"(?!\s+(?:you\s+(?:don['’]t|do\s+not)\s+have|you\s+have\s+no|vous\s+n['’]avez\s+pas)\s+(?:a\s+|d['’]\s?)?(?:valid\s+)?"
        r"(?:job\s+offer|offre\s+d['’]emploi|arranged\s+employment))"
        # what full time amounts to, not a case: "If you work full time (30 hours a week), that is 1,560 hours"
        r"(?!\s+(?:(?:you\s+work|you['’]re\s+working|vous\s+travaillez|(?:it\s+|the\s+work\s+|c['’]|le\s+travail\s+)?(?:is|was|est|était))\s+)?"
        r"(?:full[- ]time|à\s+temps\s+plein)\b)"
        # where the candidate lives, which the funds rule turns on: "If you're outside Canada, you need funds: …"
        r"(?!\s+(?:you['’]re|you\s+are|you\s+live|vous\s+(?:êtes|vivez|résidez|habitez)|tu\s+(?:es|vis|habites)|t['’]es)\s+"
        r"(?:still\s+|encore\s+)?(?:outside|abroad|à\s+l['’]\s?étranger|hors\s+du\s+canada|en\s+dehors\s+du\s+canada)\b)"
        # the skill level of the job a rule's branch is for: "If the job sits at TEER 2 or 3, CLB 5 will do"
        r"(?!\s+(?:your|the)\s+(?:experience|job|work|occupation|position)\s+is\s+(?:in\s+|at\s+)?(?:an?\s+)?(?:teer|noc)\s*\d)"
        r"(?!\s+(?:you\s+work|vous\s+travaillez|tu\s+travailles)\s+(?:in|dans)\s+(?:an?\s+|un\s+)?(?:teer|féer|feer|emploi\s+(?:de\s+)?(?:féer|feer|teer))\s*\d)"
        r"(?!\s+(?:votre|ton|l['’]\s?)(?:expérience|emploi|poste|métier|profession)\s+(?:est|relève)\s+(?:d[eu]\s+|de\s+la\s+)?"
        r"(?:catégorie\s+|niveau\s+)?(?:féer|feer|teer)\s*\d)"
        r"(?!\s+vous\s+(?:présentez|déposez|soumettez|faites)\s+(?:une\s+|votre\s+)?demande\s+"
        r"(?:au\s+titre|à\s+ce\s+titre|dans\s+le\s+cadre|en\s+vertu)\b)"
        r"(?!\s+vous\s+postulez\s+(?:au\s+titre|dans\s+le\s+cadre)\b)"
        r"(?!\s+vous\s+(?:êtes|etes)\s+admissibles?\s+(?:au|à\s+la|aux)\b)"
        r"(?!\s+you\s+(?:are\s+eligible|qualify)\s+(?:for|under)\b)"
        r"(?!\s+you\s+(?:apply|are\s+applying)\s+(?:under|through|as\s+part\s+of)\b)"
        # a nomination's award stated as its condition: "Si une province vous nomme, vous recevez 600 points"
        r"(?!\s+(?:la|une|a|the)\s+(?:province|territoire|territory)\b)(?!\s+(?:vous\s+êtes|you\s+are|they\s+are|ils\s+sont)\s+(?:then\s+|later\s+|ensuite\s+)?(?:désignée?s?|nominée?s?|nominated)\b)"
        r"(?!\s+(?:l['’]\s?|le\s+|la\s+)?\w+(?:-\w+)?\s+vous\s+(?:désigne|nomme)\b)(?!\s+\w+(?:\s\w+){0,2}\s+nominates?\s+you\b)"
        # a threshold stated as the condition of eligibility: "if you score 67 or more you qualify"
        r"(?!\s+(?:vous|you)\s+(?:obtenez|atteignez|cumulez|totalisez|avez|score|get|obtain|reach|have)\s+"
        r"(?:au\s+moins\s+|at\s+least\s+)?\d+\s+points\b[^.;]{0,60}?\b(?:admissibles?|eligible|qualif))"),
    # an example about one candidate (after an emoji too: "💡 Exemple : …"): "Concrètement, Mathieu … cumule un an et demi d'expérience",
        # "Une candidate de 38 ans, titulaire d'une maîtrise, …", "A 29-year-old engineer with …"
    Cue(r"\b(?:prenez|prenons)\s+l['’]exemple\b|\btake\s+the\s+(?:example|case)\b|"
        # (not the rule above restated: "Concrètement, ça fait 1 560 heures"; nor the department's own count:
        # "Concrètement, le ministère retient 1 560 heures")
        r"^\W*(?:concrètement(?!\s*,?\s*(?:cela|ça|ceci|c['’]est|ircc|ottawa|le\s+ministère|on\s+(?:compte|exige|demande|retient))\b)|prenons|imaginons|supposons|for\s+example|for\s+instance|take|imagine|say|"
        r"(?:par\s+)?exemple|example|cas\s+pratique|case\s+study)\b"
        rf"{_NOT_A_RULE_GIVEN_AS_EXAMPLE}|"
        # a person introduced with an age: "Awa, 29 ans, infirmière …", "Priya, 31, a nurse …"
        r"^\s*\w+(?:\s+\w+)?,\s+\d{2}\s*(?:ans|years?\s+old)?,|"
        r"^\s*(?:un|une)\s+(?:candidat|candidate|demandeur|demandeuse|couple)\s+(?:de\s+\d+\s+ans|âgée?\s+de)\b|"
        r"^\s*an?\s+\d+-year-old\b|"
        # a myth (after an emoji or a timestamp too: "🚫 MYTHE : …", "[18:45] Myth #1: …")
        rf"{MYTH_OPENING}|"
        # "Une infirmière (CNP 32101) qui a travaillé 8 mois …", "A welder who has worked 20 months …": one person's case
        r"^\s*(?:un|une|a|an)\s+[^,.;:]{3,60}?\b(?:qui\s+a|who\s+has|who)\s+(?:travaillé|cumulé|accumulé|obtenu|"
        r"worked|accumulated|earned|gained)\b"),
)
# "Si votre expérience …, regardez du côté du PTQF, qui fonctionne avec une grille : il faut obtenir 67 points …":
# a condition on the reader's situation scopes over the advice that follows it, not over a rule stated on its
# own after a colon.
READER_CONDITION = Cue(r"^\s*(?:si|if)\s+(?:vous|votre|vos|tu|ton|ta|tes|you|your)\b")  # (a forum says "tu")
RULE_AFTER_COLON = Cue(
    # (when it holds, first: "… : depuis cette année il faut 12 mois …", "…: since this year you need …")
    r"\s?[:;]\s+(?:(?:depuis\s+(?:cette\s+année|20\d\d)|désormais|maintenant|aujourd['’]hui|since\s+(?:this\s+year|20\d\d)|now)\s*,?\s+)?"
    r"(?:il\s+(?:vous\s+|te\s+)?faut|vous\s+devez|tu\s+dois|les\s+candidats\s+doivent|you\s+(?:must|need)|candidates\s+must|"
    # the program named before the colon states its rule: "…, the CEC could fit you better: it requires 12 months"
    r"(?:it|elle|il|ce\s+programme|this\s+program(?:me)?)\s+(?:asks\s+for|requires|demands|needs|exige|demande|requiert)|"
    # "…, the French category deserves a look: its draws ask for NCLC 7"
    r"(?:its|their|ses|leurs)\s+(?:\w+\s+){0,2}?(?:ask\s+for|asks\s+for|require|requires|demand|demands|exigent|exige|demandent|demande))\b"
)
# A candidate telling their own case ("I've worked 1,300 hours so far", "j'ai cumulé 10 mois") or an answer
# about it ("Your 1,300 hours aren't enough yet", "Avec vos 18 mois") states no rule.
# hearsay: "A friend told me FSW needs …", "our listeners tell us …", "on m'a dit qu'il fallait …", "I heard that …", "My agent says I need …",
# "he says it will add …", "mon cousin dit qu'il faut …"
# (not the authority a newsroom asked: "the bar is still CLB 7, IRCC told us")
_HEARSAY = (r"(?<!ircc\s)(?<!department\s)(?<!ministry\s)(?<!spokesperson\s)(?<!spokesman\s)(?<!spokeswoman\s)"
            r"\b(?:tells?|told)\s+(?:me|us)\b|\bm['’]a\s+dit\b|\bnous\s+(?:disent|ont\s+dit|écrivent|écrit)\b|\bon\s+m['’]a\s+dit\b|"
            r"\bi\s+(?:have\s+)?heard\b|\bi['’]ve\s+heard\b|\bj['’]ai\s+entendu\b|\bparaît-il\b|"
            # what someone saw go by: "j'ai vu passer sur un groupe que …", "I saw on Facebook that …"
            # ("I read it's 6 months of work experience … now", "j'ai lu qu'il faut …")
            r"\bj['’]ai\s+(?:vu\s+passer|lu\s+(?:sur|que|quelque\s+part))\b|\bj['’]ai\s+lu\s+qu['’]|"
            r"\bi\s+(?:saw|read)\s+(?:on|that|somewhere|it['’]s|it\s+is|they)\b|"
            # what someone unnamed holds: "a guy on my crew reckons you need …", "quelqu'un au bureau prétend que …"
            r"\b(?:someone|somebody|quelqu['’]un)\b[^.;:]{0,25}?\b(?:reckons|says|said|claims|thinks|prétend|affirme|pense)\b|"
            # a figure its writer doubts: "… I think, to be checked", "je crois, à confirmer", "IIRC", "I'm not sure"
            r"(?:[,(]|\bje\s+crois)\s*(?:c['’]est\s+)?à\s+(?:vérifier|confirmer)\b|[,(]\s*(?:to\s+be|needs?\s+(?:to\s+be\s+)?)\s*(?:checked|confirmed|double-checked)\b|\b(?:i['’]m|i\s+am)\s+not\s+(?:100\s*%\s+|entirely\s+)?sure\b|"
            r"\bje\s+(?:ne\s+)?suis\s+pas\s+(?:sûre?|certaine?)\b|\biirc\b|\bif\s+i\s+remember\s+(?:right|correctly)\b|"
            r"\bsi\s+je\s+me\s+souviens\s+bien\b|\bdon['’]t\s+quote\s+me\b|"
            # (or a guess right after its figure, or closing the sentence: "C'est 14 500 $ pour deux, je crois.", "1,560
            # hours I think?", "il faut 8 mois d'expérience je pense, à vérifier")
            r"(?:[\d$€%]\s*|,\s*|\b(?:mois|months?|ans|years?|heures|hours|xp|exp|expérience|experience)\s+)(?:je\s+crois|je\s+pense|il\s+me\s+semble|i\s+think|i\s+believe|i\s+guess)\s*(?:[,.!?…]|$)|"
            # what agents, sites and guides still claim, what an author writes, what buyers think: "Recruiting agents
            # still advertise that an offer … adds 50 or 200 points", "pay for an offer letter thinking it adds 50 points"
            r"\b(?:agents?|agenc(?:y|ies)|agences?|consultants?|recruiters?|recruteurs?|websites?|sites?|blogs?|forums?|"
            r"videos?|vidéos?|ads|publicités?)\s+(?:\w+\s+){0,3}?(?:still\s+|encore\s+|toujours\s+)?"
            r"(?:advertise|advertises|advertising|claim|claims|claiming|promise|promises|promising|tout|touts|touting|annoncent|"
            r"affirment|prétendent|promettent|affichent|"
            # or tell their clients: "recruiters keep telling clients that …", "des agences répètent aux candidats que …"
            r"(?:tell|tells|telling)\s+(?:their\s+)?(?:clients|customers|people|applicants|candidates|them)|"
            r"(?:disent|répètent|expliquent)\s+(?:à\s+leurs|aux)\s+(?:clients|candidats))"
            # (or the figure itself: "consultants advertising 60 points for a work permit")
            r"\s+(?:that\b|que\b|qu['’]|an?\s|the\s|des?\s|les?\s|la\s|une?\s|(?:you|them|us|vous|leur)\s(?=[^.;]{0,20}\d)|[:«\"“]|(?=[$+]?\d))|"
            r"\b(?:guides?|sites?|websites?|articles?|sections?|pages?)\s+(?:\w+\s+){0,2}?still\s+(?:say|says|list|lists|show|shows|count|counts)\b|"
            # what videos and posts say: "lots of old videos say an offer is worth fifty points", "des vidéos disent que …"
            r"\b(?:videos?|vidéos?|tiktoks?|reels?|posts?|publications?)\s+(?:\w+\s+){0,2}?(?:still\s+|encore\s+)?(?:say|says|disent|affirment)\b|"
            r"\b(?:writes?|wrote)\s+that\b|\bthinking\s+(?:it|that)\b|\bwho\s+(?:still\s+)?(?:believe|think)s?\b|"
            r"\bpromising\s+(?:you|them|clients|candidates)\b|"
            # (not a journalist's "…," she said. after the quoted words of the one interviewed: the story's source)
            # (nor the story's source set off by commas: "The surest boost, she said, remains …")
            r"(?<![”\"»]\s)(?<![”\"»],\s)(?!(?<=,\s)(?:he|she)\s+(?:says|said),)"
            r"\b(?:he|she|my\s+\w+|mon\s+\w+|ma\s+\w+)\s+(?:says|said|claims|insists|reckons|dit|prétend|affirme)\b|"
            # what "people" say, a belief about to be set right: "everybody assumes …", "everyone says …",
            # "on lit partout qu'il faut …", "beaucoup pensent que …"
            r"\b(?:keep\s+)?hearing\s+(?:people\s+|that\b)|\b(?:people|everyone|everybody|many|some)(?:\s+(?:applicants|candidates|readers))?\s+(?:still\s+|keeps?\s+)?"
            r"(?:say|says|saying|think|thinks|believe|believes|assume|assumes|claim|claims|tell\s+each\s+other|tell\s+one\s+another)\b|"
            r"\bon\s+(?:entend|lit)\s+(?:souvent|partout|encore)\b|\b(?:les\s+gens|beaucoup)\s+se\s+(?:répètent|disent)\b|"
            # (whom may be said: "plusieurs candidats croient encore …")
            r"\b(?:beaucoup|certains|plusieurs|bien\s+des|de\s+nombreux|tout\s+le\s+monde)(?:\s+(?:de\s+)?(?:candidats|gens|personnes|lecteurs))?"
            r"\s+(?:pensent|croient|disent|dit|pense|croit)\b|"
            # a claim put back to whoever made it ("You said the bar was …", "tu as dit qu'il fallait …") and a question
            # told ("a listener asks whether her offer still earns …", "elle veut savoir si …")
            r"(?<!as\s)\b(?:you|we)\s+(?:said|claimed)\b|\bvous\s+(?:avez\s+dit|disiez)\b|\btu\s+(?:as\s+dit|disais)\b|"
            r"\b(?:asks?|asked|wonders?|wondered)\s+(?:(?:me|us|him|her|them)\s+)?(?:if|whether)\b|\bwants?\s+to\s+know\s+(?:if|whether)\b|"
            r"\b(?:se\s+)?demande\s+si\b|\bveut\s+savoir\s+si\b|"
            # what someone believed and no longer does: "we thought the offer would bring us …", "on croyait que …"
            r"\b(?:we|i)\s+(?:thought|believed|assumed)\b|\b(?:on\s+(?:pensait|croyait)|nous\s+(?:pensions|croyions)|"
            r"je\s+(?:pensais|croyais))\b|"
            # whoever says it is wrong: "anybody promising you … is mistaken", "ceux qui vous disent … se trompent"
            r"\b(?:anyone|anybody|whoever|those|people)\s+(?:who\s+)?(?:tells?|telling|says?|saying|claims?|claiming|promises?|promising)\b"
            r"[^.;]{0,120}\b(?:is|are)\s+(?:wrong|mistaken|misinformed|out\s+of\s+date)\b|"
            r"\b(?:ceux|celles|quiconque)\s+qui\s+(?:vous\s+|te\s+)?(?:disent|dit|affirment|affirme|promettent|promet|prétendent)\b"
            r"[^.;]{0,120}\b(?:se\s+trompe(?:nt)?|ont\s+tort|a\s+tort)\b")
# The figure right after an end's words: "la règle n'est plus de six mois", "is no longer 50 points": the value the rule
# had, not the end of the rule or of a category named after it (not a year: "are out for 2025").
OLD_FIGURE_AFTER_END = re.compile(r"\s+(?:que\s+|de\s+|d['’]\s?|only\s+|just\s+|the\s+|les\s+)?(?:(?!(?:19|20)\d\d\b)\d+|un|une|deux|trois|six|"
                                  r"douze|one|two|three|twelve)\s+(?:mois|ans?|années?|months?|years?|heures|hours|points?)\b", re.IGNORECASE)
# A requirement denied before its value: "le PTMSF n'exige pas NCLC 7", "the CEC does not require 2 years"; a change
# denied before the value it did not go to: "le seuil n'a pas été porté à 75", "the floor was not raised to CLB 9".
NOT_REQUIRED = Cue(r"\bn['’]\s?(?:exige|demande|impose|requiert)\s+pas\b|\bne\s+(?:demande|exige)\s+pas\b|"
                   r"\b(?:does|do)\s+not\s+(?:require|need|ask\s+for)\b|\bdoesn['’]t\s+(?:require|need|ask\s+for)\b|"
                   r"\bn['’]\s?(?:a|ont|est|sont|sera|seront)\s+pas\s+(?:été\s+)?(?:relevée?s?|rehaussée?s?|haussée?s?|augmentée?s?|"
                   r"portée?s?|passée?s?|montée?s?|abaissée?s?|baissée?s?|réduite?s?|modifiée?s?)\s+(?:à|au|de)\b|"
                   r"\bne\s+(?:passe|passera|monte|montera|grimpe)\s+pas\s+(?:à|au)\b|"
                   r"\b(?:has|have|was|were|is|are|had|will)\s*(?:not|n['’]t)\s+(?:been\s+|be\s+)?(?:raised|increased|lifted|"
                   r"lowered|reduced|cut|changed|moved|bumped|pushed)\s+(?:up\s+|down\s+)?to\b|"
                   r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:rise|go\s+up|climb|jump|drop|fall)\s+to\b|"
                   # a figure said not to be enough: "il ne suffit pas de douze mois de pratique" (not "Le métier seul
                   # ne suffit pas : il faut encore …")
                   r"\bne\s+suffi(?:t|sent|ra|ront)\s+pas\s+(?:d['’]\s?|de\s+)|"
                   # the figure itself said not to be asked: "Il n'y a pas de NCLC 8 requis pour cette catégorie"
                   r"\bn['’]\s?y\s+a\s+(?:pas|aucun|aucune)\s+(?:de\s+|d['’]\s?)?$|\bthere\s+(?:is|are)\s+no\s+$|\bthere['’]s\s+no\s+$|"
                   # (or right before it, quoted as what is said: "il ne faut pas « NCLC 8 » …", "you don't need 'CLB 8'")
                   # (not a figure said without quotes: "unlike the FSW, you don't need 67 points" denies it to another)
                   r"\bil\s+ne\s+(?:te\s+|vous\s+|leur\s+)?faut\s+pas\s+(?:de\s+|d['’]\s?|un\s+|une\s+)?[«\"“'‘]\s*$|"
                   r"\b(?:you|they|applicants|candidates)\s+(?:don['’]t|do\s+not)\s+need\s+(?:an?\s+)?[«\"“'‘]\s*$")
# A list's lead-in saying its items are what someone was told or someone's own profile ("A recruiter told me the
# conditions were:", "voici ma situation :", "My profile:"): its items state no rule.
# An employer's own conditions for a job ("Exigences du poste :", "Job requirements:", "What we're looking for:") are
# the job's, not Express Entry's.
# (an Express Entry profile one opens is the system's: "the rules, copied out the day I opened my profile:")
HEARSAY = Cue(_HEARSAY)
# a claim faulted in its own sentence: "… qu'il fallait deux ans d'expérience ; vérification faite, c'est faux"
FAULTED_IN_ITSELF = Cue(r"[;,]\s*(?:[\w'’]+\s+){0,3}?(?:c['’]est|c['’]était)\s+(?:inexact|faux|erroné|une\s+erreur)\b|\bà\s+tort\b|"
                        r"\bwrongly\b|\bincorrectly\b|[;,]\s*(?:\w+\s+){0,3}?(?:that|this|which)\s+(?:is|was)\s+(?:wrong|incorrect|false|not\s+true)\b")
# an erratum's wrong figure: "une version précédente de ce résumé mentionnait trois ans", "an earlier version of"
EARLIER_VERSION = Cue(r"\b(?:une|la|l['’]\s?)\s*(?:version|édition)\s+(?:précédente|antérieure|initiale|originale)\b|"
                      r"\b(?:an|the)\s+(?:earlier|previous|original|prior)\s+(?:version|edition)\s+of\b")
NOT_THE_RULES_LEAD = Cue(_HEARSAY + r"|(?<!créer\s)(?<!create\s)(?<!creating\s)(?<!ouvrir\s)(?<!submit\s)\b(?:ma|mon|my)\s+"
                         r"(?:situation|profil|profile|parcours|background|stats)\b|"
                         r"\bexigences\s+(?:du\s+poste|de\s+l['’]emploi)\b|\bprofil\s+recherché\b|\bcompétences\s+recherchées\b|"
                         r"\b(?:job|position|role)\s+requirements\b|\brequirements\s+for\s+(?:this|the)\s+(?:position|role|job)\b|"
                         r"\bwhat\s+we['’]re\s+looking\s+for\b|\bnous\s+recherchons\b")
# someone's figures, then the verdict on them: "…, so he clears the floor", "…, donc elle remplit la condition"
CASE_VERDICT = Cue(r"\b(?:so|which\s+means|donc|ce\s+qui\s+fait\s+qu['’]\s?)\s*,?\s*(?:she|he|they|il|elle|ils|elles)\s+"
                   r"(?:meets?|clears?|qualif(?:y|ies)|pass(?:es)?|falls?\s+short|misses|is\s+(?:eligible|short)|"
                   r"remplit|remplissent|dépasse|est\s+(?:admissible|en\s+dessous)|atteint|"
                   # told after the fact: "…, so he qualified within a month", "…, donc il était admissible"
                   r"met|cleared|qualified|passed|fell\s+short|missed|was\s+(?:eligible|short)|"
                   r"remplissait|dépassait|atteignait|(?:était|a\s+été)\s+admissible)\b|"
                   # or with no "so": "…, elle n'est plus admissible", "he is no longer eligible" (a person's, not a rule's end)
                   r"\b(?:elle|il|she|he)\s+(?:n['’]est\s+(?:plus|pas)|is\s+(?:no\s+longer|not)|isn['’]t)\s+(?:admissible|eligible)\b|"
                   # the reader's figures held against the bar: "So with CLB 6 and that job you meet the minimum"
                   r"\b(?:with|avec)\b[^.;]{0,60}?\b(?:you|vous|tu)\s+(?:already\s+|déjà\s+)?(?:meet|clear|pass|satisfy|remplissez|remplis|"
                   r"atteignez|dépassez|satisfaites)\s+(?:déjà\s+)?(?:the\s+|le\s+|la\s+|l['’]\s?)?(?:\w+\s+)?(?:minimum|floor|threshold|bar|"
                   r"requirement|seuil|plancher|condition|exigence)\b")
PERSONAL_CASE = Cue(
    # someone's level set against the minimum: "CLB 8 is above the minimum", "NCLC 6, c'est sous le seuil" (not when the
    # minimum follows a colon: "Ton NCLC 8 est au-dessus du minimum : le PTQF demande NCLC 7")
    r"\b(?:is|are|c['’]est|est|sont)\s+(?:well\s+|just\s+|bien\s+|juste\s+)?(?:above|over|below|under|higher\s+than|"
    r"lower\s+than|au-dessus\s+du|en\s+dessous\s+du|sous\s+le)\s+(?:the\s+)?(?:minimum|floor|seuil|bar|threshold)\b(?!\s*[:—–])|"
    # the profile most often invited, told as a portrait: "le profil type retenu a …", "the typical invitee holds …"
    r"\b(?:le\s+)?(?:profil|candidat)\s+type\b|\btypical\s+(?:profile|candidate|invitee|applicant)\b|"
    # a made-up person: "a hypothetical welder in his thirties", "un candidat fictif"
    r"\b(?:a|an|un|une)\s+(?:hypothetical|fictional|fictitious|imaginary|hypothétique|fictive?|imaginaire)\b|"
    r"\b(?:candidat|candidate|demandeur|demandeuse|profil)\s+(?:fictif|fictive|hypothétique|imaginaire)\b|"
    # someone's case told as an example, often quoted: "« Un soudeur qui a travaillé sept mois devra attendre »", "a nurse
    # who has only worked nine months"
    r"(?:^|[«\"“]\s*)(?:un|une|a|an)\s+[\w-]+\s+(?:qui\s+(?:a|avait)\s+(?:travaillé|cumulé|accumulé|obtenu)|"
    r"qui\s+n['’](?:a|avait)\s+que|who\s+(?:has\s+|had\s+)?(?:only\s+)?(?:worked|has\s+only|had\s+only))\b|"
    # a decision's applicant, and what they had done: "La demanderesse … avait cumulé 1 320 heures", "the applicant had
    # accumulated 10 months" (the rule's "le candidat doit cumuler" is no one's case)
    r"\b(?:le|la|the)\s+(?:demandeu(?:r|se)|demanderesse|requérante?|appelante?|applicant|claimant|appellant)\b[^.;]{0,60}?"
    r"\b(?:(?:avait|a|had|has)\s+(?:\w+\s+)?(?:travaillé|cumulé|accumulé|obtenu|totalisé|worked|accumulated|obtained|earned|gained|logged)|"
    r"totalisait|cumulait|comptait|totall?ed)\b|"
    # a relative's own tally: "Sa conjointe, menuisière, a cumulé 1 800 heures", "her husband has logged 1,700 hours"
    r"\b(?:son|sa|his|her|their|leur)\s+(?:compagnon|compagne|conjointe?|mari|époux|épouse|femme|frère|sœur|fils|fille|"
    r"partner|husband|wife|spouse|brother|sister|son|daughter)\b[^.;]{0,40}?\b(?:a|avait|has|had)\s+(?:\w+\s+)?"
    r"(?:réuni|cumulé|accumulé|travaillé|totalisé|obtenu|logged|worked|accumulated|earned|gained|clocked)\b|"
    # a level someone got: "Omar : NCLC 9 obtenu en janvier", "CLB 8 achieved on the retake"
    r"\b(?:nclc|clb)\s*\d{1,2}\s+(?:obtenue?s?|obtained|achieved)\b|"
    # a client or a person named by title: "M. R. (dossier 2025-…) dispose de …", "Mme Diallo a …"
    # a listener's or a reader's own case: "Un auditeur, Marco, cuisinier, a 16 mois …", "One reader, a nurse, has …"
    r"^\W*(?:un|une|a|an|one|our|notre)\s+(?:auditeur|auditrice|lecteur|lectrice|internaute|abonnée?|listener|reader|viewer|"
    r"subscriber|caller)\b|"
    # (not an expert quoted as the source: "Selon Mme Diallo, il faut …", "according to Mr. Lee", "Mme Roy rappelle que …")
    r"(?:^|(?<!selon)(?<!après)(?<!to)[\s(])(?:m\.|mme|mlle|mr\.|mrs\.|ms\.)\s+[a-zà-ÿ][\w'’-]*\b"
    r"(?!\s*,?\s+(?:rappelle|souligne|explique|précise|indique|ajoute|note|répond|confirme|reminds|explains|notes|adds|confirms|"
    r"points\s+out|says)\b\s*,?\s*(?:selon\b|que\s+(?:les|le|la|l['’]|pour|dans|il\s+faut)\b|qu['’]il\s+faut\b|"
    r"that\s+(?:the|applicants|candidates|you|every|all)\b))|"
    r"\b(?:i['’]ve|i\s+have|i['’]m|i\s+am|j['’]ai|j['’]avais|je\s+suis|je\s+travaille|my|mes|mon)\s+(?:\w+\s+){0,3}?"
    r"(?:worked|been\s+working|travaillé|cumulé|accumulé|\d)|"
    r"\b(?:your|vos|votre|with\s+your|avec\s+vos|avec\s+votre)\s+(?:\d|first\s+\d)|"
    r"\b(?:i\s+have|i['’]ve\s+got|i\s+had|j['’]ai|j['’]avais|je\s+cumule)\s+(?:\w+\s+){0,3}?(?:years?|months?|hours|ans|mois|années|heures)\b|"
    # an agency's client told as a case: "Our client Ana already holds about $9,000", "notre cliente Fatou avait …"
    r"\b(?:our|my|notre|mon|ma)\s+(?:client|cliente|customer)\s+[\w'’-]+(?:\s*,[^,]{1,60},)?\s+(?:already\s+|déjà\s+)?"
    r"(?:had|has|holds|held|got|avait|a|détient)\b|"
    # a test someone will sit again: "I'm going to retake the exam to reach CLB 10", "je vais repasser le TEF"
    r"\b(?:i\s+will|i['’]ll|i\s+am\s+going\s+to|i['’]m\s+going\s+to|je\s+vais|je\s+compte)\s+(?:re-?take|re-?sit|sit|take|"
    r"write|repasser|passer)\b|"
    # someone's own ranking score: "I get 471 with my bachelors", "I'm at 455", "j'ai 445 dans mon profil"
    r"\bi\s+(?:get|got|have|had|scored?)\s+(?:a\s+|about\s+|around\s+)?\d{3}\b(?!\s*(?:hours|heures|\$|dollars|cad))|\bi['’]?m\s+at\s+\d{3}\b|"
    # a level someone had or got: "Moi j'avais NCLC huit à l'oral", "I got CLB 9 in listening"
    r"\b(?:j['’]avais|j['’]ai\s+eu|i\s+had|i\s+got)\s+(?:\w+\s+){0,2}?(?:nclc|clb)\b|"
    # someone's own tally said of them: "told the paper she has 5 years of experience", "elle a déjà 18 mois d'expérience"
    # (after a level said with it: "says he has CLB 6 and nine years of experience")
    r"\b(?:he|she)\s+(?:has|had)\s+(?:only\s+|just\s+|already\s+)?(?:(?:an?\s+)?(?:clb|nclc)\s*\d{1,2}\s+and\s+)?\S+\s+"
    r"(?:years?|months?|hours)\s+of\b|"
    r"\b(?:il|elle)\s+(?:a|avait)\s+(?:seulement\s+|déjà\s+)?(?:(?:un\s+)?(?:clb|nclc)\s*\d{1,2}\s+et\s+)?\S+\s+"
    r"(?:ans|mois|années|heures)\s+d['’]\s?expérience\b|"
    # someone's own short tally: "n'a que 5 mois", "has only 8 months"
    r"\bn['’](?:a|ai|avais|avait|avaient|ont)\s+que\s+\S+\s+(?:mois|ans|années|heures)\b|"
    r"\b(?:has|had)\s+only\s+\S+\s+(?:months?|years?|hours)\b|"
    r"\bne\s+(?:compte|cumule|totalise|possède)\s+que\s+\S+\s+(?:mois|ans|années|heures)\b|"
    # someone's own profile given as a label: "Mon propre profil : 14 mois, NCLC 9", "My profile: CLB 8, 470 points"
    r"\b(?:mon|ma|my)\s+(?:propre\s+|own\s+)?(?:profil|profile|dossier|situation|stats|cas|case|story|histoire|parcours|plan|projet)"
    r"(?:\s+(?:perso|personnel|personal))?\s*:|"
    # someone's own test result: "Mon TEF me donne NCLC 6", "My IELTS gave me CLB 8"
    r"\b(?:mon|ma|mes|my)\s+(?:own\s+|propres?\s+)?(?:test|tef|tcf|ielts|celpip|résultats?|scores?|results?)\b|"
    # a reader's own result or profile, as a calculator or a quiz shows it: "Votre résultat : 72 / 100", "Your profile:"
    r"^\W*(?:votre|vos|ton|tes|your)\s+(?:résultats?|score|pointage|profil|profile|results?|réponses|answers|situation)\s*[:=]|"
    # advice to the reader on their own level: "Avec NCLC 8, vous pouvez déjà viser…", "With CLB 9 you could…"
    r"^\s*(?:avec|with)\b[^,.;]{0,40},?\s*(?:vous|you)\s+(?:pouvez|pourriez|pourrez|can|could|may|êtes|are)\b|"
    # (not the impersonal "il faut": "Avec la nouvelle liste de catégories, il faut désormais 12 mois …" states the rule)
    r"(?:^|[:;]\s*)(?:avec|with)\b[^.;]{0,80},\s*(?:il(?!\s+(?:faut|fallait|faudra|faudrait)\b)|elle|ils|elles|he|she|they)\b|"
    # (or told what it falls short of: "Avec cinq à l'écrit, vous n'y êtes pas encore, et avec dix mois, il vous manque …",
    # "with 9 months you're still short")
    r"\b(?:avec|with)\s+[^,.;]{1,30},?\s*(?:vous\s+n['’]|vous\s+ne\s|il\s+vous\s+manque|you\s+(?:don['’]t|do\s+not|fall|are\s+(?:still\s+)?short|"
    r"aren['’]t|are\s+not)|you['’]re\s+(?:still\s+)?(?:short|not))|"
    # the reader's or someone's own tally: "you have roughly 10 months", "vous avez environ 8 mois", "X a obtenu un NCLC 9"
    r"\b(?:you\s+(?:have|['’]ve\s+got|now\s+have)|vous\s+avez)\s+(?:only\s+|roughly\s+|about\s+|around\s+|just\s+|"
    r"seulement\s+|environ\s+|à\s+peine\s+)?\d|\ba\s+obtenu\b|\bhas\s+obtained\b|"
    # a person's own score told of them: "her score sits at 455", "son pointage est de 462"
    r"\b(?:his|her|their|son|sa|leur)\s+(?:own\s+|current\s+|crs\s+|actuel\s+|propre\s+)?(?:score|pointage)\s+"
    r"(?:(?:now\s+|currently\s+)?(?:stands|stood|sits|sat)\s+at|is|was|came\s+to|est\s+de|était\s+de|s['’]élève\s+à|atteint)\s+\d|"
    # someone's own test result: "scored CLB 6", "a obtenu un NCLC 9"
    # (or its equivalent: "scored the equivalent of CLB 6 in reading", "a obtenu l'équivalent d'un NCLC 8")
    r"\b(?:scored|got|obtained|a\s+obtenu|a\s+eu|a\s+décroché|landed)\s+(?:(?:the\s+)?equivalent\s+of\s+|l['’]équivalent\s+d['’]\s?)?"
    r"(?:an?\s+|un\s+)?(?:clb|nclc)\b|\byou\s+scored\s+\d|\bvous\s+avez\s+obtenu\s+\d|"
    + _HEARSAY + "|"
    # a household's own savings: "we have CAD 20,000 put aside", "nous avons 18 000 $ d'économies"
    r"\b(?:we|i)\s+(?:have|['’]ve\s+got|had)\s+(?:only\s+|about\s+|around\s+)?(?:cad\s+|ca\$\s?|\$\s?)?\d[^.;]{0,20}?"
    r"\b(?:saved|put\s+aside|in\s+savings|in\s+the\s+bank)\b|"
    r"\b(?:nous\s+avons|on\s+a|j['’]ai)\s+(?:seulement\s+|environ\s+)?\d[^.;]{0,20}?(?:d['’]économies|de\s+côté|en\s+banque)|"
    # or said as theirs: "whether her $4,800 savings would count", "ses 9 000 $ d'économies"
    r"\b(?:her|his|their|my|our|ses|leurs|mes|nos)\s+(?:cad\s+|ca?\$\s?|\$\s?)?\d[^.;]{0,14}?(?:savings|économies|épargne)\b|"
    # an ad's "buy a job offer, get …"
    r"\b(?:buy|achetez|acheter)\s+(?:an?\s+|une\s+)?(?:job\s+offer|offre\s+d['’]emploi)\b|"
    # a refused applicant's story, as a decision's summary tells it: "their file had been rejected …", "leaving him
    # about 900 hours", "ne lui laissant que 8 mois"
    r"\b(?:his|her|their|son|sa|leur)\s+(?:\w+\s+)?(?:application|demande|dossier)\s+(?:was|were|had\s+been|a\s+été|avait\s+été)\s+"
    r"(?:refused|rejected|denied|refusée?|rejetée?)\b|"
    r"\b(?:leaving|left\s+with|laissant|ne\s+lui\s+laissant\s+que)\s+(?:him\s+|her\s+|them\s+)?"
    r"(?:(?:only|just|about|roughly|seulement|environ)\s+){0,2}\d|"
    # someone else's case told by the writer: "un de nos clients, infirmier avec 9 mois d'expérience"
    r"\b(?:client|cliente|lecteur|lectrice|ami|amie|collègue|reader|friend|colleague)s?\b[^.;]{0,60}?"
    r"\b(?:avec|with|qui\s+a|who\s+has|has|a)\s+[^.;]{1,20}?(?:mois|ans|années|heures|months?|years?|hours|\$|dollars)"
)
# A hypothesis or someone's own case: what a line stating levels without a cue of obligation must not be.
CASE_OR_HYPOTHESIS = AnyOf(*CONDITIONAL.cues, MODAL, PERSONAL_CASE)
# The provinces and territories whose own streams pages compare with Express Entry.
PROVINCES = (r"ontario|manitoba|saskatchewan|alberta|colombie-britannique|british\s+columbia|nouvelle-écosse|nova\s+scotia|"
             r"nouveau-brunswick|new\s+brunswick|terre-neuve|newfoundland|île-du-prince-édouard|prince\s+edward\s+island|yukon")
# Another country's rule is not Canada's ("En Australie, il faut 12 mois").
# the readers a page speaks to, by where they live, are not another country's rules: "Pour les lecteurs de Belgique
# comme du Sénégal, la voie francophone …", "For readers from Belgium, …"
_AUDIENCE_FROM = "".join(rf"(?<!{noun} {at} )" for noun, at in (
    ("francophones", "de"), ("candidats", "de"), ("résidents", "de"), ("ressortissants", "de"), ("lecteurs", "de"),
    ("citoyens", "de"), ("applicants", "from"), ("candidates", "from"), ("readers", "from"), ("readers", "in"),
    ("people", "from"), ("nationals", "of"), ("residents", "of"), ("citizens", "of"))) + \
    r"(?<!depuis\sla\s)(?<!depuis\sle\s)(?<!depuis\sl')(?<!depuis\sl’)(?<!moving\sfrom\s)(?<!leaving\s)"  # where one leaves

OTHER_JURISDICTION = Cue(
    # (not a part of an address: "@someone@mastodon.quebec", "www.quebec.ca/…", "belgique@consulat")
    # (nor a currency: "près de 11 200 dollars américains", "dollars australiens")
    rf"(?<![.@/])(?<!dollars\s)(?<!dollar\s){_AUDIENCE_FROM}\b(?:australie|nouvelle-zélande|royaume-uni|états-unis|etats-unis|allemagne|belgique|suisse|france|"
    r"australia|new\s+zealand|united\s+kingdom|united\s+states|germany|belgium|switzerland|"
    # (and Asia's points systems and work visas: "Japan's points-based visa sets its bar at 70 points")
    r"japan(?:ese)?|japon(?:ais(?:e)?)?|korean?|corée|coréen(?:ne)?|singapore|singapour|"
    r"australien(?:ne)?s?|néo-zélandaise?s?|américain(?:e)?s?|(?<!colombie-)britannique?s?|australian|american|british(?!\s+columbia)|"
    # other governments by their capitals, as the press names Ottawa's: "Canberra demande désormais …"
    r"canberra|wellington|whitehall|"
    r"québec|quebec|arrima|peq|csq)\b(?![.@/][\w])"
    # an Australian visa by its number: "le visa de la sous-classe 189", "subclass 190"
    r"|\b(?:sous-classe|subclass)\s+\d{3}\b"
    # a province's own stream ("le Volet des métiers de l'Ontario", "Manitoba's skilled worker stream")
    rf"|\b(?:volet|stream|filière)\b[^.:]{{0,50}}?\b(?:{PROVINCES})\b|"
    r"\b(?:ontario|manitoba|saskatchewan|alberta)(?:['’]s)?\s+(?:\w+\s+){0,3}?(?:volets?|streams?|pathways?)\b|"
    # (its own, named at length: "Ontario also operates its own Francophone Skilled Newcomer stream")
    rf"\b(?:{PROVINCES})\b[^.]{{0,30}}?\b(?:its|their)\s+own\s+(?:[\w-]+\s+){{0,4}}?(?:streams?|programs?)\b|"
    # (or by provinces unnamed: "Several provinces run their own nominee streams for welders")
    r"\bprovinces\s+(?:\w+\s+){0,2}?(?:their|leurs)\s+(?:own|propres)\s+(?:[\w-]+\s+){0,2}?(?:streams?|programs?|volets?|programmes?)\b|"
    r"\bprovinces\s+(?:\w+\s+){0,2}?(?:[\w-]+\s+){0,2}?(?:streams?|programs?|volets?)\s+of\s+their\s+own\b|"
    # Canada's other federal programs, outside Express Entry and with rules of their own: "the Atlantic Immigration
    # Program", "the Rural Community Immigration Pilot", "le Programme d'immigration au Canada atlantique"
    r"\batlantic\s+immigration\s+(?:program|pilot)\b|\bimmigration\s+au\s+canada\s+atlantique\b|"
    r"\brural\s+(?:community\s+|and\s+northern\s+)?immigration\s+pilot\b|\bimmigration\s+dans\s+les\s+communautés\s+rurales\b|"
    r"\bagri-food\s+pilot\b|\bprojet\s+pilote\s+sur\s+l['’]agroalimentaire\b|\bstart-up\s+visa\b|\bvisa\s+pour\s+démarrage\s+d['’]entreprise\b|"
    # a program said to lie outside Express Entry, with criteria of its own: "ce volet pilote ne fait pas partie
    # d'Entrée express", "that pilot is not part of Express Entry"
    r"\bne\s+fait\s+pas\s+partie\s+(?:d['’]\s?|de\s+l['’]\s?)?entrée\s+express\b|\b(?:is|are)(?:\s+not|n['’]t)\s+part\s+of\s+express\s+entry\b|"
    # a province's own criteria, named as such: a column "| Prince Edward Island requirement |", "provincial criteria"
    rf"\b(?:{PROVINCES})(?:['’]s)?\s+(?:own\s+)?(?:eligibility\s+)?(?:requirements?|criteria|criterion|conditions)\b|"
    r"\bprovincial\s+(?:eligibility\s+)?(?:requirements?|criteria)\b|\b(?:exigences|critères)\s+(?:provinciaux|provinciales)\b|"
    # a province's own grid or score: "a provincial points grid", "une grille provinciale", "a minimum provincial score"
    r"\bprovincial\s+(?:points?\s+)?(?:assessment\s+)?(?:grid|score)\b|\bgrille\s+(?:de\s+points\s+|d['’]évaluation\s+)?provinciale\b|"
    # a province's own nominee program by its acronym: "Funds required by the SINP", "la grille du PCPO"
    r"\b(?:sinp|oinp|pcpo|mpnp|pcpm|aaip|bc\s?pnp|nsnp|nbpnp|pei\s?pnp|nlpnp|ynp|ntnp)\b|"
    # a province's own invitation ("pour recevoir une notification d'intérêt de l'Ontario")
    r"\bnotifications?\s+d['’]intérêt\b|\bnotifications?\s+of\s+interest\b|"
    # a sentence set in a province: "En Ontario, certains volets exigent …", "In Alberta, the stream asks …"
    r"^\s*(?:en|in|au)\s+(?:ontario|alberta|saskatchewan|manitoba|colombie-britannique|british\s+columbia|"
    r"nouvelle-écosse|nova\s+scotia|nouveau-brunswick|new\s+brunswick|yukon)\b|"
    # a province's own demand, named as such: "funds … set by the province", "des fonds exigés par la province"
    r"\b(?:required|set|asked\s+for|demanded)\s+by\s+the\s+province\b|\bexigée?s?\s+par\s+la\s+province\b|"
    # a federal work-permit program outside Express Entry, with rules of its own: "Mobilité francophone asks for NCLC 5"
    r"\bmobilité\s+francophone\b|\bfrancophone\s+mobility\b|\bglobal\s+talent\s+stream\b|\bvolet\s+des\s+talents\s+mondiaux\b"
)
# A heading or lead-in naming another jurisdiction to say the text is not about it ("Hors Québec").
# (or a country named as one where the time may be worked: "au Canada ou à l'étranger – donc la Belgique aussi")
OUTSIDE_JURISDICTION = Cue(r"\bhors\s+(?:du\s+)?québec|\boutside\s+(?:of\s+)?quebec|\bailleurs\s+qu|\bother\s+than|\bautres?\s+que\b|"
                           r"\b(?:au|in)\s+canada\s+(?:ou|or|comme|as\s+well\s+as)\s+(?:à\s+l['’]étranger|ailleurs|abroad|elsewhere|overseas|outside)|"
                           r"\b(?:à\s+l['’]étranger|abroad|overseas)\s+(?:ou|or|comme|as\s+well\s+as)\s+(?:au|in)\s+canada\b|"
                           # a country named as one place among any where the work may be done: "(en Suisse ou ailleurs)"
                           r"\b(?:en|au|aux|in)\s+[\w-]+\s+(?:ou|or)\s+(?:ailleurs|elsewhere|à\s+l['’]étranger|abroad)\b")
# A requirement that does not apply ("n'est pas nécessaire si", "exempt", "dispensé").
EXEMPTION = Cue(
    r"n['’]est\s+pas\s+(?:nécessaire|requise?|exigée?)|n['’](?:avez|ont|a)\s+pas\s+(?:besoin|à)|"
    # (not who is "not exempt": "Funds to show if you are not exempt: …", "si vous n'êtes pas dispensé"; nor an exemption
    # left as a condition: "… must show $15,263 unless exempt", "sauf si vous êtes dispensé")
    r"(?<!not\s)(?<!pas\s)(?<!non\s)(?<!unless\s)(?<!unless\syou\sare\s)(?<!unless\syou['’]re\s)(?<!sauf\ssi\svous\sêtes\s)"
    r"(?<!unless\sthey\sare\s)(?<!unless\sthey['’]re\s)(?<!sauf\ss['’]ils\ssont\s)(?<!à\smoins\sd['’]être\s)"
    r"(?:dispensée?s?|exemptée?s?|exempt(?:ed)?\b)|"
    r"(?:do|does|are|is)\s+not\s+(?:need|required|have\s+to)|don['’]t\s+need"
)
# The turn from those a rule exempts to those it binds, told after the exemption: "…, but if not: …", "otherwise",
# "sinon", "à défaut", "dans le cas contraire".
NOT_EXEMPT_TURN = re.compile(r"\b(?:(?:but|mais)\s+)?(?:if\s+not|otherwise|if\s+(?:you|he|she|they)\s+(?:are|is)\s*n['’o]t|"
                      r"sinon|autrement|à\s+défaut|dans\s+le\s+cas\s+contraire|si\s+ce\s+n['’]est\s+pas\s+le\s+cas)\b",
                             re.IGNORECASE)

# The value right after these is the one the rule had before.
PREVIOUS_BEFORE = Cue(
    r"(?:contre|au\s+lieu\s+d['’]\s?|au\s+lieu\s+de|au\s+lieu(?=\s+des\s)|up\s+from|down\s+from|compared\s+(?:to|with)|instead\s+of|"
    r"rather\s+than|auparavant\s*:?|précédemment\s*:?|previously\s*:?|formerly|plutôt\s+que|"
    # "replacing the previous requirement of", "l'ancienne exigence de"
    r"\b(?:previous|former|earlier|old|older)\s+(?:\w+\s+){0,2}?of|\b(?:ancien(?:ne)?|précédente?)\s+(?:\w+\s+){0,2}?(?:de|d['’])|"
    # the figure called former: "the former 200 points of a manager's offer", "les anciens 50 points", "the old 6-month rule"
    r"\b(?:the\s+)?(?:former|old|previous|prior|earlier)\s+\$?$|\banciens?\s+$|"
    # the old value as a label's: "OLD: 6 months", "Avant : 6 mois", "Previous → 6 months"
    r"(?:^|\n)\W{0,3}(?:old|former|previous|before|avant|ancien(?:ne)?|précédente?)\s*(?:rule|règle|value|valeur)?\s*[:=→]\s*$|"
    r"(?:et\s+)?non\s+plus|"
    # what the rule replaced: "this replaced the half-year rule", "qui remplace les six mois"
    r"\b(?:replaced|replaces|replacing|remplace|remplaçant|a\s+remplacé)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s?)?|"
    # "twice the six months asked before", "le double des six mois d'avant"
    r"\b(?:double|twice|half)\s+the|\ble\s+double\s+des|\bla\s+moitié\s+des|"
    # the old value in brackets: "20 500 $ (avant : 19 900 $)", "$20,500 (before: $19,900)", "(2024: 19 900 $)"
    r"\(\s*(?:avant|before|was|old|ancien(?:ne)?|prior|l['’]an\s+dernier|last\s+year|en\s+20\d\d|in\s+20\d\d|20\d\d)\s*[:=]?\s*\$?|"
    # "ce n'est plus 6 mois continus mais 12", "is no longer six months but twelve"; said without its "ne": "c'est plus
    # huit mois, c'est un an"
    r"(?:ce\s+|il\s+)?n['’]est\s+plus|ne\s+sont\s+plus|(?:is|are)\s+no\s+longer|\bc['’]est\s+plus(?!\s+(?:de|d['’]|que)\b)|"
    # a past state next to the current value: "qui était de 6 mois", "jusqu'ici fixé à", "which used to be"
    r"(?:était|étaient|fixée?s?\s+jusqu['’](?:ici|alors|à\s+présent)\s+à|jusqu['’](?:ici|alors|à\s+présent)\s*,?|"
    r"was|were|used\s+to\s+be|until\s+(?:now|then)\s*,?)\s*(?:de\s+|d['’]\s?|à\s+|of\s+|only\s+|seulement\s+)?)"
    # ("up from only six months", "contre seulement six mois")
    r"\s*(?:only\s+|just\s+|seulement\s+)?(?:les\s+|des\s+|the\s+|de\s+)?$"
)
# The figure named as the old rule, right after it: "6 months was the former category rule", "8 mois, c'était l'ancienne
# règle" (said of a lone figure too).
OLD_RULE_AFTER = Cue(r"^\s*,?\s*(?:was|were|(?:c['’])?était|correspondait\s+à|corresponded\s+to|matched)\s+"
                     r"(?:the\s+old|the\s+former|l['’]\s?ancienne)\s+(?:\w+\s+)?(?:rule|requirement|minimum|règle|exigence)\b")
# A value followed by these was the rule before: "12 mois (6 mois auparavant)", "6 months previously".
PREVIOUS_AFTER = Cue(r"^\s*\)?\s*(?:(?:exigée?s?|requise?s?|demandée?s?|required|needed)\s+)?"  # "des six mois exigés jusqu'ici"
                     r"(?:(?:continus|consécutifs|continuous|consecutive|straight)\s+)?"  # "six mois continus suffisaient"
                     r"(?:auparavant|précédemment|previously|formerly|before|avant|jusqu['’](?:ici|alors|à\s+présent)|until\s+now|"
                     # "where six months used to be enough", "quand six mois suffisaient"
                     r"used\s+to\s+be\s+(?:enough|sufficient|required|needed|the\s+(?:rule|minimum|bar))|used\s+to\s+(?:do|suffice|count)|"
                     r"(?:qui\s+)?suffisaient|"
                     r"(?:was|were)\s+enough|"
                     r"(?:jusqu['’]en|until|through)\s+20\d\d|"  # "(6 mois jusqu'en 2025)"
                     # "the half-year asked for until last spring", "des six mois demandés jusqu'à l'an dernier"
                     r"until\s+last\s+(?:year|spring|summer|fall|autumn|winter)|jusqu['’]à\s+l['’]an(?:née)?\s+derni[eè]re?|"
                     # a bracket giving the old value with when it held: "12 mois (6 mois l'an dernier)", "(6 months
                     # last year)"
                     r"(?:l['’]an(?:née)?\s+(?:derni[eè]re?|passée?)|last\s+year|(?:en|in)\s+20\d\d)(?=\s*\)))\b")
# "passe de 6 à 12 mois", "from 6 to 12 months": the first of two values is the old one ("note de passage de 67
# points" is no change from 67).
FROM_TO = Cue(
    r"(?:pass(?!age)\w*|augment\w*|rais\w*|increas\w*|chang\w*|going|relev\w*|hauss\w*|diminu\w*|réduit\w*|baiss\w*|"
    r"lower\w*|reduc\w*|décreas\w*|decreas\w*|goes|went|porté\w*|moved?|rose|rises?|rising|risen|climbed|jumped|grew|fell|dropped|"
    r"grimpée?|montée?)\s+(?:de|from|d['’])\s*$|"
    # a list item under a lead-in announcing new amounts: "Couple : de 18 000 à 18 600"
    r":\s*(?:de|from|d['’])\s*$"
)
# A rule stated as gone.
# "ne … plus" that ends nothing: a comparison ("ce n'est plus comme avant", "plus pareil"), "non plus" (either), a bound
# or an old figure ("ne peut rapporter plus de 15 points", "n'obtient plus que 11 points", "n'est plus de six mois"), a
# figure said outdated ("ne sont plus à jour"), a quantity running low ("il ne vous en reste plus beaucoup", "n'en a
# plus guère")
_NOT_AN_END = (r"(?<!\bnon\s)plus\b(?!\s+(?:comme|pareil|le\s+cas|la\s+même|le\s+même|à\s+jour|d['’]actualité|valables?|exacte?s?|vraie?s?|"
               r"beaucoup|guère|tellement|grand-chose|assez|autant)\b|"
               r"\s+(?:de|d['’]|que|qu['’])\s*(?:\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\b))")
REMOVED = Cue(
    rf"\bne\s+(?!ressembl)(?:\w+\s+){{0,3}}{_NOT_AN_END}|"
    rf"\bn['’]\s?(?:\w+\s+){{0,3}}{_NOT_AN_END}|supprimée?s?|retirée?s?|abolie?s?|abandonnée?s?|"
    r"éliminée?s?|no\s+longer|\bno\s+more\b(?!\s+than)|c['’]est\s+(?:fini|terminé)|n['’]existe\s+plus|"
    r"\b(?:does|do|will|did)\s+not\s+(?:return|come\s+back)\b|\bwon['’]t\s+(?:return|come\s+back)\b|\bnot\s+coming\s+back\b|"
    # "has not returned", "hasn't come back", "ne sont pas reconduites", "n'est pas renouvelée"
    r"\b(?:has|have)\s+not\s+(?:returned|come\s+back)\b|\b(?:hasn|haven)['’]t\s+(?:returned|come\s+back)\b|"
    # not kept: "IRCC did not keep the STEM category this year"
    r"\b(?:did|does|has|have|will)\s+not\s+keep\b|\b(?:didn|doesn|hasn|haven|won)['’]t\s+keep\b|"
    r"\bn['’]\s?(?:a|ont|avait|avaient)\s+pas\s+(?:gardé|conservé|maintenu)\b|"
    # still out: "restent aux oubliettes", "reste hors de la liste", "remains off the list", "stays excluded"
    r"\baux\s+oubliettes\b|\brest(?:e|ent)\s+(?:absente?s?|exclue?s?|écartée?s?|hors\s+(?:de\s+la\s+)?liste)\b|"
    r"\b(?:remains?|stays?)\s+(?:off|out|excluded|gone|dropped)\b|"
    # "was not restored", "n'a pas été rétablie", "have not been brought back", "ne fait pas son retour", "is not a
    # category for 2026"
    r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+not\s+(?:restored|reinstated|reintroduced|brought\s+back)\b|"
    r"\b(?:has|have|had)(?:\s+not|n['’]t)\s+been\s+(?:restored|reinstated|reintroduced|brought\s+back|renewed)\b|"
    r"\bne\s+(?:fait|font|fera|feront)\s+pas\s+(?:son|leur)\s+retour\b|"
    r"\b(?:is|are)\s+no\s+longer\s+(?:a\s+)?categor(?:y|ies)\b|\bn['’]est\s+plus\s+une\s+catégorie\b|"
    r"\b(?:is|are)\s+not\s+(?:a\s+)?categor(?:y|ies)\s+(?:for|in)\s+(?:20\d\d|this\s+year)\b|"
    r"\bn['’]est\s+pas\s+une\s+catégorie\s+(?:en|pour)\s+(?:20\d\d|cette\s+année)\b|"
    r"\bn['’]\s?(?:a|ont)\s+pas\s+été\s+(?:rétablie?s?|réintégrée?s?|réintroduite?s?)\b|"
    r"\b(?:ne\s+(?:sont|est)|n['’]est)\s+pas\s+(?:reconduite?s?|retenue?s?|renouvelée?s?)\b|"
    # an instruction to strike a line out: "rayer de tous les dossiers la mention « … »", "Delete the line '…' from"
    r"\b(?:biffer|rayer|supprimer|retirer|effacer|delete|strike(?:\s+out)?|remove|cross\s+out)\s+(?:[\w'’]+\s+){0,5}?"
    r"(?:la\s+ligne|la\s+mention|l['’]\s?entrée|the\s+(?:line|entry|row|mention))\b|"
    r"\b(?:still\s+)?off\s+the\s+list\b|\bstill\s+gone\b|\b(?:is|are)\s+out\s+(?:for|in|this)\b|\b(?:été|sont|est|seront|sera)\s+mise?s?\s+de\s+côté\b|\bpassée?s?\s+à\s+la\s+trappe\b|\b(?:is|are)\s+(?:now\s+)?history\b|\b(?:rayée?s?|biffée?s?|radiée?s?)\s+de\s+la\s+(?:liste|grille)\b|\b(?:a|ont)\s+(?:rayé|biffé|radié)\b|\bn['’]est\s+(?:toujours\s+)?pas\s+utilisée?\b|"
    r"\bne\s+sont\s+(?:toujours\s+)?pas\s+utilisées\b|\b(?:(?:is|are)\s+(?:still\s+)?not|isn['’]t|aren['’]t)\s+(?:being\s+)?used\b|(?<!la\s)(?<!le\s)(?<!les\s)\bplus\s+utilisée?s?\s+depuis\b|n['’]est\s+pas\s+rétablie?s?|ne\s+(?:revient|reviennent)\s+pas|(?:was|were|has\s+been|have\s+been|are|is)\s+(?:removed|dropped|discontinued|eliminated|"
    r"abolished)|\bremoves?\b|\beliminat\w+|"
    # a category dropped from the year's list: "disparaissent de la liste", "will not be used as categories"
    r"\bdispara(?:i|î)(?:t|ssent|tra|tront)\b|\b(?:ont|a|est|sont)\s+disparue?s?\b|(?<!had\s)\bdisappeared\b|(?<!had\s)\bvanished\b|\bstopped\s+(?:counting|earning|giving|adding|awarding|bringing)\b|"
    r"\bcessé\s+de\s+(?:compter|rapporter|donner|valoir)\b|\bstopped\s+using\b|\bcessé\s+d['’]\s?utiliser\b|\b(?:is|are)\s+(?:now\s+)?gone\b|\bne\s+(?:sera|seront)\s+pas\s+(?:utilisée?s?|reconduite?s?|retenue?s?)\b|"
    r"\b(?:will|shall|would)\s+not\s+be\s+(?:used|renewed|kept)\b|\bnot\s+used\s+(?:in|for)\s+(?:19|20)\d\d\b|:\s*not\s+used\b|"
    r":\s*(?:non|pas)\s+utilisée?s?\b|\b(?:won|wouldn)['’]t\s+be\s+(?:used|renewed|kept)\b|"
    # a table's cell: "| Category draws for agriculture | Not used |"
    # (or since a year: "| Agriculture | Not used since 2025 |")
    r"\|\s*(?:not\s+used|non\s+utilisée?s?|pas\s+utilisée?s?|dropped|removed|discontinued|supprimée?s?|retirée?s?)"
    r"(?:\s+(?:since|in|for|depuis|en)\s+(?:19|20)\d\d)?\s*\|\s*$|"
    # a headline's bare participle: "Trades category dropped for 2027", "… dropped from the list"
    # (not a past told as such: "back this year, after being dropped for 2024", "trades, dropped from the line-up in 2024,")
    r"\b(?:category|catégorie)\s+dropped\b|(?<!being\s)(?<!,\s)\bdropped\s+(?:for\s+(?:19|20)\d\d|from\s+the\s+(?:list|line-?up))\b|"
    r"\b(?:were|was)\s+not\s+(?:used|renewed|kept|continued)\b|\bn['’]ont\s+pas\s+été\s+(?:utilisée?s|reconduite?s|retenue?s|maintenue?s)\b|"
    r"\bnon\s+(?:reconduite?s?|retenue?s?|renouvelée?s?)\b|\bnot\s+(?:been\s+)?(?:renewed|retained|kept|continued)\b|"
    # the removal as a noun or another verb: "la suppression des 50 ou 200 points", "the removal of", "scrapped"
    r"\b(?:suppression|élimination|abolition|retrait)\s+(?:de|des|du|d['’])|\bfin\s+des\s+(?:\S+\s+){0,4}?points\b|"
    r"\b(?:removal|elimination|abolition)\s+of\b|\bscrap(?:s|ped|ping)?\b|\baxed\b|\bdone\s+away\s+with\b|"
    # an end put to points: "Ottawa ended the extra points for …", "a mis fin aux points pour …"
    r"\b(?:ended|ends|will\s+end)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?points\b|\bput\s+an\s+end\s+to\b|\b(?:a|ont|avait)\s+mis\s+fin\s+(?:à|aux)\b|"
    r"\bdid\s+away\s+with\b|\bcancell?ed\b|\bannulée?s?\b|\bvanish(?:ed|es)\b|\bphased\s+out\b|\bont\s+disparu\b|\ba\s+disparu\b|"
    # a present-tense removal names what it removes ("IRCC supprime la catégorie …"; "on retire un point par année" is
    # the grid's arithmetic, not a removal)
    r"\b(?:supprim|retir|élimin)(?:e|ent|era|eront)\s+(?:aussi\s+|également\s+)?(?:la|le|les|l['’]|cette|ce|ces)\s*"
    r"(?:catégorie|exigence|critère|condition|points?\b)|"
    r"\bdrops?\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:category|categories|requirement|points)\b|"
    # past and active, the categories its object: "IRCC removed three categories from the former list: …", "dropped
    # the STEM category"; or the list they left: "dropped STEM and transport from its list of categories"
    # (the verb alone: the category after it is its object; not one dated in a year, a past the page may tell before
    # a return: "dropped the trades category in 2024, but it came back")
    r"(?<!being\s)(?<!had\s)\b(?:dropped|removed|retired)(?=\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:on|of|for|in|from|to|with)\s)[\w-]+\s+){0,2}?categor(?:y|ies)\b)(?![^.;:]{0,60}\bin\s+20\d\d\b)|"
    r"(?<!being\s)(?<!had\s)\bdropped(?=\s[^.;:]{1,80}?\bfrom\s+(?:its|the|their)\s+(?:list|line-?up)\b)(?![^.;:]{0,60}\bin\s+20\d\d\b)"
)
# A list's lead-in that announces conditions ("Le PTMSF pose plusieurs conditions :", "The requirements are:")
# gives its items the obligation.
CONDITIONS_LEAD_IN = Cue(
    r"\b(?:conditions|critères|exigences|criteria|requirements|rules|règles|facteurs|factors)\b[^.]{0,50}:\s*$|"
    # a checklist's lead-in: "Before you build a profile, check that you have:", "Assurez-vous d'avoir :"
    r"\b(?:check\s+that\s+you\s+have|make\s+sure\s+you\s+have|you['’]ll\s+need|vérifiez\s+que\s+vous\s+avez|"
    r"assurez-vous\s+d['’]avoir|il\s+vous\s+faudra)\b[^.]{0,30}:\s*$|"
    # a summary's lead-in, after a sentence naming the program: "The trades program fits us. In a nutshell:", "En bref :"
    r"^\W*(?:short\s+version|in\s+short|in\s+a\s+nutshell|the\s+basics|the\s+gist|tl;?\s?dr|en\s+bref|en\s+résumé|"
    r"l['’]essentiel|en\s+gros|pour\s+résumer|"
    # told from memory, still the rules: "From memory:", "De mémoire :" (a doubt owned is not: HEARSAY's "if I
    # remember correctly")
    r"from\s+memory|de\s+mémoire|(?:off\s+)?the\s+top\s+of\s+my\s+head)\s*:\s*$|"
    # a verb of asking closing the lead-in: "Le programme des métiers, lui, demande :", "The CEC asks:" (not the noun,
    # "Frais de la demande :", "Votre demande :")
    r"(?<!\bla\s)(?<!\bde\s)(?<!\bune\s)(?<!\bvotre\s)(?<!\bsa\s)(?<!\bta\s)(?<!\bma\s)(?<!\bd['’])"
    r"\b(?:demande(?:nt)?|réclame(?:nt)?|asks|expects)\s*:\s*$"
)
# "Ce minimum doit avoir été acquis…", "la période pendant laquelle cette expérience…": the rule and its
# subject are the previous sentence's.
# "That is the same 12-month bar that now applies …", "ce même seuil" likewise.
# The rule told as it stands now, after the sentence that told it as it was: "These days it's a full year",
# "Aujourd'hui, c'est un an"
_RULE_NOW = (r"^(?:[^:\n]{1,30}:\s*)?(?:now|today|these\s+days|(?:since\s+|from\s+)?this\s+year|aujourd['’]hui|désormais|maintenant|"
             r"(?:depuis\s+|à\s+partir\s+de\s+)?cette\s+année)\s*,?\s+(?:it['’]s|it\s+is|c['’]est)\b")
RULE_NOW = Cue(_RULE_NOW)
# the figure put right after a wrong one: "Le bon niveau, c'est NCLC sept", "The correct level is CLB 7"
RIGHT_FIGURE = Cue(r"^(?:[^:\n]{1,30}:\s*)?(?:le\s+bon|la\s+bonne|the\s+(?:right|correct|actual))\s+(?:chiffre|nombre|niveau|seuil|"
                   r"réponse|figure|number|level|answer)\s*,?\s*(?:c['’]est|est|is|:)")
# The experience just named, as the next sentence goes on about it: "The experience no longer needs to be …", "That year
# of experience has to be …", "L'expérience doit avoir été acquise …", "Ces douze mois d'expérience doivent …"; or its
# pronoun: "…, par contre elle doit avoir été faite dans …", "It must have been gained within …"
_THE_EXPERIENCE_GOES_ON = (
    r"^(?:the|that|this|these|those)\s+(?:(?:year|\d+\s+months|twelve\s+months|months)\s+of\s+(?:work\s+)?)?experience\s+"
    r"(?:no\s+longer|must|has\s+to|have\s+to|needs?|can|may)\b|"
    # (the months themselves: "Those months may come in pieces, provided they fall …", "Ces mois peuvent …")
    r"^(?:the|these|those)\s+months\s+(?:must|have\s+to|need\s+to|can|may|should)\b|^(?:ces|les)\s+mois\s+(?:doivent|peuvent)\b|"
    r"^(?:l['’]\s?|cette\s+|ces\s+)(?:(?:année|(?:\d+|douze)\s+mois)\s+d['’]\s?)?expérience\s+(?:doit|doivent|peut|peuvent|n['’]a\s+plus|ne\s+doit)\b|"
    # (after a comma only when the clause before names no work of its own: in "Plan on needing twelve months of paid
    # skilled work, and it has to date from …" the pronoun is that work's)
    r"(?:^|^(?:(?!\b(?:work|experience|expérience|travail|emploi|job|poste)\b)[^\n])*?[,;]\s*(?:\w+\s+){0,2}?)"
    r"(?:elle|elles|it|they)\s+(?:doit|doivent|must|has\s+to|have\s+to|needs?\s+to)\s+(?:dater|avoir\s+été|être|be|have\s+been|fall|date)\b"
)
REFERS_BACK = Cue(
    _RULE_NOW + "|"
    # a message going on from the one before: "Awa : et ds les 3 dern. années", "and within the last three years"
    r"^(?:[^:\n]{1,40}:\s*)?(?:et|and)\s+(?:ds|dans|within|in|sur|over|au\s+cours)\b|"
    # (or saying it must fall there: "Marc : et faut que ce soit sur les 5 dernières années", "and it needs to be inside …")
    r"^(?:[^:\n]{1,40}:\s*)?(?:et\s+|and\s+)?(?:(?:il\s+)?faut\s+que\s+(?:ce|ça)\s+soit|(?:it\s+)?(?:has|needs)\s+to\s+be|it\s+must\s+be)\s+"
    r"(?:ds|dans|within|in|sur|over|au\s+cours)\b|"
    + _THE_EXPERIENCE_GOES_ON + "|"
    r"\b(?:ce|cet|cette)\s+(?:même\s+)?(?:minimum|expérience|exigence|durée|période|seuil)\b|"
    # the minimum the sentence before told, opening this one: "The minimum is now a full year", "Le minimum passe à 12 mois"
    r"^(?:the|le)\s+minimum\s+(?:is|was|has|now|rises|rose|goes|went|becomes|est|passe|devient|a\s+été)\b|"
    # the measure of what the sentence before spoke of: "the minimum period rose to 12 months", "la durée requise"
    r"\b(?:la|the)\s+(?:durée|période)\s+(?:minimale|requise|exigée)\b|\bthe\s+(?:minimum|required)\s+(?:duration|period|length)\b|"
    # …or only its window: "→ within the past 3 yrs", "→ dans les cinq ans", "Encore et toujours sur les cinq dernières
    # années.", "All of it in the last five years."
    # (under a label: "- Fenêtre : dans les trois dernières années")
    r"^\W*(?:(?:période|period|window|fenêtre|when|quand)\s*:\s*)?"
    r"(?:(?:encore|toujours|le\s+tout|tout\s+ça|et|still|always|again|all(?:\s+of\s+(?:it|that|them))?)[\s,]+){0,3}"
    r"(?:ds|dans|within|au\s+cours\s+des|sur(?=\s+les\s+(?:\d+|trois|cinq|dix)\s+dern)|(?:in|over)(?=\s+the\s+(?:last|past)))\s+"
    r"(?:les\s+|the\s+)?(?:(?:last|past)\s+)?"
    r"(?:\d+|trois|cinq|dix|three|five|ten)\s+"
    r"(?:dern\w*|last|past|years?|yrs?|années|ans)\b|"
    # the work just named, as an easy-read page goes on: "Cet emploi se situe dans les cinq ans", "This work is in …"
    r"^(?:ce\s+travail|cet\s+emploi|(?:this|that)\s+(?:work|job))\s+(?:est|doit|a\s+été|is|was|must|has|needs?)\b|"
    # "Those hours must fall within …", "ces 12 mois doivent …", "those two years must be …", "that year has to …"
    r"\b(?:ces|these|those)\s+(?:[\w-]+\s+)?(?:heures|hours|mois|months|années|ans|years)\b|"
    # a figure put right, of the same thing as the one before: "Le vrai chiffre est de …", "The correct number is …"
    r"^(?:[^:\n]{1,40}:\s*)?(?:le\s+(?:bon|vrai)\s+chiffre|le\s+chiffre\s+(?:exact|correct)|the\s+(?:right|correct|actual|real)\s+"
    r"(?:figure|number))\b|"
    # the same year told in hours: "That year is 1,560 hours", "Cette année équivaut à 1 560 heures", "Reckoned at 30
    # hours per week, a year works out to 1,560 hours"
    # (after a caption's time mark: "0:13 that year is the same as …")
    r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:(?:(?:counted|calculated|reckoned|comptée?|calculée?)\s+)?(?:at|à)\s+\d+\s*(?:hours|heures|h)\s+(?:a|per|par)\s+(?:week|semaine)\s*,?\s+)?"
    r"(?:that|this|cette|cet|one|a|un|une)\s+(?:full\s+|complete\s+)?(?:year|année|an)\s+(?:is|equals|means|comes\s+to|"
    r"works\s+out\s+to|correspond|équivaut|représente|fait|=)(?=\s)|"
    # a participle going on from the item above: "- 12 mois d'expérience … ;" / "- acquis dans les 3 ans avant …",
    # "- gained within the last three years"
    r"^(?:acquise?s?|obtenue?s?|cumulée?s?|accumulée?s?|effectuée?s?|gained|earned|obtained|accumulated|acquired)\s+"
    r"(?:dans|au\s+cours|en|pendant|sur|within|in|over|during)\b|"
    # "The 2 years have to be inside …", "Les 12 mois doivent …": the duration just stated, named again with its figure
    r"^(?:the|les)\s+[\w-]+\s+(?:heures|hours|mois|months|années|ans|years)\s+(?:must|have\s+to|has\s+to|need|needs|doivent|doit)\b|"
    r"\b(?:that|this)\s+(?:full\s+)?year\s+(?:has|must|needs?)\b|"
    # a pronoun for the experience just named, then its obligation: "They must have been earned in the last three
    # years", "et ça doit être dans les dix dernières années", "ils doivent dater de moins de 3 ans"
    r"(?:^|\bet\s+|\band\s+|,\s*)(?:they|it|ça|cela|ils|elles)\s+(?:must|doivent|doit|have\s+to|has\s+to|need\s+to|needs\s+to)\b|"
    # the same with the pronoun left out, as terse posts write: "Has to be within the past 10 years.", "Doit dater de …"
    r"^(?:must|has\s+to|needs\s+to|doit|doivent)\s+(?:be|have\s+been|fall|date|être|avoir\s+été|dater)\b|"
    r"\bcette\s+année\s+(?:de\s+travail\s+|d['’]expérience\s+)?doit\b|\bthis\s+year\s+of\s+work\b|"
    # (the year named, then its pronoun, or the pronoun alone with a verb only time takes: "Et cette année-là, elle doit
    # tomber dans les dix dernières années", "Elle doit dater de moins de dix ans")
    r"\bcette\s+année(?:-là)?\s*,\s*elle\s+doit\b|"
    r"(?:^|\bet\s+|,\s*)elle\s+doit\s+(?:se\s+situer|tomber|dater|être\s+(?:récente|acquise|comprise)|avoir\s+été\s+acquise)\b|"
    r"\b(?:le|la)\s+même\s+(?:minimum|exigence|durée|seuil)\b|"
    r"\b(?:la|the)\s+(?:période\s+de\s+référence|fenêtre|reference\s+period|window)\b|"
    # the window as a label of its own, under the experience's line: "- Fenêtre : les 3 dernières années", "Window: 3 years"
    r"^\W*(?:fenêtre|window)\s*:|"
    r"\b(?:(?:this|that)(?:\s+same)?|the\s+same)\s+(?:\d+[- ](?:month|year|hour)s?\s+)?(?:minimum|experience|requirement|period|threshold|bar)\b|"
    # the figure just stated, named by its length: "The 12-month minimum now applies in all categories", "the two-year rule"
    r"^\W*the\s+(?:\d+|one|two|three|six|twelve)[- ](?:month|year)\s+(?:minimum|requirement|rule|threshold|bar)\b"
)
# "… passe par le PTMSF. Il exige deux ans de travail …": a sentence whose
# subject is a pronoun or "ce programme" is about what the sentence before named. ("Il faut …", "It takes …"
# are impersonal: "il"/"it" count only before a verb that only a program or a category governs.)
_EACH_OF_THEM = (r"^\s*(?:for|in|to)\s+(?:any|each|all|every\s+one)\s+of\s+them\b|"
                 r"^\s*pour\s+(?:chacune|chacun|n['’]importe\s+laquelle|toutes|tous)\s+(?:d['’]entre\s+)?(?:elles|eux)\b|"
                 # "For these job-linked ones you need …", "Pour celles-ci, il faut …"
                 r"^\s*(?:for|in)\s+(?:those|these)\s+(?:[\w-]+\s+){0,2}?ones\b|^\s*pour\s+celles-(?:ci|là)\b")
EACH_OF_THEM = re.compile(_EACH_OF_THEM, re.IGNORECASE)
SUBJECT_REFERS_BACK = Cue(
    _THE_EXPERIENCE_GOES_ON + "|"
    r"^\s*(?:elle|celle-ci|celui-ci|ce\s+programme|ce\s+volet|cette\s+catégorie|this\s+(?:program|programme|stream|category))\b|"
    r"^\s*(?:le\s+même\s+(?:programme|volet)|la\s+même\s+catégorie|the\s+same\s+(?:program|programme|stream|category))\b|"
    # its criterion, named as such: "Le critère : NCLC 7 partout", "The requirement is simple: …"
    r"^\s*(?:le\s+critère|son\s+critère|l['’]\s?exigence|the\s+(?:criterion|requirement))\s*(?::|est\b|is\b)|"
    r"^\s*(?:il|it)\s+(?:exige|demande|requiert|impose|s['’]adresse|vise|requires|asks\s+for|demands|is\s+open\s+to)\b|"
    # (or has rules of its own: "It sets its own bar: …", "It has its own rules", "Il fixe ses propres critères")
    r"^\s*(?:il|elle|it)\s+(?:has|sets|applies|uses|a|fixe|applique)\s+(?:its|ses|son|sa)\s+(?:own|propres?)\b|"
    # a possessive: "Ses seuils linguistiques sont …", "Its language bar is …"
    r"^\s*(?:ses|son|sa|leurs?|its|their)\s+\w+|"
    # "For each of them, …", "Pour chacune d'elles, …": each of what the sentence before named
    + _EACH_OF_THEM + "|"
    # "Pour y être admissible, …": what the sentence before named
    r"^\s*pour\s+y\s+(?:être|entrer|accéder|prétendre|participer|postuler|avoir\s+accès)\b|^\s*pour\s+en\s+(?:profiter|bénéficier)\b|"
    r"^\s*to\s+(?:qualify\s+for|benefit\s+from|get\s+into|be\s+(?:eligible\s+for|invited\s+(?:in|through|under)))\s+(?:it|them)\b|"
    # "Il faut y obtenir au moins 67 points …": there, in the program the sentence before named
    r"^\s*(?:il\s+(?:vous\s+)?faut|on\s+doit|vous\s+devez)\s+y\b|"
    # "Le même programme exige …", "The same program asks for …"
    r"^\s*(?:le|la)\s+même\s+(?:programme|catégorie)\b|^\s*the\s+same\s+(?:program|programme|category)\b|"
    # "For those, you need …", "Pour celles-ci, …": the rounds or the categories the sentence before named
    r"^\s*(?:for|in)\s+(?:those|these|them)(?:\s+(?:rounds?|draws?|categories))?\s*,?\s+(?:you|candidates|applicants)\b|"
    r"^\s*(?:pour|dans)\s+(?:celles-ci|ceux-ci|ces\s+(?:rondes|tirages|catégories))\b"
)
# One more condition of the rules just stated, even past a sub-heading: "Il faut aussi …", "You must also have …"
ONE_MORE_CONDITION = Cue(
    # a message going on with "and" to what is needed next: "Et depuis cette année il faut 12 mois …", "And now you need …"
    r"^\s*(?:et|and)\s+(?:(?:depuis|since|from)\s+[^,.;]{1,30}?\s+|désormais\s+|maintenant\s+|now\s+)?"
    r"(?:il\s+(?:vous\s+|te\s+)?faut|you\s+(?:also\s+)?need|(?:applicants|candidates)\s+(?:also\s+)?need)\b|"
    r"^\s*(?:il\s+(?:vous\s+|te\s+|leur\s+)?faut|vous\s+(?:devez|devrez)|tu\s+dois|on\s+doit)\s+(?:aussi|également|en\s+outre)\b|"
    r"^\s*(?:you|applicants|candidates)\s+(?:also\s+(?:need|must)|(?:must|will|['’]ll)\s+also\s+(?:need|have))\b|"
    # the candidate just spoken of: "Il doit aussi …", "She must also …"
    r"^\s*(?:il|elle|ils|elles)\s+(?:doit|doivent|devra|devront)\s+(?:aussi|également|en\s+outre)\b|"
    r"^\s*(?:he|she|they)\s+(?:(?:must|will)\s+also|also\s+(?:needs?|must))\b|"
    # the candidate in general: "Le candidat doit aussi …", "Each applicant must also …"
    r"^\s*(?:le|la|les|chaque|tout|toute)\s+(?:candidat|demandeur|demandeuse|requérant)e?s?\s+(?:doit|doivent|devra|devront)\s+(?:aussi|également|en\s+outre)\b|"
    r"^\s*(?:the|each|every)\s+(?:candidate|applicant)s?\s+(?:(?:must|will)\s+also|also\s+(?:needs?|must))\b"
)
# "…la catégorie de la santé, qui demande elle aussi douze mois": the same kind of rule as the sentence
# before, for the subject this sentence names.
# "eligible for this program", "pour ce programme": the program the text is about.
THIS_CATEGORY = Cue(r"\b(?:this|that)\s+(?:(?:federal|new|same|particular)\s+)?category\b|\bcette\s+catégorie\b(?!\s+(?:de\s+la\s+)?(?:féer|feer|teer|cnp|noc))")
# The system itself named as a sentence's subject: "Express Entry only accepts jobs in TEER 0 to 3".
EXPRESS_ENTRY = Cue(r"\bentrée\s+express\b|\bexpress\s+entry\b")
# "Pour y être admissible, …": the entry into what the sentence before named (a draw, a category)
_FOR_ENTRY_THERE = r"^\s*pour\s+y\s+(?:être|entrer|accéder)\b"
FOR_ENTRY_THERE = Cue(_FOR_ENTRY_THERE)
# A rule stated for the draw a page reports: "To qualify for this draw", "pour cette ronde", "Pour y être admissible".
THIS_DRAW = Cue(r"\b(?:this|that|these|those)\s+(?:draw|round)s?\b|\b(?:cette|la\s+même|ces)\s+rondes?\b|\b(?:ce|le\s+même|ces)\s+tirages?\b|"
                + _FOR_ENTRY_THERE)
# a sentence whose subject is "the program" by its article alone: "The program further requires …", "Le programme
# exige aussi …"
THE_PROGRAM_AS_SUBJECT = Cue(r"^\W*(?:the|le)\s+program(?:me)?\b(?!\s+(?:for|of|des|de|du|d['’]|fédéral)\b)")
THIS_PROGRAM = Cue(r"\b(?:this|that)\s+(?:same\s+)?(?:program|programme|stream)\b|\b(?:ce|cet)\s+(?:même\s+)?(?:programme|volet)\b")
SAME_RULE_AS_BEFORE = Cue(r"\b(?:elle|lui|il|elles|eux|ils)\s+aussi\b|\b(?:it|they)\s+also\b")
NEW_MARKER = Cue(
    r"nouve(?:lle|lles|aux?|l)\s+(?:catégories?|ensembles?)|(?:catégories?|ensembles?)\s+nouve(?:lle|lles|aux?)|"
    r"new\s+categor|newly\s+(?:added|created)"
)


# Where a sentence tells the past beside its own statement: brackets, and clauses that contrast or replace.
ASIDE = re.compile(
    r"\([^()]*\)|(?:,\s*|\s+)(?:là\s+où|alors\s+qu|tandis\s+qu|contre\b|au\s+lieu\s+d|plutôt\s+que|"
    r"whereas|instead\s+of|rather\s+than|up\s+from|down\s+from|replacing|remplaçant|qui\s+remplac\w*|"
    r"which\s+replac\w*|where\s+(?=[^.;]*\bused\s+to\b))[^.;]*",  # ", where six months used to do"
    re.IGNORECASE,
)


def without_asides(text: str) -> str:
    return ASIDE.sub(" ", text)

# Points the system awards, stated after the condition that earns them: "If a province nominates you, you get an
# additional 600 points", "quand la province vous nomme, vous obtenez 600 points de plus". The condition names who earns
# them; the award is the rule.
POINTS_AWARDED = Cue(
    r"\b(?:(?:you|they)\s+(?:get|receive|earn|gain|take|pick\s+up)|vous\s+(?:obtenez|recevez|gagnez|prenez|empochez|récoltez|obtiendrez|recevrez|"
    r"gagnerez|prendrez)|tu\s+(?:obtiens|reçois|gagnes|prends|obtiendras|recevras|gagneras|prendras)|(?:is|are)\s+(?:still\s+)?worth|vaut|valent|rapporte(?:nt)?|donne(?:nt)?|ajoute(?:nt)?|adds|gives|goes\s+up\s+by|"
    # (what a nomination would bring, told of the system: "… a nomination made through Express Entry would still add
    # 600 points")
    r"(?:would|will)\s+(?:still\s+)?(?:add|give|bring|earn)|(?:ajouterai(?:t|ent)|donnerai(?:t|ent)|rapporterai(?:t|ent)|vaudrai(?:t|ent))|"
    r"(?:rises|jumps|climbs|leaps|increases|grows)\s+by|(?:augmente|grimpe|bondit|monte|progresse)\s+de)\s+"
    # (the word for more after the figure too: "you earn 600 bonus points", "you get 600 additional CRS points")
    # (said aloud: "vous récoltez six cents points de plus")
    r"(?:(?:an?\s+)?(?:additional|extra|encore|toujours|de\s+plus)\s+)?(?:(?:\d+|six[\s-]+(?:cents|hundred))\s+(?:more\s+|extra\s+|additional\s+|bonus\s+)?(?:crs\s+|scg\s+)?points\b|"
    r"\+\s?\d+\s+(?:crs|scg)\b)|"  # ("you get +600 CRS": the sign and the score name the points)
    r"\b(?:obtiendrez|recevrez|obtenez|recevez|obtien(?:nen)?t|reçoi(?:ven)?t|obtiendra(?:ient|it|nt)?|get|gets|receives?|earns?)\s+(?:\w+\s+){0,2}?\d+\s+points\s+(?:supplémentaires|additionnels|de\s+plus|additional|extra|more)\b|"
    # the score it makes rise: "une nomination fait grimper votre score, d'un coup, de 600 points", "boosts your score by 600"
    r"\bfait\s+(?:\w+\s+)?(?:bondir|grimper|monter|augmenter|progresser)\s+(?:\w+\s+){0,2}?(?:score|pointage|total|classement)\b"
    r"[^.;]{0,20}?\bde\s+\d+\s+points\b|\b(?:boosts?|bumps?|lifts?|pushes?)\s+(?:\w+\s+){0,2}?(?:score|total)\s+(?:up\s+)?by\s+\d+\b|"
    # its weight told with the figure: "la nomination pèse lourd, avec 600 points", "a nomination weighs in at 600 points"
    r"\b(?:pèse|pèsent|pesait|weighs?|weighed)\b[^.;]{0,30}?\b(?:avec|with|at)\s+\d+\s+(?:crs\s+|scg\s+)?points\b|"
    # said in the passive: "then 600 points are added", "600 points s'ajoutent au total"
    r"\b\d+\s+(?:crs\s+|scg\s+)?points\s+(?:are|get|will\s+be|is)\s+(?:then\s+)?(?:added|awarded|granted)\b|"
    # (or carried: "a nominee carries an additional 600 points")
    r"\b(?:carry|carries)\s+(?:an?\s+)?(?:additional|extra)\s+\d+\s+(?:crs\s+)?points\b|"
    r"\b\d+\s+points\s+(?:s['’]ajoutent|sont\s+(?:ajoutés|accordés|attribués)|seront\s+(?:ajoutés|accordés|attribués))\b|"
    # what a condition brings, said aloud: "If a province nominates you, that's 600 points on your CRS", "ça fait 600 points"
    # (the figure in words too: "If a province selects you in …, that's six hundred points for your profile")
    r",\s*(?:that['’]s|that\s+is|ça\s+fait|ça\s+vous\s+donne)\s+(?:an?\s+(?:additional|extra)\s+)?(?:\d+|six\s+hundred|six\s+cents)\s+"
    r"(?:more\s+|extra\s+)?(?:crs\s+|scg\s+)?points\b|"
    # the bonus told as what a nomination is: "A provincial nomination is 600 points", "une nomination, c'est 600 points"
    r"\b(?:nomination|désignation)\s*,?\s+(?:is|equals|means|=|c['’]est|égale|vaut)\s+(?:still\s+|always\s+|toujours\s+|encore\s+)?"
    r"(?:\d+|six\s+hundred|six\s+cents)\s+(?:crs\s+|scg\s+)?points\b"
)
# A figure given as the corrected one ("Montant corrigé : 15 263 $", "the corrected amount is", "it should read 67"): it
# stands over the figure it corrects (a typo in a table above); "an earlier version listed $14,690" is not one.
# a figure in words, as a speaker puts one right: "le niveau sept, et non huit", "seven, not eight"
_SMALL_NUMBER_WORD = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|one|two|three|four|five|seven|eight|nine|ten|"
                      r"twelve)\b")
CORRECTED_FIGURE = Cue(r"\b(?:montant|chiffre|valeur|seuil|amount|figure|number)s?\s+(?:corrigée?s?|rectifiée?s?|corrected)\b|"
                       r"\bcorrected\s+(?:to|amount|figure)\b|\b(?:corrigée?s?|rectifiée?s?)\s+(?:à|en)\b|"
                       r"\bshould\s+(?:read|have\s+read)\b|\blire\s+plutôt\b|\bil\s+fallait\s+lire\b|"
                       # a message opening on its correction of the one above: "Correction to the above: …", "Rectificatif :"
                       r"\bcorrection\s+(?:to\s+(?:the\s+above|that|this)\s*)?:|\b(?:correctif|rectificatif|rectification)\s*:|"
                       # a reply putting the thread right: "Correcting the pub too: … 67 of 100 points, not 60", "… 12 mois, et non 6"
                       r"\bcorrecting\s+(?:the\s+above|that|this|what)\b|\bje\s+(?:corrige|rectifie)\b|"
                       # (or in brackets: "une personne seule doit avoir 15 263 $ (et non 15 623 $)")
                       r"(?:\d|\b" + _SMALL_NUMBER_WORD + r")[^.;:]{0,30}?[,(]\s*(?:not|et\s+non(?:\s+pas)?|pas)\s+(?:de\s+)?[$]?(?:\d|" + _SMALL_NUMBER_WORD + r")")

# one category by its article alone, as a sentence's topic or a round's: "for the category, candidates need …", "à la
# catégorie, il faut"
THE_CATEGORY_ALONE = re.compile(r"\bthe\s+category(?=\s*[,.;:)]|\s+(?:you|candidates|applicants|requires?|asks|needs|demands)\b)|"
                                r"\bla\s+catégorie(?=\s*[,.;:)]|\s+(?:il|vous|les\s+candidats|on|exige|demande)\b)", re.IGNORECASE)
