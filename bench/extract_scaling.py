"""Benchmark: reading time against a page's length, which must grow linearly.

The same realistic paragraph (a rule, an amount with its date, a processing time) repeated into plain-text
pages of 50 KB to 1.6 MB, then the same pages as one single line, each read once by ``extract_document``.
The baseline is the 50 KB page in the same run: a linear reader keeps the time per KB flat, so the last
column (time per KB / baseline's) stays near 1. The last line is JSON.  Run:  .venv/bin/python bench/extract_scaling.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rulewatch.extractors import Document, extract_document  # noqa: E402

PARAGRAPH = (
    "Les candidats doivent justifier d'au moins 12 mois d'expérience de travail au cours des 3 dernières années. "
    "La preuve de fonds pour une personne seule est de 15 760 $ à compter du 15 juin 2026. "
    "Le traitement d'une demande complète prend environ 6 mois."
)
SIZES_KB = (50, 100, 200, 400, 800, 1600)


def seconds(kb: int, one_line: bool) -> float:
    text = ("  " if one_line else "\n").join(PARAGRAPH for _ in range(kb * 1024 // len(PARAGRAPH)))
    doc = Document(url="http://127.0.0.1/long", body=text.encode(), snapshot="sha256:0", content_type="text/plain",
                   declared_language="fr")
    started = time.perf_counter()
    extract_document(doc)
    return time.perf_counter() - started


def main() -> None:
    rows = []
    for one_line in (False, True):
        base = None
        for kb in SIZES_KB:
            took = seconds(kb, one_line)
            base = base or took / kb
            rows.append({"kb": kb, "one_line": one_line, "seconds": round(took, 3), "per_kb_vs_50kb": round(took / kb / base, 2)})
            print(f"{kb:>5} KB {'one line' if one_line else 'paragraphs':<10} {took:7.2f} s   per KB x{rows[-1]['per_kb_vs_50kb']}")
    print(json.dumps({"rows": rows, "target": "per_kb_vs_50kb stays below 2 (linear)"}))


if __name__ == "__main__":
    main()
