"""A round page (not the feed): one Round record from the draw number and the labelled fields.

"Ronde d'invitations no 392" then "Type de ronde" / "Métiers 2026-Version 1", then the count of invitations sent
("2 500"), … -> round 392, trades, 2 500 invitations.
A heading "#401 – April 15, 2026" gives the number, and the date when no field does.
A text without a draw number, a date and a round type gives nothing: news about a round is not a round page.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Iterator

from rulewatch.schemas import Round

from .context import TextContext, row_cells
from .lexicon.literals import contains_any
from .lexicon.dates import ISO_DAY, YEAR_2000S
from .lexicon.lowercase import Folded, lowered
from .lexicon.round_pages import (
    BLOCK_COUNT, BLOCK_LABELS, COUNT_CORRECTED, COUNT_PUT_RIGHT_BELOW, CUTOFF_CORRECTED, ROUND_COLUMNS, ROUND_CUTOFF, ROUND_DAY, ROUND_FIX_REACH,
    ROUND_HEADING, ROUND_INVITATIONS, ROUND_LABELS, ROUND_NUMBER, ROUND_NUMBER_HEADING, ROUND_PAGE_TRIGGERS, ROUND_ROW_HEADING,
)
from .dates import day_without_year, last_weekday
from .lexicon.categories import SHORT_NAME_PATTERNS
from .categories import find_mentions
from .lexicon.cues import THE_CATEGORY_ALONE, THIS_CATEGORY
from .numbers import NUMBER, parse_number
from .rounds import parse_count, parse_day, parse_moment, round_category
from .sentences import BULLET, Sentence

_ROUND_WORDS = ("ronde", "round", "draw", "tirage")
_NUMBER = Folded(ROUND_NUMBER)
_NUMBER_IN_TEXT = Folded(ROUND_NUMBER)  # asked of every sentence of a page that speaks of invitations
_HEADING = Folded(ROUND_HEADING)
# A list of draws, one a line, each opening on its number: "#413: May 12, 2026 — PNP only, 510 invitations (lowest CRS 744)",
# "#412 · May 6, 2026 · Healthcare and social services · 2,800 ITAs · CRS 468"
_LINE_NUMBER = re.compile(r"(?:#\s?|n[o°º]\.?\s*)(?P<number>\d{2,4}[a-z]?)\b(?=\s*[–—:·•|-]|\s{2,}|\t)", re.IGNORECASE)
_LINE_NUMBERS = re.compile(r"^[ \t\-–—•*]*(?:#\s?|n[o°º]\.?\s*)\d{2,4}", re.IGNORECASE | re.MULTILINE)  # (the page has one)
# A category's short name as a whole word, read as a draw's category when the sentence names no category otherwise
# ("la ronde no 411, ouverte aux francophones", "2,100 trades candidates were invited")
_SHORT_NAME_WORDS = {category: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for category, pattern in SHORT_NAME_PATTERNS.items()}


def labelled_fields(text: str) -> dict[str, str]:
    """Each field's value: after the label's colon, else the next line that is not itself a label."""
    lines = [_as_label_line((line[m.end() :] if (m := BULLET.match(line)) else line).strip()) for line in text.splitlines()]
    fields: dict[str, str] = {}
    for i, line in enumerate(lines):
        for field, label in ROUND_LABELS.items():
            m = label.match(line)
            if m is None or field in fields:
                continue
            value = m.group("value") or next((v for v in lines[i + 1 : i + 2] if v and not _is_label(v)), "")
            if value:
                fields[field] = value
    return fields


def _as_label_line(line: str) -> str:
    """A two-cell table row "| Type de ronde | Métiers 2026-Version 2 |" read as "Type de ronde : Métiers …"."""
    if not line.startswith("|"):
        return line
    cells = [c.strip() for c in line.strip("|").split("|")]
    cells = [c for c in cells if c]
    return f"{cells[0]} : {cells[1]}" if len(cells) == 2 else line


def _is_label(line: str) -> bool:
    return any(label.match(line) for label in ROUND_LABELS.values())


def _heading_day(text: str, heading: re.Match[str] | None) -> date | None:
    """The date after the draw number in the round's heading: the page's only date when no field gives one."""
    return parse_day(text[heading.start("date") : heading.end("date")]) if heading else None


def extract_round_page(ctx: TextContext) -> list[Round]:
    """A round page's round, the rows of a table of rounds, and rounds a sentence states with their number."""
    if not contains_any(lowered(ctx.text), _ROUND_WORDS):
        return []  # a page that never speaks of a round (most): nothing to look for
    page = _page_round(ctx) or _field_tables(ctx)
    seen = {r.number for r in page}
    rows = [r for r in _table_rounds(ctx) + _post_rounds(ctx) if r.number not in seen]
    seen |= {r.number for r in rows}
    return _corrected_figures(ctx, page + rows + [r for r in _sentence_rounds(ctx) if r.number not in seen])


POST_BLOCK = 400  # characters of labelled lines under a round's heading, up to the next blank line


