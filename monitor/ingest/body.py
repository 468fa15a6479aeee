"""What a fetch reads of an answer: its media type checked first, then its body decoded under a cap."""
from __future__ import annotations

import zlib
from collections.abc import Iterator

import aiohttp

from monitor.ingest.fetcherrors import FetchError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})  # an article page (issue 11)
_CHUNK = 64 * 1024


def media_type(content_type: str | None) -> str:
    """`text/html` from `Text/HTML; charset=utf-8`; "" when there is none."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def check_media_type(content_type: str | None, accepted: frozenset[str], url: str) -> None:
    """Refuse an answer whose media type is not `accepted`, before a byte of its body is read."""
    found = media_type(content_type)
    if found in accepted:
        return
    what = "an HTML page" if accepted and accepted <= HTML_TYPES else "of type " + " or ".join(sorted(accepted))
    raise FetchError("not_allowed_type", f"not {what} ({found or 'no Content-Type'})", url=url)


async def read_body(response: aiohttp.ClientResponse, url: str, cap: int) -> tuple[bytes, int]:
    """(the decoded body, its size on the wire), read as it streams in so that `cap` cuts a bomb early."""
    too_large = FetchError("too_large", f"body larger than {_size(cap)}", url=url)
    length = response.headers.get("Content-Length", "")
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    if length.isdigit() and encoding in ("", "identity") and int(length) > cap:
        raise too_large
    decoder = _Decoder(encoding, url)
    parts: list[bytes] = []
    size = wire = 0
    async for raw in response.content.iter_any():  # raw: the session's auto_decompress is off
        wire += len(raw)
        for part in decoder.decode(raw, cap - size + 1):
            size += len(part)
            if size > cap:
                raise too_large
            parts.append(part)
    parts.append(decoder.flush())
    if sum(map(len, parts)) > cap:
        raise too_large
    return b"".join(parts), wire


class _Decoder:
    """Content-Encoding decoding with a bound on each output, so 50 MB of zeros never materialise."""

    def __init__(self, encoding: str, url: str) -> None:
        self._url = url
        self._encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = None  # zlib-wrapped or raw deflate: decided on the first bytes
        elif encoding in ("", "identity"):
            self._zlib = None
        else:
            raise FetchError("network", f"unsupported Content-Encoding {encoding!r}", url=url)

    def decode(self, data: bytes, limit: int) -> Iterator[bytes]:
        """Yield decoded pieces of `data`; stops once more than `limit` bytes came out."""
        if self._encoding in ("", "identity"):
            yield data
            return
        if self._zlib is None:  # deflate: servers send zlib-wrapped or raw, tell by the header
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        try:
            while data and limit > 0:
                out = self._zlib.decompress(data, min(limit, _CHUNK))
                limit -= len(out)
                data = self._zlib.unconsumed_tail
                yield out
        except zlib.error as err:
            raise FetchError("network", f"corrupt {self._encoding} body: {err}", url=self._url) from None

    def flush(self) -> bytes:
        """What the decompressor still holds (at most a window's worth)."""
        return self._zlib.flush() if self._zlib is not None else b""


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:g} MiB" if n >= 1024 * 1024 else f"{n / 1024:g} KiB"
