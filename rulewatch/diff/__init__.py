"""Diff: rule-set versions -> changes. Pure functions over the schemas' models."""

from .compare import compare_key, diff_rulesets, direction
from .merge import apply_records, rank
from .values import rule_value

__all__ = ["apply_records", "compare_key", "diff_rulesets", "direction", "rank", "rule_value"]
