"""Smoke tests of the benchmark scenarios at tiny sizes: Veille's farm contender, delivery,
freshness's bookkeeping and the footprint's config and process-tree measures."""
from __future__ import annotations

import os
import urllib.request

import feedparser

from bench.delivery import drain
from bench.farm import Farm, make_entry
from bench.footprint import LOOPBACK, spread_hosts, tree_cpu_seconds, tree_pss_mb, write_config
from bench.freshness import WATCH_QUERY, FreshnessResult
from bench.peers import CONTENDERS, run_chain
from bench.report import cycle_row, format_table
from bench.veille import farm_watches
from monitor.config import load_config
from monitor.deliver import Limits, Rate
from monitor.match.matcher import WatchMatcher
from monitor.model import Entry, Watch


def test_veille_contender_polls_the_farm_cold_warm_new10_in_its_own_processes():
    with Farm(feeds=10, entries=4, delay=0.0) as farm:
        cold, warm, new10 = run_chain(farm, CONTENDERS["veille"])
    assert (cold.entries_stored, cold.errors, cold.requests, cold.not_modified) == (40, 0, 10, 0)
    assert (warm.entries_stored, warm.not_modified) == (0, 10)
    assert (new10.entries_stored, new10.not_modified) == (1, 9)
    assert warm.bytes < cold.bytes / 5 and cold.cpu_s > 0
    assert "parse+match processes" in format_table([cycle_row(cold, 1)])


async def test_delivery_drains_every_chat_and_paces_one_chat():
    # The fake counts a chat's sends in the last `window` as it receives them: on a loaded
    # machine a burst held up in its threads arrives late, closer to the next paced send (one
    # 429 under faketime, with 0.9). Unpaced sends would still come within milliseconds.
    result = await drain([11, 12, 13, 14, 20, 20, 20], timeout=20, window=0.6)
    assert (result.alerts, result.chats, result.sent, result.lost, result.too_many) == (7, 5, 7, 0, 0)
    assert result.rate > 0 and len(result.gaps) == 6


async def test_delivery_counts_the_429s_of_pacing_faster_than_telegram_and_still_loses_nothing():
    burst = Limits(overall=Rate(1000.0, 100.0), private=Rate(1000.0, 100.0))
    result = await drain(list(range(100, 140)), burst, timeout=20)
    assert result.too_many > 0 and result.lost == 0 and result.sent == 40


def test_freshness_knows_the_title_the_farm_publishes_and_the_watch_matches_it():
    with Farm(feeds=3, entries=2, delay=0.0) as farm:
        [feed] = farm.publish(1 / 3)
        with urllib.request.urlopen(farm.url(feed), timeout=10) as response:
            newest = feedparser.parse(response.read()).entries[0]
    assert newest.title == make_entry(farm.seed, feed, farm.entries, 0).title
    matcher = WatchMatcher([Watch(1, "Entreprises suivies", WATCH_QUERY, 4001, "config")])
    entry = Entry(guid="g", link="https://example.fr/a", title=newest.title, text="")
    assert matcher.match(entry)


def test_freshness_percentiles_and_losses():
    result = FreshnessResult(5.0, 22, tuple(float(i) for i in range(1, 21)))
    assert result.lost == 2 and result.percentile(0.95) == 19.0 and result.percentile(0.5) == 10.0


def test_footprint_config_spreads_hosts_and_is_valid(tmp_path):
    urls = spread_hosts([f"http://127.0.0.1:8123/feed/{i}.xml" for i in range(8)], 8123)
    assert {url.split("//")[1].rsplit(":", 1)[0] for url in urls} == set(LOOPBACK)
    write_config(tmp_path, urls)
    config = load_config(tmp_path, env={})
    assert [f.url for f in config.feeds] == urls and {f.interval_seconds for f in config.feeds} == {10}
    assert len(config.watches) == len(farm_watches()) == 50


def test_process_tree_measures_see_this_process():
    assert tree_cpu_seconds(os.getpid()) > 0 and tree_pss_mb(os.getpid()) > 10
