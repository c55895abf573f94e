"""Can a body be read at all? Magic bytes first, then the share of control characters; then, for HTML,
whether the parser keeps all of it.

A server that answers a page's address with a PDF, an image or random bytes must cost the night a
health entry (``unsupported-type`` for a PDF until a PDF reader is chosen, ``not-text`` for the
rest), never records read out of replacement characters, and never a terminal full of binary. A page
nested deeper than the HTML parser goes (libxml2 stops at 256 levels) loses the text below: that is
``too-deep``, not a page with no main text. Pure functions: no Scrapy here (``rulewatch snapshot`` uses them too).
"""

from __future__ import annotations

from lxml import etree

SNIFF = 8192  # bytes looked at: enough for a verdict, constant time on a 5 MB body
CONTROL_SHARE = 0.02  # text has no control characters but tab, newlines and form feed; binary has ~12 %

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/msword"),
    (b"RIFF", "application/octet-stream"),
    (b"\x7fELF", "application/octet-stream"),
)
UNSUPPORTED = frozenset({"application/pdf"})  # documents we could read some day: their own health code
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f")


def sniffed_type(body: bytes) -> str | None:
    """The media type the body's first bytes announce, when they announce one."""
    head = body[:16].lstrip(b"\xef\xbb\xbf")
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), None)


def control_share(body: bytes) -> float:
    """The share of control characters (NUL included) among the first ``SNIFF`` bytes."""
    sample = body[:SNIFF]
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if (b < 0x20 and b not in _ALLOWED_CONTROLS) or b == 0x7F)
    return controls / len(sample)


def not_text(body: bytes, content_type: str | None = None) -> tuple[str, str] | None:
    """``(health code, detail)`` when the body is not text we can read, else None."""
    if body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None  # UTF-16 with its byte-order mark: text, NULs and all
    declared = (content_type or "").split(";")[0].strip().lower()
    sniffed = sniffed_type(body)
    if sniffed in UNSUPPORTED or declared in UNSUPPORTED:
        kind = sniffed or declared
        return "unsupported-type", f"{kind} ({len(body)} bytes): no reader for this type yet"
    if sniffed is not None:
        return "not-text", f"{sniffed} by its first bytes ({len(body)} bytes)"
    share = control_share(body)
    if share > CONTROL_SHARE:
        return "not-text", f"{share:.0%} control characters in the first {min(len(body), SNIFF)} bytes"
    return None


def parser_depth_exceeded(body: bytes) -> str | None:
    """The HTML parser's own message when the document nests deeper than it reads, else None."""
    parser = etree.HTMLParser(recover=True)
    try:
        etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return next((e.message for e in parser.error_log if "Excessive depth" in e.message), None)
