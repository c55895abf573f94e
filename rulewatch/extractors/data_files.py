"""Data files (YAML, JSON) that state rules as keys and values, written out as the lines a page would print.

A calculator's configuration says ``min_months: 12`` under ``work_experience:`` under
``federal_skilled_worker:``; read as prose none of it is a statement. Each mapping becomes a heading
(its key in words), each value a "label: value" line with the unit its key names after the figure
("Work experience minimum: 12 months"), a list of mappings a pipe table, an effective date or a
previous value the file gives beside a value goes on that value's line, prose comments stay as
sentences. Not rules, so left out: commented-out keys (unless their comment says the rule was
removed), sections switched off (``enabled: false``), test and example data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from .lexicon.programs import PROGRAMS_COMPILED


@dataclass
class Node:
    """A key and its scalar value, its children (a mapping's keys, a list's items) or both empty; ``note`` is the
    comment written beside it. A prose comment line is a node with only a note."""

    key: str | None = None
    value: str | None = None
    note: str = ""
    children: list[Node] = field(default_factory=list)
    item: bool = False  # a list item ("- …")
    prose: bool = False


MIN_KEY_LINES = 5
_KEY_LINE = re.compile(r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?P<key>[\"']?[\w.-]+[\"']?)[ \t]*:(?:[ \t]+(?P<rest>.*?))?[ \t]*$")
_ITEM_LINE = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?P<rest>.*?)[ \t]*$")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+|[a-z]+")  # snake_case or kebab-case, or one lowercase word
_COMMENT = re.compile(r"[ \t]+#[ \t]?(.*)$")


def render_data_file(text: str) -> str:
    """The file's rules as lines, each data part of it written out (a whole file, a fenced ```yaml block, a part of
    files shown one after the other as "==> rules.json <=="); the text unchanged when it holds none."""
    if (whole := _render_part(text)) is not None:
        return whole
    if "```" not in text and "==>" not in text:
        return text
    return _PART.sub(_render_match, text)


# A part of a text that may hold data: a fenced code block, or what follows a "==> name <==" line up to the next one
_PART = re.compile(r"(?P<open>^[ \t]*```[\w-]*[ \t]*\n)(?P<body>.*?)(?P<close>^[ \t]*```[ \t]*$)|"
                   r"(?P<open2>^==>[^\n]*<==[ \t]*\n)(?P<body2>.*?)(?P<close2>(?=^==>)|\Z)", re.MULTILINE | re.DOTALL)


def _render_match(m: re.Match[str]) -> str:
    fenced = m.group("open") is not None
    body = m.group("body") if fenced else m.group("body2")
    if (rendered := _render_part(body)) is None:
        return m.group(0)
    return (m.group("open") if fenced else m.group("open2")) + rendered + ((m.group("close") or "") if fenced else "")


def _render_part(text: str) -> str | None:
    stripped = text.strip()
    if stripped[:1] in "{[":
        tree = _json_tree(stripped)
        return _Writer.render(tree) if tree is not None else None
    if _looks_like_yaml(text):
        return _Writer.render(_yaml_tree(text))
    return None


def _looks_like_yaml(text: str) -> bool:
    """Most lines are keys written as identifiers, nested at least once: a configuration, not a page of "Label: value"
    lines (whose labels are words with capitals and spaces)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    keys = [m for line in lines if (m := _KEY_LINE.match(line)) and _IDENTIFIER.fullmatch(m.group("key").strip("\"'"))]
    structured = len(keys) + sum(1 for line in lines if _ITEM_LINE.match(line) and not _KEY_LINE.match(line))
    nested = any(m.group("indent") for m in keys)
    return len(keys) >= MIN_KEY_LINES and nested and structured >= 0.7 * len(lines)


def _json_tree(text: str) -> Node | None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:  # JSON as people write it by hand: // comments, trailing commas
            data = json.loads(re.sub(r",(\s*[}\]])", r"\1", re.sub(r"(?m)^\s*//.*$", "", text)))
        except json.JSONDecodeError:
            return None
    if not isinstance(data, (dict, list)):
        return None
    return _from_data(None, data)


