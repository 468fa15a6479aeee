"""Scenario 3, delivery: pending outbox rows drained by the real Deliverer and TelegramSender
(a PTB bot from `build_application`) into the fake Bot API server enforcing Telegram's limits.

    .venv/bin/python -m bench --only delivery
"""
from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bench.farm import make_entry
from bench.report import Row

TELEGRAM_OVERALL = 30  # messages in any one-second window, as the fake server enforces it
TELEGRAM_PER_CHAT = 2  # to one chat in that window: 1/s with a short burst
# One chat: the fake's own window (0.9 s), its slack for jitter: Veille's burst of 2 then 1/s
# lands exactly on a 1.0 s boundary, which loopback jitter crosses either way.
PER_CHAT_WINDOW = 0.9


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """One drain of the outbox, as the fake Bot API saw it."""

    alerts: int
    chats: int
    wall_s: float  # from the deliverer's start to the last accepted sendMessage
    sent: int  # sendMessage calls the fake accepted
    too_many: int  # 429 answers
    lost: int  # outbox rows not 'sent' at the end
    gaps: tuple[float, ...]  # seconds between consecutive accepted arrivals

    @property
    def rate(self) -> float:
        return self.sent / self.wall_s if self.wall_s else 0.0


def seed_outbox(db, chats: list[int], now: datetime) -> None:
    """One pending alert per item of `chats` (a chat may repeat), each for its own farm-like
    article, watch and hit, written as the pipeline writes them."""
    from monitor.ingest.html import visible_text
    from monitor.store import transaction
    from monitor.store.feeds import add_feed
    from monitor.times import to_iso
    from monitor.store.watches import add_watch

    stamp = to_iso(now)
    feed = add_feed(db, "LeMagIT", "https://www.lemagit.example.fr/rss", None, now)
    with transaction(db):
        watch_of = {chat: add_watch(db, chat, "Plans sociaux", '"plan social" OR licenciements', now).id
                    for chat in dict.fromkeys(chats)}
        for number, chat in enumerate(chats):
            article = make_entry(1, 0, number, int(now.timestamp()))
            entry_id = db.execute(
                "INSERT INTO entries (feed_id, story_id, guid, link, title, text, published, first_seen,"
                " content_hash, title_key) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                [feed.id, article.guid, article.link, article.title, visible_text(article.summary_html), stamp,
                 stamp, f"h{number}", f"k{number}"],
            ).lastrowid
            db.execute("UPDATE entries SET story_id = id WHERE id = ?", [entry_id])
            db.execute("INSERT INTO hits (entry_id, watch_id, spans, created) VALUES (?, ?, '[]', ?)",
                       [entry_id, watch_of[chat], stamp])
            db.execute("INSERT INTO outbox (chat_id, story_id, entry_id, watch_ids, created) VALUES (?, ?, ?, ?, ?)",
                       [chat, entry_id, entry_id, json.dumps([watch_of[chat]]), stamp])


async def drain(chats: list[int], limits=None, timeout: float = 120.0, window: float = 1.0) -> DeliveryResult:
    """Seed one alert per item of `chats`, then run the real delivery loop until the outbox is
    empty (or `timeout`) against a fake Bot API answering 429 beyond 30 sends, or 2 to one
    chat, in any `window` seconds."""
    from monitor.deliver import Deliverer, Limits
    from monitor.telegram.sender import TelegramSender
    from monitor.store import open_database
    from monitor.config import Config, LiveConfig
    from monitor.ingest.fetch import Fetcher
    from monitor.telegram.app import build_application
    from tests.fakebotapi import FakeBotAPI

    with tempfile.TemporaryDirectory(prefix="bench-delivery-") as workdir, FakeBotAPI() as api:
        db = open_database(Path(workdir) / "veille.db")
        seed_outbox(db, chats, datetime.now(timezone.utc))
        api.enforce_limits(overall=TELEGRAM_OVERALL, per_chat=TELEGRAM_PER_CHAT, window=window)
        bot = build_application(api.token, db, LiveConfig(Config()), Fetcher(), api_url=api.url).bot
        async with bot:
            deliverer = Deliverer(db, telegram=TelegramSender(bot), limits=limits or Limits())
            stop = asyncio.Event()
            started = time.monotonic()
            task = asyncio.create_task(deliverer.run(stop))
            while db.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0] and time.monotonic() - started < timeout:
                await asyncio.sleep(0.05)
            stop.set()
            await task
        lost = db.execute("SELECT count(*) FROM outbox WHERE status != 'sent'").fetchone()[0]
        db.close()
        calls = api.calls_to("sendMessage")
    arrivals = [c.at for c in calls if c.status == 200]
    return DeliveryResult(
        alerts=len(chats), chats=len(set(chats)), wall_s=(arrivals[-1] - started) if arrivals else 0.0,
        sent=len(arrivals), too_many=sum(1 for c in calls if c.status == 429), lost=lost,
        gaps=tuple(b - a for a, b in zip(arrivals, arrivals[1:])),
    )


def _verdict(result: DeliveryResult) -> str:
    return f"{result.too_many} x 429, {result.lost} lost"


def delivery_rows(quick: bool) -> list[Row]:
    """Many chats at the overall limit, then one private chat, with Veille's default pacing."""
    from monitor.deliver import Limits

    many, one = (60, 6) if quick else (600, 40)
    scenario = f"delivery {many} alerts to {many} chats (30 msg/s enforced)"
    rows = []
    overall = Limits().overall
    for label, limits in ((f"veille (overall {overall.per_second:g}/s, burst {overall.burst:g})", Limits()),):
        result = asyncio.run(drain(list(range(1001, 1001 + many)), limits, timeout=many / 10 + 30))
        rows.append(Row(scenario, label, result.wall_s,
                        note=f"{result.rate:.1f} msg/s (target >= 27), {_verdict(result)}"))
        print(f"[bench] delivery: {label}: {result.rate:.1f} msg/s, {_verdict(result)}", flush=True)
    result = asyncio.run(drain([777] * one, timeout=one * 1.5 + 30, window=PER_CHAT_WINDOW))
    gaps = result.gaps or (0.0,)
    rows.append(Row(f"delivery {one} alerts to one private chat (2 per 0.9 s enforced)", "veille", result.wall_s,
                    note=f"gap min {min(gaps):.2f} s, median {statistics.median(gaps):.2f} s, {_verdict(result)}"))
    return rows
