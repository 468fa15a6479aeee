"""The store on a real SQLite file: entries across polls, one transaction, feeds, watches."""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone

import pytest

from monitor.match.matcher import WatchMatcher
from monitor.model import CONSOLE_CHAT, Entry, Span, Watch
from monitor.decide.cadence import counted_window
from monitor.pipeline.record import StoreResult, record_entries
from monitor.store.entries import count_published
from monitor.store.indexing import index_pending
from monitor.store.feeds import (
    REMOVED_FROM_CONFIG,
    FeedRow,
    add_feed,
    get_feed,
    list_feeds,
    record_failure,
    record_not_modified,
    record_success,
    remove_feed,
    sync_config_feeds,
)
from monitor.store.watches import (
    active_watches,
    add_watch,
    chat_watches,
    remove_watch,
    sync_config_watches,
)

from tests.helpers import T0, WordMatcher
MIN = timedelta(minutes=1)


class BrokenMatcher(WordMatcher):
    """Fails in the middle of a write, like a bug in the query package would."""

    def match(self, entry: Entry, source: str = "") -> Mapping[int, tuple[Span, ...]]:
        raise RuntimeError("matcher bug")


def article(n: int, title: str, text: str = "", *, site: str = "https://www.lemagit.fr", guid: str | None = None,
            published: datetime | None = T0) -> Entry:
    return Entry(guid=guid or f"guid-{n}", link=f"{site}/article-{n}", title=title, text=text, published=published)


def feed_named(db, name: str) -> FeedRow:
    return next(f for f in list_feeds(db) if f.name == name)


@pytest.fixture
def feeds(db) -> dict[str, FeedRow]:
    sync_config_feeds(db, [
        ("LeMagIT", "https://www.lemagit.fr/rss/actualites.xml", None),
        ("LeMagIT cloud", "https://www.lemagit.fr/rss/cloud.xml", None),
        ("ZDNet", "https://www.zdnet.fr/feeds/rss/actualites/", 600),
    ], T0)
    return {f.name: f for f in list_feeds(db)}


@pytest.fixture
def watches(db) -> dict[str, Watch]:
    sync_config_watches(db, [("aws", "AWS licencie", [100]), ("console", "AWS", [])], T0)
    add_watch(db, 100, "azure", "Azure", T0)
    add_watch(db, 200, "aws 200", "AWS", T0)
    return {w.name: w for w in active_watches(db, T0)}


def count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def outbox(db) -> list[tuple[int, int, int, list[int]]]:
    rows = db.execute("SELECT chat_id, story_id, entry_id, watch_ids FROM outbox ORDER BY id").fetchall()
    return [(c, s, e, json.loads(w)) for c, s, e, w in rows]


def entry_row(db, feed_id: int, guid: str) -> dict:
    return next(db.query("SELECT * FROM entries WHERE feed_id = ? AND guid = ?", [feed_id, guid]))


def poll(db, feed: FeedRow, entries: Sequence[Entry], now: datetime = T0, matcher=None) -> StoreResult:
    matcher = matcher or WordMatcher(active_watches(db, now))
    return record_entries(db, get_feed(db, feed.id), entries, now=now, matcher=matcher)


def test_backlog_stored_not_alerted_then_new_entries_alert(db, feeds, watches) -> None:
    feed = feeds["LeMagIT"]
    backlog = [article(1, "AWS licencie 500 salariés"), article(2, "Azure recrute"), article(3, "Rien à voir")]
    first = poll(db, feed, backlog)
    assert (first.new, first.updated, first.unchanged, first.duplicate) == (3, 0, 0, 0)
    assert first.alert_ids == ()
    assert count(db, "entries") == 3 and count(db, "outbox") == 0
    # The backlog's hits are kept (for /watch answers and search), just not alerted.
    assert first.hits == count(db, "hits") == 4  # aws, console, aws 200 on #1; azure on #2
    assert get_feed(db, feed.id).backlog_done is True

    matcher = WordMatcher(active_watches(db, T0))
    second = poll(db, feed, backlog, T0 + MIN, matcher)
    assert (second.new, second.unchanged, second.alert_ids) == (0, 3, ())
    assert matcher.matched == []  # unchanged entries are never matched again

    fresh = article(4, "Azure et AWS licencie aussi", published=None)
    third = poll(db, feed, [fresh, *backlog], T0 + 2 * MIN)
    assert (third.new, third.unchanged) == (1, 3)
    entry_id = entry_row(db, feed.id, "guid-4")["id"]
    w = watches
    assert outbox(db) == [
        (CONSOLE_CHAT, entry_id, entry_id, [w["console"].id]),
        # Two watches of chat 100 matched: one alert naming both.
        (100, entry_id, entry_id, sorted([w["aws"].id, w["azure"].id])),
        (200, entry_id, entry_id, [w["aws 200"].id]),
    ]
    assert len(third.alert_ids) == 3
    assert db.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0] == 3
    row = entry_row(db, feed.id, "guid-4")
    assert row["published"] == row["first_seen"] == "2026-11-27T05:02:00+00:00"  # no date: first seen
    assert row["story_id"] == row["id"]


