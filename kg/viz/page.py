"""Write the knowledge graph as one self-contained interactive HTML page (vis-network)."""

from __future__ import annotations

import base64
import gzip
import html
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write_text
from kg.viz.data import MAX_EDGES, MAX_NODES, page_data

__all__ = ["read_page_data", "render_page", "write_html"]

_ASSETS = resources.files("kg.viz")
_SLOT = re.compile(r"<!--kg:(\w+)-->|/\*kg:(\w+)\*/")


def _vis_network_js() -> Path:
    """vis-network's script as pyvis ships it, found without importing pyvis (and IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis, which ships vis-network, is not installed")
    return Path(spec.submodule_search_locations[0]) / "lib" / "vis-9.1.2" / "vis-network.min.js"


def _pack(data: dict) -> str:
    """The page's data as base64 of gzip-compressed JSON.

    Compressed, the whole graph takes a fifth to a tenth of its JSON's size; and base64
    holds nothing that could end or break the ``<script>`` element it sits in.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    packed = gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)
    return base64.b64encode(packed).decode("ascii")


def read_page_data(page: str) -> dict:
    """The data a page written by :func:`render_page` holds (see :func:`page_data`).

    Raises
    ------
    ValueError
        If ``page`` holds no such data.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("country:taiwan", label="Taiwan", type="COUNTRY", aliases=["ROC"])
    >>> read_page_data(render_page(page_data(g)))["nodes"]["aliases"]
    [['ROC']]
    """
    found = re.search(r'<script type="application/gzip" id="kg-data">([^<]*)</script>', page)
    if found is None:
        raise ValueError("not a kg graph page: it holds no graph data")
    return json.loads(gzip.decompress(base64.b64decode(found.group(1))))


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
        shown = f"Opened on all {meta['nodes_total']:,} entities"
    else:
        shown = (
            f"Opened on the {meta['nodes_shown']:,} most central of {meta['nodes_total']:,}"
            f" entities (by {meta['size_by']})"
        )
    shown += f" and {meta['edges_shown']:,} of {meta['edges_total']:,} relations, the heaviest"
    return (
        f"{shown}. Find any entity by name, or expand a node (double-click, or its details)"
        " to add its neighbours."
    )


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
    if meta["nodes_shown"] == meta["nodes_total"]:
        summary = f"{meta['nodes_total']:,} entities · {meta['edges_total']:,} relations"
    else:
        summary = (
            f"{meta['nodes_total']:,} entities · {meta['edges_total']:,} relations,"
            f" {meta['nodes_shown']:,} drawn at first"
        )
    summary += f" · sized by {meta['size_by']}"
    dates = meta["dates"]
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
        "last_date": str(max(len(dates) - 1, 0)),
        "dates": html.escape(f"{dates[0]} – {dates[-1]}" if dates else "no dates"),
        "dates_hidden": "" if len(dates) > 1 else " hidden",
        "page_css": (_ASSETS / "page.css").read_text(encoding="utf-8"),
        "vis_js": _vis_network_js().read_text(encoding="utf-8"),
        "graph_js": (_ASSETS / "graph.js").read_text(encoding="utf-8"),
        "page_js": (_ASSETS / "page.js").read_text(encoding="utf-8"),
        "data": _pack(data),
    }
    for name in ("page_css", "vis_js", "graph_js", "page_js"):
        if re.search(r"</(script|style)", slots[name], re.IGNORECASE):
            raise ValueError(f"{name} cannot be inlined: it contains a closing tag")
    template = (_ASSETS / "page.html").read_text(encoding="utf-8")
    # one pass, so text put into a slot is never read as another slot
    return _SLOT.sub(lambda m: slots[m.group(1) or m.group(2)], template)


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    max_nodes: int = MAX_NODES,
    max_edges: int = MAX_EDGES,
    size_by: str = "pagerank",
    seed: int = 7,
    title: str = "kg graph",
) -> Path:
    """Write the graph as a self-contained interactive page that needs no network.

    The page holds the whole graph and opens on its most central part (at most
    ``max_nodes`` nodes and ``max_edges`` edges, each node drawn with an edge). Any
    entity is found by any of its names, and comes onto the page with its neighbours;
    expanding a node adds its neighbours. Nodes are coloured and shaped by type and
    sized by centrality; edges are coloured and labelled by relation, with arrows
    except for the symmetric relations. The page filters by node type, relation, edge
    weight and a range of dates, and shows each node's and edge's details (evidence
    sentences with their documents' titles, dates and links) as plain text. The layout
    is seeded, so the same graph gives the same picture. See docs/page.md.

    Parameters
    ----------
    graph : nx.MultiDiGraph
        The knowledge graph (see :func:`kg.graph.build_graph`); ``graph.graph["documents"]``
        may give documents' titles, sources and links (:func:`kg.export.read_documents`).
    path : str or Path
        Where to write the page; its folder must exist.
    max_nodes : int
        Most nodes drawn when the page opens, the most central.
    max_edges : int
        Most edges drawn when the page opens, the heaviest.
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
    >>> page.name, read_page_data(text)["nodes"]["label"], "https://cdn" in text
    ('graph.html', ['Nvidia'], False)
    """
    data = page_data(
        graph, max_nodes=max_nodes, max_edges=max_edges, size_by=size_by, seed=seed, title=title
    )
    # atomically, so an interrupted build leaves the previous page whole
    return atomic_write_text(path, render_page(data))
