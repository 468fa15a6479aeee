"""Which addresses a request that must stay public may reach (issue 5, issue 10), checked on the
addresses the connection really uses."""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from aiohttp.abc import AbstractResolver, ResolveResult

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
# Whether a request that must stay public may connect to `address`, resolved for `host`.
Allowed = Callable[[str, Address], bool]

# Cloud instance-metadata endpoints (AWS/GCP/Azure, AWS IPv6, Alibaba): never a feed.
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "fd00:ec2::254", "100.100.100.200",
))

_N = ipaddress.IPv6Network
# IPv6 forms that carry an IPv4 address; Python 3.11's is_global misses most of them.
_MAPPED = _N("::ffff:0:0/96")  # RFC 4291 §2.5.5.2: the socket layer connects to the IPv4 address
_NAT64 = _N("64:ff9b::/96")  # RFC 6052 well-known prefix: a NAT64 gateway connects to the IPv4 address
_NEVER_PUBLIC = (
    _N("::/96"),  # RFC 4291 §2.5.5.1 IPv4-compatible, deprecated
    _N("::ffff:0:0:0/96"),  # RFC 2765 §2.1 SIIT IPv4-translated (gone from RFC 6145 on)
    _N("64:ff9b:1::/48"),  # RFC 8215 local-use IPv4/IPv6 translation: a private network's own
    _N("2002::/16"),  # RFC 3056 6to4, its relays deprecated by RFC 7526
    _N("2001::/32"),  # RFC 4380 Teredo
)


def is_public_address(ip: Address | str) -> bool:
    """Whether `ip` is a public unicast address a request that must stay public may connect to.

    IPv6 addresses that embed an IPv4 address cannot be used to reach a private one:
    - IPv4-mapped `::ffff:a.b.c.d` (RFC 4291) and NAT64 `64:ff9b::a.b.c.d` (RFC 6052) are judged
      as the IPv4 address they carry: the kernel or the gateway connects to it, and DNS64
      networks (RFC 6147) legitimately answer NAT64 addresses for public sites;
    - IPv4-compatible `::a.b.c.d` (RFC 4291, deprecated), SIIT `::ffff:0:a.b.c.d` (RFC 2765),
      local-use NAT64 `64:ff9b:1::/48` (RFC 8215), 6to4 `2002::/16` (RFC 3056, RFC 7526) and
      Teredo `2001::/32` (RFC 4380) are never public: no public site is reached through them,
      and a relay or translator on the way could deliver them to a private IPv4 address.
    """
    ip = ipaddress.ip_address(ip)
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _MAPPED or ip in _NAT64:
            return is_public_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if any(ip in network for network in _NEVER_PUBLIC):
            return False
    # is_global excludes loopback, private, link-local, unique-local, unspecified, CGNAT...
    return ip.is_global and not ip.is_multicast and ip not in METADATA_ADDRESSES


def public_only(host: str, address: Address) -> bool:
    """The default `Allowed`: the address alone decides, whatever the name."""
    return is_public_address(address)


class Refused(OSError):
    """A resolved address that must not be connected to; aiohttp reports it as a DNS failure."""

    def __init__(self, host: str, address: Address) -> None:
        super().__init__(refusal(host, address))


class PublicOnlyResolver(AbstractResolver):
    """A resolver's answers, refusing any with an address that `allowed` refuses.

    The connector connects to exactly the addresses this returns, so the address checked is the
    address connected to: a name that resolves public for a check and private for the connection
    (DNS rebinding) cannot slip through.
    """

    def __init__(self, inner: AbstractResolver, allowed: Allowed = public_only) -> None:
        self._inner = inner
        self._allowed = allowed

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:  # all must be public: any of them may be the one used
            address = ipaddress.ip_address(result["host"])
            if not self._allowed(host, address):
                raise Refused(host, address)
        return results

    async def close(self) -> None:
        pass  # the inner resolver is shared: whoever made it closes it


def refusal(host: str, address: Address) -> str:
    return f"{host} is a private address ({address}): not allowed"
