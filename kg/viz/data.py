"""The data the graph page holds: the whole graph column by column, and the view it opens on."""

from __future__ import annotations

import math
from collections import defaultdict
from urllib.parse import urlsplit

import networkx as nx

from kg.records import MODALITIES, NODE_TYPES, RELATIONS, SYMMETRIC
from kg.viz.layout import view_layout
from kg.viz.view import first_view

__all__ = [
    "EVIDENCE_SHOWN",
    "MAX_EDGES",
    "MAX_NODES",
    "NODE_STYLE",
    "RELATION_COLORS",
    "SIZE_BY",
    "page_data",
]

#: Colour and vis-network shape of each node type (shapes with the label underneath).
NODE_STYLE: dict[str, tuple[str, str]] = {
    "COMPANY": ("#4e79a7", "dot"),
    "AGENCY": ("#e15759", "square"),
    "COUNTRY": ("#f28e2b", "hexagon"),
    "LOCATION": ("#9c755f", "triangleDown"),
    "PRODUCT": ("#59a14f", "diamond"),
    "TECHNOLOGY": ("#47a5a0", "triangle"),
    "POLICY": ("#b07aa1", "star"),
    "PERSON": ("#f07fa0", "dot"),
    "EVENT": ("#d4a72c", "square"),
}
_UNKNOWN_STYLE = ("#9aa0a6", "dot")

#: Colour of each relation's edges.
RELATION_COLORS: dict[str, str] = {
    "develops": "#2b6cb0",
    "manufactures": "#2c7a7b",
    "restricts": "#c53030",
    "issues": "#822727",
    "partners": "#2f9e44",
    "supplies": "#c98a12",
    "competes": "#e8590c",
    "invests": "#6b46c1",
    "acquires": "#b83280",
    "leads": "#364152",
    "operates_in": "#7b8794",
    "uses": "#0b9ec2",
    "part_of": "#a3a9b3",
    "sues": "#7c4a1e",
}
_UNKNOWN_COLOR = "#9aa0a6"

#: Centralities that ``size_by`` accepts.
SIZE_BY = ("pagerank", "degree", "mentions")

#: Evidence sentences the page keeps of an edge (all of them stay in evidence.csv).
EVIDENCE_SHOWN = 3

#: Nodes and edges the page opens on, by default: few enough to read the hubs' names.
MAX_NODES = 300
MAX_EDGES = 900

#: What vis-network may spend settling the layout when the page opens, in units of
#: ``nodes * log2(nodes) + edges`` per iteration: about a second on a 2-core machine.
#: Below 50 iterations it is not worth it, and the page opens on the computed layout.
_SETTLE_BUDGET = 500_000


def _number(value: object, default: float) -> float:
    """``value`` as a finite number, or ``default``."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int | float):
        return value if math.isfinite(value) else default
    try:
        number = float(str(value))
    except ValueError:
        return default
    return number if math.isfinite(number) else default


def _as_list(value: object, sep: str = "; ") -> list:
    """A list attribute as a list, whether a list or a string joined with ``sep``, as
    GraphML keeps lists (evidence sentences joined by a line feed)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [part for part in value.split(sep) if part]
    if isinstance(value, list | tuple):
        return list(value)
    return [value]


def _is_kg_shaped(graph: nx.Graph) -> bool:
    """Whether ``graph`` is as kg builds and loads graphs: text ids and keys, list
    attributes as lists, numbers as numbers."""
    if not isinstance(graph, nx.MultiDiGraph):
        return False
    for n, attrs in graph.nodes(data=True):
        if not isinstance(n, str) or not isinstance(attrs.get("aliases", []), list):
            return False
    for _, _, key, attrs in graph.edges(keys=True, data=True):
        if not isinstance(key, str):
            return False
        for name, default in (("weight", 1), ("confidence", 0.0)):
            value = attrs.get(name, default)
            if isinstance(value, bool) or not isinstance(value, int | float):
                return False
            if not math.isfinite(value):
                return False
        if not all(isinstance(attrs.get(name, []), list) for name in ("docs", "evidence")):
            return False
    return True


