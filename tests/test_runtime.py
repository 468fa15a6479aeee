"""The running monitor as `run` builds it (runtime.Monitor): config applied, feeds followed."""
from __future__ import annotations

from pathlib import Path


from monitor.config import Config, FeedConfig, load_config
from monitor.runtime.configure import sync_database
from monitor.runtime.run import Monitor
from monitor.store.feeds import add_feed, list_feeds, record_success, remove_feed

from tests.feedserver import FeedServer, Route, rss
from tests.helpers import T0
from tests.helpers import wait_until as until


def test_applying_a_config_says_what_it_could_not_apply(db, caplog):
    """A config URL that another feed was already redirected to is logged, not dropped silently."""
    old, moved = "https://www.lemagit.fr/rss/actualites.xml", "https://www.lemagit.fr/rss/toutes.xml"
    sync_database(db, Config(feeds=(FeedConfig("LeMagIT", old),)), T0)
    (feed,) = list_feeds(db)
    record_success(db, feed.id, now=T0, etag=None, last_modified=None, permanent_url=moved,
                   malformed=None, next_poll=T0)
    sync_database(db, Config(feeds=(FeedConfig("LeMagIT", old), FeedConfig("Toutes", moved))), T0)
    assert len(list_feeds(db)) == 1
    assert any("feeds.toml" in r.getMessage() and moved in r.getMessage() for r in caplog.records)


def write_feeds(config: Path, urls: dict[str, str]) -> None:
    (config / "feeds.toml").write_text(
        "".join(f'[[feed]]\nname = "{name}"\nurl = "{url}"\ninterval = "1h"\n\n' for name, url in urls.items()))


async def test_a_feed_added_or_removed_in_chat_is_scheduled_at_once_and_survives_a_reload(tmp_path):
    """Issue 10: /addfeed and /removefeed act on the running scheduler within a second, and a
    chat's feed stays when the operator edits feeds.toml."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "keywords.toml").write_text("")
    with FeedServer() as feeds:  # every feed on loopback: a test never reaches the internet
        for path in ("/lemagit", "/next", "/zdnet"):
            feeds.set(path, Route(body=rss([])))
        write_feeds(config, {"LeMagIT": feeds.url("/lemagit")})
        async with Monitor(load_config(config), config, tmp_path / "veille.db", None, config_every=0.1) as monitor:
            await _follow_feeds(monitor, config, feeds)


async def _follow_feeds(monitor: Monitor, config: Path, feeds: FeedServer) -> None:
    scheduled = monitor.feed_scheduler
    await until(lambda: len(scheduled.feed_ids) == 1)
    added = add_feed(monitor.db, "Next", feeds.url("/next"), 1001, T0)  # what /addfeed stores
    await until(lambda: added.id in scheduled.feed_ids)

    write_feeds(config, {"LeMagIT": feeds.url("/lemagit"), "ZDNet": feeds.url("/zdnet")})
    await until(lambda: len(scheduled.feed_ids) == 3)  # the reload added ZDNet, kept Next
    assert added.id in scheduled.feed_ids
    assert {f.name for f in list_feeds(monitor.db) if not f.disabled_reason} == {"LeMagIT", "Next", "ZDNet"}

    assert remove_feed(monitor.db, added.id)  # what /removefeed does
    await until(lambda: added.id not in scheduled.feed_ids)


async def test_run_s_own_jobs_run_on_the_loop_and_stop_without_a_traceback(tmp_path, caplog):
    """APScheduler runs a plain function in a thread; the feeds follower, the search indexer
    and the stories' expiry use the loop's database connection and the story index, so each
    is a coroutine (run on the loop), and a stop cancels none of them midway."""
    import asyncio
    import logging

    config = tmp_path / "config"
    config.mkdir()
    (config / "keywords.toml").write_text("")
    write_feeds(config, {})
    with caplog.at_level(logging.INFO):
        async with Monitor(load_config(config), config, tmp_path / "veille.db", None) as monitor:
            jobs = {job.id: job for job in monitor.scheduler.get_jobs()}
            assert {"search-index", "follow-feeds", "expire-stories"} <= set(jobs)
            for job_id in ("search-index", "follow-feeds", "expire-stories"):
                assert asyncio.iscoroutinefunction(jobs[job_id].func), job_id
                await jobs[job_id].func()
            await asyncio.sleep(1.2)  # the follower runs every second: one is due as it stops
    assert "Error running job" not in caplog.text and "Traceback" not in caplog.text
