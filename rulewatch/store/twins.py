"""Twins in the store: the page pairs a night read in both languages, and where they disagree.

A pair is two snapshots of one night where one names the other as its other-language version
(``Snapshot.twin_url``, by its address or where it redirected). The disagreements themselves are pure
functions of the records (``rulewatch.diff.twins``); this module only fetches what they need.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rulewatch.diff.twins import TwinDispute, disagreements, resolve

from .history import key_statements
from .nights import RECORD, HealthEntry
from .tables import RecordRow, Snapshot

LAGS, DISAGREE = "twin-lags", "twins-disagree"


def night_twin_pairs(session: Session, night_id: int) -> dict[tuple[str, str], tuple[int, int]]:
    """(URL, URL) -> their snapshot ids, for each page read tonight whose twin was read tonight too."""
    rows = session.execute(
        select(Snapshot.id, Snapshot.url, Snapshot.final_url, Snapshot.twin_url)
        .where(Snapshot.night_id == night_id, Snapshot.status.in_((200, 304)))
    ).all()
    at: dict[str, tuple[int, str]] = {}
    for snapshot_id, url, final_url, _ in rows:
        at.setdefault(url, (snapshot_id, url))
        if final_url:
            at.setdefault(final_url, (snapshot_id, url))
    pairs: dict[tuple[str, str], tuple[int, int]] = {}
    for snapshot_id, url, _, twin_url in rows:
        partner = at.get(twin_url) if twin_url else None
        if partner is not None and partner[1] != url:
            (a, a_id), (b, b_id) = sorted([(url, snapshot_id), (partner[1], partner[0])])
            pairs[(a, b)] = (a_id, b_id)
    return pairs


def night_twin_disputes(session: Session, night_id: int) -> list[TwinDispute]:
    """Every key tonight's twins state differently, which twin lags and since when."""
    pairs = night_twin_pairs(session, night_id)
    if not pairs:
        return []
    snapshot_ids = sorted({i for ids in pairs.values() for i in ids})
    records = [RECORD.validate_python(data) for data in session.scalars(
        select(RecordRow.data).where(RecordRow.night_id == night_id, RecordRow.snapshot_id.in_(snapshot_ids))
        .order_by(RecordRow.id)
    )]
    found = disagreements(pairs, records)
    history = key_statements(session, {first.key for first, _ in found})
    return [resolve(first, second, history[first.key]) for first, second in found]


def twin_health(disputes: list[TwinDispute]) -> list[HealthEntry]:
    """One notice per disputed key, on the lagging twin's page (on either, when neither lags)."""
    return [
        HealthEntry(source=d.lagging.evidence.source or "", url=d.lagging.evidence.url,
                    problem=LAGS if d.since is not None else DISAGREE, detail=d.line())
        for d in disputes
    ]
