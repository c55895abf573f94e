"""What every record extractor shares: the text, its sentences, and how to cite one."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any, Callable, TypeVar

from rulewatch.schemas import Evidence

from .lexicon.dates import MONTHS
from .lexicon.literals import contains_any
from .lexicon.lowercase import Cue, lowered
from .numbers import NUMBER, parse_number
from .programs import program_names
from .sentences import BULLET, Sentence, split_sentences

EXTRACTOR_VERSION = "rulewatch-extract/0.99.73"
# "Expression orale : NCLC 5", "Fonds pour 1 personne : 15 760 $": a line giving a value is not a heading
_VALUE_LINE = re.compile(r"(?::|→|➡|->|=>)\s*[^:]*\d")  # "Langue : NCLC 7", "Couple → 19 001 $"
# a grid's total left on a line of its own by a flattened table ("TOTAL 100"): the table's last row, not a heading
_TOTAL_LINE = re.compile(r"\W*(?:grand\s+)?(?:total|totaux|sum|somme)\b\W*\d{1,4}\s*(?:points?|pts)?\W*$", re.IGNORECASE)
# a duration in words on an unnumbered line: "Counted over: the five most recent years" (a numbered section's "2.
# L'expérience : deux ans, pas un" is its heading)
_WORDED_VALUE_LINE = re.compile(r"(?::|→|➡|->|=>)\s*[^:]*\b(?:one|two|three|four|five|six|ten|twelve|un|une|deux|trois|quatre|"
                                r"cinq|six|dix|douze)\s+(?:[\w-]+\s+){0,2}(?:years?|months?|ans|années|mois|hours|heures)\b", re.IGNORECASE)
# A numbered part's label: what follows its colon is a title ("Step 1: The FSW grid (67 points)"), not a value
_PART_LABEL = re.compile(r"(?:step|part|étape|partie|section|chapter|chapitre|phase|module|option)\s+\d{1,2}\s*:", re.IGNORECASE)
# A transcript's turn, its speaker named in capitals ("LINA: Right!", "ANIMATEUR : Tout à fait."): what is said, not
# a heading, unless it asks of a program or category, as an FAQ's question heads its answer (a one-letter "Q:" may
# head its answer)
SPEAKER_TURN = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{2,24} ?:[ \t]+\S")
MAX_BULLET = 16  # the longest bullet or item number with its spaces ("   12) ", "(iv) ", "👉 ")
FAQ_PREAMBLE = 80  # the longest sentence of context before an FAQ's question on its line
ANSWERED_HEADING = 80  # characters of a heading line that asks a question, then names its topic
HEADER_ROWS = 3  # a table's caption and header rows: what its data rows are read under
PARENT_REACH = 40  # lines looked at above a nested list item for the items it sits under
LABEL_LINE = 80  # a label line over its value's line ("Expérience pour les catégories :"), not a paragraph ending in ":"
_NUMBER_MARK = re.compile(r"\s*\d{1,2}[.)]\s+")
_ITEM_START = re.compile(r"\s*(?:[-–—•*·▪►✓✔✗✘❌☐☑☒]|\d{1,2}[.)])\s")
_SEPARATOR = re.compile(r"[\s|:-]*")
# A heading that opens with a date or a year: "31 mai 2023", "March 2, 2026 — …", "2024 : …"
_DATED_HEADING = re.compile(
    r"^\s*(?:[—–-]\s*)?(?:\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?\s+|[A-Za-zéû]+\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b|"
    # a heading that ends on its year: "— Categories for 2026", "Les catégories en 2025"
    r"^\s*(?:[—–-]\s*)?[^\d\n]{0,40}?\b(?:for|in|en|pour)\s+(?P<end_year>(?:19|20)\d\d)\s*:?\s*$")


T = TypeVar("T")
_UNSET = object()


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_EARLIER_WORD = r"(?:before|until|then|earlier|previously|formerly|old|former|avant|auparavant|ancien(?:ne)?|naguère)"
_TIME_WORD = rf"(?:{_EARLIER_WORD}|now|today|current|new|after|maintenant|aujourd['’]hui|actuel(?:le)?|nouveau|nouvelle|après)"
# A header cell naming a period: "2026", "2023 to 2025", "Starting March 2, 2026", "Depuis 2025", "2025-2026", "Until 2025"
_PERIOD_CELL = re.compile(r"^\s*(?:(?:since|starting|from|as\s+of|depuis|dès|à\s+compter\s+du?|en|in|until|through|up\s+to|"
                          r"jusqu['’](?:à|en)|avant|before)\s+)?(?:le\s+)?(?:\d{1,2}(?:er)?\s+)?"
                          rf"(?:(?:{_MONTH})\.?\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d(?:\s*(?:to|à|-|–|au|and|et)\s*(?:19|20)\d\d)?\s*$|"
                          # "2026 category rounds", "2025 (rappel)": a year, then a few words and no figure
                          r"^\s*(?:19|20)\d\d(?:\s+[^\d\s|]+){1,3}\s*$|"
                          # "Before (2025)", "Now (2026)", "Avant (2022 à mi-2025)": a word of time, its period in brackets
                          rf"^\s*{_TIME_WORD}\s*\([^()]*?(?:19|20)\d\d[^()]*\)\s*$",
                          re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _column_year(cell: str) -> int:
    """The latest year a table's header cell names when the cell is a period, else 0 ("Before 2025": 2024)."""
    if not _PERIOD_CELL.match(cell):
        return 0
    return max(int(y) for y in _YEAR.findall(cell)) - (1 if _BEFORE.match(cell) else 0)


_BEFORE = re.compile(rf"\s*{_EARLIER_WORD}\b", re.IGNORECASE)


_QUOTED_CLAIM = re.compile(r"^\W{0,3}[«“\"]")
# a figure someone is reported to have said, in quotes: "an agent told him that "two years are needed""
# the figure a sentence says is a lie: "ceux qui vous promettent 50 points vous mentent", "whoever sells that is lying to you"
_DECEIVES = re.compile(r"\bvous\s+(?:trompent|trompe|mentent|ment|arnaquent|escroquent)\b|\b(?:is|are)\s+(?:lying|scamming|misleading)\b|"
                       r"\b(?:lie|lies)\s+to\s+you\b|\bmisleads?\s+you\b", re.IGNORECASE)
_TOLD_IN_QUOTES = re.compile(r"\b(?:tell|tells|told|telling|claim(?:s|ed)?|promis\w*|promet\w*|advertis\w*|dit|disent|disaient|disait|affirm\w*|"
                             r"prétend\w*|racont\w*)\b"
                             r"[^.«»“”\"]{0,60}?[«“\"][^«»“”\"]*\d[^«»“”\"]*[»”\"]", re.IGNORECASE)
