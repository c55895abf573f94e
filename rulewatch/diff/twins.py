"""Twins: a page and its other-language version, read the same night, stating different values for one key.

canada.ca publishes each page in French and English; the two are one statement in two languages. When
they disagree, one of them has not been updated yet: the key is ``disputed`` (both values, each with its
quote) until the lagging twin catches up or an editor decides. The twin that *lags* is the one whose value
is older: the other started stating its value later (its first statement of it, by the page's modification
date, else its publication date, else the night it was read), and the disagreement dates from then. When
both started the same day, neither can be said to lag: they simply disagree.

Only requirements are compared: their values (numbers, units, qualifiers) do not depend on the language,
while a category's occupations or a round's name are written in each page's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Iterable, Mapping, Sequence

from rulewatch.schemas import Record, Requirement, SourcedValue

from .merge import rank, stated_on
from .standing import Standing
from .values import compatible, rule_value

LANGUAGE_NAMES = {"fr": "French", "en": "English"}
_NEVER = datetime.min.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class TwinDispute:
    """One key the twins state differently tonight; ``since`` is None when neither can be said to lag."""

    key: str
    leading: Record  # the twin whose value is the newer one (when ``since`` is None: either)
    lagging: Record
    since: date | None

    def line(self) -> str:
        """What `rulewatch health` says: 'English twin still states ≥ 6 months since 2026-02-18 (key; French: ≥ 12 months)'."""
        lagging, leading = rule_value(self.lagging).text, rule_value(self.leading).text
        lag_name, lead_name = _language(self.lagging), _language(self.leading)
        if self.since is None:
            return f"{lead_name} and {lag_name} twins state {leading} and {lagging} ({self.key})"
        return f"{lag_name} twin still states {lagging} since {self.since.isoformat()} ({self.key}; {lead_name}: {leading})"


def _language(record: Record) -> str:
    return LANGUAGE_NAMES.get(record.evidence.language or "", record.evidence.language or "other-language")


def _top(records: Iterable[Record]) -> dict[str, Record]:
    """Each key's highest-ranked requirement among one page's records."""
    out: dict[str, Record] = {}
    for record in records:
        if isinstance(record, Requirement) and (record.key not in out or rank(record) > rank(out[record.key])):
            out[record.key] = record
    return out


def disagreements(pairs: Iterable[tuple[str, str]], records: Iterable[Record]) -> list[tuple[Record, Record]]:
    """For each twin pair (URLs), the requirements both state tonight with values that differ."""
    by_url: dict[str, list[Record]] = {}
    for record in records:
        by_url.setdefault(record.evidence.url, []).append(record)
    found = []
    for first, second in sorted(pairs):
        mine, theirs = _top(by_url.get(first, ())), _top(by_url.get(second, ()))
        for key in sorted(mine.keys() & theirs.keys()):
            if not compatible(rule_value(mine[key]), rule_value(theirs[key])):
                found.append((mine[key], theirs[key]))
    return found


def _updated(record: Record) -> date:
    ev = record.evidence
    return ev.modified or stated_on(record)


def stating_since(tonight: Record, statements: Sequence[Record]) -> date:
    """Since when the page of ``tonight`` has stated its value: its statements of the key, newest read first,
    back to the first that said something else; the date of the earliest one that agrees."""
    value = rule_value(tonight)
    own = sorted((r for r in statements if r.evidence.url == tonight.evidence.url),
                 key=lambda r: r.evidence.fetched_at or _NEVER, reverse=True)
    earliest = tonight
    for record in own:
        if not compatible(value, rule_value(record)):
            break
        earliest = record if _updated(record) < _updated(earliest) else earliest
    return _updated(earliest)


def resolve(first: Record, second: Record, statements: Sequence[Record]) -> TwinDispute:
    """Which twin lags, and since when, from every statement of the key (all nights)."""
    since_first, since_second = stating_since(first, statements), stating_since(second, statements)
    if since_first == since_second:
        if rank(first) == rank(second):
            return TwinDispute(first.key, first, second, None)
        leading, lagging = (first, second) if rank(first) > rank(second) else (second, first)
        return TwinDispute(first.key, leading, lagging, since_first)
    leading, lagging = (first, second) if since_first > since_second else (second, first)
    return TwinDispute(first.key, leading, lagging, max(since_first, since_second))


def held_back(disputes: Iterable[TwinDispute]) -> set[tuple[str, str]]:
    """(key, URL) of the statements a lagging twin makes: they dispute the key but never move the rule state."""
    return {(d.key, d.lagging.evidence.url) for d in disputes if d.since is not None}


def disputed_by_twin(standing: Standing | None, dispute: TwinDispute) -> Standing:
    """The key's standing with both twins' values, each with its source, and the confirmation ``disputed``."""
    values = list(standing.values) if standing is not None else []
    for record in (dispute.leading, dispute.lagging):
        value = rule_value(record)
        i = next((i for i, v in enumerate(values) if compatible(v.value, value)), None)
        if i is None:
            values.append(SourcedValue(value=value, sources=[record.evidence]))
        elif all(e.url != record.evidence.url for e in values[i].sources):
            values[i] = SourcedValue(value=values[i].value, sources=[*values[i].sources, record.evidence])
    current = standing.current if standing is not None else dispute.leading
    return Standing(dispute.key, current, values, "disputed")


def with_twin_disputes(standings: Mapping[str, Standing], disputes: Iterable[TwinDispute]) -> dict[str, Standing]:
    out = dict(standings)
    for dispute in disputes:
        out[dispute.key] = disputed_by_twin(out.get(dispute.key), dispute)
    return out
