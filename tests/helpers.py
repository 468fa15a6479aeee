"""What many test modules share: the one test clock and its start, T0.

No test may depend on the day it runs (issue 10): a test that fixes a date hands this clock
to every part that reads the time, so `faketime '+400 days' make test` passes too.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
from contextlib import contextmanager
from pathlib import Path
import email.utils
import json
import re
import time
from collections.abc import Mapping, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone

from monitor.config import Config, FetchConfig, LiveConfig, TelegramConfig
from monitor.deliver import Deliverer, Limits, Pacer, Rate
from monitor.model import Entry, Prepared, Span, Watch
from monitor.ingest.fetch import Fetcher
from monitor.query import analyse, parse_query, terms_for_index
from monitor.store.feeds import add_feed
from monitor.times import to_iso
from monitor.store.watches import active_watches, add_watch
from tests.fakebotapi import parse_html

# A Friday morning: 06:00 in Paris.
T0 = datetime(2026, 11, 27, 5, 0, tzinfo=timezone.utc)


class Clock:
    """A clock that starts at `start` and runs with real time (`running`) or stands still;
    tests move it with `advance()` or by setting `now`."""

    def __init__(self, start: datetime = T0, *, running: bool = False) -> None:
        self.running = running
        self.now = start

    @property
    def now(self) -> datetime:
        if not self.running:
            return self._base
        return self._base + timedelta(seconds=time.monotonic() - self._since)

    @now.setter
    def now(self, moment: datetime) -> None:
        self._base, self._since = moment, time.monotonic()

    def advance(self, **delta: float) -> datetime:
        """Move the clock forward, e.g. `clock.advance(hours=2)`; the new time."""
        self.now = self.now + timedelta(**delta)
        return self.now

    def __call__(self) -> datetime:
        return self.now


FAST = Limits(overall=Rate(1000.0, 50.0), private=Rate(1000.0, 50.0), group=Rate(1000.0, 50.0))


# --- seeding the outbox as the pipeline does ----------------------------------------------
def seed_feed(db, name: str = "LeMagIT") -> int:
    return add_feed(db, name, f"https://{name.lower()}.example/rss", None, T0).id


def seed_alert(db, chat_id: int, title: str, *, watch_name: str = "licenciements AWS", feed_id: int | None = None,
               text: str = "Amazon Web Services (AWS) annonce des licenciements.", created: datetime = T0) -> int:
    """An entry, a watch of `chat_id`, its hit and a pending outbox row, as the pipeline writes them."""
    feed_id = feed_id or seed_feed(db)
    watch = next((w for w in active_watches(db, T0) if w.chat_id == chat_id and w.name == watch_name), None)
    watch_id = watch.id if watch else add_watch(db, chat_id, watch_name, watch_name, T0).id
    stamp = to_iso(created)
    entry_id = db.execute(
        "INSERT INTO entries (feed_id, story_id, guid, link, title, text, published, first_seen, content_hash,"
        " title_key) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
        [feed_id, title, f"https://example.fr/{abs(hash(title))}?a=1&b=2", title, text, stamp, stamp, title, title],
    ).lastrowid
    db.execute("UPDATE entries SET story_id = id WHERE id = ?", [entry_id])
    start = text.find("AWS")
    db.execute("INSERT INTO hits (entry_id, watch_id, spans, created) VALUES (?, ?, ?, ?)",
               [entry_id, watch_id, json.dumps([["text", start, start + 3]]), stamp])
    return db.execute(
        "INSERT INTO outbox (chat_id, story_id, entry_id, watch_ids, created) VALUES (?, ?, ?, ?, ?)",
        [chat_id, entry_id, entry_id, json.dumps([watch_id]), stamp],
    ).lastrowid


def rows(db, chat_id: int | None = None) -> list[dict]:
    sql = "SELECT * FROM outbox" + (" WHERE chat_id = ?" if chat_id is not None else "") + " ORDER BY id"
    return list(db.query(sql, [chat_id] if chat_id is not None else []))


def title_of(call) -> str:
    return parse_html(call.text).splitlines()[0] if call.params.get("parse_mode") == "HTML" else call.text.splitlines()[0]


async def wait_until(predicate, timeout: float = 5.0, every: float = 0.02) -> float:
    """Wait until `predicate()` holds, at most `timeout` seconds; how long it took."""
    start = time.monotonic()
    while not predicate():
        assert time.monotonic() - start < timeout, "condition not met in time"
        await asyncio.sleep(every)
    return time.monotonic() - start


async def until_drained(db, timeout: float = 10.0) -> None:
    """Wait until no outbox row is pending."""
    deadline = time.monotonic() + timeout
    while db.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]:
        assert time.monotonic() < deadline, f"still pending: {rows(db)}"
        await asyncio.sleep(0.02)


async def drain(d: Deliverer, db, timeout: float = 10.0) -> None:
    """Run the delivery loop until no row is pending."""
    stop = asyncio.Event()
    task = asyncio.create_task(d.run(stop))
    try:
        await until_drained(db, timeout)
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)




WORD = re.compile(r"\w+")


class WordMatcher:
    """A small real Matcher over plain word sets: a watch matches when all its words occur."""

    def __init__(self, watches: Sequence[Watch]) -> None:
        self.watches: dict[int, Watch] = {w.id: w for w in watches}
        self.matched: list[str] = []  # guids passed to match(), to check no work is wasted

    def prepare(self, entry: Entry) -> Prepared:
        words = [w.lower() for w in WORD.findall(f"{entry.title} {entry.text}")]
        return Prepared(terms=" ".join(words), title_key=" ".join(WORD.findall(entry.title.lower())))

    def match(self, entry: Entry, source: str = "") -> Mapping[int, tuple[Span, ...]]:
        self.matched.append(entry.guid)
        spans_of: dict[str, list[Span]] = {}
        for name, text in (("title", entry.title), ("text", entry.text)):
            for m in WORD.finditer(text):
                spans_of.setdefault(m.group().lower(), []).append(Span(name, m.start(), m.end()))
        found: dict[int, tuple[Span, ...]] = {}
        for watch in self.watches.values():
            wanted = set(watch.query.lower().split())
            if wanted <= spans_of.keys():
                spans = (s for w in wanted for s in spans_of[w])
                found[watch.id] = tuple(sorted(spans, key=lambda s: (s.field, s.start)))
        return found


def feed_date(moment: datetime) -> str:
    """`moment` as an RSS pubDate."""
    return email.utils.format_datetime(moment.astimezone(timezone.utc), usegmt=True)


def days_ago(days: float) -> str:
    """An RSS pubDate `days` before the real clock, for tests of the real CLI or process, which
    read the real clock: an article "of today" must be of today on whatever day the test runs."""
    return feed_date(datetime.now(timezone.utc) - timedelta(days=days))


def live_config(*, allow_private: bool = False, **telegram) -> LiveConfig:
    """A config in force with these `[telegram]` settings (e.g. admins=(1001,))."""
    return LiveConfig(Config(telegram=TelegramConfig(**telegram), fetch=FetchConfig(allow_private=allow_private)))


IS_ROOT = os.geteuid() == 0


@contextmanager
def tmpfs(directory: Path, size: str = "1m"):
    """A small filesystem of its own at `directory` (root only), unmounted afterwards."""
    directory.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(directory)], check=True)
    try:
        yield directory
    finally:
        subprocess.run(["umount", "-l", str(directory)], check=False)


def can_mount() -> bool:
    return IS_ROOT and subprocess.run(["which", "mount"], capture_output=True).returncode == 0


# --- hostile feed documents (parse and resilience tests) ---


def item_rss(items: str, declaration: str = '<?xml version="1.0" encoding="utf-8"?>', doctype: str = "") -> str:
    return (f'{declaration}{doctype}<rss version="2.0"><channel><title>Flux</title>'
            f"<link>https://example.fr/</link>{items}</channel></rss>")


def xxe_documents(secret: Path) -> dict[str, str]:
    uri = secret.as_uri()
    items = "<item><title>t &xxe;</title><description>d &xxe;</description><guid>g</guid></item>"
    return {
        "multiline": item_rss(items, doctype=f'\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{uri}">\n]>\n'),
        "oneline": item_rss(items, doctype=f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{uri}">]>'),
        "public": item_rss(items, doctype=f'<!DOCTYPE rss [<!ENTITY xxe PUBLIC "-//x//y" "{uri}">]>'),
        "parameter": item_rss(items, doctype=f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{uri}"> %p;]>'),
        "external-dtd": item_rss(items, doctype=f'<!DOCTYPE rss SYSTEM "{uri}">'),
        "hidden-in-comment": item_rss(items, doctype=f'<!DOCTYPE rss [<!-- ]> --><!ENTITY xxe SYSTEM "{uri}">]>'),
        "lowercase": item_rss(items, doctype=f'<!doctype rss [<!ENTITY xxe SYSTEM "{uri}">]>'),
        "after-comment": item_rss(items, doctype=f'<!-- <rss> --><?pi <x?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{uri}">]>'),
        "second-doctype": item_rss(items, doctype=f'<!DOCTYPE rss><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{uri}">]>'),
    }


def billion_laughs(oneline: bool) -> str:
    sep = "" if oneline else "\n"
    entities = sep.join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE rss [{sep}<!ENTITY lol0 "lol">{sep}{entities}{sep}]>'
    return item_rss("<item><title>&lol9;</title><description>&lol9;</description><guid>g</guid></item>",
                    doctype=doctype)


def says(text: str, query: str) -> bool:
    """Whether the query language finds `query` in `text`."""
    return parse_query(query).match(analyse("", text)) is not None


class Disk:
    """A small filesystem that the test fills and frees."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = root / "filler"

    def fill(self, db) -> None:
        """No byte left; the database's write-ahead log emptied first, so its next write must grow it."""
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with open(self._filler, "ab", buffering=0) as filler:  # unbuffered: nothing left to flush
            for block in (65536, 1):
                try:
                    while filler.write(b"\0" * block):
                        pass
                except OSError:
                    pass

    def free(self) -> None:
        os.remove(self._filler)


