"""Notifications: after each night, a digest of the new alerts through Apprise (email, Slack, Teams, webhooks).

Alerts are queued in the store's outbox in the night's own transaction and sent afterwards, so a failed
send is retried the next night and never loses an alert.
"""

from .config import CONFIG_FILE, NotifyConfig, Target, find_notify_config, load_notify_config
from .digest import Digest, build_digest
from .send import Delivery, deliver_pending

__all__ = [
    "CONFIG_FILE", "Delivery", "Digest", "NotifyConfig", "Target", "build_digest", "deliver_pending",
    "find_notify_config", "load_notify_config",
]
