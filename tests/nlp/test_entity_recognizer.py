"""The ``kg_entity_recognizer`` component: its finders' mentions kept on the Doc, the
trained recogniser's entities read where the Doc has them."""

from __future__ import annotations

SENTENCE = "Samsung lost a lawsuit brought by Netlist in Marshall."
PARSED = (
    "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 VBN:acl>4 IN:agent>5 NNP:pobj>6 IN:prep>5 "
    "NNP:pobj>8 .:punct>2"
)
LEMMAS = {"lost": "lose", "brought": "bring"}
#: the entities the trained recogniser finds in the sentence
ENTS = {"Samsung": "ORG", "Netlist": "GPE", "Marshall": "GPE"}


def test_entity_recognizer_writes_its_mentions_as_the_docs_entities(read):
    reading = read(SENTENCE, PARSED, lemmas=LEMMAS, ents=ENTS)
    assert reading.mentions
    assert [(e.text, e.label_) for e in reading.doc.ents] == [
        (text, type_) for text, _, type_ in reading.mentions
    ]


def test_entity_recognizer_reads_the_recognisers_entities_only_where_the_doc_has_them(read):
    with_entities = read(SENTENCE, PARSED, lemmas=LEMMAS, ents=ENTS)
    without = read(SENTENCE, PARSED, lemmas=LEMMAS)
    assert ("Marshall", "Marshall", "LOCATION") in with_entities.mentions
    assert all(text != "Marshall" for text, _, _ in without.mentions)
