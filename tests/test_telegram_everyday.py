"""Issue 13, the bot side: numbers a user can use, an answer to every message, pauses you can see,
one language per reply, duplicates by meaning, /rename and /edit, forum topics."""
from __future__ import annotations

import json
from datetime import timedelta

from monitor.model import CONSOLE_CHAT
from monitor.store.feeds import add_feed, record_failure, remove_feed
from monitor.store.watches import chat_watches, sync_config_watches
from tests.fakebotapi import parse_html
from tests.helpers import T0, Clock, answers, ask, live_config, running, store_article

USER, ENGLISH, OTHER = 2001, 2002, 2003
GROUP = -100500


def keyboard(call) -> list[list[dict]]:
    return json.loads(call.params["reply_markup"])["inline_keyboard"]


async def press(api, chat_id, data, language_code="fr"):
    """Press a button; the bot's answer (the call, to read its keyboard)."""
    before = len(api.sent(chat_id))
    api.push_callback(chat_id, data, language_code=language_code)
    (call,) = await answers(api, chat_id, before)
    return call


async def said(api, chat_id, message, **kwargs):
    """Send `message`; the bot's one answer as a call (text and keyboard)."""
    before = len(api.sent(chat_id))
    api.push_message(chat_id, message, **kwargs)
    (call,) = await answers(api, chat_id, before)
    return call


# --- 1. numbers per chat ---------------------------------------------------------------------
async def test_watches_are_numbered_per_chat_and_unwatch_reads_that_number(api, db):
    sync_config_watches(db, [("AWS", "AWS", ()), ("Cloud", "cloud", (OTHER,))], T0)  # ids 1, 2 elsewhere
    async with running(api, db):
        (first,) = await ask(api, USER, "/watch licenciements AWS")
        (second,) = await ask(api, USER, "/watch Azure")
        (gone,) = await ask(api, USER, "/unwatch 1")
        listing = await said(api, USER, "/list")
        (third,) = await ask(api, USER, "/watch Google")
        (missing,) = await ask(api, USER, "/unwatch 1")
    assert "veille n° 1" in first and "veille n° 2" in second
    assert "arrêtée" in gone and "licenciements AWS" in gone
    assert parse_html(listing.text).splitlines()[1] == "2. Azure"
    (row,) = keyboard(listing)
    azure = next(w for w in chat_watches(db, USER) if w.name == "Azure")
    assert [b["text"] for b in row] == ["Supprimer n° 2", "Pause n° 2"]
    assert [b["callback_data"] for b in row] == [f"unwatch:{azure.id}", f"pause:{azure.id}"]  # database ids
    assert "veille n° 3" in third  # number 1 is free, but not reused while 2 is shown
    assert "Pas de veille n° 1" in missing
    assert [w.number for w in chat_watches(db, OTHER)] == [1] and chat_watches(db, CONSOLE_CHAT)[0].number == 1


# --- 2. every message gets an answer -----------------------------------------------------------
async def test_unknown_command_names_the_nearest_and_help(api, db):
    async with running(api, db):
        (typo,) = await ask(api, USER, "/wacth licenciements AWS")
        (far,) = await ask(api, USER, "/foo")
        (english,) = await ask(api, ENGLISH, "/lsit", language_code="en")
    assert "/wacth" in typo and "/watch" in typo and "/help" in typo
    assert "/foo" in far and "/help" in far and "dire" not in far
    assert "Did you mean /list?" in english
    assert chat_watches(db, USER) == []


async def test_in_a_group_only_our_commands_get_the_nearest(api, db):
    async with running(api, db):
        before = len(api.sent(GROUP))
        for message in ("/foo", "/roll@dice_bot", "/wacth AWS"):
            api.push_message(GROUP, message, user_id=USER, chat_type="supergroup")
        (reply,) = await answers(api, GROUP, before)  # updates are handled in order
        (help_,) = await ask(api, GROUP, "/help", user_id=USER, chat_type="supergroup")
    assert "/wacth" in parse_html(reply.text) and "/watch" in parse_html(reply.text)
    assert "Je surveille" in help_  # nothing else was said in between


