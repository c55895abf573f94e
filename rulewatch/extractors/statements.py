"""Sentences that may state a rule, with what every requirement read from them shares.

A sentence about a processing time, a conditional, or another country's rule states no
Express Entry rule and is skipped once here, for every criterion. What remains carries its
subjects (sentence → heading → page), its effective date and whether it states the rule gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from rulewatch.schemas import CRITERIA, Qualifiers, Requirement

from .changes import CHANGED_TO, own_clause, own_clause_bounds, stated_change, states_removal
from .context import FIGURE_DENIED, SPEAKER_TURN, STAMPED_AUTHOR, TextContext, is_rule_line, owns_a_mistake, row_cells
from .dates import effective_date
from .lexicon.categories import names_a_category_word
from .lexicon.criteria import AMOUNTS, DATE_TOPICS, GRID_ITEM, WITH_YOUR_SPOUSE
from .lexicon.lowercase import AnyOf, Cue, lowered
from .lexicon.cues import (
    ARCHIVED,
    CASE_VERDICT,
    CONDITIONAL,
    CONDITIONS_LEAD_IN,
    EXAMPLE_MID,
    EXEMPTION,
    EXPRESS_ENTRY,
    FAULTED_IN_ITSELF,
    INDEFINITE_PERSON,
    MYTH,
    MODAL,
    NOW,
    PERSONAL_CASE,
    POINTS_AWARDED,
    HISTORY,
    NOT_A_RULE,
    NOT_EXEMPT_TURN,
    OLD_FIGURE_AFTER_END,
    OTHER_JURISDICTION,
    PROVINCES,
    OUTSIDE_JURISDICTION,
    READER_CONDITION,
    REFERS_BACK,
    REMOVED,
    REQUIREMENT_CUE,
    RULE_AFTER_COLON,
    RIGHT_FIGURE,
    RULE_NOW,
    SAME_RULE_AS_BEFORE,
    SUBJECT_REFERS_BACK,
    THIS_CATEGORY,
    THIS_DRAW,
    THIS_PROGRAM,
    UNCHANGED_RULE,
    without_asides,
)
from .numbers import NUMBER, as_number
from .quantities import find_quantities
from .lexicon.programs import SHORT_PROGRAM_LABEL
from .lexicon.dates import YEAR_2000S
from .lexicon.round_pages import ROUND_NUMBER
from .programs import program_names
from .sentences import INLINE_BULLET_GLYPHS, LINE_MARKS, Sentence, choices_at
from .subjects import (CONDITIONS_HEADING, CONFIRMED_ANSWER, numbered_question, replied_question, resolve_subjects, short_program_label, subjects_in,
                       without_gone_brackets)


_NO_QUALIFIERS = Qualifiers()  # frozen: one for every requirement without any
# "Expérience de travail : 12 mois", "Language: CLB 7": a short label without a verb, a colon, then the value.
# "Exp. min. : 12 mois", "FSW = 1 year"; on a short line, "Reading — CLB 4"
# (an aside in brackets counts as one piece of the label: "Tirages ciblés (santé, STIM, métiers, transports...) : 12 mois")
# (atomic: a bracket read as an aside is not read again letter by letter)
LABEL_VALUE = re.compile(r"^(?>\([^():!?|=\n]{1,80}\)|[^:.!?|=→➡]|(?<=\w)\.){2,60}?\s?(?P<sep>:|=|→|➡)\s*\S")
_LONG_LABEL = re.compile(r"^(?P<label>[^:!?|=→➡]{2,120}?)\s?:\s*\S")  # (read as one when it names a program)
DASH_LABEL = re.compile(r"^[^:.!?|=→➡—–]{2,30}?\s[—–]\s+\S")
INLINE_BULLET_BEFORE = re.compile(rf"[{INLINE_BULLET_GLYPHS}]\ufe0f?\s*$")
_THIS_ROUND = re.compile(r"\b(?:this|that)\s+(?:draw|round)\b|\bcette\s+ronde\b|\bce\s+tirage\b|"
                         # the invitations of a category's round: "Candidates invited in this category had to …"
                         r"\b(?:invités?|invited)\b[^.;]{0,30}\b(?:cette|this)\s+(?:catégorie|category)\b|"
                         r"\b(?:cette|this)\s+(?:catégorie|category)\b[^.;]{0,30}\b(?:invités?|invited)\b", re.IGNORECASE)
# a spoken rule naming its topic first: "Et pour la langue, c'est le niveau sept …", "Côté fonds, c'est 15 263 $", "As for
# language, it's CLB 7"
_TOPIC_THEN_IT_IS = re.compile(r"\W*(?:et\s+|and\s+)?(?:en|pour|côté|question|as\s+for|for)\s+(?:la\s+|le\s+|l['’]\s?|les\s+)?"
                               r"(?:langue|français|anglais|expérience|fonds|argent|language|experience|funds|money)\s*,?\s*"
                               r"(?:c['’]est|ce\s+sera|it['’]s|it\s+is)\b", re.IGNORECASE)
# the level a subject sets, said as what it is: "For TEER 2 or 3 jobs, the language level for CEC is CLB 5", "le niveau
# exigé pour la CEC est NCLC 7", or a level said to apply: "…, where CLB 5 applies"
_LEVEL_OF_A_SUBJECT = re.compile(r"\b(?:the\s+)?(?:language\s+)?(?:level|bar|floor)\s+(?:for|of|in)\s+[^,;:.]{1,40}?\s+(?:is|are)\s+(?:CLB|NCLC)\b|"
                                 r"\ble\s+niveau\s+(?:de\s+langue\s+|linguistique\s+)?(?:exigé\s+)?(?:pour|du|de\s+la|dans)\s+[^,;:.]{1,40}?\s+"
                                 r"(?:est|sont)\s+(?:(?:de|le)\s+)?(?:NCLC|CLB)\b|"
                                 r"\b(?:CLB|NCLC)\s+\d{1,2}\s+(?:applies|s['’]applique)\b|"
                                 # the bar alone, its program said before: "Under the FSW, the language bar is CLB 7 for each skill"
                                 r"\bthe\s+(?:language\s+)?(?:bar|floor)\s+(?:is|stays\s+at|sits\s+at)\s+(?:CLB|NCLC)\b|"
                                 r"\ble\s+(?:seuil|plancher)\s+(?:linguistique\s+)?(?:est|reste)\s+(?:de\s+|à\s+)?(?:NCLC|CLB)\b|"
                                 # the level said to be a program's: "CLB 7 for every skill is the FSW requirement", "Le NCLC
                                 # 7 partout, c'est le seuil du PTQF"
                                 r"\b(?:CLB|NCLC)\s+\d{1,2}\b[^,;:.?]{0,30}?,?\s+(?:is|c['’]est)\s+(?:(?:pour|for)\s+)?(?:(?:le|la|the)\s+)?"
                                 r"(?:(?:seuil|minimum|niveau|bar|floor|level)\s+(?:du|de\s+la|des|of\s+the|for\s+the|of)\s+)?"
                                 # (the program by its name: "… is the Skilled Worker program")
                                 # (or the program said to be its figure: "the CEC is 1 year of paid skilled work done in Canada",
                                 # "le PEC, c'est un an de travail au Canada")
                                 r"(?:FSWP?|FSTP?|CEC|PTQF|PTMSF|PEC|(?:[\w'’-]+\s+){0,3}?(?:programme|program|class|catégorie|category))\b|"
                                 r"\b(?:CEC|FSWP?|FSTP?|PEC|PTQF|PTMSF)\s*,?\s+(?:is|c['’]est)\s+(?:\d{1,2}|one|two|a|un|une|deux|douze|twelve)\s+"
                                 r"(?:full\s+)?(?:years?|months?|ans?|années?|mois)\b", re.IGNORECASE)
# who may be invited, on a condition: "vous pouvez être invités … si vous atteignez …", "you can be invited … if you hold …"
_INVITED_IF = re.compile(r"\b(?:pouvez|peuvent|can|may)\s+(?:être\s+invitée?s?|être\s+invité·es|be\s+invited)\b[^.;?]{0,120}?"
                         r"\b(?:si|if)\s+(?:vous|you)\s+(?:atteignez|avez|obtenez|détenez|reach|have|get|hold|score)\b|"
                         # or may aim at a program once they have its minimum: "tu pourras postuler à cette catégorie dès que
                         # tu auras au moins douze mois …", "you can apply to the CEC after at least a year of …"
                         r"\b(?:pourr(?:as|ez|ont)|pouvez|peux|can|may|could)\s+(?:viser|postuler\s+(?:à|au)|demander|apply\s+(?:to|for|under)|"
                         r"qualify\s+for)\b[^.;?]{0,60}?\b(?:après|after|once\s+you\s+have|dès\s+que\s+(?:tu\s+as|tu\s+auras|vous\s+avez|vous\s+aurez))\s+"
                         r"(?:au\s+moins|at\s+least)\b|"
                         # or may apply, qualify, on a condition of their figures: "Electricians may apply if they hold two
                         # years of …", "you qualify if you have …", "ils peuvent postuler s'ils justifient de deux ans …"
                         r"\b(?:(?:can|may|pouvez|peuvent|peux|pourr(?:as|ez|ont))\s+(?:apply|qualify|postuler)|qualify|are\s+eligible|"
                         r"sont\s+admissibles|êtes\s+admissibles)\b[^.;?]{0,60}?\b(?:si|s['’]ils?|s['’]elles?|if)\s+(?:(?:vous|you|they|tu)\s+)?"
                         r"(?:avez|as|ont|have|hold|get|reach|score|détenez|détiennent|justifiez|justifient|cumulez|cumulent|comptent|comptez)\b",
                         re.IGNORECASE)
# the conditions a round's invitation took: "Pour être invités, …", "Pour recevoir une invitation, …", "To be invited, …"
_TO_BE_INVITED = re.compile(r"\W*(?:pour\s+(?:être\s+invitée?s?|recevoir\s+une\s+invitation|être\s+admissibles?\s+(?:à|au|aux)\s)|"
                            r"to\s+(?:be\s+invited|receive\s+an\s+invitation|get\s+an\s+invitation|be\s+eligible\s+for\s))\b", re.IGNORECASE)
# the rounds before the one a release reports: "lors des rondes précédentes", "in earlier rounds"
_EARLIER_ROUNDS = re.compile(r"\b(?:lors\s+des|dans\s+les|aux)\s+(?:rondes|tirages)\s+(?:précédente?s|antérieure?s)\b|"
                             r"\b(?:in|during|for)\s+(?:the\s+)?(?:previous|earlier|prior)\s+(?:rounds|draws)\b", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"\b(?:since|depuis|as\s+of|à\s+partir\s+de)\s+(?:(?:le\s+)?\d{1,2}(?:er)?\s+)?(?:[a-zéû]+\s+)?20\d\d\b")
_ONLY_A_FIGURE = re.compile(r"\s*(?:(?:nclc|clb)\s*)?\+?\$?\s?\d[\d\s,.\u00a0\u202f]*\s*(?:points?|pts|mois|months?|ans|years?|"
                            r"heures|hours|\$|dollars?|cad)?\s*[.!]?\s*", re.IGNORECASE)
SHORT_LINE = 60  # a "Label — value" line is short; a longer sentence's dash is an aside
SHORT_LABEL = 12  # the length of a label read as one anywhere on its line ("Exp. min. :")
DATE_REACH = 30  # sentences looked at above a statement for its date: a long table under a dated lead-in


# Someone's own figures in brackets beside the rule: "CLB 7 or better (mine were 9, 8 and 7)",
# "au moins 67 points (j'en ai eu 74)"
_OWN_RESULTS = re.compile(r"\((?=\s*(?:i\b|i['’]|my\b|mine\b|we\b|we['’]|our\b|j['’]|je\b|mon\b|ma\b|mes\b|nous\b|moi\b))[^()]*\)",
                          re.IGNORECASE)


FIGURE_LINE = 100  # a line stating a figure for the program of its heading, not a paragraph
NOTE_LINE = 200  # a terse note's figures one after the other, short of a paragraph
AMOUNTS_HEADING_WORDS = 5  # a heading this short naming amounts labels the lines under it
REPLY_HEADER_LINES = 3  # short lines between a question and its answer: the author, a date, "Reply · 1d"
AUTHOR_LINE_CHARS = 40
# a text opening on its figure, its scale or currency perhaps first: "12 mois", "au moins 67", "NCLC 7 …", "$15,263"
_TOO = re.compile(r"\b(?:aussi|également|too|as\s+well|also)\W*$", re.IGNORECASE)  # closing the sentence
_OPENS_ON_FIGURE = re.compile(rf"\W*(?:at\s+least\s+|au\s+moins\s+|minimum\s+)?(?:(?:nclc|clb|cad|c?\$)\s*)?(?:\d|(?:{NUMBER})\b)",
                              re.IGNORECASE)
# the clauses of a terse note, each opening on its figure or a word or two before it: "2 yrs in a trade, CLB 5 oral"
_NOTED_FIGURES = re.compile(r"(?:^|[,;]|\s\+)\s*(?:[^\W\d]+\s+){0,2}?\d")


def without_own_results(text: str) -> str:
    """The text with someone's own results in brackets blanked (same length: every offset stays)."""
    return _OWN_RESULTS.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text