# what an earlier text (or its author) said: "yesterday's alert said", "notre bulletin indiquait que", "we wrote that"
_EARLIER_TEXT_SAID = re.compile(
    r"\b(?:stated|said|claimed|wrote|written|reported|indicated|suggested)\s+(?:that\s+)?(?!\s*:)|"
    # what a letter or an article says, answered below: "The letter states that the FST requires three years …"
    r"\b(?:the|this|that|your|their)\s+(?:petition|article|post|letter|motion|report|story|piece)\s+"
    r"(?:also\s+|further\s+)?(?:states|says|claims|suggests|asserts)\s+that\b|"
    # what a book, a guide or its table gives: "The funds table in chapter 6 gives $13,757 …", "le guide indique"
    r"\b(?:le|la|ce|cette|son|sa|the|this|its)\s+(?:[\w'’-]+\s+)?(?:livre|guide|tableau|brochure|chapitre|manuel|book|table|chapter|"
    r"handbook)\b"
    r"[^;!?]{0,40}?\b(?:indique|affirme|donne|annonce|states|says|gives|lists|shows)\b|"
    r"\b(?:avais|avions|avait|avaient|avons|avez|a|ont)\s+(?:écrit|indiqué|affirmé|annoncé|dit|laissé\s+entendre)\s+qu|"
    r"\b(?:indiquait|indiquions|affirmait|affirmions|annonçait|disait|mentionnait|mentionnions)\s+(?:à\s+tort\s+|par\s+erreur\s+)?qu|"
    # (a figure someone brought up: "un panéliste a avancé une exigence de dix-huit mois", "a guest mentioned a bar of …")
    r"\b(?:a|ont|avait|avaient)\s+(?:évoqué|mentionné|cité|avancé)\s+(?:une?|des|le|la|les|l['’])|\bmentioned\s+(?:an?|the)\b|"
    # what a video said, its maker correcting it: "vers 7:05, je dis que le seuil …", "at 4:30 I say that …"
    r"\b(?:je\s+dis|I\s+say)\s+(?:à\s+tort\s+|wrongly\s+)?(?:qu|that\b|[«“\"])|"
    # (at a time of the recording, "that" left out: "around 23:10, I say a job offer earns you 50 CRS points")
    r"\d{1,2}:\d{2},?\s+(?:I\s+(?:say|said)|je\s+(?:dis|disais))\b", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\d|\b(?:un|une|one|deux|two|trois|three|quatre|four|cinq|five|six|sept|seven|huit|eight|neuf|"
                          r"nine|dix|ten|douze|twelve)\b", re.IGNORECASE)
# a count in words, not "one" or "un" (an article as often as a number)
_COUNT_WORD = re.compile(r"\b(?:deux|two|trois|three|quatre|four|cinq|five|six|sept|seven|huit|eight|neuf|nine|dix|ten|douze|twelve)\b",
                         re.IGNORECASE)
# a figure of tens or more said in words, as a speaker says it: "soixante-quinze", "seventy-five", "deux mille"
_FIGURE_IN_WORDS = re.compile(r"\b(?:vingt|trente|quarante|cinquante|soixante|septante|octante|nonante|cents?|mille|twenty|thirty|"
                            r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b", re.IGNORECASE)
# the claim owned as wrong, then what holds: "c'était une erreur : …", "that was a mistake: it is …"
# a speaker putting themselves right mid-sentence: "CLB 5 — sorry, let me correct myself — it asks for CLB 7", "pardon, je me reprends"
_SPOKEN_FIX = (r"\b(?:sorry|pardon|désolée?)\b[,\s]*(?:(?:sorry|pardon)\b[,\s]*)?(?:let\s+me\s+correct\s+(?:that|myself)|"
               r"I\s+(?:mean|misspoke)|je\s+me\s+(?:corrige|reprends)|je\s+veux\s+dire)\s*[,;:.—–-]*\s*")
_SPOKEN_FIX_AT = re.compile(_SPOKEN_FIX, re.IGNORECASE)
_ERROR_ADMITTED = re.compile(r"\b(?:c['’]est|c['’]était|that\s+was|that['’]s|it\s+was|it['’]s)\s+(?:une\s+erreur|a\s+mistake|an\s+error|"
                             r"wrong|faux|a\s+slip|un\s+lapsus)\s*[,;:.—–-]\s*|" + _SPOKEN_FIX, re.IGNORECASE)
# a speaker owning a mistake: "…, je me suis trompée.", "… I was wrong.", "I misspoke, sorry", "c'était une erreur"
_OWN_MISTAKE = re.compile(r"\b(?:je\s+me\s+suis\s+(?:trompée?|plantée?|mal\s+exprimée?)|j['’]ai\s+fait\s+(?:une\s+)?erreur|j['’]avais\s+tort|"
                          r"(?:autant|au\s+temps)\s+pour\s+moi|i\s+was\s+wrong|i\s+got\s+(?:that|it)\s+wrong|my\s+(?:mistake|bad)|"
                          r"(?:i|we)\s+mis-?spoke|scratch\s+that|i\s+stand\s+corrected|"
                          # (a slip of the tongue: "Slip of the tongue on my part.", "un lapsus de ma part")
                          r"slip\s+of\s+the\s+(?:tongue|pen)|(?:that\s+was|it\s+was)\s+a\s+slip|lapsus|"
                          r"(?:c['’]était|that\s+was|it\s+was)\s+(?:une\s+|an\s+|a\s+)?(?:faux|erreur|erroné|wrong|incorrect|error|mistake))\b",
                          re.IGNORECASE)


def owns_a_mistake(text: str) -> re.Match[str] | None:
    """The speaker owning a mistake after every figure of the sentence ("… exigeait quatre ans, je me suis trompée", "… I
    told someone that CLB 5 is enough, I got that wrong, apologies"): the figures before it are taken back."""
    owned = None
    for owned in _OWN_MISTAKE.finditer(text):
        pass
    return owned if owned is not None and not _NUMBER_WORD.search(text, owned.end()) else None
_CORRECTIONS_TITLE = re.compile(r"\bcorrections?\b|\berrat(?:um|a)\b|\brectificatifs?\b|\bclarifications\b", re.IGNORECASE)
_FALSE_TICKED = re.compile(r"\W*(?:false|faux)\b[^\[]*\[[xX✓✔]\]", re.IGNORECASE)
# the page says it was wrong: "Correction:", "That was a typo", "Erratum", "nous nous sommes trompés… par erreur"
_CORRECTED = re.compile(r"\bcorrect(?:ion|ed)\b|\bcorrig\w*|\berrat(?:um|a)\b|\b(?:was|is)\s+(?:wrong|incorrect|inaccurate)\b|"
                        # what holds in fact, after what an earlier version said: "Il s'agit en réalité de 441."
                        r"\ben\s+réalité\b|\bin\s+(?:fact|reality)\b|"
                        r"\bmistak\w*|\bmix-up\b|\berreur\b|\bà\s+tort\b|\bpar\s+erreur\b|\binexact\w*|\berroné\w*|\bwrongly\b|"
                        r"\bc['’]est\s+faux\b|\brectificatif\b|"
                        r"\b(?:is|was)\s+not\s+(?:accurate|correct|right|true)\b|"
                        # the figure has moved since: "That amount has since been raised", "ce chiffre a changé depuis"
                        r"\b(?:ce|le|cet|this|that|the)\s+(?:montant|chiffre|seuil|barème|amount|figure|threshold)\s+(?:a\s+été\s+"
                        r"(?:relevé|augmenté|modifié|revu|mis\s+à\s+jour)|a\s+(?:changé|augmenté)|has\s+(?:since\s+)?(?:been\s+(?:raised|"
                        r"updated|changed)|risen|gone\s+up|changed))|"
                        # or out of date: "Fix to the video: …", "That was the old figure", "c'était l'ancien montant"
                        r"\bfix\s+(?:to|in|for|on)\b|\b(?:that|this|it)\s+(?:was|is)\s+(?:last\s+year['’]s|the\s+old|an\s+old|the\s+previous|"
                        r"an\s+outdated|the\s+outdated)\s+(?:number|figure|amount|rule|value)|"
                        r"\b(?:that|this|it)(?:\s+(?:was|is)|['’]s)\s+(?:outdated|out\s+of\s+date|obsolète|dépassé)\b|"
                        r"\bc['’](?:était|est)\s+l['’]ancien(?:ne)?\s+(?:montant|chiffre|règle|valeur)\b",
                        re.IGNORECASE)
# the words each of the three patterns above needs, looked for first: most sentences hold none of them
_QUOTE_MARKS = ('"', "«", "“")
_SAID_WORDS = ("said", "stated", "states", "says", "asserts", "suggests", "gives", "lists", "shows", "donne", "claim", "wrote", "written", "reported", "indicated", "suggested", "écrit", "indiqu",
               "affirm", "annonc", "annonç", "dit", "disait", "laissé", "je dis", "i say", "mention", "évoqu", "cité", "avancé")
_CORRECTION_WORDS = ("correct", "réalité", "in fact", "in reality", "accurate", "not true", "relevé", "augmenté", "modifié", "revu", "mis à jour", "changé",
                     "raised", "risen", "gone up", "changed", "updated", "corrig", "errat", "wrong", "inaccura", "mistak", "mix-up", "erreur", "tort", "inexact", "fix ",
                     "erroné", "faux", "rectificatif",
                     "last year", " old ", "previous", "outdated", "ancien")


def _corrects(text: str) -> bool:
    """The text says something was wrong."""
    return contains_any(text.lower(), _CORRECTION_WORDS) and _CORRECTED.search(text) is not None


# a reply opening by saying the message above is wrong
_ERRORS_IN_THE_MESSAGE_ABOVE = (
    r"(?:la\s+|le\s+|ta\s+|ton\s+|votre\s+)?(?:réponse|message)\s+(?:ci-dessus|au-dessus|précédente?)\s+(?:contient|comporte|a)\s+"
    r"(?:[\w-]+\s+){0,2}?erreurs?|"
    r"the\s+(?:(?:answer|reply|post|message)\s+above|previous\s+(?:answer|reply|post|message))\s+(?:contains|has)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:errors?|mistakes?)")
_WHOLE_MESSAGE_WRONG = re.compile(_ERRORS_IN_THE_MESSAGE_ABOVE, re.IGNORECASE)
# a reply to its addressee opening on "no": "@lee no, that's off. Two years … is the rule" (what it goes on to say is
# the rule); it contradicts the message above only when that message is the addressee's (its byline names them)
# (the stop after the no may go: "@lea_v non, ça a bougé"; not "@sam no problem")
_ADDRESSED_NO = re.compile(r"\s*@(?P<name>[\w.-]{1,30})[,:]?\s+(?:no|non|nope)\s*[,.!—–]?(?=\s)"
                           r"(?!\s+(?:problem|prob|worries|idea|clue|pb|souci|problème|idée|plus|more)\b)", re.IGNORECASE)
# a post put right by the figure it denies, under a correction's label or not: "📝 Fix to the 8:30 post: it's not 2
# years.", "Rectificatif : ce n'est pas 9 mois."
FIGURE_DENIED = re.compile(
    r"\W*(?:(?:correction|rectificatif|erratum|fix|update|edit|mise\s+au\s+point|précision)\b(?:[^:\n]|(?<=\d):(?=\d)){0,40}:\s*)?"
    r"(?:(?:ce\s+n['’]est\s+pas|c['’]est\s+pas|ce\s+ne\s+sont\s+pas|it['’]s\s+not|it\s+is\s+not|that['’]s\s+not|it\s+isn['’]t)\s+"
    r"(?:de\s+)?\d+(?:[.,]\d+)?\s*(?:mois|months?|ans?|années?|years?|heures|hours|points?)\b(?!\s+(?:ago|plus\s+tôt)))|"
    # a correction addressed to the one who wrote the message above: "Petite correction pour Marc : …", "Quick fix for @dan: …"
    r"\W*(?:(?:petite|small|quick|une)\s+)?(?:correction|rectification|précision|fix)\s+(?:pour|à|for|to)\s+@?[\w.-]{2,20}\s*:",
    re.IGNORECASE)
# a correction giving the right figure, then the wrong one: "Erratum: it's 2 years, not 3", "c'est 24 mois, et non 36"
_RIGHT_NOT_WRONG = re.compile(r"(?:c['’]est|ce\s+sont|it['’]s|it\s+is)\s+(?:de\s+)?\d+(?:[.,]\d+)?\s*(?P<unit>mois|months?|ans?|années?|years?|"
                              r"heures|hours|points?)\s*,\s*(?:not|pas|et\s+non(?:\s+pas)?)\s+(?P<wrong>\d+(?:[.,]\d+)?)\b", re.IGNORECASE)
# (or a level: "… it's CLB five, not four", "c'est NCLC 7, et non 6")
_RIGHT_LEVEL_NOT_WRONG = re.compile(rf"(?:c['’]est|ce\s+sont|it['’]s|it\s+is)\s+(?:le\s+)?(?:clb|nclc)\s+(?:{NUMBER})\s*,\s*"
                                    rf"(?:not|pas|et\s+non(?:\s+pas)?)\s+(?:(?:clb|nclc)\s+)?(?P<wrong>{NUMBER})\b", re.IGNORECASE)
_LEVEL = re.compile(rf"\b(?:clb|nclc)\s+(?P<n>{NUMBER})", re.IGNORECASE)
_CORRECTION_OPENING = re.compile(r"\W*(?:correction|rectificatif|erratum|correctif|mise\s+au\s+point|update|fix)\b", re.IGNORECASE)
CORRECTION_REACH = 30  # sentences above a correction where the figure it puts right may have been given
# "no" then the addressee's name, without an @: "no Dave, the CEC wants CLB 7 …", "non Awa, c'est un an"
_NO_THEN_NAME = re.compile(r"\s*(?:[Nn]o|[Nn]on|[Nn]ope)\s*,?\s+(?P<name>[A-ZÀ-Ý][\w-]{1,20})\s*[,.!—–](?=\s)")
# a chat export's author opening a message, after its stamp: "[12/04/2026, 18:05] Mira Haddad: ", "Sophie M.: ",
# "Omar (Admin): "
STAMPED_AUTHOR = re.compile(r"\W{0,2}(?:\[?\d[\d/.:\-, ]{3,21}\]?\s*[-–]?\s*[^\W\d][^:\n?!]{0,38}?|"
                             r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}(?:\s+\([^)\n]{1,20}\))?)\s?:\s+")


