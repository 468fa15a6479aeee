"""The page step (issue 11) on real parts: a feed and article pages served on 127.0.0.1, the one
Fetcher, trafilatura, the matcher, SQLite in a file. A teaser feed's entry is stored and
matched on its text at once; its page can add an alert (one, snippet around the body hit); a
page that fails leaves its reason on the entry, counted per feed."""
from __future__ import annotations

import logging
import socket
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import ThreadedResolver

from monitor.cli.present import feed_json, feed_table
from monitor.ingest.addresses import is_public_address
from monitor.ingest.fetch import Fetcher, FetchLimits
from monitor.ingest.pagefetch import PageReader
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
from monitor.store import wait_for_locks
from monitor.store.watches import add_watch
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import T0, Clock
from tests.helpers import wait_until as until

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


def page_parts(db, clock: Clock, max_bytes: int | None = None) -> tuple[MatcherCache, Fetcher, PageFetcher, list[int]]:
    """The matchers, the one Fetcher, the page step over them, and the outbox ids pages added."""
    matchers = MatcherCache(db, clock)
    fetcher = Fetcher(LIMITS, resolver=StaticResolver(),
                      allowed=lambda host, address: host == PUBLIC_NAME or is_public_address(address))
    reader = PageReader(fetcher, PageGate(min_interval=0.0), **({"max_bytes": max_bytes} if max_bytes else {}))
    page_alerts: list[int] = []
    return matchers, fetcher, PageFetcher(db, reader, InlineAnalyser(matchers), clock,
                                          on_alerts=page_alerts.extend), page_alerts


async def poll_twice(db, server, items: list[dict], *, feed_url: str | None = None, chat_feed: bool = False,
                     fulltext: str = "auto", max_bytes: int | None = None, wait: float = 30):
    """A first poll (the backlog: empty), then one that finds `items`; pages awaited `wait` s,
    then the page step closed, as `run` stops. The pipeline's outcome and the pages' alerts."""
    url = feed_url or server.url("/feed.xml")
    if chat_feed:
        add_feed(db, "Chat feed", url, 42, T0)
    else:
        sync_config_feeds(db, [("LeMagIT", url, None, fulltext)], T0)
    clock = Clock()
    matchers, fetcher, pages, page_alerts = page_parts(db, clock, max_bytes)
    pipeline = Pipeline(db, fetcher, matchers, clock=clock, pages=pages)
    async with fetcher:
        (feed,) = [f.id for f in list_feeds(db)]
        first = await pipeline.poll(feed)
        assert first.status == "updated", first.error
        server.publish("/feed.xml", rss(items))
        clock.advance(minutes=10)
        outcome = await pipeline.poll(feed)
        assert outcome.status == "updated" and outcome.new == len(items), outcome.error
        await pages.drain(timeout=wait)
        await pages.close()
    return outcome, page_alerts


def entry_page(db, guid: str = "a") -> tuple:
    return db.execute("SELECT page_status, page_error, length(page_text) FROM entries WHERE guid = ?",
                      (guid,)).fetchone()


def console_alerts(db) -> list[str]:
    return [render_console(d.alert, tty=False) for d in pending_for_chat(db, CONSOLE_CHAT, T0)]


async def test_a_word_only_in_the_body_alerts_once_with_its_snippet_from_the_body(db, server):
    add_watch(db, CONSOLE_CHAT, "ransomware", "LockBit", T0)
    outcome, page_alerts = await poll_twice(db, server, [item(server)])
    assert outcome.alert_ids == ()  # the teaser does not say LockBit: nothing at poll time
    assert len(page_alerts) == 1  # the page did
    assert entry_page(db)[0] == "ok"
    (alert,) = console_alerts(db)
    assert "**LockBit**" in alert and "rançongiciel de la famille" in alert
    assert db.execute("SELECT COUNT(*) FROM hits").fetchone() == (1,)


async def test_a_page_in_flight_when_run_stops_is_fetched_at_the_next_start(db, server):
    add_watch(db, CONSOLE_CHAT, "ransomware", "LockBit", T0)
    server.set("/article", Route(body=ARTICLE, content_type="text/html; charset=utf-8", delay=5))
    _, page_alerts = await poll_twice(db, server, [item(server)], wait=0.3)  # stopped while it loads
    assert entry_page(db)[0] == "pending" and page_alerts == [] and console_alerts(db) == []
    server.set("/article", Route(body=ARTICLE, content_type="text/html; charset=utf-8"))
    clock = Clock(T0 + timedelta(hours=2))  # the next start
    matchers, fetcher, pages, page_alerts = page_parts(db, clock)
    pipeline = Pipeline(db, fetcher, matchers, clock=clock, pages=pages)
    async with fetcher:
        assert pipeline.resume_pages(clock() - timedelta(minutes=30)) == 0  # older
        assert pipeline.resume_pages(clock() - timedelta(hours=24)) == 1
        await pages.drain(timeout=30)
    assert entry_page(db)[0] == "ok" and len(page_alerts) == 1
    (alert,) = console_alerts(db)
    assert "**LockBit**" in alert
    assert pipeline.resume_pages(clock() - timedelta(hours=24)) == 0  # done: not again


