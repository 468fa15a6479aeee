"""fts_expression on a real FTS5 table built like entries_fts: a superset of what the query matches."""
import sqlite3

import pytest

from monitor.query import analyse, fts_expression, parse_query, terms_for_index
from tests.query.labelled.data import ARTICLES, QUERIES


@pytest.fixture()
def articles_db(tmp_path):
    db = sqlite3.connect(tmp_path / "fts.db")
    db.executescript("""
        CREATE TABLE entries (id INTEGER PRIMARY KEY, title TEXT, text TEXT, terms TEXT NOT NULL DEFAULT '');
        CREATE VIRTUAL TABLE entries_fts USING fts5(
            terms, content='entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none);
        CREATE TRIGGER entries_ai AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts(rowid, terms) VALUES (new.id, new.terms);
        END;
    """)
    docs = {}
    for article in ARTICLES:
        doc = docs[article.id] = analyse(article.title, article.text)
        db.execute("INSERT INTO entries (id, title, text, terms) VALUES (?, ?, ?, ?)",
                   (article.id, article.title, article.text, terms_for_index(doc)))
    db.commit()
    yield db, docs
    db.close()


EXTRA = ["cyber*", "title:cyber*", "AWS -Azure", "NOT Azure cloud", '"plan social" OR cyber*',
         "licenciements OR (cloud -AWS)", "ile-de-france", "(a OR b) OR c", "and OR not OR near"]


@pytest.mark.parametrize("text", [q.text for q in QUERIES] + EXTRA)
def test_fts_selects_a_superset(articles_db, text):
    db, docs = articles_db
    query = parse_query(text)
    expected = {i for i, doc in docs.items() if query.match(doc)}
    expression = fts_expression(query)
    if expression is None:
        return
    found = {row[0] for row in db.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?", (expression,))}
    assert expected <= found
    assert len(found) < len(docs)  # and it does filter


@pytest.mark.parametrize("text,expected", [
    ("AWS", '"aw"'), ('"plan social"', '("plan" AND "social")'), ("cyber*", '"cyber"*'),
    ("AWS -Azure", '"aw"'), ("-Azure x", '"x"'),
    ("x OR (y -z)", '("x" OR "y")'), ("x OR (-z y)", '("x" OR "y")'),
])
def test_fts_expression_shape(text, expected):
    assert fts_expression(parse_query(text)) == expected
