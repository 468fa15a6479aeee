"""Scenario 5, footprint: the real `python bot.py --config DIR --db FILE run` (console mode) on
the 1,000-feed farm, every feed at a fixed "10s" interval so that cycles run back to back
(an hour's worth of polls compressed). Memory of the process tree after start and after each
cycle, CPU per cycle; 10% of the feeds gain an entry at every cycle, so matching and alerts run.

Run twice side by side: `fulltext = "auto"` (the default; the farm serves each entry's article
page on 100 sites, and its one-paragraph chapô is a teaser, so every new entry's page is
fetched and extracted by the workers) and `fulltext = "never"` (no page).

A cycle ends when the farm has answered another `feeds` feed requests. The farm is one host:port
standing for 1,000 sites; `run` allows 4 fetches per host, so the URLs are spread over six
spellings of 127.0.0.1 (six "hosts") instead of serialising on one.

    .venv/bin/python -m bench --only footprint
"""
from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.farm import Farm
from bench.peers import tree_pids, tree_rss_bytes
from bench.report import Row
from bench.veille import farm_watches

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = ("127.0.0.1", "127.1", "127.0.1", "2130706433", "0x7f000001", "[::ffff:127.0.0.1]")
TICK = os.sysconf("SC_CLK_TCK")
PAGE_SITES = 100


@dataclass(frozen=True, slots=True)
class CyclePoint:
    """The process tree when the farm had answered `requests` requests."""

    requests: int
    at_s: float  # since start
    rss_mb: float  # summed over the tree: pages a forked worker shares are counted in each
    pss_mb: float  # summed proportional set size: shared pages split between sharers
    cpu_s: float  # cumulated, process tree


@dataclass(frozen=True, slots=True)
class Footprint:
    feeds: int
    fulltext: str
    pages: int  # article pages (and robots.txt) the farm served
    breakdown: str  # RSS MB of each process after the last cycle
    started: CyclePoint  # when the first feed request arrived: start-up done
    cycles: tuple[CyclePoint, ...]
    peak_rss_mb: float

    def cpu_per_cycle(self) -> list[float]:
        points = (self.started, *self.cycles)
        return [b.cpu_s - a.cpu_s for a, b in zip(points, points[1:])]


def spread_hosts(urls: list[str], port: int) -> list[str]:
    """The same URLs, round-robin over the loopback spellings."""
    base = f"127.0.0.1:{port}"
    return [url.replace(base, f"{LOOPBACK[i % len(LOOPBACK)]}:{port}", 1) for i, url in enumerate(urls)]


def write_config(directory: Path, urls: list[str], interval: str = "10s", fulltext: str = "never") -> None:
    """feeds.toml with these URLs at a fixed interval, keywords.toml with the bench's 50 watches."""
    feeds = "".join(f'[[feed]]\nname = "farm {i}"\nurl = "{url}"\ninterval = "{interval}"\nfulltext = "{fulltext}"\n\n'
                    for i, url in enumerate(urls))
    (directory / "feeds.toml").write_text(feeds)
    watches = "".join(f"[[watch]]\nname = {json.dumps(name)}\nquery = {json.dumps(query, ensure_ascii=False)}\n\n"
                      for name, query in farm_watches())
    (directory / "keywords.toml").write_text(watches)