def _post_rounds(ctx: TextContext) -> list[Round]:
    """Rounds told as posts, each a heading with its number and date over labelled lines ("Round #412 — April 20,
    2026" / "Type: Canadian Experience Class" / "ITAs: 2,900" / "Cut-off: 514")."""
    out = []
    low = lowered(ctx.text)
    for heading in [*_HEADING.finditer(ctx.text, low), *ROUND_ROW_HEADING.finditer(ctx.text), *ROUND_NUMBER_HEADING.finditer(ctx.text)]:
        end = ctx.text.find("\n\n", heading.end(), heading.end() + POST_BLOCK)
        block = ctx.text[heading.end() : end if end != -1 else heading.end() + POST_BLOCK]
        fields = {field: m.group("value").strip() for field, label in BLOCK_LABELS.items() if (m := label.search(block))}
        if "invitations" not in fields and (count := BLOCK_COUNT.search(block)):
            fields["invitations"] = count.group("value")
        if "name" not in fields and heading.re is ROUND_ROW_HEADING and heading.group("name"):
            fields["name"] = heading.group("name")  # ("Round #409 | 2026-04-08 | Healthcare": the line names its type)
        elif "name" not in fields and (first := block.strip().split("\n", 1)[0].strip()) and ":" not in first and \
                round_category(first) != "unrecognised":
            fields["name"] = first  # the type on the line under the heading, unlabelled: "Métiers"
        # (the day on a "Date:" line of the post when its heading gives the number alone)
        told = heading.group("date") if "date" in heading.re.groupindex else fields.get("date", "")
        day = parse_day(told, day_first=ctx.language == "fr")
        if day is None or not {"name", "invitations", "crs_cutoff"} <= fields.keys() or \
                (sentence := ctx.sentence_at(heading.start("number"))) is None or \
                (category := round_category(fields["name"])) == "unrecognised":
            continue
        out.append(Round(evidence=ctx.evidence(sentence), number=heading.group("number").lower(), date=day, name=fields["name"],
                         category=category, invitations=parse_count(fields["invitations"]),
                         crs_cutoff=parse_count(fields["crs_cutoff"])))
    return out


def _corrected_figures(ctx: TextContext, rounds: list[Round]) -> list[Round]:
    """A round's cut-off or count as the page puts it right further down ("the cut-off for round #413 was 466, not
    470", "la ronde n° 415 a envoyé 3 300 invitations, et non 3 000")."""
    if not rounds:
        return rounds
    cutoffs = {_named(m, "number"): int(_named(m, "score")) for m in CUTOFF_CORRECTED.finditer(ctx.text)}
    counts = {_named(m, "number"): parse_count(_named(m, "count")) for m in COUNT_CORRECTED.finditer(ctx.text)}
    for fix in COUNT_PUT_RIGHT_BELOW.finditer(ctx.text):
        above = [r for r in rounds if fix.start() - ROUND_FIX_REACH <= r.evidence.start < fix.start()]
        if above and (nearest := max(above, key=lambda r: r.evidence.start)).number not in counts:
            counts[nearest.number] = parse_count(fix.group("count"))
    return [r.model_copy(update={"crs_cutoff": cutoffs.get(r.number, r.crs_cutoff),
                                 "invitations": counts.get(r.number, r.invitations)}) for r in rounds]


def _named(m: re.Match[str], group: str) -> str:
    """The first of a match's groups named ``group``, ``group2``, … that matched."""
    return next(value for name, value in m.groupdict().items() if name.rstrip("0123456789") == group and value)


def _page_round(ctx: TextContext) -> list[Round]:
    low = lowered(ctx.text)
    if not contains_any(low, ROUND_PAGE_TRIGGERS):
        return []
    heading = next(_HEADING.finditer(ctx.text, low), None)
    number = heading or next(_NUMBER.finditer(ctx.text, low), None)
    if number is None:
        return []
    fields = labelled_fields(ctx.text)
    day = parse_day(fields.get("date", "")) or _heading_day(ctx.text, heading)
    name = fields.get("name") or _name_after_number(ctx.text, number.end("number"))
    sentence = ctx.sentence_at(number.start())
    if day is None or not name or sentence is None:
        return []
    return [Round(
        evidence=ctx.evidence(sentence), number=ctx.text[number.start("number") : number.end("number")].lower(),
        date=day, name=name, category=round_category(name), invitations=parse_count(fields.get("invitations")),
        crs_cutoff=parse_count(fields.get("crs_cutoff")),
        tie_break=parse_moment(fields["tie_break"]) if "tie_break" in fields else None,
    )]


def _name_after_number(text: str, at: int) -> str | None:
    """The round's name on its number's line, past a dash: "Ronde d'invitations nº 412 – Métiers 2026-Version 2"."""
    end = text.find("\n", at)
    line = text[at : end if end != -1 else len(text)]
    if (m := _DASH_THEN_NAME.match(line)) is not None and round_category(m.group(1)) != "unrecognised":
        return m.group(1)
    return None


_DASH_THEN_NAME = re.compile(r"\s*[–—-]\s*(\S.{2,80}?)\s*$")


