"""Local files as documents (``rulewatch extract``, ``rulewatch diff``): HTML or plain text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rulewatch.store.blobs import sha256_hex

from .document import Document


def document_from_path(path: Path, url: str | None = None, published: date | None = None) -> Document:
    body = path.read_bytes()
    suffix = path.suffix.lower()
    content_type = "text/html" if suffix in (".html", ".htm") else ("text/plain" if suffix in (".txt", ".text") else None)
    return Document(
        url=url or path.resolve().as_uri(),
        body=body,
        snapshot=f"sha256:{sha256_hex(body)}",
        content_type=content_type,
        published=published,
    )
