"""Embeddings computed once per distinct word give the trained pipeline's own readings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
import spacy

from kg.nlp.blas import one_blas_thread
from kg.nlp.models import resolve_model
from kg.nlp.speed.embeddings import is_embedding, share_embeddings
from kg.nlp.speed.matmul import use_matmul_ops

MODEL = resolve_model("auto")

pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained pipeline")

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample.jsonl"
TEXTS = [
    "GlobalFoundries and GlobalFoundries' rival UMC both cut prices; UMC cut them twice.",
    "",
    "NXP",
    "The EU's Chips Act funds Intel's Magdeburg fab, the Commission said on 4 March 2025.",
    *(json.loads(line)["text"] for line in SAMPLE.open(encoding="utf-8")),
]


def annotations(docs):
    return [[(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d] for d in docs]


@pytest.fixture(scope="module")
def pipelines():
    plain = spacy.load(MODEL)
    shared = spacy.load(MODEL)
    for nlp in (plain, shared):
        use_matmul_ops(nlp)
    assert share_embeddings(shared) == 2  # the tok2vec's and the recogniser's own
    assert share_embeddings(shared) == 0
    return plain, shared


def test_embeddings_layers_are_found(pipelines):
    plain, shared = pipelines
    embed = plain.get_pipe("tok2vec").model.get_ref("embed")
    assert is_embedding(embed)
    assert not is_embedding(plain.get_pipe("tok2vec").model)
    # the wrapper takes the embedding's place, as a layer and as the model's "embed"
    wrapper = shared.get_pipe("tok2vec").model.layers[0]
    assert wrapper is shared.get_pipe("tok2vec").model.get_ref("embed")
    assert wrapper.attrs["kg_shared"] and is_embedding(wrapper.layers[0])


def test_embeddings_vectors_are_the_layers_own(pipelines):
    plain, shared = pipelines
    docs = [plain.make_doc(t) for t in TEXTS]
    with one_blas_thread():
        ours = shared.get_pipe("tok2vec").model.predict(docs)
        own = plain.get_pipe("tok2vec").model.predict(docs)
    assert [a.shape for a in ours] == [b.shape for b in own]
    for a, b in zip(ours, own, strict=True):
        numpy.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-5)


def test_embeddings_readings_are_the_pipelines_own(pipelines):
    plain, shared = pipelines
    with one_blas_thread():
        assert annotations(shared.pipe(TEXTS)) == annotations(plain.pipe(TEXTS))


def test_embeddings_training_goes_through_the_layer_unchanged(pipelines):
    _, shared = pipelines
    from thinc.api import set_dropout_rate

    wrapper = shared.get_pipe("tok2vec").model.layers[0]
    set_dropout_rate(wrapper, 0.0)
    docs = [shared.make_doc(t) for t in TEXTS[:4]]
    trained, _ = wrapper(docs, is_train=True)
    direct, _ = wrapper.layers[0](docs, is_train=True)
    for a, b in zip(trained, direct, strict=True):
        numpy.testing.assert_array_equal(a, b)


def test_embeddings_shared_by_load_pipeline():
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline(MODEL)
    for name in ("tok2vec", "ner"):
        model = nlp.get_pipe(name).model
        assert any(layer.attrs.get("kg_shared") for layer in model.walk()), name
