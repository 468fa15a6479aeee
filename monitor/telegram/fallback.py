"""Every message gets an answer: an unknown command, the nearest one; plain words, an offer to watch them.

Plain text is answered in private chats only: in a group, people talk to each other, and a
bot that answered every message would flood it (and with privacy mode it only sees commands).
"""
from __future__ import annotations

import difflib

from telegram import Update
from telegram.ext import ContextTypes

from monitor.render.alert import cut, escape
from monitor.render.texts import text
from monitor.telegram import keyboards
from monitor.telegram.conversation import Asker, guarded, say, services
from monitor.telegram.handlers import checked_query, create_watch

OFFERS_KEPT = 20  # offers a chat may still press; older buttons say the offer expired
OFFER_LABEL = 40  # characters of the words shown on the button


def nearest(command: str, known: list[str]) -> str | None:
    """The known command closest to `command` (a typo, a missing letter), if any is close."""
    close = difflib.get_close_matches(command.lower(), known, n=1, cutoff=0.6)
    return close[0] if close else None


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command no handler took: name the nearest one, and /help.

    In a group, a command for another bot (`/foo@other_bot`, or far from all of ours) is left
    alone, before the allow-list is even asked: answering it would talk over that bot."""
    message, chat = update.effective_message, update.effective_chat
    word = (message.text or "").split()[0] if message and message.text else "/"
    command, _, addressee = word[1:].partition("@")
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return
    guess = nearest(command, context.application.bot_data["commands"])
    if guess is None and not addressee and chat is not None and chat.type != "private":
        return
    await _name_nearest(update, context, word=word, guess=guess)


@guarded
async def _name_nearest(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker, *,
                        word: str, guess: str | None) -> None:
    if guess is None:
        await say(context, asker, text(asker.lang, "unknown_command_far", command=escape(word)))
    else:
        await say(context, asker, text(asker.lang, "unknown_command", command=escape(word), nearest=f"/{guess}"))


@guarded
async def plain_text(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """Words written to the bot in a private chat: offer to watch them (a button does as /watch)."""
    words = " ".join((update.effective_message.text or "").split())
    if not words:
        return
    if (refusal := checked_query(services(context), words, asker.lang)) is not None:
        await say(context, asker, refusal)
        return
    offers = context.chat_data.setdefault("offers", {})
    key = context.chat_data.get("offer_key", 0) + 1
    context.chat_data["offer_key"] = key
    offers[key] = words
    for old in [k for k in offers if k <= key - OFFERS_KEPT]:
        del offers[old]
    await say(context, asker, text(asker.lang, "offer_watch", query=escape(words)),
              keyboards.offer(asker.lang, cut(words, OFFER_LABEL), key))


async def accept_offer(context: ContextTypes.DEFAULT_TYPE, asker: Asker, key: int) -> str:
    """The offer's button pressed: the watch created as /watch would; the answer."""
    words = context.chat_data.get("offers", {}).pop(key, None)
    if words is None:
        return text(asker.lang, "offer_expired")
    return await create_watch(context, asker, words)


@guarded
async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE, asker: Asker) -> None:
    """A sticker, a photo, a voice note in a private chat: say what the bot reads."""
    await say(context, asker, text(asker.lang, "not_text"))
