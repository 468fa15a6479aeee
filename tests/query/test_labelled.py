"""Precision and recall on the hand-labelled set: both must be 1.0."""

from monitor.query import Aliases, WatchIndex, analyse, parse_query
from tests.query.labelled.data import ALIAS_GROUPS, ARTICLES, QUERIES


def test_the_set_is_big_enough():
    assert len(ARTICLES) >= 150 and len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert len(QUERIES) >= 20
    assert all(q.expected <= {a.id for a in ARTICLES} for q in QUERIES)


def test_precision_and_recall_are_one():
    aliases = Aliases.from_groups(ALIAS_GROUPS)
    docs = {a.id: analyse(a.title, a.text) for a in ARTICLES}
    index = WatchIndex()
    true_pos = false_pos = false_neg = 0
    wrong = []
    for n, labelled in enumerate(QUERIES):
        query = parse_query(labelled.text, aliases if labelled.with_aliases else None)
        index.add(n, query)
        found = {i for i, doc in docs.items() if query.match(doc)}
        true_pos += len(found & labelled.expected)
        false_pos += len(found - labelled.expected)
        false_neg += len(labelled.expected - found)
        if found != labelled.expected:
            wrong.append((labelled.text, sorted(found - labelled.expected), sorted(labelled.expected - found)))
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    print(f"\nlabelled set: {len(ARTICLES)} articles, {len(QUERIES)} queries, "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert wrong == [], "(query, unexpected ids, missed ids)"
    assert precision == 1.0 and recall == 1.0
    for i, doc in docs.items():  # the index agrees on every article
        assert set(index.match(doc)) == {n for n, q in enumerate(QUERIES) if i in q.expected}
