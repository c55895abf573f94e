"""Login throttling: growing delays per name and per address, kept in the store, that a stranger cannot
turn into a lock-out of an editor; a refused try costs no argon2 hash."""

import re
import threading
from datetime import datetime, timedelta, timezone

from fastapi.testclient import TestClient

from rulewatch.review import add_user
from rulewatch.review import users
from rulewatch.review.throttle import LoginThrottle
from rulewatch.review.web import create_app
from tests.review_support import sqlite_store  # noqa: F401 -- fixture

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def _client(store, clock, address="198.51.100.7"):
    return TestClient(create_app(store, LoginThrottle(store, clock=clock)), client=(address, 40000), follow_redirects=False)


def _try(client, name, password):
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    return client.post("/login", data={"name": name, "password": password, "csrf": token})


def _wait_in(response) -> int:
    """The seconds the page says to wait."""
    amount, unit = re.search(r"try again in (\d+) (second|minute)", response.text).groups()
    return int(amount) * (60 if unit == "minute" else 1)


def test_delays_grow_with_each_failure_and_are_never_a_fixed_lock(sqlite_store):
    add_user(sqlite_store, "ana", PASSWORD)
    clock = Clock()
    guesser = _client(sqlite_store, clock)
    assert [_try(guesser, "ana", f"guess {i}!").status_code for i in range(5)] == [401] * 5  # free tries
    waits = []
    for i in range(6):
        assert _try(guesser, "ana", f"more {i}!").status_code == 401  # checked, wrong: the next try waits
        refused = _try(guesser, "ana", PASSWORD)
        assert refused.status_code == 429
        waits.append(_wait_in(refused))
        clock.now += timedelta(seconds=waits[-1])
    assert waits == [1, 2, 4, 8, 16, 32]
    assert _try(guesser, "ana", PASSWORD).status_code == 303  # once waited, the right password works


def test_a_stranger_failing_for_ana_never_delays_ana_in_her_own_browser(sqlite_store):
    add_user(sqlite_store, "ana", PASSWORD)
    clock = Clock()
    ana = _client(sqlite_store, clock, "192.0.2.10")
    assert _try(ana, "ana", PASSWORD).status_code == 303  # her browser is now known
    assert ana.cookies.get("rw_device")
    stranger = _client(sqlite_store, clock, "203.0.113.66")
    for i in range(30):
        _try(stranger, "ana", f"guess {i}!")
    assert _try(stranger, "ana", PASSWORD).status_code == 429  # the stranger waits, even with her password
    ana.cookies.delete("rw_session")
    assert _try(ana, "ana", PASSWORD).status_code == 303  # ana does not
    new_browser = _client(sqlite_store, clock, "192.0.2.11")
    assert _try(new_browser, "ana", PASSWORD).status_code == 429  # a browser never seen waits like anyone


def test_the_throttle_survives_a_restart(sqlite_store):
    add_user(sqlite_store, "ana", PASSWORD)
    clock = Clock()
    first = _client(sqlite_store, clock)
    for i in range(7):
        _try(first, "ana", f"guess {i}!")
    restarted = _client(sqlite_store, clock)  # a new app over the same store: a new server process
    assert _try(restarted, "ana", PASSWORD).status_code == 429


def test_one_address_cycling_names_is_delayed_too(sqlite_store):
    clock = Clock()
    sprayer = _client(sqlite_store, clock)
    statuses = [_try(sprayer, f"user{i}", "Winter2026!").status_code for i in range(8)]
    assert statuses[:5] == [401] * 5 and 429 in statuses[5:]


class CountingHasher:
    """The real argon2 hasher, counting its password checks."""

    def __init__(self, hasher) -> None:
        self.hasher, self.checks = hasher, 0

    def verify(self, *args):
        self.checks += 1
        return self.hasher.verify(*args)

    def __getattr__(self, name):
        return getattr(self.hasher, name)


def test_a_burst_of_logins_runs_few_argon2_checks(sqlite_store, monkeypatch):
    add_user(sqlite_store, "ana", PASSWORD)
    hasher = CountingHasher(users._hasher)
    monkeypatch.setattr(users, "_hasher", hasher)
    app = create_app(sqlite_store, LoginThrottle(sqlite_store, clock=Clock()))
    token = re.search(r'name="csrf" value="([^"]+)"', TestClient(app).get("/login").text).group(1)
    statuses = []

    def post():  # 40 browsers of one address at once, each with its login form
        client = TestClient(app, client=("198.51.100.7", 40000), cookies={"rw_login_csrf": token})
        statuses.append(client.post("/login", data={"name": "ana", "password": "not it at all", "csrf": token}).status_code)

    threads = [threading.Thread(target=post) for _ in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(statuses) == 40 and set(statuses) <= {401, 429} and statuses.count(429) >= 34
    assert hasher.checks <= 6  # five free failures and at most one more, however many come at once


def test_serve_warns_when_it_listens_beyond_this_machine_without_tls(sqlite_store, monkeypatch, tmp_path):
    from typer.testing import CliRunner

    import rulewatch.review.web as web
    from rulewatch.cli import app as cli

    served = []
    monkeypatch.setattr(web, "serve", lambda *args: served.append(args))
    base = ["--data-dir", str(sqlite_store.data_dir), "serve"]
    outside = CliRunner().invoke(cli, [*base, "--host", "0.0.0.0"])
    assert outside.exit_code == 0 and "warning: serving on 0.0.0.0 without TLS" in outside.stderr
    for host in ("127.0.0.1", "::1", "localhost"):
        assert "warning" not in CliRunner().invoke(cli, [*base, "--host", host]).stderr
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text("x"), key.write_text("x")
    with_tls = CliRunner().invoke(cli, [*base, "--host", "0.0.0.0", "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)])
    assert with_tls.exit_code == 0 and "warning" not in with_tls.stderr
    assert [args[1:] for args in served][-1] == ("0.0.0.0", 8000, str(cert), str(key))
