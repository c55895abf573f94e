"""The IRCC rounds feed (``ee_rounds_123_{fr,en}.json``) -> Round records, one per draw.

The feed is served without a charset: valid UTF-8 is read as UTF-8, anything else as
Windows-1252 (the encoding the French file was seen in); decoding UTF-8 as Windows-1252 would
give "MÃ©tiers". Numbers come as "20 784" (French, sometimes with a no-break space) or "20,784";
draw numbers are strings ("91a"); links carry the authoring prefix ``/content/canadasite``.

Each draw becomes one line of the extracted text, written from the feed's own values, so a
round's evidence quote is that line and an editor reads what the feed said.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urljoin

from rulewatch.errors import ExtractionError
from rulewatch.schemas import Evidence, Round

from .categories import find_mentions
from .context import EXTRACTOR_VERSION
from .document import Document, Extraction
from .lexicon import PROGRAMS_COMPILED
from .lexicon.dates import MONTHS

CANADA = "https://www.canada.ca"
AUTHORING_PREFIX = "/content/canadasite"
GENERAL = re.compile(
    r"aucun\s+programme\s+(?:sp[ée]cifi[ée]|précisé)|no\s+program\s+specified|^\s*(?:g[ée]n[ée]ral(?:e)?|general)\b",
    re.IGNORECASE,
)
UNRECOGNISED = "unrecognised"
_EN_DATE = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})")  # "March 3, 2026", "Mar. 3, 2026"
_FR_DATE = re.compile(r"(\d{1,2})(?:er)?\s+([A-Za-zéûÉÛ]+)\.?\s+(\d{4})")  # "3 mars 2026", "17 févr. 2026"
_TIME = re.compile(r"(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*(?::|min)\s*(\d{2}))?")
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


@dataclass(frozen=True)
class FeedText:
    text: str
    encoding: str  # utf-8 or windows-1252
    declared: bool  # the Content-Type named the charset


def decode_feed(body: bytes, content_type: str | None = None) -> FeedText:
    """The declared charset if any, else strict UTF-8, else Windows-1252 (never mojibake)."""
    declared = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    if declared:
        try:
            return FeedText(body.decode(declared.group(1)).lstrip("\ufeff"), declared.group(1).lower(), True)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect as if there were none
    try:
        return FeedText(body.decode("utf-8-sig"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    try:
        return FeedText(body.decode("cp1252"), "windows-1252", False)
    except UnicodeDecodeError as exc:  # bytes cp1252 leaves undefined (0x81, 0x8d, ...)
        raise ExtractionError("undecodable", f"neither UTF-8 nor Windows-1252: {exc}") from exc


def parse_count(value: object) -> int | None:
    """'20 784', '20,784', '20\u202f784', 20784 -> 20784; None when there is no number."""
    if isinstance(value, int):
        return value
    # (a footnote's mark after it: "424*", "550†")
    digits = re.sub(r"[\s,.\u00a0\u202f]", "", str(value or "")).rstrip("*†‡¹²³")
    return int(digits) if digits.isdigit() else None


def parse_day(value: str, day_first: bool = False) -> date | None:
    """'2026-03-03', 'March 3, 2026' or '3 mars 2026'; in figures, '21/03/2026' (the day is the figure over 12), or
    '04/05/2026' when the page writes the day first (French)."""
    value = _plain(value)
    if m := re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value):
        return _date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DATE.match(value):
        first, second = int(m[1]), int(m[2])
        if first > 12 or (day_first and second <= 12):
            return _date(int(m[3]), second, first)
        return _date(int(m[3]), first, second) if second > 12 else None
    if m := _EN_DATE.search(value):
        month = MONTHS.get(m[1].lower())
        return _date(int(m[3]), month, int(m[2])) if month else None
    if m := _FR_DATE.search(value):
        month = MONTHS.get(m[2].lower())
        return _date(int(m[3]), month, int(m[1])) if month else None
    return None


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def parse_moment(value: str) -> datetime | None:
    """'February 20, 2026 at 08:19:37 UTC', '20 février 2026 à 08 h 19 min 37 s UTC', ISO."""
    value = _plain(value)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    except ValueError:
        pass
    day = parse_day(value)
    if day is None:
        return None
    clock = _TIME.search(value[value.find(str(day.year)) + 4 :])
    hour, minute, second = (int(clock[1]), int(clock[2]), int(clock[3] or 0)) if clock else (0, 0, 0)
    try:
        return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=timezone.utc)
    except ValueError:
        return None


def canada_url(href: str) -> str:
    """A feed href as a public canada.ca address (the ``/content/canadasite`` prefix removed)."""
    href = href.strip()
    absolute = urljoin(CANADA + "/", href)
    return re.sub(r"^(https?://[^/]+)" + re.escape(AUTHORING_PREFIX) + r"(?=/)", r"\1", absolute)


def round_category(name: str) -> str:
    """A program id, a category id, 'general', or 'unrecognised' (a name the lexicon does not know yet)."""
    if GENERAL.search(name):
        return "general"
    programs = {p for p, pattern in PROGRAMS_COMPILED if pattern.search(name)}
    if len(programs) == 1:
        return programs.pop()
    categories = {m.category for m in find_mentions(name)}
    if len(categories) == 1:
        return categories.pop()
    if _CEC_SHORT.fullmatch(name):
        return "cec"  # a round type given by the class's short name: "Catégorie : expérience canadienne"
    return UNRECOGNISED


_CEC_SHORT = re.compile(r"\W*(?:l['’]\s?)?(?:expérience\s+canadienne|canadian\s+experience)\W*", re.IGNORECASE)


def _plain(value: object) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", str(value or ""))).split())


def _date(year: int, month: int | None, day: int) -> date | None:
    try:
        return date(year, month or 0, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class FeedRound:
    """One draw as the feed states it (text kept as given), before it becomes a record."""

    number: str
    day: date
    name: str
    size: str
    crs: str
    cutoff: str
    link: str | None

    def line(self, language: str) -> str:
        if language == "fr":
            parts = [f"Ronde n° {self.number} du {self.day.isoformat()} : {self.name}"]
            parts += [f"{self.size} invitations"] if self.size else []
            parts += [f"note minimale {self.crs}"] if self.crs else []
            parts += [f"règle de départage {self.cutoff}"] if self.cutoff else []
        else:
            parts = [f"Round #{self.number} of {self.day.isoformat()}: {self.name}"]
            parts += [f"{self.size} invitations"] if self.size else []
            parts += [f"lowest score {self.crs}"] if self.crs else []
            parts += [f"tie-breaking rule {self.cutoff}"] if self.cutoff else []
        return " — ".join(parts)


def feed_rounds(text: str) -> tuple[list[FeedRound], int]:
    """The draws of a decoded feed, newest first as served, and how many entries were unreadable."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExtractionError("malformed-json", f"the rounds feed is not JSON: {exc}") from exc
    rounds = data.get("rounds") if isinstance(data, dict) else None
    if not isinstance(rounds, list):
        raise ExtractionError("unexpected-json", "the rounds feed has no 'rounds' list")
    out, skipped = [], 0
    for entry in rounds:
        parsed = _feed_round(entry) if isinstance(entry, dict) else None
        if parsed is None:
            skipped += 1
        else:
            out.append(parsed)
    if rounds and not out:
        raise ExtractionError("unexpected-json", f"none of the {len(rounds)} rounds has a number, a date and a name")
    return out, skipped


