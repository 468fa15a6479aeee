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
from urllib.parse import urlsplit

import sqlite_utils

from monitor.ingest.extract import MAX_BYTES, ArticleText, Extracted
from monitor.ingest.fetch import HTML_TYPES, PAGE_ACCEPT, FetchError, Fetcher
from monitor.ingest.politeness import PageGate, site_of
from monitor.ingest.robots import MAX_BYTES as ROBOTS_BYTES
from monitor.ingest.robots import RobotsCache
from monitor.match.matcher import Matcher
from monitor.model import Entry, PageWanted
from monitor.pipeline.record import record_page, record_page_failure
from monitor.times import utcnow

log = logging.getLogger(__name__)

# A fetch refused for its media type is, for the operator, a page that is not HTML.
_KINDS = {"not_allowed_type": "not_html"}


@dataclass(frozen=True, slots=True)
class PageFailure:
    """Why a page gave no text: a fetch error's or the extractor's kind, or "robots"."""

    kind: str
    reason: str


class PageAnalyser(Protocol):
    async def page(self, body: bytes, url: str, content_type: str | None,
                   entry: Entry) -> tuple[Extracted, Matcher]: ...


@dataclass
class PageFetcher:
    """`submit(pages)` starts their fetches; `drain()` waits for the ones in flight."""

    db: sqlite_utils.Database
    fetcher: Fetcher
    analyser: PageAnalyser
    clock: Callable[[], datetime] = utcnow
    on_alerts: Callable[[tuple[int, ...]], object] = lambda ids: None  # e.g. wake the deliverer
    gate: PageGate = field(default_factory=PageGate)
    max_bytes: int = MAX_BYTES
    alert_ids: list[int] = field(default_factory=list)  # every alert the pages added, in order
    _tasks: set[asyncio.Task] = field(default_factory=set)
    _robots: dict[bool, RobotsCache] = field(default_factory=dict)
    # robots.txt fetches refused by the trust, by URL: the page is refused for that, not for robots.
    _refused: dict[str, str] = field(default_factory=dict)

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
        """Cancel the pages in flight (at shutdown: they stay 'pending' on their entry)."""
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
            log.exception("page of entry %s failed", page.entry_id)
            outcome = PageFailure("unparsable", f"{type(err).__name__}: {err}")
        try:
            if isinstance(outcome, PageFailure):
                record_page_failure(self.db, page, outcome.kind, outcome.reason)
                return
            text, matcher = outcome
            ids = record_page(self.db, page, text, matcher, now=self.clock())
        except Exception:  # noqa: BLE001 - e.g. disk full: the entry stays as the feed gave it
            log.exception("page of entry %s not stored", page.entry_id)
            return
        if ids:
            self.alert_ids.extend(ids)
            self.on_alerts(ids)

    async def _fetch_and_extract(self, page: PageWanted) -> PageFailure | tuple[str, Matcher]:
        """(the page's text, the matcher for it), or why there is none."""
        async with self.gate.slot(site_of(page.link)):
            if not await self._robots_for(page.private_ok).allowed(page.link):
                refused = self._refused.get(_robots_url(page.link))
                if refused is not None and not page.private_ok:
                    return PageFailure("not_allowed", refused)
                return PageFailure("robots", "robots.txt disallows Veille on this page")
            try:
                fetched = await self.fetcher.fetch(page.link, private_ok=page.private_ok, accept=PAGE_ACCEPT,
                                                   content_types=HTML_TYPES, max_bytes=self.max_bytes)
            except FetchError as err:
                return PageFailure(_KINDS.get(err.kind, err.kind), str(err))
        extracted, matcher = await self.analyser.page(fetched.body, fetched.final_url, fetched.content_type,
                                                      page.entry)
        if not isinstance(extracted, ArticleText):
            return PageFailure(extracted.kind, extracted.reason)
        return extracted.text, matcher

    def _robots_for(self, private_ok: bool) -> RobotsCache:
        # One cache per trust: a chat feed's refused robots.txt must not close an operator's site.
        robots = self._robots.get(private_ok)
        if robots is None:
            robots = self._robots[private_ok] = RobotsCache(lambda url: self._robots_txt(url, private_ok))
        return robots

    async def _robots_txt(self, url: str, private_ok: bool) -> tuple[int, str] | None:
        try:
            fetched = await self.fetcher.fetch(url, private_ok=private_ok, accept="text/plain",
                                               max_bytes=ROBOTS_BYTES)
        except FetchError as err:
            if err.kind == "not_allowed":
                if len(self._refused) >= 1024:
                    self._refused.clear()
                self._refused[url] = str(err)
            if err.kind == "too_large":
                return None  # not a robots.txt: treated as a failure (disallow, retried soon)
            return (err.status, "") if err.status is not None else None
        return fetched.status, fetched.body.decode("utf-8", errors="replace")


def _robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}/robots.txt"
