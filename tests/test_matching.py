"""The match step: watches compiled once, rebuilt exactly when they change."""
from __future__ import annotations

from datetime import timedelta

from monitor.match.matcher import MatcherCache, WatchMatcher
from monitor.model import Entry, Watch
from monitor.store.subscriptions import ensure_chat, pause_watch
from monitor.store.watches import add_watch, remove_watch

from tests.helpers import T0, Clock
CHAT = 4242
AWS_LAYOFFS = Entry(guid="1", link="https://example.fr/aws", title="AWS se sépare de 60 salariés",
                    text="Le géant du cloud licencie en France.")



def test_matches_with_spans_and_skips_a_bad_query():
    matcher = WatchMatcher([Watch(1, "a", "licenciements AWS", CHAT), Watch(2, "b", "(AWS", CHAT),
                            Watch(3, "c", "Azure", CHAT)])
    assert set(matcher.watches) == {1, 3}  # the unparseable one is skipped, the rest still work
    found = matcher.match(AWS_LAYOFFS)
    assert list(found) == [1]
    words = {(s.field, AWS_LAYOFFS.title[s.start:s.end] if s.field == "title" else AWS_LAYOFFS.text[s.start:s.end])
             for s in found[1]}
    assert words == {("title", "AWS"), ("text", "licencie")}
    prepared = matcher.prepare(AWS_LAYOFFS)
    assert prepared.title_key == "aws se separe de 60 salaries"
    assert "licenci" in prepared.terms.split()


def test_rebuilt_only_when_the_watches_change(db):
    clock = Clock()
    cache = MatcherCache(db, clock)
    ensure_chat(db, CHAT, "private", "fr", T0)
    first = cache.get()
    assert cache.get() is first and not first.match(AWS_LAYOFFS)

    clock.now += timedelta(hours=2)
    assert cache.get() is first  # time alone changes nothing

    watch = add_watch(db, CHAT, "aws", "licenciements AWS", clock.now)
    second = cache.get()
    assert second is not first and list(second.match(AWS_LAYOFFS)) == [watch.id]
    assert cache.get() is second

    remove_watch(db, CHAT, watch.id)
    assert cache.get().match(AWS_LAYOFFS) == {}


def test_a_pause_ending_brings_the_watch_back(db):
    clock = Clock()
    cache = MatcherCache(db, clock)
    ensure_chat(db, CHAT, "private", "fr", T0)
    watch = add_watch(db, CHAT, "aws", "licenciements AWS", T0)
    assert pause_watch(db, CHAT, watch.id, T0 + timedelta(hours=1), T0)
    paused = cache.get()
    assert paused.match(AWS_LAYOFFS) == {}
    clock.now = T0 + timedelta(minutes=59)
    assert cache.get() is paused
    clock.now = T0 + timedelta(hours=1, seconds=1)
    assert list(cache.get().match(AWS_LAYOFFS)) == [watch.id]



def test_watches_are_listed_without_compiling_them(db):
    """Workers match; the main process only needs the watch list, not a second compiled index."""
    clock = Clock()
    cache = MatcherCache(db, clock)
    good = add_watch(db, CHAT, "aws", "licenciements AWS", T0)
    bad = add_watch(db, CHAT, "broken", "(AWS", T0)  # as an old row could hold: never parsed here
    assert set(cache.watches()) == {good.id, bad.id}
    assert set(cache.get().watches) == {good.id}  # compiling skips what does not parse
    add_watch(db, CHAT, "azure", "Azure", T0)
    assert len(cache.watches()) == 3
