"""The query language over stored articles: FTS5 proposes candidates, the exact query decides."""
from __future__ import annotations

from datetime import datetime

import sqlite_utils

from monitor.query import Query, analyse, fts_expression
from monitor.store.search import Found, search_entries


def search_query(db: sqlite_utils.Database, query: Query, *, since: datetime | None, limit: int) -> list[Found]:
    """Stored articles matching `query`, newest first: FTS5 finds candidates, the query decides."""
    return search_entries(db, fts=fts_expression(query), since=since, limit=limit,
                          matcher=lambda title, text: query.match(analyse(title, text)))


def one_per_story(found: list[Found]) -> list[tuple[Found, int]]:
    """Each story once (issue 12): its newest matching article, and how many other outlets'
    articles of it matched too ("+2 sources"), in the order of `found`."""
    firsts: dict[int, tuple[Found, set[int]]] = {}
    for f in found:
        first, feeds = firsts.setdefault(f.story_id, (f, set()))
        if f.feed_id != first.feed_id:
            feeds.add(f.feed_id)
    return [(first, len(feeds)) for first, feeds in firsts.values()]
