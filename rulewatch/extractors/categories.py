"""Category records: which of the 11 categories a text names, with the sentence that names it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, islice
from typing import Iterable

from rulewatch.schemas import Category

from .context import TextContext, row_cells
from .flowcharts import answered_by_branches
from .sentences import BULLET, Sentence, choices_at
from .lexicon.literals import contains_any, lines_containing
from .lexicon.lowercase import Folded, lowered
from .lexicon.criteria import CRS_CONTEXT, LANGUAGE_LEVEL, POINTS_WORD
from .lexicon.dates import YEAR, YEAR_2000S
from .lexicon.round_pages import ROUND_CUTOFF, ROUND_INVITATIONS, ROUND_NUMBER
from .programs import program_names
from .lexicon.cues import (HISTORY, MYTH, NEW_MARKER, NOW, OLD_FIGURE_AFTER_END, OTHER_JURISDICTION, PERSONAL_CASE, PROVINCES, REMOVED as ENDED_MARKER, THIS_PROGRAM,
                           without_asides)
from .lexicon.categories import (
    CANADIAN_EXPERIENCE_EN,
    CANADIAN_EXPERIENCE_FR,
    CATEGORY_ABSENT,
    ONES_TRADE,
    CATEGORY_CONTEXT,
    GROUP_AS_SUBJECT,
    CATEGORY_LIST,
    CATEGORY_LIST_WORD,
    names_a_category_word,
    CEC_FRENCH_NAME,
    DRAW_NAME,
    ENUMERABLE_CATEGORIES,
    CATEGORY_RETURNS,
    CATEGORY_TRIGGERS,
    TARGETED_DRAWS,
    COMPILED,
    COORDINATED_AS,
    COORDINATED_EN,
    COORDINATED_FR,
    COORDINATED_NOUNS,
    CONTRAST,
    LIST_ITEM_START,
    NAMED_CATEGORY_EN,
    NAMED_CATEGORY_FR,
    PROGRAM_CONTEXT_AFTER,
    PROGRAM_CONTEXT_BEFORE,
    ROUND_NAME,
    SHORT_NAME_PATTERNS,
    SHORT_NAMES,
)


_PATTERNS = {category: [Folded(p) for p in patterns] for category, patterns in COMPILED.items()}
_COORDINATED = (Folded(COORDINATED_FR), Folded(COORDINATED_EN), Folded(COORDINATED_AS))
_LIST = Folded(CATEGORY_LIST)
_NAMED_FR = Folded(NAMED_CATEGORY_FR)
_NAMED_EN = Folded(NAMED_CATEGORY_EN)
_ROUND_NAME = Folded(ROUND_NAME)
_DRAW_NAME = Folded(DRAW_NAME)
_ANY_TRIGGER = re.compile("|".join(re.escape(w) for words in CATEGORY_TRIGGERS.values() for w in words))
_SHORT_TEXT = 2000
_GROUPS = ("coordinated", "list")  # trigger keys that are not one category


@dataclass(frozen=True)
class Mention:
    category: str
    start: int
    end: int


def find_mentions(text: str) -> list[Mention]:
    """Every category named in ``text``; overlapping matches resolve to the longest."""
    if len(text) < _SHORT_TEXT and not _ANY_TRIGGER.search(text.lower()):
        return []  # most sentences asked for their subject name no category: one search instead of one per word
    text = without_job_groups(text)
    lines = text.splitlines(keepends=True)  # names never span lines; most lines name none
    starts = list(accumulate((len(line) for line in lines[:-1]), initial=0))
    raw: list[Mention] = []
    for i, categories in sorted(_lines_to_read(text, lines, starts).items()):
        raw.extend(_line_mentions(lines[i], starts[i], categories))
        if "list" in categories and lines[i].rstrip().endswith(":"):
            raw.extend(_bulleted_items(lines, starts, i + 1))
        raw.extend(_enumerated_short_names(lines[i], starts[i]))
        if "(" in lines[i]:  # "… et deux ajouts (médecins et chercheurs)": a list in brackets
            for bracket in BRACKETED.finditer(lines[i]):
                raw.extend(_enumerated_short_names(bracket.group(1), starts[i] + bracket.start(1)))
    # Longest first; a strictly shorter match inside a longer one of another category is dropped
    # (a coordinated group gives several categories the same span, and they all stay).
    raw.sort(key=lambda x: (-(x.end - x.start), x.start))
    kept: list[Mention] = []
    for cand in raw:
        if any(
            k.start <= cand.start and cand.end <= k.end and k.category != cand.category
            and (k.end - k.start) > (cand.end - cand.start)
            for k in kept
        ):
            continue
        kept.append(cand)
    return sorted(kept + _named_after(text, kept), key=lambda x: (x.start, x.category))


def _named_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """Short names that go on an enumeration a category opens by its full name ("Les rondes ciblées concernent aussi les
    professions de la santé …, les transports ou encore l'éducation"): each names its category."""
    found: list[Mention] = []
    taken = {m.start for m in mentions}
    for mention in mentions:
        at = mention.end
        while (item := _NEXT_ITEM.match(text, at)) is not None:
            at = item.end("name")
            if item.start("name") in taken:
                continue
            name = item.group("name")
            found.extend(Mention(category, item.start("name"), at) for category, short in SHORT_NAMES.items() if short.fullmatch(name))
            taken.add(item.start("name"))
    return found


# the next item of an enumeration, a short name ending it: ", l'éducation", " ou encore la STIM", ", and trades."
_NEXT_ITEM = re.compile(rf"\s*(?:,\s*(?:et|and|ou(?:\s+encore)?|or)?|\bet\b|\band\b|\bou(?:\s+encore)?\b|\bor\b)\s*"
                        rf"(?:(?:les|la|le|the|des|du|de\s+la)\s+|l['’]\s?)?(?P<name>{'|'.join(SHORT_NAME_PATTERNS.values())})\b"
                        r"(?=\s*(?:[,.;:)]|$|et\b|and\b|ou\b|or\b))", re.IGNORECASE)


def joined_short_names(text: str) -> list[tuple[list[str | None], int, int]]:
    """Each run of short names joined before "categories" (or after "catégories"), as the category each item names
    (None for an item naming none: "the new and old categories"), with where the run stands: "the trades and transport
    categories", "les catégories santé et éducation" (the French run ends where the names do: "catégories santé et
    éducation, il faut …")."""
    runs = []
    for m in _JOINED_NAMES.finditer(text):
        group = "run" if m.group("run") else "run_fr"
        items = [_ARTICLE.sub("", item.strip()).strip() for item in _JOINT.split(m.group(group))]
        named = [next((c for c, short in SHORT_NAMES.items() if short.fullmatch(item)), None) for item in items]
        runs.append((named[: named.index(None)] if group == "run_fr" and None in named else named, m.start(group), m.end(group)))
    return runs


_ITEM = r"(?:(?:the|les?|la|l['’])\s*)?«?\s*[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?\s*»?"
_ITEM_FR = r"(?:(?:les?|la|l['’])\s*)?«?\s*[^\W\d][\w-]*\s*»?"  # (one word each: nothing ends the run but the names)
_JOINER = r"\s*(?:,|\band\b|&|\bet\b)\s*"
_JOINED_NAMES = re.compile(rf"\b(?P<run>{_ITEM}(?:{_JOINER}{_ITEM}){{1,6}})\s+(?:categories|category\s+draws)\b|"
                           rf"\bcatégories\s+(?P<run_fr>{_ITEM_FR}(?:{_JOINER}{_ITEM_FR}){{1,6}})", re.IGNORECASE)
_JOINT = re.compile(_JOINER, re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the\s|les?\s|la\s|l['’])\s*|[«»]", re.IGNORECASE)


def without_job_groups(text: str) -> str:
    """``text`` with the words of the job classification's groups blanked, offsets kept: "Major Group 72 (industrial,
    electrical and construction trades, and transportation officers)" names no category."""
    if "group" not in text.lower():
        return text
    return _NOC_GROUP.sub(lambda m: " " * len(m.group()), text)


_NOC_GROUP = re.compile(r"\b(?:(?:sub-)?major|minor|unit)\s+group\s+\d{1,5}\s*\([^()]*\)|\b(?:sous-)?(?:grand|petit)\s+groupe\s+\d{1,5}\s*\([^()]*\)|"
                        r"\bgroupe\s+de\s+base\s+\d{1,5}\s*\([^()]*\)", re.IGNORECASE)
BRACKETED = re.compile(r"\(([^()]+)\)")  # a bracket and its words, with no bracket inside
_ENUMERATION = re.compile(r"\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+", re.IGNORECASE)
MAX_ENUMERATION = 80  # characters: a caption or a heading, not a sentence


def _enumerated_short_names(line: str, start: int) -> list[Mention]:
    """A line that only lists categories by their short names ("Médecins, chercheurs et cadres supérieurs", a table's
    caption or a heading): each is named."""
    text = line.strip().strip("| ").rstrip(" :")  # (a table's caption row too: "| Médecins, chercheurs et … |  |")
    if len(text) > MAX_ENUMERATION or ("," not in text and " et " not in text and " and " not in text):
        return []
    items = _ENUMERATION.split(text)
    if len(items) < 2 or not all(_ANY_SHORT_NAME.fullmatch(item) for item in items):
        return []  # (an item no short name is: the names are not tried one by one)
    found = [next((c for c, short in SHORT_NAMES.items() if short.fullmatch(item)), None) for item in items]
    at = start + line.index(text)
    return [Mention(category, at, at + len(text)) for category in found]  # type: ignore[arg-type]


def _lines_to_read(text: str, lines: list[str], starts: list[int]) -> dict[int, list[str]]:
    """Each line that contains trigger words -> the categories (and "coordinated") they trigger, in lexicon order.

    Each word is searched once in the whole lowercased text; when lowering changed its length
    (offsets no longer line up), each line is tested instead.
    """
    low = lowered(text)
    found: dict[int, list[str]] = {}
    for category, words in CATEGORY_TRIGGERS.items():
        if len(low) == len(text):
            hits: Iterable[int] = lines_containing(low, words, starts)
        else:
            hits = (i for i, line in enumerate(lines) if contains_any(line.lower(), words))
        for i in hits:
            found.setdefault(i, []).append(category)
    return found


def _line_mentions(line: str, offset: int, categories: list[str]) -> list[Mention]:
    low = line.lower()
    found = []
    for category in categories:
        if category in _GROUPS:
            continue
        for pattern in _PATTERNS[category]:
            for m in pattern.finditer(line, low):
                if not _is_program_name(line, m.start(), m.end()):
                    found.append(Mention(category, offset + m.start(), offset + m.end()))
    if "list" in categories:
        found.extend(_list_mentions(line, low, offset))
    # Every short name holds a trigger word of its category, so these lines were already picked.
    if "catégorie" in low:
        found.extend(_short_name_mentions(line, low, offset, _NAMED_FR, whole=True))
    if "category" in low:
        found.extend(_short_name_mentions(line, low, offset, _NAMED_EN, whole=True))
    if "-version" in low:
        found.extend(_short_name_mentions(line, low, offset, _ROUND_NAME, whole=False))
    if "draw" in low or "ronde" in low or "tirage" in low or "round" in low:
        found.extend(_short_name_mentions(line, low, offset, _DRAW_NAME, whole=False))
    if "coordinated" not in categories:
        return found
    for coordinated in _COORDINATED:
        for m in coordinated.finditer(line, low):
            group = line[m.start("group") : m.end("group")].lower()
            found.extend(Mention(category, offset + m.start(), offset + m.end())
                         for noun, category in COORDINATED_NOUNS.items() if noun in group)
    return found


def _list_mentions(line: str, low: str, offset: int) -> list[Mention]:
    """Short names ("santé", "métiers", "STIM") opening the items of a list that follows "catégories"."""
    found = []
    for m in _LIST.finditer(line, low):
        group = "paren" if m.start("paren") != -1 else "run"
        start = m.start(group)
        items = line[start : m.end(group)]
        for item in LIST_ITEM_START.finditer(items):
            for category, short in SHORT_NAMES.items():
                if name := short.match(items, item.end()):
                    found.append(Mention(category, offset + start + name.start(), offset + start + name.end()))
    return found


def _short_name_mentions(line: str, low: str, offset: int, pattern: Folded, whole: bool) -> list[Mention]:
    """A short name beside "category" ("la catégorie francophone") or a round's version ("Métiers 2026-Version 2").

    ``whole``: the mention spans the whole match ("the physicians category"), else only the name.
    """
    found = []
    for m in pattern.finditer(line, low):
        group = "name" if m.start("name") != -1 else "name2"
        name = line[m.start(group) : m.end(group)]
        span = (m.start(), m.end()) if whole else (m.start(group), m.end(group))
        found.extend(Mention(category, offset + span[0], offset + span[1])
                     for category, short in SHORT_NAMES.items() if short.fullmatch(name))
    return found


def _bulleted_items(lines: list[str], starts: list[int], first: int) -> list[Mention]:
    """A short name opening each bulleted line under a lead-in such as "For 2026, the categories are:"."""
    found = []
    for i in range(first, len(lines)):
        bullet = BULLET.match(lines[i])
        if bullet is None:
            break
        item = LIST_ITEM_START.match(lines[i][bullet.end() :])
        at = bullet.end() + (item.end() if item else 0)
        for category, short in SHORT_NAMES.items():
            if name := short.match(lines[i], at):
                found.append(Mention(category, starts[i] + name.start(), starts[i] + name.end()))
    return found


# Short names read in an enumeration of categories: those too vague for prose ("les médecins" of a healthcare
# list is not the physicians category) are left out.
ENUMERATION_WORD = re.compile(r"\b(?:catégories|categories|liste|list)\b", re.IGNORECASE)
# a category set beside one the sentence names: "It returns alongside transport", "STEM is back, and so is transport",
# "aux côtés de la santé"
_BESIDE_WORDS = (r"\balongside\b|\balong\s+with\b|\bso\s+(?:is|are|does|do)\b|\baux\s+côtés\s+(?:de|des|du)\b|\btout\s+comme\b|"
                 r"\bde\s+même\s+que\b")
_BESIDE = re.compile(_BESIDE_WORDS, re.IGNORECASE)
_ITEM_START = re.compile(
    # (a contrast or "avec" goes on listing: "…, tandis que la santé et l'éducation sont maintenues", "avec celles de
    # l'éducation et de la santé"; so do those kept and one added: "on a gardé le français, …, et ajouté l'éducation")
    r"(?:^|[,;–—(·•|/:]|\bet\b|\band\b|\bou\b|\bor\b|\bainsi\s+que\b|\bas\s+well\s+as\b|\bcomme\b|\bcatégories\b|\binclude\b|"
    r"\btandis\s+que\b|\balors\s+que\b|\bwhereas\b|\bwhile\b|\bavec\b|"
    # (or examples of them: "targeted draws, for instance education and …", "rondes ciblées, notamment la santé et …")
    r"\bsuch\s+as\b|\bincluding\b|\bfor\s+(?:instance|example)\b|\be\.g\.|\bnotamment\b|\bpar\s+exemple\b|\ben\s+particulier\b|"
    rf"{_BESIDE_WORDS}|"  # (or one set beside a named one)
    r"\b(?:ajout|gard|conserv)(?:é|e|ent)\b|\bmaintenu\b|\badd(?:ed|s)\b|\bkept\b|\bkeeps\b|\bretain(?:ed|s)\b|"
    # (a verb of choice opens the list, and "pour" an item: "Ottawa favorise la santé, les métiers …", "une ronde pour
    # les médecins et une pour les chercheurs")
    r"\bprivilégi(?:e|ent|ait|aient|era)\b|\bfavoris(?:e|ent|ait|era)\b|\bprioriti[sz](?:es|ed|ing)\b|\bfavou?r(?:s|ed|ing)\b|\bpour\b)\s*"
    r"(?:(?:celles|ceux|celle|celui)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l['’]\s?|de\s+)|(?:des|du|de\s+la|de|les|la|le|the|aux|à\s+la)\s+|(?:de\s+|à\s+)?l['’]\s?|"
    # (one more item said as "one for …": "…, trades, and a new one for teachers", "…, et une nouvelle pour l'éducation")
    r"(?:an?\s+)?(?:(?:brand[- ]new|new|separate|dedicated)\s+)?one\s+for\s+(?:the\s+)?|"
    r"une\s+(?:toute\s+)?(?:nouvelle|autre)\s+pour\s+(?:l['’]\s?|la\s+|le\s+|les\s+)?)?"
    # (the skill that names the French category: "…, et la compétence en français")
    r"(?:(?:connaissance|maîtrise|compétences?|knowledge|proficiency)\s+(?:du|en|of|in)\s+)?(?=\w)",
    re.IGNORECASE,
)


_THESE_ARE = re.compile(r"\s*(?:(?:for|in|en|pour)\s+\d{4},?\s+|this\s+year,?\s+|cette\s+année,?\s+)?(?:these|they|ce\s+sont|il\s+s['’]agit|elles)\s+(?:include|are|comprennent|incluent|de|sont)\b",
                        re.IGNORECASE)
LISTED_ITEM = 60  # "Éducation 🎓": an item of a line of categories, not a sentence of a paragraph


def enumerated_mentions(ctx: TextContext, mentions: list[Mention]) -> list[Mention]:
    """Short names ("trades", "le français", "transport") as items of an enumeration of categories: a sentence
    naming a category where its paragraph names two, or under a heading about the categories ("STEM and
    transport … are back", "On retrouve le français, la santé …")."""
    by_sentence: dict[int, list[Mention]] = {}
    by_line: dict[int, set[str]] = {}
    for m in mentions:
        if (sentence := ctx.sentence_at(m.start)) is not None:
            by_sentence.setdefault(ctx.index(sentence), []).append(m)
            by_line.setdefault(sentence.line_start, set()).add(m.category)
    found = _list_item_mentions(ctx, mentions) + _emoji_item_mentions(ctx) + \
        [m for sentence in ctx.sentences if (m := category_row(ctx, sentence))]
    found += _heading_run_mentions(ctx)
    found += [m for sentence in ctx.sentences if sentence.text.startswith("|") for m in _column_header(sentence)]
    found += [m for sentence in ctx.sentences if (m := _group_as_subject(sentence))]
    # (short names joined right before "categories", the vaguer ones too: "the doctors, researchers and senior managers
    # categories")
    found += [Mention(category, sentence.start + start, sentence.start + end) for sentence in ctx.sentences
              if "categor" in sentence.text.lower() for run, start, end in joined_short_names(sentence.text)
              if len(run) >= 2 and all(run) for category in run]  # type: ignore[misc]
    # a sentence about categories that enumerates them by short names, two at least ("Les tirages par catégorie —
    # francophones, santé, … — continuent", "… viseront les francophones, la santé et l'éducation")
    # (or by the sentence right after it on its line: "Les tirages par catégorie continuent. Ottawa a retenu le français,
    # la santé …")
    about = [_CATEGORY_NOUN.search(sentence.text) is not None for sentence in ctx.sentences]
    for i, sentence in enumerate(ctx.sentences):
        if about[i] or (i > 0 and about[i - 1] and ctx.sentences[i - 1].line_start == sentence.line_start):
            items = _short_name_items(sentence)
            if len({m.category for m in items}) >= 2:
                found.extend(items)
    # (and the other sentences of a line naming two: "Métiers 🛠️ • Transports 🚛 • STIM 💻 • …" is read as
    # one sentence per item, the vaguer names with no mention of their own)
    lines = {line for line, categories in by_line.items() if len(categories) >= 2}
    # (a label's line right under such a line goes on with the enumeration: "Still running: education, trades, …" over
    # "Returning after a break: transport")
    below = {i for i, sentence in enumerate(ctx.sentences) if i > 0 and len(sentence.text) <= LISTED_ITEM
             and _LABEL_LINE.match(sentence.text) and (above := ctx.sentences[i - 1]).line_start in lines
             and above.line_start != sentence.line_start}
    listed = dict.fromkeys([*by_sentence, *(i for i, sentence in enumerate(ctx.sentences)
                                            if sentence.line_start in lines and len(sentence.text) <= LISTED_ITEM), *below])
    for i in listed:
        named, sentence = by_sentence.get(i, []), ctx.sentences[i]
        heading = ctx.heading_before(sentence)
        # an enumeration: its paragraph names two categories, or it or its heading speaks of the list of them
        # (or the sentence before names them and this one goes on: "… category-based draws. These include French
        # speakers, …")
        # (or one of the categories for those with Canadian experience, named in full, beside its siblings by their
        # short names: "… les médecins ayant travaillé au Canada, les chercheurs et les cadres supérieurs")
        in_group = any(m.category in CANADIAN_EXPERIENCE_GROUP for m in named)
        if not in_group and i not in below and len(by_line.get(sentence.line_start, ())) < 2 and \
                not ENUMERATION_WORD.search(sentence.text) and not (named and _BESIDE.search(sentence.text)) and not (heading is not None and CATEGORY_LIST_WORD.search(heading.text)) and \
                not (_THESE_ARE.match(sentence.text) and i > 0 and _CATEGORY_NOUN.search(ctx.sentences[i - 1].text)):
            continue
        # (the siblings by their short names, too, in an enumeration saying whom they are for: "… pour les personnes ayant une
        # expérience de travail canadienne : les cadres supérieurs, les chercheurs et les médecins")
        siblings = CANADIAN_EXPERIENCE_GROUP if in_group or _FOR_CANADIAN_EXPERIENCE.search(sentence.text) else ()
        for item in _ITEM_START.finditer(sentence.text):
            at = sentence.start + item.end()
            if any(m.start <= at < m.end for m in named) or \
                    not (_ANY_ENUMERABLE.match(sentence.text, item.end()) or siblings and _SIBLING.match(sentence.text, item.end())):
                continue
            for category in (*ENUMERABLE_CATEGORIES, *siblings):
                if name := SHORT_NAMES[category].match(sentence.text, item.end()):
                    found.append(Mention(category, at, sentence.start + name.end()))
    return found


_LABEL_LINE = re.compile(r"[^:\n]{2,40}:\s*\S")
_CATEGORY_COLUMN = re.compile(r"^\|\s*(?:catégories?|categor(?:y|ies))\b", re.IGNORECASE | re.MULTILINE)
_FIRST_CELL = re.compile(r"^\|\s*[«“\"]?\s*")
_NOT_IN_USE = re.compile(r"^\s*(?:non|no|aucune?|none|—|–|-|not\s+used|non\s+(?:utilisée|reconduite|retenue))\s*$", re.IGNORECASE)


def category_row(ctx: TextContext, sentence: Sentence) -> Mention | None:
    """A row of a table whose first column lists categories ("| Catégorie | Expérience |" then "| Santé | 6 mois |"):
    its first cell names a category by a short name alone ("« Médecins »" too); with a column per year, "Non" in
    the latest year's says it is not in use."""
    # (the header's row naming the column may sit under a caption row)
    if not sentence.text.startswith("|") or not _CATEGORY_COLUMN.search(ctx.table_header(sentence) or "") \
            or _not_in_use_this_year(ctx, sentence):
        return None
    at = _FIRST_CELL.match(sentence.text).end()  # type: ignore[union-attr]
    for category, short in SHORT_NAMES.items():  # a table of categories names any of them by its short name
        if name := short.match(sentence.text, at):
            return Mention(category, sentence.start + at, sentence.start + name.end())
    return None


# "✗ Agriculture et agroalimentaire": a line opened by a cross says the item is out
_CROSSED_OUT = re.compile(r"[ \t]*(?:[•·▪*-][ \t]*)?[✗✘❌✖]")


def _not_in_use_this_year(ctx: TextContext, sentence: Sentence) -> bool:
    """A table row with a column per year whose latest year's cell says no ("| Agriculture | Non | Non |")."""
    if not sentence.text.startswith("|") or (years := ctx.year_columns(sentence)) is None:
        return False
    return _NOT_IN_USE.match(row_cells(sentence.text)[years.index(max(years))]) is not None


def _group_as_subject(sentence: Sentence) -> Mention | None:
    """A group opening a sentence that states its rule ("Les médecins, eux, doivent avoir …"): on a page about the
    categories, that group's category."""
    if (m := GROUP_AS_SUBJECT.match(sentence.text)) is None:
        return None
    group = "name" if m.group("name") else "name2"
    category = next((c for c, short in SHORT_NAMES.items() if short.fullmatch(m.group(group))), None)
    return Mention(category, sentence.start + m.start(group), sentence.start + m.end(group)) if category else None


_CELL = re.compile(r"[^|]+")


def _column_header(sentence: Sentence) -> list[Mention]:
    """A table header naming a category per column ("| Ce qui est demandé | Santé | Métiers | Éducation |"): short
    names alone in their cells, when two cells at least name categories."""
    found = []
    for cell in _CELL.finditer(sentence.text):
        name = cell.group().strip()
        at = sentence.start + cell.start() + cell.group().find(name)
        full = find_mentions(name)
        if full:
            found.append(Mention(full[0].category, at, at + len(name)))
        elif _ANY_ENUMERABLE.fullmatch(name) and \
                (category := next((c for c in ENUMERABLE_CATEGORIES if SHORT_NAMES[c].fullmatch(name)), None)):
            found.append(Mention(category, at, at + len(name)))
    return found if len({m.category for m in found}) >= 2 else []


# (or after the word the list hangs on, the group named by its people: "… has concentrated on French speakers, health care, …",
# "… rounds went to French speakers, healthcare and trades")
_LAST_WORDS = {category: re.compile(rf"(?:\b(?:les|la|le|des|du|the|on|sur|vers|for|to)\s+|\bl['’]\s?)(?P<name>{SHORT_NAME_PATTERNS[category]})"
                                    r"(?:\s+(?:speakers|workers|occupations|jobs))?\s*$",
                                    re.IGNORECASE) for category in ENUMERABLE_CATEGORIES}
_ENUMERABLE_UNION = "|".join(SHORT_NAME_PATTERNS[c] for c in ENUMERABLE_CATEGORIES)
CANADIAN_EXPERIENCE_GROUP = tuple(c for c in SHORT_NAME_PATTERNS if c.endswith("-canadian-experience"))
_FOR_CANADIAN_EXPERIENCE = re.compile(rf"{CANADIAN_EXPERIENCE_FR}|{CANADIAN_EXPERIENCE_EN}", re.IGNORECASE)
_SIBLING = re.compile("|".join(rf"(?:{SHORT_NAME_PATTERNS[c]})\b" for c in CANADIAN_EXPERIENCE_GROUP), re.IGNORECASE)
# Every short name in one pattern, as SHORT_NAMES writes each: where none matches (most cells and items), the names are
# not tried one by one (seven or eleven calls; a pattern of alternatives matches where one of them does)
_ANY_ENUMERABLE = re.compile(rf"(?:{_ENUMERABLE_UNION})\b", re.IGNORECASE)
_ANY_SHORT_NAME = re.compile(rf"(?:{'|'.join(SHORT_NAME_PATTERNS.values())})\b", re.IGNORECASE)
_ENUMERABLE_NAME = re.compile(rf"\b(?:{_ENUMERABLE_UNION})\b", re.IGNORECASE)
_ENUMERABLE_NAMES = Folded(_ENUMERABLE_NAME)
_CATEGORY_NOUN = re.compile(rf"\bcatégories?\b|\bcategor(?:y|ies)\b|{TARGETED_DRAWS}", re.IGNORECASE)


def _short_name_items(sentence: Sentence) -> list[Mention]:
    """Short names of categories opening the items of an enumeration in a sentence, and the one ending the words
    before its first comma ("viseront les francophones, la santé, …")."""
    found: list[Mention] = []
    if len(list(islice(_ENUMERABLE_NAMES.finditer(sentence.text, lowered(sentence.text)), 2))) < 2:
        return found  # one regex for the common case: no enumeration here
    for item in _ITEM_START.finditer(sentence.text):
        for category in ENUMERABLE_CATEGORIES:
            if name := SHORT_NAMES[category].match(sentence.text, item.end()):
                found.append(Mention(category, sentence.start + item.end(), sentence.start + name.end()))
    # (the first item, opened by no comma: "… reprennent et visent la santé, les métiers, …")
    first = min((m.start - sentence.start for m in found), default=len(sentence.text))
    for comma in {sentence.text.find(","), sentence.text.rfind(",", 0, first)} - {-1, 0}:
        for category in ENUMERABLE_CATEGORIES:
            if name := _LAST_WORDS[category].search(sentence.text, 0, comma):
                found.append(Mention(category, sentence.start + name.start("name"), sentence.start + name.end("name")))
    return found


def _heading_run_mentions(ctx: TextContext) -> list[Mention]:
    """Categories given as lines of their own under a line announcing them ("This year the categories are:" over
    "Trades", "Transport", "Education", each a heading of its section): a short name filling its line counts."""
    found: list[Mention] = []
    sentences = ctx.sentences
    for i, lead in enumerate(sentences):
        if not (lead.text.rstrip().endswith(":") and _CATEGORY_NOUN.search(lead.text)):
            continue
        for line in sentences[i + 1 : i + 1 + MAX_CATEGORIES]:
            if not ctx.is_heading(line):
                break  # the run of lines ended
            for category in ENUMERABLE_CATEGORIES:
                if name := SHORT_NAMES[category].fullmatch(line.text.strip()):
                    found.append(Mention(category, line.start, line.start + name.end()))
    return found


MAX_CATEGORIES = 12  # lines looked at under a line announcing the categories


def _list_item_mentions(ctx: TextContext, mentions: list[Mention]) -> list[Mention]:
    """A list two of whose items name categories enumerates categories: a short name opening any of its items
    counts ("invitations will go to people working in: - health care - STEM jobs - trades - transport")."""
    by_list: dict[int, set[str]] = {}
    for m in mentions:
        if (sentence := ctx.sentence_at(m.start)) is not None and ctx.is_list_item(sentence):
            by_list.setdefault(ctx.block_start(sentence), set()).add(m.category)
    found = []
    for first in (start for start, named in by_list.items() if len(named) >= 2):
        for sentence in ctx.sentences[first:]:
            if not ctx.is_list_item(sentence) and sentence.start == sentence.line_start:
                break  # the list ended
            if not ctx.is_list_item(sentence):
                continue
            item = LIST_ITEM_START.match(sentence.text)
            at = item.end() if item else 0
            if any(m.start <= sentence.start + at < m.end for m in mentions):
                continue  # the item is a full name already ("les métiers de l'éducation" is education)
            for category in ENUMERABLE_CATEGORIES:
                if name := SHORT_NAMES[category].match(sentence.text, at):
                    found.append(Mention(category, sentence.start + at, sentence.start + name.end()))
    return found


# a line opened by a pictograph, as social posts set their lists: "🛠️ Trades", "🚚 Transport"
_EMOJI_ITEM = re.compile(r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF][\ufe0f\u200d]*)+\s+")


def _emoji_item_mentions(ctx: TextContext) -> list[Mention]:
    """Short names opening the lines of a list set with pictographs under a line about the categories ("Categories IRCC
    will use this year:" over "🛠️ Trades" / "🚚 Transport"): each is a category, as a bulleted list's item."""
    found: list[Mention] = []
    if not _EMOJI_ITEM.search(ctx.text):
        return found  # (most pages set no list with pictographs)
    run: list[Sentence] = []
    for sentence in [*ctx.sentences, None]:
        item = sentence is not None and sentence.start == sentence.line_start and len(sentence.text) <= LISTED_ITEM and \
            _EMOJI_ITEM.match(sentence.text) is not None
        if item:
            run.append(sentence)  # type: ignore[arg-type]
            continue
        if len(run) >= 2 and (i := ctx.index(run[0])) > 0 and CATEGORY_LIST_WORD.search(ctx.sentences[i - 1].text):
            for line in run:
                at = _EMOJI_ITEM.match(line.text).end()  # type: ignore[union-attr]
                found += [Mention(category, line.start + at, line.start + name.end()) for category in ENUMERABLE_CATEGORIES
                          if (name := SHORT_NAMES[category].match(line.text, at))]
        run = []
    return found


def _scores_crs_points(ctx: TextContext, mention: Mention) -> bool:
    """A ranking-system bonus for French ("les francophones gagnent des points SCG en plus", "French skills: 50 points"),
    or a grid's row ("| French and English skills | 28 |" under "Points"): not the category, unless the sentence speaks
    of a category or a round. A question naming one ("Et les soignants ?") announces nothing either."""
    sentence = ctx.sentence_at(mention.start)
    if sentence is None:
        return False
    return ctx.remembered(("scores_crs_points", sentence.start), lambda: _scores_points(ctx, sentence))


def _scores_points(ctx: TextContext, sentence: Sentence) -> bool:
    if (asked := sentence.text.find("?")) > 0 and _ASKS_IF_BACK.search(sentence.text, 0, asked):
        return True  # "anyone heard if transport draws are coming back in 2026? asking for my brother": asked, not told
    if names_a_category_word(sentence.text):
        return False
    if sentence.text.rstrip().endswith("?") and not answered_by_branches(ctx, sentence):
        return True
    if sentence.text.startswith("|") and POINTS_WORD.search(ctx.table_header(sentence) or ""):
        return True
    if not POINTS_WORD.search(sentence.text):
        return False
    heading = ctx.heading_before(sentence)
    return any(CRS_CONTEXT.found(t) for t in (sentence.text, heading.text if heading else "", ctx.title or ""))


# a question whether a category's rounds come back: "are transport draws coming back?", "les transports vont-ils revenir ?"
_ASKS_IF_BACK = re.compile(r"\b(?:coming\s+back|come\s+back|be\s+back|return(?:ing)?|revenir|reviendr\w*|reviennent|revient|de\s+retour)\b",
                           re.IGNORECASE)


def _among_choices(sentence: Sentence, mention: Mention) -> bool:
    """A quiz's option ("Which of these is not a category? A. Healthcare … B. Agriculture …"): a choice, not news."""
    at = choices_at(sentence.text) if "?" in sentence.text else -1
    return 0 <= at <= mention.start - sentence.start


def _told_as_past(ctx: TextContext, mention: Mention) -> bool:
    """"En 2023, les catégories des transports … faisaient encore partie des rondes": a category told in the past
    is not announced, unless the sentence says it is back."""
    sentence = ctx.sentence_at(mention.start)
    return sentence is not None and ctx.remembered(("told_as_past", sentence.start), lambda: (
        HISTORY.found(without_asides(sentence.text)) and not CATEGORY_RETURNS.found(sentence.text) and
        not NEW_MARKER.found(sentence.text) and not NOW.found(sentence.text) and not _recent_round(ctx, sentence.text)
        and not _figure_put_right_below(ctx, sentence)))


def _figure_put_right_below(ctx: TextContext, sentence: Sentence) -> bool:
    """A speaker's earlier figure for a category, put right just below ("la semaine passée j'ai dit … NCLC six" / "c'est
    une erreur, pardon …. Le minimum c'est NCLC sept"): the figure was wrong, not the category."""
    i = ctx.index(sentence)
    return any(ctx.claim_corrected(below) == sentence for below in ctx.sentences[i + 1 : i + 1 + CLAIM_REACH])


CLAIM_REACH = 2  # the owned mistake, then the right figure


def _recent_round(ctx: TextContext, text: str) -> bool:
    """A round told with its number and its figures, in no year before the page's ("Mercredi 1er avril, c'était au tour
    de la ronde no 408 …, ouverte à la seule catégorie …"): its category is one in use."""
    if not (ROUND_NUMBER.search(text) and (ROUND_INVITATIONS.search(text) or ROUND_CUTOFF.search(text))):
        return False
    this_year = ctx.published.year if ctx.published else max((int(y) for y in YEAR.findall(ctx.text[:2000])), default=0)
    return all(int(y) >= this_year for y in YEAR.findall(text))


# a line naming a class of the occupation classification ("- Major Group 93, …", "Grand groupe 73 : …")
# (or a bulleted item opening on the group's code alone: "- 72, techniciens des métiers et contrôleurs du transport;")
OCCUPATION_GROUP_LINE = re.compile(r"[ \t]*(?:[-*•▪◦][ \t]*)?(?:(?:sub-)?major\s+group|(?:sous-)?grand\s+groupe|noc|cnp)\s+\d{2,3}\b|"
                                   r"[ \t]*[-*•▪◦][ \t]*\d{2,3},[ \t]+(?-i:[a-zà-ÿ])", re.IGNORECASE)


def never_a_category(ctx: TextContext) -> bool:
    """No sentence of the page speaks of categories or draws."""
    return ctx.remembered(("never_a_category",), lambda: not any(names_a_category_word(s.text) for s in ctx.sentences))


def names_fst(ctx: TextContext) -> bool:
    """Some sentence of the page names the Federal Skilled Trades Program."""
    return ctx.remembered(("names_fst",), lambda: any("fst" in program_names(s.text) for s in ctx.sentences))


RUN_IN_TITLE = 40  # a numbered item's title, its text going on after it on its line


def _of_this_program(ctx: TextContext, mention: Mention) -> bool:
    """"Skilled trades eligible for this program", "Le PTMSF et les métiers", a heading "Métiers spécialisés" over the
    FST's own section, on a page about the FST: a program's trades, not the category; a province's "volet des métiers"
    neither; "en français et en anglais" is a language, not the French category."""
    sentence = ctx.sentence_at(mention.start)
    if sentence is None:
        return False
    at = mention.start - sentence.start
    # (the CEC's French name in the sentence is no word of the categories: the CEC, the FSW "et, pour les métiers
    # manuels, le PTMSF" names the program's trades)
    if mention.category == "trades" and not names_a_category_word(CEC_FRENCH_NAME.sub("CEC", sentence.text)):
        i = ctx.index(sentence)
        # (the heading over the FST's section, or a numbered item's run-in title: "4.2 Métiers spécialisés. Au PTMSF, il
        # faut …")
        below = ctx.sentences[i + 1].text if i + 1 < len(ctx.sentences) and (ctx.is_heading(sentence) or (
            sentence.start == sentence.line_start and len(sentence.text) <= RUN_IN_TITLE and
            ctx.sentences[i + 1].line_start == sentence.line_start)) else ""
        if any("fst" in program_names(t) for t in (sentence.text, below)) or (
                ctx.title and "fst" in program_names(ctx.title) and not names_a_category_word(ctx.title)):
            return True
        if _STREAM_BEFORE.search(sentence.text[max(0, at - 20) : at]):
            return True
        if LANGUAGE_LEVEL.search(sentence.text) or _TWO_YEARS_IN_FIVE.search(sentence.text):
            # "For skilled trades, the bar is lower: CLB 5 …": the trades category sets no level, the program does; nor
            # does it ask two years of work within five ("Pour les gens de métier, deux ans sur les cinq dernières années")
            return True
        if (ONES_TRADE.found(sentence.text) or never_a_category(ctx)) and names_fst(ctx):
            # "You need 2 years of full-time work in a skilled trade", on the FST's page; any trade on a page
            # naming the FST and never a category or a draw
            return True
    if OCCUPATION_GROUP_LINE.match(ctx.text, sentence.line_start):
        return True  # "- Major Group 72, … and transportation officers": a class of occupations
    if mention.category == "french-language-proficiency" and _AND_ENGLISH.match(sentence.text, mention.end - sentence.start):
        return True
    return THIS_PROGRAM.found(sentence.text[mention.end - sentence.start : mention.end - sentence.start + 40])


_TWO_YEARS_IN_FIVE = re.compile(r"\b(?:two|deux|2)\s+(?:full[- ]time\s+)?(?:years?|ans|années)\b[^.;]{0,90}?\b(?:five|cinq|5)\s+"
                                r"(?:(?:last|past|previous|dernières|précédentes)\s+)?(?:years?|ans|années)\b", re.IGNORECASE)
# (or the program applied under, by its short name: "postuler au titre des métiers spécialisés", "apply under the trades")
_STREAM_BEFORE = re.compile(r"\b(?:volet|stream|filière|au\s+titre)\s+(?:des\s+|du\s+|de\s+la\s+|for\s+)?$|\bapply\s+under\s+the\s+$",
                            re.IGNORECASE)
_AND_ENGLISH = re.compile(r"\s+(?:et|ou|and|or)\s+(?:en\s+)?(?:anglais|english)\b", re.IGNORECASE)


def _is_program_name(text: str, start: int, end: int) -> bool:
    return bool(PROGRAM_CONTEXT_AFTER.match(text[end : end + 12]) or PROGRAM_CONTEXT_BEFORE.search(text[max(0, start - 45) : start])
                or text[start : start + 1].isupper() and _NAMED_STREAM_AFTER.match(text, end) is not None
                or _COMPANY_NAME.match(text, start) is not None and not find_mentions(text[end : end + 80])
                or _IN_PROGRAM_LIST.search(text[max(0, start - 120) : start]) is not None)


# a province's stream named with a category's word, capitalised ("the Rural Healthcare Pathway", "Tech Talent Stream")
# (or two named together: "Manitoba also runs its own Healthcare Worker and Rural Community streams")
_NAMED_STREAM_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’-]*|and|&)){0,4}[ \t]+(?:Pathway|Stream|pathways|streams)\b")


