"""The fetch step against a real HTTP server on 127.0.0.1: validators, redirects, failures, limits."""
from __future__ import annotations

import asyncio
import email.utils
import gc
import gzip
import ipaddress
import pickle
import re
import shutil
import socket
import ssl
import subprocess
import time
import tracemalloc
import warnings
import zlib
from datetime import datetime, timezone

import pytest

from monitor.ingest.addresses import is_public_address
from monitor.ingest.fetch import FetchError, Fetcher, FetchLimits, parse_retry_after
from tests.feedserver import FeedServer, Route, rss

FEED = rss([{"title": "Licenciements chez AWS", "link": "https://example.fr/a", "guid": "a"}])
FAST = FetchLimits(connect_timeout=2.0, read_timeout=2.0, deadline=5.0, max_bytes=64 * 1024)


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


async def fetch(url: str, limits: FetchLimits = FAST, **kw):
    async with Fetcher(limits) as fetcher:
        return await fetcher.fetch(url, **kw)


async def fetch_error(url: str, limits: FetchLimits = FAST, **kw) -> FetchError:
    with pytest.raises(FetchError) as info:
        await fetch(url, limits, **kw)
    assert info.value.kind in FetchError.KINDS
    return info.value


async def test_200_then_conditional_get_answers_304(server):
    server.set("/feed.xml", Route(body=FEED))
    first = await fetch(server.url("/feed.xml"))
    assert (first.status, first.body, first.permanent_url) == (200, FEED, None)
    assert first.final_url == first.url == server.url("/feed.xml")
    assert first.content_type.startswith("application/rss+xml")
    assert first.etag and first.last_modified
    assert first.wire_bytes == len(FEED)

    second = await fetch(server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert (second.status, second.body) == (304, b"")
    assert (second.etag, second.last_modified) == (first.etag, first.last_modified)
    sent = server.requests_to("/feed.xml")[-1].headers
    assert sent["if-none-match"] == first.etag
    assert sent["if-modified-since"] == first.last_modified

    server.publish("/feed.xml", FEED + b"\n")
    third = await fetch(server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert third.status == 200 and third.etag != first.etag


async def test_one_connection_serves_a_cycle_of_200s_and_304s(server):
    """Keep-alive survives a 304: a warm cycle must not reconnect for every feed."""
    server.set("/feed.xml", Route(body=FEED))
    async with Fetcher(FAST) as fetcher:
        first = await fetcher.fetch(server.url("/feed.xml"))
        for _ in range(3):
            again = await fetcher.fetch(server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
            assert again.status == 304
    assert server.connections == 1


async def test_a_wide_limit_is_used_in_full_and_never_exceeded(server):
    """24 connections allowed, 48 slow fetches: 24 in flight at once, never more."""
    server.set("/slow.xml", Route(body=FEED, delay=0.4))
    limits = FetchLimits(max_connections=24, per_host=24, deadline=5.0)
    async with Fetcher(limits) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(server.url("/slow.xml")) for _ in range(48)))
    assert all(r.status == 200 for r in results)
    assert server.max_in_flight == 24
    assert server.connections <= 24  # the second round reuses the first round's connections


async def test_user_agent_and_accept_encoding_are_sent(server):
    server.set("/feed.xml", Route(body=FEED))
    await fetch(server.url("/feed.xml"))
    headers = server.requests_to("/feed.xml")[0].headers
    assert headers["user-agent"].startswith("Veille/")
    assert "gzip" in headers["accept-encoding"]
    assert "if-none-match" not in headers


async def test_gzip_body_is_decoded_and_wire_bytes_counted(server):
    body = rss([{"title": f"Article {i}", "guid": str(i)} for i in range(200)])
    server.set("/feed.xml", Route(body=body, gzip=True))
    fetched = await fetch(server.url("/feed.xml"))
    assert fetched.body == body
    assert 0 < fetched.wire_bytes < len(body) // 3


@pytest.mark.parametrize("wrap", [zlib.compress, lambda b: zlib.compress(b)[2:-4]], ids=["zlib", "raw"])
async def test_deflate_body_zlib_wrapped_or_raw(server, wrap):
    server.set("/feed.xml", Route(body=wrap(FEED), headers={"Content-Encoding": "deflate"}))
    assert (await fetch(server.url("/feed.xml"))).body == FEED


@pytest.mark.parametrize("status, permanent", [(301, True), (308, True), (302, False), (307, False)])
async def test_redirect_followed_and_permanence_reported(server, status, permanent):
    server.set("/old.xml", Route(status=status, headers={"Location": "/new.xml"}))
    server.set("/new.xml", Route(body=FEED))
    fetched = await fetch(server.url("/old.xml"))
    assert fetched.body == FEED
    assert fetched.url == server.url("/old.xml")
    assert fetched.final_url == server.url("/new.xml")
    assert fetched.permanent_url == (server.url("/new.xml") if permanent else None)


async def test_chain_with_one_temporary_hop_is_not_permanent(server):
    server.set("/a", Route(status=301, headers={"Location": "/b"}))
    server.set("/b", Route(status=302, headers={"Location": "/c"}))
    server.set("/c", Route(body=FEED))
    fetched = await fetch(server.url("/a"))
    assert (fetched.final_url, fetched.permanent_url) == (server.url("/c"), None)


async def test_redirect_loop_is_an_error(server):
    server.set("/a", Route(status=302, headers={"Location": "/b"}))
    server.set("/b", Route(status=302, headers={"Location": "/a"}))
    err = await fetch_error(server.url("/a"))
    assert err.kind == "redirects" and "loop" in str(err)
    assert len(server.requests) == 2


async def test_too_many_redirects(server):
    for i in range(10):
        server.set(f"/r{i}", Route(status=301, headers={"Location": f"/r{i + 1}"}))
    err = await fetch_error(server.url("/r0"), FetchLimits(max_redirects=3))
    assert err.kind == "redirects" and "too many redirects" in str(err)
    assert len(server.requests) == 4  # the first request and 3 redirects


async def test_redirect_to_another_scheme_is_refused(server):
    server.set("/a", Route(status=301, headers={"Location": "file:///etc/passwd"}))
    err = await fetch_error(server.url("/a"))
    assert err.kind == "not_allowed"


async def test_404_and_410(server):
    err = await fetch_error(server.url("/missing.xml"))
    assert (err.kind, err.status, str(err)) == ("http", 404, "HTTP 404 Not Found")
    server.set("/gone.xml", Route(status=410, body=b"gone"))
    err = await fetch_error(server.url("/gone.xml"))
    assert (err.kind, err.status) == ("gone", 410)
    assert "removed" in str(err)


async def test_500_has_no_retry_after_but_503_does(server):
    server.set("/500", Route(status=500, headers={"Retry-After": "30"}))
    server.set("/503", Route(status=503, headers={"Retry-After": "120"}))
    err = await fetch_error(server.url("/500"))
    assert (err.kind, err.status, err.retry_after) == ("http", 500, None)
    err = await fetch_error(server.url("/503"))
    assert (err.kind, err.status, err.retry_after) == ("http", 503, 120.0)
    assert str(err) == "HTTP 503 Service Unavailable (retry after 120 s)"


async def test_429_retry_after_seconds_and_http_date(server):
    server.set("/s", Route(status=429, headers={"Retry-After": "7"}))
    when = email.utils.formatdate(time.time() + 300, usegmt=True)
    server.set("/d", Route(status=429, headers={"Retry-After": when}))
    assert (await fetch_error(server.url("/s"))).retry_after == 7.0
    err = await fetch_error(server.url("/d"))
    assert err.status == 429 and 290 <= err.retry_after <= 301


@pytest.mark.parametrize("value, expected", [
    ("120", 120.0), (" 5 ", 5.0), ("-3", 0.0), ("", None), (None, None), ("soon", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 60.0), ("Wed, 21 Oct 2015 07:26:00 GMT", 0.0),
])
def test_parse_retry_after(value, expected):
    now = datetime(2015, 10, 21, 7, 27, tzinfo=timezone.utc)
    assert parse_retry_after(value, now) == expected


async def test_silent_server_times_out(server):
    server.set("/slow", Route(body=FEED, delay=1.0))
    limits = FetchLimits(read_timeout=0.2, deadline=5.0)
    started = time.monotonic()
    err = await fetch_error(server.url("/slow"), limits)
    assert err.kind == "timeout" and "0.2 s" in str(err)
    assert time.monotonic() - started < 0.9


async def test_dripping_body_is_ended_by_the_deadline(server):
    # each byte arrives well within the read timeout, but the whole body never would
    server.set("/drip", Route(body=FEED, drip=0.02))
    limits = FetchLimits(read_timeout=2.0, deadline=0.5)
    started = time.monotonic()
    err = await fetch_error(server.url("/drip"), limits)
    assert (err.kind, str(err)) == ("timeout", "timed out after 0.5 s")
    assert time.monotonic() - started < 1.5


async def test_body_over_max_bytes(server):
    server.set("/big", Route(body=b"x" * (FAST.max_bytes + 1), validators=False))
    err = await fetch_error(server.url("/big"))
    assert err.kind == "too_large" and str(err) == "body larger than 64 KiB"
    server.set("/exact", Route(body=b"x" * FAST.max_bytes, validators=False))
    assert len((await fetch(server.url("/exact"))).body) == FAST.max_bytes


async def test_gzip_bomb_is_cut_at_the_cap_without_inflating_it(server):
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)  # ~50 KB on the wire
    server.set("/bomb", Route(body=bomb, headers={"Content-Encoding": "gzip"}, validators=False))
    limits = FetchLimits(max_bytes=1024 * 1024)
    tracemalloc.start()
    try:
        err = await fetch_error(server.url("/bomb"), limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.kind == "too_large" and "1 MiB" in str(err)
    assert peak < 8 * 1024 * 1024  # never near the 50 MB the bomb would inflate to


async def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    err = await fetch_error(f"http://127.0.0.1:{port}/feed.xml")
    assert err.kind == "network" and "refused" in str(err)


async def raw_server(reply: bytes, ssl_context: ssl.SSLContext | None = None) -> asyncio.Server:
    """A TCP server on 127.0.0.1 that reads the request head and answers `reply` as is, then hangs up."""
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(reply)
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()
    return await asyncio.start_server(answer, "127.0.0.1", 0, ssl=ssl_context)


@pytest.mark.parametrize("reply, message", [
    (b"", "network error: server disconnected"),
    (b"NOT HTTP AT ALL\r\n\r\n", "network error: invalid HTTP response: "),
    (b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<rss>", "network error: "),
], ids=["hangs up", "not http", "body cut short"])
async def test_broken_servers_give_readable_network_errors(reply, message):
    async with await raw_server(reply) as srv:
        err = await fetch_error(f"http://127.0.0.1:{srv.sockets[0].getsockname()[1]}/feed.xml")
    assert err.kind == "network" and str(err).startswith(message), str(err)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="makes its certificate with the openssl command")
async def test_tls_certificate_is_verified(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                    "-keyout", key, "-out", cert, "-days", "1"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    async with await raw_server(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", context) as srv:
        err = await fetch_error(f"https://127.0.0.1:{srv.sockets[0].getsockname()[1]}/feed.xml")
    assert err.kind == "network"
    assert str(err).startswith("cannot connect: TLS certificate not valid: self"), str(err)  # self-signed


def test_a_fetcher_made_outside_a_loop_works_and_closes_cleanly(server):
    server.set("/feed.xml", Route(body=FEED))
    fetcher = Fetcher(FAST)  # as some callers do: no event loop is running yet

    async def use() -> bytes:
        body = (await fetcher.fetch(server.url("/feed.xml"))).body
        await fetcher.aclose()
        await fetcher.aclose()  # twice is harmless
        return body

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert asyncio.run(use()) == FEED
        gc.collect()
    assert not [w for w in caught if "nclosed" in str(w.message)], [str(w.message) for w in caught]


@pytest.mark.parametrize("url, kind", [
    ("ftp://example.fr/feed", "not_allowed"), ("file:///etc/passwd", "not_allowed"),
    ("javascript:alert(1)", "bad_url"), ("http://", "bad_url"), ("not a url", "bad_url"),
    ("http://[::1/", "bad_url"), ("http://ex\x00a.fr/", "bad_url"), ("", "bad_url"),
])
async def test_bad_addresses(url, kind):
    assert (await fetch_error(url)).kind == kind


async def test_overall_concurrency_is_bounded(server):
    server.set("/slow", Route(body=FEED, delay=0.2))
    limits = FetchLimits(max_connections=3, per_host=100)
    async with Fetcher(limits) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(server.url("/slow")) for _ in range(9)))
    assert all(r.body == FEED for r in results)
    assert server.max_in_flight == 3


async def test_per_host_concurrency_is_bounded():
    with FeedServer() as one, FeedServer() as two:
        for srv in (one, two):
            srv.set("/slow", Route(body=FEED, delay=0.3))
        limits = FetchLimits(max_connections=10, per_host=2)
        async with Fetcher(limits) as fetcher:
            urls = [srv.url("/slow") for srv in (one, two) for _ in range(6)]
            started = time.monotonic()
            await asyncio.gather(*(fetcher.fetch(u) for u in urls))
            elapsed = time.monotonic() - started
    assert (one.max_in_flight, two.max_in_flight) == (2, 2)
    assert elapsed < 1.5  # side by side: 3 rounds of 0.3 s, where one host after the other takes 1.8 s


async def test_loopback_refused_unless_private_allowed(server):
    server.set("/feed.xml", Route(body=FEED))
    err = await fetch_error(server.url("/feed.xml"), private_ok=False)
    assert err.kind == "not_allowed" and "127.0.0.1" in str(err)
    err = await fetch_error(f"http://localhost:{server.port}/feed.xml", private_ok=False)
    assert err.kind == "not_allowed"
    assert server.requests == []  # refused before any request was sent
    assert (await fetch(server.url("/feed.xml"), private_ok=True)).body == FEED


async def test_a_busy_host_does_not_starve_the_others():
    with FeedServer() as busy, FeedServer() as other:
        busy.set("/slow", Route(body=FEED, delay=0.3))
        other.set("/fast", Route(body=FEED))
        async with Fetcher(FetchLimits(max_connections=4, per_host=2)) as fetcher:
            queued = [asyncio.create_task(fetcher.fetch(busy.url("/slow"))) for _ in range(8)]
            await asyncio.sleep(0.05)  # the busy host's fetches are all waiting for slots
            started = time.monotonic()
            await fetcher.fetch(other.url("/fast"))
            waited = time.monotonic() - started
            await asyncio.gather(*queued)
    assert waited < 0.6  # not behind the busy host's queue (3 more rounds of 0.3 s)
    assert busy.max_in_flight == 2


async def test_a_name_is_checked_on_the_addresses_the_connection_uses(server):
    """The check sits in the resolver the connector uses: no separate lookup a DNS rebind could fool."""
    server.set("/feed.xml", Route(body=FEED))
    checked = []

    def localhost_is_public(host, address):
        checked.append((host, address))
        return host == "localhost"

    async with Fetcher(FAST, allowed=localhost_is_public) as fetcher:
        assert (await fetcher.fetch(f"http://localhost:{server.port}/feed.xml", private_ok=False)).body == FEED
    assert ("localhost", ipaddress.ip_address("127.0.0.1")) in checked
    assert {host for host, _ in checked} == {"localhost"}

    err = await fetch_error(f"http://localhost:{server.port}/feed.xml", private_ok=False)
    assert re.fullmatch(r"localhost is a private address \((127\.0\.0\.1|::1)\): not allowed", str(err)), str(err)
    assert len(server.requests) == 1  # the refused fetch never connected


def loopback_is_public(host, address):
    """The literal 127.0.0.1 counts as public: the test server stands in for a public site (localhost does not)."""
    return host == "127.0.0.1" or is_public_address(address)


@pytest.mark.parametrize("target", ["http://localhost:{port}/b", "http://169.254.169.254/latest/meta-data/",
                                    "http://[::1]:{port}/b"])
async def test_private_address_checked_again_after_redirect(server, target):
    server.set("/a", Route(status=302, headers={"Location": target.format(port=server.port)}))
    server.set("/b", Route(body=FEED))
    async with Fetcher(FAST, allowed=loopback_is_public) as fetcher:
        with pytest.raises(FetchError) as info:
            await fetcher.fetch(server.url("/a"), private_ok=False)
    assert info.value.kind == "not_allowed"
    assert [r.path for r in server.requests] == ["/a"]  # the redirect was not followed


async def test_public_first_hop_is_fetched_when_private_refused(server):
    server.set("/b", Route(body=FEED))
    async with Fetcher(FAST, allowed=loopback_is_public) as fetcher:
        assert (await fetcher.fetch(server.url("/b"), private_ok=False)).body == FEED


@pytest.mark.parametrize("address, public", [
    ("127.0.0.1", False), ("127.8.8.8", False), ("10.1.2.3", False), ("172.16.0.1", False),
    ("192.168.1.1", False), ("169.254.169.254", False), ("169.254.1.1", False), ("0.0.0.0", False),
    ("100.64.0.1", False), ("100.100.100.200", False), ("224.0.0.1", False), ("255.255.255.255", False),
    ("::1", False), ("::", False), ("fe80::1", False), ("fc00::1", False), ("fd00:ec2::254", False),
    ("ff02::1", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
    ("2002:7f00:1::", False), ("64:ff9b::a00:1", False), ("2002:808:808::", False),
    ("8.8.8.8", True), ("151.101.2.132", True), ("2606:4700:4700::1111", True),
    ("::ffff:8.8.8.8", True),
])
def test_is_public_address(address, public):
    assert is_public_address(address) is public
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_fetch_error_survives_pickling():
    err = FetchError("http", "HTTP 503 Service Unavailable", url="http://x/", status=503, retry_after=3.0)
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.kind, str(copy), copy.url, copy.status, copy.retry_after) == ("http", str(err), "http://x/", 503, 3.0)


def test_limits_defaults_match_the_contract():
    limits = FetchLimits()
    assert (limits.connect_timeout, limits.read_timeout, limits.deadline) == (10.0, 20.0, 60.0)
    assert (limits.max_bytes, limits.max_redirects, limits.max_connections, limits.per_host) == (
        10 * 1024 * 1024, 5, 32, 4)
    assert "Veille" in limits.user_agent
