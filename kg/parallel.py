"""Run extraction in this process, in a pool of local processes, or on a Dask cluster.

Every runner has one method, :meth:`Runner.imap`: chunks of documents in, each chunk's
:class:`~kg.records.DocResult` records out, in input order, so every runner gives the
same build. Chunks go out as they are read and at most a few per worker are in flight,
so memory stays flat however long the corpus is. A runner loads nothing until the
first chunk that is not empty: a rebuild that finds everything in the store never loads
the trained pipeline. Each process loads the pipeline once (:func:`cached_extractor`).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.errors import KgError
from kg.nlp.models import ExtractorSpec
from kg.records import DocResult, Document

__all__ = [
    "BackgroundRunner",
    "DaskRunner",
    "Forked",
    "InProcessRunner",
    "PoolRunner",
    "Runner",
    "cached_extractor",
    "extract_chunk",
    "forked",
    "is_loaded",
    "make_runner",
]

log = logging.getLogger(__name__)

_load_lock = threading.Lock()
_loaded: set[ExtractorSpec] = set()


@functools.lru_cache(maxsize=4)
def _load(spec: ExtractorSpec):
    from kg.extract import load_extractor

    return load_extractor(spec)


def cached_extractor(model: ExtractorSpec | str):
    """The extractor of ``model`` (a spec or a pipeline's name), loaded once per process
    (thread-safe).

    Examples
    --------
    >>> cached_extractor("blank") is cached_extractor("blank")
    True
    """
    spec = ExtractorSpec.of(model)
    with _load_lock:
        _loaded.add(spec)
        return _load(spec)


def is_loaded(model: ExtractorSpec | str) -> bool:
    """Whether this process has loaded the extractor of ``model`` already.

    Examples
    --------
    >>> _ = cached_extractor("blank")
    >>> is_loaded("blank")
    True
    """
    return ExtractorSpec.of(model) in _loaded


def extract_chunk(model: ExtractorSpec | str, documents: list[Document]) -> list[DocResult]:
    """Extract a chunk of documents with this process's pipeline: the task workers run.

    Examples
    --------
    >>> [r.doc_id for r in extract_chunk("blank", [Document("a", "Huawei unveiled Ascend.")])]
    ['a']
    """
    return list(cached_extractor(model).extract(documents))


def _slim(documents: list[Document]) -> list[Document]:
    # Workers read id, text and date; meta (annotations, titles) need not travel.
    return [d._replace(meta=None) for d in documents]


class Runner:
    """Extract chunks of documents in order; subclasses say where."""

    #: Shown in the build report.
    description = "this process"

    def __init__(self, model: ExtractorSpec | str) -> None:
        self.model = model
        self.loaded = False  # set once a pipeline was needed

    def imap(self, chunks: Iterable[list[Document]]) -> Iterator[list[DocResult]]:
        """Yield each chunk's results, in input order; an empty chunk gives ``[]``."""
        for chunk in chunks:
            if not chunk:
                yield []
                continue
            self.loaded = True
            yield extract_chunk(self.model, chunk)

    def close(self) -> None:
        """Release workers and connections."""

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


InProcessRunner = Runner


class _WindowRunner(Runner):
    """A runner that sends chunks off, keeping ``window`` of them in flight."""

    def _submit(self, chunk: list[Document]) -> Callable[[], list[DocResult]]:
        """Send ``chunk`` off; return what waits for its results (asked in sending order)."""
        raise NotImplementedError

    def _window(self) -> int:
        raise NotImplementedError

    def imap(self, chunks: Iterable[list[Document]]) -> Iterator[list[DocResult]]:
        pending: deque[Callable[[], list[DocResult]]] = deque()
        window = 0
        for chunk in chunks:
            if chunk:
                self.loaded = True
                window = window or self._window()
                pending.append(self._submit(_slim(chunk)))
            else:
                pending.append(list)
            while len(pending) > window:
                yield pending.popleft()()
        while pending:
            yield pending.popleft()()


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class PoolRunner(_WindowRunner):
    """``workers`` local processes (forkserver or spawn), each loading the pipeline once.

    Examples
    --------
    >>> with PoolRunner("blank", workers=1) as runner:
    ...     out = list(runner.imap([[], [Document("a", "Xiaomi unveiled the XRing O1.")]]))
    >>> [[r.doc_id for r in chunk] for chunk in out], runner.loaded
    ([[], ['a']], True)
    """

    def __init__(self, model: ExtractorSpec | str, *, workers: int) -> None:
        super().__init__(model)
        self.workers = workers
        self.description = f"{workers} processes"
        self._pool = None

    def _window(self) -> int:
        return 2 * self.workers

    def _submit(self, chunk: list[Document]) -> Callable[[], list[DocResult]]:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_ignore_sigint
            )
        return self._pool.submit(extract_chunk, self.model, chunk).result

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _serve(model: ExtractorSpec | str, tasks: Any, results: Any) -> None:
    """A background process: load the pipeline at once, then extract chunks until the end.

    ``tasks`` and ``results`` are the ends of two pipes. A thread takes every chunk off
    ``tasks`` as it comes, so the parent never waits to send one while this process
    sends it results. The process ends with its parent, however that ends: a killed
    parent leaves no process behind holding the output folder's lock, nor one half-way
    through reading a chunk.
    """
    import queue

    _ignore_sigint()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a fork inherits kg's handler
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()
    chunks: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_take, args=(tasks, chunks), daemon=True).start()
    try:
        cached_extractor(model)
        for chunk in iter(chunks.get, None):
            _send_outcome(results, True, extract_chunk(model, chunk), "extraction")
    except BaseException as e:  # the parent raises it
        _send_outcome(results, False, e, "extraction")