# a name in a list of the programs ("Express Entry programs covered: skilled workers, skilled trades, …")
_IN_PROGRAM_LIST = re.compile(r"\bprogram(?:me)?s\b[^:\n.]{0,30}:[^\n.:]*$", re.IGNORECASE)


# a carrier's name, "Transports Gatineau-Nord" (case matters), not the last of a list run into the next line's name
_COMPANY_NAME = re.compile(r"Transports[ \t]+[A-ZÉÈ][a-zéèêàç]")


def extract_categories(ctx: TextContext) -> list[Category]:
    """One record per category named; the quote is the first sentence naming it."""
    if not CATEGORY_CONTEXT.search(ctx.text):
        return []
    by_id: dict[str, list[Mention]] = {}
    mentions = find_mentions(ctx.text)
    for mention in sorted(mentions + enumerated_mentions(ctx, mentions), key=lambda m: (m.start, m.category)):
        if _scores_crs_points(ctx, mention) or _told_as_past(ctx, mention) or _of_this_program(ctx, mention) or \
                ((sentence := ctx.sentence_at(mention.start)) is not None and
                 (_not_in_use_this_year(ctx, sentence) or _CROSSED_OUT.match(ctx.text, sentence.line_start)
                  or _a_provinces_own_draw(sentence.text) or _a_provinces_sector(ctx, mention, sentence)
                  or (ctx.ruled_false(sentence) and not ctx.refuted_figure(sentence)) or _among_choices(sentence, mention)
                  or _asked_for_ones_case(sentence))):
            continue
        by_id.setdefault(mention.category, []).append(mention)
    said: dict[int, _Said] = {}  # several categories are often named in one sentence: read its cues once
    records = []
    for category, mentions in by_id.items():
        first = mentions[0]
        sentence = ctx.sentence_at(first.start)
        if sentence is None:
            continue
        names = sorted({ctx.text[m.start : m.end].strip() for m in mentions})
        stated = _stated_change(ctx, mentions, said)
        records.append(
            Category(
                id=category,  # type: ignore[arg-type]
                names={ctx.language: names},
                evidence=ctx.evidence(sentence),
                stated_change=stated,  # type: ignore[arg-type]
                status="ended" if stated == "removed" else "announced",
            )
        )
    return sorted(records, key=lambda r: r.id)


