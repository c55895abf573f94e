"""The review pages in-process (FastAPI's TestClient): login, CSRF, escaping, decisions, conflicts.
A real browser is only used for what needs one (tests/browser)."""

import json
import re
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rulewatch.cli import app as cli
from rulewatch.errors import AccountError
from rulewatch.review import add_user
from rulewatch.review.users import open_session, session_login
from rulewatch.review.web import create_app
from rulewatch.schemas import Category, Evidence
from rulewatch.store import add_alerts
from rulewatch.diff import apply_records, diff_rulesets
from rulewatch.schemas import RuleSet
from tests.review_support import any_store, sqlite_store  # noqa: F401 -- fixtures

PASSWORD = "correct horse battery"


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def login(client: TestClient, name: str = "ana") -> str:
    form = client.get("/login")
    done = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": _csrf(form.text), "next": "/"},
                       follow_redirects=True)
    assert done.status_code == 200 and "Log out" in done.text, done.text
    return _csrf(done.text)


@pytest.fixture
def web(sqlite_store):
    add_user(sqlite_store, "ana", PASSWORD)
    add_user(sqlite_store, "bob", PASSWORD)
    return sqlite_store


def _open_alert(store, **facets):
    from rulewatch.review import QueueFilter, queue_page

    with store.transaction() as session:
        return queue_page(session, QueueFilter(**facets), per_page=None).rows[0]