def _take(tasks: Any, chunks: Any) -> None:
    """Move what arrives on ``tasks`` to ``chunks``; ``None`` when the parent stops sending."""
    try:
        while True:
            chunks.put(tasks.recv())
    except (EOFError, OSError):
        chunks.put(None)


def _send_outcome(pipe: Any, ok: bool, value: Any, name: str) -> None:
    """Send what a call in this process gave: ``(True, result)`` or ``(False, exception)``.

    What would not pickle goes as a :class:`~kg.errors.KgError` holding its text.
    """
    try:
        pipe.send((ok, value))
    except Exception:
        pipe.send((False, KgError(f"{name} failed: {value!r}")))


def _receive_outcome(pipe: Any, process: Any, name: str) -> Any:
    """The result ``process`` sent down ``pipe`` (see :func:`_send_outcome`), or its
    exception raised here; a process that ended without sending one is reported.
    """
    try:
        ok, value = pipe.recv()
    except (EOFError, OSError):
        process.join(5)
        raise KgError(f"{name} stopped in its process (exit code {process.exitcode})") from None
    if ok:
        return value
    raise value


def _end_with(parent: Any) -> None:
    parent.join()
    os._exit(1)  # at once: no waiting to send results to a reader that is gone


def _background_context() -> Any:
    # A fork starts at once with kg imported; it is safe only while this process runs
    # one thread, and only Linux's fork is trusted with it.
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class BackgroundRunner(_WindowRunner):
    """One process beside this one that loads the pipeline as soon as it is made.

    While it loads (two seconds or more for a trained pipeline), this process goes on
    reading the corpus and the last build's checkpoint; while it extracts a chunk,
    this process adds the chunk before it to the graph. A build that finds every text
    in the store never waits for it: the process is stopped unused.

    The two talk over two pipes, each end held by one process only, so a process that
    dies shows at once at the other end: sending to it fails, and reading from it finds
    the end of the pipe after whatever it sent before it died.

    Examples
    --------
    >>> with BackgroundRunner("blank") as runner:
    ...     out = list(runner.imap([[], [Document("a", "Xiaomi unveiled the XRing O1.")]]))
    >>> [[r.doc_id for r in chunk] for chunk in out], runner.loaded
    ([[], ['a']], True)
    """

    description = "a process beside this one"

    def __init__(self, model: ExtractorSpec | str) -> None:
        super().__init__(model)
        context = _background_context()
        tasks, self._tasks = context.Pipe(duplex=False)
        self._results, results = context.Pipe(duplex=False)
        self._process = context.Process(target=_serve, args=(model, tasks, results), daemon=True)
        for stream in (sys.stdout, sys.stderr):  # or a fork would write their buffers again
            stream.flush()
        try:
            self._process.start()
        finally:
            tasks.close()  # the process has its own
            results.close()

    def _receive(self) -> list[DocResult]:
        return _receive_outcome(self._results, self._process, "extraction")

    def _window(self) -> int:
        return 2

    def _submit(self, chunk: list[Document]) -> Callable[[], list[DocResult]]:
        with contextlib.suppress(OSError):  # it has ended: what it sent last says why
            self._tasks.send(chunk)
        return self._receive  # one process answers in the order it was asked

    def close(self) -> None:
        if self._process is None:
            return
        self._tasks.close()  # a process waiting for chunks ends here
        if self._process.is_alive():
            self._process.terminate()  # busy, or loading a pipeline nothing needed
        self._process.join()
        self._process = None
        self._results.close()


