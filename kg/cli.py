"""The ``kg`` command line: argument parsing and progress only; the stages do the work."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from kg import __version__
from kg.errors import KgError

__all__ = ["main", "run"]


def _confidence(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


#: What ``--lexicon`` does, for build and evaluate alike.
LEXICON_HELP = (
    "'none' leaves kg's own lexicon out (companies, products, agencies, people, policies,"
    " technologies, events, places) and extracts with the rules, name shapes, context and"
    " the trained recogniser; the countries gazetteer (nations, their peoples' names, the"
    " capitals that stand for governments) is language data and stays. A FILE adds your"
    " own entries, one JSON object a line with at least 'name' and 'type' (see"
    " docs/lexicon.md); where one gives a name a built-in entry has, yours wins."
    " Repeatable: '--lexicon none --lexicon mine.jsonl' reads your entries alone"
)


def _add_lexicon(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="none|FILE",
        help=LEXICON_HELP,
    )


def _add_build(subparsers: argparse._SubParsersAction) -> None:
    from kg.build import DEFAULT_FORMATS

    p = subparsers.add_parser(
        "build",
        help="extract a knowledge graph from news summaries",
        description=(
            "Read summaries (.jsonl, .csv, .txt, or folders of them), extract entities and "
            "relations, and write mentions.csv, evidence.csv and the graph to OUTDIR. "
            "With no INPUT, build the sample corpus that comes with kg (data/ in a "
            "checkout). Extraction results are kept "
            "in OUTDIR/store.sqlite, so a rebuild extracts only new or changed summaries."
        ),
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders of summaries")
    p.add_argument(
        "-o",
        "--output",
        dest="outdir",
        type=Path,
        default=Path("output"),
        metavar="OUTDIR",
        help="where to write (default: output)",
    )
    model = p.add_mutually_exclusive_group()
    model.add_argument(
        "--model",
        default="auto",
        help="spaCy pipeline: auto (default), blank (rules alone), or a package name",
    )
    model.add_argument(
        "--fast",
        dest="model",
        action="store_const",
        const="blank",
        help="rules alone, no trained pipeline (same as --model blank)",
    )
    p.add_argument(
        "--no-speedups",
        dest="speedups",
        action="store_false",
        help="run the trained pipeline as spaCy does, without kg's speed-ups (same results)",
    )
    _add_lexicon(p)
    p.add_argument(
        "--formats",
        default=",".join(DEFAULT_FORMATS),
        help="comma-separated: csv, graphml, gexf, json, neo4j, html (default: %(default)s)",
    )
    p.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="X",
        help="evidence below X gives no edge (default: 0)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="fail on the first malformed input line instead of skipping it",
    )
    p.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="extract in N processes on this machine (default: 1)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on the Dask scheduler at ADDRESS, or 'local' for a LocalCluster",
    )
    store = p.add_mutually_exclusive_group()
    store.add_argument(
        "--store",
        type=Path,
        metavar="PATH",
        help="keep extraction results here (default: OUTDIR/store.sqlite)",
    )
    store.add_argument(
        "--no-store", dest="store", action="store_false", help="extract everything and keep nothing"
    )
    p.add_argument(
        "--rebuild-store",
        action="store_true",
        help="move the store aside (to STORE.<date-time>.bak, reported) and extract everything"
        " again: for a store that cannot be opened or read",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no report")
    p.set_defaults(func=_run_build)


def _run_build(args: argparse.Namespace) -> int:
    from kg.build import build, progress_bar

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    known = {"csv", "graphml", "gexf", "json", "neo4j", "html"}
    unknown = [f for f in formats if f not in known]
    if unknown:
        raise KgError(f"unknown format {unknown[0]!r}: choose from {', '.join(sorted(known))}")
    if args.rebuild_store and args.store is False:
        raise KgError("--rebuild-store starts a new store, --no-store keeps none: choose one")
    report = build(
        args.inputs,
        args.outdir,
        model=args.model,
        speedups=args.speedups,
        formats=formats,
        min_confidence=args.min_confidence,
        strict=args.strict,
        progress=None if args.quiet else progress_bar,
        store=True if args.store is None else args.store,
        workers=args.workers,
        dask=args.dask,
        rebuild_store=args.rebuild_store,
        lexicon=args.lexicon,
    )
    if not args.quiet:
        print("\n".join(report.lines()))
    return 0


def _add_evaluate(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "evaluate",
        help="score extraction against annotated summaries",
        description=(
            "Build the texts of GOLD.jsonl (annotated as ../shared/schema.md describes) and "
            "print entity and relation precision, recall and F1, overall and per relation."
        ),
    )
    p.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    p.add_argument(
        "--per-doc", action="store_true", help="list each document's false positives and misses"
    )
    model = p.add_mutually_exclusive_group()
    model.add_argument("--model", default="auto", help="spaCy pipeline, as for build")
    model.add_argument(
        "--fast", dest="model", action="store_const", const="blank", help="rules alone"
    )
    _add_lexicon(p)
    p.add_argument(
        "-o",
        "--output",
        dest="outdir",
        type=Path,
        default=None,
        metavar="OUTDIR",
        help="keep the build here (default: a temporary folder)",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_run_evaluate)


def _run_evaluate(args: argparse.Namespace) -> int:
    import json
    import tempfile

    from kg.build import build
    from kg.evaluate import format_scores, read_gold, score

    gold = read_gold(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        outdir = args.outdir or Path(tmp)
        build([args.gold], outdir, model=args.model, formats=["csv"], lexicon=args.lexicon)
        result = score(gold, outdir, per_doc=args.per_doc)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print("\n".join(format_scores(result)))
    return 0


class _Version(argparse.Action):
    """``kg --version``: kg's version, then its rule set; exit 2 when the rule set is not
    whole, saying what is missing."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> NoReturn:
        from kg.nlp.manifest import check_rules, describe

        try:
            lines = describe()
            check_rules()
        except KgError as e:
            parser.exit(2, f"kg {__version__}\nkg: error: {e}\n")
        with contextlib.suppress(BrokenPipeError):  # kg --version | head -1
            print(f"kg {__version__}", *lines, sep="\n")
        parser.exit(0)


