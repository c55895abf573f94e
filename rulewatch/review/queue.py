"""The review queue: alerts sorted by priority, filtered and counted in SQL, one page at a time.

Filters are facets (status, change type, category or program, source, confirmation); each facet's
counts are computed with the other facets applied, so an editor sees what a click would leave.
Only the page's rows are loaded and parsed, so the queue stays fast with 10 000 open alerts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Iterable

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from rulewatch.errors import ReviewError
from rulewatch.schemas import Change
from rulewatch.schemas.vocabulary import CATEGORY_IDS, PROGRAM_IDS
from rulewatch.store.tables import Alert, AlertSource, row_by_id

STATUSES = ("open", "accepted", "rejected", "all")
TYPES = ("added", "removed", "tightened", "loosened", "changed")
CONFIRMATIONS = ("confirmed", "unconfirmed", "disputed")
PER_PAGE = 50


def _subjects() -> dict[str, ColumnElement[bool]]:
    """What each alert is about, from its key: a category, a program, Express Entry as a whole, a round."""
    conds: dict[str, ColumnElement[bool]] = {}
    for subject in (*(f"category:{c}" for c in CATEGORY_IDS), "category:*", *(f"program:{p}" for p in PROGRAM_IDS)):
        conds[subject] = or_(Alert.key == subject, Alert.key.startswith(f"requirement:{subject}:", autoescape=True))
    conds["express-entry"] = Alert.key.startswith("requirement:express-entry:", autoescape=True)
    conds["round"] = Alert.key.startswith("round:", autoescape=True)
    return conds


SUBJECTS = _subjects()


@dataclass(frozen=True)
class QueueFilter:
    """The facets an editor (or a script) narrows the queue with; None means any."""

    status: str = "open"
    type: str | None = None
    category: str | None = None
    source: str | None = None
    confirmation: str | None = None

    def __post_init__(self) -> None:
        if self.category and self.category not in SUBJECTS:  # a bare id: ``healthcare``, ``fsw``
            bare = next((s for s in SUBJECTS if s.split(":")[-1] == self.category), self.category)
            object.__setattr__(self, "category", bare)
        allowed = {"status": STATUSES, "type": TYPES, "category": tuple(SUBJECTS), "confirmation": CONFIRMATIONS}
        for name, values in allowed.items():
            value = getattr(self, name)
            if value is not None and value not in values:
                raise ReviewError(f"unknown {name} {value!r}: use one of {', '.join(values)}")

    @classmethod
    def parse(cls, pairs: Iterable[str], status: str = "open") -> "QueueFilter":
        """``type=added``, ``category=category:healthcare``, ``source=ircc-fr`` … (the CLI's --filter)."""
        values: dict[str, str] = {"status": status}
        names = {f.name for f in fields(cls)}
        for pair in pairs:
            name, sep, value = pair.partition("=")
            if not sep or name.strip() not in names or not value.strip():
                raise ReviewError(f"bad filter {pair!r}: use NAME=VALUE with NAME one of {', '.join(sorted(names))}")
            values[name.strip()] = value.strip()
        return cls(**values)

    def without(self, name: str) -> "QueueFilter":
        return replace(self, **{name: "all" if name == "status" else None})

    def as_params(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


FACETS = tuple(f.name for f in fields(QueueFilter))


def conditions(flt: QueueFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if flt.status != "all":
        out.append(Alert.status == flt.status)
    if flt.type:
        out.append(Alert.type == flt.type)
    if flt.confirmation:
        out.append(Alert.confirmation == flt.confirmation)
    if flt.category:
        out.append(SUBJECTS[flt.category])
    if flt.source:
        out.append(Alert.id.in_(
            select(AlertSource.alert_id).where(or_(AlertSource.source == flt.source, AlertSource.url == flt.source))
        ))
    return out


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue: enough to decide whether to open it, and the version to act on."""

    id: int
    night_id: int | None
    status: str
    version: int
    priority: float
    change: Change

    @property
    def quote(self) -> str:
        return self.change.after_evidence[0].quote if self.change.after_evidence else ""

    @property
    def sources(self) -> list[str]:
        return sorted({e.source or e.url for e in self.change.after_evidence})


@dataclass
class QueuePage:
    filter: QueueFilter
    rows: list[QueueRow]
    total: int
    page: int
    per_page: int
    counts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def facet_counts(session: Session, flt: QueueFilter) -> dict[str, list[tuple[str, int]]]:
    """For each facet, how many alerts each value would leave, the other facets applied (GROUP BY in SQL)."""
    counts: dict[str, list[tuple[str, int]]] = {}
    for name, column in (("status", Alert.status), ("type", Alert.type), ("confirmation", Alert.confirmation)):
        query = select(column, func.count()).where(*conditions(flt.without(name))).group_by(column)
        counts[name] = sorted(((v, n) for v, n in session.execute(query)), key=lambda vn: -vn[1])
    subject = case(*((cond, name) for name, cond in SUBJECTS.items()), else_="other").label("subject")
    inner = select(subject).where(*conditions(flt.without("category"))).subquery()
    query = select(inner.c.subject, func.count()).group_by(inner.c.subject)
    counts["category"] = sorted(((v, n) for v, n in session.execute(query) if v != "other"), key=lambda vn: (-vn[1], vn[0]))
    matching = select(Alert.id).where(*conditions(flt.without("source")))
    query = (
        select(AlertSource.source, func.count(AlertSource.alert_id.distinct()))
        .where(AlertSource.alert_id.in_(matching), AlertSource.source.is_not(None))
        .group_by(AlertSource.source)
    )
    counts["source"] = sorted(((v, n) for v, n in session.execute(query)), key=lambda vn: (-vn[1], vn[0]))
    return counts


def _row(alert: Alert) -> QueueRow:
    return QueueRow(alert.id, alert.night_id, alert.status, alert.version, alert.priority, Change.model_validate(alert.change))


def queue_page(
    session: Session, flt: QueueFilter, page: int = 1, per_page: int | None = PER_PAGE, with_counts: bool = True
) -> QueuePage:
    """One page of the queue, highest priority first (``per_page=None``: every matching alert)."""
    conds = conditions(flt)
    total = session.scalar(select(func.count()).select_from(Alert).where(*conds)) or 0
    page = max(1, min(page, -(-total // per_page) if per_page else 1))  # past the last page: the last page
    query = select(Alert).where(*conds).order_by(Alert.priority.desc(), Alert.id)
    if per_page:
        query = query.limit(per_page).offset((page - 1) * per_page)
    rows = [_row(a) for a in session.scalars(query)]
    counts = facet_counts(session, flt) if with_counts else {}
    return QueuePage(flt, rows, total, page, per_page or max(total, 1), counts)


def filtered_alerts(session: Session, pairs: Iterable[str], status: str = "open") -> list[QueueRow]:
    """Every alert matching ``NAME=VALUE`` filters, in queue order (the CLI's ``alerts --filter``)."""
    return queue_page(session, QueueFilter.parse(pairs, status), per_page=None, with_counts=False).rows


def neighbours(session: Session, flt: QueueFilter, alert_id: int) -> tuple[int | None, int | None]:
    """The alerts before and after this one in the filtered queue (keyset: priority desc, then id)."""
    current = row_by_id(session, Alert, alert_id)
    if current is None:
        return None, None
    conds = conditions(flt)
    p, i = current.priority, current.id
    after = or_(Alert.priority < p, and_(Alert.priority == p, Alert.id > i))
    before = or_(Alert.priority > p, and_(Alert.priority == p, Alert.id < i))
    nxt = session.scalar(select(Alert.id).where(*conds, after).order_by(Alert.priority.desc(), Alert.id).limit(1))
    prev = session.scalar(select(Alert.id).where(*conds, before).order_by(Alert.priority.asc(), Alert.id.desc()).limit(1))
    return prev, nxt
