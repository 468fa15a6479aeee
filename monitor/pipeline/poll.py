"""The thin orchestrator: walks one feed through fetch -> parse -> store (+match, +outbox).

It calls the steps in order and records the outcome; every decision (new or not, which
watches, who gets an alert, when to poll next) is made by the pure modules it calls.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from monitor.decide import cadence
from monitor.match.analyse import Analysed, InlineAnalyser
from monitor.times import utcnow
from monitor.ingest.fetch import FetchError, Fetcher
from monitor.match.matcher import MatcherCache
from monitor.ingest.parse import ParseError
from monitor.model import PageWanted
from monitor.store import transaction
from monitor.pipeline.pages import PageFetcher
from monitor.pipeline.record import record_entries
from monitor.render.errors import error_facts
from monitor.store.entries import count_published
from monitor.store.feeds import FeedRow, get_feed, record_failure, record_not_modified, record_success
from monitor.store.indexing import index_pending
from monitor.store.pages import awaited_pages
from monitor.stories import StoryIndex

log = logging.getLogger(__name__)

# Seconds before a poll the database refused is tried again: soon, the fault is not the feed's.
STORAGE_RETRY = 5.0

# Parse and analyse one fetched body: (body, url, content type, now) -> Analysed.
Analyser = Callable[[bytes, str, "str | None", datetime], Awaitable[Analysed]]


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of one feed did."""

    feed_id: int
    status: str  # "updated", "not_modified", "failed", "disabled", "missing", "storage_error"
    next_poll: datetime | None = None
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    alert_ids: tuple[int, ...] = field(default=())
    error: str | None = None


