"""Measured accuracy of the extractors on the labelled corpus (``fixtures/corpus/<case>/``).

Each case holds ``input.html|txt|json``, ``meta.json`` (url, language, published, authority,
content, remove, kind, note) and ``expected.json`` (``{"records": [...]}``, hand-labelled). A
predicted record is right when its type and key (rule-model.md) and its value (with operator
and unit for requirements; date, category, invitations and cut-off for rounds) agree with a
labelled one; a rule the text states as gone (``stated_change: removed``) is not a current rule
and is left out of the count. ``previous_value``, ``effective_from`` and ``conditions`` are scored apart as attributes: a wrong
one is counted there, never as a missed record. Precision and recall are given per record type
and per criterion, and checked against ``thresholds.json`` in the corpus folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rulewatch.errors import RulewatchError
from rulewatch.extractors import Document, Extraction, extract_document
from rulewatch.schemas import IDENTITY_QUALIFIERS, Record, Requirement
from rulewatch.store.blobs import sha256_hex

ATTRIBUTES = ("previous_value", "effective_from", "conditions")
_CONTENT_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".json": "application/json"}


def case_folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "meta.json").exists())


def load_document(folder: Path) -> tuple[Document, dict]:
    """A case's input as the crawler would hand it to the extractors, and its meta.json."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    path = next(folder.glob("input.*"))
    body = path.read_bytes()
    doc = Document(
        url=meta.get("url") or path.resolve().as_uri(),  # (a chat export or a transcript with no address: its file)
        body=body,
        snapshot=f"sha256:{sha256_hex(body)}",
        content_type=_CONTENT_TYPES.get(path.suffix.lower()),
        authority=meta.get("authority") or "news",
        declared_language=meta.get("language"),
        content=meta.get("content"),
        remove=tuple(meta.get("remove") or ()),
        published=date.fromisoformat(meta["published"]) if meta.get("published") else None,
    )
    return doc, meta


def run_case(folder: Path) -> tuple[Extraction, dict]:
    doc, meta = load_document(folder)
    if meta.get("kind") == "rounds-json":
        from rulewatch.extractors.rounds import extract_rounds

        return extract_rounds(doc), meta
    return extract_document(doc), meta


def labelled(record: Record) -> dict:
    """A record in the corpus's labelling form."""
    if record.kind == "requirement":
        assert isinstance(record, Requirement)
        out = {
            "type": "requirement", "subject": record.subject, "criterion": record.criterion,
            "operator": record.operator, "value": record.value, "unit": record.unit,
            "qualifiers": {k: v for k, v in record.qualifiers.model_dump(exclude_none=True).items()
                           if k in IDENTITY_QUALIFIERS},
        }
        if record.previous_value is not None:
            out["previous_value"] = record.previous_value
        if record.effective_from is not None:
            out["effective_from"] = record.effective_from.isoformat()
        if record.conditions:
            out["conditions"] = [c.model_dump(mode="json") for c in record.conditions]
        return out
    if record.kind == "round":
        return {"type": "round", "number": record.number, "date": record.date.isoformat(), "category": record.category,
                "invitations": record.invitations, "crs_cutoff": record.crs_cutoff}
    return {"type": record.kind, "id": record.id}  # type: ignore[union-attr]


def stated_gone(record: Record) -> bool:
    """A rule the text states as gone is read (the diff reports it removed) but is not a current rule to label."""
    return record.stated_change == "removed" or getattr(record, "status", None) == "ended"


def key_of(rec: dict) -> str:
    """The rule-model key of a labelled record."""
    kind = rec["type"]
    if kind in ("category", "program", "scope"):
        return f"{kind}:{rec['id']}"
    if kind == "round":
        return f"round:{str(rec['number']).lower()}"
    identity = ":".join(f"{k}={v}" for k, v in sorted((rec.get("qualifiers") or {}).items()) if v is not None)
    base = f"requirement:{rec['subject']}:{rec['criterion']}"
    return f"{base}:{identity}" if identity else base


