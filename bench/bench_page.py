"""Benchmark the graph page: write time, size, and time until chromium has it laid out and usable.

Run with ``.venv/bin/python bench/bench_page.py``; pages are written under ``bench/out/``.
Needs Debian's chromium at /usr/bin/chromium and the ``playwright`` package.

Each size is a seeded synthetic graph drawn whole (``max_nodes`` and ``max_edges`` as
large as the graph); ``--first-view`` adds the page as ``kg build`` writes it for the
largest graph (its default first view). ``--against REV`` also writes every page with
the kg of git revision REV (its ``kg/`` package, in a process of its own) and opens the
two pages in turn, ``--runs`` times each, so that the ratio compares runs made close
together: this machine's speed drifts by half within an hour.

    python bench/bench_page.py --sizes 1500 5000 --against main --runs 3
"""

from __future__ import annotations

import argparse
import pickle
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from kg.records import NODE_TYPES, RELATIONS, SYMMETRIC
from kg.viz import write_html

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).parent / "out"

#: Writes a pickled graph's page with the kg found first on ``sys.path``.
_WRITER = """
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
import kg.viz
assert kg.viz.__file__.startswith(sys.argv[1]), kg.viz.__file__
with open(sys.argv[2], "rb") as f:
    graph, options = pickle.load(f)
start = time.perf_counter()
kg.viz.write_html(graph, sys.argv[3], **options)
print(time.perf_counter() - start)
"""


def synthetic_graph(n_nodes: int, *, seed: int = 7, edges_per_node: float = 1.6) -> nx.MultiDiGraph:
    """A graph shaped like the real one: a few hubs, many leaves, typed nodes and edges."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    ids = []
    for i in range(n_nodes):
        ntype = rnd.choice(NODE_TYPES)
        nid = f"{ntype.lower()}:entity-{i}"
        g.add_node(
            nid,
            label=f"{ntype.title()} {i}",
            type=ntype,
            aliases=[f"E{i}"],
            mentions=rnd.randint(1, 40),
            documents=rnd.randint(1, 10),
            first_date="2025-01-01",
            last_date="2025-06-30",
            wikidata="",
        )
        ids.append(nid)
    # preferential attachment: an edge end is an earlier edge's end half the time
    ends = ids[:2]
    for _ in range(int(n_nodes * edges_per_node)):
        u = rnd.choice(ends) if rnd.random() < 0.5 else rnd.choice(ids)
        v = rnd.choice(ids)
        if u == v:
            continue
        rel = rnd.choice(RELATIONS)
        if rel in SYMMETRIC and v < u:
            u, v = v, u
        ends += [u, v]
        if g.has_edge(u, v, key=rel):
            g.edges[u, v, rel]["weight"] += 1
            continue
        month = rnd.randint(1, 6)
        g.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            weight=1,
            docs=["doc-1"],
            first_date=f"2025-{month:02d}-01",
            last_date=f"2025-{month:02d}-28",
            confidence=0.8,
            symmetric=rel in SYMMETRIC,
            evidence=[
                {
                    "doc_id": "doc-1",
                    "date": f"2025-{month:02d}-01",
                    "sentence": f"{u} {rel} {v} according to a report.",
                    "confidence": 0.8,
                    "modality": "stated",
                }
            ],
        )
    return g


def measure(browser, path: Path) -> dict:
    """Open the page; time until it is ready, what it draws, and one filter round trip."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="domcontentloaded")
    page.wait_for_function("window.kgReady === true", timeout=600_000, polling=50)
    ready = time.perf_counter() - start
    iterations = page.evaluate(
        "kgNetwork.physics.options.stabilization.enabled"
        " ? kgNetwork.physics.options.stabilization.iterations : 0"
    )
    drawn = page.evaluate("[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]")
    # one filter round trip: hide a type, then wait for the next frame to be drawn
    filter_ms = page.evaluate(
        """() => new Promise(done => {
            const box = document.querySelector('input[data-type="COMPANY"]');
            const t0 = performance.now();
            box.click();
            requestAnimationFrame(() => requestAnimationFrame(() => {
                done(performance.now() - t0);
                box.click();
            }));
        })"""
    )
    page.close()
    return {"ready": ready, "iterations": iterations, "drawn": drawn, "filter_ms": filter_ms}


