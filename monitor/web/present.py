"""What the page shows of an article: cleaned (no control or bidi character), escaped, the matched
words in bold. Everything from a feed goes through here or through jinja2's autoescape."""
from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from monitor.model import Span
from monitor.query import highlight, snippet
from monitor.render.alert import cut
from monitor.render.clean import clean_spans, clickable

SNIPPET_CHARS = 220
MAX_TITLE = 200


def bold(value: str, spans: Sequence[tuple[int, int]]) -> Markup:
    """`value` as safe HTML with `spans` in <b>."""
    value, spans = clean_spans(value, spans)
    return Markup(highlight(value, spans, mark=lambda word: f"<b>{word}</b>", escape=lambda s: str(escape(s))))


def title_html(title: str, spans: Sequence[Span]) -> Markup:
    shown = cut(title, MAX_TITLE)
    kept = len(shown) - (len(shown) < len(title))
    return bold(shown, [(s.start, s.end) for s in spans if s.field == "title" and s.end <= kept])


def excerpt_html(text: str, spans: Sequence[Span]) -> Markup:
    excerpt, moved = snippet(text, [(s.start, s.end) for s in spans if s.field == "text"], SNIPPET_CHARS)
    return bold(excerpt, moved)


def safe_link(link: str) -> str:
    """`link` if it may be a link on the page (http or https), else "" (no javascript: href)."""
    return link if clickable(link) else ""
