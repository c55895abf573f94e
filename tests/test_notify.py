"""Notifications through Apprise to a webhook receiver on 127.0.0.1: a digest of new alerts after each night,
nothing on a night without alerts, and a failed send retried the next night without losing an alert."""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rulewatch.demo import LOCAL_SETTINGS, site_root
from rulewatch.demo.local_site import serve_site
from rulewatch.errors import NotifyConfigError
from rulewatch.nightly import run_night
from rulewatch.notify import NotifyConfig, build_digest, load_notify_config
from rulewatch.schemas import Category, Evidence
from rulewatch.store import Store, StoredAlert, outbox_rows
from tests.test_nightly import write_sources


class Receiver:
    def __init__(self) -> None:
        self.messages: list[dict] = []
        self.status = 200
        self.port = 0


@contextmanager
def webhook_receiver():
    receiver = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if receiver.status == 200:
                receiver.messages.append(json.loads(body))
            self.send_response(receiver.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


def config(tmp_path: Path, port: int) -> NotifyConfig:
    path = tmp_path / "notify.toml"
    path.write_text(f"""
[[target]]
name = "editors-html"
url = "json://127.0.0.1:{port}/hook"

[[target]]
name = "editors-text"
url_env = "RULEWATCH_TEST_HOOK"
format = "text"
""", encoding="utf-8")
    return load_notify_config(path)


@pytest.mark.slow
def test_digest_after_a_night_nothing_without_alerts_and_a_failure_is_retried(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "data")
    with webhook_receiver() as hook, serve_site(site_root() / "night1") as site:
        monkeypatch.setenv("RULEWATCH_TEST_HOOK", f"json://127.0.0.1:{hook.port}/text")
        notify = config(tmp_path, hook.port)
        sources = write_sources(tmp_path / "sources.toml", site)
        first = run_night(store, sources, LOCAL_SETTINGS, notify=notify)
        assert sorted(first.delivery.sent) == ["editors-html", "editors-text"]
        html, text = sorted(hook.messages, key=lambda m: "<h1>" not in m["message"])
        assert html["title"] == f"rulewatch: {len(first.alerts)} new alerts" and "<h1>" in html["message"]
        assert "<" not in text["message"] and "category:agriculture-agri-food" in text["message"]

        hook.messages.clear()
        quiet = run_night(store, sources, LOCAL_SETTINGS, notify=notify)  # same pages: no alerts
        assert quiet.alerts == [] and hook.messages == [] and quiet.delivery.sent == {}

        site.root = site_root() / "night2"
        hook.status = 500
        failed = run_night(store, sources, LOCAL_SETTINGS, notify=notify)
        assert failed.alerts and set(failed.delivery.failed) == {"editors-html", "editors-text"}
        with store.transaction() as session:
            pending = [r.alert_id for r in outbox_rows(session) if r.status == "pending"]
        assert sorted(pending) == sorted([i for i, _ in failed.alerts] * 2)

        hook.status = 200
        retried = run_night(store, sources, LOCAL_SETTINGS, notify=notify)  # nothing new, the backlog is sent
        assert retried.alerts == []
        assert retried.delivery.sent["editors-html"] == sorted(i for i, _ in failed.alerts)
        assert len(hook.messages) == 2
        with store.transaction() as session:
            assert {r.status for r in outbox_rows(session)} == {"sent"}


def test_scraped_text_is_escaped_in_the_html_digest():
    ev = Evidence(url="https://news.example/a?x=<script>", snapshot="sha256:0", start=0, end=10, authority="news",
                  quote='<script>alert("x")</script> & <b>gras</b>', source="<img src=x onerror=1>")
    from datetime import datetime, timezone

    from rulewatch.diff import apply_records, diff_rulesets
    from rulewatch.schemas import RuleSet

    (change,) = diff_rulesets(RuleSet(), apply_records(RuleSet(), [Category(id="education", evidence=ev)]))
    digest = build_digest([StoredAlert(7, 1, datetime(2026, 3, 1, tzinfo=timezone.utc), "open", 1, change)])
    assert "<script>" not in digest.html and "<img" not in digest.html and "<b>" not in digest.html
    assert "&lt;script&gt;" in digest.html and "&amp;" in digest.html
    assert '<script>alert("x")</script>' in digest.text  # the plain-text body keeps the words as they are
    assert "a category was added" in digest.text  # the priority's reasons travel with the alert


@pytest.mark.parametrize("text,message", [
    ('[[target]]\nname = "a"\n', "exactly one of url and url_env"),
    ('[[target]]\nname = "a b"\nurl = "json://x"\n', "target.0.name"),
    ('[[target]]\nname = "a"\nurl = "json://x"\n[[target]]\nname = "a"\nurl = "json://y"\n', "unique"),
    ("not toml [", "not valid TOML"),
])
def test_a_bad_notify_config_names_the_problem(tmp_path, text, message):
    path = tmp_path / "notify.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NotifyConfigError, match=message):
        load_notify_config(path)
