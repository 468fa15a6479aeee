"""The labelled set as typed objects: articles (visible text, as the parse step gives it) and queries."""
from __future__ import annotations

from dataclasses import dataclass

from monitor.ingest.html import visible_text
from tests.query.labelled.articles import ARTICLES_RAW
from tests.query.labelled.queries import ALIAS_GROUPS, QUERIES_RAW


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    text: str


@dataclass(frozen=True)
class LabelledQuery:
    text: str
    with_aliases: bool
    expected: frozenset[int]
    checks: str


ARTICLES = [Article(i, visible_text(t), visible_text(s)) for i, t, s in ARTICLES_RAW]
QUERIES = [LabelledQuery(q, a, frozenset(e), c) for q, a, e, c in QUERIES_RAW]
__all__ = ["ALIAS_GROUPS", "ARTICLES", "QUERIES", "Article", "LabelledQuery"]
