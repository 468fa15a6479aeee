"""Article text extraction (issue 11): the body counts, the page around it never does."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.ingest.extract import (
    MAX_BYTES, MAX_CHARS, ArticleText, ExtractFailure, decode, extract_article,
)
from tests.helpers import says
from tests.fulltext.articles import ARTICLES, Article
from tests.fulltext.evaluate import PAGES, score, teaser_only, with_fulltext
from tests.fulltext.labelled import EXPECTED
from tests.fulltext.write_pages import DECOYS

# /work/shared beside the checkout (parents[1].parent), or higher up from a worktree
REAL_PAGES = next((p / "shared" / "fixtures" / "real-pages" for p in Path(__file__).resolve().parents[1:]
                   if (p / "shared" / "fixtures" / "real-pages").is_dir()),
                  Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "real-pages")


def source(a: Article) -> str:
    """What a reader reads as the article: its title, chapô, blocks and caption."""
    return "\n".join([a.title, a.lead, *(b.lstrip("#> ") for b in a.blocks), a.caption])


def extracted(a: Article):
    return extract_article((PAGES / f"{a.slug}.html").read_bytes(), f"https://example.fr/{a.slug}")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.slug)
def test_labelled_page_keeps_the_body_and_drops_every_decoy(article):
    result = extracted(article)
    if article.cms == "paywall":
        assert isinstance(result, ExtractFailure) and result.kind == "paywall", result
    else:
        assert isinstance(result, ArticleText), result
    assert says(result.text, article.marker), f"{article.marker!r} of the body is missing"
    leaked = [d for d in DECOYS if not says(source(article), d) and says(result.text, d)]
    assert leaked == [], f"boilerplate words in the text: {leaked}"
    assert "À lire aussi" not in result.text and "Accueil" not in result.text


def test_labels_agree_with_the_article_bodies():
    """The hand labels are what the matcher finds in each body as written (no typo in a label)."""
    assert score({a.slug: source(a) for a in ARTICLES}).misses == ()
    for a in ARTICLES:  # each marker is a word of the body that the feed does not give
        assert says(source(a), a.marker) and not says(f"{a.title} {a.teaser}", a.marker), a.slug
    assert len(EXPECTED) >= 15 and len(ARTICLES) >= 20


def test_full_text_finds_what_the_teaser_misses_without_boilerplate_hits(capsys):
    teaser = teaser_only()
    full = with_fulltext(lambda body, url: extract_article(body, url).text)
    with capsys.disabled():
        print(f"\n[fulltext] teaser only: P={teaser.precision:.3f} R={teaser.recall:.3f}; "
              f"teaser + trafilatura: P={full.precision:.3f} R={full.recall:.3f} {list(full.misses)}")
    assert full.recall >= teaser.recall + 0.5
    assert full.precision >= 0.95


def real(name: str) -> bytes:
    path = REAL_PAGES / name
    if not path.exists():
        pytest.skip(f"real page fixture {path} is absent")
    return path.read_bytes()


@pytest.mark.parametrize("name, body, boilerplate", [
    ("franceculture.fr.idees__adbar-trafilatura.html", "Convention citoyenne pour le climat",
     ["A la tribune je monterai", "Vous êtes ici"]),  # "À écouter aussi" box, breadcrumb
    ("psl.eu.luniversite__adbar-trafilatura.html", "décret n°2019-1130",
     ["PSL en chiffres", "lien de désabonnement"]),  # menu, newsletter footer
    ("soundofscience.fr.1927__adbar-trafilatura.html", "HCERES",
     ["Darwinisme social", "ThemeGrill", "Flux ATOM"]),  # related posts, footer, sidebar
    ("sauvonsluniversite.com.spip__adbar-trafilatura.html", "boîte mail dédiée",
     ["questions fréquemment posées sur la grève", "Plan du site"]),  # same-section list, footer
    ("laviedesidees.fr.evaluation__adbar-trafilatura.html", "publiants",
     ["format EPUB", "Books & Ideas"]),  # download menu, site menu
])
def test_real_page_article_without_menus_lists_or_comments(name, body, boilerplate):
    result = extract_article(real(name), "https://example.fr/")
    assert isinstance(result, ArticleText) and result.words > 300, result
    assert body in result.text
    assert [b for b in boilerplate if b in result.text] == []


def test_real_page_with_almost_no_text_is_a_failure_not_template_code():
    result = extract_article(real("lanouvellerepublique.fr.martin__adbar-trafilatura.html"), "https://x.fr/")
    assert isinstance(result, ExtractFailure) and result.kind in ("empty", "too_short"), result
    assert "nrco.contentDetailController" not in result.text and result.reason


def test_the_full_pass_counts_french_and_english_stopwords_not_a_hundred_languages():
    """trafilatura's default is the union of jusText's 100 stoplists, 40 MB in each worker."""
    from trafilatura import external

    for a in ARTICLES:  # short pages: each goes through the full pass, where jusText runs
        extracted(a)
    words = set(external.JT_STOPLIST)
    assert {"le", "dans", "the", "which"} <= words and "und" not in words and len(words) < 2_000


def page(paragraphs: list[str], charset: str = "utf-8", extra: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="{charset}"><title>t</title></head><body>'
            f"<nav><a href='/'>Accueil</a></nav><article><h1>Titre</h1>{body}{extra}</article></body></html>")


LONG = ["Les équipes de la société française ont présenté jeudi à Lyon un nouveau service de "
        "sauvegarde pour les collectivités, hébergé dans des centres de données en France. "] * 4


def test_latin1_page_declared_in_meta_keeps_its_accents():
    body = page([*LONG, "Sécurité, œuvre, élève : déjà là."], "iso-8859-1").encode("cp1252")
    result = extract_article(body, "https://x.fr/")
    assert isinstance(result, ArticleText) and "Sécurité, œuvre, élève" in result.text


def test_utf16_page_with_a_bom_is_read():
    body = codecs.BOM_UTF16_LE + page([*LONG, "Sécurité déjà là."]).encode("utf-16-le")
    result = extract_article(body, "https://x.fr/")
    assert isinstance(result, ArticleText) and "Sécurité déjà là." in result.text


@pytest.mark.parametrize("body, content_type, expected", [
    ("é".encode("utf-8"), None, "é"),
    ("é".encode("cp1252"), None, "é"),  # undeclared and not UTF-8: Windows-1252
    ("é".encode("cp1252"), "text/html; charset=utf-8", "é"),  # mislabelled: falls back
    ("é".encode("utf-8"), "text/html; charset=UTF-8", "é"),
    ('<meta charset="windows-1252">€'.encode("cp1252"), None, '<meta charset="windows-1252">€'),
    (b"\xef\xbb\xbf\xc3\xa9", "text/html; charset=iso-8859-1", "é"),  # the BOM wins
    ("é".encode("utf-16-le"), "text/html; charset=utf-16le", "é"),
    (b"\xe9", "text/html; charset=nonsense", "é"),  # an unknown label is ignored
])
def test_decode(body, content_type, expected):
    assert decode(body, content_type) == expected


@pytest.mark.parametrize("body, content_type, kind", [
    (b"", "text/html", "empty"),
    (b"   \n ", None, "empty"),
    (b"%PDF-1.7 <</Type/Catalog>>", "application/pdf", "not_html"),
    (b"\x89PNG\r\n\x1a\n\x00\x00<", None, "not_html"),
    (b"just words, no markup at all", None, "not_html"),
    (b"<html><body><nav>Accueil</nav></body></html>", "text/html", "too_short"),
    (page(["Orange nomme une directrice."]).encode(), None, "too_short"),
    (page(LONG[:1], extra="<div class='paywall'>Cet article est réservé aux abonnés</div>").encode(),
     None, "paywall"),
])
def test_pages_without_usable_text_say_why(body, content_type, kind):
    result = extract_article(body, "https://x.fr/a", content_type)
    assert isinstance(result, ExtractFailure) and result.kind == kind, result
    assert result.reason


def test_oversized_body_is_refused_before_parsing():
    result = extract_article(b"<p>" + b"a " * (MAX_BYTES // 2 + 1), "https://x.fr/")
    assert isinstance(result, ExtractFailure) and result.kind == "too_large"


def test_long_article_is_capped_at_a_word_boundary():
    words = [f"Paragraphe {i} : " + "l'opérateur déploie la fibre dans la commune. " * 20 for i in range(600)]
    result = extract_article(page(words).encode(), "https://x.fr/")
    assert isinstance(result, ArticleText) and result.truncated
    assert len(result.text) <= MAX_CHARS and "Paragraphe 0 :" in result.text[:50]
    assert not result.text.endswith(" ")


def test_text_is_whitespace_normalised_one_paragraph_a_line():
    result = extract_article(page(["  Les   équipes\tde la\u00a0société  ont présenté " * 5] * 3).encode(), "u")
    assert isinstance(result, ArticleText)
    assert all(line == " ".join(line.split()) for line in result.text.splitlines())


_tags = st.sampled_from(["<p>", "</p>", "<div class='x'>", "</div>", "<article>", "<script>", "<!--",
                         "<meta charset='utf-7'>", "<table><tr><td>", "&#0;", "&eacute;", "<![CDATA[", "<"])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=3000),
                 st.lists(st.one_of(_tags, st.text(max_size=40)), max_size=80).map(lambda p: "".join(p).encode())),
       st.sampled_from([None, "text/html", "text/html; charset=utf-16", "text/html; charset=x-bogus", "image/png"]))
def test_any_bytes_give_a_result_never_an_exception(body, content_type):
    result = extract_article(body, "https://x.fr/", content_type)
    assert isinstance(result, (ArticleText, ExtractFailure))
    assert len(result.text) <= MAX_CHARS