async def test_plain_text_in_private_offers_a_watch_that_the_button_creates(api, db):
    async with running(api, db):
        offer = await said(api, USER, "plan social Atos")
        (button,) = keyboard(offer)[0]
        assert chat_watches(db, USER) == []  # an offer stores nothing
        done = await press(api, USER, button["callback_data"])
        expired = await press(api, USER, button["callback_data"])  # pressed twice
    assert "« plan social Atos »" in parse_html(offer.text) and button["text"] == "Suivre « plan social Atos »"
    assert "noté" in parse_html(done.text) and "veille n° 1" in parse_html(done.text)
    assert [w.query for w in chat_watches(db, USER)] == ["plan social Atos"]
    assert "expiré" in parse_html(expired.text)


async def test_a_sticker_in_private_gets_told_what_the_bot_reads(api, db):
    async with running(api, db):
        before = len(api.sent(USER))
        api.push_sticker(USER)
        (reply,) = await answers(api, USER, before)
    assert "que du texte" in parse_html(reply.text) and "/help" in parse_html(reply.text)


async def test_plain_text_with_a_bad_query_says_why(api, db):
    async with running(api, db):
        (reply,) = await ask(api, USER, 'licenciements "plan social')
    assert "colonne" in reply and chat_watches(db, USER) == []


async def test_plain_text_in_a_group_gets_no_answer(api, db):
    async with running(api, db):
        before = len(api.sent(GROUP))
        api.push_message(GROUP, "on en parle demain ?", user_id=USER, chat_type="supergroup")
        api.push_message(GROUP, "/help", user_id=USER, chat_type="supergroup")
        (reply,) = await answers(api, GROUP, before)  # updates are handled in order
    assert "Je surveille" in parse_html(reply.text)


# --- 3. pauses you can see -------------------------------------------------------------------
async def test_list_shows_pauses_and_resume_offers_what_appeared_meanwhile(api, db):
    clock = Clock(T0)
    feed = add_feed(db, "LeMagIT", "https://lemagit.example/rss", None, T0).id
    store_article(db, feed, "AWS recrute à Paris", "Avant la pause.", T0 - timedelta(hours=1))
    async with running(api, db, clock=clock):
        await ask(api, USER, "/watch AWS")
        (paused,) = await ask(api, USER, "/pause 1d")
        listing = await said(api, USER, "/list")
        clock.advance(hours=2)
        store_article(db, feed, "AWS supprime 40 postes", "Pendant la pause.", clock.now - timedelta(hours=1))
        store_article(db, feed, "Azure baisse ses prix", "Pendant la pause.", clock.now - timedelta(hours=1))
        resumed = await said(api, USER, "/resume")
        (button,) = keyboard(resumed)[0]
        shown = await press(api, USER, button["callback_data"])
        (again,) = await ask(api, USER, "/resume")
    assert "jusqu'au" in paused
    text = parse_html(listing.text)
    assert text.startswith("⏸") and "28 novembre 2026 à 06:00" in text
    assert "1 article(s)" in parse_html(resumed.text) and button["text"] == "Voir les 1 article(s)"
    digest = parse_html(shown.text)
    assert "Votre résumé : 1 article(s)" in digest and "AWS supprime 40 postes" in digest
    assert "recrute" not in digest and "Azure" not in digest
    assert "Rien n'était en pause" in again


async def test_a_paused_watch_says_so_in_list_and_its_button_resumes_it(api, db):
    clock = Clock(T0)
    feed = add_feed(db, "Silicon", "https://silicon.example/rss", None, T0).id
    async with running(api, db, clock=clock):
        await ask(api, USER, "/watch cyberattaque")
        (watch,) = chat_watches(db, USER)
        await press(api, USER, f"pause:{watch.id}")
        listing = await said(api, USER, "/list")
        clock.advance(hours=3)
        store_article(db, feed, "Cyberattaque à l'hôpital", "Pendant la pause.", clock.now - timedelta(hours=1))
        resumed = await press(api, USER, f"resume:{watch.id}")
        shown = await press(api, USER, keyboard(resumed)[0][0]["callback_data"])
    assert "(en pause jusqu'au 28 novembre 2026 à 06:00)" in parse_html(listing.text)
    assert keyboard(listing)[0][1] == {"text": "Reprendre n° 1", "callback_data": f"resume:{watch.id}"}
    assert "reprise" in parse_html(resumed.text) and "1 article(s)" in parse_html(resumed.text)
    assert "Cyberattaque à l'hôpital" in parse_html(shown.text)
    assert chat_watches(db, USER)[0].paused_until is None


