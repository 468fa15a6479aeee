"""Scenario 4, freshness: from an article appearing on the farm to its `sendMessage` arriving.

The `run` wiring in-process (monitor.runtime.run's Monitor, FeedScheduler on the bot's JobQueue,
Pipeline, Deliverer with the real PTB bot against the fake Bot API), one config watch with
`chats`, feeds polled every `interval` seconds. Config and cadence floor fixed intervals at
10 s, so for a shorter one the scheduler's poll returns `now + interval` itself.

    .venv/bin/python -m bench --only freshness
"""
from __future__ import annotations

import asyncio
import io
import math
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.farm import COMPANIES, Farm, make_entry
from bench.report import Row

CHAT = 4001
# Every farm title names a company, so this watch (a realistic "companies I follow") matches every article.
WATCH_QUERY = " OR ".join(f'"{c}"' if " " in c else c for c in COMPANIES)


@dataclass(frozen=True, slots=True)
class FreshnessResult:
    """Seconds from publication to the alert's arrival, one per sample that arrived."""

    interval: float
    published: int
    latencies: tuple[float, ...]

    @property
    def lost(self) -> int:
        return self.published - len(self.latencies)

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile (`p` in 0..1)."""
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered)) - 1))] if ordered else float("nan")


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


async def measure(samples: int = 20, interval: float = 5.0, budget: float = 110.0, feeds: int = 10,
                  seed: int = 6) -> FreshnessResult:
    """Publish `samples` articles at random moments within `budget` seconds, one feed each."""
    from monitor.config import Config
    from monitor.config.settings import FeedConfig, WatchConfig
    from monitor.decide.cadence import MIN_FIXED_INTERVAL
    from monitor.deliver import ConsoleSender, Deliverer, TelegramSender
    from monitor.ingest.fetch import Fetcher
    from monitor.match.matcher import MatcherCache
    from monitor.pipeline.poll import Pipeline, utcnow
    from monitor.runtime.run import Monitor, fetch_limits
    from monitor.pipeline.schedule import FeedScheduler
    from monitor.store import open_database
    from monitor.telegram.app import build_application, start_bot, stop_bot
    from monitor.telegram.settings import BotSettings
    from tests.fakebotapi import FakeBotAPI, parse_html

    rng = random.Random(seed)
    with Farm(feeds=feeds, entries=5, delay=0.15) as farm, FakeBotAPI() as api, \
            tempfile.TemporaryDirectory(prefix="bench-freshness-") as workdir:
        config = Config(
            feeds=tuple(FeedConfig(f"farm {i}", url, max(interval, MIN_FIXED_INTERVAL))
                        for i, url in enumerate(farm.feed_urls())),
            watches=(WatchConfig("Entreprises suivies", WATCH_QUERY, (CHAT,)),),
        )
        db = open_database(Path(workdir) / "veille.db")
        application = build_application(api.token, db, BotSettings(), api_url=api.url)
        await start_bot(application)
        stop = asyncio.Event()
        async with Fetcher(fetch_limits(config)) as fetcher:
            pipeline = Pipeline(db, fetcher, MatcherCache(db, utcnow))  # inline parse: `run` does so up to 20 feeds
            deliverer = Deliverer(db, telegram=TelegramSender(application.bot), console=ConsoleSender(io.StringIO()))
            monitor = Monitor(db, pipeline, deliverer)

            async def poll_every_interval(feed_id: int) -> datetime | None:
                when = await monitor.poll(feed_id)
                return when and _utcnow() + timedelta(seconds=interval)

            poll = monitor.poll if interval >= MIN_FIXED_INTERVAL else poll_every_interval
            monitor.feed_scheduler = FeedScheduler(application.job_queue, poll)
            monitor.apply(config)
            delivery = asyncio.create_task(deliverer.run(stop))
            try:
                await _until(lambda: db.execute("SELECT min(backlog_done) FROM feeds").fetchone()[0] == 1, 30)
                published = await _publish(farm, rng, samples, budget - interval - 5)
                arrived = await _arrivals(api, parse_html, published, deadline=interval + 15)
            finally:
                stop.set()
                await delivery
                await monitor.feed_scheduler.shutdown()
                await stop_bot(application)
        db.close()
    return FreshnessResult(interval, len(published),
                           tuple(arrived[title] - at for title, at in published.items() if title in arrived))


async def _until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the farm's feeds were not all polled once")
        await asyncio.sleep(0.1)


async def _publish(farm: Farm, rng: random.Random, samples: int, span: float) -> dict[str, float]:
    """One new entry on one feed at each of `samples` random moments over `span` seconds:
    {title: monotonic time just before it was published}."""
    moments = sorted(rng.uniform(0, span) for _ in range(samples))
    counts = [farm.entries] * farm.feeds  # the next entry number of each feed
    published: dict[str, float] = {}
    started = time.monotonic()
    for moment in moments:
        await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
        at = time.monotonic()
        for feed in await asyncio.to_thread(farm.publish, 1 / farm.feeds):
            # The farm's entries are a function of (seed, feed, number): we know its title.
            published[make_entry(farm.seed, feed, counts[feed], 0).title] = at
            counts[feed] += 1
    return published


async def _arrivals(api, parse_html, published: dict[str, float], deadline: float) -> dict[str, float]:
    """{title: arrival time of the first sendMessage naming it}, waiting up to `deadline` s for the last."""
    until = time.monotonic() + deadline
    while True:
        arrived: dict[str, float] = {}
        for call in api.sent(CHAT):
            text = parse_html(call.text)
            for title in published:
                if title in text and title not in arrived:
                    arrived[title] = call.at
        if len(arrived) == len(published) or time.monotonic() > until:
            return arrived
        await asyncio.sleep(0.1)


def freshness_rows(quick: bool) -> list[Row]:
    samples, budget = (4, 20.0) if quick else (20, 100.0)
    result = asyncio.run(measure(samples=samples, interval=5.0, budget=budget))
    median = statistics.median(result.latencies) if result.latencies else float("nan")
    p95 = result.percentile(0.95)
    print(f"[bench] freshness: median {median:.2f} s, p95 {p95:.2f} s, {result.lost} lost", flush=True)
    return [Row(f"freshness ({result.interval:g} s poll, {result.published} articles)", "veille", p95,
                note=f"wall = p95 publication -> sendMessage (target <= {result.interval + 2:g} s); "
                     f"median {median:.2f} s, max {max(result.latencies, default=float('nan')):.2f} s, "
                     f"{result.lost} lost")]
