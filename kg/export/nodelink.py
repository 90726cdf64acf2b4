"""Node-link JSON for web tools (d3, sigma, cytoscape), with every attribute kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write

__all__ = ["write_json"]


def write_json(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write the graph as networkx node-link JSON, links under ``"edges"``.

    Unlike the flat formats, lists stay lists and each edge keeps its full
    ``evidence`` list; ``nx.node_link_graph(data, edges="edges")`` gives back
    the same graph. The file is UTF-8; text is written as is, not ``\\u``-escaped.

    Examples
    --------
    >>> import tempfile, pathlib, json
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("country:china", label="China", aliases=["Beijing"])
    >>> out = write_json(g, pathlib.Path(tempfile.mkdtemp()) / "graph.json")
    >>> data = json.loads(out.read_text(encoding="utf-8"))
    >>> data["nodes"]
    [{'label': 'China', 'aliases': ['Beijing'], 'id': 'country:china'}]
    """
    path = Path(path)
    data = nx.node_link_data(graph, edges="edges")
    with atomic_write(path, newline="") as f:
        json.dump(data, f, ensure_ascii=False, allow_nan=False, indent=1)
        f.write("\n")
    return path
