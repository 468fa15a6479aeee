"""Per-site politeness and robots.txt for page fetches, on a virtual clock."""
from __future__ import annotations

import asyncio
import heapq
import itertools

import pytest

from monitor.ingest import robots as robots_module
from monitor.ingest.politeness import MAX_IDLE_SITES, PageGate, site_of
from monitor.ingest.robots import RETRY_AFTER_FAILURE, TTL, RobotsCache


class VirtualTime:
    """A clock that jumps to the next sleeper's wake-up once every task is waiting."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future]] = []
        self._order = itertools.count()

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), future))
        await future

    async def run(self, *coros):
        tasks = [asyncio.ensure_future(c) for c in coros]
        while not all(t.done() for t in tasks):
            for _ in range(50):  # let every runnable task reach its next wait
                await asyncio.sleep(0)
            if self._sleepers:
                self.now, _, future = heapq.heappop(self._sleepers)
                future.set_result(None)
        return [t.result() for t in tasks]


async def test_two_in_flight_and_one_second_between_starts_per_site():
    time = VirtualTime()
    gate = PageGate(clock=time.clock, sleep=time.sleep)
    starts, in_flight, most = [], 0, 0

    async def fetch(duration: float):
        nonlocal in_flight, most
        async with gate.slot("lemagit.fr"):
            starts.append(time.now)
            in_flight += 1
            most = max(most, in_flight)
            await time.sleep(duration)
            in_flight -= 1

    await time.run(*(fetch(5.0) for _ in range(5)))
    assert most == 2
    assert starts == [0.0, 1.0, 5.0, 6.0, 10.0]  # the third waits for a free slot, then a second


async def test_fast_pages_still_start_a_second_apart():
    time = VirtualTime()
    gate = PageGate(clock=time.clock, sleep=time.sleep)
    starts = []

    async def fetch():
        async with gate.slot("numerama.com"):
            starts.append(time.now)

    await time.run(*(fetch() for _ in range(4)))
    assert starts == [0.0, 1.0, 2.0, 3.0]


async def test_sites_do_not_wait_for_each_other():
    time = VirtualTime()
    gate = PageGate(clock=time.clock, sleep=time.sleep)
    starts = {}

    async def fetch(site: str):
        async with gate.slot(site):
            starts[site] = time.now
            await time.sleep(3)

    await time.run(*(fetch(s) for s in ("a.fr", "b.fr", "c.fr")))
    assert starts == {"a.fr": 0.0, "b.fr": 0.0, "c.fr": 0.0}
    assert gate.in_use() == 0


async def test_a_failed_request_frees_its_slot():
    time = VirtualTime()
    gate = PageGate(per_site=1, clock=time.clock, sleep=time.sleep)

    async def failing():
        async with gate.slot("x.fr"):
            raise OSError("reset")

    with pytest.raises(OSError):
        await time.run(failing())
    await time.run(asyncio.wait_for(_enter(gate, "x.fr"), timeout=5))


async def _enter(gate: PageGate, site: str) -> None:
    async with gate.slot(site):
        pass


async def test_idle_sites_are_forgotten_once_their_interval_has_passed():
    time = VirtualTime()
    gate = PageGate(clock=time.clock, sleep=time.sleep)
    for i in range(MAX_IDLE_SITES + 10):  # all within their interval: none may be dropped
        await time.run(_enter(gate, f"site{i}.fr"))
    assert len(gate._sites) == MAX_IDLE_SITES + 10
    time.now = 0.5
    await time.run(_enter(gate, "recent.fr"))  # its next start is due at 1.5
    time.now = 1.2
    await time.run(_enter(gate, "fresh.fr"))
    assert set(gate._sites) == {"recent.fr", "fresh.fr"}
    starts = []

    async def fetch():
        async with gate.slot("recent.fr"):
            starts.append(time.now)

    await time.run(fetch())
    assert starts == [1.5]


@pytest.mark.parametrize("url, site", [
    ("https://www.LeMagIT.fr/actualites/123", "lemagit.fr"),
    ("http://next.ink:8080/a", "next.ink"),
    ("not a url", ""),
])
def test_site_of(url, site):
    assert site_of(url) == site


class FakeSite:
    """robots.txt answers by origin, counting requests."""

    def __init__(self, answers: dict[str, tuple[int, str] | None | Exception]) -> None:
        self.answers, self.asked = answers, []

    async def fetch_text(self, url: str):
        self.asked.append(url)
        await asyncio.sleep(0)
        answer = self.answers[url]
        if isinstance(answer, Exception):
            raise answer
        return answer


RULES = "User-agent: *\nDisallow: /admin/\n\nUser-agent: Veille\nDisallow: /abonnes/\n"


@pytest.mark.parametrize("answer, url, allowed", [
    ((200, RULES), "https://x.fr/article/1", True),
    ((200, RULES), "https://x.fr/abonnes/1", False),  # Veille's own group
    ((200, RULES), "https://x.fr/admin/", True),  # only the * group says /admin/, and Veille has its own
    ((200, "User-agent: *\nDisallow: /\n"), "https://x.fr/article/1", False),
    ((200, "User-agent: *\nDisallow: /\n\nUser-agent: veille\nAllow: /\n"), "https://x.fr/a", True),
    ((200, "User-agent: Googlebot\nDisallow: /\n"), "https://x.fr/a", True),
    ((200, ""), "https://x.fr/a", True),
    ((200, "<html>not robots</html>"), "https://x.fr/a", True),
    ((404, "Not found"), "https://x.fr/a", True),  # RFC 9309: unavailable, no rules
    ((403, "Forbidden"), "https://x.fr/a", True),
    ((500, ""), "https://x.fr/a", False),  # unreachable: complete disallow
    ((503, ""), "https://x.fr/a", False),
    ((429, ""), "https://x.fr/a", False),
    (None, "https://x.fr/a", False),  # network failure
    (OSError("refused"), "https://x.fr/a", False),
])
async def test_allowed(answer, url, allowed):
    site = FakeSite({"https://x.fr/robots.txt": answer})
    assert await RobotsCache(site.fetch_text).allowed(url) is allowed


async def test_rules_are_cached_for_a_day():
    now = [0.0]
    site = FakeSite({"https://x.fr/robots.txt": (200, RULES)})
    cache = RobotsCache(site.fetch_text, clock=lambda: now[0])
    assert await cache.allowed("https://x.fr/a") and not await cache.allowed("https://x.fr/abonnes/b")
    now[0] = TTL - 1
    await cache.allowed("https://x.fr/c")
    assert len(site.asked) == 1
    now[0] = TTL + 1
    await cache.allowed("https://x.fr/c")
    assert len(site.asked) == 2


async def test_a_failure_disallows_only_for_a_short_while():
    now = [0.0]
    site = FakeSite({"https://x.fr/robots.txt": (503, "")})
    cache = RobotsCache(site.fetch_text, clock=lambda: now[0])
    assert not await cache.allowed("https://x.fr/a")
    now[0] = RETRY_AFTER_FAILURE - 1
    assert not await cache.allowed("https://x.fr/a") and len(site.asked) == 1
    site.answers["https://x.fr/robots.txt"] = (200, "")
    now[0] = RETRY_AFTER_FAILURE + 1
    assert await cache.allowed("https://x.fr/a") and len(site.asked) == 2


async def test_pages_asked_at_once_share_one_request():
    site = FakeSite({"https://x.fr/robots.txt": (200, RULES)})
    cache = RobotsCache(site.fetch_text)
    results = await asyncio.gather(*(cache.allowed(f"https://x.fr/p{i}") for i in range(10)))
    assert all(results) and site.asked == ["https://x.fr/robots.txt"]


async def test_sites_are_kept_per_origin_and_bounded():
    site = FakeSite({f"https://s{i}.fr/robots.txt": (200, "") for i in range(3)}
                    | {"http://s0.fr/robots.txt": (404, "")})
    cache = RobotsCache(site.fetch_text, max_sites=2)
    for url in ("https://s0.fr/a", "http://s0.fr/a", "https://s1.fr/a", "https://s2.fr/a", "https://s2.fr/b"):
        await cache.allowed(url)
    assert len(site.asked) == 4  # s2 asked once; http and https of s0 apart
    await cache.allowed("https://s0.fr/a")  # forgotten: the two most recent sites are kept
    assert len(site.asked) == 5


@pytest.mark.parametrize("url", ["ftp://x.fr/a", "javascript:alert(1)", "", "https:///a"])
async def test_urls_that_are_not_web_pages_are_not_fetched(url):
    site = FakeSite({})
    assert not await RobotsCache(site.fetch_text).allowed(url) and site.asked == []


def test_robots_body_is_bounded():
    rules = robots_module.rules_for(200, "User-agent: *\n" + "Allow: /x\n" * 100_000 + "Disallow: /\n", 0.0)
    assert rules.allows("https://x.fr/a")  # the Disallow past 500 KiB is not read
