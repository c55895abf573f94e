"""Re-run the current extractor over archived snapshots: an extractor upgrade, never a rule alert.

A snapshot's body is read back from the store (the blob by content hash, else its WARC record),
read again with its source's declaration, and its new records are compared with the records
stored for it. Whatever differs changed because the extractor changed — the page did not — so
it is reported as an *extractor upgrade* for an editor to look at, and no alert is raised.
The snapshot's unread statements are compared the same way, by reason and quote: those only the
current extractor leaves unread *appear*; those the old one left unread and the current one reads,
or leaves unread for another reason, *disappear*. Nothing is written back, neither records nor
unread statements: the store keeps what each night read, and the report is for editors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rulewatch.errors import RulewatchError
from rulewatch.extractors import EXTRACTOR_VERSION, Document, extract_document
from rulewatch.schemas import Record, UnreadStatement
from rulewatch.sources import Source
from rulewatch.store.nights import RECORD
from rulewatch.store.tables import RecordRow, Snapshot
from rulewatch.store.unread import snapshot_unread


@dataclass
class SnapshotUpgrade:
    snapshot_id: int
    url: str
    added: list[Record] = field(default_factory=list)  # keys the current extractor reads, the old one did not
    dropped: list[Record] = field(default_factory=list)  # keys the old extractor read, the current one does not
    changed: list[tuple[Record, Record]] = field(default_factory=list)  # same key, another value
    old_extractors: list[str] = field(default_factory=list)
    unread_appeared: list[UnreadStatement] = field(default_factory=list)  # unread now, not by the old extractor
    unread_gone: list[UnreadStatement] = field(default_factory=list)  # unread by the old extractor, not now

    @property
    def empty(self) -> bool:
        return not (self.added or self.dropped or self.changed or self.unread_appeared or self.unread_gone)


@dataclass
class ReextractReport:
    extractor: str = EXTRACTOR_VERSION
    snapshots: int = 0
    unchanged: int = 0
    upgrades: list[SnapshotUpgrade] = field(default_factory=list)
    problems: list[tuple[int, str, str]] = field(default_factory=list)  # snapshot id, url, why

    def as_dict(self) -> dict:
        def rec(r: Record) -> dict:
            return {"key": r.key, "value": _comparable(r), "quote": r.evidence.quote}

        def unread(u: UnreadStatement) -> dict:
            return {"reason": u.reason, "needs_editor": u.needs_editor, "quote": u.evidence.quote,
                    "start": u.evidence.start, "end": u.evidence.end, "kinds": u.kinds, "criteria": u.criteria}

        return {
            "extractor": self.extractor, "snapshots": self.snapshots, "unchanged": self.unchanged,
            "extractor_upgrades": [
                {"snapshot": u.snapshot_id, "url": u.url, "old_extractors": u.old_extractors,
                 "added": [rec(r) for r in u.added], "dropped": [rec(r) for r in u.dropped],
                 "changed": [{"key": o.key, "before": _comparable(o), "after": _comparable(n)} for o, n in u.changed],
                 "unread_appeared": [unread(s) for s in u.unread_appeared],
                 "unread_gone": [unread(s) for s in u.unread_gone]}
                for u in self.upgrades
            ],
            "problems": [{"snapshot": s, "url": url, "problem": why} for s, url, why in self.problems],
        }


def _comparable(record: Record) -> dict:
    """A record without its evidence: what a rule alert would compare."""
    return record.model_dump(mode="json", exclude={"evidence"})


def latest_snapshots(session: Session) -> list[Snapshot]:
    """The newest readable snapshot of each URL that has records or a body."""
    newest = select(func.max(Snapshot.id)).where(Snapshot.body_sha256.is_not(None)).group_by(Snapshot.url)
    return list(session.scalars(select(Snapshot).where(Snapshot.id.in_(newest)).order_by(Snapshot.id)))


def stored_records(session: Session, snapshot: Snapshot) -> list[Record]:
    """The records stored for a snapshot (carried records point at the snapshot they came from)."""
    owner = getattr(snapshot, "carried_from", None) or snapshot.id
    rows = session.scalars(select(RecordRow).where(RecordRow.snapshot_id.in_({snapshot.id, owner})).order_by(RecordRow.id))
    by_key: dict[str, Record] = {}
    for row in rows:
        by_key.setdefault(row.key, RECORD.validate_python(row.data))
    return list(by_key.values())


def stored_unread(session: Session, snapshot: Snapshot) -> list[UnreadStatement]:
    """The unread statements stored for a snapshot (or for the snapshot it carried them from)."""
    owner = getattr(snapshot, "carried_from", None) or snapshot.id
    return snapshot_unread(session, {snapshot.id, owner})


def _unread_identity(u: UnreadStatement) -> tuple[str, str]:
    return u.reason, u.evidence.quote


def _only_in(these: list[UnreadStatement], others: list[UnreadStatement]) -> list[UnreadStatement]:
    """Statements of ``these`` with no match in ``others`` by reason and quote (a quote stated twice counts twice)."""
    left = Counter(_unread_identity(u) for u in others)
    out = []
    for u in these:
        if left[_unread_identity(u)]:
            left[_unread_identity(u)] -= 1
        else:
            out.append(u)
    return out


def compare(snapshot: Snapshot, old: list[Record], new: list[Record],
            old_unread: list[UnreadStatement] | None = None, new_unread: list[UnreadStatement] | None = None,
            ) -> SnapshotUpgrade:
    old_unread, new_unread = old_unread or [], new_unread or []
    upgrade = SnapshotUpgrade(snapshot.id, snapshot.url,
                              old_extractors=sorted({r.evidence.extractor for r in (*old, *old_unread)}))
    upgrade.unread_appeared = _only_in(new_unread, old_unread)
    upgrade.unread_gone = _only_in(old_unread, new_unread)
    before = {r.key: r for r in old}
    after = {r.key: r for r in new}
    upgrade.added = [after[k] for k in sorted(after.keys() - before.keys())]
    upgrade.dropped = [before[k] for k in sorted(before.keys() - after.keys())]
    upgrade.changed = [(before[k], after[k]) for k in sorted(before.keys() & after.keys())
                       if _comparable(before[k]) != _comparable(after[k])]
    return upgrade


def document_of(snapshot: Snapshot, body: bytes, source: Source | None) -> Document:
    headers = {k.lower(): v for k, v in (snapshot.headers or {}).items()}
    return Document(
        url=snapshot.final_url or snapshot.url, body=body, snapshot=f"sha256:{snapshot.body_sha256}",
        content_type=headers.get("content-type"), fetched_at=snapshot.fetched_at, source=snapshot.source,
        authority=source.authority if source else "news", declared_language=source.language if source else None,
        content=source.content if source else None, remove=tuple(source.remove) if source else (),
    )


def reextract(session: Session, read_body, sources: list[Source]) -> ReextractReport:  # noqa: ANN001
    """Re-read the newest snapshot of every URL; ``read_body(snapshot) -> bytes`` fetches its archived body."""
    by_name = {s.name: s for s in sources}
    report = ReextractReport()
    for snapshot in latest_snapshots(session):
        report.snapshots += 1
        source = by_name.get(snapshot.source)
        try:
            doc = document_of(snapshot, read_body(snapshot), source)
            if source is not None and source.kind == "rounds-json":
                from rulewatch.extractors.rounds import extract_rounds

                extraction = extract_rounds(doc)
            else:
                extraction = extract_document(doc)
        except (RulewatchError, OSError) as exc:
            report.problems.append((snapshot.id, snapshot.url, str(exc)))
            continue
        upgrade = compare(snapshot, stored_records(session, snapshot), extraction.records,
                          stored_unread(session, snapshot), extraction.unread)
        if upgrade.empty:
            report.unchanged += 1
        else:
            report.upgrades.append(upgrade)
    return report


def body_reader(store):  # noqa: ANN001, ANN201
    """Read a snapshot's body from the blob store, else from its night's WARC file."""

    def read(snapshot: Snapshot) -> bytes:
        path = store.blobs.path_for(snapshot.body_sha256)
        if path.exists():
            return path.read_bytes()
        from rulewatch.store.archive import WARC_DIR, read_record
        from rulewatch.store.crawl import warc_ref

        ref = warc_ref(snapshot)
        if ref is None:
            raise OSError(f"no archived body for snapshot {snapshot.id}")
        archived = read_record(store.data_dir / WARC_DIR, ref)
        if archived.kind != "response":
            raise OSError(f"snapshot {snapshot.id} is a revisit and its body is not in the blob store")
        return archived.body

    return read


def upgrades_table(report: ReextractReport):  # noqa: ANN201 -- a rich Table
    """What the current extractor reads differently, per snapshot (scraped quotes escaped)."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"Extractor upgrade to {report.extractor}: {report.snapshots} snapshots, "
                        f"{report.unchanged} unchanged, {len(report.upgrades)} changed, {len(report.problems)} unreadable")
    for column in ("snapshot", "url", "key", "what"):
        table.add_column(column, overflow="fold")
    for u in report.upgrades:
        for r in u.added:
            table.add_row(str(u.snapshot_id), escape(u.url), escape(r.key), "now read: " + escape(r.evidence.quote[:100]))
        for r in u.dropped:
            table.add_row(str(u.snapshot_id), escape(u.url), escape(r.key), "no longer read")
        for old, new in u.changed:
            table.add_row(str(u.snapshot_id), escape(u.url), escape(new.key), "value read differently")
        for s in u.unread_appeared:
            table.add_row(str(u.snapshot_id), escape(u.url), f"unread ({s.reason})", "now unread: " + escape(s.evidence.quote[:100]))
        for s in u.unread_gone:
            table.add_row(str(u.snapshot_id), escape(u.url), f"unread ({s.reason})", "no longer unread: " + escape(s.evidence.quote[:100]))
    for snapshot_id, url, why in report.problems:
        table.add_row(str(snapshot_id), escape(url), "", escape(why))
    return table