def test_updated_entry_is_rewritten_not_alerted(db, feeds, watches) -> None:
    feed = feeds["LeMagIT"]
    poll(db, feed, [])  # first poll: empty backlog, alerts from now on
    assert get_feed(db, feed.id).backlog_done
    poll(db, feed, [article(1, "AWS licencie", "première version")])
    assert len(outbox(db)) == 3
    assert index_pending(db) == 1
    edited = Entry("guid-1", "https://www.lemagit.fr/article-1", "AWS licencie 500", "corrigé", tags=("cloud",),
                   published=T0)
    result = poll(db, feed, [edited], T0 + MIN)
    assert (result.new, result.updated, result.unchanged, result.alert_ids) == (0, 1, 0, ())
    row = entry_row(db, feed.id, "guid-1")
    assert (row["title"], row["text"], json.loads(row["tags"])) == ("AWS licencie 500", "corrigé", ["cloud"])
    assert row["updated"] == "2026-11-27T05:01:00+00:00" and row["first_seen"] == "2026-11-27T05:00:00+00:00"
    assert len(outbox(db)) == 3
    # The full-text index follows the edit of an indexed entry.
    assert db.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'corrigé'").fetchall() == [(row["id"],)]
    assert db.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'première'").fetchall() == []


def test_same_story_across_feeds_alerts_each_chat_once(db, feeds, watches) -> None:
    magit, cloud, zdnet = feeds["LeMagIT"], feeds["LeMagIT cloud"], feeds["ZDNet"]
    for feed in (magit, cloud, zdnet):
        poll(db, feed, [])
    poll(db, magit, [article(1, "AWS licencie", "chez Amazon")])
    story = entry_row(db, magit.id, "guid-1")["id"]
    assert {c for c, *_ in outbox(db)} == {CONSOLE_CHAT, 100, 200}

    # The same link in another feed of the site, under another guid: a duplicate of the story.
    same_link = Entry("cloud-9", "https://www.lemagit.fr/article-1", "AWS licencie (cloud)", "Azure aussi",
                      published=T0)
    # The same title from the same site within 48 h, with another link.
    same_title = Entry("cloud-10", "https://www.lemagit.fr/autre", "AWS licencie", "",
                       published=T0 + timedelta(hours=47))
    result = poll(db, cloud, [same_link, same_title], T0 + MIN)
    assert (result.new, result.duplicate) == (0, 2)
    assert entry_row(db, cloud.id, "cloud-9")["story_id"] == story
    assert entry_row(db, cloud.id, "cloud-10")["story_id"] == story
    # Chat 100 already had the story: the new watch that matches here (azure) gives nothing.
    assert result.alert_ids == ()
    assert count(db, "outbox") == 3
    # Hits of duplicates are kept.
    dup_id = entry_row(db, cloud.id, "cloud-9")["id"]
    assert db.execute("SELECT COUNT(*) FROM hits WHERE entry_id = ?", (dup_id,)).fetchone()[0] == 4

    # The same title more than 48 h after every stored entry of the story (T0, T0 + 47 h), or
    # from another site, is another story.
    later = Entry("cloud-11", "https://www.lemagit.fr/encore", "AWS licencie", "", published=T0 + timedelta(hours=96))
    other_site = article(12, "AWS licencie", site="https://www.zdnet.fr")
    assert poll(db, cloud, [later], T0 + 2 * MIN).new == 1
    assert poll(db, zdnet, [other_site], T0 + 2 * MIN).new == 1
    assert count(db, "outbox") == 9


