"""What the operator's web page lists (issue 14): every watch with its recent hits, and the
recent alerts with their delivery state. Reads only."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from monitor.times import to_iso


@dataclass(frozen=True, slots=True)
class WatchLine:
    """An active watch, where it comes from, and how many articles it matched since a moment."""

    id: int
    name: str
    query: str
    chat_id: int
    source: str  # "config" (keywords.toml) or "telegram" (added in a chat)
    hits: int


def watch_lines(db: sqlite_utils.Database, since: datetime) -> list[WatchLine]:
    """Active watches, the config's first, each with its hits recorded since `since`."""
    rows = db.execute(
        "SELECT w.id, w.name, w.query, w.chat_id, w.source,"
        " (SELECT COUNT(*) FROM hits h WHERE h.watch_id = w.id AND h.created >= ?)"
        " FROM watches w WHERE w.active = 1 ORDER BY w.source = 'telegram', w.chat_id, w.id",
        [to_iso(since)],
    ).fetchall()
    return [WatchLine(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class AlertLine:
    """One alert of the outbox: its article, its chat, the watches it names, how it went."""

    id: int
    chat_id: int
    status: str  # pending, sent, failed
    title: str
    link: str
    feed_name: str
    watches: tuple[str, ...]
    created: str
    sent_at: str | None
    problem: str | None  # why it failed, or the last error of a pending retry


def recent_alerts(db: sqlite_utils.Database, limit: int = 100) -> list[AlertLine]:
    """The newest `limit` alerts, newest first."""
    rows = db.execute(
        "SELECT o.id, o.chat_id, o.status, e.title, e.link, f.name, o.watch_ids, o.created, o.sent_at,"
        " CASE WHEN o.status = 'failed' THEN COALESCE(o.reason, o.last_error) ELSE o.last_error END"
        " FROM outbox o JOIN entries e ON e.id = o.entry_id JOIN feeds f ON f.id = e.feed_id"
        " ORDER BY o.id DESC LIMIT ?", [limit],
    ).fetchall()
    ids = {i for row in rows for i in json.loads(row[6])}
    names = dict(db.execute(f"SELECT id, name FROM watches WHERE id IN ({','.join('?' * len(ids))})",
                            list(ids)).fetchall()) if ids else {}
    return [AlertLine(*row[:6], tuple(names.get(i, f"#{i}") for i in json.loads(row[6])), *row[7:])
            for row in rows]
