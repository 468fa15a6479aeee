"""WatchIndex: which of many watches match an article, without evaluating every watch.

As Lucene's Monitor and Elasticsearch's percolator do, each watch is filed under a term that
any article it matches must contain; an article only looks at the watches filed under its
own terms. Here a query is first rewritten as an OR of clauses, each an AND of *features*
an article has or lacks (a term, `title:`term, `prefix*`, `title:prefix*`), plus phrases,
which alone need word positions. A clause is filed under its rarest feature and its second
rarest, so an article reaches it through two set intersections; checking the rest is set
operations on the article's features, and the clause then decides the match by itself:
no tree is evaluated, and spans are computed only for the watches that matched.
"""
from __future__ import annotations

from itertools import product

from monitor.query.text import SITE, SOURCE, Document, terms
from monitor.query.tree import And, Leaf, Match, Node, Not, Outlet, Query

# Words so common in French tech news that filing a watch under them selects nearly everything.
_COMMON = frozenset(terms(
    "le la les l de des du d un une et en à au aux pour par sur dans avec que qui ce cette ces "
    "est sont son sa ses il elle ils plus pas ne se a the of and to in for on "
    "leur leurs selon comme mais ou où été être avoir fait faire tout tous entre après avant depuis "
    "contre sans sous chez deux trois nouveau nouvelle grand grande premier première année ans "
    "France français Paris Europe européen monde mondial"
))
_TITLE = "title:"  # terms are runs of letters and digits, so feature names cannot collide
_OUTLET = (SOURCE, SITE)  # `source:` and `site:` features, from Document.outlet
_MAX_CLAUSES = 32  # beyond, a query is filed by its cover and evaluated whole
_EMPTY: frozenset[str] = frozenset()

Residual = tuple[tuple[Node, bool], ...]  # (node, whether it must match): phrases, or a whole tree
Clause = tuple[frozenset[str], frozenset[str], Residual]  # (features present, features absent, residual)
_LEAF_CLAUSES: dict[tuple[str, bool], tuple[Clause, ...]] = {}  # (Leaf.key, positive) -> its clauses


def _cost(feature: str) -> float:
    """Estimated share of articles having `feature` (lower is more selective)."""
    scale = 1.0
    if feature.startswith(_OUTLET):
        return 3.0  # one outlet among dozens: less selective than most words
    if feature.startswith(_TITLE):
        feature, scale = feature[len(_TITLE):], 0.2  # a title has a tenth of an article's words
    if feature.endswith("*"):
        return scale * 16.0 / len(feature)
    if feature in _COMMON:
        return scale * 100.0
    return scale * 8.0 / (len(feature) + 1)


def _feature(term: str, field: str | None) -> str:
    return _TITLE + term if field else term


def _leaf_clauses(leaf: Leaf, positive: bool) -> list[Clause]:
    """A leaf is the OR of its alternatives (aliases); excluded, the AND of their absence."""
    # Thousands of watches share a word: build its clauses (and their sets) once.
    found = _LEAF_CLAUSES.get((leaf.key, positive))
    if found is None:
        if len(_LEAF_CLAUSES) > 100_000:
            _LEAF_CLAUSES.clear()
        found = _LEAF_CLAUSES[leaf.key, positive] = tuple(_new_leaf_clauses(leaf, positive))
    return list(found)


def _new_leaf_clauses(leaf: Leaf, positive: bool) -> list[Clause]:
    if leaf.prefix:
        literals = [(frozenset((_feature(leaf.prefix + "*", leaf.field),)), ())]
    else:
        literals = []
        for alt in leaf.alternatives:
            present = frozenset(_feature(t, leaf.field) for t in alt)
            literals.append((present, () if len(alt) == 1 else (Leaf((alt,), field=leaf.field),)))
    if positive:
        return [(present, _EMPTY, tuple((p, True) for p in phrase)) for present, phrase in literals]
    absent = frozenset(next(iter(f)) for f, phrase in literals if not phrase)
    return [(_EMPTY, absent, tuple((p, False) for _, phrase in literals for p in phrase))]


