"""The ``rulewatch`` command: each command parses its arguments, calls one library function, prints.

Our own errors become a one-line message and exit status 1; usage errors exit 2.
"""

from __future__ import annotations

import getpass
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rulewatch.errors import RulewatchError

app = typer.Typer(
    help="Watch the rules of Canada's Express Entry system and tell people when they change.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: typer's rich help shows every flag as "--json <bool>"
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
WaitFlag = Annotated[bool, typer.Option("--wait", help="When another run holds the store's night lock, wait for it instead of exiting 1.")]


EditorOpt = Annotated[Optional[str], typer.Option(
    "--editor", envvar="RULEWATCH_EDITOR", help="Who decides, as the history and rules.json show it (default: $RULEWATCH_EDITOR).")]
OS_LOGIN = " (OS login)"


def _signed(editor: str | None) -> str:
    """--editor, else $RULEWATCH_EDITOR; the OS login only as a last resort, marked as such and said."""
    if editor and editor.strip():
        return editor.strip()
    login = getpass.getuser() + OS_LOGIN
    err.print(f"signed as {login}: name yourself with --editor NAME or RULEWATCH_EDITOR", markup=False, highlight=False)
    return login


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


def _say(line: str) -> None:
    """One line on stderr (stdout may be JSON)."""
    err.print(line, markup=False, highlight=False, soft_wrap=True)


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
    files: Annotated[list[Path], typer.Argument(help="HTML or plain-text files, or the IRCC rounds feed (JSON).", exists=True, dir_okay=False)],
    url: Annotated[Optional[str], typer.Option(help="URL to cite as the evidence's source.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD, when the file does not say.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Extract category and requirement records from documents, and the measurable statements not read.

    "unread" lists what an editor should read (no criterion found, subject or value unsure, conflicting
    values); "set_aside" what was judged not tonight's rule, each with its reason (hypothetical,
    past-only, question, other-jurisdiction, not-a-rule, outside-model, negated, narrative).
    The IRCC rounds feed (ee_rounds_123_fr.json or _en.json, UTF-8 or Windows-1252) gives its Round records.

    Example: rulewatch extract article.html --url https://example.org/a --json
    """
    from rulewatch.local_files import read_file

    when = _parse_date(published)
    documents = []
    for path in files:
        try:
            documents.append((path, read_file(path, url, when)))
        except RulewatchError as exc:
            raise _fail(f"{path}: {exc}") from exc
    if as_json:
        _emit_json({"documents": [
            {"file": str(p), "kind": f.kind, **({"encoding": f.encoding} if f.encoding else {}),
             "language": f.extraction.language,
             "published": f.extraction.published and f.extraction.published.isoformat(),
             "records": [rec.model_dump(mode="json") for rec in f.extraction.records],
             "unread": [_unread_json(u) for u in f.extraction.unread if u.needs_editor],
             "set_aside": [_unread_json(u) for u in f.extraction.unread if not u.needs_editor]}
            for p, f in documents
        ]})
        return
    from rulewatch.diff import rule_value

    for path, reading in documents:
        result = reading.extraction
        waiting = [u for u in result.unread if u.needs_editor]
        how = f"rounds feed, {reading.encoding}, " if reading.encoding else ""
        console.print(f"[bold]{escape(str(path))}[/] ({how}{result.language}, {len(result.records)} records, {len(waiting)} unread)",
                      highlight=False)
        for rec in result.records:
            quote = "" if reading.encoding else f"  « {escape(rec.evidence.quote[:100])} »"  # a feed's quote restates the value
            console.print(f"  {rec.key}  [green]{escape(rule_value(rec).text)}[/]{quote}", highlight=False, markup=True)
        for u in waiting:
            console.print(f"  [yellow]unread ({u.reason})[/]  « {escape(u.evidence.quote[:100])} »", highlight=False, markup=True)


def _unread_json(u) -> dict:  # noqa: ANN001
    """An unread statement as ``extract --json`` lists it: the quote, where it is, and why it was not read."""
    return {"quote": u.evidence.quote, "start": u.evidence.start, "end": u.evidence.end, "reason": u.reason,
            "kinds": u.kinds, "criteria": u.criteria}


def _parse_date(value: str | None, option: str = "--published") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint=option) from exc


def _ruleset_of(path: Path, base):  # noqa: ANN001, ANN202
    from rulewatch.diff import apply_records
    from rulewatch.local_files import read_file
    from rulewatch.publish import is_rule_file, load_rule_file

    if is_rule_file(path):
        return load_rule_file(path) if base is None else apply_records(base, load_rule_file(path).rules.values(), newer=True)
    records = read_file(path).extraction.records
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
def crawl(sources: SourcesOpt = None, setting: SettingOpt = None, wait: WaitFlag = False, as_json: JsonFlag = False) -> None:
    """Crawl the sources into a new night's snapshots and records, without diffing.

    Example: rulewatch crawl --sources my-sources.toml
    """
    from rulewatch.nightly import crawl_night
    from rulewatch.sources import default_sources_path, load_sources
    from rulewatch.store import night_health, night_snapshots, set_night_status

    from rulewatch.crawler.console import crawl_progress, summary_table
    from rulewatch.store.crawl import crawl_summary

    path = sources or default_sources_path()
    try:
        load_sources(path)
        store = _store()
        with crawl_progress(console, enabled=not as_json) as on_progress:
            night_id = crawl_night(store, path, _settings(setting), on_progress, wait=wait, on_wait=_say)
        with store.transaction() as session:
            set_night_status(session, night_id, "crawl-only")
            snaps = [(s.url, s.status, s.size, s.unchanged) for s in night_snapshots(session, night_id)]
            health = night_health(session, night_id)
            summary = crawl_summary(session, night_id)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json({"night": night_id, "pages": [{"url": u, "status": st, "bytes": b, "unchanged": un}
                                                 for u, st, b, un in snaps],
                    "summary": [vars(r) for r in summary], "health": [vars(h) for h in health]})
        return
    from rulewatch.views import health_table

    console.print(summary_table(summary, f"Night {night_id}: {len(snaps)} pages, {len(health)} health entries"))
    if health:
        console.print(health_table(health))


@app.command()
def nightly(
    sources: SourcesOpt = None,
    setting: SettingOpt = None,
    notify_config: Annotated[Optional[Path], typer.Option("--notify-config", help="Apprise targets (default: notify.toml in the data directory, when present).")] = None,
    wait: WaitFlag = False,
    as_json: JsonFlag = False,
) -> None:
    """Crawl, extract, update the rule state, store tonight's changes as alerts and send the digest.

    Example: rulewatch nightly --sources my-sources.toml --notify-config notify.toml --json
    """
    from rulewatch.nightly import run_night
    from rulewatch.notify import find_notify_config
    from rulewatch.sources import default_sources_path, load_sources
    from rulewatch.views import health_table, print_changes

    path = sources or default_sources_path()
    try:
        load_sources(path)
        store = _store()
        from rulewatch.crawler.console import crawl_progress

        with crawl_progress(console, enabled=not as_json) as on_progress:
            report = run_night(store, path, _settings(setting), notify=find_notify_config(notify_config, store.data_dir),
                               on_progress=on_progress, wait=wait, on_wait=_say)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json(report.as_json())
        return
    print_changes(console, report.alerts, f"Night {report.night_id}: new alerts")
    if report.updated:
        print_changes(console, report.updated, f"Night {report.night_id}: open alerts with new sources")
    if report.delivery and report.delivery.failed:
        err.print("notifications kept for the next night: " + "; ".join(report.delivery.failed.values()), markup=False)
    if report.health:
        console.print(health_table(report.health))
    console.print(" · ".join(f"{k}: {v}" for k, v in report.pages.items()))
    console.print(report.unread_line(), markup=False, highlight=False)


@app.command()
def alerts(
    status: Annotated[str, typer.Option(help="open, accepted, rejected or all.")] = "open",
    filters: Annotated[Optional[list[str]], typer.Option(
        "--filter", help="NAME=VALUE as on the review page: type, category (a category or program id), source, confirmation (repeatable).",
    )] = None,
    as_json: JsonFlag = False,
) -> None:
    """List alerts, highest priority first, with the reasons of their priority (the review page's queue).

    Example: rulewatch alerts --filter type=added --filter category=healthcare --json
    """
    from rulewatch.review.queue import filtered_alerts
    from rulewatch.views import print_changes

    try:
        with _store().transaction() as session:
            rows = filtered_alerts(session, filters or [], status)
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
    action: Annotated[str, typer.Argument(help="accept, reject, edit, or reopen (a decided alert goes back to the queue).")],
    reason: Annotated[str, typer.Option("--reason", help="Why (required).")],
    editor: EditorOpt = None,
    value: Annotated[Optional[str], typer.Option("--value", help="For edit: the corrected value, read in the rule's unit (18, '18 months', '2 ans', '0, 1, 2').")] = None,
    operator: Annotated[Optional[str], typer.Option("--operator", help="For edit: >=, <= or = (default: the extracted one).")] = None,
    unit: Annotated[Optional[str], typer.Option("--unit", help="For edit: the unit --value is in (default: the rule's; years convert to months).")] = None,
    qualifiers: Annotated[Optional[list[str]], typer.Option("--qualifier", help="For edit: within_years=3, continuous=yes|no, full_time=yes (empty value removes it; repeatable).")] = None,
    version: Annotated[Optional[int], typer.Option("--version", help="The alert version you decided on (from `alerts --json`): a newer one is a conflict.")] = None,
) -> None:
    """Accept, reject or edit an alert, or reopen a decided one, with a reason.

    An edit is read and checked like an extracted value: words that are not a value are refused and
    nothing is stored.

    Example: rulewatch review 12 edit --value "18 months" --version 1 --reason "18 months on canada.ca"
    """
    from rulewatch.review.decisions import decide_typed

    if action not in ("accept", "reject", "edit", "reopen"):
        raise typer.BadParameter("use accept, reject, edit or reopen", param_hint="ACTION")
    named = {}
    for pair in qualifiers or []:
        name, sep, given = pair.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--qualifier")
        named[name.strip()] = given
    try:
        done = decide_typed(_store(), alert_id, action, reason, _signed(editor), version, value, operator, unit, named)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    shown = f" → {done.value.text}" if done.value else ""
    console.print(f"alert {alert_id}: {done.action.removesuffix('e')}ed by {done.editor}{shown}", highlight=False, markup=False)


Opt = Optional[str]


@app.command()
def unread(
    statement_id: Annotated[Optional[int], typer.Argument(help="A statement's id (from the list) to show or answer.", show_default=False)] = None,
    action: Annotated[Optional[str], typer.Argument(help="type (into a record) or dismiss.", show_default=False)] = None,
    filters: Annotated[Optional[list[str]], typer.Option(
        "--filter", help="NAME=VALUE: source, reason (why it was not read), criterion, status (waiting, answered, all), night (repeatable).",
    )] = None,
    subject: Annotated[Opt, typer.Option(help="type: express-entry, category:*, category:<id> or program:<id>.")] = None,
    criterion: Annotated[Opt, typer.Option(help="type: a criterion of the rule model (language_min, proof_of_funds, ...).")] = None,
    operator: Annotated[Opt, typer.Option(help="type: >=, <=, = or in (default: the criterion's).")] = None,
    value: Annotated[Opt, typer.Option(help="type: 7, 15 760 $, 2 ans, or a set 0,1,2,3 (read as an alert's edit is).")] = None,
    unit: Annotated[Opt, typer.Option(help="type: the criterion's unit (default: it).")] = None,
    qualifier: Annotated[Optional[list[str]], typer.Option(help="type: NAME=VALUE: household_size, factor, ability, within_years, continuous, full_time (repeatable).")] = None,
    effective_from: Annotated[Opt, typer.Option("--effective-from", help="type: YYYY-MM-DD when the text gives the date it takes effect.")] = None,
    reason: Annotated[Opt, typer.Option("--reason", help="dismiss: why (required); type: a note (optional).")] = None,
    editor: EditorOpt = None,
    as_json: JsonFlag = False,
) -> None:
    """Statements the extractors could not read, for an editor: list them, show one, type one into a record or dismiss it.

    A typed record enters the rule state as a change accepted by you (it is in the history and in
    `rulewatch export`); a dismissal needs a reason. An answered statement is not listed again on
    later nights (same page and quote).

    Example: rulewatch unread 12 type --subject category:healthcare --criterion language_min --value 7
    """
    from rulewatch.review import unread as reading

    try:
        if statement_id is None:
            _list_unread(reading, filters or [], as_json)
            return
        if action is None:
            _show_unread(reading, statement_id, as_json)
            return
        who = _signed(editor)
        if action == "type":
            typed = {"subject": subject, "criterion": criterion, "operator": operator, "value": value, "unit": unit,
                     "effective_from": effective_from, **_qualifier_pairs(qualifier or [])}
            done = reading.type_statement(_store(), statement_id, {k: v for k, v in typed.items() if v}, who, reason or "")
        elif action == "dismiss":
            done = reading.dismiss_statement(_store(), statement_id, reason or "", who)
        else:
            raise typer.BadParameter("use type or dismiss", param_hint="ACTION")
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json(_answered_json(done))
        return
    console.print(f"unread statement {statement_id}: {done.answer.action} by {done.answer.editor}", highlight=False, markup=False)
    if done.answer.record is not None:
        key = done.answer.record.key
        console.print(f"  {key}: " + (f"accepted as alert {done.alert_id} ({done.change.type})" if done.change
                                      else f"no change, the rule state already holds {done.state_value}"),
                      highlight=False, markup=False)


def _qualifier_pairs(pairs: list[str]) -> dict[str, str]:
    from rulewatch.review.unread import QUALIFIERS

    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name.strip() not in QUALIFIERS:
            raise typer.BadParameter(f"expected NAME=VALUE with NAME one of {', '.join(QUALIFIERS)}, got {pair!r}",
                                     param_hint="--qualifier")
        out[name.strip()] = value.strip()
    return out


def _statement_json(stored, answer=None) -> dict:  # noqa: ANN001 -- StoredUnread, StoredAnswer
    ev = stored.statement.evidence
    return {"id": stored.id, "night": stored.night_id, "source": stored.source, "reason": stored.statement.reason,
            "kinds": stored.statement.kinds, "criteria": stored.statement.criteria, "quote": ev.quote, "url": ev.url,
            "snapshot": ev.snapshot, "start": ev.start, "end": ev.end, "language": ev.language,
            "answer": _answer_json(answer) if answer else None}


def _answer_json(answer) -> dict:  # noqa: ANN001 -- StoredAnswer
    return {"action": answer.action, "reason": answer.reason, "editor": answer.editor, "at": answer.at.isoformat(),
            "statement": answer.statement_id, "alert_id": answer.alert_id,
            "record": answer.record.model_dump(mode="json") if answer.record else None}


def _answered_json(done) -> dict:  # noqa: ANN001 -- rulewatch.review.unread.Answered
    return {**_answer_json(done.answer), "change": done.change.model_dump(mode="json", exclude={"record"}) if done.change else None,
            "state_value": done.state_value}


def _list_unread(reading, pairs: list[str], as_json: bool) -> None:  # noqa: ANN001 -- rulewatch.review.unread
    store = _store()
    flt = reading.UnreadFilter.parse(pairs)
    rows = reading.to_read(store, flt)
    waiting = reading.waiting_per_source(store)
    if as_json:
        answers = {r.id: reading.statement(store, r.id)[1] for r in rows} if flt.status != "waiting" else {}
        _emit_json({"filter": flt.as_params(), "waiting": waiting,
                    "statements": [_statement_json(r, answers.get(r.id)) for r in rows]})
        return
    table = Table("id", "source", "why unread", "criteria", "quote", title=f"Statements to read ({flt.status}): {len(rows)}")
    for r in rows:
        table.add_row(str(r.id), escape(r.source), r.statement.reason, ", ".join(r.statement.criteria),
                      escape(r.statement.evidence.quote))
    console.print(table)
    console.print("waiting per source: " + (", ".join(f"{s} {n}" for s, n in waiting.items()) or "none"),
                  highlight=False, markup=False)


def _show_unread(reading, statement_id: int, as_json: bool) -> None:  # noqa: ANN001 -- rulewatch.review.unread
    stored, answer = reading.statement(_store(), statement_id)
    if as_json:
        _emit_json(_statement_json(stored, answer))
        return
    ev = stored.statement.evidence
    lines = [f"unread statement {stored.id} (night {stored.night_id}, {stored.source}): {stored.statement.reason}",
             f"  « {ev.quote} »", f"  {ev.url} characters {ev.start}-{ev.end}, snapshot {ev.snapshot}"]
    if answer is not None:
        lines.append(f"  {answer.action} by {answer.editor} at {answer.at:%Y-%m-%d %H:%M}: {answer.reason}"
                     + (f" -> {answer.record.key}" if answer.record else ""))
    console.print("\n".join(lines), highlight=False, markup=False)


@app.command()
def export(out: Annotated[Path, typer.Option("--out", help="Folder to write rules.json, rules.schema.json, CHANGELOG.md and changes.atom into.")]) -> None:
    """Write the accepted rule state as JSON with its JSON Schema, a Markdown changelog and an Atom feed (same state, same bytes).

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
def check(
    profile: Annotated[Path, typer.Argument(help="The candidate's profile (TOML; see examples/profiles/).", exists=True, dir_okay=False)],
    as_of: Annotated[Optional[str], typer.Option("--as-of", help="Date YYYY-MM-DD to check on (default: today).")] = None,
    rules: Annotated[Optional[Path], typer.Option("--rules", help="A published rules.json (default: the store's accepted state).", exists=True, dir_okay=False)] = None,
    as_json: JsonFlag = False,
) -> None:
    """Check a candidate's profile against the rules valid on a date: per program and category, a verdict with cited reasons.

    Every number comes from the rule file; a rule it lacks makes the answer 'unknown' and names the key.

    Example: rulewatch check examples/profiles/cec-35h-contract.toml --rules published/rules.json --as-of 2026-03-01
    """
    from rulewatch.check import check_profile, load_profile
    from rulewatch.views import print_check

    on = _parse_date(as_of, "--as-of") or date.today()
    try:
        candidate = load_profile(profile)
        rule_file = _published(rules)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    report = check_profile(candidate, rule_file, on)
    if as_json:
        _emit_json(report.model_dump(mode="json"))
    else:
        print_check(console, report)


def _published(path: Path | None):  # noqa: ANN202
    """A rules.json, or the store's accepted state built as `export` would write it."""
    from rulewatch.publish import build_rule_file, read_rule_file
    from rulewatch.store import accepted_alerts

    if path is not None:
        return read_rule_file(path)
    with _store().transaction() as session:
        return build_rule_file(accepted_alerts(session))


@app.command()
def demo(
    into: Annotated[Optional[Path], typer.Option("--into", help="Empty folder for the demo's store (default: a new temporary folder).")] = None,
) -> None:
    """Serve the bundled demo site on 127.0.0.1 and run three nights through the real pipeline: the 2023
    pages, the 2026 pages, then the 2026 pages again (nothing new is raised).

    Example: rulewatch demo
    """
    from rulewatch.demo import run_demo

    try:
        run_demo(console, into)
    except RulewatchError as exc:
        raise _fail(exc) from exc


@app.command()
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="Labelled corpus folder (cases with input.*, meta.json, expected.json).", exists=True, file_okay=False)],
    as_json: JsonFlag = False,
) -> None:
    """Precision and recall of the extractors per record type and per criterion; exit 1 below the corpus's thresholds.

    Example: rulewatch evaluate fixtures/corpus --json
    """
    from rulewatch.evaluate import below_thresholds, evaluate as run_evaluation, evaluation_tables, load_thresholds

    report = run_evaluation(corpus)
    problems = below_thresholds(report, load_thresholds(corpus))
    if as_json:
        _emit_json({**report.as_dict(), "below_thresholds": problems})
    else:
        for table in evaluation_tables(report):
            console.print(table)
        for problem in problems:
            err.print(f"below threshold: {problem}", markup=False, highlight=False)
    if problems:
        raise typer.Exit(1)


