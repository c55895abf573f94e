"""Case-insensitive patterns run on a lowercased copy of the text.

``re.IGNORECASE`` folds case at every position for every alternative: on the long alternations
of the cue lists it is about 7× slower than matching the same lowercase pattern against
``text.lower()``. A ``Cue`` answers whether the text contains a match, or where the first one
starts (only to compare with another cue's: ``str.lower()`` changes a length in rare scripts, but
never the order of positions). A text containing none of the pattern's required words
(``literals.required_words``) is answered without running the pattern.

``Folded`` does the same for patterns that report where they match (category and program
names): it runs on the lowercased text only when lowering kept every offset, so a match's
offsets are the original text's; otherwise it runs the ``re.IGNORECASE`` pattern on the text.
"""

from __future__ import annotations

import re

from typing import Iterator

from .literals import DIGIT, MAX_WORDS, anchored_at_start, contains_any, engine_skips, first_chars, required_words

_ESCAPE = re.compile(r"\\.")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


_last: tuple[str, str] = ("", "")  # (text, text.lower()) of the last text asked: readers ask many cues of one sentence
_page: tuple[str, str] = ("", "")  # the same for the last long text: a page's questions come between its sentences'
PAGE_LENGTH = 2000  # a text this long is a page (or most of one), not a sentence


def lowered(text: str) -> str:
    """``text.lower()``, computed once for a text asked about several times in a row, and once for the page whose
    sentences are asked about in between (one tuple each: thread-safe)."""
    global _last, _page
    last = _last if len(text) < PAGE_LENGTH else _page
    if last[0] is text:
        return last[1]
    low = text.lower()
    if len(text) < PAGE_LENGTH:
        _last = (text, low)
    else:
        _page = (text, low)
    return low


MAX_FIRST_CHARS = 64  # beyond this many possible first characters the look-ahead saves little


