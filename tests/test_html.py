"""The fast path of visible_text gives exactly what HTMLParser gives, or steps aside (issue 6)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import feedparser
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bench.farm import FeedState
from monitor.ingest.html import (
    _BLOCK,
    _HIDDEN,
    _collapsed,
    _visible_text_fast,
    _visible_text_parsed,
    visible_text,
)

REAL_FEEDS = Path("/work/shared/fixtures/real-feeds")

WORDS = ["Licenciements", "chez", "AWS", "à", "Sophia-Antipolis", "l’État", "d’IDC", "«", "»",
         "Résultats", "été", "ÇA", "œuvre", "2025", "%", ";", "#", "=", "/", "'", '"', "x=1"]
SPACES = [" ", "  ", "\n", "\r\n", "\t", "\xa0", "\u2009", "\u3000", "\x0b", "\f", ""]
ENTITIES = ["&amp;", "&amp", "&AMP;", "&#8217;", "&#x2019;", "&#X2019;", "&nbsp;", "&nbsp", "&foo;",
            "&lt;", "&gt;", "&#60;", "&#0;", "&#x110000;", "&#;", "&#x;", "&#12", "&", "&am", "p;",
            "&notit;", "&eacute;", "&Eacute", "&hellip;", "&#", "&#x"]
INLINE = ["a", "strong", "em", "span", "b", "i", "u", "sup", "abbr", "font", "o:p", "my-tag", "x.y", "c_d"]
NAMES = sorted(_BLOCK) + INLINE + sorted(_HIDDEN) + ["P", "Br", "IMG", "STRONG", "Script", "H2", "a1"]
ATTR_NAMES = ["href", "alt", "class", "data-id", "title", "width", "disabled", "xml:lang", "HREF", "a1"]
VALUE_TEXT = st.text(alphabet="ab <>/='\"&;#é\n", max_size=8)
JUNK = ["<", ">", "< ", "<1", "<<", "</", "<!", "<?", "</>", "</1>", "<a", '<a href="', "<!-- c -->",
        "<!--", "-->", "<!DOCTYPE html>", "<![CDATA[x<y]]>", "<![CDATA[", "<?php echo 1 ?>",
        "<script>var a = '<p>';</script>", "<style>p{}</style>", "</script>", "<title>t</title>",
        "<br / >", "<br/ >", "<a / href=x>", "</a x>", "</ p>", "</p\xa0>", '<a b="x"c="y">', "<a b==c>",
        "<a b= >", "<a x==\"1>2\">", "<a\x0bb>", "<p\x00>", "<a b='x>"]


def _attribute(draw, realistic: bool) -> str:
    name = draw(st.sampled_from(ATTR_NAMES))
    quote = draw(st.sampled_from(['"', "'", "bare", "none"]))
    if quote == "none":
        return name
    value = draw(VALUE_TEXT)
    if quote == "bare" and realistic:
        value = re.sub(r"[\s>\"'<]", "", value).lstrip("=") or "v"
    elif quote != "bare":
        value = quote + value.replace(quote, "") + quote
    around = st.sampled_from(["", " "]) if realistic else st.sampled_from(SPACES)
    return name + draw(around) + "=" + draw(around) + value


@st.composite
def tags(draw, realistic: bool = False) -> str:
    """A start, end or self-closing tag; unless realistic, with odd spacing and names."""
    names = [n for n in NAMES if n.lower() not in _HIDDEN] if realistic else NAMES
    name = draw(st.sampled_from(names))
    gaps = st.sampled_from([" ", "\n", "  "]) if realistic else st.sampled_from(SPACES + ["/"])
    kind = draw(st.sampled_from(["start", "end", "empty"]))
    if kind == "end":
        return "</" + name + ("" if realistic else draw(st.sampled_from(SPACES))) + ">"
    attrs = "".join(draw(gaps) + _attribute(draw, realistic) for _ in range(draw(st.integers(0, 3))))
    tail = draw(st.sampled_from(["", " "] if realistic else SPACES))
    return "<" + name + attrs + tail + ("/>" if kind == "empty" else ">")


TEXT = st.sampled_from(WORDS + SPACES + ENTITIES)
ANY_PIECE = st.one_of(TEXT, TEXT, tags(), st.sampled_from(JUNK),
                      st.text(alphabet="<>/!?=&;#'\" apx1", max_size=6))
REALISTIC_PIECE = st.one_of(st.sampled_from(WORDS + SPACES + ENTITIES), tags(realistic=True),
                            st.sampled_from(["a < b", "<= 3", "< 1.9", "x << y"]))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ANY_PIECE, max_size=12).map("".join))
def test_fast_path_gives_what_the_parser_gives_or_declines(fragment):
    fast = _visible_text_fast(fragment)
    event("declined" if fast is None else "fast path")
    if fast is not None:
        assert fast == _visible_text_parsed(fragment)
    assert visible_text(fragment) == _visible_text_parsed(fragment)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(REALISTIC_PIECE, max_size=14).map("".join))
def test_fast_path_reads_ordinary_markup(fragment):
    assert _visible_text_fast(fragment) == _visible_text_parsed(fragment)


@pytest.mark.parametrize("fragment, expected", [
    ("<p>AWS</p><p>Azure</p>", "AWS Azure"),
    ("<b>AW</b>S", "AWS"),
    ("<P>AWS<BR>Azure</P>", "AWS Azure"),
    ("AWS<br/>Azure<img src='a.png' alt='Azure'/>", "AWS Azure"),
    ('<a href="/x?a=1&amp;b=2" title="a > b <c>">lien</a>', "lien"),
    ("<a href=https://example.fr/x/>lien</a>", "lien"),
    ("<o:p>Le </o:p><my-tag data-x='1'>cloud</my-tag>", "Le cloud"),
    ("<em>« une décision brutale »</em>&nbsp;% d&#8217;IDC &#x2019; &amp",
     "« une décision brutale » % d’IDC ’ &"),
    ("&am<b></b>p; &#3<i></i>8;", "&amp; 8;"),  # each run of text decoded on its own
    ("jQuery < 1.9 <p>et 2 <3</p>", "jQuery < 1.9 et 2 <3"),
    ("<p>a</p  >\n\t<p >b</p>", "a b"),
])
def test_fast_path_reads(fragment, expected):
    assert _visible_text_fast(fragment) == expected == _visible_text_parsed(fragment)


@pytest.mark.parametrize("fragment", [
    "<p>Un <!-- commentaire --> texte</p>",
    "<!DOCTYPE html><p>x</p>",
    "<p><![CDATA[x]]></p>",
    "<?xml version='1.0'?><p>x</p>",
    "<p>avant<script>var a = '<b>';</script>après</p>",
    "<style>p { color: red }</style><p>x</p>",
    "<p>x</p><title>t</title>",
    "<p>x</p></noscript>",
    "<br / >x",
    "</a x>y",
    "<a b=\"x\"c=\"y\">z</a>",
    "<p>coupé <a href=\"x",
    "<p>fin <",
    "</ p>x",
    '<a x=="1>2">3',
])
def test_fast_path_declines_what_it_does_not_read(fragment):
    assert _visible_text_fast(fragment) is None
    assert visible_text(fragment) == _visible_text_parsed(fragment)


def test_farm_summaries_take_the_fast_path():
    for index in range(20):
        for entry in FeedState(11, index, 30, 1_700_000_000).entries:
            fragment = entry.summary_html
            assert "<" in fragment
            assert _visible_text_fast(fragment) == _visible_text_parsed(fragment), fragment


WORDPRESS = [
    # WordPress excerpt and content
    (
        '<p>Le ministère a publié le décret&nbsp;: <a href="https://www.legifrance.gouv.fr/jorf/id/X" '
        'target="_blank" rel="noreferrer noopener">lire le texte</a>.</p>\n<p>The post '
        '<a rel="nofollow" href="https://korben.info/x.html">Titre&#8230;</a> appeared first on '
        '<a rel="nofollow" href="https://korben.info">Korben</a>.</p>'
    ),
    (
        '<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" '
        'height="576" src="https://x.fr/a.jpg" alt="" class="wp-image-1" srcset="https://x.fr/a.jpg 1024w, '
        'https://x.fr/a-300x169.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption>'
        'Crédit&nbsp;: AWS</figcaption></figure>\n<h2 class="wp-block-heading">Ce qui change</h2>'
        '<ul><li>Plus de <strong>1&nbsp;200</strong> postes</li><li>d&rsquo;ici 2025</li></ul>'
    ),
    # LeMagIT-style chapô with an inline image and emphasis
    (
        "<p><img src='https://www.lemagit.fr/visuals/x.jpg' align='left' hspace='10'/>"
        "<em>Le fournisseur</em> d&#8217;infonuagique prévoit&#160;de supprimer des postes "
        "en France. <b>Orange Business</b> &amp; SFR&nbsp;: même combat.</p><br clear=all>"
    ),
    (
        "<div class=\"field-item even\"><p>Lire aussi&nbsp;:&nbsp;<a href=\"/actualites/1\">"
        "L&rsquo;IA générative</a></p></div><table><tr><td>CA</td><td>+12&nbsp;%</td></tr></table>"
    ),
]


@pytest.mark.parametrize("fragment", WORDPRESS)
def test_cms_markup_takes_the_fast_path(fragment):
    fast = _visible_text_fast(fragment)
    assert fast is not None
    assert fast == _visible_text_parsed(fragment)


def _real_fragments() -> list[str]:
    fragments = []
    for path in sorted(REAL_FEEDS.glob("*.xml")):
        for entry in feedparser.parse(str(path)).entries:
            details = [entry.get("summary_detail")] + list(entry.get("content", []))
            fragments += [d.value for d in details if d and d.value]
    return fragments


@pytest.mark.skipif(not REAL_FEEDS.is_dir(), reason="real feed fixtures not present")
def test_real_feeds_read_the_same_either_way():
    fragments = _real_fragments()
    marked = [f for f in fragments if "<" in f]
    assert len(marked) > 100
    fast = [f for f in marked if _visible_text_fast(f) is not None]
    for fragment in fragments:
        assert visible_text(fragment) == _visible_text_parsed(fragment)
    assert len(fast) >= 0.9 * len(marked)  # a conditional comment or a trailing `<` may decline


def test_whitespace_collapsed_as_a_regular_expression_would():
    every = "x".join(map(chr, range(sys.maxunicode + 1))) + "  \t\n"
    assert _collapsed(every) == re.sub(r"\s+", " ", every).strip()
