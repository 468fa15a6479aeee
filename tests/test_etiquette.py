"""The bot's manners (issue 10): replies paced with the alerts, one expensive command per chat,
database work off the event loop with a connection per thread."""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from monitor.deliver.pacing import Limits, Pacer
from monitor.store import open_database
from monitor.store.subscriptions import ensure_chat, get_chat
from monitor.telegram.etiquette import Busy, OneAtATime, StoreThreads, paced
from tests.helpers import T0


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
