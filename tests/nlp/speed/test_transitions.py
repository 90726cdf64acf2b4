"""kg's batched greedy decoding gives the trained parser's and recogniser's own annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg.nlp.blas import one_blas_thread
from kg.nlp.models import resolve_model
from kg.nlp.speed.transitions import read_trained, read_transitions, reads_in_steps

MODEL = resolve_model("auto")

pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained pipeline")

TEXTS = [
    "Infineon will buy Marvell's automotive Ethernet unit for $2.5 billion, it said on Monday.",
    "The Dutch government told ASML to seek licences before servicing DUV tools in China.",
    "",
    "Chips.",
    "Tokyo Electron, which supplies etch tools to Kioxia, raised its forecast; its shares rose.",
    "Micron's HBM3E, qualified by Nvidia in March, is sold out through 2026, CFO Mark Murphy said.",
    "Lawmakers in Washington want the Commerce Department to bar sales of H20 accelerators.",
    "Rapidus and IBM will co-develop 2nm chiplets at a plant in Hokkaido backed by METI.",
]

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample.jsonl"
TEXTS += [json.loads(line)["text"] for line in SAMPLE.open(encoding="utf-8")]

SKIP = ("ner",)


def annotations(docs):
    return [
        [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d]
        for d in docs
    ]


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp.speed.matmul import use_matmul_ops

    loaded = spacy.load(MODEL)
    use_matmul_ops(loaded)
    return loaded


def test_transitions_trained_components_read_in_steps(nlp):
    assert reads_in_steps(nlp.get_pipe("parser"))
    assert reads_in_steps(nlp.get_pipe("ner"))
    assert not reads_in_steps(nlp.get_pipe("tagger"))
    assert not reads_in_steps(object())


def test_transitions_parse_is_spacys_own(nlp):
    with one_blas_thread():
        own = list(nlp.pipe(TEXTS, disable=list(SKIP)))
        ours = read_trained(nlp, [nlp.make_doc(t) for t in TEXTS], skip=SKIP)
    assert [d.text for d in ours] == TEXTS  # in order, none dropped
    assert annotations(ours) == annotations(own)
    assert all(d.has_annotation("DEP") for d in ours if len(d))


@pytest.mark.parametrize("max_tokens", [1, 40, 16_384])
def test_transitions_entities_are_spacys_own_at_any_batch_size(nlp, max_tokens):
    with one_blas_thread():
        own = list(nlp.pipe(TEXTS))
        parsed = read_trained(nlp, [nlp.make_doc(t) for t in TEXTS], skip=SKIP)
        ours = read_transitions(nlp.get_pipe("ner"), parsed, max_tokens=max_tokens)
    assert annotations(ours) == annotations(own)
    assert any(d.ents for d in ours)


def test_transitions_beam_decoder_keeps_its_own_pipe(nlp):
    parser = nlp.get_pipe("parser")
    beam = parser.cfg["beam_width"]
    parser.cfg["beam_width"] = 4
    try:
        assert not reads_in_steps(parser)
        with one_blas_thread():
            docs = read_trained(nlp, [nlp.make_doc(t) for t in TEXTS[:2]], skip=SKIP)
        assert all(d.has_annotation("DEP") for d in docs)
    finally:
        parser.cfg["beam_width"] = beam
    assert reads_in_steps(parser)
