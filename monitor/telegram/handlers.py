"""The bot's commands for everyone: start, help, watch, unwatch, list, pause, resume, search, digest.

Each handler is small: it reads the command, calls the store, answers in the user's
language. `guarded` does what all of them share: the allow-list check (a stranger gets a
polite refusal and nothing is stored) and registering the chat.
"""
from __future__ import annotations

import functools
import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils
from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from monitor.durations import parse_duration
from monitor.config import LiveConfig, TelegramConfig
from monitor.ingest.fetch import Fetcher
from monitor.query import MAX_QUERY_LENGTH, Aliases, QueryError, parse_query
from monitor.times import from_iso
from monitor.store.search import Found
from monitor.match.search import search_query
from monitor.store.subscriptions import (
    ensure_chat, find_watch, pause_chat, pause_watch, resume_chat, resume_watch, set_digest,
)
from monitor.store.watches import add_watch, chat_watches, remove_watch
from monitor.telegram import keyboards
from monitor.render.alert import cut, escape, link_line
from monitor.render.clean import clean
from monitor.render.texts import format_date, language_for, text

RECENT = timedelta(days=7)  # /watch shows what already matched in this window
RECENT_SHOWN = 5
PAGE = 5  # /search results per message
DEFAULT_PAUSE = timedelta(hours=24)
MAX_NAME = 64


@dataclass
class BotServices:
    """What the handlers use, kept in `application.bot_data["veille"]`; settings are read from
    the config in force at each use, so a reload reaches the bot with nothing copied."""

    db: sqlite_utils.Database
    live: LiveConfig
    fetcher: Fetcher  # the one fetcher, for /addfeed
    clock: Callable[[], datetime]
    on_watches_changed: Callable[[], None] | None = None

    @property
    def settings(self) -> TelegramConfig:
        return self.live.config.telegram

    @property
    def aliases(self) -> Aliases | None:
        return self.live.aliases


@dataclass(frozen=True, slots=True)
class Asker:
    """Who is asking: the chat, the user (None in a channel) and the language to answer in."""

    chat_id: int
    user_id: int | None
    lang: str


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE, Asker], Awaitable[None]]


def services(context: ContextTypes.DEFAULT_TYPE) -> BotServices:
    return context.application.bot_data["veille"]


def guarded(handler: Handler) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """Refuse strangers in allow-list mode (storing nothing); register the chat; find the language."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        s = services(context)
        lang = language_for(user.language_code if user else None, s.settings.language)
        asker = Asker(chat.id, user.id if user else None, lang)
        if not s.settings.may_use(chat.id, asker.user_id):
            if update.callback_query:
                await update.callback_query.answer()
            await say(context, asker, text(lang, "stranger", chat_id=chat.id))
            return
        ensure_chat(s.db, chat.id, chat.type, lang, s.clock())
        await handler(update, context, asker)

    return wrapper


async def say(context: ContextTypes.DEFAULT_TYPE, asker: Asker, message: str,
              markup: InlineKeyboardMarkup | None = None) -> None:
    """Answer in the asker's chat (HTML; anything from users or feeds is escaped by the caller)."""
    await context.bot.send_message(asker.chat_id, message, parse_mode=ParseMode.HTML, reply_markup=markup,
                                   link_preview_options=LinkPreviewOptions(is_disabled=True))


def argument(context: ContextTypes.DEFAULT_TYPE) -> str:
    """Everything after the command."""
    return " ".join(context.args or []).strip()


def changed(context: ContextTypes.DEFAULT_TYPE) -> None:
    if (hook := services(context).on_watches_changed) is not None:
        hook()


def found_line(found: Found, lang: str) -> str:
    """One stored article in a list: linked title, source, date."""
    return (f"• {link_line(found.link, cut(found.title or found.link, 200))} — "
            f"{escape(clean(found.feed_name))}, {format_date(found.published, lang)}")


def matches(s: BotServices, query_text: str, since: datetime | None, limit: int) -> list[Found]:
    """Stored articles matching the query, newest first."""
    return search_query(s.db, parse_query(query_text, s.aliases), since=since, limit=limit)


def checked_query(s: BotServices, query_text: str, lang: str) -> str | None:
    """None if the query is acceptable, else what to answer."""
    if len(query_text) > MAX_QUERY_LENGTH:
        return text(lang, "query_too_long", length=len(query_text), limit=MAX_QUERY_LENGTH)
    try:
        parse_query(query_text, s.aliases)
    except QueryError as err:
        return escape(err.message(lang))
    return None


@guarded
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/start and /help: what the bot does, with query examples."""
    await say(context, asker, text(asker.lang, "help"))


@guarded
async def watch(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/watch QUERY (/suivre): store a watch and show what already matched this week."""
    s, query_text = services(context), argument(context)
    if not query_text:
        await say(context, asker, text(asker.lang, "watch_usage"))
        return
    if (refusal := checked_query(s, query_text, asker.lang)) is not None:
        await say(context, asker, refusal)
        return
    existing = chat_watches(s.db, asker.chat_id)
    name = cut(query_text, MAX_NAME)
    if same := next((w for w in existing if w.query == query_text), None):
        await say(context, asker, text(asker.lang, "watch_exists", name=escape(same.name), id=same.id))
        return
    if len(existing) >= s.settings.max_watches_per_chat:
        await say(context, asker, text(asker.lang, "too_many_watches", limit=s.settings.max_watches_per_chat))
        return
    now = s.clock()
    stored = add_watch(s.db, asker.chat_id, name, query_text, now)
    changed(context)
    lines = [text(asker.lang, "watch_stored", name=escape(stored.name), id=stored.id)]
    recent = matches(s, query_text, now - RECENT, RECENT_SHOWN)
    lines.append(text(asker.lang, "watch_recent") if recent else text(asker.lang, "watch_none_recent"))
    lines.extend(found_line(found, asker.lang) for found in recent)
    await say(context, asker, "\n".join(lines))


