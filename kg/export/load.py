"""Read a built graph back: from nodes.csv, edges.csv and evidence.csv, or from a graph file."""

from __future__ import annotations

import contextlib
import csv
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import networkx as nx

from kg.errors import InputError
from kg.export.load_file import GRAPH_FILE_SUFFIXES, load_graph_file
from kg.export.readers import READABLE
from kg.export.tables import split_list, unneutralise
from kg.graph.build import MAX_EDGE_EVIDENCE, edge_key
from kg.records import (
    DOCUMENT_COLUMNS,
    DOCUMENT_FIELDS,
    EDGE_COLUMNS,
    EVIDENCE_COLUMNS,
    NODE_COLUMNS,
    Evidence,
)

__all__ = ["load_graph", "read_documents", "read_evidence"]


def _parse_bool(cell: str) -> bool:
    lowered = cell.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise ValueError(f"not true or false: {cell!r}")


def _parse_int(cell: str) -> int:
    return int(cell) if cell else 0


def _parse_float(cell: str) -> float:
    return float(cell) if cell else 0.0


def _parse_text(cell: str) -> str:
    return unneutralise(cell)


def _parse_list(cell: str) -> list[str]:
    return split_list(unneutralise(cell))


_NODE_PARSERS: dict[str, Callable[[str], object]] = {
    "aliases": _parse_list,
    "issuer": _parse_list,
    "subject": _parse_list,
    "mentions": _parse_int,
    "documents": _parse_int,
}
#: nodes.csv columns that a build of an earlier kg lacks: read as empty
_NEWER_NODE_COLUMNS = frozenset({"issuer", "subject"})
_EDGE_PARSERS: dict[str, Callable[[str], object]] = {
    "weight": _parse_int,
    "documents": _parse_list,
    "confidence": _parse_float,
    "symmetric": _parse_bool,
}
_EVIDENCE_PARSERS: dict[str, Callable[[str], object]] = {
    "confidence": _parse_float,
    "negated": _parse_bool,
}


@contextlib.contextmanager
def _large_fields() -> Iterator[None]:
    # A sentence may be longer than the csv module's default 128 KiB field limit.
    old = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _rows(
    path: Path,
    columns: list[str],
    parsers: dict[str, Callable[[str], object]],
    optional: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, dict]]:
    """Yield ``(line, row)`` with every cell of ``columns`` parsed to its type; a column
    of ``optional`` missing from the file is read as empty cells."""
    again = "build again, or write it again with kg export --format csv"
    try:
        yield from _parsed_rows(path, columns, parsers, optional)
    except OSError as e:
        hint = "check that you may read it"
        raise InputError(f"cannot read it ({e.strerror})", path=str(path), hint=hint) from None
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text ({e.reason})", path=str(path), hint=again) from None
    except csv.Error as e:
        raise InputError(f"not CSV kg can read ({e})", path=str(path), hint=again) from None


def _parsed_rows(
    path: Path,
    columns: list[str],
    parsers: dict[str, Callable[[str], object]],
    optional: frozenset[str],
) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8", newline="") as f, _large_fields():
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None:
            raise InputError("empty file, expected a header row", path=str(path), line=1)
        missing = [c for c in columns if c not in header and c not in optional]
        if missing:
            raise InputError(f"missing column(s) {', '.join(missing)}", path=str(path), line=1)
        absent = [c for c in columns if c not in header]
        columns = [c for c in columns if c in header]
        index = [header.index(c) for c in columns]
        for cells in reader:
            line = reader.line_num
            if not cells:
                continue
            if len(cells) < len(header):
                raise InputError(
                    f"{len(cells)} cells, expected {len(header)}", path=str(path), line=line
                )
            row = {}
            for col, i in zip(columns, index, strict=True):
                try:
                    row[col] = parsers.get(col, _parse_text)(cells[i])
                except ValueError as err:
                    raise InputError(f"column {col}: {err}", path=str(path), line=line) from err
            for col in absent:
                row[col] = parsers.get(col, _parse_text)("")
            yield line, row


def read_evidence(path: str | os.PathLike) -> Iterator[Evidence]:
    """Read evidence.csv back into :class:`~kg.records.Evidence` rows, in file order.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg.export import write_evidence
    >>> ev = Evidence("d1", "", "agency:bis", "BIS", "AGENCY", "restricts",
    ...               "product:ascend", "Ascend", "PRODUCT", "=BIS curbs Ascend.", 0.9)
    >>> out = write_evidence([ev], pathlib.Path(tempfile.mkdtemp()) / "evidence.csv")
    >>> list(read_evidence(out)) == [ev]
    True
    """
    for _, row in _rows(Path(path), EVIDENCE_COLUMNS, _EVIDENCE_PARSERS):
        yield Evidence(**row)


def read_documents(path: str | os.PathLike) -> dict[str, dict[str, str]]:
    """Read documents.csv: each document that has a title, source or url, with them.

    Returns
    -------
    dict
        Document id -> ``{"date", "title", "source", "url"}``, the empty ones left out;
        a document with none of ``title``, ``source`` and ``url`` is not listed. An
        empty dict when there is no file at ``path``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "documents.csv"
    >>> _ = path.write_text("doc_id,date,title,source,url\\n"
    ...                     "d1,2025-05-01,Chip curbs,Reuters,https://example.com/1\\n"
    ...                     "d2,2025-05-02,,,\\n", encoding="utf-8")
    >>> read_documents(path)  # doctest: +NORMALIZE_WHITESPACE
    {'d1': {'date': '2025-05-01', 'title': 'Chip curbs', 'source': 'Reuters',
            'url': 'https://example.com/1'}}
    """
    path = Path(path)
    if not path.is_file():
        return {}
    found = {}
    for _, row in _rows(path, DOCUMENT_COLUMNS, {}):
        if any(row[name] for name in DOCUMENT_FIELDS):
            doc_id = row.pop("doc_id")
            found[doc_id] = {name: value for name, value in row.items() if value}
    return found


