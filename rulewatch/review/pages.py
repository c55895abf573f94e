"""What each review page shows, as plain data: the web app renders it as HTML or serves it as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rulewatch.schemas import Change, Review
from rulewatch.store import Store, StoredAlert, get_alert

from .decisions import history
from .edits import EditForm, edit_form, stored_value_problem
from .evidence import QuoteInContext, official_first, quote_in_context
from .queue import QueueFilter, QueuePage, neighbours, queue_page


def queue_context(store: Store, flt: QueueFilter, page: int = 1) -> QueuePage:
    with store.transaction() as session:
        return queue_page(session, flt, page)


@dataclass
class AlertContext:
    """An alert with its evidence placed in context, its decisions, and where it sits in the queue."""

    alert: StoredAlert
    after: list[QuoteInContext]
    before: list[QuoteInContext]
    history: list[Review]
    previous: int | None
    next: int | None

    @property
    def problems(self) -> list[str | None]:
        """For each decision of ``history``: why its stored value is invalid, or None."""
        return [stored_value_problem(self.change, r) for r in self.history]

    @property
    def edit_form(self) -> EditForm | None:
        return edit_form(self.change)

    @property
    def change(self) -> Change:
        return self.alert.change

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.alert.id, "status": self.alert.status, "version": self.alert.version,
            "change": self.change.model_dump(mode="json", exclude={"record"}),
            "history": [{**r.model_dump(mode="json"), "problem": p} for r, p in zip(self.history, self.problems)],
            "previous": self.previous, "next": self.next,
        }


def alert_context(store: Store, alert_id: int, flt: QueueFilter) -> AlertContext:
    """Raises UnknownAlert for an id that does not exist."""
    with store.transaction() as session:
        alert = get_alert(session, alert_id)
        previous, nxt = neighbours(session, flt, alert_id)
    return AlertContext(
        alert=alert,
        after=official_first([quote_in_context(store, e) for e in alert.change.after_evidence]),
        before=official_first([quote_in_context(store, e) for e in alert.change.before_evidence]),
        history=history(store, alert_id),
        previous=previous,
        next=nxt,
    )


def queue_json(page: QueuePage) -> dict[str, Any]:
    return {
        "filter": page.filter.as_params(), "total": page.total, "page": page.page, "pages": page.pages,
        "counts": {name: dict(values) for name, values in page.counts.items()},
        "alerts": [
            {"id": r.id, "status": r.status, "version": r.version, **r.change.model_dump(mode="json", exclude={"record"})}
            for r in page.rows
        ],
    }
