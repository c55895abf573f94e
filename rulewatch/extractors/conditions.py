"""Conditions: when a page's proof of funds is waived, read from the sentences that say so.

A sentence saying the proof is not needed (« pas à fournir », « dispensé », "not required", « sauf si »,
"unless") that names the Canadian Experience Class gives: waived when program = cec. One naming a valid
job offer together with an authorisation to work gives: waived when job_offer.valid and
work_permit.authorised. The conditions go to every proof-of-funds amount the same page states.
"""

from __future__ import annotations

from rulewatch.schemas import Condition, Record, Requirement

from .context import TextContext
from .lexicon.rules_as_code import CEC_NAMED, EXCEPT, FUNDS_WORDS, JOB_OFFER, NOT_WAIVED, WAIVED, WORK_PERMIT
from .sentences import Sentence


def funds_waivers(ctx: TextContext) -> list[tuple[Sentence, Condition]]:
    """Each sentence stating a waiver of the proof of funds, with the condition it states."""
    if not FUNDS_WORDS.found(ctx.text):
        return []
    out = []
    for sentence in ctx.sentences_with(WAIVED):
        text = sentence.text
        # a lead-in saying the proof is not needed, then one item per case
        lead = ctx.lead_for(sentence)
        waived = WAIVED.found(text) or (lead is not None and WAIVED.found(lead.text))
        refused = NOT_WAIVED.found(text) and not EXCEPT.found(text)
        if not waived or refused or not _about_funds(ctx, sentence):
            continue
        if JOB_OFFER.found(text) and WORK_PERMIT.found(text):
            out.append((sentence, Condition(effect="waived", when={"job_offer.valid": True, "work_permit.authorised": True})))
        if CEC_NAMED.found(text):
            out.append((sentence, Condition(effect="waived", when={"program": "cec"})))
    return out


def _about_funds(ctx: TextContext, sentence: Sentence) -> bool:
    """The sentence, its heading, its list's lead-in or the sentence it follows speaks of the proof of funds
    (« la CEC en est dispensée », just after a sentence on the proof), or a sentence a few lines above it in its
    section does ("CEC: you are exempt" under a list of amounts led by "the settlement funds you must show:")."""
    near = (sentence, ctx.heading_before(sentence), ctx.lead_in(sentence), ctx.antecedent(sentence))
    return any(s is not None and FUNDS_WORDS.found(s.text) for s in near) or \
        any(FUNDS_WORDS.found(s.text) for s in ctx.recent(sentence, _SECTION_LINES))


_SECTION_LINES = 8  # how far above a waiver its section may have named the funds


def with_funds_conditions(ctx: TextContext, records: list[Record]) -> tuple[list[Record], set[int]]:
    """The records, the page's proof-of-funds amounts carrying its waivers; and the sentences read for them."""
    funds = [r for r in records if isinstance(r, Requirement) and r.criterion == "proof_of_funds"]
    if not funds:
        return records, set()
    waivers = funds_waivers(ctx)
    if not waivers:
        return records, set()
    conditions = sorted({c.model_dump_json(): c for _, c in waivers}.values(), key=lambda c: c.model_dump_json())
    ids = {id(r) for r in funds}
    updated = [r.model_copy(update={"conditions": conditions}) if id(r) in ids else r for r in records]
    return updated, {s.start for s, _ in waivers}
