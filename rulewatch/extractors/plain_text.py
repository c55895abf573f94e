"""A pasted or extracted text made readable line by line: what surrounds the words a page states.

Comments cut off, a transcript's and a chat's time marks dropped, an e-mail's quoted older message
dropped, two columns laid out with spaces read one after the other, lines wrapped at a fixed width
joined, table rows without their outer pipes given them. Pure functions over text.
"""

from __future__ import annotations

import re
import unicodedata

from .context import row_cells
from .lexicon.criteria import NOT_FUNDS
from .numbers import NUMBER_WORDS
from .quantities import find_quantities, unit_kinds
from .sentences import LINE_MARKS

# A line that opens the comments section of a pasted page.
COMMENTS_MARKER = re.compile(
    r"^[ \t]*(?:\(\d+\)\s*|\d+\s+)?(?:commentaires?|comments?|réactions?|laisser\s+un\s+commentaire|"
    r"leave\s+a\s+(?:comment|reply))\s*(?:\(\d+\))?\s*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def boxed_text(text: str) -> str:
    """A plain text's boxes drawn with characters, one column wide ("+-----+" over "| BOX 3 — MINIMUMS |" lines), read
    as the paragraphs they frame: each framed line is a line of the box's text, not a table's row of one cell. A box
    whose border is crossed where columns meet ("+----+----+") is a table and stays one."""
    if "+--" not in text and "+==" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i + 1
        if _BOX_EDGE.match(lines[i]):
            while end < len(lines) and _FRAMED.match(lines[end]):
                end += 1
        if end > i + 1 and end < len(lines) and _BOX_EDGE.match(lines[end]):
            # (a blank line on each side, so the box's first line heads its own block)
            out.extend(["", *(_FRAMED.match(line).group(1).rstrip() for line in lines[i + 1 : end]), ""])
            i = end + 1
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


_BOX_EDGE = re.compile(r"[ \t]*\+[-=]{10,}\+[ \t]*$")
_FRAMED = re.compile(r"[ \t]*\|(.*?)\|[ \t]*$")


# A static site's Markdown page opens on its metadata between two "---" lines ("title: …", "date: …", "tags: […]")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<block>(?:[\w-]+[ \t]*:[^\n]*\n|[ \t]+[^\n]*\n|-[^\n]*\n){1,60}?)---[ \t]*\n")
_FRONT_TITLE = re.compile(r"^title[ \t]*:[ \t]*[\"']?(?P<title>[^\n\"']+)", re.MULTILINE)


def front_matter(text: str) -> str:
    """A Markdown page without its front matter: metadata, not what the page says ("summary: How the 100-point grid
    works"); its title stays as the page's first line, where a pasted page's title stands."""
    if not text.startswith(("---", "\ufeff---")) or (m := _FRONT_MATTER.match(text)) is None:
        return text
    title = _FRONT_TITLE.search(m.group("block"))
    return (title.group("title").strip() + "\n\n" if title else "") + text[m.end() :]


# A subtitle file's cue (SRT, WebVTT): its number, its time range, then its lines
_CUE_TIME = re.compile(r"^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*$", re.MULTILINE)
_CUE_NOISE = re.compile(r"[ \t]*(?:\d+|WEBVTT[^\n]*|[\[(♪][^\n\])]*[\])♪]?)[ \t]*")  # its number, a header, "[music]"
MIN_CUES = 3


# a cue opening on its speaker: "Maria Lopez: …", "INTERVIEWER: …", ">> …", "- …" (a change of voice in captions)
_NEW_SPEAKER = re.compile(r"(?:>>|-\s|[A-ZÀ-Ý][\w.'’-]*(?:\s[A-ZÀ-Ý][\w.'’-]*){0,3}\s?:\s)")


def subtitles(text: str) -> str:
    """A subtitle file read as the speech it carries: cues without their numbers, times and sound notes, run together
    into one paragraph, as a sentence often runs over two or three cues ("Parmi elles : la compétence" / "linguistique
    en français,")."""
    if len(_CUE_TIME.findall(text)) < MIN_CUES:
        return text
    blocks = re.split(r"\n[ \t]*\n", text)
    out: list[str] = []
    spoken: list[str] = []
    for block in blocks:
        if not _CUE_TIME.search(block):
            out += [" ".join(spoken)] if spoken else []
            spoken = []
            out.append(block)
            continue
        said = [line.strip() for line in block.split("\n")
                if line.strip() and not _CUE_TIME.match(line) and not _CUE_NOISE.fullmatch(line)]
        if said and spoken and _NEW_SPEAKER.match(said[0]):
            out.append(" ".join(spoken))  # (another voice: "INVITÉ : deux ans d'expérience …" is its own turn)
            spoken = []
        spoken += said
    out += [" ".join(spoken)] if spoken else []
    return "\n\n".join(part for part in out if part.strip())


def cut_comments(text: str) -> str:
    """Everything before the first comments marker line, without a transcript's timestamps and without the earlier
    message an e-mail quotes below its reply."""
    m = COMMENTS_MARKER.search(text)
    text = text[: m.start()].rstrip() + _staff_replies(text[m.end() :]) if m else text
    if _CLOCK.search(text):  # (both marks hold a time of day: most texts hold none, and go through neither pattern)
        # (a time mark opens a cue or a chapter of its own: the line is never the one above going on)
        text = _CHAT_HEADER.sub("", _TIMESTAMP.sub(_own_paragraph, text))
    return _without_quoted_messages(text)


# A reply's byline marked with its writer's role on the page: the group's administrator, a moderator, the post's
# author ("↳ Samir B. (Administrateur) · 14:02", "Lena (moderator) · 2 h")
_STAFF_BYLINE = re.compile(r"^[ \t]*(?:↳\s*)?[^\n()]{1,60}?\((?:administrat(?:eur|rice|or)|admin|modérat(?:eur|rice)|moderator|"
                           r"mod|auteure?|autrice|author|op)\)[^\n]*$", re.IGNORECASE | re.MULTILINE)
# any reply's byline: a name and a dot before a time or a date ("Rachid M. · 09:12", "↳ Yanis · 3 févr."), or a name
# alone on its line ("Sunita Rao", "Marvin T. Okafor (Admin)")
_BYLINE = re.compile(r"[ \t]*(?:↳\s*)?(?:[^\n·]{1,60}?\s·\s[^\n]{1,30}|(?:[A-ZÀ-Ý][\w'’.-]*\s?){1,4}(?:\([^()\n]{1,30}\))?)[ \t]*")


def _staff_replies(comments: str) -> str:
    """Of the comments cut off, the replies the page's staff write, each with the comment right above it that it
    answers, one paragraph each: in a group's exported thread the administrator's answers are where its rules are
    ("↳ Samir B. (Administrateur) · 14:02" / "Pour le PEQ non, mais pour la CEC c'est 1 560 heures."); the readers'
    other comments are not kept. Bylines stay: a reply may name whom it answers ("Non Karim, …")."""
    if not _STAFF_BYLINE.search(comments):
        return ""  # (most comments have no reply by staff: nothing is looked at)
    lines = comments.split("\n")
    bylines = [i for i, line in enumerate(lines) if _BYLINE.fullmatch(line) or _STAFF_BYLINE.match(line)]
    kept, taken = [], -1
    for k in (i for i in bylines if _STAFF_BYLINE.match(lines[i])):
        end = next((i for i in range(k + 1, len(lines)) if i in bylines or not lines[i].strip()), len(lines))
        above = max((i for i in bylines if taken < i < k), default=k)
        if any(not line.strip() for line in lines[above:k]):
            above = k  # (the comment above belongs to another exchange)
        if not _A_FIGURE.search("\n".join(lines[k + 1 : end])):
            continue  # (a reply with no figure states none of the rules read: "Diego, yes, PNP candidates must too.")
        kept.append("\n".join(line.strip().lstrip("↳").strip() for line in lines[above:end] if line.strip()))
        taken = end - 1
    return "".join(f"\n\n{block}" for block in kept)


# What introduces an earlier message quoted in an e-mail: "Le 3 février, X a écrit :", "On Feb 3, Anna wrote:",
# "-----Message d'origine-----", "De : …", "Envoyé : …", "Objet : …"
_MAIL_HEADER = re.compile(r"\b(?:a\s+écrit|wrote)\s*:\s*$|^\s*-*\s*(?:message\s+d['’]origine|original\s+message)\s*-*\s*$|"
                          r"^\s*(?:de|envoyé|objet|à|from|sent|subject|to|date)\s*:", re.IGNORECASE)
QUOTE_MARK = re.compile(r"^[ \t]*>")
MAIL_HEADER_REACH = 6  # lines above a quoted block looked at for the header that introduces it


def _without_quoted_messages(text: str) -> str:
    """The e-mail without the earlier message it quotes ("> " lines under "X a écrit :" or a "De : / Envoyé :"
    header): an older message's figures may no longer hold. When the newer message above states no rule of its own
    ("Thanks, I'll send the signed letter") and none follows the quote (an inline reply answers below each quoted
    question), the page's rules are in the message it quotes: that one is read, its quote marks taken off, and what
    it quotes in turn is weighed the same way. Other "> " lines (a guide's notes) stay."""
    if ">" not in text:
        return text  # no quoted line (most texts): no line is looked at
    lines = text.split("\n")
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        if not QUOTE_MARK.match(lines[i]):
            i += 1
            continue
        end = i
        while end < len(lines) and (QUOTE_MARK.match(lines[end]) or not lines[end].strip()):
            end += 1
        header = [j for j in range(max(0, i - MAIL_HEADER_REACH), i) if _MAIL_HEADER.search(lines[j])]
        if header:
            if not _states_a_rule(_newer_message(lines, header[0])) and not _states_a_rule("\n".join(lines[end:])):
                unquoted = [_QUOTE_LEVEL.sub("", line, count=1) for line in lines[i:end]]
                return _without_quoted_messages("\n".join(
                    [line for j, line in enumerate(lines[:i]) if j not in drop] + unquoted + lines[end:]))
            drop.update(range(header[0], end))
        i = end
    return "\n".join(line for j, line in enumerate(lines) if j not in drop) if drop else text


_QUOTE_LEVEL = re.compile(QUOTE_MARK.pattern + " ?")  # one level of quote marks, and the space after it


def _newer_message(lines: list[str], header: int) -> str:
    """The message written above a quoting header: its lines up from the header to the one that opens it (an
    earlier "a écrit :" or "Objet :" line), or to the top."""
    start = header
    while start > 0 and not _MAIL_HEADER.search(lines[start - 1]):
        start -= 1
    return "\n".join(lines[start:header])


_PAYMENT = re.compile(r"\b(?:virements?|paiements?|payments?|pay|paid|payé|verse|versé|transfert|invoice|facture|receipt|reçu)\b",
                      re.IGNORECASE)


def _states_a_rule(message: str) -> bool:
    """Whether a message holds a quantity of a rule's kind; money only when it is not a fee or a payment (a thank-you
    announcing "the $450 assessment fee" states none)."""
    kinds = {kind for _, kind in unit_kinds(message)}
    if NOT_FUNDS.found(message) or _PAYMENT.search(message):
        kinds.discard("money")
    return bool(kinds) and bool(find_quantities(message, kinds=kinds))


# "[04:45] Imaginons …", "(1:02:10) Bonjour": a transcript's time mark opening a line says nothing and hides the
# sentence's own start (its subject, its "Imaginons", its "À la différence du …")
# (a chat export's too: "[12/01/2026 09:01] Name: …", "12/01/2026, 09:01 - Name: …")
_TIMESTAMP = re.compile(r"^[ \t]*(?:[\[(](?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?[\])]|"
                        r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s+-)[ \t]*", re.MULTILINE)


def _own_paragraph(mark: re.Match[str]) -> str:
    return "\n" if mark.start() > 0 else ""


# A chat export's line naming a message's author and time ("northern_mod [MOD] — 03/01/2026 9:20 PM", "Julie — Hier à
# 21:04"): it says who, not what; left as an empty line, so that the message below is not read as going on from it
# A time of day as both patterns write it ("10:13", "9h05"): the regular expression engine looks for the digit first,
# where the two patterns above try every position for a line's start (0.1 ms on a canada.ca page's text).
_CLOCK = re.compile(r"\d[:hH]\d\d")
_CHAT_HEADER = re.compile(r"^[ \t]*[^\n—–]{1,40}?\s[—–-]\s(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|today|yesterday|aujourd['’]hui|hier)"
                          r"(?:\s+(?:at|à))?\s+\d{1,2}[:h]\d{2}(?:\s?[ap]\.?m\.?)?[ \t]*$", re.IGNORECASE | re.MULTILINE)


_SENTENCE_END = re.compile(r"[.!?:;»)\]]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪►]|\d+[.)]|[a-z][.)]|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\))\s+")


_BARE_ROW = re.compile(r"^(?!\|)([^|\n]+(?:[ \t]\|[ \t][^|\n]+)+)$", re.MULTILINE)  # (one line: never across its end)


# A leader of dots between a label and its value ("Work experience ........ one year", "1 ......... $15,263")
_DOT_LEADER = re.compile(r"(?<=\S)[ \t]*\.{4,}[ \t]*(?=\S)")
# (on a line that has one, a shorter leader between spaces is one too: "Adaptability ... 10")
_SHORT_LEADER = re.compile(r"(?<=\S)[ \t]+\.{3}[ \t]+(?=\S)")
# (a list item's short label, then two or three dots: "- English or French (TEER 0 or 1 jobs) .. CLB 7")
_ITEM_LEADER = re.compile(r"^([ \t]*(?:[-*•·▪][ \t]+)[^.:\n]{2,40}?)[ \t]+\.{2,3}[ \t]+(?=[^\s.])", re.MULTILINE)
# a second label and its leader further on the line, past a run of spaces: the grid is printed two pairs a line
_NEXT_PAIR = re.compile(r"(?<=\S) {3,}(?=[^\s.][^.\n]{0,40}?[ \t]\.{3,})")


def dot_leaders(text: str) -> str:
    """A guide's or a checklist's dot leaders read as the label-value colon they stand for, a line holding two
    pairs ("Age ...... 12 pts    Education ...... 25 pts") as two lines; a list item's short label before two or
    three dots between spaces too ("- English or French (TEER 0 or 1 jobs) .. CLB 7")."""
    if " .." in text:
        text = _ITEM_LEADER.sub(r"\1 : ", text)
    if "...." not in text:
        return text
    # (beside leaders of four dots or more, the longest label's may be three: "Language, TEER 0/1 jobs ... CLB 7"; or,
    # its label filling the column, one or two, on a line between leaders: "Reading & writing . CLB 4")
    lines = _under_column_header(text.split("\n"))
    return "\n".join(_led(line) if "...." in line or _THREE_DOT_LEADER.match(line) else
                     _ALIGNED_LEADER.sub(r"\1 : ", line) if _between_leaders(lines, i) else line
                     for i, line in enumerate(lines))


_THREE_DOT_LEADER = re.compile(r"[ \t]*[^.\n]{2,50}?\S[ \t]+\.{3}[ \t]+\S")
_ALIGNED_LEADER = re.compile(r"^([ \t]*[^.:\n]{2,50}?\S)[ \t]+\.{1,2}[ \t]+(?=[^\s.])")


_COLUMN_LEADER = re.compile(r"(?<=\S)[ \t]*\.{3,}[ \t]*(?=\S)")  # (the longest label's may be three dots)
_HEADER_CELL = re.compile(r"\S+(?: {1,2}\S+)*")  # (cells are set apart by three spaces or more)


def _under_column_header(lines: list[str]) -> list[str]:
    """Leader lines right under a header laid out in columns ("Family members      Minimum you must hold ($)" over
    "1 ......... 15,263"), each value starting under a header cell, are that table's rows: their dots become the
    spaces they stand for, for ``aligned_rows`` to read."""
    out = list(lines)
    starts: list[int] = []
    for i, line in enumerate(lines):
        if starts and "..." in line and _under_cells(line, starts):
            out[i] = _COLUMN_LEADER.sub(lambda m: " " * len(m.group()), line)
            continue
        starts = [cell.start() for cell in _HEADER_CELL.finditer(line)] if "." not in line and len(line) <= 100 else []
        starts = starts if len(starts) >= 2 else []
    return out


def _under_cells(line: str, starts: list[int]) -> bool:
    """The line starts under the header's first cell and each value after a leader under another of its cells."""
    values = [leader.end() for leader in _COLUMN_LEADER.finditer(line)]
    return abs(len(line) - len(line.lstrip()) - starts[0]) <= COLUMN_SLACK and \
        all(any(abs(value - start) <= COLUMN_SLACK for start in starts[1:]) for value in values)


def _between_leaders(lines: list[str], i: int) -> bool:
    return "...." in "".join(lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]) and _ALIGNED_LEADER.match(lines[i]) is not None


