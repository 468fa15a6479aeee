"""`run` and `poll --once`: wires config, pipeline, scheduler, delivery and the bot together."""
from __future__ import annotations

import asyncio
import logging
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from monitor.config import Config, ConfigWatcher, Problem
from monitor.deliver.deliverer import Deliverer
from monitor.deliver.senders import ConsoleSender, TelegramSender
from monitor.ingest.fetch import FetchLimits, Fetcher
from monitor.match.matcher import MatcherCache, aliases_of
from monitor.match.analyse import InlineAnalyser, ProcessAnalyser
from monitor.times import utcnow
from monitor.pipeline.poll import Pipeline
from monitor.pipeline.schedule import FeedScheduler
from monitor.store import open_database, transaction
from monitor.store.feeds import list_feeds, sync_config_feeds
from monitor.store.indexing import index_pending
from monitor.store.watches import sync_config_watches

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.telegram.org"
# How often `run` adds new entries to the search index; search reads the ones still waiting.
INDEX_EVERY_SECONDS = 30


def fetch_limits(config: Config) -> FetchLimits:
    return FetchLimits(
        deadline=config.fetch.timeout_seconds, max_bytes=config.fetch.max_body_bytes,
    )


def apply_config(db: sqlite_utils.Database, config: Config, matchers: MatcherCache, now: datetime) -> None:
    """Make the database's config feeds and watches those of `config`."""
    with transaction(db):
        problems = sync_config_feeds(db, [(f.name, f.url, f.interval_seconds) for f in config.feeds], now)
        sync_config_watches(db, [(w.name, w.query, w.chats) for w in config.watches], now)
    for problem in problems:  # e.g. a config URL that another feed was redirected to
        log.warning("feeds.toml: %s", problem)
    matchers.set_aliases(aliases_of(config.aliases))


def enabled_feeds(db: sqlite_utils.Database) -> list:
    return [feed for feed in list_feeds(db) if not feed.disabled_reason]


async def poll_cycle(config: Config, db_path: Path, out=None) -> list[dict]:
    """`poll --once`: every feed once, then the new alerts printed; returns them as JSON objects."""
    out = out or sys.stdout
    db = open_database(db_path)
    matchers = MatcherCache(db, utcnow)
    apply_config(db, config, matchers, utcnow())
    async with Fetcher(fetch_limits(config)) as fetcher:
        pipeline = Pipeline(db, fetcher, matchers)
        outcomes = await pipeline.poll_all([feed.id for feed in enabled_feeds(db)])
    failed = [o for o in outcomes if o.status == "failed"]
    new = sum(o.new for o in outcomes)
    alert_ids = [i for o in outcomes for i in o.alert_ids]
    # Console alerts are delivered (printed and marked sent); chat alerts wait for the bot.
    deliverer = Deliverer(db, console=ConsoleSender(out))
    await deliverer.run_once()
    print(f"{len(outcomes)} feed(s) polled, {len(failed)} failed, {new} new article(s),"
          f" {len(alert_ids)} new alert(s)", file=sys.stderr)
    for outcome in failed:
        print(f"  feed {outcome.feed_id}: {outcome.error}", file=sys.stderr)
    return _alerts_json(db, alert_ids)


def _alerts_json(db: sqlite_utils.Database, alert_ids: list[int]) -> list[dict]:
    if not alert_ids:
        return []
    marks = ",".join("?" * len(alert_ids))
    rows = db.execute(
        "SELECT o.id, o.chat_id, o.status, e.guid, e.link, e.title, f.name FROM outbox o"
        f" JOIN entries e ON e.id = o.entry_id JOIN feeds f ON f.id = e.feed_id WHERE o.id IN ({marks})"
        " ORDER BY o.id", alert_ids,
    ).fetchall()
    return [{"alert": r[0], "chat": r[1], "status": r[2], "id": r[3], "link": r[4], "title": r[5],
             "source": r[6]} for r in rows]


@dataclass
class Monitor:
    """What `run` keeps alive: the pipeline, one scheduler job per feed, and delivery."""

    db: sqlite_utils.Database
    pipeline: Pipeline
    deliverer: Deliverer
    clock: Callable[[], datetime] = utcnow
    feed_scheduler: FeedScheduler | None = None
    on_config: Callable[[Config], None] | None = None  # e.g. the bot's settings

    async def poll(self, feed_id: int) -> datetime | None:
        """One scheduled poll; wakes delivery when it wrote alerts."""
        outcome = await self.pipeline.poll(feed_id)
        if outcome.alert_ids:
            self.deliverer.wake()
        return outcome.next_poll

    def apply(self, config: Config) -> None:
        """A new valid config: sync the database, then the jobs."""
        apply_config(self.db, config, self.pipeline.matchers, self.clock())
        self.schedule_feeds()
        if self.on_config is not None:
            self.on_config(config)
        log.info("config applied: %d feeds, %d watches", len(config.feeds), len(config.watches))

    def schedule_feeds(self) -> None:
        if self.feed_scheduler is not None:
            self.feed_scheduler.sync((feed.id, feed.next_poll_at) for feed in enabled_feeds(self.db))


class BotRefused(Exception):
    """The Bot API refused the token: retrying cannot help, the operator must fix it."""


