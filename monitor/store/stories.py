"""Stories as stored (issue 12): the entries of each story, for `veille stories`. Facts only."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from monitor.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class StoryArticleRow:
    """One article of a story, as `veille stories` lists it."""

    entry: int
    id: str  # the entry's guid
    source: str
    title: str
    link: str
    published: datetime


@dataclass(frozen=True, slots=True)
class StoryRow:
    story: int
    articles: tuple[StoryArticleRow, ...]  # oldest first


def recent_stories(db: sqlite_utils.Database, since: datetime, limit: int = 100) -> list[StoryRow]:
    """The stories with an article published since `since`, the latest first, each with all its articles."""
    ids = [row[0] for row in db.execute(
        "SELECT story_id FROM entries WHERE published >= ? GROUP BY story_id ORDER BY max(published) DESC, story_id DESC"
        " LIMIT ?", [to_iso(since), limit]).fetchall()]
    stories = []
    for story in ids:
        rows = db.execute(
            "SELECT e.id, e.guid, f.name, e.title, e.link, e.published FROM entries e JOIN feeds f ON f.id = e.feed_id"
            " WHERE e.story_id = ? ORDER BY e.published, e.id", [story]).fetchall()
        stories.append(StoryRow(story, tuple(StoryArticleRow(i, guid, name, title, link, from_iso(published))
                                             for i, guid, name, title, link, published in rows)))
    return stories
