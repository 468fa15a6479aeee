"""The parse step with the text work that follows it: inline, or in worker processes.

feedparser, normalising text and matching watches are CPU-bound and hold the GIL. In worker
processes they run on the other cores while the event loop fetches and the store writes
(issue 6: a cold cycle needs both cores). Each worker keeps its own matcher over the same
database file, rebuilt when the watches change, exactly as the main process does.
"""
from __future__ import annotations

import asyncio
import signal
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path

from monitor.times import utcnow
from monitor.match.matcher import Matcher, MatcherCache
from monitor.model import Entry, ParsedFeed, Prepared, Span, Watch
from monitor.ingest.parse import parse_feed
from monitor.query import Aliases
from monitor.store import open_database


@dataclass(frozen=True)
class Analysed:
    """A parsed feed and the matcher the store uses for its entries."""

    feed: ParsedFeed
    matcher: Matcher


class InlineAnalyser:
    """Parse in the event loop's thread; entries are analysed only if the store asks (new ones)."""

    def __init__(self, matchers: MatcherCache) -> None:
        self.matchers = matchers

    async def __call__(self, body: bytes, url: str, content_type: str | None, now: datetime) -> Analysed:
        return Analysed(parse_feed(body, url=url, content_type=content_type, now=now), self.matchers.get())

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class EntryAnalysis:
    """What a worker computed for one entry: its stored form and the watches it matches."""

    prepared: Prepared
    matches: Mapping[int, tuple[Span, ...]]


class PrecomputedMatcher:
    """The store's Matcher over analyses a worker made for these very entries."""

    def __init__(self, watches: Mapping[int, Watch], entries: Sequence[Entry],
                 analyses: Sequence[EntryAnalysis]) -> None:
        self.watches = watches
        # By the entry itself (frozen, compared by value): equal entries have equal analyses.
        self._analyses = dict(zip(entries, analyses))

    def prepare(self, entry: Entry) -> Prepared:
        return self._analyses[entry].prepared

    def match(self, entry: Entry) -> Mapping[int, tuple[Span, ...]]:
        # A watch removed since the worker matched is not alerted.
        return {k: v for k, v in self._analyses[entry].matches.items() if k in self.watches}


class ProcessAnalyser:
    """Parse, analyse and match in a pool of worker processes."""

    def __init__(self, db_path: str | Path, matchers: MatcherCache, workers: int = 2) -> None:
        self.db_path, self.matchers = str(db_path), matchers
        # spawn: a worker imports only what parsing and matching need (~40 MB resident), not
        # the bot, the scheduler and the HTTP client of `run` (~70 MB), which a forked worker
        # would hold as well (issue 6: 1,000 feeds in under 200 MB). Started once, in `run`.
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                         initializer=_leave_interrupts_to_the_parent)
        for started in [self._pool.submit(int) for _ in range(workers)]:
            started.result()

    async def __call__(self, body: bytes, url: str, content_type: str | None, now: datetime) -> Analysed:
        loop = asyncio.get_running_loop()
        parsed, analyses = await loop.run_in_executor(
            self._pool, _analyse_in_worker, body, url, content_type, now, self.db_path, self.matchers.aliases)
        return Analysed(parsed, PrecomputedMatcher(self.matchers.watches(), parsed.entries, analyses))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _leave_interrupts_to_the_parent() -> None:
    # Ctrl-C reaches the whole process group: the parent stops cleanly and closes the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


_worker_matchers: dict[str, MatcherCache] = {}  # per worker process, by database file


def _analyse_in_worker(body: bytes, url: str, content_type: str | None, now: datetime, db_path: str,
                       aliases: Aliases | None) -> tuple[ParsedFeed, list[EntryAnalysis]]:
    parsed = parse_feed(body, url=url, content_type=content_type, now=now)
    matchers = _worker_matchers.get(db_path)
    if matchers is None:
        matchers = _worker_matchers[db_path] = MatcherCache(open_database(db_path), utcnow, aliases)
    elif matchers.aliases != aliases:
        matchers.set_aliases(aliases)
    matcher = matchers.get()
    return parsed, [EntryAnalysis(matcher.prepare(entry), dict(matcher.match(entry))) for entry in parsed.entries]
