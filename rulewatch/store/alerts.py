"""Alerts (stored changes) and the reviews of them; a review checks the version it was made on.

One alert per change: a change's *identity* is its key, its type and the value after it
(``rulewatch.diff.alert_identity``; a value stated with more or less detail is the same value,
``rulewatch.diff.compatible``). A report of a change that already has an open alert — another
page, or a later night — adds its sources to that alert (its confidence and priority rise; its
``version`` does not move, so an editor's pending decision still applies). A report bringing one of the
values an open *disputed* alert was torn between settles it: the alert now says that value and its
``version`` moves (what the editor saw changed). A change whose alert was already decided raises nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Mapping, Sequence

from pydantic import ValidationError
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from rulewatch.diff import Standing, alert_identity, compatible, merge_reports, settles, with_standing
from rulewatch.errors import ReviewConflict, ReviewError, UnknownAlert
from rulewatch.schemas import Change, Review, RuleValue

from .nights import utcnow
from .tables import MAX_ID, Alert, AlertSource, ReviewRow, row_by_id

ACTION_STATUS = {"accept": "accepted", "reject": "rejected", "edit": "accepted", "reopen": "open"}


@dataclass(frozen=True)
class StoredAlert:
    id: int
    night_id: int | None
    created_at: datetime
    status: str
    version: int
    change: Change
    updated_at: datetime | None = None
    last_night_id: int | None = None
    identity: str | None = None


def _view(row: Alert) -> StoredAlert:
    return StoredAlert(row.id, row.night_id, row.created_at, row.status, row.version, Change.model_validate(row.change),
                       row.updated_at, row.last_night_id, row.identity)


def _attach_sources(session: Session, alert_id: int, change: Change, night_id: int | None) -> None:
    """Record which sources back an alert (for the source filter and the alert's own timeline)."""
    have = set(session.execute(select(AlertSource.side, AlertSource.url).where(AlertSource.alert_id == alert_id)))
    sides = [("after", change.after_evidence), ("before", change.before_evidence)]
    sides += [("other", v.sources) for v in change.values if not compatible(v.value, change.after)]
    for side, evidence in sides:
        for ev in evidence:
            if (side, ev.url) not in have:
                have.add((side, ev.url))
                session.add(AlertSource(alert_id=alert_id, night_id=night_id, side=side, source=ev.source,
                                        url=ev.url, authority=ev.authority))


def _insert(session: Session, change: Change, night_id: int | None, ruleset_id: int | None) -> int:
    row = Alert(
        night_id=night_id, ruleset_id=ruleset_id, created_at=utcnow(), key=change.key, type=change.type,
        kind=change.kind, priority=change.priority, confirmation=change.confirmation, status="open", version=1,
        change=change.model_dump(mode="json"), identity=alert_identity(change.key, change.type, change.after),
        last_night_id=night_id,
    )
    session.add(row)
    session.flush()
    _attach_sources(session, row.id, change, night_id)
    return row.id


def _update(session: Session, row: Alert, change: Change, night_id: int | None, new_version: bool) -> None:
    row.change = change.model_dump(mode="json")
    row.type, row.priority, row.confirmation = change.type, change.priority, change.confirmation
    row.identity = alert_identity(change.key, change.type, change.after)
    row.updated_at, row.last_night_id = utcnow(), night_id
    if new_version:
        row.version += 1
    _attach_sources(session, row.id, change, night_id)


def add_alerts(session: Session, changes: Sequence[Change], night_id: int | None, ruleset_id: int | None) -> list[int]:
    """Store each change as a new alert (no folding: see ``record_changes`` for the nightly path)."""
    return [_insert(session, c, night_id, ruleset_id) for c in changes]


@dataclass
class AlertOutcome:
    """What one night did to the alerts: new ones, and open ones that gained sources or were settled."""

    new: list[tuple[int, Change]] = field(default_factory=list)
    updated: list[tuple[int, Change]] = field(default_factory=list)


def record_changes(
    session: Session,
    changes: Sequence[Change],
    standings: Mapping[str, Standing],
    night_id: int | None,
    ruleset_id: int | None,
    today: date | None = None,
) -> AlertOutcome:
    """Fold tonight's changes into the alerts: one alert per change, however many pages report it."""
    outcome = AlertOutcome()
    touched: set[int] = set()
    for change in (with_standing(c, standings.get(c.key), today) for c in changes):
        latest = _latest_alert(session, change.key)  # only the key's latest alert can be the same change
        if latest is not None and _same_change(latest, change):
            if latest.status != "open":
                continue  # this change was already decided by an editor
            _update(session, latest, merge_reports(Change.model_validate(latest.change), change, today), night_id,
                    new_version=False)
            touched.add(latest.id)
        elif latest is not None and latest.status == "open" and settles(Change.model_validate(latest.change), change):
            _update(session, latest, merge_reports(Change.model_validate(latest.change), change, today), night_id,
                    new_version=True)
            touched.add(latest.id)
        else:
            outcome.new.append((_insert(session, change, night_id, ruleset_id), change))
    changed_keys = {c.key for c in changes}
    for key, stand in sorted(standings.items()):
        latest = None if key in changed_keys else _latest_alert(session, key)
        if latest is None or latest.status != "open" or latest.id in touched:
            continue
        existing = Change.model_validate(latest.change)
        if not compatible(existing.after, stand.values[0].value):
            continue
        support = existing.model_copy(update={"after": stand.values[0].value, "record": stand.current,
                                              "after_evidence": stand.values[0].sources, "values": stand.values})
        merged = merge_reports(existing, support, today)
        if merged != existing:  # a source it did not have yet
            _update(session, latest, merged, night_id, new_version=False)
            touched.add(latest.id)
    outcome.updated = [(a.id, a.change) for a in (get_alert(session, i) for i in sorted(touched))]
    return outcome


def _same_change(row: Alert, change: Change) -> bool:
    """Is ``change`` the change ``row`` is the alert of: same key and type, the same value after it
    (``alert_identity``, or that value with more or less detail)?"""
    if row.key != change.key or row.type != change.type:
        return False
    return row.identity == alert_identity(change.key, change.type, change.after) or \
        compatible(Change.model_validate(row.change).after, change.after)


def _latest_alert(session: Session, key: str) -> Alert | None:
    return session.scalars(select(Alert).where(Alert.key == key).order_by(Alert.id.desc()).limit(1)).first()


def list_alerts(
    session: Session,
    status: str | None = "open",
    night_id: int | None = None,
    *,
    change_type: str | None = None,
    subject: str | None = None,
    source: str | None = None,
    confirmation: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredAlert]:
    """Alerts, highest priority first. ``subject`` is a category or program id (or a key prefix);
    ``source`` a configured source name or a URL; ``limit``/``offset`` page through them."""
    query = _filtered(select(Alert), status, night_id, change_type, subject, source, confirmation)
    query = query.order_by(Alert.priority.desc(), Alert.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_view(r) for r in session.scalars(query)]


def _filtered(query, status, night_id, change_type, subject, source, confirmation):  # noqa: ANN001, ANN202
    if status:
        query = query.where(Alert.status == status)
    if night_id is not None:
        query = query.where(Alert.night_id == night_id)
    if change_type:
        query = query.where(Alert.type == change_type)
    if confirmation:
        query = query.where(Alert.confirmation == confirmation)
    if subject:
        query = query.where(or_(
            Alert.key == subject, Alert.key.startswith(subject + ":", autoescape=True),
            Alert.key.in_((f"category:{subject}", f"program:{subject}")),
            Alert.key.startswith(f"requirement:category:{subject}:", autoescape=True),
            Alert.key.startswith(f"requirement:program:{subject}:", autoescape=True),
        ))
    if source:
        query = query.where(Alert.id.in_(
            select(AlertSource.alert_id).where(or_(AlertSource.source == source, AlertSource.url == source))
        ))
    return query


def get_alert(session: Session, alert_id: int) -> StoredAlert:
    row = row_by_id(session, Alert, alert_id)
    if row is None:
        raise UnknownAlert(f"no alert has id {alert_id}")
    return _view(row)


def review_alert(
    session: Session,
    alert_id: int,
    action: str,
    reason: str,
    editor: str,
    expected_version: int | None = None,
    value: RuleValue | None = None,
) -> Review:
    """Record a decision. The update only applies to the version the editor saw: a second editor gets a conflict.
    ``reopen`` puts a decided alert back in the queue (its reason is kept in the history like any decision)."""
    if not reason or not reason.strip():
        raise ReviewError("a reason is required")
    if action not in ACTION_STATUS:
        raise ReviewError(f"unknown action {action!r}: use accept, reject, edit or reopen")
    if action == "edit" and value is None:
        raise ReviewError("an edit needs the corrected value")
    current = get_alert(session, alert_id)
    version = current.version if expected_version is None else expected_version
    if not 0 < version <= MAX_ID:
        raise ReviewError(f"{version} is not a version of alert {alert_id}: see `rulewatch alerts --json`")
    if action == "reopen" and current.status == "open":
        raise ReviewError(f"alert {alert_id} is open: there is no decision to reopen")
    decided_from = "open" if action != "reopen" else current.status
    if current.status != decided_from or current.version != version:
        last = last_review(session, alert_id)
        who = f" by {last.editor} at {last.at:%Y-%m-%d %H:%M} ({last.action}: {last.reason})" if last else ""
        raise ReviewConflict(f"alert {alert_id} was already {'reopened' if current.status == 'open' else 'decided'}{who}")
    result = session.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.version == version, Alert.status == decided_from)
        .values(status=ACTION_STATUS[action], version=version + 1)
    )
    if result.rowcount != 1:
        raise ReviewConflict(f"alert {alert_id} was decided by someone else just now")
    at = utcnow()
    session.add(
        ReviewRow(
            alert_id=alert_id, action=action, reason=reason.strip(), editor=editor, at=at,
            value=value.model_dump(mode="json") if value else None,
        )
    )
    return Review(alert_id=alert_id, action=action, reason=reason.strip(), editor=editor, at=at, value=value)  # type: ignore[arg-type]