@dataclass
class Statement:
    ctx: TextContext
    sentence: Sentence
    lead: Sentence | None = None  # a list item's lead-in ("Votre expérience de travail doit :")
    past: bool = False  # read as the rule it was ("Auparavant, il fallait 6 mois"): for a neighbour's previous value
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = without_own_results(self.sentence.text)

    @cached_property
    def subjects(self) -> list[str]:
        found = resolve_subjects(self.ctx, self.sentence)
        # a rule taken from a paragraph listing the year's categories ("healthcare, STEM, trades, education, …" above
        # "in the same eligible occupation, within the last 3 years") is every category's, not one per name
        if len(found) >= EVERY_CATEGORY_FROM and all(s.startswith("category:") for s in found) and \
                not subjects_in(self.text):
            return ["category:*"]
        return found

    @classmethod
    def part(cls, ctx: TextContext, sentence: Sentence, lead: Sentence | None, text: str, *,
             subjects: list[str] | None = None, previous: str | None = None) -> "Statement":
        """A part of a sentence read as a statement of its own (a table cell, an aside), with the sentence's evidence:
        ``subjects`` when the part's own are known (its column's), ``previous`` the value it had before, stated as
        the readers read a stated change ("… (contre 6 mois auparavant)")."""
        st = cls(ctx, sentence, lead)
        st.text = f"{text} (contre {previous} auparavant)" if previous else text
        if subjects is not None:
            st.__dict__["subjects"] = subjects  # fills the cached property: the sentence's own are not looked for
        return st

    @cached_property
    def effective_from(self) -> date | None:
        return effective_date(self.text, self.ctx.published)

    def _effective_at(self, at: int | None) -> date | None:
        """The sentence's date, unless another clause of its own states it ("a nomination still earns 600 points, and
        the offer earns none since March": March is the offer's)."""
        if at is None or self.effective_from is None or (clause := own_clause(self.text, at)) == self.text:
            return self.effective_from
        return effective_date(clause, self.ctx.published)

    def effective_above(self, topic: Cue | None = None) -> date | None:
        """The nearest effective date stated above this sentence, up to and including its heading or a
        list's lead-in ("Les montants suivants s'appliqueront à compter du 28 mai 2024 :"), in a
        sentence that speaks of ``topic`` when one is given; at most ``DATE_REACH`` sentences up, so
        that reading stays linear in the page's length. Asked once per sentence and topic: every record of a
        sentence asks it."""
        here = self.ctx.index(self.sentence) - 1
        return self.ctx.remembered(("effective_above", here, topic), lambda: self._effective_above(here, topic))

    def _effective_above(self, here: int, topic: Cue | None) -> date | None:
        i = self._date_or_heading_above(here, topic)
        if i < 0 or i <= here - DATE_REACH or (found := self._date_at(i, topic)) is None:
            return None  # none near enough, or a section's heading first
        # "… le 2 mars. Les critères, eux, ne changent pas. …": what follows is stated unchanged
        if any(self.ctx.sentence_has(j, UNCHANGED_RULE) for j in range(i + 1, here + 1)):
            return None
        # (nor does the date of a removal told in a sentence of its own date the rules below it: the day job offers stopped
        # counting, over the trades program's own conditions)
        dated = self.ctx.sentences[i].text
        return None if not dated.rstrip().endswith(":") and states_removal(_part_dated(dated, found)) else found

    def _date_at(self, i: int, topic: Cue | None) -> date | None:
        """The effective date sentence ``i`` states (in a sentence that speaks of ``topic`` when one is given)."""
        return effective_date(self.ctx.sentences[i].text, self.ctx.published) if topic is None or \
            self.ctx.sentence_has(i, topic) else None

    def _date_or_heading_above(self, i: int, topic: Cue | None) -> int:
        """The nearest sentence at or above ``i`` stating a date (on ``topic``) or heading a section (a list's lead-in,
        "… selon la taille :", does not end the search), -1 for none. Remembered for every sentence walked, so
        that the rows of a long table each ask one step, not ``DATE_REACH``."""
        nearest: dict[int, int] = self.ctx.remembered(("date_or_heading_above", topic), dict)
        walked, found = [], -1
        while i >= 0:
            if (known := nearest.get(i)) is not None:
                found = known
                break
            walked.append(i)
            above = self.ctx.sentences[i]
            if self._date_at(i, topic) is not None or (self.ctx.is_heading(above) and not above.text.rstrip().endswith(":")) \
                    or self._section_rule(i):
                found = i
                break
            i -= 1
        for j in walked:
            nearest[j] = found
        return found

    def _section_rule(self, i: int) -> bool:
        """Sentence ``i`` is a rule line after a blank line ("---" between two slides): it ends a section as a heading
        does (a table's rule, "|---|" or dashes right under its header, does not)."""
        sentence = self.ctx.sentences[i]
        blank_above = self.ctx.text.endswith("\n\n", 0, sentence.line_start)
        return blank_above and "|" not in sentence.text and is_rule_line(sentence.text)

    def inherited_date(self, criterion: str, stated_change: bool, subject: str) -> date | None:
        """A table row, a list item or a value stated as a change takes the date above it; another
        statement only from a sentence above on its own subject matter (DATE_TOPICS)."""
        # (a list's item, not a line under a label line: "Language: CLB 7" under "Conditions for the FSW:"; a change
        # stated in an item's later sentence is the item's too)
        opening = self.ctx.line_opening(self.sentence)
        if opening.start > opening.line_start and not self.is_table_row and \
                (lead := self.lead or (self.ctx.lead_in(opening) if stated_change else None)) is not None:
            return self._item_date(criterion, lead, opening)
        if self.is_table_row:
            return self.effective_above()
        topic = DATE_TOPICS.get(criterion)
        if stated_change:
            # (not a date that another rule's figure carries: "Funds since 7 July 2025: $15,263 …", then, messages
            # later, "the categories now ask 12 months instead of 6")
            found = self.effective_above() or self._dated_above_amounts_heading(topic)
            return None if found is not None and self._dated_with_another_figure(topic) else found
        if topic is None or (found := self.effective_above(topic) or self._dated_above_amounts_heading(topic)) is None:
            return None
        return None if self._dated_for_another_subject(topic, subject) else found

    def _dated_above_amounts_heading(self, topic: Cue | None) -> date | None:
        """Lines under a short heading that only names the amounts ("The new amounts") are read as a list under its
        lead-in: they take the date told just above the heading, in a sentence on their matter."""
        heading = self.ctx.heading_before(self.sentence)
        if topic is None or heading is None or len(heading.text.split()) > AMOUNTS_HEADING_WORDS or not AMOUNTS.search(heading.text):
            return None
        at = self.ctx.index(heading) - 1
        return self.ctx.remembered(("effective_above", at, topic), lambda: self._effective_above(at, topic))

    def _dated_with_another_figure(self, topic: Cue | None) -> bool:
        """The date above stands in a sentence stating a figure of another matter than ``topic``."""
        i = self._date_or_heading_above(self.ctx.index(self.sentence) - 1, None)
        return topic is not None and i >= 0 and not self.ctx.sentence_has(i, topic) and \
            bool(find_quantities(self.ctx.sentences[i].text, self.ctx.language))

    def _dated_for_another_subject(self, topic: Cue, subject: str) -> bool:
        """The date above is another subject's rule's ("Depuis le 1er mars, les catégories exigent 12 mois … Dans le
        programme de la CEC, on exige un an": the program's rule is not dated by the categories' change)."""
        text = self.ctx.sentences[self._date_or_heading_above(self.ctx.index(self.sentence) - 1, topic)].text
        named = set(program_names(text)) - {"pnp"}
        kind, _, which = subject.partition(":")
        if kind == "program":
            return which not in named and (bool(named) or names_a_category_word(text))
        return kind == "category" and bool(named) and not names_a_category_word(text)

    def _item_date(self, criterion: str, lead: Sentence, opening: Sentence) -> date | None:
        """A list item's date: its own line's; else an item above it in its list on its own subject matter ("- Les
        nouveaux montants s'appliquent dès le 7 juillet." over the amounts); else its lead-in's or the nearest above
        that. Another item's date on another matter is that item's own (a glossary's entry "… no longer counts since
        March" dates nothing under it)."""
        here, lead_at = self.ctx.index(self.sentence), self.ctx.index(lead)
        first, topic = self.ctx.index(opening), DATE_TOPICS.get(criterion)
        for i in range(here - 1, max(lead_at, here - DATE_REACH), -1):
            if i < first and topic is None:
                break
            if (found := self._date_at(i, None if i >= first else topic)) is not None:
                return found
        return self.ctx.remembered(("effective_above", lead_at, None), lambda: self._effective_above(lead_at, None))

    def continues(self, topic: re.Pattern[str]) -> bool:
        """Refers back ("Ce minimum …", "elle aussi") to the sentence before, which names ``topic``."""
        if (restated := self._restated()) is not None:
            return topic.search(restated.text) is not None
        # (a correction naming the figure it denies goes on from the claim it puts right: what the claim measured, "Work
        # experience needed …: 24 months." / "Fix: it's not 24 months. The minimum is 12 months …"; or, when the claim
        # says whose rule it was, what the lines before name: "… j'ai dit que le PTMSF exigeait quatre ans, je me suis
        # trompée. C'est deux ans")
        if (claim := self.ctx.claim_corrected(self.sentence)) is not None and topic.search(claim.text) is not None and \
                FIGURE_DENIED.match(self.ctx.sentences[self.ctx.index(self.sentence) - 1].text):
            return True
        # (or a reply giving the figure in the sentence that denies the claim: "@lea_v non, ça a bougé : on est à 12 mois")
        if (denied := self.ctx.claim_denied(self.sentence)) is not None and topic.search(denied.text) is not None:
            return True
        if not (REFERS_BACK.found(self.text) or SAME_RULE_AS_BEFORE.found(self.text) or
                (claim is not None and subjects_in(claim.text))):
            return False
        before = self.ctx.antecedent(self.sentence)
        # (or the question the turn answers: "… six mois d'expérience, c'est bien ça ?" / "Cette année, c'est douze mois")
        return before is not None and (topic.search(before.text) is not None or
                                       any(topic.search(s.text) for s in self.ctx.recent(self.sentence)) or
                                       ((asked := replied_question(self.ctx, self.sentence)) is not None and
                                        topic.search(asked.text) is not None))

    @cached_property
    def removed(self) -> bool:
        # (a concession speaks of something else: "arranged employment still gives up to 10 points on the grid, even
        # though the offer no longer moves the CRS score")
        # (nor does the old rule said gone: "it's a full year now, the old six-month rule no longer applies" tells the
        # rule's previous value, not its end)
        return states_removal(_OLD_RULE_GONE.sub("", _CONCESSION.sub("", self._own_text))) or self._gone_row

    @cached_property
    def _own_text(self) -> str:
        return without_gone_brackets(self.text)

    @cached_property
    def _gone_row(self) -> bool:
        """A tracker's status cell says the whole row is gone: "| CRS points for job offer | 50 / 200 | REMOVED 2025 |"."""
        return self.is_table_row and any(_GONE_CELL.match(c) for c in row_cells(self.text))

    def removed_at(self, at: int) -> bool:
        """The clause holding position ``at`` states its rule gone, or tells it in the past before a later clause says
        that it is gone ("Back then an offer brought 50 points, but that no longer exists")."""
        if not self.removed:
            return False
        text = self._own_text
        if text[at : at + 1].isspace() and not self.text[at : at + 1].isspace():
            # the value stands in a bracket set aside as telling an end ("the 2023 rules (six months, and the X category,
            # which no longer exists)"): its own clause is read inside the bracket
            opened = self.text.rfind("(", 0, at) + 1
            closed = self.text.find(")", at)
            text, at = self.text[opened : closed if closed >= 0 else len(self.text)], at - opened
        start, end = own_clause_bounds(text, at)
        clause = text[start:end]
        if self._gone_row:
            return True
        if states_removal(clause):
            # (not a value said to hold still after the removal: "… not the CRS bonus for job offers that was abolished
            # in 2025: it still counts toward the 67-point pass mark")
            gone = [m.end() for m in REMOVED.pattern.finditer(lowered(text), start, at)]
            # (nor the old figure the end is said of, before today's: "la règle n'est plus de six mois : il faut
            # maintenant 12 mois", "it is no longer 6 months: you now need 12")
            return not (gone and (_STILL.search(text, gone[-1], at) or
                                  ((old := OLD_FIGURE_AFTER_END.match(text, gone[-1])) is not None and old.end() <= at
                                   and _TODAY_AFTER.search(text, old.end(), at) is not None)))
        return HISTORY.found(clause) and any(not _A_CATEGORY_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                             for m in _GONE_OF_IT.finditer(text, end))

    @cached_property
    def is_rule(self) -> bool:
        """States an obligation or a minimum (not narrative)."""
        # a rule stated as unchanged ("The other basics haven't moved: …") is tonight's rule too
        return (self.past or REQUIREMENT_CUE.found(self.text) or UNCHANGED_RULE.found(self.text) or self.is_table_row
                or RULE_NOW.found(self.text)  # "Aujourd'hui, c'est douze mois", after the rule as it was
                # (a correction's right figure for whom it names: "Le bon niveau, c'est NCLC sept … pour la catégorie …"; naming
                # no one, it is the wrong claim's, of the ability or program that claim named)
                or (RIGHT_FIGURE.found(self.text) and bool(subjects_in(self.text)))
                or _TOPIC_THEN_IT_IS.match(self.text) is not None  # "Et pour la langue, c'est …" among spoken rules
                or _LEVEL_OF_A_SUBJECT.search(self.text) is not None
                or _INVITED_IF.search(self.text) is not None  # "… pouvez être invités … si vous atteignez NCLC 7"
                or _ANSWER.match(self.text) is not None  # an FAQ's "A. Two years of …" answers what the rule is
                or self._answers_the_heading() or self._answers_its_line() or self._answers_its_number()
                or self.is_grid_item or self.is_label_value or self.ctx.corrects_the_claim(self.sentence)
                or self._figure_line_under_subject_heading() or self._figures_after_their_subject()
                or self._restates_the_rule_above()
                or self._after_a_confirmed_answer() or self._one_more_figure()
                or self._answers_what_is_needed()
                or DECLARED_BOX.match(self.text) is not None  # (what a form's box declares is its condition)
                or (self.text is not self.sentence.text and self.ctx.corrected_part(self.sentence) == self.text)  # (what
                # a correction gives instead: "…, c'était une erreur : la période qui compte couvre …")
                or (self.lead is not None and (REQUIREMENT_CUE.found(self.lead.text) or CONDITIONS_LEAD_IN.found(self.lead.text)
                                               or UNCHANGED_RULE.found(self.lead.text) or self._under_subject_heading())))

    def _invited_in_the_round(self) -> bool:
        """"Pour être invités, les candidats devaient avoir …", "To be invited, candidates had to …" on a page reporting a
        round: the conditions of the round just held, told in its past, are today's rule (not those of an earlier year)."""
        if not _TO_BE_INVITED.match(self.text) or self.ctx.published is None or \
                any(int(y) < self.ctx.published.year for y in YEAR_2000S.findall(self.text)):
            return False
        return self.ctx.remembered(("reports_a_round",), lambda: ROUND_NUMBER.search(self.ctx.text) is not None)

    def _answers_what_is_needed(self) -> bool:
        """A reply opening on a figure under a question asking what is needed ("… what score do I need?" over "CLB 7 in
        every skill …"): the answer states the rule."""
        if self.ctx.line_opening(self.sentence) is not self.sentence or _OPENS_ON_FIGURE.match(self.text) is None:
            return False
        if (asked := replied_question(self.ctx, self.sentence)) is None:
            # (a thread writing its author and its "Reply · 1d" on short lines of their own, with no colon)
            i = self.ctx.index(self.sentence)
            above = self.ctx.sentences[max(0, i - REPLY_HEADER_LINES - 1) : i]
            asked = next((line for line in reversed(above) if line.text.rstrip().endswith("?")), None)
            if asked is None or any(len(line.text) > AUTHOR_LINE_CHARS for line in above[above.index(asked) + 1 :]):
                return False
        return REQUIREMENT_CUE.found(asked.text)

    def _one_more_figure(self) -> bool:
        """A figure said "too" right after a rule on its line, with no verb of its own ("Pour le PTMSF il faut 2 ans dans le
        métier. NCLC 4 en lecture aussi."): one more condition of that rule."""
        if _OPENS_ON_FIGURE.match(self.text) is None or _TOO.search(self.text) is None:
            return False
        above = self.ctx.antecedent(self.sentence)
        return above is not None and above.line_start == self.sentence.line_start and REQUIREMENT_CUE.found(above.text)

    def _after_a_confirmed_answer(self) -> bool:
        """The rule told right after a quiz's answer is said to be right: "C'est exact ! Deux ans à temps plein …"."""
        opening = self.ctx.line_opening(self.sentence)
        return opening is not self.sentence and CONFIRMED_ANSWER.search(opening.text) is not None

    def _restates_the_rule_above(self) -> bool:
        """The figure of the rule just stated, in other units: "You need a year of full-time work. In hours, that is
        1,560 hours." ("soit 1 560 heures", "c'est-à-dire 12 mois")."""
        return (above := self._restated()) is not None and REQUIREMENT_CUE.found(above.text)

    def _restated(self) -> Sentence | None:
        return restated_above(self.ctx, self.sentence, self.text)

    def _answers_the_heading(self) -> bool:
        """The first sentence under a heading that asks ("Which level for the FSW?" then "CLB 7 in each ability."): an
        FAQ's answer states the rule."""
        i = self.ctx.index(self.sentence)
        return i > 1 and self.ctx.is_heading(above := self.ctx.sentences[i - 1]) and above.text.rstrip().endswith("?") \
            and _ASKS_A_MEASURE.search(above.text) is not None and self.sentence.start == self.sentence.line_start

    def _answers_its_number(self) -> bool:
        """A quiz's numbered answer, when the question of its number asks how much ("5. Quels niveaux de langue
        demande …?" … "5. NCLC 5 à l'oral …"): it states the rule asked for."""
        return (asked := numbered_question(self.ctx, self.sentence)) is not None and _ASKS_A_MEASURE.search(asked) is not None

    def _answers_its_line(self) -> bool:
        """The answer after a short question opening its line, as a flashcard or an inline FAQ writes it ("- CEC –
        expérience ? Douze mois d'emploi qualifié au Canada"): it states the rule the question asks for."""
        # (a card's question, an item of a list of questions: not a question told in a thread, "Does she qualify?
        # No - …, so she meets it"; nor an aside in brackets after it)
        asked = self.ctx.question_on_line(self.sentence)
        return asked is not None and asked is self.ctx.line_opening(self.sentence) and \
            self.ctx.is_list_item(asked) and not self.text.startswith("(") and \
            (len(asked.text) <= SHORT_LINE or _ASKS_A_MEASURE.search(asked.text) is not None)

    def _figure_line_under_subject_heading(self) -> bool:
        """A short line opening on its figure right under a heading that names a program or a category ("*Federal
        Skilled Trades*" then "24 months of full-time experience in the trade during the last 5 years."): a slide's or a
        digest's statement of the rule."""
        i = self.ctx.index(self.sentence)
        if i == 0 or self.sentence.start != self.sentence.line_start or len(self.text) > FIGURE_LINE or \
                not _OPENS_ON_FIGURE.match(self.text):
            return False
        above = self.ctx.sentences[i - 1]
        return self.ctx.is_heading(above) and bool(subjects_in(above.text))

    def _figures_after_their_subject(self) -> bool:
        """Figures noted one after the other with no verb, right after a sentence naming the one program or category
        they are for ("The FST is its own thing. 3 yrs in a trade over 5 yrs, CLB 5 oral"): a terse note's rule."""
        i = self.ctx.index(self.sentence)
        if i == 0 or self.text is not self.sentence.text or len(self.text) > NOTE_LINE or \
                not _OPENS_ON_FIGURE.match(self.text) or len(_NOTED_FIGURES.findall(self.text)) < 2:
            return False
        above = self.ctx.sentences[i - 1]
        return above.line_start == self.sentence.line_start and len(subjects_in(above.text)) == 1 and \
            not _FIGURE.search(above.text)

    def _under_subject_heading(self) -> bool:
        """A bullet right under a heading that names a program or a category ("PTMSF — rappel" then "• 2 ans
        d'expérience dans le métier") or announces conditions ("Les conditions à remplir"), or nested under an item that
        names one: the list is its conditions."""
        # (or a lead-in naming one, closing its line with a colon after other words: "That's not right. Here's the FST's
        # list:")
        return (self.ctx.is_heading(self.lead) and (bool(subjects_in(self.lead.text)) or
                                                    CONDITIONS_HEADING.match(self.lead.text) is not None)) or \
            (self._closes_its_line_with_colon(self.lead) and bool(subjects_in(self.lead.text))) or \
            any(subjects_in(parent.text) for parent in self.ctx.parent_items(self.sentence)) or \
            short_program_label(self.ctx, self.lead) is not None  # ("Travailleurs qualifiés — l'essentiel :")

    def _closes_its_line_with_colon(self, sentence: Sentence) -> bool:
        i = self.ctx.index(sentence) + 1
        return sentence.text.rstrip().endswith(":") and (i >= len(self.ctx.sentences) or
                                                         self.ctx.sentences[i].line_start != sentence.line_start)

    def speaks_of(self, topic: re.Pattern[str]) -> bool:
        """The sentence, the lead-in of its list, the items a nested item sits under ("Expérience" over "- 12 mois
        minimum") or the header of its table ("| Catégories | Expérience exigée |") names ``topic``."""
        return topic.search(self.text) is not None or (self.lead is not None and topic.search(self.lead.text) is not None) \
            or (self.lead is not None and _PRONOUN_OPENING.match(self.lead.text) is not None  # (the lead-in's pronoun: "Votre
                # expérience dans le métier doit satisfaire à chacune des exigences. Elle doit :", what the sentence before names)
                and topic.search(self.ctx.text, self.lead.line_start, self.lead.start) is not None) \
            or (self.is_table_row and topic.search(self.ctx.table_header(self.sentence) or "") is not None) \
            or any(topic.search(parent.text) is not None for parent in self.ctx.parent_items(self.sentence)) \
            or (self.is_label_value and (heading := self.ctx.heading_before(self.sentence)) is not None
                and topic.search(heading.text) is not None)  # "Minimum : 12 months" under "Work experience (categories)"

    @property
    def is_grid_item(self) -> bool:
        """A list item "Provincial nomination: 600 points": a row of a points grid, as a table row is."""
        return GRID_ITEM.match(self.text) is not None and self.ctx.is_list_item(self.sentence)

    @property
    def is_label_value(self) -> bool:
        """A whole line or list item "Expérience de travail : 12 mois" (a form, a definition list, a fact sheet)."""
        # a short label may follow another sentence on its line, as in notes: "67 pts / 100. Exp. : 1 an continu"; any
        # label may follow a bullet glyph inside its line ("☐ Language test booked ☐ Federal Skilled Worker: CLB 7")
        if self._after_short_label():
            return True  # "2.1 Experience. Two years of full-time work …": a numbered item's label, then its value
        if (dash := DASH_LABEL.match(self.text)) is not None and (
                (len(self.text) <= SHORT_LINE and not self.ctx.text[self.sentence.line_start : self.sentence.start].strip(LINE_MARKS))
                or program_names(label := self.text[: dash.end() - 1]) or SHORT_PROGRAM_LABEL.match(label)):
            # (a dash in running prose, "On retrouve les habituées – le français, …", sets apart, not labels; a program's
            # name before it labels what follows, however long: "Canadian Experience Class – 12 months of …")
            return True
        if (long := _LONG_LABEL.match(self.text)) is not None and program_names(long.group("label")) and \
                not self.ctx.text[self.sentence.line_start : self.sentence.start].strip(LINE_MARKS):
            return True  # a program's full name as a clause's label: "1.1 Programme des …, volet fédéral (PTMSF) : 24 mois …"
        return (label := LABEL_VALUE.match(self.text)) is not None and (
            self.sentence.start - self.sentence.line_start <= 4 or label.start("sep") <= SHORT_LABEL
            # (nothing but a figure after the separator, anywhere on its line: "The biggest boost is a nomination: 600
            # points.")
            or _ONLY_A_FIGURE.fullmatch(self.text, label.end("sep")) is not None
            # (a nested item's label, "    - Reading / writing: CLB 4": only its indent and bullet before it)
            or not self.ctx.text[self.sentence.line_start : self.sentence.start].strip(LINE_MARKS)
            or INLINE_BULLET_BEFORE.search(self.ctx.text, max(self.sentence.line_start, self.sentence.start - 4),
                                           self.sentence.start) is not None)

    def _after_short_label(self) -> bool:
        """The sentence follows, on its line, a numbered label of one or two words closed by a period ("2.1 Experience.")."""
        i = self.ctx.index(self.sentence)
        if i == 0 or self.sentence.start == self.sentence.line_start:
            return False
        before = self.ctx.sentences[i - 1]
        label = _SECTION_NUMBER.sub("", before.text)
        if before.line_start != self.sentence.line_start or not label.endswith(".") or any(c.isdigit() for c in label):
            return False
        # (numbered: "Hi." is no label; or a run-in heading naming a program: "Canadian Experience Class. A year of skilled …")
        return (label != before.text and len(label.split()) <= 2) or (
            before.start == before.line_start and len(label.split()) <= 5 and bool(subjects_in(label)))

    @cached_property
    def is_history(self) -> bool:
        """The sentence's own statement is in the past; a past told only in an aside ("(formerly skill levels A
        and B)", "là où il visait auparavant le niveau B", "contre 6 mois jusqu'ici") is a previous value beside
        a rule of today."""
        if self.past or _THIS_ROUND.search(self.text) or DECLARED_BOX.match(self.text) or self._invited_in_the_round():
            # (a round page tells its round's conditions in the past: "pour cette ronde, il fallait …"; a form's box,
            # the applicant's own past: "[ ] 1.2  This work was done in the 10 years before I apply")
            return False
        if self.is_table_row and ARCHIVED.found(self.ctx.band_above(self.sentence) or ""):
            return True  # a row under a band that keeps the old values: "| Anciens montants, … |  |  |"
        if (i := self.ctx.index(self.sentence) + 1) < len(self.ctx.sentences) and \
                self.ctx.sentences[i].line_start == self.sentence.line_start and _EARLIER_ROUNDS.search(self.ctx.sentences[i].text):
            return False  # the round just held told in the past, then the earlier rounds' figure: "… had to have a year.
            # In earlier rounds of the category, six months was the minimum."
        low = without_asides(self.text).lower()
        # "In 2023, the year targeted draws started, the minimum was six straight months": an earlier year, in the past
        if opens_on_a_past_year(self.ctx, self.text):
            return True
        relative = _rule_in_relative_clause(low)
        for told in HISTORY.matches(low):
            if relative is not None and told.end() <= relative:
                continue  # "Only CEC profiles were picked, which asks for a year …": the clause tells today's rule
            # "… continue de donner droit à 600 points; l'agent vérifie que le certificat était valide": a past told
            # in a clause of its own, without a figure, leaves the rule stated beside it
            start, end = low.rfind(";", 0, told.start()) + 1, low.find(";", told.end())
            if start or end != -1:
                if not find_quantities(low[start : end if end != -1 else len(low)], self.ctx.language):
                    continue
            # (or a story's past framing the rule a colon opens, told in the present: "Ils devaient aussi prouver leurs
            # fonds : pour deux personnes, le montant exigé est de 19 001 $ CA")
            if (colon := low.find(":", told.end())) != -1 and len(low[start:colon].split()) >= FRAMING_WORDS and \
                    not find_quantities(low[start:colon], self.ctx.language) and _PRESENT_RULE.search(low, colon) and \
                    not HISTORY.found(low[colon:]):
                continue
            # "IRCC demande 12 mois …, alors qu'en 2025 six mois suffisaient": today's rule first, its past in a clause
            # of contrast after it
            before = low[: told.start()]
            if _PAST_CLAUSE.search(before) and REQUIREMENT_CUE.found(before) and find_quantities(before, self.ctx.language):
                return False
            # "c'était 6 mois, maintenant 12 mois", "il en fallait 6 ; on l'a porté à 12 mois": the past, then
            # today's value
            # ("six months used to be enough; since 2026 every category wants 12": the past, then since when today's holds)
            return not NOW.found(low[told.end() :]) and not CHANGED_TO.search(low, told.end()) and \
                not _SINCE_YEAR.search(low, told.end())
        return False

    @property
    def is_table_row(self) -> bool:
        return self.text.startswith("|")

    def requirement(
        self,
        subject: str,
        criterion: str,
        value: int | float | list,
        *,
        operator: str,
        qualifiers: Qualifiers | None = None,
        previous: int | float | list | None = None,
        at: int | None = None,
    ) -> Requirement:
        """A requirement read from this statement; ``at``, where its value stands, scopes a stated removal
        to the value's own clause."""
        value = as_number(value) if isinstance(value, float) else value
        previous = as_number(previous) if isinstance(previous, float) else previous
        if previous == value:
            previous = None  # "douze mois (auparavant un an)": the same rule reworded, no change
        removed = self.removed if at is None else self.removed_at(at)
        # "Arranged employment: zero CRS points from 25 March 2025": points the system awards no more are a removal
        removed = removed or (criterion == "crs_points" and value == 0)
        if removed and value not in (0, []):
            # "la suppression des 50 ou 200 points", "| Offre d'emploi | 50 ou 200 points | aucun |": the value named
            # is what was removed, never a new rule
            value, previous = (0 if not isinstance(value, list) else []), value
        return Requirement(
            subject=subject,
            criterion=criterion,  # type: ignore[arg-type]
            operator=operator,  # type: ignore[arg-type]
            value=value,
            unit=CRITERIA[criterion].unit,
            qualifiers=qualifiers or _NO_QUALIFIERS,
            effective_from=None if UNCHANGED_RULE.found(self.text) else (
                self._effective_at(at) or self.inherited_date(criterion, previous is not None, subject)
            ),
            previous_value=previous,
            stated_change="removed" if removed else stated_change(value, previous),  # type: ignore[arg-type]
            evidence=self.ctx.evidence(self.sentence),
        )


