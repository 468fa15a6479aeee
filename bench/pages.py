"""The page step at scale (issue 11), a standalone scenario: 1,000 feeds on 100 sites, a warm
cycle in which 10 % of them gained one entry whose feed text is a one-line teaser, so its
article page must be fetched (robots.txt, one PageGate turn per site, 150 ms per answer),
extracted in the two worker processes and matched. Side by side: the same cycle with
`fulltext = "never"` (no page fetched), and the ratio. Also: how long after the cycle started
each alert that needs its page reaches the outbox after the poll that stored its entry.

The farm of bench/farm.py is one host standing for every site and its entries link to the real
outlets; this scenario has its own server process so that 100 site names (resolved to
127.0.0.1) carry the per-site politeness. `python -m bench.pages [--quick]`.
"""
from __future__ import annotations

import asyncio
import html
import multiprocessing
import resource
import socket
import statistics
import sys
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver

from bench.report import Row

SITES, FEEDS, BACKLOG, DELAY = 100, 1000, 30, 0.15
PAGE = (Path(__file__).resolve().parent.parent / "tests" / "fulltext" / "pages" / "lemagit-hopital-rancon.html")
TEASER = "Le centre hospitalier de Vienne est touché."
WATCH = "LockBit"  # only in the article's body: every new entry alerts through its page


def _host(feed: int) -> str:
    return f"site-{feed % SITES}.bench"


def _rss(feed: int, entries: int, port: int) -> bytes:
    items = []
    for n in range(entries):
        link = f"http://{_host(feed)}:{port}/page/{feed}/{n}.html"
        items.append(f"<item><title>Article {n} du flux {feed}</title><link>{link}</link><guid>{link}</guid>"
                     f"<description>{html.escape(TEASER)}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Flux {feed}</title>'
            f"<link>http://{_host(feed)}/</link><description>d</description>{''.join(items)}</channel></rss>"
            ).encode()


def _serve(ready, feeds: int) -> None:
    page = PAGE.read_bytes()
    counts = {i: BACKLOG for i in range(feeds)}

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                path = urlsplit(target).path
                etag_asked = next((line.split(b":", 1)[1].strip() for line in head.split(b"\r\n")
                                   if line.lower().startswith(b"if-none-match:")), None)
                status, kind, body, extra = "200 OK", "text/html; charset=utf-8", b"", ""
                if path == "/_publish":
                    for i in range(feeds):  # 10 % of the feeds, at most one per site
                        if i // SITES == (i % SITES) % 10:
                            counts[i] += 1
                    kind = "text/plain"
                elif path.startswith("/feed/"):
                    await asyncio.sleep(DELAY)
                    feed = int(path.split("/")[2].split(".")[0])
                    etag = f'"{counts[feed]}"'.encode()
                    if etag_asked == etag:
                        status = "304 Not Modified"
                    else:
                        body, kind, extra = _rss(feed, counts[feed], port), "application/rss+xml", \
                            f"ETag: {etag.decode()}\r\n"
                elif path.startswith("/page/"):
                    await asyncio.sleep(DELAY)
                    body = page
                else:
                    status, kind = "404 Not Found", "text/plain"
                writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
                             f"{extra}\r\n".encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        nonlocal port
        server = await asyncio.start_server(answer, "127.0.0.1", 0, backlog=1024)
        port = server.sockets[0].getsockname()[1]
        ready.put(port)
        await server.serve_forever()

    port = 0
    asyncio.run(main())


class _SiteResolver(AbstractResolver):
    """Every `site-N.bench` is 127.0.0.1: 100 site names, one server."""

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        return [{"hostname": host, "host": "127.0.0.1", "port": port, "family": socket.AF_INET, "proto": 0,
                 "flags": socket.AI_NUMERICHOST}]

    async def close(self) -> None:
        pass


