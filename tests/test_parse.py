"""The parse step: feedparser on fetched bytes -> typed Entries; real-world quirks; hostile XML."""
from __future__ import annotations

import pickle
import re
import tracemalloc
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.model import Entry, ParsedFeed
from monitor.ingest.parse import ParseError, parse_feed
from tests.feedserver import FeedServer
from tests.helpers import billion_laughs, item_rss, xxe_documents

URL = "https://example.fr/feed.xml"
REAL_FEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "real-feeds"
MOJIBAKE = re.compile("Ã[\u0080-\u00bf©¨ ]|Ã‰|â€")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?/?>")


def parse(body: bytes | str, content_type: str | None = "application/rss+xml", **kw) -> ParsedFeed:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return parse_feed(data, url=URL, content_type=content_type, **kw)


# --- real French feeds (../shared/fixtures/real-feeds, read in place, never copied) ---

REAL = sorted(REAL_FEEDS.glob("*.xml")) if REAL_FEEDS.is_dir() else []


@pytest.mark.skipif(not REAL, reason=f"no real feed fixtures at {REAL_FEEDS}")
@pytest.mark.parametrize("path", REAL, ids=[p.name.split("__")[0] for p in REAL])
def test_real_feed(path):
    raw = path.read_bytes().decode("utf-8", "replace")
    parsed = parse_feed(path.read_bytes(), url="https://example.fr/feed", content_type="text/xml")
    assert parsed.entries and parsed.title
    guids = [e.guid for e in parsed.entries]
    assert all(g.strip() for g in guids) and len(set(guids)) == len(guids)
    for entry in parsed.entries:
        assert entry.title.strip()
        for text in (entry.title, entry.text, entry.author, *entry.tags):
            # a tag may be visible text only where the feed escaped it (a code sample)
            leaked = [m.group(1) for m in TAG.finditer(text) if f"&lt;{m.group(1)}" not in raw]
            assert not leaked, text[:200]
            assert not MOJIBAKE.search(text), text[:200]
        assert entry.published is None or entry.published.utcoffset().total_seconds() == 0
    accents = "".join(e.title + e.text for e in parsed.entries)
    assert re.search("[éèàçêô]", accents)
    # only nextinpact is broken XML (a &#x1F; reference); every entry is still recovered
    assert (parsed.malformed is not None) == path.name.startswith("nextinpact")


@pytest.mark.skipif(not REAL, reason=f"no real feed fixtures at {REAL_FEEDS}")
def test_real_feed_quirks():
    def real(name: str) -> ParsedFeed:
        return parse_feed(next(REAL_FEEDS.glob(f"{name}__*.xml")).read_bytes(), url="https://x.fr/feed")

    freebox = real("universfreebox")  # RSS 0.92, ISO-8859-1, no guid: the link stands in
    assert all(e.guid == e.link and e.link.startswith("http") for e in freebox.entries)
    assert any("«" in e.title for e in freebox.entries)
    maliki = real("maliki")  # pubDate without a zone: no date rather than a wrong one
    assert all(e.published is None for e in maliki.entries)
    pcinpact = real("pcinpact")  # only a10:updated: used as the date; numeric guid kept as given
    assert all(e.published is not None for e in pcinpact.entries)
    assert pcinpact.entries[0].guid.isdigit()
    rue89 = real("rue89")  # a guid that is not a URL is kept exactly
    assert rue89.entries[0].guid == "241244 at http://www.rue89.com"
    developpez = real("developpez")  # BOM, +0200 dates converted to UTC
    assert developpez.entries[0].published == datetime(2013, 6, 14, 7, 0, tzinfo=timezone.utc)
    nextinpact = real("nextinpact")
    # one "&#x1F;" (not allowed in XML) used to make the whole document malformed: now repaired
    assert len(nextinpact.entries) == 45 and nextinpact.malformed == "repaired 1 invalid character"


# --- entries: guid, link, title, text, author, tags, dates ---