def _clauses(node: Node, positive: bool = True) -> list[Clause] | None:
    """`node` (negated unless `positive`) as an OR of clauses; None if there would be too many."""
    if isinstance(node, Leaf):
        return _leaf_clauses(node, positive)
    if isinstance(node, Outlet):
        feature = frozenset((node.feature,))
        return [(feature, _EMPTY, ())] if positive else [(_EMPTY, feature, ())]
    if isinstance(node, Not):
        return _clauses(node.child, not positive)
    parts = [_clauses(c, positive) for c in node.children]
    if any(p is None for p in parts):
        return None
    if isinstance(node, And) == positive:  # a conjunction: one clause from each part
        size = 1
        for p in parts:
            size *= len(p)  # type: ignore[arg-type]
        if size > _MAX_CLAUSES:
            return None
        out = []
        for combo in product(*parts):  # type: ignore[misc]
            present = frozenset().union(*(c[0] for c in combo))
            absent = frozenset().union(*(c[1] for c in combo)) or _EMPTY  # one empty set, not thousands
            if present.isdisjoint(absent):  # else it can never match
                out.append((present, absent, tuple(r for c in combo for r in c[2])))
        return out
    out = [c for p in parts for c in p]  # type: ignore[union-attr]
    return out if len(out) <= _MAX_CLAUSES else None


def _required(node: Node) -> frozenset[str]:
    """Terms every matching article contains (in any field)."""
    if isinstance(node, Outlet):
        return _EMPTY
    if isinstance(node, Leaf):
        if node.prefix:
            return _EMPTY
        return frozenset.intersection(*(frozenset(a) for a in node.alternatives))
    if isinstance(node, Not):
        return _EMPTY
    if isinstance(node, And):
        return frozenset().union(*(_required(c) for c in node.children))
    return frozenset.intersection(*(_required(c) for c in node.children))


def _cover(node: Node) -> list[frozenset[str]] | None:
    """Feature sets, one of which every matching article has all of; None if there is none.

    The fallback for queries too large to rewrite as clauses.
    """
    if isinstance(node, Outlet):
        return [frozenset((node.feature,))]
    if isinstance(node, Leaf):
        if node.prefix:
            return [frozenset((node.prefix + "*",))]
        return [frozenset(a) for a in node.alternatives]
    if isinstance(node, Not):
        return None
    covers = [_cover(c) for c in node.children]
    if isinstance(node, And):
        found = [c for c in covers if c is not None]
        if not found:
            return None
        required = _required(node)
        best = min(found, key=lambda c: sum(min(_cost(f) for f in s) for s in c))
        return [s | required for s in best]
    if any(c is None for c in covers):
        return None
    return [s for c in covers for s in c]  # type: ignore[union-attr]


def _plan(query: Query) -> list[Clause]:
    """The clauses of `query`: exact when they are few; else its cover, with the whole tree to check."""
    clauses = _clauses(query.root)
    if clauses is not None:
        return clauses
    whole: Residual = ((query.root, True),)
    cover = _cover(query.root)
    return [(s, _EMPTY, whole) for s in cover] if cover is not None else [(_EMPTY, _EMPTY, whole)]


def _shelf_of(present: frozenset[str], residual: Residual) -> tuple[str, str]:
    """The rarest feature of a clause and its second rarest ("" if none): where it is filed.

    The second is taken outside the first's phrase if it can be: the words of a phrase come
    together, so the second would then select little more than the first.
    """
    first, *rest = sorted(present, key=lambda f: (_cost(f), f))  # ties broken the same way every time
    together = set()
    for node, want in residual:
        if want and isinstance(node, Leaf) and len(node.alternatives) == 1:
            phrase = {_feature(t, node.field) for t in node.alternatives[0]}
            if first in phrase:
                together |= phrase
    apart = [f for f in rest if f not in together]
    return first, (apart or rest or [""])[0]


class _Shelf:
    """The clauses filed under one (rarest, second rarest) feature pair."""

    __slots__ = ("sure", "checks")

    def __init__(self) -> None:
        # Most shelves hold one clause: the empty tuple is shared until something is added.
        self.sure: list[int] | tuple[()] = ()  # keys of the watches matched by having both features
        self.checks: list[tuple[frozenset[str], frozenset[str], Residual, int]] | tuple[()] = ()


