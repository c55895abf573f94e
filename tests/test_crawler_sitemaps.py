"""Sitemaps: a sitemap index (one of its sitemaps gzipped) leads to the pages matching ``follow``; a page is fetched
again when its ``<lastmod>`` is later than the archived copy."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from rulewatch.crawler.discovery import Listed, read_sitemap
from rulewatch.demo.local_site import serve_site
from rulewatch.errors import ExtractionError
from rulewatch.nightly import crawl_night
from rulewatch.sources import Source
from rulewatch.store import Store
from tests.crawl_sites import FAST, canada_page, health, snapshots, write

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def urlset(base: str, pages: dict[str, str]) -> bytes:
    urls = "".join(f"<url><loc>{base}{path}</loc><lastmod>{day}</lastmod></url>" for path, day in pages.items())
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NS}">{urls}</urlset>'.encode()


def index(base: str, sitemaps: dict[str, str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{base}{path}</loc><lastmod>{day}</lastmod></sitemap>" for path, day in sitemaps.items())
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{NS}">{entries}</sitemapindex>'.encode()


def build(root: Path, base: str, funds_day: str, news: dict[str, str]) -> None:
    write(root, "/sitemap.xml", index(base, {"/sitemaps/pages.xml": funds_day, "/sitemaps/nouvelles.xml.gz": "2026-03-04",
                                             "/sitemaps/emplois.xml": "2026-01-02"}))
    write(root, "/sitemaps/pages.xml", urlset(base, {"/fr/entree-express/fonds.html": funds_day,
                                                     "/fr/entree-express/criteres.html": "2026-02-18",
                                                     "/fr/visiter.html": "2026-02-20"}))
    write(root, "/sitemaps/nouvelles.xml.gz", gzip.compress(urlset(base, news)))
    write(root, "/sitemaps/emplois.xml", urlset(base, {"/fr/emplois/guichet.html": "2026-01-02"}))


@pytest.mark.slow
def test_a_sitemap_index_leads_to_its_pages_and_lastmod_says_which_to_fetch_again(tmp_path: Path) -> None:
    root = tmp_path / "site"
    store = Store.open(tmp_path / "data")
    with serve_site(root) as site:
        base = site.url("").rstrip("/")
        build(root, base, "2026-01-10", {"/fr/entree-express/nouvelles/ronde-401.html": "2026-03-04"})
        for path in ("/fr/entree-express/fonds.html", "/fr/entree-express/criteres.html",
                     "/fr/entree-express/nouvelles/ronde-401.html", "/fr/visiter.html", "/fr/emplois/guichet.html"):
            write(root, path, canada_page(path.rsplit("/", 1)[1]))
        sources = tmp_path / "sitemap.toml"
        sources.write_text(f"""[[source]]
name = "canada-sitemap-fr"
kind = "sitemap"
language = "fr"
authority = "official"
content = "main"
remove = ["#wb-dtmd", "section.pagedetails"]
urls = ["{base}/sitemap.xml"]
follow = ['/fr/entree-express/']
""", encoding="utf-8")
        first = crawl_night(store, sources, FAST)
        # Night 2: the funds page changed and its sitemap says so; the criteria page changed silently (no
        # new lastmod: left to re-checks, turned off here); a new release in the gzipped sitemap.
        write(root, "/fr/entree-express/fonds.html", canada_page("Preuve de fonds", paragraphs=13))
        write(root, "/fr/entree-express/criteres.html", canada_page("Critères", paragraphs=14))
        write(root, "/fr/entree-express/nouvelles/ronde-402.html", canada_page("Ronde 402"))
        build(root, base, "2026-03-20", {"/fr/entree-express/nouvelles/ronde-401.html": "2026-03-04",
                                         "/fr/entree-express/nouvelles/ronde-402.html": "2026-03-18"})
        second = crawl_night(store, sources, FAST | {"RULEWATCH_RECHECK_BUDGET": "0"})

    night1 = snapshots(store, first)
    assert {p: s.kind for p, s in night1.items() if s.kind == "sitemap"} == {
        "/sitemap.xml": "sitemap", "/sitemaps/pages.xml": "sitemap", "/sitemaps/nouvelles.xml.gz": "sitemap",
        "/sitemaps/emplois.xml": "sitemap"}
    assert {p: s.status for p, s in night1.items() if s.kind == "article"} == {
        "/fr/entree-express/fonds.html": 200, "/fr/entree-express/criteres.html": 200,
        "/fr/entree-express/nouvelles/ronde-401.html": 200}  # not /fr/visiter.html nor the jobs page: no match
    assert health(store, first) == []  # the jobs sitemap lists nothing we follow: not a problem
    assert night1["/fr/entree-express/fonds.html"].text_sha256  # read like any page

    night2 = snapshots(store, second)
    assert {p: s.status for p, s in night2.items() if s.kind == "article"} == {
        "/fr/entree-express/fonds.html": 200, "/fr/entree-express/nouvelles/ronde-402.html": 200}
    assert night2["/sitemaps/emplois.xml"].unchanged == "not-modified"
    assert health(store, second) == []


SOURCE = Source(name="s", kind="sitemap", urls=["https://www.canada.ca/sitemap.xml"], authority="official",
                follow=["/entree-express/"])


def test_a_sitemap_reads_gzipped_or_not_and_keeps_only_the_followed_pages() -> None:
    body = urlset("https://www.canada.ca", {"/fr/entree-express/a.html": "2026-02-18T10:30:00-05:00",
                                            "/fr/autre.html": "2026-02-18"})
    for raw in (body, gzip.compress(body)):
        (page,) = read_sitemap(raw, "https://www.canada.ca/sitemap.xml", SOURCE).pages
        assert page.url == "https://www.canada.ca/fr/entree-express/a.html"
        assert page.updated is not None and page.updated.isoformat() == "2026-02-18T10:30:00-05:00"


@pytest.mark.parametrize(("body", "reason"), [
    (b"<html><body>Maintenance</body></html>", "malformed-sitemap"),
    (b"\x1f\x8b\x08\x00garbage", "malformed-sitemap"),
    (gzip.compress(b" " * (60 * 1024 * 1024)), "too-large"),  # 60 MB of spaces in 60 KB: not inflated past 50 MB
])
def test_a_bad_sitemap_is_a_health_problem(body: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError) as caught:
        read_sitemap(body, "https://www.canada.ca/sitemap.xml", SOURCE)
    assert caught.value.reason == reason


def test_entities_in_a_sitemap_are_never_expanded() -> None:
    body = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY leak SYSTEM "file:///etc/hostname">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.canada.ca/fr/entree-express/'
            b'&leak;.html</loc></url></urlset>')
    pages = read_sitemap(body, "https://www.canada.ca/sitemap.xml", SOURCE).pages
    assert pages == [Listed("https://www.canada.ca/fr/entree-express/.html")]
