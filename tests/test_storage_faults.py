"""Issue 10: a full disk under `run`. Telegram accepts an alert the database cannot mark sent:
it is never sent again by the running process, the chat's later alerts and other chats' keep
flowing, and all is recorded once the disk has room. A poll the database refuses is retried
soon, with no backoff held against the feed and no entry lost.

On a real small filesystem (a tmpfs of a few MiB mounted by the test, root only) that the test
fills to the last byte: SQLite then fails its writes with SQLITE_FULL, as on a full disk.
"""
from __future__ import annotations

import io
import logging

import pytest
from telegram import Bot

from monitor.deliver import ConsoleSender, Deliverer
from monitor.ingest.fetch import Fetcher
from monitor.match.matcher import MatcherCache
from monitor.pipeline.poll import STORAGE_RETRY, Pipeline
from monitor.store import open_database
from monitor.store.feeds import get_feed, list_feeds, sync_config_feeds
from monitor.store.watches import sync_config_watches
from monitor.telegram.sender import TelegramSender
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import FAST, T0, Clock, Disk, can_mount, rows, seed_alert, tmpfs

pytestmark = pytest.mark.skipif(not can_mount(), reason="a full disk is a tmpfs filled up, which only root can mount")


@pytest.fixture
def disk(tmp_path):
    with tmpfs(tmp_path / "disk", size="8m") as root:
        yield Disk(root)


@pytest.fixture
async def bot(api):
    async with Bot(api.token, base_url=f"{api.url}/bot") as client:
        yield client


async def test_alerts_sent_while_the_disk_is_full_go_once_and_are_recorded_when_it_has_room(disk, api, bot, caplog):
    db = open_database(disk.root / "veille.db")
    first, second = seed_alert(db, 5, "Premier"), seed_alert(db, 5, "Second")
    other = seed_alert(db, 6, "Ailleurs")
    deliverer = Deliverer(db, TelegramSender(bot), ConsoleSender(io.StringIO()), limits=FAST,
                          clock=Clock(T0, running=True))
    disk.fill(db)
    with caplog.at_level(logging.ERROR):
        for _ in range(5):  # five passes: nothing is sent twice while the disk stays full
            await deliverer.run_once()
    assert sorted(c.chat_id for c in api.sent()) == [5, 5, 6]  # the chat's later alert went too
    assert [r["status"] for r in rows(db)] == ["pending"] * 3  # the database could not say so
    refusals = [r for r in caplog.records if "refuses writes" in r.getMessage()]
    assert len(refusals) == 1 and "Traceback" not in caplog.text  # said once, in one line

    disk.free()
    await deliverer.run_once()
    assert {r["id"]: r["status"] for r in rows(db)} == {first: "sent", second: "sent", other: "sent"}
    assert all(r["message_id"] for r in rows(db))
    assert len(api.sent()) == 3
    db.conn.close()


async def test_a_poll_the_database_refuses_is_retried_soon_and_loses_nothing(disk, caplog):
    db = open_database(disk.root / "veille.db")
    clock = Clock(T0)
    with FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([{"title": "Archives", "guid": "old", "link": "https://example.fr/old"}])))
        sync_config_feeds(db, [("LeMagIT", feeds.url("/rss"), None)], T0)
        sync_config_watches(db, [("aws", "licenciements AWS", ())], T0)
        (feed,) = list_feeds(db)
        async with Fetcher() as fetcher:
            pipeline = Pipeline(db, fetcher, MatcherCache(db, clock), clock=clock)
            assert (await pipeline.poll(feed.id)).status == "updated"  # the backlog
            feeds.publish("/rss", rss([{"title": "AWS : licenciements en France", "guid": "new",
                                        "link": "https://example.fr/new"},
                                       {"title": "Archives", "guid": "old", "link": "https://example.fr/old"}]))
            before = get_feed(db, feed.id)
            disk.fill(db)
            with caplog.at_level(logging.ERROR):
                refused = await pipeline.poll(feed.id)
                requests = len(feeds.requests)
                again = await pipeline.poll(feed.id)  # meanwhile: nothing fetched, no write waited for
            assert refused.status == again.status == "storage_error"
            assert len(feeds.requests) == requests and again.next_poll == refused.next_poll
            assert (refused.next_poll - clock()).total_seconds() == STORAGE_RETRY  # soon: not the feed's fault
            after = get_feed(db, feed.id)
            assert (after.consecutive_failures, after.last_error, after.etag) == (0, None, before.etag)
            assert len([r for r in caplog.records if "refuses writes" in r.getMessage()]) == 1

            disk.free()
            clock.advance(seconds=STORAGE_RETRY)
            recovered = await pipeline.poll(feed.id)
    assert recovered.status == "updated" and recovered.new == 1 and len(recovered.alert_ids) == 1
    assert [g for (g,) in db.execute("SELECT guid FROM entries ORDER BY id")] == ["old", "new"]
    db.conn.close()