@app.command()
def reextract(sources: SourcesOpt = None, as_json: JsonFlag = False) -> None:
    """Re-run the current extractor over the newest archived snapshot of every URL; differences are extractor upgrades, never alerts.

    Example: rulewatch reextract --sources sources.toml --json
    """
    from rulewatch.reextract import body_reader, reextract as run_reextract, upgrades_table
    from rulewatch.sources import load_sources

    try:
        declared = load_sources(sources)
        store = _store()
        with store.transaction() as session:
            report = run_reextract(session, body_reader(store), declared)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json(report.as_dict())
    else:
        console.print(upgrades_table(report))


@app.command()
def history(
    key: Annotated[str, typer.Argument(help="A rule key, e.g. requirement:category:*:work_experience_min.")],
    as_json: JsonFlag = False,
) -> None:
    """Every value a rule key has had, oldest date first, with the sources that stated each.

    Example: rulewatch history 'requirement:express-entry:proof_of_funds:household_size=1'
    """
    from rulewatch.store import history as key_history
    from rulewatch.views import history_table

    try:
        with _store().transaction() as session:
            entries = key_history(session, key)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json({"key": key, "history": [
            {"date": e.period.isoformat(), "current": e.current, "value": e.value.model_dump(mode="json"),
             "sources": [ev.model_dump(mode="json") for ev in e.sources]} for e in entries
        ]})
    elif entries:
        console.print(history_table(key, entries))
    else:
        console.print(f"no statement of {key} has been read", highlight=False, markup=False)