def _norm(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return sorted((_norm(v) for v in value), key=str)
    return value


def value_of(rec: dict) -> tuple:
    if rec["type"] == "requirement":
        return (rec.get("operator"), _norm(rec.get("value")), rec.get("unit"))
    if rec["type"] == "round":
        return (rec.get("date"), rec.get("category"), rec.get("invitations"), rec.get("crs_cutoff"))
    return ()


def group_of(rec: dict) -> str:
    return rec["criterion"] if rec["type"] == "requirement" else rec["type"]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4)}


@dataclass
class CaseResult:
    name: str
    missed: list[dict] = field(default_factory=list)  # labelled, not predicted (or with another value)
    spurious: list[dict] = field(default_factory=list)  # predicted, not labelled (or with another value)
    attribute_errors: list[dict] = field(default_factory=list)
    inverted: list[dict] = field(default_factory=list)  # read as removed or ended, labelled as in force
    error: str | None = None


@dataclass
class Report:
    by_type: dict[str, Tally] = field(default_factory=dict)
    by_criterion: dict[str, Tally] = field(default_factory=dict)
    attributes: dict[str, Tally] = field(default_factory=dict)  # tp = right, fn = wrong or missing
    cases: list[CaseResult] = field(default_factory=list)
    # labelled requirements read right or listed as unread for editors (tp), neither (fn); set aside apart
    coverage: Tally = field(default_factory=Tally)
    set_aside_covered: int = 0
    subject: Tally = field(default_factory=Tally)  # tp: a rule read with its right subject, fn: with another
    unread_for_editors: int = 0
    set_aside: int = 0
    inverted: int = 0  # rules or categories read as removed that the labels hold in force: an alert of the wrong sign

    def as_dict(self) -> dict:
        pages = max(1, len(self.cases))
        return {
            "cases": len(self.cases),
            "coverage": round(self.coverage.recall, 4),
            "coverage_with_set_aside": round((self.coverage.tp + self.set_aside_covered) /
                                             max(1, self.coverage.tp + self.coverage.fn), 4),
            "subject_accuracy": round(self.subject.recall, 4),
            "unread_per_page": round(self.unread_for_editors / pages, 2),
            "set_aside_per_page": round(self.set_aside / pages, 2),
            "inverted": self.inverted,
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "by_criterion": {k: v.as_dict() for k, v in sorted(self.by_criterion.items())},
            "attributes": {k: {"right": v.tp, "wrong": v.fn, "accuracy": round(v.recall, 4)}
                           for k, v in sorted(self.attributes.items())},
            "failures": [
                {"case": c.name, "missed": c.missed, "spurious": c.spurious, "attributes": c.attribute_errors,
                 "inverted": c.inverted, "error": c.error}
                for c in self.cases if c.missed or c.spurious or c.attribute_errors or c.inverted or c.error
            ],
        }


def score_case(name: str, expected: list[dict], predicted: list[dict], report: Report) -> CaseResult:
    """Count one case into ``report``, key by key (one record per key on each side).

    A label may give one key several values when the rule itself has them (rule-model.md: the job
    offer is worth "50 or 200" CRS points); a prediction is right when it gives one of them.
    """
    result = CaseResult(name)
    want: dict[str, list[dict]] = {}
    for r in expected:
        want.setdefault(key_of(r), []).append(r)
    got = {key_of(r): r for r in predicted}
    for key in sorted(want.keys() | got.keys()):
        labels, g = want.get(key, []), got.get(key)
        w = next((label for label in labels if g is not None and value_of(label) == value_of(g)), None)
        rec = labels[0] if labels else g
        tallies = (report.by_type.setdefault(rec["type"], Tally()), report.by_criterion.setdefault(group_of(rec), Tally()))
        if w is not None:
            for t in tallies:
                t.tp += 1
            for attribute in ATTRIBUTES:
                if attribute in w or attribute in g:
                    tally = report.attributes.setdefault(attribute, Tally())
                    if _norm(w.get(attribute)) == _norm(g.get(attribute)):
                        tally.tp += 1
                    else:
                        tally.fn += 1
                        result.attribute_errors.append({"key": key, attribute: g.get(attribute), "expected": w.get(attribute)})
            continue
        if labels:
            for t in tallies:
                t.fn += 1
            result.missed.extend(labels)
        if g is not None:
            for t in tallies:
                t.fp += 1
            result.spurious.append(g)
    report.cases.append(result)
    return result


