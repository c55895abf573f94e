"""Sentence spans over the extracted text, so every quote is an exact substring with offsets.

Lines are blocks (paragraphs, list items, headings); inside a line a sentence ends at . ! ? …
followed by a capital, unless the word before the dot is an abbreviation ("M.", "p. ex.",
"art.") or the dot sits inside « guillemets ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle dr dre pr st ste me no n° nº art arts al p pp ex env cf vol chap sect
    fig éd c.-à-d av apr j.-c mr mrs ms prof inc ltd co corp jr sr vs e.g i.e approx min max
    tél tel ibid op cit st-jean pers supp suppl addl add dern exp
    lun mar mer jeu ven sam dim mon tue wed thu fri sat sun
    janv févr fév avr juil oct nov déc dec jan feb apr aug sep""".split()
)
# A closing guillemet may stand after a space, as French sets it: "… est-ce assez ? » Pas encore."
_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?»|[\"'’”)\]])*")
# (a symbol may open the next sentence: "… 6 mois. ⚠️ Pas besoin …", "… today. 👉 The rule …")
_STARTER = re.compile(r"[\s\u00a0\u202f]+(?=(?:[\u2190-\u2bff\U0001F000-\U0001FAFF]\ufe0f?\s+)?[«\"“(]?\s?[A-ZÀ-ÖØ-Þ0-9«“@])")
# (in a text written in lower case, as a video's captions are, a small letter opens the next sentence too: "… as
# settlement funds. if you already work in Canada …")
_ANY_STARTER = re.compile(r"[\s\u00a0\u202f]+(?=(?:[\u2190-\u2bff\U0001F000-\U0001FAFF]\ufe0f?\s+)?[«\"“(]?\s?[^\W_])")
# (after a word of four letters or more, not an abbreviation: "… dern. années", "exp. qualifiée" are a note's shorthand)
_STOP_THEN_LETTER = re.compile(r"([^\W\d_]{4,})[.!?][ \u00a0]+([^\W\d_])")
LOWER_CASE_SHARE = 0.6  # of the sentence stops followed by a letter, those followed by a small one in a text in lower case
LOWER_CASE_STOPS = 3  # the fewest such stops to tell
LABEL_WORDS = 4  # words before a stop, at least, for a small letter after it to open a sentence
_GOES_ON = re.compile(r"(?:and|et)\b")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def _written_in_lower_case(text: str) -> bool:
    """Most of the text's sentences open on a small letter (a video's captions, a chat typed in lower case)."""
    letters = [m.group(2) for m in _STOP_THEN_LETTER.finditer(text) if m.group(1).lower() not in ABBREVIATIONS]
    return len(letters) >= LOWER_CASE_STOPS and sum(c.islower() for c in letters) >= LOWER_CASE_SHARE * len(letters)


# The word before a dot; the longest abbreviation is far shorter than the 40 characters looked at.
_WORD_BEFORE = re.compile(r"([\w.°-]+)$")
# The glyphs that open a list item inside a line, check boxes too: "… ☐ Federal Skilled Trades: …"
INLINE_BULLET_GLYPHS = "👉✅➡→✔▪►•☐☑☒"
LINE_MARKS = " \t-–—•*·▪►→➡✓✔✅☐☑"  # what may stand before a line's words: its indent and its bullet
_INLINE_BULLET = re.compile(rf"[{INLINE_BULLET_GLYPHS}]\ufe0f?\s+")
_ANY_GLYPH = re.compile(rf"[{INLINE_BULLET_GLYPHS}]")
ARROWS = "→➡"
_QUOTED_ITEM = re.compile(r"(?<=\s)>(?=\s)")
_CLAUSE_BEFORE = re.compile(r"[:.!?;]\s*$")


def _arrow_opens_item(body: str, cursor: int, at: int) -> bool:
    """An arrow inside a line opens a list item after a clause ("… voici les règles : → …") or among other
    arrows; a single arrow after a label maps it to its value ("1 personne → 15 263 $", "6 mois → 12 mois")."""
    if sum(body.count(a, cursor) for a in ARROWS) > 1:
        return True
    clause = _CLAUSE_BEFORE.search(body, cursor, at)
    return clause is not None and not (body[clause.start()] == "." and _is_abbreviation(body, clause.start()))
