"""The main text of an article page: what a reader reads, without the page around it.

Pure and CPU-bound (it runs in worker processes): bytes in, an `Extracted` out, never an
exception. trafilatura finds the article (title, chapô, paragraphs, intertitles, captions,
quotes) and drops menus, sidebars, comments and footers; this module decodes the bytes, keeps
what trafilatura returns within bounds and says why a page gave no usable text (issue 11).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

MAX_CHARS = 100_000  # a longer article is rare; its start is what a watch needs
MAX_BYTES = 5_000_000  # larger bodies are not article pages: parsing them costs seconds
RETRY_WORDS = 200  # a fast pass that finds less may have missed the article: do the full one
MIN_WORDS = 25  # below this, a page is an error page, a cookie wall or a bare teaser
# A page whose text is this short and that says one of these is a paywall's free part.
PAYWALL_WORDS = 150
PAYWALL_MARKERS = (
    "réservé aux abonnés", "reserve aux abonnes", "article abonné", "contenu réservé",
    "abonnez-vous pour lire la suite", "il vous reste", "pour lire la suite",
    "déjà abonné", "accès illimité", "offre d'abonnement",
)
# Inline "À lire aussi : <a>other headline</a>" paragraphs sit inside the article's body, where
# trafilatura keeps them; a line that opens this way is a link to another article.
_READ_ALSO = re.compile(
    r"^\W*(?:[àa] lire (?:aussi|également|egalement)|lire (?:aussi|également|egalement|la suite)"
    r"|sur le même sujet|voir aussi|[àa] voir aussi|découvrir aussi)\b", re.IGNORECASE)
_SPACES = re.compile(r"[^\S\n]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([-\w.:]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")
# Page parts trafilatura may keep that no French article contains: breadcrumbs (SPIP's "arbo",
# "fil d'ariane"), consent banners, paywall notices.
PRUNE = ("//*[contains(@class,'breadcrumb') or contains(@class,'ariane') or contains(@class,'arbo')"
         " or contains(@class,'cookie') or contains(@id,'cookie') or contains(@id,'didomi')"
         " or contains(@class,'consent') or contains(@class,'paywall')]")
# Sites often put the chapô and the photo's caption outside the element that holds the body
# (Le Monde's `article__desc`, a `figure` above it), where trafilatura does not look.
_CHAPO = ("//article//*[contains(@class,'chapo') or contains(@class,'chapeau') or contains(@class,'__lead')"
          " or contains(@class,'-lead') or contains(@class,'standfirst') or contains(@class,'article__desc')]"
          " | //article//figcaption")

FailureKind = Literal["empty", "not_html", "too_large", "too_short", "paywall", "unparsable"]


@dataclass(frozen=True, slots=True)
class ArticleText:
    """The page's main text: plain, one paragraph a line, at most MAX_CHARS characters."""

    text: str
    words: int
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class ExtractFailure:
    """No usable text; `reason` is for the operator's log. A paywall keeps its free part."""

    kind: FailureKind
    reason: str
    text: str = ""


Extracted = ArticleText | ExtractFailure


def extract_article(body: bytes, url: str, content_type: str | None = None,
                    *, favor: Literal["precision", "recall", "balanced"] = "precision",
                    fast: bool | None = None) -> Extracted:
    """The article text of the page `body` fetched from `url`, or why there is none.

    `favor` and `fast` are trafilatura's trade-offs, exposed for the evaluation and the
    benchmark; the defaults are what they chose (tests/test_extract.py, bench/extract.py):
    favor precision (the balanced mode lets a short page's tags and bylines in), and
    fast=None, trafilatura's fast pass first and its full pass (with the readability and
    jusText fallbacks) only when the fast one finds fewer than RETRY_WORDS words: the full
    pass costs ~1.8x the CPU, and only it finds the text of some real pages (La Vie des idées).
    """
    if not body or not body.strip():
        return ExtractFailure("empty", "the page is empty")
    if len(body) > MAX_BYTES:
        return ExtractFailure("too_large", f"the page is {len(body):,} bytes, over {MAX_BYTES:,}")
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        return ExtractFailure("not_html", f"the page is {mime}, not HTML")
    page = decode(body, content_type)  # before the markup check: UTF-16 pages are full of NULs
    if "\x00" in page[:4096] or "<" not in page[:65536]:
        return ExtractFailure("not_html", "the page has no HTML markup")
    try:
        raw, extra = _trafilatura(page, url, favor, fast is not False)
        if fast is None and raw.count(" ") < RETRY_WORDS:  # spaces: a cheap bound on the words
            raw, extra = _trafilatura(page, url, favor, False)
    except Exception as error:  # noqa: BLE001 - hostile input must give a result, not a crash
        return ExtractFailure("unparsable", f"the extractor failed: {type(error).__name__}")
    return judge(clean(raw, extra), page)