# What a labelled set was labelled for, unless its root says more in ``vocabulary.json`` ({"types": [...],
# "criteria": [...], "qualifiers": [...]}): the record types, criteria and identity qualifiers of the labelling
# conventions the blind sets were written under. Records a set's labellers were never asked for (a rule model
# grown since: scope, grid rows, counting rules, levels per TEER) are not scored as spurious there.
FIRST_VOCABULARY = {
    "types": ["category", "program", "requirement", "round"],
    "criteria": ["work_experience_min", "work_experience_window", "work_hours_min", "language_min", "proof_of_funds",
                 "pass_mark", "factor_max_points", "crs_points", "skill_levels"],
    "qualifiers": ["household_size", "factor", "ability"],
    "attributes": ["previous_value", "effective_from"],
}


def vocabulary_of(root: Path) -> dict:
    path = root / "vocabulary.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else FIRST_VOCABULARY


def in_vocabulary(rec: dict, vocabulary: dict) -> dict | None:
    """The record as a set with this vocabulary would label it, or None when it could not be labelled there."""
    if rec["type"] not in vocabulary["types"]:
        return None
    if rec["type"] != "requirement":
        return rec
    if rec["criterion"] not in vocabulary["criteria"]:
        return None
    kept = {k: v for k, v in rec.get("qualifiers", {}).items() if k in vocabulary["qualifiers"]}
    out = {**rec, "qualifiers": kept}
    if "conditions" not in vocabulary.get("attributes", ()):
        out.pop("conditions", None)
    return out


def evaluate(root: Path) -> Report:
    """Run the extractors over every case under ``root`` and score them against their labels."""
    report = Report()
    vocabulary = vocabulary_of(root)
    for folder in case_folders(root):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["records"]
        unread: list = []
        gone: list[dict] = []
        try:
            extraction, _ = run_case(folder)
            predicted = [rec for r in extraction.records if not stated_gone(r)
                         if (rec := in_vocabulary(labelled(r), vocabulary)) is not None]
            gone = [rec for r in extraction.records if stated_gone(r)
                    if (rec := in_vocabulary(labelled(r), vocabulary)) is not None]
            unread = extraction.unread
            error = None
        except RulewatchError as exc:
            predicted, error = [], str(exc)
        result = score_case(folder.name, expected, predicted, report)
        result.error = error
        score_inverted(expected, gone, result, report)
        score_accounting(expected, predicted, result, unread, report)
    return report


def score_inverted(expected: list[dict], gone: list[dict], result: CaseResult, report: Report) -> None:
    """Removals (and ended categories) read where the labels hold the rule in force: the diff would publish them with
    the wrong sign. Labels never hold a removal (FORMAT.md), so the other inversion, a removal read as a rule added,
    shows among the spurious records instead."""
    in_force = {key_of(r) for r in expected}
    for rec in gone:
        if key_of(rec) in in_force:
            report.inverted += 1
            result.inverted.append(rec)


def _squeeze(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split()).lower()


