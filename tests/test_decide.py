"""The pure decisions of the store step, table-driven, without a database."""
from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.decide.entries import (
    Hit,
    KnownEntry,
    PendingAlert,
    StoredStory,
    Verdict,
    classify_entry,
    content_hash,
    find_same_story,
    plan_alerts,
)
from monitor.model import CONSOLE_CHAT, Entry, Span, Watch

from tests.helpers import T0
H = timedelta(hours=1)


def entry(**changes) -> Entry:
    base = dict(guid="g1", link="https://lemagit.fr/a", title="AWS licencie", text="Plan social chez AWS")
    return Entry(**{**base, **changes})


@pytest.mark.parametrize(
    "other, same",
    [
        (entry(), True),
        (entry(guid="other-guid"), True),  # the guid is not content
        (entry(author="Someone", tags=("cloud",)), True),
        (entry(published=T0), True),
        (entry(title="AWS licencie encore"), False),
        (entry(text="Plan social chez AWS, mise à jour"), False),
        (entry(link="https://lemagit.fr/b"), False),
        # Field boundaries count: moving characters between fields changes the hash.
        (entry(title="AWS licencie P", text="lan social chez AWS"), False),
    ],
)
def test_content_hash(other: Entry, same: bool) -> None:
    assert (content_hash(other) == content_hash(entry())) is same


KNOWN = KnownEntry(id=7, story_id=3, content_hash="abc")


@pytest.mark.parametrize(
    "incoming_hash, existing, same_story, expected",
    [
        ("abc", None, None, Verdict("new")),
        ("abc", None, 42, Verdict("duplicate", story_id=42)),
        ("abc", KNOWN, None, Verdict("unchanged", entry_id=7, story_id=3)),
        ("xyz", KNOWN, None, Verdict("updated", entry_id=7, story_id=3)),
        # A known guid is never a duplicate, whatever else the store has.
        ("xyz", KNOWN, 42, Verdict("updated", entry_id=7, story_id=3)),
        ("abc", KNOWN, 42, Verdict("unchanged", entry_id=7, story_id=3)),
    ],
)
def test_classify_entry(incoming_hash, existing, same_story, expected) -> None:
    assert classify_entry(incoming_hash, existing, same_story) == expected


STORED = StoredStory(10, link="https://lemagit.fr/a", title_key="aws licencie", site="lemagit.fr", published=T0)


@pytest.mark.parametrize(
    "link, title_key, site, published, stored, expected",
    [
        # Same canonical link: the same story, from any site, at any time.
        ("https://lemagit.fr/a", "autre titre", "lemagit.fr", T0, [STORED], 10),
        ("https://lemagit.fr/a", "autre titre", "zdnet.fr", T0 + 300 * H, [STORED], 10),
        # Same title from the same site within 48 h (either side).
        ("https://lemagit.fr/b", "aws licencie", "lemagit.fr", T0 + 47 * H, [STORED], 10),
        ("https://lemagit.fr/b", "aws licencie", "lemagit.fr", T0 - 48 * H, [STORED], 10),
        # ... but not after 48 h, nor from another site.
        ("https://lemagit.fr/b", "aws licencie", "lemagit.fr", T0 + 49 * H, [STORED], None),
        ("https://zdnet.fr/b", "aws licencie", "zdnet.fr", T0 + H, [STORED], None),
        # Different title, different link: its own story.
        ("https://lemagit.fr/b", "azure recrute", "lemagit.fr", T0, [STORED], None),
        # Empty links and titles never make two entries the same story.
        ("", "", "lemagit.fr", T0, [StoredStory(11, "", "", "lemagit.fr", T0)], None),
        # Several candidates: the oldest story wins.
        (
            "https://lemagit.fr/a", "aws licencie", "lemagit.fr", T0,
            [StoredStory(12, "https://lemagit.fr/a", "x", "lemagit.fr", T0), STORED], 10,
        ),
        ("https://lemagit.fr/a", "aws licencie", "lemagit.fr", T0, [], None),
    ],
)
def test_find_same_story(link, title_key, site, published, stored, expected) -> None:
    assert find_same_story(link, title_key, site, published, stored) == expected


