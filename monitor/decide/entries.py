"""Pure decisions of the store step: is this entry new, changed, or a story we already have;
which chats get an alert. No I/O: the store loads the facts, these functions decide.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from monitor.model import Entry, Span, Watch

# The same title from the same site this close in time is the same story republished
# (issue 3: "same normalised title from the same site within 48 h").
SAME_TITLE_WINDOW = timedelta(hours=48)

VerdictKind = Literal["new", "updated", "unchanged", "duplicate"]


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
class Verdict:
    """What to do with one incoming entry."""

    kind: VerdictKind
    entry_id: int | None = None  # the row to update ("updated", "unchanged")
    story_id: int | None = None  # the story it belongs to ("updated", "unchanged", "duplicate")


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


def content_hash(entry: Entry) -> str:
    """A digest of what a reader sees (title, text, link), to tell an edit from a re-send."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (entry.title, entry.text, entry.link):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")  # so ("ab", "c") and ("a", "bc") differ
    return digest.hexdigest()


def find_same_story(
    link: str, title_key: str, site: str, published: datetime, stored: Iterable[StoredStory]
) -> int | None:
    """The story an incoming entry repeats: same canonical link, or same title from the same
    site within 48 h; the oldest such story wins. None when it is a story of its own."""
    found: int | None = None
    for story in stored:
        same_link = bool(link) and story.link == link
        same_title = (
            bool(title_key)
            and bool(site)
            and story.site == site
            and story.title_key == title_key
            and abs(story.published - published) <= SAME_TITLE_WINDOW
        )
        if (same_link or same_title) and (found is None or story.story_id < found):
            found = story.story_id
    return found


def classify_entry(incoming_hash: str, existing: KnownEntry | None, same_story: int | None) -> Verdict:
    """New, updated (same guid, content changed), unchanged, or a duplicate of a stored story."""
    if existing is not None:
        kind: VerdictKind = "unchanged" if existing.content_hash == incoming_hash else "updated"
        return Verdict(kind, entry_id=existing.id, story_id=existing.story_id)
    if same_story is not None:
        return Verdict("duplicate", story_id=same_story)
    return Verdict("new")


def plan_alerts(
    hits: Sequence[Hit],
    watches: Mapping[int, Watch],
    already_alerted: set[tuple[int, int]],
    alerting: bool,
) -> list[PendingAlert]:
    """One alert per (chat, story) not yet in the outbox, naming every matching watch of that chat.

    Nothing when `alerting` is False: a feed's backlog on its first poll is stored silently.
    Hits of watches not in `watches` (removed or paused since) are ignored.
    """
    if not alerting:
        return []
    grouped: dict[tuple[int, int], tuple[int, set[int]]] = {}
    for hit in hits:
        watch = watches.get(hit.watch_id)
        if watch is None:
            continue
        key = (watch.chat_id, hit.story_id)
        if key in already_alerted:
            continue
        entry_id, watch_ids = grouped.get(key, (hit.entry_id, set()))
        watch_ids.add(hit.watch_id)
        # The story's earliest stored entry is the one shown.
        grouped[key] = (min(entry_id, hit.entry_id), watch_ids)
    alerts = [
        PendingAlert(chat_id, story_id, entry_id, tuple(sorted(watch_ids)))
        for (chat_id, story_id), (entry_id, watch_ids) in grouped.items()
    ]
    alerts.sort(key=lambda a: (a.entry_id, a.chat_id))
    return alerts
