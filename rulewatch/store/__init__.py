"""Store: snapshots, records, unread statements, rule-set versions, alerts and reviews (SQLAlchemy 2, Alembic migrations).

Each stage of a night writes in one transaction (``Store.transaction``): a crash never leaves half a night.
"""

from .alerts import (
    AlertOutcome,
    StoredAlert,
    accepted_alerts,
    add_alerts,
    count_alerts,
    get_alert,
    last_review,
    list_alerts,
    record_changes,
    review_alert,
)
from .history import history, key_statements
from .database import Store, resolve_data_dir
from .nights import (
    HealthEntry,
    SnapshotInfo,
    add_health,
    add_records,
    add_snapshot,
    night_health,
    night_records,
    night_snapshots,
    set_night_status,
    start_night,
)
from .rulesets import latest_ruleset, save_ruleset
from .unread import StoredUnread, add_unread, unread_counts, unread_statements, waiting_counts
from .outbox import mark_failed, mark_sent, outbox_rows, pending_notifications, queue_notifications

__all__ = [
    "AlertOutcome", "history", "key_statements", "mark_failed", "mark_sent", "outbox_rows", "pending_notifications",
    "queue_notifications", "record_changes",
    "HealthEntry", "SnapshotInfo", "Store", "StoredAlert", "accepted_alerts", "add_alerts", "add_health",
    "add_records", "add_snapshot", "count_alerts", "get_alert", "last_review", "latest_ruleset", "list_alerts",
    "night_health", "night_records", "night_snapshots", "resolve_data_dir", "review_alert", "save_ruleset",
    "set_night_status", "start_night", "StoredUnread", "add_unread", "unread_counts", "unread_statements",
    "waiting_counts",
]
