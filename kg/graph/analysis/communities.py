"""Communities of entities (Louvain) with the members and relations that hold them together."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

import networkx as nx
import pandas as pd

from kg.graph.analysis._common import node_label, relation_edges, undirected_view, weight_of

__all__ = ["MEMBER_COLUMNS", "SUMMARY_COLUMNS", "Communities", "communities"]

MEMBER_COLUMNS = ["community", "id", "label", "type", "inner_degree", "inner_weight"]
SUMMARY_COLUMNS = ["community", "size", "top_members", "types", "relations", "inner_edges"]


class Communities(NamedTuple):
    """The two tables :func:`communities` returns."""

    members: pd.DataFrame
    summary: pd.DataFrame


def _counts(counter: Counter) -> str:
    return "; ".join(f"{k} {n}" for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def communities(
    g: nx.MultiDiGraph,
    *,
    relation: str | Iterable[str] | None = None,
    resolution: float = 1.0,
    seed: int | None = 0,
    top_members: int = 5,
    min_size: int = 1,
) -> Communities:
    """Split the graph into communities with Louvain modularity optimisation.

    Runs :func:`networkx.community.louvain_communities` on the undirected graph
    whose edge weights add up the supporting sentences of every relation between
    two entities. Communities are numbered from 0, largest first.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    relation : str or iterable of str, optional
        Use only edges of these relations (and the nodes they touch).
    resolution : float, default 1.0
        Above 1 favours smaller communities, below 1 larger ones.
    seed : int, optional
        Seed for Louvain's node order, so two runs agree.
    top_members : int, default 5
        Members named in the summary, by weight of their edges inside.
    min_size : int, default 1
        Leave out communities smaller than this (2 drops isolated entities).

    Returns
    -------
    Communities
        ``members``: one row per entity (:data:`MEMBER_COLUMNS`), by community
        then inner weight. ``summary``: one row per community
        (:data:`SUMMARY_COLUMNS`); ``types`` and ``relations`` are
        ``"name count"`` pairs joined by ``"; "``, relations counting the edges
        with both ends inside.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> found = communities(sample_graph(), seed=1)
    >>> found.summary.loc[found.summary["top_members"].str.contains("XRing"), "relations"].item()
    'develops 2; competes 1; manufactures 1'
    >>> found.members.columns.tolist() == MEMBER_COLUMNS
    True
    """
    relations = (
        None if relation is None else ({relation} if isinstance(relation, str) else set(relation))
    )
    h = undirected_view(g, relations)
    if relations is not None:
        h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0])
    if h.number_of_nodes() == 0:
        return Communities(
            pd.DataFrame(columns=MEMBER_COLUMNS), pd.DataFrame(columns=SUMMARY_COLUMNS)
        )
    parts = nx.community.louvain_communities(h, weight="weight", resolution=resolution, seed=seed)
    parts = sorted((sorted(p) for p in parts if len(p) >= min_size), key=lambda p: (-len(p), p[0]))
    where = {n: i for i, part in enumerate(parts) for n in part}
    inner_rel = [Counter() for _ in parts]
    inner_edges = [0] * len(parts)
    for u, v, attrs in relation_edges(g, relations):
        if u in where and where[u] == where.get(v):
            inner_rel[where[u]][attrs.get("relation", "")] += 1
            inner_edges[where[u]] += 1
    members, summary = [], []
    for i, part in enumerate(parts):
        rows = []
        for n in part:
            inside = [w for w in h[n] if where.get(w) == i]
            rows.append(
                {
                    "community": i,
                    "id": n,
                    "label": node_label(g, n),
                    "type": g.nodes[n].get("type", ""),
                    "inner_degree": len(inside),
                    "inner_weight": sum(weight_of(h[n][w]) for w in inside),
                }
            )
        rows.sort(key=lambda r: (-r["inner_weight"], -r["inner_degree"], r["id"]))
        members.extend(rows)
        summary.append(
            {
                "community": i,
                "size": len(part),
                "top_members": "; ".join(r["label"] for r in rows[:top_members]),
                "types": _counts(Counter(r["type"] for r in rows)),
                "relations": _counts(inner_rel[i]),
                "inner_edges": inner_edges[i],
            }
        )
    return Communities(
        pd.DataFrame(members, columns=MEMBER_COLUMNS),
        pd.DataFrame(summary, columns=SUMMARY_COLUMNS),
    )
