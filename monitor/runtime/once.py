"""`poll --once`: every enabled feed polled once, console alerts delivered, what happened returned."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from monitor.config import Config, LiveConfig
from monitor.deliver import ConsoleSender, Deliverer
from monitor.ingest.fetch import Fetcher
from monitor.match.matcher import MatcherCache
from monitor.match.analyse import InlineAnalyser
from monitor.ingest.pagefetch import PageReader
from monitor.pipeline.pages import PageFetcher
from monitor.pipeline.poll import Pipeline, PollOutcome
from monitor.pipeline.stories import load_stories
from monitor.runtime.configure import fetch_limits, sync_database
from monitor.store import open_database
from monitor.store.feeds import enabled_feeds
from monitor.store.indexing import index_pending
from monitor.store.outbox import AlertRow, alert_rows
from monitor.times import utcnow


@dataclass(frozen=True)
class Cycle:
    """What one cycle did: each feed's outcome (with its name) and the alerts it created."""

    outcomes: tuple[tuple[str, PollOutcome], ...]
    alerts: tuple[AlertRow, ...]


async def poll_cycle(config: Config, db_path: Path, console: TextIO) -> Cycle:
    """Poll every enabled feed once; console alerts are printed to `console` (chat alerts wait
    in the outbox for `run`). The article pages of the new entries are awaited (at most a
    fetch's deadline) before delivering: an alert that needs its page is printed too."""
    db = open_database(db_path)
    try:
        sync_database(db, config, utcnow())
        aliases = LiveConfig(config).aliases
        matchers = MatcherCache(db, utcnow, aliases)
        feeds = enabled_feeds(db)
        limits = fetch_limits(config)
        async with Fetcher(limits) as fetcher:
            page_alerts: list[int] = []
            pages = PageFetcher(db, PageReader(fetcher), InlineAnalyser(matchers), on_alerts=page_alerts.extend)
            pipeline = Pipeline(db, fetcher, matchers, chat_feeds_private_ok=lambda: config.fetch.allow_private,
                                pages=pages, stories=load_stories(db, utcnow(), aliases))
            outcomes = await pipeline.poll_all([feed.id for feed in feeds])
            # A page waits for its site's turn (PageGate) and its robots.txt: twice a fetch's deadline.
            await pages.drain(timeout=2 * limits.deadline)
            await pages.close()
        index_pending(db)
        await Deliverer(db, console=ConsoleSender(console)).run_once()
        names = {feed.id: feed.name for feed in feeds}
        alert_ids = [i for outcome in outcomes for i in outcome.alert_ids] + page_alerts
        return Cycle(tuple((names[o.feed_id], o) for o in outcomes), tuple(alert_rows(db, alert_ids)))
    finally:
        db.close()