async def _cycle(db_path: Path, port: int, feeds: int, mode: str) -> dict:
    from monitor.ingest.fetch import Fetcher, FetchLimits
    from monitor.ingest.pagefetch import PageReader
    from monitor.match.analyse import ProcessAnalyser
    from monitor.match.matcher import MatcherCache
    from monitor.pipeline.poll import Pipeline
    from monitor.store import open_database
    from monitor.store.feeds import list_feeds, sync_config_feeds
    from monitor.store.watches import sync_config_watches
    from monitor.times import utcnow

    db = open_database(db_path)
    now = utcnow()
    sync_config_feeds(db, [(f"feed {i}", f"http://{_host(i)}:{port}/feed/{i}.xml", None, mode)
                           for i in range(feeds)], now)
    sync_config_watches(db, [("ransomware", WATCH, ())], now)
    ids = [feed.id for feed in list_feeds(db)]
    matchers = MatcherCache(db, utcnow)
    analyser = ProcessAnalyser(db_path, matchers, 2)
    _TimedPages = _timed_pages()
    alerted: dict[int, float] = {}  # outbox id -> when it was written
    found_at: dict[int, float] = {}  # entry id -> when its poll stored it (and asked for its page)
    # `run`'s workers import trafilatura at their first page, once in their life; here they are
    # new each cycle: that import is paid before the measure, not in it.
    from monitor.model import Entry

    await asyncio.gather(*(analyser.page(PAGE.read_bytes(), "http://warm.bench/", "text/html",
                                         Entry("w", "http://warm.bench/", "w", "w")) for _ in range(2)))
    try:
        # As bench/veille.py: 256 fetches in flight overall (the farm's feeds answer after 150 ms).
        async with Fetcher(FetchLimits(max_connections=256), resolver=_SiteResolver()) as fetcher:
            pages = _TimedPages(db, PageReader(fetcher), analyser, found_at=found_at,
                                on_alerts=lambda new: alerted.update(dict.fromkeys(new, time.perf_counter())))
            pipeline = Pipeline(db, fetcher, matchers, analyse=analyser, pages=pages)
            await pipeline.poll_all(ids)  # the first poll: the backlog, no page fetched
            await asyncio.to_thread(_get, f"http://127.0.0.1:{port}/_publish")
            cpu, started = time.process_time(), time.perf_counter()
            outcomes = await pipeline.poll_all(ids)
            polled = time.perf_counter()
            await pages.drain(timeout=60)
            ended = time.perf_counter()
            cpu = time.process_time() - cpu
        entry_of = dict(db.execute("SELECT id, entry_id FROM outbox").fetchall())
    finally:
        analyser.close()
        db.close()
    found = sum(o.new for o in outcomes)
    alerts = sum(len(o.alert_ids) for o in outcomes) + len(alerted)
    latencies = [moment - found_at[entry_of[outbox_id]] for outbox_id, moment in alerted.items()]
    return {"wall": ended - started, "poll": polled - started, "cpu": cpu, "new": found, "alerts": alerts,
            "latency_max": max(latencies, default=0.0), "latency_median": statistics.median(latencies or [0.0])}


def _timed_pages():
    from dataclasses import dataclass, field

    from monitor.pipeline.pages import PageFetcher

    @dataclass
    class TimedPages(PageFetcher):
        found_at: dict = field(default_factory=dict)

        def submit(self, pages) -> None:
            pages = list(pages)
            self.found_at.update(dict.fromkeys((p.entry_id for p in pages), time.perf_counter()))
            super().submit(pages)

    return TimedPages


def _get(url: str) -> None:
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as answer:
        answer.read()


def pages_rows(quick: bool, only: set[str] = frozenset()) -> list[Row]:
    feeds = 200 if quick else FEEDS
    ready = multiprocessing.get_context("spawn").Queue()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(ready, feeds), daemon=True)
    server.start()
    try:
        port = ready.get(timeout=30)
        results = {}
        for mode in ("never", "auto"):
            runs = []
            for _ in range(1 if quick else 3):
                with TemporaryDirectory() as workdir:
                    runs.append(asyncio.run(_cycle(Path(workdir) / "veille.db", port, feeds, mode)))
                # each run restarts from a fresh database and the published feeds: restart the server
                server.kill()
                server.join()
                server = multiprocessing.get_context("spawn").Process(target=_serve, args=(ready, feeds),
                                                                      daemon=True)
                server.start()
                port = ready.get(timeout=30)
            results[mode] = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    finally:
        server.kill()
    scenario = f"pages: warm cycle, {feeds:,} feeds on {SITES} sites, 10 % with a new teaser entry"
    base, auto = results["never"], results["auto"]
    rows = [Row(scenario, 'veille, fulltext = "never" (no page)', base["wall"], base["cpu"],
                note=f"{base['new']:.0f} new, {base['alerts']:.0f} alerts (the word is only in the pages)"),
            Row(scenario, 'veille, fulltext = "auto"', auto["wall"], auto["cpu"],
                note=(f"{auto['wall'] / base['wall']:.2f}x; polls done at {auto['poll']:.2f} s, pages by "
                      f"{auto['wall']:.2f} s; {auto['alerts']:.0f} alerts via the page, reaching the outbox "
                      f"{auto['latency_median']:.2f} s (median) / {auto['latency_max']:.2f} s (max) after the poll "
                      f"that found its entry; CPU: main process only"))]
    return rows


def main() -> None:
    quick = "--quick" in sys.argv
    for row in pages_rows(quick):
        print(f"{row.scenario} | {row.contender} | wall {row.wall_s:.2f} s | cpu {row.cpu_s:.2f} s | {row.note}")
    print(f"peak RSS (main) {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
