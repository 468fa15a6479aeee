"""Pure decisions of a poll's store step: is this entry new, changed, or a story we already
have; which chats get an alert. No I/O: the store answers the facts, these functions decide,
the pipeline (monitor/pipeline/record.py) has the store apply what they decided.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from monitor.model import (
    Entry, EntryPlan, Hit, KnownEntry, NewRow, PendingAlert, PendingEdit, Prepared, StoredStory, StoryAlert, Watch,
)

# The same title from the same site this close in time is the same story republished
# (issue 3: "same normalised title from the same site within 48 h").
SAME_TITLE_WINDOW = timedelta(hours=48)

VerdictKind = Literal["new", "updated", "unchanged", "duplicate"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with one incoming entry."""

    kind: VerdictKind
    entry_id: int | None = None  # the row to update ("updated", "unchanged")
    story_id: int | None = None  # the story it belongs to ("updated", "unchanged", "duplicate")


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


def plan_edits(joined: Sequence[NewRow], story_alerts: Iterable[StoryAlert]) -> list[PendingEdit]:
    """An article that joined a story edits every alert of that story already in the outbox,
    sent or not, whether or not the chat's watches match its words (issue 12: the alert says
    "Aussi chez : ..."). An alert of this same poll needs no edit: it is rendered with its sources."""
    by_story: dict[int, list[StoryAlert]] = {}
    for alert in story_alerts:
        by_story.setdefault(alert.story_id, []).append(alert)
    return [PendingEdit(alert.alert_id, alert.chat_id, row.entry_id)
            for row in joined for alert in sorted(by_story.get(row.story_id, ()), key=lambda a: a.alert_id)]


def first_per_guid(entries: Sequence[Entry]) -> list[Entry]:
    """A feed listing one guid twice gets it stored once (UNIQUE feed_id, guid)."""
    seen: set[str] = set()
    batch = []
    for entry in entries:
        if entry.guid not in seen:
            seen.add(entry.guid)
            batch.append(entry)
    return batch


def needs_storing(existing: KnownEntry | None, incoming_hash: str) -> bool:
    """New or edited: what the matcher must prepare (most of a poll is unchanged)."""
    return existing is None or existing.content_hash != incoming_hash


class RepeatLookup:
    """Stored stories by link and by (site, title key), for `find_same_story`."""

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


def plan_entries(
    batch: Sequence[Entry],
    hashes: Sequence[str],
    known: Mapping[str, KnownEntry],
    prepared: Mapping[int, Prepared],
    published: Mapping[int, datetime],
    repeats: RepeatLookup,
    site: str,
    first_id: int,
) -> EntryPlan:
    """Verdicts for a poll's batch: new entries and duplicates get ids from `first_id` on (the
    caller holds the write lock), edited ones an update, unchanged ones nothing. `prepared`
    and `published` hold the entries that `needs_storing`, and the fresh ones."""
    counts: Counter[VerdictKind] = Counter()
    inserts: list[NewRow] = []
    updates: list[tuple[int, int]] = []
    next_id = first_id
    for i, entry in enumerate(batch):
        existing = known.get(entry.guid)
        same = None
        if existing is None:
            same = repeats.find(entry.link, prepared[i].title_key, site, published[i])
        verdict = classify_entry(hashes[i], existing, same)
        counts[verdict.kind] += 1
        if verdict.kind in ("new", "duplicate"):
            story_id = verdict.story_id if verdict.story_id is not None else next_id
            inserts.append(NewRow(i, next_id, story_id))
            # A later entry of this batch may repeat this one.
            repeats.add(StoredStory(story_id, entry.link, prepared[i].title_key, site, published[i]))
            next_id += 1
        elif verdict.kind == "updated":
            updates.append((i, verdict.entry_id))
    return EntryPlan(tuple(inserts), tuple(updates), dict(counts))
