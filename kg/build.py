"""The build: read documents, extract, aggregate the graph, write every output."""

from __future__ import annotations

import csv
import gc
import io
import itertools
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.checkpoint import (
    TABLES,
    Checkpoint,
    DocumentDigest,
    TableDigest,
    checkpoint_settings,
    folder_key,
)
from kg.corpus import ReadReport, format_skipped, read_corpus
from kg.errors import KgError
from kg.export import write_exports
from kg.export.atomic import atomic_write, folder_lock
from kg.export.load import read_documents
from kg.export.tables import format_row
from kg.graph.build import GraphBuilder
from kg.nlp.lexicon_choice import LexiconChoice
from kg.parallel import Forked, Runner, forked, is_loaded, make_runner
from kg.records import (
    DOCUMENT_COLUMNS,
    EVIDENCE_COLUMNS,
    MENTION_COLUMNS,
    DocResult,
    Document,
    batched,
    document_row,
)
from kg.store import Store, StoreError, extractor_id, move_aside, text_hash

__all__ = ["BuildReport", "build", "extract_all", "sample_corpus"]

#: Formats a build writes unless told otherwise (mentions.csv and evidence.csv always).
DEFAULT_FORMATS = ("csv", "graphml", "html")

#: Documents looked up in the store, sent to a worker and committed together.
CHUNK_SIZE = 128

#: The store's file name in the output folder unless ``store=`` names another.
STORE_NAME = "store.sqlite"


#: How many of the notes on what the user's lexicon took from the built-in one a report shows.
LEXICON_NOTES = 10


def sample_corpus() -> Path:
    """The sample corpus that ``kg build`` reads when given no input: ``kg/data/sample.jsonl``,
    package data that an installed kg holds as the checkout does.

    Examples
    --------
    >>> sample_corpus().name
    'sample.jsonl'
    """
    from importlib.resources import files

    found = files("kg") / "data" / "sample.jsonl"
    path = Path(str(found))
    if not (isinstance(found, Path) and path.is_file()):
        raise KgError(f"{path}: the sample corpus is missing; name an input to build")
    return path


@dataclass
class BuildReport:
    """What a build read, built, skipped and wrote."""

    outdir: Path
    read: ReadReport = field(default_factory=ReadReport)
    built: int = 0
    extracted: int = 0
    reused: int = 0
    carried: int = 0  # documents whose results came with the last build's graph
    notes: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc id, id it repeats)
    mentions: int = 0
    evidence: int = 0
    excluded: int = 0
    files: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    pipeline: str = ""
    runner: str = ""
    store: Path | None = None
    pruned: int = 0  # stored results of superseded extractors dropped
    graph: nx.MultiDiGraph | None = None

    def lines(self) -> list[str]:
        """The report printed at the end of ``kg build``."""
        g = self.graph if self.graph is not None else nx.MultiDiGraph()
        r = self.read
        out = [
            f"read {r.documents} documents from {r.files} file{'s' if r.files != 1 else ''}"
            f" in {self.seconds:.1f} s ({self.pipeline})",
            f"built {self.built}, skipped {len(r.skipped)}, duplicates {len(self.duplicates)}",
            f"extracted {self.extracted}"
            + (f" on {self.runner}" if self.extracted else "")
            + f", reused {self.reused} from "
            + (str(self.store) if self.store else "no store")
            + (f", carried {self.carried} over from the last build" if self.carried else "")
            + (f" (dropped {self.pruned} results of older extractors)" if self.pruned else ""),
        ]
        out.extend("  " + line for line in format_skipped(r, limit=20))
        for doc_id, first in self.duplicates[:20]:
            out.append(f"  duplicate {doc_id}: same text as {first}")
        out.extend(f"  warning: {w}" for w in r.warnings[:20])
        out.extend(f"  note: {n}" for n in self.notes)
        types = Counter(t for _, t in g.nodes(data="type"))
        rels = Counter(rel for _, _, rel in g.edges(data="relation"))
        out.append(
            f"nodes {g.number_of_nodes()}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(types.items()))
        )
        out.append(
            f"edges {g.number_of_edges()}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(rels.items()))
        )
        out.append(
            f"evidence rows {self.evidence}, mentions {self.mentions}; {self.excluded} negated or"
            " low-confidence statements kept out of the graph (excluded.csv)"
        )
        out.append(
            f"wrote to {self.outdir}/: " + ", ".join(sorted({p.name for p in self.files.values()}))
        )
        return out


