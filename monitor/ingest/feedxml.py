"""The two readers of a decoded feed document: a fast one for plain RSS 2.0, feedparser for all else.

feedparser costs about 13 ms of CPU for a 30-entry feed, most of it in Python callbacks for
each XML event; a cold cycle of 1,000 feeds must fit in 10 s on two cores (issue 6). Most
French outlets serve plain RSS 2.0 (WordPress and the like), which lxml reads in well under
a millisecond. `read_fast` reads such a document only when every element of its items is one
whose meaning it reproduces exactly as feedparser gives it, reusing feedparser's own helpers
(dates, HTML sniffing, URI fixing, cp1252 repair); anything else, and every document that is
not well-formed, is left to feedparser. tests/test_feedxml.py checks both give the same.
"""
from __future__ import annotations

import io
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass

import feedparser
from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin
from lxml import etree

HTML, PLAIN = "text/html", "text/plain"

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ATOM = "{http://www.w3.org/2005/Atom}"
# Item children read, by how they are read; the ones feedparser keeps only in fields Veille
# never uses are skipped. Any other child sends the document to feedparser.
_TEXTS = {  # element -> the field feedparser fills from it
    "title": "title", "link": "link", "guid": "guid", "description": "description", "pubdate": "published",
    f"{_CONTENT}encoded": "content", f"{_DC}date": "updated", f"{_ATOM}updated": "updated",
}
_AUTHORS = {"author", f"{_DC}creator"}
_TAGS = {"category", f"{_DC}subject"}
_SKIPPED = {
    "comments", "enclosure", "{http://wellformedweb.org/CommentAPI/}commentrss",
    "{http://purl.org/rss/1.0/modules/slash/}comments",
    "{http://search.yahoo.com/mrss/}content", "{http://search.yahoo.com/mrss/}thumbnail",
    f"{_DC}format", f"{_DC}language",
}
# Attributes that change how feedparser reads a text element (content type, base64), and an
# item or channel (an id, a date, a link: Microsoft's CDF); xml:lang and the like change nothing.
_MEANINGFUL_ATTRIBUTES = ("type", "mode")
_CDF_ATTRIBUTES = ("lastmod", "href", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
_AMP_REFERENCE = re.compile(r"&([A-Za-z0-9_]+);")
_C1 = re.compile("[\x80-\x9f]")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True,
                          collect_ids=False, huge_tree=False)


@dataclass(frozen=True, slots=True)
class Text:
    """A text construct as a feed gives it: the value and whether it is HTML or plain text."""

    value: str
    type: str = HTML


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One item as read, before Veille normalises it into an Entry."""

    id: str
    link: str
    title: Text
    summary: Text
    contents: tuple[Text, ...]
    author: str
    tags: tuple[str, ...]  # distinct, in order
    published: time.struct_time | None  # publication date, else last update, in UTC


@dataclass(frozen=True, slots=True)
class RawFeed:
    """A document as read: its title, link and items."""

    version: str  # the kind of feed ("rss20", "atom10"…) as feedparser names it; empty if no feed
    title: Text
    link: str
    entries: tuple[RawEntry, ...]
    bozo: Exception | None = None  # why feedparser found the document malformed


class _Unsupported(Exception):
    """The document uses something `read_fast` does not reproduce: feedparser reads it."""


def read(utf8: bytes) -> RawFeed:
    """The document (UTF-8, DOCTYPE already neutralised) read fast when it can be, else by feedparser."""
    return read_fast(utf8) or read_with_feedparser(utf8)


def read_fast(utf8: bytes) -> RawFeed | None:
    """A well-formed RSS 2.0 document whose items use only the elements above; None otherwise."""
    # Entities would stay unexpanded here, and feedparser resolves links against xml:base.
    if b"<!DOCTYPE" in utf8 or b"<!ENTITY" in utf8 or b"xml:base" in utf8:
        return None
    try:
        root = etree.fromstring(utf8, _PARSER)
        channel = root.find("channel") if root.tag == "rss" and not root.nsmap.get(None) else None
        if channel is None or _has_cdf(channel):
            return None
        items = channel.findall("item")
        # feedparser takes an item (or entry) wherever it is and whatever its case: all of
        # them must be these.
        if sum(1 for element in root.iter() if _local_name(element) in ("item", "entry")) != len(items):
            return None
        title, link = _channel_head(channel)
        entries = tuple(_item(item) for item in items)
    except (etree.XMLSyntaxError, _Unsupported):
        return None
    return RawFeed("rss" + root.get("version", "").replace(".", ""), title, link, entries)


def read_with_feedparser(utf8: bytes) -> RawFeed:
    """Any document, read by feedparser (which never fetches anything: it gets a stream, never
    a str or bytes it could take for a URL or a file name)."""
    result = feedparser.parse(
        io.BytesIO(utf8),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        # Veille keeps only visible text (monitor.ingest.html): feedparser's own HTML
        # sanitising and URI rewriting would be work thrown away
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    feed = result.feed
    return RawFeed(
        version=result.get("version") or "",
        title=_detail(feed, "title"),
        link=feed.get("link") or "",
        entries=tuple(_from_feedparser(raw) for raw in result.entries),
        bozo=result.get("bozo_exception") if result.get("bozo") else None,
    )


def _from_feedparser(raw: feedparser.FeedParserDict) -> RawEntry:
    # dict.get: FeedParserDict maps a missing updated_parsed to published_parsed, with a warning
    return RawEntry(
        id=raw.get("id") or "",
        link=raw.get("link") or "",
        title=_detail(raw, "title"),
        summary=_detail(raw, "summary"),
        contents=tuple(Text(c.get("value") or "", c.get("type") or HTML) for c in raw.get("content") or ()),
        author=raw.get("author") or "",
        tags=_distinct(tag.get("term") or tag.get("label") or "" for tag in raw.get("tags") or ()),
        published=dict.get(raw, "published_parsed") or dict.get(raw, "updated_parsed"),
    )


def _distinct(terms: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(term for term in terms if term))


def _detail(node: feedparser.FeedParserDict, key: str) -> Text:
    detail = node.get(f"{key}_detail")
    if detail is not None:
        return Text(detail.get("value") or "", detail.get("type") or HTML)
    return Text(node.get(key) or "")


def _channel_head(channel: etree._Element) -> tuple[Text, str]:
    """The channel's own title and link, refusing what feedparser would read them from instead."""
    head: dict[str, str] = {}
    for child in channel:
        name = _name(child)
        if name in ("title", "link"):
            if name in head:
                raise _Unsupported(f"two {name}")
            head[name] = _value(child, resolve=name == "link")
        elif name == f"{_ATOM}link" and child.get("rel", "alternate") != "alternate":
            continue  # rel="self", "hub"…: not the site's link
        elif name.endswith(("}title", "}link")):
            raise _Unsupported(name)  # dc:title, atom:link alternate… would win in feedparser
    return _title(head.get("title")), _mend_link(head.get("link", ""))


