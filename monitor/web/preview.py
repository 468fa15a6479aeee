"""The live preview of a query (issue 14): the parse error with its column, or the stored articles
of the last days it matches and how many alerts it would have sent."""
from __future__ import annotations

import time
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from monitor.query import Aliases, Query, QueryError, analyse, fts_expression, parse_query
from monitor.store.search import search_entries
from monitor.times import to_iso
from monitor.web.present import excerpt_html, safe_link, title_html

PREVIEW_DAYS = 7
SHOWN = 20  # articles listed under the query
COUNTED = 500  # matches counted beyond those shown; past it the page says "500+"
# Each counted candidate costs an exact match (~0.3 ms): counting stops after this long and the
# page says "N+", so a broad query keeps the preview within 150 ms (bench/web.py).
COUNT_BUDGET_S = 0.06
ANALYSED_KEPT = 1024  # articles kept analysed between keystrokes (~10 KB each)
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


@lru_cache(maxsize=ANALYSED_KEPT)
def _analysed(title: str, text: str, source: str, link: str):
    # Typing a query asks about the same newest articles again and again: analyse each once.
    return analyse(title, text, source, link)


def preview(db: sqlite_utils.Database, query: Query, now: datetime, recipients: int,
            budget_s: float = COUNT_BUDGET_S) -> Preview:
    """The articles of the last PREVIEW_DAYS `query` matches (runs in a worker thread).

    The FTS-then-exact path of search_query in one pass; once SHOWN articles are found and
    `budget_s` has passed, the remaining candidates are skipped unread and the count says "N+"."""
    deadline = time.perf_counter() + budget_s
    matched, out_of_time = 0, False

    def matcher(title: str, text: str, source: str, link: str):
        nonlocal matched, out_of_time
        if out_of_time or (matched >= SHOWN and time.perf_counter() > deadline):
            out_of_time = True
            return None
        found = query.match(_analysed(title, text, source, link))
        matched += found is not None
        return found

    found = search_entries(db, fts=fts_expression(query), since=now - timedelta(days=PREVIEW_DAYS),
                           limit=COUNTED + 1, matcher=matcher)
    stories, capped = min(len(found), COUNTED), out_of_time or len(found) > COUNTED
    articles = [{
        "title": str(title_html(f.title or f.link, f.spans)),
        "excerpt": str(excerpt_html(f.text, f.spans)),
        "link": safe_link(f.link),
        "feed": f.feed_name,
        "published": to_iso(f.published),
    } for f in found[:SHOWN]]
    return Preview(stories=stories, capped=capped, alerts=stories * max(1, recipients), articles=articles)
