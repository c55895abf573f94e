"""Test only: a disk that fills up, for the processes a test starts (``PYTHONPATH=tests/faults``).

Python imports ``sitecustomize`` at start-up. With ``RULEWATCH_TEST_DISK_DIR`` set, every file opened
for writing under that directory (by path, or by a descriptor from ``mkstemp``) shares
``RULEWATCH_TEST_DISK_FREE`` bytes: the write that does not fit writes what fits, then fails with
ENOSPC as a full disk does; ``shutil.disk_usage`` of the directory reports what is left. Nothing
real is filled. Files written by C code (SQLite) are not counted.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import shutil

_DIR = os.environ.get("RULEWATCH_TEST_DISK_DIR")
_left = [int(os.environ.get("RULEWATCH_TEST_DISK_FREE", "0"))]


def _on_small_disk(file: object) -> bool:
    try:
        path = os.readlink(f"/proc/self/fd/{file}") if isinstance(file, int) else os.path.abspath(os.fspath(file))
    except (OSError, TypeError):
        return False
    return path == _DIR or path.startswith(_DIR.rstrip("/") + "/")


class _Counted:
    """A file object whose writes share the small disk's free bytes."""

    def __init__(self, fh: object) -> None:
        self._fh = fh

    def write(self, data):  # noqa: ANN001, ANN202
        size = len(data)
        if size > _left[0]:
            fits, _left[0] = _left[0], 0
            if fits:
                self._fh.write(data[:fits])
                self._fh.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        _left[0] -= size
        return self._fh.write(data)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._fh, name)

    def __enter__(self) -> "_Counted":
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()

    def __iter__(self):  # noqa: ANN204
        return iter(self._fh)


if _DIR:
    _real_open = io.open
    _real_usage = shutil.disk_usage

    def _open(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        fh = _real_open(file, mode, *args, **kwargs)
        if any(m in mode for m in "wax+") and _on_small_disk(file):
            return _Counted(fh)
        return fh

    def _usage(path):  # noqa: ANN001, ANN202
        usage = _real_usage(path)
        return usage._replace(free=_left[0]) if _on_small_disk(path) else usage

    builtins.open = io.open = _open
    shutil.disk_usage = _usage
