"""A partial night never moves an accepted rule state: pages read on 127.0.0.1 by the real spider,
then a server dying mid-crawl or one twin page failing, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import run_night
from rulewatch.publish import build_rule_file
from rulewatch.review import decide
from rulewatch.store import Store, accepted_alerts, latest_ruleset, list_alerts

from .review_support import postgres_server

pytestmark = pytest.mark.slow

KEY = "requirement:category:trades:work_experience_min"
# One request at a time: the server dies after a known number of them.
SERIAL = {"AUTOTHROTTLE_ENABLED": "False", "CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DOWNLOAD_DELAY": "0"}
PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{title} - Canada.ca</title>
<meta name="dcterms.issued" title="W3CDTF" content="2026-01-12">
<meta name="dcterms.modified" title="W3CDTF" content="2026-02-18"></head>
<body><main property="mainContentOfPage"><h1>{title}</h1>
<p>La catégorie des métiers s’adresse aux travailleurs qualifiés d’un métier spécialisé.</p>
<p>{since}candidats de la catégorie des métiers doivent avoir au moins {months} mois d’expérience de travail.</p>
</main></body></html>
"""


def page(root: Path, path: str, months: int, since: str = "Les ") -> None:
    file = root / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(PAGE.format(title=f"Métiers spécialisés ({file.stem})", months=months, since=since),
                    encoding="utf-8")


def sources(tmp_path: Path, urls: list[str]) -> Path:
    path = tmp_path / "sources.toml"
    listed = ", ".join(f'"{u}"' for u in urls)
    path.write_text(f'[[source]]\nname = "canada-fr"\nlanguage = "fr"\nauthority = "official"\ncontent = "main"\n'
                    f"urls = [{listed}]\n", encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path):  # noqa: ANN001, ANN201
    if request.param == "sqlite":
        opened = Store.open(tmp_path / "data")
    else:
        server = postgres_server()
        name = f"partial_{tmp_path.name.lower().replace('-', '_')[-40:]}"
        server.sql(f"CREATE DATABASE {name}")
        opened = Store.open(tmp_path / "data", server.url(name))
    yield opened
    opened.engine.dispose()


def accept_all(store: Store) -> None:
    with store.transaction() as session:
        ids = [a.id for a in list_alerts(session)]
    for alert_id in ids:
        decide(store, alert_id, "accept", "checked on the page", "editor-a")


def state(store: Store) -> dict:
    with store.transaction() as session:
        _, ruleset = latest_ruleset(session)
        published = build_rule_file(accepted_alerts(session))
    return {"state": ruleset.rules[KEY].value, "published": [r.value.value for r in published.rules if r.key == KEY]}


def test_a_server_dying_mid_crawl_moves_no_accepted_rule(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "site"
    for i in range(12):  # twelve pages, same dates, disagreeing: the state holds the one the full view ranks first
        page(root, f"fr/metiers-{i:02d}.html", i + 1)
    with serve_site(root) as site:
        path = sources(tmp_path, [site.url(f"fr/metiers-{i:02d}.html") for i in range(12)])
        first = run_night(store, path, SERIAL)
        accept_all(store)
        accepted = state(store)
        site.requests, site.die_after = 0, 5  # robots.txt and four pages, then nothing answers
        partial = run_night(store, path, SERIAL)
        site.die_after = None
        full = run_night(store, path, SERIAL)

    assert ("added", KEY) in {(c.type, c.key) for _, c in first.alerts}
    assert accepted == {"state": 12, "published": [12]}
    failed = {h.url for h in partial.health}
    assert len(failed) == 8 and len(partial.health) == 8  # one health entry per page the dead server cut off
    assert partial.alerts == [] and partial.updated == []
    assert state(store) == accepted
    assert full.alerts == [] and full.health == [] and state(store) == accepted


def test_one_twin_page_failing_keeps_the_state_until_a_page_read_tonight_moves_it(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "site"
    page(root, "fr/metiers-specialises.html", 12)  # the page editors checked
    page(root, "fr/metiers-specialises-imprimer.html", 6)  # its print twin, lagging, same date
    with serve_site(root) as site:
        twins = [site.url("fr/metiers-specialises.html"), site.url("fr/metiers-specialises-imprimer.html")]
        path = sources(tmp_path, twins)
        run_night(store, path, SERIAL)
        accept_all(store)
        accepted = state(store)
        site.fail = {"/fr/metiers-specialises.html": 500}
        one_twin = run_night(store, path, SERIAL)
        kept = state(store)
        # The twin read tonight states a new value, in force from a later date: that moves the key.
        page(root, "fr/metiers-specialises-imprimer.html", 18, since="À compter du 5 mars 2026, les ")
        moved = run_night(store, path, SERIAL)

    assert accepted == {"state": 12, "published": [12]}
    assert [(h.problem, h.url) for h in one_twin.health] == [("http-500", twins[0])]
    assert one_twin.alerts == [] and kept == accepted
    assert [(c.type, c.key, c.before.value, c.after.value) for _, c in moved.alerts] == [("tightened", KEY, 12, 18)]
