"""The recent articles and their stories, in memory, for "which story does this article join?".

Candidates come from an inverted index: term (or kind of event a title names) -> ids of the
window's articles that contain it, oldest first; "Intel repasse dans le vert au troisième
trimestre" and "Résultats trimestriels : Intel surprend Wall Street" share the firm and results.
A new article looks up all its terms, its lead's too (a terse title, "Plan social géant chez
Intel", shares only the firm with the others; its lead gives "15 %" and "effectifs"); of a
common term ("Microsoft", "France") only the latest RECENT_PER_TERM articles count, since the
articles of one event come within hours of each other. The candidates sharing most of those
terms (at most MAX_CANDIDATES) then go through the precise `same_story`; the article joins the
best matching story it fits: none of its articles tells it apart (stories.apart), and no veto
stands between it and half of them at least. A link through one vague article must not join
two stories that contradict each other.
"""
from __future__ import annotations

import heapq
import itertools
import operator
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta

from monitor.query.aliases import Aliases
from monitor.stories.apart import PLACED_KINDS, placed_apart, told_apart
from monitor.stories.decision import COMMON_KINDS, WINDOW, defect_after_launch, score, threshold
from monitor.stories.features import StoryArticle, StoryFeatures, features, name_table

RECENT_PER_TERM = 60  # ~1.5 h of "Microsoft" in a 100,000-article window; rarer terms reach further back
RECENT_PER_KIND = 20  # a kind of event ("§results") is commoner than most terms; it adds to a name's match
MAX_CANDIDATES = 20
KIND_KEY = "§"
MIN_SHARED_KEYS = 2  # one shared word ("Microsoft") is a topic, not yet an event
_SITED = PLACED_KINDS - {"strike"}  # incidents of one place; a strike spreads from site to site
_SHARED_THEN_LATEST = operator.itemgetter(1, 0)  # (id, shared terms) -> (shared terms, id), in C


class StoryIndex:
    """The articles of the last `window`, each with the id of the story it belongs to."""

    def __init__(self, window: timedelta = WINDOW, aliases: Aliases | None = None) -> None:
        self.window = window
        self.aliases = aliases  # through the setter: the name table with them
        self._articles: dict[int, tuple[StoryFeatures, int]] = {}  # id -> (features, story id)
        self._postings: dict[str, list[int]] = {}
        self._by_time: list[tuple[datetime, int]] = []  # heap, for expiry
        # story id -> the ids of the articles that joined it, its first article aside (most
        # stories have one article: no list for them); some gone, skipped
        self._joined: dict[int, list[int]] = {}

    @property
    def aliases(self) -> Aliases | None:
        return self._aliases

    @aliases.setter
    def aliases(self, aliases: Aliases | None) -> None:
        """New aliases (a config reload) count for the articles to come; those in it keep theirs."""
        self._aliases, self._names = aliases, name_table(aliases)

    def __len__(self) -> int:
        return len(self._articles)

    def entries(self) -> Iterator[tuple[StoryFeatures, int]]:
        """Every article of the window as (features, story id), oldest first."""
        return iter(self._articles.values())

    def assign(self, article: StoryArticle) -> int:
        """The story `article` joins (an earlier article's story id), or its own id; then add it."""
        f = features(article, names=self._names)
        story_id = self._best_story(f)
        self._store(article.id, f, article.id if story_id is None else story_id)
        return article.id if story_id is None else story_id

    def add(self, article: StoryArticle, story_id: int) -> None:
        """Add an article already grouped (at start, from the database; a repeat of a story)."""
        self._store(article.id, features(article, names=self._names), story_id)

    def forget(self, article_id: int) -> None:
        """Drop an article whose row was never written (its transaction rolled back); its
        postings and time stay behind, skipped by `candidates` and `expire`."""
        self._articles.pop(article_id, None)

    def expire(self, now: datetime) -> None:
        """Forget the articles published more than `window` before `now`."""
        cutoff = now - self.window
        touched: set[str] = set()
        while self._by_time and self._by_time[0][0] < cutoff:
            _, gone = heapq.heappop(self._by_time)
            entry = self._articles.pop(gone, None)
            if entry is not None:
                touched.update(_keys(entry[0]))
                joined = self._joined.get(entry[1], [])
                if gone in joined:
                    joined.remove(gone)
                if not joined:
                    self._joined.pop(entry[1], None)
        for term in touched:
            kept = [i for i in self._postings[term] if i in self._articles]
            if kept:
                self._postings[term] = kept
            else:
                del self._postings[term]

    def candidates(self, f: StoryFeatures) -> list[int]:
        """Ids of the articles sharing the most terms with `f`, most shared first."""
        postings = self._postings
        shared = Counter(itertools.chain.from_iterable(  # Counter counts in C
            postings[t][-RECENT_PER_TERM:] for t in f.terms if t in postings))
        shared.update(itertools.chain.from_iterable(
            postings[t][-RECENT_PER_KIND:] for t in _kind_keys(f) if t in postings))
        # ties go to the latest article: one event's articles come within hours of each other
        return [i for i, n in heapq.nlargest(MAX_CANDIDATES, shared.items(), key=_SHARED_THEN_LATEST)
                if n >= MIN_SHARED_KEYS]

    def _best_story(self, f: StoryFeatures) -> int | None:
        """The story of the best-scoring matching candidate (ties go to the older story) that `f`
        fits: an explainer naming no model ("Ce qu'il faut retenir du nouveau modèle de Mistral")
        must not join Magistral 2's article to Medium 4's story."""
        best: dict[int, float] = {}  # story id -> the best score of its matching candidates
        for i in self.candidates(f):
            entry = self._articles.get(i)
            if entry is None:
                continue
            other, story_id = entry
            s = score(f, other, self.window)
            if s > 0 and s >= threshold(f, other, self.window) and s > best.get(story_id, 0.0):  # same_story
                best[story_id] = s
        for story_id in sorted(best, key=lambda story: (-best[story], story)):  # ties: the older story
            members = [m[0] for i in (story_id, *self._joined.get(story_id, ())) if (m := self._articles.get(i))]
            if fits(f, members, self.window):
                return story_id
        return None

    def _store(self, article_id: int, f: StoryFeatures, story_id: int) -> None:
        self._articles[article_id] = (f, story_id)
        if story_id != article_id:
            self._joined.setdefault(story_id, []).append(article_id)
        for term in _keys(f):
            self._postings.setdefault(term, []).append(article_id)
        heapq.heappush(self._by_time, (f.published, article_id))


