"""The page step (issue 11): after a poll stored new entries, their article pages are fetched in
the background, extracted off the event loop, matched with their entry and stored.

A poll never waits for its pages: its entries are already stored, matched and alerted on their
feed text; a page can only add matches (monitor/pipeline/record.py `record_page`). A page that
fails leaves its reason on the entry. Every page goes through the one Fetcher with the trust of
the feed the entry came from, robots.txt (fetched the same way, for the token "Veille") and the
per-site PageGate.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

import sqlite_utils

from monitor.ingest.extract import ArticleText, Extracted
from monitor.ingest.pagefetch import PageFailure, PageReader
from monitor.match.matcher import Matcher
from monitor.model import Entry, PageWanted
from monitor.pipeline.record import record_page, record_page_failure
from monitor.times import utcnow

log = logging.getLogger(__name__)


class PageAnalyser(Protocol):
    """Extraction and matching off the event loop (monitor/match/analyse.py: a thread or a worker)."""

    async def page(self, body: bytes, url: str, content_type: str | None,
                   entry: Entry) -> tuple[Extracted, Matcher]: ...


@dataclass
class PageFetcher:
    """`submit(pages)` starts their fetches; `drain()` waits for the ones in flight."""

    db: sqlite_utils.Database
    reader: PageReader  # robots.txt, the PageGate and the one Fetcher
    analyser: PageAnalyser
    clock: Callable[[], datetime] = utcnow
    # Told the outbox ids each page added: `run` wakes the deliverer, `poll --once` lists them.
    on_alerts: Callable[[tuple[int, ...]], object] = lambda ids: None
    # A write the database refuses (full disk, a lock held elsewhere) is tried again this many
    # times, this far apart, with the text kept in memory; then the next start fetches it again.
    store_attempts: int = 4
    store_retry_seconds: float = 30.0
    _tasks: set[asyncio.Task] = field(default_factory=set)

    def submit(self, pages: Iterable[PageWanted]) -> None:
        for page in pages:
            task = asyncio.get_running_loop().create_task(self._page(page))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def pending(self) -> int:
        return len(self._tasks)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for the pages in flight (and those they lead to), at most `timeout` seconds."""
        try:
            async with asyncio.timeout(timeout):
                while self._tasks:
                    await asyncio.gather(*list(self._tasks), return_exceptions=True)
        except TimeoutError:
            log.warning("%d article pages still in flight after %g s", len(self._tasks), timeout)

    async def close(self) -> None:
        """Cancel the pages in flight (at shutdown: they stay 'pending' on their entry, and the
        next start fetches them again: Pipeline.resume_pages)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _page(self, page: PageWanted) -> None:
        try:
            outcome = await self._fetch_and_extract(page)
        except asyncio.CancelledError:
            raise
        except Exception as err:  # noqa: BLE001 - a page must never stop the monitor
            outcome = PageFailure("error", f"{type(err).__name__}: {err}")
            log.warning("page of entry %s (%s) failed: %s", page.entry_id, page.link, outcome.reason)
        for attempt in range(1, self.store_attempts + 1):
            try:
                ids = self._store(page, outcome)
                break
            except Exception as err:  # noqa: BLE001 - e.g. disk full: the entry stays as the feed gave it
                last = attempt == self.store_attempts
                log.warning("page of entry %s (%s) not stored: %s: %s; %s", page.entry_id, page.link,
                            type(err).__name__, err, "fetched again at the next start" if last
                            else f"tried again in {self.store_retry_seconds:g} s")
                if last:
                    return  # still 'pending': `resume` at the next start
                await asyncio.sleep(self.store_retry_seconds)
        if ids:
            self.on_alerts(ids)

    def _store(self, page: PageWanted, outcome: PageFailure | tuple[str, Matcher]) -> tuple[int, ...]:
        if isinstance(outcome, PageFailure):
            record_page_failure(self.db, page, outcome.kind, outcome.reason)
            return ()
        text, matcher = outcome
        return record_page(self.db, page, text, matcher, now=self.clock())

    async def _fetch_and_extract(self, page: PageWanted) -> PageFailure | tuple[str, Matcher]:
        """(the page's text, the matcher for it), or why there is none."""
        fetched = await self.reader.read(page.link, private_ok=page.private_ok)
        if isinstance(fetched, PageFailure):
            return fetched
        extracted, matcher = await self.analyser.page(fetched.body, fetched.final_url, fetched.content_type,
                                                      page.entry, page.source)
        if not isinstance(extracted, ArticleText):
            return PageFailure(extracted.kind, extracted.reason)
        return extracted.text, matcher
