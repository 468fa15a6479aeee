"""Adding a feed by URL, with the checks /addfeed and the web page share: http(s) only, fetched
and parsed first (what is not a feed is refused, saying why), never a private address unless
`private_ok`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from urllib.parse import urlsplit

import sqlite_utils

from monitor.ingest.fetch import FetchError, Fetcher
from monitor.ingest.parse import ParseError, parse_feed
from monitor.render.alert import cut
from monitor.render.errors import error_facts, error_text
from monitor.store.feeds import FeedRow, add_feed, list_feeds


@dataclass(frozen=True, slots=True)
class FeedAdded:
    """What became of a URL: "usage" (not one URL), "refused" (why: an error kind and its
    parameters, rendered in each reader's language by `monitor.render.errors`), "exists", "added"."""

    outcome: Literal["usage", "refused", "exists", "added"]
    feed: FeedRow | None = None
    entries: int = 0
    error: tuple[str, dict] = ("unknown", {})

    def reason(self, lang: str) -> str:
        """Why it was refused, in `lang`."""
        return error_text(lang, *self.error)


async def add_checked_feed(db: sqlite_utils.Database, fetcher: Fetcher, url: str, *, private_ok: bool,
                           added_by: int | None, now: datetime) -> FeedAdded:
    """Fetch and parse `url`; store it as a feed when it is one."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        return FeedAdded("usage")
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return FeedAdded("refused", error=("scheme", {}))
    try:
        fetched = await fetcher.fetch(url, private_ok=private_ok)
        parsed = parse_feed(fetched.body, url=fetched.final_url, content_type=fetched.content_type)
    except (FetchError, ParseError) as err:
        return FeedAdded("refused", error=error_facts(err))
    before = {feed.id for feed in list_feeds(db) if not feed.disabled_reason}
    name = cut(parsed.title.strip() or urlsplit(fetched.final_url).hostname or url, 100)
    feed = add_feed(db, name, fetched.permanent_url or url, added_by, now)
    if feed.id in before:
        return FeedAdded("exists", feed)
    return FeedAdded("added", feed, len(parsed.entries))
