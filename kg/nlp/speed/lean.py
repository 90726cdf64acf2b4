"""Maxout and layer normalisation that, when predicting, compute what the output needs.

thinc's maxout layer returns, with each unit's largest piece, the index of that piece,
which only training reads (to send the gradient back). Its compiled kernel finds both
in one loop over every unit, and over a batch of a few thousand tokens that takes three
to four times as long as ``numpy.maximum`` over the pieces. Its layer normalisation
computes each row's mean twice (once more inside ``numpy.var``) and makes a new array
for every step. The four maxout and normalisation layers of an English ``tok2vec``
encoder are the biggest share of its time after the matrix products.

:func:`lean_layers` gives each such layer of a pipeline a forward pass that, when not
training, does the same arithmetic, in the same order and the same precision, without
the rest: the maximum of the pieces alone; the mean once, and the steps after it in
place. The outputs are the layers' own bit for bit (``tests/nlp/speed/test_lean.py``).
Training goes through thinc's own forward passes unchanged. The new forward pass is set
with thinc's public ``Model.replace_callbacks``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps
from thinc.layers import layernorm, maxout

from kg.nlp.speed.matmul import trained_layers

__all__ = ["is_layer_norm", "is_maxout", "lean_layers"]


def is_maxout(layer: Model) -> bool:
    """Whether ``layer`` is thinc's dense maxout layer (``W``, ``b``, ``nP`` pieces)."""
    return (
        layer.name == "maxout"
        and layer.has_param("W") is True
        and layer.has_param("b") is True
        and layer.has_dim("nP") is True
    )


def is_layer_norm(layer: Model) -> bool:
    """Whether ``layer`` is thinc's layer normalisation (gain ``G``, bias ``b``)."""
    return (
        layer.name == "layernorm" and layer.has_param("G") is True and layer.has_param("b") is True
    )


def _maxout(model: Model, X, is_train: bool):
    n_out, n_pieces = model.get_dim("nO"), model.get_dim("nP")
    W = model.ops.reshape2f(model.get_param("W"), n_out * n_pieces, model.get_dim("nI"))
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), n_out * n_pieces)
    pieces = Y.reshape(Y.shape[0], n_out, n_pieces)
    best = numpy.array(pieces[:, :, 0])
    for piece in range(1, n_pieces):
        numpy.maximum(best, pieces[:, :, piece], out=best)
    return best, _no_backprop


def _layer_norm(model: Model, X, is_train: bool):
    # thinc: mu = X.mean(1); var = X.var(1) + 1e-08; Y = (X - mu) * var ** -0.5 * G + b,
    # with numpy.var's own steps for the variance (its count of items an intp)
    mu = X.mean(axis=1, keepdims=True)
    Y = X - mu
    var = numpy.multiply(Y, Y).sum(axis=1, keepdims=True)
    numpy.true_divide(var, numpy.intp(X.shape[1]), out=var, casting="unsafe")
    var += 1e-08
    Y *= var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


def _no_backprop(dY):
    raise ValueError("a prediction has no gradient: call the layer with is_train=True")


def _lean(forward: Callable, predict: Callable) -> Callable:
    def lean_forward(model: Model, X, is_train: bool):
        if is_train or not isinstance(X, numpy.ndarray) or X.ndim != 2 or not len(X):
            return forward(model, X, is_train)
        return predict(model, X, is_train)

    return lean_forward


#: The layers made lean: whether a layer is one, thinc's own forward pass, the lean one.
_LEAN = (
    (is_maxout, maxout.forward, _maxout),
    (is_layer_norm, layernorm.forward, _layer_norm),
)


def lean_layers(nlp: Language) -> int:
    """Give every CPU maxout (:func:`is_maxout`) and layer normalisation
    (:func:`is_layer_norm`) layer of ``nlp``'s components the predicting forward pass
    described above.

    Returns the number of layers changed; a second call changes none.
    """
    changed = 0
    for layer in trained_layers(nlp):
        if not isinstance(layer.ops, NumpyOps) or layer.attrs.get("kg_lean"):
            continue
        for is_kind, forward, predict in _LEAN:
            if is_kind(layer):
                layer.replace_callbacks(_lean(forward, predict), init=layer.init)
                layer.attrs["kg_lean"] = True
                changed += 1
                break
    return changed