def _table_rounds(ctx: TextContext) -> list[Round]:
    """A table of rounds, one a row: its header names the number, date, type, invitations and cut-off columns."""
    out: list[Round] = []
    columns: dict[str, int] | None = None
    titled = ""  # the category a table with no type column is of, as its caption or the heading above it names it
    for sentence in ctx.sentences:
        if not sentence.text.startswith("|"):
            columns, titled = None, ""
            continue
        cells = [c.strip() for c in sentence.text.strip().strip("|").split("|")]
        if columns is None or set(sentence.text) <= set("|-: "):
            # (no date column: no round table)
            words = [_header_words(cell) for cell in cells]
            header = _round_columns(words) if any(ROUND_COLUMNS["date"].search(cell) for cell in words) else {}
            if {"number", "date", "name"} <= header.keys():
                columns = header
            elif {"number", "date"} <= header.keys() and (title := _table_title_category(ctx, sentence)):
                columns, titled = header, title  # a table of one category's rounds, named in its title
            elif not set(sentence.text) <= set("|-: "):
                columns = None
            continue
        if max(columns.values()) >= len(cells):
            continue
        # (a day with no year, "Apr 2" in a newsletter's table of the month's rounds, takes the page's year)
        number = _NUMBER_SIGN.sub("", cells[columns["number"]]).lower()
        day = parse_day(cells[columns["date"]]) or day_without_year(cells[columns["date"]], ctx.published)
        name = cells[columns["name"]] if "name" in columns else titled
        if not re.fullmatch(r"\d{1,4}[a-z]?", number) or day is None or not name:
            continue
        out.append(Round(
            evidence=ctx.evidence(sentence), number=number, date=day, name=name, category=_draw_category(name),
            invitations=parse_count(cells[columns["invitations"]]) if "invitations" in columns else None,
            crs_cutoff=parse_count(cells[columns["crs_cutoff"]]) if "crs_cutoff" in columns else None,
        ))
    return out


def _table_title_category(ctx: TextContext, header: Sentence) -> str:
    """The one category (or program) a table of rounds with no type column is of: its caption ("| Rondes d'invitations
    pour les métiers, 2026 |" over the header), else the heading or the line right above it ("Recent rounds in the
    trades category"); "" when they name none or several."""
    caption = ctx.table_header(header) or ""
    titles = (caption.split("\n", 1)[0] if caption != header.text else "", ctx.above_table(header),
              heading.text if (heading := ctx.heading_before(header)) is not None else "")
    for title in titles:
        if title and _draw_category(title) != "unrecognised":
            return title
    # ("Rounds held for this category so far", "Rondes récentes" on a page about one category: the page's title names
    # it)
    page_title = ctx.title or ""
    if any(THIS_CATEGORY.found(title) or _RECENT_ROUNDS.match(title) for title in titles if title) and \
            len({m.category for m in find_mentions(page_title)}) == 1:
        return page_title
    return ""


# a heading over a table of rounds that says only that they are the latest: "Rondes récentes", "Recent rounds"
_RECENT_ROUNDS = re.compile(r"\W*(?:(?:rondes?|tirages?)\s+(?:récente?s?|précédente?s?|passée?s?)|(?:dernières|latest|recent|past|previous)\s+"
                            r"(?:rondes|tirages|rounds|draws))\W*$", re.IGNORECASE)


# the sign before a round's number in its cell: "#398", "No 398" (canada.ca's "N<sup>o</sup>"), "n° 398", "Nº. 398"
_NUMBER_SIGN = re.compile(r"^\s*(?:#|n\s?[o°º]\.?|num[ée]ro|number)?\s*", re.IGNORECASE)
_WORD_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])|_")


def _header_words(cell: str) -> str:
    """A header cell as words: a data file's field names ("drawNumber", "draw_date", the IRCC feed's keys in a
    notebook's table) name their columns as "Draw number" does."""
    return _WORD_JOIN.sub(" ", cell)


def _round_columns(cells: list[str]) -> dict[str, int]:
    """Each field's column: the first cell naming it, each cell naming one field ("| # | Date | Round type |": the
    number is "#", the type's column is the name's, though "Round" could title a number)."""
    header: dict[str, int] = {}
    for i, cell in enumerate(cells):
        field = next((f for f, label in ROUND_COLUMNS.items() if f not in header and label.search(cell)), None)
        if field is not None:
            header[field] = i
    return header


