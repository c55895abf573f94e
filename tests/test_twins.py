"""FR/EN twins: a canada.ca page and its other-language version, paired, both fetched, compared.

The end-to-end tests serve fixtures/twins/pages/ (our own canada.ca-style pages, WET template) on
127.0.0.1 and run the real nightly pipeline night after night: the French page is the only one a source
declares; its English twin is found through its hreflang link and language toggle.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rulewatch.cli import app
from rulewatch.crawler.twins import twin_link
from rulewatch.demo import LOCAL_SETTINGS
from rulewatch.demo.local_site import serve_site
from rulewatch.nightly import NightReport, run_night
from rulewatch.store import Store, latest_ruleset, night_snapshots

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "twins" / "pages"
FR = "fr/entree-express/admissibilite/selection-categories.html"
EN = "en/express-entry/eligibility/category-based-selection.html"
KEY = "requirement:category:*:work_experience_min"
TODAY = date(2026, 3, 1)


# --- finding the twin in a page ---------------------------------------------------------------------

def _head(links: str, lang: str = "fr", body: str = "") -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8">{links}</head>'
            f"<body>{body}<main><p>Texte.</p></main></body></html>").encode()


@pytest.mark.parametrize(("body", "expected"), [
    (_head('<link rel="alternate" hreflang="en" href="/en/a.html">'), ("http://site.test/en/a.html", "en")),
    (_head('<link rel="alternate" hreflang="en-CA" href="https://site.test/en/a.html">'), ("https://site.test/en/a.html", "en")),
    (_head('<link rel="dcterms.hasVersion" hreflang="en" href="/en/b.html">'), ("http://site.test/en/b.html", "en")),
    # the canada.ca toggle alone, its language only in the link text
    (_head("", body='<section id="wb-lng"><ul><li><a href="/en/c.html">English</a></li></ul></section>'),
     ("http://site.test/en/c.html", "en")),
    # the page's own language, declared in dcterms only, is never its twin
    (b'<html><head><meta name="dcterms.language" content="eng">'
     b'<link rel="alternate" hreflang="en" href="/en/b.html"><link rel="alternate" hreflang="fr" href="/fr/b.html">'
     b"</head><body></body></html>", ("http://site.test/fr/b.html", "fr")),
])
def test_the_twin_is_read_from_hreflang_dcterms_links_or_the_language_toggle(body, expected):
    link = twin_link(body, "http://site.test/fr/a.html")
    assert link is not None and (link.url, link.language) == expected


@pytest.mark.parametrize("body", [
    _head('<link rel="alternate" hreflang="en" href="https://www.canada.ca/en/a.html">'),  # another host
    _head('<link rel="alternate" hreflang="en" href="#">'),  # the page itself
    _head('<link rel="alternate" hreflang="es" href="/es/a.html">'),  # neither French nor English
    _head('<link rel="alternate" hreflang="fr" href="/fr/autre.html">'),  # its own language
    _head(""),
])
def test_no_twin_off_the_host_in_another_language_or_on_the_page_itself(body):
    assert twin_link(body, "http://site.test/fr/a.html") is None


# --- which twin lags -------------------------------------------------------------------------------

def _statement(months: int, language: str, modified: date, night: int):  # noqa: ANN202
    from datetime import datetime, timezone

    from rulewatch.schemas import Evidence, Qualifiers, Requirement

    url = f"https://www.canada.ca/{language}/page.html"
    ev = Evidence(url=url, snapshot="sha256:0", quote=f"{months}", start=0, end=2, language=language,
                  published=date(2023, 6, 1), modified=modified, authority="official", source="ircc",
                  fetched_at=datetime(2026, 2, night, 2, 0, tzinfo=timezone.utc))
    return Requirement(subject="category:*", criterion="work_experience_min", operator=">=", value=months,
                       unit="months", qualifiers=Qualifiers(within_years=3), evidence=ev)


def test_the_twin_whose_value_is_older_lags_since_the_other_changed():
    from rulewatch.diff.twins import held_back, resolve

    fr_old, en_old = _statement(6, "fr", date(2025, 6, 10), 17), _statement(6, "en", date(2025, 6, 10), 17)
    fr_new, en_still = _statement(12, "fr", date(2026, 2, 18), 19), _statement(6, "en", date(2025, 6, 10), 19)
    dispute = resolve(en_still, fr_new, [fr_old, en_old, fr_new, en_still])
    assert (dispute.lagging, dispute.since) == (en_still, date(2026, 2, 18))
    assert dispute.line() == ("English twin still states ≥ 6 months (within 3 years) since 2026-02-18 "
                              f"({KEY}; French: ≥ 12 months (within 3 years))")
    assert held_back([dispute]) == {(KEY, "https://www.canada.ca/en/page.html")}
    # Both changed the same day to different values: neither lags, nothing is held back.
    en_other = _statement(9, "en", date(2026, 2, 18), 19)
    tie = resolve(fr_new, en_other, [fr_old, en_old, fr_new, en_other])
    assert tie.since is None and held_back([tie]) == set()
    assert tie.line() == f"French and English twins state ≥ 12 months (within 3 years) and ≥ 9 months (within 3 years) ({KEY})"


# --- end to end -------------------------------------------------------------------------------------

def run_nights(folder: Path, nights: list[dict[str, str]], declared: list[str]) -> tuple[Store, list[NightReport], str]:
    """Serve each night's pages (path -> page file) and run the nightly over the declared paths' sources."""
    store = Store.open(folder / "data")
    reports = []
    with serve_site(folder / "site-0") as site:
        base = site.url("").rstrip("/")
        for i, pages in enumerate(nights):
            root = folder / f"site-{i}"
            for path, name in pages.items():
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(PAGES / name, root / path)
            site.root = root
            sources = folder / f"sources-{i}.toml"
            sources.write_text("".join(
                f'[[source]]\nname = "ircc-{path[:2]}"\nurls = ["{base}/{path}"]\nauthority = "official"\n'
                f'content = "main"\nremove = ["#wb-dtmd", "section.pagedetails"]\n\n' for path in declared),
                encoding="utf-8")
            reports.append(run_night(store, sources, LOCAL_SETTINGS, today=TODAY))
    return store, reports, base


def _quotes(change) -> dict[str, list[str]]:  # noqa: ANN001
    return {v.value.text: [e.quote for e in v.sources] for v in change.values}


@pytest.mark.slow
def test_a_lagging_english_twin_disputes_the_key_and_is_named_in_health(tmp_path):
    agree = {FR: "fr-6-mois-2025.html", EN: "en-6-months-2025.html"}
    lagging = {FR: "fr-12-mois-2026.html", EN: "en-6-months-2025.html"}
    store, reports, base = run_nights(tmp_path, [agree, lagging, lagging], declared=[FR])

    with store.transaction() as session:  # the twin no source lists was fetched every night
        kinds = {(s.night_id, s.url): s.kind for s in night_snapshots(session, reports[0].night_id)}
    assert kinds[(reports[0].night_id, f"{base}/{EN}")] == "twin"
    assert not any(h.problem.startswith("twin") for h in reports[0].health)  # night 1: the twins agree

    (change,) = [c for _, c in reports[1].alerts if c.key == KEY]
    assert (change.type, change.before.text, change.after.text) == ("tightened", "≥ 6 months (within 3 years, continuous)",
                                                                    "≥ 12 months (within 3 years)")
    assert change.confirmation == "disputed"
    quotes = _quotes(change)
    assert any("au moins 12 mois d'expérience" in q for q in quotes["≥ 12 months (within 3 years)"])
    assert any("at least 6 months of continuous work" in q for q in quotes["≥ 6 months (within 3 years, continuous)"])

    for report in reports[1:]:  # night 3 (nothing changed) still names the lagging twin, with the same date
        (lag,) = [h for h in report.health if h.problem == "twin-lags"]
        assert lag.url == f"{base}/{EN}" and lag.source == "ircc-fr"
        assert lag.detail.startswith("English twin still states ≥ 6 months (within 3 years, continuous) since 2026-02-18")
    assert [c.key for _, c in reports[2].alerts] == []
    with store.transaction() as session:
        _, state = latest_ruleset(session)
    assert state.rules[KEY].value == 12  # the lagging twin never holds the rule back

    shown = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "data"), "health", "--json"])
    entries = [e for s in json.loads(shown.stdout)["sources"] for e in s["entries"]]
    assert any(e["problem"] == "twin-lags" and "English twin still states ≥ 6 months" in e["detail"]
               and "since 2026-02-18" in e["detail"] for e in entries)
    table = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "data"), "health"]).stdout
    assert "English twin still states" in table


@pytest.mark.slow
def test_a_lagging_french_twin_does_not_hold_the_rule_state_back(tmp_path):
    """The French page still says 6 months when the English one says 12: the rule moves, disputed."""
    agree = {FR: "fr-6-mois-2025.html", EN: "en-6-months-2025.html"}
    lagging = {FR: "fr-6-mois-2025.html", EN: "en-12-months-2026.html"}
    _, reports, base = run_nights(tmp_path, [agree, lagging], declared=[FR])
    (change,) = [c for _, c in reports[1].alerts if c.key == KEY]
    assert (change.type, change.after.text, change.confirmation) == ("tightened", "≥ 12 months (within 3 years)", "disputed")
    assert {e.url for e in change.after_evidence} == {f"{base}/{EN}"}
    (lag,) = [h for h in reports[1].health if h.problem == "twin-lags"]
    assert lag.url == f"{base}/{FR}" and lag.detail.startswith("French twin still states ≥ 6 months")


@pytest.mark.slow
def test_twins_that_agree_confirm_each_other(tmp_path):
    """Both declared (each fetched once), both updated: one confirmed change with both pages as its sources."""
    old = {FR: "fr-6-mois-2025.html", EN: "en-6-months-2025.html"}
    new = {FR: "fr-12-mois-2026.html", EN: "en-12-months-2026.html"}
    store, reports, base = run_nights(tmp_path, [old, new], declared=[FR, EN])
    (change,) = [c for _, c in reports[1].alerts if c.key == KEY]
    assert (change.type, change.confirmation) == ("tightened", "confirmed")
    assert {e.url for e in change.after_evidence} == {f"{base}/{FR}", f"{base}/{EN}"}
    assert len(change.values) == 1
    assert not [h for r in reports for h in r.health]
    with store.transaction() as session:
        urls = [s.url for s in night_snapshots(session, reports[1].night_id)]
    assert sorted(urls) == sorted([f"{base}/{FR}", f"{base}/{EN}"])  # a declared twin is not fetched twice
