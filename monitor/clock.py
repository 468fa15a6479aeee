"""The one clock: aware UTC time. Everything that decides takes `now` as a parameter instead."""
from __future__ import annotations

from datetime import datetime, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
