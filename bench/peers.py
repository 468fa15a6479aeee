"""Feed-farm contenders and the harness that runs each measured cycle in its own process.

A contender is a class with `setup(job)` (not measured: imports, open the database, add the
feeds) and `run_cycle(job) -> CycleOutcome` (measured: one pass over `job.urls`). Its state
between cycles lives in `job.workdir` (a fresh temporary directory per chain cold -> warm ->
new10), since every cycle is a fresh process: the client never shares the farm's process,
and its CPU and memory are its own. A contender that uses worker processes must stop them
before `run_cycle` returns, so their CPU is counted (RUSAGE_CHILDREN counts waited children).
Register it in CONTENDERS, e.g. `ContenderSpec("veille", "bench.veille:VeilleContender")`.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from bench.farm import Farm

KINDS = ("cold", "warm", "new10")  # all new; all 304; 10% of feeds gained one entry
NEW_FRACTION = 0.1


@dataclass(frozen=True, slots=True)
class CycleJob:
    """What one cycle process is asked to do."""

    contender: str
    factory: str  # "module:attr" of the contender's class
    kind: str  # one of KINDS
    urls: tuple[str, ...]
    workdir: str  # the contender's state (database, validators) across the chain's cycles
    workers: int = 0  # 0: the contender's own default


@dataclass(frozen=True, slots=True)
class CycleOutcome:
    """What a contender reports about its cycle."""

    entries_stored: int  # new entries stored (or, for a script without storage, seen for the first time)
    errors: int = 0  # feeds that failed
    note: str = ""  # the contender's parameters, shown in the table (e.g. its concurrency)


@dataclass(frozen=True, slots=True)
class CycleResult:
    """One measured cycle; when `scale` > 1 the cycle ran on a sample and counts were scaled up."""

    contender: str
    kind: str
    workers: int
    feeds: int  # feeds the result speaks for (after scaling)
    wall_s: float
    cpu_s: float  # user + system of the client process and its waited children
    peak_rss_mb: float  # the client's process tree, sampled, and never below its own ru_maxrss
    bytes: int  # sent by the farm: headers and bodies
    requests: int
    not_modified: int
    entries_stored: int
    errors: int
    scale: float = 1.0
    note: str = ""


class Contender(Protocol):
    def setup(self, job: CycleJob) -> None: ...

    def run_cycle(self, job: CycleJob) -> CycleOutcome: ...


@dataclass(frozen=True, slots=True)
class ContenderSpec:
    """A contender by name; `factory` ("module:attr") is imported in the cycle's own process."""

    name: str
    factory: str
    sample: float = 1.0  # share of the farm's feeds it is measured on (then extrapolated)
    workers: tuple[int, ...] = ()  # worker counts swept on the cold cycle; the best one is kept


class SequentialFeedparser:
    """The loop a quick script would write: `feedparser.parse(url)` for each feed in turn,
    passing back etag/modified, with validators and seen ids kept in a JSON file."""

    def setup(self, job: CycleJob) -> None:
        import feedparser

        self.parse = feedparser.parse
        self.path = Path(job.workdir) / "sequential.json"
        self.state = json.loads(self.path.read_text()) if self.path.exists() else {"validators": {}, "seen": []}

    def run_cycle(self, job: CycleJob) -> CycleOutcome:
        validators, seen = self.state["validators"], set(self.state["seen"])
        new = errors = 0
        for url in job.urls:
            etag, modified = validators.get(url, (None, None))
            parsed = self.parse(url, etag=etag, modified=modified)
            status = parsed.get("status")
            if status is None or status >= 400:
                errors += 1
                continue
            if status == 304:
                continue
            validators[url] = (parsed.get("etag"), parsed.get("modified"))
            for entry in parsed.entries:
                key = entry.get("id") or entry.get("link")
                if key not in seen:
                    seen.add(key)
                    new += 1
        self.path.write_text(json.dumps({"validators": validators, "seen": sorted(seen)}))
        return CycleOutcome(new, errors)


class ReaderPeer:
    """lemon24/reader: `make_reader(db)`, `add_feed` (setup), `update_feeds_iter(workers=N)`."""

    def setup(self, job: CycleJob) -> None:
        # reader's vendored feedparser imports `sgmllib` (the sgmllib3k package); feedparser
        # 6.0.12+ ships the same module as `feedparser_sgmllib`, already installed.
        if importlib.util.find_spec("sgmllib") is None:
            import feedparser_sgmllib

            sys.modules["sgmllib"] = feedparser_sgmllib
        from reader import make_reader

        self.reader = make_reader(str(Path(job.workdir) / "reader.sqlite"))
        if job.kind == "cold":
            for url in job.urls:
                self.reader.add_feed(url, exist_ok=True)

    def run_cycle(self, job: CycleJob) -> CycleOutcome:
        new = errors = 0
        # scheduled=False: since 3.21 reader skips feeds not yet due (default interval: 1 h).
        for _url, value in self.reader.update_feeds_iter(workers=job.workers or 1, scheduled=False):
            if isinstance(value, Exception):
                errors += 1
            elif value is not None:
                new += value.new
        self.reader.close()
        return CycleOutcome(new, errors)


