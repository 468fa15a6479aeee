"""Entries, hits and outbox rows of a poll: the facts a poll's decisions need, and one write
that applies them, so that an alert exists if and only if its entry and hit exist.

Nothing here decides (monitor/decide/entries.py does); the pipeline calls both inside one
transaction (monitor/pipeline/record.py).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

import sqlite_utils

from monitor.model import (
    Entry, EntryPlan, Hit, KnownEntry, PendingAlert, PendingEdit, Prepared, RecentEntry, Span, StoredStory, StoryAlert,
)
from monitor.store.feeds import FeedRow
from monitor.store.indexing import INDEXED_UPTO
from monitor.times import from_iso, to_iso

# Bound parameters per statement, well under SQLite's limit (32,766 since 3.32).
_CHUNK = 500
# Entries per INSERT statement (15 parameters each). FTS5 flushes its pending terms at each
# statement that writes through the entries_ai trigger (a statement savepoint): a poll's rows
# go in one statement, not 30 (a cold 1,000-feed cycle: 2.5 s of inserts down to 1.4 s).
_INSERT_ROWS = 100
_ENTRY_COLUMNS = (
    "id, feed_id, story_id, guid, link, title, text, author, tags, published, first_seen, content_hash,"
    " title_key, site, terms"
)
T = TypeVar("T")


def backlog_done(conn: sqlite3.Connection, feed_id: int) -> bool:
    """Whether the feed's first poll already stored its backlog (later entries alert)."""
    (done,) = conn.execute("SELECT backlog_done FROM feeds WHERE id = ?", (feed_id,)).fetchone()
    return bool(done)


def known_entries(conn: sqlite3.Connection, feed_id: int, guids: Sequence[str]) -> dict[str, KnownEntry]:
    """The stored entries of this feed with these guids."""
    known: dict[str, KnownEntry] = {}
    for chunk in _chunks(guids):
        rows = conn.execute(
            f"SELECT guid, id, story_id, content_hash FROM entries WHERE feed_id = ? AND guid IN ({_marks(chunk)})",
            (feed_id, *chunk),
        )
        for guid, entry_id, story_id, digest in rows:
            known[guid] = KnownEntry(entry_id, story_id, digest)
    return known


def stored_repeats(
    conn: sqlite3.Connection, site: str, links: set[str], title_keys: set[str], moments: Sequence[datetime],
    window: timedelta,
) -> list[StoredStory]:
    """The stored entries fresh ones may repeat: same link (any time), or same site and title
    within the title window of some fresh entry (a site may run one title daily for years)."""
    columns = "SELECT story_id, link, title_key, site, published FROM entries"
    rows: list[tuple] = []
    for chunk in _chunks(sorted(link for link in links if link)):
        rows += conn.execute(f"{columns} WHERE link IN ({_marks(chunk)})", chunk).fetchall()
    if site and moments:
        # Stored times are uniform ISO strings: text order is time order, the bound is exact.
        since, until = to_iso(min(moments) - window), to_iso(max(moments) + window)
        for chunk in _chunks(sorted(key for key in title_keys if key)):
            rows += conn.execute(
                f"{columns} WHERE site = ? AND title_key IN ({_marks(chunk)}) AND published BETWEEN ? AND ?",
                (site, *chunk, since, until),
            ).fetchall()
    return [StoredStory(story, link, key, where, from_iso(published)) for story, link, key, where, published in rows]


def already_alerted(conn: sqlite3.Connection, chat_ids: set[int], story_ids: set[int]) -> set[tuple[int, int]]:
    """(chat, story) pairs already in the outbox."""
    # By (chat_id, story_id): the outbox's UNIQUE index, so this stays a lookup as it grows.
    already: set[tuple[int, int]] = set()
    for chats in _chunks(sorted(chat_ids)):
        for stories in _chunks(sorted(story_ids)):
            rows = conn.execute(
                f"SELECT chat_id, story_id FROM outbox WHERE chat_id IN ({_marks(chats)})"
                f" AND story_id IN ({_marks(stories)})",
                (*chats, *stories),
            )
            already.update(rows)
    return already


def story_alerts(conn: sqlite3.Connection, story_ids: set[int]) -> list[StoryAlert]:
    """The alerts already in the outbox for these stories, sent or not."""
    found: list[StoryAlert] = []
    for chunk in _chunks(sorted(story_ids)):
        found += [StoryAlert(*row) for row in conn.execute(
            f"SELECT id, chat_id, story_id FROM outbox WHERE story_id IN ({_marks(chunk)})", chunk)]
    return found


def recent_entries(conn: sqlite3.Connection, since: datetime) -> list[RecentEntry]:
    """The entries published since `since`, oldest first (the story index reloaded at start)."""
    rows = conn.execute(
        "SELECT e.id, e.story_id, e.title, e.text, e.published, e.site FROM entries e"
        " WHERE e.published >= ? ORDER BY e.published, e.id", (to_iso(since),))
    return [RecentEntry(i, story, title, text, from_iso(published), site)
            for i, story, title, text, published, site in rows]