def _asked_for_ones_case(sentence: Sentence) -> bool:
    """A candidate asking whether their own case fits a category ("j'ai 7 mois comme aide-soignante, c'est bon pour la
    catégorie santé ?") names the category they hope for, not one the page says is in use."""
    return sentence.text.rstrip(" !»\"”").endswith("?") and PERSONAL_CASE.found(sentence.text)


def _a_provinces_own_draw(text: str) -> bool:
    """A province's own stream inviting people of an occupation ("New Brunswick ran a draw in its own stream, sending 210
    invitations to candidates in transport and healthcare"): the province's choice, not a federal category."""
    return _PROVINCIAL_DRAW.search(text) is not None and _FEDERAL.search(text) is None


def _a_provinces_sector(ctx: TextContext, mention: Mention, sentence: Sentence) -> bool:
    """A sector's bare word ("healthcare", "santé") on a province's page or in its section, in a sentence that speaks of
    no category or draw ("At the moment it gives priority to healthcare, construction and information technology"): the
    province's choice, not the federal category."""
    if not _BARE_SECTOR.fullmatch(ctx.text[mention.start : mention.end]) or names_a_category_word(sentence.text):
        return False
    # (nor one the sentence before, on its line, puts on the federal list: "The federal government's category list for this
    # year counts too. Skilled trades and transport jobs are on it, along with healthcare.")
    if (before := ctx.antecedent(sentence)) is not None and before.line_start == sentence.line_start and \
            names_a_category_word(before.text) and _FEDERAL.search(before.text):
        return False
    heading = ctx.heading_before(sentence)
    header = (ctx.table_header(sentence) or "").split("\n", 1)[0]  # (its first line: the rows under it are other rows)
    return any(_PROVINCIAL.search(text) for text in (sentence.text, header, heading.text if heading is not None else "",
                                                      ctx.title or ""))