# an end said of what the clause before told: "… mais ça n'existe plus", "…, but that is gone now", "which was scrapped"
_GONE_OF_IT = re.compile(r"\b(?:ça|cela|ceci|this|that|it|which)\s+(?:\w+\s+){0,2}?(?:n['’]\s?existe\s+plus|no\s+longer\s+(?:exists|applies)|"
                         r"(?:is|was|has\s+been)\s+(?:now\s+)?(?:gone|removed|scrapped|abolished)|a\s+été\s+(?:supprimée?|abolie?)|ended|"
                         r"a\s+disparu|ont\s+disparu|disappeared)\b",
                         re.IGNORECASE)
_A_CATEGORY_BEFORE = re.compile(r"\b(?:category|catégorie)\s*,\s*$", re.IGNORECASE)  # "…, and the X category, which is gone"


_PROVINCIAL = re.compile(r"\bvolets?\b|\bstreams?\b|\bprovinc|\bterritori|\bOntario\b|\bQuébec\b|\bQuebec\b", re.IGNORECASE)


def _names_other_jurisdiction(ctx: TextContext, above: Sentence) -> bool:
    """A heading or a lead-in names another jurisdiction, neither set apart ("Hors Québec") nor beside Canada or one of
    the federal programs; remembered per sentence: every statement under it asks."""
    # (a place in brackets is where someone is, not what the section is about: "SPEAKER 2: Grace Liu, agent (Brisbane,
    # Australia)")
    text = _PLACE_IN_BRACKETS.sub(" ", above.text)
    return ctx.remembered(("names_other_jurisdiction", above.start, above.end), lambda: bool(
        _OWN_STREAM.search(text) or (OTHER_JURISDICTION.found(text) and not OUTSIDE_JURISDICTION.found(text)
                                     and not _CANADA.found(text) and not set(program_names(text)) - {"pnp"})))


