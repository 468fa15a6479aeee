"""Keep the bot token out of logs: httpx logs request URLs, which hold it (/bot<token>/method)."""
from __future__ import annotations

import logging

# Loggers whose records can carry the token: the HTTP client's and PTB's.
LOGGERS = ("httpx", "httpcore", "telegram", "telegram.Bot", "telegram.ext", "telegram.ext.Application",
           "telegram.ext.Updater", "telegram.ext.ExtBot")


class TokenRedactor(logging.Filter):
    """Replaces the token in a record's message and arguments (a filter never drops a record)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token and self.token in record.getMessage():
            record.msg = record.getMessage().replace(self.token, "<token>")
            record.args = None
        return True


_installed: dict[str, TokenRedactor] = {}


def redact_token(token: str) -> TokenRedactor:
    """Install the redactor on the loggers that can see the token (and on the root handlers); once per token."""
    redactor = _installed.setdefault(token, TokenRedactor(token))
    for name in LOGGERS:
        logging.getLogger(name).addFilter(redactor)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
    return redactor