def test_a_title_the_site_runs_every_weekday_for_months(db, feeds) -> None:
    # A weekday "Revue de presse" at 8:00 for 26 weeks: Monday to Friday are one story (each
    # within 48 h of the previous one), the weekend gap (72 h) starts the next week's story.
    magit, cloud, zdnet = feeds["LeMagIT"], feeds["LeMagIT cloud"], feeds["ZDNet"]
    monday = datetime(2026, 5, 4, 8, 0, tzinfo=timezone.utc)
    days = [monday + timedelta(weeks=w, days=d) for w in range(26) for d in range(5)]
    revue = [article(i, "Revue de presse", published=day) for i, day in enumerate(days)]
    result = poll(db, magit, revue, days[-1])
    assert (result.new, result.duplicate) == (26, 104)
    story_of_week = [entry_row(db, magit.id, f"guid-{5 * w}")["id"] for w in range(26)]
    assert {entry_row(db, magit.id, f"guid-{5 * w + 4}")["story_id"] for w in range(26)} == set(story_of_week)

    def republished(n: int, at: datetime, site: str = "https://www.lemagit.fr") -> Entry:
        return Entry(f"x{n}", f"{site}/revue-{n}", "Revue de presse", "", published=at)

    friday = [monday + timedelta(weeks=w, days=4) for w in range(26)]
    # Beyond 48 h of every stored one, or from another site, it is a story of its own.
    apart = [republished(6, friday[25] + timedelta(hours=49)), republished(7, monday - timedelta(hours=49))]
    assert poll(db, cloud, apart, days[-1]).new == 2
    assert poll(db, zdnet, [republished(8, friday[3], site="https://www.zdnet.fr")], days[-1]).new == 1
    # Exactly 48 h after the last one (alone in its poll: the lookup's lower time bound).
    edge = poll(db, cloud, [republished(9, friday[25] + timedelta(hours=48))], days[-1])
    assert edge.duplicate == 1 and entry_row(db, cloud.id, "x9")["story_id"] == story_of_week[25]
    # Within 48 h of one: that week's story (the ones above are newer stories, they lose to it).
    cases = [
        # Saturday 8:00 is also 48 h before the next Monday: the oldest story wins.
        (republished(1, friday[3] + timedelta(hours=24)), story_of_week[3]),
        (republished(2, friday[10] + timedelta(hours=49)), story_of_week[11]),  # Sunday 9:00: 47 h before Monday
        (republished(3, friday[20] - timedelta(hours=1)), story_of_week[20]),
        (republished(4, monday - timedelta(hours=48)), story_of_week[0]),  # the window's lower edge
        (republished(5, friday[25] + timedelta(hours=47)), story_of_week[25]),
    ]
    # One batch spanning months: the title lookup's time bounds cover every entry of it.
    result = poll(db, cloud, [entry for entry, _ in cases], days[-1])
    assert (result.new, result.duplicate) == (0, len(cases))
    assert [entry_row(db, cloud.id, e.guid)["story_id"] for e, _ in cases] == [story for _, story in cases]


def test_duplicate_reaches_a_chat_that_did_not_have_the_story(db, feeds, watches) -> None:
    magit, cloud = feeds["LeMagIT"], feeds["LeMagIT cloud"]
    poll(db, magit, [])
    poll(db, cloud, [])
    poll(db, magit, [article(1, "Azure recrute")])
    assert [c for c, *_ in outbox(db)] == [100]
    # The republished version now says AWS: chats 0 and 200 get the story, chat 100 not again.
    again = Entry("x", "https://www.lemagit.fr/article-1", "Azure recrute", "et AWS", published=T0)
    result = poll(db, cloud, [again], T0 + MIN)
    assert result.duplicate == 1
    story = entry_row(db, magit.id, "guid-1")["id"]
    dup = entry_row(db, cloud.id, "x")["id"]
    assert outbox(db)[1:] == [
        (CONSOLE_CHAT, story, dup, [watches["console"].id]),
        (200, story, dup, [watches["aws 200"].id]),
    ]


