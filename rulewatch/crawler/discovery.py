"""Discovery: the article links of a listing page, an RSS/Atom feed or a sitemap, and which of them to fetch tonight.

Pure functions (no Scrapy): the spider calls them on the bodies it fetched. A listing says an
article was updated through a date next to its link (``<time datetime>``, an ISO date in the
same list item), a feed through the entry's ``updated``/``published``, a sitemap through ``<lastmod>``.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from typing import Iterable, Mapping
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from rulewatch.errors import ExtractionError
from rulewatch.sources import Source
from rulewatch.store.crawl import KnownArticle

_ITEM_TAGS = ("li", "article", "tr", "dd", "section")
# A listing's link to its next page, when the source names no selector of its own: rel=next (the
# standard, WordPress, canada.ca's WET pager), then the usual classes, then the words on the link.
NEXT_SELECTORS = ("link[rel~=next][href]", "a[rel~=next][href]", "a.next[href]", ".next > a[href]",
                  "a.pagination-next[href]", "a[aria-label~=Next][href]", "a[aria-label~=suivante][href]")
NEXT_WORDS = frozenset({"suivant", "suivante", "page suivante", "next", "next page", "›", "»", "suivant ›",
                        "suivant »", "next ›", "next »"})
_ISO_DAY = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")


@dataclass(frozen=True)
class Listed:
    """An article link found on a listing or feed tonight."""

    url: str
    title: str | None = None
    updated: datetime | None = None  # when the listing says the article was last published or updated


def _day(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        m = _ISO_DAY.search(value)
        if not m:
            return None
        try:
            parsed = datetime(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _absolute(base: str, href: str) -> str:
    return urldefrag(urljoin(base, href.strip()))[0]


def _merge(found: Iterable[Listed]) -> list[Listed]:
    """One entry per URL, in listing order, keeping the latest date seen for it."""
    out: dict[str, Listed] = {}
    for item in found:
        known = out.get(item.url)
        if known is None:
            out[item.url] = item
        elif item.updated and (known.updated is None or item.updated > known.updated):
            out[item.url] = Listed(item.url, known.title or item.title, item.updated)
    return list(out.values())


def _item_date(link: lxml.html.HtmlElement) -> datetime | None:
    for ancestor in link.iterancestors(*_ITEM_TAGS):
        stamps = ancestor.xpath(".//time/@datetime")
        found = _day(stamps[0]) if stamps else _day(ancestor.text_content())
        return found
    return None


def listing_links(body: bytes, base_url: str, source: Source) -> list[Listed]:
    """Links of an HTML listing that match the source's ``follow`` patterns."""
    tree = _parse(body, "listing")
    base = next(iter(tree.xpath("//base/@href")), None) or base_url
    found = []
    for link in tree.iter("a"):
        href = link.get("href")
        if not href or href.startswith(("mailto:", "javascript:", "#")):
            continue
        url = _absolute(base, href)
        if source.follows(url):
            title = " ".join(link.text_content().split()) or None
            found.append(Listed(url, title, _item_date(link)))
    return _merge(found)


