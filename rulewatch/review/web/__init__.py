"""The review web app: ``create_app(store)`` for tests and ``serve`` for ``rulewatch serve``."""

from __future__ import annotations

from rulewatch.store import Store

from .app import create_app


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app until interrupted (uvicorn, one process: the store is the only shared state)."""
    import uvicorn

    uvicorn.run(create_app(store), host=host, port=port, log_level="info", proxy_headers=False)


__all__ = ["create_app", "serve"]