def test_one_batch_republished_and_repeated(db, feeds, watches) -> None:
    feed = feeds["LeMagIT"]
    poll(db, feed, [])
    twice_same_guid = [article(1, "AWS licencie"), article(1, "AWS licencie v2")]
    new_guid_same_link = Entry("other", "https://www.lemagit.fr/article-1", "AWS licencie !", "", published=T0)
    result = poll(db, feed, [*twice_same_guid, new_guid_same_link])
    assert (result.new, result.duplicate) == (1, 1)
    assert count(db, "entries") == 2
    assert entry_row(db, feed.id, "guid-1")["title"] == "AWS licencie"  # the first of a repeated guid
    # One story: one alert per chat, showing the first entry.
    first = entry_row(db, feed.id, "guid-1")["id"]
    assert [(c, s, e) for c, s, e, _ in outbox(db)] == [(0, first, first), (100, first, first), (200, first, first)]


def test_a_failure_inside_the_write_leaves_nothing(db, feeds, watches) -> None:
    feed = feeds["LeMagIT"]
    poll(db, feed, [])
    broken = BrokenMatcher(active_watches(db, T0))
    with pytest.raises(RuntimeError, match="matcher bug"):
        poll(db, feed, [article(1, "AWS licencie"), article(2, "Azure")], matcher=broken)
    assert [count(db, t) for t in ("entries", "hits", "outbox")] == [0, 0, 0]
    assert db.execute("SELECT COUNT(*) FROM entries_fts").fetchone()[0] == 0
    assert not db.conn.in_transaction
    # The same poll succeeds afterwards, alerts included.
    result = poll(db, feed, [article(1, "AWS licencie"), article(2, "Azure")])
    assert result.new == 2 and len(result.alert_ids) == 4


def test_first_poll_failure_keeps_the_backlog_silent(db, feeds, watches) -> None:
    feed = feeds["LeMagIT"]
    with pytest.raises(RuntimeError):
        poll(db, feed, [article(1, "AWS licencie")], matcher=BrokenMatcher(active_watches(db, T0)))
    assert get_feed(db, feed.id).backlog_done is False
    assert poll(db, feed, [article(1, "AWS licencie")]).alert_ids == ()


def test_store_inside_an_outer_transaction(db, feeds, watches) -> None:
    from monitor.store import transaction

    feed = feeds["LeMagIT"]
    poll(db, feed, [])
    with pytest.raises(RuntimeError, match="later step"):
        with transaction(db):
            poll(db, feed, [article(1, "AWS licencie")])
            raise RuntimeError("later step")  # e.g. recording the feed's state failed
    assert count(db, "entries") == count(db, "outbox") == 0


def test_with_the_query_package_matcher(db, feeds) -> None:
    sync_config_watches(db, [("licenciements AWS", "licenciements AWS", [100])], T0)
    feed = feeds["LeMagIT"]
    poll(db, feed, [])
    matcher = WatchMatcher(active_watches(db, T0))
    entries = [
        article(1, "Amazon Web Services : AWS licencie 500 salariés en France"),
        article(2, "Licenciements chez Microsoft", "Azure, pas l'AWS... ah si, d’AWS"),
        article(3, "Les lois (laws) du cloud", "licenciements chez jaws"),
    ]
    result = record_entries(db, get_feed(db, feed.id), entries, now=T0, matcher=matcher)
    assert result.new == 3
    assert [e for _, _, e, _ in outbox(db)] == [entry_row(db, feed.id, g)["id"] for g in ("guid-1", "guid-2")]
    row = entry_row(db, feed.id, "guid-1")
    assert row["title_key"] == "amazon web services aws licencie 500 salaries en france"
    assert "aws" in row["terms"].split()
    spans = json.loads(db.execute("SELECT spans FROM hits WHERE entry_id = ?", (row["id"],)).fetchone()[0])
    assert {row["title"][s:e] for _, s, e in spans} == {"AWS", "licencie"}


def test_count_published_for_the_cadence(db, feeds) -> None:
    feed = feeds["LeMagIT"]
    week = timedelta(days=7)
    moments = [T0 - week - MIN, T0 - week, T0 - 3 * MIN, T0, T0 + MIN, T0 + timedelta(days=3)]
    poll(db, feed, [article(i, f"titre {i}", published=at) for i, at in enumerate(moments)])
    # The week up to now, both ends included: not older, not future-dated.
    assert count_published(db, feed.id, *counted_window(T0)) == 3
    assert count_published(db, feed.id, *counted_window(T0 + timedelta(days=3))) == 4
    # Times compare as instants, whatever the zone they are given in.
    paris = timezone(timedelta(hours=1))
    assert count_published(db, feed.id, (T0 - 3 * MIN).astimezone(paris), T0.astimezone(paris)) == 2
    assert count_published(db, feeds["ZDNet"].id, *counted_window(T0)) == 0


