"""Where alerts go: a `Sender` makes one attempt and says how it ended, as a typed outcome;
what to do next (retry, resend as plain text, deactivate the chat) is decided in
`monitor.deliver.policy`. The console sender is here; Telegram's is `monitor.telegram.sender`.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Protocol, TextIO

from monitor.model import Alert
from monitor.render.alert import Rendered, also_plain, render_console

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
    """Sends one alert (as HTML, or as plain text when `plain`) and says how it went; `ready`
    is False while it cannot send (the bot not started yet): its chats' alerts wait."""

    @property
    def ready(self) -> bool: ...

    async def send(self, alert: Alert, lang: str, plain: bool = False) -> Outcome: ...

    async def send_rendered(self, chat_id: int, rendered: Rendered) -> Outcome: ...

    async def edit(self, alert: Alert, message_id: int | None, lang: str) -> Outcome: ...

    async def reply(self, chat_id: int, rendered: Rendered, reply_to: int | None) -> Outcome: ...


class ConsoleSender:
    """Prints alerts (the operator's console, `run` without a token, `poll --once`)."""

    ready = True

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

    async def edit(self, alert: Alert, message_id: int | None, lang: str) -> Outcome:
        """A printed alert cannot change: print what it now adds (the story's other outlets)."""
        stream = self.stream or sys.stdout
        stream.write(f"[{alert.feed_name}] {alert.title}\n  {also_plain(alert, lang)}\n\n")
        stream.flush()
        return Outcome(SENT)

    async def reply(self, chat_id: int, rendered: Rendered, reply_to: int | None) -> Outcome:
        return await self.send_rendered(chat_id, rendered)
