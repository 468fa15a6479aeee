"""The page's handlers: watches (with the live preview and saving), feeds, alerts and search.
Database reads run in the Reader's threads; saving goes through monitor.config.edit."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import jinja2
import sqlite_utils
from aiohttp import web

from monitor.config import KEYWORDS_FILE, LiveConfig
from monitor.config.edit import WatchNotFound, save_keywords, with_watch_query
from monitor.ingest.fetch import Fetcher
from monitor.match.search import search_query
from monitor.pipeline.subscribe import add_checked_feed
from monitor.store.feeds import list_feeds
from monitor.store.overview import recent_alerts, watch_lines
from monitor.web.guard import CSRF_KEY
from monitor.web.preview import PREVIEW_DAYS, Preview, parsed
from monitor.web.present import excerpt_html, safe_link, title_html
from monitor.web.reader import PreviewProcess, Reader
from monitor.web.words import words

SEARCH_SHOWN = 50


@dataclass(frozen=True)
class Services:
    """What the handlers use: the monitor's own parts, shared, never copied."""

    db: sqlite_utils.Database  # the event loop's connection: writes (a feed added)
    reader: Reader  # reads, in worker threads
    previews: PreviewProcess  # the live preview, in a process of its own
    live: LiveConfig
    fetcher: Fetcher
    config_dir: Path
    clock: Callable[[], datetime]


SERVICES = web.AppKey("services", Services)
TEMPLATES = web.AppKey("templates", jinja2.Environment)


def render(request: web.Request, name: str, context: dict, status: int = 200) -> web.Response:
    html = request.app[TEMPLATES].get_template(name).render(context)
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


def _s(request: web.Request) -> Services:
    return request.app[SERVICES]


def _context(request: web.Request, page: str, **values) -> dict:
    lang = _s(request).live.config.telegram.language
    return {"w": words(lang), "lang": lang, "csrf": request[CSRF_KEY], "page": page, **values}


def _recipients(s: Services, name: str) -> int:
    for watch in s.live.config.watches:
        if watch.name.casefold() == name.casefold():
            return len(watch.chats)
    return 1


async def watches_page(request: web.Request, *, status: int = 200, **values) -> web.Response:
    s = _s(request)
    lines = await s.reader.read(lambda db: watch_lines(db, s.clock() - timedelta(days=PREVIEW_DAYS)))
    chats = {w.name.casefold(): w.chats for w in s.live.config.watches}
    context = _context(request, "watches", watches=lines, chats=chats,
                       saved=request.query.get("saved"), **values)
    return render(request, "watches.html", context, status=status)


async def preview_json(request: web.Request) -> web.Response:
    """GET /api/preview?q=…&watch=…: what the query would have alerted, as JSON."""
    s = _s(request)
    live = s.live
    query = parsed(request.query.get("q", ""), live.aliases, live.config.telegram.language)
    if isinstance(query, Preview):
        return web.json_response(query.as_json())
    recipients = _recipients(s, request.query.get("watch", ""))
    now = s.clock()
    result = await s.previews.preview(query.text, live.config.aliases, now, recipients)
    return web.json_response(result.as_json())


async def save_watch(request: web.Request) -> web.Response:
    """POST /watches: a watch's new query, written to keywords.toml if the config stays valid."""
    s = _s(request)
    form = await request.post()
    name, query = str(form.get("name", "")), str(form.get("query", ""))
    path = s.config_dir / KEYWORDS_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
        problems = await asyncio.to_thread(save_keywords, s.config_dir, with_watch_query(text, name, query))
    except WatchNotFound:
        problems = [words(s.live.config.telegram.language)["unknown_watch"]]
    except Exception as err:  # an unreadable file or a TOML that tomlkit refuses: said, nothing written
        problems = [f"{path}: {err}"]
    if problems:
        return await watches_page(request, status=400, problems=[str(p) for p in problems],
                                  editing=name, edited_query=query)
    raise web.HTTPSeeOther(request.app.router["watches"].url_for().with_query(saved=name))


async def feeds_page(request: web.Request, *, status: int = 200, **values) -> web.Response:
    s = _s(request)
    rows = await s.reader.read(list_feeds)
    # Newest problems first, then the rest by name.
    rows.sort(key=lambda f: (f.state not in ("failing", "disabled"), _desc(f.error_since), f.name.casefold()))
    return render(request, "feeds.html", _context(request, "feeds", feeds=rows, **values),
                                          status=status)


def _desc(stamp: str | None) -> str:
    # ISO 8601 UTC sorts as text; inverted so the newest comes first.
    return "".join(chr(0x10FFFF - ord(c)) for c in stamp) if stamp else ""


async def add_feed_form(request: web.Request) -> web.Response:
    """POST /feeds: a feed by URL, with the checks of /addfeed."""
    s = _s(request)
    form = await request.post()
    added = await add_checked_feed(s.db, s.fetcher, str(form.get("url", "")),
                                   private_ok=s.live.config.fetch.allow_private, added_by=None, now=s.clock())
    return await feeds_page(request, status=200 if added.outcome in ("added", "exists") else 400, added=added,
                            url=str(form.get("url", "")))


async def alerts_page(request: web.Request) -> web.Response:
    s = _s(request)
    live = s.live
    text = request.query.get("q", "").strip()
    alerts = await s.reader.read(recent_alerts)
    found, error = None, None
    if text:
        query = parsed(text, live.aliases, live.config.telegram.language)
        if isinstance(query, Preview):
            error = query.error
        else:
            hits = await s.reader.read(lambda db: search_query(db, query, since=None, limit=SEARCH_SHOWN))
            found = [{"title": title_html(f.title or f.link, f.spans), "excerpt": excerpt_html(f.text, f.spans),
                      "link": safe_link(f.link), "feed": f.feed_name, "published": f.published} for f in hits]
    return render(request, "alerts.html", _context(
        request, "alerts", alerts=alerts, q=text, found=found, error=error))


def routes(app: web.Application) -> None:
    app.router.add_get("/", watches_page, name="watches")
    app.router.add_post("/watches", save_watch)
    app.router.add_get("/api/preview", preview_json)
    app.router.add_get("/feeds", feeds_page, name="feeds")
    app.router.add_post("/feeds", add_feed_form)
    app.router.add_get("/alerts", alerts_page, name="alerts")
