"""Helpers shared by the analysis modules: attribute access and simple graph views."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.records import SYMMETRIC

# Graphs read back from GraphML or CSV may carry lists as "; "-joined strings.
_SEP = "; "


def as_list(value: object) -> list:
    """Return a list attribute as a list, whether stored as a list or a joined string."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part for part in value.split(_SEP) if part]
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def edge_docs(attrs: dict) -> list[str]:
    """Return the supporting document ids of an edge."""
    return [str(d) for d in as_list(attrs.get("docs", attrs.get("documents")))]


def edge_evidence(attrs: dict) -> list[dict]:
    """Return an edge's evidence as dicts with doc_id, date, sentence, confidence, modality."""
    rows = []
    for item in as_list(attrs.get("evidence")):
        if isinstance(item, dict):
            rows.append(item)
        else:  # a bare sentence, as GraphML keeps it
            rows.append({"doc_id": "", "date": "", "sentence": str(item), "confidence": None})
    return rows


def best_evidence(attrs: dict) -> dict:
    """Return the evidence row to show for an edge: most confident, then earliest.

    A row with empty fields stands in when the edge carries no evidence.
    """
    rows = edge_evidence(attrs)
    if not rows:
        docs = edge_docs(attrs)
        return {
            "doc_id": docs[0] if docs else "",
            "date": attrs.get("first_date") or "",
            "sentence": "",
        }
    return min(rows, key=lambda r: (-(r.get("confidence") or 0.0), r.get("date") or "9999"))


def is_symmetric(attrs: dict) -> bool:
    """Return whether an edge's direction carries no meaning."""
    flag = attrs.get("symmetric")
    if isinstance(flag, str):
        return flag.lower() == "true"
    if flag is None:
        return attrs.get("relation") in SYMMETRIC
    return bool(flag)


def node_label(g: nx.Graph, node: str) -> str:
    """Return a node's label, or its id where it has none."""
    return str(g.nodes[node].get("label") or node)


def relation_edges(g: nx.MultiDiGraph, relations: Iterable[str] | None = None):
    """Yield ``(u, v, attrs)`` for every edge, or only those of ``relations``."""
    wanted = None if relations is None else set(relations)
    for u, v, key, attrs in g.edges(keys=True, data=True):
        relation = attrs.get("relation", key)
        if wanted is None or relation in wanted:
            yield u, v, attrs


def weight_of(attrs: dict) -> float:
    """Return an edge's weight as a number (1 where it has none)."""
    try:
        return float(attrs.get("weight", 1) or 0)
    except (TypeError, ValueError):
        return 1.0


def undirected_view(g: nx.MultiDiGraph, relations: Iterable[str] | None = None) -> nx.Graph:
    """Collapse ``g`` into a simple undirected graph whose weights add up parallel edges."""
    h = nx.Graph()
    h.add_nodes_from(g)
    for u, v, attrs in relation_edges(g, relations):
        if u == v:
            continue
        w = weight_of(attrs)
        if h.has_edge(u, v):
            h[u][v]["weight"] += w
        else:
            h.add_edge(u, v, weight=w)
    return h


def directed_view(g: nx.MultiDiGraph, relations: Iterable[str] | None = None) -> nx.DiGraph:
    """Collapse ``g`` into a simple digraph; a symmetric edge points both ways."""
    h = nx.DiGraph()
    h.add_nodes_from(g)
    for u, v, attrs in relation_edges(g, relations):
        if u == v:
            continue
        w = weight_of(attrs)
        pairs = ((u, v), (v, u)) if is_symmetric(attrs) else ((u, v),)
        for a, b in pairs:
            if h.has_edge(a, b):
                h[a][b]["weight"] += w
            else:
                h.add_edge(a, b, weight=w)
    return h


def truncate(text: str, width: int) -> str:
    """Shorten ``text`` to ``width`` characters, marking a cut with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def copy_attrs(attrs: dict) -> dict:
    """Copy an attribute dict one level deeper than ``dict()``: its lists and their dicts."""
    out = {}
    for key, value in attrs.items():
        if isinstance(value, list):
            value = [dict(x) if isinstance(x, dict) else x for x in value]
        out[key] = value
    return out


def copy_subgraph(g: nx.MultiDiGraph, nodes: Iterable, edges: Iterable | None = None):
    """Return a new graph of ``nodes`` and ``edges`` (``(u, v, key)``; all between them if None)."""
    nodes = list(nodes)
    if edges is None:
        keep = set(nodes)
        edges = [(u, v, k) for u, v, k in g.edges(keys=True) if u in keep and v in keep]
    h = g.__class__()
    h.graph.update(g.graph)
    h.add_nodes_from((n, copy_attrs(g.nodes[n])) for n in nodes)
    h.add_edges_from((u, v, k, copy_attrs(g.edges[u, v, k])) for u, v, k in edges)
    return h
