"""A fetched body made safe to read: decoded to UTF-8 exactly as feedparser would, its DOCTYPE
neutralised (no entity expands: billion laughs, XXE), its invalid character references
repaired (issue 10: a surrogate pair written as two references becomes its character, a lone
one or one out of range U+FFFD), so that both feed readers read the same safe bytes.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from feedparser.encodings import convert_to_utf8

# What may precede the DOCTYPE: a BOM, white space, the XML declaration and other PIs, comments.
_PROLOG_ITEM = re.compile(rb"\xef\xbb\xbf|\s+|<\?.*?\?>|<!--.*?-->", re.S)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.I)
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


class Decoded(NamedTuple):
    """A body as both feed readers read it."""

    utf8: bytes  # UTF-8, DOCTYPE neutralised, invalid character references repaired
    error: Exception | None  # what was wrong with its encoding, if anything
    repaired: int  # invalid characters or character references replaced


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
        text, repaired = mend_surrogates(err.object)
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


def mend_surrogates(text: str) -> tuple[str, int]:
    """`text` with surrogate pairs joined into their character and lone surrogates as U+FFFD."""
    mended = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return mended, sum(1 for c in text if "\ud800" <= c <= "\udfff") - sum(1 for c in mended if c > "\uffff")


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
