"""What a feed says, made harmless to show: no control or bidi character, only web links clickable.

Pure: no I/O. A feed's title, name or text could hold a terminal escape ("\\x1b[2J" clears
the operator's screen), a NUL, or a bidi override that shows "gpj.exe" as "exe.jpg"; its
link could be `javascript:`, `data:`, `tg://` or `file:` (issue 10). Telegram and the console
get the text without those characters, with the matched-word offsets moved to match.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from urllib.parse import urlsplit

# Line breaks and tabs become a space (one for one: offsets stay), every other C0/C1 control
# and every bidi control (U+061C, U+200E/F, U+202A–E, U+2066–9) is removed.
_AS_SPACE = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")
_REMOVED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE = re.compile(f"{_AS_SPACE.pattern}|{_REMOVED.pattern}")
_WEB = ("http", "https")


def clean(value: str) -> str:
    """`value` without control or bidi characters."""
    return clean_spans(value, ())[0]


def clean_spans(value: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """`value` cleaned, and `spans` ([start, end) in `value`) moved onto the same characters."""
    if _UNSAFE.search(value) is None:  # nearly always: nothing to do
        return value, list(spans)
    spaced = _AS_SPACE.sub(" ", value)
    removed = [m.start() for m in _REMOVED.finditer(spaced)]
    cleaned = _REMOVED.sub("", spaced)
    moved = []
    for start, end in spans:
        start, end = start - bisect_left(removed, start), end - bisect_left(removed, end)
        if start < end:
            moved.append((start, end))
    return cleaned, moved


def clickable(link: str) -> bool:
    """Whether `link` may be a link in a message: an absolute http(s) address and nothing odd in it."""
    if _UNSAFE.search(link) is not None:
        return False
    try:
        parts = urlsplit(link)
    except ValueError:
        return False
    return parts.scheme.lower() in _WEB and bool(parts.hostname)
