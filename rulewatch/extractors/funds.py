"""Proof of funds: the amount a household of each size must show, from sentences and tables.

"13 213 $CA pour une personne seule et 20 222 $CA pour un couple avec un enfant" gives sizes 1
and 3; a table row "| 2 | 19 001 $ |" under a "membres de la famille … fonds" header gives size
2; "par membre additionnel" gives ``each-additional``. Fees, salaries and offers are not funds.
"""

from __future__ import annotations

import re

from rulewatch.schemas import Qualifiers, Requirement

from .answers import asked_question
from .changes import clause_bounds, split_previous
from .context import TextContext, row_cells
from .lexicon.criteria import (
    AMOUNTS, BEYOND_COUNT, FUNDS_CONTEXT, FUNDS_LEAD_IN, FUNDS_TABLE_HEADER, HOUSEHOLD_COUNT, HOUSEHOLD_MEMBERS_ADDED,
    HOUSEHOLD_WITH_CHILDREN, HOUSEHOLD_WORDS, NOT_FUNDS, ROW_EACH_ADDITIONAL, WITH_A_SPOUSE, WITH_YOUR_SPOUSE,
)
from .lexicon.cues import EXEMPTION, PREVIOUS_BEFORE, REQUIREMENT_CUE
from .lexicon.dates import YEAR
from .lexicon.lowercase import Cue
from .numbers import THOUSANDS_IN_WORDS, Amount, find_amounts, parse_number
from .sentences import Sentence
from .statements import Statement, is_question, rule_past_exemption

_HOUSEHOLD = [(re.compile(p, re.IGNORECASE), size) for p, size in HOUSEHOLD_WORDS]


_BARE_SIZE = re.compile(r"\s*(?:et\s+|and\s+|pour\s+|for\s+)?(?P<n>[1-7]|une?|deux|trois|quatre|cinq|six|sept|one|two|three|four|five|"
                        r"six|seven)\s*(?::|→|=|–|—|-|,)\s*", re.IGNORECASE)  # ("Quatre, 28 362." in a run of them)


def household_in(text: str, language: str) -> int | str | None:
    """The household size a piece of text names first ("trois personnes (par exemple un couple et un enfant)" is 3), or None."""
    found: list[tuple[int, int | str]] = []
    # "Trois : 23 360 $", "2 → 19 001 $" in a list of amounts by household: the size alone, then the amount
    if (bare := _BARE_SIZE.match(text)) and text[bare.end() : bare.end() + 1] in ("", "$", *"0123456789"):
        size = parse_number(bare.group("n"), language)
        return int(size) if size is not None and size.is_integer() and 1 <= size <= 7 else None
    if family := HOUSEHOLD_WITH_CHILDREN.search(text):
        adults = 2 if family.group("adults").lower().startswith(("couple", "married", "mari")) else 1
        found.append((family.start(), _children(family.group("n"), language) + adults))
    for added in HOUSEHOLD_MEMBERS_ADDED.finditer(text):
        if (n := added.group("n")) is None and added.group("spouse") is None:
            continue
        found.append((added.start(), 1 + bool(added.group("spouse")) + _children(n, language)))
        break
    if not found and (spouse := WITH_A_SPOUSE.search(text) or WITH_YOUR_SPOUSE.search(text)):
        found.append((spouse.start(), 2 + _children(spouse.group("n"), language)))
    for pattern, size in _HOUSEHOLD:
        if m := pattern.search(text):
            found.append((m.start(), size))
    for m in HOUSEHOLD_COUNT.finditer(text):
        if BEYOND_COUNT.found(text[max(0, m.start() - 20) : m.start()]):
            continue
        value = parse_number(next(g for g in m.groups() if g), language)
        if value is not None and 1 <= value <= 7 and value.is_integer():
            found.append((m.start(), int(value)))
            break
    return min(found, key=lambda f: f[0])[1] if found else None


def _children(n: str | None, language: str) -> int:
    """How many children a household pattern's count names ("a child", "deux enfants"); none when it names none."""
    return 0 if n is None else 1 if n.lower() in ("a", "an") else int(parse_number(n, language) or 0)


