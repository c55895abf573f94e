"""Benchmark: two nights of a generated 2 000-page site on 127.0.0.1; the second night nothing changed.

Prints JSON on its last line: pages/s of each night, and night 2 / night 1 ratios of the bytes
downloaded (Scrapy's downloader/response_bytes: status lines, headers and bodies) and of the
wall time of the crawl stage (subprocess start to commit). Targets: bytes <= 5 %, time <= 20 %.
Also the peak resident memory of the crawl process (the child, not this one), which must not grow
with the number of pages.

    .venv/bin/python bench/crawl.py [--pages 2000]     # --pages 20000: about 20 minutes
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import crawl_night
from rulewatch.store import Store, night_health, night_snapshots

PARAGRAPHS = [
    "Pour être admissible à une catégorie, vous devez avoir accumulé au moins {n} mois d’expérience de travail "
    "continue dans une même profession au cours des 3 dernières années.",
    "Vous devez montrer que vous avez assez d’argent pour subvenir à vos besoins : {n} 263 $ pour une personne seule.",
    "Le Système de classement global attribue jusqu’à {n}0 points pour les compétences linguistiques.",
    "Les candidats de la catégorie des métiers spécialisés doivent avoir une offre d’emploi valide d’au moins {n} an.",
]
MENU = "".join(f'<li><a href="/fr/services/{i}.html">Service numéro {i} du gouvernement</a></li>' for i in range(120))
FOOTER = "".join(f'<li><a href="/fr/pied/{i}.html">Lien de pied de page {i}</a></li>' for i in range(80))


def page(i: int) -> str:
    body = "\n".join(f"<h2>Section {j}</h2><p>{PARAGRAPHS[(i + j) % 4].format(n=(i + j) % 12 + 1)}</p>" for j in range(24))
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page {i} - Canada.ca</title>
<meta name="dcterms.language" content="fra"><meta name="dcterms.modified" content="2026-02-18"></head><body>
<nav id="wb-sm"><ul>{MENU}</ul></nav>
<main property="mainContentOfPage"><h1 id="wb-cont">Entrée express : page {i}</h1>
{body}
<section class="pagedetails"><dl id="wb-dtmd"><dt>Date de modification :</dt><dd><time>2026-02-18</time></dd></dl></section>
</main><footer id="wb-info"><ul>{FOOTER}</ul></footer></body></html>"""


def generate(root: Path, pages: int) -> list[str]:
    paths = []
    for i in range(pages):
        path = root / "fr" / f"{i // 100:02d}" / f"page-{i:04d}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(i), encoding="utf-8")
        paths.append(f"/fr/{i // 100:02d}/page-{i:04d}.html")
    return paths


def sources_file(folder: Path, base: str, paths: list[str]) -> Path:
    blocks = []
    for n in range(0, len(paths), 100):  # 20 sources of 100 pages, as a real configuration groups them
        urls = ",\n".join(f'  "{base}{p}"' for p in paths[n : n + 100])
        blocks.append(f'[[source]]\nname = "bench-{n // 100:02d}"\nlanguage = "fr"\nauthority = "official"\n'
                      f'content = "main"\nremove = ["#wb-dtmd", "section.pagedetails"]\nurls = [\n{urls}\n]\n')
    path = folder / "sources.toml"
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def night(store: Store, sources: Path, settings: dict[str, str]) -> dict:
    last: dict = {}
    started = time.perf_counter()
    night_id = crawl_night(store, sources, settings, on_progress=last.update)
    seconds = time.perf_counter() - started
    with store.transaction() as session:
        snaps = night_snapshots(session, night_id)
        problems = night_health(session, night_id)
    # The crawl runs in a child process: the largest resident set any child reached so far (KB on Linux).
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"night": night_id, "seconds": round(seconds, 2), "pages": len(snaps), "bytes": last.get("bytes", 0),
            "peak_rss_mb": round(peak_mb, 1),
            "unchanged": sum(1 for s in snaps if s.unchanged), "health": len(problems),
            "pages_per_s": round(len(snaps) / seconds, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    settings = {"AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS": "32", "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
                "LOG_LEVEL": "WARNING"}
    with tempfile.TemporaryDirectory(prefix="rulewatch-bench-") as tmp:
        folder = Path(tmp)
        paths = generate(folder / "site", args.pages)
        store = Store.open(folder / "data")
        with serve_site(folder / "site") as site:
            sources = sources_file(folder, site.url("").rstrip("/"), paths)
            first = night(store, sources, settings)
            print(f"night 1: {first}", file=sys.stderr)
            second = night(store, sources, settings)
            print(f"night 2: {second}", file=sys.stderr)
    result = {
        "pages": args.pages,
        "night1_pages_per_s": first["pages_per_s"],
        "night2_pages_per_s": second["pages_per_s"],
        "night1_seconds": first["seconds"],
        "night2_seconds": second["seconds"],
        "night2_unchanged": second["unchanged"],
        "crawl_peak_rss_mb": first["peak_rss_mb"],  # night 1 alone
        "crawl_peak_rss_mb_both": second["peak_rss_mb"],  # the larger of nights 1 and 2 (2 reads every last fetch)
        "bytes_ratio": round(second["bytes"] / first["bytes"], 4) if first["bytes"] else None,
        "time_ratio": round(second["seconds"] / first["seconds"], 4),
        "targets": {"bytes_ratio": 0.05, "time_ratio": 0.20},
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
