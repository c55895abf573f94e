"""A figure set apart for one subject of a sentence that names several: a statement of its own.

"Contrairement au PTQF, qui exige 67 points sur 100, le PTMSF n'a pas de grille" states the FSW's pass
mark inside the aside and nothing for the FST; "Unlike the FSWP and its 67-point bar, the FSTP …" too.
"Trois catégories : la santé, les métiers et la catégorie francophone (NCLC 7 au minimum)" gives the
level to the one item its parenthesis follows; "Pour le PTQF il faut NCLC 7, alors que pour les métiers (PTMSF)
un 5 suffit en expression orale" states one rule per clause. Read whole, such a sentence gave its value to every
subject it names (or to the wrong one).
"""

from __future__ import annotations

import re

from .context import TextContext
from .programs import program_names
from .lexicon.lowercase import Folded, lowered
from .quantities import find_quantities
from .sentences import Sentence
from .statements import RELATIVE_DEMAND, Statement, canadas_clause_end
from .lexicon.categories import CATEGORY_LIST_WORD, ENUMERABLE_CATEGORIES, SHORT_NAMES
from .subjects import CONTRASTED_CLAUSE, LATER_CLAUSE, subjects_in

SET_APART_ASIDE = re.compile(
    r"^\s*(?:contrairement\s+(?:à\s+la|à\s+l['’]|au|aux|à)|à\s+la\s+différence\s+d(?:u|e\s+la|e\s+l['’]|es)|unlike(?:\s+the)?)\s*"
    r"(?P<named>[^,;:]{2,90}?)(?:,\s*(?:qui|lequel|laquelle|which|who|that)\s+(?P<rule>[^,;:]{5,200}))?,",
    re.IGNORECASE,
)


def aside_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """The aside's statement for the program set apart, and the rest of the sentence for its own subject; None
    when the sentence does not open by setting a program apart with a figure of its own."""
    m = SET_APART_ASIDE.match(sentence.text)
    if m is None:
        return None
    aside = " ".join(part for part in m.group("named", "rule") if part)
    if not find_quantities(aside, ctx.language) or len(named := subjects_in(m.group("named"))) != 1:
        return None
    return [Statement.part(ctx, sentence, lead, aside, subjects=named),
            Statement.part(ctx, sentence, lead, sentence.text[m.end() :].strip())]


# A relative clause stating a rule of the program named right before it: "…, le PTQF, qui exige 67 points, …", "…,
# or the CEC, which asks for a year in Canada"
_RULE_OF_THE_NAMED = re.compile(rf"\s*,\s*{RELATIVE_DEMAND}", re.IGNORECASE)
_JOINER_AT_END = re.compile(r"[\s,;:]*(?:\b(?:et|ou|and|or)\s+)?(?:\b(?:le|la|les|l['’]|the)\s*)?$", re.IGNORECASE)


def relative_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """In a sentence naming several programs, each rule told in a relative clause right after one of them ("…: le PTQF,
    qui exige 67 points, le PTMSF ou la CEC, qui demande un an au Canada"), for that program alone; the rest of the
    sentence without them. None when no such clause holds a figure."""
    if "," not in sentence.text or len(named := program_names(sentence.text)) < 2:
        return None
    text = sentence.text
    mentions = sorted({(at, at + len(name), program) for program, hits in named.items() for at, name in hits})
    parts, rest, end = [], [], 0
    for k, (start, stop, program) in enumerate(mentions):
        if start < end or (m := _RULE_OF_THE_NAMED.match(text, stop)) is None:
            continue
        upto = next((at for at, _, _ in mentions[k + 1 :] if at >= m.end()), len(text))
        clause = text[m.start() : upto]
        clause = clause[: _JOINER_AT_END.search(clause).start()]
        if not find_quantities(clause, ctx.language):
            continue
        parts.append(Statement.part(ctx, sentence, lead, f"{text[start:stop]}{clause}", subjects=[f"program:{program}"]))
        rest.append(text[end:stop])
        end = m.start() + len(clause)
    if not parts:
        return None
    return [*parts, Statement.part(ctx, sentence, lead, "".join(rest) + text[end:])]


# An item of an enumeration with a parenthesis right after it: "…, les métiers (12 mois) et …". The item runs
# back to the separator before it.
ITEM_WITH_PARENTHESIS = re.compile(
    r"(?:^|[,:;]|\bet\b|\band\b|\bou\b|\bor\b)\s*(?P<item>[^,:;()]{2,80}?)\s*\((?P<inside>[^()]{2,80})\)"
)