def _kg_shape(graph: nx.Graph) -> nx.MultiDiGraph:
    """``graph`` as the page reads it: a MultiDiGraph with text ids and edge keys.

    A kg graph is one already. Another networkx graph (one read from GraphML, say) is
    copied into one: an edge's key is its ``relation`` when it has none, lists joined
    with ``"; "`` are split, a weight or confidence that is not a number is 1 or 0.
    """
    if _is_kg_shaped(graph):
        return graph
    shaped = nx.MultiDiGraph()
    shaped.graph.update(graph.graph)
    for n, attrs in graph.nodes(data=True):
        aliases = [str(a) for a in _as_list(attrs.get("aliases"))]
        shaped.add_node(str(n), **{**attrs, "aliases": aliases})
    if graph.is_multigraph():
        edges = graph.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, attrs) for u, v, attrs in graph.edges(data=True))
    for u, v, key, attrs in edges:
        name = str(key) if key is not None else str(attrs.get("relation") or "edge")
        evidence = [
            ev if isinstance(ev, dict) else {"sentence": str(ev)}
            for ev in _as_list(attrs.get("evidence"), "\n")
        ]
        shaped.add_edge(
            str(u),
            str(v),
            key=name,
            **{
                **attrs,
                "weight": _number(attrs.get("weight", 1), 1),
                "confidence": _number(attrs.get("confidence", 0.0), 0.0),
                "docs": [str(d) for d in _as_list(attrs.get("docs", attrs.get("documents")))],
                "evidence": evidence,
            },
        )
    return shaped


def _centrality(graph: nx.MultiDiGraph, size_by: str) -> dict[str, float]:
    # the undirected, weighted view: parallel edges and both directions add up
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for u, v, w in sorted((u, v, d.get("weight", 1)) for u, v, d in graph.edges(data=True)):
        if u == v:
            continue
        prev = simple.get_edge_data(u, v, default={"weight": 0})["weight"]
        simple.add_edge(u, v, weight=prev + w)
    if size_by == "pagerank":
        scores = nx.pagerank(simple, weight="weight") if len(simple) else {}
    elif size_by == "degree":
        scores = dict(simple.degree(weight="weight"))
    else:
        scores = {n: _number(graph.nodes[n].get("mentions", 0), 0) for n in simple}
    return {n: round(float(s), 8) for n, s in scores.items()}


def _scale(value: float, low: float, high: float, out_low: float, out_high: float) -> float:
    """Map ``value`` from ``[low, high]`` onto ``[out_low, out_high]``, the middle if equal."""
    share = 0.5 if high == low else (value - low) / (high - low)
    return round(out_low + share * (out_high - out_low), 2)


def _edge_curves(edges: list[tuple[str, str, str]]) -> list[float]:
    """Bend parallel edges between one pair of nodes apart so each stays visible.

    0 draws an edge straight; a positive roundness bends it clockwise, a negative one
    counter-clockwise.
    """
    seen: dict[tuple[str, str], int] = defaultdict(int)
    curves: list[float] = []
    for u, v, _ in edges:
        pair = (min(u, v), max(u, v))
        k = seen[pair]
        seen[pair] += 1
        if k == 0 or u == v:
            curves.append(0)
            continue
        clockwise = (k % 2 == 1) == (u == pair[0])
        roundness = round(0.22 * math.ceil(k / 2), 2)
        curves.append(roundness if clockwise else -roundness)
    return curves


def _settle_iterations(n_nodes: int, n_edges: int) -> int:
    """Iterations of vis-network's force layout when the page opens (0: none)."""
    work = n_nodes * math.log2(n_nodes + 1) + n_edges
    iterations = min(1000, int(_SETTLE_BUDGET / max(work, 1.0)))
    return iterations if iterations >= 50 else 0


