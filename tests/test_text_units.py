"""Sentences and numbers: the small parts every quote and value depends on."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rulewatch.extractors.numbers import find_durations, parse_number
from rulewatch.extractors.sentences import split_sentences


def sentences(text):
    return [s.text for s in split_sentences(text)]


def test_abbreviations_and_guillemets_do_not_end_sentences():
    text = "M. Marc Miller a parlé, p. ex. des STIM, selon l’art. 12. Il a dit « Nous voulons les meilleurs. Vraiment. » puis il est parti. Fin."
    assert sentences(text) == [
        "M. Marc Miller a parlé, p. ex. des STIM, selon l’art. 12.",
        "Il a dit « Nous voulons les meilleurs. Vraiment. » puis il est parti.",
        "Fin.",
    ]


def test_list_items_are_sentences_without_their_bullet():
    assert sentences("Les catégories :\n- les soins de santé ;\n– les transports ;") == [
        "Les catégories :", "les soins de santé ;", "les transports ;"]


@pytest.mark.parametrize(
    "text,months",
    [("un an minimum", 12), ("douze mois", 12), ("une année et demie", 18), ("6 mois", 6), ("at least one year", 12),
     ("twelve months", 12), ("12-month", 12), ("vingt-quatre mois", 24), ("2 ans", 24)],
)
def test_durations(text, months):
    assert [d.months for d in find_durations(text)] == [months]


@pytest.mark.parametrize(
    "text,language,value",
    [("20 784", "fr", 20784), ("20\u00a0784", "fr", 20784), ("20\u202f784", "fr", 20784), ("20,784", "en", 20784),
     ("12,5", "fr", 12.5), ("mille cinq cent soixante", "fr", 1560), ("douze", "fr", 12)],
)
def test_numbers(text, language, value):
    assert parse_number(text, language) == value


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_sentence_spans_are_exact_substrings_of_any_text(text):
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
