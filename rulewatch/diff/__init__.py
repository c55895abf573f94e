"""Diff: rule-set versions -> changes. Pure functions over the schemas' models."""

from .compare import compare_key, diff_rulesets, direction
from .merge import apply_night, apply_records, most_detailed, period, rank, stated_on
from .reports import merge_reports, settles, with_standing
from .standing import HistoryEntry, Standing, alert_identity, key_history, standing, value_identity
from .values import compatible, refines, rule_value

__all__ = [
    "HistoryEntry", "Standing", "alert_identity", "apply_night", "apply_records", "compare_key", "compatible", "diff_rulesets",
    "direction", "key_history", "merge_reports", "most_detailed", "period", "rank", "refines", "rule_value", "settles",
    "standing", "stated_on", "value_identity", "with_standing",
]