async def _start_bot(application, stop: asyncio.Event, token: str) -> bool:
    """Start the bot, waiting out an unreachable Bot API (2 s, 4 s ... 60 s) instead of dying;
    False if stopped meanwhile. Errors are logged in one line, the token never in them (issue 5)."""
    from telegram.error import InvalidToken, NetworkError

    from monitor.telegram.app import start_bot

    delay = 2.0
    while True:
        try:
            await start_bot(application)
            return True
        except InvalidToken:
            # PTB's message quotes the token: say it in our own words.
            raise BotRefused("the Telegram Bot API refused TELEGRAM_BOT_TOKEN (401 Unauthorized): "
                             "check the token") from None
        except NetworkError as err:  # connection refused, 5xx, timeouts
            reason = str(err).replace(token, "<token>")
            log.error("Telegram Bot API unreachable (%s); retrying in %.0f s", reason, delay)
        try:
            await asyncio.wait_for(stop.wait(), delay)
            return False
        except TimeoutError:
            delay = min(delay * 2, 60.0)


async def _index_search(db: sqlite_utils.Database) -> None:
    # A coroutine, so it runs in the event loop's thread, which owns the connection.
    try:
        index_pending(db)
    except sqlite3.Error as err:  # e.g. disk full: search still reads what is not indexed
        log.error("search index not updated: %s", err)


def _report_problems(problems: list[Problem]) -> None:
    log.error("config not applied, the last good one stays in force:\n%s",
              "\n".join(f"  {problem}" for problem in problems))


def run_monitor(config: Config, config_dir: Path, db_path: Path) -> int:
    """`run`: poll and alert until SIGINT/SIGTERM."""
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # it logs every job run at INFO
    asyncio.run(_run(config, config_dir, db_path, os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()))
    return 0


async def _run(config: Config, config_dir: Path, db_path: Path, token: str) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    db = open_database(db_path)
    matchers = MatcherCache(db, utcnow)
    # Worker processes pay off once there are enough feeds to keep them busy.
    analyser = ProcessAnalyser(db_path, matchers) if len(config.feeds) > 20 else InlineAnalyser(matchers)
    # Feeds are polled on our own scheduler, not the bot's JobQueue: the JobQueue exists only
    # once the Bot API answers, and a Telegram outage must never stop polling (issue 5).
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(_index_search, "interval", seconds=INDEX_EVERY_SECONDS, args=[db],
                      id="search-index", coalesce=True, max_instances=1)
    scheduler.start()
    async with Fetcher(fetch_limits(config)) as fetcher:
        deliverer = Deliverer(db, console=ConsoleSender(), language=config.telegram.language)
        monitor = Monitor(db, Pipeline(db, fetcher, matchers, analyse=analyser), deliverer)
        monitor.feed_scheduler = FeedScheduler(scheduler, monitor.poll)
        bot = TelegramBot(token, db, config, deliverer, stop) if token else None
        if bot is None:
            log.info("no TELEGRAM_BOT_TOKEN: alerts are printed here")
        else:
            monitor.on_config = bot.apply
        monitor.apply(config)
        watcher = ConfigWatcher(config_dir, on_change=monitor.apply, on_error=_report_problems, current=config)
        watcher.start()
        tasks = [asyncio.create_task(deliverer.run(stop))]
        if bot is not None:
            tasks.append(asyncio.create_task(bot.start()))
        log.info("Veille is running: %d feeds; Ctrl-C to stop", len(enabled_feeds(db)))
        await stop.wait()
        log.info("stopping: finishing the polls and deliveries in flight")
        await watcher.stop()
        await monitor.feed_scheduler.shutdown()
        scheduler.shutdown(wait=False)
        results = await asyncio.gather(*tasks, return_exceptions=True)
        if bot is not None:
            await bot.stop()
        analyser.close()
    db.close()
    for result in results:
        if isinstance(result, BaseException):
            raise result
    log.info("stopped cleanly")


class TelegramBot:
    """The bot beside the monitor: started with retries, then its alerts go to Telegram."""

    def __init__(self, token: str, db: sqlite_utils.Database, config: Config, deliverer: Deliverer,
                 stop: asyncio.Event) -> None:
        from monitor.telegram.app import build_application
        from monitor.telegram.settings import settings_from_config

        self.token, self.deliverer, self.stop_event = token, deliverer, stop
        self._settings_from_config = settings_from_config
        self.application = build_application(
            token, db, settings_from_config(config), aliases=aliases_of(config.aliases),
            api_url=os.environ.get("TELEGRAM_API_URL", DEFAULT_API_URL),
        )
        self.started = False

    def apply(self, config: Config) -> None:
        """A reloaded config: new admins, access list, limits and aliases for the handlers."""
        services = self.application.bot_data["veille"]
        services.settings = self._settings_from_config(config)
        services.aliases = aliases_of(config.aliases)

    async def start(self) -> None:
        """Start polling Telegram; until it answers, alerts for chats wait in the outbox."""
        try:
            self.started = await _start_bot(self.application, self.stop_event, self.token)
        except BotRefused:
            self.stop_event.set()  # a wrong token is the operator's to fix: stop, say why
            raise
        if self.started:
            self.deliverer.telegram = TelegramSender(self.application.bot)
            self.deliverer.wake()
            log.info("Telegram bot started; alerts go to Telegram chats and the console")

    async def stop(self) -> None:
        if self.started:
            from monitor.telegram.app import stop_bot

            await stop_bot(self.application)