def _led(line: str) -> str:
    pairs = _NEXT_PAIR.split(line.strip())
    if sum("..." in pair for pair in pairs) < 2:  # one leader on a line (a price beside a table's row): the line stays
        return _as_colons(line)
    indent = line[: len(line) - len(line.lstrip())]
    return "\n".join(indent + _as_colons(pair) for pair in pairs)


def _as_colons(text: str) -> str:
    return _SHORT_LEADER.sub(" : ", _DOT_LEADER.sub(" : ", text))


def pipe_rows(text: str) -> str:
    """Table rows pasted without their outer pipes ("1 | $14,965") written as the extracted text writes rows
    ("| 1 | $14,965 |"), so that they are read as rows under their header; an ASCII table's borders
    ("+------+-----+") as separator rows, so that its header stays on top of its rows."""
    text = _ASCII_BORDER.sub(lambda m: m.group().replace("+", "|").replace("=", "-"), text)
    # a rule under a header crossed where the columns meet ("-----+-----+----", as database shells print tables)
    text = _CROSSED_RULE.sub(lambda m: "|" + m.group().strip().replace("+", "|").replace("=", "-") + "|", text)
    return _continued_rows(_BARE_ROW.sub(lambda m: f"| {m.group(1).strip()} |", text))


_CONTINUED_ROW = re.compile(r"^(\|[^\n]*\|)[ \t]*\n[ \t]+\|([^\n]*)$", re.MULTILINE)