def _with_bare_amounts(text: str, amounts: list[Amount], language: str) -> list[Amount]:
    """The amounts, and the figures written without their currency right after a household's words in the same sentence
    ("single is CAD 15,263 and a couple 19,001", "… et 22 483 pour trois personnes": the currency said once for the
    list)."""
    if not amounts:
        return amounts
    taken = [(a.start, a.end) for a in amounts]
    bare = [Amount(value, m.start(), m.end()) for m in _BARE_FIGURE.finditer(text)
            if not any(start <= m.start() < end for start, end in taken)
            and any(household is not None and household_in(household.group(0), language) is not None
                    for household in (_HOUSEHOLD_RIGHT_BEFORE.search(text, max(0, m.start() - 24), m.start()),
                                      _HOUSEHOLD_RIGHT_AFTER.match(text, m.end())))
            and (value := parse_number(m.group(0).replace(",", " "), language)) is not None]
    return sorted(amounts + bare, key=lambda a: a.start) if bare else amounts


_HOUSEHOLD_RIGHT_BEFORE = re.compile(r"(?:\b[1-7]\s+)?[^\d,;.]+?[:=→-]?\s*$")  # "couple ", "3 people ", "family of four: "
_HOUSEHOLD_RIGHT_AFTER = re.compile(r"\s*(?:pour|for)\s+[^\d,;.]{1,30}")  # "… 22 483 pour trois personnes"
# "19,001" before ", 3 people" (not a figure in another currency: "£1,270", "€ 9 000")
_BARE_FIGURE = re.compile(r"(?<![\d,.£€₹₦₱৳¥])(?<![£€₹₦₱৳¥]\s)\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?!\d|[,.]\d|\s?[£€₹₦₱৳¥])")


# Thousands written in groups ("15 290", "15,290"): an amount when the lead-in or the header names the currency.
SAME_LINE_REACH = 3  # sentences looked back on a line for the amount whose currency the bare amounts after it share
GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?!\d|,\d)")  # ("22,617, right?": a comma after it)
_CURRENCY_NAMED = re.compile(r"\$|dollars?|\bcad\b", re.IGNORECASE)


def _amounts_in_stated_currency(st: Statement) -> list[Amount]:
    """"Couple : 19 100" in a list led by "Montants en dollars canadiens :"; "À trois, 23 360." right after "à deux,
    comptez 19 001 dollars." on the same line."""
    i = st.ctx.index(st.sentence)
    on_the_line = [s for s in st.ctx.sentences[max(0, i - SAME_LINE_REACH) : i] if s.line_start == st.sentence.line_start]
    named = next((s.text for s in reversed(on_the_line) if find_amounts(s.text, st.ctx.language)), "") or \
        ((above := amount_line_above(st.ctx, st.sentence)) is not None and above.text or "")
    around = (st.lead.text if st.lead is not None else "") + (st.ctx.table_header(st.sentence) or "") + \
        st.ctx.above_table(st.sentence) + named
    if not _CURRENCY_NAMED.search(around) and not (is_funds_question(st.sentence) or funds_question_above(st.ctx, st.sentence)):
        return []
    grouped = [Amount(value, m.start(), m.end()) for m in GROUPED.finditer(st.text)
               if not _FOREIGN_BEFORE.search(st.text, max(0, m.start() - 4), m.start())
               and not _FOREIGN_AFTER.match(st.text, m.end())
               and (value := parse_number(m.group(0).replace(",", " "), st.ctx.language)) is not None]
    # (or in words, as a speaker goes on: "A family of three needs twenty-three thousand three hundred and sixty.")
    return grouped or [Amount(value, m.start(), m.end()) for m in THOUSANDS_IN_WORDS.finditer(st.text)
                       if THOUSAND_WORD.search(m.group(0)) and (value := parse_number(m.group(0), st.ctx.language)) is not None
                       and value >= 1000 and not _FOREIGN_AFTER.match(st.text, m.end())]


