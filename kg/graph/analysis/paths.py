"""How two entities connect: the shortest chain of edges, hop by hop, with evidence."""

from __future__ import annotations

from itertools import pairwise

import networkx as nx
import pandas as pd

from kg.errors import KgError
from kg.graph.analysis._common import (
    best_evidence,
    is_symmetric,
    node_label,
    undirected_view,
    weight_of,
)
from kg.graph.analysis.lookup import resolve_entity

__all__ = ["PATH_COLUMNS", "path_table", "shortest_path"]

PATH_COLUMNS = [
    "step",
    "from_id",
    "from",
    "direction",
    "relation",
    "to_id",
    "to",
    "weight",
    "sentence",
    "doc_id",
    "date",
]


def shortest_path(g: nx.MultiDiGraph, source: str, target: str) -> list[str]:
    """Return the node ids on a shortest path between two entities, ignoring direction.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    source, target : str
        Node ids or any names of the two entities.

    Returns
    -------
    list of str
        From ``source`` to ``target``, both included.

    Raises
    ------
    kg.errors.KgError
        If a name is unknown or nothing connects the two.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> shortest_path(sample_graph(), "Jensen Huang", "Huawei")
    ['person:jensen-huang', 'company:nvidia', 'product:h20', 'product:ascend', 'company:huawei']
    """
    a, b = resolve_entity(g, source), resolve_entity(g, target)
    try:
        return nx.shortest_path(undirected_view(g), a, b)
    except nx.NetworkXNoPath:
        raise KgError(
            f"nothing connects {node_label(g, a)} ({a}) and {node_label(g, b)} ({b})"
        ) from None


def _hop(g: nx.MultiDiGraph, a: str, b: str) -> tuple[str, dict]:
    # the strongest edge between a and b, either way
    choices = []
    for u, v in ((a, b), (b, a)):
        for key, attrs in g.get_edge_data(u, v, default={}).items():
            direction = "<->" if is_symmetric(attrs) else "->" if u == a else "<-"
            rank = (-weight_of(attrs), -float(attrs.get("confidence") or 0), key, direction)
            choices.append((rank, direction, attrs))
    _, direction, attrs = min(choices, key=lambda c: c[0])
    return direction, attrs


def path_table(g: nx.MultiDiGraph, source: str, target: str) -> pd.DataFrame:
    """How ``source`` connects to ``target``: one row per hop of a shortest path.

    The path ignores edge direction; each row says which way its edge points.
    Where several relations join two entities, the row shows the heaviest.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    source, target : str
        Node ids or any names of the two entities.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`PATH_COLUMNS`: ``direction`` is ``"->"`` when the edge
        points from ``from`` to ``to``, ``"<-"`` when it points back, ``"<->"``
        for a symmetric relation; then the edge's best evidence sentence with its
        document and date. Empty when ``source`` and ``target`` are one entity.

    Raises
    ------
    kg.errors.KgError
        If a name is unknown or nothing connects the two.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> table = path_table(sample_graph(), "Nvidia", "BIS")
    >>> for row in table.itertuples():
    ...     print(row.step, row._3, row.direction, row.relation, row.to)
    1 Nvidia -> develops H20
    2 H20 <-> competes Ascend
    3 Ascend <- restricts Bureau of Industry and Security
    """
    nodes = shortest_path(g, source, target)
    rows = []
    for step, (a, b) in enumerate(pairwise(nodes), start=1):
        direction, attrs = _hop(g, a, b)
        ev = best_evidence(attrs)
        rows.append(
            {
                "step": step,
                "from_id": a,
                "from": node_label(g, a),
                "direction": direction,
                "relation": attrs.get("relation", ""),
                "to_id": b,
                "to": node_label(g, b),
                "weight": round(weight_of(attrs)),
                "sentence": ev.get("sentence", ""),
                "doc_id": ev.get("doc_id", ""),
                "date": ev.get("date", ""),
            }
        )
    return pd.DataFrame(rows, columns=PATH_COLUMNS)
