"""Tests of the runners: in order, lazy, one pipeline per process, Dask like one process."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.build import build
from kg.errors import KgError
from kg.parallel import (
    BackgroundRunner,
    DaskRunner,
    PoolRunner,
    Runner,
    cached_extractor,
    forked,
    make_runner,
)
from kg.records import Document

TEXTS = [
    "Xiaomi unveiled the XRing O1.",
    "Huawei unveiled the Ascend 910C.",
    "Nvidia CEO Jensen Huang spoke at Computex.",
    "TSMC manufactures the XRing O1.",
    "Qualcomm sued Arm.",
    "Apple unveiled the A17 Pro.",
]


def _chunks():
    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]
    return [docs[:2], [], docs[2:5], [], docs[5:]]


def test_parallel_runner_loads_nothing_for_empty_chunks():
    runner = Runner("blank")
    assert list(runner.imap([[], []])) == [[], []]
    assert not runner.loaded


def test_parallel_cached_extractor_is_loaded_once_per_model():
    assert cached_extractor("blank") is cached_extractor("blank")


@pytest.mark.parametrize("workers", [0, -1])
def test_parallel_make_runner_refuses_fewer_than_one_worker(workers):
    with pytest.raises(KgError, match="at least 1"):
        make_runner("blank", workers=workers)


def test_parallel_make_runner_picks_the_runner():
    assert type(make_runner("blank")) is Runner
    assert isinstance(make_runner("blank", workers=3), PoolRunner)
    assert isinstance(make_runner("blank", workers=2, dask="local"), DaskRunner)


def test_parallel_pool_keeps_input_order():
    expected = [[r.doc_id for r in chunk] for chunk in Runner("blank").imap(_chunks())]
    with PoolRunner("blank", workers=2) as runner:
        got = [[r.doc_id for r in chunk] for chunk in runner.imap(_chunks())]
    assert got == expected == [["d0", "d1"], [], ["d2", "d3", "d4"], [], ["d5"]]


def test_parallel_background_keeps_input_order():
    expected = [[r for r in chunk] for chunk in Runner("blank").imap(_chunks())]
    with BackgroundRunner("blank") as runner:
        got = list(runner.imap(_chunks()))
    assert got == expected
    assert [[r.doc_id for r in chunk] for chunk in got] == [
        ["d0", "d1"],
        [],
        ["d2", "d3", "d4"],
        [],
        ["d5"],
    ]


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_parallel_background_runs_where_it_cannot_fork(monkeypatch, method):
    # where this process runs threads, or fork is not trusted, the pipes go to a new process
    import kg.parallel

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    context = multiprocessing.get_context(method)
    monkeypatch.setattr(kg.parallel, "_background_context", lambda: context)
    expected = [[r for r in chunk] for chunk in Runner("blank").imap(_chunks())]
    with BackgroundRunner("blank") as runner:
        assert list(runner.imap(_chunks())) == expected


def test_parallel_background_stops_unused():
    runner = BackgroundRunner("blank")
    process = runner._process
    assert list(runner.imap([[], []])) == [[], []] and not runner.loaded
    runner.close()
    runner.close()
    assert not process.is_alive() and process.exitcode is not None


def test_parallel_background_failure_is_raised_here():
    with (
        BackgroundRunner("no_such_pipeline") as runner,
        pytest.raises(KgError, match="no_such_pipeline"),
    ):
        list(runner.imap(_chunks()))


def test_parallel_background_failure_outlives_its_process():
    with BackgroundRunner("no_such_pipeline") as runner:
        runner._process.join(60)  # it failed, said why, and ended before anyone asked
        assert runner._process.exitcode is not None
        with pytest.raises(KgError, match="no_such_pipeline"):
            list(runner.imap(_chunks()))


def test_parallel_background_process_that_dies_is_reported():
    with BackgroundRunner("blank") as runner:
        os.kill(runner._process.pid, signal.SIGKILL)
        with pytest.raises(KgError, match="stopped in its process"):
            list(runner.imap(_chunks()))


def test_parallel_background_failure_leaves_no_thread_or_pipe_behind():
    # a chunk larger than a pipe's buffer is on its way when the process dies
    text = "Xiaomi unveiled the XRing O1 and Huawei the Ascend 910C. " * 10
    chunk = [Document(f"d{i}", text) for i in range(300)]
    gc.collect()  # what earlier tests left to be collected closes its files now, not during this
    threads = set(threading.enumerate())
    fds = set(os.listdir("/proc/self/fd"))
    runner = BackgroundRunner("blank")
    os.kill(runner._process.pid, signal.SIGKILL)
    with pytest.raises(KgError, match="stopped in its process"):
        list(runner.imap(iter([chunk] * 3)))
    runner.close()
    time.sleep(0.5)  # a thread left writing to the dead process would still be here
    assert set(threading.enumerate()) - threads == set()
    assert set(os.listdir("/proc/self/fd")) - fds == set()


def test_parallel_background_process_ends_with_its_parent(tmp_path):
    # a parent killed outright leaves no extraction process behind (nor its folder lock)
    script = (
        "import os, sys\n"
        "from kg.parallel import BackgroundRunner\n"
        "runner = BackgroundRunner('blank')\n"
        "print(runner._process.pid, flush=True)\n"
        "os._exit(0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    pid = int(done.stdout.split()[0])
    deadline = time.monotonic() + 30
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid)


def test_parallel_background_process_ends_with_a_parent_killed_mid_chunk():
    # killed while chunks larger than a pipe's buffer go back and forth
    script = (
        "import os, signal\n"
        "from kg.parallel import BackgroundRunner\n"
        "from kg.records import Document\n"
        "runner = BackgroundRunner('blank')\n"
        "print(runner._process.pid, flush=True)\n"
        "text = 'Xiaomi unveiled the XRing O1 and Huawei the Ascend 910C. ' * 10\n"
        "chunk = [Document(f'd{i}', text) for i in range(300)]\n"
        "next(runner.imap(iter([chunk] * 5)))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    pid = int(done.stdout.split()[0])
    deadline = time.monotonic() + 30
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid)


def test_parallel_background_error_that_would_not_pickle_is_reported(monkeypatch):
    import kg.parallel

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the failure is planted in a forked copy")
    fork = multiprocessing.get_context("fork")
    monkeypatch.setattr(kg.parallel, "_background_context", lambda: fork)

    def fail(model):
        raise _Unpicklable("no pipeline here")

    monkeypatch.setattr(kg.parallel, "cached_extractor", fail)
    with (
        BackgroundRunner("blank") as runner,
        pytest.raises(KgError, match=r"extraction failed: .*no pipeline here"),
    ):
        list(runner.imap(_chunks()))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.is_file() and stat.read_text().split()[2] == "Z")  # a zombie has ended


@pytest.mark.slow
def test_parallel_dask_local_cluster_builds_the_single_process_graph(tmp_path):
    corpus = tmp_path / "news.jsonl"
    texts = TEXTS + [t.replace(".", " in May.") for t in TEXTS]
    corpus.write_text(
        "".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    one = build([corpus], tmp_path / "one", model="blank", formats=["csv"], store=False)
    dask = build(
        [corpus], tmp_path / "dask", model="blank", formats=["csv"], store=False,
        dask="local", workers=2, chunk_size=2,
    )  # fmt: skip
    assert dask.runner == "Dask LocalCluster" and dask.extracted == one.extracted == 12
    for name in ("nodes.csv", "edges.csv", "evidence.csv", "mentions.csv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "one" / name).read_bytes()


def test_parallel_unreachable_scheduler_is_a_kg_error():
    runner = DaskRunner("blank", address="tcp://127.0.0.1:9", timeout="1s")
    with pytest.raises(KgError, match="cannot reach the Dask scheduler"):
        list(runner.imap(_chunks()))
    runner.close()


def _fail_with(error: BaseException) -> None:
    raise error


class _Unpicklable(Exception):
    def __reduce__(self):
        raise TypeError("not picklable")


def test_forked_returns_the_result_computed_in_another_process():
    import os

    assert forked(os.getpid)() != os.getpid()
    shared = {"nodes": list(range(50_000))}  # reaches the copy without pickling
    assert forked(lambda: sum(shared["nodes"]))() == sum(range(50_000))


def test_forked_raises_what_the_copy_raised():
    with pytest.raises(KgError, match="disk on fire"):
        forked(_fail_with, KgError("disk on fire"))()
    with pytest.raises(OSError, match="No space"):
        forked(_fail_with, OSError(28, "No space left on device"))()
    with pytest.raises(KgError, match="_fail_with"):
        forked(_fail_with, _Unpicklable("odd"))()


def test_forked_stops_unwaited():
    call = forked(time.sleep, 60)
    call.stop()
    assert call._process.exitcode == -signal.SIGTERM  # ended, not finished


def test_forked_reports_a_copy_that_died():
    import os

    with pytest.raises(KgError, match="exit code 3"):
        forked(os._exit, 3)()


@pytest.mark.slow
@pytest.mark.parametrize("where", [{"workers": 2}, {"dask": "local", "workers": 2}])
def test_parallel_workers_extract_with_the_lexicon_chosen(tmp_path, where):
    corpus = tmp_path / "news.jsonl"
    texts = [*TEXTS, "Korvath sued Qualcomm.", "Korvath unveiled the Vela X2."]
    corpus.write_text(
        "".join(json.dumps({"id": f"n{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"name": "Korvath", "type": "COMPANY"}\n', encoding="utf-8")
    options = {"model": "blank", "formats": ["csv"], "store": False, "chunk_size": 2}
    lexicon = ["none", str(mine)]
    here = build([corpus], tmp_path / "here", lexicon=lexicon, **options)
    there = build([corpus], tmp_path / "there", lexicon=lexicon, **where, **options)
    build([corpus], tmp_path / "default", **options)
    assert here.extracted == there.extracted == len(texts) and there.runner != here.runner
    for name in ("mentions.csv", "evidence.csv"):
        written = {
            out: (tmp_path / out / name).read_bytes() for out in ("here", "there", "default")
        }
        assert written["there"] == written["here"] != written["default"]
    mentions = (tmp_path / "there" / "mentions.csv").read_text(encoding="utf-8")
    assert "company:korvath" in mentions and "company:qualcomm" not in mentions
