"""Benchmark the graph page: write time, size, and time until chromium has it laid out and usable.

Run with ``.venv/bin/python bench/bench_page.py``; pages are written under ``bench/out/``.
Needs Debian's chromium at /usr/bin/chromium and the ``playwright`` package.
"""

from __future__ import annotations

import argparse
import random
import time
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
OUT = Path(__file__).parent / "out"


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
        g.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            weight=1,
            docs=["doc-1"],
            first_date="2025-02-01",
            last_date="2025-03-01",
            confidence=0.8,
            symmetric=rel in SYMMETRIC,
            evidence=[
                {
                    "doc_id": "doc-1",
                    "date": "2025-02-01",
                    "sentence": f"{u} {rel} {v} according to a report.",
                    "confidence": 0.8,
                    "modality": "stated",
                }
            ],
        )
    return g


def measure(browser, path: Path) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="domcontentloaded")
    page.wait_for_function("window.kgReady === true", timeout=600_000, polling=50)
    ready = time.perf_counter() - start
    iterations = page.evaluate("kgNetwork.physics.options.stabilization.iterations")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    cases = [(n, n) for n in args.sizes] + [(max(args.sizes), 1500)]
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        for n, max_nodes in cases:
            graph = synthetic_graph(n, seed=args.seed)
            path = OUT / f"graph-{n}-max{max_nodes}.html"
            start = time.perf_counter()
            # the draw-all cases draw every edge too, past the page's default edge limit
            every = {"max_edges": graph.number_of_edges()} if max_nodes >= n else {}
            write_html(graph, path, max_nodes=max_nodes, seed=args.seed, **every)
            write = time.perf_counter() - start
            result = measure(browser, path)
            rows.append((n, graph.number_of_edges(), max_nodes, write, path.stat().st_size, result))
        browser.close()

    header = (
        f"{'nodes':>6} {'edges':>6} {'max_nodes':>9} {'drawn n/e':>11} {'write s':>8} "
        f"{'html MB':>8} {'iters':>6} {'ready s':>8} {'filter ms':>9}"
    )
    print(header)
    print("-" * len(header))
    for n, m, max_nodes, write, size, r in rows:
        drawn = f"{r['drawn'][0]}/{r['drawn'][1]}"
        print(
            f"{n:>6} {m:>6} {max_nodes:>9} {drawn:>11} {write:>8.2f} {size / 1e6:>8.2f} "
            f"{r['iterations']:>6} {r['ready']:>8.2f} {r['filter_ms']:>9.0f}"
        )


if __name__ == "__main__":
    main()