def _sentence_rounds(ctx: TextContext) -> list[Round]:
    """"Ronde no 512 du 3 mars 2026 : 1 500 invitations pour la santé, note minimale de 455": a round a sentence
    states with its number, date, invitations and lowest score (every labelled round has all four)."""
    if not contains_any(lowered(ctx.text), ("invit", "ita")) or \
            (_first(_NUMBER_IN_TEXT, ctx.text) is None and _LINE_NUMBERS.search(ctx.text) is None and
             _SIGNED_NUMBER.search(ctx.text) is None):  # (or by its sign alone mid-line: "… draw today!! #402, …")
        return []
    out = []
    # (an undated text, a video's subtitles, dates "le 5 mars" by the year it speaks of most)
    published = ctx.published or _year_spoken_of(ctx.text)
    for i, sentence in enumerate(ctx.sentences):
        text = sentence.text
        number = _first(_NUMBER_IN_TEXT, text) or _opening_number(ctx, sentence) or _signed_number(ctx, sentence)
        before = ctx.sentences[i - 1] if i else None
        last = i  # the sentence the round's figures end in
        if number is None and before is not None and before.line_start == sentence.line_start \
                and ROUND_INVITATIONS.search(before.text) is None:
            # (an alert's line told in two sentences: "[2026-04-02 08:10] Ronde publiée ! N° 415 · métiers · …")
            text = ctx.text[before.start : sentence.end]
            number = _first(_NUMBER_IN_TEXT, text)
        if number is not None and (count := _invitations(text, ctx.language)) is None and ROUND_CUTOFF.search(text) is None \
                and (_day_in(text, published) is not None or _TODAY.search(text)) and (after := _details_below(ctx, i)) is not None:
            # (its figures on the lines below a line giving its number and day: "Draw #391, January 8, 2026 - Provincial
            # Nominee Program" over "Invitations: 650 | …")
            text = ctx.text[sentence.start : after.end]
        if number is not None and _invitations(text, ctx.language) is None and (after := _next_in_paragraph(ctx, i)) \
                is not None and (_GOES_ON.match(after.text) or _invitations(after.text, ctx.language) is not None) and \
                _first(_NUMBER_IN_TEXT, after.text) is None:
            # its figures in the next sentence, which speaks of it or gives its count, numbering no other round: "Draw
            # #388, held on January 14, was reserved for … It sent 700 invitations, and …", "… la ronde no 413, réservée
            # à … Au total, 3 000 candidats ont reçu une invitation."
            text, last = ctx.text[sentence.start : after.end], ctx.index(after)
        if number is not None and _invitations(text, ctx.language) is None and (above := _count_above(ctx, i)) is not None:
            # its count told just above, with no number of its own: "… invited 1,600 skilled trades workers … in a round
            # held on February 11, 2026." over "… round 396 had a lowest qualifying score of 433"
            text = ctx.text[above.start : sentence.end]
        if number is not None and _invitations(text, ctx.language) is None and (told := _count_next_paragraph(ctx, i)) is not None:
            # its count opening the next paragraph, which speaks of no other round: "IRCC held round 411 yesterday, for
            # transport workers." / "In all, 1,750 candidates were invited. The lowest score was 459."
            text, last = ctx.text[sentence.start : ctx.sentences[told].end], told
        if number is None or (count := _invitations(text, ctx.language)) is None:
            continue
        # ("IRCC a invité mardi …": the weekday before the item's date, "… (2026-11-18). IRCC a invité mardi …")
        # (a round's own line first, when its figures come from the lines below: they may hold other dates, a
        # tie-break's)
        # (not a chat message's stamp: "[2026-04-14 10:03] Sam K.: round 416: 3,000 invitations" under "… there was a
        # healthcare draw on April 10" is the round of the 10th)
        said = text[_STAMP.match(text).end() :]
        day_first = ctx.language == "fr"
        day = (_day_in(sentence.text[_STAMP.match(sentence.text).end() :], published, day_first) if text.startswith(sentence.text) else None) \
            or _day_in(said, published, day_first) or last_weekday(said, _line_date(ctx, sentence) or ctx.published)
        if (dateline := _DATELINE.match(text)) is not None and day is not None and \
                (weekday := last_weekday(text[dateline.end() :], day)) is not None:
            day = weekday  # "MONTRÉAL, 13 mars 2026 (AIM) — Ottawa a tenu jeudi …": the release's day, then the round's
        if day is None and _TODAY.search(text):
            # "2026-04-09 13:30 | Round #414 today: 3,200 CEC, cut-off 512"; else an official release's own day
            # ("Aujourd'hui, IRCC a tenu la ronde no 402 …"; a chat's "today" is its message's)
            day = _line_date(ctx, sentence) or _line_stamp(ctx, sentence) or (ctx.published if ctx.authority == "official" else None)
        if _YESTERDAY.search(text) and (told := _line_stamp(ctx, sentence) or (
                ctx.published if ctx.authority == "official" else None)) is not None and day in (None, told):
            day = told - timedelta(days=1)  # "[2026-03-04 09:12] … ran a healthcare draw yesterday, round #401": the day before
        if day is None and out and _NEXT_DAY.search(text):
            day = out[-1].date + timedelta(days=1)  # "The next day, draw No. 406 went to …" after the round told before it
        if day is None and out and (apart := _DAYS_APART.search(text)) is not None and \
                (n := parse_number(apart.group("n"), ctx.language)) is not None:
            step = timedelta(days=int(n))  # "Two days later, round 410 …" after the round told before it
            day = out[-1].date + step if apart.group("way").lower().endswith(("later", "tard")) else out[-1].date - step
        if day is None and out and _DAY_BEFORE.search(text):
            day = out[-1].date - timedelta(days=1)  # "La veille, la ronde no 388 …" after the round told before it
        if day is None and before is not None and before.line_start == sentence.line_start:
            # "November 20, 2025: invitation! Round #385, …, 3,000 invitations"; past a chat message's stamp, the day the
            # message names ("[2026-04-08 09:15] …: the April 7 healthcare round. Round #412, …")
            day = _day_in(before.text[_STAMP.match(before.text).end() :], published) or _day_in(before.text, published)
        if day is None and not out:
            day = _held_above(ctx, i, published)
        if day is None and _THAT_DAY.search(text):
            day = _day_told_above(ctx, i, published)  # "Le 2 avril, Léo a reçu son invitation. … Ce jour-là, la ronde n° 410 …"
        if day is None and not out and ctx.published is not None and _held_today(ctx):
            # a release's round, its day only the release's: "… held a category-based round of invitations today for
            # candidates with experience in the trades." over "With round 401, the department sent 1,900 invitations …"
            # (the first round told; those after it are earlier ones, with their days)
            day = ctx.published
        if day is None:
            continue
        if (cutoff := ROUND_CUTOFF.search(text)) is None and (after := _next_in_paragraph(ctx, last)) is not None and \
                _first(_NUMBER_IN_TEXT, after.text) is None:
            cutoff = ROUND_CUTOFF.search(after.text)  # "… 2,600 invitations … The lowest-ranked person invited had a … score of 509."
        if cutoff is None:
            continue  # (a round told without its lowest score is news of a draw, not its result: "1,500 were invited in #397")
        if (category := _draw_category(text)) == "unrecognised" and THIS_CATEGORY.found(text) and \
                (heading := ctx.heading_before(sentence)) is not None:
            category = _draw_category(heading.text)  # "la dernière ronde de cette catégorie" under "La catégorie STIM"
        if category == "unrecognised" and before is not None and (THIS_CATEGORY.found(text) or THE_CATEGORY_ALONE.search(text)) and \
                len(named := {m.category for m in find_mentions(before.text)}) == 1:
            category = named.pop()  # a category named in the sentence before, "this category" in the round's own
        if category == "unrecognised" and out and (_SAME_KIND.search(text) or (before is not None and (
                _SAME_KIND.search(before.text) or THIS_CATEGORY.found(before.text)))):
            # (a sentence counting it among this category's rounds of the year, then "La ronde no 405, …")
            category = out[-1].category  # "C'est la troisième ronde de ce type depuis janvier. … ronde n° 405 – …"
        if category == "unrecognised":
            # its type told in a sentence a little above, about a round and with no number of its own: "Trade unions
            # welcomed Tuesday's round for skilled trades occupations." over "In round 390, held on …, the department
            # invited 1,200 candidates …" (a remark may stand between them)
            category = _category_above(ctx, i)
        if category == "unrecognised" and not out and ctx.title and contains_any(lowered(ctx.title), _ROUND_WORDS):
            # the page's first round, of the kind its title gives: "Entrée express : nouvelle ronde ciblée sur les
            # professions du transport" over "La ronde no 412 a eu lieu le … ; deux mille cinq cents invitations …"
            category = _draw_category(ctx.title)
        if category == "unrecognised" or (told := number.group("number").lower()) in \
                {r.number for r in out}:
            continue  # (a round read from its first sentence is not read again from the next: "It issued 800 …")
        out.append(Round(
            evidence=ctx.evidence(sentence), number=told, date=day,
            name=text[:200], category=category, invitations=count,
            crs_cutoff=parse_count(cutoff.group("score")),
        ))
    return out