async def test_an_edited_entry_has_its_page_read_again_and_keeps_its_words_without_a_second_alert(db, server):
    add_watch(db, CONSOLE_CHAT, "ransomware", "LockBit", T0)
    sync_config_feeds(db, [("LeMagIT", server.url("/feed.xml"), None)], T0)
    clock = Clock()
    matchers, fetcher, pages, page_alerts = page_parts(db, clock)
    pipeline = Pipeline(db, fetcher, matchers, clock=clock, pages=pages)
    async with fetcher:
        await pipeline.poll(1)  # the backlog: empty
        for teaser in (TEASER, TEASER + " Les urgences sont fermées."):  # found, then edited
            server.publish("/feed.xml", rss([{**item(server), "description": teaser}]))
            clock.advance(minutes=10)
            await pipeline.poll(1)
            await pages.drain(timeout=30)
    assert len(server.requests_to("/article")) == 2 and entry_page(db)[0] == "ok"
    assert len(page_alerts) == 1 and len(console_alerts(db)) == 1  # the edit adds no alert
    (terms,) = db.execute("SELECT terms FROM entries").fetchone()
    assert "lockbit" in terms.split() and "urgenc" in terms.split()  # the page's words and the edit's


async def test_a_page_the_database_refuses_is_stored_once_another_program_releases_its_lock(
        db, server, tmp_path, caplog):
    add_watch(db, CONSOLE_CHAT, "ransomware", "LockBit", T0)
    sync_config_feeds(db, [("LeMagIT", server.url("/feed.xml"), None)], T0)
    server.set("/article", Route(body=ARTICLE, content_type="text/html; charset=utf-8", delay=0.3))
    wait_for_locks(db, 0.05)  # as `run`'s loop connection waits
    clock = Clock()
    matchers, fetcher, pages, page_alerts = page_parts(db, clock)
    pages.store_retry_seconds, pages.store_attempts = 0.2, 50
    pipeline = Pipeline(db, fetcher, matchers, clock=clock, pages=pages)
    other = sqlite3.connect(tmp_path / "veille.db", isolation_level=None)  # another program
    async with fetcher:
        await pipeline.poll(1)
        server.publish("/feed.xml", rss([item(server)]))
        await pipeline.poll(1)
        other.execute("BEGIN IMMEDIATE")  # held until the page's write has been refused
        with caplog.at_level(logging.WARNING):
            await until(lambda: "not stored" in caplog.text, timeout=20)
            other.execute("COMMIT")
            await pages.drain(timeout=30)
    other.close()
    assert "not stored" in caplog.text and "tried again in 0.2 s" in caplog.text
    assert entry_page(db)[0] == "ok" and len(page_alerts) == 1 and len(console_alerts(db)) == 1


async def test_a_word_only_in_the_boilerplate_does_not_alert(db, server):
    add_watch(db, CONSOLE_CHAT, "proxmox", "Proxmox OR Irlande", T0)  # "Les plus lus", the footer
    _, page_alerts = await poll_twice(db, server, [item(server)])
    assert entry_page(db)[0] == "ok"
    assert page_alerts == [] and console_alerts(db) == []


async def test_a_watch_that_matched_the_feed_is_not_alerted_again_by_the_page(db, server):
    add_watch(db, CONSOLE_CHAT, "hôpital", "hôpital", T0)  # in the title and in the body
    add_watch(db, CONSOLE_CHAT, "anssi", "ANSSI", T0)  # only in the body, same chat
    outcome, page_alerts = await poll_twice(db, server, [item(server)])
    assert len(outcome.alert_ids) == 1
    assert page_alerts == []  # the chat has the story: its new hit adds no second alert
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
        pages = PageFetcher(db, PageReader(fetcher), InlineAnalyser(matchers), clock)
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


