"""The delivery side of the outbox: what is due, and how each attempt ended.

The pipeline writes 'pending' rows in the same transaction as the entries and hits; the
deliverer reads them here and ends each one 'sent' (with the message id) or 'failed' (with a
reason). Rows are read in id order and only the oldest pending row of a chat is ever due, so
a chat's alerts go out in order even when one of them waits for a retry.
"""
from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from monitor.model import Alert, Source, Span
from monitor.times import from_iso, to_iso

@dataclass(frozen=True, slots=True)
class Delivery:
    """One pending outbox row: the alert to send and how many times it was tried."""

    alert: Alert
    attempts: int
    created: datetime
    last_error: str | None = None


# One outbox row with its article and feed, everything an alert shows.
_ROW = """
    SELECT o.id, o.chat_id, o.entry_id, o.watch_ids, o.attempts, o.created, o.last_error,
           e.title, e.link, e.text, e.published, f.name, o.thread_id
    FROM outbox o
    JOIN entries e ON e.id = o.entry_id
    JOIN feeds f ON f.id = e.feed_id
"""

# The oldest pending row of each chat that is not held by a retry, skipping digest chats: only
# ids, read on every pass of the deliverer (issue 6: building every head's alert was most of
# its CPU although pacing lets only a few go per pass). The joins keep a row `_ROW` cannot
# load from ever being a head. A deactivated chat's head comes with its reason, for the
# deliverer to fail what the chat still has pending.
_HEADS = """
    SELECT o.id, o.chat_id, CASE WHEN c.active = 0 THEN coalesce(c.deactivated_reason, 'chat deactivated') END
    FROM (SELECT min(id) AS id FROM outbox WHERE status = 'pending' AND id NOT IN ({skip}) GROUP BY chat_id) AS head
    JOIN outbox o ON o.id = head.id
    JOIN entries e ON e.id = o.entry_id
    JOIN feeds f ON f.id = e.feed_id
    LEFT JOIN chats c ON c.id = o.chat_id
    WHERE (o.next_attempt IS NULL OR o.next_attempt <= ?)
      AND (c.id IS NULL OR c.active = 0 OR c.digest_hour IS NULL)
    ORDER BY o.id
    LIMIT ?
"""


@dataclass(frozen=True, slots=True)
class Head:
    """The oldest pending row of a chat; `deactivated` is the chat's reason when it left."""

    outbox_id: int
    chat_id: int
    deactivated: str | None = None


def due_heads(db: sqlite_utils.Database, now: datetime, limit: int = 500, skip: Collection[int] = ()) -> list[Head]:
    """The rows that may be tried now: one per chat, the chat's oldest pending (`skip` aside),
    oldest first. Load one with `load_delivery` once pacing lets it go."""
    sql = _HEADS.format(skip=",".join("?" * len(skip)))
    return [Head(*row) for row in db.execute(sql, [*skip, to_iso(now), limit]).fetchall()]


def load_delivery(db: sqlite_utils.Database, outbox_id: int) -> Delivery | None:
    """The pending row `outbox_id` as an alert to send (its watches those still active, maybe
    none); None if it is no longer pending."""
    row = db.execute(_ROW + " WHERE o.id = ? AND o.status = 'pending'", [outbox_id]).fetchone()
    return _delivery(db, row) if row is not None else None


def load_alert(db: sqlite_utils.Database, outbox_id: int) -> Alert | None:
    """The alert of row `outbox_id` as it reads now, whatever its status (to edit it)."""
    row = db.execute(_ROW + " WHERE o.id = ?", [outbox_id]).fetchone()
    return _delivery(db, row).alert if row is not None else None


def pending_for_chat(db: sqlite_utils.Database, chat_id: int, now: datetime) -> list[Delivery]:
    """Every pending alert of one active chat that is not held by a retry, oldest first (for a digest)."""
    sql = _ROW + """
        LEFT JOIN chats c ON c.id = o.chat_id
        WHERE o.status = 'pending' AND o.chat_id = ?
          AND (o.next_attempt IS NULL OR o.next_attempt <= ?)
          AND (c.id IS NULL OR c.active = 1)
        ORDER BY o.id
    """
    return [_delivery(db, row) for row in db.execute(sql, [chat_id, to_iso(now)]).fetchall()]


def _delivery(db: sqlite_utils.Database, row: tuple) -> Delivery:
    (outbox_id, chat_id, entry_id, watch_ids, attempts, created, last_error, title, link, text, published, feed,
     thread_id) = row
    ids = [int(i) for i in json.loads(watch_ids)]
    watches = _live_watches(db, ids)
    spans = _spans(db, entry_id, [w for w, _ in watches]) if watches else ()
    alert = Alert(
        id=outbox_id, chat_id=chat_id, entry_id=entry_id, feed_name=feed, title=title, link=link,
        text=text, published=from_iso(published) if published else None, watches=watches,
        spans=spans, page_text=_page_text(db, entry_id) if any(s.field == "page" for s in spans) else "",
        thread_id=thread_id, also=story_sources(db, entry_id),
    )
    return Delivery(alert, attempts, from_iso(created), last_error)


