"""Re-checks: known articles are asked again on a rolling schedule, so an article updated in place is read again
though no listing dates it later."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from rulewatch.crawler.rechecks import Recheck, plan_rechecks
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import run_night
from rulewatch.store import Store
from tests.crawl_sites import FAST, article_html, health, snapshots, write

DOSSIERS = [
    ("entree-express-guide", "Le guide Entrée express", "2025-01-15",
     "Il faut au moins 12 mois d’expérience de travail qualifiée au Canada au cours des 3 dernières années."),
    ("preuve-de-fonds", "La preuve de fonds", "2025-03-02",
     "Une personne seule doit montrer au moins 14 690 $ de fonds disponibles."),
    ("tests-de-langue", "Les tests de langue", "2025-05-20",
     "Les résultats des tests linguistiques sont valides pendant 2 ans après la date du résultat."),
]


def dossier_list() -> str:
    """A news site's dossiers page: each dossier dated once, when first published, never again."""
    items = "".join(f'<li><a href="/dossiers/{slug}.html">{title}</a> <time datetime="{day}">{day}</time></li>'
                    for slug, title, day, _ in DOSSIERS)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Nos dossiers</title></head>
<body><main><h1>Nos dossiers Canada</h1><ul class="dossiers">{items}</ul></main></body></html>"""


def dossier_sources(tmp_path: Path, base: str, recheck_days: int) -> Path:
    path = tmp_path / "dossiers.toml"
    path.write_text(f"""[[source]]
name = "carnet-dossiers"
kind = "listing"
language = "fr"
authority = "news"
content = "article .entry-content"
urls = ["{base}/dossiers/index.html"]
follow = ['/dossiers/[a-z-]+\\.html$']
recheck_days = {recheck_days}
""", encoding="utf-8")
    return path


@pytest.mark.slow
def test_an_article_updated_in_place_is_read_again_though_its_listing_never_redates_it(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root, "/dossiers/index.html", dossier_list())
    for slug, title, day, sentence in DOSSIERS:
        write(root, f"/dossiers/{slug}.html", article_html(slug, title, sentence, day))
    store = Store.open(tmp_path / "data")
    with serve_site(root) as site:
        sources = dossier_sources(tmp_path, site.url("").rstrip("/"), recheck_days=1)
        first = run_night(store, sources, FAST)
        slug, title, day, sentence = DOSSIERS[1]  # updated for 2026, same address, same date on the listing
        write(root, f"/dossiers/{slug}.html", article_html(slug, title, sentence.replace("14 690", "15 263"), day))
        second = run_night(store, sources, FAST)

    night2 = snapshots(store, second.night_id)
    assert night2["/dossiers/index.html"].unchanged == "not-modified"  # the listing did not change at all
    articles = {path: (s.status, s.unchanged) for path, s in night2.items() if s.kind == "article"}
    assert articles == {
        "/dossiers/entree-express-guide.html": (304, "not-modified"),  # a 304 costs nothing more
        "/dossiers/preuve-de-fonds.html": (200, None),  # read again like a new article
        "/dossiers/tests-de-langue.html": (304, "not-modified"),
    }
    assert health(store, second.night_id) == []
    (changed,) = [c for _, c in second.alerts]
    assert changed.type == "tightened" and changed.key == "requirement:express-entry:proof_of_funds:household_size=1"
    assert [(e.url.split("/", 3)[3], e.quote) for e in changed.after_evidence] == [
        ("dossiers/preuve-de-fonds.html", "Une personne seule doit montrer au moins 15 263 $ de fonds disponibles.")]
    assert not [c for _, c in second.alerts if c.type == "removed"]
    assert first.alerts


NOW = datetime(2026, 12, 3, 2, 0, tzinfo=timezone.utc)


def test_the_schedule_rolls_every_article_within_its_days_and_the_budget_defers_the_rest() -> None:
    last = {f"https://a.test/{i:02d}.html": NOW - timedelta(days=30) for i in range(14)}
    checked: dict[str, list[int]] = {url: [] for url in last}
    for night in range(21):
        now = NOW + timedelta(days=night)
        plan = plan_rechecks([Recheck("blog", u, t) for u, t in last.items()], {"blog": 7}, now, budget=100)
        for r in plan.chosen:
            last[r.url] = now
            checked[r.url].append(night)
        assert len(plan.chosen) <= 14 if night == 0 else len(plan.chosen) == 2  # two a night, not fourteen once a week
    for nights in checked.values():  # each asked at least once in any seven nights in a row
        assert all(b - a <= 7 for a, b in zip([-1, *nights], [*nights, 21]))

    overdue = [Recheck("blog", f"https://a.test/{i}.html", NOW - timedelta(days=8)) for i in range(5)]
    plan = plan_rechecks([*overdue, Recheck("news", "https://b.test/x.html", NOW - timedelta(days=1))],
                         {"blog": 7, "news": 7}, NOW, budget=3)
    assert [r.url for r in plan.chosen] == [f"https://a.test/{i}.html" for i in range(3)]
    assert plan.deferred == {"blog": 2}
    assert plan_rechecks(overdue, {}, NOW, budget=3).chosen == []  # a source gone from the file: not asked
