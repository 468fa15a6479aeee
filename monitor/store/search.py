"""Search over stored entries: FTS5 proposes candidates, the exact matcher decides."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

import sqlite_utils

from monitor.model import PAGE_JOIN, Span
from monitor.times import from_iso, to_iso
from monitor.store.indexing import INDEXED_UPTO

# Candidates are read in pages, so a broad FTS expression never loads the whole table.
_PAGE = 200


class Matched(Protocol):
    """What the exact matcher returns for a matching entry."""

    @property
    def spans(self) -> tuple[Span, ...]: ...


@dataclass(frozen=True, slots=True)
class Found:
    """A stored entry that matched, with its feed's name and the matched spans."""

    id: int
    feed_id: int
    feed_name: str
    story_id: int
    guid: str
    link: str
    title: str
    text: str  # the feed's text, then its article page's when one was fetched (issue 11)
    author: str
    tags: tuple[str, ...]
    published: datetime
    spans: tuple[Span, ...]
    others: int = 0  # other outlets (feeds) of its story, shown once (issue 12: "+2 sources")


_COLUMNS = """e.id, e.feed_id, f.name, e.story_id, e.guid, e.link, e.title, e.text, e.author, e.tags,
    e.published, e.page_text"""


def search_entries(
    db: sqlite_utils.Database,
    *,
    fts: str | None,
    since: datetime | None,
    limit: int,
    matcher: Callable[[str, str, str, str], Matched | None],
) -> list[Found]:
    """Up to `limit` matching entries, newest first, one per story.

    `fts` is an FTS5 expression over entries_fts (a superset of the query's matches), or None
    to scan by date; `matcher(title, text, feed name, link)` decides exactly.
    """
    if limit <= 0:
        return []
    when, when_params = ("e.published >= ?", [to_iso(since)]) if since is not None else ("1", [])
    select = f"SELECT {_COLUMNS} FROM {{}} JOIN feeds AS f ON f.id = e.feed_id WHERE {when} AND {{}}"
    if fts:
        # The indexed entries FTS5 proposes, and the newest ones not indexed yet, read directly.
        sql = " UNION ALL ".join([
            select.format("entries_fts JOIN entries AS e ON e.id = entries_fts.rowid", "entries_fts MATCH ?"),
            select.format("entries AS e", f"e.id > ({INDEXED_UPTO})"),
        ])
        params = [*when_params, fts, *when_params]
    else:
        sql, params = select.format("entries AS e", "1"), when_params
    sql += " ORDER BY 11 DESC, 1 DESC"  # published, then id: newest first
    try:
        cursor = db.execute(sql, params)
        found: list[Found] = []
        stories: set[int] = set()
        while len(found) < limit and (page := cursor.fetchmany(_PAGE)):
            for row in page:
                entry_id, feed_id, feed_name, story_id, guid, link, title, text, author, tags, published, page = row
                if story_id in stories:
                    continue  # the same story from another feed: shown once
                if page:  # matched as the page step matched it: words only in the body are found
                    text = text + PAGE_JOIN + page
                match = matcher(title, text, feed_name, link)
                if match is None:
                    continue
                stories.add(story_id)
                found.append(Found(entry_id, feed_id, feed_name, story_id, guid, link, title, text, author,
                                   tuple(json.loads(tags)), from_iso(published), tuple(match.spans)))
                if len(found) == limit:
                    break
        cursor.close()
        found = _with_others(db, found)
    except sqlite3.OperationalError as err:
        # A malformed expression (a bug in fts_expression), not a busy or broken database.
        if fts and not any(word in str(err).lower() for word in ("locked", "busy", "disk", "no such table")):
            raise ValueError(f"full-text expression {fts!r} refused by SQLite: {err}") from None
        raise
    return found


def _with_others(db: sqlite_utils.Database, found: list[Found]) -> list[Found]:
    """Each found article with the number of other feeds its story has."""
    if not found:
        return found
    marks = ",".join("?" * len(found))
    feeds = dict(db.execute(f"SELECT story_id, count(DISTINCT feed_id) FROM entries WHERE story_id IN ({marks})"
                            " GROUP BY story_id", [f.story_id for f in found]).fetchall())
    return [replace(f, others=max(0, feeds.get(f.story_id, 1) - 1)) for f in found]