CONTENDERS: dict[str, ContenderSpec] = {
    "veille": ContenderSpec("veille", "bench.veille:VeilleContender"),
    # Sequential at 150 ms a feed takes minutes: measured on 5% of the feeds, extrapolated.
    "sequential": ContenderSpec("sequential", "bench.peers:SequentialFeedparser", sample=0.05),
    # A 1,000-feed cold sweep measured 91/58/56/54 s at 8/16/32/64 workers (bench/README.md):
    # `make bench` runs its best, 64, to stay within ten minutes.
    "reader": ContenderSpec("reader", "bench.peers:ReaderPeer", workers=(64,)),
}


# --- measuring, inside the cycle's process --------------------------------------------------

def tree_pids(root: int) -> set[int]:
    """`root` and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as f:
                    parents[int(name)] = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return tree


def tree_rss_bytes(root: int) -> int:
    """Resident memory of `root` and all its descendants (Linux /proc)."""
    tree = tree_pids(root)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm", "rb") as f:
                total += int(f.read().split()[1]) * resource.getpagesize()
        except (OSError, IndexError, ValueError):
            continue
    return total


class _PeakSampler(threading.Thread):
    """Samples the process tree's RSS every `interval` seconds (worker processes included)."""

    def __init__(self, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.interval, self.peak, self._done = interval, 0, threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.peak = max(self.peak, tree_rss_bytes(os.getpid()))
            self._done.wait(self.interval)

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.peak


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load(factory: str):
    module, _, attr = factory.partition(":")
    return getattr(importlib.import_module(module), attr)


def measure_cycle(job: CycleJob) -> dict[str, float | int]:
    """Set the contender up, then time one cycle: wall, CPU, peak memory, its outcome."""
    resource.setrlimit(resource.RLIMIT_NOFILE, (resource.getrlimit(resource.RLIMIT_NOFILE)[1],) * 2)
    contender: Contender = _load(job.factory)()
    contender.setup(job)
    sampler = _PeakSampler()
    sampler.start()
    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    outcome = contender.run_cycle(job)
    wall, cpu = time.perf_counter() - t0, _cpu_seconds() - cpu0
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    peak = max(sampler.stop(), own_peak)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": peak / 2**20, **asdict(outcome)}


# --- orchestrating, in the bench's process --------------------------------------------------

def run_cycle(farm: Farm, job: CycleJob, total_feeds: int) -> CycleResult:
    """Run one cycle in a fresh process; the farm counts what it served meanwhile."""
    job_path = Path(job.workdir) / f"job-{job.kind}.json"
    job_path.write_text(json.dumps(asdict(job)))
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    farm.reset_stats()
    done = subprocess.run([sys.executable, "-m", "bench.peers", str(job_path)], env=env,
                          capture_output=True, text=True, timeout=1800)
    if done.returncode:
        raise RuntimeError(f"{job.contender} {job.kind} failed:\n{done.stderr[-3000:]}")
    served = farm.stats()
    measured = json.loads(job_path.with_suffix(".result").read_text())
    scale = total_feeds / len(job.urls)
    return CycleResult(
        contender=job.contender, kind=job.kind, workers=job.workers, feeds=total_feeds,
        wall_s=measured["wall_s"] * scale, cpu_s=measured["cpu_s"] * scale,
        peak_rss_mb=measured["peak_rss_mb"], bytes=round(served.bytes_sent * scale),
        requests=round(served.requests * scale), not_modified=round(served.not_modified * scale),
        entries_stored=round(measured["entries_stored"] * scale), errors=round(measured["errors"] * scale),
        scale=scale, note=measured.get("note", ""),
    )


class Chain:
    """One contender's state directory: its cycles run in order on it (`with Chain(...) as c`)."""

    def __init__(self, farm: Farm, spec: ContenderSpec, workers: int = 0) -> None:
        self.farm, self.spec, self.workers = farm, spec, workers
        urls = farm.feed_urls()
        self.total = len(urls)
        self.urls = tuple(urls[: max(min(len(urls), 10), round(len(urls) * spec.sample))])  # >= 10 feeds
        self.workdir = tempfile.mkdtemp(prefix=f"bench-{spec.name}-")

    def run(self, kind: str) -> CycleResult:
        """One cycle; a new10 cycle first publishes one entry to 10% of the farm's feeds."""
        if kind == "new10":
            self.farm.publish(NEW_FRACTION)
        job = CycleJob(self.spec.name, self.spec.factory, kind, self.urls, self.workdir, self.workers)
        return run_cycle(self.farm, job, self.total)

    def __enter__(self) -> "Chain":
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


def run_chain(farm: Farm, spec: ContenderSpec, kinds: tuple[str, ...] = KINDS, workers: int = 0) -> list[CycleResult]:
    """The cycles in order on one fresh state directory."""
    with Chain(farm, spec, workers) as chain:
        return [chain.run(kind) for kind in kinds]


def main(job_path: str) -> None:
    """The cycle process: read the job, measure, write the result beside it."""
    path = Path(job_path)
    fields = json.loads(path.read_text())
    job = CycleJob(**{**fields, "urls": tuple(fields["urls"])})
    path.with_suffix(".result").write_text(json.dumps(measure_cycle(job)))


if __name__ == "__main__":
    main(sys.argv[1])
