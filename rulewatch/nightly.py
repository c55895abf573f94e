"""The nightly job: crawl -> extract -> rule state -> diff -> alerts, each stage in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rulewatch.crawler.run import run_crawl
from rulewatch.diff import apply_records, diff_rulesets
from rulewatch.schemas import Change
from rulewatch.store import (
    HealthEntry,
    Store,
    add_alerts,
    latest_ruleset,
    night_health,
    night_records,
    night_snapshots,
    save_ruleset,
    set_night_status,
    start_night,
)


@dataclass
class NightReport:
    night_id: int
    alerts: list[tuple[int, Change]] = field(default_factory=list)
    health: list[HealthEntry] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "night": self.night_id,
            "changes": [{"alert_id": i, **c.model_dump(mode="json", exclude={"record"})} for i, c in self.alerts],
            "health": [vars(h) for h in self.health],
            "pages": self.pages,
        }


def crawl_night(store: Store, sources: Path, settings: dict[str, str] | None = None) -> int:
    """Crawl stage only: snapshots, records and health of a new night, committed together."""
    with store.transaction() as session:
        night_id = start_night(session, str(sources))
    run_crawl(sources, store, night_id, settings)
    return night_id


def run_night(store: Store, sources: Path, settings: dict[str, str] | None = None) -> NightReport:
    """Crawl, then fold tonight's records into the rule state and store the changes as alerts."""
    night_id = crawl_night(store, sources, settings)
    with store.transaction() as session:
        records = night_records(session, night_id)
        parent_id, previous = latest_ruleset(session)
        current = apply_records(previous, records)
        changes = diff_rulesets(previous, current)
        ruleset_id = save_ruleset(session, current, night_id, parent_id)
        alert_ids = add_alerts(session, changes, night_id, ruleset_id)
        snapshots = night_snapshots(session, night_id)
        health = night_health(session, night_id)
        pages = {
            "fetched": len(snapshots),
            "ok": sum(1 for s in snapshots if s.status == 200),
            "unhealthy": len({h.url for h in health}),
            "records": len(records),
            "bytes": sum(s.size for s in snapshots),
        }
        report = NightReport(night_id, list(zip(alert_ids, changes)), health, pages)
        set_night_status(session, night_id, "complete", {"pages": pages, "alerts": len(changes), "health": len(health)})
    return report
