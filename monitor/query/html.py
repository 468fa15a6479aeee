"""Visible text of an HTML fragment: tags and attributes dropped, entities decoded.

The one HTML-to-text step: the parse step uses it on summaries and content, so that matching,
highlighting and search see what a reader sees (an `href` or `alt` is never text).
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements whose content is never shown to a reader.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "title", "iframe", "object"})
# Elements that separate words: "<p>AWS</p><p>Azure</p>" is two words, "<b>AW</b>S" is one.
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
_SPACES = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self._hidden_depth += 1
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.parts.append(data)


def visible_text(fragment: str) -> str:
    """The text a reader sees in `fragment` (HTML or plain text), whitespace collapsed."""
    if "<" not in fragment:
        # Plain text: only entities to decode (decoding once; "&amp;lt;" stays "&lt;").
        return _SPACES.sub(" ", html.unescape(fragment)).strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return _SPACES.sub(" ", "".join(collector.parts)).strip()
