"""The export formats by name, and writing several of them in one call."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.neo4j import write_neo4j
from kg.export.nodelink import write_json
from kg.export.tables import write_edges, write_nodes

__all__ = ["FORMATS", "write_exports"]


def _write_csv(graph: nx.MultiDiGraph, outdir: Path) -> Path:
    write_edges(graph, outdir / "edges.csv")
    return write_nodes(graph, outdir / "nodes.csv")


def _in(name: str, writer: Callable[[nx.MultiDiGraph, Path], Path]):
    def write(graph: nx.MultiDiGraph, outdir: Path) -> Path:
        return writer(graph, outdir / name)

    return write


#: Format name -> ``writer(graph, outdir) -> path``; the path is the file written
#: (nodes.csv, with edges.csv beside it, for ``csv``; the folder for ``neo4j``).
FORMATS: dict[str, Callable[[nx.MultiDiGraph, Path], Path]] = {
    "csv": _write_csv,
    "graphml": _in("graph.graphml", write_graphml),
    "gexf": _in("graph.gexf", write_gexf),
    "json": _in("graph.json", write_json),
    "neo4j": _in("neo4j", write_neo4j),
}


def write_exports(
    graph: nx.MultiDiGraph,
    outdir: str | os.PathLike,
    formats: Iterable[str] = ("csv", "graphml"),
) -> dict[str, Path]:
    """Write the graph to ``outdir`` in each of ``formats``.

    ========  ===============================
    format    writes
    ========  ===============================
    csv       nodes.csv, edges.csv
    graphml   graph.graphml
    gexf      graph.gexf
    json      graph.json
    neo4j     neo4j/ (CSV files, load.cypher)
    ========  ===============================

    Each file is written atomically. ``outdir`` is created when missing.

    Returns
    -------
    dict
        Format name -> the path it wrote (for ``csv`` nodes.csv, for
        ``neo4j`` the folder), in the order asked for.

    Raises
    ------
    kg.errors.KgError
        For a format name not in :data:`FORMATS`, before anything is written.

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:tsmc", label="TSMC", type="COMPANY")
    >>> paths = write_exports(g, tempfile.mkdtemp(), formats=["graphml", "json"])
    >>> {name: path.name for name, path in paths.items()}
    {'graphml': 'graph.graphml', 'json': 'graph.json'}
    """
    formats = list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise KgError(
            f"unknown export format {', '.join(map(repr, unknown))} "
            f"(choose from {', '.join(FORMATS)})"
        )
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    return {name: FORMATS[name](graph, outdir) for name in formats}
