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
