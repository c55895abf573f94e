"""Publishing: the accepted rule state as files other tools consume (rules.json + its JSON Schema)."""

from .periods import build_periods, period_on
from .rule_file import RULES_FILE, SCHEMA_FILE, build_rule_file, is_rule_file, load_rule_file, read_rule_file, rule_file_text, write_export

__all__ = [
    "RULES_FILE", "SCHEMA_FILE", "build_periods", "build_rule_file", "period_on", "is_rule_file", "load_rule_file", "read_rule_file", "rule_file_text", "write_export",
]
