"""The one text normaliser: words, folding, elision and inflection, shared by matching, indexing and search.

QUERY.md "What counts as the same word". A word is a run of letters and digits; each word
gives a *folded* form (lower case, no accents, for prefixes and title keys) and a *term*
(the folded form reduced to its word family, for matching).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

import snowballstemmer

# Elided articles/pronouns dropped before a word: d’AWS -> AWS (QUERY.md lists them).
_ELISIONS = r"(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’]"
# Combining accents count as part of a word, so decomposed "e\u0301" stays one word.
_WORD_CHARS = r"[\w\u0300-\u036f]"
_WORD = re.compile(rf"(?:{_ELISIONS}(?={_WORD_CHARS}))?({_WORD_CHARS}+)", re.IGNORECASE)
_EDGE_PUNCTUATION = ",.;:!?()[]{}«»\"“”…'’-–—/"  # none is a word character
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
_STEMMER = snowballstemmer.stemmer("french")
_CACHE_LIMIT = 200_000
_forms: dict[str, tuple[str, str]] = {}


def fold(word: str) -> str:
    """Lower case, no accents, ligatures spelled out: "Sécurité" -> "securite"."""
    decomposed = unicodedata.normalize("NFD", word.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _term(folded: str) -> str:
    """The word family of a folded word.

    Snowball's French stemmer works on accented words, but users type without accents, so we
    stem the folded word and first undo the endings that folding makes ambiguous:
    - plural -s: Snowball keeps "emplois" apart from "emploi";
    - feminine -ee (from -ée): "licenciee" would stem to "licencie";
    - -ie (from -ié or the verb): "licencie" would stem to "licenc", while "licencier",
      "licenciement" stem to "licenci"; read it as the infinitive "licencier".
    Words with digits (Windows 11, M365) are kept as they are.
    """
    if any(c.isdigit() for c in folded):
        return folded
    w = folded
    if len(w) >= 5 and w[-1] == "s" and not w.endswith("ss"):
        w = w[:-1]
    if len(w) >= 5 and w.endswith("ee"):
        w = w[:-1]
    if len(w) >= 5 and w.endswith("ie"):
        w += "r"
    return _STEMMER.stemWord(w)


def forms(word: str) -> tuple[str, str]:
    """(folded, term) of one word as it appears in a text, cached: articles reuse words."""
    cached = _forms.get(word)
    if cached is None:
        if len(_forms) > _CACHE_LIMIT:
            _forms.clear()
        folded = fold(word)
        cached = _forms[word] = (folded, _term(folded))
    return cached


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: its folded form, its term and where it is in the original."""

    folded: str
    term: str
    start: int
    end: int


def words(text: str) -> list[Word]:
    """The words of `text`, elided articles dropped, with their original character offsets."""
    out = []
    # "_" is a word character for `re` but not for us; replacing keeps offsets unchanged.
    for m in _WORD.finditer(text.replace("_", " ")):
        folded, term = forms(m.group(1))
        out.append(Word(folded, term, m.start(1), m.end(1)))
    return out


def terms(text: str) -> tuple[str, ...]:
    """The terms of `text` in order (used for query words and phrases)."""
    return tuple(w.term for w in words(text))


class FieldText:
    """The analysed words of one field ("title" or "text") of an article.

    Positions and character offsets are only needed for phrases and highlighting, so they are
    computed on first use: most articles match no watch.
    """

    __slots__ = ("name", "source", "terms", "folded", "term_set", "_positions", "_offsets", "_sorted")

    def __init__(self, name: str, source: str) -> None:
        self.name = name
        self.source = source
        cache = _forms
        pairs = [cache.get(raw) or forms(raw) for raw in _raw_words(source)]
        self.folded = tuple([p[0] for p in pairs])
        self.terms = tuple([p[1] for p in pairs])
        self.term_set = frozenset(self.terms)
        self._positions: dict[str, list[int]] | None = None
        self._offsets: list[tuple[int, int]] | None = None
        self._sorted: list[str] | None = None

    def sorted_folded(self) -> list[str]:
        """The distinct folded words in order, to find a prefix by bisection."""
        if self._sorted is None:
            self._sorted = sorted(set(self.folded))
        return self._sorted

    @property
    def positions(self) -> dict[str, list[int]]:
        """Term -> its indexes in `terms`."""
        if self._positions is None:
            found: dict[str, list[int]] = {}
            for i, term in enumerate(self.terms):
                if term in found:
                    found[term].append(i)
                else:
                    found[term] = [i]
            self._positions = found
        return self._positions

    def offsets(self) -> list[tuple[int, int]]:
        """(start, end) in `source` of each word."""
        if self._offsets is None:
            self._offsets = [m.span(1) for m in _WORD.finditer(self.source.replace("_", " "))]
        return self._offsets

    def phrase_at(self, sequence: tuple[str, ...]) -> list[int]:
        """Indexes where the terms of `sequence` occur consecutively."""
        if sequence[0] not in self.term_set:
            return []
        n, terms_ = len(sequence), self.terms
        return [i for i in self.positions[sequence[0]] if terms_[i:i + n] == sequence]


