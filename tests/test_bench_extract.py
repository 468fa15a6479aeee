"""Smoke test of the extraction benchmark's pages and contenders (no timing asserted)."""
from __future__ import annotations

from bench.extract import CONTENDERS, KB, long_pages
from bench.__main__ import SCENARIOS
from tests.fulltext.articles import ARTICLES
from tests.helpers import says


def test_long_pages_are_100_to_300_kb_and_every_contender_finds_their_article():
    pages = long_pages(3)
    assert all(100 * KB <= len(p) <= 300 * KB for p in pages)
    for page, article in zip(pages, ARTICLES):
        for name, extract in CONTENDERS.items():
            text = extract(page, "https://example.fr/")
            assert says(text, article.marker) and len(text.split()) > 800, name
    assert "extract" in SCENARIOS
