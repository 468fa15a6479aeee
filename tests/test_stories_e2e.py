"""One story, one alert (issue 12), end to end on `run`'s Monitor with the real bot against the
fake Bot API: three outlets tell one event in three wordings -> one sendMessage, then edits
naming the new sources; another event of the same company -> a second alert."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

from monitor.config import load_config
from monitor.runtime.run import Bot, Monitor
from monitor.store.feeds import list_feeds
from tests.fakebotapi import FakeBotAPI, parse_html
from tests.feedserver import FeedServer, Route, rss
from tests.helpers import days_ago
from tests import helpers

USER = 6161
SITES = {"LeMagIT": "lemagit.fr", "L'Informé": "linforme.com", "ZDNet": "zdnet.fr"}
OLD = {"title": "Rapport annuel du marché du cloud", "link": "https://example.fr/old", "guid": "old",
       "description": "Un rapport.", "pubDate": days_ago(5)}
ONE = {"title": "Panne géante chez OVHcloud : le datacenter de Roubaix à l'arrêt",
       "link": "https://www.lemagit.fr/panne-ovhcloud", "guid": "a1", "pubDate": days_ago(0.02),
       "description": "Une coupure électrique a arrêté le datacenter RBX-4 d'OVHcloud à Roubaix : "
                      "des milliers de sites web sont hors ligne depuis ce matin."}
TWO = {"title": "OVHcloud : des milliers de sites hors ligne après une panne à Roubaix",
       "link": "https://www.linforme.com/ovhcloud-roubaix", "guid": "b1", "pubDate": days_ago(0.015),
       "description": "Le datacenter RBX-4 d'OVHcloud à Roubaix a subi une coupure électrique ; "
                      "des milliers de clients sont touchés par la panne."}
THREE = {"title": "Roubaix : OVHcloud confirme la panne électrique de son datacenter RBX-4",
         "link": "https://www.zdnet.fr/ovhcloud-rbx4", "guid": "c1", "pubDate": days_ago(0.01),
         "description": "OVHcloud confirme une coupure électrique dans son datacenter RBX-4 de Roubaix ; "
                        "des milliers de sites sont hors ligne."}
OTHER = {"title": "OVHcloud lève 200 millions d'euros pour s'étendre aux États-Unis",
         "link": "https://www.lemagit.fr/ovhcloud-leve", "guid": "a2", "pubDate": days_ago(0.005),
         "description": "Le fournisseur roubaisien OVHcloud annonce une levée de fonds de 200 millions d'euros."}


def write_config(directory: Path, urls: dict[str, str]) -> Path:
    directory.mkdir(exist_ok=True)
    (directory / "feeds.toml").write_text("".join(
        f'[[feed]]\nname = "{name}"\nurl = "{url}"\ninterval = "1h"\n\n' for name, url in urls.items()))
    (directory / "keywords.toml").write_text("")
    return directory


async def wait_until(predicate, timeout: float = 8.0) -> float:
    """The shared wait (tests/helpers.py), with this module's longer default."""
    return await helpers.wait_until(predicate, timeout, every=0.02)


class Newsroom:
    """Three feeds of three sites on one local server, their backlogs stored, a chat watching OVHcloud."""

    def __init__(self, feeds: FeedServer, tmp_path: Path) -> None:
        self.paths = {name: f"/{i}.xml" for i, name in enumerate(SITES)}
        for path in self.paths.values():
            feeds.set(path, Route(body=rss([OLD])))
        self.feeds = feeds
        self.config = write_config(tmp_path / "config", {n: feeds.url(p) for n, p in self.paths.items()})
        self.db = tmp_path / "veille.db"

    def monitor(self, api: FakeBotAPI) -> Monitor:
        return Monitor(load_config(self.config), self.config, self.db, Bot(api.token, api.url))

    async def start(self, running: Monitor, api: FakeBotAPI) -> None:
        for feed in list_feeds(running.db):  # one local server stands for three sites
            running.db.execute("UPDATE feeds SET site = ? WHERE id = ?", [SITES[feed.name], feed.id])
            await running.poller.poll(feed.id)  # the backlog, stored silently
        await wait_until(lambda: running.bot.sender.ready)
        api.push_message(USER, "/watch OVHcloud")
        await wait_until(lambda: len(api.sent(USER)) == 1)

    async def first_alert(self, running: Monitor, api: FakeBotAPI) -> None:
        """Started, then LeMagIT publishes the event: the chat's first alert (after /watch's reply)."""
        await self.start(running, api)
        await self.publish(running, "LeMagIT", ONE)
        await wait_until(lambda: len(api.sent(USER)) == 2)

    async def publish(self, running: Monitor, name: str, *items: dict) -> None:
        self.feeds.publish(self.paths[name], rss([*items, OLD]))
        (feed,) = [f for f in list_feeds(running.db) if f.name == name]
        await running.poller.poll(feed.id)


