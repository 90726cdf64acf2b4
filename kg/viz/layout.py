"""Where the page places the nodes it opens on, worked out before the page is written.

vis-network places nodes it is given without a place on one circle and needs hundreds
of iterations of its force layout to untangle them: on 5,000 nodes, about 45 ms an
iteration on a 2-core machine, most of the 9 to 15 s such a page took to become usable.
Here each node starts beside its strongest neighbour, on a spiral around it, so that the
page may settle the layout in a bounded number of iterations (kg.viz.page), or draw it
as it is. ``bench/bench_page.py --against REV`` measures the page before and after.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

import networkx as nx

__all__ = ["SPACING", "view_layout"]

#: Distance, in the page's units (pixels at zoom 1), between linked nodes.
SPACING = 120.0

#: The angle between one node's successive neighbours on the spiral around it.
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def _spiral(center: tuple[float, float], k: int) -> tuple[float, float]:
    """The ``k``-th place on the spiral around ``center``, each place of equal area.

    The spiral starts on the side away from the middle of the page.
    """
    radius = SPACING * 0.6 * math.sqrt(k + 1)
    angle = math.atan2(center[1], center[0]) + k * _GOLDEN_ANGLE
    return (center[0] + radius * math.cos(angle), center[1] + radius * math.sin(angle))


def view_layout(
    graph: nx.MultiDiGraph,
    nodes: Sequence[str],
    edges: Sequence[tuple[str, str, str]],
) -> dict[str, tuple[float, float]]:
    """Place ``nodes``, linked by ``edges``; the same input gives the same places.

    The first node goes in the middle. Then, nearest the placed nodes first and most
    central first (the order of ``nodes``), each node goes on the spiral around its
    neighbour already placed through the heaviest edges; a group linked to nothing
    placed starts on the spiral around the middle, outside what is placed. Nodes on one
    spiral are about 0.6 :data:`SPACING` apart.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The knowledge graph, for the edges' weights.
    nodes : sequence of str
        The nodes to place, most central first.
    edges : sequence of (u, v, key)
        The edges drawn between them.

    Returns
    -------
    dict
        Node -> ``(x, y)``, rounded to one decimal.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("hub", "a", key="uses", weight=1)
    >>> _ = g.add_edge("hub", "b", key="uses", weight=3)
    >>> pos = view_layout(g, ["hub", "b", "a"], list(g.edges(keys=True)))
    >>> pos["hub"], round(math.dist(pos["hub"], pos["b"]))
    ((0.0, 0.0), 72)
    """
    weight: dict[str, dict[str, float]] = {n: {} for n in nodes}
    for u, v, k in edges:
        if u == v:
            continue
        w = float(graph.edges[u, v, k].get("weight", 1))
        weight[u][v] = weight[u].get(v, 0.0) + w
        weight[v][u] = weight[v].get(u, 0.0) + w

    rank = {n: i for i, n in enumerate(nodes)}
    pos: dict[str, tuple[float, float]] = {}
    children: dict[str, int] = {}
    waiting: list[tuple[int, str]] = []
    unplaced = iter(nodes)
    outside: int | None = None
    while len(pos) < len(nodes):
        if not waiting:
            new = next(unplaced)
            while new in pos:
                new = next(unplaced)
            if not pos:
                pos[new] = (0.0, 0.0)
            else:
                # a group linked to nothing placed: the k-th place of the spiral around
                # the middle lies 0.6 * SPACING * sqrt(k + 1) from it
                if outside is None:
                    extent = max(math.hypot(*p) for p in pos.values())
                    outside = int((extent / (0.6 * SPACING)) ** 2)
                outside += 1
                pos[new] = _spiral((0.0, 0.0), outside)
        else:
            new = heapq.heappop(waiting)[1]
            if new in pos:
                continue
            parent = max((w, -rank[p], p) for p, w in weight[new].items() if p in pos)[2]
            k = children.get(parent, 0)
            children[parent] = k + 1
            pos[new] = _spiral(pos[parent], k)
        for v in weight[new]:
            if v not in pos:
                heapq.heappush(waiting, (rank[v], v))
    return {n: (round(pos[n][0], 1), round(pos[n][1], 1)) for n in nodes}