_PLACE_IN_BRACKETS = re.compile(r"\([^()\d]{1,40},[^()\d]{1,40}\)")  # "(Brisbane, Australia)", "(Lyon, France)": a town, its country


# a province's own stream, even one that feeds Express Entry: "chaque province a son propre volet", "its own stream"
_OWN_STREAM = re.compile(r"\b(?:son|sa|leurs?)\s+propres?\s+(?:volets?|programmes?|filières?)\b|"
                         r"\b(?:its|their)\s+own\s+(?:streams?|programs?|programmes?|nominee\s+programs?)\b|"
                         # or a province named with criteria of its own: "Alberta's own conditions", "la Saskatchewan
                         # ajoute ses propres exigences"
                         rf"\b(?:{PROVINCES})\b[^.]{{0,60}}?(?:\b(?:its|their)\s+own|['’]s\s+own|\b(?:ses|leurs)\s+propres)\s+"
                         r"(?:[\w-]+\s+)?(?:criteria|requirements|rules|conditions|critères|exigences|règles)\b|"
                         # requirements "set by Manitoba", "fixées par l'Ontario"; "to be eligible for an Alberta nomination"
                         rf"\b(?:set|fixed|defined|established)\s+by\s+(?:the\s+(?:province|government)\s+of\s+)?(?:{PROVINCES})\b|"
                         rf"\b(?:fixée?s?|établie?s?|définie?s?)\s+par\s+(?:la\s+|le\s+|l['’]\s?)?(?:{PROVINCES})\b|"
                         rf"\b(?:eligible|qualify)\s+for\s+an?\s+(?:{PROVINCES})\s+nomination\b|"
                         rf"\badmissible\s+à\s+une\s+nomination\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s?)?(?:{PROVINCES})\b", re.IGNORECASE)


