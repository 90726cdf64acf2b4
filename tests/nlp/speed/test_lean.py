"""Maxout and layer normalisation, predicting what the output needs alone, give the
layers' own outputs bit for bit."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import LayerNorm, Linear, Maxout, NumpyOps, Relu

from kg.nlp.blas import one_blas_thread
from kg.nlp.models import resolve_model
from kg.nlp.speed.lean import _layer_norm, _lean, _maxout, is_layer_norm, is_maxout, lean_layers
from kg.nlp.speed.matmul import MatmulOps, use_matmul_ops

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


def norm(width=96, seed=0) -> LayerNorm:
    layer = LayerNorm(nI=width)
    layer.initialize()
    rng = numpy.random.default_rng(seed)
    layer.set_param("G", rng.standard_normal(width, dtype="float32"))
    layer.set_param("b", rng.standard_normal(width, dtype="float32"))
    return layer


@pytest.mark.parametrize("n_pieces", [1, 2, 3, 4])
@pytest.mark.parametrize("ops", [NumpyOps, MatmulOps])
def test_lean_largest_piece_is_the_layers_own_bit_for_bit(n_pieces, ops):
    own = dense(n_pieces=n_pieces)
    own.ops = ops()
    X = numpy.random.default_rng(1).standard_normal((40, 5), dtype="float32")
    expected = own.predict(X)
    own._func = _lean(own._func, _maxout)
    got = own.predict(X)
    assert got.dtype == expected.dtype and got.shape == (40, 7)
    assert got.tobytes() == expected.tobytes()
    # ties and equal pieces: the maximum, whichever piece holds it
    own.set_param("W", numpy.zeros_like(own.get_param("W")))
    assert (own.predict(X) == own.get_param("b").reshape(7, n_pieces).max(axis=1)).all()


@pytest.mark.parametrize("seed", range(5))
def test_lean_normalised_rows_are_the_layers_own_bit_for_bit(seed):
    own = norm(seed=seed)
    rng = numpy.random.default_rng(seed)
    # rows of every scale, an offset, a constant row (variance 0) and a single row
    X = rng.standard_normal((300, 96), dtype="float32") * rng.uniform(0.01, 50, (300, 1))
    X = (X + rng.uniform(-20, 20, (300, 1))).astype("float32")
    X[7] = 3.0
    for rows in (X, X[:1]):
        expected = own.predict(rows)
        lean = norm(seed=seed)
        lean._func = _lean(lean._func, _layer_norm)
        got = lean.predict(rows)
        assert got.dtype == expected.dtype and got.shape == rows.shape
        assert got.tobytes() == expected.tobytes()


@pytest.mark.parametrize(
    ("make", "predict", "width"), [(dense, _maxout, 5), (norm, _layer_norm, 96)]
)
def test_lean_training_goes_through_the_layers_own_forward(make, predict, width):
    layer = make()
    X = numpy.random.default_rng(2).standard_normal((6, width), dtype="float32")
    Y0, backprop0 = layer(X, is_train=True)
    layer._func = _lean(layer._func, predict)
    Y1, backprop1 = layer(X, is_train=True)
    dY = numpy.ones_like(Y0)
    assert (Y0 == Y1).all()
    assert (backprop0(dY) == backprop1(dY)).all()
    _, none = layer(X, is_train=False)
    with pytest.raises(ValueError, match="no gradient"):
        none(dY)


def test_lean_other_layers_are_left_alone():
    assert is_maxout(dense()) and not is_layer_norm(dense())
    assert is_layer_norm(norm()) and not is_maxout(norm())
    assert not is_maxout(Linear(3, 2)) and not is_layer_norm(Linear(3, 2))
    assert not is_maxout(Relu(3, 2))


@pytest.mark.skipif(MODEL is None, reason="no trained pipeline")
def test_lean_pipelines_readings_are_its_own():
    plain, lean = spacy.load(MODEL), spacy.load(MODEL)
    for nlp in (plain, lean):
        use_matmul_ops(nlp)
    changed = lean_layers(lean)
    assert changed >= 16  # four encoder layers of each kind and the embeddings' mix, twice
    assert lean_layers(lean) == 0
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
