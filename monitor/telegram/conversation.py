"""What every handler shares: the services it reads, who is asking, the guard around each
command (the allow-list, registering the chat, one-line faults), and answering, paced."""
from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils
from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from monitor.config import LiveConfig, TelegramConfig
from monitor.deliver.pacing import Pacer
from monitor.ingest.fetch import Fetcher
from monitor.query import Aliases
from monitor.render.texts import language_for, text
from monitor.store.subscriptions import ensure_chat, get_chat
from monitor.telegram.etiquette import Busy, OneAtATime, StoreThreads, paced

REGISTER_WAIT = 1.0  # seconds an answer waits for the chat's registration

log = logging.getLogger(__name__)


@dataclass
class BotServices:
    """What the handlers use, kept in `application.bot_data["veille"]`; settings are read from
    the config in force at each use, so a reload reaches the bot with nothing copied."""

    db: sqlite_utils.Database  # the event loop's connection: quick reads (WAL: never wait for a writer)
    live: LiveConfig
    fetcher: Fetcher  # the one fetcher, for /addfeed
    clock: Callable[[], datetime]
    store: StoreThreads  # writes and searches, off the event loop
    pacer: Pacer  # shared with the alerts: one rate limiter per bot token
    expensive: OneAtATime = field(default_factory=OneAtATime)

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
    thread_id: int | None = None  # the forum topic asked from: replies and new watches go there


Handler = Callable[..., Awaitable[None]]  # (update, context, asker, **what the caller read)


def services(context: ContextTypes.DEFAULT_TYPE) -> BotServices:
    return context.application.bot_data["veille"]


def guarded(handler: Handler) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]:
    """Refuse strangers in allow-list mode (storing nothing); register the chat; find the language."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE, **extra: object) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        s = services(context)
        lang = language_for(user.language_code if user else None, s.settings.language)
        message = update.effective_message
        topic = message.message_thread_id if message is not None and message.is_topic_message else None
        asker = Asker(chat.id, user.id if user else None, lang, topic)
        if not s.settings.may_use(chat.id, asker.user_id):
            if update.callback_query:
                await update.callback_query.answer()
            await say(context, asker, text(lang, "stranger", chat_id=chat.id))
            return
        await _register(s, chat.id, chat.type, lang)
        try:
            await handler(update, context, asker, **extra)  # extra: what a caller already read
        except Busy:
            await say(context, asker, text(lang, "busy"))
        except sqlite3.Error as err:  # e.g. locked by another program for too long: say it, in one line
            log.error("chat %s: database: %s", chat.id, err)
            await say(context, asker, text(lang, "database_busy"))

    return wrapper


async def _register(s: BotServices, chat_id: int, kind: str, lang: str) -> None:
    """Register the chat, or note its new language; most messages come from a chat already
    known as it is, and write nothing. A write waits for the database in its thread, and the
    answer waits for it at most REGISTER_WAIT: a lock held elsewhere delays writes, not replies."""
    known = get_chat(s.db, chat_id)
    if known is not None and (known.kind, known.lang, known.active) == (kind, lang, True):
        return
    write = asyncio.ensure_future(s.store.run(ensure_chat, chat_id, kind, lang, s.clock()))
    write.add_done_callback(_said_if_failed)
    await asyncio.wait([write], timeout=REGISTER_WAIT)


def _said_if_failed(write: asyncio.Future) -> None:
    if not write.cancelled() and (err := write.exception()) is not None:  # retried at the next message
        log.warning("chat not registered: database: %s", err)


async def say(context: ContextTypes.DEFAULT_TYPE, asker: Asker, message: str,
              markup: InlineKeyboardMarkup | None = None) -> None:
    """Answer in the asker's chat (HTML; anything from users or feeds is escaped by the caller),
    paced with the alerts under Telegram's limits for that chat."""
    await paced(services(context).pacer, asker.chat_id)
    await context.bot.send_message(asker.chat_id, message, parse_mode=ParseMode.HTML, reply_markup=markup,
                                   link_preview_options=LinkPreviewOptions(is_disabled=True),
                                   message_thread_id=asker.thread_id)


def argument(context: ContextTypes.DEFAULT_TYPE) -> str:
    """Everything after the command."""
    return " ".join(context.args or []).strip()