WATCHES = {
    1: Watch(1, "licenciements AWS", "licenciements AWS", chat_id=100),
    2: Watch(2, "plan social", '"plan social"', chat_id=100),
    3: Watch(3, "AWS", "AWS", chat_id=200),
    4: Watch(4, "console", "AWS", chat_id=CONSOLE_CHAT, source="config"),
}
SPANS = (Span("title", 0, 3),)


@pytest.mark.parametrize(
    "hits, already, alerting, expected",
    [
        # Two watches of one chat on one entry: one alert naming both (sorted).
        ([Hit(5, 5, 2), Hit(5, 5, 1)], set(), True, [PendingAlert(100, 5, 5, (1, 2))]),
        # Two chats: two alerts, console included.
        (
            [Hit(5, 5, 1), Hit(5, 5, 3), Hit(5, 5, 4)], set(), True,
            [PendingAlert(CONSOLE_CHAT, 5, 5, (4,)), PendingAlert(100, 5, 5, (1,)), PendingAlert(200, 5, 5, (3,))],
        ),
        # The story already went to chat 100: only chat 200 gets it.
        ([Hit(6, 5, 1), Hit(6, 5, 3)], {(100, 5)}, True, [PendingAlert(200, 5, 6, (3,))]),
        # Already alerted for another story does not matter.
        ([Hit(6, 6, 1)], {(100, 5)}, True, [PendingAlert(100, 6, 6, (1,))]),
        # Two entries of one story in one batch: one alert, showing the first entry.
        ([Hit(9, 8, 1), Hit(8, 8, 2)], set(), True, [PendingAlert(100, 8, 8, (1, 2))]),
        # Backlog on the first poll: stored, not alerted.
        ([Hit(5, 5, 1), Hit(5, 5, 3)], set(), False, []),
        # A watch no longer active (not in the mapping) is ignored.
        ([Hit(5, 5, 99)], set(), True, []),
        ([], set(), True, []),
    ],
)
def test_plan_alerts(hits, already, alerting, expected) -> None:
    hits = [Hit(h.entry_id, h.story_id, h.watch_id, SPANS) for h in hits]
    assert plan_alerts(hits, WATCHES, already, alerting) == expected


hit_lists = st.lists(
    st.builds(Hit, entry_id=st.integers(1, 6), story_id=st.integers(1, 4), watch_id=st.integers(1, 6)), max_size=30
)


@settings(max_examples=200, deadline=None)
@given(hits=hit_lists, already=st.sets(st.tuples(st.sampled_from([0, 100, 200]), st.integers(1, 4)), max_size=6))
def test_plan_alerts_properties(hits: list[Hit], already: set[tuple[int, int]]) -> None:
    alerts = plan_alerts(hits, WATCHES, already, alerting=True)
    keys = [(a.chat_id, a.story_id) for a in alerts]
    assert len(keys) == len(set(keys))  # at most one alert per chat per story
    assert not set(keys) & already
    for alert in alerts:
        assert all(WATCHES[w].chat_id == alert.chat_id for w in alert.watch_ids)
        assert list(alert.watch_ids) == sorted(set(alert.watch_ids))
        # Every matching watch of that chat for that story is named.
        expected = {h.watch_id for h in hits if h.story_id == alert.story_id and h.watch_id in WATCHES
                    and WATCHES[h.watch_id].chat_id == alert.chat_id}
        assert set(alert.watch_ids) == expected
    # Every (chat, story) with a hit and not yet alerted gets its alert.
    wanted = {(WATCHES[h.watch_id].chat_id, h.story_id) for h in hits if h.watch_id in WATCHES} - already
    assert set(keys) == wanted
