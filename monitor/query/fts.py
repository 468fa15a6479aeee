"""Stored-article search: the terms column indexed by entries_fts, and a MATCH expression per query.

The column holds each distinct term of the article once, then the folded words that differ
from their terms (so `cyber*` prefixes work). entries_fts keeps no positions (`detail=none`:
indexing costs a third less, and the index only has to find candidates), so a phrase becomes
the AND of its words. Our terms are already folded runs of letters and digits, so each is one
FTS token. The expression selects a superset: `title:` is not restricted, exclusions are
dropped, and the exact query is evaluated on what it returns.
"""
from __future__ import annotations

from monitor.query.text import Document
from monitor.query.tree import And, Leaf, Node, Not, Outlet, Query


def terms_for_index(doc: Document) -> str:
    """Space-separated normalised terms of an article, for the entries.terms column."""
    terms = dict.fromkeys((*doc.title_field.terms, *doc.text_field.terms))
    extra = sorted({f for f in doc.folded if f not in terms})
    return " ".join((*terms, *extra))


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _all_of(words: tuple[str, ...] | str) -> str:
    """A word, or a phrase as the AND of its words (the index has no positions)."""
    if isinstance(words, str):
        return _quoted(words)
    unique = list(dict.fromkeys(words))
    return _quoted(unique[0]) if len(unique) == 1 else "(" + " AND ".join(map(_quoted, unique)) + ")"


def _expression(node: Node) -> str | None:
    if isinstance(node, Leaf):
        if node.prefix:
            return _quoted(node.prefix) + "*"
        alts = [_all_of(a) for a in node.alternatives]
        return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"
    if isinstance(node, (Not, Outlet)):
        return None  # dropping an exclusion, or the outlet (not in the terms), only widens the result
    parts = [_expression(c) for c in node.children]
    if isinstance(node, And):
        kept = [p for p in parts if p is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else "(" + " AND ".join(kept) + ")"
    if any(p is None for p in parts):
        return None  # an alternative we cannot filter on could match anything
    return "(" + " OR ".join(parts) + ")"  # type: ignore[arg-type]


def fts_expression(query: Query) -> str | None:
    """An FTS5 MATCH expression over entries_fts selecting every entry `query` matches; None if none is safe."""
    return _expression(query.root)
