"""A page's other-language version (its *twin*): canada.ca publishes every page in French and English.

Pure function over the fetched body (no Scrapy): the spider follows the twin it names, and the store
pairs the two snapshots. Looked for in the order a page is most precise about it: ``<link
rel="alternate" hreflang>``, Dublin Core links (``<link rel="dcterms.…" hreflang>``), then the
canada.ca language toggle (``#wb-lng a``), which on some pages points at a section's home page
rather than the twin. Only a link to the same host counts: a twin is the same site's page.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

LANGUAGES = frozenset({"fr", "en"})
_ALIASES = {"fra": "fr", "fre": "fr", "français": "fr", "francais": "fr", "eng": "en", "english": "en"}
_MARKERS = (b"hreflang", b"wb-lng")  # a body with neither is not parsed (most pages of most sites)
_CANDIDATES = (
    "//link[@href][@hreflang][contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]",
    "//link[@href][@hreflang or @lang][starts-with(normalize-space(@rel), 'dcterms.')]",
    "//*[@id='wb-lng']//a[@href]",
)


@dataclass(frozen=True)
class TwinLink:
    url: str
    language: str | None  # fr | en; None when only the address is known (remembered from an earlier night)


def language_code(value: str | None) -> str | None:
    """'fr-CA', 'fra', 'English' -> 'fr' / 'en'; None for anything else."""
    if not value:
        return None
    code = value.strip().lower()
    code = _ALIASES.get(code, code).split("-")[0].split("_")[0]
    return code if code in LANGUAGES else None


def page_language(tree: lxml.html.HtmlElement) -> str | None:
    """What the page says it is written in: ``<html lang>``, else ``dcterms.language`` (fra / eng)."""
    declared = tree.get("lang") or next(iter(tree.xpath("//meta[@name='dcterms.language']/@content")), None)
    return language_code(declared)


def _link_language(element: lxml.html.HtmlElement) -> str | None:
    return language_code(element.get("hreflang") or element.get("lang")) or language_code(element.text_content())


def twin_link(body: bytes, page_url: str) -> TwinLink | None:
    """The other-language version this page names, on its own host; None when it names none."""
    lowered = body.lower()
    if not any(marker in lowered for marker in _MARKERS):
        return None
    try:
        tree = lxml.html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return None
    own = page_language(tree)
    base = next(iter(tree.xpath("//base/@href")), None) or page_url
    here = urldefrag(page_url)[0]
    host = urlsplit(page_url).netloc.lower()
    for query in _CANDIDATES:
        for element in tree.xpath(query):
            language = _link_language(element)
            if language is None or language == own:
                continue
            url = urldefrag(urljoin(base, element.get("href", "").strip()))[0]
            parts = urlsplit(url)
            if parts.scheme in ("http", "https") and parts.netloc.lower() == host and url != here:
                return TwinLink(url, language)
    return None
