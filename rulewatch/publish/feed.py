"""An Atom feed of accepted changes (feedgen). Every date comes from the data, so the same state gives
the same bytes: the feed's ``updated`` is its newest acceptance, never the time of the export."""

from __future__ import annotations

from datetime import datetime, timezone

from feedgen.feed import FeedGenerator

from rulewatch.schemas import PublishedRuleFile

from .changelog import safe_url

FEED_FILE = "changes.atom"
FEED_ID = "tag:rulewatch.invalid,2023:express-entry-rules"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _utc(at: datetime) -> datetime:
    """SQLite gives back naive datetimes; the store writes UTC."""
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def feed_text(rule_file: PublishedRuleFile) -> str:
    fg = FeedGenerator()
    fg.id(FEED_ID)
    fg.title("Express Entry rules: accepted changes")
    fg.subtitle("Rule changes accepted by rulewatch's editors, with their sources.")
    fg.language("en")
    fg.author({"name": "rulewatch editors"})
    times = [_utc(c.accepted.at) for c in rule_file.history]
    fg.updated(max(times) if times else EPOCH)
    for change in sorted(rule_file.history, key=lambda c: (c.accepted.at, c.alert_id), reverse=True):
        entry = fg.add_entry(order="append")
        entry.id(f"{FEED_ID}:alert-{change.alert_id}")
        before = change.before.text if change.before else "—"
        after = change.after.text if change.after else "—"
        entry.title(f"{change.type}: {change.key}")
        entry.updated(_utc(change.accepted.at))
        entry.published(_utc(change.accepted.at))
        lines = [f"{before} → {after}"]
        if change.effective_from:
            lines.append(f"Effective {change.effective_from.isoformat()}.")
        lines.append(f"Accepted by {change.accepted.editor}: {change.accepted.reason}")
        lines += [f"{ev.source or ev.url} ({ev.authority}): « {ev.quote} » {ev.url}" for ev in change.evidence]
        entry.content("\n".join(lines), type="text")  # text content: the XML writer escapes it
        for ev in change.evidence:
            url = safe_url(ev.url)
            if url:
                entry.link(href=url, rel="related")
    return fg.atom_str(pretty=True).decode("utf-8")
