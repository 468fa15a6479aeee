"""Parse and match in worker processes: the same alerts as inline, and new watches seen at once."""
from __future__ import annotations

import json

import pytest

from monitor.match.analyse import InlineAnalyser, ProcessAnalyser
from monitor.times import utcnow
from monitor.ingest.fetch import Fetcher
from monitor.match.matcher import MatcherCache
from monitor.pipeline.poll import Pipeline
from monitor.store import open_database
from monitor.store.feeds import list_feeds, sync_config_feeds
from monitor.store.watches import add_watch
from tests.feedserver import FeedServer, Route, rss

CHAT = 77
OLD = {"title": "Oracle rachète une start-up", "guid": "1", "link": "https://example.fr/1",
       "description": "Rien à signaler."}
LAYOFFS = {"title": "AWS se sépare d'une soixantaine de salariés en France", "guid": "2",
           "link": "https://example.fr/2", "description": "Le géant du cloud licencie."}
OUTAGE = {"title": "Panne géante chez Azure", "guid": "3", "link": "https://example.fr/3",
          "description": "Le cloud de Microsoft est tombé."}


def alerts(db) -> list[tuple[str, list[str]]]:
    """(title, names of the watches) of every alert, with the words each hit marked."""
    rows = db.execute("SELECT e.title, o.watch_ids FROM outbox o JOIN entries e ON e.id = o.entry_id ORDER BY o.id")
    return [(title, sorted(db.execute(f"SELECT name FROM watches WHERE id = {i}").fetchone()[0]
                           for i in json.loads(ids))) for title, ids in rows]


@pytest.mark.parametrize("in_workers", [True, False], ids=["workers", "inline"])
async def test_workers_match_like_inline_and_see_new_watches(tmp_path, in_workers):
    path = tmp_path / "veille.db"
    db = open_database(path)
    matchers = MatcherCache(db, utcnow)
    analyser = ProcessAnalyser(path, matchers, workers=1) if in_workers else InlineAnalyser(matchers)
    add_watch(db, CHAT, "licenciements", "licenciements AWS", utcnow())
    with FeedServer() as server:
        server.set("/rss", Route(body=rss([OLD])))
        sync_config_feeds(db, [("Test", server.url("/rss"), None)], utcnow())  # the operator's: on loopback
        feed = list_feeds(db)[0].id
        try:
            async with Fetcher() as fetcher:
                pipeline = Pipeline(db, fetcher, matchers, analyse=analyser)
                assert (await pipeline.poll(feed)).status == "updated"  # the backlog
                server.publish("/rss", rss([LAYOFFS, OLD]))
                assert len((await pipeline.poll(feed)).alert_ids) == 1
                # A watch added now is matched by the very next poll, in the workers too.
                add_watch(db, CHAT, "pannes", "panne (Azure OR AWS)", utcnow())
                server.publish("/rss", rss([OUTAGE, LAYOFFS, OLD]))
                assert len((await pipeline.poll(feed)).alert_ids) == 1
        finally:
            analyser.close()
    assert alerts(db) == [(LAYOFFS["title"], ["licenciements"]), (OUTAGE["title"], ["pannes"])]
    spans = db.execute("SELECT h.spans FROM hits h JOIN entries e ON e.id = h.entry_id WHERE e.guid = '2'").fetchone()[0]
    marked = {(field, (LAYOFFS["title"] if field == "title" else LAYOFFS["description"])[a:b])
              for field, a, b in json.loads(spans)}
    assert marked == {("title", "AWS"), ("text", "licencie")}
    terms = db.execute("SELECT terms FROM entries WHERE guid = '3'").fetchone()[0].split()
    assert "azur" in terms and "pann" in terms  # stored for search, computed by the worker


async def test_workers_match_source_and_site_with_the_feeds_name(tmp_path):
    path = tmp_path / "veille.db"
    db = open_database(path)
    matchers = MatcherCache(db, utcnow)
    analyser = ProcessAnalyser(path, matchers, workers=1)
    add_watch(db, CHAT, "ici", 'cloud source:"Le Flux" site:example.fr', utcnow())
    add_watch(db, CHAT, "ailleurs", "cloud -source:\"Le Flux\"", utcnow())
    with FeedServer() as server:
        server.set("/rss", Route(body=rss([OLD])))
        sync_config_feeds(db, [("Le Flux", server.url("/rss"), None)], utcnow())
        feed = list_feeds(db)[0].id
        try:
            async with Fetcher() as fetcher:
                pipeline = Pipeline(db, fetcher, matchers, analyse=analyser)
                await pipeline.poll(feed)  # the backlog
                server.publish("/rss", rss([LAYOFFS, OLD]))
                await pipeline.poll(feed)
        finally:
            analyser.close()
    assert alerts(db) == [(LAYOFFS["title"], ["ici"])]


def test_a_worker_process_imports_neither_the_event_loop_nor_sqlite_utils():
    """Each import costs its memory once per worker (issue 11: `run` and its workers in 200 MB)."""
    import subprocess
    import sys

    heavy = ("sqlite_utils", "asyncio", "aiohttp", "telegram", "apscheduler", "pydantic", "trafilatura")
    probe = ("import sys, monitor.match.worker; "
             f"print(' '.join(m for m in {heavy!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.split() == []  # trafilatura comes with the first page, and only then