@pytest.mark.parametrize("case", list(FAILURES) + ["robots", "ftp link"])
async def test_a_failed_page_leaves_the_entry_matched_on_its_feed_text(db, server, case):
    entry = item(server)
    if case == "ftp link":
        entry["link"] = "ftp://127.0.0.1/article"
        status, reason = "bad_link", "not a web page address"
    elif case == "robots":
        server.set("/robots.txt", Route(body=b"User-agent: Veille\nDisallow: /article\n", content_type="text/plain"))
        status, reason = "robots", "robots.txt disallows"
    else:
        route, status, reason = FAILURES[case]
        server.set("/article", route)
    add_watch(db, CONSOLE_CHAT, "vienne", "Vienne", T0)  # in the teaser
    outcome, page_alerts = await poll_twice(db, server, [entry], max_bytes=100_000)
    assert len(outcome.alert_ids) == 1  # alerted on its feed text, page or no page
    got_status, error, text = entry_page(db)
    assert (got_status, text) == (status, None) and reason in error
    (row,) = list_feeds(db)
    assert row.page_failures == 1 and feed_json(row)["page_failures"] == 1
    header, line = feed_table([row], "Europe/Paris").splitlines()[:2]
    assert header.split()[4:6] == ["PAGES", "FAILED"] and line.split()[4] == "1"
    if case in ("robots", "ftp link"):
        assert server.requests_to("/article") == []
    if case == "ftp link":
        assert server.requests_to("/robots.txt") == []


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


def test_a_database_of_the_previous_version_migrates(tmp_path):
    import sqlite3

    from monitor.store import open_database
    from monitor.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    pages = next(i for i, script in enumerate(MIGRATIONS) if "page_status" in script)
    for version, script in enumerate(MIGRATIONS[:pages], start=1):  # every migration before this issue's
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
    conn.execute("INSERT INTO feeds (id, name, url, config_url, created) VALUES (1, 'LeMagIT', 'https://l.fr/rss',"
                 " 'https://l.fr/rss', '')")
    conn.execute("INSERT INTO entries (id, feed_id, story_id, guid, link, title, text, published, first_seen,"
                 " content_hash, title_key, terms) VALUES (7, 1, 7, 'g', 'l', 'aws', '', '', '', '', '', 'aws')")
    conn.close()
    db = open_database(path)
    (row,) = list_feeds(db)
    assert (row.fulltext, row.entries, row.page_failures) == ("auto", 1, 0)
    assert entry_page(db, "g") == (None, None, None)
    sync_config_feeds(db, [("LeMagIT", "https://l.fr/rss", None, "never")], T0)
    assert list_feeds(db)[0].fulltext == "never"


def test_the_fulltext_key_is_validated_and_defaults_to_auto(tmp_path):
    from monitor.config import ConfigError, load_config

    feeds = '[[feed]]\nname = "Next"\nurl = "https://next.ink/feed/"\n'
    directory = tmp_path / "c"
    directory.mkdir()
    (directory / "feeds.toml").write_text(feeds + '[[feed]]\nname = "Le Monde"\nurl = "https://lemonde.fr/rss"\n'
                                          'fulltext = "never"\n', encoding="utf-8")
    config = load_config(directory, {})
    assert [f.fulltext for f in config.feeds] == ["auto", "never"]
    (directory / "feeds.toml").write_text(feeds + 'fulltext = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(directory, {})
    (problem,) = caught.value.problems
    assert problem.key == "feed[1].fulltext" and "auto" in problem.message and problem.line == 4


async def test_worker_processes_extract_and_match_a_page(db, tmp_path):
    from monitor.decide.fulltext import with_page
    from monitor.ingest.extract import ArticleText
    from monitor.match.analyse import ProcessAnalyser
    from monitor.model import Entry

    watch = add_watch(db, CONSOLE_CHAT, "ransomware", "LockBit", T0)
    matchers = MatcherCache(db, Clock())
    analyser = ProcessAnalyser(tmp_path / "veille.db", matchers, workers=1)
    try:
        entry = Entry("g", "https://www.lemagit.fr/a", "Un hôpital paralysé", TEASER)
        extracted, matcher = await analyser.page(ARTICLE, entry.link, "text/html", entry)
        assert isinstance(extracted, ArticleText) and "LockBit" in extracted.text
        combined = with_page(entry, extracted.text)
        assert list(matcher.match(combined)) == [watch.id]
        assert "lockbit" in matcher.prepare(combined).terms
        failed, _ = await analyser.page(b"%PDF", entry.link, "application/pdf", entry)
        assert failed.kind == "not_html"
    finally:
        analyser.close()


async def test_poll_once_waits_for_the_pages_and_prints_their_alerts(tmp_path, server):
    import io

    from monitor.config import Config, FeedConfig, FetchConfig, WatchConfig
    from monitor.runtime.once import poll_cycle

    config = Config(feeds=(FeedConfig("LeMagIT", server.url("/feed.xml")),),
                    watches=(WatchConfig("ransomware", "LockBit"),), fetch=FetchConfig(timeout_seconds=5.0))
    first = await poll_cycle(config, tmp_path / "veille.db", io.StringIO())
    assert first.alerts == ()
    server.publish("/feed.xml", rss([item(server)]))
    console = io.StringIO()
    cycle = await poll_cycle(config, tmp_path / "veille.db", console)
    assert [a.title for a in cycle.alerts] == ["Un hôpital paralysé"]
    assert "**LockBit**" in console.getvalue()


def test_veille_test_fulltext_matches_the_pages_too(tmp_path, server, capsys):
    import json

    from monitor.cli.main import main

    server.publish("/feed.xml", rss([item(server), item(server, "/missing", "b", "Autre article")]))
    args = ["--config", str(tmp_path), "test", "LockBit", "--feed", server.url("/feed.xml"), "--json"]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out) == []  # the teaser alone does not say it
    assert main([*args, "--fulltext"]) == 0
    out, err = capsys.readouterr()
    (found,) = json.loads(out)
    assert (found["title"], found["matched"]) == ("Un hôpital paralysé", ["LockBit"])
    assert "/missing: page not used: HTTP 404" in err


