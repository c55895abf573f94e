"""Sentences and numbers: the small parts every quote and value depends on."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rulewatch.extractors.numbers import find_amounts, find_durations, parse_number
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


def test_a_quoted_question_ends_its_sentence_at_the_closing_guillemet():
    # a listener's question is set aside as a question only when the answer after it is not glued to it
    assert sentences("Une auditrice demande : « Huit mois suffisent-ils ? » Non, hélas.") == [
        "Une auditrice demande : « Huit mois suffisent-ils ? »", "Non, hélas."]


@pytest.mark.parametrize(
    "text,language,values",
    [("une personne seule doit montrer quinze mille deux cent soixante-trois dollars canadiens.", "fr", [15263]),
     ("a couple needs eighteen thousand nine hundred and one dollars", "en", [18901]),
     # said aloud, with a pause after the thousands
     ("for three people, twenty-three thousand, three hundred and sixty dollars", "en", [23360]),
     ("one, two or three thousand dollars", "en", [3000]),  # (a list before "thousand" is not one number)
     ("vingt mille dollars (20 000 $) au total", "fr", [20000]),  # said twice: counted once
     ("il a payé quatre-vingt-cinq dollars", "fr", [])],  # below a hundred, words stay words ("deux dollars")
)
def test_amounts_in_words(text, language, values):
    assert [a.value for a in find_amounts(text, language)] == values


def test_thousands_written_with_a_k_are_thousands_and_never_a_crash():
    # "$13k" beside a household once raised ValueError from a wider pattern's "13k" and lost the whole page
    assert [a.value for a in find_amounts("a couple needs $13k, a single applicant $9K.", "en")] == [13000, 9000]
    assert parse_number("13k", "en") is None


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


def test_two_columns_laid_out_with_spaces_are_read_one_after_the_other():
    from rulewatch.extractors.plain_text import uncolumn

    page = ("VOIE A                          VOIE B\n"
            "------                          ------\n"
            "Langue : NCLC 7 dans            Langue : NCLC 5 à\n"
            "  chaque compétence               l'oral\n"
            "Grille : 67 points              Fonds : non exigés\n"
            "Fonds : oui                     Offre : un an\n"
            "                                ou un certificat\n")
    assert uncolumn(page).split("\n")[:13] == [
        "VOIE A", "------", "Langue : NCLC 7 dans", "  chaque compétence", "Grille : 67 points", "Fonds : oui", "",
        "VOIE B", "------", "Langue : NCLC 5 à", "l'oral", "Fonds : non exigés", "Offre : un an"]
    prose = "Une ligne ordinaire.\nUne autre, sans colonnes.\n"
    assert uncolumn(prose) == prose


def test_a_table_laid_out_with_spaces_becomes_rows_with_each_cell_under_its_title():
    from rulewatch.extractors.plain_text import aligned_rows

    page = ("Critère          Plafond     Ménage          Fonds ($ CA)\n"
            "Langues            28        1 personne      15 263 $\n"
            "Âge                12        2 personnes     19 001 $\n"
            "Adaptabilité       10\n")
    assert aligned_rows(page).split("\n")[:5] == [
        "| Critère | Plafond | Ménage | Fonds ($ CA) |", "|---|---|---|---|",
        "| Langues | 28 | 1 personne | 15 263 $ |", "| Âge | 12 | 2 personnes | 19 001 $ |", "| Adaptabilité | 10 |  |  |"]
    # a column of bullets beside a table is two columns of a handout, not one table: left to ``uncolumn``
    handout = ("- Un an de travail au Canada      Ménage        Fonds\n"
               "  (temps plein ou partiel)       1 personne    15 263 $\n"
               "- dans les 3 dernières années    2 personnes   19 001 $\n"
               "- NCLC 7 ou 5 selon le poste     3 personnes   23 360 $\n")
    assert aligned_rows(handout) == handout


def test_an_e_mail_loses_the_older_message_it_quotes_but_not_other_quoted_notes():
    from rulewatch.extractors.plain_text import cut_comments

    mail = ("Voici les montants de 2026 : 16 000 $.\n\nLe 3 février 2025, Cabinet X a écrit :\n"
            "> Il faut 6 mois.\n> Fonds : 14 690 $.\n")
    assert cut_comments(mail).strip() == "Voici les montants de 2026 : 16 000 $."
    guide = "## Language\n> Note: CLB 7 is the floor for the FSWP.\n"
    assert cut_comments(guide) == guide


@pytest.mark.parametrize("text,current,previous", [
    ("Experience in the occupation: 6 months in a row → 12 months, gaps allowed", 12, 6),
    ("Expérience : 6 mois → 12 mois", 12, 6),
    ("Langue : NCLC 7 | Fonds : 15 263 $ → voir le tableau", None, None),  # (no second value after the arrow)
])
def test_an_arrow_between_two_values_marks_the_old_one(text, current, previous):
    from rulewatch.extractors.changes import split_previous

    durations = find_durations(text, "en" if "Experience" in text else "fr")
    now, before = split_previous(text, durations)
    assert [d.months for d in now][-1:] == ([current] if current else [])
    assert (before.months if before else None) == previous


def test_a_rule_under_the_list_of_the_years_categories_is_every_categorys():
    from rulewatch.extractors.context import TextContext
    from rulewatch.extractors.statements import Statement

    text = ("Les catégories retenues en 2026 sont les sciences, technologies, ingénierie et mathématiques (STIM), les "
            "métiers, les transports, l'éducation et les recrues militaires. Il faut douze mois d'expérience au cours des "
            "3 dernières années.")
    ctx = TextContext(text, "fr", "https://example.org/", "snapshot")
    assert Statement(ctx, ctx.sentences[-1], None).subjects == ["category:*"]  # not one rule per category named
    # a rule naming its own category stays that category's
    own = TextContext(text.replace("Il faut douze mois", "Pour les métiers, il faut douze mois"), "fr", "u", "s")
    assert Statement(own, own.sentences[-1], None).subjects == ["category:trades"]


def test_todays_value_told_against_the_past_without_a_subject_goes_to_editors_not_to_the_past():
    from rulewatch.extractors import Document, extract_document

    text = "Non. Désormais il faut 12 mois d'expérience dans le métier, contre 6 mois auparavant."
    doc = Document(url="https://example.org/transcription", body=text.encode(), snapshot="sha256:0",
                   content_type="text/plain", authority="news", declared_language="fr", content=None, remove=(),
                   published=None)
    unread = extract_document(doc).unread
    assert [(u.reason, u.needs_editor) for u in unread] == [("subject-unsure", True)]  # not "past-only", set aside
