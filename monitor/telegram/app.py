"""The Telegram Application: commands registered, menus set at start, resources closed at stop."""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import sqlite_utils
from telegram import BotCommand, Update
from telegram.ext import (
    Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, MessageHandler, filters,
)

from monitor.times import utcnow
from monitor.config import LiveConfig
from monitor.deliver.pacing import Limits, Pacer
from monitor.ingest.fetch import Fetcher
from monitor.telegram import admin, buttons, editing, fallback, handlers, pauses
from monitor.telegram.etiquette import StoreThreads
from monitor.telegram.conversation import BotServices
from monitor.telegram.redact import redact_token
from monitor.render.texts import LANGUAGES, text

log = logging.getLogger(__name__)

# Commands shown in clients' menus, in this order (aliases /suivre and /stop work but are not listed).
MENU = ("start", "help", "watch", "unwatch", "list", "rename", "edit", "pause", "resume", "search", "feeds",
        "digest")
# A command works in private chats and groups (messages) and in channels (channel posts).
_WHERE = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST



def menu(lang: str) -> list[BotCommand]:
    """The command menu in one language."""
    return [BotCommand(name, text(lang, f"cmd_{name}")) for name in MENU]


async def _post_init(application: Application) -> None:
    """Set the command menus (French by default, English for English clients)."""
    await application.bot.set_my_commands(menu("fr"))
    for lang in LANGUAGES:
        if lang != "fr":
            await application.bot.set_my_commands(menu(lang), language_code=lang)


def build_application(
    token: str,
    db: sqlite_utils.Database,
    live: LiveConfig,
    fetcher: Fetcher,
    *,
    api_url: str = "https://api.telegram.org",
    clock: Callable[[], datetime] = utcnow,
    request_timeout: float = 20.0,
    pacer: Pacer | None = None,
) -> Application:
    """A PTB Application (polling mode) with every command; the bot calls {api_url}/bot{token}/{method}."""
    redact_token(token)  # before PTB logs its first URL
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url.rstrip('/')}/bot")  # PTB appends the token, then "/method"
        .base_file_url(f"{api_url.rstrip('/')}/file/bot")
        .read_timeout(request_timeout)
        .write_timeout(request_timeout)
        .connect_timeout(request_timeout)
        .post_init(_post_init)
        .concurrent_updates(True)  # a slow command of one chat never holds another chat's answer
        .build()
    )
    application.bot_data["veille"] = BotServices(db, live, fetcher, clock, StoreThreads.beside(db),
                                                 pacer or Pacer(Limits()))
    commands = {
        ("start", "help"): handlers.start,
        ("watch", "suivre"): handlers.watch,
        ("unwatch", "stop"): handlers.unwatch,
        ("list",): handlers.list_watches,
        ("rename",): editing.rename,
        ("edit",): editing.edit,
        ("pause",): pauses.pause,
        ("resume",): pauses.resume,
        ("search",): handlers.search,
        ("digest",): handlers.digest,
        ("feeds",): admin.feeds,
        ("addfeed",): admin.addfeed,
        ("removefeed",): admin.removefeed,
        ("import",): admin.import_feeds,  # without a file: says how
    }
    for names, callback in commands.items():
        application.add_handler(CommandHandler(list(names), callback, filters=_WHERE))
    application.bot_data["commands"] = [name for names in commands for name in names]
    # Added after the commands: PTB gives an update to the first handler that takes it.
    application.add_handler(MessageHandler(filters.COMMAND & _WHERE, fallback.unknown_command))
    application.add_handler(MessageHandler(
        filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE, fallback.plain_text))
    application.add_handler(MessageHandler(
        ~filters.TEXT & ~filters.Document.ALL & filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE,
        fallback.not_text))
    # A file's caption is not a command to PTB: /import with an OPML file attached.
    application.add_handler(MessageHandler(filters.Document.ALL & filters.CaptionRegex(r"^/import(@\w+)?(\s|$)"),
                                           admin.import_feeds))
    application.add_handler(CallbackQueryHandler(buttons.button))
    application.add_error_handler(_on_error)
    return application


async def _on_error(update: object, context) -> None:
    """Log a handler's failure with the chat id; the bot keeps serving everyone else."""
    chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else None
    log.error("handler failed for chat %s: %s", chat, context.error, exc_info=context.error)


async def start_bot(application: Application, poll_timeout: float = 10.0) -> None:
    """Start polling inside an already running event loop (what run_polling does, minus the loop).

    PTB calls post_init only from run_polling; `run` shares its loop with the scheduler, so
    this does the same steps in the same order.
    """
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    await application.updater.start_polling(timeout=poll_timeout, drop_pending_updates=False)
    await application.start()


async def stop_bot(application: Application) -> None:
    """Stop polling, finish the handlers in flight, close everything start_bot opened."""
    if application.updater and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()
