"""Discovery: article links of listings and feeds, and which of them a night fetches."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from rulewatch.crawler.discovery import Listed, discover, to_fetch
from rulewatch.errors import ExtractionError
from rulewatch.sources import Source
from rulewatch.store.crawl import KnownArticle

NEWS = Source(name="ircc-news-fr", kind="listing", urls=["https://www.canada.ca/fr/nouvelles.html"],
              authority="official", follow=[r"/fr/nouvelles/\d{4}/\d{2}/[^/]+\.html$"])
FEED = Source(name="expat", kind="rss", urls=["https://expat.test/rss"], authority="news",
              follow=[r"/fr/expat-mag/\d+-[^/]*canada[^/]*\.html$"])
LISTING = b"""<html><body><main><ul>
<li><a href="/fr/nouvelles/2026/03/ronde.html">Ronde</a> <time datetime="2026-03-10">10 mars</time></li>
<li><a href="nouvelles/2026/02/categories.html#haut">Categories</a> 2026-02-18 | Communique</li>
<li><a href="/fr/nouvelles/archives.html">Archives</a></li>
</ul><a href="/fr/nouvelles/2026/03/ronde.html">Ronde (encore)</a></main></body></html>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Expat Mag</title><id>urn:x</id><updated>2026-03-11T10:00:00Z</updated>
<entry><title>Entrée express au Canada : les catégories 2026</title><id>urn:1</id>
<link href="https://expat.test/fr/expat-mag/12476-entree-express-canada-2026.html"/><updated>2026-03-11T10:00:00Z</updated></entry>
<entry><title>Vivre à Lisbonne</title><id>urn:2</id><link href="https://expat.test/fr/expat-mag/12477-lisbonne.html"/>
<updated>2026-03-10T10:00:00Z</updated></entry>
</feed>""".encode()


def day(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def test_listing_links_with_their_dates() -> None:
    found = discover("listing", LISTING, "https://www.canada.ca/fr/nouvelles.html", NEWS)
    assert found == [
        Listed("https://www.canada.ca/fr/nouvelles/2026/03/ronde.html", "Ronde", day("2026-03-10")),
        Listed("https://www.canada.ca/fr/nouvelles/2026/02/categories.html", "Categories", day("2026-02-18")),
    ]


def test_feed_entries_that_match_the_follow_patterns() -> None:
    (entry,) = discover("rss", ATOM, "https://expat.test/rss", FEED)
    assert entry.url == "https://expat.test/fr/expat-mag/12476-entree-express-canada-2026.html"
    assert entry.title == "Entrée express au Canada : les catégories 2026" and entry.updated == day("2026-03-11T10:00:00")


@pytest.mark.parametrize(("kind", "body", "reason"), [
    ("listing", b"<html><body><p>Nouvelle mise en page</p></body></html>", "no-articles"),
    ("rss", b"<html><body>503 Service Unavailable</body></html>", "malformed-feed"),
])
def test_a_listing_that_leads_nowhere_is_a_health_problem(kind: str, body: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError) as caught:
        discover(kind, body, "https://www.canada.ca/fr/nouvelles.html", NEWS if kind == "listing" else FEED)
    assert caught.value.reason == reason


def test_only_new_or_updated_articles_are_fetched_newest_first_up_to_the_limit() -> None:
    listed = [Listed("https://a.test/old.html", updated=day("2026-01-01")),
              Listed("https://a.test/updated.html", updated=day("2026-03-05")),
              Listed("https://a.test/undated.html"),
              Listed("https://a.test/new.html", updated=day("2026-03-10")),
              Listed("https://a.test/failed-last-time.html", updated=day("2026-02-01"))]
    known = {"https://a.test/old.html": KnownArticle("https://a.test/old.html", 1, day("2026-01-01")),
             "https://a.test/updated.html": KnownArticle("https://a.test/updated.html", 1, day("2026-02-18")),
             "https://a.test/undated.html": KnownArticle("https://a.test/undated.html", 1, None),
             "https://a.test/failed-last-time.html": KnownArticle("https://a.test/failed-last-time.html", None, None)}
    assert [a.url for a in to_fetch(listed, known, limit=10)] == [
        "https://a.test/new.html", "https://a.test/updated.html", "https://a.test/failed-last-time.html"]
    assert [a.url for a in to_fetch(listed, known, limit=1)] == ["https://a.test/new.html"]
