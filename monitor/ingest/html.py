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

# What the fast path reads (issue 6: HTMLParser cost a tenth of a cycle's worker CPU), each a
# subset of what html.parser reads the same way: a start tag `<name attr="v">` or `<name .../>`,
# attributes after ASCII whitespace, values quoted ("…", '…', which may hold `<` and `>`) or
# bare; an end tag `</name>`; a `<` that opens nothing ("a < b", kept as text). Anything else
# (`<!--`, `<!DOCTYPE`, `<![CDATA[`, `<?pi`, `</a x>`, `<br / >`, a `<` at the very end) stays in
# the text, where its `<` sends the fragment to HTMLParser.
_TAG = re.compile(
    r"<(?:"
    r"([a-zA-Z][-.a-zA-Z0-9:_]*)"  # start tag name; html.parser ends it at whitespace, / or >
    r"(?:[ \t\n\r\f]+[^\s/>=<\"']+"  # attribute name
    r"(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:\"[^\"]*\"|'[^']*'|[^\s>\"'=][^\s>]*))?)*"  # `a=="x>"`: no
    r"[ \t\n\r\f]*/?"  # `<a href=x/>` is a start tag in html.parser too: the bare value takes the /
    r"|/([a-zA-Z][-.a-zA-Z0-9:_]*)[ \t\n\r\f]*"  # end tag name
    r")>"
    r"|<(?=[^a-zA-Z/!?])"  # no tag: html.parser gives this `<` as text of its own
)


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
        return _collapsed(html.unescape(fragment))
    fast = _visible_text_fast(fragment)
    return _visible_text_parsed(fragment) if fast is None else fast


def _visible_text_fast(fragment: str) -> str | None:
    """visible_text of a fragment made only of simple tags and text, else None."""
    pieces = _TAG.split(fragment)  # text, start name, end name (both None: a lone `<`), text, ...
    parts: list[str] = []
    for k in range(0, len(pieces) - 1, 3):
        text = pieces[k]
        if "<" in text:
            return None
        # HTMLParser decodes each run of text between two tags on its own: "&am<b></b>p;" stays.
        parts.append(html.unescape(text))
        name = pieces[k + 1] or pieces[k + 2]
        if name is None:
            parts.append("<")
            continue
        name = name.lower()
        if name in _HIDDEN:
            return None  # script, style and the like: content dropped, CDATA mode; the parser knows
        if name in _BLOCK:
            parts.append(" ")  # start, end and self-closing tags all give one space
    text = pieces[-1]
    if "<" in text:
        return None
    parts.append(html.unescape(text))
    return _collapsed("".join(parts))


def _visible_text_parsed(fragment: str) -> str:
    """visible_text read by html.parser: any HTML, however broken."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return _collapsed("".join(collector.parts))


def _collapsed(text: str) -> str:
    """Runs of whitespace as one space, none at the ends."""
    # str.split() cuts at exactly the characters re's \s matches, about 6 times faster than re.sub.
    return " ".join(text.split())
