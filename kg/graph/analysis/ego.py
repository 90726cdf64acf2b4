"""The neighbourhood of one entity: its ego network and the evidence on its edges."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from kg.errors import KgError
from kg.graph.analysis._common import copy_subgraph, undirected_view
from kg.graph.analysis.lookup import resolve_entity
from kg.graph.analysis.tables import EDGE_TABLE_COLUMNS, edge_rows

__all__ = ["EGO_COLUMNS", "ego_graph", "ego_table"]

EGO_COLUMNS = ["hop", *EDGE_TABLE_COLUMNS]


def _hops(g: nx.MultiDiGraph, entity: str, depth: int) -> tuple[str, dict[str, int]]:
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")
    center = resolve_entity(g, entity)
    hops = nx.single_source_shortest_path_length(undirected_view(g), center, cutoff=depth)
    return center, hops


def ego_graph(g: nx.MultiDiGraph, entity: str, *, depth: int = 1) -> nx.MultiDiGraph:
    """Return the entities within ``depth`` hops of ``entity`` and the edges among them.

    Hops follow edges either way.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    entity : str
        A node id or any name of the entity (see :func:`resolve_entity`).
    depth : int, default 1
        How many hops out to go.

    Returns
    -------
    networkx.MultiDiGraph
        A copy; each node carries ``hop``, its distance from the entity (0 for
        the entity itself), and ``graph["center"]`` is the entity's id.

    Raises
    ------
    kg.errors.KgError
        If no entity has that name, or ``depth`` is negative.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> sub = ego_graph(sample_graph(), "Huawei")
    >>> sorted(sub)
    ['agency:bureau-of-industry-and-security', 'company:huawei', 'product:ascend']
    >>> sub.number_of_edges(), sub.nodes["product:ascend"]["hop"]
    (3, 1)
    """
    center, hops = _hops(g, entity, depth)
    sub = copy_subgraph(g, sorted(hops, key=lambda n: (hops[n], n)))
    nx.set_node_attributes(sub, hops, "hop")
    sub.graph["center"] = center
    return sub


def ego_table(
    g: nx.MultiDiGraph, entity: str, *, depth: int = 1, all_evidence: bool = False
) -> pd.DataFrame:
    """The edges of ``entity``'s ego network, each with an evidence sentence.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    entity : str
        A node id or any name of the entity.
    depth : int, default 1
        How many hops out to go.
    all_evidence : bool, default False
        One row per evidence sentence instead of one per edge.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`EGO_COLUMNS`: ``hop`` (1 for an edge at the entity, 2
        for an edge whose nearer end is one hop out...), then the columns of
        :func:`~kg.graph.analysis.tables.edge_table`. Nearest edges first, then
        heaviest.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> table = ego_table(sample_graph(), "huawei")
    >>> for row in table.itertuples():
    ...     print(row.hop, row.source, row.relation, row.target, row.doc_id)
    1 Huawei develops Ascend d2
    1 Bureau of Industry and Security restricts Huawei d5
    2 Bureau of Industry and Security restricts Ascend d3
    """
    _, hops = _hops(g, entity, depth)
    rows = []
    for u, v, attrs in g.subgraph(hops).edges(data=True):
        hop = min(hops[u], hops[v]) + 1
        for row in edge_rows(g, u, v, attrs, all_evidence=all_evidence):
            rows.append({"hop": hop, **row})
    table = pd.DataFrame(rows, columns=EGO_COLUMNS)
    table = table.sort_values(
        ["hop", "weight", "relation", "source", "target", "date"],
        ascending=[True, False, True, True, True, True],
        kind="mergesort",
    )
    return table.reset_index(drop=True)
