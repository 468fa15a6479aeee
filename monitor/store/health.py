"""The facts `veille health` decides on: feeds overdue, alerts stuck (monitor.decide.health)."""
from __future__ import annotations

from datetime import datetime, timedelta

import sqlite_utils

from monitor.model import HealthFacts
from monitor.times import to_iso


def health_facts(db: sqlite_utils.Database, now: datetime, stuck_after: timedelta,
                 digest_period: timedelta) -> HealthFacts:
    """Enabled feeds, feeds whose next poll is over `stuck_after` late, alerts due and waiting
    for longer than that (a digest chat's: after its period too) and the oldest of them."""
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
    return HealthFacts(enabled, overdue, stuck, oldest)
