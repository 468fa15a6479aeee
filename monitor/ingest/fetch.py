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
import re
import socket
import ssl
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus

import aiohttp
from aiohttp.abc import AbstractResolver
from aiohttp.http_exceptions import HttpProcessingError
from yarl import URL

from monitor.ingest.addresses import Address, PublicOnlyResolver, Refused, is_public_address, refusal

_PERMANENT = frozenset({301, 308})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
_CHUNK = 64 * 1024
_HEADER_LINE = 16 * 1024  # aiohttp's 8 KiB refuses some sites' cookies and policies; h11 allowed 16 KiB
_HOST = re.compile(r"[A-Za-z0-9._~:%-]+")  # a DNS name (IDNA-encoded) or an IP literal, nothing else


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


class Fetcher:
    """One HTTP client with its limits; `async with Fetcher() as f: await f.fetch(url)`."""

    def __init__(self, limits: FetchLimits = FetchLimits()) -> None:
        self.limits = limits
        self._tls = ssl.create_default_context()  # loading the CA bundle costs ~50 ms: once per Fetcher
        self._slots = asyncio.Semaphore(limits.max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._session: aiohttp.ClientSession | None = None  # needs a running loop: made on first use
        self._resolver: AbstractResolver | None = None
        self._closed = False

    async def __aenter__(self) -> "Fetcher":
        self._client()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        resolver, self._resolver = self._resolver, None
        if session is not None:
            await session.close()
        if resolver is not None:
            await resolver.close()

    def _client(self) -> aiohttp.ClientSession:
        if self._session is not None:
            return self._session
        if self._closed:
            raise RuntimeError("this Fetcher is closed")
        limits = self.limits
        if not limits.allow_private:
            self._resolver = PublicOnlyResolver(self._allowed)
        # Our semaphores bound the fetches in flight (overall, per host); the connector's
        # overall limit is the same number, so no request ever waits inside aiohttp.
        connector = aiohttp.TCPConnector(limit=limits.max_connections, limit_per_host=0,
                                         ssl=self._tls, resolver=self._resolver)
        self._session = aiohttp.ClientSession(
            connector=connector,
            # connect: name resolution, TCP and TLS (no request ever waits for a pooled connection);
            # sock_read: the longest silence; the deadline is fetch's own asyncio.timeout.
            timeout=aiohttp.ClientTimeout(total=None, connect=limits.connect_timeout,
                                          sock_connect=limits.connect_timeout, sock_read=limits.read_timeout),
            headers={"User-Agent": limits.user_agent, "Accept": _ACCEPT,
                     "Accept-Encoding": "gzip, deflate"},  # only what _Decoder can bound
            auto_decompress=False,  # _Decoder decodes, with a cap on what comes out
            max_line_size=_HEADER_LINE, max_field_size=_HEADER_LINE,
            trust_env=False,  # a feed URL must not be routed through an environment proxy
        )
        return self._session

    async def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` (conditionally when validators are given); raises only FetchError."""
        # The host's slot first, then an overall one: fetches queued behind a busy host must
        # not hold the slots that other hosts' feeds need.
        host = _host_key(url)
        async with self._host_slot(host), self._slots:
            # The deadline starts once the slots are ours: waiting in line is not the feed's fault.
            try:
                async with asyncio.timeout(self.limits.deadline):
                    return await self._follow(url, host, etag, last_modified)
            except TimeoutError:
                raise FetchError("timeout", f"timed out after {self.limits.deadline:g} s", url=url) from None

    async def _follow(self, url: str, host: str, etag: str | None, last_modified: str | None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, seen, permanent = url, {url}, True
        for _ in range(self.limits.max_redirects + 1):
            target = self._check_allowed(current)
            hop_host = _key_of(target)
            async with contextlib.nullcontext() if hop_host == host else self._host_slot(hop_host):
                location, status, fetched = await self._request(url, current, target, headers, etag, last_modified)
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

    async def _request(self, url: str, current: str, target: URL, headers: dict[str, str],
                       etag: str | None, last_modified: str | None) -> tuple[str | None, int, Fetched | None]:
        """One hop to `current` (parsed: `target`): (redirect target, status, None) or (None, status, Fetched)."""
        try:
            async with self._client().get(target, headers=headers, allow_redirects=False) as response:
                status = response.status
                if status in _REDIRECTS:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError("http", f"HTTP {status} redirect without a Location", url=url, status=status)
                    return str(target.join(URL(location.strip()))), status, None
                if status == 304:  # no body: the connection goes back to the pool as it is
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
        except aiohttp.ConnectionTimeoutError:
            raise FetchError("timeout", f"timed out connecting after {self.limits.connect_timeout:g} s",
                             url=url) from None
        except TimeoutError:  # aiohttp's sock_read; the deadline is raised by asyncio.timeout, outside
            raise FetchError("timeout", f"timed out: no data for {self.limits.read_timeout:g} s", url=url) from None
        except aiohttp.InvalidURL as err:
            raise FetchError("bad_url", f"not a valid feed address: {err}", url=url) from None
        except (aiohttp.ClientError, OSError) as err:  # connect/read/protocol errors, refused addresses
            raise _network_error(err, url) from None
        except (ValueError, UnicodeError) as err:  # e.g. a junk Location header
            raise FetchError("bad_url", f"not a valid address: {err}", url=url) from None

    async def _read_body(self, response: aiohttp.ClientResponse, url: str) -> tuple[bytes, int]:
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
        async for raw in response.content.iter_any():  # raw: auto_decompress is off
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

    def _check_allowed(self, url: str) -> URL:
        """`url` parsed, once sure it is a feed address a fetch may reach (issue 5); before any request."""
        try:
            parsed = URL(url)
            scheme, host = parsed.scheme, parsed.raw_host
        except (ValueError, TypeError, UnicodeError) as err:
            raise FetchError("bad_url", f"not a valid feed address: {err}", url=url) from None
        if scheme not in ("http", "https") and scheme and host:
            raise FetchError("not_allowed", f"only http and https feeds are allowed, not {scheme}:", url=url)
        if scheme == "file":
            raise FetchError("not_allowed", "only http and https feeds are allowed, not file:", url=url)
        if not scheme or not host:
            raise FetchError("bad_url", "not a valid feed address: no host", url=url)
        if not _HOST.fullmatch(host):
            raise FetchError("bad_url", f"not a valid feed address: bad host name {host!r}", url=url)
        if self.limits.allow_private:
            return parsed
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return parsed  # a name: PublicOnlyResolver checks the addresses the connection will use
        if not self._allowed(host, address):  # an IP literal is connected to as is, without resolving
            raise FetchError("not_allowed", refusal(host, address), url=url)
        return parsed

    def _allowed(self, host: str, address: Address) -> bool:
        """Whether a fetcher that refuses private addresses may connect to `address` for `host`."""
        return is_public_address(address)

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


def _network_error(err: BaseException, url: str) -> FetchError:
    """The FetchError for a failed connection or exchange, from the most telling cause."""
    chain: list[BaseException] = []
    cause: BaseException | None = err
    while cause is not None and cause not in chain:
        chain.append(cause)
        cause = getattr(cause, "certificate_error", None) or cause.__cause__ or cause.__context__
    reason = str(err) or type(err).__name__
    for cause in chain:
        if isinstance(cause, Refused):
            return FetchError("not_allowed", str(cause), url=url)
        if isinstance(cause, socket.gaierror):  # its errno is a resolver code, not an OS one
            return FetchError("network", f"cannot resolve the host name: {cause.strerror or 'no such host'}", url=url)
    for cause in chain:
        if isinstance(cause, aiohttp.ClientSSLError):  # wraps the ssl module's error, next in the chain
            continue
        if isinstance(cause, ssl.SSLCertVerificationError):  # an SSLError's errno is not an OS one either
            reason = f"TLS certificate not valid: {cause.verify_message or cause.reason}"
            break
        if isinstance(cause, ssl.SSLError):
            reason = f"TLS error: {(cause.reason or str(cause)).lower().replace('_', ' ')}"
            break
        if isinstance(cause, (aiohttp.ClientResponseError, HttpProcessingError)):  # not HTTP as aiohttp reads it
            inner = [c for c in chain if isinstance(c, HttpProcessingError)]  # the parser's own words
            reason = f"invalid HTTP response: {_sentence((inner or [cause])[-1].message)}"
            break
        if isinstance(cause, OSError) and (cause.errno or cause.strerror):
            reason = (os.strerror(cause.errno) if cause.errno else cause.strerror).lower()
            break
    else:
        reason = _sentence(reason)
    if isinstance(err, aiohttp.ClientConnectorError):
        return FetchError("network", f"cannot connect: {reason}", url=url)
    return FetchError("network", f"network error: {reason}", url=url)


def _sentence(text: str) -> str:
    """An exception's message as the end of our sentence: first line, no echoed bytes, lower case."""
    text = re.split(r":?\s*b['\"]", str(text).splitlines()[0] if text else "")[0].strip().rstrip(":.")
    return text[:1].lower() + text[1:] if text else "unknown error"
