"""Extraction: a fetched document -> its main text -> category, program, requirement and round records with evidence.

Pure functions over plain data; ``extract_document`` is the one entry point.
"""

from __future__ import annotations

from rulewatch.schemas import Record

from .categories import extract_categories
from .context import EXTRACTOR_VERSION, TextContext
from .document import Document, Extraction
from .language import choose_language
from .main_text import main_text
from .programs import extract_programs
from .requirements import extract_requirements
from .round_page import extract_round_page


def extract_records(ctx: TextContext) -> list[Record]:
    """Every record the text states, in a stable order."""
    return [*extract_categories(ctx), *extract_programs(ctx), *extract_requirements(ctx), *extract_round_page(ctx)]


def extract_document(doc: Document) -> Extraction:
    """Read one document; raises ExtractionError (with a reason code) when it has no usable text."""
    main = main_text(doc)
    language = choose_language(main.declared_language, doc.declared_language, main.text)
    ctx = TextContext(
        text=main.text,
        language=language,
        url=doc.url,
        snapshot=doc.snapshot,
        authority=doc.authority,
        source=doc.source,
        fetched_at=doc.fetched_at,
        published=doc.published or main.published,
        modified=main.modified,
        title=main.title,
    )
    return Extraction(
        text=main.text,
        language=language,
        records=extract_records(ctx),
        title=main.title,
        published=ctx.published,
        modified=main.modified,
    )


__all__ = ["EXTRACTOR_VERSION", "Document", "Extraction", "extract_document", "extract_records"]
