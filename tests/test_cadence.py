"""When feeds are polled next: fixed, adaptive, backoff, table-driven."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.decide.cadence import (
    Bounds,
    adaptive_interval,
    counted_window,
    next_poll_after_failure,
    next_poll_after_success,
)

from tests.helpers import T0
BOUNDS = Bounds(minimum=120, maximum=3600)


def seconds_after(moment: datetime) -> float:
    return (moment - T0).total_seconds()


@pytest.mark.parametrize(
    "fixed, expected",
    [(600, 600), (30, 30), (10, 10), (3, 10), (0, 10), (86400, 86400)],  # config wins, floor 10 s
)
def test_fixed_interval_honoured(fixed: float, expected: float) -> None:
    # Neither the history (500 articles this week) nor the jitter changes a fixed interval.
    assert seconds_after(next_poll_after_success(T0, fixed, 500, BOUNDS, jitter=0.9)) == expected


@pytest.mark.parametrize(
    "weekly, expected",
    [
        (0, 3600),  # nothing published this week (or only old or future-dated articles): the upper bound
        (-3, 3600),  # nonsense count: quiet
        (7, 3600),  # 7/week: 6 h, capped at 1 h
        (168, 900),  # 168/week: 1 h gap / 4
        (504, 300),  # 504/week: 20 min gap / 4
        (10080, 120),  # very busy: the lower bound
    ],
)
def test_adaptive_interval(weekly: int, expected: float) -> None:
    assert adaptive_interval(weekly, BOUNDS) == pytest.approx(expected)
    assert seconds_after(next_poll_after_success(T0, None, weekly, BOUNDS)) == pytest.approx(expected)


def test_the_counted_window_is_the_week_up_to_now() -> None:
    # Older articles say nothing about today's pace; future dates are not evidence.
    assert counted_window(T0) == (T0 - timedelta(days=7), T0)


def test_busier_feeds_are_polled_more_often() -> None:
    intervals = [adaptive_interval(n, BOUNDS) for n in (1, 20, 60, 120, 168)]
    assert intervals == sorted(intervals, reverse=True)
    assert intervals[0] > intervals[-1]


@pytest.mark.parametrize("jitter, expected", [(0.0, 900), (0.5, 945), (0.999, 989.91), (5.0, 990), (-1, 900)])
def test_jitter_lengthens_adaptive_interval_by_up_to_10_percent(jitter: float, expected: float) -> None:
    assert seconds_after(next_poll_after_success(T0, None, 168, BOUNDS, jitter=jitter)) == pytest.approx(expected)


@pytest.mark.parametrize(
    "failures, retry_after, base, expected",
    [
        (1, None, 60, 60),
        (2, None, 60, 120),
        (3, None, 60, 240),
        (8, None, 60, 7680),
        (9, None, 60, 15360),
        (10, None, 60, 6 * 3600),  # 30720 s: capped at 6 h
        (1000, None, 60, 6 * 3600),  # no overflow
        (0, None, 60, 60),  # nonsense count treated as the first failure
        (1, 300, 60, 300),  # Retry-After longer than the backoff: waited out
        (5, 300, 60, 960),  # backoff already longer: kept
        (1, 10 * 24 * 3600, 60, 6 * 3600),  # Retry-After of days: bounded by the cap
        (1, -5, 60, 60),  # a negative Retry-After is ignored
        (2, 0, 600, 1200),
    ],
)
def test_backoff(failures: int, retry_after: float | None, base: float, expected: float) -> None:
    assert seconds_after(next_poll_after_failure(T0, failures, retry_after, base)) == expected


def test_backoff_custom_cap_and_jitter() -> None:
    assert seconds_after(next_poll_after_failure(T0, 20, None, 60, cap=600)) == 600
    assert seconds_after(next_poll_after_failure(T0, 1, None, 60, jitter=1.0)) == pytest.approx(66)
    assert seconds_after(next_poll_after_failure(T0, 20, None, 60, cap=600, jitter=1.0)) == 600


def test_bounds_are_checked() -> None:
    with pytest.raises(ValueError):
        Bounds(minimum=600, maximum=60)


@settings(max_examples=200, deadline=None)
@given(weekly=st.integers(min_value=-10, max_value=10**7), jitter=st.floats(min_value=0, max_value=1))
def test_adaptive_stays_within_bounds(weekly: int, jitter: float) -> None:
    delay = seconds_after(next_poll_after_success(T0, None, weekly, BOUNDS, jitter=jitter))
    assert BOUNDS.minimum <= delay <= BOUNDS.maximum * 1.1 + 1e-6


@settings(max_examples=200, deadline=None)
@given(failures=st.integers(min_value=1, max_value=200), retry_after=st.none() | st.floats(0, 1e9))
def test_backoff_grows_and_is_capped(failures: int, retry_after: float | None) -> None:
    delay = seconds_after(next_poll_after_failure(T0, failures, retry_after, 60))
    following = seconds_after(next_poll_after_failure(T0, failures + 1, retry_after, 60))
    assert 60 <= delay <= following <= 6 * 3600
