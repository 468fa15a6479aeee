"""Parse one fetched body into a ParsedFeed: decode, read (monitor.ingest.feedxml), then plain typed Entries.

The DOCTYPE is neutralised before any XML parser runs, so that no entity expands.
"""
from __future__ import annotations

import calendar
import hashlib
import re
import time
import xml.sax
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin

from monitor.ingest import feedxml
from monitor.ingest.decode import decode, mend_surrogates
from monitor.ingest.links import canonical_link
from monitor.model import Entry, ParsedFeed
from monitor.ingest.html import visible_text

# A date this far past the poll is a wrong zone or a scheduled post: it is treated as "now".
_FUTURE_SLACK = timedelta(days=1)
# The start of a summary that also opens the content ("excerpt […]" + full text): one text.
_EXCERPT_HEAD = 120
_UNTITLED_LENGTH = 80
_HTML_START = re.compile(rb"^(\xef\xbb\xbf)?\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
# What no Entry string may hold: surrogates (not encodable as UTF-8, so refused by SQLite's
# binding and by Telegram) and the C0 controls that XML forbids (feedparser's loose reader keeps them).
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_UNFIT_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ParseError(Exception):
    """The body is not a feed at all; `str(err)` says what it is instead, `kind` in a word
    ("empty", "unreadable", "html", "not_feed") for texts in other languages."""

    def __init__(self, message: str, kind: str = "not_feed") -> None:
        super().__init__(message)
        self.kind = kind

    def __reduce__(self):  # from a parse worker: keep the kind
        return (ParseError, (str(self), self.kind))


def parse_feed(body: bytes, *, url: str, content_type: str | None = None, now: datetime | None = None) -> ParsedFeed:
    """The feed in `body` (fetched from `url`), its entries normalised; raises ParseError if not a feed.

    Nothing else escapes (issue 10): an invalid character is repaired, an item that still
    cannot be read is skipped, and both are told in `malformed`, so that one bad item never
    stops the feed.
    """
    if not body.strip():
        raise ParseError("the feed is empty: the server sent no content", "empty")
    now = now or datetime.now(timezone.utc)
    try:
        utf8, decoding_error, repaired = decode(body, content_type)
        document = feedxml.read(utf8)
    except Exception as err:  # a reader's own failure: the feed is unreadable, say why
        raise ParseError(f"unreadable feed ({type(err).__name__}: {_one_line(err)})", "unreadable") from None
    problems = []
    if document.bozo is not None or decoding_error is not None:
        problems.append(_bozo_reason(document.bozo if document.bozo is not None else decoding_error))
    if not document.entries and not document.version:
        if _HTML_START.match(body) or (content_type or "").lower().startswith("text/html"):
            raise ParseError("this is an HTML page, not a feed", "html")
        raise ParseError(f"not a feed: {problems[0] if problems else 'no RSS, Atom or RDF element found'}")
    entries: list[Entry] = []
    skipped: list[str] = []
    for raw in document.entries:
        mended, count = _mended(raw)
        repaired += count
        try:
            entries.append(_entry(mended, url, now))
        except Exception as err:  # this item only: its siblings are kept
            skipped.append(f"{type(err).__name__}: {_one_line(err)}")
    title, count = _fit(document.title.value)
    link, more = _fit(document.link or url)
    repaired += count + more
    title = _text(feedxml.Text(title, document.title.type))
    if repaired:
        problems.append(f"repaired {repaired} invalid character{'s' if repaired > 1 else ''}")
    if skipped:
        problems.append(f"{len(skipped)} item{'s' if len(skipped) > 1 else ''} skipped: {skipped[0]}")
    try:
        link = canonical_link(_absolute(url, link))
    except Exception:
        link = ""
    return ParsedFeed(title=title, link=link, entries=tuple(entries), malformed="; ".join(problems) or None)


def _fit(text: str) -> tuple[str, int]:
    """`text` fit for SQLite and Telegram (encodable as UTF-8, no C0 control), and how many
    characters that took."""
    if _UNFIT.search(text) is None:
        return text, 0
    mended, repaired = mend_surrogates(text)
    repaired += len(_UNFIT_CONTROLS.findall(mended))
    return _UNFIT_CONTROLS.sub("", mended), repaired


def _mended(raw: feedxml.RawEntry) -> tuple[feedxml.RawEntry, int]:
    """`raw` with every string made fit (`_fit`), and how many characters that took."""
    count = 0

    def fit(text: str) -> str:
        nonlocal count
        text, repaired = _fit(text)
        count += repaired
        return text

    def fit_text(construct: feedxml.Text) -> feedxml.Text:
        return feedxml.Text(fit(construct.value), construct.type)

    mended = replace(
        raw, id=fit(raw.id), link=fit(raw.link), title=fit_text(raw.title), summary=fit_text(raw.summary),
        contents=tuple(map(fit_text, raw.contents)), author=fit(raw.author), tags=tuple(map(fit, raw.tags)),
    )
    return (mended, count) if count else (raw, 0)


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())[:200] or "no detail"


