"""The pipeline's story index (issue 12): which story a fresh entry joins.

The index (monitor.stories, pure and in memory) belongs to the composition root: loaded from
the stored entries of the window at start, asked here for each fresh entry that is not a
repeat (same link, same title from the same site), expired once per cycle.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import sqlite_utils

from monitor.model import Entry, EntryPlan, NewRow
from monitor.query.aliases import Aliases
from monitor.store.entries import recent_entries
from monitor.stories import LEAD_CHARS, StoryArticle, StoryIndex


def load_stories(db: sqlite_utils.Database, now: datetime, aliases: Aliases | None = None) -> StoryIndex:
    """The story index with the stored entries of the window, as they were grouped."""
    index = StoryIndex(aliases=aliases)
    for row in recent_entries(db.conn, now - index.window):
        index.add(StoryArticle(row.id, row.title, row.text[:LEAD_CHARS], row.published, row.site), row.story_id)
    return index


def assign_stories(index: StoryIndex, plan: EntryPlan, batch: Sequence[Entry], published: Mapping[int, datetime],
                   site: str, now: datetime, *, alerting: bool = True) -> tuple[EntryPlan, list[NewRow]]:
    """`plan` with each new entry's story decided by the index; and the rows that joined an
    earlier story (they edit its alerts). A repeat keeps the story it repeats and is added to
    the index under it; an entry published before the window is a story of its own.

    A feed's backlog (`alerting` False: its first poll) is history, not news: stored silently,
    it is neither grouped nor indexed (about 1 ms an article: a cold start of 1,000 feeds would
    spend 30 s on it). A later article of one of its events starts its own story and alerts,
    as it would anyway, the backlog never having alerted; a restart indexes it from the store."""
    cutoff = now - index.window
    joined_to: dict[int, int] = {}  # entry id -> the story it joined (a repeat of it in the batch follows)
    rows: list[NewRow] = []
    joined: list[NewRow] = []
    if not alerting:
        return plan, []
    for row in plan.inserts:
        story = joined_to.get(row.story_id, row.story_id)
        when = published[row.index]
        if when >= cutoff:
            entry = batch[row.index]
            article = StoryArticle(row.entry_id, entry.title, entry.text[:LEAD_CHARS], when, site)
            if story == row.entry_id:
                story = index.assign(article)
                if story != row.entry_id:
                    joined_to[row.entry_id] = story
                    joined.append(NewRow(row.index, row.entry_id, story))
            else:
                index.add(article, story)
        rows.append(NewRow(row.index, row.entry_id, story))
    return EntryPlan(tuple(rows), plan.updates, plan.counts), joined