# --- feeds ---------------------------------------------------------------------------------


def due(db, now: datetime) -> set[str]:
    """The enabled feeds whose next poll has come."""
    return {f.name for f in list_feeds(db) if not f.disabled_reason and (f.next_poll_at is None or f.next_poll_at <= now)}


def test_feed_state_round_trip(db, feeds) -> None:
    feed = feeds["ZDNet"]
    assert (feed.interval_seconds, feed.site, feed.backlog_done, feed.entries) == (600, "zdnet.fr", False, 0)
    assert due(db, T0) == {"LeMagIT", "LeMagIT cloud", "ZDNet"}

    record_success(db, feed.id, now=T0, etag='"v1"', last_modified="Fri, 27 Nov 2026 05:00:00 GMT",
                   permanent_url=None, malformed="not well-formed", next_poll=T0 + 10 * MIN)
    row = get_feed(db, feed.id)
    assert (row.etag, row.last_modified, row.malformed) == ('"v1"', "Fri, 27 Nov 2026 05:00:00 GMT", "not well-formed")
    assert (row.last_fetch, row.last_success, row.next_poll) == (
        "2026-11-27T05:00:00+00:00", "2026-11-27T05:00:00+00:00", "2026-11-27T05:10:00+00:00")
    assert row.next_poll_at == T0 + 10 * MIN
    assert "ZDNet" not in due(db, T0 + 9 * MIN)
    assert "ZDNet" in due(db, T0 + 10 * MIN)

    for i in (1, 2):
        record_failure(db, feed.id, now=T0 + i * MIN, error="HTTP 503", next_poll=T0 + 30 * MIN)
    row = get_feed(db, feed.id)
    assert (row.consecutive_failures, row.last_error) == (2, "HTTP 503")
    assert row.error_since == "2026-11-27T05:01:00+00:00" and row.last_fetch == "2026-11-27T05:02:00+00:00"
    assert row.etag == '"v1"'  # validators only change on success
    assert row.last_success == "2026-11-27T05:00:00+00:00"

    record_not_modified(db, feed.id, now=T0 + 31 * MIN, next_poll=T0 + 41 * MIN)
    row = get_feed(db, feed.id)
    assert (row.consecutive_failures, row.last_error, row.error_since, row.etag) == (0, None, None, '"v1"')

    record_success(db, feed.id, now=T0 + 41 * MIN, etag=None, last_modified=None, permanent_url=None,
                   malformed=None, next_poll=T0 + 51 * MIN)
    assert (get_feed(db, feed.id).etag, get_feed(db, feed.id).malformed) == (None, None)

    record_failure(db, feed.id, now=T0 + 51 * MIN, error="410 Gone", next_poll=T0 + 60 * MIN, disable="410 Gone")
    row = get_feed(db, feed.id)
    assert row.disabled_reason == "410 Gone"
    assert "ZDNet" not in due(db, T0 + timedelta(days=1))


def test_permanent_redirect_moves_the_url(db, feeds) -> None:
    magit, cloud = feeds["LeMagIT"], feeds["LeMagIT cloud"]
    moved = "https://www.lemagit.fr/rss/toutes.xml"
    record_success(db, magit.id, now=T0, etag=None, last_modified=None, permanent_url=moved,
                   malformed=None, next_poll=T0)
    row = get_feed(db, magit.id)
    assert (row.url, row.config_url, row.last_error) == (moved, "https://www.lemagit.fr/rss/actualites.xml", None)
    # A second config feed redirected to the same URL: recorded, not a crash, URL kept.
    record_success(db, cloud.id, now=T0, etag=None, last_modified=None, permanent_url=moved,
                   malformed=None, next_poll=T0)
    row = get_feed(db, cloud.id)
    assert row.url == "https://www.lemagit.fr/rss/cloud.xml"
    assert moved in row.last_error and "LeMagIT" in row.last_error
    # The config still names the old URL: a reload keeps the moved feed, no new row.
    sync_config_feeds(db, [("LeMagIT", "https://www.lemagit.fr/rss/actualites.xml", None)], T0)
    assert get_feed(db, magit.id).url == moved and get_feed(db, magit.id).disabled_reason is None
    # Adding the new URL to config while the old one is still there: a problem, not a second row.
    problems = sync_config_feeds(db, [("LeMagIT", "https://www.lemagit.fr/rss/actualites.xml", None),
                                      ("Toutes", moved, None)], T0)
    assert len(problems) == 1 and "already polled" in problems[0]
    assert len(list_feeds(db)) == 3


