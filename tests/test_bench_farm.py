"""Smoke test of the benchmark's feed farm (a real server process) and of its cycle harness."""
from __future__ import annotations

import gzip
import time
from dataclasses import replace
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import feedparser
import pytest

from bench.farm import COMPANIES, Farm, FeedState, is_not_modified, make_entry, select_feeds
from bench.peers import CONTENDERS, run_chain
from bench.report import cycle_row, format_table, median_result
from monitor.query import title_key


def get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


@pytest.fixture(scope="module")
def farm():
    with Farm(feeds=6, entries=5, delay=0.1) as farm:
        yield farm


def test_feeds_are_distinct_french_rss_with_validators(farm):
    bodies = [get(farm.url(i)) for i in range(6)]
    assert {status for status, _, _ in bodies} == {200}
    assert len({body for _, _, body in bodies}) == 6
    parsed = feedparser.parse(bodies[0][2])
    assert not parsed.bozo and len(parsed.entries) == 5
    assert any(ch in parsed.entries[0].title + parsed.entries[0].summary for ch in "éèàçô")
    assert "<p>" in parsed.entries[0].summary  # HTML in summaries
    assert all(e.get("id") and e.get("link") and e.get("published_parsed") for e in parsed.entries)
    headers = bodies[0][1]
    assert headers["etag"] and headers["last-modified"]
    assert get(farm.url(99))[0] == 404


def test_conditional_get_answers_304_and_gzip_only_when_asked(farm):
    _, headers, body = get(farm.url(1))
    assert get(farm.url(1), **{"If-None-Match": headers["etag"]})[:1] == (304,)
    assert get(farm.url(1), **{"If-Modified-Since": headers["last-modified"]})[0] == 304
    assert get(farm.url(1), **{"If-None-Match": '"other"'})[0] == 200
    status, zipped_headers, zipped = get(farm.url(1), **{"Accept-Encoding": "gzip"})
    assert zipped_headers.get("content-encoding") == "gzip" and gzip.decompress(zipped) == body
    assert "content-encoding" not in headers


def test_publish_changes_exactly_the_chosen_feeds(farm):
    before = {i: get(farm.url(i)) for i in range(6)}
    published = farm.publish(fraction=0.5)
    assert len(published) == 3
    for i, (_, headers, body) in before.items():
        status, new_headers, new_body = get(farm.url(i), **{"If-None-Match": headers["etag"]})
        if i in published:
            assert status == 200 and new_headers["etag"] != headers["etag"]
            old, new = feedparser.parse(body).entries, feedparser.parse(new_body).entries
            assert len(new) == 5 and new[0].id not in {e.id for e in old}  # newest first
            assert [e.id for e in new[1:]] == [e.id for e in old[:4]]
        else:
            assert status == 304


def test_stats_count_requests_and_bytes_and_delays_do_not_serialise(farm):
    farm.reset_stats()
    started = time.perf_counter()
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda i: get(farm.url(i)), range(6)))
    elapsed = time.perf_counter() - started
    assert elapsed < 6 * 0.1 * 0.8  # six 100 ms answers overlapped
    stats = farm.stats()
    assert stats.requests == stats.ok == 6 and stats.not_modified == 0
    assert stats.bytes_sent > sum(len(body) for _, _, body in answers)  # headers counted too
    assert stats.max_in_flight > 1
    farm.reset_stats()
    assert farm.stats().requests == 0


def test_publish_selection_is_evenly_spaced_so_a_prefix_sample_gets_its_share():
    for round_no in range(12):
        chosen = select_feeds(1000, 0.1, round_no)
        assert len(chosen) == 100 and sum(1 for i in chosen if i < 100) == 10
    assert select_feeds(10, 0.0, 0) == []


def test_titles_across_the_farm_are_almost_all_distinct_and_name_a_company():
    # As a real outlet's: a repeated headline is rare, so same-story detection is not flooded.
    titles = [make_entry(1, feed, number, 0).title for feed in range(1000) for number in range(30)]
    keys = {title_key(title) for title in titles}
    assert len(titles) - len(keys) < 0.005 * len(titles)
    assert all(any(company in title for company in COMPANIES) for title in titles[:500])
    # Deterministic per (seed, feed, number); another seed is another farm.
    assert make_entry(1, 7, 3, 0) == make_entry(1, 7, 3, 0)
    assert make_entry(2, 7, 3, 0).title != make_entry(1, 7, 3, 0).title


def test_if_none_match_wins_over_if_modified_since():
    feed = FeedState(seed=1, index=0, entries=3, anchor=1_700_000_000)
    since = "Tue, 14 Nov 2030 22:13:20 GMT"  # after Last-Modified
    assert is_not_modified(feed, {"if-modified-since": since})
    assert not is_not_modified(feed, {"if-none-match": '"stale"', "if-modified-since": since})
    assert is_not_modified(feed, {"if-none-match": f'"x", W/{feed.etag}'})


@pytest.mark.parametrize(
    ("name", "sample", "feeds", "new10_stored", "new10_304"),
    [("sequential", 1.0, 10, 1, 9), ("reader", 1.0, 10, 1, 9),
     ("sequential", 0.5, 20, 2, 18)],  # 10 feeds of 20 measured, counts x2
)
def test_a_chain_of_cycles_measures_each_peer_in_its_own_process(name, sample, feeds, new10_stored, new10_304):
    with Farm(feeds=feeds, entries=4, delay=0.0) as farm:
        spec = replace(CONTENDERS[name], sample=sample)
        cold, warm, new10 = run_chain(farm, spec, workers=2 if spec.workers else 0)
    assert cold.scale == 1 / sample and cold.feeds == feeds
    assert cold.entries_stored == 4 * feeds and cold.errors == 0
    assert cold.requests == feeds and cold.not_modified == 0
    assert warm.entries_stored == 0 and warm.not_modified == warm.requests == feeds
    assert (new10.entries_stored, new10.not_modified) == (new10_stored, new10_304)
    assert warm.bytes < cold.bytes / 5
    assert cold.cpu_s > 0 and cold.peak_rss_mb > 10 and cold.wall_s > 0
    table = format_table([cycle_row(median_result([r]), 1) for r in (cold, warm, new10)])
    assert table.count(name) == 3 and ("~" in table) == (sample < 1)
