"""What a stranger can put in a URL: no text of theirs on our pages, no status code of theirs, no 5xx."""

from fastapi.testclient import TestClient

from rulewatch.review.web import create_app
from tests.review_support import sqlite_store  # noqa: F401 -- fixture

PHISHING = "Your account is suspended: call +1 555 0100"


def test_login_shows_only_its_own_messages(sqlite_store):
    client = TestClient(create_app(sqlite_store), raise_server_exceptions=False)
    for query in (f"error={PHISHING}", f"msg={PHISHING}", "msg=<script>alert(1)</script>"):
        page = client.get("/login", params=dict([query.split("=", 1)]))
        assert page.status_code == 200 and "555 0100" not in page.text and "alert(1)" not in page.text, query
        assert 'role="alert"' not in page.text
    for status in ("999", "-1", "500", "abc"):
        page = client.get(f"/login?status={status}")
        assert page.status_code == 200, status
    logged_out = client.get("/login?msg=logged-out")
    assert "You are logged out." in logged_out.text
    expired = client.get("/", cookies={"rw_session": "a session that ended"}, follow_redirects=True)
    assert "Your session ended: log in again." in expired.text


HOSTILE = ("99999999999999999999", "9223372036854775808", "2147483648", "-1", "0", "1e5", "abc", "١٢", "%00", "１",
           "1.5", "")
QUERY_NAMES = ("page", "done", "changed", "status", "error", "msg", "next", "alert", "type", "category", "source",
               "confirmation", "reason", "criterion", "version", "id")


def _paths(app):
    """Every route of the app with its methods, its path parameters to fill."""
    from fastapi.routing import APIRoute

    return [(route.path, route.methods) for route in app.routes if isinstance(route, APIRoute) and route.path != "/logout"]


def test_every_route_answers_hostile_values_without_a_server_error(sqlite_store):
    import re

    from rulewatch.review import add_user
    from tests.test_web_app import PASSWORD, login

    add_user(sqlite_store, "ana", PASSWORD)
    app = create_app(sqlite_store)
    client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    csrf = login(client)
    routes = _paths(app)
    assert len(routes) >= 11  # the sweep sees the routes added later too (the "To read" pages)
    seen = []
    for path, methods in routes:
        for value in HOSTILE:
            url = re.sub(r"\{[^}]+\}", value or "x", path)
            if "GET" in methods:
                for name in QUERY_NAMES:
                    response = client.get(url, params={name: value})
                    seen.append((response.status_code, "GET", url, name))
                    assert response.status_code < 500, (url, name, value, response.text[:300])
            if "POST" in methods:
                form = {"csrf": csrf, "version": value, "action": "edit", "value": value, "reason": "sweep",
                        "page": value, "within_years": value, "unit": value, "operator": value}
                response = client.post(url, data=form)
                seen.append((response.status_code, "POST", url, ""))
                assert response.status_code < 500, (url, value, response.text[:300])
    for status, method, url, name in seen:
        if re.search(r"/(alerts|unread)/[^/]*(99999|2147483648|9223372|-1|abc)", url):
            assert status in (303, 400, 403, 404), (method, url, name, status)
    huge_page = client.get("/?page=99999999999999999999")
    assert huge_page.status_code == 400 and "page" in huge_page.text


def test_cli_answers_a_huge_alert_id_in_one_line(sqlite_store):
    from typer.testing import CliRunner

    from rulewatch.cli import app as cli

    result = CliRunner().invoke(cli, ["--data-dir", str(sqlite_store.data_dir), "review", "99999999999999999999",
                                      "accept", "--reason", "x", "--editor", "ana"])
    assert result.exit_code == 1 and "no alert has id 99999999999999999999" in result.stderr
    assert "Traceback" not in result.output
