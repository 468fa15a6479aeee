"""WatchIndex: which of many watches match an article, without evaluating every watch.

As Lucene's Monitor and Elasticsearch's percolator do, each watch is filed under a few terms
at least one of which any matching article must contain (its "cover"); an article only
evaluates the watches filed under its own terms. Each filing also carries the watch's other
required terms, checked with one set inclusion before the full evaluation.
"""
from __future__ import annotations

from monitor.query.text import Document, terms
from monitor.query.tree import And, Leaf, Match, Node, Not, Or, Query

# Words so common in French tech news that filing a watch under them selects nearly everything.
_COMMON = frozenset(terms(
    "le la les l de des du d un une et en à au aux pour par sur dans avec que qui ce cette ces "
    "est sont son sa ses il elle ils plus pas ne se a the of and to in for on"
))
_PREFIX_KEY = 2  # prefixes are filed under their first letters (a prefix has at least 2)


def _cost(key: str) -> float:
    """Estimated share of articles containing `key` (lower is more selective)."""
    if key.startswith("*"):
        return 50.0
    if key in _COMMON:
        return 100.0
    return 8.0 / (len(key) + 1)


def _required(node: Node) -> frozenset[str]:
    """Terms every matching article contains (in any field)."""
    if isinstance(node, Leaf):
        if node.prefix:
            return frozenset()
        return frozenset.intersection(*(frozenset(a) for a in node.alternatives))
    if isinstance(node, Not):
        return frozenset()
    if isinstance(node, And):
        return frozenset().union(*(_required(c) for c in node.children))
    return frozenset.intersection(*(_required(c) for c in node.children))


Cover = tuple[tuple[str, frozenset[str]], ...]


def _cover(node: Node) -> Cover | None:
    """(key, terms required with it) pairs: every matching article has some key with its terms.

    None when no such set exists (a Not matches articles that contain nothing in particular).
    """
    if isinstance(node, Leaf):
        if node.prefix:
            return (("*" + node.prefix[:_PREFIX_KEY], frozenset()),)
        return tuple(dict.fromkeys((min(a, key=_cost), frozenset(a)) for a in node.alternatives))
    if isinstance(node, Not):
        return None
    covers = [_cover(c) for c in node.children]
    if isinstance(node, And):
        found = [c for c in covers if c is not None]
        if not found:
            return None
        best = min(found, key=lambda c: sum(_cost(k) for k, _ in c))
        required = _required(node)
        return tuple((k, rest | required) for k, rest in best)
    if any(c is None for c in covers):
        return None
    return tuple(dict.fromkeys(pair for c in covers for pair in c))  # type: ignore[union-attr]


class WatchIndex:
    """Many queries by key; `match` equals evaluating every query, only faster.

    Filing: first key (a cover term, or a prefix's first letters) -> second required term
    ("" when none) -> [(the other required terms, watch key)], so that an article reaches
    its candidates through two set intersections done in C.
    """

    def __init__(self) -> None:
        self._queries: dict[int, Query] = {}
        self._filed: dict[int, tuple[tuple[str, str], ...]] = {}
        self._by_key: dict[str, dict[str, list[tuple[frozenset[str], int]]]] = {}
        self._prefix_keys: set[str] = set()
        self._always: set[int] = set()  # no cover: checked on every article

    def __len__(self) -> int:
        return len(self._queries)

    def add(self, key: int, query: Query) -> None:
        """File `query` under `key` (replacing any query already there)."""
        if key in self._queries:
            self.remove(key)
        self._queries[key] = query
        required = _required(query.root)
        cover = _cover(query.root)
        if required:
            best = min(required, key=_cost)
            if cover is None or _cost(best) <= sum(_cost(k) for k, _ in cover):
                cover = ((best, required),)
        if cover is None:
            self._always.add(key)
            return
        filed = []
        for k, with_k in cover:
            rest = with_k - {k}
            second = min(rest, key=_cost) if rest else ""
            self._by_key.setdefault(k, {}).setdefault(second, []).append((rest - {second}, key))
            filed.append((k, second))
            if k.startswith("*"):
                self._prefix_keys.add(k)
        self._filed[key] = tuple(filed)

    def remove(self, key: int) -> None:
        """Forget the query filed under `key` (no error if there is none)."""
        self._queries.pop(key, None)
        self._always.discard(key)
        for k, second in self._filed.pop(key, ()):
            seconds = self._by_key[k]
            postings = [p for p in seconds[second] if p[1] != key]
            if postings:
                seconds[second] = postings
            else:
                del seconds[second]
            if not seconds:
                del self._by_key[k]
                self._prefix_keys.discard(k)

    def candidates(self, doc: Document) -> set[int]:
        """Keys of the watches worth evaluating on `doc` (a superset of those that match)."""
        found = set(self._always)
        present = doc.terms
        by_key = self._by_key
        keys = by_key.keys() & present
        if self._prefix_keys:
            keys |= self._prefix_keys & {"*" + w[:_PREFIX_KEY] for w in doc.folded}
        for k in keys:
            seconds = by_key[k]
            for second in seconds.keys() & present:
                for rest, key in seconds[second]:
                    if rest <= present:
                        found.add(key)
            for rest, key in seconds.get("", ()):
                if rest <= present:
                    found.add(key)
        return found

    def match(self, doc: Document) -> dict[int, Match]:
        """{key: match} for every watch that matches `doc`."""
        out: dict[int, Match] = {}
        queries = self._queries
        for key in self.candidates(doc):
            found = queries[key].match(doc)
            if found is not None:
                out[key] = found
        return out
