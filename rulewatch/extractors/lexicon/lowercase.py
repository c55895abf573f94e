"""Case-insensitive yes/no tests run on a lowercased copy of the text.

``re.IGNORECASE`` folds case at every position for every alternative: on the long alternations
of the cue lists it is about 7× slower than matching the same lowercase pattern against
``text.lower()``. A ``Cue`` answers whether the text contains a match, or where the first one
starts (only to compare with another cue's: ``str.lower()`` changes a length in rare scripts, but
never the order of positions).
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\.")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


class Cue:
    __slots__ = ("pattern",)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if m := _UPPER.search(_ESCAPE.sub("", pattern)):
            raise ValueError(f"a Cue pattern is matched on lowercased text: {m.group(0)!r} can never match in {pattern!r}")
        self.pattern = re.compile(pattern, flags)

    def found(self, text: str) -> bool:
        return self.pattern.search(text.lower()) is not None

    def position(self, text: str) -> int | None:
        """Where the first match starts in the lowercased text, or None."""
        m = self.pattern.search(text.lower())
        return m.start() if m else None
