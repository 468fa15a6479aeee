"""The amounts two articles give, compared (issue 12): one telling amount in both is evidence
of one event, telling amounts that differ a sign of two (121 / 57 failles)."""
from __future__ import annotations

from monitor.stories.features import StoryFeatures, version_number

# The press rounds: "une soixantaine", "près de 700"; more in hundreds and thousands ("plus d'un millier"
# of 1 200 postes, "une centaine" of 120; not 25 ingénieurs for "une trentaine": +16 true pairs, no wrong one)
CLOSE, CLOSE_LARGE, LARGE = 0.15, 0.2, 100


def amounts_disagree(a: StoryFeatures, b: StoryFeatures) -> bool:
    """`a`'s title gives telling amounts and `b` gives others of the same kind, none of them
    (a percentage is compared with percentages only: 15 % of the staff may be 15,000 people)."""
    pairs = _comparable((a.title_numbers, b.numbers), (a.title_percents, b.percents))
    if pairs and b.versions:  # "son 17 Ultra" is the other's "Xiaomi 17 Ultra", no amount
        named = {version_number(v) for v in b.versions}
        pairs = [(m, t) for m, t in pairs if m not in named]
    return bool(pairs) and not any(_close(m, t) for m, t in pairs)


def _close(m: float, t: float) -> bool:
    """One amount, told roughly on one side: "112 failles" / "une centaine", "680 départs" / "700
    postes"; two precise amounts that differ (611 / 612 postes) are two."""
    largest = max(m, t)
    return m == t or (_round(m) or _round(t)) and abs(m - t) <= (CLOSE_LARGE if largest >= LARGE else CLOSE) * largest


def _round(n: float) -> bool:
    """One significant digit, or a half step of it: 60, 100, 700, 2 000, 150, 2 500 ("une soixantaine",
    "près de 700", "environ 150")."""
    if n != int(n) or n < 10:
        return False
    step = 10 ** (len(str(int(n))) - 1)
    return int(n) % step == 0 or n >= 100 and int(n) % (step // 2) == 0


def amounts_agree(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both give one telling amount of one kind."""
    return any(m == t for m, t in _comparable((a.numbers, b.numbers), (a.percents, b.percents)))


def _comparable(*kinds: tuple[tuple[float, ...], tuple[float, ...]]) -> list[tuple[float, float]]:
    """The pairs of telling amounts of one kind, one from each side."""
    return [(m, t) for mine, theirs in kinds for m in mine if _telling(m) for t in theirs if _telling(t)]


def _telling(n: float) -> bool:
    """Amounts that single out an event: 1,7 (milliard) or 57 (failles), not "six" or "fin 2026"."""
    return (n >= 10 or n != int(n)) and not (1990 <= n <= 2100 and n == int(n))


