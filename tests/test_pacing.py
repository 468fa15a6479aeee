"""Pacing decisions: token buckets under Telegram's limits, given clock times."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from monitor.deliver.pacing import Bucket, Limits, Pacer, Rate, refill, take_token, wait_for_token

PRIVATE, GROUP, OTHER = 42, -100123, 43
ROOMY = Rate(1000.0, 100.0)  # an overall bucket that never binds: per-chat schedules alone


@pytest.mark.parametrize(
    "bucket, rate, now, tokens",
    [
        (Bucket(0.0, 10.0), Rate(1.0, 2.0), 10.0, 0.0),  # no time passed
        (Bucket(0.0, 10.0), Rate(1.0, 2.0), 10.5, 0.5),  # half a token
        (Bucket(0.0, 10.0), Rate(1.0, 2.0), 20.0, 2.0),  # capped at the burst
        (Bucket(1.0, 10.0), Rate(0.3, 2.0), 9.0, 1.0),  # time running back changes nothing
    ],
)
def test_refill(bucket, rate, now, tokens):
    assert refill(bucket, rate, now).tokens == pytest.approx(tokens)


@pytest.mark.parametrize(
    "bucket, rate, now, wait",
    [
        (Bucket(1.0, 0.0), Rate(1.0, 1.0), 0.0, 0.0),
        (Bucket(0.0, 0.0), Rate(1.0, 1.0), 0.0, 1.0),
        (Bucket(0.0, 0.0), Rate(1.0, 1.0), 0.25, 0.75),
        (Bucket(0.0, 0.0), Rate(18 / 60, 2.0), 0.0, 60 / 18),
        (Bucket(-1.0, 0.0), Rate(2.0, 5.0), 0.0, 1.0),  # a debt (a resend) is paid back first
    ],
)
def test_wait_for_token(bucket, rate, now, wait):
    assert wait_for_token(bucket, rate, now) == pytest.approx(wait)


def test_take_token_spends_one():
    assert take_token(Bucket(2.0, 0.0), Rate(1.0, 2.0), 0.0) == Bucket(1.0, 0.0)


def _schedule(pacer: Pacer, chat_id: int, count: int, start: float = 0.0) -> list[float]:
    """When `count` messages to one chat go if each is sent as soon as the pacer allows."""
    times, now = [], start
    for _ in range(count):
        now += pacer.wait(chat_id, now)
        pacer.take(chat_id, now)
        times.append(now)
    return times


@pytest.mark.parametrize(
    "chat_id, limits, expected",
    [
        # private chat: a burst of 2, then one a second
        (PRIVATE, Limits(overall=ROOMY), [0.0, 0.0, 1.0, 2.0, 3.0]),
        # group: a burst of 2, then 18 a minute
        (GROUP, Limits(overall=ROOMY), [0.0, 0.0, 60 / 18, 120 / 18, 180 / 18]),
        # strict private limit: one a second from the start
        (PRIVATE, Limits(overall=ROOMY, private=Rate(1.0, 1.0)), [0.0, 1.0, 2.0, 3.0, 4.0]),
        # the default overall bucket spaces even a private chat's burst by 1/28 s
        (PRIVATE, Limits(), [0.0, 0.75 / 28, 1.0, 2.0, 3.0]),
        # the console is never paced
        (0, Limits(), [0.0] * 5),
    ],
)
def test_one_chat_schedule(chat_id, limits, expected):
    assert _schedule(Pacer(limits), chat_id, len(expected)) == pytest.approx(expected)


def test_chats_do_not_share_their_buckets():
    pacer = Pacer(Limits(overall=ROOMY))
    assert _schedule(pacer, PRIVATE, 3) == pytest.approx([0.0, 0.0, 1.0])
    assert pacer.wait(OTHER, 1.0) == 0.0  # another chat is not slowed by the first


def test_overall_limit_spans_chats():
    pacer = Pacer(Limits(overall=Rate(25.0, 5.0)))
    sent = 0
    for chat_id in range(1, 100):
        if pacer.wait(chat_id, 0.0) == 0.0:
            pacer.take(chat_id, 0.0)
            sent += 1
    assert sent == 5  # the overall burst
    assert pacer.wait(1000, 0.0) == pytest.approx(1 / 25)


def test_hold_all_and_hold_chat():
    pacer = Pacer()
    pacer.hold_chat(PRIVATE, 5.0)
    assert pacer.wait(PRIVATE, 1.0) == pytest.approx(4.0)
    assert pacer.wait(OTHER, 1.0) == 0.0
    pacer.hold_all(3.0)
    assert pacer.wait(OTHER, 1.0) == pytest.approx(2.0)
    assert pacer.wait(OTHER, 3.0) == 0.0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=0.5), min_size=1, max_size=60),
       st.sampled_from([PRIVATE, GROUP]))
def test_never_over_telegram_limits(gaps, chat_id):
    """Whatever the arrival times, sends to one chat stay within Telegram's window limits."""
    pacer, now, sent = Pacer(), 0.0, []
    for gap in gaps:
        now += gap
        now += pacer.wait(chat_id, now)
        pacer.take(chat_id, now)
        sent.append(now)
    window, most = (1.0, 3) if chat_id > 0 else (60.0, 20)  # burst + rate * window
    for start in sent:
        assert sum(1 for t in sent if start <= t < start + window - 1e-9) <= most


def test_wait_all_is_the_overall_bucket_and_the_hold_on_all():
    pacer = Pacer(Limits(overall=Rate(10.0, 1.0)))
    assert pacer.wait_all(0.0) == 0.0
    pacer.take(0, 0.0)  # the console spends no token
    assert pacer.wait_all(0.0) == 0.0
    pacer.take(PRIVATE, 0.0)
    assert pacer.wait_all(0.0) == pytest.approx(0.1)
    assert pacer.wait(OTHER, 0.0) == pytest.approx(0.1)  # every chat waits for it
    pacer.hold_all(2.0)
    assert pacer.wait_all(0.5) == pytest.approx(1.5)
    assert pacer.wait_all(2.0) == 0.0


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=0.008), min_size=200, max_size=200))
def test_default_overall_rate_survives_late_wakeups(lateness):
    """Issue 6: waking up to 8 ms late costs no throughput (>= 27/s), and no second holds over 29 sends."""
    pacer, now, sent = Pacer(), 0.0, []
    for chat_id, late in enumerate(lateness, start=1):  # one alert per chat: only the overall bucket binds
        wait = pacer.wait(chat_id, now)
        if wait > 0:
            now += wait + late
        pacer.take(chat_id, now)
        sent.append(now)
    assert (len(sent) - 1) / (sent[-1] - sent[0]) >= 27.5
    for start in sent:
        assert sum(1 for t in sent if start <= t <= start + 1.0) <= 29
