"""robots.txt for article-page fetches (RFC 9309), cached per site, for the token "Veille".

The fetch is injected: `fetch_text(url) -> (status, body) | None`, None on a network failure,
redirects already followed. RFC 9309 §2.3.1: a 4xx robots.txt means no rules (allowed); a 5xx
or an unreachable server means complete disallow, which is retried after a short while (as
Google does) rather than for a day. A site's rules are kept TTL seconds, and at most
MAX_SITES sites are remembered (least recently used forgotten first).
"""
from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

USER_AGENT = "Veille"
TTL = 24 * 3600.0  # RFC 9309 §2.4: crawlers SHOULD NOT use a cached copy for more than 24 h
RETRY_AFTER_FAILURE = 600.0  # a 5xx or an outage: disallow, and ask again in ten minutes
MAX_SITES = 512
MAX_BYTES = 500 * 1024  # RFC 9309 §2.5: parse at least the first 500 KiB

FetchText = Callable[[str], Awaitable[tuple[int, str] | None]]


@dataclass(frozen=True, slots=True)
class _Rules:
    parser: RobotFileParser | None  # None: every path allowed (no robots.txt)
    disallow_all: bool
    expires: float

    def allows(self, url: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(USER_AGENT, url)


def rules_for(status: int | None, body: str, now: float) -> _Rules:
    """The pure decision: what a robots.txt answer means for the site, and for how long."""
    if status is None or status >= 500 or status == 429:  # 429: Google reads it as a 5xx
        return _Rules(None, True, now + RETRY_AFTER_FAILURE)
    if status >= 400 or not 200 <= status < 300:  # 4xx, or a redirect loop left unresolved
        return _Rules(None, False, now + TTL)
    parser = RobotFileParser()
    parser.parse(body[:MAX_BYTES].splitlines())
    return _Rules(parser, False, now + TTL)


class RobotsCache:
    """`await robots.allowed(url)`: may Veille fetch this page?"""

    def __init__(self, fetch_text: FetchText, *, clock: Callable[[], float] = time.monotonic,
                 max_sites: int = MAX_SITES) -> None:
        self._fetch, self._clock, self._max = fetch_text, clock, max_sites
        self._rules: OrderedDict[str, _Rules] = OrderedDict()
        self._loading: dict[str, asyncio.Future[_Rules]] = {}

    async def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        rules = self._rules.get(origin)
        if rules is None or rules.expires <= self._clock():
            rules = await self._load(origin)
        else:
            self._rules.move_to_end(origin)
        return rules.allows(url)

    async def _load(self, origin: str) -> _Rules:
        # Pages of one site asked at once share one robots.txt request.
        pending = self._loading.get(origin)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[_Rules] = asyncio.get_running_loop().create_future()
        self._loading[origin] = future
        try:
            try:
                answer = await self._fetch(f"{origin}/robots.txt")
            except Exception:  # noqa: BLE001 - a failed fetch is an unreachable server
                answer = None
            status, body = answer if answer is not None else (None, "")
            rules = rules_for(status, body, self._clock())
            self._rules[origin] = rules
            self._rules.move_to_end(origin)
            while len(self._rules) > self._max:
                self._rules.popitem(last=False)
            future.set_result(rules)
            return rules
        except asyncio.CancelledError:
            future.cancel()  # pages waiting on this robots.txt are cancelled with it
            raise
        finally:
            del self._loading[origin]