def words_said(text: str) -> str:
    """A chat message's words, past its stamp and author."""
    return text[stamp.end() :] if (stamp := STAMPED_AUTHOR.match(text)) is not None else text


_DIGITS = re.compile(r"\d+")
_ADDRESSEE_REACH = 400  # characters above a reply where the message it answers shows its author
_VERDICT = re.compile(r"\s*[❌✖✗✘🚫⛔]\ufe0f?\s*(?P<word>[A-ZÀ-Ý ]{4,20}[.!]*)(?:\s|$)")
_CONTRADICTS = re.compile(
    r"\s*(?:[A-ZÀ-Ý][\w.'’-]{0,15}(?:\s[A-ZÀ-Ý][\w.'’-]{0,15})?\s?[:—–]\s+|@[\w.-]{1,30}(?:\s[A-ZÀ-Ý][\w.-]{0,15})?[,:]?\s+)?"  # (a transcript's
    # speaker: "PO: That's not right.", "NADIA — …"; a forum reply's addressee: "@mira_k not quite.", "@Ines B. no")
    # (after a greeting: "Bonjour Lucie, attention, …", "Hi Sam, that's …")
    r"(?:(?:bonjour|salut|hello|hi|hey)(?:\s+[A-ZÀ-Ý][\w.-]*)?\s*,\s+)?"
    r"(?:(?:attention|careful|actually|en\s+fait|hmm|euh)(?:\s+[A-ZÀ-Ý][\w.-]*)?[,:!]?\s+|[A-ZÀ-Ý][\w.-]{0,15},?\s+(?:(?:respectfully|honestly|sorry|with\s+respect|franchement|désolée?|sauf\s+ton\s+respect),?\s+)?(?=th|c['’]|ce\s))?(?:(?:no|non|nope)[,.!]?\s+)?(?:(?:that['’]s|(?:that|this)(?:\s+one)?\s+is|it['’]s|c['’]est|ce\s+n['’]est)\s+(?:not\s+(?:right|true|correct|"
    r"accurate)|wrong|incorrect|outdated|out\s+of\s+date|mixed\s+up|muddled|mélangé|faux|inexact|plus\s+vrai|(?:plus|pas)\s+à\s+jour|pas\s+(?:vrai|exact|juste|correct))|not\s+true|wrong|incorrect|faux|fake|"
    r"not\s+(?:quite|exactly)|pas\s+(?:tout\s+à\s+fait|exactement)|"
    # the message above said to hold errors: "la réponse ci-dessus contient plusieurs erreurs", "the reply above has mistakes"
    rf"{_ERRORS_IN_THE_MESSAGE_ABOVE}|"
    r"(?:also|aussi|again)\s+(?:outdated|wrong|dépassée?|faux|obsolète)|"
    # the claim echoed in the past, or said over: "It did. That bonus has been gone since …", "Not anymore."
    r"(?:elle|il|ça|cela|it|that|they)\s+(?:valai(?:t|ent)|comptai(?:t|ent)|rapportai(?:t|ent)|donnai(?:t|ent)|did|was|were|"
    r"used\s+to)(?=\s*[.!…])|not\s+any\s*more|plus\s+maintenant|"
    # a bare "Nope." opening the reply, the right figure in the sentences after it
    r"(?:no|non|nope)(?=[.!]*\s*$)|"
    # the writer's own edit under the message: "Edit: I was wrong earlier, …", "Édit : je me suis trompé plus haut"
    r"i\s+was\s+wrong(?:\s+(?:above|earlier|there|before))?|j['’]avais\s+tort|je\s+me\s+suis\s+trompée?(?:\s+plus\s+haut)?|"
    # the claim denied in a word: "It doesn't.", "They don't.", "Ce n'est pas le cas."
    r"(?:it|that|they)\s+(?:doesn['’]t|does\s+not|don['’]t|do\s+not|isn['’]t|is\s+not|aren['’]t|are\s+not)(?=\s*[.!…])|"
    r"ce\s+n['’]est\s+(?:pas|plus)\s+le\s+cas|"
    # the claim named the old rule: "c'est l'ancienne règle, valable jusqu'en 2025", "that was the old requirement"
    r"c['’](?:était|est)\s+(?:la\s+|l['’]\s?)(?:ancienne\s+|vieille\s+)?(?:règle|exigence|norme)|"
    # (or by its year: "that was the 2024 rule", "that was last year's requirement")
    r"(?:that|this|it)\s+(?:was|is)\s+(?:the\s+(?:old\s+|former\s+|previous\s+|\d{4}\s+)?|last\s+year['’]s\s+)(?:rule|requirement)|"
    r"that['’]s\s+the\s+(?:old|former)\s+(?:rule|requirement)|"
    # a marker's margin note: "Ms. Lindqvist: Check your source!", "Outdated: these points were removed …"
    r"check\s+(?:your|the)\s+sources?|vérifie[zr]?\s+(?:ta|votre|tes|vos)\s+sources?|(?:outdated|obsolète|dépassée?|périmée?)(?=\s*[:!.—–-]))\b",
    re.IGNORECASE)