def _kind_keys(f: StoryFeatures) -> tuple[str, ...]:
    """The kinds of event `f`'s title names, in whatever words, that say something of its event
    (not a launch: decision.COMMON_KINDS): "§results" for "trimestriel" and "résultats"; § is in
    no term."""
    return tuple(KIND_KEY + k for k in f.kinds if k not in COMMON_KINDS)


def _keys(f: StoryFeatures) -> tuple[str, ...]:
    """What the index files `f` under: its terms and its kinds of event."""
    return f.terms + _kind_keys(f)


def fits(f: StoryFeatures, members: list[StoryFeatures], window: timedelta = WINDOW) -> bool:
    """Whether `f` may join the story of `members`, one of which it matches: none of them tells
    it apart, places the same incident elsewhere (AWS's outage in us-east-1 is not the one in
    eu-west-3; a strike spreads from site to site), is the launch of what `f` tells the defect
    of or tells of a launch when `f` tells of an incident (or the reverse), and no veto stands
    between it and at least half of them. A link through one vague article ("Faut-il craquer pour
    la nouvelle box de Free ?", "AWS en panne : pourquoi la moitié d'Internet ne répond plus")
    must not join two stories whose articles contradict each other (the box's launch, its faulty
    update; GPT-5.5's launch, ChatGPT's outage the next day)."""
    agreeing = 0
    for m in members:
        if told_apart(f, m) or defect_after_launch(f, m) or placed_apart(f, m, _SITED.intersection(f.kinds, m.kinds)):
            return False
        if _incident_at_launch(f, m) or _incident_at_launch(m, f):
            return False
        agreeing += score(f, m, window) > 0
    return 2 * agreeing >= len(members)


def _incident_at_launch(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a` tells of an outage or an attack, `b` of a launch and no incident: "ChatGPT est en panne" the day
    after "OpenAI lance GPT-5.5" is another event, however vague the story's other articles."""
    return bool(PLACED_KINDS.intersection(a.kinds)) and "launch" in b.kinds and PLACED_KINDS.isdisjoint(b.kinds) \
        and "update" not in b.kinds and not b.fixes and not b.defect
