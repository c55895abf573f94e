"""The shortcuts taken to read a page faster select and extract exactly what the plain calls do.

``main_text`` hands trafilatura one options object built once (instead of its keyword arguments, rebuilt from the
config on every call) and drops the comment sections with one walk of the tree (instead of one CSS selector each):
on every HTML page of the corpus, and on a page built to have nested and sibling comment sections, the results are
the same as the plain calls'.
"""

import importlib
from pathlib import Path

import lxml.html
import pytest
import trafilatura
from lxml.cssselect import CSSSelector

main_text = importlib.import_module("rulewatch.extractors.main_text")  # the module (the package exports its function)

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
PAGES = sorted(CORPUS.glob("*/input.html"))

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