_BARE_SECTOR = re.compile(r"health\s?care|santé", re.IGNORECASE)
_PROVINCIAL = re.compile(rf"\b(?:{PROVINCES}|provinces?|provincial|pnp|pcp|aaip|oinp|sinp|mpnp|nsnp|bc\s*pnp)\b", re.IGNORECASE)


_PROVINCIAL_DRAW = re.compile(
    rf"\b(?:{PROVINCES})(?:['’]s)?\b[^.;]{{0,60}}?\b(?:streams?|volets?|nominee\s+program|pnp|pcp)\b[^.;]{{0,40}}?"
    r"\b(?:draws?|rondes?|tirages?|notifications?|invitations?|invited|invité)", re.IGNORECASE)
_FEDERAL = re.compile(r"\b(?:ircc|federal|fédéral\w*|ottawa|category-based|par\s+catégorie)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Said:
    """What one sentence naming categories says of them."""

    ended: bool  # "ne sont plus utilisées", "will not be used"
    absent: bool  # somewhere an absence cue ("manquent à l'appel"): its clause decides
    absent_lead_in: bool  # a list item whose lead-in says the items are absent
    new: bool  # it or its heading says new
    returns: bool  # "sont réintroduites", "are back"


JURISDICTION_FIRST = 20  # characters of a sentence that name the place it speaks of ("In Quebec, …", "Au Québec, …")


def _what_it_says(ctx: TextContext, sentence: Sentence) -> _Said:
    heading = ctx.heading_before(sentence)
    # (a myth stated to be knocked down, or a sentence opening on another jurisdiction, "In Quebec, nurses go through
    # the province's own selection", ends no category; a lawyer "de Québec" quoted on the federal list may)
    speaks = not MYTH.found(sentence.text) and not OTHER_JURISDICTION.found(sentence.text[:JURISDICTION_FIRST])
    return _Said(
        ended=speaks and ENDED_MARKER.found(sentence.text),
        absent=speaks and CATEGORY_ABSENT.found(sentence.text),
        absent_lead_in=heading is not None and ctx.is_list_item(sentence) and CATEGORY_ABSENT.found(heading.text),
        new=NEW_MARKER.found(sentence.text) or (heading is not None and NEW_MARKER.found(heading.text)),
        returns=CATEGORY_RETURNS.found(sentence.text),
    )


def _ended_below_heading(ctx: TextContext, sentence: Sentence) -> bool:
    """A heading naming a category whose first sentence says "this category is no longer used"."""
    if not ctx.is_heading(sentence) or (i := ctx.index(sentence)) + 1 >= len(ctx.sentences):
        return False
    below = ctx.sentences[i + 1].text
    return _THIS_ONE.search(below) is not None and ENDED_MARKER.found(below)


_THIS_ONE = re.compile(r"^\s*(?:cette\s+catégorie|this\s+category|elle|it)\b", re.IGNORECASE)


def _of_an_earlier_year(ctx: TextContext, sentence: Sentence) -> bool:
    """The sentence says a category went unused in a year before the page's ("In 2025, STEM and transport had no draws that
    year"): an earlier past, told beside the categories' list of today. (A removal told in an earlier year, "En
    2025, … l'agriculture sont retirés", still holds.)"""
    if not _UNUSED.search(sentence.text):
        return False
    if _THAT_YEAR.search(sentence.text):
        return True  # "… had no draws that year", "l'an dernier"
    years = [int(y) for y in YEAR_2000S.findall(sentence.text)]
    return bool(years) and ctx.published is not None and max(years) < ctx.published.year


# (or not among those used: "Transport occupations were not among the categories the department used in 2025", "ne
# figuraient pas parmi les catégories retenues en 2025")
_UNUSED = re.compile(r"\bnot\s+(?:been\s+)?used\b|\bunused\b|\bpas\s+(?:été\s+)?utilisée?s?\b|\bsans\s+ronde\b|\bno\s+(?:rounds?|draws?)\b|"
                     r"\bnot\s+(?:been\s+)?(?:among|one\s+of)\s+the\s+categories\b[^.;]{0,30}?\b(?:used|chosen|selected|in\s+use)\b|"
                     r"\bne\s+(?:figurai(?:t|ent)|faisai(?:t|ent)\s+partie)\s+pas\s+(?:parmi\s+les|des)\s+catégories\b|"
                     # (or not part of the selection then: "were not part of the 2024 category rounds", "n'en faisaient pas partie")
                     r"\b(?:was|were)\s+not\s+(?:part\s+of|included\s+in|among)\b|\bn['’]\s?(?:en\s+)?(?:faisai(?:t|ent)\s+pas\s+partie|"
                     r"étai(?:t|ent)\s+pas\s+(?:inclus|retenu)e?s?)\b",
                     re.IGNORECASE)
_THAT_YEAR = re.compile(r"\b(?:that|last|the\s+previous)\s+year\b|\bcette\s+année-là\b|\bl['’]an(?:née)?\s+(?:dernière?|passée?|précédente?)\b",
                        re.IGNORECASE)
_PLUPERFECT = re.compile(r"\b(?:avai(?:t|ent)\s+été|had\s+been)\b", re.IGNORECASE)


def _stated_change(ctx: TextContext, mentions: list[Mention], said: dict[int, _Said]) -> str | None:
    """"removed" when a sentence naming it says it is gone or absent; "new" when it or its heading says new."""
    new = gone = back = listed = False
    told_before = True  # every end told in the pluperfect: an earlier past than the page's now
    gone_year = listed_year = 0  # on a page dated section by section, the latest section says what holds
    for mention in mentions:
        sentence = ctx.sentence_at(mention.start)
        if sentence is None:
            continue
        if (facts := said.get(sentence.start)) is None:
            facts = said[sentence.start] = _what_it_says(ctx, sentence)
        # what the sentence says of this one category, read only when it speaks of an end or a return at all
        predicate = _predicate(sentence, mention) if facts.ended or facts.absent or facts.returns else None
        said_gone = facts.absent_lead_in or predicate == "gone" or _ended_below_heading(ctx, sentence)
        year = ctx.section_year(sentence) or 0
        if said_gone:
            gone_year = max(gone_year, year)
            # (the pluperfect of the end's own clause: in "Many civil engineers had been hoping for another STEM round,
            # but IRCC did not keep the STEM category this year" it tells the hope, not the end, in the earlier past)
            told_before &= _PLUPERFECT.search(_clause(sentence, mention.start - sentence.start)) is not None or \
                _of_an_earlier_year(ctx, sentence)
        else:
            listed, listed_year = True, max(listed_year, year)
        gone = gone or said_gone
        back = back or predicate == "back"
        new = new or facts.new
    # a page telling both (a log of changes: "dropped in 2025", "back in 2026") has it back; so does one that names it
    # beside an end told as an earlier past ("En 2025, les STIM … avaient été mises de côté")
    if gone and not back and not listed_year > gone_year and not (listed and told_before):
        return "removed"
    return "new" if new else None


# A relative clause set off by commas speaks of the past of its noun, not of what the sentence says of it
# ("transport, which was dropped last year, returns").
# (the clause may close the sentence: "…, and it brings back STEM jobs too, which were dropped in 2025."; an
# apposition dated in a past year tells the past too: "… on retrouve les transports, écartés de la liste en 2025.",
# "Ottawa a rétabli pour 2026 la catégorie des transports, retirée de la liste l'an dernier, …")
# (a year of its own; or, beside a return the sentence tells, "last year" too: "Ottawa a rétabli pour 2026 la catégorie
# des transports, retirée de la liste l'an dernier, …"; alone, "…, retirée l'an dernier, n'y figure toujours pas" keeps
# its end)
_PAST_YEAR = r"\b(?:en|in)\s+20\d\d\b"
_PAST_WHEN = rf"(?:{_PAST_YEAR}|\bl['’]an\s+(?:dernier|passé)|\bl['’]année\s+(?:dernière|passée)|\blast\s+year\b)"


def _relative(past: str) -> re.Pattern[str]:
    """Relative clauses and appositions that tell a category's past, an end dated by ``past``."""
    return re.compile(r",\s+(?:which|that|who|qui|lesquel\w*|dont)\b[^,]*,|"
                      # (closing the sentence, only when told in the past: "…, qui fait son retour." is the predicate)
                      r",\s+(?:which|that|who|qui|lesquel\w*|dont)\b(?=[^,)]*\b(?:was|were|had|been|a\s+été|ont\s+été|"
                      r"avai(?:t|ent)|étai(?:t|ent)|(?:en|in)\s+20\d\d)\b)[^,]*[.;]?\s*$|"
                      r",\s+(?:absente?s?|dropped|removed|missing|abandoned|retirée?s?|supprimée?s?|écartée?s?|abandonnée?s?)\b[^,]*?"
                      rf"{past}[^,]*(?:,|[.;]?\s*$)|"
                      # (or opens it: "Supprimée des rondes en 2025, la catégorie … est revenue"; or follows "after": "… return
                      # this year after being eliminated in 2025", "… après avoir été écartés en 2025")
                      r"^\W*(?:absente?s?|dropped|removed|missing|abandoned|retirée?s?|supprimée?s?|écartée?s?|abandonnée?s?)\b[^,]*?"
                      r"\b(?:en|in)\s+20\d\d\b[^,]*,|"
                      rf"\b(?:after\s+being|après\s+avoir\s+été)\s+[^,;.]*?{past}|"
                      # (or a span of time before its return: "brought back this year, after a year in which it went
                      # unused", "après une année sans ronde")
                      r"\b(?:after|après)\s+(?:a|an|one|two|une?|deux)\s+(?:years?|ans?|années?)\b[^,;.]*|"
                      # (or the time since its end: "… restored its transport category for 2026, two years after it was dropped")
                      r",\s*(?:a|an|one|two|une?|deux)\s+(?:full\s+)?(?:years?|ans?|années?)\s+(?:after|après)\b[^,;.]*",
                      re.IGNORECASE)


_RELATIVE = _relative(_PAST_YEAR)
_RELATIVE_BESIDE_RETURN = _relative(_PAST_WHEN)


def _predicate(sentence: Sentence, mention: Mention) -> str | None:
    """What the sentence says of a category it names: "gone" (dropped, absent), "back", or None. The predicate after
    the name decides ("la STIM fait son retour, la santé reste sur le carreau"), its relative clauses left out; without
    one after it, the nearest before it. "The bonus points were abolished" is the points' end, not the category's."""
    clause = _clause(sentence, mention.start - sentence.start).lower()
    at = max(0, clause.find(sentence.text[mention.start - sentence.start : mention.end - sentence.start].lower()))
    # (a verb followed by its object ends that object, not a category named before it: "kept healthcare and stopped
    # using STEM")
    relative = _RELATIVE_BESIDE_RETURN if CATEGORY_RETURNS.found(sentence.text) else _RELATIVE
    tail = relative.sub(",", clause[at:])
    after = sorted((pos, end, verdict) for pos, end, verdict, governs in _predicates(tail) if not governs)
    if after and not _joined_to(tail, mention.end - mention.start, after[0][0], _LAST_OF_LIST_BEFORE.search(clause[:at]) is not None):
        return None  # another name stands between, not listed with this one: the predicate is that name's
    if after:
        # ("STEM was eliminated in 2025 and has returned": told in order, a return after the end is today's word; not
        # one inside it: "does not return", "n'est pas rétablie")
        ends = [(pos, end) for pos, end, verdict in after if verdict == "gone"]
        back = any(verdict == "back" and pos >= after[0][1] and not any(s <= pos < e for s, e in ends) for pos, _, verdict in after)
        return "back" if back else after[0][2]
    head = relative.sub(",", clause[:at])
    # (asked with the rest of the clause after it: "CANCELLED — Healthcare careers info session" calls off the session)
    before = [p for p in _predicates(head + clause[at:]) if p[1] <= len(head)]
    # (not across a clause of its own: "Transport was removed for 2025, when Canada concentrated on healthcare, …")
    if before and _WHEN_CLAUSE.search(head, max(before)[1]):
        return None
    return max(before)[2] if before else None


# a clause telling what went on meanwhile: ", when …", ", while …", ", alors que …"
_WHEN_CLAUSE = re.compile(r",\s*(?:when|while|whereas|as|lorsque|quand|alors\s+que|tandis\s+que|où)\b")


def _joined_to(tail: str, name_end: int, predicate_at: int, closed: bool = False) -> bool:
    """Whether the names between a category's name (at the start of ``tail``) and the predicate after it are listed
    with it ("Healthcare, STEM and trades are gone"), not a name of its own with nothing between but a line break
    ("… / Researchers⏎Transport is gone, untag it"). A list ``closed`` by its "and" is not gone on with by ", and …":
    "… for healthcare, trades and French-language proficiency, and transport is no longer among them" ends transport alone."""
    end = name_end
    for other in find_mentions(tail[:predicate_at]):
        if other.start < end:
            end = max(end, other.end)  # (the name said at length: "French-language" in "French-language proficiency")
            continue
        between = tail[end : other.start]
        if not _LISTED_WITH.search(between) or closed and _AND_AGAIN.fullmatch(between):
            return False
        closed = closed or _LAST_OF_LIST_BEFORE.search(between) is not None
        end = other.end
    # (the name after ", and" may be one the lowercased text does not show: "transport is no longer among them")
    return not (closed and _AND_AGAIN.match(tail, end))


_LAST_OF_LIST_BEFORE = re.compile(r"\s(?:and|et)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s?)?$")  # "… trades and " + name
_AND_AGAIN = re.compile(r"\s*,\s*(?:and|et)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s?)?")


_LISTED_WITH = re.compile(r"[,;/&+]|\b(?:and|or|et|ou|as\s+well\s+as|plus)\b|\bainsi\s+qu(?:e\b|['’])")


# what a verb governs: a category named right after it ("stopped using STEM", "retire les transports")
_OBJECT_AFTER = re.compile(r"\s*(?:using\s+|utiliser\s+)?"
                           # ("launched a new category for education jobs", "une nouvelle catégorie pour les …")
                           r"(?:(?:a|an|une|un)\s+(?:new\s+|nouvelle\s+)?(?:category|catégorie)\s+(?:for|of|de|des|du|pour)\s+)?"
                           r"(?:the\s+|les\s+|la\s+|le\s+|l['’]\s?|des\s+)?"
                           rf"(?:{'|'.join(SHORT_NAME_PATTERNS.values())})\b")


def _predicates(low: str) -> list[tuple[int, int, str, bool]]:
    """Where each predicate on a category starts and ends in ``low``, what it says, and whether a category follows it
    as its object."""
    found: list[tuple[int, int, str, bool]] = []
    for cue, verdict in ((CATEGORY_ABSENT, "gone"), (ENDED_MARKER, "gone"), (CATEGORY_RETURNS, "back")):
        for m in cue.pattern.finditer(low):
            if cue is ENDED_MARKER and _not_a_categorys_end(low, m) or cue is CATEGORY_RETURNS and _NEGATED_AFTER.match(low, m.end()):
                continue  # ("n'y revient pas": no return)
            if cue is CATEGORY_RETURNS and any(start <= m.start() < end for start, end, _, _ in found):
                continue  # (a return inside an absence's words is denied: "won't be coming back")
            found.append((m.start(), m.end(), verdict, _OBJECT_AFTER.match(low, m.end()) is not None))
    return found


# what an end said near a category is often the end of: its points, a threshold or a rule, the months' continuity
# ("the shorter minimum of past years no longer applies", "the months no longer must be consecutive"), a person's
# eligibility ("she would no longer be eligible")
_RULE_BEFORE = re.compile(r"\b(?:thresholds?|seuils?|requirements?|exigences?|minimums?|rules?|règles?|conditions?)\b"
                          r"[^.;,]{0,25}$")
_NEGATED_AFTER = re.compile(r"\s+(?:pas|plus|jamais)\b")
# (or the points it no longer brings, named after it: "a job offer no longer brings any CRS points")
_POINTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:points?|pts)\b")
# (also "… et ces mois n'ont plus besoin d'être continus")
_CONTINUITY_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:d['’]\s?)?(?:be|être)\s+(?:\w+\s+)?(?:continu|consécuti|consecutive|in\s+a\s+row|d['’]affilée)")
_ELIGIBILITY_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:admissibles?|eligible|qualif)")
# (or a figure no longer enough for it, a threshold raised: "Quatre mois, ça ne suffit plus dans la catégorie des
# transports", "half a year is no longer enough for the trades category")
_NO_LONGER_ENOUGH = re.compile(r"ne\s+(?:\w+\s+)?suffi\w*\s+plus\b")
_ENOUGH_AFTER = re.compile(r"\s+(?:enough|sufficient|suffices?|suffisante?s?)\b")


