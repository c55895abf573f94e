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