def test_sync_config_feeds(db, feeds) -> None:
    magit = feeds["LeMagIT"]
    poll(db, magit, [article(1, "AWS")])
    assert feed_named(db, "LeMagIT").entries == 1  # counted in the listing
    # Renamed, interval changed, one feed dropped, one added, one listed twice.
    problems = sync_config_feeds(db, [
        ("Le MagIT", "https://www.lemagit.fr/rss/actualites.xml", 300),
        ("ZDNet", "https://www.zdnet.fr/feeds/rss/actualites/", None),
        ("Next", "https://next.ink/feed/", None),
        ("Next again", "https://next.ink/feed/", None),
    ], T0 + MIN)
    assert problems and "twice" in problems[0]
    rows = {f.url: f for f in list_feeds(db)}
    assert len(rows) == 4
    assert (rows[magit.url].name, rows[magit.url].interval_seconds) == ("Le MagIT", 300)
    assert rows["https://www.zdnet.fr/feeds/rss/actualites/"].interval_seconds is None
    assert rows["https://next.ink/feed/"].name == "Next"
    dropped = rows["https://www.lemagit.fr/rss/cloud.xml"]
    assert dropped.disabled_reason == REMOVED_FROM_CONFIG
    # Dropping the LeMagIT feed keeps its entries; bringing it back polls it again, backlog silent.
    sync_config_feeds(db, [("ZDNet", "https://www.zdnet.fr/feeds/rss/actualites/", None)], T0 + 2 * MIN)
    assert get_feed(db, magit.id).disabled_reason == REMOVED_FROM_CONFIG
    assert feed_named(db, "Le MagIT").entries == 1  # counted in the listing
    sync_config_feeds(db, [("LeMagIT", magit.url, None)], T0 + 3 * MIN)
    back = get_feed(db, magit.id)
    assert (back.disabled_reason, back.backlog_done, back.next_poll) == (None, False, "2026-11-27T05:03:00+00:00")
    # A feed disabled for another reason stays disabled through a config reload.
    record_failure(db, magit.id, now=T0, error="410 Gone", next_poll=T0, disable="410 Gone")
    sync_config_feeds(db, [("LeMagIT", magit.url, None)], T0 + 4 * MIN)
    assert get_feed(db, magit.id).disabled_reason == "410 Gone"


def test_add_and_remove_feed(db, feeds) -> None:
    added = add_feed(db, "Numerama", "https://www.numerama.com/feed/", 42, T0)
    assert (added.name, added.site, added.config_url, added.disabled_reason) == ("Numerama", "numerama.com", None, None)
    assert added.next_poll == "2026-11-27T05:00:00+00:00"
    assert add_feed(db, "Numerama bis", "https://www.numerama.com/feed/", 43, T0).id == added.id
    assert remove_feed(db, added.id) is True
    assert remove_feed(db, added.id) is False
    assert get_feed(db, added.id).disabled_reason == "removed"
    # A config reload does not touch a feed added from Telegram.
    sync_config_feeds(db, [], T0)
    assert get_feed(db, added.id).disabled_reason == "removed"
    again = add_feed(db, "Numerama", "https://www.numerama.com/feed/", 42, T0 + MIN)
    assert (again.id, again.disabled_reason, again.backlog_done) == (added.id, None, False)
    # Config takes over a feed first added from Telegram.
    sync_config_feeds(db, [("Numerama (config)", "https://www.numerama.com/feed/", None)], T0)
    assert get_feed(db, added.id).config_url == "https://www.numerama.com/feed/"
    assert get_feed(db, added.id).name == "Numerama (config)"
    assert get_feed(db, 9999) is None


