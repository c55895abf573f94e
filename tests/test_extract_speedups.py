"""The shortcuts taken to read a page faster select and extract exactly what the plain calls do.

``main_text`` hands trafilatura one options object built once (instead of its keyword arguments, rebuilt from the
config on every call) and drops the comment sections with one walk of the tree (instead of one CSS selector each):
on every HTML page of the corpus, and on a page built to have nested and sibling comment sections, the results are
the same as the plain calls'.
"""

import importlib
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import trafilatura
from lxml.cssselect import CSSSelector

from rulewatch.extractors.sentences import choices_at

main_text = importlib.import_module("rulewatch.extractors.main_text")  # the module (the package exports its function)

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
# (the HTML pages: a feed served as a page is read by its own path, never by trafilatura)
PAGES = sorted(p for p in CORPUS.glob("*/input.html") if not main_text._FEED.search(p.read_text(encoding="utf-8")[:2048]))

NESTED = """<html><body><main><p>Il faut 12 mois d'expérience.</p>
<div id="comments"><p>Moi j'avais 6 mois.</p><section class="comment-list x"><p>Et moi 8.</p></section></div>
<aside class="reactions"><p>Bravo</p></aside><div class="no-comments"><p>Fonds : 15 760 $</p></div>
<div id="respond">Laisser un commentaire</div><div class="commentaires">Ajouté en 2024</div></main></body></html>"""


def test_the_corpus_has_html_pages():
    assert len(PAGES) > 100


@pytest.mark.parametrize("path", PAGES[::3], ids=lambda p: p.parent.name)
def test_one_options_object_extracts_what_the_keyword_arguments_extract(path):
    html = path.read_text(encoding="utf-8")
    plain = trafilatura.extract(lxml.html.document_fromstring(html), **main_text.TRAFILATURA_OPTIONS)
    assert trafilatura.extract(lxml.html.document_fromstring(html), options=main_text._TRAFILATURA) == plain


@pytest.mark.parametrize("html", [NESTED, *(p.read_text(encoding="utf-8") for p in PAGES)])
def test_one_walk_finds_the_comment_sections_the_css_selectors_find(html):
    tree = lxml.html.document_fromstring(html)
    by_css = [node for css in main_text.COMMENT_SELECTORS for node in CSSSelector(css, translator="html")(tree)]
    assert set(main_text._COMMENTS(tree)) == set(by_css)


def test_the_comment_sections_of_a_page_are_dropped_and_the_rule_kept():
    walked = [n.get("id") or n.get("class") for n in main_text._COMMENTS(lxml.html.document_fromstring(NESTED))]
    assert walked == ["comments", "comment-list x", "reactions", "respond", "commentaires"]  # not "no-comments"


# --- the date above a statement: one remembered walk instead of up to DATE_REACH steps a sentence -------------
LINES = [
    "Les montants suivants s'appliquent à compter du 15 juin 2026 :",  # a dated lead-in (the search goes on above it)
    "À compter du 1er mars 2026, l'expérience exigée change.",  # a dated sentence on experience
    "Montants du seuil",  # a section's heading: the search stops
    "Montants selon la taille de la famille :",  # a list's lead-in without a date: the search goes on
    "| 2 | 19 030 $ |",
    "- 12 mois d'expérience",
    "Les autres critères ne changent pas.",  # stated unchanged: a date above it is not this rule's
    "Le fonds doit être disponible.",
    "Le traitement prend six mois.",
]


def _bounded_walk(ctx, here, topic):
    """The walk as it was before it was remembered: at most DATE_REACH sentences up, from each sentence again."""
    from rulewatch.extractors.dates import effective_date
    from rulewatch.extractors.lexicon.cues import UNCHANGED_RULE
    from rulewatch.extractors.statements import DATE_REACH

    for i in range(here, max(-1, here - DATE_REACH), -1):
        above = ctx.sentences[i]
        if (topic is None or ctx.sentence_has(i, topic)) and (found := effective_date(above.text, ctx.published)) is not None:
            return None if any(ctx.sentence_has(j, UNCHANGED_RULE) for j in range(i + 1, here + 1)) else found
        if ctx.is_heading(above) and not above.text.rstrip().endswith(":"):
            return None
    return None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(range(len(LINES))), st.integers(1, 40)), min_size=1, max_size=8), st.booleans())