def _raw_words(text: str) -> list[str]:
    """The words of `text` as written (elisions dropped), as `words` finds them, only faster.

    Most whitespace-separated chunks are plain words (one C call to check); only the others
    go through the regular expression.
    """
    out: list[str] = []
    for chunk in text.split():
        if chunk.isalnum():
            out.append(chunk)
        elif (bare := chunk.strip(_EDGE_PUNCTUATION)).isalnum():
            out.append(bare)
        elif not bare:
            continue
        else:
            out.extend(_WORD.findall(chunk.replace("_", " ")))
    return out


class Document:
    """An article analysed once, then matched against any number of queries."""

    __slots__ = ("title", "text", "title_field", "text_field", "terms", "folded", "_sorted", "leaf_spans",
                 "outlet")

    def __init__(self, title: str, text: str, title_field: FieldText, text_field: FieldText,
                 outlet: frozenset[str] = frozenset()) -> None:
        self.title, self.text = title, text
        # `source:` and `site:` features (see outlet_features): matched like terms, never highlighted.
        self.outlet = outlet
        self.title_field, self.text_field = title_field, text_field
        self.terms: frozenset[str] = title_field.term_set | text_field.term_set  # both fields
        self.folded: frozenset[str] = frozenset(title_field.folded + text_field.folded)
        self._sorted: list[str] | None = None
        # Leaf.key -> its spans, filled by the matcher: many watches share a word.
        self.leaf_spans: dict[str, tuple] = {}

    def from_outlet(self, source: str, site: str) -> Document:
        """The same article as published by `source` at `site`: the words are analysed once."""
        doc = Document(self.title, self.text, self.title_field, self.text_field, outlet_features(source, site))
        doc._sorted, doc.leaf_spans = self._sorted, self.leaf_spans  # spans never depend on the outlet
        return doc

    @property
    def fields(self) -> tuple[FieldText, FieldText]:
        return (self.title_field, self.text_field)

    def sorted_folded(self) -> list[str]:
        """The distinct folded words of both fields in order, to find a prefix by bisection."""
        if self._sorted is None:
            self._sorted = sorted(self.folded)
        return self._sorted


def analyse(title: str, text: str, source: str = "", site: str = "") -> Document:
    """Normalise an article once (plain text in: the parse step already applied visible_text).

    `source` is its feed's name and `site` its link (or host), for `source:` and `site:`.
    """
    t, x = FieldText("title", title), FieldText("text", text)
    return Document(title, text, t, x, outlet_features(source, site) if source or site else frozenset())


SOURCE = "source:"  # feature prefixes: terms are runs of letters and digits, so they cannot collide
SITE = "site:"


def source_key(name: str) -> str:
    """A feed's name as `source:` compares it: its folded words ("Journal du Geek" -> "journal du geek")."""
    return " ".join(w.folded for w in words(name))


def site_key(site: str) -> str:
    """A host as `site:` compares it: lower case, without scheme, port, path or a final dot."""
    site = site.strip()
    if "://" in site:
        site = urlsplit(site).hostname or ""
    else:
        site = site.split("/", 1)[0].rsplit(":", 1)[0] if site.count(":") == 1 else site.split("/", 1)[0]
    return site.lower().strip(".")


def outlet_features(source: str, site: str) -> frozenset[str]:
    """The features of an article's outlet: its source, its host and every parent domain."""
    found = set()
    if key := source_key(source):
        found.add(SOURCE + key)
    host = site_key(site)
    labels = host.split(".") if host else []
    found.update(SITE + ".".join(labels[i:]) for i in range(len(labels)))
    return frozenset(found)


def title_key(title: str) -> str:
    """The title reduced to its folded words, to spot the same story republished."""
    return " ".join(forms(raw)[0] for raw in _raw_words(title))  # the fast path of words()
