"""What a feed says goes out clean (issue 10): only http(s) links are links, no control or
bidi character reaches Telegram or the terminal, and the bold stays on the matched words."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.cli.present import feed_table
from monitor.model import Alert, Span
from monitor.render.alert import render_console, render_digest, render_html, render_plain
from monitor.render.clean import clean, clean_spans, clickable
from tests.fakebotapi import parse_html

UNSAFE = ["\x00", "\x1b[2J", "\x1b]0;pwned\x07", "\x07", "\x7f", "\x85", "\x9b", "\u202a", "\u202b", "\u202c",
          "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\r", "\t"]
UNSAFE_CHARS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
NOT_WEB = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>",
           "tg://resolve?domain=evil", "file:///etc/passwd", "/relative/path", "article.html", "//evil.fr/x",
           "https://x.fr/\u202egpj.exe", "http://\x1b[2J", "vbscript:x", "http:///nohost", "https://[::1"]


def alert(title="Les AWS licenciements", text="Amazon AWS annonce", link="https://x.fr/a?b=1&c=2",
          feed="LeMagIT", spans=None) -> Alert:
    if spans is None:
        spans = (Span("title", title.find("AWS"), title.find("AWS") + 3),
                 Span("text", text.find("AWS"), text.find("AWS") + 3))
    return Alert(id=1, chat_id=5, entry_id=1, feed_name=feed, title=title, link=link, text=text,
                 published=datetime(2026, 11, 27, 5, 8, tzinfo=timezone.utc), watches=((7, "aws"),), spans=spans)


def bold_words(message: str) -> list[str]:
    return re.findall(r"<b>(.*?)</b>", message)


@pytest.mark.parametrize("link", NOT_WEB)
def test_a_link_that_is_not_http_is_shown_as_text_never_as_a_link(link):
    assert not clickable(link)
    for rendered in (render_html(alert(link=link)).text, render_digest([alert(link=link)]).text):
        assert "href" not in rendered and "<a " not in rendered
        parse_html(rendered)  # Telegram accepts it
        assert clean(link).strip() in parse_html(rendered) or not clean(link).strip()


@pytest.mark.parametrize("link", ["https://x.fr/a", "HTTP://X.FR/a?b=1&c=2", "http://[::1]:8080/x"])
def test_a_web_link_stays_a_link(link):
    assert clickable(link)
    assert 'href="' in render_html(alert(link=link)).text and 'href="' in render_digest([alert(link=link)]).text


@pytest.mark.parametrize("unsafe", UNSAFE)
def test_no_control_or_bidi_character_reaches_any_rendering_and_the_bold_stays_on_the_words(unsafe):
    title, text = f"Les {unsafe}AWS{unsafe} licenciements", f"Amazon{unsafe} {unsafe}AWS annonce{unsafe}"
    spans = (Span("title", title.find("AWS"), title.find("AWS") + 3),
             Span("text", text.find("AWS"), text.find("AWS") + 3))
    a = alert(title=title, text=text, feed=f"Le{unsafe}MagIT", link=f"https://x.fr/{unsafe}", spans=spans)
    html_text = render_html(a).text
    assert bold_words(html_text) == ["AWS", "AWS"]
    console = render_console(a, tty=True)
    assert re.findall("\x1b\\[1m(.*?)\x1b\\[0m", console) == ["AWS", "AWS"]
    assert re.findall(r"\*\*(.*?)\*\*", render_console(a, tty=False)) == ["AWS", "AWS"]
    for out in (html_text, render_plain(a).text, render_console(a, tty=False), render_digest([a]).text,
                console.replace("\x1b[1m", "").replace("\x1b[0m", "")):
        assert not UNSAFE_CHARS.search(out), repr(out)


def test_spans_move_with_the_characters_removed_before_and_inside_them():
    value = "\u202eab\x00c d\x1b[2Je"
    cleaned, spans = clean_spans(value, [(1, 5), (6, 12), (0, 1)])
    assert cleaned == "abc d[2Je"
    assert [cleaned[s:e] for s, e in spans] == ["abc", "d[2Je"]  # the span of the lone override is gone


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", *UNSAFE]), st.text("abcdé", min_size=1, max_size=6)),
                min_size=1, max_size=12), st.data())
def test_bold_words_are_the_matched_words_whatever_surrounds_them(pieces, data):
    text, spans, words = "", [], []
    for unsafe, word in pieces:
        text += unsafe
        if data.draw(st.booleans()):
            spans.append(Span("text", len(text), len(text) + len(word)))
            words.append(clean(word))
        text += word + " "
    rendered = render_console(alert(title="T", text=text, spans=tuple(spans)), tty=False, snippet_chars=10_000)
    assert not UNSAFE_CHARS.search(rendered)
    shown = re.findall(r"\*\*(.*?)\*\*", rendered)
    assert shown == words


def test_feed_line_shows_names_and_errors_without_escapes():
    row = SimpleNamespace(id=1, state="error", name="Flux\x1b[2J\u202e", entries=0, last_fetch=None, next_poll=None,
                          disabled_reason=None, last_error="HTTP 500: \x1b]0;pwned\x07boom\x00", last_success=None,
                          last_title="Titre\x1b[2J", last_published=None, consecutive_failures=1, error_since=None,
                          page_failures=0)
    line = feed_table([row], "Europe/Paris")
    assert "Flux[2J" in line and "]0;pwnedboom" in line and not UNSAFE_CHARS.search(line)


@pytest.mark.parametrize("link", ["javascript:alert(1)", "tg://resolve?domain=evil", "https://x.fr/ok"])
def test_telegram_search_results_follow_the_same_rules(link):
    from monitor.store.search import Found
    from monitor.telegram.handlers import found_line

    found = Found(id=1, feed_id=1, feed_name="Flux\u202e\x1b[2J", story_id=1, guid="g", link=link,
                  title="Titre\x00 <b>", text="", author="", tags=(), published=datetime(2026, 11, 27, tzinfo=timezone.utc),
                  spans=())
    line = found_line(found, "fr")
    assert ('href="' in line) == link.startswith("https:")
    assert "Titre &lt;b&gt;" in line and not UNSAFE_CHARS.search(line)
    parse_html(line)