# today's value told after the old one: "…: il faut maintenant …", "; now …", "but …" (not "les 50 points (ou 200 …)")
_TODAY_AFTER = re.compile(r"[:;—–]|\b(?:mais|but|now|désormais|maintenant|aujourd['’]hui|today)\b", re.IGNORECASE)


def under_other_jurisdiction(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> bool:
    """The section ("Si vous restez au Québec") or the list's lead-in is about another jurisdiction's rules."""
    heading = ctx.heading_before(sentence)
    above = [lead, heading]
    if sentence.text.startswith("|") and (top := ctx.sentence_at(ctx.table_top(sentence))) is not None:
        above.append(top)  # a table's header: "| Criterion | Prince Edward Island requirement |"
    refers_back = SUBJECT_REFERS_BACK.found(sentence.text) or THIS_DRAW.found(sentence.text)
    i = ctx.index(sentence)
    before = ctx.antecedent(sentence) if refers_back else ctx.sentences[i - 1] if i and \
        ctx.sentences[i - 1].line_start == sentence.line_start else None
    if before is not None and set(program_names(before.text)) - {"pnp"} and not _names_other_jurisdiction(ctx, before) \
            and not OTHER_JURISDICTION.found(sentence.text):
        return False  # "It wants two years …" after "… the Federal Skilled Trades Program": the federal program's
    if refers_back:
        above.append(before)  # "Pour y être admissible, …" after a province's own stream
    # (a heading setting another country beside Canada, "Ce que la Suisse pourrait apprendre du système canadien",
    # heads a comparison: only the sentences naming the other country are about it)
    # (a heading naming one of the federal programs is about it, wherever the reader comes from: "Partir depuis la
    # Belgique : le PTQF")
    if not any(s is not None and _names_other_jurisdiction(ctx, s) for s in above):
        return False
    # (a section under a heading naming the other country as a party, "Ce que fait l'employeur belge", whose paragraphs
    # state a federal program's rules: its sentences naming no one go on with the program, not with the country)
    # (the nearest sentence above naming either names the program: "Australia remains the rival. Its visa needs 65
    # points" stays Australia's)
    if heading is not None and lead is None and not sentence.text.startswith("|") and not OTHER_JURISDICTION.found(sentence.text):
        named = next((s for s in reversed(ctx.sentences[max(ctx.index(heading) + 1, i - SECTION_REACH) : i])
                      if OTHER_JURISDICTION.found(s.text) or set(program_names(s.text)) - {"pnp"}), None)
        if named is not None and not named.text.startswith("|") and not OTHER_JURISDICTION.found(named.text):
            return False
    # "À l'inverse, le PTQF exige …" in a section on Québec: the federal program named is the subject
    return not (set(program_names(sentence.text)) - {"pnp"} and not OTHER_JURISDICTION.found(sentence.text)
                and not _PROVINCIAL.search(sentence.text))


SECTION_REACH = 40  # sentences of a section looked at, up from a sentence, for the one naming its subject
EVERY_CATEGORY_FROM = 5  # categories named together above a rule that names none: the list of the year's categories
_GONE_CELL = re.compile(r"\s*(?:removed|abolished|eliminated|scrapped|discontinued|supprimée?s?|abolie?s?|retirée?s?|éliminée?s?)\b",
                        re.IGNORECASE)
_CANADA = Cue(r"\bcanad(?:a|ienne?s?|ian)\b|\bottawa\b|\bircc\b|\bexpress\s+entry\b|\bentrée\s+express\b")
_NOT_A_RULE_OR_PERSONAL = AnyOf(NOT_A_RULE, PERSONAL_CASE)


def _not_canadas_rule(text: str) -> bool:
    """Not a rule, someone's own case, or another country's or Québec's rule (not a federal rule for experience
    "acquise hors Québec", gained outside it)."""
    if _NOT_A_RULE_OR_PERSONAL.found(text):
        return True
    if (at := OTHER_JURISDICTION.position(text)) is None or OUTSIDE_JURISDICTION.found(text):
        return False
    # (a province named only in advice after the rule's figures, its own clause holding none: "A provincial
    # nomination still adds +600 to your CRS score, so check Alberta's own stream too")
    last_figure = max((m.end() for m in _FIGURE.finditer(text)), default=-1)
    if 0 <= last_figure < at and _ADVICE_AFTER.search(text, last_figure, at):
        return False
    # (nor one named only after a full stop inside a quoted turn the splitter kept whole: "« … la note de passage c'est
    # soixante-sept. Quatre-vingts, c'est le Japon, tu mélanges. »": the part before is Canada's)
    if (stop := _last_stop_before(text, at)) is not None:
        return _not_canadas_rule(text[:stop])
    # (nor one named only to be set apart from the federal rule whose figure follows: "the MPNP ranking grid is
    # distinct from the federal 67-point grid")
    figures_after = [m.start() for m in _FIGURE.finditer(text, at)]
    return not (figures_after and _SET_APART_FROM_FEDERAL.search(text, at, figures_after[0]))


_SET_APART_FROM_FEDERAL = re.compile(r"\b(?:separate|distinct|different|apart|distincte?s?|différente?s?|séparée?s?)\s+(?:from|de|du|des)\s+"
                                     r"(?:the\s+|la\s+|le\s+|l['’]\s?)?(?:federal|fédéra\w*)\b", re.IGNORECASE)


_STOP = re.compile(r"(?<=\w\w)[.!?]\s+(?=[A-ZÀ-Ý])")  # (not an initial or a mark: "R. Non, …", "M. Diallo")


def _last_stop_before(text: str, at: int) -> int | None:
    """The end of the last inner sentence before ``at`` (a quoted turn kept whole), None when there is none."""
    return max((m.start() + 1 for m in _STOP.finditer(text, 0, at)), default=None)


_ADVICE_AFTER = re.compile(r",\s*(?:so|then|and|but|donc|alors|et|mais)\b|"
                           # (or after a dash or a colon: "… 600 points — check Ontario's own draws", "… : regarde le volet …")
                           r"\s[—–:]\s*(?:\w+\s+){0,2}?(?:check|look|see|regarde\w*|voy\w*|jet\w*|consult\w*|vérifi\w*)\b",
                           re.IGNORECASE)
# where a sentence turns from one country's rule to another's
_OTHER_SIDE = re.compile(r",?\s+(?:alors\s+qu|tandis\s+qu|contre\b|whereas\b|while\b|compared\s+(?:to|with)\b|unlike\b|"
                         r"contrairement\s+(?:à|au|aux)\b|versus\b|vs\.|"
                         # (a figure set against another's: "…, much lower than the 30 New Zealand awards", "bien moins que …")
                         r"(?:far\s+|much\s+|well\s+|bien\s+|beaucoup\s+)?(?:less|more|lower|higher|fewer|moins|plus)\s+(?:than|que|qu['’]))",
                         re.IGNORECASE)


_FIGURE = re.compile(r"\d")
# a value said to hold on past a removal: "it still counts toward …", "elle reste comptée …"
_STILL = re.compile(r"\b(?:still|toujours|encore|continues?\s+to|continue\s+(?:de|d['’])|remains?|reste)\b", re.IGNORECASE)
# the old rule, called so, said gone: "the old six-month rule no longer applies", "l'ancienne exigence de six mois a été
# abandonnée"
_OLD_RULE_GONE = re.compile(
    r"\b(?:the\s+)?(?:old|former|previous|l['’]\s?ancienne|la\s+vieille|la\s+précédente|l['’]\s?ex-)\s*[^.;,]{0,30}?"
    r"\b(?:rule|requirement|minimum|threshold|règle|exigence|norme|seuil)\b[^.;,]{0,40}|"
    # the old rule named by its figure: "the six-month rule is history", "la règle des six mois n'existe plus"
    r"\b(?:the\s+)?(?:\d+|one|two|three|five|six|ten|twelve|half)[- ](?:months?|years?)\s+(?:rule|requirement|minimum|threshold|bar)\b[^.;,]{0,40}|"
    r"\b(?:la\s+|l['’]\s?)?(?:règle|exigence|norme|seuil)\s+(?:des|de)\s+(?:\d+|six|douze|deux|trois|cinq|dix)\s+(?:mois|ans?)\b[^.;,]{0,40}",
    re.IGNORECASE)
# a concessive clause: "…, même si l'offre ne change plus rien au score", "Although the points were scrapped, …"
_CONCESSION = re.compile(r"(?:^|,?\s+)(?:même\s+si|bien\s+que|quoique|even\s+though|although)\b[^.;,]*", re.IGNORECASE)


def _first_figure(text: str) -> int:
    """Where the first digit or cue of a rule stands (the end of the text when there is none)."""
    digit = _FIGURE.search(text)
    cue = REQUIREMENT_CUE.position(text)
    return min(p for p in (digit.start() if digit else len(text), cue if cue is not None else len(text)))


# "Si vous visez plutôt une ronde par catégorie, …", "If you apply through the FSWP instead, …": a condition that
# only names the program or category a rule is for, with no figure of the reader's own.
# "If no category fits you, the CEC still asks for a year of work": a condition on the reader, then a clause that
# names its own program or category and states its rule.
# (after "for instance", the program an instance names: "Par exemple, si votre dossier relève du PTQF, il vous faut …")
LEADING_CONDITION = re.compile(r"^\s*(?:(?:et|and|mais|but)\s+|(?:par\s+exemple|for\s+(?:example|instance))\s*,\s*)?(?:si|s['’]il|if)\b"
                               r"[^,:;.?!]{3,140}[,:]", re.IGNORECASE)


_TEER_LEVELS = re.compile(r"\b(?:TEER|FÉER|FEER)\s+\d(?:\s*(?:,|ou|or|à|to|-|–|et|and)\s*\d)*", re.IGNORECASE)


_PART_TIME = re.compile(r"\bpart[- ]time\b|\btemps\s+partiel\b", re.IGNORECASE)


def _scope_condition_end(text: str) -> int | None:
    """Where a leading condition that names the rule's program or category, or is followed by a rule naming its own,
    ends."""
    m = LEADING_CONDITION.match(text)
    if m is None:
        return None
    if _FIGURE.search(_TEER_LEVELS.sub("", m.group())) is None and _TEER_LEVELS.search(m.group()):
        return m.end()  # "Si votre poste est de niveau FÉER 0 ou 1, il vous faut NCLC 7": which rule, not whose case
    if WITH_YOUR_SPOUSE.search(m.group()) and not _FIGURE.search(m.group()):
        return m.end()  # "If you arrive with your spouse, the figure is $19,001": which household, not whose case
    if _FIGURE.search(m.group()) or PERSONAL_CASE.found(m.group()):
        return None
    if _PART_TIME.search(m.group()):
        return m.end()  # "If you worked part-time, the total is the same: 1,560 hours": how the rule counts
    rest = text[m.end() :]
    names_its_own = bool(subjects_in(rest)) and REQUIREMENT_CUE.found(rest) and not MODAL.found(rest)
    # (or the program or category the section is about: "Si vous entrez dans le bassin par ce programme, il vous faut …")
    return m.end() if subjects_in(m.group()) or names_its_own or THIS_PROGRAM.found(m.group()) or THIS_CATEGORY.found(m.group()) \
        else None


_SOLVED = re.compile(r"\s*[\[(](?:résolu|resolved|solved|réglé)[\])]\s*$", re.IGNORECASE)


def is_question(text: str) -> bool:
    """"Faut-il 12 mois d'expérience ?", "Do I need 2 years? [Solved]": a question asks, the answer states."""
    # (closing quotes and a reaction after the mark: "… pour la catégorie français ?" 🤔"; the two cuts only remove
    # characters, so a text without "?" is not looked at: most sentences)
    if "?" not in text:
        return _ASKS.match(text) is not None
    if _ENDS_ASKING.search(_TRAILING_MARKS.sub("", _SOLVED.sub("", text))) or _ASKS.match(text) is not None:
        return True  # (asked with surprise too: "… 24 mois maintenant ?!")
    # a question quoted with its answer after it ("Segment 4: "Do 8 months count?" (short answer: no)"): the figures
    # are all the question's
    quoted = _QUOTED_QUESTION.search(text)
    if quoted is not None and not _FIGURE.search(_TIME_MARK.sub("", text[: quoted.start()] + text[quoted.end() :])):
        return True
    if choices_at(text) >= 0:
        return True  # a quiz's question and its options ("…? (a) 6 months (b) 12 months"): the figures are choices
    # a chat's question run on into its next words, none a figure ("so the bonus is still 50 right? need it for the FAQ")
    asked = text.rfind("?")
    if (after := text[asked + 1 :].lstrip()) and after[0].islower() and not _A_NUMBER.search(after):
        return True
    # an answer after its question on one line, with no figure of its own ("Q. Faut-il encore 6 mois ? R. Non."): the
    # figures are the question's
    return _ANSWER_AFTER.match(text, asked + 1) is not None and not _A_NUMBER.search(text, asked + 1)


# a question asking how much a rule asks: "Quel niveau pour le PTQF ?", "How much experience?", "What does … ask for?"
_ASKS_A_MEASURE = re.compile(r"\b(?:quel(?:le)?s?\s+(?:niveau|durée|score|montant|seuil|note|minimum)|combien|how\s+(?:much|many|long)|"
                             r"what\s+(?:level|score|amount|minimum|pass\s+mark)|which\s+level|"
                             r"what\s+does\s+[^?]{0,40}?\b(?:ask|require|need)|que\s+(?:demande|exige)\b|"
                             # "What must a couple … show in settlement funds?", "Quelle somme doit prouver …"
                             r"(?:what|which\s+(?:amount|sum|level|score))\s+(?:must|should)\b[^?]{0,90}?\b(?:show|have|reach|prove)|"
                             r"quelle\s+somme|que\s+doi(?:t|vent)\s+[^?]{0,40}?\b(?:prouver|montrer|justifier|avoir))", re.IGNORECASE)
_A_NUMBER = re.compile(rf"\d|\b(?:{NUMBER})\b", re.IGNORECASE)  # "12", "twelve", "douze"
_QUOTED_QUESTION = re.compile(r"[\"“«]\s*[^\"“”«»]*\?\s*[\"”»]")
_TIME_MARK = re.compile(r"\[?\b\d{1,2}:\d{2}(?::\d{2})?\b\]?")


_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
# (the year summed in hours, the span said first: "In a year, that …", "Sur un an, cela représente …")
_RESTATES = re.compile(r"\s*(?:(?:concrètement|en\s+pratique|autrement\s+dit|en\s+clair|in\s+practice|in\s+other\s+words|put\s+simply|"
                       r"(?:over|in|across)\s+(?:one|a|1)\s+(?:full\s+)?year|sur\s+(?:un|une|1)\s+(?:an|année)(?:\s+complète)?)\s*,\s*)?"
                       r"(?:(?:(?:counted|expressed|measured|converted|put)\s+)?(?:in|en)\s+\w+\s*,\s*)?(?:that['’]s|that\s+is|this\s+is|which\s+is|or|soit|i\.e\.,?|"
                       r"(?:that|this|which|it)\s+(?:comes|works\s+out|adds\s+up)\s+to|"
                       r"c['’]est-à-dire|ce\s+qui\s+(?:fait|représente|donne)|cela\s+(?:fait|représente))\s+(?:about\s+|environ\s+)?"
                       rf"(?:{NUMBER})\s+\w",
                       re.IGNORECASE)
_ANSWER = re.compile(r"(?:a|r|ans|rép|answer|réponse)\s?[.:)–—-]\s", re.IGNORECASE)
_ANSWER_AFTER = re.compile(r"\s*[:—–-]?\s*" + _ANSWER.pattern, re.IGNORECASE)  # the answer's mark after its question
_PAST_YEAR_OPENING = re.compile(r"(?:back\s+)?(?:in|en)\s+(?:\w+\s+)?(?P<year>20\d\d)\s*,[^.;]*?\b(?:was|were|had|needed|required|"
                                r"était|étaient|avait|avaient|fallait|exigeait|demandait|devaient|devait)\b")


def opens_on_a_past_year(ctx: TextContext, text: str) -> bool:
    """"In 2025, applicants needed 6 months of work …" on a page of a later year: the rule as it was that year."""
    opening = _PAST_YEAR_OPENING.match(without_asides(text).lower())
    return opening is not None and ctx.published is not None and int(opening.group("year")) < ctx.published.year
FRAMING_WORDS = 4  # a clause of its own before the colon, not a label ("Auparavant : 6 mois")
# a rule told in the present: "le montant exigé est de …", "the minimum is …", "il faut …"
_PRESENT_RULE = re.compile(r"\b(?:est|sont|reste|restent|is|are|remains?)\s+(?:de|d['’]|of|fixée?s?\s+à|set\s+at)\b|"
                           r"\bil\s+faut\b|\b(?:must|needs?)\b")
_PAST_CLAUSE = re.compile(r"[,;(—–]\s*(?:où|when|alors\s+qu['’]?|tandis\s+qu['’]?|whereas|while|lorsque|quand|"
                          # "…, twice the half-year asked for until last spring", "— contre six mois exigés jusqu'ici"
                          r"(?:double|twice|triple|half|up\s+from|down\s+from|compared\s+(?:with|to)|versus|vs\.?|"
                          r"le\s+double\s+d?e?s?|deux\s+fois|contre|instead\s+of|au\s+lieu\s+d['’]?e?s?|"
                          # "…; this took the place of the half-year floor kept until 2025", "ce qui remplace …"
                          r"(?:this|that|which|it|ce\s+qui|qui|cela|elle)\s+(?:replaced|replaces|has\s+replaced|remplace|a\s+remplacé)))\b[^,;]*$")
_PERSON_WITH_AGE = re.compile(r"\b(?!(?:Âge|Age|Ages|Minimum|Maximum)\b)[A-ZÉÈ][a-zéèëïç]+\s*[,:]\s*\d{2}\s+(?:ans|years?\s+old)\b|"
                              # (or someone unnamed, by age: "Une cliente de 41 ans est passée de 63 à 68 points")
                              r"\b(?:[Uu]ne?|[Nn]otre|[Aa]n?|[Oo]ur)\s+(?:client|cliente|candidat|candidate|lecteur|lectrice|reader|applicant)e?\s+"
                              r"(?:de|d['’]|âgée?\s+de)\s*\d{2}\s+ans\b|\b\d{2}-year-old\s+(?:client|candidate|applicant|reader)\b|"
                              # (or someone made up, by trade and age: "An accountant aged 33 with …", "une comptable âgée de 33 ans")
                              r"\b(?:[Aa]n?|[Uu]ne?)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:aged|âgée?\s+de)\s+\d{2}\b|"
                              # (or named with the level they hold: "Karim holds CLB 8 and a diploma", "Awa a NCLC 9")
                              r"^[A-ZÉ][a-zéèëïç]+\s+(?:has|holds|had|a|avait|détient)\s+(?:an?\s+|un\s+)?(?:CLB|NCLC)\s*\d")
_NOMINATION_POINTS = re.compile(r"\bnominat(?:ion|es?)\b[^.;]{0,140}?\b600\b", re.IGNORECASE)  # (or "If X nominates you, 600 …")
# anyone who has a figure may apply: "Une employée qui a accumulé un an … peut présenter une demande …", "A worker who has
# two years in a trade can apply …"
_ANYONE_WHO_QUALIFIES = re.compile(
    r"\s*(?:un|une|a|an|any|tout|toute)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:qui|who)\s+[^.;]{0,120}?\b(?:peut|peuvent|pourra|est\s+admissible|"
    r"sont\s+admissibles|can|may|is\s+eligible|qualifies)\s+(?:viser|présenter|demander|postuler|apply|qualify|enter|for)\b", re.IGNORECASE)
# a score out of a total with its verdict: a calculator's or a candidate's result ("Grid result: 70/100 (pass)")
# a score given to someone: "L'agent a attribué à la demanderesse 62 points", "the officer gave the applicant 61"
_SOMEONES_SCORE = re.compile(r"\b(?:awarded|gave|granted|assigned)\s+(?:the\s+)?(?:applicant|appellant|candidate|claimant|him|her|them)"
                             r"\s+\d|\b(?:attribué|accordé|donné)\s+(?:au|à\s+la)\s+(?:demandeur|demanderesse|candidate?)\s+\d",
                             re.IGNORECASE)
# (not the bar itself: "… the grid is a 67/100 pass mark")
_SCORE_VERDICT = re.compile(r"\b\d{1,3}\s*/\s*\d{2,4}\s*[(\[—–:-]?\s*(?:pass(?:ed)?(?![\s-]+mark)|fail(?:ed)?|eligible|not\s+eligible|"
                            r"réussie?|échec|admissible|non\s+admissible)\b", re.IGNORECASE)
# a box to tick opening the line, its item's code, then the applicant's own voice ("[ ] 1.3  My occupation is …", "☐ J'ai …")
# (or after the program the box is for: "[ ] Federal Skilled Worker Program: my results reach CLB 7 …")
DECLARED_BOX = re.compile(r"\s*(?:\[\s?[xX✓]?\s?\]|[☐☑☒□■])\s*(?:(?-i:[A-Z])?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|"
                           r"(?:[^:\n\[\]]{1,40}:\s+)?(?:i\s+(?:have|am|hold|will)|i['’](?:ve|m)|my\b|j['’]\s?ai|je\s|mon\b|ma\b|mes\b))",
                          re.IGNORECASE)
_OWN_IF = Cue(r"\bif\s+(?:i|my)\b|\bsi\s+(?:je|j['’]|mon|ma|mes)\b")
# a line crossed as false (a checklist's ✘, a struck-out claim), or a claim a fact-check rules false
# ("« Une offre d'emploi rapporte 50 points » : FAUX", "Myth: … — False")
CROSSED = re.compile(r"\s*[✘✗❌×]|.*[:—–]\s*(?:(?:c['’]est|that['’]s|that\s+is|it['’]s|it\s+is)\s+)?(?:faux|false|mythe?|wrong|intox|"
                     r"inexact|untrue|not\s+true)\s*[.!]*\s*$|"
                     r"\s*(?:myth|mythe|idée\s+reçue|rumou?r|fake)\s*[:—–]", re.IGNORECASE)  # ("MYTH: …" opens what is false)
# "question: does CEC still need …", a quiz's "True or false: a job offer still brings 50 points."
# (or a quiz's task to name what the rule says: "Citez les deux facteurs de la grille du PTQF qui …", "List the …")
_ASKS = re.compile(r"(?:question|q)\s*:|(?:\d+\s*[.)]\s*)?(?:true\s+or\s+false|vrai\s+ou\s+faux|t\s*/\s*f)\s*[:?]|"
                   r"(?:\d+\s*[.)]\s*)?(?:name|list|identify|nommez|citez|énumérez)\s+(?:the|les|two|three|four|deux|trois|"
                   r"quatre|which|quel(?:le)?s)\b", re.IGNORECASE)
_TRAILING_MARKS = re.compile(r"[^\w.!?…]+$")
_ENDS_ASKING = re.compile(r"\?[!?]*$")


def canadas_clause_end(text: str) -> int | None:
    """Where a sentence stating Canada's rule turns to another country's, set beside it ("Canada asks for CLB 7,
    whereas the UK sets its own level"); None for any other sentence."""
    other = _OTHER_SIDE.search(text)
    if other is None or _not_canadas_rule(text[: other.start()]):
        return None
    # (Canada named in the first clause, or only the rule's figure there, the page's own: "Age counts for at most 12
    # points, much lower than the 30 New Zealand awards …")
    if not (_CANADA.found(text[: other.start()]) or _FIGURE.search(text, 0, other.start())):
        return None
    return other.start() if OTHER_JURISDICTION.found(text[other.start() :]) else None


_WHY_CLAUSE = re.compile(r",\s+(?:which\s+is\s+why|which\s+means|that['’]s\s+why|so\s+if|so\s+that|ce\s+qui\s+explique|"
                         r"c['’]est\s+pourquoi|d['’]où\s+l['’]intérêt|donc\s+si)\b", re.IGNORECASE)


def _why_clause_start(text: str) -> int | None:
    """Where a sentence's rule gives way to a clause on why it matters or what follows from it ("…, which is why the
    province's stream matters", "…, so if your employer …"), with no figure of its own; None else."""
    m = _WHY_CLAUSE.search(text)
    if m is None or _FIGURE.search(text, 0, m.start()) is None or _FIGURE.search(text, m.end()) is not None:
        return None
    return m.start()


# A relative clause that states what a program or category asks: "…, qui demande au moins NCLC 7", "…, which requires"
# (the demand may come second in the clause: "…, which ranks candidates out of 100 and requires at least 67 points")
RELATIVE_DEMAND = (r"(?:qui|lequel|laquelle|which|that)\s+(?:[\w'’-]+\s+){0,7}?(?:et\s+|and\s+)?(?:demande|exige|requiert|impose|"
                   r"réclame|fixe|requires?|asks\s+for|demands|needs|calls\s+for|sets|expects)\b")
_RULE_RELATIVE = re.compile(rf",\s+{RELATIVE_DEMAND}", re.IGNORECASE)


def _rule_in_relative_clause(text: str) -> int | None:
    """Where a relative clause stating a named program's or category's rule starts, when the sentence around it is a
    hypothesis or a case ("Elle aurait pu viser la catégorie francophone, qui demande …") and the clause holds the
    figure; None else."""
    m = _RULE_RELATIVE.search(text)
    if m is None or _FIGURE.search(text, 0, m.start()) is not None or _FIGURE.search(text, m.end()) is None \
            or not subjects_in(text[: m.start()]):
        return None
    return m.start() + 1


# a section that is a worked example: "PART D – SAMPLE ANSWERS (for illustration)", "Exemple rempli" (not "for example:",
# a lead-in, nor an address at example.com)
_EXAMPLE_HEADING = re.compile(r"(?<![@.\w])(?<!for\s)(?<!par\s)(?:example|exemple|sample|specimen|spécimen|filled[- ]in|rempli(?:e|s)?|"
                              r"worked\s+case|case\s+study|étude\s+de\s+cas|cas\s+(?:pratique|concret|type)|illustration|"
                              r"mise\s+en\s+situation|scenario|scénario)\b", re.IGNORECASE)


_EXAMPLE_CAPTION = re.compile(r"\|\s*(?:example|exemple|sample|case\s+study|étude\s+de\s+cas)\b", re.IGNORECASE)


def under_example(ctx: TextContext, sentence: Sentence) -> bool:
    """The sentence's section is headed as an example, with no lead-in of its own below the heading: its figures are
    someone's, not the rule."""
    if sentence.text.startswith("|") and _EXAMPLE_CAPTION.match(ctx.table_header(sentence) or ""):
        return True  # a table captioned as an example: "| Exemple : le dossier de Karim |" over his figures
    if _EXAMPLE_LABEL.match(ctx.text, sentence.line_start, sentence.line_start + EXAMPLE_LABEL_CHARS):
        return True  # every sentence of a paragraph labelled as one: "Example: Joseph worked … so he has 13 months …"
    heading = ctx.heading_before(sentence)
    if heading is None or heading is sentence or len(heading.text) > 90 or heading.text.rstrip().endswith(":"):
        return False
    lead = ctx.lead_for(sentence)
    # (or the heading right above a line naming whose example it is, with nothing between: "Worked example" over "Nadia,
    # 29, BSc Nursing, …")
    i = ctx.index(heading)
    above = ctx.sentences[i - 1] if i > 0 and ctx.is_heading(ctx.sentences[i - 1]) and _PROFILE_LINE.match(heading.text) else None
    return (lead is None or lead.start <= heading.start) and not _BOUND_BY_THE_RULES.search(sentence.text) and \
        any(h is not None and _EXAMPLE_HEADING.search(h.text) is not None for h in (heading, above))


_EXAMPLE_LABEL = re.compile(r"\W*(?:(?:worked|real|quick|short)\s+)?(?:example|exemple|case\s+study|étude\s+de\s+cas|illustration)\s*:",
                            re.IGNORECASE)
EXAMPLE_LABEL_CHARS = 30
_PROFILE_LINE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+)?\s*,\s*\d{2}\b")  # "Nadia, 29, BSc Nursing, …"


