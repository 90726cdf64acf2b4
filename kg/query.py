"""The ``kg query`` subcommand: centrality, communities, ego networks, paths and edges."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

import networkx as nx
import pandas as pd

from kg.errors import KgError
from kg.graph.analysis import (
    MEASURES,
    centrality_table,
    communities,
    edge_table,
    ego_table,
    filter_graph,
    path_table,
)
from kg.graph.analysis._common import truncate
from kg.records import NODE_TYPES, RELATIONS

__all__ = ["VIEW_COLUMNS", "register", "run"]

#: The columns the readable view shows; ``--csv`` writes every column.
VIEW_COLUMNS = {
    "centrality": ["label", "type", *MEASURES],
    "communities": ["community", "size", "top_members", "types", "relations"],
    "members": ["community", "label", "type", "inner_degree", "inner_weight"],
    "ego": ["hop", "source", "relation", "target", "weight", "date", "doc_id", "sentence"],
    "path": ["step", "from", "direction", "relation", "to", "date", "doc_id", "sentence"],
    "edges": ["source", "relation", "target", "weight", "first_date", "last_date", "sentence"],
}


def _node_type(text: str) -> str:
    value = text.upper()
    if value not in NODE_TYPES:
        raise argparse.ArgumentTypeError(
            f"unknown node type {text!r}; choose from {', '.join(NODE_TYPES)}"
        )
    return value


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help="the folder kg build wrote, or a .graphml, .gexf or .json file of the graph",
    )
    common.add_argument(
        "--csv", action="store_true", help="write CSV with every column to stdout instead"
    )
    common.add_argument(
        "--as-of", metavar="DATE", help="the graph as it stood on DATE (YYYY-MM-DD)"
    )
    common.add_argument(
        "--min-weight", type=int, default=0, metavar="N", help="only edges with N+ sentences"
    )
    common.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="only edges whose best confidence is X or more",
    )
    common.add_argument(
        "--width",
        type=int,
        default=70,
        metavar="CHARS",
        help="cut text cells to CHARS in the readable view (default: 70)",
    )
    return common


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``query`` subcommand and its own subcommands to a parser.

    Examples
    --------
    >>> parser = argparse.ArgumentParser(prog="kg")
    >>> register(parser.add_subparsers(dest="command"))
    >>> args = parser.parse_args(["query", "centrality", "out", "--type", "company", "--top", "5"])
    >>> args.query, args.node_type, args.top, args.func is run
    ('centrality', 'COMPANY', 5, True)
    """
    common = _common_options()
    parser = subparsers.add_parser(
        "query",
        help="ask a built graph: centrality, communities, ego, path, edges",
        description=(
            "Answer questions about the graph `kg build` wrote to a folder, or about a "
            "graph file kg export or Gephi wrote (GraphML, GEXF, JSON)."
        ),
    )
    queries = parser.add_subparsers(dest="query", metavar="QUERY", required=True)

    p = queries.add_parser(
        "centrality", parents=[common], help="the most central entities", description=(
            "Degree, in/out and weighted degree, betweenness, eigenvector and PageRank "
            "of each entity, most central first."
        ),
    )  # fmt: skip
    p.add_argument("--type", dest="node_type", type=_node_type, help="only entities of TYPE")
    p.add_argument("--relation", choices=RELATIONS, help="use only edges of RELATION")
    p.add_argument("--top", type=int, default=20, metavar="N", help="show N rows (default: 20)")
    p.add_argument("--sort", choices=MEASURES, default="degree", help="the measure to rank by")
    p.add_argument("--seed", type=int, default=0, help="seed for sampled betweenness")

    p = queries.add_parser(
        "communities", parents=[common], help="groups of closely tied entities (Louvain)"
    )
    p.add_argument("--relation", choices=RELATIONS, help="use only edges of RELATION")
    p.add_argument("--members", action="store_true", help="list every member, not a summary")
    p.add_argument(
        "--min-size", type=int, default=2, metavar="N", help="groups of N+ entities (default: 2)"
    )
    p.add_argument("--resolution", type=float, default=1.0, help="above 1: smaller groups")
    p.add_argument("--seed", type=int, default=0, help="seed for Louvain (default: 0)")

    p = queries.add_parser(
        "ego", parents=[common], help="an entity's neighbourhood, edge by edge with evidence"
    )
    p.add_argument("entity", metavar="ENTITY", help="a name, alias or id")
    p.add_argument("--depth", type=int, default=1, metavar="K", help="hops out (default: 1)")

    p = queries.add_parser("path", parents=[common], help="how two entities connect")
    p.add_argument("source", metavar="A", help="a name, alias or id")
    p.add_argument("target", metavar="B", help="a name, alias or id")

    p = queries.add_parser(
        "edges", parents=[common], help="every edge of one relation, with evidence"
    )
    p.add_argument("--relation", choices=RELATIONS, required=True, help="e.g. restricts")

    parser.set_defaults(func=run)


