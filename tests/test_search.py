"""Search over stored entries: FTS5 candidates, then the exact matcher, newest first."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from monitor.match.matcher import WatchMatcher
from monitor.model import Entry, Span
from monitor.query import analyse, fts_expression, parse_query
from monitor.store import open_database
from monitor.pipeline.record import record_entries
from monitor.store.feeds import get_feed, list_feeds, sync_config_feeds
from monitor.store.indexing import index_pending
from monitor.store.search import search_entries
from tests.helpers import T0, WordMatcher

H = timedelta(hours=1)


@dataclass(frozen=True)
class Matched:
    spans: tuple[Span, ...]


def all_words(*words: str):
    """An exact matcher over plain words, recording what it was asked to decide."""
    asked: list[str] = []

    def match(title: str, text: str, source: str = "", link: str = "") -> Matched | None:
        asked.append(title)
        haystack = f"{title} {text}".lower().split()
        if all(w in haystack for w in words):
            start = title.lower().find(words[0])
            return Matched((Span("title", start, start + len(words[0])),) if start >= 0 else ())
        return None

    match.asked = asked  # type: ignore[attr-defined]
    return match


def store(db, feed: str, *entries: Entry) -> None:
    (feed_id,) = db.execute("SELECT id FROM feeds WHERE name = ?", (feed,)).fetchone()
    record_entries(db, get_feed(db, feed_id), entries, now=T0, matcher=WordMatcher([]))


@pytest.fixture
def db(tmp_path):
    db = open_database(tmp_path / "veille.db")
    sync_config_feeds(db, [("LeMagIT", "https://www.lemagit.fr/rss", None),
                           ("LeMagIT cloud", "https://www.lemagit.fr/cloud", None),
                           ("ZDNet", "https://www.zdnet.fr/rss", None)], T0)
    store(db, "LeMagIT",
          Entry("1", "https://www.lemagit.fr/1", "aws licencie", "plan social", tags=("cloud",), published=T0 - 3 * H),
          Entry("2", "https://www.lemagit.fr/2", "azure recrute", "aws aussi", published=T0 - 2 * H),
          Entry("3", "https://www.lemagit.fr/3", "rien", "sans rapport", published=T0 - 1 * H))
    store(db, "ZDNet",
          Entry("z1", "https://www.zdnet.fr/1", "aws encore", "licencie", published=T0 - 30 * H),
          Entry("z2", "https://www.zdnet.fr/2", "les laws", "jaws", published=T0))
    # The same story as LeMagIT #1, from a second feed: found once, newest entry first.
    store(db, "LeMagIT cloud", Entry("c1", "https://www.lemagit.fr/1", "aws licencie (cloud)", "", published=T0 - 4 * H))
    index_pending(db)
    return db


def titles(found) -> list[str]:
    return [f.title for f in found]


def test_fts_candidates_then_exact_match_newest_first(db) -> None:
    match = all_words("aws")
    found = search_entries(db, fts="aws", since=None, limit=10, matcher=match)
    assert titles(found) == ["azure recrute", "aws licencie", "aws encore"]
    # FTS narrowed the candidates: the matcher never saw entries without the word.
    assert "rien" not in match.asked and "les laws" not in match.asked
    first = found[1]
    assert (first.feed_name, first.guid, first.link) == ("LeMagIT", "1", "https://www.lemagit.fr/1")
    assert first.tags == ("cloud",)
    assert first.published == T0 - 3 * H and first.spans == (Span("title", 0, 3),)
    assert first.story_id == first.id


def test_exact_matcher_decides(db) -> None:
    # FTS proposes every "aws" entry; only those also saying "licencie" are kept.
    assert titles(search_entries(db, fts="aws", since=None, limit=10, matcher=all_words("aws", "licencie"))) == [
        "aws licencie", "aws encore"]


def test_since_limit_and_scan_without_fts(db) -> None:
    assert titles(search_entries(db, fts="aws", since=T0 - 5 * H, limit=10, matcher=all_words("aws"))) == [
        "azure recrute", "aws licencie"]
    assert titles(search_entries(db, fts="aws", since=None, limit=1, matcher=all_words("aws"))) == ["azure recrute"]
    assert search_entries(db, fts="aws", since=None, limit=0, matcher=all_words("aws")) == []
    # No FTS expression (e.g. a query the index cannot narrow): scan by date.
    scan = all_words("jaws")
    assert titles(search_entries(db, fts=None, since=None, limit=10, matcher=scan)) == ["les laws"]
    assert "rien" in scan.asked


def test_entries_not_indexed_yet_are_found_too_and_once_indexed_found_once(db) -> None:
    store(db, "ZDNet", Entry("z3", "https://www.zdnet.fr/3", "aws annonce", "", published=T0 + H),
             Entry("z4", "https://www.zdnet.fr/4", "sans rapport", "", published=T0 + 2 * H))
    match = all_words("aws")
    assert titles(search_entries(db, fts="aws", since=None, limit=2, matcher=match)) == ["aws annonce", "azure recrute"]
    assert "sans rapport" in match.asked  # not indexed yet: read directly, the matcher decides
    assert index_pending(db) == 2 and index_pending(db) == 0
    match = all_words("aws")
    found = search_entries(db, fts="aws", since=None, limit=10, matcher=match)
    assert titles(found) == ["aws annonce", "azure recrute", "aws licencie", "aws encore"]
    assert "sans rapport" not in match.asked


def test_bad_fts_expression_is_a_value_error(db) -> None:
    with pytest.raises(ValueError, match="full-text"):
        search_entries(db, fts='"unbalanced', since=None, limit=10, matcher=all_words("aws"))


def test_with_the_query_package(tmp_path) -> None:
    db = open_database(tmp_path / "veille.db")
    sync_config_feeds(db, [("LeMagIT", "https://www.lemagit.fr/rss", None)], T0)
    feed = list_feeds(db)[0]
    entries = [
        Entry("1", "https://www.lemagit.fr/1", "AWS : des licenciements en France", "", published=T0 - 2 * H),
        Entry("2", "https://www.lemagit.fr/2", "Amazon Web Services licencie", "L’AWS réduit ses équipes",
              published=T0 - H),
        Entry("3", "https://www.lemagit.fr/3", "Licenciements chez Azure", "pas chez AWSome", published=T0),
        Entry("4", "https://www.lemagit.fr/4", "AWS recrute", "aucun licenciement… -AWS", published=T0),
    ]
    record_entries(db, feed, entries, now=T0, matcher=WatchMatcher([]))
    query = parse_query('licenciements AWS -Azure')
    found = search_entries(
        db, fts=fts_expression(query), since=None, limit=10,
        matcher=lambda title, text, source, link: query.match(analyse(title, text, source, link)),
    )
    assert [f.guid for f in found] == ["4", "2", "1"]
    assert all(f.spans for f in found)
