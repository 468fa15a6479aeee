"""Fetch one feed or page over HTTP: conditional GET, bounded in time, size and concurrency.

Every network or HTTP problem comes out as a `FetchError` whose message a user can read;
nothing else escapes `Fetcher.fetch` (issue 3, issue 5 "feeds misbehave").

Trust is per request, not per Fetcher (issue 10): whether a fetch may reach a loopback, private
or metadata address depends on where the URL came from. A feed of the operator's own
`feeds.toml` carries the operator's trust (an intranet feed is legitimate); a feed added in chat
with /addfeed does not, and that stays true on every poll, not only when it was added: its name
may resolve elsewhere next week, and its server may redirect anywhere. So the caller says, on
each fetch, `private_ok=` for this URL's origin, and a refused fetch is refused on the first
request and on every redirect hop, on the addresses actually connected to (see addresses.py).
One Fetcher serves both trusts, so limits, politeness and the TLS context stay shared.
"""
from __future__ import annotations

import asyncio
import contextlib
import ssl
from dataclasses import dataclass, replace

import aiohttp
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import DefaultResolver
from yarl import URL

from monitor.ingest.addresses import Allowed, PublicOnlyResolver, public_only
from monitor.ingest.body import HTML_TYPES, check_media_type, read_body
from monitor.ingest.fetcherrors import FetchError, http_error, network_error, parse_retry_after
from monitor.ingest.targets import checked_url

__all__ = ["FEED_ACCEPT", "HTML_TYPES", "PAGE_ACCEPT", "FetchError", "FetchLimits", "Fetched", "Fetcher",
           "http_error", "parse_retry_after"]

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"  # an article page (issue 11)
_PERMANENT = frozenset({301, 308})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HEADER_LINE = 16 * 1024  # aiohttp's 8 KiB refuses some sites' cookies and policies; h11 allowed 16 KiB


