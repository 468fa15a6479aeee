"""The core write of a poll: a feed's entries, their hits and the alerts they cause, in one
transaction, so an alert exists if and only if its entry and hit exist."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

import sqlite_utils

from monitor.decide.entries import (
    SAME_TITLE_WINDOW,
    Hit,
    KnownEntry,
    PendingAlert,
    StoredStory,
    classify_entry,
    content_hash,
    find_same_story,
    plan_alerts,
)
from monitor.model import Entry, Span, Watch
from monitor.store.db import transaction
from monitor.store.feeds import FeedRow
from monitor.times import from_iso, to_iso
from monitor.store.indexing import next_entry_id

# Bound parameters per statement, well under SQLite's limit (32,766 since 3.32).
_CHUNK = 500
# Entries per INSERT statement (15 parameters each). FTS5 flushes its pending terms at each
# statement that writes through the entries_ai trigger (a statement savepoint): a poll's rows
# go in one statement, not 30 (a cold 1,000-feed cycle: 2.5 s of inserts down to 1.4 s).
_INSERT_ROWS = 100
_ENTRY_COLUMNS = (
    "id, feed_id, story_id, guid, link, title, text, author, tags, published, first_seen, content_hash,"
    " title_key, site, terms"
)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the query package derives from an entry for storage."""

    terms: str  # normalised words, indexed by entries_fts
    title_key: str  # normalised title, for same-story detection


class Matcher(Protocol):
    """The match step as the store sees it (implemented over monitor.query)."""

    @property
    def watches(self) -> Mapping[int, Watch]:
        """The active watches, by id."""
        ...

    def prepare(self, entry: Entry) -> Prepared:
        """Index terms and title key of an entry."""
        ...

    def match(self, entry: Entry) -> Mapping[int, tuple[Span, ...]]:
        """The watches this entry matches, with the matched spans."""
        ...


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What storing one poll's entries did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    hits: int = 0
    alert_ids: tuple[int, ...] = ()  # outbox rows created


