"""The fast RSS reader gives exactly what feedparser gives, or leaves the document to feedparser."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.farm import FeedState
from monitor.ingest import feedxml
from monitor.ingest.decode import decode

REAL_FEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "real-feeds"
# The real feeds in plain RSS 2.0: these must take the fast path.
PLAIN_RSS = {"developpez", "jeux-linux", "korben", "maliki", "rue89", "universfreebox"}


def decoded(body: bytes) -> bytes:
    """The body as parse_feed hands it to the readers."""
    return decode(body, None)[0]


def read_both(body: bytes) -> tuple[feedxml.RawFeed | None, feedxml.RawFeed]:
    utf8 = decoded(body)
    return feedxml.read_fast(utf8), feedxml.read_with_feedparser(utf8)


def assert_same(fast: feedxml.RawFeed, slow: feedxml.RawFeed) -> None:
    assert slow.bozo is None
    assert (fast.title, fast.link) == (slow.title, slow.link)
    assert len(fast.entries) == len(slow.entries)
    for mine, theirs in zip(fast.entries, slow.entries):
        assert mine == theirs


@pytest.mark.parametrize("path", sorted(REAL_FEEDS.glob("*.xml")), ids=lambda p: p.stem.split("__")[0])
def test_real_feeds_read_fast_exactly_as_feedparser_reads_them(path):
    fast, slow = read_both(path.read_bytes())
    if path.stem.split("__")[0] in PLAIN_RSS:
        assert fast is not None and len(fast.entries) >= 20
    if fast is not None:
        assert_same(fast, slow)


def test_farm_feeds_take_the_fast_path():
    for index in range(20):
        fast, slow = read_both(FeedState(7, index, 30, int(time.time())).body)
        assert fast is not None and len(fast.entries) == 30
        assert_same(fast, slow)


RSS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'
    ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/">'
    "<channel><title>Le Fil</title><link>https://example.fr/</link>"
    '<atom:link href="https://example.fr/feed" rel="self"/>'
)


def rss(items: list[str], head: str = RSS_HEAD) -> bytes:
    return (head + "".join(f"<item>{item}</item>" for item in items) + "</channel></rss>").encode("utf-8")


@pytest.mark.parametrize("item", [
    "<title>Atom</title><atom:link rel='alternate' href='https://x.fr/a'/>",  # an Atom link in an item
    "<title>A</title><itunes:summary>podcast</itunes:summary>",  # feedparser reads it as the summary
    "<title>A</title><media:content url='x'><media:title>B</media:title></media:content>",
    "<title>A</title><title>B</title>",  # repeats follow feedparser's own rules
    "<title>A</title><summary>not RSS</summary>",
    '<title type="text">A</title>',
    "<title>A <b>bold</b> element</title>",  # markup as elements, not escaped
])
def test_what_the_fast_reader_does_not_reproduce_goes_to_feedparser(item):
    fast, slow = read_both(rss([item]))
    assert fast is None
    assert slow.entries  # feedparser still reads it


@pytest.mark.parametrize("body", [
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>',
    b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "x">]><rss version="2.0"><channel><title>&e;</title></channel></rss>',
    b'<rss version="2.0" xml:base="https://example.fr/"><channel><item><link>/a</link></item></channel></rss>',
    b'<rss version="2.0"><channel><item><title>Broken &nbsp; entity</title></item></channel></rss>',
    b'<rss version="2.0"><channel><item><title>unclosed</channel></rss>',
    # items feedparser would find where a plain RSS reader would not look
    b'<rss version="2.0"><channel><Item><title>A</title></Item></channel></rss>',
    b'<rss version="2.0"><channel><section><item><title>A</title></item></section></channel></rss>',
    b'<rss version="2.0"><channel><title>1</title></channel><channel><item><title>A</title></item></channel></rss>',
    b'<rss version="2.0" xmlns:a="http://www.w3.org/2005/Atom"><channel><a:entry><a:title>A</a:title></a:entry>'
    b'</channel></rss>',
])
def test_other_formats_and_broken_documents_go_to_feedparser(body):
    assert feedxml.read_fast(decoded(body)) is None


def test_read_reports_feedparser_s_reason_for_a_broken_document():
    document = feedxml.read(decoded(b'<rss version="2.0"><channel><item><title>unclosed</channel></rss>'))
    assert document.bozo is not None


# Text pieces that exercise feedparser's finishing: entities, escaped and CDATA markup, white
# space, ampersands in links, Windows-1252 punctuation in C1 controls, UTF-8 read as Latin-1.
TEXTS = st.sampled_from([
    "AWS licencie 60 salariés", "  espaces  autour ", "a &lt; b &amp; c", "&lt;b&gt;gras&lt;/b&gt; et texte",
    "<![CDATA[<p>Plan <em>social</em></p>]]>", "l\u0092entreprise", "Ã©tÃ©", "R&amp;D &amp;amp; co",
    "&lt;script&gt;x&lt;/script&gt;", "&lt;/p&gt; fin", "&amp;eacute;", "", "Café &#8217; thé",
])
LINKS = st.sampled_from([
    "https://example.fr/a?x=1&amp;y=2", "/relative/path", "http:///three-slashes", " https://example.fr/b ",
    "https://example.fr/c?a=1&amp;amp;b=2", "", "urn:uuid:1234",
])
DATES = st.sampled_from([
    "Fri, 27 Nov 2026 07:00:00 +0100", "2026-11-27T06:00:00Z", "27/11/2026", "", "lundi 3 mars",
    "Thu, 01 Jan 1970 00:00:00 GMT",
])
AUTHORS = st.sampled_from(["Léna Corot", "jdoe@example.com (John Doe)", "  ", "redaction@lemagit.fr"])


@st.composite
def items(draw) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(f"<title>{draw(TEXTS)}</title>")
    if draw(st.booleans()):
        parts.append(f"<link>{draw(LINKS)}</link>")
    if draw(st.booleans()):
        permalink = draw(st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="true"', ' ispermalink="True"']))
        parts.append(f"<guid{permalink}>{draw(LINKS)}</guid>")
    if draw(st.booleans()):
        parts.append(f"<description>{draw(TEXTS)}</description>")
    if draw(st.booleans()):
        parts.append(f"<content:encoded>{draw(TEXTS)}</content:encoded>")
    if draw(st.booleans()):
        parts.append(f"<pubDate>{draw(DATES)}</pubDate>")
    if draw(st.booleans()):
        parts.append(f"<dc:date>{draw(DATES)}</dc:date>")
    if draw(st.booleans()):
        tag = draw(st.sampled_from(["author", "dc:creator"]))
        parts.append(f"<{tag}>{draw(AUTHORS)}</{tag}>")
    for _ in range(draw(st.integers(0, 3))):
        domain = draw(st.sampled_from(["", ' domain="https://example.fr/tags"']))
        parts.append(f"<category{domain}>{draw(TEXTS)}</category>")
    if draw(st.booleans()):
        parts.append('<enclosure url="https://example.fr/a.jpg" type="image/jpeg"/><comments>/c</comments>')
    order = draw(st.permutations(range(len(parts))))
    return "".join(parts[i] for i in order)


@st.composite
def heads(draw) -> str:
    """A channel's opening: its title and link in any order, or missing, beside what RSS adds."""
    parts = ['<atom:link href="https://example.fr/feed" rel="self"/>', "<language>fr</language>",
             "<image><title>Logo</title><link>https://example.fr/logo</link><url>/l.png</url></image>"]
    if draw(st.booleans()):
        parts.append(f"<title>{draw(TEXTS)}</title>")
    if draw(st.booleans()):
        parts.append(f"<link>{draw(LINKS)}</link>")
    order = draw(st.permutations(range(len(parts))))
    return "".join(parts[i] for i in order)


@settings(max_examples=300, deadline=None)
@given(heads(), st.lists(items(), min_size=1, max_size=4))
def test_any_plain_rss_reads_the_same_fast_or_with_feedparser(head, generated):
    start = RSS_HEAD[: RSS_HEAD.index("<channel>") + len("<channel>")]
    fast, slow = read_both(rss(generated, head=start + head))
    assert fast is not None
    assert_same(fast, slow)
