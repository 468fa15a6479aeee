"""The pure rule of when an entry's article page is worth fetching (issue 11, feed setting
`fulltext = "auto" | "always" | "never"`).

It lives beside `monitor/decide.py` rather than in a `monitor/decide/` package, which would
shadow that module.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Literal

from monitor.model import PAGE_JOIN, Entry, Hit, Span

FulltextMode = Literal["auto", "always", "never"]
MODES: frozenset[str] = frozenset({"auto", "always", "never"})

# WordPress cuts excerpts at 55 words; one-sentence descriptions run 15-40. Sixty words is
# above every teaser and below nearly every article, even a brief.
SHORT_WORDS = 60
# A text this long is the article, even when it ends with a link back to the page
# (Next INpact's full feed ends every article with "Lire l'article.").
ARTICLE_WORDS = 400
# How feeds say "the rest is on the page": an ellipsis, "[…]", "(...)", "Lire la suite".
_TEASER_END = re.compile(
    r"(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\.|\blire la suite|\blire l[’']article"
    r"|\bla suite sur\b.*|\bcontinuer (?:la|à) lire|\bread more|\bcontinue reading)\W*$",
    re.IGNORECASE)


def needs_page(mode: str, title: str, feed_text: str) -> bool:
    """Whether to fetch the article page of an entry whose feed gave `title` and `feed_text`.

    "always" and "never" are the operator's choice for the feed. "auto" fetches when the feed's
    own text cannot be the article: fewer than SHORT_WORDS words (the title repeated at its
    start does not count), or fewer than ARTICLE_WORDS words ending as a cut teaser does
    ("…", "[…]", "(...)", "Lire la suite"). Otherwise the feed carries the article and a
    fetch would cost the site a request for words we already have.
    """
    if mode not in MODES:
        raise ValueError(f"fulltext mode must be one of {sorted(MODES)}, not {mode!r}")
    if mode != "auto":
        return mode == "always"
    text = " ".join(feed_text.split())
    heading = " ".join(title.split())
    if heading and text.lower().startswith(heading.lower()):
        text = text[len(heading):]
    words = len(text.split())
    if words < SHORT_WORDS:
        return True
    return words < ARTICLE_WORDS and _TEASER_END.search(text[-80:]) is not None


def page_offset(feed_text: str) -> int:
    """Where the page's text starts in `with_page`'s text."""
    return len(feed_text) + len(PAGE_JOIN)


def with_page(entry: Entry, page_text: str) -> Entry:
    """The entry as the page step matches it: title, feed text, then the article's text."""
    return replace(entry, text=entry.text + PAGE_JOIN + page_text)


def page_hits(entry_id: int, story_id: int, matches: Mapping[int, Sequence[Span]], feed_text: str,
              already_hit: set[int]) -> list[Hit]:
    """Hits the page adds: only watches that had not matched the entry on its feed text.

    The spans past the feed's text are said to be in the "page" field, counted from the start
    of the page's text, so that the alert's snippet is cut around them there.
    """
    offset = page_offset(feed_text)
    hits = []
    for watch_id, spans in matches.items():
        if watch_id in already_hit:
            continue
        moved = tuple(Span("page", s.start - offset, s.end - offset) if s.field == "text" and s.start >= offset
                      else s for s in spans)
        hits.append(Hit(entry_id, story_id, watch_id, moved))
    return hits
