"""Chats and their watches as the bot manages them: register, pause, resume, deactivate, list.

Adding, removing and listing watches is `monitor.store.watches`; this module owns the
chat-level state (`chats` table) and the per-watch pause switch the bot's buttons need.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from monitor.store.db import transaction
from monitor.times import from_iso, to_iso
from monitor.store.watches import WatchRow, chat_watches


@dataclass(frozen=True, slots=True)
class Chat:
    """A Telegram chat that talked to the bot (or that config delivers to)."""

    id: int
    kind: str
    lang: str
    active: bool
    deactivated_reason: str | None
    paused_until: datetime | None
    digest_hour: int | None
    last_digest: datetime | None
    paused_since: datetime | None = None


def _time(value: str | None) -> datetime | None:
    return from_iso(value) if value else None


def _chat(row) -> Chat:
    return Chat(
        id=row["id"], kind=row["kind"], lang=row["lang"], active=bool(row["active"]),
        deactivated_reason=row["deactivated_reason"], paused_until=_time(row["paused_until"]),
        digest_hour=row["digest_hour"], last_digest=_time(row["last_digest"]),
        paused_since=_time(row["paused_since"]),
    )


def get_chat(db: sqlite_utils.Database, chat_id: int) -> Chat | None:
    """The chat's row, or None if it never talked to the bot."""
    rows = list(db.query("SELECT * FROM chats WHERE id = ?", [chat_id]))
    return _chat(rows[0]) if rows else None


def ensure_chat(db: sqlite_utils.Database, chat_id: int, kind: str, lang: str, now: datetime) -> Chat:
    """Register the chat on first contact; a chat that speaks again is active again, in its language."""
    with transaction(db):
        db.execute(
            "INSERT INTO chats (id, kind, lang, created) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, lang = excluded.lang, "
            "active = 1, deactivated_reason = NULL "
            # Write only on a change: an update of `active` makes the matcher rebuild.
            "WHERE kind != excluded.kind OR lang != excluded.lang OR active = 0",
            [chat_id, kind, lang, to_iso(now)],
        )
    chat = get_chat(db, chat_id)
    assert chat is not None
    return chat


def deactivate_chat(db: sqlite_utils.Database, chat_id: int, reason: str, now: datetime) -> None:
    """Stop everything for this chat (it blocked or removed the bot): its watches stop matching."""
    with transaction(db):
        db.execute(
            "INSERT INTO chats (id, active, deactivated_reason, created) VALUES (?, 0, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET active = 0, deactivated_reason = excluded.deactivated_reason",
            [chat_id, reason, to_iso(now)],
        )


# A pause that is still running keeps the time it began; an ended or new one begins now.
_SINCE = ("paused_since = CASE WHEN paused_since IS NOT NULL AND paused_until > :now"
          " THEN paused_since ELSE :now END")


def pause_chat(db: sqlite_utils.Database, chat_id: int, until: datetime, now: datetime) -> None:
    """No new alerts for this chat before `until`."""
    db.execute(f"UPDATE chats SET {_SINCE}, paused_until = :until WHERE id = :chat",
               {"now": to_iso(now), "until": to_iso(until), "chat": chat_id})


def resume_chat(db: sqlite_utils.Database, chat_id: int) -> None:
    """Alerts again for this chat and for each of its paused watches."""
    with transaction(db):
        db.execute("UPDATE chats SET paused_until = NULL, paused_since = NULL WHERE id = ?", [chat_id])
        db.execute("UPDATE watches SET paused_until = NULL, paused_since = NULL"
                   " WHERE chat_id = ? AND paused_until IS NOT NULL", [chat_id])


def set_digest(db: sqlite_utils.Database, chat_id: int, hour: int | None) -> None:
    """Daily summary at `hour` (Paris time) instead of instant alerts; None = instant."""
    db.execute("UPDATE chats SET digest_hour = ? WHERE id = ?", [hour, chat_id])


def mark_digest_sent(db: sqlite_utils.Database, chat_id: int, now: datetime) -> None:
    """Remember when the last digest went, so that one goes per day."""
    db.execute("UPDATE chats SET last_digest = ? WHERE id = ?", [to_iso(now), chat_id])


def digest_chats(db: sqlite_utils.Database) -> list[Chat]:
    """The active chats in digest mode."""
    return [_chat(row) for row in db.query("SELECT * FROM chats WHERE digest_hour IS NOT NULL AND active = 1")]


def find_watch(db: sqlite_utils.Database, chat_id: int, watch_id: int) -> WatchRow | None:
    """The chat's active watch with this id; None if it is another chat's or gone."""
    return next((w for w in chat_watches(db, chat_id) if w.id == watch_id), None)


def numbered_watch(db: sqlite_utils.Database, chat_id: int, number: int) -> WatchRow | None:
    """The chat's active watch with this number (as /list shows it); None if there is none."""
    return next((w for w in chat_watches(db, chat_id) if w.number == number), None)


def pause_watch(db: sqlite_utils.Database, chat_id: int, watch_id: int, until: datetime, now: datetime) -> bool:
    """Pause one of the chat's watches until `until`; False if it is not the chat's."""
    cursor = db.execute(f"UPDATE watches SET {_SINCE}, paused_until = :until"
                        " WHERE id = :id AND chat_id = :chat AND active = 1",
                        {"now": to_iso(now), "until": to_iso(until), "id": watch_id, "chat": chat_id})
    return cursor.rowcount > 0


def resume_watch(db: sqlite_utils.Database, chat_id: int, watch_id: int) -> bool:
    """Resume one of the chat's watches; False if it is not the chat's."""
    cursor = db.execute("UPDATE watches SET paused_until = NULL, paused_since = NULL"
                        " WHERE id = ? AND chat_id = ? AND active = 1", [watch_id, chat_id])
    return cursor.rowcount > 0


def chat_language(db: sqlite_utils.Database, chat_id: int, default: str = "fr") -> str:
    """The language alerts to this chat are written in."""
    row = db.execute("SELECT lang FROM chats WHERE id = ?", [chat_id]).fetchone()
    return row[0] if row else default