# the example's candidate held to the program's own rules, listed after the colon: "Comme tout candidat, il doit
# cependant satisfaire aux exigences de base du programme : …", "She must still meet the core requirements: …"
_BOUND_BY_THE_RULES = re.compile(
    r"\b(?:(?:rest|demeur)(?:e|ent)|est|sont|is|are|remains?)\s+(?:\w+\s+){0,2}?(?:soumise?s?\s+(?:à|aux)|subject\s+to|bound\s+by)\s+"
    r"(?:\w+\s+){0,3}?(?:conditions|exigences|règles|critères|requirements|rules|criteria)\b[^:.]{0,50}:|"
    r"\b(?:doit|doivent|devra|devront|must|has\s+to|have\s+to|needs?\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:satisfaire\s+(?:à|aux)|remplir|respecter|meet|satisfy|clear)\s+"
    r"(?:\w+\s+){0,3}?(?:conditions|exigences|règles|critères|requirements|rules|criteria)\b[^:.]{0,50}:", re.IGNORECASE)


# a quotation's speaker named after it, as a story writes it: "…," she said.
_SAID_AFTER_QUOTE = re.compile(r"[”\"»],?\s+(?:he|she|they|il|elle)\s+(?:said|says|added|a\s+dit|a\s+déclaré|a\s+ajouté)\b",
                               re.IGNORECASE)