def test_the_telegram_alert_cuts_its_snippet_around_the_hit_in_the_page():
    from monitor.model import Alert, Span
    from monitor.render.alert import render_html

    page = "Début de l'article. " * 30 + "Un rançongiciel LockBit a chiffré les serveurs."
    at = page.index("LockBit")
    alert = Alert(id=1, chat_id=5, entry_id=1, feed_name="LeMagIT", title="Un hôpital paralysé",
                  link="https://www.lemagit.fr/a", text=TEASER, published=None, watches=((1, "ransomware"),),
                  spans=(Span("page", at, at + 7),), page_text=page)
    rendered = render_html(alert)
    assert "<b>LockBit</b>" in rendered.text and "rançongiciel" in rendered.text
    assert TEASER not in rendered.text  # the snippet is the page's, where the word is
    # A watch that matched the feed's text too: the snippet stays the feed's.
    both = Alert(**{**{f: getattr(alert, f) for f in alert.__slots__},
                    "spans": (Span("text", 3, 9), Span("page", at, at + 7))})
    shown = render_html(both).text
    assert "Le <b>centre</b> hospitalier" in shown and "LockBit" not in shown


async def test_run_alerts_on_telegram_through_the_page(tmp_path, server):
    """`run`'s Monitor as built: the poller stores the teaser, the page step adds the alert, the
    deliverer is woken and sends it with the snippet from the article."""
    import asyncio
    import time

    from monitor.config import load_config
    from monitor.runtime.run import Bot, Monitor
    from tests.fakebotapi import FakeBotAPI

    async def wait_until(predicate, timeout: float = 30.0) -> None:
        start = time.monotonic()
        while not predicate():
            assert time.monotonic() - start < timeout
            await asyncio.sleep(0.02)

    config = tmp_path / "config"
    config.mkdir()
    (config / "feeds.toml").write_text(f'[[feed]]\nname = "LeMagIT"\nurl = "{server.url("/feed.xml")}"\n'
                                       'interval = "1h"\n')
    (config / "keywords.toml").write_text("")
    with FakeBotAPI() as api:
        async with Monitor(load_config(config), config, tmp_path / "veille.db", Bot(api.token, api.url)) as running:
            (feed,) = list_feeds(running.db)
            await running.poller.poll(feed.id)  # the backlog (empty)
            await wait_until(lambda: running.bot.sender.ready)
            api.push_message(5151, "/watch LockBit")
            await wait_until(lambda: len(api.sent(5151)) == 1)  # the confirmation
            server.publish("/feed.xml", rss([item(server)]))
            await running.poller.poll(feed.id)
            await wait_until(lambda: len(api.sent(5151)) == 2)
            await running.pages.drain(timeout=10)
        alert = api.sent(5151)[1].text
    assert "<b>LockBit</b>" in alert and "rançongiciel de la famille" in alert
    assert len(server.requests_to("/article")) == 1


async def test_search_json_and_feeds_json_show_the_pages(db, server, tmp_path, capsys):
    import json

    from monitor.cli.main import main

    server.set("/broken", Route(status=404, body=b"", content_type="text/html"))
    await poll_twice(db, server, [item(server), item(server, "/broken", "b", "Autre article")])
    database = str(tmp_path / "veille.db")  # the `db` fixture's file
    assert main(["--db", database, "search", "LockBit", "--json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["title"], found["matched"]) == ("Un hôpital paralysé", ["LockBit"])
    assert main(["--db", database, "feeds", "--json"]) == 0
    (feed,) = json.loads(capsys.readouterr().out)
    assert (feed["fulltext"], feed["entries"], feed["page_failures"]) == ("auto", 2, 1)
