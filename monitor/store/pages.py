"""Article pages of stored entries (issue 11): which are awaited, and one write per page that
stores its text or its failure, with the hits and alerts the page added.

Nothing here decides (monitor/decide/fulltext.py does); monitor/pipeline/record.py calls both
inside one transaction, so an alert exists if and only if its hit does.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.model import Entry, Hit, PendingAlert
from monitor.store.entries import insert_alerts
from monitor.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class AwaitedPage:
    """A stored entry whose page was wanted and never came (`run` stopped with it in flight)."""

    entry_id: int
    story_id: int
    feed_id: int
    feed_name: str
    feed_from_config: bool  # the trust of its feed is decided by the pipeline, not here
    entry: Entry


def mark_pages_pending(conn: sqlite3.Connection, entry_ids: Sequence[int]) -> None:
    """These entries' pages are to be fetched (`veille feeds` tells pending from failed)."""
    conn.executemany("UPDATE entries SET page_status = 'pending' WHERE id = ?", [(i,) for i in entry_ids])


def awaited_pages(conn: sqlite3.Connection, since: datetime) -> list[AwaitedPage]:
    """Entries first seen at `since` or later whose page is still pending, of feeds still
    wanting pages, oldest first."""
    rows = conn.execute(
        """SELECT e.id, e.story_id, e.feed_id, f.name, f.config_url IS NOT NULL,
                  e.guid, e.link, e.title, e.text, e.author, e.tags, e.published
           FROM entries AS e JOIN feeds AS f ON f.id = e.feed_id
           WHERE e.page_status = 'pending' AND e.first_seen >= ? AND f.fulltext != 'never'
             AND f.disabled_reason IS NULL
           ORDER BY e.id""", (to_iso(since),)).fetchall()
    return [AwaitedPage(entry_id, story_id, feed_id, name, bool(from_config),
                        Entry(guid, link, title, text, author, tuple(json.loads(tags)), from_iso(published)))
            for entry_id, story_id, feed_id, name, from_config, guid, link, title, text, author, tags, published
            in rows]


def hit_watches(conn: sqlite3.Connection, entry_id: int) -> set[int]:
    """The watches that already matched this entry."""
    return {w for (w,) in conn.execute("SELECT watch_id FROM hits WHERE entry_id = ?", (entry_id,))}


def entry_exists(conn: sqlite3.Connection, entry_id: int) -> bool:
    return conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is not None


def record_page_failure(conn: sqlite3.Connection, entry_id: int, status: str, error: str) -> None:
    """The page gave no text: why, for the operator (the entry stays as its feed gave it)."""
    conn.execute("UPDATE entries SET page_status = ?, page_error = ? WHERE id = ?", (status, error, entry_id))


def apply_page(conn: sqlite3.Connection, entry_id: int, text: str, terms: str, hits: Sequence[Hit],
               alerts: Sequence[PendingAlert], now: datetime) -> tuple[int, ...]:
    """Store the page's text and the terms of the entry with it (the FTS trigger re-indexes an
    indexed entry; a pending one is indexed with them), its new hits and alerts."""
    stamp = to_iso(now)
    conn.execute("UPDATE entries SET page_status = 'ok', page_error = NULL, page_text = ?, terms = ? WHERE id = ?",
                 (text, terms, entry_id))
    # OR IGNORE: a watch that matched meanwhile (an edit of the entry) keeps its first hit.
    conn.executemany(
        "INSERT OR IGNORE INTO hits (entry_id, watch_id, spans, created) VALUES (?, ?, ?, ?)",
        [(h.entry_id, h.watch_id, json.dumps([[s.field, s.start, s.end] for s in h.spans]), stamp) for h in hits],
    )
    return insert_alerts(conn, alerts, stamp)