def _trafilatura(page: str, url: str, favor: str, fast: bool) -> tuple[str, list[str]]:
    import trafilatura  # imported here so that importing this module stays cheap
    from trafilatura.utils import load_html

    _load_stopwords()
    tree = load_html(page)
    if tree is None:
        return "", []
    # one parse for both: trafilatura works on a copy of the tree it is given
    extra = [" ".join(e.text_content().split()) for e in tree.xpath(_CHAPO)]
    raw = trafilatura.extract(
        tree, url=url or None, output_format="txt", prune_xpath=PRUNE,
        include_comments=False,  # comments are readers' words, not the article's
        include_tables=True,  # spec sheets and price tables are article text on tech sites
        include_images=False, include_links=False, include_formatting=False,
        favor_precision=favor == "precision", favor_recall=favor == "recall",
        fast=fast,  # fast skips the readability/jusText fallbacks (see bench/extract.py)
        deduplicate=False,  # its cache is process-wide state: results would depend on history
        with_metadata=False,  # dates and authors cost CPU (htmldate) and no watch reads them
    )
    return raw or "", extra


STOPWORD_LANGUAGES = ("French", "English")


def _load_stopwords() -> None:
    """The words jusText counts to tell prose from menus, in trafilatura's full pass.

    Given no target language (one would make it drop pages of another language), trafilatura
    loads the union of jusText's 100 stoplists: 154,000 words, held twice, 40 MB in each
    worker process, beyond what `run` can afford (issue 11: 200 MB with the workers). French
    and English are the languages of Veille's feeds and give the same text on every page of
    tests/fulltext and the shared real pages, for 0.1 MB. Set once, before its first use.
    """
    from justext.utils import get_stoplist
    from trafilatura import external

    if external.JT_STOPLIST is None:
        external.JT_STOPLIST = tuple(sorted(set().union(*map(get_stoplist, STOPWORD_LANGUAGES))))


def decode(body: bytes, content_type: str | None = None) -> str:
    """The page as text: BOM, then the HTTP charset, then a <meta> charset, then UTF-8, else
    Windows-1252 (the usual charset of old French pages declared as Latin-1 or not at all)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(name, errors="replace")
    declared = [m.group(1) for m in [_HEADER_CHARSET.search(content_type or "")] if m]
    declared += [m.group(1).decode("ascii", "replace") for m in [_META_CHARSET.search(body[:4096])] if m]
    for name in declared:
        codec = _codec(name)
        if codec == "utf-8":
            try:
                return body.decode("utf-8")
            except UnicodeDecodeError:
                continue  # a page declared UTF-8 but written in Latin-1: try the next clue
        if codec:
            return body.decode(codec, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except (LookupError, ValueError):
        return None
    # WHATWG: a page labelled Latin-1 is read as Windows-1252 (its superset: œ, €, ’).
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def clean(raw: str, extra: list[str] = ()) -> str:
    """One paragraph a line, spaces collapsed, "lire aussi" lines dropped; the chapô and
    captions that trafilatura left out come first."""
    lines = (line.strip() for line in _SPACES.sub(" ", raw).splitlines())
    body = "\n".join(line for line in lines if line and not _READ_ALSO.match(line))
    missing = [line for line in dict.fromkeys(extra) if line and line not in body]
    return "\n".join([*missing, body]) if body else ""


def judge(text: str, page: str) -> Extracted:
    """The decision on what the extractor returned: enough text, a paywall, or too little."""
    words = len(text.split())
    if words == 0:
        return ExtractFailure("empty", "no article text found in the page")
    if words < PAYWALL_WORDS and any(marker in page.lower() for marker in PAYWALL_MARKERS):
        return ExtractFailure("paywall", f"only {words} words before a subscribers-only notice", text)
    if words < MIN_WORDS:
        return ExtractFailure("too_short", f"only {words} words of article text", text)
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", 0, MAX_CHARS)
        return ArticleText(text[: cut if cut > 0 else MAX_CHARS], words, truncated=True)
    return ArticleText(text, words)
