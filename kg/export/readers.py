"""Read GraphML, GEXF and JSON graph files into plain attribute dicts, whatever their version.

Each format is read with ElementTree or json, namespaces aside, so that GEXF 1.1, 1.2 and
1.3, GraphML from networkx, Gephi or yEd, networkx node-link JSON and Gephi's JSON all
give a :class:`GraphFile`: each node's and edge's attributes under the names and with
the types the file declares. :mod:`kg.export.load_file` then finds kg's attributes among
them.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.errors import InputError

__all__ = [
    "AGAIN",
    "READABLE",
    "GraphFile",
    "read_gexf",
    "read_graph_data",
    "read_graphml",
    "read_json_graph",
]

#: What to name instead, when a path is not something kg reads as a graph.
READABLE = "name a folder kg build wrote, or a .graphml, .gexf or node-link .json file"

#: What to do about a file that is damaged or not a graph.
AGAIN = "export the graph again with kg export or Gephi"

_INTEGER_TYPES = frozenset({"int", "integer", "long", "short", "byte", "biginteger"})
_REAL_TYPES = frozenset({"float", "double", "bigdecimal"})


@dataclass
class GraphFile:
    """A graph as a file holds it: node and edge attributes as read, not yet kg's.

    ``nodes`` maps each node id to its attributes; ``edges`` holds ``(source, target,
    id, attrs, directed)``, ``id`` being the file's own edge id ("" when it has none).

    Examples
    --------
    >>> GraphFile(nodes={"a": {"label": "A"}}).directed
    True
    """

    directed: bool = True
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[tuple[str, str, str, dict, bool]] = field(default_factory=list)


def _local(tag: object) -> str:
    """An element's name without its namespace: ``{http://www.gexf.net/1.3}node`` -> node."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    # nested graphs (GraphML) and nested nodes (GEXF hierarchies) are read flat
    return (e for e in element.iter() if _local(e.tag) == name)


def _list_value(text: str) -> list[str]:
    # GEXF 1.3 (Gephi) writes a list as "[a, b]", GEXF 1.2 as "a|b"
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return [part.strip() for part in text[1:-1].split(",") if part.strip()]
    return [part for part in text.split("|") if part]


def _typed(text: str, kind: str) -> object:
    """A value as its declared type has it; text that does not fit the type stays text."""
    kind = kind.lower()
    try:
        if kind in _INTEGER_TYPES:
            return int(text.strip())
        if kind in _REAL_TYPES:
            return float(text.strip())
    except ValueError:
        return text
    if kind == "boolean":
        return {"true": True, "1": True, "false": False, "0": False}.get(text.strip().lower(), text)
    if kind.startswith("list"):
        return _list_value(text)
    return text


def _graph_element(root: ET.Element, path: str) -> ET.Element:
    graphs = _children(root, "graph")
    if not graphs:
        raise InputError(f"no <graph> in this {_local(root.tag)} file", path=path, hint=AGAIN)
    return graphs[0]


def _required(element: ET.Element, name: str, path: str) -> str:
    value = element.get(name)
    if value is None:
        what = _local(element.tag)
        raise InputError(f"a <{what}> without its {name!r}", path=path, hint=AGAIN)
    return value


