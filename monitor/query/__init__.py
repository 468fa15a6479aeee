"""The watch query language of QUERY.md: parse, normalise, match, index, search, highlight.

Pure: no network, no database. Typical use:
    query = parse_query("licenciements AWS")
    match = query.match(analyse(entry.title, entry.text))  # Match(spans=...) or None
"""
from monitor.query.aliases import Aliases
from monitor.query.display import highlight, snippet
from monitor.query.errors import MAX_DEPTH, MAX_QUERY_LENGTH, MAX_TERMS, QueryError
from monitor.query.fts import fts_expression, terms_for_index
from monitor.query.index import WatchIndex
from monitor.query.parser import parse_query
from monitor.query.text import Document, analyse, title_key
from monitor.query.tree import Match, Query, Span

__all__ = [
    "Aliases", "Document", "Match", "MAX_DEPTH", "MAX_QUERY_LENGTH", "MAX_TERMS", "Query",
    "QueryError", "Span", "WatchIndex", "analyse", "fts_expression", "highlight", "parse_query",
    "snippet", "terms_for_index", "title_key",
]
