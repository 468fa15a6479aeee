"""The parser: precedence, fields, prefixes, and every refusal with its column."""
from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from monitor.query import MAX_DEPTH, MAX_QUERY_LENGTH, MAX_TERMS, QueryError, parse_query
from monitor.query.tree import And, Leaf, Not


def shape(node):
    """A compact picture of the tree, to compare against by hand."""
    if isinstance(node, Leaf):
        word = "*" + node.prefix if node.prefix else "|".join(" ".join(a) for a in node.alternatives)
        return f"title:{word}" if node.field else word
    if isinstance(node, Not):
        return ["NOT", shape(node.child)]
    return ["AND" if isinstance(node, And) else "OR", *map(shape, node.children)]


@pytest.mark.parametrize("text,expected", [
    ("licenciements AWS", ["AND", "licenci", "aw"]),
    ("AWS OR Azure", ["OR", "aw", "azur"]),
    ("AWS or Azure", ["AND", "aw", "or", "azur"]),
    ("cloud -Azure", ["AND", "cloud", ["NOT", "azur"]]),
    ("cloud NOT Azure", ["AND", "cloud", ["NOT", "azur"]]),
    ('"plan social"', "plan social"),
    ('(licenciements OR "plan social") AWS', ["AND", ["OR", "licenci", "plan social"], "aw"]),
    ("a b OR c", ["AND", "a", "b"] and ["OR", ["AND", "a", "b"], "c"]),
    ("a OR b c", ["OR", "a", ["AND", "b", "c"]]),
    ("-a b OR c", ["OR", ["AND", ["NOT", "a"], "b"], "c"]),
    ("cyber*", "*cyber"),
    ("Cyber**", "*cyber"),
    ("title:Nvidia", "title:nvidi"),
    ('intitle:"Windows 11"', "title:window 11"),
    ("Title:(AWS OR Azure) cloud", ["AND", ["OR", "title:aw", "title:azur"], "cloud"]),
    ("-title:Nvidia GPU", ["AND", ["NOT", "title:nvidi"], "gpu"]),
    ("title:cyber*", "title:*cyber"),
    ("AWS-Amazon", "aw amazon"),
    ("d’AWS", "aw"),
    ("«plan social»", "plan social"),
    ("“plan social”", "plan social"),
    ("AWS AND Azure", ["AND", "aw", "azur"]),
    ("AWS # Azure", ["AND", "aw", "azur"]),
    ("x (a -b)", ["AND", "x", ["AND", "a", ["NOT", "b"]]]),
])
def test_parse_shape(text, expected):
    query = parse_query(text)
    assert query.text == text
    assert shape(query.root) == expected


@pytest.mark.parametrize("text,code,column", [
    ("", "empty", 1),
    ("   ", "empty", 1),
    ("# & !", "empty", 1),
    ('"plan social', "unbalanced_quote", 1),
    ('AWS "plan social', "unbalanced_quote", 5),
    ("(AWS OR Azure", "unclosed_paren", 1),
    ("AWS (Azure (GCP)", "unclosed_paren", 5),
    ("AWS)", "unexpected_paren", 4),
    ("AWS OR Azure) x", "unexpected_paren", 13),
    ("()", "empty_group", 1),
    ("x ( )", "empty_group", 3),
    ("OR", "misplaced_or", 1),
    ("OR AWS", "misplaced_or", 1),
    ("AWS OR", "misplaced_or", 5),
    ("AWS OR OR Azure", "misplaced_or", 5),
    ("(AWS OR) x", "misplaced_or", 6),
    ("AWS AND", "misplaced_and", 5),
    ("-AWS", "only_exclusions", 1),
    ("NOT AWS -Azure", "only_exclusions", 1),
    ("cloud OR -Azure", "only_exclusions", 10),
    ("x -", "dangling_not", 3),
    ("x NOT", "dangling_not", 3),
    ("title:", "dangling_field", 1),
    ("x title: OR y", "dangling_field", 3),
    ('""', "empty_phrase", 1),
    ('x "--"', "empty_phrase", 3),
    ("c*", "bad_prefix", 1),
    ("Île-de-*", "bad_prefix", 1),
    ("a" * (MAX_QUERY_LENGTH + 1), "too_long", MAX_QUERY_LENGTH + 1),
    (" ".join(["mot"] * (MAX_TERMS + 1)), "too_many_terms", 4 * MAX_TERMS + 1),
    ("(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1), "too_deep", MAX_DEPTH + 1),
    ("-" * (MAX_DEPTH + 1) + "a b", "too_deep", MAX_DEPTH + 1),
])
def test_refused_with_code_and_column(text, code, column):
    with pytest.raises(QueryError) as caught:
        parse_query(text)
    err = caught.value
    assert (err.code, err.column) == (code, column)
    assert str(err) == err.message("fr") and f"colonne {column}" in str(err)
    assert f"column {column}" in err.message("en")
    assert err.message("fr") != err.message("en")


def test_limits_are_inclusive():
    parse_query(" ".join(["mot"] * MAX_TERMS))
    parse_query("(" * (MAX_DEPTH - 1) + "a" + ")" * (MAX_DEPTH - 1))
    parse_query("a" * MAX_QUERY_LENGTH)


QUERY_CHARS = st.sampled_from(list('abcAWS OR NOT AND title: intitle: ()"-*«»’\'é#/\t')) | st.characters()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(QUERY_CHARS, max_size=80).map("".join) | st.text(max_size=600))
def test_fuzz_parses_or_refuses_with_a_column(text):
    try:
        query = parse_query(text)
    except QueryError as err:
        assert 1 <= err.column <= max(len(text), MAX_QUERY_LENGTH) + 1
        assert err.message("en") and err.message("fr")
    else:
        assert query.text == text