def test_the_remembered_walk_finds_the_date_the_bounded_walk_finds(runs, reversed_order):
    from rulewatch.extractors.context import TextContext
    from rulewatch.extractors.lexicon.criteria import DATE_TOPICS
    from rulewatch.extractors.statements import Statement

    # runs of the same line: rows more than DATE_REACH below their date, lead-ins, headings and unchanged rules between
    text = "\n".join(LINES[line] for line, times in runs for _ in range(times))
    ctx = TextContext(text=text, language="fr", url="http://127.0.0.1/", snapshot="sha256:0")
    order = list(reversed(ctx.sentences)) if reversed_order else ctx.sentences  # the memo filled in any order
    for topic in (None, DATE_TOPICS["proof_of_funds"], DATE_TOPICS["work_experience_min"]):
        for sentence in order:
            expected = _bounded_walk(ctx, ctx.index(sentence) - 1, topic)
            assert Statement(ctx, sentence).effective_above(topic) == expected, (sentence.text, topic)


# --- cues asked where they first match: anchored branches apart; grid lines lowercased; last answers again ---------
def test_anchored_branches_run_apart_and_without_their_words():
    from rulewatch.extractors.lexicon.cues import CONDITIONAL, PERSONAL_CASE
    from rulewatch.extractors.lexicon.literals import anchored_at_start
    from rulewatch.extractors.lexicon.lowercase import Cue, _grouped, top_level_alternatives

    assert anchored_at_start(r"^\s*(?:si|if)\b") and anchored_at_start(r"(?:^avec\b)")
    assert not anchored_at_start(r"(?:^|[:;]\s*)avec") and not anchored_at_start(r"^si", re.MULTILINE)
    for cue in (PERSONAL_CASE, CONDITIONAL.cues[1]):
        assert cue._scans[0][1].pattern.startswith("^(?:") and cue._scans[0][0] is None
        assert cue._groups == _grouped(top_level_alternatives(cue.pattern.pattern), cue.pattern.flags)  # matches()'
    cue = Cue(r"^\s*(?:si|if)\s+vous\b|^\s*lorsque\b|\bà\s+condition\s+que\b")
    for text, at in [("si vous avez 12 mois", 0), ("  lorsque", 0), ("il faut, à condition que", 9), ("pas si vous", None)]:
        assert cue.position(text) == at


def test_grid_lines_read_lowercased_as_the_pattern_reads_them():
    from rulewatch.evaluate import run_case
    from rulewatch.extractors import grid_lines
    from tests.fixture_cases import cases

    written = re.compile(grid_lines._LINE.original.pattern.replace(r"(?=[\s:→➡\-=—–(])", ""), re.IGNORECASE)
    lines = [line for folder in cases()[::3] for line in run_case(folder)[0].text.splitlines()] + [
        "Âge → 12", "ÉTUDES : MAX. 25 PTS", "Langues officielles (jusqu'à 28 points)", "Emploi réservé - DIX", "Âge"]
    assert sum(1 for line in lines if written.match(line)) >= 10
    for line in lines:
        plain, fast = written.match(line), grid_lines._LINE.match(line, line.lower())
        assert (plain and (plain.span("label"), plain.span("n"))) == (fast and (fast.span("label"), fast.span("n")))


def test_the_last_durations_and_amounts_are_answered_again_for_the_same_text_only():
    from rulewatch.extractors.numbers import find_amounts, find_durations

    text = "Il faut 12 mois d'expérience et 15 263 $ pour une personne."
    first = find_durations(text, "fr")
    first.clear()  # a caller changing its list changes no later answer
    assert [d.months for d in find_durations(text, "fr")] == [12]
    assert [a.value for a in find_amounts(text, "fr")] == [15263] == [a.value for a in find_amounts(text, "fr")]
    assert [d.months for d in find_durations("Il faut deux ans.", "fr")] == [24]
    assert find_durations.__wrapped__(text, "en") == find_durations(text, "en")


