"""The crawl on a terminal: a progress bar while it runs, a summary table at the end, source health.

Quiet when stdout is not a terminal (cron): ``crawl_progress`` then draws nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rulewatch.store.crawl import SourceHealth, SourceSummary


@contextmanager
def crawl_progress(console: Console, enabled: bool = True) -> Iterator[Callable[[dict], None]]:
    """A callback for ``run_crawl(on_progress=...)`` drawing pages done / queued, errors and bytes."""
    if not (enabled and console.is_terminal):
        yield lambda _event: None
        return
    columns = (
        TextColumn("[bold]crawl"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
        TextColumn("· {task.fields[unchanged]} unchanged · [red]{task.fields[errors]} errors[/] · {task.fields[mb]:.1f} MB"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("crawl", total=None, unchanged=0, errors=0, mb=0.0)

        def update(event: dict) -> None:
            progress.update(
                task, completed=event.get("done", 0), total=max(event.get("queued", 0), event.get("done", 0)) or None,
                unchanged=event.get("unchanged", 0), errors=event.get("errors", 0), mb=event.get("bytes", 0) / 1e6,
            )

        yield update


def summary_table(rows: Sequence[SourceSummary], title: str) -> Table:
    table = Table(title=title)
    for name in ("source", "pages", "read", "unchanged", "failed", "records", "bytes"):
        table.add_column(name, justify="left" if name == "source" else "right")
    for r in rows:
        table.add_row(escape(r.source), str(r.pages), str(r.read), str(r.unchanged), str(r.failed), str(r.records),
                      f"{r.bytes:,}")
    return table


def source_health_table(rows: Sequence[SourceHealth]) -> Table:
    table = Table(title="Source health (latest night of each source)", expand=True)
    for name in ("source", "night", "failing nights", "problem", "url", "detail"):
        table.add_column(name, overflow="fold")
    for s in rows:
        entries = s.entries or [None]
        for entry in entries:
            table.add_row(
                escape(s.source), str(s.night_id), f"[red]{s.failing_nights}[/]" if s.failing_nights else "0",
                entry.problem if entry else "[green]ok[/]", escape(entry.url) if entry else "",
                escape(" ".join(entry.detail.split())[:100]) if entry else "",
            )
    return table
