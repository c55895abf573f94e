"""Benchmark: the whole extraction (main text + every record) against trafilatura alone.

Pages: a ~40 KB canada.ca-style page (the WET chrome — menus, breadcrumbs, footer — around the
corpus's category page, its main text grown with more program sections) and a news article
with comments, both built from the labelled corpus. Both timings run in the same process on
the same pages; the last line is JSON.  Run:  .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rulewatch.evaluate import load_document  # noqa: E402
from rulewatch.extractors import Document, extract_document  # noqa: E402

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


def rate(fn, docs: list[Document], seconds: float = 3.0) -> float:
    """Pages per second of ``fn`` over ``docs``, best of three runs of about ``seconds``/3 each."""
    for doc in docs:
        fn(doc)  # warm up (imports, compiled patterns)
    best = 0.0
    for _ in range(3):
        n, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds / 3:
            for doc in docs:
                fn(doc)
            n += len(docs)
        best = max(best, n / (time.perf_counter() - start))
    return best


def main() -> None:
    docs = pages()
    sizes = [len(d.body) for d in docs]
    ours = rate(extract_document, docs)
    baseline = rate(lambda d: trafilatura.extract(d.body.decode("utf-8"), fast=True), docs)
    records = [len(extract_document(d).records) for d in docs]
    print(f"pages: {sizes} bytes, records per page: {records}")
    print(f"rulewatch extract_document: {ours:.1f} pages/s; trafilatura.extract(fast=True) alone: {baseline:.1f} pages/s")
    print(json.dumps({"pages": len(docs), "page_bytes": sizes, "extract_pages_per_s": round(ours, 1),
                      "trafilatura_fast_pages_per_s": round(baseline, 1), "ratio": round(baseline / ours, 3),
                      "targets": {"ratio_max": 1.5, "pages_per_s_min": 60}}))


if __name__ == "__main__":
    main()
