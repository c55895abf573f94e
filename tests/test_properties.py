"""Arbitrary text and HTML: the extractors never crash, and every quote is exactly its text at its offsets."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rulewatch.errors import ExtractionError
from rulewatch.extractors import Document, extract_document

WORDS = st.sampled_from(
    "il faut au moins 12 mois un an 1 560 heures NCLC 7 CLB 5 TEER 0, 1, 2 ou 3 67 points sur 100 600 points "
    "nomination provinciale offre d'emploi 50 ou 200 13 213 $CA personne seule couple avec un enfant "
    "à compter du 25 mars 2025 au printemps contre 6 mois auparavant passe de ne sont plus catégorie santé "
    "métiers spécialisés STIM PTQF CEC PCP dans les 3 dernières années | . : ; \n - « »".split(" ")
)
TEXT = st.one_of(st.text(max_size=400), st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=80).map(" ".join))
TAGS = st.sampled_from(["p", "li", "h2", "td", "th", "div", "main", "article", "table", "tr", "ul", "script", "b"])
HTML = st.lists(st.tuples(TAGS, TEXT), max_size=12).map(
    lambda parts: "<html><body><main>" + "".join(f"<{t}>{x}</{t}>" for t, x in parts) + "</main></body></html>"
)


def _check(body: str, content_type: str) -> None:
    doc = Document(url="https://example.org/p", body=body.encode("utf-8", "replace"), snapshot="sha256:0",
                   content_type=content_type, declared_language="fr")
    try:
        result = extract_document(doc)
    except ExtractionError:
        return  # a clear, typed refusal (empty page, no text) is the contract
    for record in result.records:
        ev = record.evidence
        assert result.text[ev.start : ev.end] == ev.quote and ev.quote


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600), TEXT)
def test_any_plain_text(noise, text):
    _check(noise + "\n" + text, "text/plain")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML)
def test_any_html(html):
    _check(html, "text/html")


def test_an_amount_stated_only_as_the_old_one_is_no_crash():
    """Every amount of a funds sentence told as the previous one ("up from $14,690") left no current amount to pair
    with a household: the reader raised IndexError and stopped the whole evaluation."""
    for text in ("Proof of funds\n\nA single applicant: up from $14,690.\n",
                 "Preuve de fonds\n\n- 1 personne : contre 14 690 $ auparavant\n",
                 "Preuve de fonds\n\nUne personne seule, au lieu de 14 690 $.\n"):
        _check(text, "text/plain")


def test_a_window_in_months_that_is_no_whole_number_of_years_is_no_crash():
    """"au cours des 18 derniers mois" is a window of 1.5 years: the qualifier of whole years refused it and the
    whole document failed with a validation error."""
    for text in ("Catégories\n\nIl faut au moins 12 mois d'expérience au cours des 18 derniers mois.\n",
                 "Categories\n\nYou need 12 months of work experience in the last 30 months.\n"):
        _check(text, "text/plain")
