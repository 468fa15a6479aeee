"""bench/stories.py runs on a small window and reports what it promises (no timing asserted)."""
from __future__ import annotations

import random
from datetime import timedelta

from bench.stories import make_articles, measure, stories_rows


def test_generated_articles_are_in_published_order_with_events_of_several_articles():
    articles, event = make_articles(random.Random(1), 500, timedelta(hours=66))
    assert [a.published for a in articles] == sorted(a.published for a in articles)
    assert len({a.title for a in articles}) == len(articles)  # no one template
    sizes = [list(event.values()).count(e) for e in set(event.values())]
    assert max(sizes) > 1 and len(sizes) < len(articles)


def test_measure_compares_the_index_with_every_article():
    r = measure(articles=400, timed=20, exhaustive=3)
    assert r["articles"] == 400 and r["assign_us"] > 0 and r["exhaustive_us"] > 0
    assert r["agree"].endswith("/3")
    index, every = (int(r["joined_same_event"][who].split("/")[1]) for who in ("index", "exhaustive"))
    assert 0 <= index <= 3 and 0 <= every <= 3


def test_rows_name_both_contenders(monkeypatch):
    import bench.stories as stories

    monkeypatch.setattr(stories, "measure", lambda n, timed, sample: measure(300, 10, 2))
    rows = stories_rows(quick=True, only=set())
    assert [r.contender for r in rows] == ["veille (StoryIndex)", "same_story vs every article"]
