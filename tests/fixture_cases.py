"""The extractor fixture folders (fixtures/extract/<case>/{input.*, meta.json, expected.json}).

``expected_view`` is what a case's expected.json holds: the records without evidence hashes.
Regenerate after a reviewed change with:  python -m tests.fixture_cases  (then read the git diff!)
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from rulewatch.extractors import Document, Extraction, extract_document
from rulewatch.store.blobs import sha256_hex

ROOT = Path(__file__).resolve().parent.parent / "fixtures" / "extract"


def cases() -> list[Path]:
    return sorted(p for p in ROOT.iterdir() if (p / "meta.json").exists())


def load_case(folder: Path) -> tuple[Document, dict]:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    body = next(folder.glob("input.*")).read_bytes()
    doc = Document(
        url=meta["url"],
        body=body,
        snapshot=f"sha256:{sha256_hex(body)}",
        content_type="text/plain" if next(folder.glob("input.*")).suffix == ".txt" else "text/html",
        authority=meta.get("authority", "news"),
        declared_language=meta.get("language"),
        content=meta.get("content"),
        remove=tuple(meta.get("remove") or ()),
        published=date.fromisoformat(meta["published"]) if meta.get("published") else None,
    )
    return doc, meta


def expected_view(result: Extraction) -> dict:
    categories = sorted(r.id for r in result.records if r.kind == "category")
    requirements = sorted(
        (
            {
                "key": r.key,
                "operator": r.operator,
                "value": r.value,
                "unit": r.unit,
                "qualifiers": r.qualifiers.model_dump(exclude_none=True),
                "previous_value": r.previous_value,
                "quote": r.evidence.quote,
            }
            for r in result.records
            if r.kind == "requirement"
        ),
        key=lambda d: d["key"],
    )
    return {"language": result.language, "categories": categories, "requirements": requirements}


if __name__ == "__main__":
    for folder in cases():
        doc, _ = load_case(folder)
        view = expected_view(extract_document(doc))
        (folder / "expected.json").write_text(json.dumps(view, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(folder.name, len(view["categories"]), "categories,", len(view["requirements"]), "requirements")
