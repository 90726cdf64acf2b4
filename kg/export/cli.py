"""The ``kg export`` subcommand: convert a built graph to other formats, no extraction."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.export.formats import FORMATS, write_exports
from kg.export.load import load_graph

__all__ = ["register", "run"]

DEFAULT_FORMATS = ("graphml",)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand to a parser's subcommands.

    Examples
    --------
    >>> parser = argparse.ArgumentParser(prog="kg")
    >>> register(parser.add_subparsers(dest="command"))
    >>> args = parser.parse_args(["export", "output", "--format", "gexf", "-o", "out"])
    >>> args.formats, str(args.dest), args.func is run
    (['gexf'], 'out', True)
    """
    parser = subparsers.add_parser(
        "export",
        help="write a built graph in other formats",
        description=(
            "Read the graph `kg build` wrote to OUTDIR (nodes.csv, edges.csv, "
            "evidence.csv) and write it in the chosen formats, without extracting again."
        ),
    )
    parser.add_argument("outdir", type=Path, metavar="OUTDIR", help="the folder kg build wrote")
    parser.add_argument(
        "-f",
        "--format",
        dest="formats",
        action="append",
        choices=list(FORMATS),
        help=f"a format to write; repeat for more (default: {', '.join(DEFAULT_FORMATS)})",
    )
    parser.add_argument(
        "-o",
        "--output",
        dest="dest",
        type=Path,
        metavar="DEST",
        help="the folder to write to (default: OUTDIR)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the graph from ``args.outdir`` and write ``args.formats`` to ``args.dest``.

    Prints one line a written path and returns 0. A missing folder or file, or
    an unknown format, raises :class:`~kg.errors.KgError`.
    """
    outdir = Path(args.outdir)
    dest = Path(args.dest) if getattr(args, "dest", None) else outdir
    formats = getattr(args, "formats", None) or DEFAULT_FORMATS
    graph = load_graph(outdir)
    for path in write_exports(graph, dest, formats).values():
        print(path)
    return 0