async def test_one_event_three_outlets_one_alert_then_two_edits(tmp_path):
    with FakeBotAPI() as api, FeedServer() as feeds:
        room = Newsroom(feeds, tmp_path)
        async with room.monitor(api) as running:
            await room.first_alert(running, api)
            alert = api.sent(USER)[1]
            await room.publish(running, "L'Informé", TWO)
            await wait_until(lambda: len(api.edited(USER)) == 1)
            await room.publish(running, "ZDNet", THREE)
            await wait_until(lambda: len(api.edited(USER)) == 2)
            await room.publish(running, "LeMagIT", OTHER, ONE)
            await wait_until(lambda: len(api.sent(USER)) == 3)
            await asyncio.sleep(0.3)
            (alert_message,) = running.db.execute("SELECT message_id FROM outbox WHERE chat_id = ? ORDER BY id",
                                                  [USER]).fetchone()
        assert ONE["title"] in parse_html(alert.text) and "Aussi chez" not in alert.text
        first, second = (parse_html(c.text) for c in api.edited(USER))
        assert {int(c.params["message_id"]) for c in api.edited(USER)} == {alert_message}  # the alert's message
        assert first.startswith(ONE["title"]) and "Aussi chez : L'Informé" in first and "ZDNet" not in first
        assert "Aussi chez : L'Informé, ZDNet" in second
        assert "<b>OVHcloud</b>" in api.edited(USER)[1].text  # the matched words stay
        assert "reply_markup" in api.edited(USER)[1].params  # and the stop button
        assert 'href="https://www.zdnet.fr/ovhcloud-rbx4"' in api.edited(USER)[1].text
        assert OTHER["title"] in parse_html(api.sent(USER)[2].text)
        assert len(api.sent(USER)) == 3


async def test_an_edit_refused_becomes_a_reply_to_the_alert(tmp_path):
    with FakeBotAPI() as api, FeedServer() as feeds:
        room = Newsroom(feeds, tmp_path)
        async with room.monitor(api) as running:
            await room.first_alert(running, api)
            await wait_until(lambda: running.db.execute("SELECT message_id FROM outbox").fetchone()[0] is not None)
            (row,) = running.db.execute("SELECT message_id FROM outbox WHERE chat_id = ?", [USER]).fetchall()
            api.delete_message(USER, row[0])  # the user deleted the alert
            await room.publish(running, "L'Informé", TWO)
            await wait_until(lambda: len(api.sent(USER)) == 3)
        refused = api.calls_to("editMessageText")
        assert len(refused) == 1 and refused[0].status == 400
        reply = api.sent(USER)[2]
        assert parse_html(reply.text).startswith("Aussi chez : L'Informé")
        parameters = reply.params["reply_parameters"]
        parameters = json.loads(parameters) if isinstance(parameters, str) else parameters
        assert parameters["message_id"] == row[0]


async def test_a_pending_edit_survives_a_restart_and_goes_once(tmp_path):
    with FakeBotAPI() as api, FeedServer() as feeds:
        room = Newsroom(feeds, tmp_path)
        async with room.monitor(api) as running:
            await room.first_alert(running, api)
            api.fail("editMessageText", 502, times=1)
            await room.publish(running, "L'Informé", TWO)
            await wait_until(lambda: len(api.calls_to("editMessageText")) == 1)
            (pending,) = running.db.execute("SELECT status FROM outbox_edits").fetchone()
        async with room.monitor(api) as running:
            await wait_until(lambda: len(api.edited(USER)) == 1)
            await asyncio.sleep(0.5)
            (status,) = running.db.execute("SELECT status FROM outbox_edits").fetchone()
        assert pending == "pending" and len(api.edited(USER)) == 1 and status == "sent"
        assert "Aussi chez : L'Informé" in parse_html(api.edited(USER)[0].text)
