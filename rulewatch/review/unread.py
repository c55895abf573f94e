"""Editors' answers to unread statements: type one into a record, or dismiss it with a reason.

A typed record is built by the extraction schema (``Requirement``), its value read and checked as an
alert's edit is (``edits``), its identifiers and qualifiers by the rule model; it then enters the rule state as an accepted record: the change it makes is stored as
an alert accepted by the editor (so it is in the history and in ``rulewatch export`` like any
accepted alert). The CLI and the web pages call these same functions.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Mapping, get_args

from pydantic import ValidationError

from rulewatch.diff import apply_records, diff_rulesets, rule_value
from rulewatch.errors import ReviewError
from rulewatch.schemas import (CATEGORY_IDS, CRITERIA, IDENTITY_QUALIFIERS, PROGRAM_IDS, Change, Requirement, UnreadReason,
                               UnreadStatement)
from rulewatch.schemas.vocabulary import FACTORS
from rulewatch.store import Store, add_alerts, latest_ruleset, review_alert, save_ruleset
from rulewatch.store.tables import MAX_ID
from rulewatch.store.unread import (StoredAnswer, StoredUnread, add_answer, answer_for, get_unread, unread_statements,
                                    waiting_counts)

from .edits import DESCRIPTIVE, corrected_requirement

STATUSES = ("waiting", "answered", "all")
REASONS: tuple[str, ...] = get_args(UnreadReason)
SUBJECTS: tuple[str, ...] = ("express-entry", "category:*", *(f"category:{c}" for c in CATEGORY_IDS),
                             *(f"program:{p}" for p in PROGRAM_IDS))
QUALIFIERS = ("household_size", "factor", "ability", "within_years", "continuous", "full_time")


@dataclass(frozen=True)
class UnreadFilter:
    """What narrows the "To read" list; None means any. ``status`` waiting (default), answered or all."""

    status: str = "waiting"
    source: str | None = None
    reason: str | None = None
    criterion: str | None = None
    night: int | None = None

    def __post_init__(self) -> None:
        allowed = {"status": STATUSES, "reason": REASONS, "criterion": tuple(CRITERIA)}
        for name, values in allowed.items():
            value = getattr(self, name)
            if value is not None and value not in values:
                raise ReviewError(f"unknown {name} {value!r}: use one of {', '.join(values)}")
        if self.night is not None and not 0 < self.night <= MAX_ID:
            raise ReviewError(f"no night has id {self.night}")

    @classmethod
    def parse(cls, pairs: Mapping[str, str] | list[str]) -> "UnreadFilter":
        """From ``NAME=VALUE`` strings (the CLI's --filter) or a query string's parameters (empty values ignored)."""
        names = {f.name for f in fields(cls)}
        items = pairs.items() if isinstance(pairs, Mapping) else (p.partition("=")[::2] for p in pairs)
        values: dict[str, object] = {}
        for name, value in items:
            name, value = name.strip(), value.strip()
            if name not in names:
                if isinstance(pairs, Mapping):
                    continue  # other query parameters (done=…) are not filters
                raise ReviewError(f"bad filter {name!r}: use NAME=VALUE with NAME one of {', '.join(sorted(names))}")
            if value:
                values[name] = _whole(value, "night") if name == "night" else value
        return cls(**values)  # type: ignore[arg-type]

    def as_params(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name) is not None}


def to_read(store: Store, flt: UnreadFilter) -> list[StoredUnread]:
    """The statements an editor should read (latest crawled night unless ``night``), filtered."""
    answered = {"waiting": False, "answered": True, "all": None}[flt.status]
    with store.transaction() as session:
        return unread_statements(session, flt.night, True, flt.source, answered=answered, reason=flt.reason,
                                 criterion=flt.criterion)


def waiting_per_source(store: Store) -> dict[str, int]:
    """Source -> statements of the latest night still waiting for an editor (the queue's sidebar, the digest)."""
    with store.transaction() as session:
        return waiting_counts(session)


def statement(store: Store, statement_id: int) -> tuple[StoredUnread, StoredAnswer | None]:
    """One statement and the answer covering it, if any; raises UnknownStatement."""
    with store.transaction() as session:
        return get_unread(session, statement_id), answer_for(session, statement_id)


# --- typing a statement into a record ----------------------------------------------------------

def _whole(text: str, name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ReviewError(f"{name} must be a whole number, not {text!r}") from None


def _identity(criterion: str, typed: Mapping[str, str]) -> dict[str, object]:
    """The qualifiers that say which rule it is, as the rule model allows them for the criterion."""
    given = {n: (typed.get(n) or "").strip() for n in IDENTITY_QUALIFIERS}
    out: dict[str, object] = {n: v for n, v in given.items() if v}
    needs_factor = criterion in ("factor_max_points", "crs_points")
    if needs_factor != ("factor" in out):
        raise ReviewError(f"the factor qualifier is {'required' if needs_factor else 'only'} for factor_max_points and crs_points")
    if "factor" in out and out["factor"] not in FACTORS:
        raise ReviewError(f"unknown factor {out['factor']!r}: use one of {', '.join(FACTORS)}")
    if (criterion == "proof_of_funds") != ("household_size" in out):
        raise ReviewError("proof_of_funds needs household_size (1-7 or each-additional), and only it takes one")
    if out.get("household_size", "each-additional") != "each-additional":
        out["household_size"] = size = _whole(str(out["household_size"]), "household_size")
        if not 1 <= size <= 7:
            raise ReviewError(f"household_size is 1 to 7 or each-additional, not {size}")
    if "ability" in out and criterion != "language_min":
        raise ReviewError("the ability qualifier is only for language_min")
    return out


def typed_record(statement: UnreadStatement, typed: Mapping[str, str], editor: str) -> Requirement:
    """The record an editor typed for a statement, with the statement's evidence: built by the extraction
    schema, its value read and checked as an alert's edit is (``edits.corrected_requirement``); raises
    ReviewError saying what is wrong."""
    criterion = (typed.get("criterion") or "").strip()
    if criterion not in CRITERIA:
        raise ReviewError(f"choose a criterion: one of {', '.join(CRITERIA)}")
    subject = (typed.get("subject") or "").strip()
    if subject not in SUBJECTS:
        raise ReviewError(f"choose a subject: express-entry, category:*, category:<id> or program:<id>, not {subject!r}")
    value = (typed.get("value") or "").strip()
    if not value:
        raise ReviewError("the value is required")
    effective = (typed.get("effective_from") or "").strip()
    try:
        effective_from = date.fromisoformat(effective) if effective else None
    except ValueError:
        raise ReviewError(f"effective_from is a date YYYY-MM-DD, not {effective!r}") from None
    spec = CRITERIA[criterion]
    try:  # the criterion's own operator and unit: the editor's value, operator and unit are read onto them
        base = Requirement(evidence=statement.evidence.model_copy(update={"extractor": f"editor:{editor}"}),
                           subject=subject, criterion=criterion, operator=spec.operator,  # type: ignore[arg-type]
                           value=[0] if spec.operator == "in" else 1, unit=spec.unit,
                           qualifiers=_identity(criterion, typed), effective_from=effective_from)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ReviewError(f"the record does not fit the rule model ({problems})") from None
    descriptive = {n: typed[n] for n in DESCRIPTIVE if (typed.get(n) or "").strip()}
    return corrected_requirement(base, value, typed.get("operator"), typed.get("unit"), descriptive)


@dataclass(frozen=True)
class Answered:
    """What an answer did: the stored answer, and for a typed record the accepted change it made (None when the
    rule state already held that value, or a later statement of the key)."""

    answer: StoredAnswer
    change: Change | None = None
    alert_id: int | None = None
    state_value: str | None = None  # the key's value in the rule state afterwards


def type_statement(store: Store, statement_id: int, typed: Mapping[str, str], editor: str, reason: str = "") -> Answered:
    """Turn a statement into a record, in one transaction: the rule state gets a new version holding it,
    and the change it makes is an alert accepted by ``editor``. Raises ReviewError (bad record),
    ReviewConflict (already answered) or UnknownStatement."""
    why = reason.strip() or f"typed from unread statement #{statement_id}"
    with store.transaction() as session:
        stored = get_unread(session, statement_id)
        record = typed_record(stored.statement, typed, editor)
        parent_id, previous = latest_ruleset(session)
        current = apply_records(previous, [record])
        change = next(iter(diff_rulesets(previous, current)), None)  # one record: at most one key moves
        alert_id = None
        if change is not None:
            change = change.model_copy(update={"reasons": [*change.reasons, f"typed by {editor} from unread statement "
                                                                               f"#{statement_id} ({stored.statement.reason})"]})
            ruleset_id = save_ruleset(session, current, None, parent_id)
            [alert_id] = add_alerts(session, [change], None, ruleset_id)
            review_alert(session, alert_id, "accept", why, editor)
        answer = add_answer(session, statement_id, "typed", why, editor, record, alert_id)  # a conflict rolls all back
        state = current.rules.get(record.key)
        return Answered(answer, change, alert_id, rule_value(state).text if state is not None else None)


def dismiss_statement(store: Store, statement_id: int, reason: str, editor: str) -> Answered:
    """Set a statement aside for good, with a reason (it states no rule, or none of the model)."""
    if not reason or not reason.strip():
        raise ReviewError("a reason is required to dismiss a statement")
    with store.transaction() as session:
        get_unread(session, statement_id)
        return Answered(add_answer(session, statement_id, "dismissed", reason.strip(), editor))