def read_graphml(root: ET.Element, path: str) -> GraphFile:
    """Read a parsed GraphML document: keys by ``attr.name``, their defaults, every node
    and edge (those of nested graphs too), each edge's own ``directed``.

    Values are typed by their key's ``attr.type``; ``<data>`` holding markup (yEd's
    graphics) is skipped; an edge's ``label`` attribute (Gephi's edge kind) is kept as
    ``kind``.

    Parameters
    ----------
    root : xml.etree.ElementTree.Element
        The ``<graphml>`` element, in any namespace or none.
    path : str
        The file, for errors.

    Raises
    ------
    kg.errors.InputError
        When there is no ``<graph>``, or a node or edge lacks its id or ends.

    Examples
    --------
    >>> root = ET.fromstring(
    ...     '<graphml><key id="d0" for="edge" attr.name="Edge Label" attr.type="string"/>'
    ...     '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
    ...     '<graph edgedefault="directed"><node id="a"/><node id="b"/>'
    ...     '<edge id="0" source="a" target="b" directed="false">'
    ...     '<data key="d0">partners</data><data key="w">2.0</data></edge></graph></graphml>')
    >>> read_graphml(root, "g.graphml").edges
    [('a', 'b', '0', {'Edge Label': 'partners', 'weight': 2.0}, False)]
    """
    keys: dict[str, tuple[str, str]] = {}
    defaults: dict[str, dict[str, object]] = {"node": {}, "edge": {}}
    for key in _children(root, "key"):
        ident = key.get("id", "")
        name, kind = key.get("attr.name") or ident, key.get("attr.type", "string")
        keys[ident] = (name, kind)
        for default in _children(key, "default"):
            for scope in ("node", "edge"):
                if key.get("for", "all") in (scope, "all"):
                    defaults[scope][name] = _typed(default.text or "", kind)

    def data(element: ET.Element, scope: str) -> dict:
        attrs = dict(defaults[scope])
        for item in _children(element, "data"):
            if len(item):  # markup, not a value
                continue
            ident = item.get("key", "")
            name, kind = keys.get(ident, (ident, "string"))
            attrs[name] = _typed(item.text or "", kind)
        return attrs

    graph = _graph_element(root, path)
    read = GraphFile(directed=graph.get("edgedefault", "directed") != "undirected")
    for node in _descendants(graph, "node"):
        read.nodes.setdefault(_required(node, "id", path), {}).update(data(node, "node"))
    for edge in _descendants(graph, "edge"):
        attrs = data(edge, "edge")
        if edge.get("label"):
            attrs.setdefault("kind", edge.get("label"))
        directed = edge.get("directed", "true" if read.directed else "false") != "false"
        source, target = _required(edge, "source", path), _required(edge, "target", path)
        read.edges.append((source, target, edge.get("id", ""), attrs, directed))
    return read


def read_gexf(root: ET.Element, path: str) -> GraphFile:
    """Read a parsed GEXF document of any version (1.1 to 1.3, with any namespace).

    Attributes are named by their ``title`` and typed by their ``type``; a dynamic
    attribute written once per time keeps the last value written. A node's ``label``,
    an edge's ``label``, ``kind`` and ``weight``, and the ``start`` and ``end`` of
    either are kept as attributes of those names. Edges are directed as the graph's
    ``defaultedgetype`` (undirected unless it says otherwise) or their own ``type``.

    Parameters
    ----------
    root : xml.etree.ElementTree.Element
        The ``<gexf>`` element, in any namespace or none.
    path : str
        The file, for errors.

    Raises
    ------
    kg.errors.InputError
        When there is no ``<graph>``, or a node or edge lacks its id or ends.

    Examples
    --------
    >>> root = ET.fromstring(
    ...     '<gexf xmlns="http://www.gexf.net/1.3"><graph defaultedgetype="directed">'
    ...     '<attributes class="node"><attribute id="0" title="type" type="string"/>'
    ...     '<attribute id="1" title="aliases" type="liststring"/></attributes>'
    ...     '<nodes><node id="agency:bis" label="BIS"><attvalues>'
    ...     '<attvalue for="0" value="AGENCY"/><attvalue for="1" value="[the BIS]"/>'
    ...     '</attvalues></node></nodes></graph></gexf>')
    >>> read_gexf(root, "g.gexf").nodes
    {'agency:bis': {'type': 'AGENCY', 'aliases': ['the BIS'], 'label': 'BIS'}}
    """
    graph = _graph_element(root, path)
    declared: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    defaults: dict[str, dict[str, object]] = {"node": {}, "edge": {}}
    for block in _children(graph, "attributes"):
        scope = block.get("class", "node")
        if scope not in declared:
            continue
        for attribute in _children(block, "attribute"):
            ident = attribute.get("id", "")
            title, kind = attribute.get("title") or ident, attribute.get("type", "string")
            declared[scope][ident] = (title, kind)
            for default in _children(attribute, "default"):
                defaults[scope][title] = _typed(default.text or "", kind)

    def values(element: ET.Element, scope: str, own: tuple[str, ...]) -> dict:
        attrs = dict(defaults[scope])
        for block in _children(element, "attvalues"):
            for value in _children(block, "attvalue"):
                ident = value.get("for", value.get("id", ""))  # GEXF 1.1 says "id"
                title, kind = declared[scope].get(ident, (ident, "string"))
                attrs[title] = _typed(value.get("value", ""), kind)
        for name in own:
            if element.get(name) is not None:
                attrs[name] = element.get(name)
        return attrs

    default_type = graph.get("defaultedgetype", "undirected")
    read = GraphFile(directed=default_type == "directed")
    for node in _descendants(graph, "node"):
        attrs = values(node, "node", ("label", "start", "end"))
        read.nodes.setdefault(_required(node, "id", path), {}).update(attrs)
    for edge in _descendants(graph, "edge"):
        attrs = values(edge, "edge", ("label", "kind", "weight", "start", "end"))
        directed = edge.get("type", default_type) == "directed"
        source, target = _required(edge, "source", path), _required(edge, "target", path)
        read.edges.append((source, target, edge.get("id", ""), attrs, directed))
    return read


