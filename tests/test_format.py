"""The alert format: HTML Telegram accepts, everything from feeds escaped, ≤ 4096, link intact."""
from __future__ import annotations

import html
from datetime import datetime, timezone

import pytest

from monitor.model import Alert, Span
from monitor.render.alert import (
    MAX_MESSAGE, render_console, render_digest, render_html, render_plain, stop_buttons, utf16_len,
)
from tests.fakebotapi import EntityError, parse_html

TITLE = "AWS se sépare d'une soixantaine de salariés en France"
TEXT = "Amazon Web Services (AWS) annonce des licenciements dans ses équipes françaises."
LINK = "https://www.lemagit.fr/actualites/aws-licenciements?id=1&ref=rss"


def alert(title=TITLE, text=TEXT, link=LINK, feed="LeMagIT", watches=((7, "licenciements AWS"),), spans=None):
    if spans is None:
        spans = (Span("title", 0, 3), Span("text", text.find("AWS"), text.find("AWS") + 3),
                 Span("text", text.find("licenciements"), text.find("licenciements") + 13))
    return Alert(id=1, chat_id=5, entry_id=1, feed_name=feed, title=title, link=link, text=text,
                 published=datetime(2026, 11, 27, 5, 8, tzinfo=timezone.utc), watches=watches, spans=spans)


def href(message: str) -> str:
    start = message.index('href="') + len('href="')
    return html.unescape(message[start: message.index('"', start)])


def test_html_alert_has_everything():
    rendered = render_html(alert())
    visible = parse_html(rendered.text)  # Telegram accepts it
    assert rendered.html
    assert href(rendered.text) == LINK
    assert TITLE in visible and "LeMagIT" in visible and "licenciements AWS" in visible
    assert "27 novembre 2026 à 06:08" in visible  # Paris time, French format
    assert "<b>AWS</b>" in rendered.text and "<b>licenciements</b>" in rendered.text
    assert rendered.buttons[0].label == "Arrêter « licenciements AWS »"
    assert rendered.buttons[0].data == "unwatch:7"


def test_english_date_and_button():
    rendered = render_html(alert(), "en")
    assert "27 November 2026, 06:08" in parse_html(rendered.text)
    assert rendered.buttons[0].label == "Stop “licenciements AWS”"


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>", "<b>gras</b> <a href='http://evil'>x</a>", "a & b &amp; c < d > e",
    '"><i>', "<tg-spoiler>secret</tg-spoiler>", "&lt;b&gt;",
])
def test_everything_from_the_feed_is_shown_as_text(hostile):
    text = f"Début {hostile} AWS fin"
    a = alert(title=f"Titre {hostile}", text=text, feed=f"Flux {hostile}", link=f"https://x.fr/?q={hostile}",
              watches=((3, f"veille {hostile}"),), spans=(Span("text", text.find("AWS"), text.find("AWS") + 3),))
    rendered = render_html(a)
    visible = parse_html(rendered.text)
    assert f"Titre {hostile}" in visible and f"Début {hostile} AWS fin" in visible
    assert f"Flux {hostile}" in visible and f"« veille {hostile}"[:40] in visible  # names are cut at 40
    assert href(rendered.text) == f"https://x.fr/?q={hostile}"
    assert rendered.text.count("<a ") == 1 and "<script" not in rendered.text


@pytest.mark.parametrize("title_len, text_len, snippet_chars", [
    (60, 20_000, 400), (60, 20_000, 100_000), (5_000, 20_000, 100_000), (60, 10_000, 4_096),
])
def test_within_4096_and_link_intact(title_len, text_len, snippet_chars):
    long_link = "https://example.fr/" + "a" * 500 + "?x=1&y=2"
    text = ("mot " * (text_len // 4))[:text_len - 3] + "AWS"
    a = alert(title="T" * title_len, text=text, link=long_link,
              spans=(Span("text", len(text) - 3, len(text)), Span("title", 0, 1)))
    rendered = render_html(a, snippet_chars=snippet_chars)
    visible = parse_html(rendered.text)
    assert utf16_len(visible) <= MAX_MESSAGE
    assert href(rendered.text) == long_link
    plain = render_plain(a, snippet_chars=snippet_chars)
    assert utf16_len(plain.text) <= MAX_MESSAGE and long_link in plain.text


def test_emoji_count_double_toward_the_limit():
    text = "😀" * 5000
    rendered = render_html(alert(text=text, spans=()), snippet_chars=100_000)
    assert utf16_len(parse_html(rendered.text)) <= MAX_MESSAGE


def test_snippet_is_cut_around_the_match():
    text = "x " * 2000 + "les licenciements chez AWS " + "y " * 2000
    start = text.find("AWS")
    rendered = render_html(alert(text=text, spans=(Span("text", start, start + 3),)))
    assert "<b>AWS</b>" in rendered.text
    assert len(parse_html(rendered.text)) < 700


def test_button_data_fits_64_bytes_and_names_every_watch():
    buttons = stop_buttons(alert(watches=((123456789012, "é" * 200), (2, "cloud"))), "fr")
    assert [b.data for b in buttons] == ["unwatch:123456789012", "unwatch:2"]
    assert all(len(b.data.encode()) <= 64 for b in buttons)
    assert len(buttons[0].label) < 60


def test_plain_fallback_has_no_markup():
    a = alert(title="<b>Titre</b>")
    plain = render_plain(a)
    assert not plain.html
    assert "<b>Titre</b>" in plain.text and LINK in plain.text and "**" not in plain.text


@pytest.mark.parametrize("tty, bold", [(True, "\x1b[1mAWS\x1b[0m"), (False, "**AWS**")])
def test_console_marks_matched_words(tty, bold):
    out = render_console(alert(), tty=tty)
    assert bold in out and LINK in out and "licenciements AWS" in out


def test_digest_is_valid_and_bounded():
    many = [alert(title=f"Article <{i}>") for i in range(300)]
    rendered = render_digest(many, "fr")
    visible = parse_html(rendered.text)
    assert utf16_len(visible) <= MAX_MESSAGE and "Article <0>" in visible and "(+" in visible


def test_fake_server_parser_refuses_what_telegram_refuses():
    for bad in ["<script>x</script>", "<b>x", "<b><i>x</b></i>", "a & b", "<span>x</span>", "1 < 2"]:
        with pytest.raises(EntityError):
            parse_html(bad)
    assert parse_html('<a href="https://x/?a=1&amp;b=2">l&#233;</a> &lt;ok&gt;') == "lé <ok>"