def _edge_evidence(path: Path, graph: nx.MultiDiGraph) -> None:
    """Give each edge the evidence list the graph builder would have kept."""
    found: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for ev in read_evidence(path):
        if not ev.negated and graph.has_edge(*edge_key(ev)):
            found[edge_key(ev)].append(ev)
    for (u, v, rel), rows in found.items():
        attrs = graph.edges[u, v, rel]
        weight = attrs["weight"]
        if 0 < weight < len(rows):
            # The build dropped evidence below a confidence threshold; the edge's
            # weight counts what it kept, so the threshold is its weight-th best.
            floor = sorted((ev.confidence for ev in rows), reverse=True)[weight - 1]
            rows = [ev for ev in rows if ev.confidence >= floor]
        attrs["evidence"] = [
            {
                "doc_id": ev.doc_id,
                "date": ev.date,
                "sentence": ev.sentence,
                "confidence": ev.confidence,
                "modality": ev.modality,
            }
            for ev in rows[:MAX_EDGE_EVIDENCE]
        ]


def _is_graph_file(path: Path) -> bool:
    return path.suffix.lower() in GRAPH_FILE_SUFFIXES and path.is_file()


def load_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read the graph that ``kg build`` wrote to a folder, or a graph file.

    From a folder, nodes come from nodes.csv, edges from edges.csv, each edge's
    ``evidence`` list from evidence.csv when it is there (an empty list when it is
    not), and ``graph.graph["documents"]`` from documents.csv (see
    :func:`read_documents`; empty when it is not there). Cells are un-neutralised and
    typed again: ``aliases``, ``issuer``, ``subject`` and ``docs`` become lists
    (``issuer`` and ``subject`` empty from a build of a kg before them), counts ints,
    ``confidence`` a float, ``symmetric`` a bool. The
    result equals the graph that was written, attribute for attribute, as
    described in docs/outputs.md.

    A ``.graphml``, ``.gexf`` or ``.json`` file, as ``kg export`` or Gephi wrote it,
    is read by :func:`kg.export.load_file.load_graph_file` into a graph with the
    same attributes, each missing one with its default.

    Parameters
    ----------
    path : str or path-like
        The folder holding nodes.csv and edges.csv, or a graph file.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by entity id, edges keyed by relation.

    Raises
    ------
    kg.errors.InputError
        When ``path`` or one of its files is missing, unreadable or malformed; the
        message names the file and what to do.

    Examples
    --------
    >>> import tempfile, networkx as nx
    >>> from kg.export import write_exports
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:arm", label="Arm", type="COMPANY", aliases=[], mentions=1,
    ...            documents=1, first_date="", last_date="", wikidata="")
    >>> g.add_node("company:qualcomm", label="Qualcomm", type="COMPANY", aliases=[],
    ...            mentions=1, documents=1, first_date="", last_date="", wikidata="")
    >>> _ = g.add_edge("company:arm", "company:qualcomm", key="sues", relation="sues",
    ...                weight=1, docs=["d1"], first_date="", last_date="",
    ...                confidence=0.8, symmetric=True, evidence=[])
    >>> outdir = tempfile.mkdtemp()
    >>> paths = write_exports(g, outdir, formats=["csv", "json"])
    >>> back = load_graph(outdir)
    >>> nx.utils.edges_equal(back.edges(keys=True, data=True), g.edges(keys=True, data=True))
    True
    >>> back = load_graph(paths["json"])
    >>> nx.utils.edges_equal(back.edges(keys=True, data=True), g.edges(keys=True, data=True))
    True
    """
    outdir = Path(path)
    if not outdir.exists():
        raise InputError("no such folder or file", path=str(outdir), hint=READABLE)
    if not outdir.is_dir():
        return load_graph_file(outdir)
    nodes_path, edges_path = outdir / "nodes.csv", outdir / "edges.csv"
    for table in (nodes_path, edges_path):
        if not table.is_file():
            hint = "run `kg build` first"
            files = [f"{p.name}" for p in sorted(outdir.glob("graph.*")) if _is_graph_file(p)]
            if files:
                hint += f", or name its {' or '.join(files)}"
            raise InputError(f"no {table.name} here", path=str(outdir), hint=hint)

    graph = nx.MultiDiGraph()
    for _, row in _rows(nodes_path, NODE_COLUMNS, _NODE_PARSERS, _NEWER_NODE_COLUMNS):
        node = row.pop("id")
        graph.add_node(node, **row)

    for line, row in _rows(edges_path, EDGE_COLUMNS, _EDGE_PARSERS):
        u, v = row["source_id"], row["target_id"]
        for node in (u, v):
            if node not in graph:
                raise InputError(
                    f"node {node!r} is not in nodes.csv", path=str(edges_path), line=line
                )
        graph.add_edge(
            u,
            v,
            key=row["relation"],
            relation=row["relation"],
            weight=row["weight"],
            docs=row["documents"],
            first_date=row["first_date"],
            last_date=row["last_date"],
            confidence=row["confidence"],
            symmetric=row["symmetric"],
            evidence=[],
        )

    evidence_path = outdir / "evidence.csv"
    if evidence_path.is_file():
        _edge_evidence(evidence_path, graph)
    graph.graph["documents"] = read_documents(outdir / "documents.csv")
    return graph