def with_look_ahead(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern with a look-ahead on its possible first characters, when they can be told and ``re`` does not
    skip the other positions on its own; first, the same pattern with each branch opening on its letter
    (``literal_first``) when that lets ``re`` skip them."""
    if not engine_skips(pattern, flags) and (first := literal_first(pattern)) is not None and engine_skips(first, flags):
        pattern = first
    if (chars := first_chars(pattern, flags)) is not None and len(chars) <= MAX_FIRST_CHARS and not engine_skips(pattern, flags):
        try:
            return re.compile(f"(?=[{''.join(c if c == DIGIT else re.escape(c) for c in sorted(chars))}])(?:{pattern})", flags)
        except re.error:  # a pattern that cannot be wrapped (global inline flags): it runs as written
            pass
    return re.compile(pattern, flags)


_WORD_START = re.compile(r"\\b(\w)(?![?*+{])")  # "\\bsauf": a word boundary, then a letter that is not optional


def literal_first(pattern: str) -> str | None:
    """The pattern with each branch that opens on a word boundary and a letter ("\\bsauf\\s+si") opening on the letter
    instead, the boundary told behind it ("s(?<!\\ws)auf\\s+si": before a letter, a boundary is a character that is not
    a word's, or the text's start); None when no branch changes. Branches that all open on a letter give ``re`` the set
    of those letters to look for, far faster than a look-ahead tried at every position (WAIVED: 284 -> 159 us on the
    canada bench page); the matches and their groups are the same."""
    branches = top_level_alternatives(pattern)
    if re.compile(pattern).groups == 0 and len(opened := [b for branch in branches for b in _opened(branch)]) <= MAX_BRANCHES:
        branches = opened  # (a group's text written once for each of its branches: no group number may change)
    rewritten = [f"{m[1]}(?<!\\w{m[1]}){branch[m.end():]}" if (m := _WORD_START.match(branch)) else branch
                 for branch in branches]
    return "|".join(rewritten) if rewritten != top_level_alternatives(pattern) else None


MAX_BRANCHES = 64  # branches a pattern may be opened into


def _opened(branch: str, depth: int = 3) -> list[str]:
    """A branch opening on a group, as one branch per way into it, tried in the same order: "(?:a|b)c" -> "ac", "bc";
    "(?:l'\\s?)?entrée" -> "l'\\s?entrée", "entrée" (a greedy optional group is tried first, then left out). A
    branch opening otherwise, or on a group repeated, lazy or capturing, is left as it is."""
    if depth == 0 or not branch.startswith("(?:") or (end := _group_end(branch, 0)) is None:
        return [branch]
    after, rest = branch[end + 1 : end + 2], branch[end + 1 :]
    optional = after == "?" and branch[end + 2 : end + 3] not in ("?", "+")
    if optional:
        rest = branch[end + 2 :]
    elif after in ("*", "+", "{", "?"):
        return [branch]
    inner = [alternative + rest for alternative in top_level_alternatives(branch[3:end])] + ([rest] if optional else [])
    return [b for alternative in inner for b in _opened(alternative, depth - 1)]


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of each parenthesis and bar of ``pattern`` from ``start`` that is syntax: not escaped,
    not in a character class; ``depth`` counts the groups open after it."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a bracket first in a class is literal
        elif ch in "()|":
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _group_end(pattern: str, opening: int) -> int | None:
    """The index of the parenthesis closing the group opened at ``opening``."""
    return next((i for i, ch, depth in _syntax(pattern, opening) if ch == ")" and depth == 0), None)


def top_level_alternatives(pattern: str) -> list[str]:
    """The branches of a pattern's outermost alternation ("a|b(c|d)|e" -> "a", "b(c|d)", "e")."""
    bars = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    return [pattern[start + 1 : end] for start, end in zip([-1, *bars], [*bars, len(pattern)])]


class Cue:
    """A pattern asked of lowercased text. A long alternation whose words cannot all be listed is run as groups of
    branches, each behind the ``in`` test of its own words; only the branches without words run on every text.
    Asking where the first match starts (or whether there is one), the branches anchored at the text's start run
    apart, at the start only (``_scans``); listing every match (``matches``) keeps the groups as they were."""

    __slots__ = ("pattern", "words", "_groups", "_scans")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if m := _UPPER.search(_ESCAPE.sub("", pattern)):
            raise ValueError(f"a Cue pattern is matched on lowercased text: {m.group(0)!r} can never match in {pattern!r}")
        self.pattern = re.compile(pattern, flags)
        self.words = required_words(pattern, flags)
        self._groups: list[tuple[tuple[str, ...] | None, re.Pattern[str]]] = [(self.words, with_look_ahead(pattern, flags))]
        self._scans = self._groups
        if self.words is None and len(branches := top_level_alternatives(pattern)) > 1:
            self._groups = _grouped(branches, flags)
            self._scans = _anchored_apart(branches, flags)
        elif anchored_at_start(pattern, flags):
            self._scans = [(None, self._groups[0][1])]  # tried at the start only: no words to test first

    def found(self, text: str) -> bool:
        return self._search(lowered(text)) is not None

    def position(self, text: str) -> int | None:
        """Where the first match starts in the lowercased text, or None."""
        m = self._search(lowered(text))
        return m.start() if m else None

    def _search(self, low: str) -> re.Match[str] | None:
        """The first match in ``low``, or one starting where it starts (the earliest of its groups' first matches)."""
        if len(groups := self._scans) == 1:  # most cues: no loop, no comparison
            words, scan = groups[0]
            return None if words is not None and not contains_any(low, words) else scan.search(low)
        best = None
        for words, scan in groups:
            if words is not None and not contains_any(low, words):
                continue
            if (m := scan.search(low)) is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def matches(self, low: str) -> Iterator[re.Match[str]]:
        """Every match in an already lowercased text (a whole page: one pass instead of one per sentence)."""
        if len(self._groups) == 1:
            words, scan = self._groups[0]
            return iter(()) if words is not None and not contains_any(low, words) else scan.finditer(low)
        return iter(sorted((m for words, scan in self._groups if words is None or contains_any(low, words)
                            for m in scan.finditer(low)), key=lambda m: m.start()))


def _grouped(branches: list[str], flags: int, max_words: int = MAX_WORDS) -> list[tuple[tuple[str, ...] | None, re.Pattern[str]]]:
    """Branches with words of their own packed into groups of at most ``max_words`` words; the rest in one group."""
    groups: list[tuple[set[str], list[str]]] = []
    bare: list[str] = []
    for branch in branches:
        words = required_words(branch, flags)
        if words is None:
            bare.append(branch)
        elif groups and len(groups[-1][0] | set(words)) <= max_words:
            groups[-1][0].update(words)
            groups[-1][1].append(branch)
        else:
            groups.append((set(words), [branch]))
    out: list[tuple[tuple[str, ...] | None, re.Pattern[str]]] = [
        (tuple(sorted(words)), with_look_ahead("|".join(members), flags)) for words, members in groups]
    if bare:
        out.append((None, with_look_ahead("|".join(bare), flags)))
    return out


SCAN_WORDS = 16  # words of a group asked where it first matches: fewer branches tried where a group's words are


def _anchored_apart(branches: list[str], flags: int) -> list[tuple[tuple[str, ...] | None, re.Pattern[str]]]:
    """The groups asked where a cue first matches: the branches anchored at the text's start ("^\\s*(?:si|if)…") as one
    pattern tried there only, the others grouped as ``_grouped`` does, in groups of at most ``SCAN_WORDS`` words. In a
    group, a branch opening on "^\\s*" put every space in the group's look-ahead (the whole group was tried at every
    space: a quarter to three quarters of those cues' time on the bench pages). Only where a match starts is kept,
    and each group's first match is the earliest of its branches'."""
    anchored = [branch for branch in branches if branch.startswith("^")]
    others = [branch for branch in branches if not branch.startswith("^")]
    start = [(None, with_look_ahead("^(?:" + "|".join(branch[1:] for branch in anchored) + ")", flags))] if anchored else []
    return start + (_grouped(others, flags, SCAN_WORDS) if others else [])  # (anchored: no words to test first)


class AnyOf:
    """Several cues as one: an alternative anchored at the start (``^si``) tried apart is tried at the start only."""

    __slots__ = ("cues",)

    def __init__(self, *cues: Cue) -> None:
        self.cues = cues

    def found(self, text: str) -> bool:
        low = lowered(text)  # once for all the cues (a plain loop: any() over a generator costs more here)
        for cue in self.cues:
            if cue._search(low) is not None:
                return True
        return False

    def position(self, text: str) -> int | None:
        """Where the first match of any of them starts in the lowercased text, or None."""
        low = lowered(text)
        return min((m.start() for cue in self.cues if (m := cue._search(low)) is not None), default=None)


# Letters ``re.IGNORECASE`` matches to a Latin letter of our patterns that ``str.lower()`` does not
# turn into it (dotless ı ~ i, long ſ ~ s: ``re``'s own case equivalences). Tested one by one below:
# this runs for every pattern on every line read, and a generator costs more than the two tests.
_SYNTAX_OR_TEXT = re.compile(r"(\\.|\(\?P)|([^\\(]+|\()", re.DOTALL)


def keeps_offsets(text: str, low: str) -> bool:
    """Does matching on ``low`` (``text.lower()``) find what ``re.IGNORECASE`` finds in ``text``, at the same offsets?"""
    return len(low) == len(text) and "ı" not in low and "ſ" not in low


def lower_pattern(pattern: str) -> str:
    """The pattern with its letters lowercased and its syntax (``\\S``, ``\\B``, ``(?P<``) untouched."""
    return _SYNTAX_OR_TEXT.sub(lambda m: m.group(1) or m.group(2).lower(), pattern)


class Folded:
    """A pattern's matches in a text, given the text and its lowercased copy; case-sensitive patterns stay so."""

    __slots__ = ("original", "fast", "folded", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.original = pattern
        self.folded = bool(pattern.flags & re.IGNORECASE)
        fast, flags = lower_pattern(pattern.pattern) if self.folded else pattern.pattern, pattern.flags & ~re.IGNORECASE
        self.fast = with_look_ahead(fast, flags)  # behind a look-ahead on its first characters, as a Cue's
        self.words = required_words(fast, flags)

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        """Matches with the offsets of ``text``; read matched words from ``text``, not from the match (it may be lowercased)."""
        if self.folded and not keeps_offsets(text, low):
            return self.original.finditer(text)
        target = low if self.folded else text
        if self.words is not None and not contains_any(target, self.words):
            return iter(())
        return self.fast.finditer(target)

    def match(self, text: str, low: str) -> re.Match[str] | None:
        """A match at the text's start, with the offsets of ``text`` (read its words from ``text``, as ``finditer``'s)."""
        if self.folded and not keeps_offsets(text, low):
            return self.original.match(text)
        target = low if self.folded else text
        if self.words is not None and not contains_any(target, self.words):
            return None
        return self.fast.match(target)