def store_entries(
    db: sqlite_utils.Database, feed: FeedRow, entries: Sequence[Entry], *, now: datetime, matcher: Matcher
) -> StoreResult:
    """Store a poll's entries: insert new ones and duplicates of known stories, update edited
    ones (no new alert), skip unchanged ones; match what was inserted; queue the alerts."""
    batch = _first_per_guid(entries)
    hashes = [content_hash(entry) for entry in batch]
    stamp = to_iso(now)
    with transaction(db):
        conn = db.conn
        (backlog_done,) = conn.execute("SELECT backlog_done FROM feeds WHERE id = ?", (feed.id,)).fetchone()
        known = _known_entries(conn, feed.id, [entry.guid for entry in batch])
        # Unchanged entries are neither prepared nor matched: most of a poll is unchanged.
        prepared = {
            i: matcher.prepare(entry)
            for i, entry in enumerate(batch)
            if entry.guid not in known or known[entry.guid].content_hash != hashes[i]
        }
        fresh = [i for i in prepared if batch[i].guid not in known]
        # Stored precision and zone, so they compare with stored times (naive counts as UTC).
        published_iso = {i: to_iso(batch[i].published or now) for i in fresh}
        published = {i: from_iso(text) for i, text in published_iso.items()}
        stories = _StoryIndex(_stored_stories(
            conn, feed.site, {batch[i].link for i in fresh}, {prepared[i].title_key for i in fresh},
            list(published.values()),
        ))
        # We hold the write lock (BEGIN IMMEDIATE): ids can be assigned here, so story_id and
        # hits are known before the rows are written, in a few statements.
        next_id = next_entry_id(conn)
        counts: Counter[str] = Counter()
        inserts: list[tuple] = []
        updates: list[tuple] = []
        inserted: list[tuple[int, int, Entry]] = []
        for i, entry in enumerate(batch):
            existing = known.get(entry.guid)
            same = None
            if existing is None:
                same = stories.find(entry.link, prepared[i].title_key, feed.site, published[i])
            verdict = classify_entry(hashes[i], existing, same)
            counts[verdict.kind] += 1
            if verdict.kind in ("new", "duplicate"):
                entry_id, next_id = next_id, next_id + 1
                story_id = verdict.story_id if verdict.story_id is not None else entry_id
                inserts.append(
                    _insert_row(entry_id, story_id, feed, entry, hashes[i], prepared[i], published_iso[i], stamp)
                )
                stories.add(StoredStory(story_id, entry.link, prepared[i].title_key, feed.site, published[i]))
                inserted.append((entry_id, story_id, entry))
            elif verdict.kind == "updated":
                updates.append(_update_row(verdict.entry_id, entry, hashes[i], prepared[i], stamp))
        _insert_entries(conn, inserts)
        conn.executemany(
            """UPDATE entries SET title = ?, text = ?, link = ?, author = ?, tags = ?, content_hash = ?,
                   title_key = ?, terms = ?, updated = ?
               WHERE id = ?""",
            updates,
        )
        hits = [
            Hit(entry_id, story_id, watch_id, tuple(spans))
            for entry_id, story_id, entry in inserted
            for watch_id, spans in matcher.match(entry).items()
        ]
        conn.executemany(
            "INSERT INTO hits (entry_id, watch_id, spans, created) VALUES (?, ?, ?, ?)",
            [(h.entry_id, h.watch_id, _spans_json(h.spans), stamp) for h in hits],
        )
        chats = {matcher.watches[h.watch_id].chat_id for h in hits if h.watch_id in matcher.watches}
        already = _already_alerted(conn, chats, {h.story_id for h in hits})
        alerts = plan_alerts(hits, matcher.watches, already, alerting=bool(backlog_done))
        alert_ids = _insert_alerts(conn, alerts, stamp)
        if not backlog_done:
            conn.execute("UPDATE feeds SET backlog_done = 1 WHERE id = ?", (feed.id,))
    return StoreResult(
        new=counts["new"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        duplicate=counts["duplicate"],
        hits=len(hits),
        alert_ids=alert_ids,
    )


def count_published(db: sqlite_utils.Database, feed_id: int, since: datetime, until: datetime) -> int:
    """How many of a feed's entries were published in [since, until] (for the adaptive cadence:
    asked at every poll, a 304 included, so SQL counts and no row reaches Python)."""
    # Stored times are uniform ISO strings: text order is time order.
    (count,) = db.execute(
        "SELECT COUNT(*) FROM entries WHERE feed_id = ? AND published BETWEEN ? AND ?",
        (feed_id, to_iso(since), to_iso(until)),
    ).fetchone()
    return count


class _StoryIndex:
    """Stored stories by link and by (site, title key), for the pure same-story decision."""

    def __init__(self, stories: Iterable[StoredStory]) -> None:
        self._by_link: dict[str, list[StoredStory]] = {}
        self._by_title: dict[tuple[str, str], list[StoredStory]] = {}
        for story in stories:
            self.add(story)

    def add(self, story: StoredStory) -> None:
        if story.link:
            self._by_link.setdefault(story.link, []).append(story)
        if story.title_key:
            self._by_title.setdefault((story.site, story.title_key), []).append(story)

    def find(self, link: str, title_key: str, site: str, published: datetime) -> int | None:
        candidates = self._by_link.get(link, []) + self._by_title.get((site, title_key), [])
        return find_same_story(link, title_key, site, published, candidates)


def _first_per_guid(entries: Sequence[Entry]) -> list[Entry]:
    """A feed listing one guid twice gets it stored once (UNIQUE feed_id, guid)."""
    seen: set[str] = set()
    batch = []
    for entry in entries:
        if entry.guid not in seen:
            seen.add(entry.guid)
            batch.append(entry)
    return batch


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))


def _known_entries(conn, feed_id: int, guids: Sequence[str]) -> dict[str, KnownEntry]:
    known: dict[str, KnownEntry] = {}
    for chunk in _chunks(guids):
        rows = conn.execute(
            f"SELECT guid, id, story_id, content_hash FROM entries WHERE feed_id = ? AND guid IN ({_marks(chunk)})",
            (feed_id, *chunk),
        )
        for guid, entry_id, story_id, digest in rows:
            known[guid] = KnownEntry(entry_id, story_id, digest)
    return known


