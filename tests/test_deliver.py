"""Delivery against the fake Bot API with the real PTB client: sent once, in order, nothing lost."""
from __future__ import annotations

import asyncio
import io
import json
import time
from datetime import timedelta

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from monitor.deliver import Backoff, ConsoleSender, Deliverer, Limits, Rate
from monitor.telegram.sender import TelegramSender
from monitor.store import open_database
from monitor.deliver.policy import WATCH_REMOVED
from monitor.store.subscriptions import ensure_chat, get_chat, set_digest
from monitor.store.watches import active_watches, remove_watch
from tests.fakebotapi import parse_html
from tests.helpers import FAST, T0, Clock, drain, rows, seed_alert, seed_feed, title_of, until_drained

QUICK_RETRY = Backoff(base=0.05, factor=2.0, cap=0.2)

# --- fixtures --------------------------------------------------------------------------

@pytest.fixture
async def bot(api):
    async with Bot(api.token, base_url=f"{api.url}/bot",
                   request=HTTPXRequest(connection_pool_size=16)) as client:
        yield client


def deliverer(db, bot, **kwargs) -> Deliverer:
    kwargs.setdefault("limits", FAST)
    kwargs.setdefault("backoff", QUICK_RETRY)
    kwargs.setdefault("clock", Clock(T0, running=True))  # the alerts were seeded at T0
    return Deliverer(db, TelegramSender(bot, timeout=kwargs.pop("timeout", 5.0)), ConsoleSender(io.StringIO()),
                     **kwargs)


# --- tests -----------------------------------------------------------------------------
async def test_sends_each_alert_once_as_valid_html(db, api, bot):
    ids = [seed_alert(db, 5, f"Article {i} <b>&") for i in range(3)]
    d = deliverer(db, bot)
    report = await d.run_once()
    assert report.sent == 3 and report.failed == 0
    sent = api.sent(5)
    assert [title_of(c) for c in sent] == [f"Article {i} <b>&" for i in range(3)]
    assert all(c.params["parse_mode"] == "HTML" for c in sent)
    assert json.loads(sent[0].params["reply_markup"])["inline_keyboard"][0][0]["callback_data"].startswith("unwatch:")
    assert [(r["id"], r["status"]) for r in rows(db)] == [(i, "sent") for i in ids]
    assert all(r["message_id"] for r in rows(db))
    assert (await d.run_once()).sent == 0
    assert len(api.sent()) == 3


async def test_retry_after_is_waited_then_resent(db, api, bot):
    seed_alert(db, 5, "Premier")
    api.fail("sendMessage", 429, retry_after=1)
    await drain(deliverer(db, bot), db)
    calls = api.calls_to("sendMessage")
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 0.95
    assert rows(db)[0]["status"] == "sent"


async def test_retry_after_holds_every_chat(db, api, bot):
    seed_alert(db, 5, "A")
    api.fail("sendMessage", 429, retry_after=1, chat_id=5)
    d = deliverer(db, bot)
    await d.run_once()
    seed_alert(db, 6, "B")
    start = time.monotonic()
    await drain(d, db)
    assert api.sent(6)[0].at - start >= 0.8  # chat 6 waited out the 429 too


async def test_forbidden_deactivates_chat_and_fails_its_alerts(db, api, bot):
    blocked = [seed_alert(db, 7, f"Bloqué {i}") for i in range(3)]
    seed_alert(db, 5, "Ailleurs")
    api.block(7)
    await drain(deliverer(db, bot), db)
    assert len(api.calls_to("sendMessage")) == 2  # one try for chat 7, one send for chat 5
    chat = get_chat(db, 7)
    assert chat is not None and not chat.active and "blocked" in chat.deactivated_reason
    assert [(r["id"], r["status"]) for r in rows(db, 7)] == [(i, "failed") for i in blocked]
    assert all("Forbidden" in r["reason"] for r in rows(db, 7))
    assert rows(db, 5)[0]["status"] == "sent"
    assert all(w.chat_id != 7 for w in active_watches(db, T0))  # its watches stop matching
    seed_alert(db, 7, "Après")  # a row written anyway later is failed, not sent
    await deliverer(db, bot).run_once()
    assert rows(db, 7)[-1]["status"] == "failed" and len(api.calls_to("sendMessage")) == 2