@dataclass
class Pipeline:
    """Polls feeds: one shared Fetcher, one database, the current watches."""

    db: sqlite_utils.Database
    fetcher: Fetcher
    matchers: MatcherCache
    analyse: Analyser | None = None  # default: inline, over `matchers`
    clock: Callable[[], datetime] = utcnow
    bounds: cadence.Bounds = field(default_factory=cadence.Bounds)
    # Whether the operator lets feeds added in chat reach private addresses ([fetch] allow_private).
    chat_feeds_private_ok: Callable[[], bool] = lambda: False
    # Fetches the article pages of new entries in the background (issue 11); None: none fetched.
    pages: PageFetcher | None = None
    # The recent articles and their stories (issue 12), owned by the composition root; None
    # groups nothing beyond the same link or title.
    stories: StoryIndex | None = None

    def __post_init__(self) -> None:
        if self.analyse is None:
            self.analyse = InlineAnalyser(self.matchers)
        self._storage_error: str | None = None
        self._storage_down_until: datetime | None = None

    async def poll(self, feed_id: int) -> PollOutcome:
        """Fetch, parse and store one feed; never raises for a feed's own problems, nor for the
        database's: a storage fault is not the feed's fault (no backoff, validators kept, so
        the next poll fetches the same entries again and none is lost)."""
        if self._storage_down_until is not None and self.clock() < self._storage_down_until:
            # Fetching is pointless while nothing can be stored, and each write would wait for
            # the lock again: one poll tries again at a time.
            return PollOutcome(feed_id, "storage_error", self._storage_down_until, error=f"database: {self._storage_error}")
        try:
            outcome = await self._poll(feed_id)
        except sqlite3.Error as error:
            return self._storage_failed(feed_id, error)
        if self._storage_error is not None and outcome.status in ("updated", "not_modified", "failed"):
            log.info("the database takes writes again: polling as usual")
            self._storage_error = self._storage_down_until = None
        return outcome

    def _storage_failed(self, feed_id: int, error: sqlite3.Error) -> PollOutcome:
        if str(error) != self._storage_error:  # said once per distinct fault, not per feed
            self._storage_error = str(error)
            log.error("database refuses writes (%s): polls are retried every %g s until it takes them",
                      error, STORAGE_RETRY)
        self._storage_down_until = self.clock() + timedelta(seconds=STORAGE_RETRY)
        return PollOutcome(feed_id, "storage_error", self._storage_down_until, error=f"database: {error}")

    async def _poll(self, feed_id: int) -> PollOutcome:
        feed = get_feed(self.db, feed_id)
        if feed is None:
            return PollOutcome(feed_id, "missing")
        if feed.disabled_reason:
            return PollOutcome(feed_id, "disabled", error=feed.disabled_reason)
        try:
            private_ok = self._private_ok(feed.from_config)
            fetched = await self.fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified,
                                               private_ok=private_ok)
            if fetched.status == 304:
                return self._not_modified(feed)
            analysed = await self.analyse(fetched.body, fetched.final_url, fetched.content_type, self.clock(),
                                          source=feed.name)
        except FetchError as err:
            return self._failed(feed, str(err), retry_after=err.retry_after, gone=err.kind == "gone",
                                facts=error_facts(err))
        except ParseError as err:  # its message already says what is wrong ("this is an HTML page, not a feed")
            return self._failed(feed, str(err), facts=error_facts(err))
        return self._store(feed, analysed, fetched, private_ok)

    def _store(self, feed: FeedRow, analysed: Analysed, fetched, private_ok: bool) -> PollOutcome:
        now, parsed = self.clock(), analysed.feed
        with transaction(self.db):
            result = record_entries(self.db, feed, parsed.entries, now=now, matcher=analysed.matcher,
                                    private_ok=private_ok, stories=self.stories)
            next_poll = self._next_poll(feed, now)
            record_success(
                self.db, feed.id, now=now, etag=fetched.etag, last_modified=fetched.last_modified,
                permanent_url=fetched.permanent_url, malformed=parsed.malformed, next_poll=next_poll,
            )
        if self.pages is not None and result.pages:
            self.pages.submit(result.pages)  # after the commit: the entries are there to update
        if feed.last_error:
            log.info("feed %s (%s) recovered", feed.id, feed.name)
        if parsed.malformed and parsed.malformed != feed.malformed:
            log.warning("feed %s (%s) is malformed, kept %d entries: %s",
                        feed.id, feed.name, len(parsed.entries), parsed.malformed)
        return PollOutcome(
            feed.id, "updated", next_poll, new=result.new, updated=result.updated,
            duplicate=result.duplicate, alert_ids=tuple(result.alert_ids),
        )

    def _not_modified(self, feed: FeedRow) -> PollOutcome:
        now = self.clock()
        next_poll = self._next_poll(feed, now)
        record_not_modified(self.db, feed.id, now=now, next_poll=next_poll)
        if feed.last_error:
            log.info("feed %s (%s) recovered", feed.id, feed.name)
        return PollOutcome(feed.id, "not_modified", next_poll)

    def _failed(self, feed: FeedRow, error: str, *, retry_after: float | None = None,
                gone: bool = False, facts: tuple[str, dict] | None = None) -> PollOutcome:
        now = self.clock()
        failures = feed.consecutive_failures + 1
        next_poll = cadence.next_poll_after_failure(
            now, failures, retry_after, base_interval=feed.interval_seconds or self.bounds.minimum,
            jitter=random.random(),
        )
        disable = error if gone else None
        # The kind and parameters, so that /feeds says it in each reader's language.
        kind, params = facts if facts else (None, None)
        record_failure(self.db, feed.id, now=now, error=error, next_poll=next_poll, disable=disable,
                       kind=kind, params=json.dumps(params) if params is not None else None)
        # Say each distinct error once, not at every retry.
        if error != feed.last_error:
            log.warning("feed %s (%s) %s: %s; next try %s", feed.id, feed.name,
                        "disabled" if gone else "failed", error, next_poll.isoformat(timespec="seconds"))
        return PollOutcome(feed.id, "failed", None if gone else next_poll, error=error)

    def _next_poll(self, feed: FeedRow, now: datetime) -> datetime:
        # A fixed interval needs no history; an adaptive one, a count (at every poll, 304s too).
        weekly = 0 if feed.interval_seconds is not None else count_published(
            self.db, feed.id, *cadence.counted_window(now))
        # Jitter spreads feeds that share an interval, so they don't all poll in the same second.
        return cadence.next_poll_after_success(
            now, feed.interval_seconds, weekly, self.bounds, jitter=random.random(),
        )

    def _private_ok(self, from_config: bool) -> bool:
        """Trust belongs to the feed, on every poll, redirect and article page (issue 10): the
        operator's feeds may be on the intranet, a chat's never reach a private address."""
        return from_config or self.chat_feeds_private_ok()

    def resume_pages(self, since: datetime) -> int:
        """Fetch again the article pages that were in flight when `run` last stopped (entries
        first seen after `since`, still 'pending': matched on their feed text only). How many."""
        if self.pages is None:
            return 0
        awaited = awaited_pages(self.db.conn, since)
        self.pages.submit(PageWanted(p.entry_id, p.story_id, p.feed_id, p.entry.link, p.entry,
                                     self._private_ok(p.feed_from_config), p.feed_name) for p in awaited)
        if awaited:
            log.info("%d article pages left pending by the last stop: fetching them again", len(awaited))
        return len(awaited)

    def expire_stories(self) -> None:
        """The story index forgets what left its window (once per cycle)."""
        if self.stories is not None:
            self.stories.expire(self.clock())

    async def poll_all(self, feed_ids: list[int]) -> list[PollOutcome]:
        """One cycle over these feeds, concurrently (the Fetcher bounds the concurrency), then
        its new entries into the search index in one batch."""
        outcomes = list(await asyncio.gather(*(self.poll(feed_id) for feed_id in feed_ids)))
        try:
            index_pending(self.db)
        except sqlite3.Error as error:  # search still reads what is not indexed yet
            log.error("search index not updated: database: %s", error)
        self.expire_stories()
        return outcomes
