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
from typing import NamedTuple
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
# A numeric character reference, in XML ("&#233;") or in HTML escaped inside XML ("&amp;#233;").
_REFERENCE = re.compile(rb"&(amp;)?#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_MAX_DIGITS = 8  # more than any character needs: "&#x0000000000110000;" is out of range, not read
_REPLACEMENT = 0xFFFD
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


class Decoded(NamedTuple):
    """A body as both feed readers read it."""

    utf8: bytes  # UTF-8, DOCTYPE neutralised, invalid character references repaired
    error: Exception | None  # what was wrong with its encoding, if anything
    repaired: int  # invalid characters or character references replaced


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


def decode(body: bytes, content_type: str | None) -> Decoded:
    """`body` as both feed readers read it (UTF-8, DOCTYPE neutralised, character references
    repaired), what was wrong with its encoding, and how many characters were repaired."""
    # Decoded first, exactly as feedparser would (BOM, header, declaration, fallbacks), so that
    # the DOCTYPE is found in the text the XML parser will read, whatever the encoding (a
    # "+ADw-!DOCTYPE" in UTF-7 is a DOCTYPE too). feedparser's own second pass over UTF-8 is cheap.
    decoding: dict = {}  # feedparser notes an encoding problem here, as "bozo_exception"
    repaired = 0
    try:
        utf8 = convert_to_utf8(_headers(body, content_type), body, decoding)
    except UnicodeEncodeError as err:  # decoded (UTF-7 "+2D0-"…) into surrogates: mend the text it made
        text, repaired = _mend_surrogates(err.object)
        utf8 = text.encode("utf-8")
    utf8, references = _mend_references(_neutralise_doctype(utf8))
    return Decoded(utf8, decoding.get("bozo_exception"), repaired + references)


def _mend_references(utf8: bytes) -> tuple[bytes, int]:
    """`utf8` with each numeric reference to a character XML forbids made valid, and how many.

    A surrogate pair written as two references ("&#xD83D;&#xDE00;", a common CMS bug) becomes
    its character; a lone surrogate or one past U+10FFFF becomes U+FFFD; NUL, a C0 control,
    U+FFFE or U+FFFF is dropped. Otherwise lxml refuses the whole document and feedparser's loose
    reader gives a str that cannot be encoded (issue 10). In escaped HTML ("&amp;#xD800;")
    only what HTML cannot read either is touched.
    """
    if b"&#" not in utf8 and b"&amp;#" not in utf8:
        return utf8, 0
    parts: list[bytes] = []
    done = repaired = 0
    matches = list(_REFERENCE.finditer(utf8))
    i = 0
    while i < len(matches):
        here = matches[i]
        code = _code_point(here)
        html = here.group(1) is not None
        if _valid_reference(code, html):
            i += 1
            continue
        end, character = here.end(), _replacement(code)
        if 0xD800 <= code <= 0xDBFF and i + 1 < len(matches):
            after = matches[i + 1]
            low = _code_point(after)
            if after.start() == end and (after.group(1) is not None) == html and 0xDC00 <= low <= 0xDFFF:
                character = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                end = after.end()
                i += 1
        written = b"" if character is None else b"&#x%X;" % character
        parts += [utf8[done:here.start()], b"&amp;" + written[1:] if html and written else written]
        done = end
        repaired += 1
        i += 1
    if not repaired:
        return utf8, 0
    parts.append(utf8[done:])
    return b"".join(parts), repaired


def _code_point(reference: re.Match[bytes]) -> int:
    hexadecimal, decimal = reference.group(2), reference.group(3)
    digits = (hexadecimal or decimal).lstrip(b"0")
    if len(digits) > _MAX_DIGITS:
        return -1
    return int(digits or b"0", 16 if hexadecimal else 10)


def _replacement(code: int) -> int | None:
    """What stands for an invalid reference: a control or non-character is dropped ("o&#x1F;ffre"
    is "offre"), a character that cannot exist is U+FFFD."""
    return _REPLACEMENT if code < 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else None


def _valid_reference(code: int, html: bool) -> bool:
    if html:  # HTML maps C0 and C1 references itself (&#150; is a dash): only the unreadable matter
        return 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


def _mend_surrogates(text: str) -> tuple[str, int]:
    """`text` with surrogate pairs joined into their character and lone surrogates as U+FFFD."""
    mended = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return mended, sum(1 for c in text if "\ud800" <= c <= "\udfff") - sum(1 for c in mended if c > "\uffff")


def _fit(text: str) -> tuple[str, int]:
    """`text` fit for SQLite and Telegram (encodable as UTF-8, no C0 control), and how many
    characters that took."""
    if _UNFIT.search(text) is None:
        return text, 0
    mended, repaired = _mend_surrogates(text)
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
