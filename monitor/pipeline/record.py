"""A poll's store step, in one transaction: the store answers the facts, monitor.decide
decides, the store applies what was decided (reader's Decider/Pipeline split, STYLE.md)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from collections.abc import Sequence

import sqlite_utils

from monitor.decide.entries import (
    SAME_TITLE_WINDOW, RepeatLookup, content_hash, first_per_guid, needs_storing, plan_alerts, plan_edits,
    plan_entries,
)
from monitor.match.matcher import Matcher
from monitor.model import Entry, EntryPlan, Hit
from monitor.store import entries as stored
from monitor.store import transaction
from monitor.pipeline.stories import assign_stories
from monitor.store.feeds import FeedRow
from monitor.stories import StoryIndex
from monitor.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What storing one poll's entries did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    hits: int = 0
    alert_ids: tuple[int, ...] = ()  # outbox rows created
    edits: int = 0  # alerts of earlier stories to edit (issue 12)


def record_entries(
    db: sqlite_utils.Database, feed: FeedRow, entries: Sequence[Entry], *, now: datetime, matcher: Matcher,
    stories: StoryIndex | None = None,
) -> StoreResult:
    """Store a poll's entries: insert new ones and duplicates of known stories, update edited
    ones (no new alert), skip unchanged ones; match what was inserted; queue the alerts, and
    the edits of the alerts of stories that a new entry joined (`stories`, issue 12)."""
    batch = first_per_guid(entries)
    hashes = [content_hash(entry) for entry in batch]
    indexed: list[int] = []
    try:
        with transaction(db):
            plan, alert_ids, edits, hits = _record(db, feed, batch, hashes, now, matcher, stories, indexed)
    except BaseException:
        for entry_id in indexed:  # rows never written leave the story index too
            stories.forget(entry_id)
        raise
    counts = plan.counts
    return StoreResult(new=counts.get("new", 0), updated=counts.get("updated", 0),
                       unchanged=counts.get("unchanged", 0), duplicate=counts.get("duplicate", 0),
                       hits=hits, alert_ids=alert_ids, edits=edits)


def _record(db: sqlite_utils.Database, feed: FeedRow, batch: list[Entry], hashes: list[str], now: datetime,
            matcher: Matcher, stories: StoryIndex | None, indexed: list[int],
            ) -> tuple[EntryPlan, tuple[int, ...], int, int]:
    """The body of `record_entries`, inside its transaction; `indexed` gets the ids it put in `stories`."""
    conn = db.conn
    alerting = stored.backlog_done(conn, feed.id)
    known = stored.known_entries(conn, feed.id, [entry.guid for entry in batch])
    # Unchanged entries are neither prepared nor matched: most of a poll is unchanged.
    prepared = {i: matcher.prepare(entry) for i, entry in enumerate(batch)
                if needs_storing(known.get(entry.guid), hashes[i])}
    fresh = [i for i in prepared if batch[i].guid not in known]
    # Stored precision and zone, so they compare with stored times (naive counts as UTC).
    published = {i: from_iso(to_iso(batch[i].published or now)) for i in fresh}
    repeats = RepeatLookup(stored.stored_repeats(
        conn, feed.site, {batch[i].link for i in fresh}, {prepared[i].title_key for i in fresh},
        list(published.values()), SAME_TITLE_WINDOW,
    ))
    # We hold the write lock (BEGIN IMMEDIATE): ids can be decided before the rows are written.
    plan = plan_entries(batch, hashes, known, prepared, published, repeats, feed.site,
                        stored.next_entry_id(conn))
    joined = []
    if stories is not None:
        plan, joined = assign_stories(stories, plan, batch, published, feed.site, now, alerting=alerting)
        indexed += [row.entry_id for row in plan.inserts]
    hits = [Hit(row.entry_id, row.story_id, watch_id, tuple(spans))
            for row in plan.inserts for watch_id, spans in matcher.match(batch[row.index]).items()]
    chats = {matcher.watches[h.watch_id].chat_id for h in hits if h.watch_id in matcher.watches}
    already = stored.already_alerted(conn, chats, {h.story_id for h in hits})
    alerts = plan_alerts(hits, matcher.watches, already, alerting=alerting)
    edits = plan_edits(joined, stored.story_alerts(conn, {row.story_id for row in joined})) if joined else []
    alert_ids = stored.apply_poll(conn, feed, batch, hashes, prepared, published, plan, hits, alerts, now, edits)
    return plan, alert_ids, len(edits), len(hits)
