"""The operator's page on the real composition (issue 14): a temp config directory, `run`'s
Monitor serving the page on loopback, its feed on the local feed server, polled once."""
from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from monitor.config import load_config
from monitor.runtime.run import Monitor
from monitor.store.feeds import list_feeds
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import days_ago
from tests import helpers

KEYWORDS = '''# Veille: the keyword watches (a comment the page must keep).

[[watch]]
name = "Licenciements chez AWS"
query = "licenciements AWS"   # the first watch

[[watch]]
name = "Nvidia"
query = "title:Nvidia"

[web]
listen = "{listen}"
'''
ARTICLES = [
    {"title": "AWS annonce des licenciements en France", "link": "https://example.fr/aws", "guid": "a1",
     "description": "Amazon Web Services supprime des postes.", "pubDate": days_ago(1)},
    {"title": "Nvidia présente une nouvelle puce", "link": "https://example.fr/nvidia", "guid": "a2",
     "description": "Une puce pour les centres de données.", "pubDate": days_ago(2)},
    {"title": "Panne géante chez Azure", "link": "https://example.fr/azure", "guid": "a3",
     "description": "Le cloud de Microsoft indisponible pendant deux heures.", "pubDate": days_ago(3)},
    {"title": "&lt;script&gt;alert('pwned')&lt;/script&gt; &lt;b&gt;Nvidia&lt;/b&gt; hostile",
     "link": "javascript:alert(1)", "guid": "a4", "description": "&lt;img src=x onerror=alert(2)&gt; Nvidia",
     "pubDate": days_ago(1)},
]


def write_config(directory: Path, feed_url: str, listen: str = "127.0.0.1:0") -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text(f'[[feed]]\nname = "LeMagIT"\nurl = "{feed_url}"\ninterval = "1h"\n\n'
                                          "[fetch]\nallow_private = true\n")
    (directory / "keywords.toml").write_text(KEYWORDS.format(listen=listen))
    return directory


async def wait_until(predicate, timeout: float = 10.0) -> float:
    """The shared wait (tests/helpers.py), with this module's longer default."""
    return await helpers.wait_until(predicate, timeout, every=0.05)


@asynccontextmanager
async def serving(tmp_path: Path, *, listen: str = "127.0.0.1:0", env: dict[str, str] | None = None):
    """(monitor, base URL, feed server) with the articles stored and the page up."""
    with FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss(ARTICLES)))
        config = write_config(tmp_path / "config", feeds.url("/rss"), listen)
        async with Monitor(load_config(config), config, tmp_path / "veille.db", None, config_every=0.2,
                           env=env or {}) as running:
            (feed,) = list_feeds(running.db)
            await running.poller.poll(feed.id)
            assert running.web.port, "the page did not start"
            host = running.web.settings.host
            yield running, f"http://{host}:{running.web.port}", feeds