@dataclass(frozen=True)
class FetchLimits:
    """How long, how much and how many at once a Fetcher may fetch."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    deadline: float = 60.0  # total per fetch, redirects and body included
    max_bytes: int = 10 * 1024 * 1024  # decoded body; a fetch may ask for another cap
    max_redirects: int = 5
    max_connections: int = 32  # fetches in flight overall
    per_host: int = 4  # fetches in flight per host:port
    user_agent: str = "Veille/0.1 (+https://github.com/veille/veille; feed monitor)"


@dataclass(frozen=True)
class Fetched:
    """A successful answer: 200 with a body, or 304 Not Modified with none."""

    url: str  # as requested
    final_url: str  # after redirects
    permanent_url: str | None  # final_url when every redirect was permanent (301/308)
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    wire_bytes: int  # body bytes as received (compressed), for benchmarks


@dataclass(frozen=True)
class _Ask:
    """What one fetch asks for, the same on every hop of its redirects."""

    url: str
    private_ok: bool
    headers: dict[str, str]
    content_types: frozenset[str] | None
    max_bytes: int
    etag: str | None
    last_modified: str | None


class Fetcher:
    """One HTTP client with its limits; `async with Fetcher() as f: await f.fetch(url)`.

    `resolver` (default: aiohttp's; a given one is left open) answers names for both trusts;
    `allowed` decides which addresses a fetch with `private_ok=False` may connect to (default:
    public ones only). Both are seams for tests, where a loopback server stands in for a public site.
    """

    def __init__(self, limits: FetchLimits = FetchLimits(), *, resolver: AbstractResolver | None = None,
                 allowed: Allowed = public_only) -> None:
        self.limits = limits
        self._allowed = allowed
        self._tls = ssl.create_default_context()  # loading the CA bundle costs ~50 ms: once per Fetcher
        self._slots = asyncio.Semaphore(limits.max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        # One session per trust, each made on first use (it needs a running loop). Two sessions,
        # not one, because a pooled connection is reused without resolving again: a connection
        # opened for a trusted feed to a private address must never carry an untrusted request.
        self._sessions: dict[bool, aiohttp.ClientSession] = {}
        self._resolver = resolver
        self._owns_resolver = resolver is None
        self._closed = False

    async def __aenter__(self) -> "Fetcher":
        if self._closed:
            raise RuntimeError("this Fetcher is closed")
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._closed = True
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            await session.close()
        if self._owns_resolver and self._resolver is not None:
            resolver, self._resolver = self._resolver, None
            await resolver.close()

    def _session(self, private_ok: bool) -> aiohttp.ClientSession:
        session = self._sessions.get(private_ok)
        if session is not None:
            return session
        if self._closed:
            raise RuntimeError("this Fetcher is closed")
        if self._resolver is None:
            self._resolver = DefaultResolver()
        resolver = self._resolver if private_ok else PublicOnlyResolver(self._resolver, self._allowed)
        limits = self.limits
        # Our semaphores bound the fetches in flight (overall, per host) across both sessions;
        # each connector's overall limit is the same number, so no request ever waits inside aiohttp.
        connector = aiohttp.TCPConnector(limit=limits.max_connections, limit_per_host=0,
                                         ssl=self._tls, resolver=resolver)
        session = self._sessions[private_ok] = aiohttp.ClientSession(
            connector=connector,
            # connect: name resolution, TCP and TLS (no request ever waits for a pooled connection);
            # sock_read: the longest silence; the deadline is fetch's own asyncio.timeout.
            timeout=aiohttp.ClientTimeout(total=None, connect=limits.connect_timeout,
                                          sock_connect=limits.connect_timeout, sock_read=limits.read_timeout),
            headers={"User-Agent": limits.user_agent,
                     "Accept-Encoding": "gzip, deflate"},  # only what body.py can bound
            auto_decompress=False,  # body.py decodes, with a cap on what comes out
            max_line_size=_HEADER_LINE, max_field_size=_HEADER_LINE,
            trust_env=False,  # a feed URL must not be routed through an environment proxy
        )
        return session

    async def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None, *,
                    private_ok: bool = True, accept: str = FEED_ACCEPT,
                    content_types: frozenset[str] | None = None, max_bytes: int | None = None) -> Fetched:
        """GET `url` (conditionally when validators are given); raises only FetchError.

        `private_ok=False` refuses loopback, private, link-local and metadata addresses on the
        first request and every redirect (a feed added in chat); `accept` is the Accept header;
        `content_types`, when given, refuses an answer of another media type before reading its
        body; `max_bytes` replaces the limits' cap on the decoded body for this fetch.
        """
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        types = frozenset(t.lower() for t in content_types) if content_types is not None else None
        ask = _Ask(url, private_ok, headers, types, self.limits.max_bytes if max_bytes is None else max_bytes,
                   etag, last_modified)
        # The host's slot first, then an overall one: fetches queued behind a busy host must
        # not hold the slots that other hosts' feeds need.
        host = _host_key(url)
        async with self._host_slot(host), self._slots:
            # The deadline starts once the slots are ours: waiting in line is not the feed's fault.
            try:
                async with asyncio.timeout(self.limits.deadline):
                    return await self._follow(ask, host)
            except TimeoutError:
                raise FetchError("timeout", f"timed out after {self.limits.deadline:g} s", url=url) from None

    async def _follow(self, ask: _Ask, host: str) -> Fetched:
        url = ask.url
        current, seen, permanent = url, {url}, True
        for _ in range(self.limits.max_redirects + 1):
            # Every hop is checked with the fetch's own trust: a redirect never widens it.
            target = checked_url(current, private_ok=ask.private_ok, allowed=self._allowed)
            hop_host = _key_of(target)
            async with contextlib.nullcontext() if hop_host == host else self._host_slot(hop_host):
                location, status, fetched = await self._request(ask, current, target)
            if location is None:
                if permanent and current != url:
                    fetched = replace(fetched, permanent_url=current)
                return fetched
            permanent = permanent and status in _PERMANENT
            if location in seen:
                raise FetchError("redirects", f"redirect loop: {current} redirects back to {location}", url=url)
            seen.add(location)
            current = location
        raise FetchError("redirects", f"too many redirects (loop?): more than {self.limits.max_redirects}", url=url)

    async def _request(self, ask: _Ask, current: str, target: URL) -> tuple[str | None, int, Fetched | None]:
        """One hop to `current` (parsed: `target`): (redirect target, status, None) or (None, status, Fetched)."""
        url = ask.url
        try:
            session = self._session(ask.private_ok)
            async with session.get(target, headers=ask.headers, allow_redirects=False) as response:
                status = response.status
                content_type = response.headers.get("Content-Type")
                if status in _REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError("http", f"HTTP {status} redirect without a Location", url=url, status=status)
                    return str(target.join(URL(location.strip()))), status, None
                if status == 304:  # no body: the connection goes back to the pool as it is
                    return None, status, Fetched(
                        url, current, None, 304, b"", content_type, response.headers.get("ETag") or ask.etag,
                        response.headers.get("Last-Modified") or ask.last_modified, 0)
                if not 200 <= status < 300:
                    retry = parse_retry_after(response.headers.get("Retry-After")) if status in (429, 503) else None
                    raise http_error(status, url, retry)
                if ask.content_types is not None:
                    check_media_type(content_type, ask.content_types, url)
                body, wire = await read_body(response, url, ask.max_bytes)
                return None, status, Fetched(
                    url, current, None, status, body, content_type,
                    response.headers.get("ETag"), response.headers.get("Last-Modified"), wire)
        except aiohttp.ConnectionTimeoutError:
            raise FetchError("timeout", f"timed out connecting after {self.limits.connect_timeout:g} s",
                             url=url) from None
        except TimeoutError:  # aiohttp's sock_read; the deadline is raised by asyncio.timeout, outside
            raise FetchError("timeout", f"timed out: no data for {self.limits.read_timeout:g} s", url=url) from None
        except aiohttp.InvalidURL as err:
            raise FetchError("bad_url", f"not a valid feed address: {err}", url=url) from None
        except (aiohttp.ClientError, OSError) as err:  # connect/read/protocol errors, refused addresses
            raise network_error(err, url) from None
        except (ValueError, UnicodeError) as err:  # e.g. a junk Location header
            raise FetchError("bad_url", f"not a valid address: {err}", url=url) from None

    def _host_slot(self, host: str) -> asyncio.Semaphore:
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.limits.per_host)
        return self._hosts[host]


def _host_key(url: str) -> str:
    """host:port, the unit of politeness; "" for an address that will be refused anyway."""
    try:
        return _key_of(URL(url))
    except (ValueError, TypeError, UnicodeError):
        return ""


def _key_of(parsed: URL) -> str:
    return f"{parsed.raw_host.lower()}:{parsed.port}" if parsed.raw_host else ""