def _item(item: etree._Element) -> RawEntry:
    if _has_cdf(item):
        raise _Unsupported("CDF attributes")
    texts: dict[str, str] = {}
    authors: list[str] = []
    tags: list[str] = []
    guid_is_link = False
    for child in item:
        name = _name(child)
        if len(child):  # media:content can hold a media:title, which feedparser takes as the title
            raise _Unsupported(f"{name} has children")
        if name in _SKIPPED:
            continue
        if child.attrib and any(key in child.attrib for key in _MEANINGFUL_ATTRIBUTES):
            raise _Unsupported(f"{name} attributes")
        if name in _TEXTS:
            field = _TEXTS[name]
            if field in texts:
                raise _Unsupported(f"two {field}")  # feedparser's rules for repeats are its own
            if field == "guid":
                guid_is_link = _attribute(child, "ispermalink", "true") == "true"
            texts[field] = _value(child, resolve=field == "link" or (field == "guid" and guid_is_link))
        elif name in _AUTHORS:
            authors.append(_value(child))
        elif name in _TAGS:
            tags.append(_value(child))
        else:
            raise _Unsupported(name)
    if len(authors) > 1:
        raise _Unsupported("two authors")
    link = texts.get("link")
    if link is not None:
        link = _mend_link(link.replace("&amp;", "&"))
    elif guid_is_link:
        link = texts["guid"]  # a permalink guid stands for a missing link
    content = texts.get("content")
    summary = texts.get("description", content)  # feedparser copies the content when there is no summary
    return RawEntry(
        id=texts.get("guid", ""),
        link=link or "",
        title=_title(texts.get("title")),
        summary=Text(summary or "", HTML),
        contents=() if content is None else (Text(content, HTML),),
        author=authors[0] if authors else "",
        tags=_distinct(tags),
        published=_parse_date(texts.get("published", "")) or _parse_date(texts.get("updated", "")),
    )


def _name(element: etree._Element) -> str:
    """The element's name as feedparser matches it: no-namespace names are case-insensitive."""
    tag = element.tag
    if not isinstance(tag, str):
        raise _Unsupported("entity reference")
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return f"{{{uri}}}{local.lower()}"
    return tag.lower()


def _has_cdf(element: etree._Element) -> bool:
    return any(key.lower() in _CDF_ATTRIBUTES for key in element.attrib)


def _local_name(element: etree._Element) -> str:
    return element.tag.rpartition("}")[2].lower() if isinstance(element.tag, str) else ""


def _attribute(element: etree._Element, name: str, default: str) -> str:
    for key, value in element.attrib.items():
        if key.lower() == name:
            return value
    return default


def _value(element: etree._Element, *, resolve: bool = False) -> str:
    """An element's text with feedparser's finishing: stripped, URI-fixed, encoding slips undone."""
    value = (element.text or "").strip()
    if resolve and value:
        value = _urljoin("", value)
    return _repair(value)


def _mend_link(link: str) -> str:
    """`?a=1&b;=2` back to `?a=1&b=2`, as feedparser mends a link it thinks was mangled."""
    return _AMP_REFERENCE.sub(r"&\1", link) if "&" in link else link


def _title(value: str | None) -> Text:
    # RSS says nothing of markup in titles: feedparser guesses, and so must we, the same way.
    if value is None:
        return Text("")
    return Text(value, HTML if _FeedParserMixin.looks_like_html(value) else PLAIN)


def _repair(value: str) -> str:
    """UTF-8 read as Latin-1, and Windows-1252 punctuation in C1 controls, undone as feedparser does."""
    if value.isascii():
        return value
    try:
        value = value.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return value.translate(_cp1252) if _C1.search(value) else value  # a dict translate is slow
