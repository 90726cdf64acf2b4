"""The lemma table answers as the trained pipeline's lemmatizer."""

from __future__ import annotations

import spacy

from kg.nlp.speed.lemma_table import compile_lemmatizer


def test_lemma_table_answers_as_the_lemmatizer_on_second_reading(
    ruler_and_table, ruler_texts, attributes
):
    ruler, table = ruler_and_table
    twice = ruler_texts + ruler_texts[::-1]  # the second reading answers from the table's memory
    assert attributes(table, twice) == attributes(ruler, twice)
    assert len(table.get_pipe("kg_lemma_table")._memo) > 50
    lemmas = {(text, lemma) for doc in attributes(table, ruler_texts) for text, *_, lemma in doc}
    assert {("went", "go"), ("taken", "take"), ("selling", "sell")} <= lemmas


def test_lemma_table_keeps_a_lemmatizer_without_tables():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "rule"})  # never initialised: no tables
    assert not compile_lemmatizer(nlp)
    assert nlp.pipe_names == ["lemmatizer"]
    assert not compile_lemmatizer(spacy.blank("en"))
