"""Decision trees written as text: a yes/no question whose answers branch ("YES → go to step 3", "Si non : …").

In a flowchart the question is the rule's condition ("Do you have at least 12 months of work over the past 3 years?
NO → you cannot be invited"): read as a statement, where an FAQ's or a forum's question only asks.
"""

from __future__ import annotations

import re

from .context import TextContext
from .sentences import Sentence

# an answer's branch opening a line or a sentence: "YES → Step 2", "- No: …", "Oui ➜", "If yes, …", "Si non :"
_BRANCH = re.compile(r"[ \t]*(?:[-*•▪◦][ \t]*)?(?:(?:yes|no|oui|non)\b[ \t]*(?:→|->|=>|➜|➡|:|–|—|\))|"
                     r"(?:if|si)[ \t]+(?:yes|no|oui|non)\b)", re.IGNORECASE)
BRANCH_REACH = 2  # the sentences after a question where its branches are looked for


def answered_by_branches(ctx: TextContext, sentence: Sentence) -> bool:
    """A question followed by its yes/no branches: a node of a decision tree."""
    if not sentence.text.rstrip().endswith("?"):
        return False
    i = ctx.index(sentence)
    return any(_BRANCH.match(after.text) for after in ctx.sentences[i + 1 : i + 1 + BRANCH_REACH])
