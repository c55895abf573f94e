"""Hostile bodies at a page's address, crawled from 127.0.0.1: each is its own health entry, none yields a record."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import run_night
from rulewatch.store import Store, night_records

pytestmark = pytest.mark.slow

RULE = "Les candidats de la catégorie des métiers doivent avoir au moins 12 mois d’expérience de travail."


def small_pdf(text: str) -> bytes:
    """A one-page PDF of our own, text in a content stream as PDF writers store it."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out = b"%PDF-1.4\n"
    for number, body in enumerate(objects, 1):
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    return out + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def test_binary_pdf_and_too_deep_pages_are_health_entries_and_read_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    root = tmp_path / "site" / "fr"
    root.mkdir(parents=True)
    (root / "formulaire.html").write_bytes(random.Random(8).randbytes(200_000))
    (root / "guide.pdf").write_bytes(small_pdf(RULE))
    depth = 50_000
    (root / "imbrique.html").write_text(f"<html lang='fr'><body><main><h1>Guide</h1>{'<div>' * depth}<p>{RULE}</p>"
                                        f"{'</div>' * depth}</main></body></html>", encoding="utf-8")
    (root / "categories.html").write_text(f"<html lang='fr'><body><main><h1>Catégories</h1><p>{RULE}</p></main></body></html>",
                                          encoding="utf-8")
    with serve_site(tmp_path / "site") as site:
        sources = tmp_path / "sources.toml"
        urls = ", ".join(f'"{site.url(f"fr/{name}")}"' for name in ("formulaire.html", "guide.pdf", "imbrique.html",
                                                                    "categories.html"))
        sources.write_text(f'[[source]]\nname = "canada-fr"\nauthority = "official"\ncontent = "main"\nurls = [{urls}]\n',
                           encoding="utf-8")
        report = run_night(store, sources, {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0"})

    assert sorted((h.url.rsplit("/", 1)[1], h.problem) for h in report.health) == [
        ("formulaire.html", "not-text"), ("guide.pdf", "unsupported-type"), ("imbrique.html", "too-deep"),
    ]
    details = {h.problem: h.detail for h in report.health}
    assert "control characters" in details["not-text"] and "application/pdf" in details["unsupported-type"]
    assert "depth" in details["too-deep"]
    with store.transaction() as session:
        read_from = {r.evidence.url.rsplit("/", 1)[1] for r in night_records(session, report.night_id)}
    assert read_from == {"categories.html"}