def _from_data(key: str | None, data: object, item: bool = False) -> Node:
    if isinstance(data, dict):
        # (keys named as comments in JSON: "_comment", "//", "note" holding prose)
        children = [Node(note=str(v), prose=True) if _is_comment_key(k) else _from_data(str(k), v) for k, v in data.items()]
        return Node(key=key, children=children, item=item)
    if isinstance(data, list):
        return Node(key=key, children=[_from_data(None, v, item=True) for v in data], item=item)
    value = None if data is None else ("true" if data is True else "false" if data is False else str(data))
    return Node(key=key, value=value, item=item)


def _is_comment_key(key: object) -> bool:
    return isinstance(key, str) and re.fullmatch(r"_*(?:comments?|commentaires?|notes?|//|#|description)_*", key.lower()) is not None


def _yaml_tree(text: str) -> Node:
    """A line-by-line reading of block YAML as configurations write it (mappings, lists, "- key: value" items,
    [flow, lists], comments, | and > blocks); anchors and tags are kept as text."""
    root = Node()
    stack: list[tuple[int, Node]] = [(-1, root)]
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        raw = lines[i]
        i += 1
        if not raw.strip() or raw.strip() == "---":
            continue
        indent = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body.startswith("#"):
            _pop(stack, indent, False)
            stack[-1][1].children.append(_comment_node(body.lstrip("#").strip()))
            continue
        if m := _KEY_LINE.match(raw):
            dash = m.group("dash")
            _pop(stack, indent, dash is not None)
            parent = stack[-1][1]
            if dash:
                item = Node(item=True)
                parent.children.append(item)
                stack.append((indent, item))
                parent, indent = item, indent + len(dash)
            rest, note = _split_comment(m.group("rest") or "")
            node = Node(key=m.group("key").strip("\"'"), note=note)
            parent.children.append(node)
            if rest in ("|", ">", "|-", ">-"):
                block, i = _block(lines, i, indent)
                node.value = block
            elif rest.startswith("["):
                node.children = [Node(value=v, item=True) for v in _flow_list(rest)]
            elif rest:
                node.value = rest.strip("\"'")
            stack.append((indent, node))
            continue
        if m := _ITEM_LINE.match(raw):
            _pop(stack, indent, True)
            rest, note = _split_comment(m.group("rest"))
            item = Node(value=rest.strip("\"'"), note=note, item=True)
            stack[-1][1].children.append(item)
            stack.append((indent, item))
            continue
        stack[-1][1].children.append(Node(note=body, prose=True))  # a line YAML would not parse: kept as prose
    return root


def _pop(stack: list[tuple[int, Node]], indent: int, is_item: bool) -> None:
    """Close the nodes this line is not inside of: deeper ones, and at its own indentation a sibling (a list's items
    may sit at their key's indentation: "key:" then "- a")."""
    while len(stack) > 1:
        top_indent, top = stack[-1]
        if top_indent > indent or (top_indent == indent and (top.item or not is_item)):
            stack.pop()
        else:
            return


def _split_comment(rest: str) -> tuple[str, str]:
    if rest.startswith("#"):
        return "", rest.lstrip("#").strip()
    if (m := _COMMENT.search(rest)) and rest.count('"') % 2 == 0:
        return rest[: m.start()].strip(), m.group(1).strip()
    return rest.strip(), ""


def _comment_node(comment: str) -> Node:
    """A comment line: prose, or a key commented out ("# job_offer: 50  # removed in 2025") kept as a node off."""
    m = _KEY_LINE.match(comment)
    if m and _IDENTIFIER.fullmatch(m.group("key")) and m.group("rest"):
        rest, note = _split_comment(m.group("rest"))
        return Node(key=m.group("key"), value=rest.strip("\"'"), note=note, prose=True)
    return Node(note=comment, prose=True)


def _block(lines: list[str], i: int, indent: int) -> tuple[str, int]:
    out = []
    while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
        out.append(lines[i].strip())
        i += 1
    return " ".join(line for line in out if line), i


def _flow_list(rest: str) -> list[str]:
    inner, _note = _split_comment(rest)
    return [v.strip().strip("\"'") for v in inner.strip("[] ").split(",") if v.strip()]


# --- writing the tree out as lines ---

