"""CSV writers for mentions, evidence, nodes and edges, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write
from kg.records import (
    EDGE_COLUMNS,
    EVIDENCE_COLUMNS,
    MENTION_COLUMNS,
    NODE_COLUMNS,
    Evidence,
    Mention,
)

__all__ = [
    "LIST_SEP",
    "format_cell",
    "format_row",
    "join_list",
    "neutralise",
    "split_list",
    "unneutralise",
    "write_edges",
    "write_evidence",
    "write_mentions",
    "write_nodes",
]

#: How the items of a list share one cell.
LIST_SEP = "; "

#: First characters that make a spreadsheet read a text cell as a formula.
FORMULA_START = frozenset("=+-@\t\r")

#: First characters after which a text cell needs a closer look by :func:`neutralise`.
_LOOK_CLOSER = FORMULA_START | {"'"}

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(text: str) -> str:
    """Return a text cell that a spreadsheet shows as text, never runs as a formula.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    gets a leading apostrophe, unless the whole cell is a plain number such as
    ``-0.5`` or ``+3`` (a spreadsheet reads those as numbers, not formulas). A
    cell that already starts with an apostrophe gets one more, so that
    :func:`unneutralise` restores every text exactly.

    Examples
    --------
    >>> neutralise("=HYPERLINK(1)"), neutralise("-0.5"), neutralise("Nvidia")
    ("'=HYPERLINK(1)", '-0.5', 'Nvidia')
    >>> neutralise("'quoted")
    "''quoted"
    """
    if not text:
        return text
    if text[0] == "'" or (text[0] in FORMULA_START and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise`: drop one leading apostrophe.

    Examples
    --------
    >>> all(unneutralise(neutralise(t)) == t for t in ["=1+1", "'x", "-2", "@a", ""])
    True
    """
    return cell[1:] if cell.startswith("'") else cell


def join_list(items: Iterable[str]) -> str:
    """Join list items into one cell with ``"; "``.

    Examples
    --------
    >>> join_list(["BIS", "Bureau of Industry and Security"])
    'BIS; Bureau of Industry and Security'
    """
    return LIST_SEP.join(str(item) for item in items)


def split_list(cell: str) -> list[str]:
    """Split a ``"; "``-joined cell back into its items; an empty cell is an empty list.

    Examples
    --------
    >>> split_list("BIS; Commerce"), split_list("")
    (['BIS', 'Commerce'], [])
    """
    return cell.split(LIST_SEP) if cell else []


