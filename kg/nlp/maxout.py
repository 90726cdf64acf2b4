"""Maxout layers that, when predicting, take the largest piece and nothing more.

thinc's maxout layer returns, with each unit's largest piece, the index of that piece,
which only training reads (to send the gradient back). Its compiled kernel finds both
in one loop over every unit, and over a batch of a few thousand tokens that takes three
to four times as long as ``numpy.maximum`` over the pieces. The four maxout layers of an
English ``tok2vec`` encoder are the biggest share of its time after the matrix products.
:func:`lean_maxout` gives each maxout layer of a pipeline a forward pass that, when not
training, computes the same matrix product and bias and keeps the maximum of the pieces
alone. The maximum of the same numbers is the same number, so the outputs are the
layer's own bit for bit (``tests/test_nlp_maxout.py``). Training goes through the
layer's own forward pass unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.language import Language
from thinc.api import Model

__all__ = ["is_maxout", "lean_maxout"]


def is_maxout(layer: Model) -> bool:
    """Whether ``layer`` is thinc's dense maxout layer (``W``, ``b``, ``nP`` pieces)."""
    return (
        layer.name == "maxout"
        and layer.has_param("W") is True
        and layer.has_param("b") is True
        and layer.has_dim("nP") is True
    )


def _lean(forward: Callable) -> Callable:
    def lean_forward(model: Model, X, is_train: bool):
        if is_train:
            return forward(model, X, is_train)
        n_out, n_pieces = model.get_dim("nO"), model.get_dim("nP")
        W = model.ops.reshape2f(model.get_param("W"), n_out * n_pieces, model.get_dim("nI"))
        Y = model.ops.gemm(X, W, trans2=True)
        Y += model.ops.reshape1f(model.get_param("b"), n_out * n_pieces)
        pieces = Y.reshape(Y.shape[0], n_out, n_pieces)
        best = numpy.array(pieces[:, :, 0])
        for piece in range(1, n_pieces):
            numpy.maximum(best, pieces[:, :, piece], out=best)
        return best, _no_backprop

    lean_forward.kg_lean = True  # type: ignore[attr-defined]
    return lean_forward


def _no_backprop(d_best):
    raise ValueError("a maxout layer's prediction has no gradient: call it with is_train=True")


def lean_maxout(nlp: Language) -> int:
    """Give every CPU maxout layer (:func:`is_maxout`) of ``nlp``'s components the
    predicting forward pass described above.

    Returns the number of layers changed; a second call changes none.
    """
    from thinc.api import NumpyOps

    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if (
                is_maxout(layer)
                and isinstance(layer.ops, NumpyOps)
                and not getattr(layer._func, "kg_lean", False)
            ):
                layer._func = _lean(layer._func)
                changed += 1
    return changed
