"""The facts `veille health` decides on: feeds overdue, alerts stuck (monitor.decide.health)."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import sqlite_utils

from monitor.model import HealthFacts
from monitor.times import to_iso


def health_facts(db: sqlite_utils.Database, now: datetime, stuck_after: timedelta, digest_period: timedelta,
                 failing_for: timedelta, failing_polls: int) -> HealthFacts:
    """Enabled feeds, feeds whose next poll is over `stuck_after` late, alerts due and waiting
    for longer than that (a digest chat's: after its period too) and the oldest of them; feeds
    failing for `failing_for` over `failing_polls` polls; whether the database takes a write."""
    limit = to_iso(now - stuck_after)
    enabled, overdue = db.execute(
        "SELECT count(*), coalesce(sum(next_poll IS NOT NULL AND next_poll < ?), 0)"
        " FROM feeds WHERE disabled_reason IS NULL", [limit]
    ).fetchone()
    digest_limit = to_iso(now - digest_period - stuck_after)
    stuck, oldest = db.execute(
        "SELECT count(*), min(o.created) FROM outbox o LEFT JOIN chats c ON c.id = o.chat_id"
        " WHERE o.status = 'pending' AND o.created < (CASE WHEN c.digest_hour IS NULL THEN ? ELSE ? END)"
        " AND (o.next_attempt IS NULL OR o.next_attempt < ?)", [limit, digest_limit, limit]
    ).fetchone()
    (failing,) = db.execute(
        "SELECT count(*) FROM feeds WHERE disabled_reason IS NULL AND consecutive_failures >= ?"
        " AND error_since < ?", [failing_polls, to_iso(now - failing_for)]
    ).fetchone()
    return HealthFacts(enabled, overdue, stuck, oldest, failing, _takes_a_write(db, now))


def _takes_a_write(db: sqlite_utils.Database, now: datetime) -> bool:
    """Whether the database takes a write now: one small committed row (a rolled-back write
    would never reach the disk, so a full one would go unseen)."""
    try:
        db.execute("PRAGMA busy_timeout = 2000")  # a lock held that long is a problem too
        db.execute("INSERT INTO counters VALUES ('health_probe', ?) ON CONFLICT (name) DO UPDATE"
                   " SET value = excluded.value", [int(now.timestamp())])
    except sqlite3.Error:
        return False
    return True
