"""One string per meaning: two queries that find the same articles for the same reasons compare equal.

Words are already folded by the parser (case, accents, plurals); here the tree loses its
columns and the order of AND / OR operands, which change nothing of what a query finds.
"""
from __future__ import annotations

from monitor.query.tree import And, Leaf, Node, Not, Or, Query


def canonical(query: Query) -> str:
    """The query's meaning as a string, e.g. `AND(:*aws,:*licenciement)`."""
    return _node(query.root)


def _node(node: Node) -> str:
    if isinstance(node, Leaf):
        return node.key
    if isinstance(node, Not):
        return f"NOT({_node(node.child)})"
    operator = "AND" if isinstance(node, And) else "OR"
    assert isinstance(node, (And, Or))
    return f"{operator}({','.join(sorted(_node(child) for child in node.children))})"
