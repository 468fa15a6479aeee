"""Applying a config to the running monitor."""
from __future__ import annotations


from monitor.config import Config, FeedConfig
from monitor.runtime.configure import sync_database
from monitor.store.feeds import list_feeds, record_success

from tests.helpers import T0


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