def test_entry_fields():
    parsed = parse(item_rss(
        "<item><title>Licenciements &amp; &lt;AWS&gt;</title>"
        "<link>https://example.fr/aws?utm_source=rss#top</link><guid isPermaLink='false'> id-42 </guid>"
        "<description>&lt;p&gt;Le &lt;b&gt;cloud&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt; "
        "&lt;a href='https://evil.example/'&gt;lien&lt;/a&gt;&lt;/p&gt;</description>"
        "<author>redaction@example.fr (Jeanne   Dupont)</author><category>Cloud</category>"
        "<category> Emploi </category><category>Cloud</category>"
        "<pubDate>Tue, 10 Jun 2025 14:30:00 +0200</pubDate></item>"
    ))
    assert parsed.title == "Flux" and parsed.link == "https://example.fr/" and parsed.malformed is None
    assert parsed.entries == (Entry(
        guid="id-42", link="https://example.fr/aws", title="Licenciements & <AWS>", text="Le cloud lien",
        author="redaction@example.fr (Jeanne Dupont)", tags=("Cloud", "Emploi"),
        published=datetime(2025, 6, 10, 12, 30, tzinfo=timezone.utc),
    ),)


def test_guid_falls_back_to_canonical_link_then_to_a_stable_hash():
    body = item_rss("<item><title>A</title><link>https://example.fr/a?xtor=RSS-1</link></item>"
                    "<item><title>B</title><description>texte B</description></item>"
                    "<item><title>C</title><description>texte C</description></item>")
    first, second = parse(body), parse(body)
    a, b, c = first.entries
    assert a.guid == a.link == "https://example.fr/a"
    assert b.guid.startswith("sha1:") and c.guid.startswith("sha1:") and b.guid != c.guid
    assert [e.guid for e in second.entries] == [e.guid for e in first.entries]
    assert b.link == ""


def test_guid_kept_as_given_while_links_are_made_absolute():
    body = item_rss("<item><title>A</title><guid>78872</guid><link>/breve/78872?utm_medium=rss</link></item>"
                    "<item><title>B</title><guid>/relatif/2</guid></item>"
                    "<item><title>C</title><link>../c.html</link></item>")
    a, b, c = parse(body).entries
    assert (a.guid, a.link) == ("78872", "https://example.fr/breve/78872")
    assert (b.guid, b.link) == ("/relatif/2", "https://example.fr/relatif/2")  # a permalink guid
    assert c.guid == c.link == "https://example.fr/c.html"