def _continued_rows(text: str) -> str:
    """A row whose cells go on, on the next line, under an empty first column ("| PTMSF | 2 ans … dans un métier |" then
    "      | spécialisé |"): one row, each cell with its words."""
    if "\n " not in text and "\n\t" not in text:
        return text

    def join(m: re.Match[str]) -> str:
        cells = [c.strip() for c in m.group(1).strip("|").split("|")]
        more = ["", *(c.strip() for c in m.group(2).rstrip(" |\t").split("|"))]  # (the first column left empty)
        if len(more) > len(cells):
            return m.group(0)
        merged = [f"{cell} {extra}".strip() for cell, extra in zip(cells, more + [""] * (len(cells) - len(more)))]
        return "| " + " | ".join(merged) + " |"
    return _CONTINUED_ROW.sub(join, text)


_ASCII_BORDER = re.compile(r"^[ \t]*\+(?:[-=]+\+)+[ \t]*$", re.MULTILINE)
_CROSSED_RULE = re.compile(r"^[ \t]*[-=]{2,}(?:\+[-=]{2,})+[ \t]*$", re.MULTILINE)


_TABLE_LINE = re.compile(r"^[ \t]*[|+]")  # a table's row or an ASCII table's border: its own columns
_COLUMN_GAP = re.compile(r"(?<=\S)( {3,})(?=\S)")
COLUMN_SLACK = 3  # how far a right column's first letter may stray from where the others start


