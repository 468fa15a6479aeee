"""One APScheduler job per feed: run the pipeline's poll, then sleep until the time it returns.

The scheduler is `run`'s own AsyncIOScheduler, not the bot's JobQueue: a Telegram outage
must never stop polling. When to poll next is the pipeline's decision (cadence, backoff);
this module only keeps the clock.

Each job carries an IntervalTrigger of `fallback_delay` as a safety net and is moved to the
returned time with `modify_job(next_run_time=...)`: the job always exists while its feed is
scheduled, so a poll that hangs or a bug in rescheduling cannot lose the feed — the trigger
fires again (and `max_instances=1` skips it while the slow poll still runs).
"""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, timedelta, timezone
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.times import utcnow

log = logging.getLogger(__name__)

Poll = Callable[[int], Awaitable["datetime | None"]]
_PREFIX = "veille-feed-"


def _job_id(feed_id: int) -> str:
    return f"{_PREFIX}{feed_id}"


class FeedScheduler:
    """Keeps one job per feed id in `scheduler`; each job awaits `poll(feed_id)`.

    `poll` returns when to poll that feed next, or None when it must not be polled again
    (disabled, e.g. 410 Gone): its job is removed until a later `sync()` lists it again.
    """

    def __init__(
        self,
        scheduler: BaseScheduler,
        poll: Poll,
        *,
        fallback_delay: float = 300.0,  # after a poll that raised, and the safety-net interval
        first_run_jitter: float = 5.0,  # spreads first runs so feeds don't all start at once
        misfire_grace_time: float = 600.0,  # a late poll (busy loop, suspended host) still runs
        min_delay: float = 1.0,  # a returned time in the past cannot make a feed spin
        rng: random.Random | None = None,
    ) -> None:
        self._scheduler = scheduler
        self._poll = poll
        self.fallback_delay = fallback_delay
        self.first_run_jitter = first_run_jitter
        self.misfire_grace_time = misfire_grace_time
        self.min_delay = min_delay
        self._rng = rng or random.Random()
        self._running: set[asyncio.Task] = set()
        self._closed = False

    @property
    def feed_ids(self) -> frozenset[int]:
        """The feeds that have a job."""
        return frozenset(int(job.id[len(_PREFIX):]) for job in self._scheduler.get_jobs() if job.id.startswith(_PREFIX))

    def sync(self, feeds: Iterable[tuple[int, datetime | None]]) -> None:
        """Add a job for each (feed id, first poll or None for now) not yet scheduled; remove
        the jobs of feeds not listed. Jobs already there keep their next run time."""
        if self._closed:
            return
        wanted = dict(feeds)
        present = self.feed_ids
        for feed_id in present - wanted.keys():
            self._remove(feed_id)
        now = utcnow()
        for feed_id, first in wanted.items():
            if feed_id in present:
                continue
            start = max(_aware(first), now) if first is not None else now
            start += timedelta(seconds=self._rng.uniform(0, self.first_run_jitter))
            self._add(feed_id, start)

    def _add(self, feed_id: int, start: datetime) -> None:
        options = dict(id=_job_id(feed_id), next_run_time=start, max_instances=1, coalesce=True,
                       misfire_grace_time=int(self.misfire_grace_time), replace_existing=True)
        self._scheduler.add_job(self._run, IntervalTrigger(seconds=self.fallback_delay), args=(feed_id,),
                                name=f"poll feed {feed_id}", **options)

    def reschedule(self, feed_id: int, when: datetime) -> None:
        """Move the feed's next poll (e.g. to now, after /addfeed); ignored if it has no job."""
        when = max(_aware(when), utcnow())
        try:
            self._scheduler.modify_job(_job_id(feed_id), next_run_time=when)
        except JobLookupError:
            pass  # removed by sync() meanwhile

    def next_run(self, feed_id: int) -> datetime | None:
        """When the feed is next polled; None if it has no job."""
        job = self._scheduler.get_job(_job_id(feed_id))
        return getattr(job, "next_run_time", None) if job else None

    async def shutdown(self, timeout: float = 10.0) -> None:
        """Remove every feed job, let running polls finish for up to `timeout` s, cancel the rest."""
        self._closed = True
        for feed_id in self.feed_ids:
            self._remove(feed_id)
        running = set(self._running)
        if not running:
            return
        _, pending = await asyncio.wait(running, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            log.warning("cancelled %d poll(s) still running after %.0f s", len(pending), timeout)
            await asyncio.gather(*pending, return_exceptions=True)

    async def _run(self, feed_id: int) -> None:
        """The job: one poll, then move this job to the time the poll asked for."""
        # The poll runs in its own task so shutdown() can cancel it without the scheduler
        # reporting the cancellation as a crash of the job.
        task = asyncio.get_running_loop().create_task(self._poll(feed_id), name=f"poll feed {feed_id}")
        self._running.add(task)
        try:
            when = await task
        except asyncio.CancelledError:
            if asyncio.current_task().cancelling():
                raise  # the job itself was cancelled (the scheduler shut down)
            if self._closed:
                return  # shutdown() cancelled the poll
            log.warning("poll of feed %s was cancelled; retrying in %.0f s", feed_id, self.fallback_delay)
            when = utcnow() + timedelta(seconds=self.fallback_delay)
        except Exception:
            log.exception("poll of feed %s failed; retrying in %.0f s", feed_id, self.fallback_delay)
            when = utcnow() + timedelta(seconds=self.fallback_delay)
        finally:
            self._running.discard(task)
        if self._closed:
            return
        if when is None:
            log.info("feed %s is no longer polled", feed_id)
            self._remove(feed_id)
            return
        when = max(_aware(when), utcnow() + timedelta(seconds=self.min_delay))
        try:
            self._scheduler.modify_job(_job_id(feed_id), next_run_time=when)
        except JobLookupError:
            pass  # the feed was removed while it was being polled

    def _remove(self, feed_id: int) -> None:
        try:
            self._scheduler.remove_job(_job_id(feed_id))
        except JobLookupError:
            pass


def _aware(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC (the database stores UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
