"""The ``kg export`` subcommand: convert a built graph to other formats, no extraction."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.errors import InputError
from kg.export.formats import FORMATS, write_exports
from kg.export.load import load_graph

__all__ = ["register", "run"]

DEFAULT_FORMATS = ("graphml",)

#: The file each single-file format writes in DEST.
_FILE_NAMES = {"graphml": "graph.graphml", "gexf": "graph.gexf", "json": "graph.json"}


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
            "Read the graph `kg build` wrote to a folder (nodes.csv, edges.csv, "
            "evidence.csv), or a graph file kg export or Gephi wrote, and write it in the "
            "chosen formats, without extracting again."
        ),
    )
    parser.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help="the folder kg build wrote, or a .graphml, .gexf or .json file of the graph",
    )
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
        help="the folder to write to (default: PATH, or the folder of the file PATH)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the graph from ``args.path`` and write ``args.formats`` to ``args.dest``.

    Prints one line a written path and returns 0. A missing folder or file, an
    unknown format, or a file that would be written over the file read raises
    :class:`~kg.errors.KgError`.
    """
    source = Path(args.path)
    formats = getattr(args, "formats", None) or DEFAULT_FORMATS
    given = getattr(args, "dest", None)
    dest = Path(given) if given else source.parent if source.is_file() else source
    if source.is_file():  # a graph file: never written over by its own export
        for name in formats:
            written = dest / _FILE_NAMES.get(name, "")
            if name in _FILE_NAMES and written.is_file() and written.samefile(source):
                hint = "name another folder with -o"
                message = f"kg export would write over it as {name}"
                raise InputError(message, path=str(source), hint=hint)
    graph = load_graph(source)
    for path in write_exports(graph, dest, formats).values():
        print(path)
    return 0