# a reply opening on a bare "No," right under the message it quotes: "Maria said: … " / "No, CLB 7 is the FSW's bar."
_BARE_NO = re.compile(r"\s*(?:no|non|nope)\s*[,.!—–]\s+\S", re.IGNORECASE)
_BARE_YES = re.compile(r"\s*(?:yes|yep|yeah|yup|oui|ouais)\s*[,.!—–]\s+\S", re.IGNORECASE)
# a question asked by its word order alone, as chats ask: "does the healthcare category still ask for …", "faut-il …"
_UNMARKED_ASK = re.compile(r"\s*(?:(?:and|so|et|alors)\s+)?(?:is|are|does|do|did|can|should|will|est-ce\s+qu|faut-il|y\s+a-t-il)\b"
                           r"(?!\s+not\b)", re.IGNORECASE)
_AUTHOR_LINE_CHARS = 60  # the length of a reply's author line ("u/someone · 2 Apr 2025")
# (or one of any length made of short parts set off by dots: "name · Red Seal 306A · Winnipeg, MB · since 2017 · 2,204 posts")
_AUTHOR_PARTS = re.compile(r"[^.!?«»“”\"·•|]{1,40}(?:\s[·•|]\s[^.!?«»“”\"·•|]{1,40}){2,}\s*")
_CHANGE_HEADING = re.compile(r"\b(?:changed?|changes|changements?|changé|nouveautés?|what['’]s\s+new|quoi\s+de\s+neuf)\b", re.IGNORECASE)
_QUOTE_CHARS = 20  # the shortest line taken for a quote of a sentence above it
_HEDGE_SENTENCES = 2  # short sentences with no figure a message may close on after its claim
REPLY_PREAMBLE_LINES = 3  # lines a reply may open with before its words: its author, its date, the claim it quotes
_QUOTES_A_MESSAGE = re.compile(r"[^:\n]{1,40}?\b(?:a\s+écrit|wrote|said|a\s+dit)\s*:", re.IGNORECASE)
_AUTHOR_LIKE = re.compile(r"[^«»“”\"?!]*[^.«»“”\"?!:\s]\s*")  # no quotation, question or closing stop


def _author_line(text: str) -> bool:
    return (len(text) <= _AUTHOR_LINE_CHARS and _AUTHOR_LIKE.fullmatch(text) is not None) or _AUTHOR_PARTS.fullmatch(text) is not None


def _squeezed(text: str) -> str:
    """Lowercased, one space between words: a claim compared wherever the page states it."""
    return " ".join(text.lower().split())


