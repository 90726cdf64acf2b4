"""End to end: the trained pipeline's parser and recogniser with kg's rules.

The rule tests read parses written by hand (tests/conftest.py); these few cases check
that the trained pipeline gives parses the rules read as those tests expect. They skip
where no trained English pipeline is installed.
"""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import load_pipeline, resolve_model

pytestmark = pytest.mark.skipif(
    resolve_model("auto") is None, reason="no trained English pipeline is installed"
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("auto")


def triples(nlp, text: str, *, negated: bool = False) -> set[tuple[str, str, str]]:
    return {
        (r.source.label, r.relation, r.target.label)
        for r in nlp(text)._.kg_relations
        if r.negated == negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's subject and object
        (
            "Samsung Electronics unveiled the Exynos 2600 in Seoul.",
            ("Samsung Electronics", "develops", "Exynos 2600"),
        ),
        # a passive verb's agent
        ("The Kirin 9010 was fabricated by SMIC.", ("SMIC", "manufactures", "Kirin 9010")),
        # a nominalisation
        ("AMD completed its acquisition of Xilinx in 2022.", ("AMD", "acquires", "Xilinx")),
        # a title before a name
        (
            "Rapidus President Atsuyoshi Koike spoke in Tokyo.",
            ("Atsuyoshi Koike", "leads", "Rapidus"),
        ),
        # "X-based"
        (
            "Biren, a Shanghai-based GPU designer, raised funds.",
            ("Biren Technology", "operates_in", "Shanghai"),
        ),
        # a measure's issuer restricts what it targets
        (
            "Washington imposed new export controls targeting China.",
            ("United States", "restricts", "China"),
        ),
        # a description refers back
        (
            "Cambricon posted a profit. The chipmaker launched the Siyuan 690.",
            ("Cambricon", "develops", "Siyuan 690"),
        ),
        # a venture the recogniser names, launched together
        (
            "Microsoft, Nvidia and BlackRock launched the AI Infrastructure Partnership.",
            ("Microsoft", "partners", "BlackRock"),
        ),
    ],
)
def test_pipeline_extracts(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_pipeline_flags_negation(nlp):
    text = "Alibaba did not acquire Moore Threads."
    assert ("Alibaba Group", "acquires", "Moore Threads") in triples(nlp, text, negated=True)
    assert ("Alibaba Group", "acquires", "Moore Threads") not in triples(nlp, text)


def test_pipeline_records_modality(nlp):
    doc = nlp("Intel plans to build a new fab in Ohio.")
    assert doc._.kg_relations
    assert {r.modality for r in doc._.kg_relations} == {"planned"}


def test_pipeline_resolves_a_surname(nlp):
    doc = nlp("Rapidus president Atsuyoshi Koike spoke. Koike said yields improved.")
    found = [(doc[m.start : m.end].text, m.label, m.type) for m in doc._.kg_mentions]
    assert ("Koike", "Atsuyoshi Koike", "PERSON") in found


def test_pipeline_keeps_a_recognised_place_only_where_something_is_in_it(nlp):
    doc = nlp("Samsung lost a lawsuit brought by Netlist in Marshall.")
    types = {doc[m.start : m.end].text: m.type for m in doc._.kg_mentions}
    assert types.get("Netlist") != "LOCATION"
    assert types.get("Marshall") == "LOCATION"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a hyphen left hanging before "and" is a word of its own
        ("Chinese- and Russian-linked software", ["Chinese", "-", "and", "Russian"]),
        # a full stop after a model number ends the sentence
        ("TSMC made the Ascend 910B.", ["910B", "."]),
        # and after a name that ends in a capital
        ("The network is owned by Orbitel's SkyLinkX.", ["SkyLinkX", "."]),
    ],
)
def test_pipeline_tokenizer_splits(text, words):
    tokens = [t.text for t in load_pipeline("blank").make_doc(text)]
    assert any(tokens[i : i + len(words)] == words for i in range(len(tokens)))
