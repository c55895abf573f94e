"""Editors' answers as labelled corpus cases (fixtures/corpus/README.md's format), for the team to review.

Each typed or dismissed statement becomes one case: ``input.txt`` holds the statement's quote as the
page stated it, ``expected.json`` the editor's record (none for a dismissal: the quote states no rule
of the model), ``meta.json`` where it was read and who answered. Only the editor's answer is labelled:
a program or category the quote also names is left for the reviewer to add.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rulewatch.evaluate import labelled
from rulewatch.store import Store
from rulewatch.store.unread import StoredAnswer, StoredUnread, answered_statements


def case_name(stored: StoredUnread, answer: StoredAnswer) -> str:
    """``fr-editor-canada-fr-12-typed``: the corpus's lowercase-with-dashes names, language first."""
    language = (stored.statement.evidence.language or "xx")[:2].lower()
    source = re.sub(r"[^a-z0-9]+", "-", stored.source.lower()).strip("-") or "source"
    return f"{language}-editor-{source}-{stored.id}-{answer.action}"


def case_files(stored: StoredUnread, answer: StoredAnswer) -> dict[str, str]:
    """The three files of one case, as text."""
    ev = stored.statement.evidence
    published = ev.published or ev.modified
    note = (f"{answer.action} by {answer.editor} on {answer.at:%Y-%m-%d} from unread statement #{stored.id} "
            f"({stored.statement.reason}) of {ev.url}, snapshot {ev.snapshot}, characters {ev.start}-{ev.end}: "
            f"{answer.reason}")
    meta = {"url": ev.url, "language": ev.language, "published": published.isoformat() if published else None,
            "authority": ev.authority, "content": None, "remove": [], "kind": "page", "note": note}
    records = [{**labelled(answer.record), "quote": ev.quote}] if answer.record is not None else []
    return {
        "input.txt": ev.quote + "\n",
        "meta.json": json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
        "expected.json": json.dumps({"records": records}, indent=2, ensure_ascii=False) + "\n",
    }


def export_cases(store: Store, out: Path) -> list[Path]:
    """Write every answered statement as a case folder under ``out`` (rewritten whole on each export)."""
    with store.transaction() as session:
        answered = answered_statements(session)
    folders = []
    for stored, answer in answered:
        folder = out / case_name(stored, answer)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in case_files(stored, answer).items():
            tmp = folder / (name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(folder / name)
        folders.append(folder)
    return folders