def uncolumn(text: str) -> str:
    """Text laid out in two columns with spaces (a handout, a PDF turned into text) as one column after the other,
    block by block, so that each column's sentences are read whole ("Expérience : 2 ans …" beside "Expérience : 1 an
    …" on the same lines gave one program's values to the other). Other texts are returned as they are."""
    lines = text.split("\n")
    column = _right_column(lines)
    if column is None:
        return text
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        # (a column may hold a table laid out with spaces, "Ménage   Montant 2026   Ancien": its rows, as on a page of one column)
        out.extend(_aligned(left) + ([""] if left and right else []) + _aligned(right))
        left.clear()
        right.clear()

    for line in lines:
        bar = line.find("|")
        if bar >= 0 and not line[:bar].strip() and abs(bar - column) <= COLUMN_SLACK:
            # (the right column alone, past the bar ruling the gutter; or the bar alone, a blank line in both)
            if line[bar + 1 :].strip():
                right.append(_past_the_bar(line[bar:]))
            else:  # (a blank line in both ends a table in either: "Pas exigés …" under the amounts is not one of its rows)
                for column_lines in (left, right):
                    if column_lines and column_lines[-1]:
                        column_lines.append("")
            continue
        split = _split_at(line, column)
        if split is None:  # a blank line, or a line across both columns (a title, a rule, a boxed note)
            flush()
            out.append(line)
            continue
        # (a bar may rule the gutter: "• Window: in the last 10 years   |  • Window: in the last 3 years")
        if split[0].strip():
            left.append(split[0].rstrip())
        if split[1].strip():
            right.append(_past_the_bar(split[1]) if split[1].lstrip().startswith("|") else split[1].strip())
    flush()
    return "\n".join(out)


def _aligned(column: list[str]) -> list[str]:
    return aligned_rows("\n".join(column)).split("\n") if column else column


def _past_the_bar(part: str) -> str:
    """A right column's line past the bar ruling the gutter, a line hanging under a bullet kept indented ("|  • Counted
    over: the last" over "|    3 years")."""
    text = part.lstrip()[1:].rstrip()
    indent = len(text) - len(text.lstrip())
    return ("  " if indent > GUTTER_INDENT else "") + text.lstrip()


GUTTER_INDENT = 2  # spaces between a ruled gutter and its column's text


