"""A full disk, told in one line: how many bytes are free, where.

A full disk shows up as ``OSError(ENOSPC)`` from a file write, as SQLite's "database or disk is
full" or as PostgreSQL's SQLSTATE 53100; each becomes ``DiskFull("disk full: N bytes free in DIR")``.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from rulewatch.errors import DiskFull

PG_DISK_FULL = "53100"


def disk_full_line(directory: Path) -> str:
    try:
        free = shutil.disk_usage(directory).free
    except OSError:
        return f"disk full: no free space in {directory}"
    return f"disk full: {free} bytes free in {directory}"


def is_disk_full(exc: BaseException) -> bool:
    """Does this error (or the database error it wraps) mean the disk is full?"""
    for error in (exc, getattr(exc, "orig", None), exc.__cause__):
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return True
        if error is not None and (getattr(error, "sqlstate", None) == PG_DISK_FULL
                                  or "database or disk is full" in str(error)):
            return True
    return False


def disk_full(directory: Path) -> DiskFull:
    return DiskFull(disk_full_line(directory))