def _unnumbered_above(ctx: TextContext, i: int, reach: int) -> Iterator[Sentence]:
    """The few sentences above sentence ``i``, nearest first, up to one whose line gives a round's number (another
    round's line, its count after its number: "Jan 8, draw #388: PNP. 650 invitations …")."""
    for above in ctx.sentences[max(0, i - reach) : i][::-1]:
        if _first(_NUMBER_IN_TEXT, ctx.text[above.line_start : above.end]) is not None:
            return
        yield above


def _count_above(ctx: TextContext, i: int) -> Sentence | None:
    """The sentence a line or two above sentence ``i``, under the same heading, stating a count of invitations."""
    for above in _unnumbered_above(ctx, i, COUNT_REACH):
        if ctx.is_heading(above):
            return None
        if _invitations(above.text, ctx.language) is not None:
            return above
    return None


COUNT_REACH = 2  # sentences above a round's number where its count may be told


def _category_above(ctx: TextContext, i: int) -> str:
    """The category of the nearest round told without a number in the few sentences above sentence ``i``."""
    return next((category for above in _unnumbered_above(ctx, i, CATEGORY_REACH)
                 if contains_any(lowered(above.text), _ROUND_WORDS)
                 and (category := _draw_category(above.text)) != "unrecognised"), "unrecognised")


CATEGORY_REACH = 3  # sentences above a round's number where its type may be told
# a round said to be of the kind of the one told before it
_SAME_KIND = re.compile(r"\b(?:de\s+ce\s+type|du\s+même\s+type|de\s+ce\s+genre|of\s+(?:this|that|the\s+same)\s+(?:kind|type)|"
                        # ("Le 31 mars déjà, 1 500 candidats de la même catégorie avaient été invités lors de la ronde …")
                        r"de\s+la\s+même\s+catégorie|(?:in|from|of)\s+the\s+same\s+category)\b|"
                        # a round told as the one before, naming no kind of its own: "Quatre semaines plus tôt, à la ronde no 398 …",
                        # "Two weeks earlier, round 390 …"
                        r"^\W*(?:(?:un|une|deux|trois|quatre|\d+)\s+(?:jours?|semaines?|mois)\s+plus\s+tôt|"
                        r"(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|months?)\s+(?:earlier|before)|la\s+semaine\s+précédente|"
                        r"the\s+(?:week|month)\s+before)\b|"
                        # or as the one this round follows: "Cette ronde suit celle du 12 mars 2026 (ronde n° 405), …",
                        # "This round follows the one of March 12 (No. 405)"
                        r"^\W*(?:cette\s+ronde|this\s+(?:round|draw))\s+(?:fait\s+suite\s+à|suit|follows)\s+(?:celle|the\s+one)\b",
                        re.IGNORECASE)


