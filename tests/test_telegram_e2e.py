"""End to end: /watch from Telegram, a new article in a feed, exactly one alert, even across a restart."""
from __future__ import annotations

import asyncio
import time
from datetime import datetime, timezone

from monitor.deliver import ConsoleSender, Deliverer, TelegramSender
from monitor.ingest.fetch import Fetcher
from monitor.match.matcher import MatcherCache
from monitor.pipeline.poll import Pipeline
from monitor.store import open_database
from monitor.store.feeds import add_feed
from monitor.telegram import BotSettings, build_application, start_bot, stop_bot
from tests.fakebotapi import FakeBotAPI, parse_html
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import days_ago

USER = 5151
OLD = {"title": "AWS ouvre une région à Paris", "link": "https://example.fr/region", "guid": "old",
       "description": "Une nouvelle région cloud.", "pubDate": days_ago(4)}
NEW = {"title": "AWS se sépare d'une soixantaine de salariés en France", "link": "https://example.fr/aws?utm_source=rss",
       "guid": "new", "description": "Amazon Web Services engage des licenciements dans ses équipes françaises.",
       "pubDate": days_ago(0.01)}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Running:
    """The monitor as `run` assembles it: bot, pipeline, deliverer, on one database file."""

    def __init__(self, path, api: FakeBotAPI) -> None:
        self.db = open_database(path)
        self.app = build_application(api.token, self.db, BotSettings(), api_url=api.url)
        self.fetcher = Fetcher()
        self.pipeline = Pipeline(self.db, self.fetcher, MatcherCache(self.db, utcnow))
        self.stop = asyncio.Event()

    async def __aenter__(self) -> "Running":
        await start_bot(self.app, poll_timeout=0.5)
        self.deliverer = Deliverer(self.db, TelegramSender(self.app.bot), ConsoleSender())
        self.task = asyncio.create_task(self.deliverer.run(self.stop))
        return self

    async def poll(self, feed_id: int) -> None:
        outcome = await self.pipeline.poll(feed_id)
        assert outcome.status == "updated", outcome
        self.deliverer.wake()

    async def __aexit__(self, *exc) -> None:
        self.stop.set()
        await self.task
        await stop_bot(self.app)
        await self.fetcher.aclose()
        self.db.conn.close()


async def wait_until(predicate, timeout: float = 5.0) -> float:
    start = time.monotonic()
    while not predicate():
        assert time.monotonic() - start < timeout
        await asyncio.sleep(0.02)
    return time.monotonic() - start


async def test_watch_new_article_one_alert_then_restart(tmp_path):
    path = tmp_path / "veille.db"
    with FakeBotAPI() as api, FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([OLD])))
        async with Running(path, api) as monitor:
            feed_id = add_feed(monitor.db, "LeMagIT", feeds.url("/rss"), None, utcnow()).id
            await monitor.poll(feed_id)  # the backlog is stored, not alerted
            api.push_message(USER, "/watch licenciements AWS")
            await wait_until(lambda: len(api.sent(USER)) == 1)
            assert "licenciements AWS" in parse_html(api.sent(USER)[0].text)
            feeds.publish("/rss", rss([NEW, OLD]))
            await monitor.poll(feed_id)
            took = await wait_until(lambda: len(api.sent(USER)) == 2)
            assert took < 3.0
        alert = api.sent(USER)[1]
        visible = parse_html(alert.text)
        assert visible.startswith(NEW["title"]) and "LeMagIT" in visible and "licenciements AWS" in visible
        assert 'href="https://example.fr/aws"' in alert.text  # tracking parameters gone
        assert "<b>licenciements</b>" in alert.text and "<b>AWS</b>" in alert.text

        async with Running(path, api) as monitor:  # restart on the same database
            # Forget the validators so the same items are fetched, parsed and matched again.
            monitor.db.execute("UPDATE feeds SET etag = NULL, last_modified = NULL")
            await monitor.poll(feed_id)
            await asyncio.sleep(0.5)
        alerts = [c for c in api.sent(USER) if NEW["title"] in parse_html(c.text)]
        assert len(alerts) == 1