def next_entry_id(conn: sqlite3.Connection) -> int:
    """The id for the next entry: above every stored one and every indexed one, so that a new
    entry never takes the id of a deleted, indexed one and is never taken for indexed."""
    (newest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM entries").fetchone()
    (upto,) = conn.execute(INDEXED_UPTO).fetchone()
    return max(newest, upto) + 1


def count_published(db: sqlite_utils.Database, feed_id: int, since: datetime, until: datetime) -> int:
    """How many of a feed's entries were published in [since, until] (for the adaptive cadence:
    asked at every poll, a 304 included, so SQL counts and no row reaches Python)."""
    # Stored times are uniform ISO strings: text order is time order.
    (count,) = db.execute(
        "SELECT COUNT(*) FROM entries WHERE feed_id = ? AND published BETWEEN ? AND ?",
        (feed_id, to_iso(since), to_iso(until)),
    ).fetchone()
    return count


def apply_poll(
    conn: sqlite3.Connection,
    feed: FeedRow,
    batch: Sequence[Entry],
    hashes: Sequence[str],
    prepared: dict[int, Prepared],
    published: dict[int, datetime],
    plan: EntryPlan,
    hits: Sequence[Hit],
    alerts: Sequence[PendingAlert],
    now: datetime,
    edits: Sequence[PendingEdit] = (),
) -> tuple[int, ...]:
    """Write what the decisions said (the caller holds the transaction); the outbox ids created."""
    stamp = to_iso(now)
    _insert_entries(conn, [
        (row.entry_id, feed.id, row.story_id, batch[row.index].guid, batch[row.index].link, batch[row.index].title,
         batch[row.index].text, batch[row.index].author, _tags_json(batch[row.index].tags),
         to_iso(published[row.index]), stamp, hashes[row.index], prepared[row.index].title_key, feed.site,
         prepared[row.index].terms)
        for row in plan.inserts
    ])
    # published and first_seen stay on an edit: the story keeps its place in time and its story_id.
    conn.executemany(
        """UPDATE entries SET title = ?, text = ?, link = ?, author = ?, tags = ?, content_hash = ?,
               title_key = ?, terms = ?, updated = ?
           WHERE id = ?""",
        [(batch[i].title, batch[i].text, batch[i].link, batch[i].author, _tags_json(batch[i].tags), hashes[i],
          prepared[i].title_key, prepared[i].terms, stamp, entry_id) for i, entry_id in plan.updates],
    )
    conn.executemany(
        "INSERT INTO hits (entry_id, watch_id, spans, created) VALUES (?, ?, ?, ?)",
        [(h.entry_id, h.watch_id, _spans_json(h.spans), stamp) for h in hits],
    )
    alert_ids = insert_alerts(conn, alerts, stamp)
    conn.executemany(
        "INSERT OR IGNORE INTO outbox_edits (alert_id, chat_id, entry_id, created) VALUES (?, ?, ?, ?)",
        [(e.alert_id, e.chat_id, e.entry_id, stamp) for e in edits],
    )
    conn.execute("UPDATE feeds SET backlog_done = 1 WHERE id = ? AND backlog_done = 0", (feed.id,))
    return alert_ids


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


def _insert_entries(conn: sqlite3.Connection, rows: Sequence[tuple]) -> None:
    width = _ENTRY_COLUMNS.count(",") + 1
    for start in range(0, len(rows), _INSERT_ROWS):
        chunk = rows[start : start + _INSERT_ROWS]
        values = ",".join([f"({_marks(range(width))})"] * len(chunk))
        conn.execute(f"INSERT INTO entries ({_ENTRY_COLUMNS}) VALUES {values}", [v for row in chunk for v in row])


def insert_alerts(conn: sqlite3.Connection, alerts: Sequence[PendingAlert], stamp: str) -> tuple[int, ...]:
    """Outbox rows for these alerts; their ids."""
    if not alerts:
        return ()
    first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM outbox").fetchone()[0]
    ids = tuple(range(first, first + len(alerts)))
    # The alert lands in the forum topic of the first watch it names (None: the chat itself).
    conn.executemany(
        "INSERT INTO outbox (id, chat_id, story_id, entry_id, watch_ids, status, created, thread_id)"
        " VALUES (?, ?, ?, ?, ?, 'pending', ?, (SELECT thread_id FROM watches WHERE id = ?))",
        [(i, a.chat_id, a.story_id, a.entry_id, json.dumps(a.watch_ids), stamp, min(a.watch_ids, default=0))
         for i, a in zip(ids, alerts)],
    )
    return ids


# json.dumps builds a new encoder per call when given options: one for every entry's tags.
_ENCODE_TAGS = json.JSONEncoder(ensure_ascii=False).encode


def _tags_json(tags: Sequence[str]) -> str:
    return _ENCODE_TAGS(list(tags))


def _spans_json(spans: Sequence[Span]) -> str:
    return json.dumps([[s.field, s.start, s.end] for s in spans])