corpus_app = typer.Typer(help="The labelled corpus that `rulewatch evaluate` reads.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("export")
def corpus_export(out: Annotated[Path, typer.Option("--out", help="Folder to write one case folder per answered statement into.")]) -> None:
    """Write each typed or dismissed unread statement as a labelled case (input.txt, meta.json, expected.json).

    Review the cases, then copy them into fixtures/corpus/. Example: rulewatch corpus export --out new-cases/
    """
    from rulewatch.review.corpus import export_cases

    try:
        folders = export_cases(_store(), out)
    except (RulewatchError, OSError) as exc:
        raise _fail(exc) from exc
    console.print(f"{len(folders)} cases written to {out}", highlight=False, markup=False)


user_app = typer.Typer(help="Editors' accounts for `rulewatch serve`.", no_args_is_help=True)
app.add_typer(user_app, name="user")


PasswordStdin = Annotated[bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin.")]


def _new_password(from_stdin: bool) -> str:
    """Asked twice on a terminal, or the first line of stdin for scripts; never a command-line argument."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != password:
        raise _fail("the two passwords differ")
    return password


def _account_action(action, name: str, *args: str) -> None:  # noqa: ANN001 -- a function of rulewatch.review.users
    try:
        action(_store(), name, *args)
    except RulewatchError as exc:
        raise _fail(exc) from exc


@user_app.command("add")
def user_add(name: Annotated[str, typer.Argument(help="The editor's user name.")], password_stdin: PasswordStdin = False) -> None:
    """Create an editor account (the password is asked, never taken from the command line).

    Example: rulewatch user add ana   (or: printf '%s\\n' "$PW" | rulewatch user add ana --password-stdin)
    """
    from rulewatch.review.users import add_user

    _account_action(add_user, name, _new_password(password_stdin))
    console.print(f"user {name} created", highlight=False, markup=False)


@user_app.command("passwd")
def user_passwd(name: Annotated[str, typer.Argument(help="The editor's user name.")], password_stdin: PasswordStdin = False) -> None:
    """Set a new password; the account's open sessions end (log in again everywhere).

    Example: rulewatch user passwd ana
    """
    from rulewatch.review.users import set_password

    _account_action(set_password, name, _new_password(password_stdin))
    console.print(f"password of {name} changed; their sessions are closed", highlight=False, markup=False)


@user_app.command("remove")
def user_remove(name: Annotated[str, typer.Argument(help="The editor's user name.")]) -> None:
    """Close an account and its sessions; the decisions it made stay in the history under its name.

    Example: rulewatch user remove ana
    """
    from rulewatch.review.users import remove_user

    _account_action(remove_user, name)
    console.print(f"user {name} removed", highlight=False, markup=False)


@user_app.command("list")
def user_list(as_json: JsonFlag = False) -> None:
    """The editors' accounts, with when each was made and how many sessions are open.

    Example: rulewatch user list --json
    """
    from rulewatch.review.users import list_users

    accounts = list_users(_store())
    if as_json:
        _emit_json([{"name": a.name, "created_at": a.created_at.isoformat(), "open_sessions": a.open_sessions}
                     for a in accounts])
        return
    if not accounts:
        console.print("no accounts yet: rulewatch user add NAME", highlight=False, markup=False)
        return
    table = Table("user", "created", "open sessions")
    for a in accounts:
        table.add_row(escape(a.name), a.created_at.strftime("%Y-%m-%d %H:%M UTC"), str(a.open_sessions))
    console.print(table)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (default: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    certfile: Annotated[Optional[Path], typer.Option("--ssl-certfile", help="TLS certificate (PEM): serve HTTPS.", exists=True, dir_okay=False)] = None,
    keyfile: Annotated[Optional[Path], typer.Option("--ssl-keyfile", help="TLS private key (PEM), with --ssl-certfile.", exists=True, dir_okay=False)] = None,
) -> None:
    """Serve the review pages (login required; make accounts with `rulewatch user add`).

    On an address other than this machine's, serve HTTPS (--ssl-certfile/--ssl-keyfile) or put a TLS
    proxy in front: passwords and session cookies would otherwise cross the network in clear.

    Example: rulewatch serve --port 8000
    """
    from rulewatch.review.web import is_loopback, serve as serve_review

    if not is_loopback(host) and certfile is None:
        err.print(f"warning: serving on {host} without TLS: passwords and session cookies cross the network in "
                  "clear; use --ssl-certfile/--ssl-keyfile, or listen on 127.0.0.1 behind a TLS proxy",
                  markup=False, highlight=False, soft_wrap=True)
    try:
        store = _store()
    except RulewatchError as exc:
        raise _fail(exc) from exc
    serve_review(store, host, port, str(certfile) if certfile else None, str(keyfile) if keyfile else None)


@app.command()
def health(as_json: JsonFlag = False) -> None:
    """Source health: each source's problems on its latest night, and how many nights in a row it has failed.

    Example: rulewatch health --json
    """
    from rulewatch.crawler.console import source_health_table
    from rulewatch.store.crawl import source_health

    try:
        with _store().transaction() as session:
            rows = source_health(session)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    if as_json:
        _emit_json({"sources": [{"source": r.source, "night": r.night_id, "failing_nights": r.failing_nights,
                                 "entries": [vars(e) for e in r.entries]} for r in rows]})
        return
    console.print(source_health_table(rows) if rows else "no crawl yet")


@app.command()
def snapshot(
    url: Annotated[str, typer.Argument(help="The page's address (as in the sources file, or where it redirected).")],
    on: Annotated[Optional[str], typer.Option("--date", help="Night YYYY-MM-DD (default: the latest).")] = None,
    raw: Annotated[bool, typer.Option("--raw", help="Print the body as archived instead of its main text.")] = False,
    sources: SourcesOpt = None,
) -> None:
    """Print what a page said on a night, from the WARC archive (never the network); a body that is not
    text is written only with --raw to a file or a pipe, never to a terminal.

    Example: rulewatch snapshot https://www.canada.ca/fr/.../preuve-fonds-suffisants.html --date 2026-03-02
    """
    from rulewatch.crawler.body_kind import not_text
    from rulewatch.crawler.replay import main_text_of, replay
    from rulewatch.sources import load_sources

    when = _parse_date(on, "--date")
    try:
        page = replay(_store(), url, when)
        body = page.response.body
        binary = not_text(body, next((v for k, v in page.response.headers.items() if k.lower() == "content-type"), None))
        if binary is not None and (not raw or sys.stdout.isatty()):
            raise _fail(f"the archived body is not text ({binary[1]}): "
                        f"save it with `rulewatch snapshot {url} --raw > page.bin`")
        declaration = next((s for s in load_sources(sources) if s.name == page.source), None)
        text = None if binary else body.decode("utf-8", "replace") if raw else main_text_of(page, declaration)
    except RulewatchError as exc:
        raise _fail(exc) from exc
    how = f", {page.unchanged} (archived earlier)" if page.unchanged else ""
    err.print(f"night {page.night_id}, fetched {page.fetched_at}, HTTP {page.status}{how}", highlight=False, markup=False)
    if text is None:  # binary, to a file or a pipe: the bytes as archived
        sys.stdout.flush()
        sys.stdout.buffer.write(body)
        return
    if sys.stdout.isatty():  # scraped text is untrusted: no escape sequence reaches the terminal
        text = _TERMINAL_UNSAFE.sub("\ufffd", text)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


if __name__ == "__main__":
    app()