class _RowWriter:
    """A CSV table written row by row, atomically replaced when the build finishes.

    With ``carry``, the rows go on after those of the table as the last build left it.
    The bytes written are hashed on the way (``digest``), as
    :func:`kg.checkpoint.table_digest` would hash the finished file.
    """

    def __init__(self, stack: ExitStack, path: Path, columns: list[str], carry: bool = False):
        self.file = stack.enter_context(atomic_write(path, binary=True))
        stack.callback(self.flush)  # before the file is closed and renamed
        self.text = io.StringIO(newline="")
        self.writer = csv.writer(self.text)
        self.digest = TableDigest()
        if carry:
            with path.open("rb") as old:
                while chunk := old.read(1 << 20):
                    self._put(chunk)
        else:
            self.writer.writerow(columns)

    def write(self, rows: Iterable[tuple]) -> None:
        self.writer.writerows(map(format_row, rows))
        if self.text.tell() >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        """Encode, hash and write the rows held so far."""
        self._put(self.text.getvalue().encode("utf-8"))
        self.text.seek(0)
        self.text.truncate()

    def _put(self, data: bytes) -> None:
        self.digest.update(data)
        self.file.write(data)


class _Corpus:
    """The documents read, each with its text's hash; exact repeats are reported and dropped.

    The memory this keeps grows with the corpus: a 16-byte hash and an id per distinct
    text (about 150 bytes with Python's overheads, 15 MB for 100,000 documents).
    """

    def __init__(self, documents: Iterable[Document], report: BuildReport) -> None:
        self._documents = iter(documents)
        self._report = report
        self._seen: dict[bytes, str] = {}
        self.digest = DocumentDigest()

    def _first(self, d: Document) -> bytes | None:
        key = text_hash(d.text)
        self.digest.update(d, key)
        if key in self._seen:
            self._report.duplicates.append((d.id, self._seen[key]))
            return None
        self._seen[key] = d.id
        return key

    def skip(self, count: int) -> None:
        """Read the next ``count`` documents (or what is left) without yielding them."""
        for d in itertools.islice(self._documents, count):
            self._first(d)

    def __iter__(self) -> Iterator[tuple[Document, bytes]]:
        """The distinct documents not yet read, with the hashes of their texts."""
        for d in self._documents:
            key = self._first(d)
            if key is not None:
                yield d, key