def _vis_options(n_nodes: int, n_edges: int, seed: int) -> dict:
    # the layout arrives computed (kg.viz.layout); vis-network settles it within a
    # budget, or not at all on a big page, so that a page of thousands of nodes is usable
    # in a few seconds. Physics is switched off once it has settled.
    iterations = _settle_iterations(n_nodes, n_edges)
    return {
        "autoResize": True,
        "layout": {"randomSeed": seed, "improvedLayout": False},
        "physics": {
            "enabled": iterations > 0,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -70,
                "centralGravity": 0.008,
                "springLength": 120,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.4,
                "theta": 0.5 if n_nodes <= 300 else 0.9,
            },
            "maxVelocity": 60,
            "minVelocity": 0.75,
            "timestep": 0.45,
            "stabilization": {
                "enabled": iterations > 0,
                "iterations": iterations,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "hideEdgesOnDrag": n_nodes > 800,
            "multiselect": False,
        },
        "nodes": {
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "color": "#1f2933",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            # labels smaller than this on screen are not drawn, but for the hubs', which
            # the page enlarges to stay readable (page.js, labelHubs)
            "scaling": {"label": {"drawThreshold": 7}},
        },
        "edges": {
            "smooth": False,
            "arrowStrikethrough": False,
            "selectionWidth": 2,
            "hoverWidth": 1.5,
            "font": {
                "size": 11,
                "face": "system-ui, sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "align": "middle",
            },
            "scaling": {"label": {"drawThreshold": 7}},
        },
    }


def _link(url: str) -> str:
    """``url`` if it is an absolute http(s) address to link to, else ``""``.

    Examples
    --------
    >>> _link("https://example.com/a?b=1"), _link("javascript:alert(1)"), _link("/x")
    ('https://example.com/a?b=1', '', '')
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    if any(c.isspace() or ord(c) < 32 for c in url):
        return ""
    return url


class _Table:
    """Strings kept once, each referred to by its number (sentences, documents)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, key: str) -> int:
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.index)
        return found


def _documents(ids: list[str], dates: dict[str, str], known: dict) -> dict[str, list]:
    """The documents table of the page: each cited document's date, title, source, link."""
    columns: dict[str, list] = {"id": [], "date": [], "title": [], "source": [], "url": []}
    for doc_id in ids:
        meta = known.get(doc_id)
        if not isinstance(meta, dict):
            meta = {}
        columns["id"].append(doc_id)
        columns["date"].append(str(dates.get(doc_id) or meta.get("date") or ""))
        columns["title"].append(str(meta.get("title") or ""))
        columns["source"].append(str(meta.get("source") or ""))
        columns["url"].append(_link(str(meta.get("url") or "")))
    return columns


_NODE_COLUMNS = (
    "id",
    "label",
    "type",
    "aliases",
    "mentions",
    "documents",
    "first_date",
    "last_date",
    "wikidata",
    "issuer",
    "subject",
    "score",
    "size",
    "font",
)
_EDGE_COLUMNS = (
    "from",
    "to",
    "relation",
    "symmetric",
    "weight",
    "width",
    "curve",
    "docs",
    "first_date",
    "last_date",
    "confidence",
    "evidence",
)