def _load(args: argparse.Namespace) -> nx.MultiDiGraph:
    from kg.export import load_graph

    g = load_graph(args.path)
    if args.as_of or args.min_weight or args.min_confidence:
        g = filter_graph(
            g, end=args.as_of, min_weight=args.min_weight, min_confidence=args.min_confidence
        )
    return g


def _answer(g: nx.MultiDiGraph, args: argparse.Namespace) -> tuple[str, pd.DataFrame]:
    if args.query == "centrality":
        table = centrality_table(
            g,
            node_type=args.node_type,
            relation=args.relation,
            top=args.top,
            sort=args.sort,
            seed=args.seed,
        )
        return "centrality", table
    if args.query == "communities":
        found = communities(
            g,
            relation=args.relation,
            resolution=args.resolution,
            seed=args.seed,
            min_size=args.min_size,
        )
        return ("members", found.members) if args.members else ("communities", found.summary)
    if args.query == "ego":
        return "ego", ego_table(g, args.entity, depth=args.depth)
    if args.query == "path":
        return "path", path_table(g, args.source, args.target)
    if args.query == "edges":
        return "edges", edge_table(g, args.relation)
    raise KgError(f"unknown query {args.query!r}")


def _show(view: str, table: pd.DataFrame, width: int, out: TextIO) -> None:
    if table.empty:
        print("(no rows)", file=out)
        return
    columns = []
    for name in VIEW_COLUMNS[view]:
        values = table[name]
        if pd.api.types.is_float_dtype(values):
            cells, left = [f"{x:.4g}" for x in values], False
        elif pd.api.types.is_numeric_dtype(values):
            cells, left = [str(x) for x in values], False
        else:  # text reads left-aligned, cut to the width
            cells, left = [truncate(str(x), width) for x in values], True
        size = max(len(name), *(len(c) for c in cells))
        columns.append([(c.ljust(size) if left else c.rjust(size)) for c in [name, *cells]])
    text = "\n".join("  ".join(row).rstrip() for row in zip(*columns, strict=True))
    print(text, file=out)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Answer one ``kg query`` and print it; return the exit status.

    The readable view prints the main columns with long text cut short, and any
    note on how a figure was estimated above the table; ``--csv`` writes every
    column as CSV and the note to stderr.

    Raises
    ------
    kg.errors.KgError
        When PATH cannot be read, an entity is unknown, or nothing connects two
        entities.
    """
    out = sys.stdout if out is None else out
    g = _load(args)
    view, table = _answer(g, args)
    note = table.attrs.get("note", "")
    if args.csv:
        if note:
            print(f"kg: note: {note}", file=sys.stderr)
        table.to_csv(out, index=False, lineterminator="\n")
        return 0
    if note:
        print(f"note: {note}", file=out)
    _show(view, table, args.width, out)
    return 0