# a count said in words, as a transcript writes it: "deux mille deux cents invitations", "four thousand ITAs", "trois
# mille candidats ont été invités"
_COUNT_IN_WORDS = re.compile(rf"(?P<n>{NUMBER})\s+(?:invitations|ITAs?\b|(?:[\w-]+\s+){{0,2}}?(?:candidats|candidates|personnes|people)\s+"
                             r"(?:ont\s+été\s+|avaient\s+été\s+|were\s+|had\s+been\s+|have\s+been\s+|got\s+)?invit)|"
                             # the verb first: "a permis d'inviter cinq mille candidats", "invited two thousand people"
                             rf"\binvit\w*\s+(?P<n2>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:candidats|candidates|personnes|people)\b",
                             re.IGNORECASE)


def _invitations(text: str, language: str) -> int | None:
    """The number of invitations a sentence states, in figures or in words."""
    found = list(ROUND_INVITATIONS.finditer(text))
    # (a count said with its word first: "#372   Oct 14 2025   PNP   345 ITAs" is 345, not the year before "PNP")
    worded = [m for m in found if not m.group("count4")]
    if (m := (worded or found or [None])[0]) is not None:
        return parse_count(next(c for c in m.groups() if c))
    if (m := _COUNT_IN_WORDS.search(text)) is not None and (n := parse_number(m.group("n") or m.group("n2"), language)) is not None:
        return int(n)
    return None


_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|aujourd['’]hui|ce\s+(?:matin|soir)|cet\s+après-midi)\b",
                    re.IGNORECASE)
_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'. -]+,\s+[^—–()\n]{4,30}?\b(?:19|20)\d\d\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]")
_YESTERDAY = re.compile(r"\b(?:yesterday|hier)\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\b(?:the\s+(?:day\s+before|previous\s+day)|la\s+veille|a\s+day\s+(?:earlier|before)|un\s+jour\s+plus\s+tôt)\b",
                         re.IGNORECASE)
# some days after or before the round told before it: "Two days later, round 410 …", "trois jours plus tôt"
_DAYS_APART = re.compile(r"\b(?P<n>two|three|four|five|six|deux|trois|quatre|cinq|six|\d)\s+(?:days?|jours)\s+"
                         r"(?P<way>later|plus\s+tard|earlier|before|plus\s+tôt)\b", re.IGNORECASE)
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|le\s+lendemain|a\s+day\s+later|one\s+day\s+later|un\s+jour\s+plus\s+tard)\b",
                       re.IGNORECASE)


def _held_above(ctx: TextContext, i: int, published: date | None) -> date | None:
    """The day a sentence a little above sentence ``i``, without a number of its own, says a round was held ("IRCC a
    tenu sa première ronde de l'année consacrée aux métiers le 3 février 2026." over "Lors de cette ronde (n° 389),
    …"): the day after the verb, past a dateline's own."""
    for above in ctx.sentences[max(0, i - HELD_REACH) : i][::-1]:
        # (its day with or without the year: "Ottawa a tenu le 9 avril une nouvelle ronde …")
        if (held := _HELD_ROUND.search(above.text)) is None or _first(_NUMBER_IN_TEXT, above.text) is not None:
            continue
        # (else the day before the verb, in its own clause: "On Monday 13 April the federal government held a new round …")
        if (day := _day_in(above.text[held.start() :], published) or _day_in(above.text[: held.start()], published)) is not None:
            return day
    return None


HELD_REACH = 3  # sentences above a round's number where the day it was held may be told
# the day the sentences above told, named back: "Ce jour-là, …", "That same day, …"
_THAT_DAY = re.compile(r"\b(?:ce\s+jour-là|le\s+même\s+jour|that\s+(?:same\s+)?day|on\s+that\s+day)\b", re.IGNORECASE)


def _day_told_above(ctx: TextContext, i: int, published: date | None) -> date | None:
    """The day the nearest of the few sentences above sentence ``i``, in its paragraph and without a round's number of
    its own, names."""
    for above in _unnumbered_above(ctx, i, HELD_REACH):
        if above.line_start != ctx.sentences[i].line_start:
            break
        if (day := _day_in(above.text, published)) is not None:
            return day
    return None


def _held_today(ctx: TextContext) -> bool:
    """The page says a round was held today ("… held a round of invitations today", "a tenu aujourd'hui une ronde")."""
    return ctx.remembered(("round-held-today",), lambda: any(
        _TODAY.search(s.text) and _HELD_ROUND.search(s.text) for s in ctx.sentences))


