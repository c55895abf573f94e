"""Which statements an answer covers, in SQL, on SQLite and PostgreSQL: the same page and normalised quote,
or the same snapshot text and offsets; never the same words on another page."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from rulewatch.errors import ReviewConflict
from rulewatch.review.unread import dismiss_statement, type_statement
from rulewatch.schemas import Evidence, UnreadStatement
from rulewatch.store import Store, add_snapshot, start_night, unread_counts, unread_statements
from rulewatch.store.nights import SnapshotInfo
from rulewatch.store.unread import add_unread
from tests.review_support import postgres_server

PAGE, OTHER = "https://www.canada.ca/fr/sante.html", "https://nouvelles.example/sante"
LANGUAGE = "Côté français, NCLC 7, point final."
ORIENTATION = "Les candidats doivent aussi avoir suivi au moins 40 heures d’orientation."


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        opened = Store.open(tmp_path / "data")
    else:
        server = postgres_server()
        name = f"unread_{int(time.time() * 1000) % 10_000_000}"
        server.sql(f"CREATE DATABASE {name}")
        opened = Store.open(tmp_path / "data", server.url(name))
    yield opened
    opened.engine.dispose()


def _statement(url: str, quote: str, start: int, reason: str = "no-criterion") -> UnreadStatement:
    evidence = Evidence(url=url, snapshot="sha256:" + "0" * 64, quote=quote, start=start, end=start + len(quote),
                        language="fr", authority="official", source="canada-sante")
    return UnreadStatement(evidence=evidence, reason=reason, kinds=["level"], criteria=[])  # type: ignore[arg-type]


def _night(store: Store, pages: dict[str, tuple[str, list[UnreadStatement]]]) -> int:
    """One night: per URL, its main text's digest and its unread statements."""
    with store.transaction() as session:
        night = start_night(session)
        for url, (text_sha256, statements) in pages.items():
            snapshot = add_snapshot(session, night, SnapshotInfo(source="canada-sante", url=url, status=200,
                                                                 fetched_at=datetime(2026, 5, 1, tzinfo=timezone.utc),
                                                                 text_sha256=text_sha256))
            add_unread(session, night, snapshot, "canada-sante", statements, text_sha256)
    return night


def test_an_answer_covers_the_same_statement_on_later_nights_and_nothing_else(store):
    first = _night(store, {PAGE: ("a" * 64, [_statement(PAGE, LANGUAGE, 100), _statement(PAGE, ORIENTATION, 200)])})
    with store.transaction() as session:
        language, orientation = (s.id for s in unread_statements(session, first))
    typed = type_statement(store, language, {"subject": "category:healthcare", "criterion": "language_min", "value": "7"}, "ana")
    assert typed.alert_id is not None and typed.answer.record.key == "requirement:category:healthcare:language_min"
    dismiss_statement(store, orientation, "no criterion of the model", "bob")
    with pytest.raises(ReviewConflict, match="already dismissed by bob"):
        dismiss_statement(store, orientation, "again", "ana")

    second = _night(store, {
        PAGE: ("b" * 64, [_statement(PAGE, "Côté  français, NCLC 7, point final.", 140),  # spacing
                          _statement(PAGE, ORIENTATION.replace("’", "'").upper(), 260)]),  # apostrophe, case
        OTHER: ("c" * 64, [_statement(OTHER, LANGUAGE, 100)]),  # the same words on another page still wait
    })
    third = _night(store, {"https://www.canada.ca/fr/sante-copie.html": ("a" * 64, [_statement(
        "https://www.canada.ca/fr/sante-copie.html", LANGUAGE, 100)])})  # same text, same offsets: the same statement
    with store.transaction() as session:
        waiting = unread_statements(session, second, answered=False)
        answered = unread_statements(session, second, answered=True)
        assert [s.statement.evidence.url for s in waiting] == [OTHER]
        assert len(answered) == 2 and unread_counts(session, second) == {"canada-sante": 1}
        assert unread_statements(session, third, answered=False) == [] and unread_counts(session, third) == {}
