"""Reading is linear in a page's length: every look above a sentence (its heading, its list's lead-in, its
table's header, an effective date) is bounded or remembered, so a long page never costs its square."""

from __future__ import annotations

import time

from rulewatch.extractors import Document, extract_document

PARAGRAPH = (
    "Les candidats doivent justifier d'au moins 12 mois d'expérience de travail au cours des 3 dernières années. "
    "La preuve de fonds pour une personne seule est de 15 760 $ à compter du 15 juin 2026. "
)


def _read(body: str, content_type: str) -> float:
    started = time.perf_counter()
    extract_document(Document(url="http://127.0.0.1/long", body=body.encode(), snapshot="sha256:0",
                              content_type=content_type, declared_language="fr"))
    return time.perf_counter() - started


def test_a_one_megabyte_page_without_headings_reads_in_seconds():
    # 1 MB of paragraphs with no heading, then the same as one list and one table: before the look-ups
    # above a sentence were bounded, 400 KB took 32 s and 1 MB did not finish.
    lines = PARAGRAPH * (1_000_000 // len(PARAGRAPH))
    assert _read(lines, "text/plain") < 15
    items = "Les montants suivants s'appliquent à compter du 15 juin 2026 :\n" + "\n".join(
        f"- {i % 7 + 1} personnes : {15_000 + i} $" for i in range(20_000))
    assert _read(items, "text/plain") < 15
    rows = "| Membres de la famille | Fonds |\n" + "\n".join(f"| {i % 7 + 1} | {15_000 + i} $ |" for i in range(20_000))
    assert _read(rows, "text/plain") < 15
