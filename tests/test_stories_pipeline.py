"""Stories in the poll's store step and in delivery (issue 12): the real store on a real file,
the real StoryIndex; the pure edit decisions and the "Aussi chez" line."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from monitor.decide.entries import plan_edits
from monitor.deliver.policy import (
    FAIL, IN_ALERT, IN_DIGEST, MARK_SENT, REPLY, WAIT, Backoff, before_editing, decide_edit,
)
from monitor.deliver.senders import REJECTED, SENT, TRANSIENT, Outcome
from monitor.model import Alert, Entry, NewRow, Source, StoryAlert
from monitor.pipeline.record import record_entries
from monitor.pipeline.stories import load_stories
from monitor.render.alert import render_digest, render_html, render_plain
from monitor.store.feeds import get_feed, list_feeds, sync_config_feeds
from monitor.store.outbox import load_alert
from monitor.store.watches import active_watches, sync_config_watches
from monitor.stories import StoryIndex
from tests.fakebotapi import parse_html
from monitor.deliver import Deliverer
from monitor.times import to_iso
from tests.helpers import T0, WordMatcher, seed_alert

MIN = timedelta(minutes=1)
OUTAGE = [
    ("LeMagIT", "Panne géante chez OVHcloud : le datacenter de Roubaix à l'arrêt",
     "Une coupure électrique a arrêté le datacenter RBX-4 d'OVHcloud à Roubaix : des milliers de sites hors ligne."),
    ("L'Informé", "OVHcloud : des milliers de sites hors ligne après une panne à Roubaix",
     "Le datacenter RBX-4 d'OVHcloud à Roubaix a subi une coupure électrique ; des milliers de clients touchés."),
    ("ZDNet", "Roubaix : OVHcloud confirme la panne électrique de son datacenter RBX-4",
     "OVHcloud confirme une coupure électrique dans son datacenter RBX-4 de Roubaix ; des milliers de sites hors ligne."),
]
FUNDING = ("LeMagIT", "OVHcloud lève 200 millions d'euros pour s'étendre aux États-Unis",
           "Le fournisseur roubaisien OVHcloud annonce une levée de fonds de 200 millions d'euros.")


@pytest.fixture
def newsroom(db):
    sync_config_feeds(db, [("LeMagIT", "https://www.lemagit.fr/rss", None),
                           ("L'Informé", "https://www.linforme.com/rss", None),
                           ("ZDNet", "https://www.zdnet.fr/rss", None)], T0)
    sync_config_watches(db, [("ovh", "OVHcloud", [100]), ("confirmed", "confirme", [300])], T0)
    feeds = {f.name: f for f in list_feeds(db)}
    for feed in feeds.values():  # the backlogs: stored, not alerted
        record_entries(db, get_feed(db, feed.id), [], now=T0, matcher=WordMatcher([]))
    return feeds


def publish(db, feeds, stories, n: int, item: tuple[str, str, str], at: datetime, now: datetime | None = None):
    name, title, text = item
    entry = Entry(guid=f"g{n}", link=f"https://{name.lower()}.example/{n}", title=title, text=text, published=at)
    return record_entries(db, get_feed(db, feeds[name].id), [entry], now=now or at,
                          matcher=WordMatcher(active_watches(db, now or at)), stories=stories)


def table(db, sql: str) -> list[tuple]:
    return db.execute(sql).fetchall()


def test_other_outlets_join_the_story_and_edit_its_alert_a_new_event_alerts(db, newsroom):
    stories = StoryIndex()
    first = publish(db, newsroom, stories, 1, OUTAGE[0], T0)
    assert len(first.alert_ids) == 1
    second = publish(db, newsroom, stories, 2, OUTAGE[1], T0 + 5 * MIN)
    assert second.alert_ids == () and second.edits == 1
    (story,) = {s for (s,) in table(db, "SELECT story_id FROM entries")}
    assert table(db, "SELECT alert_id, chat_id, entry_id, status FROM outbox_edits") == \
        [(first.alert_ids[0], 100, 2, "pending")]
    # A restart: the index is loaded from the store and groups the third outlet too.
    third = publish(db, newsroom, load_stories(db, T0 + 10 * MIN), 3, OUTAGE[2], T0 + 10 * MIN)
    assert {s for (s,) in table(db, "SELECT story_id FROM entries")} == {story}
    assert len(table(db, "SELECT id FROM outbox_edits")) == 2
    # A chat whose watch matches only the third article ("confirme") gets its alert then.
    assert table(db, f"SELECT chat_id, story_id, entry_id FROM outbox WHERE id = {third.alert_ids[0]}") == \
        [(300, story, 3)]
    funding = publish(db, newsroom, stories, 4, FUNDING, T0 + 20 * MIN)
    assert len(funding.alert_ids) == 1 and funding.edits == 0
    alert = load_alert(db, first.alert_ids[0])
    assert alert.also == (Source("L'Informé", "https://l'informé.example/2"), Source("ZDNet", "https://zdnet.example/3"))


def test_without_an_index_only_repeats_group(db, newsroom):
    publish(db, newsroom, None, 1, OUTAGE[0], T0)
    second = publish(db, newsroom, None, 2, OUTAGE[1], T0 + 5 * MIN)
    assert len(second.alert_ids) == 1 and second.edits == 0


def test_an_entry_older_than_the_window_is_a_story_of_its_own(db, newsroom):
    stories = StoryIndex()
    publish(db, newsroom, stories, 1, OUTAGE[0], T0)
    late = publish(db, newsroom, stories, 2, OUTAGE[1], T0 - timedelta(days=4), now=T0 + MIN)
    assert len(late.alert_ids) == 1 and len(stories) == 1


def test_a_backlog_is_neither_grouped_nor_indexed_until_a_restart(db, newsroom):
    stories = StoryIndex()
    db.execute("UPDATE feeds SET backlog_done = 0")
    publish(db, newsroom, stories, 1, OUTAGE[0], T0)
    publish(db, newsroom, stories, 2, OUTAGE[1], T0 + MIN)  # another feed's first poll: its own story
    assert table(db, "SELECT story_id FROM entries ORDER BY id") == [(1,), (2,)] and len(stories) == 0
    db.execute("UPDATE feeds SET backlog_done = 1 WHERE name = 'ZDNet'")
    third = publish(db, newsroom, stories, 3, OUTAGE[2], T0 + 2 * MIN)
    assert len(third.alert_ids) == 2 and third.edits == 0  # the backlog never alerted: this one does
    assert len(load_stories(db, T0 + 3 * MIN)) == 3


def test_a_write_that_fails_leaves_the_index_as_it_was(db, newsroom):
    class Broken(WordMatcher):
        def match(self, entry, source=""):
            raise RuntimeError("matcher bug")

    stories = StoryIndex()
    entry = Entry(guid="g1", link="https://x.example/1", title=OUTAGE[0][1], text=OUTAGE[0][2], published=T0)
    with pytest.raises(RuntimeError):
        record_entries(db, get_feed(db, newsroom["LeMagIT"].id), [entry], now=T0, matcher=Broken([]), stories=stories)
    assert len(stories) == 0


def test_plan_edits_names_every_alert_of_the_joined_story():
    alerts = [StoryAlert(7, 100, 1), StoryAlert(3, 200, 1), StoryAlert(9, 100, 5)]
    edits = plan_edits([NewRow(0, 12, 1)], alerts)
    assert [(e.alert_id, e.chat_id, e.entry_id) for e in edits] == [(3, 200, 12), (7, 100, 12)]
    assert plan_edits([NewRow(0, 13, 8)], alerts) == []


def test_before_editing_waits_for_the_alert_and_skips_what_it_already_shows():
    assert before_editing("pending", None, None, T0).kind == WAIT
    assert before_editing("failed", "blocked", None, T0).kind == FAIL
    assert before_editing("sent", "digest", T0, T0).how == IN_DIGEST
    assert before_editing("sent", None, T0 + MIN, T0).how == IN_ALERT
    assert before_editing("sent", None, T0, T0) is None  # same second: edit (at worst "not modified")


@pytest.mark.parametrize("outcome, replying, kind", [
    (Outcome(SENT, 5), False, MARK_SENT),
    (Outcome(REJECTED, reason="Bad Request: message is not modified: specified new message content"), False, MARK_SENT),
    (Outcome(REJECTED, reason="Bad Request: message to edit not found"), False, REPLY),
    (Outcome(REJECTED, reason="Bad Request: message can't be edited"), False, REPLY),
    (Outcome(REJECTED, reason="Bad Request: chat not found"), True, FAIL),
    (Outcome(TRANSIENT, reason="502"), False, "defer"),
])
def test_decide_edit(outcome, replying, kind):
    assert decide_edit(outcome, attempts=1, created=T0, now=T0, replying=replying, backoff=Backoff()).kind == kind


def alert_with(also) -> Alert:
    return Alert(1, 100, 1, "LeMagIT", "Panne chez OVHcloud", "https://lemagit.fr/1", "Roubaix à l'arrêt.", T0,
                 ((1, "ovh"),), also=tuple(Source(n, f"https://{n.lower()}.fr/a") for n in also))


def test_the_alert_names_a_few_other_outlets_then_a_count():
    rendered = render_html(alert_with(["L'Informé", "ZDNet", "Numerama", "01net", "<b>Bad"]))
    visible = parse_html(rendered.text)
    assert visible.splitlines()[-1] == "Aussi chez : L'Informé, ZDNet, Numerama +2"
    assert '<a href="https://zdnet.fr/a">ZDNet</a>' in rendered.text and rendered.buttons
    assert render_plain(alert_with(["ZDNet"]), "en").text.splitlines()[-1] == "Also at: ZDNet (https://zdnet.fr/a)"
    assert "Aussi chez" not in parse_html(render_html(alert_with([])).text)


def test_the_digest_lists_a_story_once_with_its_sources():
    digest = parse_html(render_digest([alert_with(["L'Informé", "ZDNet"])]).text)
    assert digest.splitlines()[1] == "• Panne chez OVHcloud — LeMagIT, L'Informé, ZDNet"


async def test_the_edits_of_a_chat_that_left_fail_with_its_reason(db):
    alert = seed_alert(db, 100, "AWS licencie")
    db.execute("UPDATE outbox SET status = 'sent', message_id = 5, sent_at = ? WHERE id = ?", [to_iso(T0), alert])
    db.execute("INSERT INTO chats (id, active, deactivated_reason, created) VALUES (100, 0, ?, ?)",
               ["Forbidden: bot was blocked by the user", to_iso(T0)])
    db.execute("INSERT INTO outbox_edits (alert_id, chat_id, entry_id, created)"
               " SELECT id, chat_id, entry_id, ? FROM outbox WHERE id = ?", [to_iso(T0 + MIN), alert])
    report = await Deliverer(db, clock=lambda: T0 + 2 * MIN).run_once()
    assert table(db, "SELECT status, reason FROM outbox_edits") == [("failed", "Forbidden: bot was blocked by the user")]
    assert report.failed == 1


def test_aliases_the_config_adds_group_the_articles_that_follow(db):
    """`run` applies each config to its story index too: an operator's new alias counts at once."""
    from monitor.config import Config, LiveConfig
    from monitor.match.matcher import MatcherCache
    from monitor.runtime.configure import ConfigApplier
    from monitor.stories import StoryArticle

    stories = StoryIndex()
    applier = ConfigApplier(db, LiveConfig(Config()), MatcherCache(db, lambda: T0), None, lambda: T0, stories=stories)
    applier.apply(Config(aliases=(("CNIL", "Commission nationale de l'informatique et des libertés"),)))
    first = stories.assign(StoryArticle(1, "La CNIL inflige 12 millions d'euros d'amende à Leboncoin",
                                        "La CNIL sanctionne Leboncoin pour ses comptes inactifs.", T0, "next.ink"))
    second = stories.assign(StoryArticle(
        2, "Leboncoin : 12 millions d'euros d'amende de la Commission nationale de l'informatique et des libertés",
        "Amende de 12 millions d'euros pour Leboncoin et ses comptes inactifs.", T0 + timedelta(hours=2),
        "01net.com"))
    assert second == first
