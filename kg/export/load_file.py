"""Read a graph file back as kg's graph: GraphML, GEXF or JSON, as kg or Gephi wrote it.

kg's exporters write the attributes of docs/outputs.md. A file that went through Gephi
(or another tool) may carry them under other names ("Edge Label", "Weight"), as other
types (a weight of ``3.0``), with attributes added (x, y, size, "Modularity Class") or
dropped, and with ids of its own (numbered edges). :mod:`kg.export.readers` reads the
file as it is; :func:`as_kg_graph` finds kg's attributes in it by name (case, spaces and
punctuation aside), types them as kg does, gives a missing one its default, and keeps
every other attribute as read.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import networkx as nx

from kg.errors import InputError
from kg.export.flat import EVIDENCE_SEP
from kg.export.readers import AGAIN, READABLE, GraphFile, read_graph_data
from kg.export.tables import split_list
from kg.records import NODE_TYPES, RELATIONS, SYMMETRIC

__all__ = ["GRAPH_FILE_SUFFIXES", "as_kg_graph", "load_graph_file"]

#: The suffixes of the files :func:`load_graph_file` reads (in any case).
GRAPH_FILE_SUFFIXES = (".graphml", ".gexf", ".json", ".xml")

# kg's attribute -> the names it may go by in a file, the most telling first. Names are
# compared folded (see _fold): "First Date", "first_date" and "FIRSTDATE" are one name.
_NODE_NAMES: dict[str, tuple[str, ...]] = {
    "label": ("label", "name"),
    "type": ("type", "nodetype"),
    "aliases": ("aliases", "alias"),
    "mentions": ("mentions",),
    "documents": ("documents",),
    "first_date": ("firstdate", "start"),
    "last_date": ("lastdate", "end"),
    "wikidata": ("wikidata",),
    "issuer": ("issuer", "issuers"),
    "subject": ("subject", "subjects"),
}
_EDGE_NAMES: dict[str, tuple[str, ...]] = {
    "relation": ("relation", "label", "edgelabel"),
    "weight": ("weight", "edgeweight"),
    "docs": ("docs", "documents"),
    "first_date": ("firstdate", "start"),
    "last_date": ("lastdate", "end"),
    "confidence": ("confidence",),
    "symmetric": ("symmetric",),
    "evidence": ("evidence",),
}

# Attributes that name the relation only when what they hold is one: Gephi's edge kind,
# another tool's edge type ("directed"), the key networkx writes in GEXF.
_RELATION_HINTS = ("kind", "type", "edgeid", "networkxkey")

# Attributes that are a format's bookkeeping, not the graph's.
_PLUMBING = frozenset({"networkxkey"})

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _fold(name: object) -> str:
    """The form in which attribute names are compared: ``"First Date"`` -> ``firstdate``."""
    return re.sub(r"[\W_]+", "", str(name).lower())


def _pick(attrs: dict, names: dict[str, tuple[str, ...]]) -> dict[str, object]:
    """Take kg's attributes out of ``attrs``: kg's name -> the value found under one of
    the names it may go by (its own name first among names that fold alike)."""
    by_fold: dict[str, list[str]] = {}
    for name in attrs:
        by_fold.setdefault(_fold(name), []).append(name)
    found: dict[str, object] = {}
    for kg_name, folds in names.items():
        for folded in folds:
            candidates = by_fold.get(folded, [])
            if candidates:
                raw = kg_name if kg_name in candidates else candidates[0]
                candidates.remove(raw)
                found[kg_name] = attrs.pop(raw)
                break
    return found


class _Where:
    """Names the element a bad value sits on, for the error."""

    def __init__(self, path: str, what: str) -> None:
        self.path, self.what = path, what

    def bad(self, name: str, value: object, expected: str) -> InputError:
        return InputError(
            f"{self.what}: {name} is {value!r}, not {expected}",
            path=self.path,
            hint=f"correct or remove its {name}",
        )


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _date(value: object) -> str:
    # a date with a time of day ("2025-05-07T00:00:00+00:00") keeps its day
    text = _text(value).strip()
    match = _DATE.match(text)
    return match.group() if match else text


def _items(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return split_list(_text(value))


def _number(value: object, name: str, where: _Where, default: float) -> float:
    if value is None or value == "":
        return float(default)
    try:
        number = float(value)  # bool, int, float and their text
    except (TypeError, ValueError):
        raise where.bad(name, value, "a number") from None
    if not math.isfinite(number):
        raise where.bad(name, value, "a finite number")
    return number


def _count(value: object, name: str, where: _Where, default: int) -> int | float:
    # counts are whole numbers; a weight Gephi wrote as 3.0 is 3, one set to 0.5 stays 0.5
    number = _number(value, name, where, default)
    return int(number) if number.is_integer() else number


def _flag(value: object, name: str, where: _Where, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool | int | float):
        return bool(value)
    flag = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
    found = flag.get(str(value).strip().lower())
    if found is None:
        raise where.bad(name, value, "true or false")
    return found


def _node_type(value: object, node: str) -> str:
    text = _text(value).strip()
    if text.upper() in NODE_TYPES:
        return text.upper()
    if text:
        return text
    # an id of kg's form, "company:nvidia", names the type
    prefix, colon, _ = node.partition(":")
    return prefix.upper() if colon and prefix.upper() in NODE_TYPES else ""


def _relation(value: object) -> str:
    text = _text(value).strip()
    folded = re.sub(r"[\s-]+", "_", text.lower())
    return folded if folded in RELATIONS else text


def _relation_hint(attrs: dict, ident: str) -> str:
    for name, value in attrs.items():
        if _fold(name) in _RELATION_HINTS and _relation(value) in RELATIONS:
            return _relation(value)
    return _relation(ident) if _relation(ident) in RELATIONS else ""


def _evidence(value: object, docs: list[str], date: str) -> list[dict]:
    if value is None or value == "":
        return []
    # one document's edge: each of its sentences is from that document, of its date
    doc_id, date = (docs[0], date) if len(docs) == 1 else ("", "")
    rows = []
    items = value if isinstance(value, list) else _text(value).split(EVIDENCE_SEP)
    for item in items:
        if isinstance(item, dict):  # kg's JSON: the evidence as the build kept it
            blank = {"doc_id": "", "date": "", "sentence": "", "confidence": None}
            rows.append({**blank, "modality": "", **item})
        elif _text(item).strip():  # the flat formats: the first sentences, as text
            row = {"doc_id": doc_id, "date": date, "sentence": _text(item)}
            rows.append({**row, "confidence": None, "modality": ""})
    return rows


def _drop_times(extra: dict, first_date: str, last_date: str) -> None:
    # kg's GEXF repeats the dates as the start and end of Gephi's timeline
    for name, date in (("start", first_date), ("end", last_date)):
        if name in extra and _date(extra[name]) == date:
            del extra[name]


def _kg_node(node: str, attrs: dict, path: str) -> dict:
    where = _Where(path, f"node {node!r}")
    extra = dict(attrs)
    found = _pick(extra, _NODE_NAMES)
    first_date, last_date = _date(found.get("first_date")), _date(found.get("last_date"))
    _drop_times(extra, first_date, last_date)
    return {
        "label": _text(found.get("label")) or node,
        "type": _node_type(found.get("type"), node),
        "aliases": _items(found.get("aliases")),
        "mentions": _count(found.get("mentions"), "mentions", where, 0),
        "documents": _count(found.get("documents"), "documents", where, 0),
        "first_date": first_date,
        "last_date": last_date,
        "wikidata": _text(found.get("wikidata")),
        "issuer": _items(found.get("issuer")),
        "subject": _items(found.get("subject")),
        **extra,
    }


def _kg_edge(source: str, target: str, ident: str, attrs: dict, directed: bool, path: str) -> dict:
    where = _Where(path, f"edge {source!r} -> {target!r}")
    extra = {k: v for k, v in attrs.items() if _fold(k) not in _PLUMBING}
    found = _pick(extra, _EDGE_NAMES)
    relation = _relation(found.get("relation")) or _relation_hint(attrs, ident)
    if "label" in extra and _relation(extra["label"]) == relation:
        del extra["label"]  # kg's GEXF labels an edge with its relation
    docs = _items(found.get("docs"))
    first_date = _date(found.get("first_date"))
    last_date = _date(found.get("last_date")) or first_date
    _drop_times(extra, first_date, last_date)
    symmetric = not directed or relation in SYMMETRIC
    return {
        "relation": relation,
        # an edge stands on one sentence at least, as Gephi's weight defaults to 1
        "weight": _count(found.get("weight"), "weight", where, 1),
        "docs": docs,
        "first_date": first_date,
        "last_date": last_date,
        "confidence": _number(found.get("confidence"), "confidence", where, 0.0),
        "symmetric": _flag(found.get("symmetric"), "symmetric", where, symmetric),
        "evidence": _evidence(found.get("evidence"), docs, first_date),
        **extra,
    }


def as_kg_graph(read: GraphFile, path: str = "") -> nx.MultiDiGraph:
    """The graph of kg's attributes that ``read`` holds, as :func:`kg.export.load_graph`
    reads a build.

    Each node gets ``label`` (else its id), ``type`` (in upper case; else the one its
    id names, ``company:nvidia``; else ""), ``aliases``, ``mentions``, ``documents``,
    ``first_date``, ``last_date``, ``wikidata``, ``issuer`` and ``subject`` (lists).
    Each edge gets ``relation`` (from
    ``relation`` or a label, else a kind, type or id that is one of kg's relations, else
    ""), ``weight`` (else 1), ``docs``, the dates, ``confidence`` (else 0.0),
    ``symmetric`` (else whether the edge is undirected or its relation symmetric) and
    ``evidence`` (a list of dicts; the sentences of the flat formats become rows with
    the document and date known only for an edge of one document). Other attributes
    are kept as read. Edges are keyed by relation, ``relation#2`` and on for repeats.

    Raises
    ------
    kg.errors.InputError
        For a value kg reads that does not fit its type: a weight of "many".

    Examples
    --------
    >>> read = GraphFile(nodes={"company:arm": {"Label": "Arm"}, "7": {"x": 1.5}})
    >>> read.edges.append(("company:arm", "7", "0", {"Edge Label": "sues", "weight": 2.0}, True))
    >>> g = as_kg_graph(read)
    >>> g.nodes["company:arm"]["label"], g.nodes["company:arm"]["type"], g.nodes["7"]["x"]
    ('Arm', 'COMPANY', 1.5)
    >>> edge = g.edges["company:arm", "7", "sues"]
    >>> edge["weight"], edge["symmetric"], edge["evidence"]
    (2, True, [])
    """
    graph = nx.MultiDiGraph()
    # attributes are set by update, not as keywords: a file's attribute may be called "key"
    for node, attrs in read.nodes.items():
        graph.add_node(node)
        graph.nodes[node].update(_kg_node(node, attrs, path))
    for source, target, ident, attrs, directed in read.edges:
        for node in (source, target):
            if node not in graph:  # an edge may name a node the file does not declare
                graph.add_node(node)
                graph.nodes[node].update(_kg_node(node, {}, path))
        edge = _kg_edge(source, target, ident, attrs, directed, path)
        key, n = edge["relation"], 1
        while graph.has_edge(source, target, key):
            n += 1
            key = f"{edge['relation']}#{n}"
        graph.add_edge(source, target, key=key)
        graph.edges[source, target, key].update(edge)
    return graph


def load_graph_file(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a GraphML, GEXF or JSON graph file into kg's graph.

    The file may be one of kg's exports (graph.graphml, graph.gexf, graph.json) or one
    that Gephi or another tool wrote after editing it: XML is told apart from JSON, and
    GraphML from GEXF, by the content, whatever the suffix. Attributes are found and
    typed as :func:`as_kg_graph` describes; see docs/outputs.md.

    Parameters
    ----------
    path : str or path-like
        A ``.graphml``, ``.gexf``, ``.json`` or ``.xml`` file.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by id, edges keyed by relation.

    Raises
    ------
    kg.errors.InputError
        When the file cannot be read, is not one of those formats, or holds a value kg
        reads that does not fit its type; the message names the file and what to do.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.export import write_graphml
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("agency:bis", label="BIS", type="AGENCY")
    >>> g.add_node("company:huawei", label="Huawei", type="COMPANY")
    >>> _ = g.add_edge("agency:bis", "company:huawei", key="restricts", relation="restricts",
    ...                weight=2, docs=["d1", "d2"], evidence=[{"sentence": "BIS curbs Huawei."}])
    >>> out = write_graphml(g, pathlib.Path(tempfile.mkdtemp()) / "graph.graphml")
    >>> back = load_graph_file(out)
    >>> edge = back.edges["agency:bis", "company:huawei", "restricts"]
    >>> edge["weight"], edge["docs"], [row["sentence"] for row in edge["evidence"]]
    (2, ['d1', 'd2'], ['BIS curbs Huawei.'])
    """
    where = str(path)
    if Path(path).suffix.lower() not in GRAPH_FILE_SUFFIXES:
        raise InputError("not a graph file kg reads", path=where, hint=READABLE)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        hint = "check its name and that you may read it"
        raise InputError(f"cannot read it ({e.strerror})", path=where, hint=hint) from None
    if not data.strip():
        raise InputError("empty file", path=where, hint=AGAIN)
    return as_kg_graph(read_graph_data(data, where), where)