def test_atom_entry_with_summary_excerpt_and_content_keeps_one_text():
    full = "Amazon Web Services supprime des postes en France. " * 6
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Le &lt;i&gt;Flux&lt;/i&gt;</title>
<link href="https://example.fr/"/><id>urn:feed</id><updated>2025-01-01T00:00:00Z</updated>
<entry><id>urn:1</id><title type="text">a &lt; b</title><link href="https://example.fr/1"/>
<updated>2025-01-02T08:00:00+01:00</updated><published>2025-01-01T08:00:00Z</published>
<summary>{full[:150]} [&#8230;]</summary><content type="html">&lt;p&gt;{full}&lt;/p&gt;</content>
<category term="Emploi"/><author><name>Jeanne</name></author></entry>
<entry><id>urn:2</id><title>Deux</title><summary>Un chapeau distinct.</summary>
<content type="html">&lt;p&gt;Le corps de l'article.&lt;/p&gt;</content></entry></feed>"""
    parsed = parse(body, "application/atom+xml")
    one, two = parsed.entries
    assert parsed.title == "Le Flux"
    assert one.title == "a < b"  # plain text stays text, never parsed as a tag
    assert one.text == full.strip()  # the excerpt is not repeated before the full content
    assert one.published == datetime(2025, 1, 1, 8, 0, tzinfo=timezone.utc)  # published before updated
    assert (one.author, one.tags) == ("Jeanne", ("Emploi",))
    assert two.text == "Un chapeau distinct. Le corps de l'article."
    assert two.published is None


@pytest.mark.parametrize("date, expected", [
    ("<pubDate>Thu, 15 May 2014 00:01:24 Z</pubDate>", datetime(2014, 5, 15, 0, 1, 24, tzinfo=timezone.utc)),
    ("<pubDate>Mon, 02 Jun 2025 23:30:00 -0500</pubDate>", datetime(2025, 6, 3, 4, 30, tzinfo=timezone.utc)),
    ("<dc:date>2013-12-30T13:16:44+01:00</dc:date>", datetime(2013, 12, 30, 12, 16, 44, tzinfo=timezone.utc)),
    ("<pubDate>hier soir</pubDate>", None),
    ("", None),
    # a year in the future is a wrong zone or a scheduled post: clamped to the time of the poll
    ("<pubDate>Wed, 01 Jan 2031 00:00:00 GMT</pubDate>", datetime(2030, 1, 1, tzinfo=timezone.utc)),
])
def test_published_is_utc_or_none(date, expected):
    body = item_rss(f"<item><title>T</title><guid>g</guid>{date}</item>").replace(
        '<rss version="2.0">', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">')
    (entry,) = parse(body, now=datetime(2030, 1, 1, tzinfo=timezone.utc)).entries
    assert entry.published == expected


# --- encodings ---

FRENCH = "Élysée : l’État fête ses « données » à Noël"


@pytest.mark.parametrize("body, content_type", [
    ("\ufeff" + item_rss(f"<item><title>{FRENCH}</title><guid>g</guid></item>"), "text/xml"),  # UTF-8 BOM
    (item_rss(f"<item><title>{FRENCH}</title><guid>g</guid></item>", declaration=""), None),  # no declaration
    (item_rss(f"<item><title>{FRENCH}</title><guid>g</guid></item>"), "text/xml; charset=utf-8"),
], ids=["bom", "no-declaration", "charset-header"])
def test_utf8_variants(body, content_type):
    parsed = parse(body, content_type)
    assert parsed.entries[0].title == FRENCH and parsed.malformed is None


def test_iso_8859_1_declared():
    title = "Élysée : « données » à Noël"
    body = item_rss(f"<item><title>{title}</title><guid>g</guid></item>",
                    declaration='<?xml version="1.0" encoding="ISO-8859-1"?>').encode("iso-8859-1")
    for content_type in (None, "text/xml", "application/rss+xml"):
        assert parse(body, content_type).entries[0].title == title


@pytest.mark.parametrize("content_type", [
    "application/rss+xml; charset=iso-8859-1", "text/xml; charset=windows-1252", "text/html; charset=iso-8859-1",
    "application/xml; charset=us-ascii", "text/html", "text/plain", "application/octet-stream",
])
def test_a_wrong_content_type_or_charset_from_the_server_is_undone(content_type):
    body = item_rss(f"<item><title>{FRENCH}</title><guid>g</guid></item>")
    parsed = parse(body, content_type)
    assert parsed.entries[0].title == FRENCH and parsed.malformed is None


def test_a_wrong_encoding_declaration_is_recovered_and_reported():
    # the declaration says UTF-8 but the bytes are Latin-1, as an old CMS may write
    body = item_rss("<item><title>Élysée à Noël</title><guid>g</guid></item>").encode("iso-8859-1")
    parsed = parse(body, None)
    assert parsed.entries[0].title == "Élysée à Noël"
    assert "declared as utf-8" in parsed.malformed


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_utf16_and_utf32(codec):
    body = item_rss(f"<item><title>{FRENCH}</title><guid>g</guid></item>",
                    declaration=f'<?xml version="1.0" encoding="{codec}"?>').encode(codec)
    assert parse(body, "application/xml").entries[0].title == FRENCH


def test_text_xml_without_charset_is_not_flagged_malformed():
    body = item_rss("<item><title>T</title><guid>g</guid></item>")
    assert parse(body, "text/xml").malformed is None
    assert parse(body, None).malformed is None


# --- broken and non-feeds ---

def test_broken_xml_keeps_recovered_entries_and_says_why():
    body = item_rss("<item><title>Un</title><guid>1</guid></item><item><title>Deux &#x1F; &amp </title>"
                    "<guid>2</guid></item><item><title>Trois<guid>3</guid></item>")
    parsed = parse(body)
    assert [e.guid for e in parsed.entries][:2] == ["1", "2"]
    assert parsed.malformed and "line 1" in parsed.malformed


@pytest.mark.parametrize("body, content_type, message", [
    (b"", None, "empty"),
    (b"  \n\t ", "application/rss+xml", "empty"),
    (b"<!DOCTYPE html><html><head><title>Accueil</title></head><body><p>Bienvenue</p></body></html>",
     "text/html; charset=utf-8", "HTML page"),
    (b"<html><body>Oops</body></html>", None, "HTML page"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "not a feed"),
    (b'{"items": []}', "application/json", "not a feed"),
    (b"<?xml version='1.0'?><note><to>Tove</to></note>", "application/xml", "not a feed"),
])
def test_not_a_feed(body, content_type, message):
    with pytest.raises(ParseError, match=message):
        parse(body, content_type)


def test_a_valid_feed_with_no_items_is_not_an_error():
    parsed = parse(item_rss(""))
    assert parsed.entries == () and parsed.title == "Flux" and parsed.malformed is None


def test_parse_error_survives_pickling():
    err = pickle.loads(pickle.dumps(ParseError("this is an HTML page, not a feed")))
    assert isinstance(err, ParseError) and str(err) == "this is an HTML page, not a feed"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: item_rss(t).encode()))
