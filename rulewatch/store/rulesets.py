"""Rule-set versions: the whole rule state after each night, each pointing at the one before."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from rulewatch.schemas import RuleSet

from .nights import utcnow
from .tables import RuleSetVersion


def latest_ruleset(session: Session) -> tuple[int | None, RuleSet]:
    """The newest version and its id; an empty rule set (id None) before the first night."""
    row = session.scalars(select(RuleSetVersion).order_by(RuleSetVersion.id.desc()).limit(1)).first()
    if row is None:
        return None, RuleSet()
    return row.id, RuleSet.model_validate(row.data)


def save_ruleset(session: Session, ruleset: RuleSet, night_id: int | None, parent_id: int | None) -> int:
    data = ruleset.model_dump(mode="json")
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
    row = RuleSetVersion(night_id=night_id, parent_id=parent_id, created_at=utcnow(), digest=digest, data=data)
    session.add(row)
    session.flush()
    return row.id
