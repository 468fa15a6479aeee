"""Where alerts go: Telegram (one sendMessage per alert) or the console.

A sender makes one attempt and says how it ended, as a typed outcome; what to do next
(retry, resend as plain text, deactivate the chat) is decided in `monitor.deliver.policy`.
"""
from __future__ import annotations

import sys
import warnings
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol, TextIO

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError

from monitor.model import Alert
from monitor.render.alert import Button, Rendered, render_console, render_html, render_plain

# How an attempt can end, for the policy to act on.
SENT, RETRY_AFTER, TRANSIENT, BLOCKED, REJECTED = "sent", "retry_after", "transient", "blocked", "rejected"


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one attempt ended: `kind` is one of the constants above."""

    kind: str
    message_id: int | None = None
    reason: str = ""
    retry_after: float = 0.0


class Sender(Protocol):
    """Sends one alert (as HTML, or as plain text when `plain`) and says how it went."""

    async def send(self, alert: Alert, lang: str, plain: bool = False) -> Outcome: ...

    async def send_rendered(self, chat_id: int, rendered: Rendered) -> Outcome: ...


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
    """Sends alerts with a PTB Bot; its own timeouts so a stalled API cannot hold delivery."""

    def __init__(self, bot: Bot, timeout: float = 20.0) -> None:
        self.bot = bot
        self.timeout = timeout

    async def send(self, alert: Alert, lang: str, plain: bool = False) -> Outcome:
        """One sendMessage for this alert."""
        rendered = render_plain(alert, lang) if plain else render_html(alert, lang)
        return await self.send_rendered(alert.chat_id, rendered)

    async def send_rendered(self, chat_id: int, rendered: Rendered) -> Outcome:
        """One sendMessage for an already rendered message."""
        try:
            message = await self.bot.send_message(
                chat_id, rendered.text, parse_mode=ParseMode.HTML if rendered.html else None,
                reply_markup=keyboard(rendered.buttons), link_preview_options=LinkPreviewOptions(is_disabled=True),
                read_timeout=self.timeout, write_timeout=self.timeout, connect_timeout=self.timeout,
                pool_timeout=self.timeout,
            )
        except TelegramError as error:
            return outcome_of_error(error)
        return Outcome(SENT, message_id=message.message_id)


class ConsoleSender:
    """Prints alerts (the operator's console, `run` without a token, `poll --once`)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream

    async def send(self, alert: Alert, lang: str, plain: bool = False) -> Outcome:
        """Print the alert, matched words in bold."""
        stream = self.stream or sys.stdout
        stream.write(render_console(alert, tty=stream.isatty()) + "\n\n")
        stream.flush()
        return Outcome(SENT)

    async def send_rendered(self, chat_id: int, rendered: Rendered) -> Outcome:
        """Print an already rendered message."""
        stream = self.stream or sys.stdout
        stream.write(rendered.text + "\n\n")
        stream.flush()
        return Outcome(SENT)
