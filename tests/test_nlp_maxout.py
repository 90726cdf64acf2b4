"""Maxout layers that predict the largest piece alone give the layer's own outputs."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import Maxout, NumpyOps

from kg.nlp.matmul import MatmulOps, one_blas_thread, use_matmul_ops
from kg.nlp.maxout import _lean, is_maxout, lean_maxout
from kg.nlp.models import resolve_model

MODEL = resolve_model("auto")

TEXTS = [
    "Rapidus will ship 2nm test wafers to Tenstorrent, the Tokyo foundry said on Friday.",
    "The Dutch government told Nexperia to halt exports; Wingtech called the order unlawful.",
    "",
    "Ampere",
    "Cerebras raised $1.1 billion as G42 cut its stake, a filing showed on 30 September.",
]


def dense(n_out=7, n_pieces=3, n_in=5, seed=0) -> Maxout:
    layer = Maxout(nO=n_out, nI=n_in, nP=n_pieces)
    layer.initialize()
    rng = numpy.random.default_rng(seed)
    layer.set_param("W", rng.standard_normal(layer.get_param("W").shape, dtype="float32"))
    layer.set_param("b", rng.standard_normal(layer.get_param("b").shape, dtype="float32"))
    return layer


@pytest.mark.parametrize("n_pieces", [1, 2, 3, 4])
@pytest.mark.parametrize("ops", [NumpyOps, MatmulOps])
def test_the_largest_piece_is_the_layers_own_bit_for_bit(n_pieces, ops):
    own = dense(n_pieces=n_pieces)
    own.ops = ops()
    X = numpy.random.default_rng(1).standard_normal((40, 5), dtype="float32")
    expected = own.predict(X)
    own._func = _lean(own._func)
    got = own.predict(X)
    assert got.dtype == expected.dtype and got.shape == (40, 7)
    assert got.tobytes() == expected.tobytes()
    # ties and equal pieces: the maximum, whichever piece holds it
    own.set_param("W", numpy.zeros_like(own.get_param("W")))
    assert (own.predict(X) == own.get_param("b").reshape(7, n_pieces).max(axis=1)).all()


def test_training_goes_through_the_layers_own_forward():
    layer = dense()
    X = numpy.random.default_rng(2).standard_normal((6, 5), dtype="float32")
    Y0, backprop0 = layer(X, is_train=True)
    layer._func = _lean(layer._func)
    Y1, backprop1 = layer(X, is_train=True)
    dY = numpy.ones_like(Y0)
    assert (Y0 == Y1).all()
    assert (backprop0(dY) == backprop1(dY)).all()
    _, none = layer(X, is_train=False)
    with pytest.raises(ValueError, match="no gradient"):
        none(dY)


def test_other_layers_are_not_maxout():
    from thinc.api import Linear, Relu

    assert is_maxout(dense())
    assert not is_maxout(Linear(3, 2))
    assert not is_maxout(Relu(3, 2))


@pytest.mark.skipif(MODEL is None, reason="no trained pipeline")
def test_the_pipelines_readings_are_its_own():
    plain, lean = spacy.load(MODEL), spacy.load(MODEL)
    for nlp in (plain, lean):
        use_matmul_ops(nlp)
    changed = lean_maxout(lean)
    assert changed >= 8  # four encoder layers and the embeddings' mix, twice
    assert lean_maxout(lean) == 0
    docs = [plain.make_doc(t) for t in TEXTS]
    with one_blas_thread():
        models = [
            (lean.get_pipe("tok2vec").model, plain.get_pipe("tok2vec").model),
            (
                lean.get_pipe("ner").model.get_ref("tok2vec"),
                plain.get_pipe("ner").model.get_ref("tok2vec"),
            ),
        ]
        for ours, own in models:
            assert [a.tobytes() for a in ours.predict(docs)] == [
                b.tobytes() for b in own.predict(docs)
            ]

        def read(nlp):
            return [
                [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d]
                for d in nlp.pipe(TEXTS)
            ]

        assert read(lean) == read(plain)