class DaskRunner(_WindowRunner):
    """Chunks go to a Dask cluster as tasks; results come back to this process in order.

    ``address`` is a scheduler's address (``tcp://host:8786``) or ``"local"`` for a
    ``LocalCluster`` of ``workers`` single-threaded processes started here. Each worker
    process loads the pipeline once and keeps it for every later chunk; the workers of a
    remote cluster need kg and the pipeline installed. ``timeout`` bounds the wait for a
    remote scheduler.
    """

    def __init__(
        self,
        model: ExtractorSpec | str,
        *,
        address: str,
        workers: int | None = None,
        timeout: str = "30s",
    ) -> None:
        super().__init__(model)
        self.address = address
        self.timeout = timeout
        self.workers = workers
        self.description = "Dask " + ("LocalCluster" if address == "local" else address)
        self._client = None
        self._cluster = None

    def _connect(self) -> Any:
        if self._client is not None:
            return self._client
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise KgError(
                "--dask needs dask.distributed: pip install 'dask[distributed]'"
            ) from None
        if not log.isEnabledFor(logging.DEBUG):
            # The scheduler of a LocalCluster runs here and reports its start at INFO.
            logging.getLogger("distributed").setLevel(logging.WARNING)
        try:
            if self.address == "local":
                self._cluster = LocalCluster(
                    n_workers=self.workers or min(os.cpu_count() or 1, 4),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.address, timeout=self.timeout)
        except OSError as e:
            raise KgError(f"cannot reach the Dask scheduler at {self.address}: {e}") from None
        return self._client

    def _window(self) -> int:
        threads = sum(self._connect().nthreads().values())
        return max(2, 2 * threads)

    def _submit(self, chunk: list[Document]) -> Callable[[], list[DocResult]]:
        return self._connect().submit(extract_chunk, self.model, chunk, pure=False).result

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


class Forked:
    """A call running in a forked copy of this process (see :func:`forked`).

    Calling it waits for the call and returns its result or raises its exception;
    :meth:`stop` ends the copy without waiting, what it was writing left unfinished.
    """

    def __init__(self, fn: Callable[..., Any], args: tuple, context: Any) -> None:
        self._name = getattr(fn, "__name__", repr(fn))
        self._receive, send = context.Pipe(duplex=False)

        def child() -> None:
            try:
                outcome = (True, fn(*args))
            except BaseException as e:  # every failure goes back to the parent
                outcome = (False, e)
            _send_outcome(send, *outcome, self._name)

        self._process = context.Process(target=child, daemon=True)
        self._process.start()
        send.close()

    def __call__(self) -> Any:
        try:
            return _receive_outcome(self._receive, self._process, self._name)
        finally:
            self._receive.close()
            self._process.join()

    def stop(self) -> None:
        """End the copy now, unwaited."""
        self._process.terminate()
        self._process.join()
        self._receive.close()


class _Done(Forked):
    """A call that ran here, where processes cannot fork."""

    def __init__(self, result: Any) -> None:
        self._result = result

    def __call__(self) -> Any:
        return self._result

    def stop(self) -> None:
        pass


def forked(fn: Callable[..., Any], *args: Any) -> Forked:
    """Start ``fn(*args)`` in a forked copy of this process; return a :class:`Forked` to wait.

    The copy shares this process's memory as it was (nothing is pickled on the way in),
    so a large graph can be written out while this process goes on. Waiting returns
    ``fn``'s result or raises its exception. Where processes cannot be forked, ``fn``
    runs here at once.

    Examples
    --------
    >>> wait = forked(sum, [1, 2, 3])
    >>> wait()
    6
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return _Done(fn(*args))
    return Forked(fn, args, multiprocessing.get_context("fork"))


def make_runner(
    model: ExtractorSpec | str,
    *,
    workers: int = 1,
    dask: str | None = None,
    background: bool = False,
) -> Runner:
    """The runner for ``kg build --workers N`` or ``--dask ADDRESS``.

    Examples
    --------
    >>> make_runner("blank").description, make_runner("blank", workers=2).description
    ('this process', '2 processes')
    """
    if workers < 1:
        raise KgError(f"--workers must be at least 1, not {workers}")
    if dask:
        return DaskRunner(model, address=dask, workers=workers if workers > 1 else None)
    if workers > 1:
        return PoolRunner(model, workers=workers)
    if background:
        return BackgroundRunner(model)
    return Runner(model)
