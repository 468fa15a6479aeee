"""Trust per request, against real servers on loopback (issue 10): `private_ok=False` (a feed
added in chat) never reaches a private address, by name, literal or redirect; `private_ok=True`
(the operator's feeds.toml) reaches the same; page fetches choose their Accept, types and cap."""
from __future__ import annotations

import asyncio
import ipaddress
import socket
import time

import pytest
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import ThreadedResolver

from monitor.ingest.addresses import is_public_address
from monitor.ingest.fetch import HTML_TYPES, PAGE_ACCEPT, FetchError, Fetcher, FetchLimits
from tests.feedserver import FeedServer, Route, rss

FEED = rss([{"title": "Licenciements chez AWS", "link": "https://example.fr/a", "guid": "a"}])
FAST = FetchLimits(connect_timeout=2.0, read_timeout=2.0, deadline=5.0, max_bytes=64 * 1024)
PUBLIC_NAME = "news.example.fr"  # a public-looking name; the tests' resolver answers 127.0.0.1 for it


class StaticResolver(AbstractResolver):
    """Answers from a table, as a DNS server would, other names as the system does; what the guard
    checks is what this returns."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET):
        if host not in self.names:
            return await ThreadedResolver().resolve(host, port, family)
        address = self.names[host]
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [{"hostname": host, "host": address, "port": port, "family": family, "proto": 0,
                 "flags": socket.AI_NUMERICHOST}]

    async def close(self) -> None:
        pass


def public_name_is_public(host: str, address) -> bool:
    """PUBLIC_NAME stands in for a public site: the guard lets it through, whatever its address."""
    return host == PUBLIC_NAME or is_public_address(address)


@pytest.fixture
def server():
    with FeedServer() as srv:
        srv.set("/feed.xml", Route(body=FEED))
        yield srv


def fetcher(**kw) -> Fetcher:
    return Fetcher(FAST, resolver=StaticResolver({PUBLIC_NAME: "127.0.0.1"}), **kw)


async def fetch(url: str, **kw):
    async with fetcher() as f:
        return await f.fetch(url, **kw)


LOOPBACK = {  # ways a URL may name the test server on 127.0.0.1
    "literal": "127.0.0.1", "name": "localhost", "mapped": "[::ffff:127.0.0.1]", "resolved name": PUBLIC_NAME,
    "hex name": "0x7f.1",  # not an IP literal to yarl, 127.0.0.1 to getaddrinfo: the resolver's guard decides
}
SHOWN = {"[::ffff:127.0.0.1]": "::ffff:7f00:1"}  # a refusal names the host as yarl writes it


@pytest.mark.parametrize("host", LOOPBACK.values(), ids=LOOPBACK.keys())
async def test_loopback_is_refused_when_private_is_not_ok(server, host):
    with pytest.raises(FetchError) as info:
        await fetch(f"http://{host}:{server.port}/feed.xml", private_ok=False)
    err = info.value
    assert err.kind == "not_allowed"
    shown = SHOWN.get(host, host)
    assert str(err).startswith(f"{shown} is a private address (") and str(err).endswith("): not allowed")
    assert server.requests == []  # refused before any request reached the server


@pytest.mark.parametrize("address", ["::1", "::ffff:127.0.0.1", "64:ff9b::127.0.0.1", "2002:7f00:1::1",
                                     "169.254.169.254", "10.0.0.1"])
async def test_a_name_resolving_to_a_private_form_is_refused(server, address):
    """The guard judges what the name resolves to, IPv6 forms embedding IPv4 included."""
    async with Fetcher(FAST, resolver=StaticResolver({PUBLIC_NAME: address})) as f:
        with pytest.raises(FetchError) as info:
            await f.fetch(f"http://{PUBLIC_NAME}:{server.port}/feed.xml", private_ok=False)
    refusal = f"{PUBLIC_NAME} is a private address ({ipaddress.ip_address(address)}): not allowed"
    assert (info.value.kind, str(info.value)) == ("not_allowed", refusal)
    assert server.requests == []


@pytest.mark.parametrize("private_ok", [False, True])
@pytest.mark.parametrize("host", ["127.1", "2130706433"])
async def test_non_canonical_ipv4_is_no_address_at_all(server, host, private_ok):
    """What getaddrinfo would read as 127.0.0.1 is refused before any lookup, on either trust."""
    with pytest.raises(FetchError) as info:
        await fetch(f"http://{host}:{server.port}/feed.xml", private_ok=private_ok)
    assert info.value.kind == "bad_url" and "not a valid feed address" in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize("host", LOOPBACK.values(), ids=LOOPBACK.keys())
async def test_loopback_is_fetched_when_private_is_ok(server, host):
    fetched = await fetch(f"http://{host}:{server.port}/feed.xml", private_ok=True)
    assert (fetched.status, fetched.body) == (200, FEED)
    assert len(server.requests) == 1


@pytest.fixture
async def ipv6_loopback():
    """A server on [::1] that answers FEED to any GET and records the paths asked for."""
    paths: list[str] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        paths.append(head.split(b" ")[1].decode())
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (len(FEED), FEED))
        await writer.drain()
        writer.close()

    try:
        srv = await asyncio.start_server(answer, "::1", 0)
    except OSError:
        pytest.skip("no IPv6 loopback here")
    async with srv:
        yield srv.sockets[0].getsockname()[1], paths


async def test_ipv6_loopback_literal_refused_or_fetched_by_trust(ipv6_loopback):
    port, paths = ipv6_loopback
    with pytest.raises(FetchError) as info:
        await fetch(f"http://[::1]:{port}/feed.xml", private_ok=False)
    assert (info.value.kind, str(info.value)) == ("not_allowed", "::1 is a private address (::1): not allowed")
    assert paths == []
    assert (await fetch(f"http://[::1]:{port}/feed.xml", private_ok=True)).body == FEED
    assert paths == ["/feed.xml"]


async def test_public_site_redirecting_to_loopback_is_refused_at_the_redirect(server):
    with FeedServer() as site:  # the public site, as far as the guard knows
        site.set("/a", Route(status=302, headers={"Location": server.url("/feed.xml")}))
        url = f"http://{PUBLIC_NAME}:{site.port}/a"
        async with fetcher(allowed=public_name_is_public) as f:
            with pytest.raises(FetchError) as info:
                await f.fetch(url, private_ok=False)
            assert (info.value.kind, str(info.value)) == (
                "not_allowed", "127.0.0.1 is a private address (127.0.0.1): not allowed")
            assert [r.path for r in site.requests] == ["/a"]
            assert server.requests == []  # the redirect was never followed

            fetched = await f.fetch(url, private_ok=True)  # the same redirect, for an operator's feed
    assert (fetched.body, fetched.final_url) == (FEED, server.url("/feed.xml"))
    assert len(server.requests) == 1


async def test_a_trusted_connection_never_serves_an_untrusted_fetch(server):
    """Trust is checked on every poll: a pooled keep-alive connection to loopback is not a way round."""
    url = f"http://localhost:{server.port}/feed.xml"
    async with fetcher() as f:
        assert (await f.fetch(url, private_ok=True)).body == FEED
        with pytest.raises(FetchError) as info:
            await f.fetch(url, private_ok=False)
        assert info.value.kind == "not_allowed"
        assert (await f.fetch(url, private_ok=True)).body == FEED
    assert len(server.requests) == 2 and server.connections == 1


async def test_both_trusts_share_the_limits(server):
    """One Fetcher, two sessions, one budget: 2 connections at most whatever the mix of trusts."""
    server.set("/slow", Route(body=FEED, delay=0.2))
    limits = FetchLimits(max_connections=2, per_host=10, deadline=5.0)
    async with Fetcher(limits, allowed=lambda host, address: True) as f:
        results = await asyncio.gather(*(f.fetch(server.url("/slow"), private_ok=i % 2 == 0) for i in range(6)))
    assert all(r.body == FEED for r in results)
    assert server.max_in_flight == 2


async def test_a_page_fetch_sends_its_accept_and_takes_html(server):
    page = b"<!doctype html><title>AWS</title><p>Licenciements</p>"
    server.set("/article", Route(body=page, content_type="text/html; charset=utf-8"))
    fetched = await fetch(server.url("/article"), accept=PAGE_ACCEPT, content_types=HTML_TYPES)
    assert fetched.body == page
    assert server.requests_to("/article")[0].headers["accept"] == PAGE_ACCEPT
    await fetch(server.url("/feed.xml"))
    assert server.requests_to("/feed.xml")[0].headers["accept"].startswith("application/rss+xml")


@pytest.mark.parametrize("content_type, shown", [
    ("application/pdf", "application/pdf"), ("Application/RSS+XML; charset=utf-8", "application/rss+xml"),
    ("", "no Content-Type"),
])
async def test_a_page_of_another_type_is_refused_before_its_body_is_read(server, content_type, shown):
    # 200 bytes dripped at 20 ms each: reading the body would take 4 s
    server.set("/doc", Route(body=b"%PDF" * 50, content_type=content_type, drip=0.02))
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        await fetch(server.url("/doc"), accept=PAGE_ACCEPT, content_types=HTML_TYPES)
    assert (info.value.kind, str(info.value)) == ("not_allowed_type", f"not an HTML page ({shown})")
    assert time.monotonic() - started < 1.0


async def test_a_type_set_of_feeds_names_its_types(server):
    server.set("/page", Route(body=b"<html></html>", content_type="text/html"))
    with pytest.raises(FetchError) as info:
        await fetch(server.url("/page"), content_types=frozenset({"application/rss+xml", "application/atom+xml"}))
    assert str(info.value) == "not of type application/atom+xml or application/rss+xml (text/html)"


async def test_max_bytes_replaces_the_cap_for_one_fetch(server):
    server.set("/big", Route(body=b"x" * (100 * 1024), validators=False, content_type="text/html"))
    with pytest.raises(FetchError) as info:
        await fetch(server.url("/big"))  # FAST's 64 KiB
    assert str(info.value) == "body larger than 64 KiB"
    assert len((await fetch(server.url("/big"), max_bytes=128 * 1024)).body) == 100 * 1024
    with pytest.raises(FetchError) as info:
        await fetch(server.url("/feed.xml"), max_bytes=100)
    assert (info.value.kind, str(info.value)) == ("too_large", "body larger than 0.0976562 KiB")

