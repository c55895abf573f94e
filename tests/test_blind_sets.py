"""Blind sets stay blind: no run of 8 words of a blind set's inputs appears in the code under rulewatch/.

The same check as the shared blind-guard tool, kept in the suite so that CI fails the moment a sentence of a
blind set is read into a pattern or a comment (a blind set that shaped the code no longer measures anything).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = 8
_WORD = re.compile(r"[0-9a-zà-ÿœæ’']+")


def _words(text: str) -> list[str]:
    return _WORD.findall(html.unescape(re.sub(r"<[^>]+>", " ", text)).lower().replace("’", "'"))


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def test_no_run_of_eight_words_of_a_blind_set_is_in_the_code():
    blind: dict[str, Path] = {}
    for path in sorted((ROOT / "fixtures" / "blind").glob("*/*/input.*")):
        for run in _runs(_words(path.read_text(encoding="utf-8", errors="replace"))):
            blind.setdefault(run, path.relative_to(ROOT))
    assert blind, "no blind set found under fixtures/blind/"
    shared = [(code.relative_to(ROOT), run, blind[run])
              for code in sorted((ROOT / "rulewatch").rglob("*.py"))
              for run in _runs(_words(code.read_text(encoding="utf-8"))) & blind.keys()]
    assert shared == []
