"""`run`: the composition root. Every part is built complete, in dependency order, then started;
SIGINT/SIGTERM stops them in the reverse order, finishing the polls and sends in flight."""
from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from monitor.config import Config, ConfigWatcher, LiveConfig, Problem
from monitor.deliver import ConsoleSender, Deliverer, Limits, Pacer
from monitor.ingest.fetch import Fetcher
from monitor.match.analyse import InlineAnalyser, ProcessAnalyser
from monitor.match.matcher import MatcherCache
from monitor.ingest.pagefetch import PageReader
from monitor.pipeline.pages import PageFetcher
from monitor.pipeline.poll import Pipeline
from monitor.pipeline.schedule import FeedScheduler
from monitor.pipeline.stories import load_stories
from monitor.runtime.configure import ConfigApplier, fetch_limits
from monitor.store import open_database, wait_for_locks
from monitor.store.feeds import enabled_feeds
from monitor.store.indexing import index_pending
from monitor.times import utcnow
from monitor.web import WebServer
from monitor.web.guard import required_token

log = logging.getLogger(__name__)

# How often `run` adds new entries to the search index; search reads the ones still waiting.
INDEX_EVERY_SECONDS = 30
# How often the scheduler looks whether the feeds changed (/addfeed, /removefeed): a counter read.
FEEDS_EVERY_SECONDS = 1
# The event loop's connection waits this long for a lock held elsewhere; past it, the write is
# a storage fault, retried (the pipeline and the deliverer handle it), and the loop runs on.
LOOP_LOCK_WAIT = 0.25
# How often the story index forgets the articles past its window (`run` has no cycle).
STORIES_EVERY_SECONDS = 600
# Worker processes pay off once there are enough feeds to keep them busy.
WORKERS_FROM_FEEDS = 20
# A page left pending by a stop is fetched again at the next start if its entry is this recent:
# its alert still matters then (older, the story is over and the site may have moved it).
PAGES_RESUMED_WITHIN = timedelta(hours=24)


@dataclass(frozen=True)
class Bot:
    """What `run` needs to talk to Telegram."""

    token: str
    api_url: str


@dataclass
class Poller:
    """One scheduled poll: the pipeline's, then delivery woken when it wrote alerts."""

    pipeline: Pipeline
    deliverer: Deliverer

    async def poll(self, feed_id: int) -> datetime | None:
        outcome = await self.pipeline.poll(feed_id)
        if outcome.alert_ids:
            self.deliverer.wake()
        return outcome.next_poll


def run_monitor(config: Config, config_dir: Path, db_path: Path, bot: Bot | None) -> int:
    """`run`: poll and alert until SIGINT/SIGTERM."""
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # it logs every job run at INFO
    asyncio.run(_run(config, config_dir, db_path, bot))
    return 0


async def _run(config: Config, config_dir: Path, db_path: Path, bot: Bot | None) -> None:
    monitor = Monitor(config, config_dir, db_path, bot)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, monitor.stopping.set)
    async with monitor:
        log.info("Veille is running: %d feeds; Ctrl-C to stop", len(enabled_feeds(monitor.db)))
        await monitor.stopping.wait()
        log.info("stopping: finishing the polls and deliveries in flight")
    log.info("stopped cleanly")


