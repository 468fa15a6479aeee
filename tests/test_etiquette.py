"""The bot's manners (issue 10): replies paced with the alerts, one expensive command per chat,
database work off the event loop with a connection per thread."""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from monitor.deliver.pacing import Limits, Pacer
from monitor.store import open_database
from monitor.store.feeds import add_feed
from monitor.store.subscriptions import ensure_chat, get_chat
from monitor.store.watches import chat_watches
from monitor.telegram.etiquette import Busy, OneAtATime, StoreThreads, paced
from tests.fakebotapi import parse_html
from tests.helpers import T0, answers, ask, running, store_article


async def test_replies_to_one_private_chat_are_paced_at_one_a_second_after_a_burst_of_two():
    pacer = Pacer(Limits())
    sent = []
    for _ in range(4):
        await paced(pacer, 5)
        sent.append(time.monotonic())
    assert sent[1] - sent[0] < 0.2  # the burst of two
    assert sent[2] - sent[1] >= 0.9 and sent[3] - sent[2] >= 0.9


async def test_alerts_and_replies_share_the_chat_s_budget():
    pacer = Pacer(Limits())
    now = time.monotonic()
    pacer.take(5, now)  # two alerts just went to this chat
    pacer.take(5, now)
    started = time.monotonic()
    await paced(pacer, 5)
    assert time.monotonic() - started >= 0.9
    other = time.monotonic()
    await paced(pacer, 6)  # another chat is not held back
    assert time.monotonic() - other < 0.2


async def test_a_second_expensive_command_of_a_chat_is_refused_at_once_not_queued():
    guard = OneAtATime()
    async with guard.slot(5):
        with pytest.raises(Busy):
            async with guard.slot(5):
                pass
        async with guard.slot(6):  # another chat may
            pass
    async with guard.slot(5):  # done: the chat may again
        pass


async def test_database_work_runs_in_worker_threads_each_with_its_own_connection(tmp_path):
    path = tmp_path / "veille.db"
    open_database(path).conn.close()
    store = StoreThreads(path)
    loop_thread = threading.get_ident()
    seen = await asyncio.gather(*(store.run(lambda db: (threading.get_ident(), id(db.conn))) for _ in range(8)))
    assert all(thread != loop_thread for thread, _ in seen)
    connections = {}
    for thread, conn in seen:
        assert connections.setdefault(thread, conn) == conn  # a thread keeps its connection
    chat = await store.run(ensure_chat, 5, "private", "fr", T0)
    assert chat.id == 5 and get_chat(open_database(path), 5) is not None


async def test_a_lock_held_elsewhere_delays_a_write_not_the_event_loop(tmp_path):
    path = tmp_path / "veille.db"
    holder = open_database(path)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    store = StoreThreads(path)
    write = asyncio.create_task(store.run(ensure_chat, 5, "private", "fr", T0))
    ticks = 0
    started = time.monotonic()
    while time.monotonic() - started < 0.5:  # the loop keeps turning while the write waits
        await asyncio.sleep(0.01)
        ticks += 1
    assert ticks > 20 and not write.done()
    holder.execute("ROLLBACK")
    assert (await asyncio.wait_for(write, 5)).id == 5


# --- the real bot against the fake Bot API ---------------------------------------------------

async def test_a_lock_held_by_another_program_delays_writes_never_replies(api, db, tmp_path):
    """Issue 10: another program held a write lock for 30 s and every reply froze for 28 s."""
    async with running(api, db):
        await ask(api, 5, "/start")  # chat 5 is known
        holder = open_database(tmp_path / "veille.db")  # what another program would do
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        (listing,) = await ask(api, 5, "/list")
        (newcomer,) = await ask(api, 6, "/help")  # a chat never seen: its registration must write
        answered = time.monotonic() - started
        before = len(api.sent(5))
        api.push_message(5, "/watch licenciements AWS")  # a write: it waits for the lock, alone
        await asyncio.sleep(0.5)
        waiting = len(api.sent(5)) == before
        (other,) = await ask(api, 7, "/start")  # meanwhile another chat is answered
        holder.execute("ROLLBACK")
        (stored,) = await answers(api, 5, before)
    assert answered < 3.0 and "Aucune veille" in listing and "/watch" in newcomer and "/watch" in other
    assert waiting and "noté" in parse_html(stored.text)
    assert [w.query for w in chat_watches(db, 5)] == ["licenciements AWS"]
    deadline = time.monotonic() + 5
    while get_chat(db, 6) is None:  # registered once the lock was released, in its own thread
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)


SEARCHES = 8


async def test_searches_of_one_chat_never_hold_another_chat_and_replies_are_paced(api, db):
    """Issue 10: twenty /search from one chat made another chat's /start wait 14.5 s, and a burst
    of commands got 23 replies/s in one chat (Telegram answers that with 429s)."""
    feed = add_feed(db, "LeMagIT", "https://www.lemagit.fr/rss", None, T0)
    for i in range(300):
        store_article(db, feed.id, f"AWS annonce {i} licenciements", "Amazon Web Services réduit ses effectifs.", T0)
    async with running(api, db, pacer=Pacer(Limits())):  # Telegram's real pace
        for _ in range(SEARCHES):  # enough to hold /start for 5 s behind them if chats shared a queue
            api.push_message(5, "/search licenciements AWS")
        started = time.monotonic()
        (welcome,) = await ask(api, 6, "/start")
        other_waited = time.monotonic() - started
        await answers(api, 5, 0, replies=SEARCHES, timeout=40)
    assert "/watch" in welcome and other_waited < 2.0
    replies = api.sent(5)
    busy = [c for c in replies if "déjà en cours" in parse_html(c.text)]
    assert busy and len(busy) < SEARCHES  # answered at once, not queued behind the running search
    # A burst of two, then one a second: never three within a second (arrival times, some jitter).
    spans = [c.at - a.at for a, c in zip(replies, replies[2:])]
    assert min(spans) >= 0.9 and not [c for c in api.calls_to("sendMessage") if c.status == 429]
