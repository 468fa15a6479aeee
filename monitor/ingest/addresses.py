"""Which addresses a user-submitted feed may reach: public ones only (issue 5), checked on the
addresses the connection really uses."""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

# Cloud instance-metadata endpoints (AWS/GCP/Azure, AWS IPv6, Alibaba): never a feed.
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "fd00:ec2::254", "100.100.100.200",
))

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


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
    return ip.is_global and not ip.is_multicast and ip not in METADATA_ADDRESSES


class Refused(OSError):
    """A resolved address that must not be connected to; aiohttp reports it as a DNS failure."""

    def __init__(self, host: str, address: Address) -> None:
        super().__init__(refusal(host, address))


class PublicOnlyResolver(AbstractResolver):
    """aiohttp's resolver, refusing any answer with a non-public address.

    The connector connects to exactly the addresses this returns, so the address checked is the
    address connected to: a name that resolves public for a check and private for the connection
    (DNS rebinding) cannot slip through.
    """

    def __init__(self, allowed: Callable[[str, Address], bool]) -> None:
        self._inner = DefaultResolver()
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
        await self._inner.close()


def refusal(host: str, address: Address) -> str:
    return f"{host} is a private address ({address}): not allowed"
