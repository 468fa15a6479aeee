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
REPLY, WAIT = "reply", "wait"  # edits: reply to the alert instead; wait for the alert to go first
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


# --- edits of an alert (issue 12): a later article of its story ---

NOT_MODIFIED = "message is not modified"  # Telegram's answer when the text is the same: success
EDITED, REPLIED, IN_ALERT, IN_DIGEST = "edited", "reply", "in the alert", "in the digest"


def before_editing(alert_status: str, alert_how: str | None, alert_sent: datetime | None,
                   edit_created: datetime) -> Action | None:
    """An edit that needs no API call: its alert has not gone yet (it will show the article),
    went in a digest, already showed the article, or failed. None: edit it."""
    if alert_status == "pending":
        return Action(WAIT)
    if alert_status != "sent":
        return Action(FAIL, reason="the alert was not sent")
    if alert_how == "digest":
        return Action(MARK_SENT, how=IN_DIGEST)
    if alert_sent is not None and alert_sent > edit_created:  # stored to the second: equal may predate it
        return Action(MARK_SENT, how=IN_ALERT)
    return None


def decide_edit(outcome: Outcome, *, attempts: int, created: datetime, now: datetime, replying: bool,
                backoff: Backoff) -> Action:
    """After an editMessageText (or, `replying`, the reply sent instead): Telegram refusing the
    edit (message deleted, too old to edit) means reply to the alert; "not modified" is done."""
    if outcome.kind == SENT:
        return Action(MARK_SENT, how=REPLIED if replying else EDITED)
    if outcome.kind == REJECTED:
        if NOT_MODIFIED in outcome.reason:
            return Action(MARK_SENT, how=EDITED)
        if replying:
            return Action(FAIL, reason=f"edit and reply refused: {outcome.reason}")
        return Action(REPLY, reason=outcome.reason)
    return decide(outcome, attempts=attempts, created=created, now=now, plain=True, backoff=backoff)
