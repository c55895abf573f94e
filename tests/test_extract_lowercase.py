"""The speed-ups of pattern matching never change an answer.

A ``Cue`` skips its pattern when the text holds none of its required words; a ``Folded`` pattern
runs on the lowercased text instead of with ``re.IGNORECASE``. Both must find exactly what the
plain pattern finds, at the same offsets, on any text: arbitrary, built to match, with capitals
and with the letters whose lowercase changes length or folds apart (İ, ı, ſ, the Kelvin sign).
"""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rulewatch.extractors import categories, counting, numbers, programs, quantities, round_page
from rulewatch.extractors.lexicon import criteria, cues
from rulewatch.extractors.lexicon.literals import DIGIT, engine_skips, first_chars, lines_containing, required_words
from rulewatch.extractors.lexicon.lowercase import AnyOf, Cue, Folded, lower_pattern

ALL_CUES = [c for module in (cues, criteria) for v in vars(module).values() if isinstance(v, (Cue, AnyOf))
            for c in (v.cues if isinstance(v, AnyOf) else (v,))]
ALL_FOLDED = [*(f for patterns in categories._PATTERNS.values() for f in patterns), *categories._COORDINATED, categories._LIST,
              *(f for _, f in programs._PROGRAMS),
              # quantities: behind a look-ahead on digits too; amounts and NOC levels are case-sensitive
              quantities._POINTS_LOW, quantities._LEVEL_LOW, *quantities._TEER_LOW, quantities._WINDOW_LOW, quantities._HOURS,
              numbers._DURATION_LOW, numbers._MONEY_FAST, round_page._NUMBER_IN_TEXT, counting._WEEK]
ODD = st.sampled_from(["İ", "ı", "ſ", "\u212a", "ẞ", "É", "Œ", " ", "\u00a0", "’", "\n"])


def _mixed(draw, text: str) -> str:
    """``text`` with some letters upper-cased and some odd letters inserted."""
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    text = "".join(c.upper() if f else c for c, f in zip(text, flips))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(ODD) + text[at:]
    return text


@st.composite
def cue_and_text(draw):
    cue = draw(st.sampled_from(ALL_CUES))
    text = draw(st.one_of(st.text(max_size=120), st.from_regex(cue.pattern, fullmatch=False).filter(lambda t: len(t) < 400)))
    return cue, _mixed(draw, text) if draw(st.booleans()) else text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(cue_and_text())
def test_required_words_never_change_a_cue(case):
    cue, text = case
    plain = cue.pattern.search(text.lower())
    assert cue.found(text) == (plain is not None)
    assert cue.position(text) == (plain.start() if plain else None)


@st.composite
def folded_and_text(draw):
    folded = draw(st.sampled_from(ALL_FOLDED))
    source = st.from_regex(folded.fast, fullmatch=False).filter(lambda t: len(t) < 400)
    text = draw(st.one_of(st.text(max_size=120), source))
    return folded, _mixed(draw, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(folded_and_text())
def test_folded_patterns_find_what_ignorecase_finds(case):
    folded, text = case
    assert [m.span() for m in folded.finditer(text, text.lower())] == [m.span() for m in folded.original.finditer(text)]


def test_lowercase_keeps_offsets_or_falls_back():
    assert len("İNSCRİPTİON".lower()) != len("İNSCRİPTİON")  # why the fallback exists
    folded = Folded(re.compile(r"santé\s+et\s+services\s+sociaux", re.IGNORECASE))
    for text in ("Les professions de SANTÉ ET SERVICES SOCIAUX", "İİ Santé et services sociaux", "ſanté et ſervices ſociaux"):
        assert [m.span() for m in folded.finditer(text, text.lower())] == [m.span() for m in folded.original.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"supprimée?s?|retirée?s?", ("retiré", "supprimé")),
        (r"\bne\s+(?:\w+\s+){0,3}plus\b", ("plus",)),
        (r"(?:was|were)\s+(?:removed|dropped)", ("dropped", "removed")),
        (r"remove|removed", ("remove",)),  # "removed" contains "remove": one test is enough
        (r"(?:nouvelle\s+)?catégorie", ("catégorie",)),  # an optional part is not required
        (r"up\s+to", None),  # words this short are in every text
        (r"^\s*(?:si|if)\b", None),
        (r"(?i)minimum", None),  # case-insensitive: a literal word test would miss "Minimum"
        (r"(?=.*fonds)(?=.*membres)", None),  # lookarounds require nothing we test
    ],
)
def test_required_words(pattern, words):
    assert required_words(pattern) == words


def test_lower_pattern_keeps_syntax():
    assert lower_pattern(r"(?P<group>Chercheurs)\S+\B[A-Z]") == r"(?P<group>chercheurs)\S+\B[a-z]"


def test_lines_containing():
    text = "santé\nrien ici\nles métiers et la santé\n"
    starts = [0, 6, 15]
    assert lines_containing(text, ("santé", "métier"), starts) == {0, 2}


def test_the_look_ahead_and_the_branch_groups_never_change_a_cue_s_matches():
    """Every Cue runs with a look-ahead on its possible first characters (``literals.first_chars``), and a long
    alternation as groups of branches behind their own words: on real sentences it must find what the pattern as
    written finds, at the same place."""
    import gc

    from rulewatch.evaluate import run_case
    from rulewatch.extractors.lexicon.lowercase import Cue
    from rulewatch.extractors.sentences import split_sentences
    from tests.fixture_cases import cases

    cues = [c for c in gc.get_objects() if isinstance(c, Cue)]
    assert len(cues) > 30 and sum(1 for c in cues if len(c._groups) > 1) >= 3  # some long alternations run in groups
    texts = [s.text.lower() for folder in cases()[::4] for s in split_sentences(run_case(folder)[0].text)]
    for cue in cues:
        for low in texts:
            plain, fast = cue.pattern.search(low), cue._search(low)
            assert (plain and plain.start()) == (fast and fast.start()), (cue.pattern.pattern[:60], low[:80])
            assert [m.start() for m in cue.pattern.finditer(low)][:1] == [m.start() for m in cue.matches(low)][:1]


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"\b(?:douze|\d+)\s+mois", {"d", DIGIT}),  # a number as digits or words: a digit or the words' first letters
        (r"(?<![\d,.])\d+\s?\$|\$\s?\d+", {DIGIT, "$"}),
        (r"[0-5]|x", {"0", "1", "2", "3", "4", "5", "x"}),
        (r"\w+\s+ans", None),  # a word character: too many to list
    ],
)
def test_first_chars_of_numbers(pattern, chars):
    assert first_chars(pattern) == (frozenset(chars) if chars is not None else None)


@pytest.mark.parametrize(
    ("pattern", "skips"),
    [
        (r"^\s*(?:si|if)\b", True),  # anchored: tried at the start only
        (r"secondaire|secondary", True),  # a literal prefix, looked for directly
        (r"[ab]c", True),
        (r"\b(?:douze|\d+)\s+mois", False),  # tried at every position: the look-ahead is what skips
        (r"\d+\s+ans", False),
    ],
)
def test_look_ahead_only_where_re_does_not_skip_on_its_own(pattern, skips):
    assert engine_skips(pattern) is skips
    cue = Cue(pattern)
    assert cue._groups[0][1].pattern.startswith("(?=[") is (not skips)
