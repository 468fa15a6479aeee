"""Issue 5, feeds: hostile feeds fail alone, through the real pipeline, runner and database.

One cycle polls good feeds and every kind of hostile feed side by side (real HTTP servers on
127.0.0.1, a real SQLite file): each hostile feed gets a readable error and a next poll in the
future, backing off on repeated failure; the good feeds are stored and alerted on time; memory
stays bounded; a local file named by an external entity never reaches the database or an alert.
Also `veille health` (issue 5, operations).
"""
from __future__ import annotations

import asyncio
import io
import json
import re
import subprocess
import sys
import time
import tracemalloc
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from monitor.decide.cadence import JITTER_SPREAD
from monitor.cli.main import main
from monitor.deliver import ConsoleSender, Deliverer
from monitor.ingest.fetch import FetchLimits, Fetcher
from monitor.match.matcher import MatcherCache
from monitor.pipeline.poll import Pipeline, PollOutcome
from monitor.store import open_database
from monitor.store.feeds import get_feed, list_feeds, sync_config_feeds
from monitor.times import from_iso, to_iso
from monitor.store.subscriptions import ensure_chat, set_digest
from monitor.store.watches import sync_config_watches
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import T0, Clock, Disk, billion_laughs, can_mount, tmpfs, xxe_documents

ROOT = Path(__file__).resolve().parents[1]
LIMITS = FetchLimits(connect_timeout=1.0, read_timeout=1.0, deadline=1.0, max_bytes=256 * 1024)
SECRET = "VEILLE-SECRET-7f3a9c"
BACKLOG = {"title": "Une région cloud de plus à Paris", "link": "https://example.fr/region", "guid": "old",
           "description": "Rien de neuf.", "pubDate": "Mon, 23 Nov 2026 08:00:00 +0000"}


def backlog(feed: str) -> dict[str, str]:
    """An old article of one feed (distinct per feed: the good feeds share a site)."""
    return {**BACKLOG, "title": f"{BACKLOG['title']} ({feed})", "link": f"{BACKLOG['link']}/{feed}", "guid": feed}


def news(feed: str, n: int = 1) -> dict[str, str]:
    """A new article that the watch `licenciements AWS` matches."""
    return {"title": f"AWS annonce des licenciements ({feed} {n})", "link": f"https://example.fr/{feed}/{n}",
            "guid": f"{feed}-{n}", "description": "Amazon Web Services réduit ses équipes françaises.",
            "pubDate": "Fri, 27 Nov 2026 08:00:00 +0000"}


