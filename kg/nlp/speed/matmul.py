"""Matrix products of the trained components through numpy's BLAS, on one thread.

thinc multiplies matrices with BLIS by default. On the machines kg is measured on
(2-core AMD EPYC, AVX2) BLIS does about 20 GFLOPS on one thread where the OpenBLAS
that numpy links does about 70, and the token-to-vector layers, a third of the trained
pipeline's time, are mostly matrix products (``python bench/bench_selective.py``
prints the pipeline's speed both ways). :class:`MatmulOps` does thinc's ``gemm`` with
``numpy.dot`` instead, giving the second operand in the row order BLAS reads fastest;
everything else is thinc's own. The products are the same up to float rounding and
the annotations the same (checked token by token in tests/test_nlp_matmul.py).

While kg extracts, BLAS is held to one thread (:func:`kg.nlp.blas.one_blas_thread`).
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps

__all__ = ["MatmulOps", "trained_layers", "use_matmul_ops"]


class MatmulOps(NumpyOps):
    """thinc's CPU operations with ``gemm`` done by numpy's BLAS."""

    name = "kg-numpy"

    def gemm(self, x, y, *, out=None, trans1: bool = False, trans2: bool = False):
        """``x @ y`` (either transposed first), into ``out`` if given."""
        if trans1:
            x = x.T
        # BLAS reads a transposed view several times slower than a copy made here
        y = numpy.ascontiguousarray(y.T) if trans2 else y
        if out is None:
            return numpy.dot(x, y)
        numpy.dot(x, y, out=out)
        return out


def trained_layers(nlp: Language) -> list[Model]:
    """Every layer of the models of ``nlp``'s components, once each (components may
    share one), listed before any is changed."""
    layers: dict[int, Model] = {}
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            layers.update((id(layer), layer) for layer in model.walk())
    return list(layers.values())


def use_matmul_ops(nlp: Language) -> int:
    """Give every CPU layer of ``nlp``'s trained components :class:`MatmulOps`.

    Returns the number of layers changed; layers on a GPU are left alone.
    """
    ops = MatmulOps()
    changed = 0
    for layer in trained_layers(nlp):
        if type(layer.ops) is NumpyOps:
            layer.ops = ops
            changed += 1
    return changed
