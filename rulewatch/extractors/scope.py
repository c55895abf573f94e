"""Scope: the groups Express Entry does not serve, read from sentences that say so ("ne sont pas admissibles à
l'Entrée express", "Express Entry is not for …"), or from the items of a list such a sentence leads in."""

from __future__ import annotations

from rulewatch.schemas import Scope

from .context import TextContext
from .lexicon.rules_as_code import NOT_SERVED, NOT_SERVED_BY_EE, OUTSIDE_QUEBEC, SCOPE_GROUPS
from .sentences import Sentence


def read_scope(ctx: TextContext) -> list[Scope]:
    if not NOT_SERVED.found(ctx.text):
        return []
    found: dict[str, Scope] = {}
    for sentence in ctx.sentences_with(NOT_SERVED_BY_EE):
        group = _group_not_served(ctx, sentence)
        if group is not None and group not in found:
            found[group] = Scope(id=group, evidence=ctx.evidence(sentence))  # type: ignore[arg-type]
    return list(found.values())


def _group_not_served(ctx: TextContext, sentence: Sentence) -> str | None:
    """The one group this sentence (or list item) puts outside Express Entry, if it does."""
    if not NOT_SERVED_BY_EE.found(sentence.text):
        lead = ctx.lead_for(sentence)  # a list item's lead-in
        if lead is None or not NOT_SERVED_BY_EE.found(lead.text):
            return None
    if OUTSIDE_QUEBEC.found(sentence.text):
        return None  # "hors du Québec": where Express Entry does apply
    groups = [name for name, cue in SCOPE_GROUPS if cue.found(sentence.text)]
    return groups[0] if groups else None
