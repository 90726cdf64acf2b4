"""Cut a knowledge graph down: by node type, relation, date, weight and confidence."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.graph.analysis._common import copy_subgraph, weight_of

__all__ = ["as_of", "filter_graph"]


def _as_set(value: str | Iterable[str] | None) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


def _confidence(attrs: dict) -> float:
    try:
        return float(attrs.get("confidence") or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _overlaps(attrs: dict, start: str | None, end: str | None) -> bool:
    first = str(attrs.get("first_date") or "")
    last = str(attrs.get("last_date") or first)
    if not first:  # undated: no way to place it in the window
        return False
    return (end is None or first <= end) and (start is None or last >= start)


def filter_graph(
    g: nx.MultiDiGraph,
    *,
    types: str | Iterable[str] | None = None,
    relations: str | Iterable[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    min_weight: float = 0,
    min_confidence: float = 0.0,
    drop_isolates: bool = False,
) -> nx.MultiDiGraph:
    """Return a copy of the part of ``g`` that passes every given filter.

    Filters compose: each argument left at its default lets everything through,
    and the result can be filtered again.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    types : str or iterable of str, optional
        Keep only nodes of these types (``"COMPANY"``...), and the edges between them.
    relations : str or iterable of str, optional
        Keep only edges of these relations.
    start, end : str, optional
        ISO dates. Keep edges whose ``first_date``..``last_date`` span meets
        ``start``..``end`` (undated edges are dropped), and nodes that keep an
        edge or whose own span meets it.
    min_weight : float, default 0
        Keep edges with at least this many supporting sentences.
    min_confidence : float, default 0.0
        Keep edges whose best confidence reaches this.
    drop_isolates : bool, default False
        Drop nodes left with no edge.

    Returns
    -------
    networkx.MultiDiGraph
        A new graph; its attribute dicts are copies, so editing it leaves ``g`` alone.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> g = sample_graph()
    >>> h = filter_graph(g, relations="restricts", drop_isolates=True)
    >>> h.number_of_edges(), sorted({d["relation"] for *_, d in h.edges(data=True)})
    (5, ['restricts'])
    >>> h = filter_graph(g, types=["COMPANY", "PRODUCT"])
    >>> sorted({t for _, t in h.nodes(data="type")})
    ['COMPANY', 'PRODUCT']
    """
    type_set, relation_set = _as_set(types), _as_set(relations)
    dated = start is not None or end is not None
    nodes = [
        n for n, attrs in g.nodes(data=True) if type_set is None or attrs.get("type") in type_set
    ]
    node_set = set(nodes)
    edges = []
    for u, v, key, attrs in g.edges(keys=True, data=True):
        if u not in node_set or v not in node_set:
            continue
        if relation_set is not None and attrs.get("relation", key) not in relation_set:
            continue
        if weight_of(attrs) < min_weight or _confidence(attrs) < min_confidence:
            continue
        if dated and not _overlaps(attrs, start, end):
            continue
        edges.append((u, v, key))
    touched = {n for u, v, _ in edges for n in (u, v)}
    if drop_isolates:
        nodes = [n for n in nodes if n in touched]
    elif dated:
        nodes = [n for n in nodes if n in touched or _overlaps(g.nodes[n], start, end)]
    return copy_subgraph(g, nodes, edges)


def as_of(g: nx.MultiDiGraph, date: str) -> nx.MultiDiGraph:
    """Return the graph as it stood on ``date``.

    Edges first seen on or before ``date``, and nodes that keep an edge or were
    first seen on or before it. Edge weights and documents are left as the
    whole corpus has them.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    date : str
        An ISO date, ``YYYY-MM-DD``.

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> g = sample_graph()
    >>> h = as_of(g, "2025-03-31")
    >>> h.number_of_edges(), "policy:us-tariffs" in h
    (6, False)
    """
    return filter_graph(g, end=date)
