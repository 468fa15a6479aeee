"""OPML 2.0 in and out: the feeds of another reader appended to feeds.toml, and ours exported.

feeds.toml is the operator's file: the new `[[feed]]` tables are appended with tomlkit, so
their comments and layout stay as they wrote them.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import tomlkit
from tomlkit.exceptions import TOMLKitError
from lxml import etree

# No entity expansion, no network, no DTD: an OPML file comes from anywhere.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True, slots=True)
class Outline:
    """A feed an OPML file lists: its name and address."""

    name: str
    url: str


@dataclass(frozen=True, slots=True)
class Unusable:
    """An outline that could not become a feed, with where it is and why."""

    line: int
    text: str
    reason: str


class OpmlError(ValueError):
    """The file is not OPML at all (one line says why)."""


class FeedsFileError(ValueError):
    """feeds.toml is not valid TOML: nothing can be appended to it."""


def read_opml(raw: bytes) -> tuple[list[Outline], list[Unusable]]:
    """The feeds of an OPML file (folders flattened), and the outlines that are not feeds."""
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as err:
        raise OpmlError(f"not valid XML: {err.msg} (line {err.lineno})") from None
    if root is None or etree.QName(root).localname != "opml":
        raise OpmlError("not an OPML file (its root element is not <opml>)")
    feeds, unusable = [], []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        name = " ".join((outline.get("title") or outline.get("text") or "").split())
        if not url:
            if len(outline) == 0:  # a folder holds outlines; an empty leaf without address is no feed
                unusable.append(Unusable(outline.sourceline or 0, name, "no xmlUrl (feed address)"))
            continue
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
            unusable.append(Unusable(outline.sourceline or 0, name or url, f"{url!r} is not an http(s) address"))
            continue
        feeds.append(Outline(name or parts.hostname, url))
    return feeds, unusable


def append_feeds(feeds_toml: str, outlines: Iterable[Outline]) -> tuple[str, list[Outline], list[Outline]]:
    """feeds.toml with the outlines not already there appended as [[feed]] tables.

    Returns (new text, added, skipped as already present: same address).
    """
    try:
        document = tomlkit.parse(feeds_toml)
    except TOMLKitError as err:
        raise FeedsFileError(f"not valid TOML ({err})") from None
    tables = document.get("feed")
    known = {str(t.get("url", "")) for t in tables} if tables is not None else set()
    added, skipped = [], []
    for outline in outlines:
        if outline.url in known:
            skipped.append(outline)
            continue
        known.add(outline.url)
        added.append(outline)
    if added:
        if tables is None:
            tables = tomlkit.aot()
            document.append("feed", tables)
        for outline in added:
            table = tomlkit.table()
            table["name"] = outline.name
            table["url"] = outline.url
            table.add(tomlkit.nl())  # a blank line between tables, as the operator writes them
            tables.append(table)
    return tomlkit.dumps(document), added, skipped


def write_opml(feeds: Sequence[tuple[str, str]], title: str = "Veille") -> bytes:
    """(name, url) feeds as an OPML 2.0 document (the XML library escapes every value)."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    body = etree.SubElement(root, "body")
    for name, url in feeds:
        name, url = _xml_text(name), _xml_text(url)
        etree.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=url)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _xml_text(value: str) -> str:
    """Without the control characters XML cannot hold (a chat-added feed's name came from its feed)."""
    return "".join(c for c in value if c in "\t\n" or (c >= " " and c not in "\ufffe\uffff"))
