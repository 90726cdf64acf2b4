"""The build: read documents, extract, aggregate the graph, write every output."""

from __future__ import annotations

import csv
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.corpus import ReadReport, format_skipped, read_corpus
from kg.errors import KgError
from kg.export import write_exports
from kg.export.atomic import atomic_write
from kg.export.tables import format_cell
from kg.extract import load_extractor
from kg.graph.build import GraphBuilder
from kg.records import EVIDENCE_COLUMNS, MENTION_COLUMNS, DocResult, Document

__all__ = ["BuildReport", "build", "sample_corpus"]

#: Formats a build writes unless told otherwise (mentions.csv and evidence.csv always).
DEFAULT_FORMATS = ("csv", "graphml", "html")


def sample_corpus() -> Path:
    """The sample corpus that ``kg build`` reads when given no input."""
    path = Path(__file__).resolve().parent.parent / "data" / "sample.jsonl"
    if not path.is_file():
        raise KgError(f"{path}: the sample corpus is missing; name an input to build")
    return path


@dataclass
class BuildReport:
    """What a build read, built, skipped and wrote."""

    outdir: Path
    read: ReadReport = field(default_factory=ReadReport)
    built: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc id, id it repeats)
    mentions: int = 0
    evidence: int = 0
    excluded: int = 0
    files: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    pipeline: str = ""
    graph: nx.MultiDiGraph | None = None

    def lines(self) -> list[str]:
        """The report printed at the end of ``kg build``."""
        g = self.graph if self.graph is not None else nx.MultiDiGraph()
        r = self.read
        out = [
            f"read {r.documents} documents from {r.files} file{'s' if r.files != 1 else ''}"
            f" in {self.seconds:.1f} s ({self.pipeline})",
            f"built {self.built}, skipped {len(r.skipped)}, duplicates {len(self.duplicates)}",
        ]
        out.extend("  " + line for line in format_skipped(r, limit=20))
        for doc_id, first in self.duplicates[:20]:
            out.append(f"  duplicate {doc_id}: same text as {first}")
        out.extend(f"  warning: {w}" for w in r.warnings[:20])
        types = Counter(t for _, t in g.nodes(data="type"))
        rels = Counter(rel for _, _, rel in g.edges(data="relation"))
        out.append(f"nodes {g.number_of_nodes()}: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
        out.append(f"edges {g.number_of_edges()}: " + ", ".join(f"{k} {v}" for k, v in sorted(rels.items())))
        out.append(
            f"evidence rows {self.evidence}, mentions {self.mentions}; {self.excluded} negated or"
            " low-confidence statements kept out of the graph (excluded.csv)"
        )
        out.append(f"wrote to {self.outdir}/: " + ", ".join(sorted({p.name for p in self.files.values()})))
        return out


class _RowWriter:
    """A CSV file written row by row, atomically replaced when the build finishes."""

    def __init__(self, stack: ExitStack, path: Path, columns: list[str]):
        self.file = stack.enter_context(atomic_write(path, newline=""))
        self.writer = csv.writer(self.file)
        self.writer.writerow(columns)

    def write(self, rows: Iterable[tuple]) -> None:
        self.writer.writerows([format_cell(v) for v in row] for row in rows)


def _unique(documents: Iterable[Document], report: BuildReport) -> Iterator[Document]:
    """Drop exact duplicate texts, remembering which document each repeats."""
    seen: dict[bytes, str] = {}
    for d in documents:
        key = hashlib.blake2b(d.text.encode("utf-8"), digest_size=16).digest()
        if key in seen:
            report.duplicates.append((d.id, seen[key]))
            continue
        seen[key] = d.id
        yield d


def build(
    inputs: Sequence[str | Path],
    outdir: str | Path,
    *,
    model: str = "auto",
    formats: Iterable[str] = DEFAULT_FORMATS,
    min_confidence: float = 0.0,
    strict: bool = False,
    progress: Callable[[Iterable[DocResult]], Iterable[DocResult]] | None = None,
) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``outdir``.

    Parameters
    ----------
    inputs
        Files and folders (see :func:`kg.corpus.read_corpus`); empty for the sample corpus.
    outdir
        Where mentions.csv, evidence.csv and the chosen formats go; created if missing.
    model
        The spaCy pipeline (see :func:`kg.nlp.pipeline.load_pipeline`).
    formats
        Any of ``csv`` (nodes.csv, edges.csv), ``graphml``, ``gexf``, ``json``, ``neo4j``
        and ``html`` (graph.html).
    min_confidence
        Evidence below this confidence stays in evidence.csv but gives no edge.
    strict
        Fail on the first malformed input line instead of skipping it.
    progress
        Wraps the stream of results, e.g. with a progress bar.

    Examples
    --------
    >>> import tempfile
    >>> out = tempfile.mkdtemp()
    >>> report = build([], out, model="blank", formats=["csv"])
    >>> report.built, (Path(out) / "evidence.csv").is_file()
    (14, True)
    """
    from kg.nlp.pipeline import resolve_model

    started = time.perf_counter()
    outdir = Path(outdir)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"{outdir}: cannot create the output folder ({e.strerror})") from None
    formats = list(dict.fromkeys(formats))
    report = BuildReport(outdir=outdir)
    documents = read_corpus(list(inputs) or [sample_corpus()], strict=strict, report=report.read)
    extractor = load_extractor(model)
    report.pipeline = resolve_model(model) or "rules alone"
    builder = GraphBuilder(min_confidence=min_confidence)
    with ExitStack() as stack:
        mentions = _RowWriter(stack, outdir / "mentions.csv", MENTION_COLUMNS)
        evidence = _RowWriter(stack, outdir / "evidence.csv", EVIDENCE_COLUMNS)
        excluded = _RowWriter(stack, outdir / "excluded.csv", EVIDENCE_COLUMNS)
        results: Iterable[DocResult] = extractor.extract(_unique(documents, report))
        if progress is not None:
            results = progress(results)
        for result in results:
            builder.add(result)
            mentions.write(result.mentions)
            kept = [e for e in result.evidence if builder.accepts(e)]
            evidence.write(kept)
            excluded.write(e for e in result.evidence if not builder.accepts(e))
            report.built += 1
            report.mentions += len(result.mentions)
            report.evidence += len(kept)
            report.excluded += len(result.evidence) - len(kept)
    report.files["mentions"] = outdir / "mentions.csv"
    report.files["evidence"] = outdir / "evidence.csv"
    report.files["excluded"] = outdir / "excluded.csv"
    graph = builder.graph
    report.graph = graph
    exports = [f for f in formats if f != "html"]
    report.files.update(write_exports(graph, outdir, exports))
    if "html" in formats:
        from kg.viz import write_html

        report.files["html"] = write_html(graph, outdir / "graph.html")
    report.seconds = time.perf_counter() - started
    return report


def progress_bar(results: Iterable[DocResult]) -> Iterator[DocResult]:
    """A progress bar on standard error while documents are extracted."""
    from tqdm import tqdm

    yield from tqdm(results, desc="extracting", unit="doc", file=sys.stderr, disable=None)