@lru_cache(maxsize=64)
def _css(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def _parse(body: bytes, what: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError("unparseable-html", f"the {what} cannot be parsed: {exc}") from exc


def next_page(body: bytes, base_url: str, source: Source, page: int) -> str | None:
    """The address of the listing's page ``page + 1``, on the same site, or None on its last page.

    The source's own ``next`` selector when it has one; else a ``rel=next`` link, a link classed
    ``next``, a link saying "Suivant" / "Next", or a link whose text is the next page's number.
    """
    tree = _parse(body, "listing")
    base = next(iter(tree.xpath("//base/@href")), None) or base_url
    if source.next:
        candidates = [a.get("href") for a in _css(source.next)(tree)]
    else:
        candidates = [a.get("href") for selector in NEXT_SELECTORS for a in _css(selector)(tree)]
        words = {str(page + 1), *NEXT_WORDS}
        candidates += [a.get("href") for a in tree.iter("a") if " ".join(a.text_content().split()).lower() in words]
    here = urlsplit(base_url)
    for href in candidates:
        if not href or href.startswith(("mailto:", "javascript:", "#")):
            continue
        url = _absolute(base, href)
        there = urlsplit(url)
        if (there.scheme, there.netloc) == (here.scheme, here.netloc) and url != _absolute(base_url, ""):
            return url
    return None


def feed_links(body: bytes, base_url: str, source: Source) -> list[Listed]:
    """Entries of an RSS or Atom feed whose link matches the source's ``follow`` patterns."""
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    if parsed.bozo and not parsed.entries:
        raise ExtractionError("malformed-feed", f"not an RSS or Atom feed: {parsed.get('bozo_exception')}")
    found = []
    for entry in parsed.entries:
        href = entry.get("link") or next((lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
        if not href:
            continue
        url = _absolute(base_url, href)
        if not source.follows(url):
            continue
        stamp = entry.get("updated_parsed") or entry.get("published_parsed")
        updated = datetime(*stamp[:6], tzinfo=timezone.utc) if stamp else None
        found.append(Listed(url, " ".join((entry.get("title") or "").split()) or None, updated))
    return _merge(found)


SITEMAP_LIMIT = 50 * 1024 * 1024  # the sitemap protocol's own limit on a sitemap, uncompressed
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


@dataclass(frozen=True)
class Sitemap:
    """A sitemap read: the pages it lists that match ``follow``, or the sitemaps of an index."""

    pages: list[Listed] = field(default_factory=list)
    sitemaps: list[Listed] = field(default_factory=list)


def gunzip(body: bytes, limit: int = SITEMAP_LIMIT) -> bytes:
    """A gzipped body inflated, at most ``limit`` bytes (a small file must not inflate into gigabytes)."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflate.decompress(body, limit)
    except zlib.error as exc:
        raise ExtractionError("malformed-sitemap", f"gzip: {exc}") from exc
    if inflate.unconsumed_tail:
        raise ExtractionError("too-large", f"the sitemap inflates past {limit} bytes")
    return data


def read_sitemap(body: bytes, base_url: str, source: Source) -> Sitemap:
    """A ``<urlset>`` (its pages matching ``follow``, with ``<lastmod>``) or a ``<sitemapindex>`` (its sitemaps).

    Gzipped or not; entities are never expanded and nothing is fetched by the parser.
    """
    if body[:2] == b"\x1f\x8b":
        body = gunzip(body)
    try:
        root = etree.fromstring(body.lstrip(), _SAFE_XML)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ExtractionError("malformed-sitemap", f"not a sitemap: {exc}") from exc
    kind = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if kind not in ("urlset", "sitemapindex"):
        raise ExtractionError("malformed-sitemap", f"<{kind}> is neither <urlset> nor <sitemapindex>")
    entries = []
    for entry in root.xpath("./*[local-name()='url' or local-name()='sitemap']"):
        loc = " ".join(entry.xpath("string(./*[local-name()='loc'])").split())
        if loc:
            entries.append(Listed(_absolute(base_url, loc), None, _day(entry.xpath("string(./*[local-name()='lastmod'])"))))
    if kind == "sitemapindex":
        return Sitemap(sitemaps=_merge(entries))
    return Sitemap(pages=_merge(e for e in entries if source.follows(e.url)))


def discover(kind: str, body: bytes, base_url: str, source: Source) -> list[Listed]:
    """The articles a ``listing`` or ``rss`` source's page leads to; raises ExtractionError."""
    links = feed_links(body, base_url, source) if kind == "rss" else listing_links(body, base_url, source)
    if not links:
        raise ExtractionError("no-articles", f"no link matches the follow patterns {source.follow}")
    return links


def due(listed: Listed, known: KnownArticle | None) -> bool:
    """Fetch an article never archived, or one its listing now dates later than the archived copy."""
    if known is None or known.fetched_night_id is None:
        return True
    if listed.updated is None:
        return False
    return known.fetched_updated is None or listed.updated > known.fetched_updated


def to_fetch(listed: list[Listed], known: Mapping[str, KnownArticle], limit: int) -> list[Listed]:
    """The articles to fetch tonight, newest first, at most ``limit`` (the rest wait for the next night)."""
    wanted = [item for item in listed if due(item, known.get(item.url))]
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    wanted.sort(key=lambda item: item.updated or oldest, reverse=True)
    return wanted[:limit]
