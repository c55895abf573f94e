"""The published rule file: accepted changes replayed in order into one state, written byte-stably
(beside it: its JSON Schema, a Markdown changelog and an Atom feed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

from pydantic import ValidationError

from rulewatch.errors import PublishError, RulewatchError

from rulewatch.schemas import (
    PUBLISHED_FORMAT,
    Acceptance,
    PublishedChange,
    PublishedRule,
    PublishedRuleFile,
    Record,
    Review,
    RuleSet,
    published_json_schema_text,
)
from rulewatch.review.edits import stored_record, stored_value_problem
from rulewatch.store import StoredAlert

from .periods import build_periods

RULES_FILE = "rules.json"
SCHEMA_FILE = "rules.schema.json"


def _edited_record(alert: StoredAlert, review: Review) -> Record:
    """The record an accepted edit publishes; PublishError naming the alert when its stored value is invalid."""
    problem = stored_value_problem(alert.change, review)
    if problem:
        raise PublishError(
            f"alert {alert.id}: the edit {review.editor} accepted holds an invalid value ({problem}); nothing was "
            f"written: reopen it (rulewatch review {alert.id} reopen --reason ...) and decide again"
        )
    assert review.value is not None
    return stored_record(alert.change, review.value)


def build_rule_file(accepted: Sequence[tuple[StoredAlert, Review]]) -> PublishedRuleFile:
    """Replay accepted alerts, oldest first: a removed key leaves the state, any other sets it.
    Raises PublishError when an accepted edit's stored value is not a valid value."""
    rules: dict[str, PublishedRule] = {}
    history: list[PublishedChange] = []
    records: dict[int, Record | None] = {}
    for alert, review in accepted:
        change = alert.change
        acceptance = Acceptance(alert_id=alert.id, editor=review.editor, at=review.at, reason=review.reason)
        record = _edited_record(alert, review) if review.action == "edit" else change.record
        value = review.value if review.action == "edit" else change.after
        records[alert.id] = record
        history.append(
            PublishedChange(
                alert_id=alert.id, key=change.key, type=change.type, before=change.before, after=value,
                effective_from=change.effective_from, evidence=change.after_evidence, accepted=acceptance,
            )
        )
        if change.type == "removed":
            rules.pop(change.key, None)
        elif value is not None:
            rules[change.key] = PublishedRule(
                key=change.key, kind=change.kind, value=value, effective_from=change.effective_from,
                record=record, sources=change.after_evidence, accepted=acceptance,
            )
    return PublishedRuleFile(rules=[rules[k] for k in sorted(rules)], history=history, periods=build_periods(accepted, records))


def rule_file_text(rule_file: PublishedRuleFile) -> str:
    """Canonical JSON: sorted keys, fixed indentation, a final newline; same state, same bytes."""
    return json.dumps(rule_file.model_dump(mode="json"), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_export(out_dir: Path, rule_file: PublishedRuleFile) -> list[Path]:
    """rules.json, rules.schema.json, CHANGELOG.md and changes.atom; each replaced whole (never half-written)."""
    from .changelog import CHANGELOG_FILE, changelog_text
    from .feed import FEED_FILE, feed_text

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    files = ((RULES_FILE, rule_file_text(rule_file)), (SCHEMA_FILE, published_json_schema_text()),
             (CHANGELOG_FILE, changelog_text(rule_file)), (FEED_FILE, feed_text(rule_file)))
    for name, text in files:
        path = out_dir / name
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        written.append(path)
    return written


def is_rule_file(path: Path) -> bool:
    """Does ``path`` hold a published rules.json (rather than a page to extract)?"""
    if path.suffix.lower() != ".json":
        return False
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("format") == PUBLISHED_FORMAT
    except (ValueError, UnicodeDecodeError, AttributeError):
        return False


def read_rule_file(path: Path) -> PublishedRuleFile:
    """A published rules.json as written; a file that is not one is a clear error."""
    try:
        return PublishedRuleFile.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValidationError) as exc:
        first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
        raise RulewatchError(f"{path}: not a published rules.json ({first})") from exc


def load_rule_file(path: Path) -> RuleSet:
    """A published rules.json back as a rule set (the records it was built from)."""
    published = read_rule_file(path)
    return RuleSet(rules={rule.key: rule.record for rule in published.rules if rule.record is not None})
