"""Precision and recall of the labelled queries on what an extractor gives for each page."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from monitor.query import analyse, parse_query
from tests.fulltext.labelled import EXPECTED, TEASERS

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass(frozen=True, slots=True)
class Score:
    true_pos: int
    false_pos: int
    false_neg: int
    misses: tuple[str, ...] = ()  # "query @ page" for every error, to read when a score drops

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0


def page_bytes() -> dict[str, bytes]:
    return {slug: (PAGES / f"{slug}.html").read_bytes() for slug in TEASERS}


def score(texts: Mapping[str, str]) -> Score:
    """Every labelled query against every page: feed title plus `texts[slug]` as its text."""
    tp = fp = fn = 0
    misses = []
    for q, expected in EXPECTED.items():
        query = parse_query(q)
        for slug, (title, _) in TEASERS.items():
            hit = query.match(analyse(title, texts[slug])) is not None
            tp += hit and slug in expected
            fp += hit and slug not in expected
            fn += not hit and slug in expected
            if hit != (slug in expected):
                misses.append(f"{'FP' if hit else 'FN'} {q} @ {slug}")
    return Score(tp, fp, fn, tuple(misses))


def teaser_only() -> Score:
    return score({slug: teaser for slug, (_, teaser) in TEASERS.items()})


def with_fulltext(extract: Callable[[bytes, str], str]) -> Score:
    """Teaser plus what `extract(page, url)` returns, as the pipeline will match them."""
    return score({slug: f"{TEASERS[slug][1]}\n{extract(body, f'https://example.fr/{slug}')}"
                  for slug, body in page_bytes().items()})
