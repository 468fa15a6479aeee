"""Issue 5, crashes and outages: the real `python bot.py run` killed, stopped and cut off.

SLOW: these tests run the real process (a few seconds each, about 40 s in all): feeds from a
real HTTP server, alerts to the fake Bot API in this process, a real SQLite file. SIGKILL at
random (seeded) moments while polling and while delivering loses nothing and sends at most one
duplicate per crash; SIGTERM exits 0 promptly with undelivered alerts still pending; an
unreachable or refusing Bot API neither kills the monitor nor leaks the token.
"""
from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.runtime.once import poll_cycle
from tests.fakebotapi import FakeBotAPI, parse_html
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import days_ago

ROOT = Path(__file__).resolve().parents[1]
CHAT = 5151
FEEDS = ("a", "b", "c")
TOKEN = FakeBotAPI.token  # "4242:TEST-token": grepped for in every output


def backlog(feed: str) -> dict[str, str]:
    return {"title": f"Archives {feed}", "link": f"https://example.fr/{feed}/old", "guid": f"{feed}-old",
            "description": "Rien à signaler.", "pubDate": days_ago(4)}


def news(feed: str, n: int) -> dict[str, str]:
    """A new article the watch `licenciements AWS` matches, each its own event (its own number
    of jobs: story grouping never takes two of them for one story)."""
    jobs = 300 * (FEEDS.index(feed) + 1 if feed in FEEDS else 9) + n + 11  # no year (1990-2100): those tell no event
    return {"title": f"AWS: licenciements {feed}{n}, {jobs} postes", "link": f"https://example.fr/{feed}/{n}",
            "guid": f"{feed}-{n}", "description": f"Amazon Web Services supprime {jobs} postes.",
            "pubDate": days_ago(0.01)}


def write_config(directory: Path, server: FeedServer, feeds=FEEDS, interval: str = "10s") -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text("".join(
        # No article pages: their links point away from loopback, and a test never reaches the internet.
        f'[[feed]]\nname = "{f}"\nurl = "{server.url("/" + f)}"\ninterval = "{interval}"\nfulltext = "never"\n\n'
        for f in feeds))
    (directory / "keywords.toml").write_text(
        f'[[watch]]\nname = "licenciements AWS"\nquery = "licenciements AWS"\nchats = [{CHAT}]\n')
    return directory


def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not _holds(predicate):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def _holds(predicate) -> bool:
    try:
        return bool(predicate())
    except sqlite3.OperationalError:  # the process is still creating the schema
        return False


def query(db: Path, sql: str, params=()) -> list[tuple]:
    """A short read from the test, beside the running process (WAL lets both work)."""
    conn = sqlite3.connect(db, timeout=10, isolation_level=None)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


