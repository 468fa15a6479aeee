"""The parsed query: a tree of Leaf / Not / And / Or, evaluated against a Document."""
from __future__ import annotations

from bisect import bisect_left
import dataclasses
from dataclasses import dataclass

from monitor.query.text import Document, FieldText

TITLE = "title"


@dataclass(frozen=True, slots=True)
class Span:
    """Matched characters [start, end) in an entry's title or text."""

    field: str  # "title" or "text"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Leaf:
    """A word, phrase or prefix; matches when any alternative occurs (aliases add alternatives)."""

    alternatives: tuple[tuple[str, ...], ...]  # term sequences; a word is a sequence of one
    prefix: str = ""  # folded prefix of `cyber*` (then alternatives is empty)
    field: str | None = None  # TITLE, or None for title or text
    column: int = 1
    word: str = dataclasses.field(default="", init=False, compare=False, repr=False)  # set for a plain word
    key: str = dataclasses.field(default="", init=False, compare=False, repr=False)  # what it finds, as a string

    def __post_init__(self) -> None:
        if not self.prefix and len(self.alternatives) == 1 and len(self.alternatives[0]) == 1:
            object.__setattr__(self, "word", self.alternatives[0][0])  # the common case, tested first
        # Many watches share a leaf: its spans are computed once per article (a str hash is cached).
        alternatives = "|".join(" ".join(a) for a in self.alternatives)
        object.__setattr__(self, "key", f"{self.field or ''}:{self.prefix}*{alternatives}")

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

    def collect(self, doc: Document, out: list[_Spans]) -> None:
        found = doc.leaf_spans.get(self.key)
        if found is None:
            found = doc.leaf_spans[self.key] = self._spans(doc)
        if found[1]:
            out.append(found)

    def _spans(self, doc: Document) -> _Spans:
        by_order: dict[int, Span] = {}
        for f in self._fields(doc):
            text = f.name != TITLE
            if self.prefix:
                p = self.prefix
                hits = [i for i, w in enumerate(f.folded) if w.startswith(p)]
                if hits:
                    offsets = f.offsets()
                    for i in hits:
                        start, end = offsets[i]
                        by_order[_order(text, start, end)] = Span(f.name, start, end)
                continue
            for alt in self.alternatives:
                hits = f.phrase_at(alt)
                if hits:
                    offsets, n = f.offsets(), len(alt)
                    for i in hits:
                        start, end = offsets[i][0], offsets[i + n - 1][1]
                        by_order[_order(text, start, end)] = Span(f.name, start, end)
        ordered = {k: by_order[k] for k in sorted(by_order)}
        return ordered, tuple(ordered.values())


# A leaf's spans in one article, cached on the Document: {order: span} in order, and the spans.
_Spans = tuple[dict[int, Span], tuple[Span, ...]]


def _order(text: bool, start: int, end: int) -> int:
    """Sorts spans as Match lists them: title first, then by start and end (an int: compared in C)."""
    return (text << 64) | (start << 32) | end


@dataclass(frozen=True, slots=True)
class Outlet:
    """`source:Name` or `site:host`: where the article comes from, not what it says."""

    feature: str  # SOURCE + source_key(name), or SITE + site_key(host) (monitor.query.text)
    column: int = 1

    def test(self, doc: Document) -> bool:
        return self.feature in doc.outlet

    def collect(self, doc: Document, out: list[_Spans]) -> None:
        return None  # nothing in the text to highlight


@dataclass(frozen=True, slots=True)
class Not:
    """The article must not contain `child`."""

    child: Node
    column: int = 1

    def test(self, doc: Document) -> bool:
        return not self.child.test(doc)

    def collect(self, doc: Document, out: list[_Spans]) -> None:
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

    def collect(self, doc: Document, out: list[_Spans]) -> None:
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

    def collect(self, doc: Document, out: list[_Spans]) -> None:
        for child in self.children:
            if child.test(doc):  # only the alternatives that matched are shown
                child.collect(doc, out)


Node = Leaf | Outlet | Not | And | Or


@dataclass(frozen=True, slots=True)
class Match:
    """Why an article matched: the matched words, in the original title/text characters."""

    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed watch query; `text` is what the user typed."""

    text: str
    root: Node
    # The leaves whose spans a match shows, when that does not depend on the article (no OR).
    _shown: tuple[Leaf, ...] | None = dataclasses.field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not any(isinstance(n, Or) for n in _nodes(self.root)):
            object.__setattr__(self, "_shown", tuple(leaf for leaf, shown in leaves(self.root) if shown))

    def match(self, doc: Document) -> Match | None:
        """The matched spans if `doc` matches, else None. Linear in the article's words."""
        if not self.root.test(doc):
            return None
        return Match(self.spans(doc))

    def spans(self, doc: Document) -> tuple[Span, ...]:
        """The spans `match` reports, for a `doc` already known to match."""
        found: list[_Spans] = []
        if self._shown is None:
            self.root.collect(doc, found)
        else:
            cache = doc.leaf_spans
            for leaf in self._shown:
                spans = cache.get(leaf.key)
                if spans is None:
                    spans = cache[leaf.key] = leaf._spans(doc)
                if spans[1]:
                    found.append(spans)
        if len(found) == 1:
            return found[0][1]
        merged: dict[int, Span] = {}
        for by_order, _ in found:
            merged.update(by_order)
        return tuple([merged[k] for k in sorted(merged)])


def _nodes(node: Node):
    yield node
    if isinstance(node, Not):
        yield from _nodes(node.child)
    elif not isinstance(node, (Leaf, Outlet)):
        for child in node.children:
            yield from _nodes(child)


def leaves(node: Node, positive: bool = True):
    """Every leaf under `node` with whether it is required to be present (not under a Not)."""
    if isinstance(node, Leaf):
        yield node, positive
    elif isinstance(node, Not):
        yield from leaves(node.child, False)
    elif not isinstance(node, Outlet):
        for child in node.children:
            yield from leaves(child, positive)
