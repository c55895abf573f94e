"""Patterns as data: how a round page (canada.ca "Ronde d'invitations no 392") names its draw and fields.

The page lists each field as a label followed by its value, on the same line after a colon or on
the next line. Only the fields of a Round record are read; the rank of the last candidate invited
and the score distribution are not.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# "ronde d'invitations no 392", "Round 392", "round #392", "Express Entry draw no. 392"
# (also "New draw! #399", "the STEM round, No. 398", "round 399 on February 19": a bare number after the word has
# three digits or more)
ROUND_NUMBER = re.compile(
    # (or the round said as "the one" of its day: "celle du 21 avril 2026 (n° 413)", "the one on April 21, 2026 (No. 413)")
    # (an adjective after the word, as French puts it: "la ronde précédente, la no 398")
    r"(?:\b(?:ronde|round|tirage|draw)(?:\s+(?:précédente|suivante|antérieure))?|\bcelle\s+du\s+\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}|\bthe\s+one\s+(?:of|on)\s+[a-z]+\s+\d{1,2},?\s+\d{4}|"
    # (or the round of a day named by its kind: "la ronde générale du 2 avril (n° 411)", "the general round of April 2 (No. 411)")
    # (or by its day alone, its number in apposition: "the trades round of April 8, numbered 410")
    r"\b(?:ronde|round|tirage|draw)\s+(?:[a-zéèû-]+\s+)?(?:du|of|on)\s+(?:\d{1,2}(?:er)?\s+[a-zéû]+|[a-z]+\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?=\s*\(\s*n[o°º]|\s*,\s*(?:numbered|numérotée)\s)|"
    # (or given in a clause of its own after the round's day: "Le tirage … s'est tenu le 11 février 2026 : il portait le
    # numéro 396")
    r"\b(?:ronde|round|tirage|draw)\b[^.;!?\n]{0,80}?\b(?:il|elle|it)\s+(?:portait|porte|avait|was|bore|had)(?:\s+(?:le|the))?"
    r"(?=\s+(?:num[ée]ro|number|n[o°º]\.?)\s*\d))"
    r"(?:\s+(?:d['’]invitations|of\s+invitations))?(?:\s+(?:d['’]|de\s+l['’]|de\s+|of\s+)?(?:entrée\s+express|express\s+entry))?"
    # (a few words may stand before a colon and the number's sign: "the latest draw I noted: #411"; a verb: "the
    # last draw was #388")
    # ("the last STEM draw she saw was #402": a few words, then the verb)
    # ("the CEC round before that one was number 409"; "their own draw — No. 408 on Apr. 1 —": set off by dashes)
    r"(?:(?:\s+[\w'’]+){0,3}?\s+(?:was|is|était|est)(?=\s+(?:#|number\s|n[o°º]\.?\s*\d)))?(?:\s*[!,:]\s*|\s+|\s*[—–]\s*(?=n[o°º]|#)|"
    r"(?:\s+[\w'’]+){1,3}\s*:\s*(?=#|n[o°º]\.?\s*\d)|"
    # (its number in brackets or as an apposition: "cette ronde (n° 395)", "that round, numbered 395")
    # (or by its rank: "cette ronde, la 398e depuis …", "that round, the 398th so far")
    r"\s*\(\s*(?=n[o°º])|\s*,\s*(?:numbered|numérotée)\s+|\s*,\s*(?:la|le|the)\s+(?=n[o°º]|#|\d{3}(?:e|ème|th)\b)|"
    # (after the words saying whom it was for: "la ronde ouverte aux soudeurs, la n° 412 du …")
    r"(?:\s+[\w'’-]+){1,4}?\s*,\s*(?:(?:la|le|the)\s+)?(?=n[o°º]\.?\s*\d|#\s?\d))"
    r"(?:n[o°º]\.?\s*|num[ée]ro\s+|#\s?|number\s+|(?=\d{3})(?!(?:19|20)\d\d\b))"
    r"(?P<number>\d{1,4}(?:(?!e\b|ème\b|th\b)[a-z])?)(?:e|ème|th)?\b(?![,.]\d)",
    _I,
)
# A round's own heading, draw number then date: "#401 – April 15, 2026", "Ronde n° 401 – 15 avril 2026".
# The date there stands for a page that has no "Date of round" field.
ROUND_HEADING = re.compile(
    r"^[ \t]*(?:[^\w\s#][ \t]*){0,2}(?:(?:ronde|round|tirage|draw)(?:\s+d['’]invitations|\s+of\s+invitations)?\s+)?"
    r"(?:n[o°º]\.?\s*|num[ée]ro\s+|#\s?|number\s+)(?P<number>\d{1,4}[a-z]?)\s*[–—-]\s*(?P<date>[^\n]{6,40}?)\s*$",
    _I | re.MULTILINE,
)
# A bot's or a feed's round line, its fields between bars, over its labelled figures: "Round #409 | 2026-04-08 |
# Healthcare" / "Invitations: 2,500" / "CRS cut-off: 466" (its type may come on a labelled line too: "| Round #12 | 3 Mar
# 2026 |" / "Type: Trades")
# the words a bot's alert opens on ("NEW", "Latest") and a round's word with its number ("Round #405", "ronde n° 405")
_ALERT_WORD = r"(?:new|latest|nouveau|nouvelle|dernier|dernière)"
_ROUND_NUMBERED = r"(?:ronde|round|tirage|draw)[ \t]*(?:n[o°º]\.?[ \t]*|#[ \t]?)(?P<number>\d{1,4}[a-z]?)"
ROUND_ROW_HEADING = re.compile(
    # (a bot's alert may open on an emoji and its own words: "🔔 NEW DRAW — Round #405 | 2026-03-03 | …")
    rf"^[ \t]*\|?[ \t]*(?:[^\w\s|]+[ \t]*)?(?:{_ALERT_WORD}[ \t]+(?:draw|round|ronde|tirage)!?[ \t]*"
    rf"[—–:-]?[ \t]*)?{_ROUND_NUMBERED}[ \t]*\|"
    r"[ \t]*(?P<date>[^|\n]{6,30}?)[ \t]*(?:\|[ \t]*(?P<name>[^|\n]{3,80}?))?[ \t]*\|?[ \t]*$", _I | re.MULTILINE)
# A post's heading giving the round's number alone, its day on a labelled line below ("📣 NEW ROUND #406" over
# "Date: March 10, 2026"): the post's day is that line's.
ROUND_NUMBER_HEADING = re.compile(rf"^[ \t]*(?:[^\w\s]+[ \t]*)?(?:{_ALERT_WORD}[ \t]+)?{_ROUND_NUMBERED}[ \t]*$", _I | re.MULTILINE)
# A round told as a post: its heading ("Round #412 — April 20, 2026"), then short labelled lines ("Type: …",
# "ITAs: 2,900", "Cut-off: 514"), as a channel, a newsletter or an alert writes it (a bullet or an emoji before the
# label: "🎯 Score minimum SCG : 447")
BLOCK_LABELS: dict[str, re.Pattern[str]] = {
    field: re.compile(rf"^[ \t]*(?:[^\w\s][ \t]*){{0,2}}(?:{labels})\s*:\s*(?P<value>\S[^\n]*)$", _I | re.MULTILINE)
    for field, labels in {
        "name": r"program|programme|category|catégorie|type|stream|volet|draw\s+type|type\s+de\s+ronde",
        "date": r"date(?:\s+(?:of\s+(?:the\s+)?round|du\s+tirage|de\s+la\s+ronde))?",
        "invitations": r"invitations(?:\s+(?:issued|sent|envoyées|émises))?|itas?",
        "crs_cutoff": r"(?:crs\s+|scg\s+)?cut[- ]?off|seuil|lowest\s+(?:crs\s+)?score|lowest\s+crs|minimum\s+crs(?:\s+score)?|score\s+minimal|"
                      r"score\s+(?:scg|crs)\s+(?:minimal|minimum)|"
                      r"score\s+minimum(?:\s+(?:scg|crs))?|note\s+minimale|"
                      # canada.ca's own words: "CRS score of lowest-ranked candidate invited", "Note CRS du dernier candidat invité"
                      r"(?:crs\s+)?score\s+of\s+(?:the\s+)?lowest[- ]ranked\s+candidate(?:\s+invited)?|"
                      r"note\s+(?:(?:crs|scg)\s+)?du\s+dernier\s+candidat(?:\s+invité)?",
    }.items()
}
# the invitations' count before its word, on a line of its own: "📨 2 300 invitations", "- 2,500 ITAs"
BLOCK_COUNT = re.compile(r"^[ \t]*(?:[^\w\s][ \t]*){0,2}(?P<value>\d[\d \u00a0\u202f,.]*\d|\d)\s+(?:invitations|itas?)\b[^\n]*$",
                         _I | re.MULTILINE)
# A cut-off put right later on the page: "Fix: the cut-off for round #413 was 466, not 470."
_CUTOFF_WORD = r"(?:cut[- ]?off|seuil|score\s+minimal|note\s+minimale)"
_DRAW_NUMBER = r"(?:#|n[o°º]\.?\s*)?"
# "the cut-off for round #413 was 466, not 470", "cut-off for #388 was 472 not 475", "Round #413 cut-off was 516, not 519"
CUTOFF_CORRECTED = re.compile(
    rf"(?:{_CUTOFF_WORD}\s+(?:for|of|de\s+la|du)\s+(?:(?:round|ronde|draw|tirage)\s*)?{_DRAW_NUMBER}(?P<number>\d{{2,4}})|"
    rf"(?:round|ronde|draw|tirage)\s*{_DRAW_NUMBER}(?P<number2>\d{{2,4}})(?:['’]s)?\s+{_CUTOFF_WORD})"
    r"\s+(?:was|is|était|est|is\s+actually)\s+(?:de\s+)?(?P<score>\d{3,4})\b,?\s+(?:not|and\s+not|et\s+non|non|pas)\s+"
    r"(?:de\s+)?\d{3,4}\b|"
    # (the round first, then its cut-off after a comma: "pour la ronde no 419, le seuil est de 515 et non 518")
    rf"\b(?:pour|for)\s+(?:la\s+|the\s+)?(?:round|ronde|draw|tirage)\s*{_DRAW_NUMBER}(?P<number3>\d{{2,4}}),\s*(?:le\s+|la\s+|the\s+)?"
    rf"{_CUTOFF_WORD}\s+(?:was|is|était|est)\s+(?:de\s+)?(?P<score2>\d{{3,4}})\b,?\s+(?:not|and\s+not|et\s+non|non|pas)\s+"
    r"(?:de\s+)?\d{3,4}\b|"
    # (the wrong cut-off given for the round, then the right one in the next sentence: "… a cut-off of 505 for round 402
    # in its table, …. The correct score is 502.")
    rf"{_CUTOFF_WORD}\s+(?:de|of)\s+\d{{3,4}}\s+(?:pour|for)\s+(?:la\s+|the\s+)?(?:round|ronde|draw|tirage)\s*{_DRAW_NUMBER}"
    r"(?P<number4>\d{2,4})\b[^.]{0,80}\.\s+(?:le\s+bon\s+(?:chiffre|score|seuil)|the\s+(?:right|correct)\s+(?:figure|number|score|cut-?off))"
    r"\s+(?:est|is|was|était)\s+(?:de\s+)?(?P<score3>\d{3,4})\b", _I)
# An invitations' count put right later on the page: "ce n'était pas 3 000 mais 3 300 invitations pour la ronde n° 415",
# "la ronde n° 415 a envoyé 3 300 invitations, et non 3 000",
# "it was 2,800 invitations, not 2,500, in round 412", "round 412 sent 2,800 invitations, not 2,500"
_COUNT = r"\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+"
_FOR_ROUND = rf",?\s+(?:pour|for|in|à|dans|de)\s+(?:la\s+|the\s+)?(?:round|ronde|draw|tirage)\s*{_DRAW_NUMBER}(?P<number>\d{{2,4}})"
COUNT_CORRECTED = re.compile(
    rf"\b(?:pas|not)\s+(?:de\s+)?(?:{_COUNT})\s+(?:invitations\s+)?(?:mais|but)\s+(?:bien\s+)?(?P<count>{_COUNT})\s+invitations{_FOR_ROUND}|"
    rf"\b(?:it\s+was|c['’]était)\s+(?P<count2>{_COUNT})\s+invitations,?\s+(?:not|et\s+non|non|pas)\s+(?:de\s+)?(?:{_COUNT})"
    rf"{_FOR_ROUND.replace('number', 'number2')}|"
    rf"(?:round|ronde|draw|tirage)\s*{_DRAW_NUMBER}(?P<number3>\d{{2,4}})\s+(?:sent|issued|had|a\s+envoyé|comptait)\s+"
    rf"(?P<count3>{_COUNT})\s+invitations,?\s+(?:not|et\s+non|non|pas)\s+(?:de\s+)?(?:{_COUNT})\b", _I)
# (or the round just above, in the next message, its number left out: "… it was 1,500 ITAs, not 2,500")
COUNT_PUT_RIGHT_BELOW = re.compile(
    rf"\b(?:it\s+was|c['’]était)\s+(?P<count>{_COUNT})\s+(?:invitations|itas?),?\s+(?:not|et\s+non|non|pas)\s+(?:de\s+)?(?:{_COUNT})\b"
    r"(?!,?\s+(?:pour|for|in|à|dans|de)\s+(?:la\s+|the\s+)?(?:round|ronde|draw|tirage))", _I)
ROUND_FIX_REACH = 400  # characters below a round where a count put right without its number is that round's
# A round page always labels its round type: pages without one of these words are not read further.
# (or the round's number as a field, over its other fields: "Numéro de la ronde : 401"; or its name, or its day and hour)
ROUND_PAGE_TRIGGERS = ("type de ronde", "type de la ronde", "type of round", "round type", "numéro de la ronde", "round number",
                       "nom de la ronde", "round name", "date et heure de la ronde", "date and time of the round")

# Each field -> its labels; a label fills its line, or is followed by a colon and the value.
ROUND_LABELS: dict[str, re.Pattern[str]] = {
    field: re.compile(rf"^(?:{labels})\s*(?::\s*(?P<value>\S.*))?$", _I)
    for field, labels in {
        # (or "Type" alone, in a round's own list of fields)
        "name": r"type\s+de\s+(?:la\s+)?ronde|type\s+of\s+round|round\s+type|type(?=\s*:)|programme\s+ou\s+catégorie\s+visée?|"
                r"nom\s+de\s+(?:la\s+)?ronde|round\s+name|name\s+of\s+(?:the\s+)?round|catégorie\s+visée|targeted\s+category|"
                r"catégorie\s+ou\s+programme\s+visée?|program\s+or\s+category",
        "invitations": r"nombre\s+d['’]invitations(?:\s+(?:envoyées|émises))?|number\s+of\s+invitations(?:\s+issued)?|"
                       r"invitations\s+(?:envoyées|émises|issued|sent)",
        "number": r"n[o°º]\.?\s+de\s+(?:la\s+)?ronde|num[ée]ro\s+de\s+(?:la\s+)?ronde|(?:round|draw)\s+number",
        "date": r"date\s+et\s+heure(?:\s+de\s+la\s+ronde)?|date\s+de\s+la\s+ronde|date\s+and\s+time(?:\s+of\s+(?:the\s+)?round)?|"
                r"date\s+of\s+(?:the\s+)?round",
        # "Note du SCG du dernier candidat invité", "Score du dernier candidat invité (SCG)", "CRS score of the lowest-ranked…"
        # "Note du SCG du dernier candidat invité", "Score du candidat le moins bien classé invité", "Lowest score invited"
        "crs_cutoff": r"(?:note|score|pointage)\b[^:|\n]{0,70}?(?:invitée?s?|invited|le\s+moins\s+bien\s+classée?)(?:\s+\((?:scg|crs)\))?"
                      # "… de la personne invitée ayant le rang le plus bas", "… invited with the lowest rank", "… le moins
                      # bien classé qui a reçu une invitation"
                      r"(?:\s+(?:ayant|with|who|qui)\b[^:|\n]{0,50})?|"
                      r"lowest\s+(?:crs\s+)?score(?:\s+invited)?|"
                      # "Note du candidat classé au rang le plus bas", "Score of the candidate at the lowest rank"
                      r"(?:note|score)\b[^:|\n]{0,50}?\b(?:(?:le|au)\s+rang\s+le\s+plus\s+bas|the\s+lowest\s+rank)|"
                      r"note\s+minimale\s+du\s+scg|"
                      r"crs\s+score\s+of\s+(?:the\s+)?lowest[- ]ranked\s+candidate\s+invited",
        "tie_break": r"règle\s+de\s+départage|tie[- ]breaking\s+rule|date\s+et\s+heure\s+de\s+départage",
    }.items()
}

# A table of rounds: the header cell of each column read.
ROUND_COLUMNS: dict[str, re.Pattern[str]] = {
    "number": re.compile(r"^(?:n[o°º]\.?|#|num[ée]ro|number|ronde|round|draw|tirage)(?![a-z])", _I),
    "date": re.compile(r"\bdate\b|^\s*(?:held(?:\s+on)?|tenue?\s+le|day|jour)\s*$", _I),
    "name": re.compile(r"\btype\b|\bnom\b|\bname\b|catégorie|category|programme|program|^\s*(?:stream|volet)\s*$", _I),
    "invitations": re.compile(r"invitations|\bITAs?\b|^\s*(?:#\s*|nb\.?\s+)?(?:invited|invités?)\s*$|^\s*(?:draw\s+)?size\s*$", _I),
    "crs_cutoff": re.compile(r"\b(?:scg|crs)\b|note|score|cut[- ]?off", _I),
}
# A round stated in a sentence: "4,000 invitations", "2 500 invitations"; "minimum CRS score of 467",
# "note minimale de 433 points", "seuil de 412"; a date "February 17, 2026", "17 février 2026".
ROUND_INVITATIONS = re.compile(
    # (on one line: a date's year over a label, "… le 3 mars 2026⏎Invitations : 2 200", counts nothing)
    r"(?P<count>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*|\d+)[ \t\u00a0\u202f]+(?:invitations|invites\b|ITAs?\b)|"
    # (words may say who they are: "sent invitations to 1,150 skilled trades candidates")
    r"(?:invit\w*|issued|lancé)\s+(?:\w+\s+){0,2}?(?P<count2>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*|\d+)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:candidats|candidates|personnes|people|invitations|workers|professionals|applicants|profiles|profils|"
    r"travailleurs|professionnels|nominees|candidats\s+des\s+provinces)\b|"
    # "5,000 candidates were invited", "2 500 candidats francophones ont été invités"
    # ("1,200 candidates in trade occupations who were invited": who they are between)
    # (a program's name of three words between: "2,700 Federal Skilled Trades candidates were invited")
    # (an adverb before the verb: "4 100 candidats avaient alors été invités")
    # (not the round's own number: "le tirage n°415 pour les candidats de la catégorie santé a envoyé 2 700 invitations")
    r"(?<![#°º\d])(?<![#°º] )(?P<count3>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*|\d+)\s+(?:[\w-]+\s+){0,3}?(?:candidats|candidates|personnes|people|francophones)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:with|avec|de|from|in|dans)\s+[^.;,]{1,60}?\s+)?"
    r"(?:(?:were\s+|(?:ont\s+|avaient\s+)?été\s+|got\s+|(?:have|had)\s+been\s+)?invit|(?:ont\s+reçu|received|got)\s+(?:une\s+|an\s+)?invitation)|"
    # (a longer description between, its verb said in full: "5 000 candidats inscrits au … et dont la note minimale
    # était de 702 avaient été invités")
    r"(?P<count7>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d{3,5})(?<!\b(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:candidats|candidates)\s+"
    r"[^.;,()]{1,90}?\s+(?:ont\s+été|avaient\s+été|were|had\s+been|have\s+been)\s+invit|"
    # the count alone before its verb: "… went only to CEC candidates: 2,900 were invited"
    r"(?P<count6>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d{3,5})\s+(?:were|had\s+been|have\s+been|ont\s+été)\s+invit|"
    # a label's: "Invitations: 650 | Lowest CRS score invited: 746", "Invitations émises : 2 500"
    r"\binvitations(?:\s+(?:issued|émises|sent|envoyées))?\s*:\s*(?P<count5>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*|\d+)\b|"
    # a chat's short form, the count before the program invited: "Round #414: 3,200 CEC, cut-off 512"
    r"(?P<count4>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d{3,5})\s+(?:CEC|PNP|PEC|PCP|FSWP?|FSTP?|PTQF|PTMSF)\b", _I)
# the ranking system by its abbreviation or its whole name: "CRS", "Comprehensive Ranking System (CRS)", "SCG"
_CRS = r"(?:crs|scg|comprehensive\s+ranking\s+system(?:\s+\(crs\))?|système\s+de\s+classement\s+global(?:\s+\(scg\))?)"
ROUND_CUTOFF = re.compile(
    rf"(?:(?:minimum|lowest|cut[- ]?off)\s+(?:{_CRS}\s+)?score\s+(?:(?:needed|required)\s+)?(?:was\s+|of\s+)?|(?:crs|scg)\s+(?:cut[- ]?off|score|minimum)\s+(?:of\s+|de\s+)?|"
    r"note\s+(?:minimale|de\s+passage|du\s+dernier\s+candidat\s+invité)\s+(?:du\s+scg\s*)?(?:était\s+)?(?:de\s+|à\s+|:\s*)?|"
    r"score\s+(?:(?:crs|scg)\s+)?(?:minimal|minimum)\s*(?:du\s+scg\s+)?(?:de\s+|of\s+|:\s*)?|seuil\s+(?:de\s+|à\s+)|"
    r"cut[- ]?off\s+score\s+(?:of\s+|was\s+|:\s*)?|\bcut\s+off\s+(?=\d{3}\b)|"
    # "La note la plus faible parmi les candidats invités était de 433 points"
    r"\bnote\s+la\s+plus\s+(?:faible|basse)\b[^\d.;!?\n]{0,40}?\b(?:avait|était\s+de|était|de|à)\s+|"
    # the score first: "Parmi les personnes invitées, le score le plus bas était de 467 points", "le plus faible pointage
    # était de 470"
    r"\b(?:(?:le\s+)?plus\s+(?:faible|bas)\s+(?:score|pointage)|(?:score|pointage)\s+le\s+plus\s+(?:faible|bas))\b"
    r"[^\d.;!?\n]{0,40}?\b(?:avait|était\s+de|était|de|à|totalisait)\s+|"
    rf"lowest(?:[- ]ranked)?\s+(?:qualifying\s+|invited\s+)?(?:{_CRS}\s+)?score(?:\s+invited|\s+(?:among|of)\s+(?:the\s+)?(?:invited\s+)?"
    r"(?:candidates|applicants)(?:\s+invited)?)?\s*(?:was\s+|of\s+|:\s*)?|"
    # the points the last invitee had: "The last candidate invited had 748 points", "the lowest-ranked applicant held 748
    # points"
    r"\b(?:lowest[- ]ranked|last)\s+(?:invited\s+)?(?:candidate|applicant|person)(?:\s+invited)?\s+(?:had|held)\s+(?=\d{3}\s+points)|"
    # a floor said of the invited's scores: "… invited 1,000 candidates with scores of at least 533"
    r"\bscores?\s+(?:of\s+)?at\s+least\s+|\b(?:scores?|notes?)\s+d['’]au\s+moins\s+|"
    # "… sent 1,900 invitations to candidates scoring at least 471 points"
    r"\bscoring\s+(?:at\s+least|a\s+minimum\s+of)\s+|"
    # the score named with the system it is of: "dont le score au SCG était d'au moins 470", "la note minimale au SCG de
    # cette ronde était de 465 points"
    r"\b(?:score|note\s+minimale)\s+au\s+[^\d.;!?\n]{0,50}?\bétait\s+(?:d['’]au\s+moins\s+|de\s+)|"
    # the invitee ranked last: "le candidat le moins bien classé avait 470 points", "la personne invitée au rang le plus
    # bas affichait une note de 463"
    r"\brang\s+le\s+plus\s+bas\b[^\d.;!?\n]{0,40}?\bnote\s+(?:de\s+|était\s+de\s+)|"
    r"\bmoins\s+bien\s+classée?\s+(?:avait|a\s+obtenu|obtenait|totalisait)\s+(?:une\s+note\s+de\s+)?(?=\d{3}\b)|"
    # the invitee with the fewest points: "le candidat ayant le moins de points affichait une note de 452"
    r"\ble\s+moins\s+de\s+points\b[^\d.;!?\n]{0,60}?\bnote\s+(?:de\s+|était\s+de\s+)|"
    r"\bthe\s+fewest\s+points\b[^\d.;!?\n]{0,60}?\bscore\s+(?:of\s+|was\s+)|"
    # "… inviting 1,900 candidates whose scores were at least 518"
    r"\bscores?\s+(?:were|was)\s+(?:all\s+)?at\s+least\s+|"
    # "with a cut-off of 472", "at a minimum Comprehensive Ranking System score of 521"
    r"cut[- ]?off\s+(?:(?:of|at|was|de|:)\s*)?|minimum\s+(?:[\w()]+\s+){1,5}?score\s+(?:of\s+|was\s+)?|"
    # "… 3 100 personnes invitées, dont le score atteignait au moins 515 points", "whose score was at least 498"
    r"\bscore\s+(?:atteignait|atteint|était|was|reached)\s+(?:au\s+moins|at\s+least)\s+|"
    # "le profil le moins bien classé totalisait un score de 433 points", "le dernier invité avait 455 points"
    r"(?:moins\s+bien\s+classée?|dernier\s+(?:candidat\s+)?invité|dernière\s+(?:candidate\s+|personne\s+)?invitée)"
    r"[^\d.;!?\n]{0,40}?\b(?:de|à|avait(?:\s+obtenu)?|a\s+obtenu|totalisait|comptait)\s+|"
    # "on y a invité 1 900 personnes ayant au moins 447 points", "sent to candidates with at least 447 points"
    r"\b(?:candidats|candidates|personnes|people)\s+(?:ayant|avec|with|having)\s+(?:au\s+moins|at\s+least)\s+(?=\d{3,4}\s+points)|"
    # "The lowest-ranked person invited had a CRS score of 509."
    r"lowest[- ]ranked\s+(?:candidate|person|applicant|profile)[^\d.;!?\n]{0,80}?\b(?:score\s+(?:of\s+|was\s+)|had\s+(?=\d{3,4}\s+points))|"
    # a floor said of the scores: "610 candidates were invited, all with scores of 731 or more", "avec des scores de 480
    # ou plus"
    r"\bscores?\s+(?:of\s+|de\s+)(?=\d{3,4}\s+(?:or\s+(?:more|higher|above)|ou\s+plus)\b)|"
    # what was enough: "Il suffisait d'un score de 398 points", "with scores as low as 455"
    r"\bsuffisait\s+(?:d['’]un\s+(?:score|pointage|total)\s+de\s+|de\s+)(?=\d{3,4}\s+points)|\bscores?\s+as\s+low\s+as\s+|"
    # a draw's line: "… 700 ITAs   CRS 741"
    r"\b(?:crs|scg)\s+(?=\d{3}\b)|"
    # a verb between: "le seuil s'est établi à 402", "le score minimal de la ronde a été de 405", "cut-off landed at 470"
    # (past the round's number in apposition: "the lowest score invited in that draw, numbered 409, was 471")
    r"(?:seuil|score\s+minim(?:al|um)|note\s+minimale|lowest\s+(?:qualifying\s+|invited\s+)?(?:crs\s+)?score|cut[- ]?off(?:\s+score)?)\b"
    # (the ranking system named in full, its abbreviation in brackets, then the round, before the verb: "… global (SCG)
    # pour cette ronde s'établissait à 459")
    r"(?:[^\d.;!?\n]|,\s*(?:numbered|numérotée)\s+\d{2,4}\s*,){0,80}?\b(?:de|à|of|was|at|is)\s+)"
    # (a word of degree before it: "with a cut-off of only 433 points", "un seuil de seulement 398")
    r"(?:(?:just|only|seulement|tout\s+juste|à\s+peine)\s+)?(?P<score>\d{3,4})\b(?![,.\u00a0\u202f ]\d{3})", _I)
ROUND_DAY = re.compile(
    r"\b[A-Z][a-z]+\s+\d{1,2},\s*\d{4}|\b\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}|\b\d{4}-\d{2}-\d{2}\b")