_GOES_ON = re.compile(r"\s*(?:it|this\s+(?:round|draw)|that\s+(?:round|draw)|elle|cette\s+ronde|ce\s+tirage)\b", re.IGNORECASE)
_HELD_ROUND = re.compile(r"\b(?:held|conducted|ran|a\s+tenu|a\s+mené|a\s+effectué|il\s+y\s+a\s+eu|there\s+(?:was|has\s+been))\b[^.]{0,60}"
                         r"\b(?:round|draw|ronde|tirage)s?\b", re.IGNORECASE)


def _details_below(ctx: TextContext, i: int) -> Sentence | None:
    """The last of the lines below a round's number that give its figures, none with a draw number of its own, no
    blank line between ("Draw #391, January 8, 2026 - Provincial Nominee Program" over "Invitations: 650 |
    Lowest CRS score invited: 746"; a post's lines: type, "Invitations : 2 750", "Score minimal : 516"); a sentence going
    on in the same line is read with the one before it already."""
    if i + 1 >= len(ctx.sentences) or ctx.sentences[i + 1].line_start == ctx.sentences[i].line_start:
        return None
    last, counted = None, False
    for below in ctx.sentences[i + 1 : i + 1 + ROUND_BLOCK_LINES]:
        if _first(_NUMBER_IN_TEXT, below.text) is not None or "\n\n" in ctx.text[(last or ctx.sentences[i]).end : below.start]:
            break
        last, counted = below, counted or _invitations(below.text, ctx.language) is not None
    return last if counted else None


ROUND_BLOCK_LINES = 4  # a round told as lines: its type, its count, its score, its date


def _count_next_paragraph(ctx: TextContext, i: int) -> int | None:
    """The index of the next paragraph's first sentence when sentence ``i`` ends its paragraph and that sentence gives a
    count of invitations and no draw number of its own."""
    j = i + 1
    if j >= len(ctx.sentences) or ctx.sentences[j].line_start == ctx.sentences[i].line_start or ctx.is_heading(ctx.sentences[j]):
        return None
    below = ctx.sentences[j].text
    return j if _first(_NUMBER_IN_TEXT, below) is None and _invitations(below, ctx.language) is not None else None


def _next_in_paragraph(ctx: TextContext, i: int) -> Sentence | None:
    """The sentence after sentence ``i`` in the same paragraph, or None."""
    if i + 1 < len(ctx.sentences) and ctx.sentences[i + 1].line_start == ctx.sentences[i].line_start:
        return ctx.sentences[i + 1]
    return None


def _signed_number(ctx: TextContext, sentence: Sentence) -> re.Match[str] | None:
    """A draw's number by its sign alone in a paragraph that speaks of draws ("Draw #410 on April 8, 2026 invited …
    Two days later, #411 (… 2026-Version 2) sent 3,100 invitations …")."""
    if "#" not in sentence.text:
        return None
    end = ctx.text.find("\n", sentence.end)
    paragraph = ctx.text[sentence.line_start : end if end != -1 else len(ctx.text)]
    return _SIGNED_NUMBER.search(sentence.text) if contains_any(lowered(paragraph), _ROUND_WORDS) else None


_SIGNED_NUMBER = re.compile(r"(?<![\w#&])#\s?(?P<number>\d{3})\b(?![\d,.]\d)")


def _opening_number(ctx: TextContext, sentence: Sentence) -> re.Match[str] | None:
    """The draw number a list line opens with ("- #413 – May 12, 2026 – …"), when the sentence opens its line."""
    lead = ctx.text[sentence.line_start : sentence.start]
    if lead.strip() and not BULLET.fullmatch(lead):
        return None
    return _LINE_NUMBER.match(sentence.text)


def _draw_category(text: str) -> str:
    """The draw's program or category: as a round's name says it, else the one category a short name gives."""
    if (category := round_category(text)) != "unrecognised":
        return category
    named = {c for c, short in _SHORT_NAME_WORDS.items() if short.search(text)}
    if not named and _NOMINEES.search(text):
        return "pnp"  # "Round #411 for provincial nominees"
    if not named and _GENERAL_DRAW.search(text):
        return "general"  # "#388  Jan 8  General (no program specified)", "la ronde générale du 2 avril (n° 411)"
    if not named and _CEC_SHORT_NAMED.search(text):
        return "cec"  # "Ronde no 419 du 13 mai 2026 (expérience canadienne) : …", "la ronde pour l'expérience canadienne"
    return named.pop() if len(named) == 1 else category


_CEC_SHORT_NAMED = re.compile(r"\(\s*(?:l['’]\s?)?(?:expérience\s+canadienne|canadian\s+experience)\s*\)|"
                              r"\b(?:pour|for)\s+(?:l['’]\s?|the\s+)?(?:expérience\s+canadienne|canadian\s+experience)\b"
                              r"(?!\s+(?:class|work|de\s+travail))", re.IGNORECASE)


# one general round (not "well under the general rounds", a comparison)
_GENERAL_DRAW = re.compile(r"\bgeneral\s*\(|\bgeneral\s+(?:round|draw)\b|\b(?:ronde|rondes?\s+d['’]invitations)\s+générale\b|"
                           r"\btirage\s+général\b|\ball-program\s+(?:round|draw)\b", re.IGNORECASE)