def _page_text(db: sqlite_utils.Database, entry_id: int) -> str:
    # Up to 100 KB: read only for an alert whose words matched in the page.
    (page,) = db.execute("SELECT page_text FROM entries WHERE id = ?", (entry_id,)).fetchone()
    return page or ""


def story_sources(db: sqlite_utils.Database, entry_id: int) -> tuple[Source, ...]:
    """The other outlets of this entry's story: the first article of each other feed, oldest first."""
    rows = db.execute(
        "SELECT f.name, o.link FROM entries e JOIN entries o ON o.story_id = e.story_id AND o.feed_id != e.feed_id"
        " JOIN feeds f ON f.id = o.feed_id WHERE e.id = ? ORDER BY o.id", [entry_id]).fetchall()
    seen: dict[str, Source] = {}
    for name, link in rows:
        seen.setdefault(name, Source(name, link))
    return tuple(seen.values())


def _live_watches(db: sqlite_utils.Database, ids: list[int]) -> tuple[tuple[int, str], ...]:
    if not ids:
        return ()
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, name FROM watches WHERE active = 1 AND id IN ({marks}) ORDER BY id", ids)
    return tuple((row[0], row[1]) for row in rows.fetchall())


def _spans(db: sqlite_utils.Database, entry_id: int, watch_ids: list[int]) -> tuple[Span, ...]:
    marks = ",".join("?" * len(watch_ids))
    found: set[Span] = set()
    for (spans,) in db.execute(
        f"SELECT spans FROM hits WHERE entry_id = ? AND watch_id IN ({marks})", [entry_id, *watch_ids]
    ).fetchall():
        found.update(Span(field, int(start), int(end)) for field, start, end in json.loads(spans))
    return tuple(sorted(found, key=lambda s: (s.field, s.start, s.end)))


def mark_sent(db: sqlite_utils.Database, outbox_id: int, message_id: int | None, now: datetime,
              how: str | None = None) -> None:
    """The API call returned: never send this row again."""
    db.execute(
        "UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, reason = ?, attempts = attempts + 1 "
        "WHERE id = ? AND status = 'pending'",
        [message_id, to_iso(now), how, outbox_id],
    )


def defer(db: sqlite_utils.Database, outbox_id: int, next_attempt: datetime, error: str) -> None:
    """This attempt failed in a way worth retrying: try again at `next_attempt`."""
    db.execute(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt = ?, last_error = ? "
        "WHERE id = ? AND status = 'pending'",
        [to_iso(next_attempt), error, outbox_id],
    )


def mark_failed(db: sqlite_utils.Database, outbox_id: int, reason: str) -> None:
    """This row will not be sent: say why."""
    db.execute(
        "UPDATE outbox SET status = 'failed', reason = ?, attempts = attempts + 1 WHERE id = ? AND status = 'pending'",
        [reason, outbox_id],
    )


def fail_chat_pending(db: sqlite_utils.Database, chat_id: int, reason: str) -> int:
    """Mark every pending alert of a chat failed with `reason` (the chat blocked the bot)."""
    cursor = db.execute(
        "UPDATE outbox SET status = 'failed', reason = ? WHERE chat_id = ? AND status = 'pending'",
        [reason, chat_id],
    )
    return cursor.rowcount


def next_due(db: sqlite_utils.Database) -> datetime | None:
    """When the earliest deferred head row becomes due; None if nothing waits."""
    row = db.execute(
        "SELECT min(next_attempt) FROM outbox WHERE status = 'pending' AND next_attempt IS NOT NULL "
        "AND id IN (SELECT min(id) FROM outbox WHERE status = 'pending' GROUP BY chat_id)"
    ).fetchone()
    return from_iso(row[0]) if row and row[0] else None


@dataclass(frozen=True, slots=True)
class AlertRow:
    """An outbox row as `poll --once --json` lists it."""

    alert: int
    chat: int
    status: str
    id: str  # the entry's guid
    link: str
    title: str
    source: str
    story: int


def alert_rows(db: sqlite_utils.Database, outbox_ids: list[int]) -> list[AlertRow]:
    """These outbox rows with their article and feed, in id order."""
    if not outbox_ids:
        return []
    marks = ",".join("?" * len(outbox_ids))
    rows = db.execute(
        "SELECT o.id, o.chat_id, o.status, e.guid, e.link, e.title, f.name, o.story_id FROM outbox o"
        f" JOIN entries e ON e.id = o.entry_id JOIN feeds f ON f.id = e.feed_id WHERE o.id IN ({marks})"
        " ORDER BY o.id", outbox_ids,
    ).fetchall()
    return [AlertRow(*row) for row in rows]
