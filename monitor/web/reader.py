"""The page's database work, off the event loop (issue 14): a small pool of threads, each with
its own connection (SQLite connections are per thread), so a slow preview never holds up
polling, delivery or the bot."""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from monitor.store import open_database

T = TypeVar("T")


class Reader:
    """Runs `work(db)` in a worker thread on that thread's own connection."""

    def __init__(self, db_path: Path, workers: int = 2) -> None:
        self.db_path = db_path
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="veille-web")
        self._local = threading.local()
        self._opened: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()

    async def read(self, work: Callable[[sqlite_utils.Database], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, lambda: work(self._db()))

    def _db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = open_database(self.db_path, create=False)
            with self._lock:
                self._opened.append(db)
        return db

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        for db in self._opened:
            db.conn.close()
        self._opened.clear()
