"""GraphML for Gephi, yEd, igraph and networkx: typed keys, scalar values only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from kg.export.atomic import atomic_write
from kg.export.flat import flatten

__all__ = ["write_graphml"]


class _Writer(GraphMLWriter):
    """networkx's ElementTree writer, with booleans spelled as XML Schema spells them."""

    def add_data(self, name, element_type, value, scope="all", default=None):
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:
            # networkx passes the value as text already: "True" or "False".
            element.text = str(value).lower()
        return element


class _EscapeCarriageReturn:
    """A binary stream that writes each carriage return as the reference ``&#13;``.

    ElementTree leaves a carriage return raw in element text, and an XML parser
    turns a raw one into a line feed; the reference survives parsing. Markup
    itself never holds a carriage return, so every one written is data.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw

    def write(self, data: bytes) -> int:
        self.raw.write(data.replace(b"\r", b"&#13;"))
        return len(data)


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write the graph as GraphML that Gephi opens.

    Node ids are entity ids; an edge's id is its relation. Node keys: ``label``
    (the canonical name), ``type``, ``aliases``, ``mentions``, ``documents``,
    ``first_date``, ``last_date``, ``wikidata``; edge keys: ``relation``,
    ``weight``, ``documents``, ``first_date``, ``last_date``, ``confidence``,
    ``symmetric``, ``evidence`` (see :func:`kg.export.flat.flatten`). Keys are
    typed ``string``, ``long``, ``double`` or ``boolean``; no value is None or
    NaN. Characters XML cannot carry become U+FFFD.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:nvidia", label="Nvidia", type="COMPANY", mentions=3)
    >>> out = write_graphml(g, pathlib.Path(tempfile.mkdtemp()) / "graph.graphml")
    >>> back = nx.read_graphml(out)
    >>> back.nodes["company:nvidia"]["label"], back.nodes["company:nvidia"]["mentions"]
    ('Nvidia', 3)
    """
    path = Path(path)
    writer = _Writer(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(flatten(graph, xml=True))
    with atomic_write(path, binary=True) as f:
        writer.dump(_EscapeCarriageReturn(f))
    return path
