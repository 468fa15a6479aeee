"""Fetch one article page politely and safely (issue 11): robots.txt for "Veille" first, then
the page, both through the one Fetcher with the trust of the feed the link came from, one
PageGate turn per site, HTML only, size-capped. Never raises for a page's own problems.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from monitor.ingest.extract import MAX_BYTES
from monitor.ingest.fetch import HTML_TYPES, PAGE_ACCEPT, Fetched, FetchError, Fetcher
from monitor.ingest.politeness import PageGate, site_of
from monitor.ingest.robots import MAX_BYTES as ROBOTS_BYTES
from monitor.ingest.robots import RobotsCache

# A fetch refused for its media type is, for the operator, a page that is not HTML.
_KINDS = {"not_allowed_type": "not_html"}
_REFUSED_KEPT = 1024


@dataclass(frozen=True, slots=True)
class PageFailure:
    """Why a page gave no text: a fetch error's kind ("http", "timeout", "too_large",
    "not_html", "not_allowed", ...), the extractor's, "robots", or "bad_link" (ftp:, mailto:)."""

    kind: str
    reason: str


@dataclass
class PageReader:
    """`await reader.read(link, private_ok=...)`: the page as fetched, or why not."""

    fetcher: Fetcher
    gate: PageGate = field(default_factory=PageGate)
    max_bytes: int = MAX_BYTES
    _robots: dict[bool, RobotsCache] = field(default_factory=dict)
    # robots.txt fetches refused by the trust: the page is refused for that, not for robots.
    _refused: dict[str, str] = field(default_factory=dict)

    async def read(self, link: str, *, private_ok: bool) -> Fetched | PageFailure:
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return PageFailure("bad_link", f"the entry's link is not a web page address: {link[:100]!r}")
        async with self.gate.slot(site_of(link)):
            if not await self._robots_for(private_ok).allowed(link):
                refused = self._refused.get(_robots_url(link))
                if refused is not None and not private_ok:
                    return PageFailure("not_allowed", refused)
                return PageFailure("robots", "robots.txt disallows Veille on this page")
            try:
                return await self.fetcher.fetch(link, private_ok=private_ok, accept=PAGE_ACCEPT,
                                                content_types=HTML_TYPES, max_bytes=self.max_bytes)
            except FetchError as err:
                return PageFailure(_KINDS.get(err.kind, err.kind), str(err))

    def _robots_for(self, private_ok: bool) -> RobotsCache:
        # One cache per trust: a chat feed's refused robots.txt must not close an operator's site.
        robots = self._robots.get(private_ok)
        if robots is None:
            robots = self._robots[private_ok] = RobotsCache(lambda url: self._robots_txt(url, private_ok))
        return robots

    async def _robots_txt(self, url: str, private_ok: bool) -> tuple[int, str] | None:
        try:
            fetched = await self.fetcher.fetch(url, private_ok=private_ok, accept="text/plain",
                                               max_bytes=ROBOTS_BYTES)
        except FetchError as err:
            if err.kind == "not_allowed":
                if len(self._refused) >= _REFUSED_KEPT:
                    self._refused.clear()
                self._refused[url] = str(err)
            if err.kind == "too_large":
                return None  # not a robots.txt: a failure (disallow, asked again soon)
            return (err.status, "") if err.status is not None else None
        return fetched.status, fetched.body.decode("utf-8", errors="replace")


def _robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}/robots.txt"
