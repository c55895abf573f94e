"""The nightly digest of new alerts, as plain text and as HTML; scraped text is escaped in the HTML."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Mapping, Sequence

from rulewatch.store import StoredAlert


@dataclass(frozen=True)
class Digest:
    title: str
    text: str
    html: str


def _side(value) -> str:  # noqa: ANN001 -- a RuleValue or None
    return value.text if value is not None else "—"


def _href(url: str) -> str | None:
    return url if url.startswith(("https://", "http://")) else None


def build_digest(alerts: Sequence[StoredAlert], waiting: Mapping[str, int] | None = None) -> Digest:
    """One message for all of them, highest priority first; then how many unread statements wait for an
    editor, per source (``waiting``)."""
    ordered = sorted(alerts, key=lambda a: (-a.change.priority, a.id))
    title = f"rulewatch: {len(ordered)} new alert{'s' if len(ordered) != 1 else ''}"
    text_parts, html_parts = [title, ""], [f"<h1>{escape(title)}</h1>"]
    for alert in ordered:
        c = alert.change
        head = f"#{alert.id} {c.type} {c.key}: {_side(c.before)} → {_side(c.after)}"
        meta = f"priority {c.priority:.2f}, {c.confirmation}" + (f", effective {c.effective_from}" if c.effective_from else "")
        text_parts += [head, f"  {meta}", *(f"  - {r}" for r in c.reasons)]
        items = []
        for ev in c.after_evidence:
            name = ev.source or ev.url
            text_parts.append(f"  source: {name} ({ev.authority}) {ev.url}\n    « {ev.quote} »")
            link = _href(ev.url)
            shown = f'<a href="{escape(link)}">{escape(name)}</a>' if link else escape(name)
            items.append(f"<li>{shown} ({escape(ev.authority)}): <q>{escape(ev.quote)}</q></li>")
        others = [v for v in c.values[1:]] if c.values else []
        for v in others:
            names = ", ".join(e.source or e.url for e in v.sources)
            text_parts.append(f"  disputed: {v.value.text} according to {names}")
            items.append(f"<li>disputed: {escape(v.value.text)} according to {escape(names)}</li>")
        text_parts.append("")
        html_parts.append(
            f"<h2>#{alert.id} {escape(c.type)} <code>{escape(c.key)}</code></h2>"
            f"<p>{escape(_side(c.before))} → <strong>{escape(_side(c.after))}</strong> ({escape(meta)})</p>"
            "<ul>" + "".join(f"<li>{escape(r)}</li>" for r in c.reasons) + "</ul>"
            "<ul>" + "".join(items) + "</ul>"
        )
    if waiting:
        line = f"Statements to read: {sum(waiting.values())} (" + ", ".join(f"{s} {n}" for s, n in sorted(waiting.items())) + ")"
        text_parts.append(line)
        html_parts.append(f"<p>{escape(line)}</p>")
    return Digest(title, "\n".join(text_parts).rstrip() + "\n", "\n".join(html_parts) + "\n")
