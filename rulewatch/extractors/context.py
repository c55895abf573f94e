"""What every record extractor shares: the text, its sentences, and how to cite one."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, datetime

from rulewatch.schemas import Evidence

from .lexicon.lowercase import Cue
from .sentences import BULLET, Sentence, split_sentences

EXTRACTOR_VERSION = "rulewatch-extract/0.3.4"


@dataclass
class TextContext:
    """The extracted main text of one document and the facts needed to cite it."""

    text: str
    language: str
    url: str
    snapshot: str
    authority: str = "news"
    source: str | None = None
    fetched_at: datetime | None = None
    published: date | None = None
    modified: date | None = None
    title: str | None = None
    sentences: list[Sentence] = field(init=False)
    _starts: list[int] = field(init=False, repr=False)
    _headings: list[bool] = field(init=False, repr=False)
    _heading_of: dict[int, int] = field(init=False, repr=False)  # sentence index -> its heading's (-1: none)
    _cue_hits: dict[tuple[int, int], bool] = field(init=False, repr=False)
    _table_headers: dict[int, str] = field(init=False, repr=False)  # a row's line start -> the rows above it

    def __post_init__(self) -> None:
        self.sentences = split_sentences(self.text)
        self._starts = [s.start for s in self.sentences]
        self._headings = [self._reads_as_heading(s) for s in self.sentences]
        self._heading_of = {}
        self._cue_hits = {}
        self._table_headers = {}

    def index(self, sentence: Sentence) -> int:
        """The position of one of this text's sentences in ``sentences``."""
        return bisect.bisect_left(self._starts, sentence.start)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``; in a line's bullet or leading space, that line's first sentence."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        following = self.sentences[i + 1] if i + 1 < len(self.sentences) else None
        if following is not None and following.line_start <= offset:
            return following
        return None

    def heading_before(self, sentence: Sentence) -> Sentence | None:
        """The nearest earlier line that reads as a heading or a list's lead-in (short, no final period)."""
        here = self.index(sentence)
        if (found := self._heading_of.get(here)) is None:
            i = here - 1
            while i >= 0 and not (self.sentences[i].line_start != sentence.line_start and self._headings[i]):
                i -= 1
            found = self._heading_of[here] = i  # several readers ask for the same sentence's heading
        return self.sentences[found] if found >= 0 else None

    def sentence_has(self, i: int, cue: Cue) -> bool:
        """Does sentence ``i`` match ``cue``? Remembered: the sentences above many statements are asked again."""
        key = (id(cue), i)
        if (hit := self._cue_hits.get(key)) is None:
            hit = self._cue_hits[key] = cue.found(self.sentences[i].text)
        return hit

    def antecedent(self, sentence: Sentence) -> Sentence | None:
        """What "ce minimum" or "elle aussi" refers back to: the sentence just before in the same paragraph,
        or, opening a paragraph ("That is the same 12-month bar …"), the last sentence of the paragraph above
        (not a heading, a list item or a table row)."""
        i = self.index(sentence) - 1
        if i < 0:
            return None
        before = self.sentences[i]
        if before.line_start == sentence.line_start:
            return before
        if self._headings[i] or before.text.startswith("|") or self.is_list_item(before) or self.is_list_item(sentence):
            return None
        return before

    def lead_in(self, sentence: Sentence) -> Sentence | None:
        """For a list item, the sentence just above its list ("Votre expérience de travail doit :"): it
        gives the items their topic, their obligation and their effective date."""
        if not self.is_list_item(sentence):
            return None
        i = self.index(sentence) - 1
        while i >= 0:
            above = self.sentences[i]
            first = self._line_first(i)
            if not self.is_list_item(self.sentences[first]):
                return above
            i = first - 1
        return None

    def _line_first(self, i: int) -> int:
        """The index of the first sentence of the line holding sentence ``i``."""
        line = self.sentences[i].line_start
        while i > 0 and self.sentences[i - 1].line_start == line:
            i -= 1
        return i

    def is_list_item(self, sentence: Sentence) -> bool:
        """The sentence opens a bulleted or numbered line ("- Nomination provinciale : 600 points")."""
        prefix = self.text[sentence.line_start : sentence.start]
        return bool(prefix) and BULLET.fullmatch(prefix) is not None

    def is_heading(self, sentence: Sentence) -> bool:
        """A whole short line without final punctuation: a title, a heading or a list's lead-in."""
        i = self.index(sentence)
        if i < len(self.sentences) and self.sentences[i] == sentence:
            return self._headings[i]
        return self._reads_as_heading(sentence)

    def _reads_as_heading(self, sentence: Sentence) -> bool:
        line_end = self.text.find("\n", sentence.start)
        whole_line = sentence.start == sentence.line_start and (line_end == -1 or line_end == sentence.end)
        return (
            whole_line and len(sentence.text) <= 120 and not sentence.text.startswith("|")
            and not sentence.text.rstrip().endswith((".", ";", ","))
        )

    def table_header(self, sentence: Sentence) -> str | None:
        """The rows above this one in its table (trafilatura writes rows as "| a | b |" lines): caption and header."""
        if not sentence.text.startswith("|"):
            return None
        if (header := self._table_headers.get(sentence.line_start)) is not None:
            return header
        start = sentence.line_start
        while start > 0:
            previous = self.text.rfind("\n", 0, start - 1) + 1
            if not self.text.startswith("|", previous):
                break
            start = previous
        header = self._table_headers[sentence.line_start] = self.text[start : sentence.line_start]
        return header

    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(
            url=self.url,
            snapshot=self.snapshot,
            quote=sentence.text,
            start=sentence.start,
            end=sentence.end,
            language=self.language,
            fetched_at=self.fetched_at,
            published=self.published,
            modified=self.modified,
            authority=self.authority,  # type: ignore[arg-type]
            source=self.source,
            extractor=EXTRACTOR_VERSION,
        )

