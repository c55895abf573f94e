"""The ``rulewatch`` command: each command parses its arguments, calls one library function, prints.

Our own errors become a one-line message and exit status 1; usage errors exit 2.
"""

from __future__ import annotations

import getpass
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from rulewatch.errors import RulewatchError

app = typer.Typer(
    help="Watch the rules of Canada's Express Entry system and tell people when they change.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(width=None if sys.stdout.isatty() else 160)  # cron and CI get a readable table
err = Console(stderr=True)

DataDir = Annotated[
    Optional[Path], typer.Option("--data-dir", envvar="RULEWATCH_DATA", help="Data directory (default ./rulewatch-data).")
]
DbUrl = Annotated[Optional[str], typer.Option("--db", envvar="RULEWATCH_DB", help="Any SQLAlchemy URL (default: SQLite in the data directory).")]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
SourcesOpt = Annotated[Optional[Path], typer.Option("--sources", help="Sources TOML file (default: the packaged real sources).")]
SettingOpt = Annotated[Optional[list[str]], typer.Option("--setting", "-s", help="Scrapy setting override KEY=VALUE (repeatable).")]


class _State:
    data_dir: Path | None = None
    db: str | None = None


state = _State()


@app.callback()
def main(data_dir: DataDir = None, db: DbUrl = None) -> None:
    """Global options: where the store lives."""
    state.data_dir, state.db = data_dir, db


def _store():  # noqa: ANN202 -- imported lazily: `rulewatch --help` stays fast
    from rulewatch.store import Store

    return Store.open(state.data_dir, state.db)


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[red]error:[/] {exc}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(1)


def _emit_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def _settings(pairs: list[str] | None) -> dict[str, str]:
    out = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise typer.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--setting")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the published rule file.

    Example: rulewatch schema > rules.schema.json
    """
    from rulewatch.schemas import published_json_schema_text

    sys.stdout.write(published_json_schema_text())


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="HTML or plain-text files.", exists=True, dir_okay=False)],
    url: Annotated[Optional[str], typer.Option(help="URL to cite as the evidence's source.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD, when the file does not say.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Extract category and requirement records from documents.

    Example: rulewatch extract article.html --url https://example.org/a --json
    """
    from rulewatch.extractors import extract_document
    from rulewatch.extractors.files import document_from_path

    when = _parse_date(published)
    documents = []
    for path in files:
        try:
            result = extract_document(document_from_path(path, url, when))
        except RulewatchError as exc:
            raise _fail(f"{path}: {exc}") from exc
        documents.append((path, result))
    if as_json:
        _emit_json({"documents": [
            {"file": str(p), "language": r.language, "published": r.published and r.published.isoformat(),
             "records": [rec.model_dump(mode="json") for rec in r.records]}
            for p, r in documents
        ]})
        return
    for path, result in documents:
        console.print(f"[bold]{path}[/] ({result.language}, {len(result.records)} records)", highlight=False)
        for rec in result.records:
            from rulewatch.diff import rule_value

            console.print(f"  {rec.key}  [green]{rule_value(rec).text}[/]  « {rec.evidence.quote[:100]} »", highlight=False, markup=True)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint="--published") from exc


def _ruleset_of(path: Path, base):  # noqa: ANN001, ANN202
    from rulewatch.diff import apply_records
    from rulewatch.extractors import extract_document
    from rulewatch.extractors.files import document_from_path
    from rulewatch.publish import is_rule_file, load_rule_file

    if is_rule_file(path):
        return load_rule_file(path) if base is None else apply_records(base, load_rule_file(path).rules.values(), newer=True)
    records = extract_document(document_from_path(path)).records
    from rulewatch.schemas import RuleSet

    return apply_records(base or RuleSet(), records, newer=True)


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="Older document or rules.json.", exists=True, dir_okay=False)],
    new: Annotated[Path, typer.Argument(help="Newer document or rules.json.", exists=True, dir_okay=False)],
    as_json: JsonFlag = False,
) -> None:
    """Changes between two documents (extracted on the fly) or exported rule files.

    A key the newer one does not mention is not 'removed'.
    Example: rulewatch diff article-2023.txt article-2026.txt --json
    """
    from rulewatch.diff import diff_rulesets
    from rulewatch.views import print_changes

    try:
        before = _ruleset_of(old, None)
        after = _ruleset_of(new, before)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    changes = diff_rulesets(before, after)
    if as_json:
        _emit_json({"changes": [c.model_dump(mode="json", exclude={"record"}) for c in changes]})
    else:
        print_changes(console, [(None, c) for c in changes], f"{old.name} → {new.name}")


