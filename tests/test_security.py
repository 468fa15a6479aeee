"""Issue 5, users and operators: hostile content, hostile queries and broken config edits, end to end.

Feed text carrying <script>, broken HTML or Telegram HTML goes through the real pipeline and
the real PTB client to the fake Bot API (which parses HTML as Telegram does) and arrives as
text; hostile queries are refused by the CLI at once with a clear message; a broken config
edit is reported with file and line while the running monitor keeps matching with the last good
config. (The token in logs and outputs: tests/test_crash.py, against the real process.)
"""
from __future__ import annotations

import io
import logging
import re
import time

import pytest
from telegram import Bot

from monitor.cli.main import main
from monitor.config import ConfigWatcher, load_config
from monitor.deliver import ConsoleSender, Deliverer
from monitor.telegram.sender import TelegramSender
from monitor.ingest.fetch import Fetcher
from monitor.match.matcher import MatcherCache
from monitor.pipeline.poll import Pipeline
from monitor.times import utcnow
from monitor.query import analyse, parse_query
from monitor.query.errors import MAX_DEPTH, MAX_TERMS
from monitor.config import LiveConfig
from monitor.runtime.configure import ConfigApplier, sync_database
from monitor.runtime.run import Poller, _report_problems
from monitor.store import open_database
from monitor.store.feeds import add_feed, list_feeds, sync_config_feeds
from tests.fakebotapi import FakeBotAPI, parse_html
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import FAST, drain

CHAT = 5151
WATCH_NAME = '<i>veille</i> & "co" <tg-spoiler>'
# Titles and summaries as hostile feeds write them: escaped markup (shown as text by feed
# readers), Telegram's own tags, broken HTML, bare ampersands and angle brackets.
HOSTILE = [
    {"title": "&lt;script&gt;alert('x')&lt;/script&gt; AWS licenciements", "guid": "script",
     "description": "&lt;script src=//evil.example/x.js&gt;&lt;/script&gt;AWS licenciements"},
    {"title": "&lt;b&gt;AWS&lt;/b&gt; licenciements &lt;a href=\"javascript:alert(1)\"&gt;clic&lt;/a&gt;",
     "guid": "telegram", "description": "&lt;tg-spoiler&gt;secret&lt;/tg-spoiler&gt; AWS licenciements &amp;amp; co"},
    {"title": "AWS licenciements: 3 &lt; 5 &amp;&amp; 7 &gt; 2", "guid": "operators",
     "description": "<![CDATA[<p>AWS licenciements <b>non fermé <i>& < > \" ' <a href='x]]>"},
    {"title": "AWS licenciements <![CDATA[</b></a><pre>]]>", "guid": "cdata",
     "description": "<![CDATA[<div><script>document.write('AWS')</script>licenciements</div>]]>"},
]


def config_files(directory, feed_url: str, keywords: str) -> None:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text(f'[[feed]]\nname = "Flux <b>"\nurl = "{feed_url}"\n')
    (directory / "keywords.toml").write_text(keywords)