# --- the bot against the fake Bot API ----------------------------------------------------
@asynccontextmanager
async def running(api, db, live=None, clock=None, pacer=None):
    live = live or live_config(admins=(1001,))  # ADMIN of the bot tests
    from monitor.telegram.app import build_application, start_bot, stop_bot  # only the bot tests load PTB

    kwargs = {"clock": clock} if clock else {}
    async with Fetcher() as fetcher:
        # Fast pacing: these tests say many things to one chat (the real pace: tests/test_etiquette.py).
        app = build_application(api.token, db, live, fetcher, api_url=api.url, pacer=pacer or Pacer(FAST), **kwargs)
        await start_bot(app, poll_timeout=0.5)
        try:
            yield app
        finally:
            await stop_bot(app)


async def ask(api, chat_id, message, *, user_id=None, language_code="fr", chat_type=None, replies=1,
              channel=False, thread_id=None) -> list[str]:
    """Push a message and return the visible text of the bot's next `replies` answers in that chat."""
    before = len(api.sent(chat_id))
    if channel:
        api.push_channel_post(chat_id, message)
    else:
        api.push_message(chat_id, message, user_id=user_id, language_code=language_code, chat_type=chat_type,
                         thread_id=thread_id)
    return [parse_html(c.text) for c in await answers(api, chat_id, before, replies)]


async def answers(api, chat_id, before, replies=1, timeout=5.0):
    deadline = time.monotonic() + timeout
    while len(api.sent(chat_id)) < before + replies:
        assert time.monotonic() < deadline, f"no answer in chat {chat_id}: {api.calls[-3:]}"
        await asyncio.sleep(0.01)
    return api.sent(chat_id)[before:before + replies]


def store_article(db, feed_id, title, text, published):
    """An article as the store keeps it (terms indexed for search)."""
    stamp = to_iso(published)
    entry_id = db.execute(
        "INSERT INTO entries (feed_id, story_id, guid, link, title, text, published, first_seen, content_hash,"
        " title_key, terms) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [feed_id, title, f"https://example.fr/{abs(hash(title))}", title, text, stamp, stamp, title, title,
         terms_for_index(analyse(title, text))],
    ).lastrowid
    db.execute("UPDATE entries SET story_id = id WHERE id = ?", [entry_id])


async def ask_callback(api, chat_id, data):
    before = len(api.sent(chat_id))
    api.push_callback(chat_id, data)
    return [parse_html(c.text) for c in await answers(api, chat_id, before)]
