"""Pacing under Telegram's limits: token buckets, decisions only (times are passed in).

Telegram asks for about 30 messages/s overall, 1/s per private chat (short bursts allowed)
and 20/min per group or channel (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
A bucket of capacity `burst` refilled at `per_second` lets through at most
`burst + per_second * T` messages in any window of T seconds; the defaults keep every
one-second (overall, private) or one-minute (group) window under Telegram's numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from monitor.model import CONSOLE_CHAT


@dataclass(frozen=True, slots=True)
class Rate:
    """A token bucket's refill rate and capacity."""

    per_second: float
    burst: float = 1.0


@dataclass(frozen=True, slots=True)
class Limits:
    """The three buckets: overall, per private chat, per group or channel (negative chat id)."""

    # At most floor(1.25 + 28) = 29 sends in any second: one under 30, so arrivals stay under
    # Telegram's limit unless their network delays differ by over (31 - 1.25 - 28) / 28 s = 62 ms
    # (loopback: 2-7 ms, p99; a GC pause stalls the sender too). The quarter token above 1 absorbs
    # late wake-ups, which a bucket of exactly 1 would lose (Rate(28, 1) achieved 26/s). Issue 6.
    overall: Rate = Rate(28.0, 1.25)
    private: Rate = Rate(1.0, 2.0)  # a burst of 2, then one a second
    group: Rate = Rate(18 / 60, 2.0)  # 2 + 18 = 20 in any minute


@dataclass(frozen=True, slots=True)
class Bucket:
    """Tokens available at time `at` (seconds on any monotonic clock)."""

    tokens: float
    at: float


def refill(bucket: Bucket, rate: Rate, now: float) -> Bucket:
    """The bucket as it is at `now`: refilled, never above capacity; time never runs back."""
    if now <= bucket.at:
        return bucket
    return Bucket(min(rate.burst, bucket.tokens + (now - bucket.at) * rate.per_second), now)


def wait_for_token(bucket: Bucket, rate: Rate, now: float) -> float:
    """Seconds from `now` until the bucket holds one whole token (0 if it does already)."""
    current = refill(bucket, rate, now)
    if current.tokens >= 1.0:
        return 0.0
    return (1.0 - current.tokens) / rate.per_second + max(0.0, current.at - now)


def take_token(bucket: Bucket, rate: Rate, now: float) -> Bucket:
    """The bucket after one message at `now` (call only when `wait_for_token` is 0)."""
    current = refill(bucket, rate, now)
    return Bucket(current.tokens - 1.0, current.at)


def chat_rate(limits: Limits, chat_id: int) -> Rate | None:
    """The per-chat rate for this chat; None for the console, which Telegram does not limit."""
    if chat_id == CONSOLE_CHAT:
        return None
    return limits.group if chat_id < 0 else limits.private


@dataclass
class Pacer:
    """Holds the buckets and hold-offs; every answer depends only on the times it is given."""

    limits: Limits = field(default_factory=Limits)
    _overall: Bucket | None = None
    _chats: dict[int, Bucket] = field(default_factory=dict)
    _hold_all_until: float = 0.0
    _hold_chat_until: dict[int, float] = field(default_factory=dict)

    def wait(self, chat_id: int, now: float) -> float:
        """Seconds to wait before a message to `chat_id` may go (0 = now)."""
        if chat_id == CONSOLE_CHAT:
            return 0.0
        waits = [self.wait_all(now), self._hold_chat_until.get(chat_id, 0.0) - now]
        rate = chat_rate(self.limits, chat_id)
        bucket = self._chats.get(chat_id)
        if rate is not None and bucket is not None:
            waits.append(wait_for_token(bucket, rate, now))
        return max(0.0, *waits)

    def wait_all(self, now: float) -> float:
        """Seconds before a message to any Telegram chat may go: the overall bucket and `hold_all`."""
        return max(0.0, self._hold_all_until - now,
                   wait_for_token(self._overall_bucket(now), self.limits.overall, now))

    def take(self, chat_id: int, now: float) -> None:
        """Record one message to `chat_id` sent at `now`."""
        rate = chat_rate(self.limits, chat_id)
        if rate is None:
            return
        self._overall = take_token(self._overall_bucket(now), self.limits.overall, now)
        self._chats[chat_id] = take_token(self._chats.get(chat_id) or Bucket(rate.burst, now), rate, now)
        if len(self._chats) > 10_000:
            self._forget_full(now)

    def hold_all(self, until: float) -> None:
        """Nothing goes before `until` (a 429 Telegram did not say was for one chat)."""
        self._hold_all_until = max(self._hold_all_until, until)

    def hold_chat(self, chat_id: int, until: float) -> None:
        """Nothing goes to `chat_id` before `until`."""
        self._hold_chat_until[chat_id] = max(self._hold_chat_until.get(chat_id, 0.0), until)

    def _overall_bucket(self, now: float) -> Bucket:
        if self._overall is None:
            self._overall = Bucket(self.limits.overall.burst, now)
        return self._overall

    def _forget_full(self, now: float) -> None:
        # A full bucket is the same as no bucket: dropping it keeps memory bounded.
        for chat_id, bucket in list(self._chats.items()):
            rate = chat_rate(self.limits, chat_id)
            if rate is not None and refill(bucket, rate, now).tokens >= rate.burst:
                del self._chats[chat_id]
        for chat_id, until in list(self._hold_chat_until.items()):
            if until <= now:
                del self._hold_chat_until[chat_id]
