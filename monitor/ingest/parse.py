"""Parse one fetched body into a ParsedFeed: decode, read (monitor.ingest.feedxml), then plain typed Entries.

The DOCTYPE is neutralised before any XML parser runs, so that no entity expands.
"""
from __future__ import annotations

import calendar
import hashlib
import re
import time
import xml.sax
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin

from feedparser.encodings import convert_to_utf8

from monitor.ingest import feedxml
from monitor.ingest.links import canonical_link
from monitor.model import Entry, ParsedFeed
from monitor.ingest.html import visible_text

# A date this far past the poll is a wrong zone or a scheduled post: it is treated as "now".
_FUTURE_SLACK = timedelta(days=1)
# The start of a summary that also opens the content ("excerpt […]" + full text): one text.
_EXCERPT_HEAD = 120
_UNTITLED_LENGTH = 80
_HTML_START = re.compile(rb"^(\xef\xbb\xbf)?\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
# What may precede the DOCTYPE: a BOM, white space, the XML declaration and other PIs, comments.
_PROLOG_ITEM = re.compile(rb"\xef\xbb\xbf|\s+|<\?.*?\?>|<!--.*?-->", re.S)
# An internal-subset entity that cannot expand into anything: one character reference or a
# short literal (short, so that a million references stay a few times the body's size).
_SAFE_ENTITY = re.compile(rb'<!ENTITY\s+(\w+)\s+"(&#\w+;|[^&%"<]{0,16})"\s*>')
# What can hide a `]` or `>` inside a DOCTYPE: quoted strings, comments, processing instructions.
_DECLARATION_TOKENS = re.compile(rb'"[^"]*"|\'[^\']*\'|<!--.*?-->|<\?.*?\?>|[\[\]>]', re.S)
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
_XML_TYPES = frozenset({"application/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml"})


class ParseError(Exception):
    """The body is not a feed at all; `str(err)` says what it is instead."""


def parse_feed(body: bytes, *, url: str, content_type: str | None = None, now: datetime | None = None) -> ParsedFeed:
    """The feed in `body` (fetched from `url`), its entries normalised; raises ParseError if not a feed."""
    if not body.strip():
        raise ParseError("the feed is empty: the server sent no content")
    now = now or datetime.now(timezone.utc)
    utf8, decoding_error = decode(body, content_type)
    document = feedxml.read(utf8)
    malformed = None
    if document.bozo is not None or decoding_error is not None:
        malformed = _bozo_reason(document.bozo if document.bozo is not None else decoding_error)
    if not document.entries and not document.version:
        if _HTML_START.match(body) or (content_type or "").lower().startswith("text/html"):
            raise ParseError("this is an HTML page, not a feed")
        raise ParseError(f"not a feed: {malformed or 'no RSS, Atom or RDF element found'}")
    return ParsedFeed(
        title=_text(document.title),
        link=canonical_link(_absolute(url, document.link or url)),
        entries=tuple(_entry(raw, url, now) for raw in document.entries),
        malformed=malformed,
    )


def decode(body: bytes, content_type: str | None) -> tuple[bytes, Exception | None]:
    """`body` as UTF-8 with its DOCTYPE neutralised, what both feed readers read; and what was
    wrong with its encoding, if anything."""
    # Decoded first, exactly as feedparser would (BOM, header, declaration, fallbacks), so that
    # the DOCTYPE is found in the text the XML parser will read, whatever the encoding (a
    # "+ADw-!DOCTYPE" in UTF-7 is a DOCTYPE too). feedparser's own second pass over UTF-8 is cheap.
    decoding: dict = {}  # feedparser notes an encoding problem here, as "bozo_exception"
    utf8 = convert_to_utf8(_headers(body, content_type), body, decoding)
    return _neutralise_doctype(utf8), decoding.get("bozo_exception")


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


def _headers(body: bytes, content_type: str | None) -> dict[str, str]:
    """Response headers for decoding the body, with the server's usual labelling mistakes undone.

    No type, text/html or text/plain, and text/xml without charset (us-ascii after RFC 3023)
    would flag a good feed as malformed: the BOM and XML declaration decide (RFC 7303). A
    legacy charset on a body that is valid, non-ASCII UTF-8 is wrong: UTF-8 almost never
    decodes by accident. (No Content-Location is ever passed: feedparser would resolve a
    guid such as "78872" against it, and the guid must stay as the feed gives it.)
    """
    mime, _, params = (content_type or "").partition(";")
    charset = _CHARSET.search(params)
    headers = {"content-type": "application/xml"}
    if charset and mime.strip().lower() in _XML_TYPES:
        headers["content-type"] = f"{mime.strip()}; charset={charset.group(1)}"
    elif charset:
        headers["content-type"] = f"application/xml; charset={charset.group(1)}"
    if charset and charset.group(1).lower().replace("_", "-") not in ("utf-8", "utf8") and _is_utf8(body):
        headers["content-type"] = "application/xml; charset=utf-8"
    return headers


def _is_utf8(body: bytes) -> bool:
    """Whether `body` holds non-ASCII text that decodes as UTF-8."""
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _neutralise_doctype(body: bytes) -> bytes:
    """`body` (UTF-8) with each DOCTYPE replaced by one declaring only entities that cannot expand.

    Defeats "billion laughs" and external entities (XXE, issue 5) before any XML parser runs;
    feedparser's own DOCTYPE handling misses a DOCTYPE written on one line. Only the prolog is
    read, as an XML parser reads it, so a "<!DOCTYPE" quoted in an article is left alone.
    """
    pos = 0
    while True:
        item = _PROLOG_ITEM.match(body, pos)
        if item is not None:
            pos = item.end()
            continue
        doctype = _DOCTYPE.match(body, pos)
        if doctype is None:
            return body
        end = _declaration_end(body, doctype.end())
        safe = _SAFE_ENTITY.findall(body[doctype.end():end])
        replacement = b""
        if safe:
            declarations = b"".join(b'<!ENTITY %s "%s">\n' % pair for pair in safe)
            replacement = b"<!DOCTYPE feed [\n" + declarations + b"]>"
        body = body[:pos] + replacement + body[end:]
        pos += len(replacement)


def _declaration_end(body: bytes, start: int) -> int:
    """Index just past the `>` closing the declaration opened before `start` (internal subset included)."""
    depth = 0
    for token in _DECLARATION_TOKENS.finditer(body, start):
        mark = token.group()
        if mark == b"[":
            depth += 1
        elif mark == b"]":
            depth = max(0, depth - 1)
        elif mark == b">" and depth == 0:
            return token.end()
    return len(body)  # unterminated: everything after it was part of the declaration