def item_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """Each figure in parentheses after one item of a sentence naming several subjects, for that item alone;
    the rest of the sentence without them; in a sentence naming one, a program's rule glossed in brackets after its
    name, beside the sentence whole. None when no parenthesis holds a figure for one named item."""
    if "(" not in sentence.text or sentence.text.startswith("|"):
        return None
    # (one subject: only a program's name glossed with its rule, "the Federal Skilled Trades Program (24 months of trade
    # experience over the past five years)", read beside the sentence whole)
    glosses_only = len(subjects_in(sentence.text)) < 2 and not CATEGORY_LIST_WORD.search(sentence.text)
    if glosses_only and not _PROGRAM_THEN_BRACKET.search(sentence.text):
        return None
    parts, rest, end = [], [], 0
    for m in ITEM_WITH_PARENTHESIS.finditer(sentence.text):
        if not find_quantities(m.group("inside"), ctx.language) or len(named := _item_subject(m.group("item"))) != 1:
            continue
        part = Statement.part(ctx, sentence, lead, f"{m.group('item')} ({m.group('inside')})", subjects=named)
        if _PROGRAM_THEN_BRACKET.search(m.group(0)) and not _NOT_A_GLOSS.search(m.group("inside")):
            part.__dict__["is_rule"] = True  # (the bracket states the program's rule)
        elif glosses_only:
            continue
        parts.append(part)
        rest.append(sentence.text[end : m.end("item")])
        end = m.end()
    if not parts:
        return None
    if glosses_only:
        return [*parts, Statement(ctx, sentence, lead)]
    return [*parts, Statement.part(ctx, sentence, lead, "".join(rest) + sentence.text[end:])]


# a program's name right before a bracket: "… Federal Skilled Trades Program (", "… la CEC ("
_PROGRAM_THEN_BRACKET = re.compile(r"\b(?:program(?:me)?|class|catégorie\s+de\s+l['’]expérience\s+canadienne|"
                                   r"FSWP?|FSTP?|CEC|PTQF|PTMSF|PEC)\)?\s*\((?!\s*(?:FSWP?|FSTP?|CEC|PTQF|PTMSF|PEC)\s*\))",
                                   re.IGNORECASE)
# someone's own case, or the jobs a level is for ("(I had 15 months by then)", "(TEER 0 or 1 jobs)"): no gloss of a rule
_NOT_A_GLOSS = re.compile(r"\b(?:I|my|me|j['’]|je|mon|ma|mes|moi|TEER|FÉER|FEER|NOC|CNP)\b", re.IGNORECASE)


def _item_subject(item: str) -> list[str]:
    """What one item names: a program or a category by its name, else by its short name ("la santé", "les
    francophones", "connaissance du français")."""
    if named := subjects_in(item):
        return named
    return [f"category:{category}" for category in ENUMERABLE_CATEGORIES if SHORT_NAMES[category].search(item)]


# Where two clauses meet: "…, alors que le PTMSF …", "…, whereas the CEC …", "…; …", "…, and CEC candidates need …"
# (or a dash setting another's figure against it: "Under the trades program the minimum is CLB 5 … — far under the CLB 7
# asked of …")
CLAUSE_JOINT = re.compile(rf"{CONTRASTED_CLAUSE.pattern}|{LATER_CLAUSE.pattern}|;\s+|,\s+(?:and|et)\s+|"
                          r"\s+[—–]\s+(?=(?:well\s+|far\s+|just\s+|bien\s+)?(?:below|above|under|en\s+dessous|en\s+deçà|au-dessus)\b)",
                          re.IGNORECASE)
_CLAUSE_JOINT = Folded(CLAUSE_JOINT)  # on the lowercased sentence: every candidate sentence is asked (half the time)


def canadas_side(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """Canada's rule alone, when the sentence sets another country's beside it (its figures are not Canada's
    previous values); None otherwise."""
    end = canadas_clause_end(sentence.text)
    return None if end is None else [Statement.part(ctx, sentence, lead, sentence.text[:end])]


# the rest of the categories, after one named: "pour les autres", "for the other categories", "for all the rest"
_THE_OTHERS = re.compile(r"\s*(?:pour|for)\s+(?:(?:toutes\s+)?les\s+autres(?:\s+catégories)?|(?:all\s+)?the\s+(?:others|rest|other\s+categories))\b",
                         re.IGNORECASE)


def contrast_statements(ctx: TextContext, sentence: Sentence, lead: Sentence | None) -> list[Statement] | None:
    """One statement per clause when a sentence speaks of two subjects, each named in its own clause with a figure
    of its own ("…, alors que le PTMSF accepte …", "FSW applicants must score 67 …, and CEC candidates need 12
    months …"); None otherwise."""
    text = sentence.text
    for cut in _CLAUSE_JOINT.finditer(text, lowered(text)):
        left, right = text[: cut.start()], text[cut.start() :]
        named_left, named_right = subjects_in(left), subjects_in(right)
        if len(named_left) == 1 and named_left[0].startswith("category:") and not named_right and \
                _THE_OTHERS.match(right, cut.end() - cut.start()):
            named_right = ["category:*"]  # "pour la catégorie X, NCLC 7 ; pour toutes les autres, six mois": the others'
        if len(named_left) == 1 and len(named_right) == 1 and named_left != named_right and \
                find_quantities(right, ctx.language) and find_quantities(left, ctx.language):
            return [Statement.part(ctx, sentence, lead, left.strip(), subjects=named_left),
                    Statement.part(ctx, sentence, lead, right.strip(" ,;"), subjects=named_right)]
    return None
