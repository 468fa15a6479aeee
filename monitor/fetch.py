"""Fetch one feed over HTTP: conditional GET, bounded in time, size and concurrency.

Every network or HTTP problem comes out as a `FetchError` whose message a user can read;
nothing else escapes `Fetcher.fetch` (issue 3, issue 5 "feeds misbehave").
"""
from __future__ import annotations

import asyncio
import contextlib
import email.utils
import ipaddress
import os
import socket
import ssl
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus

import httpx

_PERMANENT = frozenset({301, 308})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
_CHUNK = 64 * 1024
# Cloud instance-metadata endpoints (AWS/GCP/Azure, AWS IPv6, Alibaba): never a feed.
_METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "fd00:ec2::254", "100.100.100.200",
))


@dataclass(frozen=True)
class FetchLimits:
    """How long, how much and how many at once a Fetcher may fetch."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    deadline: float = 60.0  # total per fetch, redirects and body included
    max_bytes: int = 10 * 1024 * 1024  # decoded body
    max_redirects: int = 5
    max_connections: int = 32  # fetches in flight overall
    per_host: int = 4  # fetches in flight per host:port
    user_agent: str = "Veille/0.1 (+https://github.com/veille/veille; feed monitor)"
    allow_private: bool = True  # False for user-submitted feeds (/addfeed)


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


class FetchError(Exception):
    """A feed could not be fetched; `str(err)` says why in words a user understands."""

    KINDS = frozenset({"timeout", "network", "http", "too_large", "redirects", "gone", "not_allowed", "bad_url"})

    def __init__(self, kind: str, message: str, *, url: str = "", status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.url = url
        self.status = status
        self.retry_after = retry_after

    def __reduce__(self):  # picklable despite keyword-only arguments
        return (_rebuild_error, (self.kind, str(self), self.url, self.status, self.retry_after))


def _rebuild_error(kind, message, url, status, retry_after) -> FetchError:
    return FetchError(kind, message, url=url, status=status, retry_after=retry_after)


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address | str) -> bool:
    """Whether `ip` is a public unicast address a user-submitted feed may point at."""
    ip = ipaddress.ip_address(ip)
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return is_public_address(embedded)
        if ip in ipaddress.IPv6Network("64:ff9b::/96"):  # NAT64 carries an IPv4 address
            return is_public_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    # is_global excludes loopback, private, link-local, unique-local, unspecified, CGNAT...
    return ip.is_global and not ip.is_multicast and ip not in _METADATA


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or HTTP-date); None if absent or junk."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def http_error(status: int, url: str, retry_after: float | None = None) -> FetchError:
    """The FetchError for an HTTP error status, with its readable message."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "error"
    if status == 410:
        return FetchError("gone", "410 Gone: the feed was removed", url=url, status=status)
    message = f"HTTP {status} {phrase}"
    if retry_after is not None:
        message += f" (retry after {retry_after:.0f} s)"
    return FetchError("http", message, url=url, status=status, retry_after=retry_after)


_CONNECTIONS_PER_POOL = 8


@dataclass
class _Pool:
    """One httpx client (one connection pool) and the fetches it is serving."""

    client: httpx.AsyncClient
    busy: int = 0


