"""Extraction: a fetched document -> its main text -> category, program, requirement and round records with evidence.

Pure functions over plain data; ``extract_document`` is the one entry point.
"""

from __future__ import annotations

from rulewatch.schemas import Record, UnreadStatement

from .accounting import account

from .categories import extract_categories
from .context import EXTRACTOR_VERSION, TextContext
from .document import Document, Extraction
from .language import choose_language
from .main_text import main_text
from .programs import extract_programs
from .requirements import read_requirements
from .round_page import extract_round_page
from .rules_as_code import read_rules_as_code


def extract_records(ctx: TextContext) -> list[Record]:
    """Every record the text states, in a stable order."""
    return read_text(ctx)[0]


def read_text(ctx: TextContext) -> tuple[list[Record], list[UnreadStatement]]:
    """Every record the text states, and every measurable statement it did not read (with why)."""
    requirements = read_requirements(ctx)
    rounds = extract_round_page(ctx)
    records = [*extract_categories(ctx), *extract_programs(ctx), *requirements.records, *rounds]
    records, read_for_checks = read_rules_as_code(ctx, records)
    for record in records:
        if record.kind != "requirement":  # a round page's heading, a category's sentence: read as what it names
            requirements.criteria_read.setdefault(record.evidence.start, set())
    unread = account(ctx, requirements.criteria_read, requirements.conflicts, has_rounds=bool(rounds),
                     measured=requirements.quantities)
    return records, [u for u in unread if u.evidence.start not in read_for_checks]


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
    records, unread = read_text(ctx)
    return Extraction(
        text=main.text,
        language=language,
        records=records,
        unread=unread,
        title=main.title,
        published=ctx.published,
        modified=main.modified,
    )


__all__ = ["EXTRACTOR_VERSION", "Document", "Extraction", "extract_document", "extract_records"]
