"""One alert as a Telegram HTML message, as plain text (the fallback) and for the console.

Pure: no I/O. Everything that comes from a feed is cleaned (monitor.render.clean: no control
or bidi character) and escaped, and only an http(s) link is ever a link; the message stays
within Telegram's 4096 characters after entity parsing by shortening the snippet (then the
title), never the link.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, replace

from monitor.model import Alert, Source, Span
from monitor.query import highlight, snippet
from monitor.render.clean import clean, clean_spans, clickable
from monitor.render.texts import format_date, text

MAX_MESSAGE = 4096  # Telegram's limit, in UTF-16 code units after entity parsing
MAX_TITLE = 300  # a title longer than this is cut (the link stays whole)
SNIPPET_CHARS = 400  # an alert shows a short excerpt, not the article
MAX_BUTTON_NAME = 40
MAX_NAMED = 10  # watch names listed in one alert
MAX_SOURCES = 3  # other outlets of the story named in one alert, then "+N"
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: what it says and the callback data (≤ 64 bytes) it sends back."""

    label: str
    data: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """A message ready to send: its text, whether it is HTML, and its buttons (one per row)."""

    text: str
    html: bool
    buttons: tuple[Button, ...] = ()


def utf16_len(value: str) -> int:
    """Length as Telegram counts it (UTF-16 code units: an emoji counts two)."""
    return len(value.encode("utf-16-le")) // 2


def escape(value: str) -> str:
    """Text from a feed made inert in Telegram HTML."""
    return html.escape(value, quote=False)


def cut(value: str, limit: int) -> str:
    """`value` shortened to at most `limit` characters, with an ellipsis when cut."""
    if len(value) <= limit:
        return value
    return value[: max(0, limit - 1)].rstrip() + ELLIPSIS


def stop_buttons(alert: Alert, lang: str) -> tuple[Button, ...]:
    """One "stop this watch" button per watch the alert names."""
    return tuple(
        Button(text(lang, "alert_stop", name=cut(name, MAX_BUTTON_NAME)), f"unwatch:{watch_id}")
        for watch_id, name in alert.watches
    )


def from_page(alert: Alert) -> Alert:
    """The alert whose snippet is cut from the article page (its spans' field "page") when no
    watch matched the feed's text: the excerpt shows where the words are."""
    if not alert.page_text or _spans(alert, "text") or not _spans(alert, "page"):
        return alert
    spans = tuple(Span("text", s.start, s.end) if s.field == "page" else s for s in alert.spans)
    return replace(alert, text=alert.page_text, spans=spans, page_text="")


def cleaned(alert: Alert) -> Alert:
    """`alert` with what came from a feed (or a chat) cleaned, its spans still on the same words;
    the snippet's text is the page's when that is where the words matched."""
    alert = from_page(alert)
    title, title_spans = clean_spans(alert.title, _spans(alert, "title"))
    body, text_spans = clean_spans(alert.text, _spans(alert, "text"))
    spans = tuple(Span("title", *s) for s in title_spans) + tuple(Span("text", *s) for s in text_spans)
    return replace(alert, feed_name=clean(alert.feed_name), title=title, text=body, link=clean(alert.link),
                   watches=tuple((watch_id, clean(name)) for watch_id, name in alert.watches), spans=spans,
                   also=tuple(Source(clean(s.name), clean(s.link)) for s in alert.also))


def link_line(link: str, label: str) -> str:
    """`label` (text from a feed) as Telegram HTML linking to `link` when that is an http(s) link."""
    return _linked(clean(link), escape(clean(label)), clickable(link))


def _linked(link: str, label_html: str, clickable_link: bool) -> str:
    """`label_html` as a link to `link`, or, for a link that is not http(s), the label and the
    link as inert text (in <code>, which Telegram never turns into a link)."""
    if clickable_link:
        return f'<a href="{html.escape(link, quote=True)}">{label_html}</a>'
    if not link:
        return label_html
    return f"{label_html} <code>{escape(link)}</code>"


def _spans(alert: Alert, field: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in alert.spans if span.field == field]


def _bold(value: str, spans) -> str:
    return highlight(value, spans, mark=lambda word: f"<b>{word}</b>", escape=escape)


def _title(alert: Alert) -> tuple[str, list[tuple[int, int]]]:
    if not alert.title.strip():
        return alert.link, []
    title = cut(alert.title, MAX_TITLE)
    # Spans past the cut would point into the ellipsis: keep only those still whole.
    kept = len(title) - (1 if len(alert.title) > MAX_TITLE else 0)
    return title, [(start, end) for start, end in _spans(alert, "title") if end <= kept]


def _meta(alert: Alert, lang: str) -> str:
    parts = [alert.feed_name]
    if alert.published is not None:
        parts.append(format_date(alert.published, lang))
    return " · ".join(p for p in parts if p)


def _watch_line(alert: Alert, lang: str) -> str:
    names = [text(lang, "alert_quoted", name=cut(name, MAX_BUTTON_NAME)) for _, name in alert.watches]
    if len(names) > MAX_NAMED:
        names = names[:MAX_NAMED] + [f"+{len(names) - MAX_NAMED}"]
    return text(lang, "alert_watches", names=", ".join(names))


def also_html(alert: Alert, lang: str) -> str:
    """"Aussi chez : L'Informé, LeMagIT +2", each name linking to its article; "" for none."""
    if not alert.also:
        return ""
    names = [link_line(s.link, s.name) for s in alert.also[:MAX_SOURCES]]
    more = len(alert.also) - MAX_SOURCES
    return escape(text(lang, "alert_also", names="\x00")).replace(
        "\x00", ", ".join(names) + (f" +{more}" if more > 0 else ""))


