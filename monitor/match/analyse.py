"""The parse step with the text work that follows it: inline, or in worker processes.

feedparser, normalising text and matching watches are CPU-bound and hold the GIL. In worker
processes they run on the other cores while the event loop fetches and the store writes
(issue 6: a cold cycle needs both cores). What runs in a worker is monitor/match/worker.py.
"""
from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path

from monitor.decide.fulltext import with_page
from monitor.ingest.extract import ArticleText, Extracted
from monitor.ingest.parse import parse_feed
from monitor.match.matcher import Matcher, MatcherCache
from monitor.match.worker import EntryAnalysis, analyse_feed, analyse_page, ignore_interrupts, page_analysis
from monitor.model import Entry, ParsedFeed, Prepared, Span, Watch


@dataclass(frozen=True)
class Analysed:
    """A parsed feed and the matcher the store uses for its entries."""

    feed: ParsedFeed
    matcher: Matcher


class InlineAnalyser:
    """Parse in the event loop's thread; entries are analysed only if the store asks (new ones)."""

    def __init__(self, matchers: MatcherCache) -> None:
        self.matchers = matchers

    async def __call__(self, body: bytes, url: str, content_type: str | None, now: datetime,
                       source: str = "") -> Analysed:
        return Analysed(parse_feed(body, url=url, content_type=content_type, now=now), self.matchers.get())

    async def page(self, body: bytes, url: str, content_type: str | None, entry: Entry,
                   source: str = "") -> tuple[Extracted, Matcher]:
        """An article page's text, and the matcher for `with_page(entry, text)`. Extracting and
        matching take tens of milliseconds of CPU: in a thread, never in the event loop."""
        matcher = self.matchers.get()  # here: the database is read on the loop's connection
        extracted, analysis = await asyncio.to_thread(page_analysis, matcher, body, url, content_type, entry,
                                                      source)
        return extracted, page_matcher(matcher.watches, entry, extracted, analysis)

    def close(self) -> None:
        pass


class PrecomputedMatcher:
    """The store's Matcher over analyses a worker made for these very entries."""

    def __init__(self, watches: Mapping[int, Watch], entries: Sequence[Entry],
                 analyses: Sequence[EntryAnalysis]) -> None:
        self.watches = watches
        # By the entry itself (frozen, compared by value): equal entries have equal analyses.
        self._analyses = dict(zip(entries, analyses))

    def prepare(self, entry: Entry) -> Prepared:
        return self._analyses[entry].prepared

    def match(self, entry: Entry, source: str = "") -> Mapping[int, tuple[Span, ...]]:
        # The worker matched with this feed's name already. A watch removed since the worker matched is not alerted.
        return {k: v for k, v in self._analyses[entry].matches.items() if k in self.watches}


def page_matcher(watches: Mapping[int, Watch], entry: Entry, extracted: Extracted,
                 analysis: EntryAnalysis | None) -> PrecomputedMatcher:
    """The store's Matcher for `with_page(entry, text)`, over the analysis made with the page
    (none when the page gave no text)."""
    if not isinstance(extracted, ArticleText) or analysis is None:
        return PrecomputedMatcher(watches, [], [])
    return PrecomputedMatcher(watches, [with_page(entry, extracted.text)], [analysis])


class ProcessAnalyser:
    """Parse, analyse and match in a pool of worker processes."""

    def __init__(self, db_path: str | Path, matchers: MatcherCache, workers: int = 2) -> None:
        self.db_path, self.matchers = str(db_path), matchers
        # spawn: a worker imports only what parsing and matching need (~40 MB resident), not
        # the bot, the scheduler and the HTTP client of `run` (~70 MB), which a forked worker
        # would hold as well (issue 6: 1,000 feeds in under 200 MB). Started once, in `run`.
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                         initializer=ignore_interrupts)
        for started in [self._pool.submit(int) for _ in range(workers)]:
            started.result()

    async def __call__(self, body: bytes, url: str, content_type: str | None, now: datetime,
                       source: str = "") -> Analysed:
        loop = asyncio.get_running_loop()
        parsed, analyses = await loop.run_in_executor(
            self._pool, analyse_feed, body, url, content_type, now, self.db_path, self.matchers.aliases,
            source)
        return Analysed(parsed, PrecomputedMatcher(self.matchers.watches(), parsed.entries, analyses))

    async def page(self, body: bytes, url: str, content_type: str | None, entry: Entry,
                   source: str = "") -> tuple[Extracted, Matcher]:
        """An article page extracted and matched (with its entry) in a worker."""
        loop = asyncio.get_running_loop()
        extracted, analysis = await loop.run_in_executor(
            self._pool, analyse_page, body, url, content_type, entry, self.db_path, self.matchers.aliases, source)
        return extracted, page_matcher(self.matchers.watches(), entry, extracted, analysis)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