def test_lines_are_split_at_inline_bullets_and_not_inside_guillemets():
    from rulewatch.extractors.sentences import split_sentences

    text = ("Il faut 12 mois. Le fonds est de 15 263 $.\n"
            "Voici les règles : 👉 L'expérience : 12 mois 👉 Ces mois comptent. Fin.\n"
            "Il a dit « Pas encore. Non. » Puis il est parti.")
    assert [s.text for s in split_sentences(text)] == [
        "Il faut 12 mois.", "Le fonds est de 15 263 $.", "Voici les règles :", "L'expérience : 12 mois",
        "Ces mois comptent.", "Fin.", "Il a dit « Pas encore. Non. »", "Puis il est parti."]
    assert [s.text for s in split_sentences(text.replace("👉", "-"))][2:4] == [
        "Voici les règles : - L'expérience : 12 mois - Ces mois comptent.", "Fin."]


def test_branches_opening_on_their_letter_match_what_the_word_boundary_matched():
    """``literal_first``: "\\bsauf" as "s(?<!\\ws)auf", so that ``re`` looks for the branches' first letters; every cue
    and folded pattern so rewritten finds the same matches and groups as written, on the corpus's pages."""
    import gc

    from rulewatch.evaluate import run_case
    from rulewatch.extractors.lexicon.lowercase import Cue, Folded, literal_first
    from tests.fixture_cases import cases

    assert literal_first(r"pas\s+besoin|\bsauf\s+si\b|\bunless\b") == r"pas\s+besoin|s(?<!\ws)auf\s+si\b|u(?<!\wu)nless\b"
    assert literal_first(r"\bs?auf|\b(?:a|b)") is None  # an optional letter, a group: left as written
    scans = [scan for c in gc.get_objects() if isinstance(c, Cue) for _, scan in c._scans + c._groups]
    scans += [f.fast for f in gc.get_objects() if isinstance(f, Folded)]
    rewritten = {scan for scan in scans if "(?<!\\w" in scan.pattern}
    assert len(rewritten) >= 10
    texts = [run_case(folder)[0].text.lower() for folder in cases()[::5]]
    texts += ["sauf si", "-sauf si", "_sauf si", "2sauf si", "ésauf si", "x unless y"]
    for scan in rewritten:
        written = re.compile(re.sub(r"(\w)\(\?<!\\w\1\)", r"\\b\1", scan.pattern), scan.flags)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in written.finditer(text)], scan.pattern[:80]


