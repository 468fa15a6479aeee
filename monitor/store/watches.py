"""Watches: the ones from keywords.toml kept in sync, the ones chats add, and which are active."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from monitor.model import CONSOLE_CHAT, Watch
from monitor.store.db import transaction
from monitor.times import from_iso, to_iso

if TYPE_CHECKING:
    import sqlite_utils

CONFIG = "config"
TELEGRAM = "telegram"


@dataclass(frozen=True, slots=True)
class WatchRow:
    """A chat's watch as listed to it (/list): the watch and whether it is paused."""

    id: int
    name: str
    query: str
    chat_id: int
    source: str
    paused_until: str | None  # ISO 8601 UTC
    created: str
    number: int = 0  # the chat's own number for it, what /list shows and /unwatch reads
    paused_since: str | None = None  # ISO 8601 UTC, when its pause began
    thread_id: int | None = None  # the forum topic its alerts land in

    @property
    def watch(self) -> Watch:
        """The plain Watch passed to the match step."""
        return Watch(self.id, self.name, self.query, self.chat_id, self.source)


def sync_config_watches(
    db: sqlite_utils.Database, watches: Sequence[tuple], now: datetime
) -> None:
    """Make config watches follow keywords.toml: (name, query, chat ids[, forum topic]) per
    watch, one row per chat (no chats: the console, chat 0). Rows of watches gone from config
    become inactive."""
    wanted: dict[tuple[int, str], tuple[str, int | None]] = {}
    for name, query, chats, *topic in watches:
        for chat_id in chats or (CONSOLE_CHAT,):
            wanted.setdefault((chat_id, name), (query, topic[0] if topic else None))  # a name twice: the first
    stamp = to_iso(now)
    with transaction(db):
        rows = db.execute("SELECT id, chat_id, name, query, active, thread_id FROM watches WHERE source = ?",
                          (CONFIG,))
        existing = {(chat_id, name): (watch_id, query, active, thread)
                    for watch_id, chat_id, name, query, active, thread in rows}
        for (chat_id, name), (query, thread) in wanted.items():
            if (chat_id, name) not in existing:
                db.execute(
                    "INSERT INTO watches (name, query, chat_id, source, created, thread_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (name, query, chat_id, CONFIG, stamp, thread),
                )
                continue
            watch_id, old_query, active, old_thread = existing[(chat_id, name)]
            # Only touch rows that change: every write makes the matcher rebuild.
            if old_query != query or not active or old_thread != thread:
                db.execute("UPDATE watches SET query = ?, active = 1, thread_id = ? WHERE id = ?",
                           (query, thread, watch_id))
        gone = [watch_id for key, (watch_id, _, active, _) in existing.items() if key not in wanted and active]
        db.conn.executemany("UPDATE watches SET active = 0 WHERE id = ?", [(watch_id,) for watch_id in gone])


def active_watches(db: sqlite_utils.Database, now: datetime) -> list[Watch]:
    """Watches to match now: active, not paused, of an active unpaused chat (or the console).

    A chat the bot has no row for (a config watch naming a group) counts as active.
    """
    stamp = to_iso(now)
    rows = db.execute(
        """SELECT w.id, w.name, w.query, w.chat_id, w.source
           FROM watches AS w LEFT JOIN chats AS c ON c.id = w.chat_id
           WHERE w.active = 1 AND (w.paused_until IS NULL OR w.paused_until <= ?)
             AND (w.chat_id = ? OR c.id IS NULL
                  OR (c.active = 1 AND (c.paused_until IS NULL OR c.paused_until <= ?)))
           ORDER BY w.id""",
        (stamp, CONSOLE_CHAT, stamp),
    ).fetchall()
    return [Watch(*row) for row in rows]


def add_watch(db: sqlite_utils.Database, chat_id: int, name: str, query: str, now: datetime,
              thread_id: int | None = None) -> Watch:
    """A chat's /watch: a new watch, or the same-named one given this query and resumed.
    `thread_id`: the forum topic its alerts go to (None: the chat itself)."""
    # fetchall: the statement must run to its end for the write to finish (autocommit).
    [(watch_id,)] = db.execute(
        """INSERT INTO watches (name, query, chat_id, source, created, thread_id) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (source, chat_id, name) DO UPDATE
               SET query = excluded.query, active = 1, paused_until = NULL, paused_since = NULL,
                   thread_id = excluded.thread_id
           RETURNING id""",
        (name, query, chat_id, TELEGRAM, to_iso(now), thread_id),
    ).fetchall()
    return Watch(watch_id, name, query, chat_id, TELEGRAM)


def rename_watch(db: sqlite_utils.Database, chat_id: int, watch_id: int, name: str) -> bool:
    """Give one of the chat's watches another name; False if it is not the chat's or an active
    watch of the chat has that name."""
    return _change(db, chat_id, watch_id, "name = :name", {"name": name})


def edit_watch(db: sqlite_utils.Database, chat_id: int, watch_id: int, query: str, name: str) -> bool:
    """Give one of the chat's watches another query (and name); False as `rename_watch`."""
    return _change(db, chat_id, watch_id, "query = :query, name = :name", {"query": query, "name": name})


def _change(db: sqlite_utils.Database, chat_id: int, watch_id: int, assignments: str, values: dict) -> bool:
    try:
        with transaction(db):
            # A stopped watch of that name keeps its row (its hits point at it): it gives the name up.
            db.execute("UPDATE watches SET name = name || ' #' || id WHERE chat_id = :chat AND name = :name"
                       " AND active = 0 AND source = (SELECT source FROM watches WHERE id = :id)",
                       {"chat": chat_id, "name": values["name"], "id": watch_id})
            cursor = db.execute(f"UPDATE watches SET {assignments} WHERE id = :id AND chat_id = :chat AND active = 1",
                                {**values, "id": watch_id, "chat": chat_id})
    except sqlite3.IntegrityError:  # UNIQUE (source, chat_id, name): an active watch of the chat has it
        return False
    return cursor.rowcount > 0


def remove_watch(db: sqlite_utils.Database, chat_id: int, watch_id: int) -> bool:
    """Stop a chat's watch (its hits stay); False if it is not an active watch of that chat.

    A config watch stopped this way comes back when keywords.toml is synced after an edit.
    """
    cursor = db.execute(
        "UPDATE watches SET active = 0 WHERE id = ? AND chat_id = ? AND active = 1", (watch_id, chat_id)
    )
    return cursor.rowcount > 0


def chat_watches(db: sqlite_utils.Database, chat_id: int) -> list[WatchRow]:
    """A chat's active watches, paused ones included, by their number in the chat (oldest first)."""
    rows = db.execute(
        """SELECT id, name, query, chat_id, source, paused_until, created, number, paused_since, thread_id
           FROM watches WHERE chat_id = ? AND active = 1 ORDER BY number, id""",
        (chat_id,),
    ).fetchall()
    return [WatchRow(*row) for row in rows]


def watches_version(db: sqlite_utils.Database) -> int:
    """A counter that triggers bump on every change to watches or chats."""
    (version,) = db.execute("SELECT value FROM counters WHERE name = 'watches'").fetchone()
    return version


def next_pause_end(db: sqlite_utils.Database, now: datetime) -> datetime | None:
    """When the earliest pause (of a watch or a chat) still running at `now` ends."""
    stamp = to_iso(now)
    (ends,) = db.execute(
        "SELECT min(paused_until) FROM (SELECT paused_until FROM watches WHERE paused_until > ?"
        " UNION ALL SELECT paused_until FROM chats WHERE paused_until > ?)", (stamp, stamp),
    ).fetchone()
    return from_iso(ends) if ends else None