def extract_all(
    documents: Iterable[Document],
    runner: Runner,
    report: BuildReport,
    *,
    store: Store | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[DocResult]:
    """Yield each distinct document's result, in input order, reusing stored ones.

    Documents go in chunks: the chunk's texts are looked up in the store, the rest go to
    the runner, and what the runner returns is committed to the store in one
    transaction before the chunk's results are yielded. Exact repeats of a text are
    dropped and noted in ``report.duplicates``.
    """
    yield from _extract_distinct(
        _Corpus(documents, report), runner, report, store=store, chunk_size=chunk_size
    )


def _extract_distinct(
    documents: Iterable[tuple[Document, bytes]],
    runner: Runner,
    report: BuildReport,
    *,
    store: Store | None,
    chunk_size: int,
    read: Callable[[Document], None] | None = None,
) -> Iterator[DocResult]:
    """Yield each document's result in input order; ``read`` sees each document first."""
    chunks: deque[tuple[list[tuple[Document, bytes]], dict[bytes, bytes]]] = deque()

    def missing() -> Iterator[list[Document]]:
        for chunk in batched(documents, chunk_size):
            found = store.get_many([h for _, h in chunk]) if store is not None else {}
            chunks.append((chunk, found))
            yield [d for d, h in chunk if h not in found]

    for extracted in runner.imap(missing()):
        chunk, found = chunks.popleft()
        if store is not None:
            store.put_many(zip((h for _, h in chunk if h not in found), extracted, strict=True))
        report.extracted += len(extracted)
        report.reused += len(found)
        fresh = iter(extracted)
        for d, h in chunk:
            if read is not None:
                read(d)
            # a stored result is found only where there is a store
            yield store.decode(found[h], d) if h in found else next(fresh)


_TEMPORARY = re.compile(r"^\.[^/]+\.[0-9a-f]{12}\.tmp$")


def _resume(
    store: Store,
    outdir: Path,
    header: str,
    settings: str,
    corpus: _Corpus,
    report: BuildReport,
) -> tuple[Checkpoint, GraphBuilder] | None:
    """Go on from the last build into ``outdir``, whose checkpoint ``header`` the store
    holds, if ``corpus`` begins with its documents.

    Reads the last build's documents from ``corpus``: if they are not the same, the
    corpus must be read again from its start. Why a checkpoint could not serve goes to
    ``report.notes``.
    """
    last = Checkpoint.from_json(header)
    why = ""
    if last is None:
        why = "its checkpoint is of another kg version"
    elif last.settings != settings:
        why = "the extractor, --min-confidence or kg version changed"
    elif (table := last.changed_table(outdir)) is not None:
        why = f"{table} is not as it left it"
    else:
        corpus.skip(last.documents)
        if corpus.digest.count != last.documents or corpus.digest.hexdigest() != last.digest:
            why = f"the documents do not begin with its {last.documents}"
    if why:
        report.notes.append(f"not carried over from the last build: {why}")
        return None
    try:
        stored = store.checkpoint_builder(folder_key(outdir, store.path))
        builder = GraphBuilder.load(stored or b"")
    except (ValueError, KeyError, IndexError, TypeError):
        report.notes.append("not carried over from the last build: its graph cannot be read")
        return None
    return last, builder


def _keep_checkpoint(
    store: Store,
    outdir: Path,
    settings: str,
    corpus: _Corpus,
    tables: Sequence[_RowWriter],
    builder: GraphBuilder,
    report: BuildReport,
) -> None:
    """Keep where this build finished, for the next build into ``outdir`` to go on from.

    ``tables`` are the writers of :data:`~kg.checkpoint.TABLES`, in that order. A failure
    to keep it costs the next build time, not this build its outputs: it is reported and
    the build goes on.
    """
    done = Checkpoint(
        settings,
        corpus.digest.count,
        corpus.digest.hexdigest(),
        report.built,
        report.mentions,
        report.evidence,
        report.excluded,
        {name: t.digest.signature for name, t in zip(TABLES, tables, strict=True)},
    )
    try:
        store.put_checkpoint(folder_key(outdir, store.path), done.to_json(), builder.dump())
    except (StoreError, OSError, MemoryError) as e:
        report.notes.append(f"the next build cannot go on from this one: {e}")


def _freeze(stack: ExitStack) -> None:
    """Keep what this process holds now out of the collector's passes until ``stack``
    closes, unless a caller froze objects itself.

    What is frozen is whatever the process holds, garbage not yet collected included;
    it is unfrozen, and collected as usual, when the build ends. (Asking how many
    objects are frozen walks them all: call this once a build.)
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        stack.callback(gc.unfreeze)


def _write_page(graph: nx.MultiDiGraph, outdir: Path) -> dict[str, Path]:
    """Write ``outdir/graph.html``; return it as :func:`~kg.export.write_exports` would."""
    from kg.viz import write_html

    return {"html": write_html(graph, outdir / "graph.html")}


def _sweep_temporaries(outdir: Path, *, older_than: float = 60.0) -> None:
    """Remove what a killed build left half-written (".evidence.csv.<hex>.tmp" files)."""
    now = time.time()
    for path in outdir.glob(".*.tmp"):
        try:
            if _TEMPORARY.match(path.name) and now - path.stat().st_mtime > older_than:
                path.unlink()
        except OSError:
            continue


def build(
    inputs: Sequence[str | Path],
    outdir: str | Path,
    *,
    model: str = "auto",
    speedups: bool = True,
    formats: Iterable[str] = DEFAULT_FORMATS,
    min_confidence: float = 0.0,
    strict: bool = False,
    progress: Callable[[Iterable[DocResult]], Iterable[DocResult]] | None = None,
    store: str | Path | bool = True,
    workers: int = 1,
    dask: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    rebuild_store: bool = False,
    lexicon: LexiconChoice | Sequence[str] = (),
) -> BuildReport:
    r"""Build the knowledge graph of ``inputs`` into ``outdir``.

    Parameters
    ----------
    inputs
        Files and folders (see :func:`kg.corpus.read_corpus`); empty for the sample corpus.
    outdir
        Where mentions.csv, evidence.csv, excluded.csv, documents.csv and the chosen
        formats go; created if missing.
    model
        The spaCy pipeline (see :func:`kg.nlp.pipeline.load_pipeline`); ``"blank"`` for
        rules alone (``--fast``).
    speedups
        Run the trained pipeline with kg's speed-ups (:mod:`kg.nlp.speed`), whose
        annotations are spaCy's own; False for spaCy's own inference (``--no-speedups``).
    formats
        Any of ``csv`` (nodes.csv, edges.csv), ``graphml``, ``gexf``, ``json``, ``neo4j``
        and ``html`` (graph.html).
    min_confidence
        Evidence below this confidence stays in evidence.csv but gives no edge.
    strict
        Fail on the first malformed input line instead of skipping it.
    progress
        Wraps the stream of results, e.g. with a progress bar.
    store
        Where extraction results are kept between builds (:class:`kg.store.Store`):
        True for ``outdir/store.sqlite``, a path, or False for none. Texts already
        stored for this pipeline, rule set and extraction code are not extracted again;
        the graph is built from the documents read this time only.
    workers
        Extract in this many local processes (1: in this process).
    dask
        Extract on the Dask cluster at this scheduler address, or ``"local"`` for a
        ``LocalCluster`` of ``workers`` processes.
    chunk_size
        Documents per store lookup, transaction and task.
    rebuild_store
        Move the store aside first (:func:`kg.store.move_aside`; the report names where
        it went) and start a new one: everything is extracted again. For a store that
        cannot be opened or read, which stops a build with a
        :class:`~kg.store.StoreError`.
    lexicon
        Which lexicon the rules read, as ``--lexicon`` values (``"none"`` and files of
        entries) or a :class:`~kg.nlp.lexicon_choice.LexiconChoice`; empty for the
        built-in lexicon alone. What the user's entries take from built-in ones goes to
        the report's notes.

    Before anything else the rule set is checked whole (:func:`kg.nlp.manifest.check_rules`).

    Examples
    --------
    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> news = out / "news.txt"
    >>> _ = news.write_text("Xiaomi unveiled the XRing O1.\nQualcomm sued Arm.\n")
    >>> report = build([news], out, model="blank", formats=["csv"])
    >>> report.built, report.extracted, (out / "evidence.csv").is_file()
    (2, 2, True)
    >>> _ = news.write_text("Xiaomi unveiled the XRing O1.\nApple unveiled the A17 Pro.\n")
    >>> again = build([news], out, model="blank", formats=["csv"])
    >>> again.extracted, again.reused
    (1, 1)
    """
    from kg.nlp.manifest import check_rules
    from kg.nlp.models import ExtractorSpec, resolve_model

    started = time.perf_counter()
    check_rules()
    spec = ExtractorSpec(model, speedups, LexiconChoice.of(lexicon))
    notes = _lexicon_notes(spec.lexicon)
    outdir = Path(outdir)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise KgError(f"{outdir}: cannot create the output folder ({e.strerror})") from None
    with folder_lock(outdir):  # one build at a time writes here
        _sweep_temporaries(outdir)
        formats = list(dict.fromkeys(formats))
        report = BuildReport(outdir=outdir, notes=notes)
        sources = list(inputs) or [sample_corpus()]

        def read() -> _Corpus:
            report.read, report.duplicates = ReadReport(), []
            return _Corpus(read_corpus(sources, strict=strict, report=report.read), report)

        copies: list[Forked] = []  # files written in forked copies of this process
        try:
            report.pipeline = resolve_model(model) or "rules alone"
            if not spec.lexicon.is_default:
                report.pipeline += f", lexicon: {spec.lexicon.describe()}"
            builder = GraphBuilder(min_confidence=min_confidence)
            with ExitStack() as stack:
                kept_results: Store | None = None
                header: str | None = None
                if store is not False:
                    report.store = outdir / STORE_NAME if store is True else Path(store)
                    if rebuild_store and (aside := move_aside(report.store)) is not None:
                        report.notes.append(
                            f"moved the store aside to {aside}; everything was extracted again"
                        )
                    kept_results = stack.enter_context(Store(report.store, extractor_id(spec)))
                    header = kept_results.checkpoint(folder_key(outdir, kept_results.path))
                # a build that may go on from the last one reads a little and extracts
                # less: the pipeline loads in a process beside this one meanwhile, started
                # before the corpus is read
                background = header is not None and workers == 1 and not dask
                runner = stack.enter_context(
                    make_runner(
                        spec,
                        workers=workers,
                        dask=dask,
                        background=background and not is_loaded(spec),
                    )
                )
                corpus = read()
                settings = ""
                resumed: tuple[Checkpoint, GraphBuilder] | None = None
                if kept_results is not None:
                    settings = checkpoint_settings(kept_results.extractor, min_confidence)
                    if header is not None:
                        resumed = _resume(kept_results, outdir, header, settings, corpus, report)
                        if resumed is None and corpus.digest.count:
                            corpus = read()  # its documents were not this corpus's first
                if resumed is not None:
                    last, builder = resumed
                    # the graph just loaded lives as long as the build: kept out of the
                    # collector's passes, loading the pipeline after it takes a third less
                    _freeze(stack)
                    report.carried = report.built = last.built
                    report.mentions, report.evidence, report.excluded = (
                        last.mentions,
                        last.evidence,
                        last.excluded,
                    )
                report.runner = runner.description
                with ExitStack() as tables:
                    carry = resumed is not None
                    mentions = _RowWriter(tables, outdir / "mentions.csv", MENTION_COLUMNS, carry)
                    evidence = _RowWriter(tables, outdir / "evidence.csv", EVIDENCE_COLUMNS, carry)
                    excluded = _RowWriter(tables, outdir / "excluded.csv", EVIDENCE_COLUMNS, carry)
                    documents = _RowWriter(
                        tables, outdir / "documents.csv", DOCUMENT_COLUMNS, carry
                    )
                    results: Iterable[DocResult] = _extract_distinct(
                        corpus,
                        runner,
                        report,
                        store=kept_results,
                        chunk_size=chunk_size,
                        read=lambda d: documents.write((document_row(d),)),
                    )
                    if progress is not None:
                        results = progress(results)
                    frozen = resumed is not None
                    for result in results:
                        if not frozen and runner.loaded:
                            # the pipeline, loaded for the first chunk (in this process
                            # unless workers hold it), lives as long as the build: the
                            # collector's passes over the growing graph need not walk it
                            frozen = True
                            _freeze(stack)
                        builder.add(result)
                        mentions.write(result.mentions)
                        kept = [e for e in result.evidence if builder.accepts(e)]
                        evidence.write(kept)
                        excluded.write(e for e in result.evidence if not builder.accepts(e))
                        report.built += 1
                        report.mentions += len(result.mentions)
                        report.evidence += len(kept)
                        report.excluded += len(result.evidence) - len(kept)
                if not runner.loaded:
                    report.pipeline += ", not needed: nothing new to extract"
                runner.close()  # its processes end before this one forks
                graph = report.graph = builder.graph
                # the documents' titles, sources and links, for the page and the formats
                # that keep graph attributes (json): as load_graph gives them
                graph.graph["documents"] = read_documents(outdir / "documents.csv")
                # the other formats and the page (centrality, layout records) are written
                # in two copies of this process while this one keeps the checkpoint
                others = [f for f in formats if f != "html"]
                if others:
                    copies.append(forked(write_exports, graph, outdir, others))
                if "html" in formats:
                    copies.append(forked(_write_page, graph, outdir))
                if kept_results is not None:
                    # after a build that read nothing new, the last checkpoint stands
                    if resumed is None or corpus.digest.count != resumed[0].documents:
                        written = (mentions, evidence, excluded, documents)
                        _keep_checkpoint(
                            kept_results, outdir, settings, corpus, written, builder, report
                        )
                    try:
                        report.pruned = kept_results.prune()
                    except StoreError as e:  # housekeeping: this build's outputs stand
                        report.notes.append(f"the store kept its older results: {e}")
            report.files["mentions"] = outdir / "mentions.csv"
            report.files["evidence"] = outdir / "evidence.csv"
            report.files["excluded"] = outdir / "excluded.csv"
            report.files["documents"] = outdir / "documents.csv"
            for copy in copies:
                report.files.update(copy())
        except BaseException:
            for copy in copies:  # no new file beside the files of a failed build
                copy.stop()
            raise
        report.seconds = time.perf_counter() - started
        return report


def _lexicon_notes(choice: LexiconChoice) -> list[str]:
    """Read the user's lexicon files, here before any worker does, so that a bad line
    stops the build at once; return the notes on what they took from the built-in one."""
    if not choice.files:
        return []
    from kg.nlp.rules import load_rules

    notes = list(load_rules(None, choice).notes)
    if len(notes) > LEXICON_NOTES:
        more = len(notes) - LEXICON_NOTES
        notes = [*notes[:LEXICON_NOTES], f"... and {more} more such notes"]
    return notes


def progress_bar(results: Iterable[DocResult]) -> Iterator[DocResult]:
    """A progress bar on standard error while documents are extracted."""
    from tqdm import tqdm

    yield from tqdm(results, desc="extracting", unit="doc", file=sys.stderr, disable=None)
