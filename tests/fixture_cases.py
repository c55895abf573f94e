"""The labelled corpus (fixtures/corpus/<case>/{input.*, meta.json, expected.json}): one registry of fixtures.

Labels are written by hand, never generated. To start labelling a new case, print what the
extractors read today and correct it by hand:  python -m tests.fixture_cases CASE
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rulewatch.evaluate import case_folders, labelled, run_case

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def cases() -> list[Path]:
    return case_folders(ROOT)


def expected_records(folder: Path) -> list[dict]:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))["records"]


if __name__ == "__main__":
    for name in sys.argv[1:]:
        extraction, _ = run_case(ROOT / name)
        draft = {"records": [labelled(r) for r in extraction.records]}
        print(json.dumps(draft, indent=2, ensure_ascii=False))
