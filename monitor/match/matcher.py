"""The match step: active watches compiled into one WatchIndex, rebuilt when the watches change."""
from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from monitor.model import Entry, Prepared, Span, Watch
from monitor.query import (
    Aliases,
    Document,
    QueryError,
    WatchIndex,
    analyse,
    parse_query,
    terms_for_index,
    title_key,
)
from monitor.store.watches import active_watches, next_pause_end, watches_version

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# More than one poll's entries (feeds give 10 to 100), so a poll's entries stay analysed
# between prepare() and match(); few enough that the memory is nothing.
_DOCUMENTS_KEPT = 512


def aliases_of(groups: Sequence[Sequence[str]]) -> Aliases | None:
    """The operator's alias groups (config `[aliases]`) as the query language takes them."""
    return Aliases.from_groups(groups) if groups else None


class Matcher(Protocol):
    """The match step as a poll's store step uses it."""

    @property
    def watches(self) -> Mapping[int, Watch]:
        """The active watches, by id."""
        ...

    def prepare(self, entry: Entry) -> Prepared:
        """Index terms and title key of an entry."""
        ...

    def match(self, entry: Entry, source: str = "") -> Mapping[int, tuple[Span, ...]]:
        """The watches this entry of the feed named `source` matches, with the matched spans."""
        ...


class WatchMatcher:
    """Matches entries against a fixed set of watches (the store's `Matcher`)."""

    def __init__(self, watches: Sequence[Watch], aliases: Aliases | None = None) -> None:
        self.watches: dict[int, Watch] = {}
        self._index = WatchIndex()
        for watch in watches:
            try:
                query = parse_query(watch.query, aliases)
            except QueryError as err:  # config and /watch validate first; a bad row must not stop polling
                log.warning("watch %s (%s) skipped: %s", watch.id, watch.name, err)
                continue
            self._index.add(watch.id, query)
            self.watches[watch.id] = watch
        # A poll prepares its entries, then matches the new ones: analyse each once. Keyed by
        # what is analysed, so an equal entry (a re-parse of the same item) finds it too.
        self._documents: dict[tuple[str, str], Document] = {}

    def _document(self, entry: Entry) -> Document:
        key = (entry.title, entry.text)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= _DOCUMENTS_KEPT:
                self._documents.clear()
            document = self._documents[key] = analyse(entry.title, entry.text)
        return document

    def prepare(self, entry: Entry) -> Prepared:
        return Prepared(terms=terms_for_index(self._document(entry)), title_key=title_key(entry.title))

    def match(self, entry: Entry, source: str = "") -> Mapping[int, tuple[Span, ...]]:
        if not self.watches:
            return {}
        document = self._document(entry)
        if self._index.uses_outlets:
            document = document.from_outlet(source, entry.link)
        found = self._index.match(document)
        return {watch_id: m.spans for watch_id, m in found.items()}

    def forget(self, entry: Entry) -> None:
        """Drop the entry's analysis: an article page's (up to 100 KB) is used once."""
        self._documents.pop((entry.title, entry.text), None)


@dataclass
class MatcherCache:
    """Hands out a WatchMatcher, rebuilt only when the watches change: an edit (a trigger bumps
    a counter on every change to watches or chats), new aliases, or the end of a pause."""

    db: sqlite_utils.Database
    clock: Callable[[], datetime]
    aliases: Aliases | None = None
    _version: int | None = None
    _pause_ends: datetime | None = None  # the earliest pause still running at the last load
    _watches: dict[int, Watch] | None = None
    _matcher: WatchMatcher | None = None

    def set_aliases(self, aliases: Aliases | None) -> None:
        self.aliases = aliases
        self._matcher = None

    def watches(self) -> dict[int, Watch]:
        """The active watches by id, without compiling them (what matching in workers needs here)."""
        self._refresh()
        return self._watches

    def get(self) -> WatchMatcher:
        self._refresh()
        if self._matcher is None:
            # Building 100,000 watches takes seconds: only when something really changed.
            self._matcher = WatchMatcher(list(self._watches.values()), self.aliases)
        return self._matcher

    def _refresh(self) -> None:
        now = self.clock()
        version = watches_version(self.db)
        ended = self._pause_ends is not None and now >= self._pause_ends
        if self._watches is None or version != self._version or ended:
            self._watches = {watch.id: watch for watch in active_watches(self.db, now)}
            self._matcher = None
            self._version = version
            self._pause_ends = next_pause_end(self.db, now)