class WatchIndex:
    """Many queries by key; `match` equals evaluating every query, only faster."""

    def __init__(self) -> None:
        self._queries: dict[int, Query] = {}
        self._by_key: dict[str, dict[str, _Shelf]] = {}  # rarest feature -> second ("" if none) -> shelf
        self._always: list[tuple[Clause, int]] = []  # clauses without a present feature: checked on every article
        self._prefixes: dict[str, dict[str, int]] = {}  # first 2 letters -> prefix -> clauses using it
        self._title_features = 0  # clauses using title features: if none, an article's features are its terms
        self._outlet_features = 0  # clauses using source: or site: features

    def __len__(self) -> int:
        return len(self._queries)

    @property
    def uses_outlets(self) -> bool:
        """Whether a filed query has `source:` or `site:` (else an article's outlet is not needed)."""
        return self._outlet_features > 0

    def add(self, key: int, query: Query) -> None:
        """File `query` under `key` (replacing any query already there)."""
        if key in self._queries:
            self.remove(key)
        self._queries[key] = query
        for present, absent, residual in _plan(query):
            self._count(present | absent, 1)
            if not present:
                self._always.append(((present, absent, residual), key))
                continue
            first, second = _shelf_of(present, residual)
            rest = present - {first}
            shelf = self._by_key.setdefault(first, {}).get(second)
            if shelf is None:
                shelf = self._by_key[first][second] = _Shelf()
            if len(rest) <= 1 and not absent and not residual:
                if not shelf.sure:
                    shelf.sure = [key]
                elif shelf.sure[-1] != key:  # two clauses of one watch can land on one shelf
                    shelf.sure.append(key)  # type: ignore[union-attr]
            else:
                shelf.checks = shelf.checks or []
                shelf.checks.append((rest - {second} or _EMPTY, absent, residual, key))  # type: ignore[union-attr]

    def remove(self, key: int) -> None:
        """Forget the query filed under `key` (no error if there is none)."""
        query = self._queries.pop(key, None)
        if query is None:
            return
        self._always = [a for a in self._always if a[1] != key]
        for present, absent, residual in _plan(query):
            self._count(present | absent, -1)
            if not present:
                continue
            first, second = _shelf_of(present, residual)
            seconds = self._by_key.get(first)
            if seconds is None or second not in seconds:
                continue
            shelf = seconds[second]
            shelf.sure = [k for k in shelf.sure if k != key] or ()
            shelf.checks = [c for c in shelf.checks if c[3] != key] or ()
            if not shelf.sure and not shelf.checks:
                del seconds[second]
                if not seconds:
                    del self._by_key[first]

    def _count(self, features: frozenset[str], step: int) -> None:
        """Keep count of the prefixes and title features in use, to compute only those an article needs."""
        for f in features:
            if f.startswith(_OUTLET):
                self._outlet_features += step
                continue
            if f.startswith(_TITLE):
                self._title_features += step
                f = f[len(_TITLE):]
            if f.endswith("*"):
                known = self._prefixes.setdefault(f[:2], {})
                known[f] = known.get(f, 0) + step
                if not known[f]:
                    del known[f]
                    if not known:
                        del self._prefixes[f[:2]]

    def features(self, doc: Document) -> frozenset[str]:
        """What `doc` has, in the features the filed clauses use."""
        if not self._prefixes and not self._title_features:
            return doc.terms | doc.outlet if self._outlet_features and doc.outlet else doc.terms
        title = doc.title_field
        found = set(doc.terms)
        if self._outlet_features:
            found.update(doc.outlet)
        if self._title_features:
            found.update([_TITLE + t for t in title.term_set])
        if self._prefixes:
            prefixes = self._prefixes
            in_title = set(title.folded) if self._title_features else ()
            for word in doc.folded:
                known = prefixes.get(word[:2])
                if known:
                    for p in known:
                        if word.startswith(p[:-1]):
                            found.add(p)
                            if word in in_title:
                                found.add(_TITLE + p)
        return frozenset(found)

    def candidates(self, doc: Document) -> set[int]:
        """Keys of the watches that match `doc`: the clauses decide, no query is evaluated."""
        present = self.features(doc)
        found: set[int] = set()
        by_key = self._by_key
        for first in (by_key.keys() & present if len(by_key) > len(present) else present & by_key.keys()):
            seconds = by_key[first]
            if len(seconds) < len(present):
                shelves = [s for k, s in seconds.items() if k in present or not k]
            else:
                shelves = [seconds[k] for k in present & seconds.keys()]
                if "" in seconds:
                    shelves.append(seconds[""])
            for shelf in shelves:
                found.update(shelf.sure)
                for rest, absent, residual, key in shelf.checks:
                    if rest <= present and absent.isdisjoint(present) and key not in found:
                        if all(node.test(doc) == want for node, want in residual):
                            found.add(key)
        for (_, absent, residual), key in self._always:
            if absent.isdisjoint(present) and all(node.test(doc) == want for node, want in residual):
                found.add(key)
        return found

    def match(self, doc: Document) -> dict[int, Match]:
        """{key: match} for every watch that matches `doc`."""
        queries = self._queries
        return {key: Match(queries[key].spans(doc)) for key in self.candidates(doc)}