# --- watches -------------------------------------------------------------------------------


def config_rows(db) -> set[tuple[str, str, int, int]]:
    return set(db.execute("SELECT name, query, chat_id, active FROM watches WHERE source = 'config'").fetchall())


def test_sync_config_watches(db) -> None:
    sync_config_watches(db, [("aws", "licenciements AWS", []), ("cloud", "Azure OR AWS", [100, 200])], T0)
    assert config_rows(db) == {("aws", "licenciements AWS", 0, 1), ("cloud", "Azure OR AWS", 100, 1),
                               ("cloud", "Azure OR AWS", 200, 1)}
    version = db.execute("SELECT value FROM counters WHERE name = 'watches'").fetchone()[0]
    sync_config_watches(db, [("aws", "licenciements AWS", []), ("cloud", "Azure OR AWS", [100, 200])], T0)
    # Nothing changed: no write, so the matcher is not rebuilt for nothing.
    assert db.execute("SELECT value FROM counters WHERE name = 'watches'").fetchone()[0] == version
    sync_config_watches(db, [("cloud", "Azure", [100])], T0)
    assert config_rows(db) == {("aws", "licenciements AWS", 0, 0), ("cloud", "Azure", 100, 1),
                               ("cloud", "Azure OR AWS", 200, 0)}
    sync_config_watches(db, [("aws", "licenciements AWS", [])], T0)
    assert ("aws", "licenciements AWS", 0, 1) in config_rows(db)
    assert [w.name for w in active_watches(db, T0)] == ["aws"]


def test_active_watches(db) -> None:
    sync_config_watches(db, [("console", "AWS", []), ("group", "AWS", [-100500])], T0)
    mine = add_watch(db, 7, "azure", "Azure", T0)
    paused = add_watch(db, 7, "gcp", "GCP", T0)
    blocked = add_watch(db, 8, "aws", "AWS", T0)
    away = add_watch(db, 9, "aws", "AWS", T0)
    db.execute("INSERT INTO chats (id, created) VALUES (7, ?)", ("2026-11-27T05:00:00+00:00",))
    db.execute("INSERT INTO chats (id, active, created) VALUES (8, 0, ?)", ("2026-11-27T05:00:00+00:00",))
    db.execute("INSERT INTO chats (id, paused_until, created) VALUES (9, '2026-11-27T06:00:00+00:00', ?)",
               ("2026-11-27T05:00:00+00:00",))
    db.execute("UPDATE watches SET paused_until = '2026-11-27T05:30:00+00:00' WHERE id = ?", (paused.id,))
    names = lambda now: {(w.chat_id, w.name) for w in active_watches(db, now)}  # noqa: E731
    # A chat the bot never saw (a config group) counts as active; a blocked chat does not.
    assert names(T0) == {(0, "console"), (-100500, "group"), (7, "azure")}
    assert names(T0 + timedelta(minutes=30)) == {(0, "console"), (-100500, "group"), (7, "azure"), (7, "gcp")}
    assert (8, "aws") not in names(T0 + timedelta(days=1)) and (9, "aws") in names(T0 + timedelta(hours=1))
    assert mine.source == "telegram" and blocked.chat_id == 8 and away.id > blocked.id


def test_chat_watch_management(db) -> None:
    first = add_watch(db, 7, "aws", "AWS", T0)
    second = add_watch(db, 7, "azure", "Azure", T0)
    add_watch(db, 8, "aws", "AWS", T0)
    assert [w.name for w in chat_watches(db, 7)] == ["aws", "azure"]
    assert chat_watches(db, 7)[0].watch == first
    assert remove_watch(db, 8, first.id) is False  # not that chat's watch
    assert remove_watch(db, 7, first.id) is True
    assert remove_watch(db, 7, first.id) is False
    assert [w.id for w in chat_watches(db, 7)] == [second.id]
    # The same name again: the row comes back with the new query, same id.
    # It takes the next number, so it is listed last (issue 13: numbers per chat).
    again = add_watch(db, 7, "aws", "AWS OR Amazon", T0)
    assert again.id == first.id and chat_watches(db, 7)[1].query == "AWS OR Amazon"
    assert [(w.id, w.number) for w in chat_watches(db, 7)] == [(second.id, 2), (first.id, 3)]
