"""Stored-article search: the terms column indexed by entries_fts, and a MATCH expression per query.

The column holds the article's terms in order (title then text, so phrases work), then the
folded words that differ from their terms (so `cyber*` prefixes work). Indexed with FTS5's
`unicode61 remove_diacritics 2` tokenizer: our terms are already folded runs of letters and
digits, so each is one FTS token. The expression selects a superset: `title:` is not
restricted, exclusions are dropped, and the exact query is evaluated on what it returns.
"""
from __future__ import annotations

from monitor.query.text import Document
from monitor.query.tree import And, Leaf, Node, Not, Or, Query


def terms_for_index(doc: Document) -> str:
    """Space-separated normalised terms of an article, for the entries.terms column."""
    title, text = doc.title_field, doc.text_field
    extra = dict.fromkeys(f for f in doc.folded if f not in doc.terms)
    return " ".join((*title.terms, *text.terms, *sorted(extra)))


def _quoted(words: tuple[str, ...] | str) -> str:
    text = words if isinstance(words, str) else " ".join(words)
    return '"' + text.replace('"', '""') + '"'


def _expression(node: Node) -> str | None:
    if isinstance(node, Leaf):
        if node.prefix:
            return _quoted(node.prefix) + "*"
        alts = [_quoted(a) for a in node.alternatives]
        return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"
    if isinstance(node, Not):
        return None  # dropping an exclusion only widens the result
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
