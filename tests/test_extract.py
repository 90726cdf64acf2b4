"""Documents to records: the full, the selective and the rules-only extractors."""

from __future__ import annotations

import pytest

from kg.extract import Extractor, SelectiveExtractor, load_extractor
from kg.nlp.pipeline import resolve_model
from kg.records import Document

TEXTS = [
    # sentences with two names and a trigger, a sentence with none, odd spacing
    "Xiaomi unveiled the XRing O1 in May.  Shares rose 5%.\nLei Jun, chairman of Xiaomi, spoke.",
    # sentences with one name or none
    "Markets were calm. Huawei stayed quiet. TSMC sells chips to Apple.",
    # an unknown name that only the trained recogniser finds
    "Zentrix Dynamics unveiled the QX900 processor at a show in Berlin.",
    "",
]

needs_model = pytest.mark.skipif(resolve_model("auto") is None, reason="no trained pipeline")


@pytest.fixture(scope="module")
def selective():
    return load_extractor("auto")


@pytest.fixture(scope="module")
def full():
    return load_extractor("auto", selective=False)


def _docs() -> list[Document]:
    return [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]


@needs_model
def test_extract_selective_is_default_with_a_trained_pipeline(selective, full):
    assert isinstance(selective.inner, SelectiveExtractor)
    assert isinstance(full.inner, Extractor)


def test_extract_long_texts_are_read_in_pieces_with_offsets_kept():
    text = "Qualcomm sued Arm over licensing terms. " * 2000  # 80,000 characters
    result = next(load_extractor("blank").extract([Document("long", text)]))
    assert len(result.mentions) == 4000
    assert all(text[m.start_char : m.end_char] == m.text for m in result.mentions)
    assert {(e.source, e.relation, e.target) for e in result.evidence} == {
        ("Qualcomm", "sues", "Arm")
    }


@needs_model
def test_extract_selective_keeps_offsets_into_the_original_text(selective):
    for doc, result in zip(_docs(), selective.extract(_docs()), strict=True):
        assert result.doc_id == doc.id
        for m in result.mentions:
            assert doc.text[m.start_char : m.end_char] == m.text


@needs_model
def test_extract_selective_runs_the_recogniser_only_where_a_name_is_unknown(selective):
    before = dict(selective.sentences)
    list(
        selective.extract(
            [Document("q", "Markets were calm. Nvidia CEO Jensen Huang spoke. So did Velmora.")]
        )
    )
    assert selective.sentences["read"] == before["read"] + 3
    assert selective.sentences["named"] == before["named"] + 1


@needs_model
def test_extract_selective_finds_the_stretches_the_recogniser_reads(selective):
    inner = selective.inner
    doc = inner.trained(
        "Shares were flat. Infineon supplies Bosch. The plan won praise from Bertolli. "
        "Tessadri agreed with Bertolli. Meanwhile prices rose. It was Qumaro that won. "
        "Talvora Vanta said so. Kestova, which makes resist, grew.",
        disable=["ner", "kg_relation_extractor"],
    )
    sents = list(doc.sents)
    assert inner._unnamed(doc, doc.text, sents) == [
        False,  # no name
        False,  # names the rules know
        True,  # a capitalised word no rule names
        True,
        False,  # capitalised only as the first word
        True,
        True,  # a first word a capitalised word follows: a name of two words
        True,  # a first word the tagger takes for a name
    ]
    # neighbouring sentences are read together
    assert inner._pieces([doc], [doc.text]) == [
        (0, sents[2].start, sents[3].end),
        (0, sents[5].start, len(doc)),
    ]


@needs_model
def test_extract_selective_finds_what_the_full_pipeline_finds(selective, full):
    def edges(ex):
        return {
            (e.doc_id, e.source, e.relation, e.target)
            for r in ex.extract(_docs())
            for e in r.evidence
        }

    ours, theirs = edges(selective), edges(full)
    assert ("d0", "Xiaomi", "develops", "XRing O1") in ours
    assert ("d0", "Lei Jun", "leads", "Xiaomi") in ours
    assert ("d1", "TSMC", "supplies", "Apple") in ours
    assert ours == theirs


@needs_model
def test_extract_selective_runs_the_recogniser_for_unknown_names(selective):
    result = next(selective.extract([Document("z", TEXTS[2])]))
    assert ("Zentrix Dynamics", "COMPANY") in {(m.label, m.type) for m in result.mentions}


def test_extract_rules_alone_keep_every_document():
    ex = load_extractor("blank")
    results = list(ex.extract(_docs()))
    assert [r.doc_id for r in results] == [d.id for d in _docs()]
    assert results[-1].mentions == ()
