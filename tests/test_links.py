"""canonical_link and site_of: one story, one link; one site, one name."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.ingest.links import canonical_link, is_tracking_parameter, site_of


@pytest.mark.parametrize("url, expected", [
    ("https://www.lemagit.fr/actualites/123?utm_source=rss&utm_medium=feed",
     "https://www.lemagit.fr/actualites/123"),
    ("HTTPS://WWW.Silicon.FR:443/Article-AWS/#comments", "https://www.silicon.fr/Article-AWS/"),
    ("http://example.fr:80/a", "http://example.fr/a"),
    ("http://example.fr:8080/a", "http://example.fr:8080/a"),
    ("https://example.fr", "https://example.fr/"),
    ("https://www.01net.com/actu/?id=5&xtor=RSS-8&page=2", "https://www.01net.com/actu/?id=5&page=2"),
    ("https://next.ink/1/?fbclid=AbC&gclid=x&mc_cid=1&mc_eid=2&igshid=3", "https://next.ink/1/"),
    ("https://a.fr/x?at_medium=rss&at_campaign=c&ns_mchannel=m&_hsenc=e&oly_enc_id=o",
     "https://a.fr/x"),
    ("https://a.fr/x?UTM_Source=rss&q=AWS", "https://a.fr/x?q=AWS"),
    ("https://a.fr/x?ref=rss&b=1", "https://a.fr/x?b=1"),
    ("https://a.fr/x?ref=v2.1&b=1", "https://a.fr/x?ref=v2.1&b=1"),  # a real ref is kept
    ("https://a.fr/x?ref_src=twsrc%5Etfw", "https://a.fr/x"),
    ("https://a.fr/x?z=1&a=2&z=3", "https://a.fr/x?z=1&a=2&z=3"),  # order and repeats kept
    ("https://a.fr/caf%C3%A9?q=a%20b", "https://a.fr/caf%C3%A9?q=a%20b"),  # encoding untouched
    ("https://user:Pw@Example.fr/x", "https://user:Pw@example.fr/x"),
    ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
    ("  https://a.fr/x#top  ", "https://a.fr/x"),
    ("https://a.fr/x?&&utm_term=t&", "https://a.fr/x"),
])
def test_canonical_link(url, expected):
    assert canonical_link(url) == expected


@pytest.mark.parametrize("junk", ["", "   ", "not a url", "http://a.fr:99999999/x", "http://[::1/", "tag:x,2024:1",
                                  "/relative/path?utm_source=x", "mailto:a@b.fr"])
def test_canonical_link_leaves_junk_alone(junk):
    assert canonical_link(junk) == junk.strip()


def test_tracking_variants_of_one_story_are_one_link():
    variants = [
        "https://www.lemondeinformatique.fr/actualites/lire-aws-licencie-91234.html",
        "https://www.lemondeinformatique.fr/actualites/lire-aws-licencie-91234.html?utm_source=rss",
        "https://WWW.lemondeinformatique.fr/actualites/lire-aws-licencie-91234.html#xtor=RSS-1",
        "https://www.lemondeinformatique.fr:443/actualites/lire-aws-licencie-91234.html?xtor=RSS-1&fbclid=1",
    ]
    assert len({canonical_link(v) for v in variants}) == 1


@pytest.mark.parametrize("name, value, tracking", [
    ("utm_campaign", "x", True), ("at_format", "x", True), ("pk_kwd", "x", True), ("gclid", "x", True),
    ("id", "5", False), ("page", "2", False), ("ref", "rss", True), ("ref", "main", False), ("q", "utm_x", False),
])
def test_is_tracking_parameter(name, value, tracking):
    assert is_tracking_parameter(name, value) is tracking


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_canonical_link_never_raises_and_is_idempotent(text):
    once = canonical_link(text)
    assert canonical_link(once) == once


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"https?://[a-zA-Z0-9.-]{1,20}(:[0-9]{1,4})?(/[a-z0-9%._-]{0,10}){0,3}(\?[a-z_]{1,8}=[a-z0-9]{0,5}(&[a-z_]{1,8}=[a-z0-9]{0,5}){0,3})?(#[a-z]*)?",
                     fullmatch=True))
def test_canonical_link_of_urls_has_no_fragment_or_tracking(url):
    link = canonical_link(url)
    assert canonical_link(link) == link
    assert "#" not in link and "utm_" not in link.partition("?")[2]


@pytest.mark.parametrize("url, site", [
    ("https://www.lemondeinformatique.fr/x", "lemondeinformatique.fr"),
    ("https://feeds.feedburner.com/Numerama", "feeds.feedburner.com"),
    ("https://rss.feedsportal.com/c/1/f/2/index.rss", "rss.feedsportal.com"),
    ("https://feeds.lemagit.fr/actualites.xml", "lemagit.fr"),
    ("https://rss.zdnet.fr/x", "zdnet.fr"),
    ("https://m.01net.com/a", "01net.com"),
    ("https://WWW.Silicon.fr:443/a", "silicon.fr"),
    ("https://next.ink/feed/", "next.ink"),
    ("https://www.fr/", "www.fr"),  # never stripped down to a bare TLD
    ("https://blog.ploum.net/x", "ploum.net"),
    ("https://www.lemondeinformatique.fr/flux-rss/x.xml", "lemondeinformatique.fr"),
    ("https://www.bbc.co.uk/news/rss.xml", "bbc.co.uk"),
    ("http://127.0.0.1:8123/feed.xml", "127.0.0.1:8123"),
    ("http://localhost/feed", "localhost"),
])
def test_site_of(url, site):
    assert site_of(url) == site


def test_site_of_junk_is_never_a_shared_site():
    assert site_of("not a url") != site_of("also junk")
    assert site_of("") == ""
    assert site_of("http://[::1/") == "http://[::1/"


def test_two_feeds_of_one_site_share_it():
    assert site_of("https://www.lemagit.fr/rss/actualites.xml") == site_of("https://lemagit.fr/article/1")
