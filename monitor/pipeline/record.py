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
from monitor.decide.fulltext import needs_page, page_hits, with_page
from monitor.match.matcher import Matcher
from monitor.model import Entry, EntryPlan, Hit, PageWanted
from monitor.store import entries as stored
from monitor.store import pages as stored_pages
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
    pages: tuple[PageWanted, ...] = ()  # new entries whose article page is to be fetched (issue 11)


def record_entries(
    db: sqlite_utils.Database, feed: FeedRow, entries: Sequence[Entry], *, now: datetime, matcher: Matcher,
    stories: StoryIndex | None = None, private_ok: bool = False,
) -> StoreResult:
    """Store a poll's entries: insert new ones and duplicates of known stories, update edited
    ones (no new alert), skip unchanged ones; match what was inserted; queue the alerts, and
    the edits of the alerts of stories that a new entry joined (`stories`, issue 12); say which
    new and edited entries' pages to fetch (none of a backlog: it never alerts), with the feed's
    trust (an edited entry's page may then alert a watch it newly matches, once per story)."""
    batch = first_per_guid(entries)
    hashes = [content_hash(entry) for entry in batch]
    indexed: list[int] = []
    try:
        with transaction(db):
            plan, alert_ids, edits, hits, pages = _record(db, feed, batch, hashes, now, matcher, stories, indexed,
                                                          private_ok)
    except BaseException:
        for entry_id in indexed:  # rows never written leave the story index too
            stories.forget(entry_id)
        raise
    counts = plan.counts
    return StoreResult(new=counts.get("new", 0), updated=counts.get("updated", 0),
                       unchanged=counts.get("unchanged", 0), duplicate=counts.get("duplicate", 0),
                       hits=hits, alert_ids=alert_ids, edits=edits, pages=pages)


def _record(db: sqlite_utils.Database, feed: FeedRow, batch: list[Entry], hashes: list[str], now: datetime,
            matcher: Matcher, stories: StoryIndex | None, indexed: list[int], private_ok: bool,
            ) -> tuple[EntryPlan, tuple[int, ...], int, int, tuple[PageWanted, ...]]:
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
            for row in plan.inserts for watch_id, spans in matcher.match(batch[row.index], feed.name).items()]
    chats = {matcher.watches[h.watch_id].chat_id for h in hits if h.watch_id in matcher.watches}
    already = stored.already_alerted(conn, chats, {h.story_id for h in hits})
    alerts = plan_alerts(hits, matcher.watches, already, alerting=alerting)
    edits = plan_edits(joined, stored.story_alerts(conn, {row.story_id for row in joined})) if joined else []
    alert_ids = stored.apply_poll(conn, feed, batch, hashes, prepared, published, plan, hits, alerts, now, edits)
    # New entries and edited ones: an edit replaced the entry's terms with those of its feed
    # text, and the article may have changed with it (issue 11).
    wanted = [(row.index, row.entry_id, row.story_id) for row in plan.inserts] + \
        [(i, entry_id, known[batch[i].guid].story_id) for i, entry_id in plan.updates]
    pages = tuple(PageWanted(entry_id, story_id, feed.id, batch[i].link, batch[i], private_ok, feed.name)
                  for i, entry_id, story_id in wanted if alerting and batch[i].link
                  and needs_page(feed.fulltext, batch[i].title, batch[i].text))
    stored_pages.mark_pages_pending(conn, [page.entry_id for page in pages])
    return plan, alert_ids, len(edits), len(hits), pages


def record_page(db: sqlite_utils.Database, page: PageWanted, text: str, matcher: Matcher, *,
                now: datetime) -> tuple[int, ...]:
    """Store an entry's page text, in one transaction: the entry's terms with it, hits for the
    watches it makes match that had not matched the feed's text, and their alerts (none for a
    chat that already has the story); the outbox ids created."""
    entry = with_page(page.entry, text)
    with transaction(db):
        conn = db.conn
        if not stored_pages.entry_exists(conn, page.entry_id):  # pruned meanwhile
            return ()
        hits = page_hits(page.entry_id, page.story_id, matcher.match(entry), page.entry.text,
                         stored_pages.hit_watches(conn, page.entry_id))
        chats = {matcher.watches[h.watch_id].chat_id for h in hits if h.watch_id in matcher.watches}
        already = stored.already_alerted(conn, chats, {page.story_id})
        alerts = plan_alerts(hits, matcher.watches, already, alerting=True)
        return stored_pages.apply_page(conn, page.entry_id, text, matcher.prepare(entry).terms, hits, alerts, now)


def record_page_failure(db: sqlite_utils.Database, page: PageWanted, status: str, error: str) -> None:
    """The page gave nothing: the entry stays matched on its feed text, the reason is kept."""
    with transaction(db):
        stored_pages.record_page_failure(db.conn, page.entry_id, status, error)
