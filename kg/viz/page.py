"""Write the knowledge graph as one self-contained interactive HTML page (vis-network)."""

from __future__ import annotations

import heapq
import html
import importlib.util
import json
import math
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write_text
from kg.records import NODE_TYPES, RELATIONS, SYMMETRIC

__all__ = ["NODE_STYLE", "RELATION_COLORS", "SIZE_BY", "page_data", "render_page", "write_html"]

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

#: Evidence sentences shown in an edge's tooltip (all of them stay in evidence.csv).
EVIDENCE_SHOWN = 3

_ASSETS = resources.files("kg.viz")
_SLOT = re.compile(r"<!--kg:(\w+)-->|/\*kg:(\w+)\*/")
#: What could end or break the ``<script>`` element the data sits in, and its JSON escape.
_JSON_UNSAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def _vis_network_js() -> Path:
    """vis-network's script as pyvis ships it, found without importing pyvis (and IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis, which ships vis-network, is not installed")
    return Path(spec.submodule_search_locations[0]) / "lib" / "vis-9.1.2" / "vis-network.min.js"


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
        scores = {n: graph.nodes[n].get("mentions", 0) for n in simple}
    return {n: round(float(s), 8) for n, s in scores.items()}


def _scale(value: float, low: float, high: float, out_low: float, out_high: float) -> float:
    """Map ``value`` from ``[low, high]`` onto ``[out_low, out_high]``, the middle if equal."""
    share = 0.5 if high == low else (value - low) / (high - low)
    return round(out_low + share * (out_high - out_low), 2)


def _edge_curves(edges: list[tuple[str, str, str]]) -> list[dict | bool]:
    """Bend parallel edges between one pair of nodes apart so each stays visible."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    curves: list[dict | bool] = []
    for u, v, _ in edges:
        pair = (min(u, v), max(u, v))
        k = seen[pair]
        seen[pair] += 1
        if k == 0 or u == v:
            curves.append(False)
            continue
        clockwise = (k % 2 == 1) == (u == pair[0])
        curves.append(
            {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.22 * math.ceil(k / 2), 2),
            }
        )
    return curves


