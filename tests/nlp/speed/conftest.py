"""The trained pipeline twice, for the attribute and lemma tables' tests: once with
spaCy's attribute ruler and lemmatizer, once with kg's tables in their place. The tests
that use it skip where no trained pipeline is installed."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp.models import resolve_model
from kg.nlp.speed.attribute_table import compile_attribute_ruler
from kg.nlp.speed.lemma_table import compile_lemmatizer

#: Texts that reach the ruler's two-token patterns and regular expressions, and the
#: lemmatizer's rules and exceptions.
RULER_TEXTS = [
    "Rapidus said it's gonna start pilot production of 2nm chips in Hokkaido next spring.",
    "Let's be clear: there's nothin' in the rules that stops Kioxia from selling NAND.",
    "The ministry ain't done yet, y'all, and c'mon, it got delayed again.",
    "Shares of Lumentum rose 9% on Friday;  analysts were gonna cut targets.\n\nThey didn't.",
    "It gets approved, then it got blocked — there are rules, there were appeals.",
    "U.S. officials   said the H20 isn't covered.\tSMIC wasn't named either.",
    "Regulators went further: the mice-sized dies were better, and worse, than taken for.",
    "Lam Research's Chinese sales fell; it had been selling etchers, says Bernstein's analysts.",
]


@pytest.fixture(scope="session")
def ruler_texts() -> list[str]:
    return RULER_TEXTS


@pytest.fixture(scope="session")
def attributes():
    """``attributes(nlp, texts)``: each token's text, tag, part of speech, morphology and
    lemma, as ``nlp`` reads ``texts``."""

    def attributes(nlp, texts):
        return [
            [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]
            for doc in nlp.pipe(texts)
        ]

    return attributes


@pytest.fixture(scope="session")
def ruler_and_table():
    """The trained pipeline with spaCy's ruler and lemmatizer, and with kg's tables."""
    model = resolve_model("auto")
    if model is None:
        pytest.skip("no trained pipeline")
    ruler = spacy.load(model, exclude=["ner"])
    table = spacy.load(model, exclude=["ner"])
    assert compile_attribute_ruler(table)
    assert compile_lemmatizer(table)
    return ruler, table
