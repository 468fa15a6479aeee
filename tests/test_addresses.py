"""Which addresses count as public: every IPv6 form that embeds an IPv4 address (issue 10)."""
from __future__ import annotations

import ipaddress

import pytest

from monitor.ingest.addresses import is_public_address

# (form, address, the IPv4 address it carries, public?): each form with a private and a public
# IPv4 address inside. Mapped and NAT64 are judged by that address; the others are never public.
EMBEDDED = [
    ("mapped", "::ffff:127.0.0.1", "127.0.0.1", False),
    ("mapped", "::ffff:169.254.169.254", "169.254.169.254", False),
    ("mapped", "::ffff:8.8.8.8", "8.8.8.8", True),
    ("compatible", "::127.0.0.1", "127.0.0.1", False),
    ("compatible", "::8.8.8.8", "8.8.8.8", False),
    ("siit", "::ffff:0:127.0.0.1", "127.0.0.1", False),
    ("siit", "::ffff:0:8.8.8.8", "8.8.8.8", False),
    ("nat64", "64:ff9b::127.0.0.1", "127.0.0.1", False),
    ("nat64", "64:ff9b::10.0.0.1", "10.0.0.1", False),
    ("nat64", "64:ff9b::169.254.169.254", "169.254.169.254", False),
    ("nat64", "64:ff9b::8.8.8.8", "8.8.8.8", True),
    ("nat64-local", "64:ff9b:1::127.0.0.1", "127.0.0.1", False),
    ("nat64-local", "64:ff9b:1::8.8.8.8", "8.8.8.8", False),
    ("6to4", "2002:7f00:1::1", "127.0.0.1", False),
    ("6to4", "2002:808:808::1", "8.8.8.8", False),
    ("teredo", "2001:0:a00:1::f5ff:fffe", "10.0.0.1", False),  # server and client 10.0.0.1
    ("teredo", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "65.54.227.120", False),  # RFC 4380's example
]


def embedded_ipv4(form: str, address: ipaddress.IPv6Address) -> ipaddress.IPv4Address:
    """The IPv4 address `address` carries, by the rule of its form."""
    if form == "6to4":
        return address.sixtofour
    if form == "teredo":
        return address.teredo[0]  # the server's; the client's is obfuscated
    return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)


@pytest.mark.parametrize("form, address, ipv4, public", EMBEDDED, ids=[f"{f}-{a}" for f, a, _, _ in EMBEDDED])
def test_ipv6_forms_that_embed_an_ipv4_address(form, address, ipv4, public):
    ip = ipaddress.ip_address(address)
    assert embedded_ipv4(form, ip) == ipaddress.ip_address(ipv4)  # the table says what it means
    assert is_public_address(address) is public
    assert is_public_address(ip) is public


def test_the_forms_judged_by_their_ipv4_agree_with_it():
    for form, address, ipv4, public in EMBEDDED:
        if form in ("mapped", "nat64"):
            assert is_public_address(ipv4) is public, address


@pytest.mark.parametrize("address", ["2606:4700:4700::1111", "2a00:1450:4007:80f::200e", "2001:4860:4860::8888"])
def test_ordinary_public_ipv6_stays_public(address):
    """The never-public prefixes are narrow: 2001:4860:: (Google) is not Teredo's 2001::/32."""
    assert is_public_address(address)