def _stored_stories(
    conn, site: str, links: set[str], title_keys: set[str], moments: Sequence[datetime]
) -> list[StoredStory]:
    """The stored entries the fresh ones may repeat: same link (any time), or same site and title
    within the title window of some fresh entry (a site may run one title daily for years)."""
    columns = "SELECT story_id, link, title_key, site, published FROM entries"
    rows: list[tuple] = []
    for chunk in _chunks(sorted(link for link in links if link)):
        rows += conn.execute(f"{columns} WHERE link IN ({_marks(chunk)})", chunk).fetchall()
    if site and moments:
        # Stored times are uniform ISO strings: text order is time order, the bound is exact.
        since, until = to_iso(min(moments) - SAME_TITLE_WINDOW), to_iso(max(moments) + SAME_TITLE_WINDOW)
        for chunk in _chunks(sorted(key for key in title_keys if key)):
            rows += conn.execute(
                f"{columns} WHERE site = ? AND title_key IN ({_marks(chunk)}) AND published BETWEEN ? AND ?",
                (site, *chunk, since, until),
            ).fetchall()
    return [StoredStory(story, link, key, where, from_iso(published)) for story, link, key, where, published in rows]


def _already_alerted(conn, chat_ids: set[int], story_ids: set[int]) -> set[tuple[int, int]]:
    # By (chat_id, story_id): the outbox's UNIQUE index, so this stays a lookup as it grows.
    already: set[tuple[int, int]] = set()
    for chats in _chunks(sorted(chat_ids)):
        for stories in _chunks(sorted(story_ids)):
            rows = conn.execute(
                f"SELECT chat_id, story_id FROM outbox WHERE chat_id IN ({_marks(chats)})"
                f" AND story_id IN ({_marks(stories)})",
                (*chats, *stories),
            )
            already.update(rows)
    return already


def _insert_entries(conn, rows: Sequence[tuple]) -> None:
    width = _ENTRY_COLUMNS.count(",") + 1
    for start in range(0, len(rows), _INSERT_ROWS):
        chunk = rows[start : start + _INSERT_ROWS]
        values = ",".join([f"({_marks(range(width))})"] * len(chunk))
        conn.execute(f"INSERT INTO entries ({_ENTRY_COLUMNS}) VALUES {values}", [v for row in chunk for v in row])


def _insert_alerts(conn, alerts: Sequence[PendingAlert], stamp: str) -> tuple[int, ...]:
    if not alerts:
        return ()
    first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM outbox").fetchone()[0]
    ids = tuple(range(first, first + len(alerts)))
    conn.executemany(
        "INSERT INTO outbox (id, chat_id, story_id, entry_id, watch_ids, status, created)"
        " VALUES (?, ?, ?, ?, ?, 'pending', ?)",
        [(i, a.chat_id, a.story_id, a.entry_id, json.dumps(a.watch_ids), stamp) for i, a in zip(ids, alerts)],
    )
    return ids


def _insert_row(
    entry_id: int, story_id: int, feed: FeedRow, entry: Entry, digest: str, prepared: Prepared,
    published: str, stamp: str,
) -> tuple:
    return (
        entry_id, feed.id, story_id, entry.guid, entry.link, entry.title, entry.text, entry.author,
        _tags_json(entry.tags), published, stamp, digest, prepared.title_key, feed.site, prepared.terms,
    )


def _update_row(entry_id: int | None, entry: Entry, digest: str, prepared: Prepared, stamp: str) -> tuple:
    # published and first_seen stay: the story keeps its place in time and its story_id.
    return (
        entry.title, entry.text, entry.link, entry.author, _tags_json(entry.tags), digest,
        prepared.title_key, prepared.terms, stamp, entry_id,
    )


# json.dumps builds a new encoder per call when given options: one for every entry's tags.
_ENCODE_TAGS = json.JSONEncoder(ensure_ascii=False).encode


def _tags_json(tags: Sequence[str]) -> str:
    return _ENCODE_TAGS(list(tags))


def _spans_json(spans: Sequence[Span]) -> str:
    return json.dumps([[s.field, s.start, s.end] for s in spans])
