"""Evaluation: every row of QUERY.md, aliases, and the spans an alert will bold."""
import pytest

from monitor.model import Span
from monitor.query import Aliases, analyse, parse_query

TITLE = "AWS licencie 60 salariés en Île-de-France"
TEXT = ("Selon nos informations, la division cloud d’Amazon prévoit un plan social. "
        "Les laws et jaws n'ont rien à voir. Cybersécurité : l'éditeur Windows 11 (Microsoft) s'inquiète.")


@pytest.mark.parametrize("query,matches", [
    ("licenciements AWS", True),
    ("licenciement Azure", False),
    ("AWS OR Azure", True),
    ("Azure OR GCP", False),
    ("AWS or Azure", False),  # lower-case "or" is a word
    ("AWS -Azure", True),
    ("AWS -Amazon", False),
    ("AWS NOT Microsoft", False),
    ('"plan social"', True),
    ('"social plan"', False),
    ('"division cloud d’Amazon"', True),  # elision on both sides
    ('"division cloud Amazon"', True),
    ('"informations la division"', True),  # punctuation between words is ignored
    ('"la cloud"', False),
    ('(licenciements OR "plan social") AWS', True),
    ('(embauches OR "plan de relance") AWS', False),
    ("cyber*", True),
    ("title:cyber*", False),
    ("title:AWS", True),
    ("title:Amazon", False),
    ('intitle:"Île-de-France"', True),
    ('intitle:(Amazon OR salarie)', True),
    ('intitle:(Amazon OR Microsoft)', False),
    ("ile de france", True),
    ("SECURITE", False),  # "Cybersécurité" is one word
    ("cybersecurite", True),
    ("laws", True),
    ('"Windows 11"', True),
    ('"Windows 10"', False),
    ("AWSome", False),
    ("licenciées OR licenciee", True),
    ("SALARIE", True),
    ("inquiète", True),
    ("inquietes", True),
])
def test_evaluation(query, matches):
    assert (parse_query(query).match(analyse(TITLE, TEXT)) is not None) is matches


@pytest.mark.parametrize("text,matches", [
    ("Les laws de la jungle", False), ("jaws", False), ("AWSome", False), ("Lambda d’AWS", True),
    ("(AWS)", True), ("#AWS", True), ("AWS/Azure", True), ("AWS-Amazon", True), ("aws", True),
])
def test_whole_words_only(text, matches):
    assert (parse_query("AWS").match(analyse("", text)) is not None) is matches


def spans_text(doc, match):
    return [(s.field, (doc.title if s.field == "title" else doc.text)[s.start:s.end]) for s in match.spans]


def test_spans_in_original_characters_and_excluded_words_not_marked():
    doc = analyse(TITLE, TEXT)
    match = parse_query('licenciements (AWS OR Azure) "plan social" cyber* -Oracle').match(doc)
    assert spans_text(doc, match) == [
        ("title", "AWS"), ("title", "licencie"), ("text", "plan social"), ("text", "Cybersécurité")]
    assert all(isinstance(s, Span) for s in match.spans)


def test_spans_only_of_the_alternative_that_matched():
    doc = analyse("AWS et Google", "Rien sur Azure.")
    match = parse_query("(AWS Oracle) OR Google").match(doc)
    assert spans_text(doc, match) == [("title", "Google")]


def test_every_occurrence_is_marked():
    doc = analyse("Cloud", "le cloud, les clouds et le CLOUD")
    assert [s.start for s in parse_query("cloud").match(doc).spans] == [0, 3, 14, 27]


ALIASES = Aliases.from_groups([["AWS", "Amazon Web Services"], ["IA", "intelligence artificielle", "AI"]])


@pytest.mark.parametrize("query,text,matches", [
    ("AWS", "Amazon Web Services recrute", True),
    ('"Amazon Web Services"', "AWS recrute", True),
    ("amazon web services", "AWS recrute", False),  # three words, not the phrase
    ("AWS", "Amazon recrute des services web", False),
    ("IA", "L'intelligence artificielle générative", True),
    ("AI", "Les IA génératives", True),
    ("intelligence", "Les IA génératives", False),  # only a whole member is an alias
    ("title:AWS", "Amazon Web Services", False),
])
def test_aliases(query, text, matches):
    doc = analyse("Titre", text)
    assert (parse_query(query, ALIASES).match(doc) is not None) is matches
    if matches:
        assert parse_query(query).match(doc) is None  # without aliases, no synonym


def test_alias_spans_cover_the_member_found():
    doc = analyse("", "Chez Amazon Web Services, on recrute")
    match = parse_query("AWS", ALIASES).match(doc)
    assert spans_text(doc, match) == [("text", "Amazon Web Services")]


def test_long_text_evaluates_quickly():
    doc = analyse("t", "a " * 200_000)
    assert parse_query('"a a a b" OR ab* -"a a"').match(doc) is None