async def test_help_says_what_pause_does(api, db):
    async with running(api, db):
        (french,) = await ask(api, USER, "/help")
        (english,) = await ask(api, ENGLISH, "/help", language_code="en")
    assert "/rename" in french and "/edit" in french and "gardés, pas envoyés" in french
    assert "kept, not sent" in english and "/rename" in english


# --- 4. one language per reply ----------------------------------------------------------------
async def test_feeds_errors_are_in_the_readers_language(api, db):
    failing = add_feed(db, "Privé", "http://127.0.0.1:9/rss", None, T0).id
    record_failure(db, failing, now=T0, error="127.0.0.1 is a private address (127.0.0.1): not allowed",
                   next_poll=T0, kind="private", params='{"host": "127.0.0.1"}')
    busy = add_feed(db, "Occupé", "https://busy.example/rss", None, T0).id
    record_failure(db, busy, now=T0, error="HTTP 503 Service Unavailable (retry after 120 s)", next_poll=T0,
                   kind="http", params='{"status": 503, "retry_after": 120}')
    gone = add_feed(db, "Parti", "https://gone.example/rss", None, T0).id
    remove_feed(db, gone)
    async with running(api, db):
        (french,) = await ask(api, USER, "/feeds")
        (english,) = await ask(api, ENGLISH, "/feeds", language_code="en")
    assert "127.0.0.1 est une adresse privée" in french and "private" not in french
    assert "erreur HTTP 503 (nouvel essai demandé dans 120 s)" in french and "retry" not in french
    assert "Parti — désactivé : retiré" in french and "removed" not in french
    assert "127.0.0.1 is a private address" in english and "HTTP error 503" in english


async def test_addfeed_refusals_are_in_french(api, db):
    from tests.feedserver import FeedServer, Route
    with FeedServer() as feeds:
        feeds.set("/page", Route(body=b"<!doctype html><html><body>hello</body></html>",
                                 content_type="text/html; charset=utf-8"))
        async with running(api, db, live_config(admins=(USER,))):
            (private,) = await ask(api, USER, f"/addfeed {feeds.url('/page')}")
        async with running(api, db, live_config(admins=(USER,), allow_private=True)):
            (html_page,) = await ask(api, USER, f"/addfeed {feeds.url('/page')}")
            (english,) = await ask(api, USER, f"/addfeed {feeds.url('/page')}", language_code="en")
    assert private == "Flux refusé : 127.0.0.1 est une adresse privée, interdite"
    assert html_page == "Flux refusé : c'est une page HTML, pas un flux"
    assert english == "Feed refused: this is an HTML page, not a feed"


async def test_a_polled_feeds_error_reaches_feeds_in_french(tmp_path):
    from monitor.config import load_config
    from monitor.runtime.run import Bot, Monitor
    from monitor.store.feeds import list_feeds
    from tests.fakebotapi import FakeBotAPI
    from tests.feedserver import FeedServer, Route

    config = tmp_path / "config"
    config.mkdir()
    with FakeBotAPI() as api, FeedServer() as feeds:
        feeds.set("/page", Route(body=b"<!doctype html><html><body>hello</body></html>",
                                 content_type="text/html; charset=utf-8"))
        feeds.set("/down", Route(status=503, body=b"busy"))
        (config / "feeds.toml").write_text(
            f'[[feed]]\nname = "Page"\nurl = "{feeds.url("/page")}"\ninterval = "1h"\n'
            f'[[feed]]\nname = "Panne"\nurl = "{feeds.url("/down")}"\ninterval = "1h"\n')
        (config / "keywords.toml").write_text("")
        async with Monitor(load_config(config), config, tmp_path / "veille.db", Bot(api.token, api.url)) as running_:
            for feed in list_feeds(running_.db):
                await running_.poller.poll(feed.id)
            (french,) = await ask(api, USER, "/feeds")
    assert "Page — en échec depuis" in french and "c'est une page HTML, pas un flux" in french
    assert "Panne — en échec depuis" in french and "erreur HTTP 503" in french
    assert "HTML page" not in french and "Service Unavailable" not in french


