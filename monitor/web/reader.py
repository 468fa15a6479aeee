"""The page's database work, off the event loop (issue 14): a small pool of threads, each with
its own connection (SQLite connections are per thread), so a slow read never holds up
polling, delivery or the bot; and the live preview in a process of its own, started at the
first preview: matching 50,000 articles is CPU work, and in a thread it shared the GIL with
the event loop (the loop stalled 120-260 ms while previews ran)."""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from monitor.query import Aliases, parse_query
from monitor.store import open_database
from monitor.web.preview import Preview, preview

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


class PreviewProcess:
    """Previews computed in one spawned worker process (it imports only what previews need),
    started at the first one, so a monitor whose page nobody opens pays nothing for it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = str(db_path)
        self._pool: ProcessPoolExecutor | None = None

    async def preview(self, query_text: str, aliases: tuple[tuple[str, ...], ...], now: datetime,
                      recipients: int) -> Preview:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        return await asyncio.get_running_loop().run_in_executor(
            self._pool, _preview_in_process, self.db_path, query_text, aliases, now, recipients)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


_databases: dict[str, sqlite_utils.Database] = {}  # in the preview process, by file


def _preview_in_process(db_path: str, query_text: str, aliases: tuple[tuple[str, ...], ...], now: datetime,
                        recipients: int) -> Preview:
    db = _databases.get(db_path)
    if db is None:
        db = _databases[db_path] = open_database(db_path, create=False)
    query = parse_query(query_text, Aliases.from_groups(aliases) if aliases else None)
    return preview(db, query, now, recipients)
