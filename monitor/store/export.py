"""What a chat may take away (`veille export --chat`): its watches and the articles they matched."""
from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils


@dataclass(frozen=True, slots=True)
class ChatHit:
    """One article one of the chat's watches matched; times are stored ISO 8601 UTC strings."""

    watch_id: int
    watch: str
    query: str
    matched: str
    published: str
    source: str
    title: str
    link: str


def chat_hits(db: sqlite_utils.Database, chat_id: int) -> list[ChatHit]:
    """Every article the chat's active watches matched, newest match first."""
    rows = db.execute(
        """SELECT w.id, w.name, w.query, h.created, e.published, f.name, e.title, e.link
           FROM hits AS h JOIN watches AS w ON w.id = h.watch_id
           JOIN entries AS e ON e.id = h.entry_id JOIN feeds AS f ON f.id = e.feed_id
           WHERE w.chat_id = ? AND w.active = 1 ORDER BY h.created DESC, h.id DESC""",
        (chat_id,),
    ).fetchall()
    return [ChatHit(*row) for row in rows]