# test and example data, and past values kept for history: never tonight's rules
_SKIPPED = re.compile(r"(?:tests?|examples?|exemples?|samples?|fixtures?|mocks?|demos?|dummy|history|historique|archives?|"
                      r"legacy|deprecated|obsolete)(?:[_-]|$)|.*[_-](?:tests?|examples?|exemples?|samples?|fixtures?|history|historique)$")
_SWITCH = re.compile(r"enabled|active|actif|activee?|is_active")
_OFF = {"false", "no", "non", "off", "0", "faux"}
_EFFECTIVE = re.compile(r"(?:effective|in_force|valid)(?:_(?:from|date|since|on))?|since|as_of|from|starts?(?:_on)?|"
                        r"(?:date_)?(?:d_)?effet|en_vigueur(?:_le|_au|_depuis)?|a_compter(?:_du)?|depuis|date_entree_vigueur")
_PREVIOUS = re.compile(r"(?:previous|prior|old|was|before|ancien(?:ne)?|avant|precedent(?:e)?)[_-](?P<a>.+)|"
                       r"(?P<b>.+)[_-](?:previous|prior|old|was|before|avant|precedent(?:e)?)")
_REMOVED = re.compile(r"\b(?:removed|scrapped|abolished|eliminated|no\s+longer|supprimée?s?|retirée?s?|abolie?s?|"
                      r"éliminée?s?|ne\s+\w+\s+plus)\b", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WAS = re.compile(r"(?:was|previously|formerly|before|avant|auparavant|était|ancien(?:ne)?(?:\s+valeur)?)\s*:?\s*"
                  r"(?P<n>\d[\d,.]*(?:\s\d{3})*)(?P<rest>.*)", re.IGNORECASE)
# Unit words a key ends on, and how the value says them
_UNIT_WORDS = {
    "months": "months", "mois": "mois", "years": "years", "yrs": "years", "ans": "ans", "annees": "années",
    "hours": "hours", "heures": "heures", "points": "points", "pts": "points", "cad": "CAD", "dollars": "CAD",
    "usd": "USD", "percent": "%", "pct": "%", "clb": "CLB", "nclc": "NCLC", "teer": "TEER", "feer": "FÉER",
}
_PREFIX_UNITS = {"CLB", "NCLC", "TEER", "FÉER"}
_SECTION_UNITS = {"crs": "points", "scg": "points"}
_UNIT_KEYS = {"currency", "devise", "monnaie", "unit", "units", "unite", "unites"}
# a column counting people, never an amount: "size", "household", "taille", "personnes"
_COUNT_KEY = re.compile(r"(?:family_|household_|famille_)?(?:size|household|family|persons?|people|members?|taille|"
                        r"personnes?|membres?|nombre|count)(?:_\w+)?")
_SUBJECT_WORDS = re.compile(r"\b(?:programs?|programmes?|categor(?:y|ies)|catégories?|crs|scg|streams?|volets?)\b", re.I)
# Key words as a page spells them: abbreviations, acronyms, and in a French file accents and the "de" keys leave out
_ABBREVIATIONS = {"min": "minimum", "max": "maximum", "exp": "experience", "yrs": "years", "pts": "points",
                  "lang": "language", "req": "required", "nb": "nombre", "qty": "quantity"}
_ACRONYMS = {"fsw", "fswp", "fst", "fstp", "cec", "pnp", "crs", "clb", "nclc", "teer", "feer", "noc", "cnp", "ptqf",
             "ptmsf", "pcp", "scg", "cad", "usd", "ircc", "lmia", "eimt", "ee", "stem", "ielts", "celpip",
             "tef", "tcf", "pte"}
_FRENCH_WORDS = {"experience": "expérience", "annees": "années", "annee": "année", "periode": "période",
                 "fenetre": "fenêtre", "metiers": "métiers", "metier": "métier", "sante": "santé",
                 "competences": "compétences", "specialises": "spécialisés", "qualifies": "qualifiés",
                 "francais": "français", "etablissement": "établissement", "reserve": "réservé", "ecrit": "écrit",
                 "comprehension": "compréhension", "categorie": "catégorie", "categories": "catégories",
                 "federal": "fédéral", "admissibilite": "admissibilité", "education": "éducation", "duree": "durée",
                 "derniere": "dernière", "dernieres": "dernières", "medecins": "médecins",
                 "supplementaire": "supplémentaire", "etudes": "études", "adaptabilite": "adaptabilité", "age": "âge", "supplementaires": "supplémentaires"}
_FRENCH_JOINS = ((r"\b(offres?) (emploi)\b", r"\1 d'\2"), (r"\b(note) (passage)\b", r"\1 de \2"),
                 (r"\b(preuve) (fonds)\b", r"\1 de \2"), (r"\b(expérience) (travail)\b", r"\1 de \2"),
                 (r"\b(heures) (travail)\b", r"\1 de \2"), (r"\b(niveau) (langue)\b", r"\1 de \2"),
                 (r"\b(fonds) (établissement)\b", r"\1 d'\2"), (r"\b(seuil) (passage|réussite)\b", r"\1 de \2"),
                 (r"\b(taille) (famille)\b", r"\1 de la \2"), (r"\b(mois|années|ans) (expérience)\b", r"\1 d'\2"),
                 (r"\b(jusqu|lorsqu|puisqu) (\w)", r"\1'\2"))
_FRENCH_KEYS = {"mois", "ans", "annees", "heures", "offre", "emploi", "note", "passage", "preuve", "fonds", "niveau",
                "seuil", "categorie", "categories", "metiers", "sante", "taille", "famille", "minimale", "duree",
                "langue", "programme", "programmes", "exigences", "montant", "personnes", "travail", "regles"}
_ENGLISH_KEYS = {"months", "years", "hours", "job", "offer", "pass", "mark", "proof", "funds", "level", "work",
                 "language", "program", "programs", "category", "trades", "health", "family", "size", "amount",
                 "rules", "requirements", "minimum", "window"}


def _tokens(key: str) -> list[str]:
    return [t for t in re.split(r"[_\-\s.]+|(?<=[a-z])(?=[A-Z])", key) if t]


class _Writer:
    """The tree written out as lines, in the file's language (guessed from its keys' words)."""

    def __init__(self, french: bool):
        self.french = french
        self.lines: list[str] = []

    @classmethod
    def render(cls, root: Node) -> str:
        words = [t.lower() for key in _keys(root) for t in _tokens(key)]
        writer = cls(french=sum(w in _FRENCH_KEYS for w in words) > sum(w in _ENGLISH_KEYS for w in words))
        writer.section(root, [], "", "")
        return "\n".join(writer.lines).strip() + "\n"

    def section(self, node: Node, path: list[str], unit: str, effective: str) -> None:
        """A mapping's children in order; ``unit`` and ``effective`` come from the keys above ("settlement_funds_cad",
        "effective: 2026-07-07")."""
        children = node.children
        dated = next((c.value for c in children if c.key and _EFFECTIVE.fullmatch(c.key.lower()) and c.value
                      and _DATE.search(c.value)), None)
        if path:  # (the file's own "in force as of" date is when it was written, not when each rule took effect)
            effective = dated or effective
        else:
            dated = None
        # "currency: CAD", "unite: mois" beside the values it is the unit of
        unit = next((_UNIT_WORDS.get(c.value.lower(), c.value) for c in children if c.key and c.key.lower() in _UNIT_KEYS
                     and c.value and len(c.value) <= 12), unit)
        keys = {c.key.lower() for c in children if c.key}
        previous, merged = {}, set()  # "min_months: 12" beside "previous_min_months: 6": one line, "(previously 6)"
        for c in children:
            if c.key and c.value and (m := _PREVIOUS.fullmatch(c.key.lower())) and (m.group("a") or m.group("b")) in keys:
                merged.add(c.key.lower())
                previous[m.group("a") or m.group("b")] = c.value
        previous = {k: v for k, v in previous.items() if not any((c.key or "").lower() == k and c.value == v for c in children)}
        for child in children:
            key = (child.key or "").lower()
            if child.prose:
                self.comment(child, unit)
            elif key in merged or (_SWITCH.fullmatch(key) and not child.children) or key in _UNIT_KEYS \
                    or (_EFFECTIVE.fullmatch(key) and child.value == dated) or (child.children and _SKIPPED.match(key)):
                continue
            elif child.children and all(c.item for c in child.children):
                self.listing(child, path, _unit_of(child.key) or unit, effective)
            elif child.children and _switched_off(child):
                continue
            elif child.children and _numbered(child):
                self.numbered(child, _unit_of(child.key) or unit, effective)
            elif child.children:
                if child.key:
                    self.lines += ["", self.words(child.key, units=True)]
                self.section(child, [*path, child.key or ""], _unit_of(child.key) or unit, effective)
            elif child.value not in (None, ""):
                self.value_line(child, path, _unit_of(child.key) or unit, effective, previous.get(key))
            elif child.note:
                self.lines.append(f"{self.words(child.key or '')}: {child.note}")

    def listing(self, node: Node, path: list[str], unit: str, effective: str) -> None:
        items = node.children
        label = self.label(node.key, path)
        if all(not c.children for c in items):  # a list of values: "TEER levels: 0, 1, 2, 3."
            values = [_with_unit(self.value(c.value or ""), unit) for c in items if c.value]
            self.lines.append(f"{label}: {', '.join(values)}{self.since(effective)}.")
            return
        rows = [c for c in items if c.children and all(not g.children for g in c.children)]
        columns = list(dict.fromkeys(g.key for c in rows for g in c.children if g.key and not _SKIPPED.match(g.key.lower())))
        if rows and columns:  # a list of flat mappings: a table under its key
            self.lines += ["", f"{label}{self.since(effective)}", "| " + " | ".join(self.words(k) for k in columns) + " |"]
            for row in rows:
                cells = {g.key: g.value or "" for g in row.children}
                self.lines.append("| " + " | ".join(self.cell(cells.get(k) or "", k, unit) for k in columns) + " |")
        for item in items:
            if item not in rows and item.children:
                self.lines += ["", label]
                self.section(item, [*path, node.key or ""], unit, effective)

    def numbered(self, node: Node, unit: str, effective: str) -> None:
        """A mapping from counts to values ("by_household_size: {1: 15263, 2: 19001, each_additional: 4117}"): a table
        whose first column is the count, headed by the key."""
        self.lines += ["", f"{self.words(node.key or '')}{self.since(effective)}",
                       f"| {self.words(node.key or '')} | {'Montant' if self.french else 'Amount'} |"]
        for row in node.children:
            value = _with_unit(self.value(row.value or ""), unit)
            self.lines.append(f"| {self.words(row.key or '', capital=False)} | {value}{self.note(row.note, unit)} |")

    def cell(self, value: str, key: str, unit: str) -> str:
        own = _unit_of(key) or ("" if _COUNT_KEY.fullmatch(key.lower()) else unit)
        return _with_unit(self.value(value), own) if value else ""

    def comment(self, node: Node, unit: str) -> None:
        """A prose comment is a sentence of the file; a commented-out key is not in force, unless its comment says it
        was removed, which is a statement: "Arranged employment (50 points): removed by IRCC on 2025-03-25"."""
        if node.key is None:  # (a sentence of its own, not the end of the heading above it)
            self.lines.append(node.note[:1].upper() + node.note[1:] + ("" if node.note.endswith((".", "!", "?", ":")) else "."))
        elif _REMOVED.search(node.note):
            value = _with_unit(self.value(node.value or ""), _unit_of(node.key) or unit)
            self.lines.append(f"{self.words(node.key)} ({value}): {node.note}")

    def value_line(self, node: Node, path: list[str], unit: str, effective: str, previous: str | None) -> None:
        line = f"{self.label(node.key, path)}: {_with_unit(self.value(node.value or ''), unit)}"
        if previous:
            line += f" ({'auparavant' if self.french else 'previously'} {_with_unit(self.value(previous), unit)})"
        line += self.since(effective)
        self.lines.append(f"{line}{self.note(node.note, unit)}.")

    def note(self, note: str, unit: str) -> str:
        """The comment beside a value, in brackets; a past value it gives said as one: "# was 14690" -> "(previously
        14690 CAD)"."""
        if not note:
            return ""
        if m := _WAS.match(note):
            said = "auparavant" if self.french else "previously"
            note = f"{said} {_with_unit(m.group('n').strip(), unit)}{m.group('rest')}"
        return f" ({note})"

    def since(self, day: str) -> str:
        if not day:
            return ""
        iso = _DATE.search(day).group(0)
        return f" (en vigueur le {iso})" if self.french else f" (in effect from {iso})"

    def label(self, key: str | None, path: list[str]) -> str:
        """The key in words, after its parent's when the parent names what is measured rather than whose rule it is:
        ``min_months`` under ``work_experience`` is "Work experience minimum", under ``fsw`` just "Minimum"."""
        own = self.words(key or "")
        if re.match(r"(?:window|fenêtre|fenetre)\b", own, re.IGNORECASE):  # the only window the rules have is experience's
            own = f"{'Expérience' if self.french else 'Experience'} {_lower_first(own)}"
        parent = self.words(path[-1]) if path and path[-1] else ""
        if parent and not _names_subject(parent) and parent.lower() not in own.lower():
            own = f"{parent} {_lower_first(own)}" if own else parent
        return own or "Value"

    def value(self, value: str) -> str:
        """A slug value in words ("skilled_trades" -> "skilled trades"), a flag as yes or no; others as written."""
        if value.lower() in ("true", "false"):
            return {"true": "oui", "false": "non"}[value.lower()] if self.french else {"true": "yes", "false": "no"}[value.lower()]
        if _IDENTIFIER.fullmatch(value) and not value.isdigit():
            return self.words(value, capital=False)
        return value

    def words(self, key: str, capital: bool = True, units: bool = False) -> str:
        """The key in words; its unit word left out (it goes after the figure) unless ``units`` (a heading keeps it)."""
        tokens = _tokens(key)
        out = []
        for i, token in enumerate(tokens):
            low = token.lower()
            if not units and low in _UNIT_WORDS and len(tokens) > 1 and not (i + 1 < len(tokens) and tokens[i + 1].isdigit()):
                continue  # (the unit goes after the figure; "teer_0_1" keeps its TEER)
            word = _ABBREVIATIONS.get(low, low)
            if word in _ACRONYMS:
                word = word.upper()
            elif self.french:
                word = _FRENCH_WORDS.get(word, word)
            out.append(word)
        text = " ".join(out)
        # "clb_teer_0_1": "TEER 0 or 1"
        text = re.sub(r"\b(TEER|FÉER) ((?:\d )+\d)\b", lambda m: f"{m.group(1)} " + (" ou " if self.french else " or ").join(m.group(2).split()), text)
        if self.french:
            for pattern, repl in _FRENCH_JOINS:
                text = re.sub(pattern, repl, text)
        return text[:1].upper() + text[1:] if capital else text


def _numbered(node: Node) -> bool:
    """A mapping whose keys are counts (a few of them words: "each_additional"), each holding one value."""
    keys = [c.key for c in node.children if not c.prose]
    counts = [k for k in keys if k and k.isdigit()]
    return len(counts) >= 2 and len(counts) >= len(keys) - 1 and all(not c.children for c in node.children)


def _switched_off(node: Node) -> bool:
    return any(c.key and _SWITCH.fullmatch(c.key.lower()) and (c.value or "").lower() in _OFF for c in node.children)


def _keys(node: Node):
    if node.key:
        yield node.key
    for child in node.children:
        yield from _keys(child)


def _lower_first(words: str) -> str:
    first = words.split(" ", 1)[0]
    return words if first.isupper() else words[:1].lower() + words[1:]


def _names_subject(words: str) -> bool:
    from .categories import find_mentions  # (late: categories imports the readers this module is read before)

    return any(p.search(words) for _, p in PROGRAMS_COMPILED) or bool(find_mentions(words)) or \
        _SUBJECT_WORDS.search(words) is not None


def _unit_of(key: str | None) -> str:
    """The unit a key names, its last unit word not followed by a figure ("clb_teer_0_1": CLB; TEER 0 1 qualifies)."""
    tokens = _tokens((key or "").lower())
    units = [t for i, t in enumerate(tokens) if t in _UNIT_WORDS and not (i + 1 < len(tokens) and tokens[i + 1].isdigit())]
    return _UNIT_WORDS[units[-1]] if units else (_SECTION_UNITS.get(tokens[-1], "") if tokens else "")


def _with_unit(value: str, unit: str) -> str:
    if not unit or not re.fullmatch(r"[\d.,\s]+", value):
        return value
    return f"{unit} {value}" if unit in _PREFIX_UNITS else f"{value} {unit}"
