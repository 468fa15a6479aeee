"""A config applied to the running monitor: the database follows feeds.toml and keywords.toml,
the matcher its aliases, the scheduler its feeds; every part reads the rest from LiveConfig."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import sqlite_utils

from monitor.config import Config, LiveConfig
from monitor.ingest.fetch import FetchLimits
from monitor.match.matcher import MatcherCache
from monitor.pipeline.schedule import FeedScheduler
from monitor.store import transaction
from monitor.store.feeds import enabled_feeds, feeds_version, sync_config_feeds
from monitor.store.watches import sync_config_watches
from monitor.stories import StoryIndex

log = logging.getLogger(__name__)


def fetch_limits(config: Config) -> FetchLimits:
    """The one fetcher's limits, from `[fetch]` of feeds.toml."""
    return FetchLimits(deadline=config.fetch.timeout_seconds, max_bytes=config.fetch.max_body_bytes)


def sync_database(db: sqlite_utils.Database, config: Config, now: datetime) -> None:
    """Make the database's config feeds and watches those of `config` (chat-added feeds stay)."""
    with transaction(db):
        problems = sync_config_feeds(db, [(f.name, f.url, f.interval_seconds, f.fulltext) for f in config.feeds], now)
        sync_config_watches(db, [(w.name, w.query, w.chats, w.thread) for w in config.watches], now)
    for problem in problems:  # e.g. a config URL that another feed was redirected to
        log.warning("feeds.toml: %s", problem)


class ConfigApplier:
    """Applies each valid config, and keeps one scheduler job per enabled feed, whoever changed
    the feeds (config, /addfeed, /removefeed): a counter the store bumps says when."""

    def __init__(self, db: sqlite_utils.Database, live: LiveConfig, matchers: MatcherCache,
                 feed_scheduler: FeedScheduler | None, clock: Callable[[], datetime],
                 stories: StoryIndex | None = None) -> None:
        self.db, self.live, self.matchers, self.stories = db, live, matchers, stories
        self.feed_scheduler, self.clock = feed_scheduler, clock
        self._feeds_seen: int | None = None

    def apply(self, config: Config) -> None:
        """A new valid config: the database, the aliases of the matcher and of the stories, then
        the jobs."""
        self.live.replace(config)
        sync_database(self.db, config, self.clock())
        self.matchers.set_aliases(self.live.aliases)
        if self.stories is not None:
            self.stories.aliases = self.live.aliases
        self.follow_feeds()
        log.info("config applied: %d feeds, %d watches", len(config.feeds), len(config.watches))

    def follow_feeds(self) -> None:
        """Schedule the feeds added and unschedule those removed since the last look."""
        version = feeds_version(self.db)
        if version == self._feeds_seen or self.feed_scheduler is None:
            return
        self._feeds_seen = version
        self.feed_scheduler.sync((feed.id, feed.next_poll_at) for feed in enabled_feeds(self.db))
