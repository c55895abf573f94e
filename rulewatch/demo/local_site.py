"""A directory served on 127.0.0.1 (the demo and the tests): no outside network, no sleeps.

    with serve_site(root) as site:
        site.url("/page.html")            # http://127.0.0.1:<port>/page.html
        site.fail = {"/broken.html": 500}  # answer that status for that path
        site.redirects = {"/old.html": "/page.html"}  # 301 to another path
        site.root = other_root             # serve another directory from now on
        site.die_after = 5                 # answer 5 requests, then close every connection unanswered

Missing files are 404s (robots.txt included, which Scrapy treats as "allow all").
"""

from __future__ import annotations

import hashlib
import threading
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit


class Site:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.fail: dict[str, int] = {}
        self.redirects: dict[str, str] = {}
        self.die_after: int | None = None
        self.requests = 0  # requests received, robots.txt included
        self.port = 0
        self._lock = threading.Lock()

    def count_request(self) -> int:
        with self._lock:
            self.requests += 1
            return self.requests

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path.lstrip('/')}"


class _Handler(SimpleHTTPRequestHandler):
    # Keep-alive, as real sites serve: every response below carries a Content-Length (or is a bodiless 304).
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, site: Site, **kwargs: Any) -> None:
        self.site = site
        super().__init__(*args, directory=str(site.root), **kwargs)  # root read per request

    def send_head(self):  # noqa: ANN201 -- same as the base class
        path = urlsplit(self.path).path
        self._etag: str | None = None
        received = self.site.count_request()
        if self.site.die_after is not None and received > self.site.die_after:
            self.close_connection = True  # a dying server: the connection closes without an answer
            return None
        status = self.site.fail.get(path)
        if status is not None:
            self.send_error(status)
            return None
        target = self.site.redirects.get(path)
        if target is not None:
            self.send_response(301)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        # A content ETag, as real sites send: the files' dates lie when ``root`` switches between nights.
        file = Path(self.translate_path(self.path))
        self._etag = f'"{hashlib.sha1(file.read_bytes()).hexdigest()[:20]}"' if file.is_file() else None  # noqa: S324
        if self._etag and self.headers.get("If-None-Match") == self._etag:
            self.send_response(304)
            self.end_headers()
            return None
        return super().send_head()

    def end_headers(self) -> None:
        if getattr(self, "_etag", None):
            self.send_header("ETag", self._etag)
        super().end_headers()

    def list_directory(self, path):  # noqa: ANN001, ANN201 -- no directory listings: a folder is a 404
        self.send_error(404)
        return None

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 -- quiet
        pass


@contextmanager
def serve_site(root: Path) -> Iterator[Site]:
    site = Site(root)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, site=site))
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, name="local-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
