"""Links as identities: the canonical form of an article's URL, and the site it belongs to.

Two links to one story must compare equal (issue 3: "tracking parameters in links — one
alert"), so `canonical_link` drops what only analytics read and keeps everything a server
might route on.
"""
from __future__ import annotations

import ipaddress

from urllib.parse import SplitResult, unquote_plus, urlsplit, urlunsplit

# Query parameters that only feed analytics, never the page served. Removed by name:
_TRACKING_NAMES = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "igshid", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking",
    "xtor", "xts", "xtref",  # AT Internet (French media: `?xtor=RSS-3`)
    "ref_src", "ref_url", "cmpid", "wt.mc_id", "spm", "ito",
})
# ... and by prefix: Google/Matomo campaigns, AT Internet/Piano, comScore, Omeda, HubSpot.
_TRACKING_PREFIXES = ("utm_", "at_", "ns_", "oly_", "pk_", "mtm_", "_hs")
# `ref` also names real things (a product ref, a git ref); drop it only when its value
# says where the click came from.
_REF_SOURCES = frozenset({
    "rss", "feed", "atom", "feedly", "inoreader", "newsletter", "email", "twitter", "x",
    "facebook", "linkedin", "mastodon", "reddit", "hn", "google", "flipboard", "netvibes",
})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Hosts that serve the feeds of many unrelated sites: the host itself is the most we know.
_FEED_HOSTS = frozenset({
    "feeds.feedburner.com", "feedproxy.google.com", "feeds.feedblitz.com", "rss.feedsportal.com",
})
# Second-level labels under which the registrable name is one label further left (bbc.co.uk).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gouv", "gov", "ac", "edu", "asso"})


def is_tracking_parameter(name: str, value: str = "") -> bool:
    """Whether a query parameter only tracks the click (see the lists above)."""
    key = unquote_plus(name).strip().lower()
    if key in _TRACKING_NAMES or key.startswith(_TRACKING_PREFIXES):
        return True
    return key == "ref" and unquote_plus(value).strip().lower() in _REF_SOURCES


def canonical_link(url: str) -> str:
    """`url` with scheme/host lower-cased, default port, fragment and tracking parameters removed."""
    url = url.strip()
    parts = _split(url)
    if parts is None or not parts.netloc:
        return url
    scheme = parts.scheme.lower()
    query = "&".join(
        pair for pair in parts.query.split("&")
        if pair and not is_tracking_parameter(*pair.partition("=")[::2])
    )
    path = parts.path or ("/" if scheme in _DEFAULT_PORTS else "")
    return urlunsplit((scheme, _netloc(parts, scheme), path, query, ""))


def site_of(url: str) -> str:
    """The site `url` belongs to, for "same story from the same site": its registrable name
    (www.lemagit.fr and feeds.lemagit.fr -> lemagit.fr); feed-hosting services and bare
    servers (an IP, localhost: with the port) are kept whole."""
    parts = _split(url.strip())
    host = (parts.hostname or "") if parts is not None else ""
    host = host.rstrip(".")
    if not host:
        return url.strip().lower()  # no host: unique per input, so never "the same site"
    if host in _FEED_HOSTS:
        return host
    if _is_ip(host) or "." not in host:
        return f"{host}:{parts.port}" if parts.port else host
    labels = host.split(".")
    # news.bbc.co.uk -> bbc.co.uk: under a second-level label the name is one label longer.
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a junk port
    except ValueError:
        return None
    return parts


def _netloc(parts: SplitResult, scheme: str) -> str:
    """user:password@host:port with the host lower-cased and a default port dropped."""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    userinfo, at, _ = parts.netloc.rpartition("@")
    return f"{userinfo}{at}{host}"
