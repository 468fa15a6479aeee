"""Scenario 4, freshness: from an article appearing on the farm to its `sendMessage` arriving.

`run`'s own composition in-process (monitor.runtime.run.Monitor: its scheduler, pipeline and
deliverer, the real PTB bot against the fake Bot API), one config watch with `chats`, feeds
polled every `interval` seconds (10 s, the shortest fixed interval config allows).

    .venv/bin/python -m bench --only freshness
"""
from __future__ import annotations

import asyncio
import math
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bench.farm import COMPANIES, Farm, make_entry
from bench.report import Row

CHAT = 4001
# Every farm title names a company, so this watch (a realistic "companies I follow") matches every article.
WATCH_QUERY = " OR ".join(f'"{c}"' if " " in c else c for c in COMPANIES)


@dataclass(frozen=True, slots=True)
class FreshnessResult:
    """Seconds from publication to the alert's arrival, one per sample that arrived."""

    interval: float
    published: int
    latencies: tuple[float, ...]

    @property
    def lost(self) -> int:
        return self.published - len(self.latencies)

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile (`p` in 0..1)."""
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered)) - 1))] if ordered else float("nan")


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


async def measure(samples: int = 20, interval: float = 10.0, budget: float = 110.0, feeds: int = 10,
                  seed: int = 6) -> FreshnessResult:
    """Publish `samples` articles at random moments within `budget` seconds, one feed each."""
    from monitor.config import load_config
    from monitor.runtime.run import Bot, Monitor
    from tests.fakebotapi import FakeBotAPI, parse_html

    rng = random.Random(seed)
    with Farm(feeds=feeds, entries=5, delay=0.15) as farm, FakeBotAPI() as api, \
            tempfile.TemporaryDirectory(prefix="bench-freshness-") as workdir:
        config = Path(workdir) / "config"
        config.mkdir()
        (config / "feeds.toml").write_text("".join(
            f'[[feed]]\nname = "farm {i}"\nurl = "{url}"\ninterval = "{interval:g}s"\nfulltext = "never"\n\n'
            for i, url in enumerate(farm.feed_urls())))
        (config / "keywords.toml").write_text(
            f"[[watch]]\nname = 'Entreprises suivies'\nquery = '{WATCH_QUERY}'\nchats = [{CHAT}]\n")
        async with Monitor(load_config(config), config, Path(workdir) / "veille.db",
                           Bot(api.token, api.url)) as monitor:
            db = monitor.db
            await _until(lambda: db.execute("SELECT min(backlog_done) FROM feeds").fetchone()[0] == 1, 30)
            published = await _publish(farm, rng, samples, budget - interval - 5)
            arrived = await _arrivals(api, parse_html, published, deadline=interval + 15)
    return FreshnessResult(interval, len(published),
                           tuple(arrived[title] - at for title, at in published.items() if title in arrived))


async def _until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the farm's feeds were not all polled once")
        await asyncio.sleep(0.1)


async def _publish(farm: Farm, rng: random.Random, samples: int, span: float) -> dict[str, float]:
    """One new entry on one feed at each of `samples` random moments over `span` seconds:
    {title: monotonic time just before it was published}."""
    moments = sorted(rng.uniform(0, span) for _ in range(samples))
    counts = [farm.entries] * farm.feeds  # the next entry number of each feed
    published: dict[str, float] = {}
    started = time.monotonic()
    for moment in moments:
        await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
        at = time.monotonic()
        for feed in await asyncio.to_thread(farm.publish, 1 / farm.feeds):
            # The farm's entries are a function of (seed, feed, number): we know its title.
            published[make_entry(farm.seed, feed, counts[feed], 0).title] = at
            counts[feed] += 1
    return published


async def _arrivals(api, parse_html, published: dict[str, float], deadline: float) -> dict[str, float]:
    """{title: arrival time of the first sendMessage naming it}, waiting up to `deadline` s for the last."""
    until = time.monotonic() + deadline
    while True:
        arrived: dict[str, float] = {}
        for call in api.sent(CHAT):
            text = parse_html(call.text)
            for title in published:
                if title in text and title not in arrived:
                    arrived[title] = call.at
        if len(arrived) == len(published) or time.monotonic() > until:
            return arrived
        await asyncio.sleep(0.1)


def freshness_rows(quick: bool) -> list[Row]:
    samples, budget = (4, 20.0) if quick else (20, 100.0)
    result = asyncio.run(measure(samples=samples, interval=10.0, budget=budget))
    median = statistics.median(result.latencies) if result.latencies else float("nan")
    p95 = result.percentile(0.95)
    print(f"[bench] freshness: median {median:.2f} s, p95 {p95:.2f} s, {result.lost} lost", flush=True)
    return [Row(f"freshness ({result.interval:g} s poll, {result.published} articles)", "veille", p95,
                note=f"wall = p95 publication -> sendMessage (target <= {result.interval + 2:g} s); "
                     f"median {median:.2f} s, max {max(result.latencies, default=float('nan')):.2f} s, "
                     f"{result.lost} lost")]