# a sentence reporting what someone claims ("Un message viral prétend qu'il faudrait …", "A post says you would now need …")
_CLAIM_REPORTED = re.compile(r"\b(?:affirm\w*|prétend\w*|assur\w*|soutien\w*|laisse\w*\s+entendre|circul\w*|raconte\w*|croi\w*|pensent|"
                             r"claim\w*|says?|said|states?|suggest\w*|insists?|rumou?r\w*|goes\s+round|going\s+(?:a)?round|"
                             r"believes?|believed|think|thinks|thought|"
                             # (what one reads or hears round: "on lit qu'il faudrait …", "you may read that …")
                             r"on\s+(?:lit|peut\s+lire|entend)|lit-on|entend-on|(?:you\s+(?:may\s+|might\s+|will\s+)?|one\s+)?(?:read|hear)\s+that)\b",
                             re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CUE_TIME = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s")  # a transcript's time cue opening a line
_RULE_LINE = re.compile(r"[\s|:+=_—–-]*[—–=_-]{3}[\s|:+=_—–-]*")


def is_rule_line(text: str) -> bool:
    """A line of dashes (a table's rule, a section's underline): never a heading, and no break between two headings."""
    return _RULE_LINE.fullmatch(text) is not None


_FALSE_VERDICT = re.compile(r"\s*(?:(?:réponse|answer|verdict|r)\s*[:.]\s*)?(?:faux|false|wrong|myth|mythe|intox)\b",
                            re.IGNORECASE)


# a cell that is a sentence of its own ("| 09:05 | EE | Targeted rounds now want a full year. |"): a line of a
# feed or a log written as rows, never a title that rows below are read under
_SENTENCE_CELL = re.compile(r"\|\s*(?:[^|\s]+\s+){6,}[^|\s]*[.!?…]\s*\|")


def _titles_only(header: str) -> str:
    """A table's first lines, up to the first that states something: the rows of a feed have no header."""
    kept = []
    for line in header.splitlines(keepends=True):
        if _SENTENCE_CELL.search(line):
            break
        kept.append(line)
    return "".join(kept)


def row_cells(row: str) -> list[str]:
    """The cells of a table row as the text writes it ("| a | b |" -> " a ", " b ")."""
    return row.strip().strip("|").split("|")


def _asks_of_a_subject(text: str) -> bool:
    from .subjects import subjects_in  # (subjects reads a TextContext)

    return text.rstrip().endswith("?") and bool(subjects_in(text))


_SAYS_INSTEAD = re.compile(r"\s*[:—–]\s*\S")


def _denies_then_states(sentence: Sentence) -> bool:
    """"C'est inexact : pour la catégorie francophone, il faut …": the sentence faults the claim before it, then says
    what holds."""
    return (opening := _CONTRADICTS.match(sentence.text)) is not None and _SAYS_INSTEAD.match(sentence.text, opening.end()) is not None


@dataclass
class TextContext:
    """The extracted main text of one document and the facts needed to cite it."""

    text: str
    language: str
    url: str
    snapshot: str
    authority: str = "news"
    source: str | None = None
    fetched_at: datetime | None = None
    published: date | None = None
    modified: date | None = None
    title: str | None = None
    sentences: list[Sentence] = field(init=False)
    _starts: list[int] = field(init=False, repr=False)
    _headings: list[bool] = field(init=False, repr=False)
    _heading_of: list[int] = field(init=False, repr=False)  # sentence index -> its heading's (-1: none)
    _line_first_of: list[int] = field(init=False, repr=False)  # sentence index -> first sentence of its line
    _lead_of: dict[int, int] = field(init=False, repr=False)  # list item's first sentence -> its lead-in (-1: none)
    _cue_hits: dict[tuple[int, int], bool] = field(init=False, repr=False)
    _table_headers: dict[int, str] = field(init=False, repr=False)  # a row's line start -> its table's header rows
    _table_tops: dict[int, int] = field(init=False, repr=False)  # a row's line start -> its table's first line
    _evidence: dict[tuple[int, int], Evidence] = field(init=False, repr=False)
    _section_years: dict[int, int] | None = field(init=False, repr=False)  # dated heading's index -> its year
    _memo: dict[tuple, Any] = field(init=False, repr=False)  # see ``remembered``

    def __post_init__(self) -> None:
        self.sentences = split_sentences(self.text)
        self._starts = [s.start for s in self.sentences]
        self._headings = [self._reads_as_heading(s) for s in self.sentences]
        # One pass each, so that every question about what is above a sentence costs the same on any page length.
        self._heading_of, self._line_first_of = [], []
        heading = first = -1
        for i, s in enumerate(self.sentences):
            if i == 0 or s.line_start != self.sentences[i - 1].line_start:
                first = i
            self._heading_of.append(heading)
            self._line_first_of.append(first)
            if self._headings[i]:
                heading = i  # a heading is a whole line: the sentences after it are on other lines
        self._lead_of = {}
        self._cue_hits = {}
        self._table_headers = {}
        self._table_tops = {}
        self._evidence = {}
        self._section_years = None
        self._memo = {}

    def index(self, sentence: Sentence) -> int:
        """The position of one of this text's sentences in ``sentences``."""
        return bisect.bisect_left(self._starts, sentence.start)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``; in a line's bullet or leading space, that line's first sentence."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        following = self.sentences[i + 1] if i + 1 < len(self.sentences) else None
        if following is not None and following.line_start <= offset:
            return following
        return None

    def heading_before(self, sentence: Sentence) -> Sentence | None:
        """The nearest earlier line that reads as a heading or a list's lead-in (short, no final period)."""
        here = self.index(sentence)
        found = self._heading_of[here] if here < len(self.sentences) else (len(self.sentences) - 1)
        while found >= 0 and not self._headings[found]:
            found -= 1  # only for a sentence not of this text (past the last one)
        return self.sentences[found] if found >= 0 else None

    def sentence_has(self, i: int, cue: Cue) -> bool:
        """Does sentence ``i`` match ``cue``? Remembered: the sentences above many statements are asked again."""
        key = (id(cue), i)
        if (hit := self._cue_hits.get(key)) is None:
            hit = self._cue_hits[key] = cue.found(self.sentences[i].text)
        return hit

    def has(self, sentence: Sentence, cue: Cue) -> bool:
        """``cue.found(sentence.text)``, remembered (``sentence_has``) for a sentence of this text: the gate, the
        readers and the search for a subject ask some cues of the same sentence again. Another sentence (a part of
        one) is asked afresh."""
        i = self.index(sentence)
        if i < len(self.sentences) and self.sentences[i] is sentence:
            return self.sentence_has(i, cue)
        return cue.found(sentence.text)

    def antecedent(self, sentence: Sentence) -> Sentence | None:
        """What "ce minimum" or "elle aussi" refers back to: the sentence just before in the same paragraph,
        or, opening a paragraph ("That is the same 12-month bar …"), the last sentence of the paragraph above
        (not a heading unless it asks the question the paragraph answers, a list item or a table row); for a list
        item, the item above it."""
        i = self.index(sentence) - 1
        if i < 0:
            return None
        before = self.sentences[i]
        if before.line_start == sentence.line_start:
            return before
        if self.is_list_item(sentence) and self.is_list_item(before):
            return before  # the item above ("- two years of work in the trade" / "- those two years must fall …")
        if self._headings[i] and before.text.rstrip().endswith("?") and not self.is_list_item(sentence):
            return before  # a FAQ's question over its answer: "Et une désignation provinciale ?" / "Elle vous rapporte …"
        if self._headings[i] or before.text.startswith("|") or self.is_list_item(before) or self.is_list_item(sentence):
            return None
        return before

    def question_on_line(self, sentence: Sentence) -> Sentence | None:
        """The question a sentence answers on its line ("Eligible jobs? TEER 0 to 3 only."), if any."""
        i = self.index(sentence) - 1
        before = self.sentences[i] if i >= 0 else None
        return before if before is not None and before.line_start == sentence.line_start and \
            before.text.rstrip().endswith("?") else None

    def ruled_false(self, sentence: Sentence) -> bool:
        """A claim in quotes that the next sentence rules false ("« A job offer still earns 50 points. » Answer:
        false."), as a quiz or a fact-check writes it, or what an earlier text said, told to correct it ("Erratum:
        last week's issue said that the CEC needs two years. It needs one."): what the page says is wrong, not its
        rule."""
        i = self.index(sentence) + 1
        following = self.sentences[i].text if i < len(self.sentences) else ""
        if _QUOTED_CLAIM.match(sentence.text) and _FALSE_VERDICT.match(following) is not None:
            return True
        if "[" in following and any(_FALSE_TICKED.match(s.text) for s in self.sentences[i : i + 2]):
            return True  # a quiz's statement over "True … [ ]" / "False … [x] correct": the claim is false
        if self.refuted_figure(sentence):
            return True
        if (fix := _SPOKEN_FIX_AT.search(sentence.text)) is not None and \
                (_DIGIT.search(sentence.text, 0, fix.start()) or _FIGURE_IN_WORDS.search(sentence.text, 0, fix.start())
                 or _COUNT_WORD.search(sentence.text, 0, fix.start())) and \
                (_NUMBER_WORD.search(sentence.text, fix.end()) or
                 (following and self.sentences[i].line_start == sentence.line_start and _NUMBER_WORD.search(following))):
            # the figure said before the speaker's "sorry, let me correct myself" is withdrawn (the right one may come in
            # the next sentence: "… three years of … sorry, I misspoke. A single year, that is.")
            return True
        if self._figure_put_right_below(sentence):
            return True
        if self._contradicted_below(sentence) or ((claims := self._quoted_then_contradicted) and (
                _squeezed(sentence.text) in claims or  # the claim, and the reply's quote of it
                ((quoted := _QUOTES_A_MESSAGE.match(sentence.text)) and _squeezed(sentence.text[quoted.end() :]) in claims))):
            return True
        if (lie := _DECEIVES.search(sentence.text)) and not _DIGIT.search(sentence.text, 0, sentence.text.rfind(". ", 0, lie.start()) + 1):
            # "Whoever sells you an offer 'worth 50 points' is lying to you": the figure is the lie's (not the figures of a
            # quote's sentences before it)
            return True
        if contains_any(sentence.text, _QUOTE_MARKS) and _TOLD_IN_QUOTES.search(sentence.text):
            return True  # "a recruiter told her that offers "still earn 50 points"": someone's claim, quoted
        if not contains_any(sentence.text.lower(), _SAID_WORDS):
            return False  # (most sentences report no one)
        return _EARLIER_TEXT_SAID.search(sentence.text) is not None and (_corrects(sentence.text) or _corrects(following)
                                                                         or self._corrections_page)

    def refuted_figure(self, sentence: Sentence) -> bool:
        """A figure someone claims, reported before it, that the next sentence of the paragraph refutes ("A post going
        round says NCLC 9 is now needed for the French category. Not true: …"): the figure is false, not what the claim
        names (the category is still one)."""
        i = self.index(sentence) + 1
        return i < len(self.sentences) and self.sentences[i].line_start == sentence.line_start and \
            (_CONTRADICTS.match(self.sentences[i].text) or _ERROR_ADMITTED.match(self.sentences[i].text)) is not None and \
            (digit := _DIGIT.search(sentence.text)) is not None and \
            _CLAIM_REPORTED.search(sentence.text, 0, digit.start()) is not None

    def asked_without_mark(self, sentence: Sentence) -> bool:
        """A chat message asking with no question mark ("does the healthcare category still ask for 6 months"), the
        next message answering it yes or no ("nope, since this year it's 12 months …"): the figures are asked about."""
        if "?" in sentence.text or sentence.start != sentence.line_start or \
                _UNMARKED_ASK.match(words_said(sentence.text)) is None:
            return False
        if (i := self._next_line_first[self.index(sentence)]) >= len(self.sentences):
            return False
        reply = words_said(self.sentences[i].text)
        return _BARE_NO.match(reply) is not None or _BARE_YES.match(reply) is not None

    def opens_owning_an_error(self, sentence: Sentence) -> bool:
        """The sentence opens by calling what was said before it an error ("C'était un lapsus : …")."""
        return _ERROR_ADMITTED.match(sentence.text) is not None

    def corrected_part(self, sentence: Sentence) -> str | None:
        """What a correction gives instead, after saying the claim was wrong ("…, c'était une erreur : la période qui
        compte couvre les cinq dernières années"): the part after, read as the rule."""
        m = _ERROR_ADMITTED.search(sentence.text)
        return sentence.text[m.end() :] if m is not None and _NUMBER_WORD.search(sentence.text, m.end()) else None

    @cached_property
    def _corrections_page(self) -> bool:
        """A page of corrections ("Corrections and clarifications", "Errata"): what an earlier article "said" is each time
        the error its next sentences put right."""
        first = next((s.text for s in self.sentences if self.is_heading(s)), "")
        return _CORRECTIONS_TITLE.search(f"{self.title or ''}\n{first}") is not None

    @cached_property
    def _quoted_then_contradicted(self) -> frozenset[str]:
        """The claims a reply quotes ("Ademola said: Language: CLB 9 …") and then says are wrong, as the page may state
        them elsewhere (the message they come from): lowercased, one space between words."""
        claims = set()
        for i, sentence in enumerate(self.sentences[:-1]):
            if sentence.start != sentence.line_start or (reply := self.sentences[i + 1]).start != reply.line_start or not (
                    _CONTRADICTS.match(reply.text) or _BARE_NO.match(reply.text)):
                continue
            if (quoted := _QUOTES_A_MESSAGE.match(sentence.text)) is not None:
                claims.add(_squeezed(sentence.text[quoted.end() :]))
            elif len(quote := _squeezed(sentence.text).rstrip(".")) >= _QUOTE_CHARS and \
                    (claim := next((s for s in self.sentences[:i] if quote in _squeezed(s.text)), None)) is not None:
                # a quote with no "X said:", as a forum's quote box leaves it: a line repeating (the start of) a
                # sentence above, then "Nope, …"; the sentence above is the claim
                claims.update((_squeezed(claim.text), _squeezed(sentence.text)))
        return frozenset(claims)

    def corrects_the_claim(self, sentence: Sentence) -> bool:
        """The sentence after a reply's "That is not right." on its line: what it says instead is the rule ("Careful
        Leila, that is not right. It is a full year of skilled work for the CEC.")."""
        i = self.index(sentence)
        if not (0 < i < len(self.sentences) and (before := self.sentences[i - 1]).line_start == sentence.line_start):
            return False
        # (or opening on it before the rule it gives: "Un site de conseils affirmait … qu'il fallait 18 mois … C'est
        # inexact : pour la catégorie francophone, il faut …")
        if _denies_then_states(sentence):
            return True
        # (or after the speaker owns a mistake: "… j'ai dit que le PTMSF exigeait quatre ans, je me suis trompée. C'est deux
        # ans, …")
        return (before.start == before.line_start and self._contradicts(before)) or owns_a_mistake(before.text) is not None

    def claim_corrected(self, sentence: Sentence) -> Sentence | None:
        """The claim a correction puts right: the speaker's own sentence owning the mistake ("j'ai dit que le PTMSF
        exigeait quatre ans, je me suis trompée"), else the sentence said before the reply's "That's wrong."."""
        if not self.corrects_the_claim(sentence):
            return None
        before = self.sentences[self.index(sentence) - 1]
        said = _CUE_TIME.sub("", before.text, count=1)  # (a transcript's "0:19" is no figure)
        if owns_a_mistake(said) is not None and not (_DIGIT.search(said) or _COUNT_WORD.search(said) or _FIGURE_IN_WORDS.search(said)):
            # (a mistake owned in words alone, the claim on the line above: "la semaine passée j'ai dit … NCLC six" /
            # "c'est une erreur, pardon …")
            return self._message_before(before) or before
        if owns_a_mistake(before.text) is not None or _denies_then_states(sentence):
            return before
        return self._message_before(before)

    @cached_property
    def _figures_put_right(self) -> list[tuple[int, Callable[[str], bool]]]:
        """Each correction opening its message with the right figure, then the wrong one ("✏️ Correction: it's 2 years,
        not 3"; or after the speaker owns a mistake: "I misspoke earlier." then "… it's CLB five, not four"): where
        it stands, and a test of a sentence giving the wrong figure with its unit as said before it."""
        out: list[tuple[int, Callable[[str], bool]]] = []
        for i, sentence in enumerate(self.sentences):
            opened = _CORRECTION_OPENING.match(sentence.text) is not None
            if opened and (m := _RIGHT_NOT_WRONG.search(sentence.text)) is not None:
                out.append((i, re.compile(rf"(?<![\d,.]){re.escape(m.group('wrong'))}\s*{m.group('unit')[:3]}", re.IGNORECASE).search))
            elif (opened or (i > 0 and (before := self.sentences[i - 1]).line_start == sentence.line_start and
                             owns_a_mistake(before.text) is not None)) and \
                    (m := _RIGHT_LEVEL_NOT_WRONG.search(sentence.text)) is not None and \
                    (wrong := parse_number(m.group("wrong"), self.language)) is not None:
                out.append((i, lambda text, wrong=wrong: any(parse_number(level.group("n"), self.language) == wrong
                                                             for level in _LEVEL.finditer(text))))
        return out

    def puts_a_figure_right(self, sentence: Sentence) -> bool:
        """The sentence is a correction giving the right figure and the wrong one ("… it's CLB five, not four")."""
        i = self.index(sentence)
        return any(at == i for at, _ in self._figures_put_right)

    def _figure_put_right_below(self, sentence: Sentence) -> bool:
        """A message a correction further down puts right: it gives the figure the correction says is wrong."""
        i = self.index(sentence)
        return any(i < at <= i + CORRECTION_REACH and wrong(sentence.text) for at, wrong in self._figures_put_right)

    def refuted_claim(self, sentence: Sentence) -> Sentence | None:
        """The claim right before a sentence refuting it on its line ("On lit qu'il faudrait NCLC 9. C'est faux : le
        minimum reste NCLC 7."), whose subject the rule given instead keeps."""
        if not 0 < (i := self.index(sentence)) < len(self.sentences):
            return None
        before = self.sentences[i - 1]
        return before if before.line_start == sentence.line_start and self.refuted_figure(before) else None

    def claim_denied(self, sentence: Sentence) -> Sentence | None:
        """The claim a reply denies in the sentence that gives its own figure ("@lea_v non, ça a bougé : on est à 12
        mois désormais"): the message above it (not when the reply only names the claim's figure to deny it: "Non Léa, il
        n'y a pas de NCLC 9"); for a correction giving the right figure and the wrong one, the message above that gave the
        wrong one."""
        if (i := self.index(sentence)) < len(self.sentences) and (wrong := next(
                (wrong for at, wrong in self._figures_put_right if at == i), None)) is not None:
            return next((s for s in reversed(self.sentences[max(0, i - CORRECTION_REACH) : i]) if wrong(s.text)), None)
        if sentence.start != sentence.line_start or not _DIGITS.search(sentence.text) or not self._contradicts(sentence):
            return None
        claim = self._message_before(sentence)
        if claim is None:
            return None
        return claim if set(_DIGITS.findall(words_said(sentence.text))) - set(_DIGITS.findall(words_said(claim.text))) else None

    def _message_before(self, reply: Sentence) -> Sentence | None:
        """The last sentence of the message a reply answers."""
        i = self.index(reply) - 1
        # (past the reply's author and date lines, each a line of its own: "Mod_Baguette · Moderator" / "Jul 1, 2025")
        for _ in range(REPLY_PREAMBLE_LINES):
            if i <= 0 or not self._preamble_line(self.sentences[i]):
                break
            i -= 1
        # (past the hedges its message closes on, holding no figure: "… only 6 months. Can anyone confirm?")
        for _ in range(_HEDGE_SENTENCES):
            if i <= 0 or self.sentences[i].start == self.sentences[i].line_start or _NUMBER_WORD.search(self.sentences[i].text):
                break
            i -= 1
        return self.sentences[i] if i >= 0 else None

    def _preamble_line(self, sentence: Sentence) -> bool:
        """A short line of its own with no sentence's stop: a message's author or date line."""
        end = self.text.find("\n", sentence.end)
        return sentence.start == sentence.line_start and _author_line(sentence.text) and \
            not self.text[sentence.end : end if end >= 0 else None].strip()

    @cached_property
    def _after_list(self) -> list[int | None]:
        """For each sentence on a list item's line, the index of the first sentence after its list; None for the others
        (one pass from the end, so that every item of a long list asks in constant time)."""
        out: list[int | None] = [None] * len(self.sentences)
        after = len(self.sentences)
        for i in range(len(self.sentences) - 1, -1, -1):
            if self.is_list_item(self.sentences[self._line_first_of[i]]):
                out[i] = after
            else:
                after = i
        return out

    @cached_property
    def _next_line_first(self) -> list[int]:
        """For each sentence's index, the index of the first sentence on the lines below its own (one pass)."""
        out, nxt = [0] * len(self.sentences), len(self.sentences)
        for i in range(len(self.sentences) - 1, -1, -1):
            out[i] = nxt
            if self._line_first_of[i] == i:
                nxt = i
        return out

    def _contradicted_below(self, sentence: Sentence) -> bool:
        """The last sentence of a message, and the next message (after at most a short author line) opens by saying it
        is wrong: "The CEC wants three years." / "someone · 5 May" / "Not true: one year is enough …"; or any sentence
        of a message the next one says holds errors ("La réponse ci-dessus contient plusieurs erreurs.")."""
        i = self.index(sentence) + 1
        # (a message may close on a hedge holding no figure: "… and 1 year of work. Double-check that though.")
        for _ in range(_HEDGE_SENTENCES):
            if i < len(self.sentences) and self.sentences[i].line_start == sentence.line_start and \
                    not _NUMBER_WORD.search(self.sentences[i].text):
                i += 1
        # (the sentence is not its message's last: only a reply faulting the whole message counts)
        whole_message = i < len(self.sentences) and self.sentences[i].line_start == sentence.line_start
        if (i := self._next_line_first[i - 1]) >= len(self.sentences):
            return False
        # (past the reply's author line, its date line and the claim it quotes: "X a écrit : …")
        authored = False
        for _ in range(REPLY_PREAMBLE_LINES):
            reply = self.sentences[i]
            if not authored and _AUTHOR_PARTS.fullmatch(self.line_of(reply).strip()) and self._line_first_of[i] == i and \
                    (below := self._next_line_first[i]) < len(self.sentences) and below - 1 > i and \
                    self.sentences[below - 1].line_start == reply.line_start:
                # (an author line its dots split into sentences, "[+] u/rcic_mtl • 44 points • 2026-02-11 09:25": the
                # reply's words are on the next line, whatever their length)
                i, authored = below, True
                continue
            preamble = (not authored and _author_line(reply.text)) or \
                (":" in reply.text[:_AUTHOR_LINE_CHARS] and _QUOTES_A_MESSAGE.match(reply.text))
            if not preamble or i + 1 >= len(self.sentences) or self.sentences[i + 1].line_start == reply.line_start or \
                    _CONTRADICTS.match(reply.text):
                break
            i += 1
        reply = self.sentences[i]
        opens_its_line = not self.text[reply.line_start : reply.start].strip()  # (a nested reply is indented)
        if whole_message:
            return opens_its_line and _WHOLE_MESSAGE_WRONG.search(reply.text) is not None
        return opens_its_line and self._contradicts(reply)

    def _contradicts(self, reply: Sentence) -> bool:
        """A reply opening by saying the message above it is wrong."""
        if _CONTRADICTS.match(reply.text) is not None or FIGURE_DENIED.match(reply.text) is not None:
            return True
        # (after a chat export's stamp and author: "[12/04/2026, 18:05] Mira Haddad: no Dave, the CEC wants …")
        said = words_said(reply.text)
        if said is not reply.text and (_CONTRADICTS.match(said) is not None or FIGURE_DENIED.match(said) is not None):
            return True
        # (a channel's verdict on a forwarded post, marked and in capitals: "❌ FAUX.", "🚫 FAKE!")
        if (verdict := _VERDICT.match(said)) is not None and _CONTRADICTS.match(verdict.group("word").lower()) is not None:
            return True
        addressed = _ADDRESSED_NO.match(said) or _NO_THEN_NAME.match(said)
        return addressed is not None and \
            addressed.group("name").lower() in self.text[max(0, reply.line_start - _ADDRESSEE_REACH) : reply.line_start].lower()

    def recent(self, sentence: Sentence, n: int = 3) -> list[Sentence]:
        """The ``n`` sentences before this one, nearest first, not past a heading: where "they must …" finds what it
        refers to when the sentence right before only restates a figure ("In hours, that is 1,560.")."""
        out: list[Sentence] = []
        i = self.index(sentence) - 1
        while i >= 0 and len(out) < n and not self._headings[i]:
            out.append(self.sentences[i])
            i -= 1
        return out

    def lead_in(self, sentence: Sentence) -> Sentence | None:
        """For a list item, the sentence just above its list ("Votre expérience de travail doit :"): it
        gives the items their topic, their obligation and their effective date."""
        if not self.is_list_item(sentence):
            return None
        found = self._lead_index(self._line_first_of[self.index(sentence)])
        return self.sentences[found] if found >= 0 else None

    def lead_for(self, sentence: Sentence) -> Sentence | None:
        """A list item's lead-in, or the label line right above a line of its own ("⏱️ Expérience pour les catégories :"
        over "Au moins 12 mois, sur les 3 dernières années."): a label and its value written on two lines."""
        if sentence.start > sentence.line_start:
            return self.lead_in(sentence)
        i = self.index(sentence)
        if i == 0 or (above := self.sentences[i - 1]).start != above.line_start or len(above.text) > LABEL_LINE:
            return None
        return above if above.text.rstrip().endswith(":") and self.text.count("\n", above.end, sentence.start) == 1 else None

    def lines_lead(self, sentence: Sentence) -> Sentence | None:
        """For a short line with no bullet, the sentence ending in ":" that closes the paragraph right above its run of
        such lines ("…, and there the minimum is set by the job's level:" over "CLB 7 — TEER 0 or TEER 1 positions"): a
        list's lead-in written without the list's marks."""
        i = self.index(sentence)
        while i > 0 and self._short_line(line := self.sentences[i]):
            above = self.sentences[i - 1]
            if self.text.count("\n", above.end, line.start) != 1 or self.text[above.end : line.start].strip():
                return None
            if above.text.rstrip().endswith(":"):
                return above
            i -= 1
        return None

    def _short_line(self, sentence: Sentence) -> bool:
        """The sentence is a whole line of a label's length."""
        end = self.text.find("\n", sentence.end)
        return sentence.start == sentence.line_start and len(sentence.text) <= LABEL_LINE and \
            not self.text[sentence.end : end if end >= 0 else len(self.text)].strip()

    def _lead_index(self, first: int) -> int:
        """The lead-in of the list item whose line starts with sentence ``first``: the sentence above the
        list's first item. Each item asks the item above it once, so a list of any length costs one pass."""
        if (found := self._lead_of.get(first)) is not None:
            return found
        chain = [first]
        while True:
            above = chain[-1] - 1
            if above < 0:
                found = -1
                break
            above_first = self._line_first_of[above]
            if not self.is_list_item(self.sentences[above_first]) or (
                    self._numbered(above_first) != self._numbered(chain[-1])
                    and (self.sentences[above].text.rstrip().endswith(":") or self._headings[above])):
                # (a numbered point ending "…, mais les conditions sont différentes :" over bullets, or a numbered
                # heading: "2. Federal Skilled Worker Program: what you need")
                found = above
                break
            if (known := self._lead_of.get(above_first)) is not None:
                found = known
                break
            chain.append(above_first)
        for item in chain:
            self._lead_of[item] = found
        return found

    def _numbered(self, i: int) -> bool:
        """Sentence ``i`` opens a numbered item ("6. Et le PTMSF ?"), not a bulleted one."""
        sentence = self.sentences[i]
        return any(c.isdigit() for c in self.text[sentence.line_start : sentence.start])

    def line_of(self, sentence: Sentence) -> str:
        """The whole line the sentence stands on."""
        end = self.text.find("\n", sentence.line_start)
        return self.text[sentence.line_start : end if end != -1 else len(self.text)]

    def line_opening(self, sentence: Sentence) -> Sentence:
        """The first sentence of this sentence's line (a list item's opening, a paragraph's first sentence)."""
        return self.sentences[self._line_first_of[self.index(sentence)]]

    def paragraph_opening(self, sentence: Sentence) -> Sentence | None:
        """The first sentence of this sentence's paragraph, or the lead-in of its list; None for a heading."""
        i = self.index(sentence)
        if i >= len(self.sentences) or self._headings[i]:
            return None
        first = self._line_first_of[i]
        if self.is_list_item(self.sentences[first]):
            lead = self._lead_index(first)
            return self.sentences[lead] if lead >= 0 else None
        return self.sentences[first]

    def block_start(self, sentence: Sentence) -> int:
        """The index of the first sentence of the paragraph, or of the whole list, holding ``sentence``."""
        first = self._line_first_of[self.index(sentence)]
        if not self.is_list_item(self.sentences[first]):
            return first
        return self._lead_index(first) + 1

    def sentences_with(self, cue: Cue) -> list[Sentence]:
        """The sentences holding a match of ``cue`` and the list items each of them leads in, in page order:
        found from one pass over the page instead of asking every sentence."""
        found: dict[int, Sentence] = {}
        for m in cue.matches(lowered(self.text)):
            sentence = self.sentence_at(m.start())
            if sentence is None or sentence.start in found:
                continue
            found[sentence.start] = sentence
            i = self.index(sentence) + 1
            while i < len(self.sentences) and self.is_list_item(self.sentences[i]):  # the items it leads in
                found.setdefault(self.sentences[i].start, self.sentences[i])
                i += 1
        return sorted(found.values(), key=lambda s: s.start)

    def section_year(self, sentence: Sentence) -> int | None:
        """The year of the dated heading a sentence stands under, on a page dated section by section (a timeline, a
        changelog: at least two headings that open with a date or a year); None elsewhere."""
        if self._section_years is None:
            self._section_years = {i: int(m.group("year") or m.group("end_year")) for i, s in enumerate(self.sentences)
                                   if self._headings[i] and (m := _DATED_HEADING.match(s.text))}
            if len(self._section_years) < 2:
                self._section_years = {}
        if not self._section_years:
            return None
        # the nearest dated heading above, past a list's lead-in or a sub-heading under it
        dated = list(self._section_years)  # (in the order of the sentences)
        at = bisect.bisect_left(dated, self.index(sentence))
        return self._section_years[dated[at - 1]] if at else None

    def parent_items(self, sentence: Sentence) -> list[Sentence]:
        """The items a nested list item sits under, nearest first ("- Programme des travailleurs qualifiés" /
        "  - Langue" / "    - NCLC 7 minimum"): each line above that is indented less than the one below it, at
        most ``PARENT_REACH`` lines up. Empty for an item that is not indented."""
        if not self.is_list_item(sentence):
            return []
        indent = self._indent(sentence)
        parents: list[Sentence] = []
        i = self._line_first_of[self.index(sentence)] - 1
        for _ in range(PARENT_REACH):
            if indent == 0 or i < 0:
                break
            first = self.sentences[self._line_first_of[i]]
            if (above := self._indent(first)) < indent:
                parents.append(first)
                indent = above
            i = self._line_first_of[i] - 1
        return parents

    def _indent(self, sentence: Sentence) -> int:
        line = self.text[sentence.line_start : sentence.start]
        return len(line) - len(line.lstrip(" \t\u00a0"))

    def is_list_item(self, sentence: Sentence) -> bool:
        """The sentence opens a bulleted or numbered line ("- Nomination provinciale : 600 points")."""
        if not 0 < sentence.start - sentence.line_start <= MAX_BULLET:
            return False  # a sentence far into its line follows another sentence, never a bullet
        return BULLET.fullmatch(self.text[sentence.line_start : sentence.start]) is not None

    def paragraph_under_list(self, sentence: Sentence, n: int = 4) -> list[Sentence]:
        """The first ``n`` sentences of the paragraph right under the list whose item the sentence is in (empty for a
        sentence in no list, or a list followed by another line of another kind): where a page goes on about the
        list's rules ("The new minimum applies to every category", "Before this change, six months were enough")."""
        if (i := self._after_list[self.index(sentence)]) is None:
            return []
        if i < len(self.sentences) - 1 and self._headings[i] and _CHANGE_HEADING.search(self.sentences[i].text):
            i += 1  # (past a heading on what changed: "What changed this year" / "Until 2025, six months were enough.")
        if i >= len(self.sentences) or (first := self.sentences[i]).start != first.line_start or self._headings[i]:
            return []
        return [s for s in self.sentences[i : i + n] if s.line_start == first.line_start]

    def is_heading(self, sentence: Sentence) -> bool:
        """A whole short line without final punctuation: a title, a heading or a list's lead-in."""
        i = self.index(sentence)
        if i < len(self.sentences) and ((found := self.sentences[i]) is sentence or found == sentence):  # (``is``: fast)
            return self._headings[i]
        return self._reads_as_heading(sentence)

    def _reads_as_heading(self, sentence: Sentence) -> bool:
        if len(sentence.text) > 120 or (sentence.start != sentence.line_start and not self._numbered_heading(sentence)
                                        and not self._faq_question(sentence) and not self._answered_heading(sentence)):
            return False
        # the whole line: a line break (looked for only up to the sentence's end) or the text's end right after it
        line_end = self.text.find("\n", sentence.start, sentence.end + 1)
        whole_line = line_end == sentence.end or (line_end == -1 and sentence.end == len(self.text))
        # (a line that opens in lowercase goes on with what is said, as a caption's lines do: not a heading)
        # (nor a table's rule written without its bars, "-------|------", as a converter may leave it)
        return whole_line and not sentence.text.startswith("|") and not sentence.text.rstrip().endswith((".", ";", ",")) \
            and not is_rule_line(sentence.text) and not _TOTAL_LINE.match(sentence.text) \
            and not _VALUE_LINE.search(sentence.text, m.end() if (m := _PART_LABEL.match(sentence.text)) else 0) \
            and not (sentence.start == sentence.line_start and _WORDED_VALUE_LINE.search(sentence.text, m.end() if m else 0)) \
            and not sentence.text[:1].islower() \
            and (not SPEAKER_TURN.match(self.text, sentence.line_start) or _asks_of_a_subject(sentence.text))

    def _faq_question(self, sentence: Sentence) -> bool:
        """"I finished a diploma in Halifax. How long must I have worked for the CEC?": a question naming a program
        at the end of a short line, after a sentence of context, as an FAQ asks it over its answer."""
        return sentence.text.endswith("?") and sentence.start - sentence.line_start <= FAQ_PREAMBLE and \
            bool(program_names(sentence.text))

    def _answered_heading(self, sentence: Sentence) -> bool:
        """"Vous êtes infirmière ? Le volet santé": a heading that asks its reader a question, then names its topic,
        on one short line."""
        return sentence.end - sentence.line_start <= ANSWERED_HEADING and \
            self.text[sentence.line_start : sentence.start].rstrip().endswith("?")

    def _numbered_heading(self, sentence: Sentence) -> bool:
        """"3. La catégorie de l'expérience canadienne (CEC)" over a paragraph: a numbered section's heading, not an
        item of a list (the next line is not another item)."""
        if not _NUMBER_MARK.fullmatch(self.text[sentence.line_start : sentence.start]):
            return False
        next_line = self.text.find("\n", sentence.end)
        # (a bulleted list under a numbered line naming a program is that program's section: "3. Federal Skilled
        # Trades Program" over "- Work experience: …")
        return next_line != -1 and ((item := _ITEM_START.match(self.text, next_line + 1)) is None
                                    or (not any(c.isdigit() for c in item.group()) and bool(program_names(sentence.text))))

    def table_header(self, sentence: Sentence) -> str | None:
        """The first rows of this row's table above it (trafilatura writes rows as "| a | b |" lines): its
        caption and header, at most ``HEADER_ROWS`` lines, so that a table of any length is read in one pass."""
        if not sentence.text.startswith("|"):
            return None
        start = sentence.line_start
        if (header := self._table_headers.get(start)) is None:
            top = self._table_top(start)
            end, rows = top, 0
            while rows < HEADER_ROWS and end < start:
                rows += not self.text.startswith("|---", end)  # a separator line is not a row
                end = (self.text.find("\n", end, start) + 1) or start
            header = self._table_headers[start] = _titles_only(self.text[top : min(end, start)])
        return header

    def remembered(self, key: tuple, compute: Callable[[], T]) -> T:
        """``compute()``, once per page for each ``key`` (whose first item names the question): what every row of
        a table or every statement of a sentence asks again. The answer is shared: not to be changed."""
        if (found := self._memo.get(key, _UNSET)) is _UNSET:
            found = self._memo[key] = compute()
        return found

    def header_rows(self, sentence: Sentence) -> list[list[str]]:
        """The cells of each header line of this row's table, its separator lines ("|---|:--|") left out."""
        header = self.table_header(sentence) or ""
        return self.remembered(("header_rows", header), lambda: [
            row_cells(line) for line in header.splitlines() if not _SEPARATOR.fullmatch(line)])

    def year_columns(self, sentence: Sentence) -> list[int] | None:
        """The year at the head of each column of this row's table ("| Critère | 2025 | 2026 |"), 0 for the other
        columns; None when no header row names two years over as many cells as the row has."""
        width = len(row_cells(sentence.text))
        return self.remembered(("year_columns", self.table_header(sentence), width), lambda: self._year_columns(sentence, width))

    def _year_columns(self, sentence: Sentence, width: int) -> list[int] | None:
        for titles in self.header_rows(sentence):
            years = [_column_year(cell) for cell in titles]
            if len(years) == width and sum(1 for year in years if year) >= 2:
                return years
        return None

    def above_table(self, sentence: Sentence, paragraph: bool = False) -> str:
        """The sentence right above this row's table (its lead-in: "Amounts in Canadian dollars:"), or its whole
        paragraph ("The grid of the FSW did not change. Its maxima:"), or ""."""
        if not sentence.text.startswith("|") or (above := self.sentence_above_table(sentence)) is None:
            return ""
        return self.text[above.line_start : above.end] if paragraph else above.text

    def sentence_above_table(self, sentence: Sentence) -> Sentence | None:
        """The sentence right above a row's table, if any."""
        top = self.sentence_at(self.table_top(sentence))
        i = self.index(top) if top is not None else 0
        return self.sentences[i - 1] if i > 0 else None

    def band_above(self, sentence: Sentence) -> str | None:
        """The nearest row above this row, in its table, that fills only its first cell: a band heading the rows under
        it ("| Anciens montants, conservés pour les vieux dossiers |  |  |"); None for none, or for a sentence not a row."""
        if not sentence.text.startswith("|"):
            return None
        line, top = sentence.line_start, self._table_top(sentence.line_start)
        return self._band_at_or_above(self.text.rfind("\n", 0, line - 1) + 1, top) if line > top else None

    def _band_at_or_above(self, line: int, top: int) -> str | None:
        """Remembered for every row walked: the rows of a long table each ask one step."""
        bands: dict[int, str | None] = self.remembered(("bands",), dict)
        walked, found = [], None
        while True:
            if line in bands:
                found = bands[line]
                break
            walked.append(line)
            end = self.text.find("\n", line)
            row = self.text[line : end if end != -1 else len(self.text)]
            cells = row_cells(row)
            if len(cells) >= 3 and cells[0].strip() and not any(cell.strip() for cell in cells[1:]):
                found = row
                break
            if line <= top:
                break
            line = self.text.rfind("\n", 0, line - 1) + 1
        for walked_line in walked:
            bands[walked_line] = found
        return found

    def table_top(self, sentence: Sentence) -> int:
        """Where the table holding this row begins (the row's own line start when it is not a row)."""
        return self._table_top(sentence.line_start) if sentence.text.startswith("|") else sentence.line_start

    def _table_top(self, start: int) -> int:
        """Where the table holding the row at ``start`` begins; each row asks the row above it once."""
        walked = []
        line = start
        while line not in self._table_tops:
            walked.append(line)
            previous = self.text.rfind("\n", 0, line - 1) + 1 if line > 0 else line
            if line == 0 or not self.text.startswith("|", previous):
                self._table_tops[line] = line
                break
            line = previous
        top = self._table_tops[line]
        for row in walked:
            self._table_tops[row] = top
        return top

    def evidence(self, sentence: Sentence) -> Evidence:
        """Where a record was read; one (frozen) object per sentence, however many records cite it."""
        if (found := self._evidence.get((sentence.start, sentence.end))) is not None:
            return found
        found = self._evidence[(sentence.start, sentence.end)] = Evidence(
            url=self.url,
            snapshot=self.snapshot,
            quote=sentence.text,
            start=sentence.start,
            end=sentence.end,
            language=self.language,
            fetched_at=self.fetched_at,
            published=self.published,
            modified=self.modified,
            authority=self.authority,  # type: ignore[arg-type]
            source=self.source,
            extractor=EXTRACTOR_VERSION,
        )
        return found

