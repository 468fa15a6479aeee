"""The edits of the outbox (issue 12): a later article of a story edits the chat's alert.

Written by the pipeline in the poll's transaction (monitor.store.entries.apply_poll), drained
by the deliverer like sends: paced, retried, each row ending sent or failed. Facts and
writes only; what to do with each is monitor.deliver.policy's.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from monitor.times import from_iso, to_iso


@dataclass(frozen=True, slots=True)
class EditHead:
    """A pending edit with the state of the alert it edits."""

    edit_id: int
    alert_id: int
    chat_id: int
    attempts: int
    created: datetime
    alert_status: str  # pending, sent, failed
    alert_how: str | None  # the alert's outbox reason ('digest', 'plain text', …)
    message_id: int | None  # the alert's message
    alert_sent: datetime | None
    deactivated: str | None = None  # the chat's reason when it left (blocked the bot)


# One pending edit per alert at a time, the oldest: a chat's edits go in order.
_DUE = """
    SELECT d.id, d.alert_id, d.chat_id, d.attempts, d.created, o.status, o.reason, o.message_id, o.sent_at,
           CASE WHEN c.active = 0 THEN coalesce(c.deactivated_reason, 'chat deactivated') END
    FROM outbox_edits d JOIN outbox o ON o.id = d.alert_id LEFT JOIN chats c ON c.id = d.chat_id
    WHERE d.status = 'pending' AND (d.next_attempt IS NULL OR d.next_attempt <= ?)
    ORDER BY d.id
    LIMIT ?
"""


def due_edits(db: sqlite_utils.Database, now: datetime, limit: int = 500) -> list[EditHead]:
    """The pending edits that may be tried now, oldest first."""
    return [EditHead(i, alert, chat, attempts, from_iso(created), status, how, message,
                     from_iso(sent) if sent else None, left)
            for i, alert, chat, attempts, created, status, how, message, sent, left
            in db.execute(_DUE, [to_iso(now), limit]).fetchall()]


def mark_edit_done(db: sqlite_utils.Database, edit_id: int, now: datetime, how: str | None = None,
                   reply_id: int | None = None) -> None:
    """The alert shows the article now (edited, replied to, or it already did): never again."""
    db.execute("UPDATE outbox_edits SET status = 'sent', sent_at = ?, reason = ?, reply_id = ?,"
               " attempts = attempts + 1 WHERE id = ? AND status = 'pending'", [to_iso(now), how, reply_id, edit_id])


def defer_edit(db: sqlite_utils.Database, edit_id: int, next_attempt: datetime, error: str) -> None:
    db.execute("UPDATE outbox_edits SET attempts = attempts + 1, next_attempt = ?, last_error = ?"
               " WHERE id = ? AND status = 'pending'", [to_iso(next_attempt), error, edit_id])


def fail_edit(db: sqlite_utils.Database, edit_id: int, reason: str) -> None:
    db.execute("UPDATE outbox_edits SET status = 'failed', reason = ?, attempts = attempts + 1"
               " WHERE id = ? AND status = 'pending'", [reason, edit_id])