def _command(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names: its first word that is not an option."""
    return next((word for word in argv if not word.startswith("-")), None)


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of ``command`` alone when it is build or evaluate.

    ``kg build`` and ``kg evaluate`` do not register ``query`` and ``export``, whose modules
    import pandas and the analysis code: a rebuild from the store would spend a good part
    of its time importing them.
    """
    parser = argparse.ArgumentParser(
        prog="kg",
        description=(
            "Turn technology-and-policy news summaries into a typed, evidence-backed "
            "knowledge graph."
        ),
    )
    parser.add_argument(
        "--version",
        action=_Version,
        help="show kg's version and its rule set (each lexicon file with its entries) and exit",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_build(subparsers)
    _add_evaluate(subparsers)
    if command in ("build", "evaluate"):
        return parser
    from kg import query
    from kg.export import cli as export_cli

    query.register(subparsers)
    export_cli.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser(_command(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="kg: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )

    # "timeout" and service managers stop with SIGTERM: treat it like Ctrl-C, so that
    # files being written are removed and earlier outputs stay whole
    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    with contextlib.suppress(ValueError):  # not in the main thread
        signal.signal(signal.SIGTERM, _stop)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except KgError as e:
        if args.debug:
            raise
        print(f"kg: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kg: interrupted; outputs of earlier builds are left whole", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def run() -> NoReturn:
    """The ``kg`` command: :func:`main`, then exit without tearing the interpreter down.

    A build leaves a loaded pipeline and a whole graph in memory; freeing them object by
    object at exit takes about a second for 10,000 documents. Every output is written
    and closed by then, so the command flushes its streams and leaves at once.
    """
    try:
        code = main()
    except SystemExit as e:  # argparse's --help, --version and usage errors
        code = e.code if isinstance(e.code, int) else 0
        if isinstance(e.code, str):  # sys.exit("message")
            print(e.code, file=sys.stderr)
            code = 2
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
