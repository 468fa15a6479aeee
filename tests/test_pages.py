"""The page step (issue 11) on real parts: a feed and article pages served on 127.0.0.1, the one
Fetcher, trafilatura, the matcher, SQLite in a file. A teaser feed's entry is stored and
matched on its text at once; its page can add an alert (one, snippet around the body hit); a
page that fails leaves its reason on the entry, counted per feed."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import ThreadedResolver

from monitor.cli.present import feed_json, feed_line
from monitor.ingest.addresses import is_public_address
from monitor.ingest.fetch import Fetcher, FetchLimits
from monitor.ingest.politeness import PageGate
from monitor.match.analyse import InlineAnalyser
from monitor.match.matcher import MatcherCache
from monitor.model import CONSOLE_CHAT
from monitor.pipeline.pages import PageFetcher
from monitor.pipeline.poll import Pipeline
from monitor.render.alert import render_console
from monitor.store.feeds import add_feed, list_feeds, sync_config_feeds
from monitor.store.indexing import index_pending
from monitor.store.outbox import pending_for_chat
from monitor.match.search import search_query
from monitor.query import parse_query
from monitor.cli.present import matched_words
from monitor.store.watches import add_watch
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import T0, Clock

PAGES = Path(__file__).parent / "fulltext" / "pages"
ARTICLE = (PAGES / "lemagit-hopital-rancon.html").read_bytes()
PAYWALL = (PAGES / "informe-atos-paywall.html").read_bytes()
TEASER = "Le centre hospitalier de Vienne est touché."  # one sentence: "auto" fetches the page
LIMITS = FetchLimits(connect_timeout=2.0, read_timeout=1.0, deadline=2.0)
PUBLIC_NAME = "news.example.fr"  # resolved to 127.0.0.1, and taken for a public site by the guard


class StaticResolver(AbstractResolver):
    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        if host != PUBLIC_NAME:
            return await ThreadedResolver().resolve(host, port, family)
        return [{"hostname": host, "host": "127.0.0.1", "port": port, "family": socket.AF_INET, "proto": 0,
                 "flags": socket.AI_NUMERICHOST}]

    async def close(self) -> None:
        pass


@pytest.fixture
def server():
    with FeedServer() as srv:
        srv.set("/feed.xml", Route(body=rss([])))
        srv.set("/article", Route(body=ARTICLE, content_type="text/html; charset=utf-8"))
        yield srv


def item(server, path: str = "/article", guid: str = "a", title: str = "Un hôpital paralysé") -> dict:
    return {"title": title, "link": server.url(path), "guid": guid, "description": TEASER}


async def poll_twice(db, server, items: list[dict], *, feed_url: str | None = None, chat_feed: bool = False,
                     fulltext: str = "auto", max_bytes: int | None = None):
    """A first poll (the backlog: empty), then one that finds `items`; pages awaited. The pipeline."""
    url = feed_url or server.url("/feed.xml")
    if chat_feed:
        add_feed(db, "Chat feed", url, 42, T0)
    else:
        sync_config_feeds(db, [("LeMagIT", url, None, fulltext)], T0)
    clock = Clock()
    matchers = MatcherCache(db, clock)
    fetcher = Fetcher(LIMITS, resolver=StaticResolver(),
                      allowed=lambda host, address: host == PUBLIC_NAME or is_public_address(address))
    pages = PageFetcher(db, fetcher, InlineAnalyser(matchers), clock, gate=PageGate(min_interval=0.0),
                        **({"max_bytes": max_bytes} if max_bytes else {}))
    pipeline = Pipeline(db, fetcher, matchers, clock=clock, pages=pages)
    async with fetcher:
        (feed,) = [f.id for f in list_feeds(db)]
        first = await pipeline.poll(feed)
        assert first.status == "updated", first.error
        server.publish("/feed.xml", rss(items))
        clock.advance(minutes=10)
        outcome = await pipeline.poll(feed)
        assert outcome.status == "updated" and outcome.new == len(items), outcome.error
        await pages.drain(timeout=30)
    return outcome, pages


def entry_page(db, guid: str = "a") -> tuple:
    return db.execute("SELECT page_status, page_error, length(page_text) FROM entries WHERE guid = ?",
                      (guid,)).fetchone()


def console_alerts(db) -> list[str]:
    return [render_console(d.alert, tty=False) for d in pending_for_chat(db, CONSOLE_CHAT, T0)]


async def test_a_word_only_in_the_body_alerts_once_with_its_snippet_from_the_body(db, server):
    add_watch(db, CONSOLE_CHAT, "ransomware", "LockBit", T0)
    outcome, pages = await poll_twice(db, server, [item(server)])
    assert outcome.alert_ids == ()  # the teaser does not say LockBit: nothing at poll time
    assert len(pages.alert_ids) == 1  # the page did
    assert entry_page(db)[0] == "ok"
    (alert,) = console_alerts(db)
    assert "**LockBit**" in alert and "rançongiciel de la famille" in alert
    assert db.execute("SELECT COUNT(*) FROM hits").fetchone() == (1,)


async def test_a_word_only_in_the_boilerplate_does_not_alert(db, server):
    add_watch(db, CONSOLE_CHAT, "proxmox", "Proxmox OR Irlande", T0)  # "Les plus lus", the footer
    _, pages = await poll_twice(db, server, [item(server)])
    assert entry_page(db)[0] == "ok"
    assert pages.alert_ids == [] and console_alerts(db) == []


async def test_a_watch_that_matched_the_feed_is_not_alerted_again_by_the_page(db, server):
    add_watch(db, CONSOLE_CHAT, "hôpital", "hôpital", T0)  # in the title and in the body
    add_watch(db, CONSOLE_CHAT, "anssi", "ANSSI", T0)  # only in the body, same chat
    outcome, pages = await poll_twice(db, server, [item(server)])
    assert len(outcome.alert_ids) == 1
    assert pages.alert_ids == []  # the chat has the story: its new hit adds no second alert
    assert db.execute("SELECT COUNT(*) FROM outbox").fetchone() == (1,)
    assert db.execute("SELECT COUNT(*) FROM hits").fetchone() == (2,)


async def test_words_only_in_the_body_are_found_by_search(db, server):
    await poll_twice(db, server, [item(server)])
    (found,) = search_query(db, parse_query("lockbit"), since=None, limit=10)  # not indexed yet: read directly
    assert matched_words(found.title, found.text, found.spans) == ["LockBit"]
    index_pending(db)  # now through entries_fts: the page's terms are in the entry's terms
    assert [f.title for f in search_query(db, parse_query("lockbit"), since=None, limit=10)] == ["Un hôpital paralysé"]
    assert search_query(db, parse_query("proxmox"), since=None, limit=10) == []


async def test_the_first_poll_backlog_fetches_no_page(db, server):
    sync_config_feeds(db, [("LeMagIT", server.url("/feed.xml"), None)], T0)
    server.publish("/feed.xml", rss([item(server)]))
    clock, matchers = Clock(), MatcherCache(db, Clock())
    async with Fetcher(LIMITS) as fetcher:
        pages = PageFetcher(db, fetcher, InlineAnalyser(matchers), clock)
        outcome = await Pipeline(db, fetcher, matchers, clock=clock, pages=pages).poll(1)
        assert outcome.new == 1 and pages.pending() == 0
    assert server.requests_to("/article") == [] and entry_page(db)[0] is None


@pytest.mark.parametrize("mode, fetched", [("never", False), ("always", True)])
async def test_the_feed_setting_says_when(db, server, mode, fetched):
    long_text = " ".join(["mot"] * 500)  # a full article in the feed: "auto" would not fetch
    entry = {**item(server), "description": long_text}
    await poll_twice(db, server, [entry], fulltext=mode)
    assert bool(server.requests_to("/article")) is fetched


FAILURES = {
    "404": (Route(status=404, body=b"gone", content_type="text/html"), "http", "HTTP 404"),
    "timeout": (Route(body=ARTICLE, content_type="text/html", delay=3.0), "timeout", "timed out"),
    "too big": (Route(body=ARTICLE * 40, content_type="text/html"), "too_large", "larger than"),
    "not html": (Route(body=b"%PDF-1.4 ...", content_type="application/pdf"), "not_html", "not an HTML page"),
    "paywall": (Route(body=PAYWALL, content_type="text/html"), "paywall", "subscribers-only"),
}


@pytest.mark.parametrize("case", list(FAILURES) + ["robots"])
async def test_a_failed_page_leaves_the_entry_matched_on_its_feed_text(db, server, case):
    if case == "robots":
        server.set("/robots.txt", Route(body=b"User-agent: Veille\nDisallow: /article\n", content_type="text/plain"))
        status, reason = "robots", "robots.txt disallows"
    else:
        route, status, reason = FAILURES[case]
        server.set("/article", route)
    add_watch(db, CONSOLE_CHAT, "vienne", "Vienne", T0)  # in the teaser
    outcome, pages = await poll_twice(db, server, [item(server)], max_bytes=100_000)
    assert len(outcome.alert_ids) == 1  # alerted on its feed text, page or no page
    got_status, error, text = entry_page(db)
    assert (got_status, text) == (status, None) and reason in error
    (row,) = list_feeds(db)
    assert row.page_failures == 1 and feed_json(row)["page_failures"] == 1
    assert "pages_failed=1" in feed_line(row)
    if case == "robots":
        assert server.requests_to("/article") == []


async def test_a_chat_feed_page_on_loopback_is_refused_an_operator_feed_page_fetched(db, server):
    # The chat's feed is on a "public" name; its entry's page is on 127.0.0.1: refused.
    feed_url = f"http://{PUBLIC_NAME}:{server.port}/feed.xml"
    await poll_twice(db, server, [item(server)], feed_url=feed_url, chat_feed=True)
    status, error, _ = entry_page(db)
    assert status == "not_allowed" and "private address" in error
    assert server.requests_to("/article") == [] and server.requests_to("/robots.txt") == []


async def test_an_operator_feed_page_on_loopback_is_fetched(db, server):
    await poll_twice(db, server, [item(server)])
    assert entry_page(db)[0] == "ok" and len(server.requests_to("/article")) == 1
    assert len(server.requests_to("/robots.txt")) == 1
