"""kg's matrix products give the trained pipeline's own annotations, on one BLAS thread."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import NumpyOps

from kg.nlp.blas import one_blas_thread
from kg.nlp.pipeline import resolve_model
from kg.nlp.speed.matmul import MatmulOps, use_matmul_ops

MODEL = resolve_model("auto")

TEXTS = [
    "Samsung Foundry will supply 3nm wafers to Groq, the inference start-up said on Tuesday.",
    "Japan's METI granted Rapidus another ¥590 billion; the subsidy funds a 2nm line.",
    "AMD CEO Lisa Su said the MI350 ships in June, weeks after Oracle ordered 30,000 units.",
    "The Commerce Department added Sophgo and two Singapore resellers to the Entity List.",
    "ASML's shipments to China fell 40%, and it expects export licences to tighten further.",
    "Arm sued Qualcomm over Nuvia licences; a Delaware jury later sided with Qualcomm.",
]


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_matmul_gemm_matches_thinc(trans1, trans2):
    rng = numpy.random.default_rng(3)
    x = rng.standard_normal((37, 29), dtype="float32")
    y = rng.standard_normal((29, 41), dtype="float32")
    a, b = (x.T.copy() if trans1 else x), (y.T.copy() if trans2 else y)
    expected = NumpyOps().gemm(a, b, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(a, b, trans1=trans1, trans2=trans2)
    assert got.shape == (37, 41) and got.dtype == numpy.float32
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = numpy.full((37, 41), numpy.nan, dtype="float32")
    assert MatmulOps().gemm(a, b, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


@pytest.mark.skipif(MODEL is None, reason="no trained pipeline")
def test_matmul_pipeline_annotations_unchanged():
    def annotate(nlp):
        with one_blas_thread():
            return [
                [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
                for doc in nlp.pipe(TEXTS)
            ]

    spacy_own = spacy.load(MODEL)
    ours = spacy.load(MODEL)
    changed = use_matmul_ops(ours)
    assert changed > 0
    for _, component in ours.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            assert all(type(layer.ops) is not NumpyOps for layer in model.walk())
    assert annotate(ours) == annotate(spacy_own)


@pytest.mark.skipif(MODEL is None, reason="no trained pipeline")
def test_matmul_ops_used_by_load_pipeline():
    from kg.nlp.pipeline import load_pipeline

    nlp = load_pipeline(MODEL)
    assert isinstance(nlp.get_pipe("tok2vec").model.ops, MatmulOps)
