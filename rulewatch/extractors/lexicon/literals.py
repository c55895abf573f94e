"""The words a pattern cannot match without: a cheap ``in`` test before the regular expression.

Python's ``re`` tries every alternative of a long alternation at every position of the text;
``word in text`` is a fast substring search. ``required_words(pattern)`` reads the parsed
pattern and returns words of which every match contains at least one (ripgrep and RE2 call
them "required literals"): a text that contains none of them cannot match, so the pattern is
not run on it. The result only ever skips texts the pattern could not match; where it cannot
tell (a case-insensitive part, a pattern this reader does not understand), it returns None
and the pattern always runs.
"""

from __future__ import annotations

import re
from bisect import bisect_right

try:  # CPython's own regex parser and compiler (private, present in 3.11–3.13): without them, no pre-filter at all
    from re import _compiler, _parser
    from re import _constants as sre
except ImportError:  # pragma: no cover - another Python: every pattern simply runs on every sentence
    sre = _parser = _compiler = None  # type: ignore[assignment]

# Words shorter than this are in almost every text: testing them costs more than it saves.
MIN_WORD = 3
MAX_WORDS = 32

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)) if sre else ()


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Words one of which is in every match of ``pattern`` (compiled with ``flags``), or None."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        words = _sequence(list(parsed))
    except Exception:  # noqa: BLE001 - a parser we do not understand: no pre-filter, never a wrong one
        return None
    if not words or min(map(len, words)) < MIN_WORD:
        return None
    # A word containing another is redundant: any text containing it contains the shorter one.
    words = frozenset(w for w in words if not any(o != w and o in w for o in words))
    return tuple(sorted(words)) if len(words) <= MAX_WORDS else None


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # a plain loop: any() over a generator costs a third more here
        if word in text:
            return True
    return False


def lines_containing(low: str, words: tuple[str, ...], starts: list[int]) -> set[int]:
    """The indexes of the lines (starting at ``starts``) of ``low`` that contain one of ``words`` (which hold no line break)."""
    found: set[int] = set()
    for word in words:
        at = low.find(word)
        while at != -1:
            line = bisect_right(starts, at) - 1
            found.add(line)
            at = low.find(word, starts[line + 1]) if line + 1 < len(starts) else -1
    return found


def _sequence(items: list) -> frozenset[str] | None:
    """The best set of required words among the parts of a sequence (all of them must match)."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        found = _element(op, av)
        if found:
            options.append(found)
    if run:
        options.append(frozenset(["".join(run)]))
    return max(options, key=_selectivity) if options else None


def _element(op, av) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return None if add_flags & re.IGNORECASE else _sequence(list(body))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:
        sets = [_sequence(list(alternative)) for alternative in av[1]]
        return frozenset().union(*sets) if all(sets) else None
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    return None  # classes, anchors, lookarounds, back-references: nothing required of them


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    """Longer shortest word first (rarer in text), then fewer words (fewer tests)."""
    return (min(min(map(len, words)), 8), -len(words))


_SPACES = frozenset(chr(c) for c in range(0x3001) if chr(c).isspace())


DIGIT = "\\d"  # in a set of first characters: any decimal digit, as ``\\d`` itself matches (not one character)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters every match of ``pattern`` starts with, or None when they cannot be told (a class like
    ``\\w``, a case-insensitive part, an empty match); ``DIGIT`` among them stands for every digit ``\\d`` matches.
    A look-ahead on them lets ``re`` skip most positions of a text before trying the alternatives."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        chars, nullable = _first(list(parsed))
    except Exception:  # noqa: BLE001 - a parser we do not understand: no look-ahead, never a wrong one
        return None
    return frozenset(chars) if chars and not nullable else None


def engine_skips(pattern: str, flags: int = 0) -> bool:
    """Does ``re`` skip on its own the positions where no match can start: a pattern anchored at the text's start
    (tried there only), or one opening on a literal or a set of characters (which ``re`` looks for first)? A
    look-ahead on the first characters would then only slow it down (2 to 10 times on the corpus's sentences)."""
    if _parser is None or _compiler is None:
        return False
    try:
        parsed = _parser.parse(pattern, flags)
        if _anchored(parsed):
            return True
        return bool(_compiler._get_literal_prefix(parsed, parsed.state.flags)[0]) or \
            _compiler._get_charset_prefix(parsed, parsed.state.flags) is not None
    except Exception:  # noqa: BLE001 - a compiler we do not understand: the look-ahead, as before
        return False


def anchored_at_start(pattern: str, flags: int = 0) -> bool:
    """Is every match of ``pattern`` at the text's start ("^\\s*(?:si|if)…")? ``re`` then tries that one position:
    testing its words first costs more than the try (a fifth of those cues' time on the bench pages)."""
    if _parser is None:
        return False
    try:
        return _anchored(_parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - a parser we do not understand: not known to be anchored
        return False


def _anchored(parsed) -> bool:
    flags = parsed.state.flags
    items = list(parsed)
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3])  # "(?:…)" around the whole pattern
    return bool(items) and items[0][0] is sre.AT and (
        items[0][1] is sre.AT_BEGINNING_STRING or (items[0][1] is sre.AT_BEGINNING and not flags & re.MULTILINE))


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(the possible first characters of a sequence, whether it can match the empty string)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next element gives the first character
        found, nullable = _first_of(op, av)
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op, av) -> tuple[set[str] | None, bool]:
    if op is sre.IN and len(av) == 1 and av[0] == (sre.CATEGORY, sre.CATEGORY_SPACE):
        return set(_SPACES), False  # "\\s": the characters str.isspace() accepts, as re's own \\s does
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 64:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
                chars.update(_SPACES)
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                chars.add(DIGIT)
            else:
                return None, False  # a negation, a category (\\w, \\d, \\s) or a wide range
        return chars, False
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        return (None, False) if add_flags & re.IGNORECASE else _first(list(body))
    if op is sre.BRANCH:
        chars, nullable = set(), False
        for alternative in av[1]:
            found, empty = _first(list(alternative))
            if found is None:
                return None, False
            chars |= found
            nullable = nullable or empty
        return chars, nullable
    if op in _REPEATS:
        low, _high, body = av
        found, empty = _first(list(body))
        return found, low == 0 or empty
    return None, False
