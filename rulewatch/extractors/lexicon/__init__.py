"""Patterns as data, one module per concept, compiled once at import.

``categories`` and ``programs`` name things; ``cues`` says whether a sentence states a rule
(and whether it states a change); ``criteria`` reads each criterion's value; ``dates`` reads
effective and publication dates. A linguist can review these files without reading control flow.
"""

from .categories import CATEGORY_CONTEXT, COMPILED
from .programs import PROGRAMS_COMPILED

__all__ = ["CATEGORY_CONTEXT", "COMPILED", "PROGRAMS_COMPILED"]