def score_accounting(expected: list[dict], predicted: list[dict], result: CaseResult, unread: list, report: Report) -> None:
    """Coverage (a labelled requirement is read right, or its statement is listed as unread), subject accuracy
    (a rule read with its value is filed under the right subject) and the unread statements per page.

    A labelled statement is found among the unread by its label's ``quote`` (the blind sets give one)."""
    report.unread_for_editors += sum(1 for u in unread if u.needs_editor)
    report.set_aside += sum(1 for u in unread if not u.needs_editor)
    missed = {id(m) for m in result.missed}
    for label in (r for r in expected if r["type"] == "requirement"):
        if id(label) not in missed:
            report.coverage.tp += 1
        else:
            quote = _squeeze(label.get("quote") or "")
            listed = [u for u in unread if quote and quote in _squeeze(u.evidence.quote)]
            if any(u.needs_editor for u in listed):
                report.coverage.tp += 1
            else:
                report.coverage.fn += 1
                report.set_aside_covered += bool(listed)
        same_rule = [p for p in predicted if p["type"] == "requirement" and p["criterion"] == label["criterion"]
                     and (p.get("qualifiers") or {}) == {k: v for k, v in (label.get("qualifiers") or {}).items() if v is not None}
                     and value_of(p) == value_of(label)]
        if same_rule:
            if any(p["subject"] == label["subject"] for p in same_rule):
                report.subject.tp += 1
            else:
                report.subject.fn += 1


def below_thresholds(report: Report, thresholds: dict) -> list[str]:
    """What falls under the corpus's thresholds (``{"by_type": {"*": {"precision": .95, "recall": .9}},
    "attributes": {"effective_from": .95}, "inverted_max": 0}``)."""
    problems = []
    for group, table in (("by_type", report.by_type), ("by_criterion", report.by_criterion)):
        limits = thresholds.get(group) or {}
        for name, tally in sorted(table.items()):
            limit = limits.get(name) or limits.get("*")
            if not limit:
                continue
            for measure in ("precision", "recall"):
                if measure in limit and getattr(tally, measure) < limit[measure]:
                    problems.append(f"{group} {name}: {measure} {getattr(tally, measure):.3f} < {limit[measure]}")
    for name, tally in sorted(report.attributes.items()):  # an attribute's accuracy is its tally's recall
        limit = (thresholds.get("attributes") or {}).get(name)
        if limit is not None and tally.recall < limit:
            problems.append(f"attributes {name}: accuracy {tally.recall:.3f} < {limit}")
    if (most := thresholds.get("inverted_max")) is not None and report.inverted > most:
        problems.append(f"inverted: {report.inverted} > {most}")
    return problems


def load_thresholds(root: Path) -> dict:
    path = root / "thresholds.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def evaluation_tables(report: Report) -> list:  # list[rich.table.Table]
    """The report as terminal tables: per record type, per criterion, then the attributes."""
    from rich.table import Table

    tables = []
    for title, rows in (("per record type", report.by_type), ("per criterion", report.by_criterion)):
        table = Table(title=f"Extractor accuracy {title} ({len(report.cases)} cases)")
        for column in ("", "right", "spurious", "missed", "precision", "recall"):
            table.add_column(column, justify="left" if not column else "right")
        for name, t in sorted(rows.items()):
            table.add_row(name, str(t.tp), str(t.fp), str(t.fn), f"{t.precision:.3f}", f"{t.recall:.3f}")
        tables.append(table)
    attributes = Table(title="Attributes of matched records")
    for column in ("", "right", "wrong", "accuracy"):
        attributes.add_column(column)
    for name, t in sorted(report.attributes.items()):
        attributes.add_row(name, str(t.tp), str(t.fn), f"{t.recall:.3f}")
    tables.append(attributes)
    summary = report.as_dict()
    accounting = Table(title="Accounting of measurable statements")
    for column in ("", "value"):
        accounting.add_column(column)
    for name in ("coverage", "coverage_with_set_aside", "subject_accuracy", "unread_per_page", "set_aside_per_page",
                 "inverted"):
        accounting.add_row(name.replace("_", " "), f"{summary[name]}")
    tables.append(accounting)
    return tables
