"""Edge tables: who restricts whom, who develops what, with evidence, and how it grew."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx
import pandas as pd

from kg.graph.analysis._common import (
    best_evidence,
    edge_docs,
    edge_evidence,
    node_label,
    relation_edges,
    weight_of,
)

__all__ = ["EDGE_TABLE_COLUMNS", "TIMELINE_COLUMNS", "edge_rows", "edge_table", "edge_timeline"]

EDGE_TABLE_COLUMNS = [
    "source_id",
    "source",
    "source_type",
    "relation",
    "target_id",
    "target",
    "target_type",
    "weight",
    "confidence",
    "first_date",
    "last_date",
    "documents",
    "sentence",
    "doc_id",
    "date",
]
TIMELINE_COLUMNS = ["date", "new_edges", "edges", "sentences"]


def edge_rows(g: nx.MultiDiGraph, u: str, v: str, attrs: dict, *, all_evidence: bool = False):
    """Yield table rows (dicts of :data:`EDGE_TABLE_COLUMNS`) for one edge.

    One row with the edge's best evidence sentence (most confident, then
    earliest), or with ``all_evidence`` one row per evidence sentence it keeps.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> g = sample_graph()
    >>> u, v = "country:united-states", "country:china"
    >>> [r["date"] for r in edge_rows(g, u, v, g.edges[u, v, "restricts"], all_evidence=True)]
    ['2025-01-15', '2025-05-20']
    """
    base = {
        "source_id": u,
        "source": node_label(g, u),
        "source_type": g.nodes[u].get("type", ""),
        "relation": attrs.get("relation", ""),
        "target_id": v,
        "target": node_label(g, v),
        "target_type": g.nodes[v].get("type", ""),
        "weight": round(weight_of(attrs)),
        "confidence": float(attrs.get("confidence") or 0.0),
        "first_date": attrs.get("first_date") or "",
        "last_date": attrs.get("last_date") or "",
        "documents": "; ".join(edge_docs(attrs)),
    }
    evidence = edge_evidence(attrs) if all_evidence else []
    for ev in evidence or [best_evidence(attrs)]:
        yield {
            **base,
            "sentence": ev.get("sentence", ""),
            "doc_id": ev.get("doc_id", ""),
            "date": ev.get("date", ""),
        }


def edge_table(
    g: nx.MultiDiGraph,
    relation: str | Iterable[str] | None = None,
    *,
    all_evidence: bool = False,
) -> pd.DataFrame:
    """Every edge of ``relation`` as a table, heaviest first.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    relation : str or iterable of str, optional
        The relation(s) to list, e.g. ``"restricts"``; all edges if None.
    all_evidence : bool, default False
        One row per evidence sentence kept on the edge instead of one per edge.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`EDGE_TABLE_COLUMNS`: the edge, its weight (supporting
        sentences), best confidence, first and last date, its documents
        (``"; "``-joined), and an evidence sentence with its document and date.
        Sorted by weight (descending), then first date, source and target.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> table = edge_table(sample_graph(), "restricts")
    >>> print(table[["source", "target", "weight", "first_date"]].head(3).to_string(index=False))
                             source target  weight first_date
                      United States  China       2 2025-01-15
       BIS guidance on Ascend chips Ascend       1 2025-05-20
    Bureau of Industry and Security Ascend       1 2025-05-20
    >>> table.loc[0, "sentence"]
    'The US tightened AI chip export curbs on China.'
    """
    relations = (
        None if relation is None else ({relation} if isinstance(relation, str) else set(relation))
    )
    rows = [
        row
        for u, v, attrs in relation_edges(g, relations)
        for row in edge_rows(g, u, v, attrs, all_evidence=all_evidence)
    ]
    table = pd.DataFrame(rows, columns=EDGE_TABLE_COLUMNS)
    table = table.sort_values(
        ["weight", "first_date", "source", "target", "relation", "date"],
        ascending=[False, True, True, True, True, True],
        kind="mergesort",
    )
    return table.reset_index(drop=True)


def edge_timeline(g: nx.MultiDiGraph, relation: str | Iterable[str] | None = None) -> pd.DataFrame:
    """How the edges of ``relation`` accumulated, date by date.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The knowledge graph.
    relation : str or iterable of str, optional
        The relation(s) to follow; all edges if None.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TIMELINE_COLUMNS`, one row per date that saw evidence:
        ``new_edges`` first seen that day, ``edges`` seen up to that day, and
        ``sentences`` dated that day (from the evidence kept on edges). Undated
        edges are left out.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> print(edge_timeline(sample_graph(), "restricts").to_string(index=False))
          date  new_edges  edges  sentences
    2025-01-15          1      1          1
    2025-05-20          2      3          3
    2025-06-10          2      5          2
    """
    relations = (
        None if relation is None else ({relation} if isinstance(relation, str) else set(relation))
    )
    new, sentences = Counter(), Counter()
    for _, _, attrs in relation_edges(g, relations):
        if attrs.get("first_date"):
            new[attrs["first_date"]] += 1
        for ev in edge_evidence(attrs):
            if ev.get("date"):
                sentences[ev["date"]] += 1
    dates = sorted(set(new) | set(sentences))
    table = pd.DataFrame(
        {
            "date": dates,
            "new_edges": [new[d] for d in dates],
            "sentences": [sentences[d] for d in dates],
        }
    )
    table.insert(2, "edges", table["new_edges"].cumsum())
    return table.astype({"new_edges": int, "edges": int, "sentences": int})
