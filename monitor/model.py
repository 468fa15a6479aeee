"""The plain data that moves between the stages: fetch -> parse -> store -> match -> outbox -> deliver.

Every stage takes and returns these frozen dataclasses; none of them does I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from monitor.query import Span  # the query language says where it matched; every stage passes it on

# Outbox rows for the operator's console (watches with no chats) use this chat id;
# Telegram never gives a chat the id 0.
CONSOLE_CHAT = 0


@dataclass(frozen=True, slots=True)
class Entry:
    """One article as a feed gives it, normalised by the parse step."""

    guid: str  # the feed's id, else its link, else a hash of title+summary
    link: str  # canonical: tracking parameters and fragment removed
    title: str  # plain text
    text: str  # visible plain text of summary and content (no markup)
    author: str = ""
    tags: tuple[str, ...] = ()
    published: datetime | None = None  # UTC; None when the feed gives no date


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What the parse step made of one fetched body."""

    title: str
    link: str
    entries: tuple[Entry, ...]
    malformed: str | None = None  # feedparser's bozo reason; entries it recovered are kept


@dataclass(frozen=True, slots=True)
class Watch:
    """A query that a chat (or the operator's console) asked to be alerted on."""

    id: int
    name: str
    query: str
    chat_id: int  # CONSOLE_CHAT for the operator
    source: str = "telegram"  # "config" or "telegram"


@dataclass(frozen=True, slots=True)
class Alert:
    """One message to send: a story for a chat, naming every watch of that chat it matched."""

    id: int
    chat_id: int
    entry_id: int
    feed_name: str
    title: str
    link: str
    text: str
    published: datetime | None
    watches: tuple[tuple[int, str], ...]  # (watch id, watch name)
    spans: tuple[Span, ...] = field(default=())