async def test_feed_markup_reaches_telegram_as_text(tmp_path):
    db = open_database(tmp_path / "veille.db")
    with FakeBotAPI() as api, FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([])))
        config = tmp_path / "config"
        config_files(config, feeds.url("/rss"),
                     f"[[watch]]\nname = '{WATCH_NAME}'\nquery = 'licenciements AWS'\nchats = [{CHAT}]\n")
        sync_database(db, load_config(config), utcnow())
        items = [{**item, "link": f"https://example.fr/{item['guid']}?a=1&b=<2>"} for item in HOSTILE]
        async with Fetcher() as fetcher, Bot(api.token, base_url=f"{api.url}/bot") as bot:
            pipeline = Pipeline(db, fetcher, MatcherCache(db, utcnow))
            (feed,) = list_feeds(db)
            assert (await pipeline.poll(feed.id)).status == "updated"  # empty backlog
            feeds.publish("/rss", rss(items))
            outcome = await pipeline.poll(feed.id)
            assert len(outcome.alert_ids) == len(HOSTILE), outcome
            await drain(Deliverer(db, TelegramSender(bot), ConsoleSender(io.StringIO()), limits=FAST), db)
        sent = api.sent(CHAT)
    assert len(sent) == len(HOSTILE)
    # Accepted as HTML the first time: nothing was refused and resent as plain text.
    assert [c.status for c in api.calls_to("sendMessage")] == [200] * len(HOSTILE)
    assert db.execute("SELECT count(*) FROM outbox WHERE status = 'sent' AND reason IS NULL").fetchone()[0] == 4
    stored = {guid: (title, link) for guid, title, link in db.execute("SELECT guid, title, link FROM entries")}
    for call in sent:
        assert call.params["parse_mode"] == "HTML"
        visible = parse_html(call.text)  # what the reader sees
        title = visible.splitlines()[0]
        guid = next(g for g, (t, _) in stored.items() if t == title)
        assert WATCH_NAME[:30] in visible and "Flux <b>" in visible
        # The only markup is Veille's own: bold matches, one link (the entry's), nothing from the feed.
        tags = set(re.findall(r"<([a-z-]+)", call.text))
        assert tags <= {"b", "a", "i"}, tags
        assert call.text.count("<a ") == 1 and 'href="javascript' not in call.text
        assert "<script" not in call.text and "<tg-spoiler" not in call.text
        link = re.search(r'<a href="([^"]*)"', call.text).group(1)
        assert link.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") == stored[guid][1]
    # feedparser keeps this title as literal text: it reaches the reader as those characters, inert.
    assert any(parse_html(c.text).startswith("<script>alert('x')</script> AWS") for c in sent)
    assert any("3 < 5 && 7 > 2" in parse_html(c.text) for c in sent)
    db.conn.close()


# --- hostile queries: refused at once, with what and where -----------------------------------

HOSTILE_QUERIES = {
    "10,000 characters": "a" * 10_000,
    "deep nesting": "(" * 400 + "AWS" + ")" * 400,
    "deep nesting, short": "(" * (MAX_DEPTH + 1) + "AWS" + ")" * (MAX_DEPTH + 1),
    "thousands of ORs": " OR ".join(f"mot{i}" for i in range(3000)),
    "many ORs, short": " OR ".join(f"m{i}" for i in range(MAX_TERMS + 1)),
    "deep negation": "NOT " * 40 + "AWS",
}


@pytest.fixture
def cli_files(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([{"title": "AWS licenciements", "guid": "1", "link": "https://example.fr/1"}]))
    return feed, tmp_path / "veille.db"


@pytest.mark.parametrize("name", list(HOSTILE_QUERIES))
@pytest.mark.parametrize("command", ["test", "search"])
def test_hostile_query_is_refused_quickly_with_a_clear_message(cli_files, capsys, name, command):
    feed, db = cli_files
    args = ["--config", str(feed.parent / "no-config"), "--db", str(db), command, HOSTILE_QUERIES[name]]
    if command == "test":
        args += ["--feed", str(feed)]
    start = time.monotonic()
    code = main(args)
    took = time.monotonic() - start
    err = capsys.readouterr().err
    assert code == 2 and took < 1.0
    assert re.search(rf"veille {command}: Query refused: .+ \(column \d+\)\.", err), err
    assert len(err) < 300  # the message, not the query echoed back


def test_the_largest_accepted_query_matches_quickly():
    """Limits bound a query's cost: the biggest allowed one never slows matching for others."""
    widest = " OR ".join(f"mot{i}*" for i in range(MAX_TERMS))[:500]
    deepest = "(" * (MAX_DEPTH - 2) + "AWS -Azure" + ")" * (MAX_DEPTH - 2)  # the exclusion is a level too
    text = " ".join(["licenciements chez AWS, mot3 et mot42"] * 600)  # ~23 KB article
    document = analyse("AWS", text)
    for query_text in (widest, deepest):
        query = parse_query(query_text)
        start = time.monotonic()
        for _ in range(20):
            assert query.match(document) is not None
        assert (time.monotonic() - start) / 20 < 0.05


# --- config edits while running: reported with file and line, last good config kept ----------