class Fetcher:
    """One HTTP client with its limits; `async with Fetcher() as f: await f.fetch(url)`."""

    def __init__(self, limits: FetchLimits = FetchLimits()) -> None:
        self.limits = limits
        # httpcore scans every pooled connection (with a readability syscall each) whenever a
        # request starts or ends: past ~16 connections per pool that scan dominates the CPU of a
        # cycle (20 s instead of 2.5 s for 1,000 feeds at 128 connections). So the connections
        # are split over several small pools; a feed always uses the same one (keep-alive).
        pools = max(1, -(-limits.max_connections // _CONNECTIONS_PER_POOL))
        per_pool = -(-limits.max_connections // pools)
        # A fetch takes the least busy pool; the slots bound the total, so that pool always has
        # a free connection and no request waits inside httpcore (its queue is scanned too).
        tls = httpx.create_ssl_context()  # loading the CA bundle costs ~50 ms: once, not per pool
        self._pools = [_Pool(self._client(limits, per_pool, tls)) for _ in range(pools)]
        self._slots = asyncio.Semaphore(per_pool * pools)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    @staticmethod
    def _client(limits: FetchLimits, connections: int, tls: ssl.SSLContext) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            verify=tls,
            timeout=httpx.Timeout(connect=limits.connect_timeout, read=limits.read_timeout,
                                  write=limits.read_timeout, pool=limits.deadline),
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
            headers={"User-Agent": limits.user_agent, "Accept": _ACCEPT,
                     # only what _Decoder can bound; httpx would add br/zstd if installed
                     "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            trust_env=False,  # a feed URL must not be routed through an environment proxy
        )

    async def __aenter__(self) -> "Fetcher":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        for pool in self._pools:
            await pool.client.aclose()

    async def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` (conditionally when validators are given); raises only FetchError."""
        # The host's slot first, then an overall one: fetches queued behind a busy host must
        # not hold the slots that other hosts' feeds need.
        host = _host_key(url)
        async with self._host_slot(host), self._slots:
            pool = min(self._pools, key=lambda p: p.busy)
            pool.busy += 1
            # The deadline starts once the slots are ours: waiting in line is not the feed's fault.
            try:
                async with asyncio.timeout(self.limits.deadline):
                    return await self._follow(pool.client, url, host, etag, last_modified)
            except TimeoutError:
                raise FetchError("timeout", f"timed out after {self.limits.deadline:g} s", url=url) from None
            finally:
                pool.busy -= 1

    async def _follow(self, client: httpx.AsyncClient, url: str, host: str, etag: str | None,
                      last_modified: str | None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, seen, permanent = url, {url}, True
        for _ in range(self.limits.max_redirects + 1):
            await self._check_allowed(current)
            hop_host = _host_key(current)
            async with contextlib.nullcontext() if hop_host == host else self._host_slot(hop_host):
                location, status, fetched = await self._request(client, url, current, headers, etag, last_modified)
            if location is None:
                if permanent and current != url:
                    fetched = _with_permanent(fetched, current)
                return fetched
            permanent = permanent and status in _PERMANENT
            if location in seen:
                raise FetchError("redirects", f"redirect loop: {current} redirects back to {location}", url=url)
            seen.add(location)
            current = location
        raise FetchError("redirects", f"too many redirects (loop?): more than {self.limits.max_redirects}", url=url)

    async def _request(self, client: httpx.AsyncClient, url: str, current: str, headers: dict[str, str],
                       etag: str | None, last_modified: str | None) -> tuple[str | None, int, Fetched | None]:
        """One hop: (redirect target, status, None) or (None, status, Fetched)."""
        try:
            async with client.stream("GET", current, headers=headers) as response:
                status = response.status_code
                if status in _REDIRECTS:
                    target = response.headers.get("Location")
                    if not target:
                        raise FetchError("http", f"HTTP {status} redirect without a Location", url=url, status=status)
                    return str(response.url.join(target.strip())), status, None
                if status == 304:
                    await response.aread()  # empty, but reading it to the end keeps the connection alive
                    return None, status, Fetched(
                        url, current, None, 304, b"", response.headers.get("Content-Type"),
                        response.headers.get("ETag") or etag,
                        response.headers.get("Last-Modified") or last_modified, 0)
                if not 200 <= status < 300:
                    retry = parse_retry_after(response.headers.get("Retry-After")) if status in (429, 503) else None
                    raise http_error(status, url, retry)
                body, wire = await self._read_body(response, url)
                return None, status, Fetched(
                    url, current, None, status, body, response.headers.get("Content-Type"),
                    response.headers.get("ETag"), response.headers.get("Last-Modified"), wire)
        except httpx.TimeoutException as err:
            raise FetchError("timeout", _timeout_message(err, self.limits), url=url) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as err:
            raise FetchError("bad_url", f"not a valid feed address: {err}", url=url) from None
        except httpx.HTTPError as err:  # connect/read/protocol errors and decoding
            raise FetchError("network", _network_message(err), url=url) from None
        except (ValueError, UnicodeError) as err:  # e.g. a junk Location header
            raise FetchError("bad_url", f"not a valid address: {err}", url=url) from None

    async def _read_body(self, response: httpx.Response, url: str) -> tuple[bytes, int]:
        """The decoded body, read as it streams in so that a cap cuts a bomb early."""
        cap = self.limits.max_bytes
        too_large = FetchError("too_large", f"body larger than {_size(cap)}", url=url)
        length = response.headers.get("Content-Length", "")
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if length.isdigit() and encoding in ("", "identity") and int(length) > cap:
            raise too_large
        decoder = _Decoder(encoding, url)
        parts: list[bytes] = []
        size = wire = 0
        async for raw in response.aiter_raw(_CHUNK):
            wire += len(raw)
            for part in decoder.decode(raw, cap - size + 1):
                size += len(part)
                if size > cap:
                    raise too_large
                parts.append(part)
        parts.append(decoder.flush())
        if sum(map(len, parts)) > cap:
            raise too_large
        return b"".join(parts), wire

    async def _check_allowed(self, url: str) -> None:
        """Refuse what a user-submitted feed must not reach (issue 5), on the resolved address."""
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as err:
            raise FetchError("bad_url", f"not a valid feed address: {err}", url=url) from None
        if parsed.scheme not in ("http", "https") and parsed.scheme and parsed.host:
            raise FetchError("not_allowed", f"only http and https feeds are allowed, not {parsed.scheme}:", url=url)
        if parsed.scheme == "file":
            raise FetchError("not_allowed", "only http and https feeds are allowed, not file:", url=url)
        if not parsed.scheme or not parsed.host:
            raise FetchError("bad_url", "not a valid feed address: no host", url=url)
        if self.limits.allow_private:
            return
        try:
            addresses = await self._resolve(parsed.host, parsed.port or (443 if parsed.scheme == "https" else 80))
        except (OSError, UnicodeError) as err:
            raise FetchError("network", f"cannot resolve {parsed.host}: {err}", url=url) from None
        for address in addresses:
            if not is_public_address(address):
                raise FetchError("not_allowed", f"{parsed.host} is a private address ({address}): not allowed",
                                 url=url)

    async def _resolve(self, host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        """Every address `host` resolves to (all must be public: any of them may be the one used)."""
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return [ipaddress.ip_address(sockaddr[0].split("%")[0]) for *_, sockaddr in infos]

    def _host_slot(self, host: str) -> asyncio.Semaphore:
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.limits.per_host)
        return self._hosts[host]


def _host_key(url: str) -> str:
    """host:port, the unit of politeness; "" for an address that will be refused anyway."""
    try:
        return httpx.URL(url).netloc.decode("ascii", "replace").lower()
    except (httpx.InvalidURL, ValueError, UnicodeError):
        return ""


class _Decoder:
    """Content-Encoding decoding with a bound on each output, so 50 MB of zeros never materialise."""

    def __init__(self, encoding: str, url: str) -> None:
        self._url = url
        self._encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = None  # zlib-wrapped or raw deflate: decided on the first bytes
        elif encoding in ("", "identity"):
            self._zlib = None
        else:
            raise FetchError("network", f"unsupported Content-Encoding {encoding!r}", url=url)

    def decode(self, data: bytes, limit: int):
        """Yield decoded pieces of `data`; stops once more than `limit` bytes came out."""
        if self._encoding in ("", "identity"):
            yield data
            return
        if self._zlib is None:  # deflate: servers send zlib-wrapped or raw, tell by the header
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        try:
            while data and limit > 0:
                out = self._zlib.decompress(data, min(limit, _CHUNK))
                limit -= len(out)
                data = self._zlib.unconsumed_tail
                yield out
        except zlib.error as err:
            raise FetchError("network", f"corrupt {self._encoding} body: {err}", url=self._url) from None

    def flush(self) -> bytes:
        """What the decompressor still holds (at most a window's worth)."""
        return self._zlib.flush() if self._zlib is not None else b""


def _with_permanent(fetched: Fetched, final_url: str) -> Fetched:
    return Fetched(fetched.url, fetched.final_url, final_url, fetched.status, fetched.body,
                   fetched.content_type, fetched.etag, fetched.last_modified, fetched.wire_bytes)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MiB" if n >= 1024 * 1024 else f"{n / 1024:g} KiB"


def _timeout_message(err: httpx.TimeoutException, limits: FetchLimits) -> str:
    if isinstance(err, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        return f"timed out connecting after {limits.connect_timeout:g} s"
    return f"timed out: no data for {limits.read_timeout:g} s"


def _network_message(err: httpx.HTTPError) -> str:
    reason = str(err) or type(err).__name__
    cause: BaseException | None = err
    while cause is not None:  # anyio hides "Connection refused" behind "All connection attempts failed"
        if isinstance(cause, socket.gaierror):  # its errno is a resolver code, not an OS one
            return f"cannot resolve the host name: {cause.strerror or 'no such host'}"
        if isinstance(cause, OSError) and (cause.errno or cause.strerror):
            reason = (os.strerror(cause.errno) if cause.errno else cause.strerror).lower()
            break
        cause = cause.__cause__ or cause.__context__
    if isinstance(err, httpx.ConnectError):
        return f"cannot connect: {reason}"
    return f"network error: {reason}"
