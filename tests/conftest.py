"""Fixtures shared by the test modules: a real database file, a fake Bot API server."""
from __future__ import annotations

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
