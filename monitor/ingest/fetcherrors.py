"""What can go wrong in a fetch, as a `FetchError` whose message a user can read (issue 3, issue 5)."""
from __future__ import annotations

import email.utils
import os
import re
import socket
import ssl
from datetime import datetime, timezone
from http import HTTPStatus

import aiohttp
from aiohttp.http_exceptions import HttpProcessingError

from monitor.ingest.addresses import Refused


class FetchError(Exception):
    """A feed or page could not be fetched; `str(err)` says why in words a user understands."""

    KINDS = frozenset({"timeout", "network", "http", "too_large", "redirects", "gone", "not_allowed",
                       "not_allowed_type", "bad_url"})

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


def network_error(err: BaseException, url: str) -> FetchError:
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