def tree_pss_mb(root: int) -> float:
    """Proportional set size of `root` and its descendants: what the tree really costs in RAM."""
    total_kb = 0
    for pid in tree_pids(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total_kb += next((int(line.split()[1]) for line in f if line.startswith("Pss:")), 0)
        except OSError:
            continue
    return total_kb / 1024


def tree_breakdown(root: int) -> str:
    """RSS of each process of the tree, named: where the memory is."""
    parts = []
    for pid in tree_pids(root):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read().replace(b"\0", b" ").decode(errors="replace")
            with open(f"/proc/{pid}/status") as f:
                rss_kb = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            continue
        name = "run" if pid == root else "tracker" if "resource_tracker" in command else \
            "worker" if "spawn_main" in command else command[:40]
        parts.append(f"{name} {rss_kb / 1024:.0f}")
    return ", ".join(parts)


def tree_cpu_seconds(root: int) -> float:
    """User + system time of `root` and its live descendants, plus the children it reaped."""
    total = 0
    for pid in tree_pids(root):
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
        if pid == root:
            total += int(fields[13]) + int(fields[14])  # cutime, cstime
    return total / TICK


def measure(feeds: int = 1000, cycles: int = 8, interval: str = "10s", budget: float = 180.0,
            fulltext: str = "never") -> Footprint:
    """Run `bot.py run` until `cycles` cycles after the first one are done (or `budget` s)."""
    page_sites = 0 if fulltext == "never" else PAGE_SITES
    with Farm(feeds=feeds, entries=30, delay=0.15, page_sites=page_sites) as farm, \
            tempfile.TemporaryDirectory(prefix="bench-footprint-") as workdir:
        config = Path(workdir) / "config"
        config.mkdir()
        write_config(config, spread_hosts(farm.feed_urls(), farm.port), interval, fulltext)
        env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "VEILLE_CONFIG", "VEILLE_DB")}
        farm.reset_stats()
        resource.setrlimit(resource.RLIMIT_NOFILE, (resource.getrlimit(resource.RLIMIT_NOFILE)[1],) * 2)
        with open(Path(workdir) / "run.log", "w") as log:
            process = subprocess.Popen(
                [sys.executable, str(ROOT / "bot.py"), "--config", str(config), "--db", str(Path(workdir) / "v.db"),
                 "run"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
            try:
                started, points, peak = _watch(farm, process, feeds, cycles, budget)
                pages, breakdown = farm.stats().pages, tree_breakdown(process.pid)
            finally:
                process.send_signal(signal.SIGINT)  # a clean stop, as Ctrl-C
                try:
                    process.wait(30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        if started is None:
            raise RuntimeError("bot.py run never polled the farm:\n" + (Path(workdir) / "run.log").read_text()[-3000:])
    return Footprint(feeds, fulltext, pages, breakdown, started, tuple(points), peak)


def _watch(farm: Farm, process: subprocess.Popen, feeds: int, cycles: int, budget: float):
    t0 = time.monotonic()
    started: CyclePoint | None = None
    points: list[CyclePoint] = []
    peak = 0.0
    while time.monotonic() - t0 < budget and len(points) < cycles + 1 and process.poll() is None:
        requests = farm.stats().requests
        rss = tree_rss_bytes(process.pid) / 2**20
        peak = max(peak, rss)
        point = CyclePoint(requests, time.monotonic() - t0, rss, tree_pss_mb(process.pid),
                           tree_cpu_seconds(process.pid))
        if started is None and requests > 0:
            started = point
        if requests >= feeds * (len(points) + 1):
            points.append(point)
            farm.publish(0.1)  # the next cycle finds new entries on 10% of the feeds
        time.sleep(0.2)
    return started, points, peak


def footprint_rows(quick: bool) -> list[Row]:
    feeds, cycles = (100, 2) if quick else (1000, 8)
    rows = []
    for fulltext in ("auto", "never"):
        result = measure(feeds=feeds, cycles=cycles, budget=60.0 if quick else 180.0, fulltext=fulltext)
        rows += _rows(result)
    return rows


def _rows(result: Footprint) -> list[Row]:
    cpu = result.cpu_per_cycle()
    memory = ", ".join(f"{p.rss_mb:.0f}" for p in result.cycles)
    pss = ", ".join(f"{p.pss_mb:.0f}" for p in result.cycles)
    warm = result.cycles[1:]
    growth = warm[-1].rss_mb - warm[0].rss_mb if len(warm) > 1 else float("nan")
    print(f"[bench] footprint, fulltext {result.fulltext}: after start RSS {result.started.rss_mb:.0f} MB"
          f" (PSS {result.started.pss_mb:.0f}), after each cycle RSS {memory} MB (PSS {pss}),"
          f" {result.pages} pages served; by process after the last: {result.breakdown}", flush=True)
    scenario = f"footprint: bot.py run, {result.feeds} feeds"
    contender = f"veille, fulltext {result.fulltext}"
    return [
        Row(f"{scenario}, first cycle (backlog)", contender, result.cycles[0].at_s - result.started.at_s
            if result.cycles else float("nan"), cpu[0] if cpu else None, result.peak_rss_mb,
            note=f"after start RSS {result.started.rss_mb:.0f} MB (PSS {result.started.pss_mb:.0f}); "
                 "peak RSS over the whole run, worker processes included"),
        Row(f"{scenario}, {len(warm)} next cycles back to back (10% new each)", contender,
            (warm[-1].at_s - result.cycles[0].at_s) / len(warm) if warm else float("nan"),
            sum(cpu[1:]) / len(warm) if warm else None, max((p.rss_mb for p in warm), default=None),
            note=f"per cycle (wall, CPU); RSS after each cycle {memory} MB (PSS {pss}); growth over the last "
                 f"{len(warm) - 1} cycles {growth:+.1f} MB (target: none, <= 200 MB); "
                 f"{result.pages} article pages served"),
    ]
