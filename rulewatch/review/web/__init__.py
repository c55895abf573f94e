"""The review web app: ``create_app(store)`` for tests and ``serve`` for ``rulewatch serve``."""

from __future__ import annotations

from rulewatch.store import Store

from .app import create_app


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000, certfile: str | None = None,
          keyfile: str | None = None) -> None:
    """Run the app until interrupted (uvicorn, one process: the store is the only shared state); with a
    certificate it serves HTTPS itself."""
    import uvicorn

    uvicorn.run(create_app(store), host=host, port=port, log_level="info", proxy_headers=False,
                ssl_certfile=certfile, ssl_keyfile=keyfile)


def is_loopback(host: str) -> bool:
    """Is ``host`` this machine only (127.0.0.1, ::1, localhost)? Names other than localhost are not."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


__all__ = ["create_app", "is_loopback", "serve"]
