"""The rules-as-code readers, run after the requirement readers: what a checker needs beyond the values.

Scope records, the proof of funds' waivers as conditions, the counting rules, language minimums per TEER
level and the selection grid's rows. One hook into ``read_text``: it returns the records (some replaced,
some added) and the sentences it read, so that they are not listed as unread statements.
"""

from __future__ import annotations

from rulewatch.schemas import Record

from .conditions import with_funds_conditions
from .context import TextContext
from .counting import read_counting_rules, teer_language_levels
from .grid import read_grid_rows
from .scope import read_scope


def read_rules_as_code(ctx: TextContext, records: list[Record]) -> tuple[list[Record], set[int]]:
    records, waiver_sentences = with_funds_conditions(ctx, records)
    records, teer_sentences = teer_language_levels(ctx, records)
    added: list[Record] = [*read_scope(ctx), *read_counting_rules(ctx), *read_grid_rows(ctx, records)]
    known = {r.key for r in records}
    added = [r for r in added if r.key not in known]
    read = waiver_sentences | teer_sentences | {r.evidence.start for r in added}
    return [*records, *added], read
