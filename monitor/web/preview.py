"""The live preview of a query (issue 14): the parse error with its column, or the stored articles
of the last days it matches and how many alerts it would have sent."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from monitor.match.search import search_query
from monitor.query import Aliases, Query, QueryError, parse_query
from monitor.times import to_iso
from monitor.web.present import excerpt_html, safe_link, title_html

PREVIEW_DAYS = 7
SHOWN = 20  # articles listed under the query
COUNTED = 500  # matches counted beyond those shown; past it the page says "500+"
MAX_QUERY = 2000  # a query longer than this is a paste accident, not a watch


@dataclass(frozen=True, slots=True)
class Preview:
    """What the page shows under a query being typed."""

    error: str | None = None
    column: int | None = None
    stories: int = 0  # matched stories (one per story, as alerts are)
    capped: bool = False  # more than COUNTED
    alerts: int = 0  # stories × the watch's recipients
    articles: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        if self.error is not None:
            return {"ok": False, "error": self.error, "column": self.column}
        return {"ok": True, "stories": self.stories, "capped": self.capped, "alerts": self.alerts,
                "articles": self.articles}


def parsed(text: str, aliases: Aliases | None, lang: str) -> Query | Preview:
    """The query, or the Preview saying why it is refused."""
    if len(text) > MAX_QUERY:
        return Preview(error=f"> {MAX_QUERY}", column=MAX_QUERY)
    try:
        return parse_query(text, aliases)
    except QueryError as err:
        return Preview(error=err.message(lang), column=err.column)


def preview(db: sqlite_utils.Database, query: Query, now: datetime, recipients: int) -> Preview:
    """The articles of the last PREVIEW_DAYS `query` matches (runs in a worker thread)."""
    found = search_query(db, query, since=now - timedelta(days=PREVIEW_DAYS), limit=COUNTED + 1)
    capped = len(found) > COUNTED
    stories = min(len(found), COUNTED)
    articles = [{
        "title": str(title_html(f.title or f.link, f.spans)),
        "excerpt": str(excerpt_html(f.text, f.spans)),
        "link": safe_link(f.link),
        "feed": f.feed_name,
        "published": to_iso(f.published),
    } for f in found[:SHOWN]]
    return Preview(stories=stories, capped=capped, alerts=stories * max(1, recipients), articles=articles)