# --- 5. duplicates by meaning ------------------------------------------------------------------
async def test_a_query_of_the_same_meaning_is_refused(api, db):
    async with running(api, db):
        await ask(api, USER, "/watch licenciements AWS")
        (spaced,) = await ask(api, USER, "/watch Licenciements  aws")
        (reordered,) = await ask(api, USER, "/watch AWS licenciement")
        (other,) = await ask(api, USER, '/watch "licenciements AWS"')
    assert "déjà" in spaced and "n° 1" in spaced and "déjà" in reordered
    assert "noté" in other  # a phrase is another query
    assert len(chat_watches(db, USER)) == 2


# --- 6. rename and edit ----------------------------------------------------------------------
async def test_rename_and_edit_keep_the_number(api, db):
    feed = add_feed(db, "LeMagIT", "https://lemagit.example/rss", None, T0).id
    clock = Clock(T0)
    store_article(db, feed, "Azure licencie en France", "Microsoft.", T0 - timedelta(days=1))
    async with running(api, db, clock=clock):
        await ask(api, USER, "/watch licenciements AWS")
        await ask(api, USER, "/watch cloud")
        (renamed,) = await ask(api, USER, "/rename 1 Plans sociaux")
        (edited,) = await ask(api, USER, "/edit 1 licenciements Azure")
        (default_name,) = await ask(api, USER, "/edit 2 souveraineté")
        (taken,) = await ask(api, USER, "/rename 2 Plans sociaux")
        (same,) = await ask(api, USER, "/edit 2 Licenciements azure")
        (usage,) = await ask(api, USER, "/edit 1")
        (missing,) = await ask(api, USER, "/rename 9 x")
        (listing,) = await ask(api, USER, "/list")
    assert "Veille n° 1 renommée « Plans sociaux »" in renamed
    assert "« Plans sociaux » suit désormais licenciements Azure" in edited
    assert "Azure licencie en France" in edited  # the preview, as /watch gives
    assert "« souveraineté »" in default_name  # a name that was the query follows it
    assert "déjà" in taken and "déjà" in same and "/edit 2" in usage and "Pas de veille n° 9" in missing
    assert listing.splitlines()[1:] == ["1. Plans sociaux — licenciements Azure", "2. souveraineté"]


# --- 9. forum topics ---------------------------------------------------------------------------
async def test_watch_in_a_forum_topic_answers_there_and_records_it(api, db):
    async with running(api, db):
        before = len(api.sent(GROUP))
        api.push_message(GROUP, "/watch AWS", user_id=USER, chat_type="supergroup", thread_id=77)
        (reply,) = await answers(api, GROUP, before)
        (plain,) = await ask(api, GROUP, "/watch Azure", user_id=USER, chat_type="supergroup")
    assert reply.params["message_thread_id"] == "77" and "ce sujet" in parse_html(reply.text)
    assert "sujet" not in plain
    assert {w.name: w.thread_id for w in chat_watches(db, GROUP)} == {"AWS": 77, "Azure": None}


