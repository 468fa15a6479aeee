"""Pausing you can see: /pause, /resume and the per-watch buttons, and what appeared meanwhile.

A paused watch is not matched (no hit, no alert); its articles are still stored, so on resume
the bot counts those that match and offers them in the digest's format.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from monitor.durations import parse_duration
from monitor.model import Alert
from monitor.query import QueryError, parse_query
from monitor.render.alert import escape, render_digest
from monitor.render.texts import format_date, text
from monitor.store.search import Found
from monitor.store.subscriptions import (
    find_watch, get_chat, pause_chat, pause_watch, resume_chat, resume_watch,
)
from monitor.store.watches import WatchRow, chat_watches
from monitor.telegram import keyboards
from monitor.telegram.conversation import Asker, BotServices, argument, guarded, say, services
from monitor.telegram.handlers import matches
from monitor.times import from_iso

DEFAULT_PAUSE = timedelta(hours=24)
MISSED_MAX = 50  # per watch: a digest message holds about that many lines


@guarded
async def pause(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/pause [duration]: no alerts for this chat for that long (24h by default)."""
    s, arg = services(context), argument(context)
    try:
        length = timedelta(seconds=parse_duration(arg)) if arg else DEFAULT_PAUSE
    except ValueError:
        length = None
    if length is None or length <= timedelta(0) or length > timedelta(days=366):
        await say(context, asker, text(asker.lang, "pause_usage"))
        return
    now = s.clock()
    until = now + length
    await s.store.run(pause_chat, asker.chat_id, until, now)
    await say(context, asker, text(asker.lang, "pause_done", until=format_date(until, asker.lang)))


def pause_starts(s: BotServices, chat_id: int, now: datetime) -> dict[int, datetime]:
    """Each watch of the chat that is paused now (by itself or with the chat) and since when."""
    chat = get_chat(s.db, chat_id)
    chat_since = chat.paused_since if chat and chat.paused_until and chat.paused_until > now else None
    starts = {}
    for w in chat_watches(s.db, chat_id):
        own = from_iso(w.paused_since) if w.paused_since and w.paused_until and from_iso(w.paused_until) > now else None
        if since := min((t for t in (own, chat_since) if t is not None), default=None):
            starts[w.id] = since
    return starts


async def missed(s: BotServices, chat_id: int, watches: list[WatchRow], since: datetime) -> list[Alert]:
    """Stored articles that these watches match, published since `since`, newest first, as alerts."""
    found: dict[int, tuple[Found, list[tuple[int, str]]]] = {}
    for w in watches:
        try:
            query = parse_query(w.query, s.aliases)
        except QueryError:
            continue
        for f in await matches(s, chat_id, query, since, MISSED_MAX):
            found.setdefault(f.story_id, (f, []))[1].append((w.id, w.name))
    ordered = sorted(found.values(), key=lambda pair: (pair[0].published, pair[0].id), reverse=True)
    # As alerts, for the digest's format (an id and chat it needs not: nothing is sent from the outbox).
    return [Alert(f.id, 0, f.id, f.feed_name, f.title, f.link, f.text, f.published, tuple(w), f.spans)
            for f, w in ordered]


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


@guarded
async def resume(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/resume: alerts again, for the chat and each of its watches; say what appeared meanwhile."""
    s = services(context)
    now = s.clock()
    chat = get_chat(s.db, asker.chat_id)
    chat_paused = chat is not None and chat.paused_until is not None and chat.paused_until > now
    starts = pause_starts(s, asker.chat_id, now)
    await s.store.run(resume_chat, asker.chat_id)
    if not starts:
        await say(context, asker, text(asker.lang, "resume_done" if chat_paused else "resume_nothing"))
        return
    since = min(starts.values())
    watches = [w for w in chat_watches(s.db, asker.chat_id) if w.id in starts]
    count = len(await missed(s, asker.chat_id, watches, since))
    if count == 0:
        await say(context, asker, text(asker.lang, "resume_missed_none"))
        return
    await say(context, asker, text(asker.lang, "resume_missed", count=count),
              keyboards.missed(asker.lang, count, epoch(since)))


async def toggle_watch(context: ContextTypes.DEFAULT_TYPE, asker: Asker, action: str,
                       watch_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
    """The pause or resume button of one watch: the answer and, on resume, the missed button."""
    s = services(context)
    found = find_watch(s.db, asker.chat_id, watch_id)
    if found is None:
        return text(asker.lang, "watch_gone"), None
    now = s.clock()
    if action == keyboards.PAUSE:
        until = now + DEFAULT_PAUSE
        await s.store.run(pause_watch, asker.chat_id, watch_id, until, now)
        return text(asker.lang, "watch_paused", name=escape(found.name), until=format_date(until, asker.lang)), None
    since = pause_starts(s, asker.chat_id, now).get(watch_id)
    await s.store.run(resume_watch, asker.chat_id, watch_id)
    count = len(await missed(s, asker.chat_id, [found], since)) if since is not None else 0
    if count == 0:
        return text(asker.lang, "watch_resumed", name=escape(found.name)), None
    return (text(asker.lang, "watch_resumed_missed", name=escape(found.name), count=count),
            keyboards.missed(asker.lang, count, epoch(since), watch_id))


async def show_missed(context: ContextTypes.DEFAULT_TYPE, asker: Asker, value: str) -> None:
    """The missed button: what appeared since the pause began, as a digest."""
    since_text, _, watch_text = value.partition(".")
    if not since_text.isdigit() or (watch_text and not watch_text.isdigit()):
        return
    s = services(context)
    watches = chat_watches(s.db, asker.chat_id)
    if watch_text:
        watches = [w for w in watches if w.id == int(watch_text)]
    alerts = await missed(s, asker.chat_id, watches, datetime.fromtimestamp(int(since_text), timezone.utc))
    if not alerts:
        await say(context, asker, text(asker.lang, "missed_none"))
        return
    await say(context, asker, render_digest(alerts, asker.lang).text)
