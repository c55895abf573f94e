"""rulewatch: watches the rules of Canada's Express Entry system and tells people when they change.

The sub-packages are the pipeline, in the order data flows through them:
crawler (sources -> snapshots) -> extractors (snapshots -> records) -> store (rule-set versions)
-> diff (changes) -> review (editors' decisions) -> publish (rule files for other tools).
"""

__version__ = "0.1.0"
