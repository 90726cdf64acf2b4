"""The pipeline's own components: the flat parse a Doc without a parser gets."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.nlp.flat_parse import flat_parse


def test_flat_parse_hangs_each_word_on_its_sentence_start():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Orvane shipped chips. Then Belmar sued it!  Why now? Done")
    sentences = [(s.start, s.end) for s in doc.sents]
    flat_parse(doc)
    assert [(s.start, s.end) for s in doc.sents] == sentences
    for start, end in sentences:
        assert [t.head.i for t in doc[start:end]] == [start] * (end - start)
        assert [t.dep_ for t in doc[start:end]] == ["ROOT"] + ["dep"] * (end - start - 1)


def test_flat_parse_leaves_a_parse_alone():
    words = ["Belmar", "sued", "Orvane"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    flat_parse(doc)
    assert [(t.head.i, t.dep_) for t in doc] == [(1, "nsubj"), (1, "ROOT"), (1, "dobj")]
    assert len(flat_parse(spacy.blank("en")(""))) == 0
