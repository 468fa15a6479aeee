"""One bad item never stops a feed (issue 10): hostile characters are repaired or the item
skipped, the problem is told in `malformed`, and nothing but ParseError leaves parse_feed."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.ingest import feedxml
from monitor.ingest.decode import decode
from monitor.ingest.parse import ParseError, parse_feed
from monitor.model import ParsedFeed

URL = "https://example.fr/feed"


def rss(*items: str, encoding: str = "utf-8") -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>Le Fil</title>'
            f'<link>https://example.fr/</link>{"".join(items)}</channel></rss>').encode(encoding)


def item(title: str, n: int = 1, description: str = "texte") -> str:
    return (f"<item><title>{title}</title><link>https://example.fr/{n}</link><guid>g{n}</guid>"
            f"<description>{description}</description></item>")


def strings(parsed: ParsedFeed) -> list[str]:
    out = [parsed.title, parsed.link, parsed.malformed or ""]
    for e in parsed.entries:
        out += [e.guid, e.link, e.title, e.text, e.author, *e.tags]
    return out


def assert_encodable(parsed: ParsedFeed) -> None:
    for s in strings(parsed):
        s.encode("utf-8")  # what SQLite and Telegram need


def test_a_lone_surrogate_reference_is_replaced_and_its_siblings_kept():
    parsed = parse_feed(rss(item("avant &#xD800; après", 1), item("voisin", 2)), url=URL)
    assert [e.title for e in parsed.entries] == ["avant \ufffd après", "voisin"]
    assert parsed.malformed == "repaired 1 invalid character"
    assert_encodable(parsed)


def test_a_surrogate_pair_written_as_two_references_is_its_character():
    for pair in ("&#xD83D;&#xDE00;", "&#55357;&#56832;", "&#xd83d;&#56832;"):
        parsed = parse_feed(rss(item(f"sourire {pair}", 1, f"&lt;p&gt;{pair.replace('&', '&amp;')}&lt;/p&gt;")),
                            url=URL)
        assert parsed.entries[0].title == "sourire 😀" and parsed.entries[0].text == "😀"
        assert parsed.malformed == "repaired 2 invalid characters"


def test_references_xml_forbids_are_repaired_in_every_field_and_both_readers_agree():
    bad = "&#xD800;&#0;&#x1F;&#xFFFE;&#x110000;&#99999999999999999999999;"
    body = rss(f"<item><title>t{bad}</title><link>https://example.fr/a{bad}</link><guid>g{bad}</guid>"
               f"<author>moi{bad}</author><category>tag{bad}</category><description>d{bad}</description>"
               f"<pubDate>Mon, 06 Sep 2021 16:45:00 +0000{bad}</pubDate></item>", item("voisin", 2))
    utf8 = decode(body, None).utf8
    fast = feedxml.read_fast(utf8)
    assert fast is not None, "a repaired document still takes the fast path"
    assert fast.entries == feedxml.read_with_feedparser(utf8).entries
    parsed = parse_feed(body, url=URL)
    assert len(parsed.entries) == 2 and parsed.entries[0].title == "t\ufffd\ufffd\ufffd"
    assert_encodable(parsed)


def test_utf7_that_decodes_into_a_surrogate_is_repaired():
    body = b'<?xml version="1.0" encoding="utf-7"?><rss version="2.0"><channel><title>+2D0-x</title></channel></rss>'
    parsed = parse_feed(body, url=URL)
    assert parsed.title == "\ufffdx" and "repaired" in parsed.malformed


def test_controls_left_raw_by_the_loose_reader_are_removed():
    parsed = parse_feed(rss(item("a\x00b\x01c", 1), item("voisin", 2)), url=URL)
    assert [e.title for e in parsed.entries] == ["abc", "voisin"]
    assert "repaired 2 invalid characters" in parsed.malformed


# --- any hostile document: nothing escapes but ParseError, every string encodes as UTF-8 ---

HOSTILE = st.sampled_from([
    "&#xD800;", "&#xDFFF;", "&#xD83D;&#xDE00;", "&#55357;&#56832;", "&#xD83D;", "&#0;", "&#x1B;", "&#x9F;",
    "&#xFFFE;", "&#xFFFF;", "&#x110000;", "&#x" + "F" * 40 + ";", "&#" + "9" * 5000 + ";", "&amp;#xD800;",
    "&amp;#xD83D;&amp;#xDE00;", "&amp;#0;", "&undefined;", "&amp;amp;amp;", "&lt;b&gt;", "<![CDATA[&#xD800;]]>",
    "\x00", "\x01", "\x1b[2J", "\x85", "\u202e", "\u2066", "\ufffe", "\uffff", "\U0001F600", "é", "<", "&",
    "]]>", "<b>x</b>", "<?pi x?>", "<!-- c -->",
])
FIELD_TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=5)), max_size=6).map("".join)
ENCODINGS = st.sampled_from([
    ("utf-8", "utf-8"), ("latin-1", "iso-8859-1"), ("cp1252", "windows-1252"), ("utf-8", "iso-8859-1"),
    ("latin-1", "utf-8"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16"), ("utf-16-be", "utf-8"),
    ("utf-7", "utf-7"), ("utf-8", "utf-7"), ("utf-8", "nonsense"), ("utf-8", "unicode_escape"),
])


def _document(kind: str, fields: list[str]) -> str:
    title, link, guid, author, tag, date, text = fields
    if kind == "rss":
        entry = (f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid><author>{author}</author>"
                 f"<category>{tag}</category><pubDate>{date}</pubDate><description>{text}</description></item>")
        return f'<rss version="2.0"><channel><title>{title}</title><link>{link}</link>{entry}{entry}</channel></rss>'
    if kind == "rdf":
        entry = (f'<item rdf:about="{link}"><title>{title}</title><link>{link}</link><dc:creator>{author}'
                 f"</dc:creator><dc:subject>{tag}</dc:subject><dc:date>{date}</dc:date>"
                 f"<description>{text}</description></item>")
        return ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
                f' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{title}</title></channel>'
                f"{entry}{entry}</rdf:RDF>")
    entry = (f'<entry><title type="html">{title}</title><link href="{link}"/><id>{guid}</id><author><name>{author}'
             f'</name></author><category term="{tag}"/><updated>{date}</updated><content type="html">{text}'
             "</content></entry>")
    return f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>{entry}{entry}</feed>'


@st.composite
def hostile_documents(draw) -> bytes:
    kind = draw(st.sampled_from(["rss", "rdf", "atom"]))
    text = _document(kind, [draw(FIELD_TEXT) for _ in range(7)])
    if draw(st.booleans()):
        depth = draw(st.integers(1, 3000))
        text = text.replace("</title>", "<x>" * depth + "y" + "</x>" * depth + "</title>", 1)
    if draw(st.booleans()):
        text = '<!DOCTYPE x [<!ENTITY a "&#xD800;"><!ENTITY b "&a;&a;">]>' + text.replace("</title>", "&b;</title>", 1)
    actual, declared = draw(ENCODINGS)
    body = f'<?xml version="1.0" encoding="{declared}"?>\n{text}'.encode(actual, "surrogatepass" if "utf" in actual
                                                                         else "replace")
    if draw(st.booleans()):
        body = body[:draw(st.integers(0, len(body)))]  # truncated at a random point
    return body


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_documents(), st.sampled_from([None, "application/rss+xml; charset=utf-8", "text/xml",
                                             "text/html; charset=latin-1"]))
def test_no_hostile_document_makes_parse_feed_raise_anything_but_parse_error(body, content_type):
    try:
        parsed = parse_feed(body, url=URL, content_type=content_type)
    except ParseError as err:
        assert str(err) and "\n" not in str(err)
        str(err).encode("utf-8")
        return
    assert_encodable(parsed)


def test_an_item_that_still_cannot_be_read_is_skipped_and_told(monkeypatch):
    from monitor.ingest import parse as parse_module

    real = parse_module.canonical_link

    def refuse(link: str) -> str:
        if link.endswith("/1"):
            raise ValueError("a link no one can read")
        return real(link)

    monkeypatch.setattr(parse_module, "canonical_link", refuse)
    parsed = parse_feed(rss(item("cassé", 1), item("voisin", 2)), url=URL)
    assert [e.title for e in parsed.entries] == ["voisin"]
    assert parsed.malformed == "1 item skipped: ValueError: a link no one can read"


def test_a_reader_s_own_failure_is_a_parse_error(monkeypatch):
    def overflow(utf8: bytes):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(feedxml, "read", overflow)
    try:
        parse_feed(rss(item("x")), url=URL)
    except ParseError as err:
        assert str(err) == "unreadable feed (RecursionError: maximum recursion depth exceeded)"
    else:
        raise AssertionError("no ParseError")
