"""Centrality tables: degree, betweenness, eigenvector and PageRank per entity."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse.csgraph
import scipy.sparse.linalg

from kg.errors import KgError
from kg.graph.analysis._common import (
    directed_view,
    is_symmetric,
    node_label,
    relation_edges,
    undirected_view,
    weight_of,
)

__all__ = [
    "CENTRALITY_COLUMNS",
    "EXACT_WORK",
    "MEASURES",
    "betweenness_scores",
    "centrality_table",
    "eigenvector_scores",
    "pagerank_scores",
]

#: The measures :func:`centrality_table` can compute, in column order.
MEASURES = (
    "degree",
    "in_degree",
    "out_degree",
    "weighted_degree",
    "betweenness",
    "eigenvector",
    "pagerank",
)
CENTRALITY_COLUMNS = ["id", "label", "type", *MEASURES]

#: Exact betweenness runs one search per node, each costing about nodes + edges
#: steps; above this many steps in all it is estimated from a sample of sources
#: that costs about as much (at least :data:`MIN_SOURCES` of them).
EXACT_WORK = 2_000_000
MIN_SOURCES = 16
#: Components up to this size get a dense eigensolver, larger ones ARPACK.
_DENSE_UP_TO = 400


def betweenness_scores(
    h: nx.Graph, *, k: int | None = None, seed: int | None = 0
) -> tuple[dict, str]:
    """Betweenness centrality (hop counts, normalized), exact or estimated from ``k`` sources.

    Parameters
    ----------
    h : networkx.Graph
        A simple graph.
    k : int, optional
        Sample this many source nodes (seeded by ``seed``). ``None`` is exact
        when ``nodes * (nodes + edges)`` is at most :data:`EXACT_WORK`, and
        otherwise samples ``EXACT_WORK // (nodes + edges)`` sources (at least
        :data:`MIN_SOURCES`); ``0`` is always exact.
    seed : int, optional
        Seed for the sample.

    Returns
    -------
    scores : dict
        Node -> betweenness.
    note : str
        How the scores were computed where it is not exact, else ``""``.

    Examples
    --------
    >>> scores, note = betweenness_scores(nx.path_graph(3))
    >>> scores[1], note
    (1.0, '')
    >>> _, note = betweenness_scores(nx.path_graph(50), k=10)
    >>> note
    'betweenness estimated from 10 of 50 nodes sampled (seed 0)'
    """
    n = h.number_of_nodes()
    if k is None:
        size = n + h.number_of_edges()
        k = 0 if n * size <= EXACT_WORK else max(MIN_SOURCES, EXACT_WORK // size)
    if not k or k >= n:
        return nx.betweenness_centrality(h, normalized=True), ""
    scores = nx.betweenness_centrality(h, k=k, normalized=True, seed=seed)
    return scores, f"betweenness estimated from {k} of {n} nodes sampled (seed {seed})"


def _leading_eigenvector(a) -> np.ndarray | None:
    # the Perron vector of one connected component's symmetric, non-negative matrix
    size = a.shape[0]
    try:
        if size <= _DENSE_UP_TO:
            _, vectors = np.linalg.eigh(a.toarray())
            vector = vectors[:, -1]
        else:
            _, vectors = scipy.sparse.linalg.eigsh(a.astype(float), k=1, which="LA", maxiter=5000)
            vector = vectors[:, 0]
    except (np.linalg.LinAlgError, scipy.sparse.linalg.ArpackError):
        return None
    vector = np.abs(vector)
    norm = np.linalg.norm(vector)
    return vector / norm if norm else None


def eigenvector_scores(h: nx.Graph) -> tuple[dict, str]:
    """Eigenvector centrality of an undirected graph, per connected component.

    Each component of two or more nodes gets its own unit-length eigenvector,
    scaled by the component's share of the nodes, so a pair off on its own does
    not rank with the hub of the main component. An isolated node scores 0.
    Small components are solved densely, large ones with ARPACK (no power
    iteration, so nothing fails to converge in networkx's sense); where a solver
    fails, the component falls back to normalized weighted degree and the note
    says so.

    Parameters
    ----------
    h : networkx.Graph
        A simple undirected graph with ``weight`` on its edges.

    Returns
    -------
    scores : dict
        Node -> eigenvector centrality.
    note : str
        What was done besides plain power iteration on one component, else ``""``.

    Examples
    --------
    >>> h = nx.union(nx.star_graph(3), nx.path_graph(["a", "b"]))
    >>> scores, note = eigenvector_scores(h)
    >>> max(scores, key=scores.get), note
    (0, 'eigenvector computed per connected component (2), scaled by component size')
    """
    nodes = list(h)
    n = len(nodes)
    scores = dict.fromkeys(nodes, 0.0)
    if n == 0:
        return scores, ""
    matrix = nx.to_scipy_sparse_array(h, nodelist=nodes, weight="weight", format="csr")
    _, labels = scipy.sparse.csgraph.connected_components(matrix, directed=False)
    order = np.argsort(labels, kind="stable")
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    components = [c for c in np.split(order, bounds) if len(c) > 1]
    notes, fallbacks = [], 0
    for comp in components:
        sub = matrix[comp][:, comp]
        vector = _leading_eigenvector(sub)
        if vector is None:  # the solver failed: weighted degree keeps the table whole
            fallbacks += 1
            vector = np.asarray(sub.sum(axis=1)).ravel()
            vector = vector / (np.linalg.norm(vector) or 1.0)
        share = len(comp) / n
        for i, value in zip(comp.tolist(), vector.tolist(), strict=True):
            scores[nodes[i]] = value * share
    if len(components) > 1:
        notes.append(
            f"eigenvector computed per connected component ({len(components)}),"
            " scaled by component size"
        )
    if fallbacks:
        notes.append(f"eigenvector fell back to weighted degree in {fallbacks} component(s)")
    return scores, "; ".join(notes)


def pagerank_scores(d: nx.DiGraph, *, alpha: float = 0.85) -> tuple[dict, str]:
    """PageRank of a weighted digraph, with a looser retry where it does not converge.

    Parameters
    ----------
    d : networkx.DiGraph
        A simple digraph with ``weight`` on its edges.
    alpha : float, default 0.85
        Damping factor.

    Returns
    -------
    scores : dict
        Node -> PageRank; the values add up to 1.
    note : str
        ``""``, or what was loosened to reach an answer.

    Examples
    --------
    >>> scores, note = pagerank_scores(nx.DiGraph([("a", "b"), ("c", "b")]))
    >>> max(scores, key=scores.get), note
    ('b', '')
    """
    if d.number_of_nodes() == 0:
        return {}, ""
    try:
        return nx.pagerank(d, alpha=alpha, weight="weight"), ""
    except nx.PowerIterationFailedConvergence:
        try:
            scores = nx.pagerank(d, alpha=alpha, weight="weight", max_iter=1000, tol=1e-4)
            return scores, "pagerank needed 1000 iterations at tolerance 1e-4"
        except nx.PowerIterationFailedConvergence:
            uniform = 1.0 / d.number_of_nodes()
            return dict.fromkeys(d, uniform), "pagerank did not converge; uniform scores shown"


def _degrees(g: nx.MultiDiGraph, relations: Iterable[str] | None) -> dict[str, Counter]:
    counts = {m: Counter() for m in ("degree", "in_degree", "out_degree", "weighted_degree")}
    for u, v, attrs in relation_edges(g, relations):
        w = weight_of(attrs)
        both = is_symmetric(attrs)
        for node, is_in, is_out in ((u, both, True), (v, True, both)):
            counts["degree"][node] += 1
            counts["weighted_degree"][node] += w
            counts["in_degree"][node] += is_in
            counts["out_degree"][node] += is_out
            if u == v:  # a self-loop is one edge of its node
                break
    return counts


def _restrict(h: nx.Graph, nodes: list) -> nx.Graph:
    # drop nodes in place: a subgraph view would filter every neighbour lookup
    if len(nodes) < h.number_of_nodes():
        keep = set(nodes)
        h.remove_nodes_from([n for n in list(h) if n not in keep])
    return h


def centrality_table(
    g: nx.MultiDiGraph,
    *,
    node_type: str | None = None,
    relation: str | Iterable[str] | None = None,
    top: int | None = None,
    sort: str = "degree",
    measures: Iterable[str] = MEASURES,
    k: int | None = None,
    seed: int | None = 0,
) -> pd.DataFrame:
    """Centrality of every entity, most central first.

    Measures are computed on the whole graph, or on the edges of ``relation``
    only, and then the rows of ``node_type`` are kept: a company's betweenness
    is its place among all entities, not among companies alone.

    - ``degree``: edges at the node; ``in_degree`` / ``out_degree`` count a
      symmetric edge (partners, competes, sues) both ways.
    - ``weighted_degree``: the sum of those edges' weights (supporting sentences).
    - ``betweenness``: on the undirected simple graph, normalized; estimated from
      sampled sources on large graphs (see :func:`betweenness_scores`).
    - ``eigenvector``: on the undirected weighted graph, per connected component
      (see :func:`eigenvector_scores`).
    - ``pagerank``: on the directed weighted graph, symmetric edges both ways.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    node_type : str, optional
        Keep only rows of this node type, e.g. ``"COMPANY"``.
    relation : str or iterable of str, optional
        Use only edges of this relation; the table then lists the nodes those
        edges touch.
    top : int, optional
        Keep the first ``top`` rows.
    sort : str, default "degree"
        The measure to sort by, descending; ties go by weighted degree, then id.
    measures : iterable of str, default all of :data:`MEASURES`
        Compute only these (the degree family is always cheap and always there).
    k : int, optional
        Betweenness sample size, see :func:`betweenness_scores`.
    seed : int, optional
        Seed for sampled betweenness.

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``label``, ``type`` and one per measure. ``attrs["note"]``
        says what was estimated or worked around, or is ``""``.

    Raises
    ------
    kg.errors.KgError
        On an unknown measure or sort column.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> table = centrality_table(sample_graph(), top=3)
    >>> print(table[["label", "degree", "in_degree", "out_degree"]].to_string(index=False))
                              label  degree  in_degree  out_degree
                              China       4          4           1
    Bureau of Industry and Security       4          0           4
                             Ascend       4          4           1
    >>> table.attrs["note"]
    'eigenvector computed per connected component (2), scaled by component size'
    >>> centrality_table(sample_graph(), node_type="PRODUCT", relation="develops")["label"].tolist()
    ['A17 Pro', 'Ascend', 'H20', 'XRing O1']
    """
    wanted = list(
        dict.fromkeys(["degree", "in_degree", "out_degree", "weighted_degree", *measures])
    )
    unknown = [m for m in wanted if m not in MEASURES]
    if unknown:
        raise KgError(f"unknown measure {unknown[0]!r}; choose from {', '.join(MEASURES)}")
    if sort not in wanted:
        raise KgError(f"cannot sort by {sort!r}; choose from {', '.join(wanted)}")
    relations = (
        None if relation is None else ({relation} if isinstance(relation, str) else set(relation))
    )
    counts = _degrees(g, relations)
    # with a relation, the table lists the nodes its edges touch
    nodes = list(g) if relations is None else [n for n in g if counts["degree"][n]]
    columns: dict[str, dict] = {m: counts[m] for m in counts}
    notes = []
    if {"betweenness", "eigenvector"} & set(wanted):
        h = _restrict(undirected_view(g, relations), nodes)
        if "betweenness" in wanted:
            columns["betweenness"], note = betweenness_scores(h, k=k, seed=seed)
            notes.append(note)
        if "eigenvector" in wanted:
            columns["eigenvector"], note = eigenvector_scores(h)
            notes.append(note)
    if "pagerank" in wanted:
        d = _restrict(directed_view(g, relations), nodes)
        columns["pagerank"], note = pagerank_scores(d)
        notes.append(note)
    if node_type is not None:
        nodes = [n for n in nodes if g.nodes[n].get("type") == node_type]
    rows = {
        "id": nodes,
        "label": [node_label(g, n) for n in nodes],
        "type": [g.nodes[n].get("type", "") for n in nodes],
    }
    for m in MEASURES:
        if m in columns:
            rows[m] = [columns[m].get(n, 0) for n in nodes]
    table = pd.DataFrame(rows)
    for m in ("degree", "in_degree", "out_degree"):
        table[m] = table[m].astype(int)
    table["weighted_degree"] = table["weighted_degree"].astype(float)
    table = table.sort_values(
        [sort, "weighted_degree", "id"], ascending=[False, False, True], kind="mergesort"
    )
    if top is not None:
        table = table.head(top)
    table = table.reset_index(drop=True)
    table.attrs["note"] = "; ".join(n for n in notes if n)
    return table
