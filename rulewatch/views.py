"""Terminal views of alerts, changes and a night's health (rich tables); scraped text is printed as text."""

from __future__ import annotations

from typing import Iterable, Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rulewatch.diff import HistoryEntry
from rulewatch.schemas import Change
from rulewatch.store import HealthEntry


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def changes_table(rows: Iterable[tuple[int | None, Change]], title: str) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    for name, style in (("#", "dim"), ("type", "bold"), ("key", "cyan"), ("before → after", ""),
                        ("priority, why", ""), ("quote", "italic"), ("sources", "dim")):
        table.add_column(name, style=style, overflow="fold")
    for alert_id, change in rows:
        before = change.before.text if change.before else "—"
        after = change.after.text if change.after else "—"
        evidence = change.after_evidence[0] if change.after_evidence else None
        quote = f"« {_short(evidence.quote, 140)} »" if evidence else ""
        sources = [_short(ev.source or ev.url, 60) for ev in change.after_evidence]
        sources += [f"{_short(v.value.text, 30)}: " + ", ".join(_short(e.source or e.url, 40) for e in v.sources)
                    for v in change.values[1:]]  # the values other sources give (disputed)
        why = "\n".join(f"· {r}" for r in change.reasons)
        table.add_row(
            "" if alert_id is None else str(alert_id),
            f"{change.type}\n{change.confirmation}",
            escape(change.key),
            escape(f"{before} → {after}"),
            escape(f"{change.priority:.2f}\n{why}"),
            escape(quote),
            escape("\n".join(sources)),
        )
    return table


def history_table(key: str, entries: Sequence[HistoryEntry]) -> Table:
    table = Table(title=f"History of {escape(key)}", show_lines=True, expand=True)
    for name in ("date", "value", "sources", "quote"):
        table.add_column(name, overflow="fold")
    for e in entries:
        value = escape(e.value.text) + (" [bold](current)[/]" if e.current else "")
        sources = "\n".join(f"{ev.source or ev.url} ({ev.authority})" for ev in e.sources)
        table.add_row(e.period.isoformat(), value, escape(sources), escape(f"« {_short(e.sources[0].quote, 140)} »"))
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


_MET = {True: "✓", False: "✗", None: "?"}


def print_check(console: Console, report) -> None:  # noqa: ANN001 -- rulewatch.check.CheckReport
    """Each program and category: its verdict, then one line per rule applied and the quote it rests on."""
    console.print(f"Checked against the rules valid on {report.as_of.isoformat()}", highlight=False, markup=False)
    for answer in [*report.programs, *report.categories]:
        console.print(f"\n{answer.subject}: {answer.verdict}", style="bold", highlight=False, markup=False)
        for reason in answer.reasons:
            console.print(f"  {_MET[reason.met]} {reason.key}: {reason.detail}", highlight=False, markup=False)
            for cited in reason.evidence[:1]:
                console.print(f"      « {_short(cited.quote, 120)} » {cited.url}", style="dim", highlight=False, markup=False)