def amount_line_above(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """The sentence ending the line right above, when it states an amount of the funds and this line goes on from it to
    another household ("funds, two people = 19,001 CAD" over "plus 4,112 per extra person"): a chat's next
    message, whose amount takes the currency of the one above."""
    i = ctx.index(sentence)
    if i == 0 or ctx.line_opening(sentence) is not sentence or household_in(sentence.text, ctx.language) is None:
        return None
    before = ctx.sentences[i - 1]
    if ctx.text.count("\n", before.end, sentence.line_start) != 1 or not FUNDS_CONTEXT.found(before.text):
        return None
    return before if find_amounts(before.text, ctx.language) else None


THOUSAND_WORD = re.compile(r"\b(?:thousand|mille)\b", re.IGNORECASE)


def is_funds_question(sentence: Sentence) -> bool:
    return is_question(sentence.text) and FUNDS_CONTEXT.found(sentence.text)


def funds_question_above(ctx: TextContext, sentence: Sentence) -> Sentence | None:
    """A question a few sentences up asking about the funds, which names the money a bare reply's figure is in ("The
    settlement funds for three people are 22,617, right?" over "No, that was last year's figure. For three people it's
    23,360 now.")."""
    return next((s for s in ctx.recent(sentence, 3) if is_funds_question(s) or _household_asked_after_funds(ctx, s)), None)


def _household_asked_after_funds(ctx: TextContext, sentence: Sentence) -> bool:
    """A question naming only a household, right after amounts in a currency: it asks the same of another household
    ("Two people: nineteen thousand and one dollars." / "What about three people?")."""
    return is_question(sentence.text) and household_in(sentence.text, ctx.language) is not None and \
        any(_CURRENCY_NAMED.search(above.text) for above in ctx.recent(sentence, 2))


# an amount in another currency beside the Canadian one ("9 400 €", "€10 450", "31 000 MAD", "9 500 000 FCFA")
_FOREIGN_BEFORE = re.compile(r"(?:\bRM|€|£|₹|₦|¥|R\$|\bRs\.?|\b(?:MAD|EUR|GBP|INR|NGN|MYR|USD|CHF|FCFA|XOF|XAF|TND|DZD|KES|GHS|PHP)|US\$)\s?$")
_FOREIGN_AFTER = re.compile(r"\s?(?:€|£|₹|₦|euros?|eur\b|gbp|inr|ngn|mad|dh|dirhams?|fcfa|xof|xaf|cfa|tnd|dinars?|dzd|da\b|"
                            r"myr|ringgit|rupees?|roupies|naira|cedis?|ghs|kes|shillings?|php|pesos?|usd|us\$|chf|francs?)",
                            re.IGNORECASE)


# a funds row's label giving the household in brackets: "Settlement funds (3)", "Fonds (3 pers.)"
_FUNDS_LABEL_SIZE = re.compile(r"[^()]*\b(?:funds?|fonds|montant|amount)\b[^()]*\(\s*(?P<n>[1-7])\s*(?:pers\w*\.?|people|persons?)?\s*\)\s*",
                               re.IGNORECASE)


def _row_household(cell: str, language: str) -> int | str | None:
    if ROW_EACH_ADDITIONAL.found(cell):
        return "each-additional"
    if re.fullmatch(r"\s*[1-7]\s*(?:personnes?|persons?|people|membres?|members?)?\s*", cell, re.IGNORECASE):
        return int(re.search(r"[1-7]", cell).group(0))  # type: ignore[union-attr]
    if labelled := _FUNDS_LABEL_SIZE.fullmatch(cell):
        return int(labelled.group("n"))
    return household_in(cell, language)


# A column of last year's amounts: "Montant exigé jusqu'au 6 juillet 2025", "Fonds requis auparavant", "Previous amount".
_PREVIOUS_COLUMN = re.compile(r"auparavant|précédent|ancien|jusqu['’]|avant|previous|former|\bold\b|until|prior|earlier|\bbefore\b|"
                              r"last\s+year|l['’]an\s+(?:dernier|passé)", re.IGNORECASE)
_CURRENT_COLUMN = re.compile(r"\bnouveaux?\b|\bnouvelles?\b|\bnew\b|\bactuel(?:le)?s?\b|\bcurrent\b|\bnow\b|\bmaintenant\b|"
                             r"\bdepuis\b|\bsince\b|\bdès\b|\bà\s+compter\b|\ben\s+vigueur\b|\bin\s+force\b", re.IGNORECASE)


# a column title naming another currency or a conversion: "Équivalent (Rs)", "In euros", "Approx. in ₹", "FCFA"
_CONVERTED_COLUMN = re.compile(r"\b(?:équivalent|equivalent|conversion|converti|approx)|\(\s*(?:rs|mur|inr|eur|usd|gbp|mad|dzd|tnd|xof|xaf|"
                               r"ngn|kes|ghs|php|bdt|lkr|etb)\s*\)|[€£₹₦₱৳]|\b(?:euros?|roupies?|rupees?|dirhams?|dinars?|fcfa|"
                               r"naira|cedis?|pesos?|takas?|birr|us\s?\$|usd)\b", re.IGNORECASE)


def _aligned_headers(st: Statement) -> list[list[str]]:
    """The header lines of a table row whose cells line up with the row's."""
    width = len(row_cells(st.text))
    return [cells for cells in st.ctx.header_rows(st.sentence) if len(cells) == width]


def _column(st: Statement, amount: Amount) -> int:
    """The index of the row's cell an amount stands in."""
    return st.text[: amount.start].count("|") - 1


def _without_converted_columns(st: Statement, amounts: list[Amount]) -> list[Amount]:
    """The row's amounts without those under a column titled as a conversion into another currency."""
    titles = next(iter(_aligned_headers(st)), None)
    if titles is None:
        return amounts
    return [a for a in amounts if not _CONVERTED_COLUMN.search(titles[min(_column(st, a), len(titles) - 1)])]


def _newer_column_first(st: Statement, two: list[Amount]) -> tuple[Amount, Amount]:
    """A table row's two amounts as (current, previous), from its header: the column said to be the previous (or the
    new) one, or of the earlier year; without a word on it, the larger amount is the current one."""
    left, right = sorted(two, key=lambda a: a.start)
    columns = [_column(st, a) for a in (left, right)]
    # every header line whose cells line up with the row, the most titled first (a caption row "| Fonds requis |  |  |"
    # has one; a second header row may title the two amounts: "|  | Nouveau montant | Montant jusqu'au 6 juillet |")
    lines = sorted(_aligned_headers(st), key=lambda cells: -sum(1 for c in cells if c.strip()))
    for titles in lines:
        if max(columns) >= len(titles):
            continue
        first, second = titles[columns[0]], titles[columns[1]]
        if _PREVIOUS_COLUMN.search(second) and not _PREVIOUS_COLUMN.search(first):
            return left, right
        if _PREVIOUS_COLUMN.search(first) and not _PREVIOUS_COLUMN.search(second):
            return right, left
        if _CURRENT_COLUMN.search(first) and not _CURRENT_COLUMN.search(second):
            return left, right
        if _CURRENT_COLUMN.search(second) and not _CURRENT_COLUMN.search(first):
            return right, left
        years = [max((int(y) for y in YEAR.findall(t)), default=0) for t in (first, second)]
        if all(years) and years[0] != years[1]:
            return (left, right) if years[0] > years[1] else (right, left)
    # no title says which: the amounts are indexed up every year, so the larger one is the current one
    return (left, right) if left.value > right.value else (right, left)


HEADING_REACH = 6  # sentences above an amounts heading where the funds may be named


def _in_funds_context(st: Statement) -> bool:
    # amounts for two households or more in one sentence ("une personne seule devra démontrer 14 500 $, un ménage de
    # deux personnes 18 050 $") can only be the funds a household must show
    amounts = find_amounts(st.text, st.ctx.language)
    if len(amounts) >= 2 and len({size for size, _ in _pairs(st, amounts)}) >= 2 and not NOT_FUNDS.found(st.text):
        return True
    return _funds_around(st)


def _first_amount_at(st: Statement) -> int:
    return next((a.start for a in find_amounts(st.text, st.ctx.language)), len(st.text))


# the figure a correction puts right, after it: "une personne seule doit avoir 15 263 $ (et non 15 623 $)"
# (not a previous value: "19 001 $ (au lieu de 18 288 $)")
_NOT_THIS_FIGURE = re.compile(r"[(,]\s*(?:et\s+non|non|not|pas)\s*(?:de\s+)?[$]?\s*$", re.IGNORECASE)


def _corrects_funds_above(st: Statement) -> bool:
    """The statement puts right an amount told above as funds (a broadcast's typo, corrected by the next message)."""
    language = st.ctx.language
    wrong = {a.value for a in find_amounts(st.text, language) if _NOT_THIS_FIGURE.search(st.text, max(0, a.start - 16), a.start)}
    return bool(wrong) and any(FUNDS_CONTEXT.found(s.text) and any(a.value in wrong for a in find_amounts(s.text, language))
                               for s in st.ctx.sentences[: st.ctx.index(st.sentence)])


def _funds_around(st: Statement) -> bool:
    if FUNDS_CONTEXT.found(st.text) or _corrects_funds_above(st):
        return True
    # an amount a sentence requires of a household ("Une personne qui immigre seule doit quant à elle montrer
    # 15 263 dollars"), or an item of a household named first ("- A couple needs $19,001"; a list of a stream's
    # conditions ends on "- avoir 15 760 $ si vous êtes seul"): the funds
    language = st.ctx.language
    if household_in(st.text, language) is not None and REQUIREMENT_CUE.found(st.text) and not NOT_FUNDS.found(st.text) \
            and (st.lead is None or household_in(st.text[: _first_amount_at(st)], language)):
        return True
    header = st.ctx.table_header(st.sentence)
    if header is not None:  # "| Taille de la famille | 2026 |" over "| 1 personne | 15 760 $ |": the row says it is money
        # (or its lead-in names the money: "… (in Canadian dollars):" over "| Family members | 2025 |")
        # (or the band over its rows: "| Preuve de fonds ($ CA) … |  |  |" over "|  | Chaque membre additionnel … | 4 112 $ |")
        if FUNDS_TABLE_HEADER.found(header + st.text + st.ctx.above_table(st.sentence) + (st.ctx.band_above(st.sentence) or "")) \
                and not NOT_FUNDS.found(header):
            return True
        # a table with no header row ("| 2 | 19 035 $ |"): the sentences just above it say what its rows are
        top = st.ctx.sentence_at(st.ctx.table_top(st.sentence))
        i = st.ctx.index(top) if top is not None else 0
        return _row_household(st.text.strip("|").split("|")[0], st.ctx.language) is not None and any(
            (FUNDS_CONTEXT.found(s.text) or FUNDS_LEAD_IN.found(s.text)) and not NOT_FUNDS.found(s.text)
            for s in st.ctx.sentences[max(0, i - 2) : i])
    heading = st.ctx.heading_before(st.sentence)
    if heading is not None and (FUNDS_CONTEXT.found(heading.text) or (  # "… these are the amounts you must show:"
            heading.text.rstrip().endswith(":") and FUNDS_LEAD_IN.found(heading.text) and not NOT_FUNDS.found(heading.text))):
        return True
    # (or a heading naming amounts only, "The new amounts", right after paragraphs on the funds)
    if heading is not None and AMOUNTS.search(heading.text):
        top = st.ctx.index(heading)
        if any(FUNDS_CONTEXT.found(s.text) for s in st.ctx.sentences[max(0, top - HEADING_REACH) : top]):
            return True
    # "… proof-of-funds amounts … Add $4,260 for each additional family member": the topic carries over,
    # and a list's items all share the lead-in above their list ("… la preuve de fonds … Montants 2026 : - 2 personnes : …")
    here = st.ctx.index(st.sentence)
    above = st.ctx.sentences[max(0, st.ctx.block_start(st.sentence) - 3, here - 12) : here]
    if any(FUNDS_CONTEXT.found(s.text) for s in above):
        return True
    # the sentence above states an amount for a household ("Une personne seule devra justifier de 15 890 dollars"):
    # the amounts per household below continue it
    # (or a bare answer whose question names the household: "Moving as a couple?" over "=> $19,001")
    if any(find_amounts(s.text, st.ctx.language) and (household_in(s.text, st.ctx.language) or (
            (asked := asked_question(st.ctx, s)) is not None and household_in(asked.text, st.ctx.language)))
           for s in above[-4:]):
        return True
    # a list of amounts under "Les montants ci-dessous …", and a sentence right after that list
    # (on a page whose title speaks of funds, any list of household amounts is one)
    leads = [lead for lead in (st.lead, *(st.ctx.lead_in(s) for s in above)) if lead is not None]
    on_funds_page = bool(leads) and FUNDS_CONTEXT.found(st.ctx.title or "")
    return any((on_funds_page or FUNDS_LEAD_IN.found(lead.text)) and not NOT_FUNDS.found(lead.text) for lead in leads)


def _household_cell(row_start: str, language: str) -> tuple[int, int | str | None]:
    """(which cell, size) of the first cell naming a household in a row's cells before its amounts: the first cell, or a
    later one when the row is two tables' rows side by side ("| Age | 12 | Four people | $28,362 |")."""
    if _in_prose_cell(row_start):
        return 0, None  # the amounts stand in a cell of prose ("| 4 | Funds go from $15,263 for one …"): read as prose
    cells = row_start.strip().strip("|").split("|")
    return next(((i, size) for i, cell in enumerate(cells) if (size := _row_household(cell, language)) is not None), (0, None))


def _in_prose_cell(row_start: str) -> bool:
    """The amount follows words of its own cell: "| Booth 4 | Funds go from $15,263 …" (not "| 2 | 19 001 $ |")."""
    return len(_LETTERS.findall(row_start[row_start.rfind("|") + 1 :])) >= PROSE_CELL_WORDS


def _household_beside(row: str, amount: Amount, language: str) -> int | str | None:
    """The household the amount's own cell names around it, or None."""
    start, end = row.rfind("|", 0, amount.start) + 1, row.find("|", amount.end)
    return household_in(row[start : amount.start] + " " + row[amount.end : end if end != -1 else len(row)], language)


def _one_cell(row: str, amounts: list[Amount]) -> bool:
    """Several amounts stand in one cell of the row, no cell border between them."""
    return len(amounts) > 1 and "|" not in row[amounts[0].end : amounts[-1].start]


PROSE_CELL_WORDS = 3  # words before an amount in its own cell that make the cell a sentence, not a value
_LETTERS = re.compile(r"[^\W\d_]+")


_TIME_MARK = re.compile(r"(?<![\d,.])\d{1,2}:\d{2}(?::\d{2})?(?![\d,.])")


def without_time_marks(text: str) -> str:
    """``text`` with its time marks blanked, offsets kept: a video's captions open lines on their time ("3:15 okay,
    settlement funds. one person alone needs …"), which is neither a household's size nor an amount."""
    return _TIME_MARK.sub(lambda m: " " * len(m.group()), text) if ":" in text else text


def _pairs(st: Statement, amounts: list[Amount]) -> list[tuple[int | str, Amount]]:
    """Each amount with the household size stated next to it (after it first, then before it)."""
    if not amounts:
        return []  # (every amount of the sentence was stated as a previous one)
    language, text = st.ctx.language, without_time_marks(st.text)
    if st.is_table_row:
        # the row's first cell names the household, or a cell before the amounts when the row is two tables' rows
        # side by side ("| Age | 12 | Four people | $28,362 |")
        at, size = _household_cell(text[: amounts[0].start], language)
        if size is not None:
            return [(size, _newer_column_first(st, amounts)[0] if len(amounts) == 2 else amounts[-1])]
        if len(amounts) == 1 and (size := _household_beside(text, amounts[0], language)) is not None:
            return [(size, amounts[0])]  # "| Settlement funds | CAD 15,263 (one person) |": its own cell says whose
        if not (_in_prose_cell(text[: amounts[0].start]) or _one_cell(text, amounts)):
            return []
        # (a cell of prose, "| Booth 4 | Funds go from $15,263 for one person to $40,392 for seven |", is read as prose;
        # so is one cell listing several households' amounts: "| Funds | $15,263 (one person) / $19,001 (two) |")
    befores, afters, right_after = [], [], []
    for i, amount in enumerate(amounts):
        after_end = amounts[i + 1].start if i + 1 < len(amounts) else min(len(text), amount.end + 80)
        # "… 36 409 $ pour six et 40 536 $ pour sept": a size in the amount's own clause, right after it, is its own
        # and not the next amount's
        own = _OWN_CLAUSE.match(text, amount.end, min(after_end, amount.end + OWN_CLAUSE_CHARS))
        right_after.append(household_in(own.group(0), language) if own else None)
        before_start = amounts[i - 1].end if i > 0 else max(0, amount.start - 80)
        if i > 0 and right_after[i - 1] is not None and (prev_own := _OWN_CLAUSE.match(text, before_start, amount.start)):
            before_start = prev_own.end()
        # (the one amount of a sentence whose subject names the household far before it: "Une requérante mariée, sans
        # enfant à charge, et qui n'a reçu aucune offre d'emploi doit disposer de …")
        befores.append(household_in(text[before_start : amount.start], language) or (
            household_in(text[: amount.start], language) if len(amounts) == 1 else None))
        afters.append(household_in(text[amount.end : after_end], language))
    # "une personne seule : 14 720 $, un couple : 18 330 $" names the household first; "14 720 $ pour une personne
    # seule" after: the first amount tells which way the sentence reads.
    # (the first amount whose own clause names no household: "15 263 $ pour une personne seule, à trois il faut
    # 23 360 $, à quatre 28 362 $" reads household-first after its first amount)
    lead = next((i for i, own in enumerate(right_after) if own is None), 0)
    first, second = (befores, afters) if befores[lead] is not None else (afters, befores)
    sizes = [own if own is not None else (a if a is not None else b) for own, a, b in zip(right_after, first, second)]
    return [(size, amount) for size, amount in zip(sizes, amounts) if size is not None]


# the words right after an amount that say whom it is for ("pour six", "for a family of six"), up to the next comma,
# within as many characters as "$ CA pour un couple avec deux enfants" takes
OWN_CLAUSE_CHARS = 50
# (or per head, or on a condition, after the funds named: "4 112 dollars par membre de plus", "$15,263 in funds if single")
_OWN_CLAUSE = re.compile(r"\s*(?:\$\s*)?(?:(?:CA|CAD|dollars?\s+canadiens|dollars?)\b\s*)?(?:(?:in|en|de)\s+(?:[\w-]+\s+){0,2}?(?:funds|fonds)\s+)?"
                         r"(?:pour|for|par|per|if|si)\b[^,;:.]*", re.IGNORECASE)


_ASIDE = re.compile(r"\([^()]*\)")
# someone's money told as a past event, the amount right after the verb: "a family showed us $21,000 in savings",
# "un couple est arrivé avec 20 000 $"
_SAVINGS_TOLD = re.compile(r"\b(?:showed|brought|saved|arrived\s+with|came\s+with|had(?!\s+(?:to|been)\b)|"
                           r"(?:a|ont)\s+(?:montré|apporté|économisé|présenté)|(?:est|sont)\s+arrivée?s?\s+avec|avai(?:en)?t)"
                           r"\b[^.;:]{0,30}$", re.IGNORECASE)
_ROUGHLY = re.compile(r"\b(?:environ|approximativement|à\s+peu\s+près|près\s+de|about|around|roughly|approximately|some|"
                     r"(?:(?:a\s+(?:bit|little)|just|slightly)\s+(?:over|under|above|below|more\s+than|less\s+than))|"
                     r"un\s+peu\s+(?:plus|moins)\s+de|un\s+peu\s+au-(?:dessus|dessous)\s+de)\s+(?:de\s+)?\$?\s*$|[~≈]\s*\$?\s*$",
                      re.IGNORECASE)
ROUND_FIGURE = 100  # ("about $15,800": a figure rounded to the hundred, said to be near the amount)


# what a price is paid for, besides the fees NOT_FUNDS names: an exam, a budget line
_PRICE_OF = Cue(r"\bexam(?:s|ens?)?\b|\bbudget")


def _priced(text: str, amounts: list[Amount], amount: Amount) -> bool:
    """The amount is a price: the words just before it, since the amount or the colon before, name a fee, a cost or
    an exam after any word for funds ("Put money aside for the exam, roughly $180")."""
    start = max([0, amount.start - 60] + [a.end for a in amounts if a.end <= amount.start])
    before = text[start : amount.start].lower()
    before = before[before.rfind(":") + 1 :]
    price = max((m.end() for cue in (NOT_FUNDS, _PRICE_OF) for m in cue.matches(before)), default=-1)
    return price > max((m.end() for m in FUNDS_CONTEXT.matches(before)), default=-1)


def _fee_clause_before(st: Statement, first: Amount, past_prices: int) -> bool:
    """A clause before the amount's, in its sentence, names a fee and its own names no funds: "Processing fees come on
    top; you pay $1,525 each for yourself and your partner" is the fee's amount."""
    start, end = clause_bounds(st.text, first.start)
    before = st.text[past_prices:start]
    if st.text is not st.sentence.text and (at := st.sentence.text.find(st.text)) > 0:
        before = st.sentence.text[:at] + before  # (the statement is a part of its sentence)
    return NOT_FUNDS.found(before) and not FUNDS_CONTEXT.found(st.text[start:end])


# what an amount is set beside, after it: "15 263 $ CA, soit plus de trois années du salaire d'une enseignante", "–
# nearly what a teacher earns in four years": a salary there is the comparison, not what the amount is
_COMPARISON_AFTER = re.compile(r"[,–—-]\s*(?:soit\s+)?(?:(?:bien\s+|far\s+|much\s+)?(?:plus|moins|more|less)\s+(?:que|de|d['’]|than)|"
                               r"nearly|almost|près\s+de|presque|about|environ|roughly|the\s+equivalent|l['’]équivalent)\b",
                               re.IGNORECASE)


def _without_comparison(clause: str, amount_end: int) -> str:
    if (m := _COMPARISON_AFTER.search(clause, amount_end)) is None:
        return clause
    return clause[: m.start()]


def from_statement(st: Statement) -> list[Requirement]:
    text = without_time_marks(st.text)  # (same length: offsets hold)
    amounts = _with_bare_amounts(text, find_amounts(text, st.ctx.language), st.ctx.language) or \
        _amounts_in_stated_currency(st)
    # (a round figure said to be near the amount is no amount a rule sets: "environ quinze mille dollars", "about $15,000")
    amounts = [a for a in amounts if not (a.value % ROUND_FIGURE == 0 and _ROUGHLY.search(st.text, max(0, a.start - 16), a.start))]
    # (nor the figure a correction puts right: "15 263 $ (et non 15 623 $)")
    amounts = [a for a in amounts if not _NOT_THIS_FIGURE.search(st.text, max(0, a.start - 16), a.start)] or amounts
    # (a price told before the funds in one sentence is no household's amount: "Budget too for the licensing exam,
    # near $250, and you must show settlement funds: for 3 people it's $25,736"; the funds are read past it)
    past_prices = 0
    if len(amounts) > 1 and (prices := [a for a in amounts if _priced(text, amounts, a)]) and len(prices) < len(amounts):
        past_prices = prices[-1].end
        amounts = [a for a in amounts if a not in prices and a.start > past_prices]
    # (fees named only past the first amount's clause are another clause's: "…19 001 $ pour deux ; l'autre pays, lui, facture ses frais …")
    # (an exemption told in a later clause leaves the amount: "begin at $15,263 for a single applicant; CEC candidates
    # are exempt")
    # (the prices before the funds blanked out, offsets kept)
    first_clause = " " * past_prices + st.text[past_prices : clause_bounds(st.text, amounts[0].start)[1]] if amounts else ""
    # (nor one set aside in brackets past the amounts: "$15,263 for one, $19,001 for two (Canadian Experience Class
    # applicants are exempt)" says who shows none)
    exempting = first_clause[: amounts[0].end] + _ASIDE.sub(" ", first_clause[amounts[0].end :]) if amounts else ""
    # (nor one told first, the amount after a turn to those it does not cover: "… holds a valid offer from us she's
    # exempt; if not, a couple has to show $19,001", "… sont dispensés ; sinon, …")
    if amounts and (turn := rule_past_exemption(exempting[: amounts[0].start])) is not None:
        exempting = exempting[turn:]
    if not amounts or NOT_FUNDS.found(_without_comparison(first_clause, amounts[0].end)) or \
            _fee_clause_before(st, amounts[0], past_prices) or \
            EXEMPTION.found(exempting) or not _in_funds_context(st):
        return []
    if _SAVINGS_TOLD.search(st.text, 0, amounts[0].start) and not REQUIREMENT_CUE.found(st.text):
        return []  # what a couple "showed us" or "brought" is their money, not what a household must show
    if st.is_table_row and len(amounts) > 1:
        # "| 1 | 15,263 | ~ 940,000 |" under "| Family size | Funds required (CAD) | Approx. (INR) |": a column
        # converting the amount into another currency states no rule
        amounts = _without_converted_columns(st, amounts) or amounts
    if st.is_table_row and len(amounts) > 2:
        # "| 2 | 18,500 | 19,001 | +501 |": a signed amount beside two others is the difference between them
        amounts = [a for a in amounts if st.text[max(0, a.start - 2) : a.start].strip()[-1:] not in ("+", "−", "-")]
    if st.is_table_row and _household_cell(st.text[: amounts[0].start], st.ctx.language)[0] > 0:
        amounts = amounts[:1]  # beside another table, the household's amount is the one next to it, not the other table's
    # "funds go from $15,263 for one person to $40,392 for seven people": each amount
    # is its own household's, not an old value and a new one (nor a table's two columns)
    by_household = len(amounts) > 1 and len({size for size, _ in _pairs(st, amounts)}) == len(amounts) and \
        not any(PREVIOUS_BEFORE.found(st.text[max(0, a.start - 40) : a.start]) for a in amounts)
    current, previous = (amounts, None) if by_household else split_previous(st.text, amounts, st.past)
    if st.is_table_row and len(current) == 2 and previous is None and not by_household and not _one_cell(text, current):
        newer, previous = _newer_column_first(st, current)
        current = [newer, previous]
    if st.is_history and previous is None:
        return []
    # proof of funds is the system's rule (rule-model.md): a program named beside it says whom it concerns,
    # not another amount
    subjects = ["express-entry"]
    earlier = _previous_of(current, previous, [a for a in amounts if a not in current], st.is_table_row)
    out = []
    for size, amount in _pairs(st, current):
        for subject in subjects:
            out.append(st.requirement(subject, "proof_of_funds", amount.value, operator=">=",
                                      qualifiers=Qualifiers(household_size=size),  # type: ignore[arg-type]
                                      previous=earlier[amount.start].value if amount.start in earlier else None))
    return out


def _previous_of(current: list[Amount], previous: Amount | None, olds: list[Amount], table_row: bool) -> dict[int, Amount]:
    """Each amount's stated previous value, by the amount's start: a single amount's or a table row's is the one
    stated (``previous``); in a list, each amount's is the old one (``olds``) stated next after it ("$15,760 (up from
    $15,290), a couple $19,620", "$15,263 for one (was $14,690) and $19,001 for two (was $18,288)")."""
    if previous is None:
        return {}
    if len(current) == 1 or table_row:
        return {a.start: previous for a in current}
    out = {}
    for old in olds:  # (the nearest amount before it, with no other amount between them)
        before = [a for a in current if a.end <= old.start and old.start - a.end <= PREVIOUS_REACH]
        if before and not any(before[-1].end <= p.start < old.start for p in olds if p is not old):
            out[before[-1].start] = old
    return out


PREVIOUS_REACH = 40  # characters from an amount to its previous value: "$15,263 for a single person (was $14,690)"