def quotes_the_case(ctx: TextContext, sentence: Sentence) -> bool:
    """Words quoted from the person whose case the paragraph opens on ("Ana Lima, 29, a nurse, missed the cut-off. "I
    will try a nomination, it gives 600 points," she said."): hers, not the story's statement of a rule."""
    if not _SAID_AFTER_QUOTE.search(sentence.text):
        return False
    opening = ctx.line_opening(sentence)
    return opening is not sentence and CONDITIONAL.found(opening.text)


# what a job pays: "31,50 $/h", "28 $ de l'heure", "$32/hour", "$58,000 a year", "Salaire : à discuter"
_WAGE = re.compile(r"\d[\d\s.,]*\s?\$\s?(?:/\s?h(?:eure)?\b|de\s+l['’]heure|(?:/|par\s+)(?:an|année|heure|semaine)\b)|"
                   r"\$\s?\d[\d,.]*\s?k?\s?(?:/\s?(?:h|hr|hour|year|yr)\b|an\s+hour|a\s+year|per\s+(?:hour|year))|"
                   r"\b(?:salaire|salary|wage|rémunération)\s*:", re.IGNORECASE)


_RUN_ON = re.compile(r"(?<=[.!?\]])\s+")  # sentences a page ran together on one line ("… this year. [Image description] …")


def _part_dated(text: str, when: date) -> str:
    """The part of a run-on sentence that gives the date ``when`` (its year's last mention)."""
    return next((part for part in reversed(_RUN_ON.split(text)) if str(when.year) in part), text)


def restated_above(ctx: TextContext, sentence: Sentence, text: str | None = None) -> Sentence | None:
    """The sentence before, in its paragraph, whose figure this one restates: "…a year of work. That's 1,560 hours."
    (a note under a table, "Soit 3 120 heures", restates its cell, not the note above it). The antecedent is looked
    for only when the sentence opens as a restatement: most do not, and every statement asks."""
    if _RESTATES.match(sentence.text if text is None else text) is None:
        return None
    above = ctx.antecedent(sentence)
    return above if above is not None and above.line_start == sentence.line_start else None


# words no job advert uses: a line speaking of CRS points, a nomination or a province's stream is about immigration,
# whatever wage it quotes ("a nomination is worth 600 CRS points; the province's stream wants $30/h")
_IMMIGRATION_TALK = re.compile(r"\b(?:CRS|SCG|nominations?|nominee|streams?|volets?)\b", re.IGNORECASE)


def in_job_advert(ctx: TextContext, sentence: Sentence) -> bool:
    """A line that pays a wage, with no program, category or Express Entry named on it or in its heading: a job
    advertisement, whose "2 ans d'expérience requis" is the employer's demand, not a rule of the system. Asked once
    per line: a page written as one long line would otherwise be searched whole for each of its sentences."""
    return ctx.remembered(("job-advert", sentence.line_start), lambda: _job_advert_line(ctx, sentence))


def _job_advert_line(ctx: TextContext, sentence: Sentence) -> bool:
    end = ctx.text.find("\n", sentence.end)
    line = ctx.text[sentence.line_start : end if end >= 0 else len(ctx.text)]
    if _WAGE.search(line) is None or subjects_in(line) or EXPRESS_ENTRY.found(line) or _IMMIGRATION_TALK.search(line):
        return False
    heading = ctx.heading_before(sentence)
    return heading is None or not (subjects_in(heading.text) or EXPRESS_ENTRY.found(heading.text))


_BOX_THEN_OPTION = re.compile(r"\s*(?:\[\s\]|☐)\s*\(?[a-hA-H1-9][).:]\s")
_OPTION_THEN_BOX = re.compile(r"\s(?:\[\s\]|☐)\s*$")


def unchosen_option(text: str) -> bool:
    """A quiz export's option left unticked: "A) 60 points ....... [ ]", "☐ b. NCLC 5".

    A function, not one pattern: ".*\\S.*?\\s[ ]$" backtracked quadratically on long lines."""
    if _BOX_THEN_OPTION.match(text):
        return True
    box = _OPTION_THEN_BOX.search(text)
    return box is not None and bool(text[:box.start()].strip())


def quiz_option(ctx: TextContext, sentence: Sentence) -> bool:
    """A line of a quiz's lettered choices under its question ("Q2. How many points …?" over "(a) 50", "(b) 67"): a
    choice, not the rule; and its letter is not an FAQ's "A)" answer. Two lettered lines at least, right under a line
    asking, so that "Q: …?" over a lone "A) Two years …" stays an answer."""
    text = ctx.text
    if _OPTION_LINE.match(text, sentence.line_start) is None or TICKED.search(ctx.line_of(sentence)):
        return False  # (the option a quiz export ticks is its answer: "b) 600 ...... [x] correct")
    options, above = 1, sentence.line_start
    while above > 0:  # (up through the choices above this one, to the line asking)
        above = text.rfind("\n", 0, above - 1) + 1
        if _OPTION_LINE.match(text, above) is None:
            break
        options += 1
    else:
        return False
    if not text[above : text.find("\n", above)].rstrip().endswith("?"):
        return False
    below = text.find("\n", sentence.line_start) + 1
    while below > 0 and _OPTION_LINE.match(text, below) is not None:  # (and down through those below)
        options += 1
        below = text.find("\n", below) + 1
    return options >= 2


