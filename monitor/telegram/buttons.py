"""The inline buttons: stop, pause or resume a watch, more search results, an offer, the missed articles."""
from __future__ import annotations

import html

from telegram import Update
from telegram.ext import ContextTypes

from monitor.render.texts import text
from monitor.telegram import keyboards
from monitor.telegram.fallback import accept_offer
from monitor.telegram.conversation import Asker, guarded, say
from monitor.telegram.handlers import show_results, stop_watch
from monitor.telegram.pauses import show_missed, toggle_watch


@guarded
async def button(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """Dispatch a pressed button by its callback data ("action:value")."""
    query = update.callback_query
    action, _, value = (query.data or "").partition(":")
    if action == keyboards.MISSED:
        await query.answer()
        await show_missed(context, asker, value)
        return
    if not value.isdigit():
        await query.answer()
        return
    number, markup = int(value), None
    if action == keyboards.MORE:
        await query.answer()
        if (last := context.chat_data.get("search")) is None:
            await say(context, asker, text(asker.lang, "search_usage"))
        else:
            await show_results(context, asker, last, number)
        return
    if action == keyboards.UNWATCH:
        answer = await stop_watch(context, asker, number)
    elif action in (keyboards.PAUSE, keyboards.RESUME):
        answer, markup = await toggle_watch(context, asker, action, number)
    elif action == keyboards.OFFER:
        answer = await accept_offer(context, asker, number)
    else:
        await query.answer()
        return
    await query.answer(html.unescape(answer.split("\n")[0])[:200])  # a toast: plain text, short
    await say(context, asker, answer, markup)
