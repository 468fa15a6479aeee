"""Per-site politeness for article-page fetches (issue 11): a site is a newsroom's server,
not a benchmark target.

At most PER_SITE pages of one site in flight, and at least MIN_INTERVAL seconds between the
starts of two requests to it; sites do not wait for each other. The clock and the sleep are
injected so that tests drive time themselves.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

PER_SITE = 2
MIN_INTERVAL = 1.0  # seconds between two request starts on one site
MAX_IDLE_SITES = 256  # forgotten once idle beyond this many: a site's state is a few bytes


def site_of(url: str) -> str:
    """The politeness key of a URL: its host, lower-cased, without a leading "www."."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


@dataclass(slots=True)
class _Site:
    slots: asyncio.Semaphore
    starting: asyncio.Lock = field(default_factory=asyncio.Lock)  # one start scheduled at a time
    next_start: float = float("-inf")
    users: int = 0  # tasks holding or awaiting a slot


class PageGate:
    """`async with gate.slot(site): fetch(...)`: waits its turn, then the request may start."""

    def __init__(self, per_site: int = PER_SITE, min_interval: float = MIN_INTERVAL, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> None:
        self._per_site, self._interval = per_site, min_interval
        self._clock, self._sleep = clock, sleep
        self._sites: dict[str, _Site] = {}

    @asynccontextmanager
    async def slot(self, site: str) -> AsyncIterator[None]:
        state = self._sites.get(site)
        if state is None:
            self._forget_idle()
            state = self._sites[site] = _Site(asyncio.Semaphore(self._per_site))
        state.users += 1
        try:
            async with state.slots:
                async with state.starting:
                    wait = state.next_start - self._clock()
                    if wait > 0:
                        await self._sleep(wait)
                    state.next_start = max(self._clock(), state.next_start) + self._interval
                yield
        finally:
            state.users -= 1

    def in_use(self) -> int:
        """Sites with a request in flight or waiting (for the health page and tests)."""
        return sum(1 for s in self._sites.values() if s.users)

    def _forget_idle(self) -> None:
        # An idle site whose interval has passed owes nothing: dropping it loses no constraint.
        if len(self._sites) < MAX_IDLE_SITES:
            return
        now = self._clock()
        for site in [k for k, s in self._sites.items() if not s.users and s.next_start <= now]:
            del self._sites[site]
