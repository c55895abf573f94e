"""Category records: which of the 11 categories a text names, with the sentence that names it."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from typing import Iterable

from rulewatch.schemas import Category

from .context import TextContext
from .lexicon.literals import contains_any, lines_containing
from .lexicon.lowercase import Folded
from .lexicon.cues import NEW_MARKER, REMOVED as ENDED_MARKER
from .lexicon.categories import (
    CATEGORY_CONTEXT,
    CATEGORY_LIST,
    CATEGORY_TRIGGERS,
    COMPILED,
    COORDINATED_EN,
    COORDINATED_FR,
    COORDINATED_NOUNS,
    LIST_ITEM_START,
    PROGRAM_CONTEXT_AFTER,
    PROGRAM_CONTEXT_BEFORE,
    SHORT_NAMES,
)


_PATTERNS = {category: [Folded(p) for p in patterns] for category, patterns in COMPILED.items()}
_COORDINATED = (Folded(COORDINATED_FR), Folded(COORDINATED_EN))
_LIST = Folded(CATEGORY_LIST)


@dataclass(frozen=True)
class Mention:
    category: str
    start: int
    end: int


def find_mentions(text: str) -> list[Mention]:
    """Every category named in ``text``; overlapping matches resolve to the longest."""
    lines = text.splitlines(keepends=True)  # names never span lines; most lines name none
    starts = list(accumulate((len(line) for line in lines[:-1]), initial=0))
    raw: list[Mention] = []
    for i, categories in sorted(_lines_to_read(text, lines, starts).items()):
        raw.extend(_line_mentions(lines[i], starts[i], categories))
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
    return sorted(kept, key=lambda x: (x.start, x.category))


def _lines_to_read(text: str, lines: list[str], starts: list[int]) -> dict[int, list[str]]:
    """Each line that contains trigger words -> the categories (and "coordinated") they trigger, in lexicon order.

    Each word is searched once in the whole lowercased text; when lowering changed its length
    (offsets no longer line up), each line is tested instead.
    """
    low = text.lower()
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
        if category in ("coordinated", "list"):
            continue
        for pattern in _PATTERNS[category]:
            for m in pattern.finditer(line, low):
                if not _is_program_name(line, m.start(), m.end()):
                    found.append(Mention(category, offset + m.start(), offset + m.end()))
    if "list" in categories:
        found.extend(_list_mentions(line, low, offset))
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


def _is_program_name(text: str, start: int, end: int) -> bool:
    return bool(PROGRAM_CONTEXT_AFTER.match(text[end : end + 12]) or PROGRAM_CONTEXT_BEFORE.search(text[max(0, start - 45) : start]))


def extract_categories(ctx: TextContext) -> list[Category]:
    """One record per category named; the quote is the first sentence naming it."""
    if not CATEGORY_CONTEXT.search(ctx.text):
        return []
    by_id: dict[str, list[Mention]] = {}
    for mention in find_mentions(ctx.text):
        by_id.setdefault(mention.category, []).append(mention)
    records = []
    for category, mentions in by_id.items():
        first = mentions[0]
        sentence = ctx.sentence_at(first.start)
        if sentence is None:
            continue
        names = sorted({ctx.text[m.start : m.end].strip() for m in mentions})
        stated = _stated_change(ctx, mentions)
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


def _stated_change(ctx: TextContext, mentions: list[Mention]) -> str | None:
    """"removed" when a sentence naming it says it is gone; "new" when it or its heading says new."""
    new = False
    for mention in mentions:
        sentence = ctx.sentence_at(mention.start)
        if sentence is None:
            continue
        if ENDED_MARKER.found(sentence.text):
            return "removed"
        heading = ctx.heading_before(sentence)
        if NEW_MARKER.found(sentence.text) or (heading is not None and NEW_MARKER.found(heading.text)):
            new = True
    return "new" if new else None
