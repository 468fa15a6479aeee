"""parse_query: query text -> Query tree, or a QueryError saying what is wrong and where.

Grammar (QUERY.md; NOT binds tightest, then AND by juxtaposition, then OR):
    query  := or EOF
    or     := and ("OR" and)*
    and    := unary ("AND"? unary)*
    unary  := ("-" | "NOT") unary | ("title:" | "intitle:") unary | ("source:" | "site:") (WORD | "PHRASE")
            | primary
    primary:= WORD | WORD* | "PHRASE" | "(" or ")"
"""
from __future__ import annotations

from dataclasses import dataclass

from monitor.query.aliases import Aliases
from monitor.query.errors import MAX_DEPTH, MAX_QUERY_LENGTH, MAX_TERMS, QueryError
from monitor.query.text import SITE, SOURCE, site_key, source_key, words
from monitor.query.tree import TITLE, And, Leaf, Node, Not, Or, Outlet, Query

_OPEN_QUOTES = {'"': '"', "“": "”", "”": "”", "«": "»", "„": "“"}
_CLOSE_QUOTES = frozenset('"”“»')
_STOP = frozenset(" \t\r\n\f\v()") | frozenset(_OPEN_QUOTES)
_FIELDS = ("title:", "intitle:")
_OUTLETS = {"source:": SOURCE, "site:": SITE}
_SITE_CHARS = frozenset("-.")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "(", ")", "OR", "AND", "NOT", "FIELD", "OUTLET", "WORD", "PHRASE", "EOF"
    text: str
    column: int


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "()":
            tokens.append(_Token(c, c, i + 1))
            i += 1
        elif c in _OPEN_QUOTES:
            end = i + 1
            while end < n and text[end] not in _CLOSE_QUOTES:
                end += 1
            if end >= n:
                raise QueryError("unbalanced_quote", i + 1)
            tokens.append(_Token("PHRASE", text[i + 1:end], i + 1))
            i = end + 1
        else:
            end = i
            while end < n and text[end] not in _STOP:
                end += 1
            _lex_run(text[i:end], i + 1, tokens)
            i = end
    tokens.append(_Token("EOF", "", n + 1))
    return tokens


def _lex_run(run: str, column: int, tokens: list[_Token]) -> None:
    """A run without spaces, parentheses or quotes: leading -, title:, operators, a word."""
    while run:
        lower = run.lower()
        if run[0] == "-":
            tokens.append(_Token("NOT", "-", column))
            run, column = run[1:], column + 1
        elif lower.startswith(tuple(_OUTLETS)):
            size = lower.index(":") + 1
            tokens.append(_Token("OUTLET", _OUTLETS[lower[:size]], column))
            run, column = run[size:], column + size
        elif lower.startswith(_FIELDS):
            size = lower.index(":") + 1
            tokens.append(_Token("FIELD", TITLE, column))
            run, column = run[size:], column + size
        else:
            if run in ("OR", "AND", "NOT"):
                tokens.append(_Token(run, run, column))
            elif any(ch.isalnum() for ch in run):  # pure punctuation (#, &, ...) is no word
                tokens.append(_Token("WORD", run, column))
            return