def page_data(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
    size_by: str = "pagerank",
    seed: int = 7,
    title: str = "kg graph",
    evidence: int = EVIDENCE_SHOWN,
) -> dict:
    """Return everything the page holds as plain JSON-ready data.

    The page holds the whole graph, column by column (``nodes``, ``edges``; an edge's
    ends and a node's type are numbers into ``nodes`` and ``types``), with each edge's
    first ``evidence`` sentences (``sentences``, kept once) and the documents they come
    from (``documents``: id, date and, from ``graph.graph["documents"]``, title, source
    and an http(s) link). ``view`` is what it opens on (see
    :func:`kg.viz.view.first_view`), with each node's place (:func:`kg.viz.layout.view_layout`).

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The knowledge graph (see :func:`kg.graph.build_graph`); another networkx graph
        is read as one, its ids and keys as text.
    max_nodes : int
        Most nodes drawn when the page opens; the most central by ``size_by``.
    max_edges : int
        Most edges drawn when the page opens; the heaviest, each node keeping one.
    size_by : {"pagerank", "degree", "mentions"}
        The centrality that sizes nodes and picks the first view.
    seed : int
        Seed of the page's layout.
    title : str
        The page's title.
    evidence : int
        Evidence sentences kept per edge.

    Returns
    -------
    dict
        ``meta``, ``types``, ``relations``, ``modalities``, ``nodes``, ``edges``,
        ``sentences``, ``documents``, ``view`` and ``options``.

    Raises
    ------
    ValueError
        For a ``size_by`` not in :data:`SIZE_BY`, ``max_nodes`` below 1, or a negative
        ``max_edges`` or ``evidence``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:a", label="A", type="COMPANY", aliases=["A Corp"], mentions=2)
    >>> g.add_node("product:x", label="X", type="PRODUCT", aliases=[], mentions=1)
    >>> _ = g.add_edge("company:a", "product:x", key="develops", relation="develops", weight=1)
    >>> data = page_data(g)
    >>> data["nodes"]["label"], data["edges"]["from"], data["edges"]["to"]
    (['A', 'X'], [0], [1])
    >>> data["view"]["nodes"], data["view"]["edges"]
    ([0, 1], [0])
    """
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {', '.join(SIZE_BY)}, not {size_by!r}")
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    if max_edges < 0:
        raise ValueError(f"max_edges must not be negative, not {max_edges}")
    if evidence < 0:
        raise ValueError(f"evidence must not be negative, not {evidence}")
    graph = _kg_shape(graph)
    scores = _centrality(graph, size_by)
    ranked = sorted(graph.nodes, key=lambda n: (-scores.get(n, 0.0), n))
    view_nodes, view_edges = first_view(graph, ranked, max_nodes=max_nodes, max_edges=max_edges)
    places = view_layout(graph, view_nodes, view_edges)

    node_ids = sorted(graph.nodes)
    number = {n: i for i, n in enumerate(node_ids)}
    edges = sorted(graph.edges(keys=True))
    edge_number = {e: j for j, e in enumerate(edges)}
    types = [str(graph.nodes[n].get("type", "")) for n in node_ids]
    type_names = [*NODE_TYPES, *sorted(set(types) - set(NODE_TYPES))]
    type_number = {t: i for i, t in enumerate(type_names)}
    relations = [str(graph.edges[e].get("relation", e[2])) for e in edges]
    relation_names = [*RELATIONS, *sorted(set(relations) - set(RELATIONS))]
    relation_number = {r: i for i, r in enumerate(relation_names)}

    # sizes, label sizes and widths are set here, not through vis-network's `value`
    # scaling, which re-measures every label each time a filter changes the data
    low, high = min(scores.values(), default=0.0), max(scores.values(), default=0.0)
    nodes: dict[str, list] = {column: [] for column in _NODE_COLUMNS}
    for n, ntype in zip(node_ids, types, strict=True):
        attrs = graph.nodes[n]
        score = scores.get(n, 0.0)
        nodes["id"].append(n)
        nodes["label"].append(str(attrs.get("label") or n))
        nodes["type"].append(type_number[ntype])
        nodes["aliases"].append([str(a) for a in attrs.get("aliases", [])])
        nodes["mentions"].append(_number(attrs.get("mentions", 0), 0))
        nodes["documents"].append(_number(attrs.get("documents", 0), 0))
        nodes["first_date"].append(str(attrs.get("first_date") or ""))
        nodes["last_date"].append(str(attrs.get("last_date") or ""))
        nodes["wikidata"].append(str(attrs.get("wikidata") or ""))
        for name in ("issuer", "subject"):  # what a policy's identity was built from
            nodes[name].append([str(a) for a in _as_list(attrs.get(name))])
        nodes["score"].append(score)
        nodes["size"].append(_scale(score, low, high, 10, 44))
        nodes["font"].append(_scale(score, low, high, 14, 28))

    weights = [graph.edges[e].get("weight", 1) for e in edges]
    wlow, whigh = min(weights, default=1), max(weights, default=1)
    modalities, sentences, cited = _Table(), _Table(), _Table()
    for modality in MODALITIES:
        modalities(modality)
    dates: dict[str, str] = {}
    out: dict[str, list] = {column: [] for column in _EDGE_COLUMNS}
    for e, rel, curve in zip(edges, relations, _edge_curves(edges), strict=True):
        u, v, _ = e
        attrs = graph.edges[e]
        out["from"].append(number[u])
        out["to"].append(number[v])
        out["relation"].append(relation_number[rel])
        out["symmetric"].append(int(bool(attrs.get("symmetric", rel in SYMMETRIC))))
        out["weight"].append(attrs.get("weight", 1))
        out["width"].append(
            _scale(attrs.get("weight", 1), wlow, whigh, 1, 7) if whigh > wlow else 1.5
        )
        out["curve"].append(curve)
        out["docs"].append(len(attrs.get("docs", [])))
        out["first_date"].append(str(attrs.get("first_date") or ""))
        out["last_date"].append(str(attrs.get("last_date") or ""))
        out["confidence"].append(attrs.get("confidence", 0.0))
        refs = []
        for ev in attrs.get("evidence", [])[:evidence]:
            doc_id = str(ev.get("doc_id", ""))
            dates.setdefault(doc_id, str(ev.get("date") or ""))
            refs.append(
                [
                    sentences(str(ev.get("sentence", ""))),
                    cited(doc_id),
                    modalities(str(ev.get("modality") or "stated")),
                ]
            )
        out["evidence"].append(refs)

    type_counts = defaultdict(int)
    for n in view_nodes:
        type_counts[types[number[n]]] += 1
    relation_counts = defaultdict(int)
    for e in view_edges:
        relation_counts[relations[edge_number[e]]] += 1
    edge_dates = {d for d in (*out["first_date"], *out["last_date"]) if d}
    center = graph.graph.get("center")
    known = graph.graph.get("documents")
    return {
        "meta": {
            "title": title,
            "size_by": size_by,
            "nodes_total": len(node_ids),
            "edges_total": len(edges),
            "nodes_shown": len(view_nodes),
            "edges_shown": len(view_edges),
            "max_nodes": max_nodes,
            "max_edges": max_edges,
            "max_weight": max(weights, default=1),
            "dates": sorted(edge_dates),
            "center": center if isinstance(center, str) and center in graph else "",
        },
        "types": [
            {
                "name": t,
                "color": NODE_STYLE.get(t, _UNKNOWN_STYLE)[0],
                "shape": NODE_STYLE.get(t, _UNKNOWN_STYLE)[1],
                "count": type_counts.get(t, 0),
            }
            for t in type_names
        ],
        "relations": [
            {
                "name": r,
                "color": RELATION_COLORS.get(r, _UNKNOWN_COLOR),
                "symmetric": r in SYMMETRIC,
                "count": relation_counts.get(r, 0),
            }
            for r in relation_names
        ],
        "modalities": list(modalities.index),
        "nodes": nodes,
        "edges": out,
        "sentences": list(sentences.index),
        "documents": _documents(list(cited.index), dates, known if isinstance(known, dict) else {}),
        "view": {
            "nodes": [number[n] for n in view_nodes],
            "edges": [edge_number[e] for e in view_edges],
            "x": [places[n][0] for n in view_nodes],
            "y": [places[n][1] for n in view_nodes],
        },
        "options": _vis_options(len(view_nodes), len(view_edges), seed),
    }