async def _first_alert_in_group(tmp_path, keywords: str, ask_first: str | None = None):
    """`run`'s Monitor on one feed: its backlog polled, then (after `ask_first` in a topic of the
    group, if given) a new article; the group's first alert."""
    from monitor.config import load_config
    from monitor.runtime.run import Bot, Monitor
    from monitor.store.feeds import list_feeds
    from tests.fakebotapi import FakeBotAPI
    from tests.feedserver import FeedServer, Route, rss
    from tests.helpers import days_ago

    old = {"title": "AWS ouvre une région", "link": "https://example.fr/old", "guid": "old", "pubDate": days_ago(3)}
    new = {"title": "AWS licencie à Paris", "link": "https://example.fr/new", "guid": "new", "pubDate": days_ago(0.01)}
    config = tmp_path / "config"
    config.mkdir()
    with FakeBotAPI() as api, FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([old])))
        (config / "feeds.toml").write_text(f'[[feed]]\nname = "LeMagIT"\nurl = "{feeds.url("/rss")}"\ninterval = "1h"\n')
        (config / "keywords.toml").write_text(keywords)
        async with Monitor(load_config(config), config, tmp_path / "veille.db", Bot(api.token, api.url)) as running_:
            (feed,) = list_feeds(running_.db)
            await running_.poller.poll(feed.id)  # the backlog: stored, not alerted
            before = len(api.sent(GROUP))
            if ask_first is not None:
                api.push_message(GROUP, ask_first, user_id=USER, chat_type="supergroup", thread_id=77)
                await answers(api, GROUP, before)
                before += 1
            feeds.publish("/rss", rss([new, old]))
            await running_.poller.poll(feed.id)
            (alert,) = await answers(api, GROUP, before)
    return alert


async def test_an_alert_for_a_topic_watch_lands_in_that_topic(tmp_path):
    alert = await _first_alert_in_group(tmp_path, "", ask_first="/watch AWS")
    assert parse_html(alert.text).startswith("AWS licencie à Paris")
    assert alert.params["message_thread_id"] == "77"


async def test_a_config_watch_may_name_a_topic_its_alerts_land_in(tmp_path):
    """keywords.toml: `thread = 77` beside `chats` sends that watch's alerts to that forum topic."""
    alert = await _first_alert_in_group(tmp_path, f'[[watch]]\nname = "AWS"\nquery = "AWS"\nchats = [{GROUP}]\nthread = 77\n')
    assert parse_html(alert.text).startswith("AWS licencie à Paris")
    assert alert.params["message_thread_id"] == "77"


def test_watches_stored_before_numbers_get_them_per_chat(tmp_path):
    import sqlite3

    from monitor.store.db import migrate
    from monitor.store.schema import MIGRATIONS

    numbering = next(i for i, script in enumerate(MIGRATIONS) if "ADD COLUMN number" in script)
    conn = sqlite3.connect(tmp_path / "old.db")
    for version, script in enumerate(MIGRATIONS[:numbering], start=1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
    for name, chat, active in [("a", 7, 1), ("b", 8, 1), ("c", 7, 0), ("d", 7, 1)]:
        conn.execute("INSERT INTO watches (name, query, chat_id, source, active, created) VALUES (?, ?, ?, 'telegram', ?, '')",
                     (name, name, chat, active))
    conn.commit()
    migrate(conn)
    numbers = conn.execute("SELECT name, number FROM watches ORDER BY id").fetchall()
    conn.close()
    assert numbers == [("a", 1), ("b", 1), ("c", None), ("d", 2)]


async def test_names_stay_one_per_watch_and_config_watches_are_changed_in_config(api, db):
    sync_config_watches(db, [("Veille cloud", "cloud", (USER,))], T0)
    async with running(api, db):
        await ask(api, USER, "/watch AWS")  # n° 2
        await ask(api, USER, "/watch Azure")  # n° 3
        await ask(api, USER, "/unwatch 3")  # stopped: its name is free again
        (renamed,) = await ask(api, USER, "/rename 2 Azure")
        (clash,) = await ask(api, USER, "/watch Azure")  # a new query named like watch 2
        (config,) = await ask(api, USER, "/rename 1 Nuage")
        (config_edit,) = await ask(api, USER, "/edit 1 cloud souverain")
    assert "renommée « Azure »" in renamed
    assert "s'appelle déjà « Azure »" in clash
    assert "keywords.toml" in config and "keywords.toml" in config_edit
    assert [(w.number, w.name, w.query) for w in chat_watches(db, USER)] == [
        (1, "Veille cloud", "cloud"), (2, "Azure", "AWS")]