def _right_column(lines: list[str]) -> int | None:
    """Where the right column starts, when enough lines have text there after a run of spaces; else None."""
    starts = [m.end() for line in lines if not _TABLE_LINE.match(line) for m in _COLUMN_GAP.finditer(line) if m.end() >= 20]
    filled = sum(1 for line in lines if line.strip() and not _TABLE_LINE.match(line))
    if len(starts) < max(5, filled * 3 // 10):
        return None
    best = max(set(starts), key=lambda c: sum(1 for s in starts if abs(s - c) <= COLUMN_SLACK))
    near = sum(1 for s in starts if abs(s - best) <= COLUMN_SLACK)
    return best if near >= max(5, filled * 3 // 10) else None


def _split_at(line: str, column: int) -> tuple[str, str] | None:
    """A line's left and right column parts; None for a blank line, a table's row or border, or one that runs
    across the gap."""
    if not line.strip() or _TABLE_LINE.match(line):
        return None
    for m in _COLUMN_GAP.finditer(line):
        if abs(m.end() - column) <= COLUMN_SLACK:
            return line[: m.start()], line[m.end() :]
    # (a left column's line filled up to the bar ruling the gutter: "• Langue : NCLC 7 dans les 4 habiletés |  • Le …")
    bar = line.find(" | ")
    if bar > 0 and abs(bar + 1 - column) <= COLUMN_SLACK:
        return line[:bar], line[bar + 1 :]
    indent = len(line) - len(line.lstrip(" "))
    if indent >= column - COLUMN_SLACK:
        return "", line
    if len(line.rstrip()) < column - COLUMN_SLACK:
        return line, ""
    return None


def _is_row(line: str) -> bool:
    """A table row, with or without its outer pipes: never part of a wrapped sentence."""
    return line.startswith("|") or " | " in line


_ARROW_LINE = re.compile(r"^\s*(?:[•·▪*-]\s*)?(?:→|->|=>|⇒|➜|➔)\s*")
# a line of notes that opens with its own label ("chq pers. supp. → 4 112 $"): not the line above going on
_LABEL_LINE = re.compile(r"[^:→➡]{1,40}?\s?(?::|→|➡|->|=>)\s*\S")
# (under a list's last item, a capital may open a longer label: "Durée demandée dans toutes les catégories : 12 mois")
_CAPITAL_LABEL_LINE = re.compile(r"[A-ZÀ-Ý][^:→➡.!?]{1,60}?\s?(?::|→|➡|->|=>)\s*\S")
# a line of examples under a figure ("e.g. a 30-year-old gets 12"): a note of its own, not the figure's line going on
_EXAMPLE_LINE = re.compile(r"(?:e\.\s?g\.|ex\.|p\.\s?ex\.)\s", re.IGNORECASE)
# a grid's row, a label and its figure alone ("schooling : 25", a leader made a colon): under two of them, a line in
# lowercase is the next row or a note of its own ("job offer 10"), not the row going on
_GRID_ROW = re.compile(r"[^:\d]{1,40}(?: :)? \d[\d,.]*")
WRAP_WIDTH = 45  # a line this long that stops mid-word-run was cut by the page's width, not by the author


_LABELLED_VALUE = re.compile(r"^([ \t]*[^:\n]{2,40}?\s?:[ \t]*)(\S+)")


def _second_value(above: str, line: str) -> bool:
    """A label's second value on a line of its own, indented to the first's column and opening with the same word
    ("Language:    CLB 5 (speaking and listening)" over "             CLB 4 (reading and writing)")."""
    labelled = _LABELLED_VALUE.match(above)
    return labelled is not None and len(line) - len(line.lstrip(" ")) == len(labelled.group(1)) and \
        line.split(None, 1)[:1] == [labelled.group(2)]


def unwrap_lines(text: str) -> str:
    """Plain text wrapped at a fixed width (a PDF turned into text): a line that does not end a sentence and
    a next one that starts in lowercase (or a long line ending on a lowercase word) are one sentence ("…avoir accumulé au moins vingt-quatre mois\nd'expérience"),
    and a word cut by a hyphen at the end of a line is joined ("ré-\ngulier")."""
    lines = text.split("\n")
    # a text cut at a fixed width has many long lines that stop mid-sentence; a pasted page only its headings
    cut = sum(1 for line in lines if len(line.strip()) >= WRAP_WIDTH and not _SENTENCE_END.search(line.rstrip()))
    fixed_width = cut >= max(3, len([line for line in lines if line.strip()]) // 4)
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        previous = out[-1].rstrip() if out else ""
        if previous and (arrow := _ARROW_LINE.match(line)) and not previous.endswith(":"):
            # a slide's "→ dans les 10 dernières années" under "• Expérience : 1 an …" goes on with that bullet
            out[-1] = f"{previous}, {line[arrow.end():].strip()}"
            continue
        if previous and _second_value(out[-1], line):
            out[-1] = f"{previous}; {stripped}"
            continue
        # (an indented line under a bullet's line goes on with that item: "• médecins … au" / "  Canada ;")
        hanging = line.startswith("  ") and bool(out) and _LIST_ITEM.match(out[-1]) is not None
        # (a line opening on a symbol, a chat's "❓ Only 60 points on the grid?" under "✅ … on the six selection
        # factors", is its own)
        wrapped = stripped and unicodedata.category(stripped[0]) != "So" and (stripped[0].islower() or hanging or
                                (fixed_width and len(previous) >= WRAP_WIDTH and previous[-1:].islower()))
        if previous and wrapped and not _LIST_ITEM.match(line) and not _SENTENCE_END.search(previous) \
                and not _LABEL_LINE.match(stripped) and not _EXAMPLE_LINE.match(stripped) \
                and not (_LIST_ITEM.match(previous) and _CAPITAL_LABEL_LINE.match(stripped)) \
                and not (_is_row(previous) or _is_row(stripped)) \
                and not (len(out) > 1 and all(_GRID_ROW.fullmatch(row.strip()) for row in out[-2:])):
            out[-1] = previous[:-1] + stripped if previous.endswith("-") and previous[-2:-1].isalpha() else f"{previous} {stripped}"
        else:
            out.append(line)
    return "\n".join(out)


# A card's figure alone on its line: "67", "+600", "12 pts max.", "15 263 $"
_FIGURE_LINE = re.compile(r"[+]?\d[\d \u00a0\u202f.,]*(?:\s?(?:%|\$|pts?\.?|points?|ans|mois|years|months)\b\.?)?(?:\s?max\.?)?")
_CARD_LABEL = re.compile(r"[^\d.!?;:|]{2,60}")
CARD_LABEL_WORDS = 6


def figure_cards(text: str) -> str:
    """A page built of cards writes a name, a figure and a caption on lines of their own ("Seuil de réussite" /
    "67" / "points sur 100, …"): one line, so that the figure is read with what it counts and what it is for."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FIGURE_LINE.fullmatch(line.strip()) and out and _CARD_LABEL.fullmatch(out[-1].strip()) \
                and len(out[-1].split()) <= CARD_LABEL_WORDS:
            joined = f"{out[-1].rstrip()} {line.strip()}"
            if i + 1 < len(lines) and lines[i + 1][:1].islower():  # the caption that says what the figure counts
                joined, i = f"{joined} {lines[i + 1].strip()}", i + 1
            out[-1] = joined
        else:
            out.append(line)
        i += 1
    return "\n".join(out)


# A slide opening on its key figure alone on its line, after the slide's number perhaps ("1 12 MOIS", "3 67 / 100",
# "4 + 600 POINTS", "NCLC 7"), then the sentences that say what it is ("C'est l'expérience minimale …")
_HEADLINE_FIGURE = re.compile(
    r"(?:\d{1,2}\s+)?(?:\+\s?)?(?:\d[\d \u00a0\u202f.,]*?(?:\s?(?:%|\$|€|(?:pts?|points?|ans|mois|years?|months?|heures|hours)\b\.?)"
    r"|\s?/\s?100)|(?:nclc|clb)\s?\d{1,2})", re.IGNORECASE)
HEADLINE_CAPTION_LINES = 4  # lines of a slide read with its figure


def figure_headlines(text: str) -> str:
    """A slide (lines between blank lines) whose first line is its figure, with its unit, and whose next line is a
    sentence: one paragraph, so that the figure is read with the sentence that says what it counts and for whom."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _HEADLINE_FIGURE.fullmatch(line) and i + 1 < len(lines) and lines[i + 1].strip()[:1].isupper() \
                and (i == 0 or not lines[i - 1].strip() or lines[i - 1].lstrip().startswith("[")):
            block, i = [line], i + 1
            while i < len(lines) and lines[i].strip() and len(block) <= HEADLINE_CAPTION_LINES \
                    and not lines[i].lstrip().startswith("|"):
                block.append(lines[i].strip())
                i += 1
            out.append(" ".join(block))
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# "| 12 | months of work experience you need … |": a key figure in its own cell, then what it counts, lowercase
_FIGURE_ROW = re.compile(r"\|\s*(?P<figure>[+]?\d[\d \u00a0\u202f.,]*?)\s*\|\s*(?P<counts>[a-zà-ÿ][^|]*?)\s*\|?\s*")


def figure_rows(text: str) -> str:
    """A box of key figures laid out as a two-column table without a header, each figure's unit starting the cell
    beside it, becomes a list ("- 12 months of work experience …"): the figure is read with what it counts, as a
    card's is (two rows or more in a row; a one-off row stays a table row)."""
    lines = text.split("\n")
    rows = [_FIGURE_ROW.fullmatch(line) for line in lines]
    return "\n".join(f"- {row.group('figure')} {row.group('counts')}" if row and in_box else line
                     for line, row, in_box in zip(lines, rows, _in_runs([row is not None for row in rows])))


_INDENT = re.compile(r"\t*")
MIN_OUTLINE = 5  # tab-indented lines of a text exported as an outline, at the least


def outline(text: str) -> str:
    """A mind map or an outline exported as text, its levels told by tabs ("PTMSF" / "\tLangue" / "\t\tExpression
    écrite : NCLC 4"), written as nested lists are: a line with lines under it is their lead-in ("Langue:"), a line
    with none an item ("- Expression écrite : NCLC 4"), so that what a branch names stays the subject of its leaves."""
    lines = text.split("\n")
    depths = [len(_INDENT.match(line).group()) if line.strip() else -1 for line in lines]  # type: ignore[union-attr]
    if sum(d > 0 for d in depths) < MIN_OUTLINE or len({d for d in depths if d > 0}) < 2:
        return text
    below = _depths_below(depths)
    out: list[str] = []
    for i, (line, depth) in enumerate(zip(lines, depths)):
        if depth <= 0 or "\t" in (said := line.strip()):
            out.append(line)  # (a line of cells is a row: ``tab_rows``)
            continue
        if said[:1].islower() and out and depths[i - 1] == depth - 1:
            out[-1] = f"{out[-1].rstrip(':')} {said}"  # "Expérience : 1 an …" / "\tdans les trois ans …": one sentence
            continue
        if below[i] <= depth:
            out.append(said if _LIST_ITEM.match(said) else f"- {said}")
        elif depth == 1 or said.endswith((":", "?")):
            out.append(said)  # a first-level branch heads a section ("PTMSF", "Moi")
        else:
            out.append(f"{said}:")  # a deeper branch leads its leaves in ("Langue (minimums par habileté):")
    return "\n".join(out)


def _depths_below(depths: list[int]) -> list[int]:
    """For each line, the depth of the next non-blank line (0 past the last): one pass from the end, where asking each
    line's followers in turn would be quadratic on a long text."""
    below, nearest = [0] * len(depths), 0
    for i in range(len(depths) - 1, -1, -1):
        below[i] = nearest
        if depths[i] >= 0:
            nearest = depths[i]
    return below


_TAB_CELLS = re.compile(r"\t+")


def tab_rows(text: str) -> str:
    """A spreadsheet pasted or exported as text, its cells separated by tabs ("Rule\t2025\t2026"), written as the
    extracted text writes table rows, when two lines or more in a row have cells."""
    lines = text.split("\n")
    tabbed = [len([c for c in _TAB_CELLS.split(line.strip(" \r")) if c.strip()]) >= 2 for line in lines]
    # (an empty last cell stays a cell: the row lines up with its header)
    return "\n".join(_row([c.strip() for c in _TAB_CELLS.split(line.strip(" \r"))]) if in_run else line
                     for line, in_run in zip(lines, _in_runs(tabbed)))


def _in_runs(keys: list[object]) -> list[bool]:
    """For each line, whether it belongs to a run of two lines or more sharing its key (a true one: a row's shape, its
    number of cells): a table is two rows at the least, a one-off line stays as written."""
    return [bool(key) and ((i > 0 and keys[i - 1] == key) or (i + 1 < len(keys) and keys[i + 1] == key))
            for i, key in enumerate(keys)]


CSV_CELLS = 4  # cells of a line exported as CSV with semicolons, at the least ("critère;programme;valeur;unité")


def semicolon_rows(text: str) -> str:
    """Rules exported as CSV with semicolons ("note de passage;PTQF;67;points;;"), written as the extracted text writes
    table rows, when two lines or more in a row have the same number of cells."""
    lines = text.split("\n")
    counts = [line.count(";") + 1 if line.count(";") + 1 >= CSV_CELLS else 0 for line in lines]
    return "\n".join(_row(_with_units([c.strip() for c in line.strip(" \r").split(";")])) if in_run else line
                     for line, in_run in zip(lines, _in_runs(counts)))


_FIGURE_CELL = re.compile(r"[+]?\d[\d \u00a0\u202f.,]*")
_UNIT_CELL = re.compile(r"mois|ans|années|heures|h|points?|pts|\$|\$\s?CA|CAD|dollars|months|years|hours|(?P<scale>NCLC|CLB)", re.IGNORECASE)


def _with_units(cells: list[str]) -> list[str]:
    """A figure's cell joined with the unit's cell after it ("12" | "mois" -> "12 mois"; "7" | "NCLC" -> "NCLC 7"),
    the cell after it left empty so that the row keeps its columns."""
    out = list(cells)
    for i in range(len(out) - 1):
        if _FIGURE_CELL.fullmatch(out[i]) and (unit := _UNIT_CELL.fullmatch(out[i + 1])):
            out[i], out[i + 1] = (f"{out[i + 1]} {out[i]}" if unit.group("scale") else f"{out[i]} {out[i + 1]}"), ""
    return out


# Cells of a table laid out with spaces (a PDF or a terminal printing "Factor      Max     Family size   Funds"):
# two spaces or more part them; a gap of three or more shows the line is laid out, not typed with a double space.
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_LAID_OUT = re.compile(r"\S {3,}\S")
ALIGN_SLACK = 3  # how far a cell may start from its column's start in the header
SHORT_CELL = 15  # a figure, an amount, a level: what a column of values holds
MIN_ALIGNED_ROWS = 3


# a label and its figure, a run of spaces apart: "Speaking   CLB 5", "Reading    CLB 4"
_SPACED_PAIR = re.compile(r"[ \t]*(?P<label>[^\d\s:|][^\d:|\n]{0,38}?)[ \t]{2,}(?P<value>\S[^\n]*?\d[^\n]*?)[ \t]*")


def spaced_pairs(text: str) -> str:
    """A block whose every line is a label and its figure apart ("Speaking   CLB 5" over "Listening  CLB 5"): "- label :
    value" items, the list it is (under the lead-in above it), not a table's rows under its first line as a header."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < 2 or not all(_SPACED_PAIR.fullmatch(line) for line in filled):
        return text
    return "\n".join(f"- {m.group('label').strip()} : {m.group('value').strip()}" if (m := _SPACED_PAIR.fullmatch(line)) else line
                     for line in lines)


_COLUMN_RULE = re.compile(r"[ \t]*[-=]{3,}(?:[ \t]+[-=]{3,})+[ \t]*")


def aligned_rows(text: str) -> str:
    """A table laid out in columns of spaces, written as the extracted text writes table rows, each cell under the
    header cell it stands below: so that "Age        12       4 persons    $28,362" is two tables' rows, not one
    sentence whose figures run together. A run of three lines or more, its first line the header; two columns of
    prose (each cell a long phrase, as ``uncolumn`` reads them) are left as they are."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if (header := _cells(lines[i])) is None:
            out.append(lines[i])
            i += 1
            continue
        starts = [start for start, _ in header]  # (the header's columns, asked once for the lines under it)
        # (a rule of dashes under the header, one run per column, "--------  ------", is the table's own: passed over)
        ruled = i + 1 < len(lines) and _COLUMN_RULE.fullmatch(lines[i + 1]) is not None
        j = i + 2 if ruled else i + 1
        # (a line laid out with no gap of its own holds a figure: "Pas exigés avec une offre d'emploi" under the amounts
        # is prose, "Reading comprehension CLB 4" a row)
        while j < len(lines) and (_cells(lines[j]) is not None or _under_columns(lines[j], starts) and _DIGIT.search(lines[j]) or
                                  (j > i + 1 and _continues_row(lines[j], starts))):
            j += 1
        run = [lines[i], *lines[i + 2 : j]] if ruled else lines[i:j]
        if (len(run) >= MIN_ALIGNED_ROWS or _crosswise_pair(run)) and _is_table(run, starts, ruled):
            rows: list[list[str]] = []
            for line in run:
                cells = _row_cells(line, starts)
                if len(rows) > 1 and _continues_row(line, starts):  # a cell's second line: its row's
                    rows[-1] = [f"{above} {cell}".strip() for above, cell in zip(rows[-1], cells)]
                else:
                    rows.append(cells)
            out.extend([_row(rows[0]), _separator(len(starts)), *map(_row, rows[1:])])  # (the rule below the header)
        else:
            out.extend(lines[i:j])
        i = j
    return "\n".join(out)


def _cells(line: str) -> list[tuple[int, str]] | None:
    """(start, text) of each cell of a laid-out line, or None for a line that is not one (a row already, prose)."""
    # (nor one whose columns are already set off by pipes, "Age    | 12 points": ``pipe_rows`` writes it)
    if not _LAID_OUT.search(line) or _TABLE_LINE.match(line) or " | " in line or len(line) > 200:
        return None
    cells = [(m.start(), m.group()) for m in _SPACED_CELL.finditer(line)]
    return cells if len(cells) >= 2 and all(len(c) <= 45 for _, c in cells) else None


MIN_CROSSWISE_CELLS = 4
ROW_LABEL = 25  # the first cell of a table's row: a criterion's name ("Grille de sélection"), not a phrase of prose


def _crosswise_pair(run: list[str]) -> bool:
    """Two lines whose every cell stands under one of the other's, four or more: a table printed across the page
    ("Persons   1   2   3" over "Funds   15,263   19,001   23,360"), which has one row."""
    if len(run) != 2:
        return False
    header, row = ([start for start, _ in _cells(line) or []] for line in run)
    return len(header) == len(row) >= MIN_CROSSWISE_CELLS and \
        all(abs(a - b) <= ALIGN_SLACK for a, b in zip(header, row))


_CAPITALS_ONLY = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ /-]*")
_A_FIGURE = re.compile(rf"\d|\b{NUMBER_WORDS}\b", re.IGNORECASE)  # in digits or in words: "one year, full-time"


def _is_table(run: list[str], starts: list[int], ruled: bool = False) -> bool:
    """Rows of a table (``starts``: where its first line's columns start): most rows below the header hold values
    (short cells with a figure) in each column past the first, up to two, or its header is ruled off (``ruled``);
    columns of prose hold phrases ("(1,560 hours) or equal part-time")."""
    header, *rows = [_cells(line) or _under_columns(line, starts) or [] for line in run if not _continues_row(line, starts)]
    wanted = min(2, len(header) - 1)
    # (a short figure in a cell, or, under three titles or more, a figure in every cell but the row's name: "7 in every
    # ability | one year, inside the last 10 years")
    valued = sum(sum(len(c) <= SHORT_CELL and any(ch.isdigit() for ch in c) for _, c in cells) >= wanted or
                 len(header) >= 3 and len(cells) == len(header) and all(any(ch.isdigit() for ch in c) for _, c in cells[1:])
                 for cells in rows)
    # (and the first line heads every column: two columns of prose beside a table have more cells than their titles,
    # or a bullet or a figure where the rows' title stands, "- 1 year of work in Canada      Household     Funds")
    titled = not _LIST_ITEM.match(header[0][1] + " ") and not any(ch.isdigit() for ch in header[0][1])
    # (a ruled header over rows whose first cells are labels, "Emploi qualifié   1 an continu, sur les …", is a table whatever
    # its values' length; two columns of prose under two titles are not: their first cells run long too)
    labelled = ruled and all(cells and len(cells[0][1]) <= ROW_LABEL for cells in rows)
    # (so is a header of two titles in capitals over label and value rows, each value with a figure: "CRITERION   WHAT
    # YOU NEED" over "Work history   1 year of continuous full-time paid work")
    labelled = labelled or len(header) == 2 and _CAPITALS_ONLY.fullmatch(" ".join(c for _, c in header)) is not None and all(
        len(cells) == 2 and len(cells[0][1]) <= ROW_LABEL and _A_FIGURE.search(cells[1][1]) for cells in rows)
    return titled and (labelled or valued * 2 > len(rows)) and sum(len(cells) > len(header) for cells in rows) * 5 <= len(rows)


def _under_columns(line: str, starts: list[int]) -> list[tuple[int, str]] | None:
    """The cells of a row whose label fills its column, one space short of the next ("Reading comprehension CLB 4"
    under "Ability                Minimum", whose columns start at ``starts``): each column after the first starts
    after a single space where the header's does, or a character or two from it; None for a line that is not one."""
    if len(starts) < 2 or line.lstrip().startswith("|") or len(line) > 200:
        return None
    cuts = [next((p for p in sorted(range(s - ALIGN_SLACK + 1, s + ALIGN_SLACK), key=lambda p: abs(p - s))
                  if 0 < p < len(line) and line[p - 1] == " " and line[p] != " "), None) for s in starts[1:]]
    if None in cuts:
        return None
    bounds = [0, *cuts]
    return [(b, line[b:e].strip()) for b, e in zip(bounds, [*cuts, len(line)])]  # type: ignore[misc]


def _continues_row(line: str, starts: list[int]) -> bool:
    """A line whose first column is blank: the rest of the cells of the row above, run over onto a second line
    ("                 4 reading and writing" under "Skilled Trades (FSTP)    5 speaking and listening,")."""
    return len(starts) >= 2 and bool(line.strip()) and len(line) - len(line.lstrip(" ")) >= starts[1] - ALIGN_SLACK


def _row_cells(line: str, starts: list[int]) -> list[str]:
    if _cells(line) is None and (cells := _under_columns(line, starts)):  # (not laid out with a gap of its own)
        return [c for _, c in cells]
    return _column_cells(line, starts)


def _column_cells(line: str, starts: list[int]) -> list[str]:
    """A laid-out line's text put under the columns starting at ``starts``, each piece under the last column that
    starts before it (with some slack)."""
    cells = [""] * len(starts)
    for m in _SPACED_CELL.finditer(line):
        column = max((k for k, s in enumerate(starts) if s <= m.start() + ALIGN_SLACK), default=0)
        text = m.group()
        # a cell run over into the next column, one space short ("Healthcare and social services 2,500" over the
        # invitations' column): its last figure is the next column's
        # (the figure starting where that column does: "6 févr. 2026 4 000" puts "4 000" there, not "2026 4 000")
        if column + 1 < len(starts) and m.end() > starts[column + 1] + ALIGN_SLACK and \
                (over := next((o for o in _OVERRUN_FIGURE.finditer(text)
                               if m.start() + o.start(1) >= starts[column + 1] - ALIGN_SLACK), None)) is not None:
            cells[column + 1] = over.group(1)
            text = text[: over.start()]
        cells[column] = f"{cells[column]} {text}".strip()
    return cells


_OVERRUN_FIGURE = re.compile(r" (?=([\d$][\d,. \u00a0]*\d)$)")


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _separator(columns: int) -> str:
    """The line the extracted text writes under a table's header."""
    return "|" + "---|" * columns


# The rule under a printed table's header, one run of dashes per column ("-------   ------------   ------")
_HEADER_RULE = re.compile(r"^[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,})+[ \t]*$")
_RULE_RUN = re.compile(r"[-=]{2,}")


MIN_RULED_COLUMNS = 3  # two titles ruled over two columns head two columns of prose as often as a table (``_valued``)


def _ruled_rows(lines: list[str], i: int, starts: list[int]) -> tuple[list[list[str]], int]:
    """The rows of the table whose header is line ``i`` (its rule below it), and the line after its last."""
    rows = [_column_cells(lines[i], starts)]
    i += 2
    while i < len(lines) and lines[i].strip() and not _HEADER_RULE.match(lines[i]):
        cells = _column_cells(lines[i], starts)
        if not cells[0] and len(rows) > 1:
            rows[-1] = [f"{above} {cell}".strip() for above, cell in zip(rows[-1], cells)]
        else:
            rows.append(cells)
        i += 1
    return rows, i


def _valued(rows: list[list[str]]) -> bool:
    """Two ruled columns are a table when most rows hold a value in the second (a figure in a short cell), or when
    every row is a short name beside a short word ("Éducation | reconduite", "STEM | back"), not prose."""
    if len(rows) < 2:
        return False
    if sum(len(r[1]) <= SHORT_CELL and any(ch.isdigit() for ch in r[1]) for r in rows) * 2 > len(rows):
        return True
    return len(rows) >= 3 and all(0 < len(r[1]) <= SHORT_CELL and 0 < len(r[0]) <= NAME_CELL for r in rows)


NAME_CELL = 90  # "Chercheurs et cadres supérieurs ayant de l'expérience de travail au Canada": a long name, not prose


def ruled_tables(text: str) -> str:
    """A table printed as text with a rule of dashes under its header (a terminal's or a PDF's table), written as
    the extracted text writes rows: each cell goes under the column whose dashes it starts above, and a line whose
    first column is empty goes on with the row above ("(3,120 hours)" under "Two years in a trade"). The table
    ends at a blank line."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        starts = [m.start() for m in _RULE_RUN.finditer(lines[i + 1])] if i + 1 < len(lines) and lines[i].strip() \
            and _HEADER_RULE.match(lines[i + 1]) and not _HEADER_RULE.match(lines[i]) else []
        rows, end = _ruled_rows(lines, i, starts) if len(starts) >= 2 else ([], i)
        if len(starts) >= MIN_RULED_COLUMNS or rows and _valued(rows[1:]):
            out.extend([_row(rows[0]), _separator(len(starts)), *map(_row, rows[1:])])
            i = end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


# Text struck through in markdown ("~~6 months~~ 12 months", "~~Job offer = +50 CRS~~")
_STRUCK = re.compile(r"~~(?=\S)([^~\n]{1,200}?)(?<=\S)~~")


def struck_markdown(text: str) -> str:
    """Markdown's struck text read as the HTML strike is (``main_text``): a struck figure beside its replacement is
    the value before, said in words; a whole struck claim is a crossed line, not the page's word."""
    if "~~" not in text:
        return text

    def unstrike(m: re.Match[str]) -> str:
        struck = m.group(1)
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (a struck line whole, "~~Job offer = +50 CRS~~", is crossed whatever its length)
        whole_line = not text[line_start : m.start()].strip(LINE_MARKS)
        return struck_as_read(struck, whole_line, "previously") or struck
    return _STRUCK.sub(unstrike, text)


STRUCK_FIGURE_WORDS = 5  # "14 690 $", "6 months", "CLB 7 (all abilities)": a struck value, not a struck sentence
_DIGIT = re.compile(r"\d")


def struck_as_read(struck: str, whole_line: bool, previously: str) -> str | None:
    """How struck text reads, in HTML or in markdown: a whole struck claim (a myth, a retracted line) crossed, as a
    checklist crosses what is false (not the page's word, though what it names stays the topic of the line after
    it); a struck figure beside its replacement as the value before, said in words ("(previously 14 690 $)"); None
    for other struck words, read as they are."""
    if whole_line or len(struck.split()) > STRUCK_FIGURE_WORDS:
        return f"✘ {struck}"
    return f"({previously} {struck})" if _DIGIT.search(struck) else None


# A footnote's call glued to a word or a figure ("one year¹ of work", "3 120 heures²"): a superscript digit is a
# word character to a regular expression, so "year¹" is no year. Each call becomes a space (the text keeps its
# length and offsets); a footnote's own line keeps its mark ("¹ 1 560 heures au total").
# (Written superscript first, what stands before it checked behind it: a pattern opening on a set of characters
# lets the regex engine look for them, 120 us -> a few us on a page, where "(?<=…)[¹²…]+" was tried at every position.)
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE_CALL = re.compile(rf"[{_SUPERSCRIPTS}](?<=[\w).,%$][{_SUPERSCRIPTS}])[{_SUPERSCRIPTS}]*")


def footnote_calls(text: str) -> str:
    return _FOOTNOTE_CALL.sub(lambda m: " " * len(m.group()), text)


_KEYCAP = re.compile(r"(?<=\d)\ufe0f?\u20e3")


def keycaps(text: str) -> str:
    """"1️⃣ personne : 15 263 $": an emoji's keycap digit is the digit (its marks hid it from every number)."""
    return _KEYCAP.sub("", text) if "\u20e3" in text else text


# A header cell naming a household's size ("1", "2 personnes", "4 persons") or the step per extra member
_SIZE_CELL = re.compile(r"\s*(?:(?P<size>[1-9]|10)(?:\s*(?:pers\.?|personnes?|persons?|people|membres?|members?))?|"
                        r"\+\s?1|(?:each|per|every)\s+(?:extra|additional|more)\b.*|additional\s+(?:person|member)\b.*|"
                        r"(?:chaque|par)\s+(?:personne|membre)\b.*)\s*", re.IGNORECASE)
MIN_CROSSWISE_SIZES = 3
_SEPARATOR_ROW = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*")


def crosswise_tables(text: str) -> str:
    """A table of funds printed across the page, households' sizes along its header ("| Persons | 1 | 2 | 3 |"
    over "| Funds | 15,263 | 19,001 | 23,360 |"), turned to stand as such tables usually do, one row per household
    ("| 1 | 15,263 |"), so that each amount is read with its household's size."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        table = [row_cells(line) for line in lines[i:j] if not _SEPARATOR_ROW.fullmatch(line.strip())]
        if table and _sizes_across(table[0]) and all(len(row) == len(table[0]) for row in table):
            out.append(_row([c.strip() for c in next(zip(*table))]))
            out.append(_separator(len(table)))
            out.extend(_row([c.strip() for c in column]) for column in list(zip(*table))[1:])
        else:
            out.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return "\n".join(out)


def _sizes_across(header: list[str]) -> bool:
    sizes = [_SIZE_CELL.fullmatch(cell) for cell in header[1:] if cell.strip()]
    return all(sizes) and sum(bool(m.group("size")) for m in sizes if m) >= MIN_CROSSWISE_SIZES

