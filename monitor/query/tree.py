"""The parsed query: a tree of Leaf / Not / And / Or, evaluated against a Document."""
from __future__ import annotations

from bisect import bisect_left
import dataclasses
from dataclasses import dataclass

from monitor.model import Span
from monitor.query.text import Document, FieldText

TITLE = "title"


@dataclass(frozen=True, slots=True)
class Leaf:
    """A word, phrase or prefix; matches when any alternative occurs (aliases add alternatives)."""

    alternatives: tuple[tuple[str, ...], ...]  # term sequences; a word is a sequence of one
    prefix: str = ""  # folded prefix of `cyber*` (then alternatives is empty)
    field: str | None = None  # TITLE, or None for title or text
    column: int = 1
    word: str = dataclasses.field(default="", init=False, compare=False, repr=False)  # set for a plain word

    def __post_init__(self) -> None:
        if not self.prefix and len(self.alternatives) == 1 and len(self.alternatives[0]) == 1:
            object.__setattr__(self, "word", self.alternatives[0][0])  # the common case, tested first

    def _fields(self, doc: Document) -> tuple[FieldText, ...]:
        return (doc.title_field,) if self.field else doc.fields

    def test(self, doc: Document) -> bool:
        if self.word:
            return self.word in (doc.title_field.term_set if self.field else doc.terms)
        if self.prefix:
            words = doc.title_field.sorted_folded() if self.field else doc.sorted_folded()
            i = bisect_left(words, self.prefix)
            return i < len(words) and words[i].startswith(self.prefix)
        for alt in self.alternatives:
            if len(alt) == 1:
                if alt[0] in (doc.title_field.term_set if self.field else doc.terms):
                    return True
            elif any(f.phrase_at(alt) for f in self._fields(doc)):
                return True
        return False

    def collect(self, doc: Document, out: set[Span]) -> None:
        for f in self._fields(doc):
            offsets = f.offsets()
            if self.prefix:
                p = self.prefix
                for i, w in enumerate(f.folded):
                    if w.startswith(p):
                        out.add(Span(f.name, *offsets[i]))
                continue
            for alt in self.alternatives:
                n = len(alt)
                for i in f.phrase_at(alt):
                    out.add(Span(f.name, offsets[i][0], offsets[i + n - 1][1]))


@dataclass(frozen=True, slots=True)
class Not:
    """The article must not contain `child`."""

    child: Node
    column: int = 1

    def test(self, doc: Document) -> bool:
        return not self.child.test(doc)

    def collect(self, doc: Document, out: set[Span]) -> None:
        return None  # excluded words are never highlighted


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]
    column: int = 1

    def test(self, doc: Document) -> bool:
        for child in self.children:
            if not child.test(doc):
                return False
        return True

    def collect(self, doc: Document, out: set[Span]) -> None:
        for child in self.children:
            child.collect(doc, out)


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]
    column: int = 1

    def test(self, doc: Document) -> bool:
        for child in self.children:
            if child.test(doc):
                return True
        return False

    def collect(self, doc: Document, out: set[Span]) -> None:
        for child in self.children:
            if child.test(doc):  # only the alternatives that matched are shown
                child.collect(doc, out)


Node = Leaf | Not | And | Or


@dataclass(frozen=True, slots=True)
class Match:
    """Why an article matched: the matched words, in the original title/text characters."""

    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed watch query; `text` is what the user typed."""

    text: str
    root: Node

    def match(self, doc: Document) -> Match | None:
        """The matched spans if `doc` matches, else None. Linear in the article's words."""
        if not self.root.test(doc):
            return None
        spans: set[Span] = set()
        self.root.collect(doc, spans)
        return Match(tuple(sorted(spans, key=lambda s: (s.field != TITLE, s.start, s.end))))


def leaves(node: Node, positive: bool = True):
    """Every leaf under `node` with whether it is required to be present (not under a Not)."""
    if isinstance(node, Leaf):
        yield node, positive
    elif isinstance(node, Not):
        yield from leaves(node.child, False)
    else:
        for child in node.children:
            yield from leaves(child, positive)