def last_review(session: Session, alert_id: int) -> Review | None:
    row = session.scalars(
        select(ReviewRow).where(ReviewRow.alert_id == alert_id).order_by(ReviewRow.id.desc()).limit(1)
    ).first()
    return _review(row) if row else None


def _review(row: ReviewRow) -> Review:
    """A stored decision; a value that is not a valid one (words, from before edits were checked) is kept
    aside as ``invalid_value`` so that pages still show it and the export can refuse it by name."""
    value, invalid = None, None
    if row.value is not None:
        try:
            value = RuleValue.model_validate(row.value)
        except ValidationError:
            invalid = row.value
    return Review(
        alert_id=row.alert_id, action=row.action, reason=row.reason, editor=row.editor,  # type: ignore[arg-type]
        at=row.at, value=value, invalid_value=invalid,
    )


def accepted_alerts(session: Session) -> list[tuple[StoredAlert, Review]]:
    """Accepted alerts in the order they were raised, each with the review that accepted it."""
    rows = session.scalars(select(Alert).where(Alert.status == "accepted").order_by(Alert.id))
    out = []
    for row in rows:
        review = last_review(session, row.id)
        if review is not None:
            out.append((_view(row), review))
    return out


def count_alerts(
    session: Session,
    status: str | None = "open",
    *,
    change_type: str | None = None,
    subject: str | None = None,
    source: str | None = None,
    confirmation: str | None = None,
) -> int:
    """How many alerts ``list_alerts`` would give with the same filters (for pagination)."""
    query = _filtered(select(func.count()).select_from(Alert), status, None, change_type, subject, source, confirmation)
    return session.scalar(query) or 0


def review_history(session: Session, alert_id: int | None = None, limit: int | None = None) -> list[Review]:
    """Decisions, newest first: on one alert, or on any (who did what, when and why)."""
    query = select(ReviewRow).order_by(ReviewRow.id.desc()).limit(limit)
    if alert_id is not None:
        query = query.where(ReviewRow.alert_id == alert_id)
    return [_review(r) for r in session.scalars(query)]
