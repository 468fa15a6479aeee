"""Durations as people write them in config and commands: "30s", "10m", "2h", "7d", "1h30m"."""
from __future__ import annotations

import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)


def parse_duration(text: str) -> float:
    """Seconds in `text`; raises ValueError with an example of what is expected."""
    cleaned = text.strip().lower()
    parts = _PART.findall(cleaned)
    if not cleaned or _PART.sub("", cleaned).strip():
        raise ValueError(f"{text!r} is not a duration (write e.g. 30s, 10m, 2h, 7d)")
    return sum(float(number) * _UNITS[unit] for number, unit in parts)


def format_duration(seconds: float) -> str:
    """The short form people read back: 90 -> "1m30s", 7200 -> "2h"."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    out = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        amount, seconds = divmod(seconds, size)
        if amount:
            out.append(f"{amount}{unit}")
    return "".join(out[:2])
