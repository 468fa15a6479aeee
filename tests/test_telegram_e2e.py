"""End to end on the real composition (`run`'s Monitor): /watch from Telegram, a new article in
a feed, exactly one alert, even across a restart."""
from __future__ import annotations

import asyncio
from pathlib import Path

from monitor.config import load_config
from monitor.runtime.run import Bot, Monitor
from monitor.store.feeds import list_feeds
from tests.fakebotapi import FakeBotAPI, parse_html
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import days_ago
from tests.helpers import wait_until

USER = 5151
OLD = {"title": "AWS ouvre une région à Paris", "link": "https://example.fr/region", "guid": "old",
       "description": "Une nouvelle région cloud.", "pubDate": days_ago(4)}
NEW = {"title": "AWS se sépare d'une soixantaine de salariés en France", "link": "https://example.fr/aws?utm_source=rss",
       "guid": "new", "description": "Amazon Web Services engage des licenciements dans ses équipes françaises.",
       "pubDate": days_ago(0.01)}


def write_config(directory: Path, url: str) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text(f'[[feed]]\nname = "LeMagIT"\nurl = "{url}"\ninterval = "1h"\n')
    (directory / "keywords.toml").write_text("")
    return directory


def monitor(config: Path, db: Path, api: FakeBotAPI) -> Monitor:
    return Monitor(load_config(config), config, db, Bot(api.token, api.url))


async def test_watch_new_article_one_alert_then_restart(tmp_path):
    path = tmp_path / "veille.db"
    with FakeBotAPI() as api, FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([OLD])))
        config = write_config(tmp_path / "config", feeds.url("/rss"))
        async with monitor(config, path, api) as running:
            (feed,) = list_feeds(running.db)
            await running.poller.poll(feed.id)  # the backlog is stored, not alerted
            await wait_until(lambda: running.bot.sender.ready)  # the bot is up
            api.push_message(USER, "/watch licenciements AWS")
            await wait_until(lambda: len(api.sent(USER)) == 1)
            assert "licenciements AWS" in parse_html(api.sent(USER)[0].text)
            feeds.publish("/rss", rss([NEW, OLD]))
            await running.poller.poll(feed.id)
            took = await wait_until(lambda: len(api.sent(USER)) == 2)
            assert took < 3.0
        alert = api.sent(USER)[1]
        visible = parse_html(alert.text)
        assert visible.startswith(NEW["title"]) and "LeMagIT" in visible and "licenciements AWS" in visible
        assert 'href="https://example.fr/aws"' in alert.text  # tracking parameters gone
        assert "<b>licenciements</b>" in alert.text and "<b>AWS</b>" in alert.text

        async with monitor(config, path, api) as running:  # restart on the same database
            # Forget the validators so the same items are fetched, parsed and matched again.
            running.db.execute("UPDATE feeds SET etag = NULL, last_modified = NULL")
            await running.poller.poll(feed.id)
            await asyncio.sleep(0.5)
        alerts = [c for c in api.sent(USER) if NEW["title"] in parse_html(c.text)]
        assert len(alerts) == 1
