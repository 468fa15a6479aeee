"""Micro-bench: process CPU per conditional GET answered 304, httpx vs aiohttp vs our Fetcher.

Against the 1,000-feed farm (bench/farm.py): one cold cycle collects the validators, then
`cycles` warm cycles of 1,000 conditional GETs (all 304) at `concurrency` in flight; prints the
median CPU per request of the warm cycles. Why the Fetcher is on aiohttp (issue 6).

    .venv/bin/python -m bench.fetchers --concurrency 128 256
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import aiohttp
import httpx

from bench.farm import Farm
from monitor.ingest.fetch import Fetcher, FetchLimits

Get = Callable[[str, dict[str, str]], Awaitable[tuple[int, dict[str, str]]]]


async def _cycles(get: Get, urls: list[str], cycles: int, concurrency: int) -> float:
    """Median warm-cycle process CPU per request, in ms."""
    slots = asyncio.Semaphore(concurrency)

    async def one(url: str, validators: dict[str, str]) -> tuple[int, dict[str, str]]:
        async with slots:
            return await get(url, validators)

    answers = await asyncio.gather(*(one(u, {}) for u in urls))
    validators = [v for _, v in answers]
    per_request = []
    for _ in range(cycles):
        started = time.process_time()
        answers = await asyncio.gather(*(one(u, v) for u, v in zip(urls, validators)))
        per_request.append((time.process_time() - started) / len(urls) * 1000)
        assert all(status == 304 for status, _ in answers), "the farm should answer 304 to every feed"
    return statistics.median(per_request)


def _conditional(etag: str | None, last_modified: str | None) -> dict[str, str]:
    return {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}


async def _httpx(urls: list[str], cycles: int, concurrency: int) -> float:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, trust_env=False) as client:
        async def get(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
            response = await client.get(url, headers=headers)
            return response.status_code, _conditional(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        return await _cycles(get, urls, cycles, concurrency)


async def _aiohttp(urls: list[str], cycles: int, concurrency: int) -> float:
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector, auto_decompress=False, trust_env=False) as session:
        async def get(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                await response.read()
                return response.status, _conditional(response.headers.get("ETag"), response.headers.get("Last-Modified"))
        return await _cycles(get, urls, cycles, concurrency)


async def _fetcher(urls: list[str], cycles: int, concurrency: int) -> float:
    async with Fetcher(FetchLimits(max_connections=concurrency, per_host=concurrency)) as fetcher:
        async def get(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
            fetched = await fetcher.fetch(url, headers.get("If-None-Match"), headers.get("If-Modified-Since"))
            return fetched.status, _conditional(fetched.etag, fetched.last_modified)
        return await _cycles(get, urls, cycles, concurrency)


CLIENTS = {"httpx": _httpx, "aiohttp": _aiohttp, "Fetcher": _fetcher}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[128])
    parser.add_argument("--cycles", type=int, default=2)
    parser.add_argument("--feeds", type=int, default=1000)
    args = parser.parse_args(argv)
    with Farm(feeds=args.feeds, entries=30, delay=0.15) as farm:
        urls = farm.feed_urls()
        for concurrency in args.concurrency:
            for name, client in CLIENTS.items():
                ms = asyncio.run(client(urls, args.cycles, concurrency))
                print(f"{name:8} concurrency {concurrency:4}: {ms:.2f} ms CPU per 304", flush=True)


if __name__ == "__main__":
    main()
