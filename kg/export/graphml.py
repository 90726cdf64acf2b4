"""GraphML for Gephi, yEd, igraph and networkx: typed keys, scalar values only."""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write
from kg.export.flat import flat_edges, flat_nodes

__all__ = ["write_graphml"]

#: GraphML's name of each attribute type that a flat graph holds.
_XML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}

_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def _text(value: str) -> str:
    """Escape element text; a carriage return becomes ``&#13;``, which survives parsing."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


_ATTRIB_REFS = (
    ("&", "&amp;"),
    ("<", "&lt;"),
    (">", "&gt;"),
    ('"', "&quot;"),
    ("\r", "&#13;"),
    ("\n", "&#10;"),
    ("\t", "&#09;"),
)


def _attrib(value: str) -> str:
    """Escape an attribute value; line breaks and tabs as references, so they survive."""
    for raw, ref in _ATTRIB_REFS:
        if raw in value:
            value = value.replace(raw, ref)
    return value


class _Keys:
    """The ``<key>`` declarations, one per attribute name, type and scope, in order of use."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str, str], str] = {}
        self.seen: dict[tuple[str, object, type], str] = {}  # (scope, name, type) -> id

    def id(self, scope: str, name: object, kind: type) -> str:
        xml_type = _XML_TYPES.get(kind)
        if xml_type is None:
            raise nx.NetworkXError(f"GraphML writer does not support {kind} as data values.")
        found = self.ids.setdefault((str(name), xml_type, scope), f"d{len(self.ids)}")
        self.seen[scope, name, kind] = found
        return found

    def lines(self) -> list[str]:
        # the last declared first, as networkx's writer has always put them
        return [
            f'  <key id="{key}" for="{scope}" attr.name="{_attrib(name)}" attr.type="{kind}" />\n'
            for (name, kind, scope), key in reversed(self.ids.items())
        ]


def _element(out: list[str], start: str, end: str, attrs: dict, scope: str, keys: _Keys) -> None:
    """Append one node or edge with a ``<data>`` line per attribute."""
    if not attrs:
        out.append(start + " />\n")
        return
    out.append(start + ">\n")
    seen = keys.seen
    for name, value in attrs.items():
        kind = type(value)
        key = seen.get((scope, name, kind)) or keys.id(scope, name, kind)
        if kind is str:
            text = _text(value)
        elif kind is bool:
            text = "true" if value else "false"  # as XML Schema spells them
        else:
            text = str(value)
        if text:
            out.append(f'      <data key="{key}">{text}</data>\n')
        else:
            out.append(f'      <data key="{key}" />\n')
    out.append(end)


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write the graph as GraphML that Gephi opens.

    Node ids are entity ids; an edge's id is its relation. Node keys: ``label``
    (the canonical name), ``type``, ``aliases``, ``mentions``, ``documents``,
    ``first_date``, ``last_date``, ``wikidata``, ``issuer``, ``subject``; edge keys:
    ``relation``,
    ``weight``, ``documents``, ``first_date``, ``last_date``, ``confidence``,
    ``symmetric``, ``evidence`` (see :func:`kg.export.flat.flatten`). Keys are
    typed ``string``, ``long``, ``double`` or ``boolean``; no value is None or
    NaN. Characters XML cannot carry become U+FFFD.

    The file is written directly, in the layout of networkx's GraphML writer
    (indented, keys last-declared first), without building an XML tree.

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
    keys = _Keys()
    body: list[str] = []
    for node, attrs in flat_nodes(graph, xml=True):
        start = f'    <node id="{_attrib(str(node))}"'
        _element(body, start, "    </node>\n", attrs, "node", keys)
    for u, v, key, attrs in flat_edges(graph, xml=True):
        start = (
            f'    <edge source="{_attrib(str(u))}" target="{_attrib(str(v))}"'
            f' id="{_attrib(str(key))}"'
        )
        _element(body, start, "    </edge>\n", attrs, "edge", keys)
    if body:
        parts = [_HEAD, *keys.lines(), '  <graph edgedefault="directed">\n', *body]
        parts.append("  </graph>\n</graphml>\n")
    else:
        parts = [_HEAD, *keys.lines(), '  <graph edgedefault="directed" />\n</graphml>\n']
    with atomic_write(path, binary=True) as f:
        # as ElementTree does: what UTF-8 cannot encode (a lone surrogate in an id)
        # becomes a character reference
        f.write("".join(parts).encode("utf-8", "xmlcharrefreplace"))
    return path
