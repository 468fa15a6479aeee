"""The bot's life beside the monitor: started with retries while the Bot API is unreachable
(a Telegram outage never stops polling, issue 5), then its sender is ready; stopped cleanly."""
from __future__ import annotations

import asyncio
import logging
import sqlite_utils
from telegram.error import InvalidToken, NetworkError

from monitor.config import LiveConfig
from monitor.deliver.pacing import Pacer
from monitor.ingest.fetch import Fetcher
from monitor.telegram.app import build_application, start_bot, stop_bot
from monitor.telegram.errors import BotRefused
from monitor.telegram.sender import TelegramSender

log = logging.getLogger(__name__)

class TelegramBot:
    """The Application, and the sender of alerts that is ready once the bot has started."""

    def __init__(self, token: str, db: sqlite_utils.Database, live: LiveConfig, fetcher: Fetcher, *,
                 api_url: str, pacer: Pacer) -> None:
        self.token = token
        self.application = build_application(token, db, live, fetcher, api_url=api_url, pacer=pacer)
        self._started = asyncio.Event()
        self.sender = TelegramSender(self.application.bot, started=self._started)

    async def start(self, stop: asyncio.Event) -> None:
        """Start polling Telegram, waiting out an unreachable Bot API (2 s, 4 s … 60 s); returns
        at once if `stop` is set meanwhile. A refused token sets `stop`: the operator must fix it."""
        delay = 2.0
        while not stop.is_set():
            try:
                await start_bot(self.application)
            except InvalidToken:
                stop.set()
                # PTB's message quotes the token: say it in our own words.
                raise BotRefused("the Telegram Bot API refused TELEGRAM_BOT_TOKEN (401 Unauthorized): "
                                 "check the token") from None
            except NetworkError as err:  # connection refused, 5xx, timeouts
                reason = str(err).replace(self.token, "<token>")
                log.error("Telegram Bot API unreachable (%s); retrying in %.0f s", reason, delay)
                try:
                    await asyncio.wait_for(stop.wait(), delay)
                except TimeoutError:
                    delay = min(delay * 2, 60.0)
                continue
            self._started.set()
            log.info("Telegram bot started; alerts go to Telegram chats and the console")
            return

    async def stop(self) -> None:
        if self._started.is_set():
            await stop_bot(self.application)