class Veille:
    """The real `python bot.py --config DIR --db FILE run`, restartable; output kept in a file."""

    def __init__(self, tmp_path: Path, config: Path, api_url: str, token: str = TOKEN) -> None:
        self.db = tmp_path / "veille.db"
        self.log = tmp_path / "veille.log"
        self.config = config
        self.env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": api_url,
                    "PYTHONUNBUFFERED": "1"}
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "bot.py", "--config", str(self.config), "--db", str(self.db), "run"],
                cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT)

    def kill(self) -> None:
        assert self.process is not None and self.process.poll() is None, "it died on its own"
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def terminate(self) -> tuple[int, float]:
        """SIGTERM; (exit code, seconds it took)."""
        assert self.process is not None and self.process.poll() is None, "it died on its own"
        start = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(20)
        return code, time.monotonic() - start

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop_if_running(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


@pytest.fixture
def servers():
    with FakeBotAPI() as api, FeedServer() as feeds:
        yield api, feeds


def delivered_titles(api: FakeBotAPI) -> list[str]:
    return [parse_html(call.text).splitlines()[0] for call in api.sent(CHAT)]


def assert_database_sound(db: Path) -> None:
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    # Every hit has its alert and every alert its hit: written in one transaction.
    assert query(db, "SELECT count(*) FROM hits")[0] == query(db, "SELECT count(*) FROM outbox")[0]


@pytest.mark.timeout(120)
def test_sigkill_while_polling_and_delivering_loses_nothing(tmp_path, servers):
    api, feeds = servers
    rng = random.Random(20261127)
    for feed in FEEDS:  # a little latency so that a kill can land inside a fetch
        feeds.set(f"/{feed}", Route(body=rss([backlog(feed)]), delay=0.1))
    veille = Veille(tmp_path, write_config(tmp_path / "config", feeds), api.url)
    published: list[str] = []
    kills = []
    try:
        veille.start()
        wait_until(lambda: veille.db.exists() and query(veille.db, "SELECT count(*) FROM feeds WHERE backlog_done")
                   == [(len(FEEDS),)], 20, "the backlog of every feed")
        for round_ in range(4):
            for feed in FEEDS:  # each feed gains one article; earlier ones stay in the feed, as on a real site
                items = [news(feed, n) for n in range(round_, -1, -1)]
                feeds.publish(f"/{feed}", rss([*items, backlog(feed)]))
                published.append(items[0]["title"])
            if round_ % 2 == 0:  # during polling: once a fetch has begun, somewhere in fetch/parse/store
                seen = sum(len(feeds.requests_to(f"/{f}")) for f in FEEDS)
                wait_until(lambda: sum(len(feeds.requests_to(f"/{f}")) for f in FEEDS) > seen, 20, "a poll")
                time.sleep(rng.uniform(0.0, 0.2))
                kills.append("polling")
            else:  # during delivery: right after Telegram accepted a message, maybe before it is marked sent
                sent = len(api.sent(CHAT))
                wait_until(lambda: len(api.sent(CHAT)) > sent, 25, "a delivery")
                time.sleep(rng.uniform(0.0, 0.01))
                kills.append("delivery")
            veille.kill()
            veille.start()
        try:
            wait_until(lambda: set(published) <= set(delivered_titles(api)), 40, "every alert delivered")
        except AssertionError:
            print(query(veille.db, "SELECT * FROM outbox"), query(veille.db, "SELECT id, guid, title FROM entries"),
                  query(veille.db, "SELECT * FROM feeds"), published, delivered_titles(api), veille.output()[-6000:])
            raise
        wait_until(lambda: query(veille.db, "SELECT count(*) FROM outbox WHERE status != 'sent'") == [(0,)], 10,
                   "every outbox row marked sent")
        code, took = veille.terminate()
    finally:
        veille.stop_if_running()
    assert code == 0 and took < 10
    titles = Counter(delivered_titles(api))
    assert set(titles) == set(published)  # every hit delivered, no backlog alerted
    duplicates = sum(count - 1 for count in titles.values())
    assert duplicates <= len(kills), titles  # at most the message in flight, once per crash
    rows = query(veille.db, "SELECT status, count(*) FROM outbox GROUP BY status")
    assert rows == [("sent", len(published))]
    assert query(veille.db, "SELECT count(*) FROM entries") == [(len(published) + len(FEEDS),)]
    assert_database_sound(veille.db)
    assert TOKEN not in veille.output()


def seed_backlog(config: Path, db: Path, feeds: FeedServer, delays: dict[str, float]) -> None:
    """Store every feed's backlog (as `poll --once` does, in this process), publish news, make them due."""
    for feed in FEEDS:
        feeds.set(f"/{feed}", Route(body=rss([backlog(feed)])))
    asyncio.run(poll_cycle(load_config(config), db, console=open(os.devnull, "w")))
    for feed in FEEDS:
        feeds.set(f"/{feed}", Route(body=rss([news(feed, 1), backlog(feed)]), delay=delays.get(feed, 0.0),
                                    last_modified=time.time() + 1))  # a new Last-Modified, as on publishing
    query(db, "UPDATE feeds SET next_poll = '2000-01-01T00:00:00+00:00'")


@pytest.mark.timeout(60)
def test_sigterm_finishes_the_poll_in_flight_and_leaves_undelivered_alerts_pending(tmp_path, servers):
    api, feeds = servers
    config = write_config(tmp_path / "config", feeds)
    veille = Veille(tmp_path, config, api.url)
    seed_backlog(config, veille.db, feeds, delays={"c": 6.0})  # c's poll is still running at SIGTERM
    api.fail("sendMessage", 502, times=1000)  # Telegram answers 502: alerts wait, with backoff

    def alerts() -> list[tuple[str, int]]:
        return query(veille.db, "SELECT e.guid, o.attempts FROM outbox o JOIN entries e ON e.id = o.entry_id"
                     " ORDER BY o.id")

    def a_and_b_wait() -> bool:  # both queued; the chat's first one tried and deferred (in order per chat)
        rows = alerts()
        return {"a-1", "b-1"} <= {guid for guid, _ in rows} and rows[0][1] > 0

    try:
        veille.start()
        wait_until(a_and_b_wait, 20, "a and b queued, the first tried and deferred")
        wait_until(lambda: len(feeds.requests_to("/c")) == 2, 10, "c's poll under way")  # (1: the seeding)
        assert not query(veille.db, "SELECT 1 FROM entries WHERE guid = 'c-1'")  # still in flight
        code, took = veille.terminate()
    finally:
        veille.stop_if_running()
    output = veille.output()
    assert code == 0 and took < 9, output[-2000:]
    assert "stopped cleanly" in output
    # The poll in flight was finished (c's news stored with its alert), nothing was sent or dropped.
    rows = query(veille.db, "SELECT e.guid, o.status, o.last_error FROM outbox o JOIN entries e ON e.id = o.entry_id"
                 " ORDER BY e.guid")
    assert [(guid, status) for guid, status, _ in rows] == [("a-1", "pending"), ("b-1", "pending"),
                                                           ("c-1", "pending")]
    assert any("Bad Gateway" in (error or "") for *_, error in rows)  # tried, deferred, kept
    assert api.sent(CHAT) == []
    assert_database_sound(veille.db)
    assert TOKEN not in output


@pytest.mark.timeout(60)
def test_bot_api_down_at_start_is_waited_out_then_alerts_go(tmp_path, servers):
    api, feeds = servers
    config = write_config(tmp_path / "config", feeds)
    veille = Veille(tmp_path, config, api.url)
    seed_backlog(config, veille.db, feeds, delays={})
    api.go_down()  # connection refused
    try:
        veille.start()
        wait_until(lambda: "Telegram Bot API unreachable" in veille.output(), 15, "the outage reported")
        assert veille.process.poll() is None  # still running, waiting
        # Polling does not wait for Telegram: the news is stored and its alerts queued meanwhile.
        wait_until(lambda: query(veille.db, "SELECT count(*) FROM outbox WHERE status = 'pending'")
                   == [(len(FEEDS),)], 20, "the alerts queued during the outage")
        assert api.sent(CHAT) == []
        api.come_up()
        wait_until(lambda: len(api.sent(CHAT)) == len(FEEDS), 20, "the alerts after recovery")
        code, _ = veille.terminate()
    finally:
        veille.stop_if_running()
    assert code == 0
    assert sorted(delivered_titles(api)) == sorted(news(f, 1)["title"] for f in FEEDS)
    assert TOKEN not in veille.output()


@pytest.mark.timeout(60)
def test_a_refused_token_exits_with_one_clear_line_and_never_prints_it(tmp_path, servers):
    api, feeds = servers
    config = write_config(tmp_path / "config", feeds)
    api.fail("getMe", 401, "Unauthorized", times=10)  # a revoked token
    veille = Veille(tmp_path, config, api.url)
    try:
        veille.start()
        code = veille.process.wait(20)
    finally:
        veille.stop_if_running()
    output = veille.output()
    assert code == 2
    assert "refused TELEGRAM_BOT_TOKEN" in output and "Traceback" not in output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