# a quiz export's ticked option and its mark: "67 points ...... [x] correct", "NCLC 7 : [x] correcte"
TICKED = re.compile(r"\s*[.…:]*\s*(?:\[[xX✓✔]\]|☑|☒)\s*(?:correcte?|right|bonne\s+réponse)?\s*$", re.IGNORECASE)
# a lettered choice opening its line: "(a) CLB 5", "b) 1,560 hours", "C. 75 out of 100"
_OPTION_LINE = re.compile(r"[ \t]*(?:\(\s*[a-eA-E]\s*\)|[a-eA-E]\)|[A-E]\.)[ \t]+\S")


_OPENING_TIME_MARK = re.compile(r"\s*\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?[ \t]+(?=\S)")
_SOFTWARE_FAULT = re.compile(r"\bbugs?\b|\bcode\s+path\b|\bregression\b|\bhotfix\b", re.IGNORECASE)


def rule_past_exemption(text: str) -> int | None:
    """Where the rule for those an exemption told first does not cover starts ("… she's exempt; if not, a couple has
    to show …"); None when no exemption comes before such a turn."""
    if (at := EXEMPTION.position(text)) is None:
        return None
    return max((m.end() for m in NOT_EXEMPT_TURN.finditer(text, at)), default=None)


def may_state_rule(text: str) -> bool:
    """False for a question, a processing time, a conditional, a candidate's own case or another country's rule."""
    if is_question(text):
        return False
    if (speaker := SPEAKER_TURN.match(text)) is not None and not may_state_rule(text[speaker.end() - 1 :]):
        # what a transcript's speaker says is also judged without the name: "PRIYA: if you're 31 with CLB 8, you sit near
        # 470" opens on its condition (the label may only take a rule away: "MYTH: …" still says it is false)
        return False
    if (mark := _OPENING_TIME_MARK.match(text)) is not None:
        return may_state_rule(text[mark.end() :])  # a caption's line after its time: "3:47 if your reading comes back at CLB 6 …"
    if (turn := rule_past_exemption(text)) is not None:
        return may_state_rule(text[turn:])  # the exemption's own condition scopes over it alone
    if taken_back(text):
        return False
    if faulted_in_itself(text):
        return False
    if _ASKED_WHETHER.search(text):
        return False  # "someone asked whether job offers still bring 50 points": what was asked, not a rule
    if CROSSED.match(text) and not states_removal(text):
        return False  # "✘ An offer of employment still earns 50 points in the pool": a checklist's crossed line says what is false
    if DECLARED_BOX.match(text):
        return True  # a form's box to tick, in the applicant's voice: "[ ] 1.1  I have a minimum of 12 months …"
    if _PERSON_WITH_AGE.search(text):
        return False  # "Karim, 34 ans, …", "Lena: 29 years old, …": a person's profile, not a rule
    if _SCORE_VERDICT.search(text) or CASE_VERDICT.found(text) or _SOMEONES_SCORE.search(text):
        return False  # a score with its verdict is someone's result, not the bar it passed
    if unchosen_option(text):
        return False  # "B) 65 points ....... [ ]": a quiz's option left unticked is a wrong answer
    if _SOFTWARE_FAULT.search(text):
        return False  # "Bug: the estimator still gave +50 for a job offer": what a tool did wrong, not a rule
    if _INVITED_IF.search(text):
        return True  # "vous pouvez être invités dans ces rondes si vous atteignez NCLC 7": who may be invited, the rule
    if _ANYONE_WHO_QUALIFIES.match(text) and not MODAL.found(text):
        return True  # "Une employée qui a accumulé un an … peut présenter une demande": eligibility, not a case
    if _OWN_IF.found(text):
        return False  # "my cousin told me if I land an offer I would earn 50 more": a hope of ones own, not a rule
    if (end := canadas_clause_end(text)) is not None:
        return may_state_rule(text[:end])
    if (end := _why_clause_start(text)) is not None:
        return may_state_rule(text[:end])  # "…, which is why the province's own stream matters to us": the why is an aside
    if (start := _rule_in_relative_clause(text)) is not None:
        return may_state_rule(text[start:])  # "She could have tried the French category, which asks for NCLC 7 …"
    if _NOMINATION_POINTS.search(text) and POINTS_AWARDED.found(text) and not is_question(text):
        return True  # "une nomination de la Nouvelle-Écosse … rapporte 600 points": Express Entry's points
    conditional = CONDITIONAL.found(text)  # asked once: the last test asks it again
    if conditional and POINTS_AWARDED.found(text) and not _not_canadas_rule(text) and not MYTH.found(text):
        return True  # "If a province nominates you, you get an additional 600 points"
    if (end := _scope_condition_end(text)) is not None:
        return may_state_rule(text[end:])
    if READER_CONDITION.found(text) and (colon := RULE_AFTER_COLON.position(text)) is not None:
        # "If you came on a working holiday, the CEC could suit you better: it requires 12 months": the condition and
        # its advice scope over nothing after the colon, where the program's own rule is stated; another country's
        # rule or a candidate's own case anywhere in it still states none
        after = text[colon:]
        return not CONDITIONAL.found(after) and not MODAL.found(after) and not _not_canadas_rule(text)
    if (colon := RULE_AFTER_COLON.position(text)) is not None and (case := PERSONAL_CASE.position(text)) is not None \
            and case < colon:
        return may_state_rule(text[colon:])  # "Et pour M. Kane, qui aimerait aussi … : depuis cette année il faut …"
    # an example or a modal before the first figure (or on the cue, "gives the example of") makes the sentence a case or
    # a hypothesis
    hypothesis = [at for cue in (EXAMPLE_MID, MODAL) if (at := cue.position(text)) is not None]
    if hypothesis and min(hypothesis) <= _first_figure(text) or INDEFINITE_PERSON.found(text) and MODAL.found(text):
        # (but the program's own rule told in a relative clause after it: "… could apply through the CEC, which requires
        # at least one year …")
        # (or in the main clause the aside holding the example leads into: "… (on a closed permit, for instance), the CEC
        # requires one year …")
        return (program_rule := _PROGRAMS_OWN_RULE.search(text) or _PROGRAM_RULE_AFTER_ASIDE.search(text)) is not None and \
            min(hypothesis) < program_rule.start() and \
            not CONDITIONAL.found(text[program_rule.end() :]) and not _not_canadas_rule(text)
    if conditional and _AMOUNT_FOR_A_HOUSEHOLD.search(text) and not MODAL.found(text) and not PERSONAL_CASE.found(text):
        return not _not_canadas_rule(text)  # "Si votre deuxième enfant naît avant le dépôt, le seuil passera à 28 362 $ pour
        # un ménage de quatre personnes": the condition picks the household, whose amount is the rule
    return not conditional and not _not_canadas_rule(text)


# an amount said for a household named right after it: "28 362 $ pour un ménage de quatre personnes", "$19,001 for a couple"
_AMOUNT_FOR_A_HOUSEHOLD = re.compile(r"(?:\d\s*\$|\$\s*[\d.,\s]*\d|\d\s*(?:dollars|CAD)\b)\s+(?:pour|for)\s+"
                                     r"(?:(?:une?|a)\s+(?:famille|family|ménage|household)\s+(?:de|of)\s+\w+|un\s+couple|a\s+couple|"
                                     r"\w+\s+(?:personnes|people|persons))\b", re.IGNORECASE)


# a lead-in opening on a pronoun: "Elle doit :", "It must:"
_PRONOUN_OPENING = re.compile(r"(?:elle|elles|il|ils|it|they)\s", re.IGNORECASE)


# a short verdict on the figure just told: it was the old one ("That was the old figure.", "C'était l'ancien montant.")
# (after the reply's addressee, "@sam_k that was the 2024 rule.", or the writer's own edit, "Edit: I was wrong, that was …";
# said with an "actually": "That is actually the old rule.")
_WAS_THE_OLD = re.compile(r"\s*(?:@[\w.-]{1,30}[,:]?\s+)?(?:(?:edit|update|édit|màj)\s*:\s*)?(?:i\s+was\s+wrong(?:\s+(?:above|earlier|there|before))?\s*[,;:—–-]\s*)?"
                          r"(?:(?:(?:no|non|nope)\s*[,!.]?\s*)?(?:that|this|it)\s*(?:was|is|['’]s)\s+(?:actually\s+|really\s+)?(?:last\s+year['’]s|the\s+old|an\s+old|"
                          r"the\s+previous|an\s+outdated|the\s+outdated|the\s+\d{4})\s+(?:number|figure|amount|rule|requirement|value)|"
                          r"c['’](?:était|est)\s+(?:en\s+fait\s+)?(?:l['’]ancien(?:ne)?\s+(?:montant|chiffre|règle|valeur)|la\s+règle\s+(?:de\s+|d['’]\s?)\d{4}))\b",
                          re.IGNORECASE)


def was_the_old(text: str) -> bool:
    """The sentence calls the figure above the old one (after a chat message's stamp and author, if any)."""
    stamp = STAMPED_AUTHOR.match(text)
    return _WAS_THE_OLD.match(text, stamp.end() if stamp else 0) is not None


def faulted_in_itself(text: str) -> bool:
    """The sentence's figures, then its verdict on them: "Non, « NCLC 7 pour tout », c'est inexact pour ce programme"."""
    return (fault := FAULTED_IN_ITSELF.position(text)) is not None and _FIGURE.search(text, fault) is None


def taken_back(text: str) -> bool:
    """The speaker's one figure taken back in its own sentence ("… I told someone that CLB 5 is enough, I got that
    wrong"); of two figures, "two years, and in the last three — no, I misspoke", only the last is, and which is not
    told here."""
    return (owned := owns_a_mistake(text)) is not None and len(_EACH_NUMBER.findall(text, 0, owned.start())) == 1


_EACH_NUMBER = re.compile(NUMBER, re.IGNORECASE)  # (one match for "15 263" or "twenty-five", not one per digit)
# a question told in the third person: "a reader asked whether …", "elle se demandait si …", "want to know if …"
_ASKED_WHETHER = re.compile(r"\b(?:asked|asks|wondered|wonders|wanted\s+to\s+know|wants?\s+to\s+know|(?:a|ont|avait)\s+demandé|"
                            r"demandait|demande|se\s+demand(?:e|ait|aient|ent))\s+(?:\w+\s+){0,5}?(?:whether|if|si|s['’]il|s['’]ils)\b",
                            re.IGNORECASE)


# a program's rule in a relative clause after its name: "…, which requires at least …", "…, qui exige au moins …"
_PROGRAM_RULE_AFTER_ASIDE = re.compile(r",\s*(?:the\s+|la\s+|le\s+|l['’]\s?)?(?:[\w'’-]+\s+){0,5}?(?:class|program|programme|PTQF|PTMSF|CEC|"
                                       r"FSWP?|FSTP?|canadienne|\(fédéral\))\s+(?:requires?|asks\s+for|demands?|needs|exige|demande)\b",
                                       re.IGNORECASE)
_PROGRAMS_OWN_RULE = re.compile(r"\b(?:class|program|programme|catégorie|PTQF|PTMSF|CEC|FSWP?|FSTP?)"
                                # (its name going on: "… vers la Catégorie de l'expérience canadienne, qui demande …")
                                r"(?:\s+(?:de\s+l['’]\s?|de\s+|des\s+|du\s+)?[\w'’-]+){0,3}\s*\)?"
                                # (past an apposition: "…, l'un des programmes d'Entrée express, qui exige …")
                                r"(?:\s*,\s*(?:un|une|l['’]\s?une?|one|the|a|an)\b[^,;.]{1,50})?\s*,\s*"
                                r"(?:which|that|qui)\s+(?:requires?|asks\s+for|demands?|exige|demande|impose)\b", re.IGNORECASE)
