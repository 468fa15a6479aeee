"""How the bot shares the event loop and Telegram's limits with everything else (issue 10):
its database work runs in threads, expensive commands run one at a time per chat, and its
replies are paced by the same Pacer as the alerts (one rate limiter per bot token).

Twenty /search from one chat made another chat's /start wait 14.5 s; a lock held by another
program froze every reply; a burst of commands got 23 replies/s in one chat, which Telegram
answers with 429s. Here none of that can happen.
"""
from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator, TypeVar

import sqlite_utils

from monitor.deliver.pacing import Pacer
from monitor.store import open_database

T = TypeVar("T")
# A write the bot makes may wait this long for a lock held elsewhere: in its own thread, so
# only that one reply waits.
BOT_LOCK_WAIT = 30.0


class StoreThreads:
    """The database, used off the event loop: each worker thread has its own connection (one
    SQLite connection must never serve two threads at once). With WAL, reads never wait for a
    writer, so a lock held elsewhere delays the bot's writes, never its replies."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()

    @classmethod
    def beside(cls, db: sqlite_utils.Database) -> StoreThreads:
        """Threads working on the file `db` is open on."""
        (_, _, path), *_ = db.execute("PRAGMA database_list").fetchall()
        return cls(path)

    async def run(self, work: Callable[..., T], *args, **kwargs) -> T:
        """`work(db, *args, **kwargs)` in a worker thread, with that thread's connection."""
        return await asyncio.to_thread(self._run, work, args, kwargs)

    def _run(self, work: Callable[..., T], args: tuple, kwargs: dict) -> T:
        db: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = open_database(self.path, create=False)
        return work(db, *args, **kwargs)


class Busy(Exception):
    """The chat already has an expensive command running."""


class OneAtATime:
    """Expensive commands (/search, a /watch preview) run one at a time per chat: a second one
    is answered at once that the first is still running, rather than queued."""

    def __init__(self) -> None:
        self._running: set[int] = set()

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        if chat_id in self._running:
            raise Busy(chat_id)
        self._running.add(chat_id)
        try:
            yield
        finally:
            self._running.discard(chat_id)


async def paced(pacer: Pacer, chat_id: int, monotonic: Callable[[], float] = time.monotonic) -> None:
    """Wait until a message to `chat_id` may go under Telegram's limits (about 1/s in a private
    chat, 20/min in a group, 30/s overall, alerts included), then count it."""
    while (wait := pacer.wait(chat_id, monotonic())) > 0:
        await asyncio.sleep(wait)
    pacer.take(chat_id, monotonic())