def test_any_bytes_parse_or_raise_parse_error(body):
    try:
        parsed = parse(body)
    except ParseError as err:
        assert str(err)
    else:
        assert all(isinstance(e, Entry) and e.guid for e in parsed.entries)


# --- hostile XML (issue 5): nothing outside the body is ever read, nothing expands ---

@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("VEILLE-SECRET-7f3a9c\n")
    return path


@pytest.mark.parametrize("name", list(xxe_documents(Path("/x"))))
def test_external_entities_never_read_a_local_file(secret, name):
    document = xxe_documents(secret)[name]
    for body, content_type in ((document.encode(), "application/rss+xml"),
                               (document.replace("utf-8", "utf-16").encode("utf-16"), None)):
        try:
            parsed = parse(body, content_type)
        except ParseError as err:
            assert "VEILLE-SECRET" not in str(err)
            continue
        assert "VEILLE-SECRET" not in repr(parsed)
        assert all(e.title.startswith("t") for e in parsed.entries)


def test_a_body_naming_a_local_file_or_url_is_only_bytes(secret):
    with FeedServer() as server:
        for body in (str(secret).encode(), secret.as_uri().encode(), server.url("/feed.xml").encode()):
            with pytest.raises(ParseError):
                parse(body)
        assert server.requests == []  # feedparser never fetched anything


@pytest.mark.parametrize("oneline", [False, True])
def test_billion_laughs_never_expands(oneline):
    tracemalloc.start()
    try:
        parsed = parse(billion_laughs(oneline))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    (entry,) = parsed.entries
    assert "lollol" not in entry.title + entry.text
    assert peak < 4 * 1024 * 1024  # unguarded, feedparser+expat peak at ~50 MB before giving up


def test_billion_laughs_in_utf7_never_expands():
    # "+ADw-" is "<" in UTF-7: a DOCTYPE invisible to a byte-level search, visible to expat
    body = billion_laughs(True).replace('encoding="utf-8"', 'encoding="utf-7"')
    prolog, root, rest = body.partition("<rss")
    hidden = prolog.replace("<!", "+ADw-!").replace("+ADw-?xml", "<?xml").encode() + (root + rest).encode()
    tracemalloc.start()
    try:
        parsed = parse(hidden, None)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "lollol" not in parsed.entries[0].title
    assert peak < 4 * 1024 * 1024


def test_a_doctype_quoted_in_an_article_is_left_alone():
    body = item_rss("<item><title>HTML5</title><guid>g</guid><description><![CDATA[<p>Commencez par "
                    "<code>&lt;!DOCTYPE html&gt;</code> puis <!DOCTYPE x [ ]> reste]]></description></item>")
    assert "<!DOCTYPE html>" in parse(body).entries[0].text


def test_quadratic_blowup_is_bounded():
    big = "A" * 20_000
    body = item_rss(f"<item><title>{'&big;' * 5_000}</title><guid>g</guid></item>",
                    doctype=f'<!DOCTYPE rss [<!ENTITY big "{big}">]>')
    tracemalloc.start()
    try:
        parsed = parse(body)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(parsed.entries[0].title) < 100_000
    assert peak < 20 * 1024 * 1024  # 100 MB of text if the entity expanded


def test_short_literal_entities_still_work():
    body = item_rss("<item><title>Caf&eacute; &co;</title><guid>g</guid></item>",
                    doctype='\n<!DOCTYPE rss [\n<!ENTITY eacute "&#233;">\n<!ENTITY co "Cie">\n]>\n')
    assert parse(body).entries[0].title == "Café Cie"