def also_plain(alert: Alert, lang: str) -> str:
    """The same line without markup: "Aussi chez : L'Informé (https://…), …"."""
    if not alert.also:
        return ""
    names = [f"{s.name} ({s.link})" if s.link else s.name for s in alert.also[:MAX_SOURCES]]
    more = len(alert.also) - MAX_SOURCES
    return text(lang, "alert_also", names=", ".join(names) + (f" +{more}" if more > 0 else ""))


def _fit_snippet(alert: Alert, snippet_chars: int, room: int) -> tuple[str, list[tuple[int, int]]]:
    """The longest excerpt (up to `snippet_chars`) whose Telegram length fits in `room`."""
    budget = min(snippet_chars, room)
    while budget > 0:
        excerpt, spans = snippet(alert.text, _spans(alert, "text"), budget)
        if utf16_len(excerpt) <= room:
            return excerpt, spans
        budget //= 2  # emoji count twice for Telegram: shrink until it fits
    return "", []


def render_html(alert: Alert, lang: str = "fr", snippet_chars: int = SNIPPET_CHARS) -> Rendered:
    """The alert in Telegram HTML: title as link, source and date, snippet in bold, watches."""
    is_link, alert = clickable(alert.link), cleaned(alert)
    title, title_spans = _title(alert)
    head = _linked(alert.link, _bold(title, title_spans), is_link)
    meta, watches, also = _meta(alert, lang), _watch_line(alert, lang), also_plain(alert, lang)
    fixed = utf16_len(title) + utf16_len(meta) + utf16_len(watches) + utf16_len(also) + 4  # the newlines
    if not is_link:
        fixed += utf16_len(alert.link) + 1
    excerpt, spans = _fit_snippet(alert, snippet_chars, MAX_MESSAGE - fixed)
    parts = [head, f"<i>{escape(meta)}</i>"] + ([_bold(excerpt, spans)] if excerpt else []) + [escape(watches)]
    if also:
        parts.append(also_html(alert, lang))
    return Rendered("\n".join(parts), True, stop_buttons(alert, lang))


def render_plain(alert: Alert, lang: str = "fr", snippet_chars: int = SNIPPET_CHARS) -> Rendered:
    """The same alert without markup: what is sent when Telegram refuses the HTML."""
    alert = cleaned(alert)
    title, _ = _title(alert)
    meta, watches, also = _meta(alert, lang), _watch_line(alert, lang), also_plain(alert, lang)
    fixed = utf16_len(title) + utf16_len(alert.link) + utf16_len(meta) + utf16_len(watches) + utf16_len(also) + 5
    excerpt, _ = _fit_snippet(alert, snippet_chars, MAX_MESSAGE - fixed)
    lines = [title, alert.link, meta] + ([excerpt] if excerpt else []) + [watches] + ([also] if also else [])
    return Rendered("\n".join(lines), False, stop_buttons(alert, lang))


def render_console(alert: Alert, tty: bool, snippet_chars: int = SNIPPET_CHARS) -> str:
    """The alert for a terminal: matched words in ANSI bold on a tty, else **word**."""
    mark = (lambda word: f"\x1b[1m{word}\x1b[0m") if tty else (lambda word: f"**{word}**")
    alert = cleaned(alert)  # a feed's own escapes never reach the terminal: only this bold
    title, title_spans = _title(alert)
    excerpt, spans = snippet(alert.text, _spans(alert, "text"), snippet_chars)
    lines = [f"[{alert.feed_name}] {highlight(title, title_spans, mark=mark, escape=str)}"]
    if alert.published is not None:  # the source already leads the title line: the date alone
        lines.append(f"  {format_date(alert.published, 'fr')}")
    lines.append(f"  {alert.link}")
    if excerpt:
        lines.append(f"  {highlight(excerpt, spans, mark=mark, escape=str)}")
    if alert.watches:  # `test` and `search` show matches that no watch asked for
        lines.append(f"  {_watch_line(alert, 'fr')}")
    if alert.also:
        lines.append(f"  {also_plain(alert, 'fr')}")
    return "\n".join(lines)


def render_also(alert: Alert, lang: str = "fr") -> Rendered:
    """The reply to an alert that can no longer be edited: its story's other outlets."""
    return Rendered(also_html(cleaned(alert), lang) or escape(alert.title), True)


def render_digest(alerts: list[Alert], lang: str = "fr") -> Rendered:
    """One summary message for many alerts: a linked title and its source per line."""
    lines = [f"<b>{escape(text(lang, 'digest_header', count=len(alerts)))}</b>"]
    used = utf16_len(lines[0])
    for shown, alert in enumerate(alerts):
        is_link, alert = clickable(alert.link), cleaned(alert)
        title = cut(alert.title.strip() or alert.link, 200)
        sources = ", ".join([escape(alert.feed_name)] + [link_line(s.link, s.name) for s in alert.also[:MAX_SOURCES]])
        line = f"• {_linked(alert.link, escape(title), is_link)} — {sources}"
        visible = utf16_len(title) + utf16_len(alert.feed_name) + 6 + (0 if is_link else utf16_len(alert.link) + 1) \
            + sum(utf16_len(s.name) + utf16_len(s.link) + 2 for s in alert.also[:MAX_SOURCES])
        if used + visible > MAX_MESSAGE - 20:
            lines.append(f"… (+{len(alerts) - shown})")
            break
        lines.append(line)
        used += visible
    return Rendered("\n".join(lines), True)
