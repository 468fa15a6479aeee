"""The bot's commands for everyone: start, help, watch, unwatch, list, search, digest.

Each handler is small: it reads the command, calls the store, answers in the user's
language; what they all share (the guard, answering) is `monitor.telegram.conversation`.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from monitor.query import MAX_QUERY_LENGTH, Query, QueryError, parse_query
from monitor.times import from_iso
from monitor.store.search import Found
from monitor.match.search import search_query
from monitor.query.canonical import canonical
from monitor.store.subscriptions import find_watch, get_chat, numbered_watch, set_digest
from monitor.store.watches import TELEGRAM, WatchRow, add_watch, chat_watches, remove_watch
from monitor.telegram import keyboards
from monitor.telegram.conversation import Asker, BotServices, argument, guarded, say, services
from monitor.render.alert import cut, escape, link_line
from monitor.render.clean import clean
from monitor.render.texts import format_date, text

RECENT = timedelta(days=7)  # /watch shows what already matched in this window
RECENT_SHOWN = 5
PAGE = 5  # /search results per message
MAX_NAME = 64


def found_line(found: Found, lang: str) -> str:
    """One stored article in a list: linked title, source, date."""
    return (f"• {link_line(found.link, cut(found.title or found.link, 200))} — "
            f"{escape(clean(found.feed_name))}, {format_date(found.published, lang)}")


async def matches(s: BotServices, chat_id: int, query: Query, since: datetime | None, limit: int) -> list[Found]:
    """Stored articles matching the query, newest first: in a worker thread, one search at a
    time per chat (raises Busy while the chat's previous one runs)."""
    async with s.expensive.slot(chat_id):
        return await s.store.run(search_query, query, since=since, limit=limit)


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


async def recent_lines(s: BotServices, asker: Asker, query_text: str) -> list[str]:
    """What already matched this week, as /watch and /edit show it."""
    lang = asker.lang
    recent = await matches(s, asker.chat_id, parse_query(query_text, s.aliases), s.clock() - RECENT, RECENT_SHOWN)
    lines = [text(lang, "watch_recent") if recent else text(lang, "watch_none_recent")]
    return lines + [found_line(found, lang) for found in recent]


def same_meaning(s: BotServices, query_text: str, watches: list[WatchRow]) -> WatchRow | None:
    """The watch among these whose query means the same as `query_text` (case, spaces, order aside)."""
    wanted = canonical(parse_query(query_text, s.aliases))
    for w in watches:
        try:
            if canonical(parse_query(w.query, s.aliases)) == wanted:
                return w
        except QueryError:  # a config watch the aliases no longer parse: not a duplicate
            continue
    return None


@guarded
async def watch(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/watch QUERY (/suivre): store a watch and show what already matched this week."""
    query_text = argument(context)
    if not query_text:
        await say(context, asker, text(asker.lang, "watch_usage"))
        return
    await say(context, asker, await create_watch(context, asker, query_text))


async def create_watch(context: ContextTypes.DEFAULT_TYPE, asker: Asker, query_text: str) -> str:
    """Store the watch (/watch, or the offer's button); the answer to give."""
    s = services(context)
    if (refusal := checked_query(s, query_text, asker.lang)) is not None:
        return refusal
    existing = chat_watches(s.db, asker.chat_id)
    if same := same_meaning(s, query_text, existing):
        return text(asker.lang, "watch_exists", name=escape(same.name), id=same.number)
    if len(existing) >= s.settings.max_watches_per_chat:
        return text(asker.lang, "too_many_watches", limit=s.settings.max_watches_per_chat)
    name = cut(query_text, MAX_NAME)
    if any(w.name == name and w.source == TELEGRAM for w in existing):  # a watch /rename gave this name
        return text(asker.lang, "name_taken", name=escape(name))
    stored = await s.store.run(add_watch, asker.chat_id, name, query_text, s.clock(), asker.thread_id)
    row = find_watch(s.db, asker.chat_id, stored.id)
    lines = [text(asker.lang, "watch_stored", name=escape(stored.name), id=row.number if row else "?")]
    if asker.thread_id is not None:
        lines.append(text(asker.lang, "watch_topic"))
    return "\n".join(lines + await recent_lines(s, asker, query_text))


def watch_number(arg: str) -> int | None:
    """"3" or "#3" or "n°3" as a number, else None."""
    arg = arg.strip().removeprefix("n°").lstrip("#")
    return int(arg) if arg.isdigit() else None


@guarded
async def unwatch(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/unwatch N (/stop): stop the chat's watch number N (as /list numbers them)."""
    number = watch_number(argument(context))
    if number is None:
        await say(context, asker, text(asker.lang, "unwatch_usage"))
        return
    found = numbered_watch(services(context).db, asker.chat_id, number)
    if found is None:
        await say(context, asker, text(asker.lang, "unwatch_missing", id=number))
        return
    await say(context, asker, await stop_watch(context, asker, found.id))


async def stop_watch(context: ContextTypes.DEFAULT_TYPE, asker: Asker, watch_id: int) -> str:
    """Remove the watch (by its database id, as buttons carry it) if it is this chat's; the answer."""
    s = services(context)
    found = find_watch(s.db, asker.chat_id, watch_id)
    if found is None or not await s.store.run(remove_watch, asker.chat_id, watch_id):
        return text(asker.lang, "watch_gone")
    return text(asker.lang, "unwatch_done", name=escape(found.name))


def list_text(s: BotServices, asker: Asker) -> tuple[str, InlineKeyboardMarkup | None]:
    """The chat's watches and their buttons."""
    now = s.clock()
    watches = chat_watches(s.db, asker.chat_id)
    if not watches:
        return text(asker.lang, "list_empty"), None
    lines = [text(asker.lang, "list_header")]
    chat = get_chat(s.db, asker.chat_id)
    if chat is not None and chat.paused_until is not None and chat.paused_until > now:
        lines.insert(0, text(asker.lang, "list_chat_paused", until=format_date(chat.paused_until, asker.lang)))
    for w in watches:
        line = f"<b>{w.number}.</b> {escape(w.name)}"
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


async def show_results(context: ContextTypes.DEFAULT_TYPE, asker: Asker, query_text: str, offset: int) -> None:
    """One page of /search results, with a "more" button when there may be more."""
    s = services(context)
    # each story once, with its other outlets
    found = await matches(s, asker.chat_id, parse_query(query_text, s.aliases), None, offset + PAGE + 1)
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
        await s.store.run(set_digest, asker.chat_id, None)
        await say(context, asker, text(asker.lang, "digest_off"))
    elif arg.isdigit() and 0 <= int(arg) <= 23:
        await s.store.run(set_digest, asker.chat_id, int(arg))
        await say(context, asker, text(asker.lang, "digest_on", hour=int(arg)))
    else:
        await say(context, asker, text(asker.lang, "digest_usage"))