BULLET = re.compile(r"^[\s\u00a0]*(?:[-–—•*·▪►→➡✅✓✔👉☐☑☒]\ufe0f?|\d+[.)]|[a-z]\)|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line_start: int  # where its block (line) starts: list items and headings are blocks


def _is_abbreviation(line: str, dot: int) -> bool:
    """Is the dot at ``dot`` the end of an abbreviation rather than of a sentence?"""
    m = _WORD_BEFORE.search(line[max(0, dot - 40) : dot])  # stops at an apostrophe: "l'art." -> "art"
    if not m:
        return False
    word = m.group(1).lower()
    if word == "no":  # "round No. 402"; "…, so no. A nomination …" ends its sentence
        return line[dot + 1 : dot + 4].lstrip()[:1].isdigit()
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if "p. ex" in line[max(0, dot - 6) : dot].lower():
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "J. Dupont"


_QUOTED_PARAGRAPH = re.compile(r"\s*[«“][^«»“”]*[»”][\s.]*$")  # a line opening on a quote that closes at its end


class _OpenQuotes:
    """Is a position inside « guillemets » or “quotes”? Counted forward once per line, never from its start again."""

    def __init__(self, line: str) -> None:
        self.line, self.pos, self.depth = line, 0, {"«": 0, "“": 0}
        self.whole: bool | None = None

    def open_at(self, pos: int) -> bool:
        chunk = self.line[self.pos : pos]
        self.depth["«"] += chunk.count("«") - chunk.count("»")
        self.depth["“"] += chunk.count("“") - chunk.count("”")
        self.pos = pos
        return self.depth["«"] > 0 or self.depth["“"] > 0

    def whole_line(self, start: int) -> bool:
        """The line past ``start`` (its bullet) is one quotation: asked once per line."""
        if self.whole is None:
            self.whole = _QUOTED_PARAGRAPH.match(self.line, start) is not None
        return self.whole


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentence spans; whitespace and list bullets are left outside the spans."""
    out: list[Sentence] = []
    offset = 0
    glyphs = _ANY_GLYPH.search(text) is not None  # most pages have no inline bullet: no line looks for one
    starter = _ANY_STARTER if _written_in_lower_case(text) else _STARTER
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        body = line.rstrip("\r\n")
        bullet = BULLET.match(body)
        cursor = bullet.end() if bullet else 0
        start = cursor
        quotes: _OpenQuotes | None = None  # counted from the line's start when first asked (most lines never ask)
        # a sentence ends at . ! ? … before a capital, and at a bullet glyph inside the line (a post whose list
        # items were run together: "… voici les règles : 👉 L'expérience : … 👉 Ces 12 mois …")
        ends: Iterable[tuple[int, int, re.Match[str] | None]] = ((m.start(), m.end(), m) for m in _END.finditer(body))
        row = body.startswith("|")
        if glyphs and (inline := [(m.start(), m.end(), None) for m in _INLINE_BULLET.finditer(body, cursor)
                                  if body[m.start()] not in ARROWS or _arrow_opens_item(body, cursor, m.start())]):
            ends = sorted([*ends, *inline], key=lambda e: e[0])  # (the ends alone are in order: most lines)
        if body.startswith("> ") and (quoted := [(m.start(), m.end(), None) for m in _QUOTED_ITEM.finditer(body, 2)]):
            # a quoted block's lines run into one (a chat's pinned note: "> Rule one … > Rule two …"): each ">" opens one
            ends = sorted([*ends, *quoted], key=lambda e: e[0])
        for at, end, m in ends:
            if at < start:
                continue
            if m is None:
                _emit(out, body, line_start, start, at)
                start = end  # (past the item's mark: its glyph and spaces, or the quote's ">")
                continue
            after = starter.match(body, m.end())
            if not after or (row and not body[after.end() : after.end() + 1].isupper()):
                continue  # (in a table row only a capital opens a sentence: "| 12 mo. cont. f.t. (1,560 hrs) | CLB 7 |")
            if body[after.end() : after.end() + 1].islower() and (len(_WORDS.findall(body, start, at)) < LABEL_WORDS or
                                                               _GOES_ON.match(body, after.end())):
                continue  # (a small letter after a word or two, a spoken label: "2:30 experience. one full year, …"; or
                # "and" going on with the same point: "… in the last ten years. and a year here means 1,560 hours")
            if body[m.start()] == "." and len(m.group(0)) == 1 and _is_abbreviation(body, m.start()):
                continue
            if body[m.end() - 1] == "?" and _CHOICES.match(body, m.end()):
                # a quiz's question and its options are one sentence ("…? A. 57 points B. 67 points"), up to the answer
                # given on the same line ("… C) 77 Answer: B. The pass mark is 67.")
                if (answer := _ANSWER_MARK.search(body, m.end())) is not None:
                    _emit(out, body, line_start, start, answer.start())
                    start = answer.start()
                continue
            if body[max(0, m.start() - 5) : m.start()].lower() == " sept" and body[after.end() : after.end() + 1].isdigit():
                continue  # "18 sept. 2026" (the month); "… pour sept. Au-delà, …" ends a sentence
            # (not in a paragraph that is all one quotation, an interview's answer: "« Renseignez-vous d'abord sur le
            # PTQF. Une année …, voilà ce qu'il exige. Oubliez … »": its sentences are the speaker's, one by one)
            if (quotes := quotes or _OpenQuotes(body)).open_at(m.end()) and not quotes.whole_line(cursor):
                continue
            _emit(out, body, line_start, start, end)
            start = after.end()
        _emit(out, body, line_start, start, len(body))
    return out


# Captions with no stops run a whole talk into one line; a speaker's numbered steps ("deuxième critère, la langue …",
# "second requirement: language …"), and their own case, open sentences of their own there, so that what one step
# says (a points removal, a speaker's own levels) is not read into the others.
RUN_ON = 300  # characters with no sentence end: a run-on span, not a long sentence
_SPOKEN_STEP = re.compile(r"\b(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière|"
                          r"first|third|fourth|fifth|last|next)\s+(?:critère|point|condition|élément|exigence|étape|"
                          r"criterion|requirement|step|thing)\b|"
                          # (and the speaker's own case: "moi par exemple j'avais …", "in my case I had …")
                          r"\b(?:moi|perso)\s*,?\s+par\s+exemple\b|\bdans\s+mon\s+cas\b|\b(?:me|myself)\s*,?\s+for\s+(?:example|instance)\b|"
                          r"\bin\s+my\s+case\b", re.IGNORECASE)
STEP_LEAD = 20  # characters a piece holds at least before a step may open the next one


def _emit(out: list[Sentence], body: str, line_start: int, start: int, end: int) -> None:
    cuts = [m.start() for m in _SPOKEN_STEP.finditer(body, start + STEP_LEAD, end)] if end - start > RUN_ON else []
    # (a carousel's slides run into one line open a sentence each: "… ✅ Military recruits Slide 3/5 — ⏳ Experience …")
    if "/" in body:
        cuts = sorted({*cuts, *(m.start() for m in _SLIDE_IN_LINE.finditer(body, start + 1, end))})
    for cut in cuts:
        _emit_span(out, body, line_start, start, cut)
        start = cut
    _emit_span(out, body, line_start, start, end)


_SLIDE_IN_LINE = re.compile(r"(?<=\s)(?:diapo|slide)\s+\d{1,2}\s*/\s*\d{1,2}\b", re.IGNORECASE)


def _emit_span(out: list[Sentence], body: str, line_start: int, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(line_start + start, line_start + end, body[start:end], line_start))


def choices_at(text: str) -> int:
    """Where a quiz question's options start ("Which is not a category? (a) … (b) …"), -1 for none."""
    asked = text.rfind("?")
    return asked + 1 if asked >= 0 and _CHOICES.match(text, asked + 1) is not None else -1


# the options after a question, two or more, lettered or numbered: "(a) … (b) …", "a) … b) …", "A. … B. …"
_OPTION = r"(?:\(\s*[a-eA-E1-5]\s*\)|\b[a-eA-E1-5]\)|\b[A-E][.:])"
_CHOICES = re.compile(rf"\s*{_OPTION}\s*\S[^?]*?\s{_OPTION}\s*\S")
_ANSWER_MARK = re.compile(r"\b(?:(?:correct\s+|right\s+)?answer|(?:bonne\s+)?réponse|solution|corrigé)\s*:", re.IGNORECASE)
