"""Benchmark: the whole extraction (main text + every record) against trafilatura alone.

Pages: a ~40 KB canada.ca-style page (the WET chrome — menus, breadcrumbs, footer — around the
corpus's category page, its main text grown with more program sections) and a news article
with comments, both built from the labelled corpus. Both timings run in the same process on
the same pages, alternating, several repetitions (medians); the baseline gets the options of
our own trafilatura call. The last line is JSON.  Run:  .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rulewatch.evaluate import load_document  # noqa: E402
from rulewatch.extractors import Document, extract_document  # noqa: E402
from rulewatch.extractors.main_text import TRAFILATURA_OPTIONS  # noqa: E402

CORPUS = ROOT / "fixtures" / "corpus"
MENU = "".join(
    f'<li><a href="/fr/services/{i}.html">Service {i} : emplois, immigration, voyages, entreprises, prestations</a></li>'
    for i in range(120)
)
FOOTER = "".join(f'<li><a href="/fr/pied/{i}.html">Lien de pied de page {i} du gouvernement du Canada</a></li>' for i in range(80))


def canada_page() -> Document:
    """The category page inside full canada.ca chrome, with the program pages' sections appended to <main>."""
    doc, _ = load_document(CORPUS / "canada-categories-2026")
    html = doc.body.decode("utf-8")
    extra = "".join(
        re.search(r"<main[^>]*>(.*?)</main>", (CORPUS / case / "input.html").read_text(encoding="utf-8"), re.S).group(1)
        for case in ("fr-canada-pof-2025", "fr-canada-ptqf-six-facteurs", "fr-canada-cec-admissibilite")
        if (CORPUS / case / "input.html").exists()
    )
    html = html.replace("<main", f'<header><nav><ul>{MENU}</ul></nav><ol class="breadcrumb"><li>Canada.ca</li></ol></header><main', 1)
    html = html.replace("</main>", f"{extra}</main><footer><ul>{FOOTER}</ul></footer>", 1)
    body = html.encode("utf-8")
    return Document(url=doc.url, body=body, snapshot=doc.snapshot, content_type="text/html", authority="official",
                    declared_language="fr", content="main", remove=("section.pagedetails", "#wb-dtmd"))


def pages() -> list[Document]:
    news, _ = load_document(CORPUS / "expat-article-comments")
    return [canada_page(), news]


def rate(fn, docs: list[Document], seconds: float) -> float:
    """Pages per second of ``fn`` over ``docs`` during about ``seconds``."""
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for doc in docs:
            fn(doc)
        n += len(docs)
    return n / (time.perf_counter() - start)


def baseline(doc: Document) -> str | None:
    """trafilatura alone on the whole page, with the options of our own trafilatura call."""
    return trafilatura.extract(doc.body.decode("utf-8"), **TRAFILATURA_OPTIONS)


def main(repetitions: int = 7, seconds: float = 0.6) -> None:
    docs = pages()
    sizes = [len(d.body) for d in docs]
    for doc in docs:  # warm up (imports, compiled patterns, caches of selectors)
        extract_document(doc), baseline(doc)
    # Alternate the two in every repetition, so a load change on the shared machine hits both alike.
    runs = [(rate(extract_document, docs, seconds), rate(baseline, docs, seconds)) for _ in range(repetitions)]
    ours = statistics.median(r[0] for r in runs)
    alone = statistics.median(r[1] for r in runs)
    ratio = statistics.median(b / o for o, b in runs)
    records = [len(extract_document(d).records) for d in docs]
    print(f"pages: {sizes} bytes, records per page: {records}; median of {repetitions} repetitions")
    print(f"rulewatch extract_document: {ours:.1f} pages/s; trafilatura.extract(fast=True) alone: {alone:.1f} pages/s")
    print(json.dumps({"pages": len(docs), "page_bytes": sizes, "repetitions": repetitions,
                      "extract_pages_per_s": round(ours, 1), "trafilatura_fast_pages_per_s": round(alone, 1),
                      "ratio": round(ratio, 3), "targets": {"ratio_max": 2.0, "pages_per_s_min": 100}}))


if __name__ == "__main__":
    main()
