"""Bot commands with the real python-telegram-bot Application against the fake Bot API."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from monitor.store.feeds import add_feed, list_feeds, record_failure, record_success, remove_feed
from monitor.store.subscriptions import deactivate_chat, get_chat
from monitor.store.watches import chat_watches
from monitor.query import MAX_QUERY_LENGTH
from tests.fakebotapi import parse_html
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import answers, ask, ask_callback, live_config, running, store_article

ADMIN, USER, ENGLISH, STRANGER = 1001, 1002, 1003, 1009
GROUP, CHANNEL = -100200, -100300



async def test_menus_are_set_in_french_and_english(api, db):
    async with running(api, db):
        calls = api.calls_to("setMyCommands")
    langs = sorted(c.params.get("language_code", "") for c in calls)
    assert langs == ["", "en"]
    french = next(c for c in calls if "language_code" not in c.params)
    names = [cmd["command"] for cmd in json.loads(french.params["commands"])]
    assert "watch" in names and "list" in names and "search" in names


async def test_start_in_french_and_english(api, db):
    async with running(api, db):
        (french,) = await ask(api, USER, "/start")
        (english,) = await ask(api, ENGLISH, "/help", language_code="en-GB")
    assert "licenciements AWS" in french and "Je surveille" in french
    assert "I watch French tech news" in english


async def test_watch_stores_and_lists_recent_matches_newest_first(api, db):
    now = datetime.now(timezone.utc)
    feed = add_feed(db, "LeMagIT", "https://lemagit.example/rss", None, now).id
    for days in (1, 3, 2, 10):
        store_article(db, feed, f"AWS: licenciements, il y a {days} jours", "Amazon Web Services licencie.",
                      now - timedelta(days=days))
    store_article(db, feed, "Azure recrute", "Microsoft embauche.", now - timedelta(days=1))
    async with running(api, db):
        (reply,) = await ask(api, USER, "/watch licenciements AWS")
    lines = reply.splitlines()
    assert "licenciements AWS" in lines[0]
    shown = [line for line in lines if line.startswith("•")]
    assert [s.split(",")[0] for s in shown] == ["• AWS: licenciements" for _ in range(3)]
    assert ["1 jours" in shown[0], "2 jours" in shown[1], "3 jours" in shown[2]] == [True] * 3
    assert not any("10 jours" in s for s in shown)  # older than 7 days
    (watch,) = chat_watches(db, USER)
    assert watch.query == "licenciements AWS" and watch.source == "telegram"


async def test_alias_suivre_and_duplicate(api, db):
    async with running(api, db):
        await ask(api, USER, "/suivre plan social")
        (again,) = await ask(api, USER, "/watch plan social")
    assert "déjà" in again and len(chat_watches(db, USER)) == 1


@pytest.mark.parametrize("lang, word", [("fr", "colonne"), ("en", "column")])
async def test_refused_query_says_what_and_where(api, db, lang, word):
    async with running(api, db):
        (reply,) = await ask(api, USER, '/watch licenciements "plan social', language_code=lang)
    assert word in reply and "15" in reply
    assert chat_watches(db, USER) == []


async def test_allowlist_refuses_strangers_and_stores_nothing(api, db):
    settings = live_config(access="allowlist", allowed_chats=(USER,))
    async with running(api, db, settings):
        (refusal,) = await ask(api, STRANGER, "/watch licenciements AWS")
        (ok,) = await ask(api, USER, "/watch licenciements AWS")
    assert "privé" in refusal and str(STRANGER) in refusal
    assert get_chat(db, STRANGER) is None and chat_watches(db, STRANGER) == []
    assert "noté" in ok and len(chat_watches(db, USER)) == 1


async def test_limits_on_watches_and_query_length(api, db):
    settings = live_config(max_watches_per_chat=2)
    async with running(api, db, settings):
        await ask(api, USER, "/watch AWS")
        await ask(api, USER, "/watch Azure")
        (third,) = await ask(api, USER, "/watch Google")
        (long,) = await ask(api, USER, "/watch " + "a" * (MAX_QUERY_LENGTH + 1))
    assert "2" in third and "maximum" in third
    assert "trop longue" in long and str(MAX_QUERY_LENGTH + 1) in long
    assert [w.name for w in chat_watches(db, USER)] == ["AWS", "Azure"]


async def test_list_buttons_unwatch_and_pause(api, db):
    async with running(api, db):
        await ask(api, USER, "/watch AWS")
        await ask(api, USER, "/watch Azure")
        aws, azure = chat_watches(db, USER)
        before = len(api.sent(USER))
        api.push_message(USER, "/list")
        (listing,) = await answers(api, USER, before)
        keyboard = json.loads(listing.params["reply_markup"])["inline_keyboard"]
        assert [[b["callback_data"] for b in row] for row in keyboard] == [
            [f"unwatch:{aws.id}", f"pause:{aws.id}"], [f"unwatch:{azure.id}", f"pause:{azure.id}"]]
        before = len(api.sent(USER))
        api.push_callback(USER, f"unwatch:{aws.id}")
        await answers(api, USER, before)
        before = len(api.sent(USER))
        api.push_callback(USER, f"pause:{azure.id}")
        (paused,) = await answers(api, USER, before)
        (stranger_press,) = await ask_callback(api, STRANGER, f"unwatch:{azure.id}")
    assert [w.name for w in chat_watches(db, USER)] == ["Azure"]  # the stranger's press did nothing
    assert chat_watches(db, USER)[0].paused_until is not None
    assert "pause" in parse_html(paused.text)
    assert len(api.calls_to("answerCallbackQuery")) == 3
    assert "Pas de veille" in stranger_press


async def test_unwatch_and_stop_alias(api, db):
    async with running(api, db):
        await ask(api, USER, "/watch AWS")
        await ask(api, ADMIN, "/watch Azure")
        aws = chat_watches(db, USER)[0]
        azure = chat_watches(db, ADMIN)[0]
        (not_yours,) = await ask(api, USER, f"/unwatch {azure.id}")
        (done,) = await ask(api, USER, f"/stop {aws.id}")
        (usage,) = await ask(api, USER, "/unwatch")
    assert "Pas de veille" in not_yours and len(chat_watches(db, ADMIN)) == 1
    assert "arrêtée" in done and chat_watches(db, USER) == []
    assert "/unwatch 3" in usage


async def test_pause_and_resume(api, db):
    now = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)
    async with running(api, db, clock=lambda: now):
        (paused,) = await ask(api, USER, "/pause 2h")
        chat = get_chat(db, USER)
        (bad,) = await ask(api, USER, "/pause demain")
        (resumed,) = await ask(api, USER, "/resume")
    assert chat.paused_until == now + timedelta(hours=2)
    assert "12:00" in paused  # 11:00 UTC is 12:00 in Paris
    assert "2h" in bad and get_chat(db, USER).paused_until is None and "reprises" in resumed


async def test_search_pages_with_more_button(api, db):
    now = datetime.now(timezone.utc)
    feed = add_feed(db, "Silicon", "https://silicon.example/rss", None, now).id
    for i in range(7):
        store_article(db, feed, f"Cyberattaque numéro {i}", "Une cyberattaque.", now - timedelta(hours=i))
    async with running(api, db):
        before = len(api.sent(USER))
        api.push_message(USER, "/search cyber*")
        (first,) = await answers(api, USER, before)
        more = json.loads(first.params["reply_markup"])["inline_keyboard"][0][0]["callback_data"]
        (second,) = await ask_callback(api, USER, more)
    assert [line.split(" — ")[0] for line in parse_html(first.text).splitlines()] == [
        f"• Cyberattaque numéro {i}" for i in range(5)]
    assert [line.split(" — ")[0] for line in second.splitlines()] == ["• Cyberattaque numéro 5", "• Cyberattaque numéro 6"]


async def test_search_shows_a_story_once_with_its_other_sources(api, db):
    now = datetime.now(timezone.utc)
    feeds = [add_feed(db, name, f"https://{i}.example/rss", None, now).id
             for i, name in enumerate(["LeMagIT", "ZDNet", "Numerama"])]
    for i, feed in enumerate(feeds):
        store_article(db, feed, f"Cyberattaque chez Orange, version {i}", "Une cyberattaque.", now - timedelta(hours=i))
    db.execute("UPDATE entries SET story_id = (SELECT min(id) FROM entries)")  # one story, three outlets
    store_article(db, feeds[0], "Cyberattaque à l'hôpital de Cannes", "Une cyberattaque.", now - timedelta(hours=5))
    async with running(api, db):
        (reply,) = await ask(api, USER, "/search cyber*")
    lines = reply.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("• Cyberattaque chez Orange, version 0 — LeMagIT") and lines[0].endswith("+2 source(s)")
    assert lines[1].startswith("• Cyberattaque à l'hôpital de Cannes") and "source(s)" not in lines[1]


async def test_feeds_shows_each_state(api, db):
    now = datetime.now(timezone.utc)
    ok = add_feed(db, "Bon <flux>", "https://ok.example/rss", None, now).id
    record_success(db, ok, now=now, etag=None, last_modified=None, permanent_url=None, malformed=None, next_poll=now)
    failing = add_feed(db, "Cassé", "https://ko.example/rss", None, now).id
    record_failure(db, failing, now=now, error="HTTP 503", next_poll=now, disable=None, kind="http",
                   params='{"status": 503}')
    gone = add_feed(db, "Parti", "https://gone.example/rss", None, now).id
    remove_feed(db, gone)
    async with running(api, db):
        (reply,) = await ask(api, USER, "/feeds")
    assert "Bon <flux> — ok" in reply
    assert "Cassé — en échec depuis" in reply and "HTTP 503" in reply
    assert "Parti — désactivé" in reply


async def test_admin_commands(api, db):
    good = rss([{"title": "Un", "link": "https://example.fr/1", "guid": "1"}], title="Flux &amp;lt;test&amp;gt;")
    with FeedServer() as feeds:
        feeds.set("/rss", Route(body=good))
        feeds.set("/page", Route(body=b"<!doctype html><html><body>hello</body></html>",
                                 content_type="text/html; charset=utf-8"))
        settings = live_config(admins=(ADMIN,), allow_private=True)
        async with running(api, db, settings):
            (refused,) = await ask(api, USER, f"/addfeed {feeds.url('/rss')}")
            (html_page,) = await ask(api, ADMIN, f"/addfeed {feeds.url('/page')}")
            (scheme,) = await ask(api, ADMIN, "/addfeed file:///etc/passwd")
            (added,) = await ask(api, ADMIN, f"/addfeed {feeds.url('/rss')}")
            feed_id = list_feeds(db)[0].id
            (not_admin,) = await ask(api, USER, f"/removefeed {feed_id}")
            (removed,) = await ask(api, ADMIN, f"/removefeed {feed_id}")
    assert "administrateurs" in refused and "administrateurs" in not_admin
    assert "HTML" in html_page and "refusé" in html_page
    assert "http" in scheme and "refusé" in scheme
    assert "Flux <test>" in added and "1 articles" in added
    assert "retiré" in removed and list_feeds(db)[0].disabled_reason


async def test_addfeed_refuses_private_addresses_by_default(api, db):
    with FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([])))
        async with running(api, db):
            (reply,) = await ask(api, ADMIN, f"/addfeed {feeds.url('/rss')}")
    assert "refusé" in reply and list_feeds(db) == []
    assert not feeds.requests  # refused before any request reached the server


async def test_group_and_channel(api, db):
    async with running(api, db):
        (in_group,) = await ask(api, GROUP, "/watch AWS", user_id=USER, chat_type="supergroup")
        (in_channel,) = await ask(api, CHANNEL, "/watch Azure", channel=True)
    assert "noté" in in_group and "noté" in in_channel
    assert [w.name for w in chat_watches(db, GROUP)] == ["AWS"]
    assert [w.name for w in chat_watches(db, CHANNEL)] == ["Azure"]
    assert get_chat(db, CHANNEL).kind == "channel" and get_chat(db, GROUP).kind == "supergroup"
    assert chat_watches(db, USER) == []


async def test_digest_command(api, db):
    async with running(api, db):
        (on,) = await ask(api, USER, "/digest 8")
        hour = get_chat(db, USER).digest_hour
        (off,) = await ask(api, USER, "/digest off")
        (bad,) = await ask(api, USER, "/digest 25")
    assert hour == 8 and "8 h" in on
    assert get_chat(db, USER).digest_hour is None and "immédiates" in off and "/digest 8" in bad


async def test_a_blocked_chat_that_speaks_again_is_active_again(api, db):
    deactivate_chat(db, USER, "Forbidden: bot was blocked by the user", datetime.now(timezone.utc))
    async with running(api, db):
        await ask(api, USER, "/start")
    chat = get_chat(db, USER)
    assert chat.active and chat.deactivated_reason is None