async def test_broken_config_edit_is_reported_and_the_running_monitor_keeps_the_last_good(tmp_path, caplog, capsys):
    old = {"title": "Archives", "guid": "old", "link": "https://example.fr/old"}
    fresh = {"title": "AWS: licenciements en France", "guid": "new", "link": "https://example.fr/new",
             "description": "Amazon Web Services."}
    good = '[[watch]]\nname = "aws"\nquery = "licenciements AWS"\n'
    broken = ('[[watch]]\nname = "aws"\nquery = "licenciements AWS"\ncolour = "red"\n\n'
              '[[watch]]\nname = "cloud"\nquery = "cloud OR"\n')
    db = open_database(tmp_path / "veille.db")
    config = tmp_path / "config"
    with FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([old])))
        config_files(config, feeds.url("/rss"), good)
        current = load_config(config)
        async with Fetcher() as fetcher:
            matchers = MatcherCache(db, utcnow)
            pipeline = Pipeline(db, fetcher, matchers)
            poller = Poller(pipeline, Deliverer(db, console=ConsoleSender(io.StringIO())))
            applier = ConfigApplier(db, LiveConfig(current), matchers, None, utcnow)
            applier.apply(current)  # as `run` does at start
            watcher = ConfigWatcher(config, on_change=applier.apply, on_error=_report_problems, interval=0.05,
                                    current=current)
            await watcher.check()  # the baseline
            (config / "keywords.toml").write_text(broken)
            with caplog.at_level(logging.WARNING):
                await watcher.check()
            report = caplog.text
            assert re.search(r"keywords\.toml:4\b.*colour", report), report
            assert re.search(r"keywords\.toml:8\b.*OR", report), report
            assert "the last good one stays in force" in report

            # `check-config` says the same, and exits 1.
            assert main(["--config", str(config), "check-config"]) == 1
            out = capsys.readouterr().out
            assert "keywords.toml:4" in out and "keywords.toml:8" in out

            # The running monitor still matches with the last good watches.
            feed_id = list_feeds(db)[0].id
            await poller.poll(feed_id)
            feeds.publish("/rss", rss([fresh, old]))
            outcome = await pipeline.poll(feed_id)
            assert len(outcome.alert_ids) == 1
            watches = db.execute("SELECT name, query, active FROM watches ORDER BY id").fetchall()
            assert watches == [("aws", "licenciements AWS", 1)]

            # Fixed: the edit applies.
            (config / "keywords.toml").write_text(good + '\n[[watch]]\nname = "cloud"\nquery = "cloud"\n')
            await watcher.check()
            names = [n for (n,) in db.execute("SELECT name FROM watches WHERE active = 1 ORDER BY id")]
            assert names == ["aws", "cloud"]
    db.conn.close()


async def test_every_poll_of_a_chat_feed_keeps_the_public_only_trust(tmp_path):
    """Issue 10: a feed added in chat passed the guard when added; on every later poll it still
    never reaches a private address, while the operator's feeds may (redirects and names that
    resolve to loopback: tests/test_fetch_trust.py)."""
    db = open_database(tmp_path / "veille.db")
    with FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([{"title": "Intranet", "guid": "1", "link": "https://intra.example/1"}])))
        feeds.set("/moved", Route(status=302, headers={"Location": feeds.url("/rss")}, validators=False))
        sync_config_feeds(db, [("Intranet", feeds.url("/rss"), None)], utcnow())  # the operator's
        chat_feed = add_feed(db, "Redirigé", feeds.url("/moved"), 1001, utcnow())  # as /addfeed stores it
        operator = next(f for f in list_feeds(db) if f.config_url)
        async with Fetcher() as fetcher:
            pipeline = Pipeline(db, fetcher, MatcherCache(db, utcnow))
            assert (await pipeline.poll(operator.id)).status == "updated"
            requests = len(feeds.requests)
            refused = await pipeline.poll(chat_feed.id)
            assert refused.status == "failed" and "private address" in refused.error
            assert len(feeds.requests) == requests  # not even the first hop went out
            allowed = Pipeline(db, fetcher, MatcherCache(db, utcnow), chat_feeds_private_ok=lambda: True)
            assert (await allowed.poll(chat_feed.id)).status == "updated"  # `[fetch] allow_private = true`
    db.conn.close()
