"""Benchmark: the web page's live preview over HTTP against the plain CLI `search` path (issue 14).

Run: .venv/bin/python -m bench.web [--quick] [--articles N] [--requests N]
50,000 generated articles (bench/matching.py's French tech-news shape) stored over the last 7 days (5,000 with --quick) and indexed; `run`'s
Monitor serves the page on 127.0.0.1; the preview of typical queries, keystroke by keystroke,
is asked over HTTP (p50/p95 ms: 20 articles shown and the matches counted), side by side with
`search_query` called directly on the same database for 20 articles (what `veille search --since
7d --limit 20` does, without starting Python). Meanwhile a ticker on
the monitor's event loop records its worst lag: the preview must never hold up polling or the bot.
"""
from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import aiohttp

from bench.matching import _rare_names, make_articles
from bench.report import Row
from monitor.config import load_config
from monitor.match.search import search_query
from monitor.query import analyse, parse_query, terms_for_index, title_key
from monitor.runtime.run import Monitor
from monitor.store import open_database, transaction
from monitor.store.feeds import add_feed, remove_feed
from monitor.store.indexing import index_pending
from monitor.times import to_iso, utcnow
from monitor.web.preview import PREVIEW_DAYS, SHOWN

QUERIES = ("licenciements AWS", "cyber* (attaque OR rançongiciel)", "title:Nvidia", '"plan social"',
           '(Azure OR AWS OR "Google Cloud") panne', "Orange -grève", "intelligence artificielle Mistral")


def keystrokes(queries: tuple[str, ...]) -> list[str]:
    """What the page asks while each query is typed: a prefix every few characters (the ~250 ms
    debounce lets a few through), the whole query last; only the ones that parse are timed."""
    out = []
    for query in queries:
        out += [query[:n] for n in range(3, len(query), 4)] + [query]
    return out


def seed(db_path: Path, articles: int, rng: random.Random) -> None:
    db = open_database(db_path)
    now = utcnow()
    feed_id = add_feed(db, "Bench", "https://bench.example/rss", None, now).id
    rows = []
    # French tech-news shape, as bench/matching.py makes them: a watched word is in a few % of articles.
    for i, (title, text) in enumerate(make_articles(rng, articles, _rare_names(rng, 20_000)), start=1):
        stamp = to_iso(now - timedelta(days=PREVIEW_DAYS) * (i / articles) * 0.99)
        rows.append((i, feed_id, i, f"g{i}", f"https://bench.example/{i}", title, text, stamp, stamp, str(i),
                     title_key(title), terms_for_index(analyse(title, text))))
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO entries (id, feed_id, story_id, guid, link, title, text, published, first_seen,"
            " content_hash, title_key, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    index_pending(db)
    remove_feed(db, feed_id)  # its articles stay; nobody polls bench.example
    db.conn.close()


def baseline_ms(db_path: Path, texts: list[str]) -> list[float]:
    db = open_database(db_path, create=False)
    times = []
    for text in texts:
        query = parse_query(text)
        started = time.perf_counter()
        search_query(db, query, since=utcnow() - timedelta(days=PREVIEW_DAYS), limit=SHOWN)
        times.append((time.perf_counter() - started) * 1000)
    db.conn.close()
    return times


async def worst_lag_while(work) -> tuple[object, float]:
    """What `work` returns, and the worst lateness (ms) of a 5 ms ticker on this loop meanwhile:
    what the scheduler and the bot would feel."""
    stop, worst = asyncio.Event(), 0.0

    async def ticker() -> None:
        nonlocal worst
        while not stop.is_set():
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            worst = max(worst, time.perf_counter() - started - 0.005)

    tick = asyncio.create_task(ticker())
    try:
        return await work, worst * 1000
    finally:
        stop.set()
        await tick


async def preview_ms(directory: Path, db_path: Path, texts: list[str]) -> tuple[list[float], float, float]:
    """Preview latencies over HTTP; the loop's worst lag while they run, and while idle as long."""
    monitor = Monitor(load_config(directory), directory, db_path, None, env={})
    async with monitor:
        base = f"http://127.0.0.1:{monitor.web.port}/api/preview"

        async def ask_all() -> list[float]:
            times = []
            async with aiohttp.ClientSession() as http:
                for text in texts:
                    started = time.perf_counter()
                    async with http.get(base, params={"q": text}) as response:
                        await response.read()
                    times.append((time.perf_counter() - started) * 1000)
            return times

        started = time.perf_counter()
        times, busy_lag = await worst_lag_while(ask_all())
        _, idle_lag = await worst_lag_while(asyncio.sleep(time.perf_counter() - started))
    return times, busy_lag, idle_lag


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def web_rows(quick: bool, articles: int | None = None, rounds: int = 3) -> list[Row]:
    articles = articles or (5_000 if quick else 50_000)
    texts = [t for t in keystrokes(QUERIES) if _parses(t)] * (1 if quick else rounds)
    with tempfile.TemporaryDirectory(prefix="veille-bench-web-") as tmp:
        directory, db_path = Path(tmp), Path(tmp) / "veille.db"
        (directory / "feeds.toml").write_text("")
        (directory / "keywords.toml").write_text('[web]\nlisten = "127.0.0.1:0"\n')
        started = time.perf_counter()
        seed(db_path, articles, random.Random(14))
        print(f"[bench] web: {articles:,} articles stored and indexed in {time.perf_counter() - started:.0f} s",
              flush=True)
        http, lag, idle = asyncio.run(preview_ms(directory, db_path, texts))
        direct = baseline_ms(db_path, texts)
    scenario = f"web preview, {articles:,} articles"
    ratio = p95(http) / p95(direct)
    print(f"[bench] web: preview p95 {p95(http):.1f} ms over HTTP, {p95(direct):.1f} ms direct search "
          f"({ratio:.2f}x); worst event-loop lag {lag:.1f} ms (idle: {idle:.1f} ms); {len(texts)} requests",
          flush=True)
    return [
        Row(scenario, "veille page (HTTP, preview process)", p95(http) / 1000,
            note=f"p95 {p95(http):.1f} ms, p50 {statistics.median(http):.1f} ms, {len(texts)} requests, "
                 f"loop lag max {lag:.1f} ms (idle {idle:.1f} ms)"),
        Row(scenario, "CLI search path (direct)", p95(direct) / 1000,
            note=f"p95 {p95(direct):.1f} ms, p50 {statistics.median(direct):.1f} ms; HTTP ÷ direct {ratio:.2f}"),
    ]


def _parses(text: str) -> bool:
    try:
        parse_query(text)
    except ValueError:
        return False
    return True


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.web", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--articles", type=int)
    parser.add_argument("--rounds", type=int, default=3, help="times each keystroke sequence is replayed")
    args = parser.parse_args(argv)
    for row in web_rows(args.quick, args.articles, args.rounds):
        print(f"{row.scenario:<32} {row.contender:<36} {row.wall_s * 1000:8.1f} ms  {row.note}")


if __name__ == "__main__":
    main()
