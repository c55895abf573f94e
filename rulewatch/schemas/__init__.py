"""The rule model as pydantic models: the vocabulary every stage speaks. Imports nothing of ours."""

from .changes import Change, Confirmation, Review, RuleValue, SourcedValue
from .evidence import Evidence
from .records import Category, Condition, Scope, Occupation, Program, Qualifiers, Record, Requirement, Round, StatedChange, Value
from .ruleset import (
    PUBLISHED_FORMAT,
    Acceptance,
    KeyPeriods,
    PublishedChange,
    PublishedPeriod,
    PublishedRule,
    PublishedRuleFile,
    RuleSet,
    published_json_schema,
    published_json_schema_text,
)
from .unread import EDITOR_REASONS, QuantityKind, UnreadReason, UnreadStatement
from .vocabulary import CATEGORY_IDS, CONDITION_FIELDS, SCOPE_IDS, CRITERIA, IDENTITY_QUALIFIERS, PROGRAM_IDS, ChangeType, CriterionSpec

__all__ = [
    "PUBLISHED_FORMAT", "Acceptance", "CATEGORY_IDS", "CONDITION_FIELDS", "Condition", "SCOPE_IDS", "Scope", "CRITERIA", "Category", "Change", "ChangeType", "Confirmation",
    "CriterionSpec", "Evidence", "IDENTITY_QUALIFIERS", "KeyPeriods", "PublishedPeriod", "Occupation", "PROGRAM_IDS", "Program",
    "PublishedChange", "PublishedRule", "PublishedRuleFile", "Qualifiers", "Record", "Requirement",
    "Review", "Round", "EDITOR_REASONS", "QuantityKind", "UnreadReason", "UnreadStatement", "RuleSet", "RuleValue", "SourcedValue", "StatedChange", "Value", "published_json_schema",
    "published_json_schema_text",
]