def test_footnote_calls_and_time_marks_read_as_their_patterns_as_written():
    """A superscript call is looked for first ("[¹…](?<=…)"), and the time-mark patterns run only on a text holding a
    time of day: the same spaces and the same cuts as the patterns as written."""
    from rulewatch.extractors import plain_text

    written = re.compile(r"(?<=[\w).,%$])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
    texts = [p.read_text(encoding="utf-8") for p in PAGES[::4]] + [
        "one year¹ of work", "¹ 1 560 heures au total", "3 120 heures²³ (x)¹", "¹²", "_¹ é¹ -¹"]
    for text in texts:
        assert [m.span() for m in plain_text._FOOTNOTE_CALL.finditer(text)] == [m.span() for m in written.finditer(text)]
    chat = "[03/02/2026 10:13] Anna : il faut 12 mois\nMarc — aujourd'hui à 9h05\nOK"
    assert plain_text.cut_comments(chat) == "Anna : il faut 12 mois\n\nOK"
    for text in [*texts, chat, "Marc — hier à 9h05"]:
        plain = plain_text._CHAT_HEADER.sub("", plain_text._TIMESTAMP.sub("", text))
        assert plain == text or plain_text._CLOCK.search(text)


def test_patterns_opened_into_their_branches_find_every_match_the_pattern_finds():
    """``literal_first`` also opens a branch that starts with a group into one branch per way into it, in the order
    they are tried ("(?:l'\\s?)?entrée" -> "l'\\s?entrée|entrée"): a one-group cue's matches over whole pages are the
    pattern's own, match for match."""
    import gc

    from rulewatch.evaluate import run_case
    from rulewatch.extractors.lexicon.lowercase import Cue, _opened, literal_first
    from rulewatch.extractors.lexicon.rules_as_code import NOT_SERVED_BY_EE
    from tests.fixture_cases import cases

    assert _opened(r"(?:l'\s?)?(?:entrée|express)x") == [r"l'\s?(?:entrée|express)x", "entréex", "expressx"]
    assert _opened(r"(?:a|b)*c") == [r"(?:a|b)*c"] and _opened(r"(?:a|b)??c") == [r"(?:a|b)??c"]
    assert literal_first(r"(?P<n>a|b)c|\bd") == r"(?P<n>a|b)c|d(?<!\wd)"  # a numbered group is never written twice
    assert not NOT_SERVED_BY_EE._groups[0][1].pattern.startswith("(?=")  # opened: re looks for its first letters
    texts = [run_case(folder)[0].text.lower() for folder in cases()[::5]]
    for cue in (c for c in gc.get_objects() if isinstance(c, Cue) and len(c._groups) == 1):
        for text in texts:
            assert [m.span() for m in cue.matches(text)] == [m.span() for m in cue.pattern.finditer(text)], \
                cue.pattern.pattern[:80]


def _corpus_sentences(step: int = 3) -> list[str]:
    from rulewatch.evaluate import run_case
    from rulewatch.extractors.sentences import split_sentences
    from tests.fixture_cases import cases

    return [s.text for folder in cases()[::step] for s in split_sentences(run_case(folder)[0].text)]


def test_the_rule_gate_answers_as_written_without_its_repeated_questions():
    """``is_question`` looks at a text's end only when it holds a "?", and ``may_state_rule`` asks CONDITIONAL once
    (its last test asked it again, with the other cues of a text stating no rule): the same answers as the gate as
    written, on the corpus's sentences."""
    from rulewatch.extractors import statements as S
    from rulewatch.extractors.lexicon.lowercase import AnyOf

    no_rule_here = AnyOf(S.NOT_A_RULE, *S.CONDITIONAL.cues, S.PERSONAL_CASE)

    def asks(text: str) -> bool:
        if S._ENDS_ASKING.search(S._TRAILING_MARKS.sub("", S._SOLVED.sub("", text))) or S._ASKS.match(text) is not None:
            return True
        quoted = S._QUOTED_QUESTION.search(text)  # a quoted question with its answer after it, the figures its own
        if quoted is not None and not any(c.isdigit() for c in S._TIME_MARK.sub("", text[: quoted.start()] + text[quoted.end() :])):
            return True
        asked = text.rfind("?")  # a question, then its options, or an answer without a figure
        if asked != -1 and choices_at(text) == asked + 1:
            return True
        after = text[asked + 1 :].lstrip() if asked != -1 else ""  # a chat's question run on into words, none a figure
        if after and after[0].islower() and not S._A_NUMBER.search(after):
            return True
        return asked != -1 and S._ANSWER_AFTER.match(text, asked + 1) is not None and not S._A_NUMBER.search(text[asked + 1 :])

    def may_state_rule(text: str) -> bool:  # as written before: CONDITIONAL asked twice
        if asks(text):
            return False
        if (speaker := S.SPEAKER_TURN.match(text)) is not None and not may_state_rule(text[speaker.end() - 1 :]):
            return False
        if (mark := S._OPENING_TIME_MARK.match(text)) is not None:
            return may_state_rule(text[mark.end() :])
        if (turn := S.rule_past_exemption(text)) is not None:
            return may_state_rule(text[turn:])
        if S.taken_back(text) or S.faulted_in_itself(text):
            return False
        if S._ASKED_WHETHER.search(text):
            return False
        if S.CROSSED.match(text) and not S.states_removal(text):
            return False
        if S.DECLARED_BOX.match(text):
            return True
        if S._PERSON_WITH_AGE.search(text) or S._SCORE_VERDICT.search(text) or S.CASE_VERDICT.found(text) or \
                S._SOMEONES_SCORE.search(text) or S.unchosen_option(text) or S._SOFTWARE_FAULT.search(text):
            return False
        if S._INVITED_IF.search(text):
            return True
        if S._ANYONE_WHO_QUALIFIES.match(text) and not S.MODAL.found(text):
            return True
        if S._OWN_IF.found(text):
            return False
        if (end := S.canadas_clause_end(text)) is not None:
            return may_state_rule(text[:end])
        if (end := S._why_clause_start(text)) is not None:
            return may_state_rule(text[:end])
        if (start := S._rule_in_relative_clause(text)) is not None:
            return may_state_rule(text[start:])
        if S._NOMINATION_POINTS.search(text) and S.POINTS_AWARDED.found(text) and not S.is_question(text):
            return True
        if S.CONDITIONAL.found(text) and S.POINTS_AWARDED.found(text) and not S._not_canadas_rule(text) and not S.MYTH.found(text):
            return True
        if (end := S._scope_condition_end(text)) is not None:
            return may_state_rule(text[end:])
        if S.READER_CONDITION.found(text) and (colon := S.RULE_AFTER_COLON.position(text)) is not None:
            after = text[colon:]
            return not S.CONDITIONAL.found(after) and not S.MODAL.found(after) and not S._not_canadas_rule(text)
        if (colon := S.RULE_AFTER_COLON.position(text)) is not None and (case := S.PERSONAL_CASE.position(text)) is not None \
                and case < colon:
            return may_state_rule(text[colon:])
        hypothesis = [at for cue in (S.EXAMPLE_MID, S.MODAL) if (at := cue.position(text)) is not None]
        if hypothesis and min(hypothesis) < S._first_figure(text) or S.INDEFINITE_PERSON.found(text) and S.MODAL.found(text):
            return (program_rule := S._PROGRAMS_OWN_RULE.search(text)) is not None and min(hypothesis) < program_rule.start() \
                and not S.CONDITIONAL.found(text[program_rule.end() :]) and not S._not_canadas_rule(text)
        if S.CONDITIONAL.found(text) and S._AMOUNT_FOR_A_HOUSEHOLD.search(text) and not S.MODAL.found(text) and \
                not S.PERSONAL_CASE.found(text):
            return not S._not_canadas_rule(text)
        return not no_rule_here.found(text) and not S._not_canadas_rule(text)

    texts = _corpus_sentences() + [
        "Faut-il 12 mois ?", "Do I need 2 years? [Solved]", "… pour la catégorie français ?\" 🤔", "Question : 12 mois ?",
        "Q: does CEC still need 12 months", "Si vous avez 12 mois, vous êtes admissible.", "If I get 50 points…",
        "Q. Faut-il encore 6 mois ? R. Non.", "Q. How long? : A. 12 months.", "Q. How long? A. Twelve months."]
    assert sum(map(S.may_state_rule, texts)) >= 100 and sum(map(S.is_question, texts)) >= 10
    for text in texts:
        assert S.is_question(text) == asks(text), text
        assert S.may_state_rule(text) == may_state_rule(text), text


def test_clause_joints_found_on_the_lowercased_sentence_are_the_written_patterns():
    from rulewatch.extractors import set_apart

    texts = _corpus_sentences() + ["FSW: 67 points, WHEREAS the CEC needs 12 months", "Le PTQF ; ALORS QUE", "a, Et b"]
    assert sum(1 for text in texts if set_apart.CLAUSE_JOINT.search(text)) >= 50
    for text in texts:
        assert [m.span() for m in set_apart._CLAUSE_JOINT.finditer(text, text.lower())] == \
            [m.span() for m in set_apart.CLAUSE_JOINT.finditer(text)], text


def test_a_round_table_header_names_a_date():
    """A row is tried as a round table's header only when one of its cells names the date column ("Date", "Held on"):
    no row naming the number, the date and the type of a round lacks one."""
    from rulewatch.extractors.lexicon.round_pages import ROUND_COLUMNS
    from rulewatch.extractors.round_page import _round_columns

    rows = [text for text in _corpus_sentences(1) if text.startswith("|")] + \
        ["| N° | DATE | Type |", "| # | Date | Round type |", "| Draw | Held on | Stream | ITAs | Cut-off |"]
    headers = [cells for row in rows
               if {"number", "date", "name"} <= _round_columns(cells := [c.strip() for c in row.strip().strip("|").split("|")]).keys()]
    assert len(headers) >= 4 and all(any(ROUND_COLUMNS["date"].search(cell) for cell in cells) for cells in headers)


def test_struck_elements_walked_in_the_order_the_xpath_union_gives():
    html = "<html><body><p><s>6 mois</s> 12 mois</p><del>a <strike>b</strike></del><div><s>c</s></div></body></html>"
    for text in [html, *(p.read_text(encoding="utf-8") for p in PAGES)]:
        tree = lxml.html.document_fromstring(text)
        assert list(tree.iter("del", "s", "strike")) == tree.xpath("//del | //s | //strike")


def test_custom_elements_found_by_xpath_are_those_a_walk_finds():
    html = "<html><body><yt-formatted-string>12 mois</yt-formatted-string><p>a<x-y>b</x-y></p><!-- a-b --></body></html>"
    for text in [html, *(p.read_text(encoding="utf-8") for p in PAGES)]:
        tree = lxml.html.document_fromstring(text)
        assert main_text._CUSTOM_ELEMENTS(tree) == [n for n in tree.iter() if isinstance(n.tag, str) and "-" in n.tag]


def test_one_pattern_of_all_short_names_matches_wherever_one_of_them_does():
    """The short names are tried one by one only where the pattern of all of them matches: at every item start of the
    corpus's sentences, and on every cell and line, the one pattern matches wherever one name does."""
    from rulewatch.extractors import categories as C
    from rulewatch.extractors.lexicon.categories import ENUMERABLE_CATEGORIES, SHORT_NAMES

    texts = _corpus_sentences() + ["Santé, STIM et métiers", "| Ce qui est demandé | Santé | Métiers | Éducation |",
                                   "les francophones, la santé et l'éducation", "santéx", "Transports ; agriculture"]
    pieces = [cell.strip() for text in texts for cell in text.split("|")] + \
        [item for text in texts for item in C._ENUMERATION.split(text.strip().strip("| ").rstrip(" :"))]
    named = 0
    for piece in pieces:
        one = any(SHORT_NAMES[c].fullmatch(piece) for c in ENUMERABLE_CATEGORIES)
        named += one
        assert not one or C._ANY_ENUMERABLE.fullmatch(piece), piece
        assert not any(short.fullmatch(piece) for short in SHORT_NAMES.values()) or C._ANY_SHORT_NAME.fullmatch(piece), piece
    for text in texts:
        for item in C._ITEM_START.finditer(text):
            named += (one := any(SHORT_NAMES[c].match(text, item.end()) for c in ENUMERABLE_CATEGORIES))
            assert not one or C._ANY_ENUMERABLE.match(text, item.end()), text
    assert named >= 20


# The unit words as the one pattern written before: a look-ahead on their first letters, then a word boundary.
_UNITS_AS_WRITTEN = re.compile(
    r"(?P<money_>\$)|-(?P<duration_>month|year)|\b(?=[abcdfhlmnpsty])(?:"
    r"(?P<duration>mois|ans?|années?|annee|years?|months?|yrs?|mos?)|(?P<hours>heures?|hours?|hrs|h)|(?P<money>dollars?|cad)|"
    r"(?P<points>points?|pts)|(?P<level>nclc|clb|niveaux?|levels?|benchmarks?)|"
    r"(?P<teer>féer|feer|teer|cnp|noc|compétences?|skill(?:s|ed)?|types?|catégories?))(?:\b|(?<=clb)(?=\d)|(?<=nclc)(?=\d))")


def test_unit_words_found_branch_by_first_letter_are_the_written_patterns():
    """``unit_kinds`` runs one branch per first letter (``re`` then skips to those letters itself): on the corpus's
    pages and sentences, and on words glued to figures, dashes and other words, the same words, spans and kinds as
    the pattern written as one alternation behind a word boundary."""
    from rulewatch.evaluate import run_case
    from rulewatch.extractors import quantities as Q
    from tests.fixture_cases import cases

    assert Q._UNITS.pattern.startswith(r"\$") and "(?=" not in Q._UNITS.pattern.split("|")[2]  # opens on characters
    texts = [run_case(folder)[0].text for folder in cases()[::4]] + _corpus_sentences(5) + [
        "CLB7, nclc 9, 12-month, 3-year-old, 15 000 $, 2 h, h, hrs, ans annee années an, skilled skills skill, "
        "deskilled, pointsx, xpoints, Types: FÉER 2; feer3; catégories/catégorie, mos mo mois months yrs yr, "
        "benchmark niveaux level levels, cad dollars dollar, heure heures hour hours"]
    words = 0
    for text in texts:
        low = text.lower()
        written = [(m.start(), m.end(), m.lastgroup.rstrip("_")) for m in _UNITS_AS_WRITTEN.finditer(low)]
        assert [(m.start(), m.end(), Q._KIND_OF_GROUP[m.lastgroup]) for m in Q._UNITS.finditer(low)] == written
        assert Q.unit_kinds(text) == [(start, kind) for start, _, kind in written]
        words += len(written)
    assert words > 1000


def test_the_cap_gate_asks_its_cheapest_question_first_and_answers_as_written():
    """``may_cap_factor`` asks for a cap's words before it looks for a figure character by character: the same answers
    as the gate as written, on the corpus's sentences and on figures ``str.isdigit`` accepts beyond 0-9."""
    from rulewatch.extractors import points as P
    from rulewatch.extractors.lexicon.criteria import STATED_CAP

    def as_written(text: str) -> bool:  # (a figure in digits, or in words as a transcript writes it)
        return (any(ch.isdigit() for ch in text) or P._WORDED_FIGURE.search(text) is not None) and STATED_CAP.found(text) and \
            any(cue.found(text) for cue, _ in P._FACTORS)

    texts = _corpus_sentences() + ["Âge : jusqu'à ²", "Language up to twenty-eight", "Education: max. 25", "Études 25 pts max."]
    assert sum(map(as_written, texts)) >= 10
    for text in texts:
        assert P.may_cap_factor(text) == as_written(text), text


def test_a_header_of_subjects_asks_for_other_jurisdictions_only_beside_one_of_ours():
    """``_header_subjects`` looks for another jurisdiction's column only when the header names one subject of ours:
    on the corpus's table headers and on a header setting a province's stream beside one of ours, the same columns
    as when it counted them on every header."""
    from rulewatch.evaluate import run_case
    from rulewatch.extractors import columns as C
    from rulewatch.extractors.context import row_cells
    from tests.fixture_cases import cases

    def as_written(header_rows):
        for titles in header_rows:
            named = [C._subject_of_cell(cell) for cell in titles]
            if any(named[1:]):  # (a program named short beside programs named in full)
                named = [subject or C._short_program(cell) for subject, cell in zip(named, titles)]
            columns = sum(1 for subject in named[1:] if subject is not None)
            others = sum(1 for cell, subject in zip(titles[1:], named[1:]) if subject is None and C._PROVINCE_STREAM.found(cell))
            if columns >= C.MIN_SUBJECT_COLUMNS or (columns == 1 and others):
                return named
            # the federal system's column beside a province's: its cells are ours, for the subjects they name
            federal = [i for i, cell in enumerate(titles) if i and C._FEDERAL_TITLE.found(cell) and not C._PROVINCE_STREAM.found(cell)]
            if federal and any(C._PROVINCE_STREAM.found(cell) for i, cell in enumerate(titles) if i and i not in federal):
                return [C.OURS if i in federal else None for i in range(len(titles))]
        return None

    rows = [row_cells(line) for folder in cases() for line in run_case(folder)[0].text.splitlines()
            if line.startswith("|") and not line.startswith("|-")]
    rows += [row_cells("| | New Brunswick stream | Federal Skilled Worker |"), row_cells("| | PTQF | PEC |")]
    assert len(rows) > 200 and sum(as_written([row]) is not None for row in rows) >= 5
    assert as_written([rows[-2]]) == [None, None, "program:fsw"]  # one of ours beside a province's stream
    for row in rows:
        assert C._header_subjects([row]) == as_written([row]), row


def _corpus_contexts(step: int = 4):
    from rulewatch.evaluate import run_case
    from rulewatch.extractors.context import TextContext
    from tests.fixture_cases import cases

    for folder in cases()[::step]:
        extraction = run_case(folder)[0]
        yield TextContext(text=extraction.text, language=extraction.language, url="https://example.org/", snapshot="sha256:0")


def test_a_cue_asked_again_of_a_sentence_of_the_page_answers_as_the_cue():
    """``TextContext.has`` remembers a cue's answer for each sentence of the page (the gate, the readers and the
    search for a subject ask REFERS_BACK of the same sentence); a sentence that is not the page's own object (a part
    of one, at the same offset) is asked afresh."""
    from rulewatch.extractors.lexicon.cues import HISTORY, REFERS_BACK
    from rulewatch.extractors.sentences import Sentence

    asked = 0
    for ctx in _corpus_contexts():
        for sentence in ctx.sentences:
            for cue in (REFERS_BACK, HISTORY):
                assert ctx.has(sentence, cue) == cue.found(sentence.text) == ctx.has(sentence, cue), sentence.text
                part = Sentence(sentence.start, sentence.end, "et ces mois " + sentence.text[:20], sentence.line_start)
                assert ctx.has(part, cue) == cue.found(part.text)
                asked += 1
    assert asked > 1000


def test_the_remembered_table_and_heading_answers_are_those_asked_afresh():
    """A grid's factor of its parts (``_parts_of``) is asked once per table, header and heading, and whether a
    heading or a lead-in names another jurisdiction once per sentence: on the corpus's statements, the same answers as
    asked afresh for each statement."""
    from rulewatch.extractors import points as P
    from rulewatch.extractors import statements as S

    rows = named = 0
    for ctx in _corpus_contexts(2):
        for sentence in ctx.sentences:
            lead = ctx.lead_in(sentence) if sentence.start > sentence.line_start else None
            for above in (lead, ctx.heading_before(sentence)):
                if above is not None:
                    text = S._PLACE_IN_BRACKETS.sub(" ", above.text)
                    fresh = bool(S._OWN_STREAM.search(text)) or (
                        S.OTHER_JURISDICTION.found(text) and not S.OUTSIDE_JURISDICTION.found(text)
                        and not S._CANADA.found(text) and not set(S.program_names(text)) - {"pnp"})
                    assert S._names_other_jurisdiction(ctx, above) == fresh, above.text
                    named += fresh
            if sentence.text.startswith("|"):
                st = S.Statement(ctx, sentence, lead)
                header = ctx.table_header(sentence) or ""
                assert P._parts_of(st) == P._factor_of_parts(st, header, ctx.heading_before(sentence)), sentence.text
                rows += 1
    assert rows > 200 and named > 3


def test_a_grid_row_under_a_crs_heading_is_told_as_written():
    """``_in_crs_grid`` asks the heading's cues through ``TextContext.has`` (every row under it asks them), and no
    longer of an empty text when there is no heading: neither cue is found in no text at all. On the corpus's rows,
    items and label lines, the same answers as written."""
    from rulewatch.extractors import points as P
    from rulewatch.extractors import statements as S
    from rulewatch.extractors.lexicon.criteria import CRS_CONTEXT, FSW_GRID

    assert not CRS_CONTEXT.found("") and not FSW_GRID.found("")

    def as_written(st):
        if not (st.is_table_row or st.is_grid_item or st.is_label_value):
            return False
        if (st.lead is not None and FSW_GRID.found(st.lead.text)) or FSW_GRID.found(st.ctx.table_header(st.sentence) or ""):
            return False
        lead_in = st.ctx.above_table(st.sentence, paragraph=True)
        if st.is_table_row and FSW_GRID.found(lead_in) and not CRS_CONTEXT.found(lead_in):
            return False
        heading = st.ctx.heading_before(st.sentence)
        above = heading.text if heading is not None else ""
        return CRS_CONTEXT.found(above) or (CRS_CONTEXT.found(st.ctx.title or "") and not FSW_GRID.found(above)
                                            and not (st.is_table_row and FSW_GRID.found(st.ctx.above_table(st.sentence))))

    told = 0
    for ctx in _corpus_contexts(2):
        for title in (None, "Comprehensive Ranking System (CRS) criteria"):
            ctx.title = title
            for sentence in ctx.sentences:
                st = S.Statement(ctx, sentence, ctx.lead_in(sentence) if sentence.start > sentence.line_start else None)
                assert P._in_crs_grid(st) == as_written(st), sentence.text
                told += as_written(st)
    assert told > 50


def test_the_pass_mark_before_its_figure_is_looked_for_in_texts_with_a_digit_only():
    """The rule gate's last question, ``MARK_THEN_FIGURE`` or ``_FIGURE_TO_PASS``, is not asked of a text without a digit
    (their figure is two digits): the same matches as the patterns on the corpus's sentences and on figures in other
    scripts."""
    from rulewatch.extractors import points as P

    texts = _corpus_sentences() + ["Pass mark: 67", "note de passage : ٦٧", "seuil de réussite → ６７ (PTQF)", "pass mark of sixty"]
    assert sum(P.MARK_THEN_FIGURE.search(t) is not None for t in texts) >= 3
    for text in texts:
        found, written = P.mark_then_figure(text), P.MARK_THEN_FIGURE.search(text) or P._FIGURE_TO_PASS.search(text)
        assert (found.span() if found else None) == (written.span() if written else None), text