def _json_attrs(item: dict, own: tuple[str, ...]) -> dict:
    # node-link JSON keeps attributes beside the id, Gephi's JSON under "attributes"
    attrs = {k: v for k, v in item.items() if k not in own}
    inner = attrs.pop("attributes", None)
    if isinstance(inner, dict):
        attrs.update(inner)
    elif inner is not None:
        attrs["attributes"] = inner
    return attrs


def read_json_graph(data: object, path: str) -> GraphFile:
    """Read parsed JSON: networkx node-link data (edges under ``"edges"`` or ``"links"``)
    or the graphology form Gephi writes (``"key"`` and ``"attributes"``).

    Node ids (``"id"``, else ``"key"``) become text; edges are directed as the graph's
    ``"directed"`` (Gephi: ``"options": {"type": ...}``) unless ``"undirected": true``.

    Parameters
    ----------
    data : object
        What :func:`json.loads` gave.
    path : str
        The file, for errors.

    Raises
    ------
    kg.errors.InputError
        When there is no ``"nodes"`` list, or a node or edge lacks its id or ends.

    Examples
    --------
    >>> data = {"options": {"type": "mixed"},
    ...         "nodes": [{"key": "a", "attributes": {"label": "A", "x": 1.5}}],
    ...         "edges": [{"key": "0", "source": "a", "target": "a", "undirected": True,
    ...                    "attributes": {"type": "partners"}}]}
    >>> read = read_json_graph(data, "g.json")
    >>> read.nodes, read.edges
    ({'a': {'label': 'A', 'x': 1.5}}, [('a', 'a', '0', {'type': 'partners'}, False)])
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise InputError('not a graph: no "nodes" list', path=path, hint=READABLE)
    edges = data.get("edges", data.get("links", []))
    if not isinstance(edges, list):
        raise InputError('not a graph: "edges" is not a list', path=path, hint=AGAIN)
    options = data.get("options") if isinstance(data.get("options"), dict) else {}
    read = GraphFile(directed=bool(data.get("directed", options.get("type") != "undirected")))
    for n, item in enumerate(data["nodes"], 1):
        ident = item.get("id", item.get("key")) if isinstance(item, dict) else None
        if ident is None:
            raise InputError(f'node {n} has no "id"', path=path, hint=AGAIN)
        read.nodes.setdefault(str(ident), {}).update(_json_attrs(item, ("id", "key")))
    for n, item in enumerate(edges, 1):
        if not isinstance(item, dict) or item.get("source") is None or item.get("target") is None:
            raise InputError(f'edge {n} has no "source" or "target"', path=path, hint=AGAIN)
        attrs = _json_attrs(item, ("source", "target", "key", "undirected"))
        directed = not item.get("undirected", not read.directed)
        ident = "" if item.get("key") is None else str(item["key"])
        read.edges.append((str(item["source"]), str(item["target"]), ident, attrs, directed))
    return read


def _starts_with_markup(data: bytes) -> bool:
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) : len(bom) + 200].decode(encoding, "ignore").lstrip()[:1] == "<"
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"


def read_graph_data(data: bytes, path: str) -> GraphFile:
    """Read a graph file's bytes: XML is told from JSON, and GraphML from GEXF, by the
    content, whatever the file's suffix.

    Examples
    --------
    >>> read = read_graph_data(b'{"nodes": [{"id": "a", "label": "A"}], "links": []}', "g.json")
    >>> read.nodes, read.edges, read.directed
    ({'a': {'label': 'A'}}, [], True)
    """
    if _starts_with_markup(data):
        try:
            root = ET.fromstring(data)
        except ET.ParseError as e:
            raise InputError(f"not well-formed XML ({e})", path=path, hint=AGAIN) from None
        name = _local(root.tag)
        if name == "graphml":
            return read_graphml(root, path)
        if name == "gexf":
            return read_gexf(root, path)
        raise InputError(f"XML of <{name}>, not GraphML or GEXF", path=path, hint=READABLE)
    try:
        parsed = json.loads(data)
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=path, hint=AGAIN) from None
    except json.JSONDecodeError as e:
        where = f"line {e.lineno}, column {e.colno}"
        raise InputError(f"not JSON ({e.msg} at {where})", path=path, hint=AGAIN) from None
    except (ValueError, RecursionError) as e:
        raise InputError(f"not JSON kg can read ({e})", path=path, hint=AGAIN) from None
    return read_json_graph(parsed, path)
