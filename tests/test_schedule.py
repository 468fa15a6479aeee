"""FeedScheduler on a real AsyncIOScheduler: jobs run, reschedule, stop, retry, never overlap."""
from __future__ import annotations

import asyncio
import logging
import random
from datetime import datetime, timedelta, timezone

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from monitor.pipeline.schedule import FeedScheduler
from tests.helpers import wait_until as until


def now() -> datetime:
    return datetime.now(timezone.utc)


@pytest.fixture
async def scheduler():
    """`run`'s own AsyncIOScheduler."""
    sched = AsyncIOScheduler(timezone=timezone.utc)
    sched.start()
    yield sched
    sched.shutdown(wait=False)


class Recorder:
    """A poll function that records when each feed was polled and returns `delay` later."""

    def __init__(self, delay: float = 0.2) -> None:
        self.delay = delay
        self.calls: list[tuple[int, datetime]] = []

    def times(self, feed_id: int) -> list[datetime]:
        return [when for fid, when in self.calls if fid == feed_id]

    async def __call__(self, feed_id: int) -> datetime:
        self.calls.append((feed_id, now()))
        return now() + timedelta(seconds=self.delay)


async def test_jobs_run_and_reschedule_to_the_returned_time(scheduler):
    poll = Recorder(delay=0.25)
    feeds = FeedScheduler(scheduler, poll, fallback_delay=60, first_run_jitter=0, min_delay=0.01)
    feeds.sync([(1, None), (2, None)])
    assert feeds.feed_ids == {1, 2}
    await until(lambda: len(poll.times(1)) >= 3 and len(poll.times(2)) >= 3)
    for feed_id in (1, 2):
        times = poll.times(feed_id)
        gaps = [(b - a).total_seconds() for a, b in zip(times, times[1:])]
        # The returned time rules, not the 60 s safety-net interval.
        assert all(0.2 <= gap < 2 for gap in gaps), gaps
    next_run = feeds.next_run(1)
    # Soon (the returned time, 0.25 s ahead), not the 60 s safety net; slack for a loaded machine.
    assert next_run is not None and now() <= next_run <= now() + timedelta(seconds=5)
    await feeds.shutdown()


async def test_first_run_time_is_honoured_with_a_small_jitter(scheduler):
    poll = Recorder(delay=60)
    feeds = FeedScheduler(scheduler, poll, first_run_jitter=0.3, rng=random.Random(7))
    start = now()
    first = start + timedelta(seconds=0.4)
    feeds.sync([(1, first), (2, first), (3, first)])
    planned = [feeds.next_run(i) for i in (1, 2, 3)]
    assert all(first <= p <= first + timedelta(seconds=0.3) for p in planned), planned
    assert len(set(planned)) == 3  # spread, not all in the same instant
    await until(lambda: len(poll.calls) == 3)
    assert all(when >= first for _, when in poll.calls)
    await feeds.shutdown()


async def test_sync_keeps_existing_jobs_and_removes_feeds_no_longer_listed(scheduler):
    poll = Recorder(delay=0.1)
    feeds = FeedScheduler(scheduler, poll, fallback_delay=60, first_run_jitter=0, min_delay=0.01)
    feeds.sync([(1, None), (2, None)])
    await until(lambda: poll.times(1) and poll.times(2))
    feeds.sync([(1, None)])
    assert feeds.feed_ids == {1}
    polled_2 = len(poll.times(2))
    polled_1 = len(poll.times(1))
    await until(lambda: len(poll.times(1)) >= polled_1 + 3)
    assert len(poll.times(2)) == polled_2
    # A feed already scheduled keeps its time when listed again with another first run.
    far = now() + timedelta(hours=1)
    feeds.reschedule(1, far)
    feeds.sync([(1, now())])
    assert feeds.next_run(1) == far
    await feeds.shutdown()


async def test_a_raising_poll_is_logged_and_retried_after_the_fallback_delay(scheduler, caplog):
    calls: list[datetime] = []

    async def poll(feed_id: int) -> datetime:
        calls.append(now())
        if len(calls) == 1:
            raise RuntimeError("boom")
        return now() + timedelta(hours=1)

    feeds = FeedScheduler(scheduler, poll, fallback_delay=0.3, first_run_jitter=0, min_delay=0.01)
    with caplog.at_level(logging.ERROR, logger="monitor.pipeline.schedule"):
        feeds.sync([(7, None)])
        await until(lambda: len(calls) == 2)
    assert (calls[1] - calls[0]).total_seconds() >= 0.28
    failures = [r for r in caplog.records if r.name == "monitor.pipeline.schedule"]
    assert len(failures) == 1 and "feed 7" in failures[0].getMessage() and failures[0].exc_info
    assert feeds.next_run(7) > now() + timedelta(minutes=59)  # back on the poll's own schedule
    await feeds.shutdown()


async def test_a_slow_poll_never_runs_concurrently_with_itself(scheduler):
    running, most, calls = 0, 0, 0

    async def poll(feed_id: int) -> datetime:
        nonlocal running, most, calls
        running += 1
        calls += 1
        most = max(most, running)
        await asyncio.sleep(0.25)
        running -= 1
        return now()  # "poll again at once": clamped to min_delay

    # The 0.05 s safety-net interval fires many times during each 0.25 s poll.
    feeds = FeedScheduler(scheduler, poll, fallback_delay=0.05, first_run_jitter=0, min_delay=0.05)
    feeds.sync([(1, None)])
    await until(lambda: calls >= 3)
    assert most == 1
    await feeds.shutdown()


async def test_none_from_poll_stops_polling_that_feed(scheduler):
    calls: list[int] = []

    async def poll(feed_id: int) -> datetime | None:
        calls.append(feed_id)
        return None if feed_id == 1 else now() + timedelta(seconds=0.05)

    feeds = FeedScheduler(scheduler, poll, fallback_delay=0.1, first_run_jitter=0, min_delay=0.01)
    feeds.sync([(1, None), (2, None)])
    await until(lambda: calls.count(2) >= 5)
    assert calls.count(1) == 1
    assert feeds.feed_ids == {2}
    await feeds.shutdown()


async def test_shutdown_waits_for_a_running_poll_and_schedules_nothing_more(scheduler):
    started, finished = asyncio.Event(), []

    async def poll(feed_id: int) -> datetime:
        started.set()
        await asyncio.sleep(0.2)
        finished.append(feed_id)
        return now()

    feeds = FeedScheduler(scheduler, poll, fallback_delay=0.05, first_run_jitter=0, min_delay=0)
    feeds.sync([(1, None)])
    await asyncio.wait_for(started.wait(), 5)
    await feeds.shutdown(timeout=5)
    assert finished == [1]
    assert feeds.feed_ids == frozenset()
    feeds.sync([(2, None)])  # after shutdown nothing is scheduled again
    assert feeds.feed_ids == frozenset()


async def test_shutdown_cancels_a_stuck_poll_quietly(scheduler, caplog):
    started, cancelled = asyncio.Event(), []

    async def poll(feed_id: int) -> datetime:
        started.set()
        try:
            await asyncio.Event().wait()  # never set: a hung fetch
        except asyncio.CancelledError:
            cancelled.append(feed_id)
            raise
        return now()

    feeds = FeedScheduler(scheduler, poll, first_run_jitter=0, min_delay=0.01)
    feeds.sync([(3, None)])
    await asyncio.wait_for(started.wait(), 5)
    with caplog.at_level(logging.WARNING):
        await feeds.shutdown(timeout=0.1)
        await asyncio.sleep(0.05)  # let the scheduler's job wrapper finish
    assert cancelled == [3]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
