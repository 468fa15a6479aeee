"""Which URLs a fetch may request, checked before each request and each redirect hop (issue 5)."""
from __future__ import annotations

import ipaddress
import re

from yarl import URL

from monitor.ingest.addresses import Allowed, refusal
from monitor.ingest.fetcherrors import FetchError

_HOST = re.compile(r"[A-Za-z0-9._~:%-]+")  # a DNS name (IDNA-encoded) or an IP literal, nothing else


def checked_url(url: str, *, private_ok: bool, allowed: Allowed) -> URL:
    """`url` parsed, once sure a fetch may request it; raises FetchError otherwise.

    An http(s) URL with a sane host; when not `private_ok`, an IP literal must be `allowed` here,
    since the connection uses it as is. A name is left to the guarded resolver, which checks the
    addresses the connection will really use.
    """
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
    if private_ok:
        return parsed
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return parsed  # a name: the guarded resolver checks what it resolves to
    if not allowed(host, address):
        raise FetchError("not_allowed", refusal(host, address), url=url)
    return parsed
