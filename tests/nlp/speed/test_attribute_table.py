"""The attribute table writes what the trained pipeline's attribute ruler writes."""

from __future__ import annotations

import spacy

from kg.nlp.speed.attribute_table import compile_attribute_ruler


def test_attribute_table_replaces_the_ruler(ruler_and_table):
    _, table = ruler_and_table
    assert "attribute_ruler" not in table.pipe_names
    assert "lemmatizer" not in table.pipe_names
    assert table.pipe_names.index("kg_attribute_table") < table.pipe_names.index("kg_lemma_table")


def test_attribute_table_writes_what_the_ruler_writes(ruler_and_table, ruler_texts, attributes):
    ruler, table = ruler_and_table
    expected, got = attributes(ruler, ruler_texts), attributes(table, ruler_texts)
    for want, have in zip(expected, got, strict=True):
        assert have == want
    # the texts reach the two-token patterns and the regular expressions
    lemmas = {(text, lemma) for doc in got for text, _, _, _, lemma in doc}
    assert ("gon", "go") in lemmas and ("nothin'", "nothing") in lemmas


def test_attribute_table_keeps_a_ruler_it_cannot_read():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"TAG": "XYZ"})
    assert not compile_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_attribute_table_is_a_no_op_without_a_ruler():
    nlp = spacy.blank("en")
    assert not compile_attribute_ruler(nlp)


def test_attribute_table_two_token_patterns_see_the_tokens_as_they_came():
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
