"""Raw bodies, kept once per content hash under the data directory (written atomically, or not at all)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    """Content-addressed files: ``blobs/ab/cdef…``; writing the same body twice is free."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:]

    def put(self, data: bytes) -> tuple[str, str]:
        """Store ``data``; return its sha256 and its path relative to the blob root."""
        digest = sha256_hex(data)
        path = self.path_for(digest)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)  # a full disk (or a kill) leaves no temporary file behind
                raise
        return digest, str(path.relative_to(self.root))

    def get(self, digest: str) -> bytes:
        return self.path_for(digest).read_bytes()