def _not_a_categorys_end(low: str, m: re.Match[str]) -> bool:
    return bool(POINTS_WORD.search(low[max(0, m.start() - 60) : m.start()]) or _RULE_BEFORE.search(low[max(0, m.start() - 40) : m.start()])
                or _POINTS_AFTER.match(low, m.end())
                or _CONTINUITY_AFTER.match(low, m.end()) or _ELIGIBILITY_AFTER.match(low, m.end()) or OLD_FIGURE_AFTER_END.match(low, m.end())
                or _NO_LONGER_ENOUGH.match(low, m.start()) or _ENOUGH_AFTER.match(low, m.end())
                or _GENERAL_DRAWS_BEFORE.search(low[max(0, m.start() - 50) : m.start()])
                or (_CANCELLED.fullmatch(m.group(0)) is not None and _EVENT.search(low, max(0, m.start() - 50), m.end() + 50) is not None))


# the general rounds' end is not the categories': "… went to French speakers, healthcare and trades, while general
# rounds almost disappeared", "les rondes générales ont presque disparu"
_GENERAL_DRAWS_BEFORE = re.compile(r"\b(?:general|all-program|regular)\s+(?:rounds?|draws?)\s+(?:[\w'’]+\s+){0,2}$|"
                                   r"\b(?:rondes|tirages)\s+(?:générales|généraux|ordinaires)\s+(?:[\w'’]+\s+){0,2}$")
# an event called off is not a category ended: "CANCELLED — Skilled trades workshop", "Séance sur la santé : annulée"
_CANCELLED = re.compile(r"cancell?ed|annulée?s?")
_EVENT = re.compile(r"\b(?:atelier|séance|session|webinaire|webinar|workshop|rencontre|réunion|meeting|conférence|"
                    r"conference|salon|fair|event|événement|évènement|cours|class|info-?session|soirée|evening)\b")


def _clause(sentence: Sentence, at: int) -> str:
    """The part of the sentence around ``at`` between two contrasts ("…, mais …", "…; …"). A clause that names
    no category of its own continues the one before ("L'agriculture, en revanche, reste absente de la liste")."""
    text = sentence.text
    breaks = list(CONTRAST.finditer(text))
    start, end = 0, len(text)
    for i, m in enumerate(breaks):
        if m.start() <= at:
            start = m.end()
            continue
        following = text[m.end() : breaks[i + 1].start() if i + 1 < len(breaks) else len(text)]
        if find_mentions(following) or _ANY_SHORT_NAME.search(following):
            end = m.start()
            break
    return text[start:end]