class _Parser:
    def __init__(self, text: str, aliases: Aliases | None) -> None:
        self.tokens = _lex(text)
        self.pos = 0
        self.aliases = aliases
        self.words = 0

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node:
        if self.peek().kind == "EOF":
            raise QueryError("empty", 1)
        node = self.or_(0)
        token = self.peek()
        if token.kind == ")":
            raise QueryError("unexpected_paren", token.column)
        return node

    def or_(self, depth: int) -> Node:
        first = self.peek()
        if first.kind == "OR":
            raise QueryError("misplaced_or", first.column)
        children = [self.and_(depth)]
        while self.peek().kind == "OR":
            op = self.take()
            if self.peek().kind in ("OR", ")", "EOF", "AND"):
                raise QueryError("misplaced_or", op.column)
            children.append(self.and_(depth))
        return children[0] if len(children) == 1 else Or(tuple(children), first.column)

    def and_(self, depth: int) -> Node:
        first = self.peek()
        children = [self.unary(depth)]
        while self.peek().kind not in ("OR", ")", "EOF"):
            if self.peek().kind == "AND":
                op = self.take()
                if self.peek().kind in ("OR", ")", "EOF", "AND"):
                    raise QueryError("misplaced_and", op.column)
            children.append(self.unary(depth))
        return children[0] if len(children) == 1 else And(tuple(children), first.column)

    def unary(self, depth: int) -> Node:
        token = self.peek()
        if depth >= MAX_DEPTH:
            raise QueryError("too_deep", token.column)
        if token.kind in ("NOT", "FIELD"):
            self.take()
            if self.peek().kind in ("OR", "AND", ")", "EOF"):
                raise QueryError("dangling_not" if token.kind == "NOT" else "dangling_field",
                                 token.column)
            child = self.unary(depth + 1)
            return Not(child, token.column) if token.kind == "NOT" else _in_title(child)
        if token.kind == "OUTLET":
            return self.outlet(self.take())
        return self.primary(depth)

    def outlet(self, token: _Token) -> Outlet:
        """`source:LeMagIT`, `source:"Journal du Geek"`, `site:lemagit.fr`."""
        value = self.peek()
        code = "bad_source" if token.text == SOURCE else "bad_site"
        if value.kind not in ("WORD", "PHRASE") or value.column != token.column + len(token.text):
            raise QueryError(code, token.column)
        self.take()
        if token.text == SOURCE:
            key = source_key(value.text)
        else:
            key = site_key(value.text)
            if not all(c.isalnum() or c in _SITE_CHARS for c in key) or not any(c.isalnum() for c in key):
                key = ""
        if not key:
            raise QueryError(code, token.column)
        self.count(1, token.column)
        return Outlet(token.text + key, token.column)

    def primary(self, depth: int) -> Node:
        token = self.take()
        if token.kind == "(":
            if self.peek().kind == ")":
                raise QueryError("empty_group", token.column)
            node = self.or_(depth + 1)
            if self.take().kind != ")":
                raise QueryError("unclosed_paren", token.column)
            return node
        if token.kind == ")":
            raise QueryError("unexpected_paren", token.column)
        if token.kind in ("OR", "AND"):
            raise QueryError("misplaced_or" if token.kind == "OR" else "misplaced_and", token.column)
        if token.kind == "PHRASE":
            return self.leaf(token, token.text, "empty_phrase")
        if token.text.endswith("*"):
            return self.prefix(token)
        return self.leaf(token, token.text, "empty_phrase")

    def count(self, n: int, column: int) -> None:
        self.words += n
        if self.words > MAX_TERMS:
            raise QueryError("too_many_terms", column)

    def leaf(self, token: _Token, text: str, empty_code: str) -> Leaf:
        sequence = tuple(w.term for w in words(text))
        if not sequence:
            raise QueryError(empty_code, token.column)
        self.count(len(sequence), token.column)
        alternatives = self.aliases.expand(sequence) if self.aliases else (sequence,)
        return Leaf(alternatives, column=token.column)

    def prefix(self, token: _Token) -> Leaf:
        stem = token.text.rstrip("*")
        found = words(stem)
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(stem) or len(found[0].folded) < 2:
            raise QueryError("bad_prefix", token.column)
        self.count(1, token.column)
        return Leaf((), prefix=found[0].folded, column=token.column)


def _in_title(node: Node) -> Node:
    """`title:` applies to every word inside a group."""
    if isinstance(node, Outlet):
        return node  # where an article comes from has no title
    if isinstance(node, Leaf):
        return Leaf(node.alternatives, node.prefix, TITLE, node.column)
    if isinstance(node, Not):
        return Not(_in_title(node.child), node.column)
    return type(node)(tuple(_in_title(c) for c in node.children), node.column)


def _positive(node: Node) -> bool:
    """Whether any match needs some word present (so the query is not exclusions only)."""
    if isinstance(node, (Leaf, Outlet)):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(_positive(c) for c in node.children)
    return all(_positive(c) for c in node.children)


def _check_positive(node: Node) -> None:
    if isinstance(node, Or):
        for child in node.children:
            if not _positive(child):
                raise QueryError("only_exclusions", child.column)
    if not _positive(node):
        raise QueryError("only_exclusions", node.column)


def parse_query(text: str, aliases: Aliases | None = None) -> Query:
    """Parse a watch query (QUERY.md); raises QueryError with a code and a 1-based column."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError("too_long", MAX_QUERY_LENGTH + 1)
    if not text.strip():
        raise QueryError("empty", 1)
    root = _Parser(text, aliases).parse()
    _check_positive(root)
    return Query(text, root)