class Monitor:
    """Every part of `run`, built complete in dependency order; `async with` starts them and
    stops them in reverse order (tests and benchmarks run exactly this)."""

    def __init__(self, config: Config, config_dir: Path, db_path: Path, bot: Bot | None, *,
                 config_every: float = 2.0, env: dict[str, str] | None = None) -> None:
        # The page's token is checked first: a refusal (WebRefused) comes before anything is opened.
        token = required_token(config.web, os.environ if env is None else env) if config.web.enabled else None
        self.stopping = asyncio.Event()
        self.db = db = open_database(db_path)
        wait_for_locks(db, LOOP_LOCK_WAIT)
        self.live = live = LiveConfig(config)
        matchers = MatcherCache(db, utcnow, live.aliases)
        many = len(config.feeds) > WORKERS_FROM_FEEDS
        self.analyser = ProcessAnalyser(db_path, matchers) if many else InlineAnalyser(matchers)
        # Feeds are polled on our own scheduler, not the bot's JobQueue: the JobQueue exists
        # only once the Bot API answers, and a Telegram outage must never stop polling (issue 5).
        self.scheduler = AsyncIOScheduler(timezone="UTC")
        self.fetcher = Fetcher(fetch_limits(config))
        pacer = Pacer(Limits())  # one rate limiter per bot token: alerts and replies alike
        self.bot = None
        if bot is not None:
            from monitor.telegram.lifecycle import TelegramBot  # the Telegram stack only when needed

            self.bot = TelegramBot(bot.token, db, live, self.fetcher, api_url=bot.api_url, pacer=pacer)
        self.deliverer = Deliverer(db, telegram=self.bot.sender if self.bot else None, console=ConsoleSender(),
                                   language=config.telegram.language, pacer=pacer)
        # Article pages go through the same fetcher, and are extracted where feeds are parsed.
        self.pages = PageFetcher(db, PageReader(self.fetcher), self.analyser, on_alerts=lambda ids: self.deliverer.wake())
        self.pipeline = Pipeline(db, self.fetcher, matchers, analyse=self.analyser,
                                 chat_feeds_private_ok=lambda: live.config.fetch.allow_private, pages=self.pages,
                                 stories=load_stories(db, utcnow(), live.aliases))
        self.poller = Poller(self.pipeline, self.deliverer)
        self.feed_scheduler = FeedScheduler(self.scheduler, self.poller.poll)
        self.applier = ConfigApplier(db, live, matchers, self.feed_scheduler, utcnow, stories=self.pipeline.stories)
        self.watcher = ConfigWatcher(config_dir, on_change=self.applier.apply, on_error=_report_problems,
                                     interval=config_every, current=config)
        self.web = WebServer(db, db_path, config_dir, live, self.fetcher, utcnow, token) if config.web.enabled else None
        for job_id, every, job, fault in (
                ("search-index", INDEX_EVERY_SECONDS, lambda: index_pending(db),
                 "search index not updated (search still reads what is not indexed)"),
                ("follow-feeds", FEEDS_EVERY_SECONDS, self.applier.follow_feeds, "feeds not rescheduled"),
                ("expire-stories", STORIES_EVERY_SECONDS, self.pipeline.expire_stories, "stories not expired")):
            self.scheduler.add_job(_on_the_loop(job, fault), "interval", seconds=every, id=job_id, coalesce=True,
                                   max_instances=1)
        self._tasks: list[asyncio.Task] = []

    async def __aenter__(self) -> Monitor:
        self.applier.apply(self.live.config)
        self.pipeline.resume_pages(utcnow() - PAGES_RESUMED_WITHIN)
        self.scheduler.start()
        self.watcher.start()
        if self.web is not None:
            await self.web.start()
        self._tasks.append(asyncio.create_task(self.deliverer.run(self.stopping)))
        if self.bot is None:
            log.info("no TELEGRAM_BOT_TOKEN: alerts are printed here")
        else:
            self._tasks.append(asyncio.create_task(_start_bot(self.bot, self.deliverer, self.stopping)))
        return self

    async def __aexit__(self, *exc) -> None:
        self.stopping.set()
        if self.web is not None:
            await self.web.stop()
        await self.watcher.stop()
        await self.feed_scheduler.shutdown()
        self.scheduler.pause()
        await asyncio.sleep(0)  # a job just handed to the loop runs to its end, not cancelled midway
        self.scheduler.shutdown(wait=False)
        results = await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.pages.close()
        if self.bot is not None:
            await self.bot.stop()
        await self.fetcher.aclose()
        self.analyser.close()
        self.db.close()
        for result in results:
            if isinstance(result, BaseException):
                raise result


async def _start_bot(bot, deliverer: Deliverer, stop: asyncio.Event) -> None:
    await bot.start(stop)
    deliverer.wake()  # alerts that waited for the bot go now


def _on_the_loop(job: Callable[[], object], fault: str) -> Callable[[], Awaitable[None]]:
    """`job` as a coroutine: APScheduler runs a plain function in a thread, and these jobs use
    the loop's database connection and the story index, which only the loop's thread touches.
    A database fault (disk full, a lock held elsewhere) is one line; the job runs again later."""
    async def on_the_loop() -> None:
        try:
            job()
        except sqlite3.Error as err:
            log.error("%s: %s", fault, err)
    return on_the_loop


def _report_problems(problems: list[Problem]) -> None:
    log.error("config not applied, the last good one stays in force:\n%s",
              "\n".join(f"  {problem}" for problem in problems))
