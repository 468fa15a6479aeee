"""The operator's page over HTTP on the real composition (issue 14): the preview, saving
keywords.toml, adding a feed, and the guards (token, cross-site posts, escaping)."""
from __future__ import annotations

import re

import aiohttp
import pytest

from monitor.config import load_config
from monitor.runtime.run import Monitor
from monitor.web import WebRefused
from tests.feedserver import Route, rss
from tests.webpage import serving, wait_until, write_config


def browser() -> aiohttp.ClientSession:
    # A cookie jar that keeps cookies of an IP address, as a browser does.
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


async def test_preview_lists_matches_with_words_in_bold_and_counts_alerts(tmp_path):
    async with serving(tmp_path) as (_, base, _feeds), browser() as http:
        async with http.get(f"{base}/api/preview", params={"q": "licenciements AWS",
                                                           "watch": "Licenciements chez AWS"}) as r:
            data = await r.json()
        assert data["ok"] and data["stories"] == 1 and data["alerts"] == 1
        (article,) = data["articles"]
        assert "<b>licenciements</b>" in article["title"] and "<b>AWS</b>" in article["title"]
        async with http.get(f"{base}/api/preview", params={"q": "Azure OR Nvidia"}) as r:
            assert (await r.json())["stories"] == 3


async def test_preview_of_a_broken_query_gives_the_error_and_its_column(tmp_path):
    async with serving(tmp_path) as (_, base, _feeds), browser() as http:
        async with http.get(f"{base}/api/preview", params={"q": "(AWS OR"}) as r:
            data = await r.json()
    assert data["ok"] is False and data["column"] >= 1 and "colonne" in data["error"]


async def test_hostile_feed_text_is_never_rendered_unescaped(tmp_path):
    async with serving(tmp_path) as (_, base, _feeds), browser() as http:
        async with http.get(f"{base}/api/preview", params={"q": "Nvidia"}) as r:
            data = await r.json()
        hostile = next(a for a in data["articles"] if "hostile" in a["title"])
        assert "<script" not in hostile["title"] and "&lt;script&gt;" in hostile["title"]
        assert "<img" not in hostile["excerpt"] and hostile["link"] == ""  # no javascript: link
        for page in ("/feeds", "/alerts?q=Nvidia", "/"):
            async with http.get(base + page) as r:
                html = await r.text()
            assert "<script>" not in html and "<img src=x" not in html and 'href="javascript:' not in html


async def test_save_keeps_comments_and_the_monitor_applies_it(tmp_path):
    async with serving(tmp_path) as (running, base, _feeds), browser() as http:
        async with http.get(base + "/") as r:
            token = csrf_of(await r.text())
        form = {"csrf": token, "name": "Nvidia", "query": "title:(Nvidia OR AMD)"}
        async with http.post(base + "/watches", data=form, headers={"Origin": base}) as r:
            assert r.status == 200 and "saved=Nvidia" in str(r.url)
        text = (tmp_path / "config" / "keywords.toml").read_text()
        assert 'query = "title:(Nvidia OR AMD)"' in text
        assert "# the first watch" in text and "(a comment the page must keep)" in text
        await wait_until(lambda: any(w.query == "title:(Nvidia OR AMD)" for w in running.live.config.watches))


async def test_a_bad_edit_is_refused_with_its_message_and_the_file_untouched(tmp_path):
    async with serving(tmp_path) as (_, base, _feeds), browser() as http:
        before = (tmp_path / "config" / "keywords.toml").read_bytes()
        async with http.get(base + "/") as r:
            token = csrf_of(await r.text())
        form = {"csrf": token, "name": "Nvidia", "query": "title:(Nvidia OR"}
        async with http.post(base + "/watches", data=form) as r:
            assert r.status == 400
            assert "column" in await r.text()
        assert (tmp_path / "config" / "keywords.toml").read_bytes() == before


@pytest.mark.parametrize("headers, with_csrf", [
    ({"Origin": "https://evil.example"}, True),
    ({"Sec-Fetch-Site": "cross-site"}, True),
    ({}, False),
])
async def test_a_cross_site_form_post_is_refused(tmp_path, headers, with_csrf):
    async with serving(tmp_path) as (running, base, _feeds), browser() as http:
        before = (tmp_path / "config" / "keywords.toml").read_bytes()
        async with http.get(base + "/") as r:
            token = csrf_of(await r.text())
        form = {"name": "Nvidia", "query": "AMD", **({"csrf": token} if with_csrf else {})}
        async with http.post(base + "/watches", data=form, headers=headers) as r:
            assert r.status == 403
    assert (tmp_path / "config" / "keywords.toml").read_bytes() == before