def _entry(raw: feedxml.RawEntry, url: str, now: datetime) -> Entry:
    link = canonical_link(_absolute(url, raw.link))
    text = _merge_texts([_text(raw.summary), *map(_text, raw.contents)])
    return Entry(
        guid=raw.id.strip() or link or _hash_guid(raw),
        link=link,
        title=_text(raw.title) or _untitled(text) or link,
        text=text,
        author=" ".join(raw.author.split()),
        tags=tuple(dict.fromkeys(t for t in (" ".join(tag.split()) for tag in raw.tags) if t)),
        published=_published(raw.published, now),
    )


def _absolute(base: str, link: str) -> str:
    """`link` resolved against the feed's URL ("/article/1" is common); junk left as is."""
    link = link.strip()
    if not link:
        return ""
    try:
        return urljoin(base, link)
    except ValueError:
        return link


def _untitled(text: str) -> str:
    """A title for an entry that has none (microblogs): the opening words of its text."""
    if len(text) <= _UNTITLED_LENGTH:
        return text
    return text[:_UNTITLED_LENGTH].rsplit(" ", 1)[0] + "…"


def _hash_guid(raw: feedxml.RawEntry) -> str:
    """A stable id for an entry with neither id nor link: its title and summary as given."""
    seed = f"{raw.title.value}\n{raw.summary.value}".encode("utf-8", "replace")
    return "sha1:" + hashlib.sha1(seed).hexdigest()


def _text(construct: feedxml.Text) -> str:
    """Plain text of a text construct: markup removed only when it is markup."""
    if construct.type == feedxml.PLAIN:
        return " ".join(construct.value.split())  # already decoded; "a < b" is text, not a tag
    return visible_text(construct.value)


def _merge_texts(texts: list[str]) -> str:
    """Summary and content as one text: when one repeats or opens the other, only the longer stays."""
    merged: list[str] = []
    for text in texts:
        if not text:
            continue
        for i, kept in enumerate(merged):
            if _overlap(text, kept):
                merged[i] = max(kept, text, key=len)
                break
        else:
            merged.append(text)
    return " ".join(merged)


def _overlap(a: str, b: str) -> bool:
    return a in b or b in a or _opening(a) in b or _opening(b) in a


def _opening(text: str) -> str:
    """The first words of `text` (an excerpt ends with "[…]", so compare how it starts)."""
    if len(text) <= _EXCERPT_HEAD:
        return text.rstrip(" .…[]()")
    return text[:_EXCERPT_HEAD].rsplit(" ", 1)[0]


def _published(parsed: time.struct_time | None, now: datetime) -> datetime | None:
    if not parsed:
        return None
    try:
        when = datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc)
    except (OverflowError, ValueError, OSError):
        return None
    return min(when, now) if when - now > _FUTURE_SLACK else when


def _bozo_reason(exc: Exception | None) -> str:
    if isinstance(exc, xml.sax.SAXParseException):
        return f"XML error at line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    reason = str(exc) if exc is not None else ""
    return reason or (type(exc).__name__ if exc is not None else "malformed feed")


