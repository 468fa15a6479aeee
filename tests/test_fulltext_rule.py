"""When an entry's article page is fetched: table-driven on real feed items and invented ones."""
from __future__ import annotations

from pathlib import Path

import pytest

from monitor.decide.fulltext import ARTICLE_WORDS, SHORT_WORDS, needs_page
from monitor.ingest.parse import parse_feed

REAL_FEEDS = next((p / "shared" / "fixtures" / "real-feeds" for p in Path(__file__).resolve().parents[1:]
                   if (p / "shared" / "fixtures" / "real-feeds").is_dir()),
                  Path(__file__).resolve().parents[1].parent / "shared" / "fixtures" / "real-feeds")


def words(n: int, end: str = ".") -> str:
    return " ".join(["mot"] * n) + end


@pytest.mark.parametrize("feed, index, fetch, why", [
    ("developpez__sismics-reader.xml", 0, True, "87 words cut with '...'"),
    ("universfreebox__nicolus-picoFeed.xml", 0, True, "52 words ending '(...)'"),
    ("maliki__sismics-reader.xml", 1, True, "15 words"),
    ("pcinpact__nicolus-picoFeed.xml", 1, True, "16-word description"),
    ("rue89__nicolus-picoFeed.xml", 2, True, "25-word chapô"),
    ("planete-jquery__nicolus-picoFeed.xml", 1, True, "22 words"),
    ("nextinpact__nicolus-picoFeed.xml", 0, False, "the full article, ending 'Lire l'article.'"),
    ("jeux-linux__nicolus-picoFeed.xml", 0, False, "911 words of content:encoded"),
    ("korben__sismics-reader.xml", 0, False, "179 words of full post ending 'Source'"),
    ("rue89__nicolus-picoFeed.xml", 0, False, "132 words, not cut"),
    ("ploum-atom__sismics-reader.xml", 0, False, "a whole Atom post"),
])
def test_auto_on_real_feed_items(feed, index, fetch, why):
    path = REAL_FEEDS / feed
    if not path.exists():
        pytest.skip(f"real feed fixture {path} is absent")
    entry = parse_feed(path.read_bytes(), url="https://example.fr/feed").entries[index]
    assert needs_page("auto", entry.title, entry.text) is fetch, why


@pytest.mark.parametrize("title, text, fetch", [
    ("AWS supprime des postes", "", True),
    ("AWS supprime des postes", "AWS supprime des postes", True),  # the title, repeated
    ("", words(SHORT_WORDS - 1), True),
    ("", words(SHORT_WORDS), False),
    ("Titre", "Titre " + words(SHORT_WORDS - 1), True),  # the repeated title does not count
    ("", words(120, " […]"), True),
    ("", words(120, " [...]"), True),
    ("", words(120, "…"), True),
    ("", words(120, " (…)"), True),
    ("", words(120, ". Lire la suite"), True),
    ("", words(120, ". Lire la suite »"), True),
    ("", words(120, ". La suite sur LeMagIT.fr"), True),
    ("", words(120, ". Continue reading →"), True),
    ("", words(ARTICLE_WORDS - 1, "…"), True),
    ("", words(ARTICLE_WORDS, "…"), False),  # an article that ends on a trailing ellipsis
    ("", words(120, ". Source : AFP"), False),
    ("", words(120, ", a-t-il conclu."), False),
])
def test_auto_on_invented_items(title, text, fetch):
    assert needs_page("auto", title, text) is fetch


@pytest.mark.parametrize("mode, text, fetch", [
    ("always", words(2000), True),
    ("never", "", False),
    ("never", words(3, "…"), False),
])
def test_operator_modes_override_the_rule(mode, text, fetch):
    assert needs_page(mode, "Titre", text) is fetch


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="auto"):
        needs_page("sometimes", "Titre", "")
