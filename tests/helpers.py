"""What many test modules share: the one test clock and its start, T0.

No test may depend on the day it runs (issue 10): a test that fixes a date hands this clock
to every part that reads the time, so `faketime '+400 days' make test` passes too.
"""
from __future__ import annotations

import asyncio
import email.utils
import json
import re
import time
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone

from monitor.config import Config, FetchConfig, LiveConfig, TelegramConfig
from monitor.deliver import Deliverer, Limits, Rate
from monitor.model import Entry, Prepared, Span, Watch
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
