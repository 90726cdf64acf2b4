"""The attribute table writes what the trained pipeline's attribute ruler writes."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.pipeline import resolve_model
from kg.nlp.speed.attribute_table import compile_attribute_ruler
from kg.nlp.speed.lemma_table import compile_lemmatizer

MODEL = resolve_model("auto")
pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained pipeline")

TEXTS = [
    "Rapidus said it's gonna start pilot production of 2nm chips in Hokkaido next spring.",
    "Let's be clear: there's nothin' in the rules that stops Kioxia from selling NAND.",
    "The ministry ain't done yet, y'all, and c'mon, it got delayed again.",
    "Shares of Lumentum rose 9% on Friday;  analysts were gonna cut targets.\n\nThey didn't.",
    "It gets approved, then it got blocked — there are rules, there were appeals.",
    "U.S. officials   said the H20 isn't covered.\tSMIC wasn't named either.",
    "Regulators went further: the mice-sized dies were better, and worse, than taken for.",
    "Lam Research's Chinese sales fell; it had been selling etchers, says Bernstein's analysts.",
]


def _attributes(nlp, texts):
    return [
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in nlp.pipe(texts)
    ]


@pytest.fixture(scope="module")
def pipelines():
    ruler = spacy.load(MODEL, exclude=["ner"])
    table = spacy.load(MODEL, exclude=["ner"])
    assert compile_attribute_ruler(table)
    assert compile_lemmatizer(table)
    return ruler, table


def test_attributes_table_replaces_the_ruler(pipelines):
    _, table = pipelines
    assert "attribute_ruler" not in table.pipe_names
    assert "lemmatizer" not in table.pipe_names
    assert table.pipe_names.index("kg_attribute_table") < table.pipe_names.index("kg_lemma_table")


def test_attributes_table_writes_what_the_ruler_writes(pipelines):
    ruler, table = pipelines
    expected, got = _attributes(ruler, TEXTS), _attributes(table, TEXTS)
    for want, have in zip(expected, got, strict=True):
        assert have == want
    # the texts reach the two-token patterns and the regular expressions
    lemmas = {(text, lemma) for doc in got for text, _, _, _, lemma in doc}
    assert ("gon", "go") in lemmas and ("nothin'", "nothing") in lemmas


def test_attributes_table_keeps_a_ruler_it_cannot_read():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"TAG": "XYZ"})
    assert not compile_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_attributes_table_is_a_no_op_without_a_ruler():
    nlp = spacy.blank("en")
    assert not compile_attribute_ruler(nlp)


def test_lemma_table_answers_as_the_lemmatizer_on_second_reading(pipelines):
    ruler, table = pipelines
    twice = TEXTS + TEXTS[::-1]  # the second reading answers from the table's memory
    assert _attributes(table, twice) == _attributes(ruler, twice)
    assert len(table.get_pipe("kg_lemma_table")._memo) > 50
    lemmas = {(text, lemma) for doc in _attributes(table, TEXTS) for text, *_, lemma in doc}
    assert {("went", "go"), ("taken", "take"), ("selling", "sell")} <= lemmas


def test_lemma_table_keeps_a_lemmatizer_without_tables():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "rule"})  # never initialised: no tables
    assert not compile_lemmatizer(nlp)
    assert nlp.pipe_names == ["lemmatizer"]
    assert not compile_lemmatizer(spacy.blank("en"))


def test_attributes_two_token_patterns_see_the_tokens_as_they_came():
    """A two-token pattern that tests a part of speech a one-token rule writes does not
    match: spaCy's ruler matches every pattern before it writes."""

    def pipeline():
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": "gon"}]], {"POS": "VERB"})
        ruler.add([[{"LOWER": "gon", "POS": "VERB"}, {"LOWER": "na"}]], {"LEMMA": "go"}, index=0)
        ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"MORPH": "Tense=Pres"}, index=0)
        return nlp

    table = pipeline()
    assert compile_attribute_ruler(table)
    text = "They were gon na ship it."
    got = [(t.pos_, t.lemma_, str(t.morph)) for t in table(text)]
    assert got == [(t.pos_, t.lemma_, str(t.morph)) for t in pipeline()(text)]
    assert got[2] == ("VERB", "", "Tense=Pres")
