"""WatchIndex gives exactly what evaluating every watch gives (hypothesis property test)."""
from hypothesis import given, settings, strategies as st

from monitor.query import QueryError, WatchIndex, analyse, parse_query

VOCAB = ["AWS", "Azure", "cloud", "licenciements", "licencie", "salariés", "plan", "social",
         "de", "la", "Amazon", "cyberattaque", "IA", "Île", "France", "emplois", "d’AWS", "laws"]
words_ = st.sampled_from(VOCAB)
atoms = st.one_of(
    words_,
    st.lists(words_, min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"'),
    st.sampled_from(["cyber*", "lic*", "sal*", "cl*"]),
)


def expr(depth=2):
    unary = st.tuples(st.sampled_from(["", "", "-", "title:", "NOT "]), atoms).map("".join)
    if depth == 0:
        return unary
    sub = expr(depth - 1)
    return st.one_of(
        unary,
        st.lists(sub, min_size=1, max_size=3).map(" ".join),
        st.lists(sub, min_size=2, max_size=3).map(" OR ".join),
        sub.map(lambda s: f"({s})"),
        st.tuples(st.sampled_from(["-", "title:"]), sub).map(lambda t: f"{t[0]}({t[1]})"),
    )


texts = st.lists(st.sampled_from(VOCAB + ["Google", "jaws", ",", "l’Amazon", "cybersécurité"]),
                 max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(expr(), min_size=1, max_size=25), st.lists(st.tuples(texts, texts), min_size=1, max_size=6))
def test_index_equals_evaluating_every_watch(query_texts, articles):
    queries = {}
    for i, text in enumerate(query_texts):
        try:
            queries[i] = parse_query(text)
        except QueryError:
            continue
    index = WatchIndex()
    for key, query in queries.items():
        index.add(key, query)
    assert len(index) == len(queries)
    for title, text in articles:
        doc = analyse(title, text)
        expected = {k: m for k, q in queries.items() if (m := q.match(doc)) is not None}
        assert index.match(doc) == expected


def test_add_replace_and_remove():
    index = WatchIndex()
    index.add(1, parse_query("AWS licenciements"))
    index.add(2, parse_query("Azure OR cyber*"))
    doc = analyse("AWS licencie", "une cyberattaque")
    assert set(index.match(doc)) == {1, 2}
    index.add(1, parse_query("Oracle"))
    assert set(index.match(doc)) == {2} and len(index) == 2
    index.remove(2)
    index.remove(99)
    assert index.match(doc) == {} and len(index) == 1


def test_candidates_are_few():
    index = WatchIndex()
    for i in range(1000):
        index.add(i, parse_query(f"mot{i} AWS"))
    index.add(1000, parse_query("licenciements AWS"))
    doc = analyse("AWS licencie", "des salariés")
    assert len(index.candidates(doc)) <= 2 and set(index.match(doc)) == {1000}