def _feed_round(entry: dict) -> FeedRound | None:
    number = _plain(entry.get("drawNumber")) or _plain(entry.get("drawNumberURL"))
    day = parse_day(str(entry.get("drawDate") or "")) or parse_day(str(entry.get("drawDateFull") or ""))
    name = _plain(entry.get("drawName")) or _plain(entry.get("drawText2"))
    if not (number and day and name) or not re.fullmatch(r"\d+[a-z]?", number, re.IGNORECASE):
        return None
    href = _HREF.search(str(entry.get("drawNumberURL") or ""))
    return FeedRound(
        number=number.lower(), day=day, name=name, size=_plain(entry.get("drawSize")), crs=_plain(entry.get("drawCRS")),
        cutoff=_plain(entry.get("drawCutOff")), link=canada_url(href[1]) if href else None,
    )


def extract_rounds(doc: Document) -> Extraction:
    """One Round record per draw of the feed; raises ExtractionError when the feed is unusable."""
    if not doc.body.strip():
        raise ExtractionError("empty-body", "the response has no content")
    decoded = decode_feed(doc.body, doc.content_type)
    parsed, _skipped = feed_rounds(decoded.text)
    language = doc.declared_language or ("en" if doc.url.rstrip("/").endswith("_en.json") else "fr")
    lines, records, offset = [], [], 0
    for draw in parsed:
        line = draw.line(language)
        evidence = Evidence(
            url=doc.url, snapshot=doc.snapshot, quote=line, start=offset, end=offset + len(line), language=language,
            fetched_at=doc.fetched_at, published=draw.day, authority=doc.authority,  # type: ignore[arg-type]
            source=doc.source, extractor=EXTRACTOR_VERSION,
        )
        records.append(Round(
            evidence=evidence, number=draw.number, date=draw.day, name=draw.name, category=round_category(draw.name),
            invitations=parse_count(draw.size), crs_cutoff=parse_count(draw.crs), tie_break=parse_moment(draw.cutoff),
        ))
        block = line + (f"\n  {draw.link}" if draw.link else "")
        lines.append(block)
        offset += len(block) + 1
    return Extraction(text="\n".join(lines), language=language, records=records, title=None)
