"""/rename N NAME and /edit N QUERY: change a watch without losing its number."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from monitor.render.alert import cut, escape
from monitor.render.texts import text
from monitor.store.subscriptions import numbered_watch
from monitor.store.watches import CONFIG, WatchRow, chat_watches, edit_watch, rename_watch
from monitor.telegram.conversation import Asker, guarded, say, services
from monitor.telegram.handlers import MAX_NAME, checked_query, recent_lines, same_meaning, watch_number


async def editable(context: ContextTypes.DEFAULT_TYPE, asker: Asker, number: int) -> WatchRow | None:
    """The chat's watch number N if the chat may change it; else say why and None."""
    found = numbered_watch(services(context).db, asker.chat_id, number)
    if found is None:
        await say(context, asker, text(asker.lang, "unwatch_missing", id=number))
    elif found.source == CONFIG:  # keywords.toml is synced over any change made here
        await say(context, asker, text(asker.lang, "config_watch", name=escape(found.name)))
        return None
    return found


def number_and_rest(context: ContextTypes.DEFAULT_TYPE) -> tuple[int | None, str]:
    """"2 new words" as (2, "new words")."""
    args = context.args or []
    if not args:
        return None, ""
    return watch_number(args[0]), " ".join(args[1:]).strip()


@guarded
async def rename(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/rename N NAME: the watch keeps its query and number, and shows this name in /list and alerts."""
    s = services(context)
    number, name = number_and_rest(context)
    if number is None or not name:
        await say(context, asker, text(asker.lang, "rename_usage"))
        return
    if (found := await editable(context, asker, number)) is None:
        return
    name = cut(name, MAX_NAME)
    if not await s.store.run(rename_watch, asker.chat_id, found.id, name):
        await say(context, asker, text(asker.lang, "name_taken", name=escape(name)))
        return
    await say(context, asker, text(asker.lang, "rename_done", id=number, name=escape(name)))


@guarded
async def edit(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """/edit N QUERY: the watch follows the new query (a name that was its query follows too)."""
    s = services(context)
    number, query_text = number_and_rest(context)
    if number is None or not query_text:
        await say(context, asker, text(asker.lang, "edit_usage"))
        return
    if (found := await editable(context, asker, number)) is None:
        return
    if (refusal := checked_query(s, query_text, asker.lang)) is not None:
        await say(context, asker, refusal)
        return
    others = [w for w in chat_watches(s.db, asker.chat_id) if w.id != found.id]
    if same := same_meaning(s, query_text, others):
        await say(context, asker, text(asker.lang, "watch_exists", name=escape(same.name), id=same.number))
        return
    # A name given by /rename stays; the default name (the query itself) follows the query.
    name = cut(query_text, MAX_NAME) if found.name == cut(found.query, MAX_NAME) else found.name
    if not await s.store.run(edit_watch, asker.chat_id, found.id, query_text, name):
        await say(context, asker, text(asker.lang, "name_taken", name=escape(name)))
        return
    lines = [text(asker.lang, "edit_done", id=number, name=escape(name), query=escape(query_text))]
    await say(context, asker, "\n".join(lines + await recent_lines(s, asker, query_text)))
