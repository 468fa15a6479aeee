"""WatchIndex gives exactly what evaluating every watch gives (hypothesis property test)."""
from hypothesis import given, settings, strategies as st

from monitor.query import Aliases, QueryError, WatchIndex, analyse, parse_query

ALIASES = Aliases.from_groups([["AWS", "Amazon Web Services"], ["plan social", "licenciements"],
                               ["IA", "intelligence artificielle"]])

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


texts = st.lists(st.sampled_from(VOCAB + ["Google", "jaws", ",", "l’Amazon", "cybersécurité", "Web",
                                          "Services", "intelligence", "artificielle"]),
                 max_size=12).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(expr(), min_size=1, max_size=25), st.lists(st.tuples(texts, texts), min_size=1, max_size=6),
       st.sampled_from([None, ALIASES]))
def test_index_equals_evaluating_every_watch(query_texts, articles, aliases):
    queries = {}
    for i, text in enumerate(query_texts):
        try:
            queries[i] = parse_query(text, aliases)
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


def _evaluate_all(queries, doc):
    return {k: m for k, q in queries.items() if (m := q.match(doc)) is not None}


def test_query_too_wide_to_split_into_clauses_still_exact():
    # 2^6 = 64 ways to match: the index files it by a cover and evaluates it whole.
    wide = "(AWS OR Azure) (cloud OR IA) (plan OR social) (-Google OR title:France) (cyber* OR emplois) (a OR b)"
    queries = {1: parse_query(wide), 2: parse_query("AWS cloud plan")}
    index = WatchIndex()
    for key, query in queries.items():
        index.add(key, query)
    docs = [analyse("France : AWS", "le cloud, le plan, une cyberattaque et a"),
            analyse("AWS", "le cloud, le plan, une cyberattaque et a, Google"),
            analyse("Azure", "IA social emplois b")]
    assert [set(index.match(d)) for d in docs] == [{1, 2}, {2}, {1}]
    for doc in docs:
        assert index.match(doc) == _evaluate_all(queries, doc)


def test_spans_are_those_of_the_query():
    index = WatchIndex()
    query = parse_query('title:AWS ("plan social" OR cyber*) -Azure')
    index.add(7, query)
    doc = analyse("AWS : un plan social", "Après la cyberattaque, AWS licencie")
    other = analyse("AWS licencie", "Après la cyberattaque, un plan")
    assert index.match(doc)[7] == query.match(doc) and index.match(other)[7] == query.match(other)

    def shown(d):
        return [(s.field, (d.title if s.field == "title" else d.text)[s.start:s.end]) for s in index.match(d)[7].spans]
    # Only title words for title:, every alternative of the OR that matched, never an excluded word.
    assert shown(doc) == [("title", "AWS"), ("title", "plan social"), ("text", "cyberattaque")]
    assert shown(other) == [("title", "AWS"), ("text", "cyberattaque")]
    assert 7 not in index.match(analyse("AWS : un plan social", "Azure"))


def test_removing_prefix_and_title_watches_forgets_them():
    index = WatchIndex()
    index.add(1, parse_query("title:cyber* AWS"))
    index.add(2, parse_query("cloud -title:Azure"))
    index.add(3, parse_query("cloud"))
    doc = analyse("Cyberattaque chez AWS", "le cloud")
    assert set(index.match(doc)) == {1, 2, 3}
    index.remove(1)
    index.remove(2)
    assert set(index.match(doc)) == {3} and index.features(doc) == doc.terms
    index.add(2, parse_query("cloud -title:AWS"))
    assert set(index.match(doc)) == {3}