async def test_a_non_loopback_bind_needs_the_token(tmp_path):
    env = {"VEILLE_WEB_TOKEN": "s3cret-token-for-the-test"}
    async with serving(tmp_path, listen="127.0.0.2:0", env=env) as (_, base, _feeds):
        async with browser() as http:
            async with http.get(base + "/") as r:
                assert r.status == 401
            async with http.get(base + "/api/preview?q=AWS", headers={"Authorization": "Bearer wrong"}) as r:
                assert r.status == 401
            async with http.get(base + "/?token=s3cret-token-for-the-test") as r:  # then a cookie
                assert r.status == 200 and "token" not in str(r.url)
            async with http.get(base + "/feeds") as r:
                assert r.status == 200


async def test_a_loopback_page_answers_loopback_host_names_only(tmp_path):
    """A DNS-rebinding page (evil.example resolving to 127.0.0.1) must not read the page."""
    async with serving(tmp_path) as (_, base, _feeds), browser() as http:
        async with http.get(base + "/api/preview?q=AWS", headers={"Host": "evil.example"}) as r:
            assert r.status == 421
        async with http.get(base + "/api/preview?q=AWS", headers={"Host": "localhost"}) as r:
            assert r.status == 200


def test_run_refuses_a_non_loopback_bind_without_a_token(tmp_path):
    config = write_config(tmp_path / "config", "http://127.0.0.1:9/rss", listen="0.0.0.0:8080")
    with pytest.raises(WebRefused, match="VEILLE_WEB_TOKEN"):
        Monitor(load_config(config), config, tmp_path / "veille.db", None, env={})
    assert not (tmp_path / "veille.db").exists()  # refused before anything is opened


async def test_a_feed_is_added_by_url_with_the_checks_of_addfeed(tmp_path):
    async with serving(tmp_path) as (_, base, feeds), browser() as http:
        feeds.set("/other", Route(body=rss([], title="Autre flux &lt;script&gt;alert(3)&lt;/script&gt;")))
        feeds.set("/page", Route(body=b"<html>not a feed</html>", content_type="text/html"))
        async with http.get(base + "/feeds") as r:
            token = csrf_of(await r.text())
        async with http.post(base + "/feeds", data={"csrf": token, "url": feeds.url("/other")}) as r:
            html = await r.text()
            assert r.status == 200 and "Autre flux &lt;script&gt;alert(3)" in html and "<script>alert" not in html
        async with http.post(base + "/feeds", data={"csrf": token, "url": feeds.url("/page")}) as r:
            assert r.status == 400
        async with http.post(base + "/feeds", data={"csrf": token, "url": "ftp://example.fr/rss"}) as r:
            assert r.status == 400 and "http" in await r.text()


def test_veille_run_refuses_in_one_line_and_exits_non_zero(tmp_path, capsys, monkeypatch):
    from monitor.cli.main import main

    monkeypatch.delenv("VEILLE_WEB_TOKEN", raising=False)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = write_config(tmp_path / "config", "http://127.0.0.1:9/rss", listen="0.0.0.0:8080")
    assert main(["--config", str(config), "--db", str(tmp_path / "veille.db"), "run"]) != 0
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("veille run: [web] listen = '0.0.0.0:8080'") and "VEILLE_WEB_TOKEN" in line


async def test_alerts_show_their_chat_watch_and_delivery_and_the_search_box_finds_stories(tmp_path):
    from monitor.store.feeds import list_feeds
    from tests.helpers import days_ago
    from tests.webpage import ARTICLES

    async with serving(tmp_path) as (running, base, feeds), browser() as http:
        new = {"title": "Nvidia rachète une start-up française", "link": "https://example.fr/rachat",
               "guid": "n1", "description": "Une acquisition.", "pubDate": days_ago(0.01)}
        feeds.publish("/rss", rss([new, *ARTICLES]))
        (feed,) = list_feeds(running.db)
        await running.poller.poll(feed.id)
        await wait_until(lambda: running.db.execute("SELECT status FROM outbox").fetchall() == [("sent",)])
        async with http.get(base + "/alerts") as r:
            html = await r.text()
        row = re.search(r'<tr class="sent">(.*?)</tr>', html, re.S).group(1)
        assert "Nvidia rachète une start-up française" in row and "Nvidia" in row and "console" in row
        assert "remise" in row
        async with http.get(base + "/alerts", params={"q": "title:rachète"}) as r:
            html = await r.text()
        assert "1 article(s) trouvé(s)" in html and "<b>rachète</b>" in html
        async with http.get(base + "/alerts", params={"q": "(rachète"}) as r:
            assert "colonne" in await r.text()
