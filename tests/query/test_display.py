"""highlight and snippet: what an alert shows around the matched words."""
import html

import pytest

from monitor.query import highlight, snippet


def bold(s):
    return f"<b>{s}</b>"


@pytest.mark.parametrize("text,spans,expected", [
    ("AWS & Azure", [(0, 3)], "<b>AWS</b> &amp; Azure"),
    ("a <b> c", [(2, 5)], "a <b>&lt;b&gt;</b> c"),
    ("plan social", [(0, 4), (2, 11)], "<b>plan social</b>"),
    ("AWS", [(5, 9), (1, 1)], "AWS"),
    ("x AWS y AWS", [(8, 11), (2, 5)], "x <b>AWS</b> y <b>AWS</b>"),
])
def test_highlight(text, spans, expected):
    assert highlight(text, spans, bold, html.escape) == expected


LONG = ("Début du texte sans intérêt particulier. " * 10 + "Ici AWS licencie des salariés. "
        + "Suite du texte qui continue encore longtemps. " * 10)


def test_snippet_is_a_window_around_the_first_match():
    start = LONG.index("AWS")
    text, spans = snippet(LONG, [(start, start + 3), (start + 4, start + 12), (len(LONG) - 5, len(LONG))], 120)
    assert len(text) <= 120 and text.startswith("…") and text.endswith("…")
    assert [text[s:e] for s, e in spans] == ["AWS", "licencie"]
    inner = text.strip("…")
    assert inner in LONG and LONG[LONG.index(inner) - 1] == " "  # cut between words


def test_short_text_is_whole():
    assert snippet("AWS recrute", [(0, 3)], 100) == ("AWS recrute", [(0, 3)])


def test_snippet_without_spans_starts_at_the_beginning():
    text, spans = snippet(LONG, [], 60)
    assert text.startswith("Début") and text.endswith("…") and spans == [] and len(text) <= 60


@pytest.mark.parametrize("max_chars", [0, 1, 2, 3, 5, 17, 40])
def test_snippet_never_exceeds_max_chars(max_chars):
    start = LONG.index("AWS")
    text, spans = snippet(LONG, [(start, start + 3)], max_chars)
    assert len(text) <= max_chars
    assert all(0 <= s < e <= len(text) for s, e in spans)