def _vis_options(n_nodes: int, seed: int) -> dict:
    # stabilisation is bounded, and the force approximation coarser on big pages, so a
    # page of thousands of nodes is laid out in seconds; small pages get the full treatment
    iterations = 1000 if n_nodes <= 300 else max(100, min(400, 120_000 // n_nodes))
    theta = 0.5 if n_nodes <= 300 else 0.9
    return {
        "autoResize": True,
        "layout": {"randomSeed": seed, "improvedLayout": n_nodes <= 300},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -70,
                "centralGravity": 0.008,
                "springLength": 120,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.4,
                "theta": theta,
            },
            "maxVelocity": 60,
            "minVelocity": 0.75,
            "timestep": 0.45,
            "stabilization": {
                "enabled": True,
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
            # labels smaller than this on screen are not drawn: a zoomed-out big graph
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


def page_data(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int = 1500,
    max_edges: int = 5000,
    size_by: str = "pagerank",
    seed: int = 7,
    title: str = "kg graph",
) -> dict:
    """Return everything the page draws as plain JSON-ready data.

    The nodes and edges are vis-network records, in sorted order, with the graph's
    attributes alongside (``type``, ``aliases``, ``relation``, ``evidence`` ...) for the
    page's tooltips and filters. Above ``max_nodes`` only the most central nodes are
    kept, and of the edges between them at most ``max_edges``, the heaviest; ``meta``
    says how many there were.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The knowledge graph (see :func:`kg.graph.build_graph`).
    max_nodes : int
        Most nodes drawn; the top ones by centrality are kept.
    max_edges : int
        Most edges drawn; the heaviest (most documents, then most confident) are kept.
    size_by : {"pagerank", "degree", "mentions"}
        The centrality that sizes nodes and picks the top ``max_nodes``.
    seed : int
        Seed of the page's layout.
    title : str
        The page's title.

    Returns
    -------
    dict
        ``meta``, ``types``, ``relations``, ``nodes``, ``edges`` and ``options``.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:a", label="A", type="COMPANY", aliases=["A Corp"], mentions=2)
    >>> g.add_node("product:x", label="X", type="PRODUCT", aliases=[], mentions=1)
    >>> _ = g.add_edge("company:a", "product:x", key="develops", relation="develops", weight=1)
    >>> data = page_data(g)
    >>> [n["label"] for n in data["nodes"]], data["edges"][0]["arrows"]
    (['A', 'X'], 'to')
    """
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {', '.join(SIZE_BY)}, not {size_by!r}")
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    if max_edges < 0:
        raise ValueError(f"max_edges must not be negative, not {max_edges}")
    scores = _centrality(graph, size_by)
    ranked = sorted(graph.nodes, key=lambda n: (-scores.get(n, 0.0), n))
    kept = set(ranked[:max_nodes])
    node_ids = sorted(kept)
    edges = [(u, v, k) for u, v, k in graph.edges(keys=True) if u in kept and v in kept]
    between = len(edges)
    if between > max_edges:
        # a page drawing tens of thousands of edges is too slow to use: the heaviest stay
        def strength(e: tuple) -> tuple:
            attrs = graph.edges[e]
            return (-attrs.get("weight", 1), -attrs.get("confidence", 0.0), e)

        edges = heapq.nsmallest(max_edges, edges, key=strength)
    edges.sort()

    # sizes, label sizes and widths are set here, not through vis-network's `value`
    # scaling, which re-measures every label each time a filter changes the data
    shown = [scores.get(n, 0.0) for n in node_ids]
    low, high = min(shown, default=0.0), max(shown, default=0.0)
    weights = [graph.edges[e].get("weight", 1) for e in edges]
    wlow, whigh = min(weights, default=1), max(weights, default=1)

    # vis-network's records: its own keys (id, label, shape, color, size, font; from, to,
    # arrows, smooth, width) and the graph's attributes beside them for the page's script
    nodes = []
    for n in node_ids:
        attrs = graph.nodes[n]
        ntype = attrs.get("type", "")
        color, shape = NODE_STYLE.get(ntype, _UNKNOWN_STYLE)
        nodes.append(
            {
                "id": n,
                "label": str(attrs.get("label") or n),
                "shape": shape,
                "color": {
                    "background": color,
                    "border": "#ffffff",
                    "highlight": {"background": color, "border": "#1f2933"},
                    "hover": {"background": color, "border": "#1f2933"},
                },
                "size": _scale(scores.get(n, 0.0), low, high, 10, 44),
                "font": {"size": _scale(scores.get(n, 0.0), low, high, 14, 28)},
                "type": ntype,
                "aliases": [str(a) for a in attrs.get("aliases", [])],
                "mentions": attrs.get("mentions", 0),
                "documents": attrs.get("documents", 0),
                "first_date": attrs.get("first_date", ""),
                "last_date": attrs.get("last_date", ""),
                "wikidata": attrs.get("wikidata", ""),
                "score": scores.get(n, 0.0),
            }
        )
    vis_edges = []
    for i, ((u, v, key), curve) in enumerate(zip(edges, _edge_curves(edges), strict=True)):
        attrs = graph.edges[u, v, key]
        rel = attrs.get("relation", key)
        color = RELATION_COLORS.get(rel, _UNKNOWN_COLOR)
        symmetric = bool(attrs.get("symmetric", rel in SYMMETRIC))
        vis_edges.append(
            {
                "id": f"e{i}",
                "from": u,
                "to": v,
                "label": rel,
                "arrows": "" if symmetric else "to",
                "color": {"color": color, "highlight": color, "hover": color, "opacity": 0.85},
                "font": {"color": color},
                "smooth": curve,
                "width": (
                    _scale(attrs.get("weight", 1), wlow, whigh, 1, 7) if whigh > wlow else 1.5
                ),
                "relation": rel,
                "weight": attrs.get("weight", 1),
                "symmetric": symmetric,
                "docs": [str(d) for d in attrs.get("docs", [])],
                "first_date": attrs.get("first_date", ""),
                "last_date": attrs.get("last_date", ""),
                "confidence": attrs.get("confidence", 0.0),
                "evidence": [
                    {
                        "doc_id": str(ev.get("doc_id", "")),
                        "date": str(ev.get("date", "")),
                        "sentence": str(ev.get("sentence", "")),
                        "modality": str(ev.get("modality", "")),
                    }
                    for ev in attrs.get("evidence", [])[:EVIDENCE_SHOWN]
                ],
            }
        )

    node_types = defaultdict(int)
    for n in node_ids:
        node_types[graph.nodes[n].get("type", "")] += 1
    relations = defaultdict(int)
    for e in vis_edges:
        relations[e["relation"]] += 1
    extra_types = sorted(set(node_types) - set(NODE_TYPES))
    extra_relations = sorted(set(relations) - set(RELATIONS))
    return {
        "meta": {
            "title": title,
            "size_by": size_by,
            "nodes_total": graph.number_of_nodes(),
            "edges_total": graph.number_of_edges(),
            "nodes_shown": len(nodes),
            "edges_between": between,
            "edges_shown": len(vis_edges),
            "max_weight": max((e["weight"] for e in vis_edges), default=1),
        },
        "types": [
            {
                "name": t,
                "color": NODE_STYLE.get(t, _UNKNOWN_STYLE)[0],
                "shape": NODE_STYLE.get(t, _UNKNOWN_STYLE)[1],
                "count": node_types.get(t, 0),
            }
            for t in (*NODE_TYPES, *extra_types)
        ],
        "relations": [
            {
                "name": r,
                "color": RELATION_COLORS.get(r, _UNKNOWN_COLOR),
                "symmetric": r in SYMMETRIC,
                "count": relations.get(r, 0),
            }
            for r in (*RELATIONS, *extra_relations)
        ],
        "nodes": nodes,
        "edges": vis_edges,
        "options": _vis_options(len(nodes), seed),
    }


def _script_json(data: dict) -> str:
    """JSON that cannot end the ``<script>`` element it sits in."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _JSON_UNSAFE:
        if raw in text:
            text = text.replace(raw, escaped)
    return text


_SWATCH = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2.5" y="2.5" width="11" height="11"/>',
    "hexagon": '<polygon points="8,1.5 13.6,4.8 13.6,11.2 8,14.5 2.4,11.2 2.4,4.8"/>',
    "triangleDown": '<polygon points="2,3 14,3 8,14"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "triangle": '<polygon points="8,2 14,13 2,13"/>',
    "star": (
        '<polygon points="8,1 9.9,5.8 15,6.1 11,9.4 12.3,14.4 '
        '8,11.6 3.7,14.4 5,9.4 1,6.1 6.1,5.8"/>'
    ),
}


def _legend(data: dict) -> tuple[str, str]:
    """The type and relation legends: a checkbox, a swatch, the name and a count each."""
    types = []
    for t in data["types"]:
        name = html.escape(t["name"])
        swatch = _SWATCH.get(t["shape"], _SWATCH["dot"])
        off = "" if t["count"] else " kg-empty"
        types.append(
            f'<label class="kg-item{off}"><input type="checkbox" data-type="{name}" checked>'
            f'<svg class="kg-swatch" viewBox="0 0 16 16" aria-hidden="true" '
            f'fill="{t["color"]}">{swatch}</svg>'
            f'<span class="kg-name">{name}</span><span class="kg-count">{t["count"]}</span></label>'
        )
    rels = []
    for r in data["relations"]:
        name = html.escape(r["name"])
        off = "" if r["count"] else " kg-empty"
        head = "" if r["symmetric"] else f'<polygon points="20,1 26,5 20,9" fill="{r["color"]}"/>'
        rels.append(
            f'<label class="kg-item{off}"><input type="checkbox" data-relation="{name}" checked>'
            f'<svg class="kg-line" viewBox="0 0 26 10" aria-hidden="true">'
            f'<line x1="1" y1="5" x2="21" y2="5" stroke="{r["color"]}" stroke-width="2.5"/>'
            f"{head}</svg>"
            f'<span class="kg-name">{name}</span><span class="kg-count">{r["count"]}</span></label>'
        )
    return "\n".join(types), "\n".join(rels)


def _notice(meta: dict) -> str:
    if meta["nodes_total"] == 0:
        return "The graph is empty."
    if meta["nodes_shown"] == meta["nodes_total"] and meta["edges_shown"] == meta["edges_total"]:
        return ""
    if meta["nodes_shown"] == meta["nodes_total"]:
        shown = f"Showing all {meta['nodes_total']:,} entities"
    else:
        shown = (
            f"Showing the {meta['nodes_shown']:,} most central of {meta['nodes_total']:,}"
            f" entities (by {meta['size_by']})"
        )
    shown += f" and {meta['edges_shown']:,} of {meta['edges_total']:,} relations"
    if meta["edges_shown"] < meta["edges_between"]:
        shown += f", the heaviest of the {meta['edges_between']:,} between them"
    return f"{shown}. The full graph is in graph.graphml and the CSV files."


def render_page(data: dict) -> str:
    """Render :func:`page_data` as the page's HTML, with every script and style inline.

    Examples
    --------
    >>> page = render_page(page_data(nx.MultiDiGraph(), title="Empty"))
    >>> "<title>Empty</title>" in page, "The graph is empty." in page
    (True, True)
    """
    meta = data["meta"]
    types, rels = _legend(data)
    notice = _notice(meta)
    summary = (
        f"{meta['nodes_shown']:,} entities · {meta['edges_shown']:,} relations"
        f" · sized by {meta['size_by']}"
    )
    # vis-network.css is left out: it styles vis's own tooltip, navigation buttons,
    # editing toolbar and configurator, none of which the page uses
    slots = {
        "title": html.escape(meta["title"]),
        "summary": html.escape(summary),
        "notice": html.escape(notice),
        "notice_hidden": "" if notice else " hidden",
        "types": types,
        "relations": rels,
        "max_weight": str(meta["max_weight"]),
        "page_css": (_ASSETS / "page.css").read_text(encoding="utf-8"),
        "vis_js": _vis_network_js().read_text(encoding="utf-8"),
        "page_js": (_ASSETS / "page.js").read_text(encoding="utf-8"),
        "data": _script_json(data),
    }
    for name in ("page_css", "vis_js", "page_js"):
        if re.search(r"</(script|style)", slots[name], re.IGNORECASE):
            raise ValueError(f"{name} cannot be inlined: it contains a closing tag")
    template = (_ASSETS / "page.html").read_text(encoding="utf-8")
    # one pass, so text put into a slot is never read as another slot
    return _SLOT.sub(lambda m: slots[m.group(1) or m.group(2)], template)


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    max_nodes: int = 1500,
    max_edges: int = 5000,
    size_by: str = "pagerank",
    seed: int = 7,
    title: str = "kg graph",
) -> Path:
    """Write the graph as a self-contained interactive page that needs no network.

    Nodes are coloured and shaped by type and sized by centrality; edges are
    coloured and labelled by relation, with arrows except for the symmetric
    relations. The page filters by node type, relation and edge weight, finds an
    entity by any of its names, and shows each node's and edge's details (with
    evidence sentences) as plain text. The layout is seeded and frozen once it
    settles, so the same graph gives the same picture.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The knowledge graph (see :func:`kg.graph.build_graph`).
    path : str or Path
        Where to write the page; its folder must exist.
    max_nodes : int
        Above this many nodes only the most central are drawn, and the page says so.
    max_edges : int
        Above this many edges between the drawn nodes only the heaviest are drawn, and
        the page says so.
    size_by : {"pagerank", "degree", "mentions"}
        The centrality that sizes nodes: pagerank and degree over the undirected,
        weighted graph, or the number of mentions.
    seed : int
        Seed of the layout.
    title : str
        The page's title and heading.

    Returns
    -------
    Path
        The page written.

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:nvidia", label="Nvidia", type="COMPANY", aliases=["NVIDIA"])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     page = write_html(g, Path(tmp) / "graph.html")
    ...     text = page.read_text(encoding="utf-8")
    >>> page.name, "Nvidia" in text, "https://cdn" in text
    ('graph.html', True, False)
    """
    data = page_data(
        graph, max_nodes=max_nodes, max_edges=max_edges, size_by=size_by, seed=seed, title=title
    )
    # atomically, so an interrupted build leaves the previous page whole
    return atomic_write_text(path, render_page(data))