@app.command()
def crawl(sources: SourcesOpt = None, setting: SettingOpt = None, as_json: JsonFlag = False) -> None:
    """Crawl the sources into a new night's snapshots and records, without diffing.

    Example: rulewatch crawl --sources my-sources.toml
    """
    from rulewatch.nightly import crawl_night
    from rulewatch.sources import default_sources_path, load_sources
    from rulewatch.store import night_health, night_snapshots, set_night_status

    path = sources or default_sources_path()
    try:
        load_sources(path)
        store = _store()
        night_id = crawl_night(store, path, _settings(setting))
        with store.transaction() as session:
            set_night_status(session, night_id, "crawl-only")
            snaps = [(s.url, s.status, s.size) for s in night_snapshots(session, night_id)]
            health = night_health(session, night_id)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json({"night": night_id, "pages": [{"url": u, "status": st, "bytes": b} for u, st, b in snaps],
                    "health": [vars(h) for h in health]})
        return
    from rulewatch.views import health_table

    console.print(f"night {night_id}: {len(snaps)} pages fetched, {len(health)} health problems")
    if health:
        console.print(health_table(health))


@app.command()
def nightly(sources: SourcesOpt = None, setting: SettingOpt = None, as_json: JsonFlag = False) -> None:
    """Crawl, extract, update the rule state, and store tonight's changes as alerts.

    Example: rulewatch nightly --sources my-sources.toml --json
    """
    from rulewatch.nightly import run_night
    from rulewatch.sources import default_sources_path, load_sources
    from rulewatch.views import health_table, print_changes

    path = sources or default_sources_path()
    try:
        load_sources(path)
        report = run_night(_store(), path, _settings(setting))
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json(report.as_json())
        return
    print_changes(console, report.alerts, f"Night {report.night_id}: new alerts")
    if report.health:
        console.print(health_table(report.health))
    console.print(" · ".join(f"{k}: {v}" for k, v in report.pages.items()))


@app.command()
def alerts(
    status: Annotated[str, typer.Option(help="open, accepted, rejected or all.")] = "open",
    as_json: JsonFlag = False,
) -> None:
    """List alerts, highest priority first.

    Example: rulewatch alerts --status all --json
    """
    from rulewatch.store import list_alerts
    from rulewatch.views import print_changes

    if status not in ("open", "accepted", "rejected", "all"):
        raise typer.BadParameter("use open, accepted, rejected or all", param_hint="--status")
    try:
        with _store().transaction() as session:
            rows = list_alerts(session, None if status == "all" else status)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json({"alerts": [
            {"id": a.id, "status": a.status, "version": a.version, "night": a.night_id,
             **a.change.model_dump(mode="json", exclude={"record"})}
            for a in rows
        ]})
        return
    print_changes(console, [(a.id, a.change) for a in rows], f"Alerts ({status})")


@app.command()
def review(
    alert_id: Annotated[int, typer.Argument(help="Alert id (see `rulewatch alerts`).")],
    action: Annotated[str, typer.Argument(help="accept or reject.")],
    reason: Annotated[str, typer.Option("--reason", help="Why (required).")],
    editor: Annotated[Optional[str], typer.Option(help="Who decides (default: your login).")] = None,
) -> None:
    """Accept or reject an alert, with a reason.

    Example: rulewatch review 12 accept --reason "confirmed on canada.ca"
    """
    from rulewatch.review import decide

    if action not in ("accept", "reject"):
        raise typer.BadParameter("use accept or reject", param_hint="ACTION")
    try:
        done = decide(_store(), alert_id, action, reason, editor or getpass.getuser())
    except RulewatchError as exc:
        raise _fail(exc) from exc
    console.print(f"alert {alert_id}: {done.action}ed by {done.editor}", highlight=False)


@app.command()
def export(out: Annotated[Path, typer.Option("--out", help="Folder to write rules.json and rules.schema.json into.")]) -> None:
    """Write the accepted rule state as JSON, with its JSON Schema beside it.

    Example: rulewatch export --out published/
    """
    from rulewatch.publish import build_rule_file, write_export
    from rulewatch.store import accepted_alerts

    try:
        with _store().transaction() as session:
            rule_file = build_rule_file(accepted_alerts(session))
        written = write_export(out, rule_file)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    console.print(f"{len(rule_file.rules)} rules, {len(rule_file.history)} accepted changes → "
                  + ", ".join(str(p) for p in written), highlight=False)


@app.command()
def demo(
    into: Annotated[Optional[Path], typer.Option("--into", help="Empty folder for the demo's store (default: a new temporary folder).")] = None,
) -> None:
    """Serve the bundled demo site on 127.0.0.1 and run two nights (2023, then 2026) through the real pipeline.

    Example: rulewatch demo
    """
    from rulewatch.demo import run_demo

    try:
        run_demo(console, into)
    except RulewatchError as exc:
        raise _fail(exc) from exc


if __name__ == "__main__":
    app()