async def test_bad_request_is_resent_as_plain_text(db, api, bot):
    seed_alert(db, 5, "Titre")
    api.fail("sendMessage", 400, "Bad Request: can't parse entities: unsupported start tag")
    await drain(deliverer(db, bot), db)
    calls = api.calls_to("sendMessage")
    assert [c.status for c in calls] == [400, 200]
    assert "parse_mode" not in calls[1].params and calls[1].text.startswith("Titre\nhttps://example.fr/")
    row = rows(db)[0]
    assert row["status"] == "sent" and row["reason"] == "plain text"


async def test_bad_request_twice_fails_with_reason(db, api, bot):
    seed_alert(db, 5, "Titre")
    seed_alert(db, 5, "Suivant")
    api.fail("sendMessage", 400, "Bad Request: chat not found", times=2)
    await drain(deliverer(db, bot), db)
    first, second = rows(db)
    assert first["status"] == "failed" and "chat not found" in first["reason"].lower()
    assert "plain text" in first["reason"]
    assert second["status"] == "sent"  # the next alert of the chat is not stuck behind it


async def test_outage_then_5xx_recovers_in_order_per_chat(db, api, bot):
    ids_a = [seed_alert(db, 5, f"A{i}") for i in range(3)]
    ids_b = [seed_alert(db, -100777, f"B{i}") for i in range(2)]
    api.go_down()
    d = deliverer(db, bot)
    stop = asyncio.Event()
    task = asyncio.create_task(d.run(stop))
    await asyncio.sleep(0.4)
    assert all(r["status"] == "pending" for r in rows(db))
    assert any(r["last_error"] and "connect" in r["last_error"].lower() for r in rows(db))
    api.fail("sendMessage", 502, times=3)
    api.come_up()
    try:
        await until_drained(db)
    finally:
        stop.set()
        await task
    assert [title_of(c) for c in api.sent(5)] == ["A0", "A1", "A2"]
    assert [title_of(c) for c in api.sent(-100777)] == ["B0", "B1"]
    assert sum(1 for c in api.calls_to("sendMessage") if c.status == 502) == 3
    assert [r["status"] for r in rows(db)] == ["sent"] * (len(ids_a) + len(ids_b))


async def test_stalled_api_times_out_and_retries(db, api, bot):
    seed_alert(db, 5, "Lent")
    api.stall("sendMessage", 1.5)
    await drain(deliverer(db, bot, timeout=0.3), db)
    assert [c.status for c in api.calls_to("sendMessage")] == [0, 200]  # 0: the stalled call
    assert rows(db)[0]["status"] == "sent"


async def test_private_chat_spacing_is_one_second(db, api, bot):
    """Real default limits: a burst of 2, then ≥ ~1 s between messages to one private chat."""
    for i in range(4):
        seed_alert(db, 5, f"M{i}")
    api.enforce_limits()
    await drain(deliverer(db, bot, limits=Limits()), db)
    times = [c.at for c in api.sent(5)]
    assert len(times) == 4 and not [c for c in api.calls_to("sendMessage") if c.status == 429]
    # Times are measured on arrival at the fake server: allow a little network jitter.
    assert times[2] - times[0] >= 0.9  # the burst is 2: a third message waits for a new token
    assert times[3] - times[2] >= 0.9  # after the burst, one a second


async def test_many_chats_stay_under_overall_limit(db, api, bot):
    feed_id = seed_feed(db)
    for chat_id in range(1, 41):
        seed_alert(db, chat_id, f"C{chat_id}", feed_id=feed_id)
    api.enforce_limits(overall=30, per_chat=2, window=0.9)
    await drain(deliverer(db, bot, limits=Limits()), db)
    assert len(api.sent()) == 40
    assert not [c for c in api.calls_to("sendMessage") if c.status == 429]


async def test_group_pacing_scaled(db, api, bot):
    for i in range(4):
        seed_alert(db, -100555, f"G{i}")
    await drain(deliverer(db, bot, limits=Limits(group=Rate(10.0, 1.0))), db)
    times = [c.at for c in api.sent(-100555)]
    assert len(times) == 4 and times[-1] - times[0] >= 0.25  # 3 intervals of 0.1 s, minus network jitter


async def test_pending_rows_survive_restart_and_go_once(tmp_path, api, bot):
    path = tmp_path / "veille.db"
    first = open_database(path)
    for i in range(3):
        seed_alert(first, 5, f"R{i}")
    first.conn.close()
    second = open_database(path)
    assert (await deliverer(second, bot).run_once()).sent == 3
    second.conn.close()
    third = open_database(path)
    assert (await deliverer(third, bot).run_once()).sent == 0
    assert [title_of(c) for c in api.sent(5)] == ["R0", "R1", "R2"]
    assert [r["status"] for r in rows(third)] == ["sent"] * 3
    third.conn.close()


