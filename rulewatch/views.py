"""Terminal views of alerts, changes and a night's health (rich tables); scraped text is printed as text."""

from __future__ import annotations

from typing import Iterable, Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rulewatch.schemas import Change
from rulewatch.store import HealthEntry


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def changes_table(rows: Iterable[tuple[int | None, Change]], title: str) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    for name, style in (("#", "dim"), ("type", "bold"), ("key", "cyan"), ("before → after", ""), ("prio", ""),
                        ("quote", "italic"), ("source", "dim")):
        table.add_column(name, style=style, overflow="fold")
    for alert_id, change in rows:
        before = change.before.text if change.before else "—"
        after = change.after.text if change.after else "—"
        evidence = change.after_evidence[0] if change.after_evidence else None
        quote = f"« {_short(evidence.quote, 140)} »" if evidence else ""
        source = evidence.source or evidence.url if evidence else ""
        table.add_row(
            "" if alert_id is None else str(alert_id),
            change.type,
            escape(change.key),
            escape(f"{before} → {after}"),
            f"{change.priority:.2f}",
            escape(quote),
            escape(_short(source, 60)),
        )
    return table


def health_table(entries: Sequence[HealthEntry], title: str = "Source health") -> Table:
    table = Table(title=title, expand=True)
    for name in ("source", "problem", "status", "url", "detail"):
        table.add_column(name, overflow="fold")
    for h in entries:
        table.add_row(escape(h.source), h.problem, "" if h.status is None else str(h.status), escape(h.url),
                      escape(_short(h.detail, 80)))
    return table


def print_changes(console: Console, rows: Sequence[tuple[int | None, Change]], title: str) -> None:
    if rows:
        console.print(changes_table(rows, title))
    else:
        console.print(f"[bold]{escape(title)}[/]: no changes")
