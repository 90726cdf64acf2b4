"""A logistic regression per relation over a candidate's features: training and scoring.

Weights are kept by feature name, so a file of them reads as what the model learned
(``"develops": {"path=nsubj< unveil >dobj": 2.1, ...}``). Training minimises the
L2-regularised log loss with L-BFGS from zero weights: the same examples give the same
weights, run after run.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = ["BIAS", "SHARED", "Model", "train"]

#: The feature every candidate has.
BIAS = "bias"
#: The weights every relation adds to its own: what any relation's pairs have in common.
SHARED = "*"


@dataclass
class Model:
    """Weights by relation and feature, and the probability above which an edge is added."""

    weights: dict[str, dict[str, float]]
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    def probability(self, relation: str, features: Iterable[str]) -> float:
        """The model's probability that ``relation`` holds for a candidate with ``features``.

        Examples
        --------
        >>> m = Model({"develops": {"bias": -1.0, "top=unveil": 3.0}})
        >>> round(m.probability("develops", ["top=unveil"]), 3)
        0.881
        >>> m.probability("sues", ["top=unveil"])
        0.0
        """
        w = self.weights.get(relation)
        if w is None:
            return 0.0
        shared = self.weights.get(SHARED, {})
        z = w.get(BIAS, 0.0) + sum(w.get(f, 0.0) + shared.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def dumps(self) -> str:
        """The model as JSON text, keys sorted: one model, one text."""
        data = {"meta": self.meta, "threshold": self.threshold, "weights": self.weights}
        return json.dumps(data, sort_keys=True, indent=0, ensure_ascii=False) + "\n"

    @classmethod
    def load(cls, path: str | Path) -> Model:
        """Read a model written by :meth:`dumps`."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["weights"], data["threshold"], data.get("meta", {}))


def _fit(rows: list[list[int]], y: np.ndarray, n: int, l2: float) -> np.ndarray:
    """Weights minimising the mean log loss plus ``l2 / 2 * |w|^2`` (the bias, column 0,
    not penalised)."""
    return _fit_columns(rows, y, n, l2, unpenalised=1)


def _fit_columns(
    rows: list[list[int]], y: np.ndarray, n: int, l2: float, *, unpenalised: int
) -> np.ndarray:
    """Weights minimising the mean log loss plus ``l2 / 2 * |w|^2``, the first
    ``unpenalised`` columns (biases) left out of the penalty."""
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.fromiter((k for r in rows for k in r), dtype=np.int64, count=int(indptr[-1]))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), n))
    m = len(rows)
    mask = np.ones(n)
    mask[:unpenalised] = 0.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        # log(1 + e^z) - y z, computed without overflow
        value = np.logaddexp(0.0, z) - y * z
        p = 0.5 * (1.0 + np.tanh(0.5 * z))
        grad = x.T @ (p - y) / m + l2 * mask * w
        return float(value.mean() + 0.5 * l2 * float(np.dot(mask * w, w))), grad

    got = minimize(loss, np.zeros(n), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return got.x


def train(
    examples: Sequence[tuple[str, Sequence[str], int]],
    *,
    l2: float = 0.01,
    min_count: int = 2,
    digits: int = 3,
    shared: bool = False,
) -> dict[str, dict[str, float]]:
    """Weights per relation from ``(relation, features, label)`` examples.

    A feature seen fewer than ``min_count`` times among a relation's examples is dropped;
    weights are rounded to ``digits`` and the zero ones left out.

    Examples
    --------
    >>> ex = [("develops", ["top=unveil"], 1)] * 3 + [("develops", ["top=say"], 0)] * 3
    >>> w = train(ex)["develops"]
    >>> w["top=unveil"] > 0 > w["top=say"]
    True
    """
    if shared:
        return _train_shared(examples, l2=l2, min_count=min_count, digits=digits)
    by_relation: dict[str, list[tuple[Sequence[str], int]]] = {}
    for relation, feats, label in examples:
        by_relation.setdefault(relation, []).append((feats, label))
    weights: dict[str, dict[str, float]] = {}
    for relation in sorted(by_relation):
        data = by_relation[relation]
        if not any(label for _, label in data):
            continue  # nothing to learn from: the relation is never added
        counts = Counter(f for feats, _ in data for f in set(feats))
        names = [BIAS, *sorted(f for f, c in counts.items() if c >= min_count and f != BIAS)]
        index = {f: k for k, f in enumerate(names)}
        rows = [[0, *sorted({index[f] for f in feats if f in index})] for feats, _ in data]
        y = np.array([label for _, label in data], dtype=float)
        w = _fit(rows, y, len(names), l2)
        weights[relation] = {
            f: round(float(v), digits) for f, v in zip(names, w, strict=True) if round(v, digits)
        }
    return weights


def _train_shared(examples, *, l2: float, min_count: int, digits: int):
    """One model over every relation's examples: each relation's own bias and weights,
    and weights shared by all (:data:`SHARED`)."""
    positive = {r for r, _, label in examples if label}
    data = [(r, feats, label) for r, feats, label in examples if r in positive]
    counts = Counter()
    for r, feats, _ in data:
        for f in set(feats):
            counts[(r, f)] += 1
            counts[(SHARED, f)] += 1
    keys = sorted(k for k, c in counts.items() if c >= min_count and k[1] != BIAS)
    keys = [(r, BIAS) for r in sorted(positive)] + keys
    index = {k: n for n, k in enumerate(keys)}
    rows = []
    for r, feats, _ in data:
        row = {index[(r, BIAS)]}
        for f in feats:
            for k in ((r, f), (SHARED, f)):
                if k in index:
                    row.add(index[k])
        rows.append(sorted(row))
    y = np.array([label for _, _, label in data], dtype=float)
    w = _fit_columns(rows, y, len(keys), l2, unpenalised=len(positive))
    weights: dict[str, dict[str, float]] = {}
    for (r, f), v in zip(keys, w, strict=True):
        if round(v, digits):
            weights.setdefault(r, {})[f] = round(float(v), digits)
    return weights