async def test_alert_for_a_removed_watch_is_failed_with_reason(db, api, bot):
    seed_alert(db, 5, "Plus voulu")
    watch = active_watches(db, T0)[0]
    remove_watch(db, 5, watch.id)
    await deliverer(db, bot).run_once()
    assert rows(db)[0]["status"] == "failed" and rows(db)[0]["reason"] == WATCH_REMOVED
    assert api.sent() == []


async def test_a_removed_watch_does_not_hold_back_the_next_alert(db, api, bot):
    dropped = seed_alert(db, 5, "Plus voulu", watch_name="licenciements AWS")
    kept = seed_alert(db, 5, "Voulu", watch_name="plan social")
    remove_watch(db, 5, next(w.id for w in active_watches(db, T0) if w.name == "licenciements AWS"))
    report = await deliverer(db, bot).run_once()  # one pass: the chat's next row goes at once
    assert report.sent == 1 and [title_of(c) for c in api.sent(5)] == ["Voulu"]
    assert [(r["id"], r["status"]) for r in rows(db)] == [(dropped, "failed"), (kept, "sent")]


async def test_a_pass_sends_only_what_pacing_allows_and_says_when_to_come_back(db, api, bot):
    feed_id = seed_feed(db)
    for chat_id in range(1, 6):
        seed_alert(db, chat_id, f"C{chat_id}", feed_id=feed_id)
    seed_alert(db, 0, "Console", feed_id=feed_id)
    # Pacing's clock stands still during the pass (the sends' real time would refill the bucket,
    # more on a loaded machine), then runs, to send the rest.
    start = time.monotonic()
    d = deliverer(db, bot, limits=Limits(overall=Rate(4.0, 1.25)), monotonic=lambda: start)
    report = await d.run_once()
    assert report.sent == 2 and [r["chat_id"] for r in rows(db) if r["status"] == "sent"] == [1, 0]
    assert report.next_wake == pytest.approx((1 - 0.25) / 4.0)  # a quarter token left
    d.monotonic = time.monotonic
    await drain(d, db)
    assert [title_of(c) for c in api.sent()] == [f"C{i}" for i in range(1, 6)]


async def test_console_rows_are_printed_not_sent(db, api, bot):
    seed_alert(db, 0, "Pour la console")
    out = io.StringIO()
    d = Deliverer(db, TelegramSender(bot), ConsoleSender(out), limits=FAST, clock=Clock(T0))
    assert (await d.run_once()).sent == 1
    assert "Pour la console" in out.getvalue() and "**AWS**" in out.getvalue()
    assert api.sent() == []


async def test_without_telegram_chat_rows_stay_pending(db):
    seed_alert(db, 5, "Attend un token")
    seed_alert(db, 0, "Console")
    out = io.StringIO()
    report = await Deliverer(db, None, ConsoleSender(out), clock=Clock(T0)).run_once()
    assert report.sent == 1 and [r["status"] for r in rows(db)] == ["pending", "sent"]


async def test_gives_up_on_very_old_alert_with_reason(db, api, bot):
    seed_alert(db, 5, "Ancien", created=T0 - timedelta(days=4))
    api.fail("sendMessage", 502)
    await deliverer(db, bot).run_once()
    row = rows(db)[0]
    assert row["status"] == "failed" and "gave up after 1 attempts" in row["reason"]


async def test_digest_sends_one_summary(db, api, bot):
    ensure_chat(db, 5, "private", "fr", T0)
    set_digest(db, 5, 8)
    for i in range(3):
        seed_alert(db, 5, f"D{i}")
    clock = Clock(T0.replace(hour=6))  # 07:00 in Paris: too early
    d = deliverer(db, bot, clock=clock)
    await d.run_once()
    assert api.sent() == []
    clock.now = T0.replace(hour=9)  # 10:00 in Paris
    report = await d.run_once()
    assert report.sent == 3 and len(api.sent(5)) == 1
    visible = parse_html(api.sent(5)[0].text)
    assert all(f"D{i}" in visible for i in range(3))
    assert {r["reason"] for r in rows(db)} == {"digest"}
    seed_alert(db, 5, "Demain")
    await d.run_once()
    assert len(api.sent(5)) == 1  # one digest a day
