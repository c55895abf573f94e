"""CHANGELOG.md: the accepted changes as Markdown, newest acceptance first; scraped text is escaped."""

from __future__ import annotations

import re
from urllib.parse import quote

from rulewatch.schemas import PublishedChange, PublishedRuleFile

CHANGELOG_FILE = "CHANGELOG.md"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def md_escape(text: str) -> str:
    """Scraped text as inert Markdown: no HTML, no emphasis, no links; one line."""
    text = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def safe_url(url: str) -> str | None:
    """A URL usable as a Markdown/HTML link target, or None for anything but http(s)."""
    if not url.startswith(("https://", "http://")):
        return None
    return quote(url, safe=":/?&=#%~+,;@!$*._-")


def _side(change: PublishedChange, side: str) -> str:
    value = getattr(change, side)
    return md_escape(value.text) if value is not None else "—"


def _entry(change: PublishedChange) -> list[str]:
    effective = f" (effective {change.effective_from.isoformat()})" if change.effective_from else ""
    lines = [f"- **{change.type}** `{change.key.replace('`', '')}`: {_side(change, 'before')} → "
             f"{_side(change, 'after')}{effective} — accepted by {md_escape(change.accepted.editor)}: "
             f"{md_escape(change.accepted.reason)}"]
    for ev in change.evidence:
        name = md_escape(ev.source or ev.url)
        url = safe_url(ev.url)
        shown = f"[{name}](<{url}>)" if url else name
        lines.append(f"  - {shown} ({ev.authority}): « {md_escape(ev.quote)} »")
    return lines


def changelog_text(rule_file: PublishedRuleFile) -> str:
    lines = ["# Changelog of the Express Entry rules", "",
             "Changes accepted by rulewatch's editors, newest first, with the sources that state them.", ""]
    by_day: dict[str, list[PublishedChange]] = {}
    for change in rule_file.history:
        by_day.setdefault(change.accepted.at.date().isoformat(), []).append(change)
    for day in sorted(by_day, reverse=True):
        lines += [f"## {day}", ""]
        for change in sorted(by_day[day], key=lambda c: (c.accepted.at, c.alert_id)):
            lines += _entry(change)
        lines.append("")
    if not by_day:
        lines += ["No accepted changes yet.", ""]
    return "\n".join(lines)