def baseline_kg(rev: str, into: Path) -> Path:
    """The ``kg/`` package of git revision ``rev``, extracted under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "kg"], check=True, capture_output=True
    ).stdout
    # the "data" filter where this Python has it (3.10.12, 3.11.4 and later)
    safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, **safe)
    return into


def write_with(kg_root: Path, graph: nx.MultiDiGraph, path: Path, options: dict) -> float:
    """Write ``graph``'s page with the kg under ``kg_root``; the seconds it took."""
    with tempfile.NamedTemporaryFile(suffix=".pickle") as f:
        pickle.dump((graph, options), f)
        f.flush()
        done = subprocess.run(
            [sys.executable, "-c", _WRITER, str(kg_root), f.name, str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1500, 5000])
    parser.add_argument("--first-view", action="store_true", help="add the default page")
    parser.add_argument("--against", metavar="REV", help="also time the page of this revision")
    parser.add_argument("--runs", type=int, default=1, help="times each page is opened")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    cases = []
    for n in args.sizes:
        graph = synthetic_graph(n, seed=args.seed)
        every = {"max_nodes": n, "max_edges": graph.number_of_edges()}
        cases.append((graph, every))
    if args.first_view:
        cases.append((synthetic_graph(max(args.sizes), seed=args.seed), {}))

    with tempfile.TemporaryDirectory() as tmp:
        old_kg = baseline_kg(args.against, Path(tmp)) if args.against else None
        pages = []
        for graph, options in cases:
            n, m = graph.number_of_nodes(), graph.number_of_edges()
            name = f"graph-{n}-" + (f"max{options['max_nodes']}" if options else "default")
            path = OUT / f"{name}.html"
            start = time.perf_counter()
            write_html(graph, path, seed=args.seed, **options)
            versions = {"now": (path, time.perf_counter() - start)}
            if old_kg is not None:
                before = OUT / f"{name}-{args.against}.html"
                versions["before"] = (
                    before,
                    write_with(old_kg, graph, before, {"seed": args.seed, **options}),
                )
            pages.append((n, m, options.get("max_nodes", "default"), versions))

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            rows = []
            for n, m, max_nodes, versions in pages:
                results: dict[str, list[dict]] = {v: [] for v in versions}
                for _ in range(args.runs):
                    for version in sorted(versions, reverse=True):  # before, then now
                        results[version].append(measure(browser, versions[version][0]))
                rows.append((n, m, max_nodes, versions, results))
            browser.close()

    header = (
        f"{'nodes':>6} {'edges':>6} {'max_nodes':>9} {'kg':>7} {'drawn n/e':>11} {'write s':>8}"
        f" {'html MB':>8} {'iters':>6} {'ready s':>8} {'filter ms':>9}  ready runs"
    )
    print(header)
    print("-" * len(header))
    for n, m, max_nodes, versions, results in rows:
        for version in sorted(versions, reverse=True):
            path, write = versions[version]
            runs = results[version]
            r = runs[0]
            ready = statistics.median(x["ready"] for x in runs)
            label = args.against if version == "before" else "now"
            print(
                f"{n:>6} {m:>6} {max_nodes!s:>9} {label[:7]:>7} "
                f"{r['drawn'][0]:>5}/{r['drawn'][1]:<5} {write:>8.2f} "
                f"{path.stat().st_size / 1e6:>8.2f} {r['iterations']:>6} {ready:>8.2f} "
                f"{statistics.median(x['filter_ms'] for x in runs):>9.0f}  "
                + ", ".join(f"{x['ready']:.2f}" for x in runs)
            )
        if "before" in results:
            pairs = [
                b["ready"] / a["ready"]
                for b, a in zip(results["before"], results["now"], strict=True)
            ]
            print(
                f"{'':>33}ready {statistics.median(pairs):.1f} times faster"
                f" (run by run: {', '.join(f'{x:.1f}' for x in pairs)})"
            )


if __name__ == "__main__":
    main()