_NOMINEES = re.compile(r"\bprovincial\s+nominees?\b|\bcandidats?\s+(?:des\s+provinces|désignés\s+par\s+(?:une|leur)\s+province)\b",
                       re.IGNORECASE)


_STAMP = re.compile(r"\s*(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?\]?)?")  # a chat message's "[2026-04-08 09:15]"


def _line_date(ctx: TextContext, sentence: Sentence) -> date | None:
    """The last ISO date stated before the sentence on its line (a feed item's date after its title)."""
    found = list(ISO_DAY.finditer(ctx.text, sentence.line_start, sentence.start))
    return parse_day(found[-1].group(0)) if found else None


def _line_stamp(ctx: TextContext, sentence: Sentence) -> date | None:
    """The ISO date a chat's or a log's line opens with ("[2026-03-04 09:12] Marco: …"), when the sentence is on it, or
    the message's author line right above it ("[2026-04-14 16:55] Priya Nair" over "Round 409 went out today: …")."""
    found = ISO_DAY.search(ctx.text, sentence.line_start, min(sentence.end, sentence.line_start + STAMP_CHARS))
    if found is None and sentence.line_start > 0:
        above = ctx.text.rfind("\n", 0, sentence.line_start - 1) + 1
        if sentence.line_start - above <= AUTHOR_LINE_CHARS:
            found = ISO_DAY.search(ctx.text, above, min(sentence.line_start, above + STAMP_CHARS))
    return parse_day(found.group(0)) if found else None


STAMP_CHARS = 25
AUTHOR_LINE_CHARS = 70  # a message's author line: its stamp and a name, a role at most


def _year_spoken_of(text: str) -> date | None:
    """The start of the year a text names most often, or None when it names none."""
    years = Counter(YEAR_2000S.findall(text))
    return date(int(years.most_common(1)[0][0]), 1, 1) if years else None


def _first(pattern: Folded, text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` (read its words from ``text``: the match may be on the lowercased copy)."""
    return next(pattern.finditer(text, lowered(text)), None)


def _day_in(text: str, published: date | None = None, day_first: bool = False) -> date | None:
    """The round's day: written in full, or without its year ("mardi 22 juillet") in a dated article; or in figures,
    the day first where the page's language writes it so ("18/02/2026"), not a chat message's stamp ("[19/02/2026 07:02]")."""
    for m in ROUND_DAY.finditer(text):
        if _DATE_THEN_PLACE.match(text, m.end()) is None and (found := parse_day(m.group(0))) is not None:
            return found
    if (in_figures := _DAY_IN_FIGURES.search(text)) is not None and (found := parse_day(in_figures.group(0), day_first)) is not None:
        return found
    return day_without_year(text, published)


_DAY_IN_FIGURES = re.compile(r"(?<![\[\d/.])\b\d{1,2}[/.]\d{1,2}[/.]20\d\d\b(?!,?\s*\d{1,2}:\d{2})")


# a release's dateline, its day then its place: "February 5, 2026—Ottawa—Immigration … held a round on February 4" (the
# release's day, not the round's)
_DATE_THEN_PLACE = re.compile(r"\s*[—–]\s*[A-ZÀ-Ý][^—–\n]{1,30}?\s*[—–]")


_NUMBER_CELL = re.compile(r"(?:#|n[o°º]\.?)?\s*(\d{1,4}[a-z]?)", re.IGNORECASE)  # "437", "#437", "n° 402", "no 398"


def _cell_fields(table: list[Sentence]) -> dict[str, str]:
    """The fields of a two-column table labelled in a word or two ("| Ronde | no 398 |", "| Seuil (SCG) | 436 |"), each
    label read as a table of rounds reads its header's cells."""
    pairs = [(cells[0].strip(), cells[1].strip()) for row in table
             if len(cells := row_cells(row.text)) == 2 and cells[1].strip().strip("-: ")]
    return {field: pairs[i][1] for field, i in _round_columns([label for label, _ in pairs]).items()}


def _field_tables(ctx: TextContext) -> list[Round]:
    """Rounds each laid out as a two-column table of fields ("| N° de la ronde | 437 |", "| Date de la ronde | … |"):
    a page may show the latest round and the one before it."""
    out, table = [], []
    for sentence in [*ctx.sentences, None]:
        if sentence is not None and sentence.text.startswith("|"):
            table.append(sentence)
            continue
        if not table:
            continue  # a sentence between two tables (most of them)
        fields = _cell_fields(table) | labelled_fields("\n".join(s.text for s in table))
        number, name = _NUMBER_CELL.fullmatch(fields.get("number", "").strip()), fields.get("name")
        if number and name and (day := parse_day(fields.get("date", ""))) is not None:
            out.append(Round(evidence=ctx.evidence(table[0]), number=number.group(1).lower(), date=day, name=name,
                             category=round_category(name), invitations=parse_count(fields.get("invitations")),
                             crs_cutoff=parse_count(fields.get("crs_cutoff")),
                             tie_break=parse_moment(fields["tie_break"]) if "tie_break" in fields else None))
        table = []
    return out