def format_cell(value: object) -> str:
    """Render one value as a CSV cell.

    Booleans become ``true``/``false``, numbers their shortest exact text, lists
    are ``"; "``-joined, ``None`` is empty, and text is neutralised.

    Examples
    --------
    >>> [format_cell(v) for v in (True, 3, 0.25, None, ["a", "b"], "+x")]
    ['true', '3', '0.25', '', 'a; b', "'+x"]
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return neutralise(join_list(value))
    return neutralise(str(value))


def format_row(values: Iterable[object]) -> list[object]:
    """Render a row of values for ``csv.writer``, each cell as :func:`format_cell` has it.

    Plain text that cannot be read as a formula, integers and floats are passed
    through as they are (``csv.writer`` writes an int with ``str`` and a float with
    ``repr``, which is :func:`format_cell`'s text for them); the rest goes through
    :func:`format_cell`.

    Examples
    --------
    >>> format_row(["d1", "=1+1", 3, 0.25, True, None, ["a", "b"], ""])
    ['d1', "'=1+1", 3, 0.25, 'true', '', 'a; b', '']
    """
    return [
        value
        if (type(value) is str and (not value or value[0] not in _LOOK_CLOSER))
        or type(value) is int
        or type(value) is float
        else format_cell(value)
        for value in values
    ]


def _write_rows(path: str | os.PathLike, columns: list[str], rows: Iterable[Iterable]) -> Path:
    path = Path(path)
    with atomic_write(path, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        writer.writerows(map(format_row, rows))
    return path


def write_mentions(rows: Iterable[Mention], path: str | os.PathLike) -> Path:
    """Write mentions.csv, one row a :class:`~kg.records.Mention`; rows may stream.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.records import Mention
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "mentions.csv"
    >>> _ = write_mentions([Mention("d1", "company:nvidia", "Nvidia", "COMPANY",
    ...                             "NVIDIA", 0, 6)], out)
    >>> print(out.read_text().splitlines()[1])
    d1,company:nvidia,Nvidia,COMPANY,NVIDIA,0,6
    """
    return _write_rows(path, MENTION_COLUMNS, rows)


def write_evidence(rows: Iterable[Evidence], path: str | os.PathLike) -> Path:
    """Write evidence.csv, one row an :class:`~kg.records.Evidence`; rows may stream.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.records import Evidence
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "evidence.csv"
    >>> ev = Evidence("d1", "2025-05-20", "agency:bis", "BIS", "AGENCY", "restricts",
    ...               "product:ascend", "Ascend", "PRODUCT", "BIS curbs Ascend.", 0.9)
    >>> _ = write_evidence([ev], out)
    >>> out.read_text().splitlines()[1].split(",")[9:]
    ['BIS curbs Ascend.', '0.9', 'stated', 'false', '']
    """
    return _write_rows(path, EVIDENCE_COLUMNS, rows)


def _node_rows(graph: nx.MultiDiGraph) -> Iterable[list]:
    for node, attrs in graph.nodes(data=True):
        yield [node, *(attrs.get(col) for col in NODE_COLUMNS[1:])]


def _edge_rows(graph: nx.MultiDiGraph) -> Iterable[list]:
    labels = graph.nodes(data="label")
    for u, v, attrs in graph.edges(data=True):
        yield [
            u,
            labels[u],
            attrs.get("relation"),
            v,
            labels[v],
            attrs.get("weight"),
            attrs.get("docs"),
            attrs.get("first_date"),
            attrs.get("last_date"),
            attrs.get("confidence"),
            attrs.get("symmetric"),
        ]


def write_nodes(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write nodes.csv: one row a node of the built graph, columns ``NODE_COLUMNS``.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:nvidia", label="Nvidia", type="COMPANY", aliases=["NVIDIA"],
    ...            mentions=2, documents=1, first_date="2025-05-01",
    ...            last_date="2025-05-01", wikidata="Q182477")
    >>> g.add_node("policy:us-sanctions-on-huawei", label="US sanctions on Huawei",
    ...            type="POLICY", aliases=["sanctions"], mentions=1, documents=1,
    ...            first_date="2025-05-01", last_date="2025-05-01", wikidata="",
    ...            issuer=["United States"], subject=["Huawei"])
    >>> out = write_nodes(g, pathlib.Path(tempfile.mkdtemp()) / "nodes.csv")
    >>> rows = out.read_text().splitlines()
    >>> print(rows[1])
    company:nvidia,Nvidia,COMPANY,NVIDIA,2,1,2025-05-01,2025-05-01,Q182477,,
    >>> rows[2].split(",")[-2:]
    ['United States', 'Huawei']
    """
    return _write_rows(path, NODE_COLUMNS, _node_rows(graph))


def write_edges(graph: nx.MultiDiGraph, path: str | os.PathLike) -> Path:
    """Write edges.csv: one row an edge of the built graph, columns ``EDGE_COLUMNS``.

    The edge attribute ``docs`` (a list) fills the ``documents`` column.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("agency:bis", label="BIS")
    >>> g.add_node("product:ascend", label="Ascend")
    >>> _ = g.add_edge("agency:bis", "product:ascend", key="restricts",
    ...                relation="restricts", weight=2, docs=["d1", "d2"],
    ...                first_date="2025-05-01", last_date="2025-05-20",
    ...                confidence=0.9, symmetric=False)
    >>> out = write_edges(g, pathlib.Path(tempfile.mkdtemp()) / "edges.csv")
    >>> print(out.read_text().splitlines()[1])
    agency:bis,BIS,restricts,product:ascend,Ascend,2,d1; d2,2025-05-01,2025-05-20,0.9,false
    """
    return _write_rows(path, EDGE_COLUMNS, _edge_rows(graph))
