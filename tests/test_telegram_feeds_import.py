"""Issue 13, the bot side of feeds: /feeds as people read it, /import of an OPML file.

The real python-telegram-bot Application against the fake Bot API; feeds from a real HTTP server.
"""
from __future__ import annotations

import asyncio
import dataclasses
import time
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone

from monitor.ingest.fetch import Fetcher
from monitor.store.feeds import add_feed, list_feeds, record_failure, record_success
from monitor.telegram.app import build_application, start_bot, stop_bot
from monitor.times import to_iso
from tests.fakebotapi import parse_html
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import live_config

ADMIN, USER = 1001, 1002


@asynccontextmanager
async def running(api, db, live):
    async with Fetcher() as fetcher:
        app = build_application(api.token, db, live, fetcher, api_url=api.url)
        await start_bot(app, poll_timeout=0.5)
        try:
            yield app
        finally:
            await stop_bot(app)


async def replies(api, chat_id, before, count=1, timeout=10.0) -> list[str]:
    deadline = time.monotonic() + timeout
    while len(api.sent(chat_id)) < before + count:
        assert time.monotonic() < deadline, f"no answer in chat {chat_id}: {api.calls[-3:]}"
        await asyncio.sleep(0.01)
    return [parse_html(c.text) for c in api.sent(chat_id)[before:before + count]]


def in_zone(live, zone: str):
    live.replace(dataclasses.replace(live.config, timezone=zone))
    return live


async def test_feeds_tells_counts_last_article_and_times_in_the_operators_zone(api, db):
    noon = datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)
    ok = add_feed(db, "LeMagIT", "https://ok.example/rss", None, noon).id
    record_success(db, ok, now=noon, etag=None, last_modified=None, permanent_url=None, malformed=None,
                   next_poll=noon + timedelta(minutes=30))
    db.execute("INSERT INTO entries (feed_id, story_id, guid, link, title, text, published, first_seen, content_hash,"
               " title_key) VALUES (?, 1, 'g', 'https://ok.example/1', 'AWS licencie', '', ?, ?, 'h', 'aws')",
               [ok, to_iso(noon), to_iso(noon)])
    failing = add_feed(db, "Cassé", "https://ko.example/rss", None, noon).id
    for _ in range(3):
        record_failure(db, failing, now=noon, error="HTTP 503", next_poll=noon, disable=None, kind="http",
                       params='{"status": 503}')
    live = in_zone(live_config(admins=(ADMIN,)), "America/New_York")
    async with running(api, db, live):
        before = len(api.sent(USER))
        api.push_message(USER, "/feeds")
        (reply,) = await replies(api, USER, before)
    assert "1 articles" in reply and "« AWS licencie », 1 juillet 2026 à 08:00" in reply  # 12:00 UTC in New York
    assert "prochaine lecture le 1 juillet 2026 à 08:30" in reply
    assert "erreur HTTP 503 (3 échecs de suite)" in reply  # in French, from the error's kind


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mes flux</title></head><body>
<outline text="Tech">
  <outline text="Bon" type="rss" xmlUrl="%(good)s"/>
  <outline text="Page" type="rss" xmlUrl="%(page)s"/>
  <outline text="FTP" type="rss" xmlUrl="ftp://example.fr/rss"/>
</outline>
<outline text="Sans adresse"/>
</body></opml>"""


async def test_import_adds_each_feed_as_addfeed_does_and_says_what_it_refused(api, db):
    with FeedServer() as feeds:
        feeds.set("/rss", Route(body=rss([], title="Le bon flux")))
        feeds.set("/page", Route(body=b"<!doctype html><html><body>hello</body></html>",
                                 headers={"Content-Type": "text/html"}))
        opml = OPML % {b"good": feeds.url("/rss").encode(), b"page": feeds.url("/page").encode()}
        async with running(api, db, live_config(admins=(ADMIN,), allow_private=True)):
            before = len(api.sent(USER))
            api.push_document(USER, opml, "flux.opml", caption="/import")
            (refused,) = await replies(api, USER, before)
            before = len(api.sent(ADMIN))
            api.push_document(ADMIN, opml, "flux.opml", caption="/import")
            (done,) = await replies(api, ADMIN, before)
            api.push_document(ADMIN, opml, "flux.opml", caption="/import")
            (again,) = await replies(api, ADMIN, before + 1)
            api.push_message(ADMIN, "/import")
            (usage,) = await replies(api, ADMIN, before + 2)
            api.push_document(ADMIN, b"<html>no</html>", "x.opml", caption="/import")
            (bad,) = await replies(api, ADMIN, before + 3)
    assert "réservée aux administrateurs" in refused
    assert done.startswith("Import : 1 flux ajoutés, 0 déjà surveillés, 3 refusés.")
    assert "• Page :" in done and "• FTP :" in done and "• Sans adresse :" in done
    assert [f.name for f in list_feeds(db)] == ["Le bon flux"]
    assert again.startswith("Import : 0 flux ajoutés, 1 déjà surveillés, 3 refusés.")
    assert "OPML" in usage and "not an OPML file" in bad