def test_every_page_needs_a_login(web):
    client = TestClient(create_app(web))
    alert = _open_alert(web)
    digest = alert.change.after_evidence[0].snapshot.removeprefix("sha256:")
    for path in ("/", "/alerts.json", f"/alerts/{alert.id}", f"/alerts/{alert.id}.json", "/history", f"/snapshots/{digest}"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next="), path
    posted = client.post(f"/alerts/{alert.id}/decision", data={"action": "accept", "reason": "x", "version": 1},
                         follow_redirects=False)
    assert posted.status_code == 303 and _open_alert(web).id == alert.id  # nothing decided


def test_login_refuses_bad_passwords_and_forms_without_their_token(web):
    client = TestClient(create_app(web))
    token = _csrf(client.get("/login").text)
    wrong = client.post("/login", data={"name": "ana", "password": "nope nope", "csrf": token})
    assert wrong.status_code == 401 and "wrong user name or password" in wrong.text.lower()
    forged = client.post("/login", data={"name": "ana", "password": PASSWORD, "csrf": "forged"})
    assert forged.status_code == 403
    assert client.get("/", follow_redirects=False).status_code == 303
    csrf = login(client)
    alert = _open_alert(web)
    no_token = client.post(f"/alerts/{alert.id}/decision", data={"action": "accept", "reason": "ok", "version": alert.version})
    assert no_token.status_code == 403 and "CSRF" in no_token.text
    assert client.post("/logout", data={"csrf": "wrong"}).status_code == 403
    assert client.post("/logout", data={"csrf": csrf}).status_code == 200  # back on the login page
    assert client.get("/", follow_redirects=False).status_code == 303
    assert client.get("/login?next=//evil.example/x").text.count('value="/"') == 1  # no open redirect


def test_accounts_and_sessions(web):
    with pytest.raises(AccountError, match="already exists"):
        add_user(web, "ana", PASSWORD)
    with pytest.raises(AccountError, match="at least 8"):
        add_user(web, "cy", "short")
    from rulewatch.store.tables import User
    with web.transaction() as session:
        stored = session.query(User).filter_by(name="ana").one().password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    token, _ = open_session(web, "ana", PASSWORD, idle=timedelta(seconds=-1))
    assert session_login(web, token) is None  # expired
    token, _ = open_session(web, "ana", PASSWORD)
    assert session_login(web, token).editor == "ana"
    result = CliRunner().invoke(cli, ["--data-dir", str(web.data_dir), "user", "add", "dora", "--password-stdin"],
                                input="a long enough password\n")
    assert result.exit_code == 0, result.output
    assert open_session(web, "dora", "a long enough password")[1].editor == "dora"


def test_sessions_slide_while_used_and_end_after_a_working_day(web):
    token, first = open_session(web, "ana", PASSWORD, idle=timedelta(minutes=30))
    slid = session_login(web, token, idle=timedelta(hours=2))
    assert slid.expires_at - first.expires_at > timedelta(minutes=80)  # a request pushes the idle expiry on
    assert session_login(web, token, lifetime=timedelta(seconds=0)) is None  # past the lifetime, however active


def test_password_change_and_removal_close_sessions_from_the_cli(web):
    token, _ = open_session(web, "ana", PASSWORD)
    base = ["--data-dir", str(web.data_dir), "user"]
    listed = CliRunner().invoke(cli, [*base, "list", "--json"])
    assert [(a["name"], a["open_sessions"]) for a in json.loads(listed.output)] == [("ana", 1), ("bob", 0)]
    changed = CliRunner().invoke(cli, [*base, "passwd", "ana", "--password-stdin"], input="another long password\n")
    assert changed.exit_code == 0, changed.output
    assert session_login(web, token) is None  # a stolen cookie stops working with the old password
    with pytest.raises(AccountError):
        open_session(web, "ana", PASSWORD)
    assert open_session(web, "ana", "another long password")[1].editor == "ana"
    assert CliRunner().invoke(cli, [*base, "remove", "bob"]).exit_code == 0
    with pytest.raises(AccountError):
        open_session(web, "bob", PASSWORD)
    unknown = CliRunner().invoke(cli, [*base, "remove", "bob"])
    assert unknown.exit_code != 0 and "no user is called 'bob'" in unknown.output
    assert "ana" in CliRunner().invoke(cli, [*base, "list"]).output


def test_an_editor_changes_their_own_password_and_their_other_sessions_end(web):
    laptop, phone = TestClient(create_app(web)), TestClient(create_app(web))
    csrf = login(laptop)
    login(phone)
    page = laptop.get("/account")
    assert page.status_code == 200 and 'href="/account"' in page.text
    form = {"csrf": csrf, "current": PASSWORD, "new": "a brand new passphrase", "repeat": "a brand new passphrase"}
    assert "current password is wrong" in laptop.post("/account/password", data={**form, "current": "not mine!"}).text
    assert "differ" in laptop.post("/account/password", data={**form, "repeat": "something else"}).text
    assert laptop.post("/account/password", data={**form, "csrf": "forged"}).status_code == 403
    assert laptop.post("/account/password", data={**form, "new": "short", "repeat": "short"}).status_code == 400
    with pytest.raises(AccountError):
        open_session(web, "ana", "a brand new passphrase")  # nothing refused above changed anything
    done = laptop.post("/account/password", data=form)
    assert done.status_code == 200 and "Password changed" in done.text  # this browser stays logged in
    assert phone.get("/", follow_redirects=False).status_code == 303  # the other session ended
    assert open_session(web, "ana", "a brand new passphrase")[1].editor == "ana"
    with pytest.raises(AccountError):
        open_session(web, "ana", PASSWORD)


def test_queue_filters_with_counts_and_its_json_twin(web):
    client = TestClient(create_app(web))
    login(client)
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-security-policy"].startswith("default-src 'none'; script-src 'self'")
    # tightened on night 2: the categories' experience minimum and the 8 proof-of-funds amounts (2023 -> 2025)
    assert re.search(r'data-value="tightened">tightened</a> <span class="count">9</span>', page.text)
    filtered = client.get("/?type=tightened")
    assert filtered.text.count("<tr data-id=") == 9
    twin = client.get("/alerts.json?source=forum-expat-qc").json()
    assert twin["total"] == len(twin["alerts"]) == 3 and twin["counts"]["source"]["forum-expat-qc"] == 3
    assert client.get("/?type=nonsense").status_code == 400


def test_alert_page_escapes_scraped_text_and_never_links_a_script_url(web):
    evidence = Evidence(url="javascript:alert(document.cookie)", snapshot="sha256:" + "1" * 64,
                        quote='la catégorie <img src=x onerror="alert(1)">', start=0, end=10, source="<b>bad</b>")
    changes = diff_rulesets(RuleSet(), apply_records(RuleSet(), [Category(id="education", evidence=evidence)]))
    with web.transaction() as session:
        (alert_id,) = add_alerts(session, changes, None, None)
    client = TestClient(create_app(web))
    login(client)
    html = client.get(f"/alerts/{alert_id}").text
    assert '<img src=x onerror' not in html and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert 'href="javascript:' not in html and "<b>bad</b>" not in html
    hostile = _open_alert(web, category="military-recruits")
    html = client.get(f"/alerts/{hostile.id}").text
    assert "<script>window.__xss" not in html and "&lt;script&gt;window.__xss" in html
    assert "<mark>Le gouvernement a ajouté la catégorie des militaires" in html
    digest = hostile.change.after_evidence[0].snapshot.removeprefix("sha256:")
    raw = client.get(f"/snapshots/{digest}/raw")
    assert raw.headers["content-type"].startswith("text/plain")
    assert raw.headers["content-security-policy"].startswith("sandbox")
    assert raw.headers["x-content-type-options"] == "nosniff"
    assert "<script>" in raw.text  # the archive as fetched, served as text
    assert client.get("/snapshots/..%2f..%2fetc%2fpasswd").status_code == 404


def test_accepting_on_the_page_publishes_and_the_second_editor_sees_the_first_decision(any_store, tmp_path):
    add_user(any_store, "ana", PASSWORD)
    add_user(any_store, "bob", PASSWORD)
    ana, bob = TestClient(create_app(any_store)), TestClient(create_app(any_store))
    ana_csrf, bob_csrf = login(ana, "ana"), login(bob, "bob")
    alert = _open_alert(any_store, category="education")
    bob_saw = bob.get(f"/alerts/{alert.id}?category=education")
    assert f'name="version" value="{alert.version}"' in bob_saw.text
    missing_reason = ana.post(f"/alerts/{alert.id}/decision",
                              data={"action": "accept", "reason": "", "version": alert.version, "csrf": ana_csrf})
    assert missing_reason.status_code == 400 and "A reason is required" in missing_reason.text
    done = ana.post(f"/alerts/{alert.id}/decision", follow_redirects=False, data={
        "action": "accept", "reason": "listed on canada.ca", "version": alert.version, "csrf": ana_csrf,
        "category": "education"})
    assert done.status_code == 303 and f"done={alert.id}" in done.headers["location"]
    late = bob.post(f"/alerts/{alert.id}/decision", data={
        "action": "reject", "reason": "too early", "version": alert.version, "csrf": bob_csrf})
    assert late.status_code == 409
    assert "Conflict: alert" in late.text and "already decided by ana" in late.text and "listed on canada.ca" in late.text
    assert "too early" not in re.search(r'<section class="history">.*?</section>', late.text, re.S).group(0)
    history = ana.get("/history").text
    assert "listed on canada.ca" in history and "too early" not in history
    out = tmp_path / "published"
    result = CliRunner().invoke(cli, ["--data-dir", str(any_store.data_dir), "--db", any_store.url, "export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rules = json.loads((out / "rules.json").read_text(encoding="utf-8"))
    assert [(r["key"], r["accepted"]["editor"]) for r in rules["rules"]] == [("category:education", "ana")]
