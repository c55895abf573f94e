"""Reading is linear in a page's length: every look above a sentence (its heading, its list's lead-in, its
table's header, an effective date) is bounded or remembered, so a long page never costs its square.

Measured as a ratio in the same run, not against a clock: a page four times longer must take well under
sixteen times as long (the square), whatever the machine's speed. Before the look-ups above a sentence were
bounded, 400 KB of paragraphs took 32 s and 1 MB did not finish."""

from __future__ import annotations

import time

import pytest

from rulewatch.extractors import Document, extract_document

PARAGRAPH = (
    "Les candidats doivent justifier d'au moins 12 mois d'expérience de travail au cours des 3 dernières années. "
    "La preuve de fonds pour une personne seule est de 15 760 $ à compter du 15 juin 2026. "
)
SHORT = 60_000  # characters; the long page is four times this
LINEAR_SLACK = 2.5  # a four-times-longer page may take up to 4 × 2.5 = 10 times as long (its square: 16)


def _read(body: str) -> float:
    started = time.perf_counter()
    extract_document(Document(url="http://127.0.0.1/long", body=body.encode(), snapshot="sha256:0",
                              content_type="text/plain", declared_language="fr"))
    return time.perf_counter() - started


def _paragraphs(size: int) -> str:
    return PARAGRAPH * (size // len(PARAGRAPH))


def _list(size: int) -> str:
    items = size // 30
    return "Les montants suivants s'appliquent à compter du 15 juin 2026 :\n" + "\n".join(
        f"- {i % 7 + 1} personnes : {15_000 + i} $" for i in range(items))


def _table(size: int) -> str:
    rows = size // 20
    return "| Membres de la famille | Fonds |\n" + "\n".join(f"| {i % 7 + 1} | {15_000 + i} $ |" for i in range(rows))


@pytest.mark.parametrize("page", [_paragraphs, _list, _table], ids=["paragraphs", "one-list", "one-table"])
def test_a_page_four_times_longer_reads_in_about_four_times_as_long(page):
    _read(page(2_000))  # (warm: the first read compiles what every later read reuses)
    short = min(_read(page(SHORT)) for _ in range(2))
    long = _read(page(4 * SHORT))
    assert long < 4 * LINEAR_SLACK * short, f"{long:.2f} s for 4× the page against {short:.2f} s: not linear"