@guarded
async def unwatch(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/unwatch N (/stop): stop one of the chat's watches."""
    arg = argument(context).lstrip("#")
    if not arg.isdigit():
        await say(context, asker, text(asker.lang, "unwatch_usage"))
        return
    await say(context, asker, stop_watch(context, asker, int(arg)))


def stop_watch(context: ContextTypes.DEFAULT_TYPE, asker: Asker, watch_id: int) -> str:
    """Remove the watch if it is this chat's; the answer to give."""
    s = services(context)
    found = find_watch(s.db, asker.chat_id, watch_id)
    if found is None or not remove_watch(s.db, asker.chat_id, watch_id):
        return text(asker.lang, "unwatch_missing", id=watch_id)
    changed(context)
    return text(asker.lang, "unwatch_done", name=escape(found.name))


def list_text(s: BotServices, asker: Asker) -> tuple[str, InlineKeyboardMarkup | None]:
    """The chat's watches and their buttons."""
    now = s.clock()
    watches = chat_watches(s.db, asker.chat_id)
    if not watches:
        return text(asker.lang, "list_empty"), None
    lines = [text(asker.lang, "list_header")]
    for w in watches:
        line = f"<b>{w.id}.</b> {escape(w.name)}"
        if w.query != w.name:
            line += f" — <code>{escape(cut(w.query, 200))}</code>"
        if keyboards.is_paused(w, now):
            line += text(asker.lang, "list_paused", until=format_date(from_iso(w.paused_until), asker.lang))
        lines.append(line)
    return "\n".join(lines), keyboards.watch_list(watches, asker.lang, now)


@guarded
async def list_watches(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/list: the chat's watches, each with remove and pause buttons."""
    message, markup = list_text(services(context), asker)
    await say(context, asker, message, markup)


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
    until = s.clock() + length
    pause_chat(s.db, asker.chat_id, until)
    changed(context)
    await say(context, asker, text(asker.lang, "pause_done", until=format_date(until, asker.lang)))


@guarded
async def resume(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/resume: alerts again, for the chat and each of its watches."""
    resume_chat(services(context).db, asker.chat_id)
    changed(context)
    await say(context, asker, text(asker.lang, "resume_done"))


async def show_results(context: ContextTypes.DEFAULT_TYPE, asker: Asker, query_text: str, offset: int) -> None:
    """One page of /search results, with a "more" button when there may be more."""
    s = services(context)
    found = matches(s, query_text, None, offset + PAGE + 1)  # each story once, with its other outlets
    page = found[offset: offset + PAGE]
    if not page:
        await say(context, asker, text(asker.lang, "search_none" if offset == 0 else "search_end"))
        return
    more = keyboards.more_results(asker.lang, offset + PAGE) if len(found) > offset + PAGE else None
    await say(context, asker, "\n".join(found_line(f, asker.lang) + (
        " " + escape(text(asker.lang, "search_sources", count=f.others)) if f.others else "") for f in page), more)


@guarded
async def search(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/search QUERY: the newest stored articles that match, five at a time."""
    s, query_text = services(context), argument(context)
    if not query_text:
        await say(context, asker, text(asker.lang, "search_usage"))
        return
    if (refusal := checked_query(s, query_text, asker.lang)) is not None:
        await say(context, asker, refusal)
        return
    context.chat_data["search"] = query_text  # the "more" button's callback data cannot hold it
    await show_results(context, asker, query_text, 0)


@guarded
async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/digest HOUR | off: one summary a day at that hour instead of instant alerts."""
    s, arg = services(context), argument(context).lower().removesuffix("h")
    if arg in ("off", "non", "no", "0ff"):
        set_digest(s.db, asker.chat_id, None)
        await say(context, asker, text(asker.lang, "digest_off"))
    elif arg.isdigit() and 0 <= int(arg) <= 23:
        set_digest(s.db, asker.chat_id, int(arg))
        await say(context, asker, text(asker.lang, "digest_on", hour=int(arg)))
    else:
        await say(context, asker, text(asker.lang, "digest_usage"))


@guarded
async def button(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """An inline button: stop, pause or resume a watch, or more search results."""
    s, query = services(context), update.callback_query
    action, _, value = (query.data or "").partition(":")
    if not value.isdigit():
        await query.answer()
        return
    number = int(value)
    if action == keyboards.MORE:
        await query.answer()
        if (last := context.chat_data.get("search")) is None:
            await say(context, asker, text(asker.lang, "search_usage"))
        else:
            await show_results(context, asker, last, number)
        return
    if action == keyboards.UNWATCH:
        answer = stop_watch(context, asker, number)
    elif action in (keyboards.PAUSE, keyboards.RESUME):
        found = find_watch(s.db, asker.chat_id, number)
        if found is None:
            answer = text(asker.lang, "unwatch_missing", id=number)
        elif action == keyboards.PAUSE:
            until = s.clock() + DEFAULT_PAUSE
            pause_watch(s.db, asker.chat_id, number, until)
            answer = text(asker.lang, "watch_paused", name=escape(found.name), until=format_date(until, asker.lang))
        else:
            resume_watch(s.db, asker.chat_id, number)
            answer = text(asker.lang, "watch_resumed", name=escape(found.name))
        changed(context)
    else:
        await query.answer()
        return
    await query.answer(html.unescape(answer)[:200])  # a toast: plain text, short
    await say(context, asker, answer)
