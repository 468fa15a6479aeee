"""Showing matches: escape a text with the matched words marked, and cut a snippet around them."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

ELLIPSIS = "…"


def _merged(spans: Iterable[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Spans clipped to the text, sorted, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(size, e)) for s, e in spans):
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def highlight(text: str, spans: Iterable[tuple[int, int]], mark: Callable[[str], str],
              escape: Callable[[str], str]) -> str:
    """`text` escaped, each span wrapped by `mark` (e.g. lambda s: f"<b>{s}</b>")."""
    parts: list[str] = []
    done = 0
    for start, end in _merged(spans, len(text)):
        parts.append(escape(text[done:start]))
        parts.append(mark(escape(text[start:end])))
        done = end
    parts.append(escape(text[done:]))
    return "".join(parts)


def snippet(text: str, spans: Sequence[tuple[int, int]], max_chars: int) -> tuple[str, list[tuple[int, int]]]:
    """At most `max_chars` of `text` around the first span, cut between words, with the spans moved."""
    spans = _merged(spans, len(text))
    if len(text) <= max_chars:
        return text, spans
    if max_chars <= 2 * len(ELLIPSIS):  # no room for a window between two ellipses
        return text[:max(0, max_chars)], [(s, e) for s, e in spans if e <= max_chars]
    budget = max_chars - 2 * len(ELLIPSIS)
    first = spans[0][0] if spans else 0
    start = max(0, min(first - budget // 4, len(text) - budget))
    end = min(len(text), start + budget)
    if start > 0 and not text[start - 1].isspace():  # do not begin inside a word
        cut = text.find(" ", start, first if spans else end)
        start = cut + 1 if cut != -1 else start
    if end < len(text) and not text[end].isspace():  # do not end inside a word
        cut = text.rfind(" ", max(start, spans[0][1] if spans else start), end)
        end = cut if cut != -1 else end
    window = text[start:end].strip()
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    shift = len(head) - offset
    moved = [(s + shift, e + shift) for s, e in spans if s >= offset and e <= offset + len(window)]
    return head + window + tail, moved
