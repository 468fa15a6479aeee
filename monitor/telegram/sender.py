"""Alerts to Telegram: one sendMessage per alert, each Bot API error classified as an Outcome."""
from __future__ import annotations

import asyncio
import warnings
from datetime import timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError

from monitor.deliver.senders import BLOCKED, REJECTED, RETRY_AFTER, SENT, TRANSIENT, Outcome
from monitor.model import Alert
from monitor.render.alert import Button, Rendered, render_html, render_plain


def keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    """The inline keyboard for these buttons, one per row."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data)] for b in buttons])


def seconds(value: int | float | timedelta) -> float:
    """`RetryAfter.retry_after` in seconds, whichever type PTB gives it as."""
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def outcome_of_error(error: TelegramError) -> Outcome:
    """Classify a Bot API error (BadRequest is a NetworkError subclass: test it first)."""
    if isinstance(error, RetryAfter):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Outcome(RETRY_AFTER, reason=str(error), retry_after=seconds(error.retry_after))
    if isinstance(error, Forbidden):
        return Outcome(BLOCKED, reason=f"Forbidden: {error.message}")
    if isinstance(error, BadRequest):
        return Outcome(REJECTED, reason=f"Bad Request: {error.message}")
    if isinstance(error, ChatMigrated):
        return Outcome(REJECTED, reason=f"chat migrated to {error.new_chat_id}")
    if isinstance(error, (NetworkError, InvalidToken)):
        return Outcome(TRANSIENT, reason=f"{type(error).__name__}: {error.message}")
    return Outcome(TRANSIENT, reason=f"{type(error).__name__}: {error}")


class TelegramSender:
    """Sends alerts with a PTB Bot; its own timeouts so a stalled API cannot hold delivery.

    Ready once `started` is set (by the bot's life cycle, `monitor.telegram.lifecycle`): until
    the Bot API answers, alerts for chats wait in the outbox.
    """

    def __init__(self, bot: Bot, timeout: float = 20.0, started: asyncio.Event | None = None) -> None:
        self.bot = bot
        self.timeout = timeout
        self._started = started

    @property
    def ready(self) -> bool:
        return self._started is None or self._started.is_set()

    async def send(self, alert: Alert, lang: str, plain: bool = False) -> Outcome:
        """One sendMessage for this alert."""
        rendered = render_plain(alert, lang) if plain else render_html(alert, lang)
        return await self.send_rendered(alert.chat_id, rendered, alert.thread_id)

    async def send_rendered(self, chat_id: int, rendered: Rendered, thread_id: int | None = None) -> Outcome:
        """One sendMessage for an already rendered message (in the forum topic `thread_id`, if given)."""
        try:
            message = await self.bot.send_message(
                chat_id, rendered.text, parse_mode=ParseMode.HTML if rendered.html else None,
                message_thread_id=thread_id,
                reply_markup=keyboard(rendered.buttons), link_preview_options=LinkPreviewOptions(is_disabled=True),
                read_timeout=self.timeout, write_timeout=self.timeout, connect_timeout=self.timeout,
                pool_timeout=self.timeout,
            )
        except TelegramError as error:
            return outcome_of_error(error)
        return Outcome(SENT, message_id=message.message_id)

    async def edit(self, alert: Alert, message_id: int | None, lang: str) -> Outcome:
        """One editMessageText: the alert as it reads now (its story's other outlets added),
        its matched words and buttons kept."""
        rendered = render_html(alert, lang)
        try:
            await self.bot.edit_message_text(
                rendered.text, chat_id=alert.chat_id, message_id=message_id, parse_mode=ParseMode.HTML,
                reply_markup=keyboard(rendered.buttons), link_preview_options=LinkPreviewOptions(is_disabled=True),
                read_timeout=self.timeout, write_timeout=self.timeout, connect_timeout=self.timeout,
                pool_timeout=self.timeout,
            )
        except TelegramError as error:
            return outcome_of_error(error)
        return Outcome(SENT, message_id=message_id)

    async def reply(self, chat_id: int, rendered: Rendered, reply_to: int | None) -> Outcome:
        """One sendMessage in reply to `reply_to` (sent even if that message is gone)."""
        try:
            message = await self.bot.send_message(
                chat_id, rendered.text, parse_mode=ParseMode.HTML if rendered.html else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                reply_parameters=ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None,
                read_timeout=self.timeout, write_timeout=self.timeout, connect_timeout=self.timeout,
                pool_timeout=self.timeout,
            )
        except TelegramError as error:
            return outcome_of_error(error)
        return Outcome(SENT, message_id=message.message_id)
