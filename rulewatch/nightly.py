"""The nightly job: crawl -> extract -> rule state -> diff -> alerts, each stage in one transaction.

Unread statements (what the extractors could not read) are stored by the crawl stage with the
records; the night only counts them: they never reach the rule state and never raise an alert.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rulewatch.crawler.run import OnProgress, run_crawl
from rulewatch.diff import apply_night, diff_rulesets, standing
from rulewatch.diff.twins import held_back, with_twin_disputes
from rulewatch.schemas import Change, Record
from rulewatch.store import (
    HealthEntry,
    Store,
    key_statements,
    latest_ruleset,
    night_health,
    night_records,
    night_snapshots,
    queue_notifications,
    record_changes,
    save_ruleset,
    set_night_status,
    start_night,
    unread_counts,
)
from rulewatch.store.crawl import resumable_night, sources_key
from rulewatch.store.history import not_read_statements
from rulewatch.store.lock import night_lock
from rulewatch.store.twins import night_twin_disputes

if TYPE_CHECKING:
    from rulewatch.notify import Delivery, NotifyConfig


@dataclass
class NightReport:
    night_id: int
    alerts: list[tuple[int, Change]] = field(default_factory=list)
    health: list[HealthEntry] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)
    updated: list[tuple[int, Change]] = field(default_factory=list)  # open alerts that gained sources tonight
    delivery: "Delivery | None" = None
    unread: dict[str, int] = field(default_factory=dict)  # source -> tonight's unread statements needing an editor

    @property
    def unread_total(self) -> int:
        return sum(self.unread.values())

    def unread_line(self) -> str:
        """One line for the night's output: how many statements wait for an editor, per source."""
        per_source = ", ".join(f"{source} {n}" for source, n in sorted(self.unread.items()))
        return f"unread statements for an editor: {self.unread_total}" + (f" ({per_source})" if per_source else "")

    def as_json(self) -> dict:
        return {
            "night": self.night_id,
            "changes": [{"alert_id": i, **c.model_dump(mode="json", exclude={"record"})} for i, c in self.alerts],
            "updated": [{"alert_id": i, **c.model_dump(mode="json", exclude={"record"})} for i, c in self.updated],
            "health": [vars(h) for h in self.health],
            "pages": self.pages,
            "unread": {"needs_editor": self.unread_total, "by_source": dict(sorted(self.unread.items()))},
            "notifications": self.delivery.as_json() if self.delivery else None,
        }


def crawl_night(
    store: Store,
    sources: Path,
    settings: dict[str, str] | None = None,
    on_progress: OnProgress | None = None,
    *,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> int:
    """Crawl stage only: snapshots, records and health of a night, committed together.

    A night whose crawl of the same sources was interrupted is finished (what its WARC file
    already holds is read back, not fetched again); otherwise a new night starts. The store's
    night lock is held throughout: a second run raises ``NightLocked`` (or waits, ``wait=True``).
    """
    with night_lock(store, "rulewatch crawl", wait, on_wait):
        return _crawl(store, sources, settings, on_progress)


def _crawl(store: Store, sources: Path, settings: dict[str, str] | None, on_progress: OnProgress | None) -> int:
    key = sources_key(sources)  # typed relative or absolute, the same file resumes the same night
    with store.transaction() as session:
        night_id = resumable_night(session, key) or start_night(session, key)
    run_crawl(sources, store, night_id, settings, on_progress=on_progress)
    return night_id


def run_night(
    store: Store,
    sources: Path,
    settings: dict[str, str] | None = None,
    *,
    notify: "NotifyConfig | None" = None,
    today: date | None = None,
    on_progress: OnProgress | None = None,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> NightReport:
    """Crawl, fold tonight's records into the rule state, store the changes as alerts (one per change,
    however many pages report it), then send the digest of new alerts and anything a past night failed to send.

    ``today`` is the date priorities measure 'takes effect within 90 days' from (default: the real date).
    The store's night lock is held until the digest is sent (``NightLocked``, or ``wait``).
    """
    with night_lock(store, "rulewatch nightly", wait, on_wait):  # the digest too: two runs would send the outbox twice
        report = _fold(store, _crawl(store, sources, settings, on_progress), today or date.today(), notify)
        if notify is not None and notify.targets:
            from rulewatch.notify import deliver_pending

            report.delivery = deliver_pending(store, notify)
    return report


def _fold(store: Store, night_id: int, today: date, notify: "NotifyConfig | None") -> NightReport:
    """Tonight's records into the rule state, the changes into alerts, in one transaction.

    A twin that lags (its other-language version states a newer value tonight) disputes its key but
    does not hold the rule state back (``rulewatch.diff.twins``).
    """
    with store.transaction() as session:
        records = night_records(session, night_id)
        disputes = night_twin_disputes(session, night_id)
        lagging = held_back(disputes)

        def heard(stated: list[Record]) -> list[Record]:  # what moves the rule: not a lagging twin's statements
            return [r for r in stated if (r.key, r.evidence.url) not in lagging]

        parent_id, previous = latest_ruleset(session)
        current = apply_night(previous, heard(records), not_read_statements(session, night_id))
        changes = diff_rulesets(previous, current)
        statements = key_statements(session, {r.key for r in records})
        standings = {k: s for k, s in ((k, standing(k, heard(v))) for k, v in statements.items()) if s is not None}
        standings = with_twin_disputes(standings, disputes)  # the lagging twins' values, disputing
        ruleset_id = save_ruleset(session, current, night_id, parent_id)
        outcome = record_changes(session, changes, standings, night_id, ruleset_id, today)
        if notify is not None and notify.targets:
            queue_notifications(session, [i for i, _ in outcome.new], [t.name for t in notify.targets], night_id)
        snapshots = night_snapshots(session, night_id)
        health = night_health(session, night_id)
        pages = {
            "fetched": len(snapshots),
            "ok": sum(1 for s in snapshots if s.status in (200, 304)),
            "unhealthy": len({h.url for h in health}),
            "records": len(records),
            "bytes": sum(s.size for s in snapshots),
        }
        unread = unread_counts(session, night_id)
        report = NightReport(night_id, outcome.new, health, pages, outcome.updated, unread=unread)
        set_night_status(session, night_id, "complete", {"pages": pages, "alerts": len(outcome.new),
                                                         "updated": len(outcome.updated), "health": len(health),
                                                         "unread": report.unread_total})
    return report
