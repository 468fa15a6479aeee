"""What a worker process runs: a feed parsed and its entries matched, or an article page
extracted and matched with its entry (monitor/match/analyse.py hands the work over).

A worker imports this module and what it needs, nothing of the parent's event loop or of
sqlite_utils: each import costs its memory once per worker (issue 11: `run` with its
workers in 200 MB). Each worker keeps its own matcher over the same database file, read
through a plain read-only connection, rebuilt when the watches change, as the parent does.
"""
from __future__ import annotations

import signal
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from monitor.decide.fulltext import with_page
from monitor.ingest.extract import ArticleText, Extracted, extract_article
from monitor.ingest.parse import parse_feed
from monitor.match.matcher import MatcherCache, WatchMatcher
from monitor.model import Entry, ParsedFeed, Prepared, Span
from monitor.query import Aliases
from monitor.store.db import open_reader
from monitor.times import utcnow


@dataclass(frozen=True)
class EntryAnalysis:
    """What a worker computed for one entry: its stored form and the watches it matches."""

    prepared: Prepared
    matches: Mapping[int, tuple[Span, ...]]


def ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the parent stops cleanly and closes the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


_matchers: dict[str, MatcherCache] = {}  # per worker process, by database file


def _matcher(db_path: str, aliases: Aliases | None) -> WatchMatcher:
    matchers = _matchers.get(db_path)
    if matchers is None:
        matchers = _matchers[db_path] = MatcherCache(open_reader(db_path), utcnow, aliases)
    elif matchers.aliases != aliases:
        matchers.set_aliases(aliases)
    return matchers.get()


def analyse_feed(body: bytes, url: str, content_type: str | None, now: datetime, db_path: str,
                 aliases: Aliases | None, source: str = "") -> tuple[ParsedFeed, list[EntryAnalysis]]:
    parsed = parse_feed(body, url=url, content_type=content_type, now=now)
    matcher = _matcher(db_path, aliases)
    return parsed, [entry_analysis(matcher, entry, source) for entry in parsed.entries]


def analyse_page(body: bytes, url: str, content_type: str | None, entry: Entry, db_path: str,
                 aliases: Aliases | None, source: str = "") -> tuple[Extracted, EntryAnalysis | None]:
    return page_analysis(_matcher(db_path, aliases), body, url, content_type, entry, source)


def page_analysis(matcher: WatchMatcher, body: bytes, url: str, content_type: str | None, entry: Entry,
                  source: str = "") -> tuple[Extracted, EntryAnalysis | None]:
    """The page's text, and its entry matched with it (None when the page gave no text)."""
    extracted = extract_article(body, url, content_type)
    if not isinstance(extracted, ArticleText):
        return extracted, None
    return extracted, entry_analysis(matcher, with_page(entry, extracted.text), source)


def entry_analysis(matcher: WatchMatcher, entry: Entry, source: str) -> EntryAnalysis:
    """The entry's stored form and its matches; its analysis is not kept (the parent stores it)."""
    try:
        return EntryAnalysis(matcher.prepare(entry), dict(matcher.match(entry, source)))
    finally:
        matcher.forget(entry)
