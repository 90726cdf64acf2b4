"""What the page draws when it opens: the most central entities, each with an edge drawn.

The page holds the whole graph; this is only the view it opens on. The rest is reached
by search, by expanding a node and by the filters.
"""

from __future__ import annotations

from collections.abc import Sequence

import networkx as nx

__all__ = ["first_view"]

Edge = tuple[str, str, str]


def _strength(graph: nx.MultiDiGraph, edge: Edge) -> tuple:
    """Sort key of an edge, strongest first: most sentences, then most confident."""
    attrs = graph.edges[edge]
    return (-attrs.get("weight", 1), -attrs.get("confidence", 0.0), edge)


def _linked(graph: nx.MultiDiGraph, node: str, among: set[str]) -> bool:
    """Whether ``node`` has an edge to another node of ``among``, either way."""
    return any(
        other != node and other in among
        for other in (*graph.successors(node), *graph.predecessors(node))
    )


def first_view(
    graph: nx.MultiDiGraph, ranked: Sequence[str], *, max_nodes: int, max_edges: int
) -> tuple[list[str], list[Edge]]:
    """Return the nodes and edges the page opens on.

    A graph with at most ``max_nodes`` nodes and ``max_edges`` edges is drawn whole.
    A larger one opens on at most ``max_nodes`` of its most central nodes, and no node
    is left there without an edge: each keeps its strongest edge to another one drawn
    (most sentences, then most confident), the heaviest of the other edges between
    them fill the rest of ``max_edges``, and a node that ends with no edge drawn is
    left out (search finds it). Nodes with no edge at all are left out of such a view.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The knowledge graph.
    ranked : sequence of str
        Every node of ``graph``, most central first.
    max_nodes, max_edges : int
        Most nodes and edges drawn at first.

    Returns
    -------
    nodes : list of str
        In the order of ``ranked``.
    edges : list of (u, v, key)
        Sorted.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for leaf in "abcd":
    ...     _ = g.add_edge("hub", leaf, key="uses", weight=1)
    >>> g.add_node("alone")
    >>> first_view(g, ["hub", "a", "b", "c", "d", "alone"], max_nodes=3, max_edges=10)
    (['hub', 'a', 'b'], [('hub', 'a', 'uses'), ('hub', 'b', 'uses')])
    """
    if graph.number_of_nodes() <= max_nodes and graph.number_of_edges() <= max_edges:
        return list(ranked), sorted(graph.edges(keys=True))
    everything = set(graph)
    candidates = [n for n in ranked if _linked(graph, n, everything)][:max_nodes]
    if max_edges == 0:
        return candidates, []
    kept = set(candidates)
    # a node whose neighbours all rank below the cut would be drawn alone: out, and
    # again for those that were linked only to it
    while bare := {n for n in kept if not _linked(graph, n, kept)}:
        kept -= bare
    edges = sorted(
        (u, v, k) for u, v, k in graph.edges(keys=True) if u in kept and v in kept and u != v
    )
    if len(edges) > max_edges:
        by_strength = sorted(edges, key=lambda e: _strength(graph, e))
        best: dict[str, Edge] = {}
        for e in by_strength:
            best.setdefault(e[0], e)
            best.setdefault(e[1], e)
        chosen: set[Edge] = set()
        covered: set[str] = set()
        # the most central first, so that a short budget drops the least central nodes
        for n in (n for n in ranked if n in kept):
            if n in covered:
                continue
            if len(chosen) == max_edges:
                break
            chosen.add(best[n])
            covered.update(best[n][:2])
        for e in by_strength:
            if len(chosen) == max_edges:
                break
            if e[0] in covered and e[1] in covered:
                chosen.add(e)
        kept, edges = covered, sorted(chosen)
    return [n for n in ranked if n in kept], edges
