"""When to poll a feed next: pure functions of the feed's recent history, no clock, no I/O."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# A fixed interval from feeds.toml is honoured as given, but never below this (DESIGN.md).
MIN_FIXED_INTERVAL = 10.0
# Adaptive polling looks at what the feed published over this window.
WINDOW = timedelta(days=7)
# Poll this many times per average gap between two articles, so a new one waits a fraction
# of the gap (Miniflux's SCHEDULER_ENTRY_FREQUENCY_FACTOR; Miniflux defaults to 1, but an
# alert bot is worth a few more requests).
FREQUENCY_FACTOR = 4.0
# Jitter spreads polls by up to this fraction of the interval, so feeds don't align.
JITTER_SPREAD = 0.1
FAILURE_CAP = 6 * 3600.0


@dataclass(frozen=True, slots=True)
class Bounds:
    """The range of adaptive intervals, in seconds."""

    minimum: float = 120.0
    maximum: float = 3600.0

    def __post_init__(self) -> None:
        if not 0 < self.minimum <= self.maximum:
            raise ValueError(f"bounds must satisfy 0 < minimum <= maximum, got {self.minimum}, {self.maximum}")


def counted_window(now: datetime) -> tuple[datetime, datetime]:
    """The publication times that count as a feed's recent activity, both ends included: the
    week up to now (future dates are not evidence)."""
    return now - WINDOW, now


def adaptive_interval(weekly: int, bounds: Bounds) -> float:
    """Seconds between polls for a feed that published `weekly` articles in its counted window
    (Miniflux's entry frequency: the week divided by the articles of the week, times a
    factor), within bounds."""
    if weekly <= 0:
        return bounds.maximum
    interval = WINDOW.total_seconds() / (weekly * FREQUENCY_FACTOR)
    return min(max(interval, bounds.minimum), bounds.maximum)


def next_poll_after_success(
    now: datetime,
    fixed_interval: float | None,
    weekly: int,
    bounds: Bounds,
    jitter: float = 0.0,
) -> datetime:
    """The next poll after a successful fetch (200 or 304); `weekly` counts the articles
    published in `counted_window(now)` (unused with a fixed interval).

    `jitter` in [0, 1) (e.g. `random.random()`, or a hash of the feed id) lengthens an
    adaptive interval by up to 10 %; a fixed interval is kept exact.
    """
    if fixed_interval is not None:
        return now + timedelta(seconds=max(float(fixed_interval), MIN_FIXED_INTERVAL))
    interval = adaptive_interval(weekly, bounds)
    return now + timedelta(seconds=interval * (1 + JITTER_SPREAD * _unit(jitter)))


def next_poll_after_failure(
    now: datetime,
    consecutive_failures: int,
    retry_after: float | None,
    base_interval: float,
    cap: float = FAILURE_CAP,
    jitter: float = 0.0,
) -> datetime:
    """Exponential backoff: base, 2×base, 4×base … up to `cap`; a server's Retry-After is
    waited out (never retried earlier), but never beyond the cap either."""
    exponent = min(max(consecutive_failures, 1) - 1, 32)  # 2**32 × base is past any cap
    delay = min(max(base_interval, 1.0) * 2**exponent, cap)
    if retry_after is not None and retry_after > 0:
        delay = min(max(delay, retry_after), cap)
    delay = min(delay * (1 + JITTER_SPREAD * _unit(jitter)), cap)
    return now + timedelta(seconds=delay)


def _unit(jitter: float) -> float:
    """Clamp a jitter draw into [0, 1]."""
    return min(max(jitter, 0.0), 1.0)