def gzip_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    """`size` zero bytes gzip-compressed (~64 KB on the wire), built without holding them."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * (1024 * 1024)
    return b"".join(packer.compress(chunk) for _ in range(size // len(chunk))) + packer.flush()


def latin1_feed(feed: str, items: list[dict[str, str]]) -> bytes:
    return rss(items, title="Flux é").decode().replace('encoding="utf-8"', 'encoding="iso-8859-1"').encode("latin-1")


# name -> (route, expected last_error); hostile feeds all live on one server, the good ones on another.
def hostile_routes(server: FeedServer, secret: Path) -> dict[str, tuple[Route, str | None]]:
    plain = {"validators": False}
    docs = xxe_documents(secret)
    return {
        "timeout": (Route(body=rss([BACKLOG]), delay=3.0, **plain), r"timed out"),
        "drip": (Route(body=rss([BACKLOG] * 20), drip=0.05, **plain), r"timed out after 1 s"),
        "5xx": (Route(status=500, body=b"oops", **plain), r"HTTP 500 Internal Server Error"),
        "404": (Route(status=404, body=b"nope", **plain), r"HTTP 404 Not Found"),
        "410": (Route(status=410, body=b"gone", **plain), r"410 Gone"),
        "loop": (Route(status=302, headers={"Location": server.url("/loop-b")}, **plain), r"redirect loop"),
        "429": (Route(status=429, headers={"Retry-After": "3600"}, **plain), r"HTTP 429 .*retry after 3600 s"),
        "invalid": (Route(body=b"\x00\x01<<<garbage", **plain), r"not a feed"),
        "html": (Route(body=b"<!DOCTYPE html><html><body><p>Accueil</p></body></html>",
                       content_type="text/html; charset=utf-8", **plain), r"HTML page"),
        "empty": (Route(body=b"", **plain), r"empty"),
        "big": (Route(body=b"x" * (LIMITS.max_bytes + 1), **plain), r"body larger than 256 KiB"),
        "bomb": (Route(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}, **plain), r"body larger than 256 KiB"),
        # Neutralised rather than refused: parsed without expanding or reading anything.
        "laughs": (Route(body=billion_laughs(oneline=False).encode(), **plain), None),
        "xxe": (Route(body=docs["multiline"].encode(), **plain), None),
        "xxe-parameter": (Route(body=docs["parameter"].encode(), **plain), None),
        "xxe-dtd": (Route(body=docs["external-dtd"].encode(), **plain), None),
    }


# Each a real-world quirk that must still be read right: ISO-8859-1 declared in the XML, the
# same body under a server header that says UTF-8, a UTF-8 BOM, broken XML after good items.
GOOD = ("utf8", "latin1", "wrong-charset", "bom", "recoverable")


def good_route(feed: str, items: list[dict[str, str]]) -> Route:
    charset = "iso-8859-1" if feed == "latin1" else "utf-8"
    return Route(body=good_body(feed, items), content_type=f"application/rss+xml; charset={charset}")


def good_body(feed: str, items: list[dict[str, str]]) -> bytes:
    if feed in ("latin1", "wrong-charset"):
        return latin1_feed(feed, items)
    if feed == "bom":
        return b"\xef\xbb\xbf" + rss(items)
    if feed == "recoverable":  # broken XML after the items: kept, flagged malformed
        return rss(items).replace(b"</channel></rss>", b"<item><title>broken<guid>x</guid></item>")
    return rss(items)


def dump(db) -> str:
    """Every row of every table (FTS shadow tables included), as text."""
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return "\n".join(repr(db.execute(f'SELECT * FROM "{name}"').fetchall()) for name in tables)


async def timed_cycle(pipeline: Pipeline, feed_ids: dict[str, int]) -> tuple[dict[str, PollOutcome], dict[str, float]]:
    """Poll every feed concurrently; when each finished, in seconds from the start."""
    start = time.monotonic()
    done: dict[str, float] = {}

    async def one(name: str) -> PollOutcome:
        outcome = await pipeline.poll(feed_ids[name])
        done[name] = time.monotonic() - start
        return outcome

    names = list(feed_ids)
    outcomes = await asyncio.gather(*(one(name) for name in names))
    return dict(zip(names, outcomes)), done


@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n")
    return path


async def test_hostile_feeds_fail_alone_and_good_feeds_are_stored_and_alerted(tmp_path, secret, caplog):
    db = open_database(tmp_path / "veille.db")
    clock = Clock(T0)
    with FeedServer() as good, FeedServer() as bad:
        hostile = hostile_routes(bad, secret)
        for name, (route, _) in hostile.items():
            bad.set(f"/{name}", route)
        bad.set("/loop-b", Route(status=302, headers={"Location": bad.url("/loop")}, validators=False))
        for name in GOOD:
            good.set(f"/{name}", good_route(name, [backlog(name)]))
        feeds = [(name, good.url(f"/{name}"), None) for name in GOOD]
        feeds += [(name, bad.url(f"/{name}"), None) for name in hostile]
        sync_config_feeds(db, feeds, T0)
        sync_config_watches(db, [("licenciements AWS", "licenciements AWS", ())], T0)
        ids = {row.name: row.id for row in list_feeds(db)}
        async with Fetcher(LIMITS) as fetcher:
            pipeline = Pipeline(db, fetcher, MatcherCache(db, clock), clock=clock)

            # Cycle 1: the good feeds' backlog is stored; every hostile feed fails alone.
            tracemalloc.start()
            try:
                outcomes, done = await timed_cycle(pipeline, ids)
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert peak < 32 * 1024 * 1024  # the bomb alone would inflate to 64 MB
            for name in GOOD:
                new = 2 if name == "recoverable" else 1  # its broken last item is recovered too
                assert outcomes[name].status == "updated" and outcomes[name].new == new, outcomes[name]
                assert done[name] < 0.9  # not held up by the slow ones (deadline 1 s, delay 3 s)
            assert max(done["timeout"], done["drip"]) >= LIMITS.deadline  # they were slow indeed
            first_delay = {}
            for name, (_, error) in hostile.items():
                row = get_feed(db, ids[name])
                if error is None:
                    continue
                assert outcomes[name].status == "failed"
                assert re.search(error, row.last_error), (name, row.last_error)
                assert row.consecutive_failures == 1 and row.error_since == to_iso(T0)
                first_delay[name] = (from_iso(row.next_poll) - T0).total_seconds()
                assert first_delay[name] > 0, name
            assert first_delay["429"] >= 3600  # Retry-After honoured
            gone = get_feed(db, ids["410"])
            assert "410" in gone.disabled_reason and outcomes["410"].next_poll is None
            assert "mismatched tag" in get_feed(db, ids["recoverable"]).malformed  # kept, and says why
            assert "declared as utf-8" in get_feed(db, ids["wrong-charset"]).malformed
            assert get_feed(db, ids["latin1"]).malformed is None

            # Cycle 2, a day later: news in every good feed; the hostile ones back off further.
            clock.now = T1 = T0 + timedelta(days=1)
            for name in GOOD:
                good.set(f"/{name}", good_route(name, [news(name), backlog(name)]))
            outcomes, done = await timed_cycle(pipeline, ids)
            assert outcomes["410"].status == "disabled"  # not polled again
            assert len(bad.requests_to("/410")) == 1
            for name in GOOD:
                assert outcomes[name].status == "updated" and len(outcomes[name].alert_ids) == 1, name
                assert done[name] < 0.9
            for name, delay in first_delay.items():
                if name == "410":
                    continue
                row = get_feed(db, ids[name])
                assert row.consecutive_failures == 2 and row.error_since == to_iso(T0)
                if name == "429":  # Retry-After honoured again
                    assert (from_iso(row.next_poll) - T1).total_seconds() >= 3600
                else:  # exponential: twice the first delay, give or take the 10 % jitter
                    second = (from_iso(row.next_poll) - T1).total_seconds()
                    assert 2 * delay / (1 + JITTER_SPREAD) <= second <= 2 * delay * (1 + JITTER_SPREAD), name

            # Logs: one line per feed and distinct error, naming the feed; a repeated error is not repeated.
            for name in first_delay:
                lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith(f"feed {ids[name]} ({name}) ")]
                assert len(lines) == 1 and "\n" not in lines[0], (name, lines)

            # Recovery: the 5xx feed serves a feed again; its error clears.
            bad.set("/5xx", Route(body=rss([BACKLOG])))
            clock.now = T1 + timedelta(days=1)
            assert (await pipeline.poll(ids["5xx"])).status == "updated"
            row = next(f for f in list_feeds(db) if f.id == ids["5xx"])  # the listing counts entries
            assert (row.last_error, row.error_since, row.consecutive_failures, row.entries) == (None, None, 0, 1)

    # The alerts are the good feeds' news, and nothing of the secret or the entity bomb.
    out = io.StringIO()
    report = await Deliverer(db, console=ConsoleSender(out)).run_once(clock.now)
    assert report.sent == len(GOOD)
    printed = out.getvalue()
    for name in GOOD:
        assert news(name)["link"] in printed
    everything = dump(db)
    assert "7f3a9c" not in everything.lower() and "7f3a9c" not in printed.lower()
    assert "lollol" not in everything
    titles = [t for (t,) in db.execute("SELECT title FROM entries").fetchall()]
    assert f"{backlog('latin1')['title']}" in titles and f"{backlog('wrong-charset')['title']}" in titles
    assert not any("Ã" in t for t in titles)
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("veille.db*"))
    assert b"7f3a9c" not in raw.lower()
    db.conn.close()


def test_poll_once_survives_hostile_feeds_and_reports_each(tmp_path, secret):
    """The real `python bot.py poll --once`: exit 0, each failure named, the good news printed."""
    config = tmp_path / "config"
    config.mkdir()
    with FeedServer() as server:
        server.set("/good", Route(body=rss([BACKLOG])))
        server.set("/5xx", Route(status=503, headers={"Retry-After": "120"}, validators=False))
        server.set("/bomb", Route(body=gzip_bomb(), headers={"Content-Encoding": "gzip"}, validators=False))
        server.set("/xxe", Route(body=xxe_documents(secret)["oneline"].encode(), validators=False))
        server.set("/slow", Route(body=rss([BACKLOG]), delay=4.0, validators=False))
        names = ("good", "5xx", "bomb", "xxe", "slow")
        (config / "feeds.toml").write_text(
            "".join(f'[[feed]]\nname = "{n}"\nurl = "{server.url("/" + n)}"\n\n' for n in names)
            + '[fetch]\ntimeout = "1s"\nmax_body_mb = 0.25\n')
        (config / "keywords.toml").write_text('[[watch]]\nname = "aws"\nquery = "licenciements AWS"\n')

        def poll_once() -> subprocess.CompletedProcess:
            return subprocess.run(
                [sys.executable, "bot.py", "--config", str(config), "--db", str(tmp_path / "v.db"), "poll", "--once",
                 "--json"], cwd=ROOT, capture_output=True, text=True, timeout=30)

        first = poll_once()
        assert first.returncode == 4, first.stderr  # some feeds failed
        assert "5 feed(s) polled, 3 failed" in first.stderr
        for error in ("HTTP 503 Service Unavailable (retry after 120 s)", "body larger than 256 KiB",
                      "timed out after 1 s"):
            assert error in first.stderr
        server.publish("/good", rss([news("good"), BACKLOG]))
        second = poll_once()
        assert second.returncode == 4, second.stderr  # the hostile feeds fail again
        alerts = json.loads(second.stdout)  # stdout is the JSON alone
        assert [a["title"] for a in alerts] == [news("good")["title"]]
        assert SECRET not in first.stdout + first.stderr + second.stdout + second.stderr


# --- veille health (issue 5, operations) ---------------------------------------------------

def health(tmp_path, capsys) -> tuple[int, dict]:
    code = main(["--db", str(tmp_path / "veille.db"), "health", "--json"])
    return code, json.loads(capsys.readouterr().out)


def seed_pending(db, chat_id: int, created: datetime, next_attempt: datetime | None = None) -> None:
    """One feed, entry and pending outbox row, written with past timestamps."""
    stamp = to_iso(created)
    sync_config_feeds(db, [("F", "https://f.example/rss", None)], created)
    db.execute("UPDATE feeds SET next_poll = ?", [to_iso(datetime.now(timezone.utc) + timedelta(minutes=5))])
    entry = db.execute(
        "INSERT INTO entries (feed_id, story_id, guid, link, title, text, published, first_seen, content_hash,"
        " title_key) VALUES (1, 0, ?, 'https://f.example/a', 't', 'x', ?, ?, 'h', 't')",
        [f"g{chat_id}{stamp}", stamp, stamp]).lastrowid
    db.execute("INSERT INTO outbox (chat_id, story_id, entry_id, watch_ids, created, next_attempt)"
               " VALUES (?, ?, ?, '[]', ?, ?)",
               [chat_id, entry, entry, stamp, to_iso(next_attempt) if next_attempt else None])


def test_health_fresh_database_is_healthy(tmp_path, capsys):
    open_database(tmp_path / "veille.db").conn.close()  # health never creates one (issue 10)
    code, report = health(tmp_path, capsys)
    assert code == 0 and report["healthy"] and report["enabled_feeds"] == 0


@pytest.mark.parametrize("late_minutes, code", [(-5, 0), (10, 0), (20, 1)])
def test_health_overdue_feed(tmp_path, capsys, late_minutes, code):
    db = open_database(tmp_path / "veille.db")
    now = datetime.now(timezone.utc)
    sync_config_feeds(db, [("A", "https://a.example/rss", None), ("B", "https://b.example/rss", None)], now)
    db.execute("UPDATE feeds SET next_poll = ?", [to_iso(now - timedelta(minutes=late_minutes))])
    # A disabled feed is never overdue, however old its next poll.
    db.execute("UPDATE feeds SET next_poll = ?, disabled_reason = '410 Gone' WHERE name = 'B'",
               [to_iso(now - timedelta(days=3))])
    result, report = health(tmp_path, capsys)
    assert (result, report["overdue_feeds"], report["enabled_feeds"]) == (code, code, 1)


@pytest.mark.parametrize("age_minutes, retry_in_minutes, code", [
    (5, None, 0),  # pending, but young
    (20, None, 1),  # due for 20 minutes and still not sent: delivery is stuck
    (20, 10, 0),  # waiting out a retry_after / backoff: not stuck
    (40, -20, 1),  # its retry came due 20 minutes ago
])
def test_health_stuck_alert(tmp_path, capsys, age_minutes, retry_in_minutes, code):
    db = open_database(tmp_path / "veille.db")
    now = datetime.now(timezone.utc)
    retry = None if retry_in_minutes is None else now + timedelta(minutes=retry_in_minutes)
    seed_pending(db, 77, now - timedelta(minutes=age_minutes), retry)
    result, report = health(tmp_path, capsys)
    assert (result, report["stuck_alerts"], report["polling_ok"]) == (code, code, True)


def test_health_ignores_alerts_held_for_a_daily_digest(tmp_path, capsys):
    db = open_database(tmp_path / "veille.db")
    now = datetime.now(timezone.utc)
    ensure_chat(db, 77, "private", "fr", now - timedelta(days=2))
    set_digest(db, 77, 8)
    seed_pending(db, 77, now - timedelta(hours=5))
    assert health(tmp_path, capsys)[0] == 0
    seed_pending(db, 77, now - timedelta(days=2))  # a digest that has not gone for two days is stuck
    assert health(tmp_path, capsys)[0] == 1


@pytest.mark.parametrize("failing, minutes, polls, code, status", [
    (("A", "B"), 45, 5, 5, "degraded"),  # the network is gone: every feed failing for 45 min
    (("A",), 45, 5, 0, "ok"),  # one feed down is that feed's problem (`feeds` shows it)
    (("A", "B"), 10, 5, 0, "ok"),  # a passing outage: not yet
    (("A", "B"), 45, 1, 0, "ok"),  # one failed poll each, long ago: not yet a pattern
])
def test_health_says_degraded_when_every_feed_has_failed_for_a_while(tmp_path, capsys, failing, minutes, polls,
                                                                      code, status):
    db = open_database(tmp_path / "veille.db")
    now = datetime.now(timezone.utc)
    sync_config_feeds(db, [("A", "https://a.example/rss", None), ("B", "https://b.example/rss", None)], now)
    db.execute("UPDATE feeds SET next_poll = ?", [to_iso(now + timedelta(minutes=5))])
    for name in failing:
        db.execute("UPDATE feeds SET last_error = 'cannot resolve the host name', consecutive_failures = ?,"
                   " error_since = ? WHERE name = ?", [polls, to_iso(now - timedelta(minutes=minutes)), name])
    result, report = health(tmp_path, capsys)
    assert (result, report["status"], report["polling_ok"]) == (code, status, True)


def test_health_says_degraded_when_the_database_refuses_writes(tmp_path, capsys):
    if not can_mount():
        pytest.skip("a full disk is a tmpfs filled up, which only root can mount")
    with tmpfs(tmp_path / "disk", size="4m") as disk:
        Disk(disk).fill(open_database(disk / "veille.db"))
        code = main(["--db", str(disk / "veille.db"), "health"])
        out = capsys.readouterr().out
        assert code == 5 and "database: DEGRADED" in out and "polling: ok" in out
