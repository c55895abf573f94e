"""Real-browser fixtures: Debian's Chromium driven by Playwright, the review app served by uvicorn in a thread."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from rulewatch.review import add_user
from rulewatch.review.web import create_app
from tests.review_support import missing, templates

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        missing("Chromium (Debian package chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright (pip install -e '.[test]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"])
        yield browser
        browser.close()


@contextmanager
def running_app(store):
    """The review app over ``store``, served by uvicorn on 127.0.0.1 in a thread: yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not (server.started and server.servers) and time.monotonic() < deadline:
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


@pytest.fixture
def served(tmp_path):
    """(base URL, store): the app over a fresh copy of the two-night store, with editors ana and bob."""
    store = templates().sqlite_store(tmp_path / "data")
    for name in ("ana", "bob"):
        add_user(store, name, PASSWORD)
    with running_app(store) as base:
        yield base, store
    store.engine.dispose()


def log_in(browser, base: str, editor: str, contexts: list):  # noqa: ANN201 -- a Playwright page
    """A new page logged in as ``editor`` (on the queue); every script dialog it opens is recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    contexts.append(context)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(base + "/")
    page.fill("input[name=name]", editor)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#queue, .queue")
    return page


@pytest.fixture
def page_of(browser, served):
    """A new logged-in page for an editor; every script dialog it opens is recorded."""
    base, _ = served
    contexts: list = []

    def open_as(editor: str):
        page = log_in(browser, base, editor, contexts)
        page.wait_for_selector("#queue")
        return page

    yield open_as
    for context in contexts:
        context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"review-{name}.png"), full_page=True)
