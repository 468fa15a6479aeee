"""Fixtures shared by the test modules: a real database file, a fake Bot API server."""
from __future__ import annotations

import ipaddress
import socket

import pytest

from monitor.store import open_database
from tests.fakebotapi import FakeBotAPI


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated database in a real file."""
    database = open_database(tmp_path / "veille.db")
    yield database
    database.conn.close()


@pytest.fixture
def api():
    """A fake Bot API server on 127.0.0.1 that the real python-telegram-bot client talks to."""
    with FakeBotAPI() as server:
        yield server


_getaddrinfo = socket.getaddrinfo


def _loopback_only(host, *args, **kwargs):
    """Name resolution for the tests: loopback names and addresses only, so that no test ever
    reaches the internet (an article's link to https://example.fr/… fetched for its page)."""
    name = host.decode() if isinstance(host, bytes) else str(host or "")
    try:
        loopback = ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        try:  # what the C library reads as an address ("0x7f.1", "127.1")
            loopback = ipaddress.ip_address(socket.inet_aton(name)).is_loopback
        except OSError:
            loopback = name.lower() in ("localhost", "localhost.localdomain")
    if not loopback:
        raise socket.gaierror(socket.EAI_NONAME, f"{name}: tests never reach the internet (tests/conftest.py)")
    return _getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Every test resolves loopback names only."""
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only)
