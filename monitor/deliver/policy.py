"""What to do after an attempt: pure decisions over the outcome, the attempts and the clock.

Issue 4: wait out `retry_after`; retry network errors and 5xx with backoff, in order per
chat; a chat that blocked the bot is deactivated; a message Telegram refuses is resent as
plain text, and fails with its reason if that is refused too. Nothing is dropped silently.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.deliver.senders import BLOCKED, REJECTED, RETRY_AFTER, SENT, TRANSIENT, Outcome
from monitor.model import Alert

# Actions
MARK_SENT, RESEND_PLAIN, DEFER, FAIL, DEACTIVATE = "mark_sent", "resend_plain", "defer", "fail", "deactivate"
PLAIN_TEXT = "plain text"  # the outbox reason of an alert that went without HTML
WATCH_REMOVED = "watch removed before delivery"


@dataclass(frozen=True, slots=True)
class Backoff:
    """Retry delays: base * factor**attempts, capped; give up on an alert this old."""

    base: float = 2.0
    factor: float = 2.0
    cap: float = 600.0
    give_up_after: timedelta = timedelta(days=3)

    def delay(self, attempts: int) -> float:
        """Seconds to wait after the `attempts`-th failed attempt (1-based)."""
        return min(self.cap, self.base * self.factor ** max(0, attempts - 1))


@dataclass(frozen=True, slots=True)
class Action:
    """What the deliverer does next with one alert."""

    kind: str
    reason: str = ""
    delay: float = 0.0  # DEFER: seconds before the next attempt
    hold_all: bool = False  # DEFER: nothing else goes either (a 429)
    how: str | None = None  # MARK_SENT: how it went, recorded as the outbox reason


def decide(outcome: Outcome, *, attempts: int, created: datetime, now: datetime, plain: bool,
           backoff: Backoff) -> Action:
    """The next step after attempt number `attempts` (1-based) of an alert created at `created`."""
    if outcome.kind == SENT:
        return Action(MARK_SENT, how=PLAIN_TEXT if plain else None)
    if outcome.kind == BLOCKED:
        return Action(DEACTIVATE, reason=outcome.reason)
    if outcome.kind == REJECTED:
        if plain:
            return Action(FAIL, reason=f"refused as HTML and as plain text: {outcome.reason}")
        return Action(RESEND_PLAIN, reason=outcome.reason)
    if now - created > backoff.give_up_after:
        return Action(FAIL, reason=f"gave up after {attempts} attempts: {outcome.reason}")
    if outcome.kind == RETRY_AFTER:
        # Telegram does not say whether the limit hit was this chat's or the bot's: the safe
        # reading is the bot's, so every chat waits (PTB's AIORateLimiter does the same).
        return Action(DEFER, reason=outcome.reason, delay=max(outcome.retry_after, 1.0), hold_all=True)
    if outcome.kind == TRANSIENT:
        return Action(DEFER, reason=outcome.reason, delay=backoff.delay(attempts))
    return Action(FAIL, reason=f"unexpected outcome {outcome.kind}: {outcome.reason}")


def before_sending(alert: Alert) -> Action | None:
    """An alert that must not be sent at all: every watch it named was removed meanwhile (the
    chat no longer wants it). None: send it."""
    return None if alert.watches else Action(FAIL, reason=WATCH_REMOVED)


def for_departed_chat(reason: str) -> Action:
    """A chat deactivated (it blocked the bot) still has pending rows, written before it left
    or by a poll that raced with it: they end failed with the chat's reason, never sent."""
    return Action(FAIL, reason=reason)
