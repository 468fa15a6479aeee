"""The plain data that moves between the stages: fetch -> parse -> store -> match -> outbox -> deliver.

Every stage takes and returns these frozen dataclasses; none of them does I/O.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from monitor.query import Span  # the query language says where it matched; every stage passes it on

# Outbox rows for the operator's console (watches with no chats) use this chat id;
# Telegram never gives a chat the id 0.
CONSOLE_CHAT = 0
# Between an entry's feed text and its article page's text when both are matched (issue 11):
# no phrase runs across it.
PAGE_JOIN = "\n\n"


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
class Prepared:
    """What the query package derives from an entry for storage."""

    terms: str  # normalised words, indexed by entries_fts
    title_key: str  # normalised title, to spot the same story republished


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
    thread_id: int | None = None  # the forum topic of a group it lands in
    page_text: str = ""  # the article's text, when a watch matched there (span field "page")
    also: tuple[Source, ...] = field(default=())  # the story's other outlets, oldest first


@dataclass(frozen=True, slots=True)
class PageWanted:
    """A stored entry whose article page is to be fetched (issue 11)."""

    entry_id: int
    story_id: int
    feed_id: int
    link: str
    entry: Entry  # as the feed gave it: the page step matches it with its page's text
    private_ok: bool  # the trust of the feed it came from
    source: str = ""  # its feed's name, for `source:` in queries


# --- what a poll's store step knows and decides (monitor/decide/entries.py) ---

@dataclass(frozen=True, slots=True)
class KnownEntry:
    """What the store already has under this feed and guid."""

    id: int
    story_id: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class StoredStory:
    """A stored entry that an incoming one may repeat (same link, or same title and site)."""

    story_id: int
    link: str
    title_key: str
    site: str
    published: datetime


@dataclass(frozen=True, slots=True)
class NewRow:
    """An entry to insert: `index` into the poll's batch, with the ids decided for it."""

    index: int
    entry_id: int
    story_id: int


@dataclass(frozen=True, slots=True)
class EntryPlan:
    """What to write for one poll's entries."""

    inserts: tuple[NewRow, ...]
    updates: tuple[tuple[int, int], ...]  # (index into the batch, stored entry id)
    counts: Mapping[str, int]  # by verdict kind


@dataclass(frozen=True, slots=True)
class Hit:
    """A stored entry matched a watch."""

    entry_id: int
    story_id: int
    watch_id: int
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class PendingAlert:
    """An outbox row to write: one story for one chat, naming every watch of that chat it matched."""

    chat_id: int
    story_id: int
    entry_id: int
    watch_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class HealthFacts:
    """What the store counts for a health check (monitor.store.health)."""

    enabled_feeds: int
    overdue_feeds: int
    stuck_alerts: int
    oldest_stuck_alert: str | None
    failing_feeds: int
    writable: bool


# --- stories (issue 12): one event from many outlets is one alert, kept up to date ---

@dataclass(frozen=True, slots=True)
class RecentEntry:
    """A stored entry of the story window, to reload the story index at start."""

    id: int
    story_id: int
    title: str
    text: str
    published: datetime
    site: str


@dataclass(frozen=True, slots=True)
class StoryAlert:
    """An alert already in the outbox for a story: the chat it went (or goes) to."""

    alert_id: int
    chat_id: int
    story_id: int


@dataclass(frozen=True, slots=True)
class PendingEdit:
    """An edit to queue: alert `alert_id` now also names the later article `entry_id`."""

    alert_id: int
    chat_id: int
    entry_id: int


@dataclass(frozen=True, slots=True)
class Source:
    """Another outlet of an alert's story: its feed's name and its article's link."""

    name: str
    link: str
