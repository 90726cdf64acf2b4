"""Time the centrality table on a seeded 20,000-node, 100,000-edge knowledge graph.

Run: ``.venv/bin/python bench/bench_centrality.py [--nodes N] [--edges M] [--seed S]``
"""

from __future__ import annotations

import argparse
import random
import time

import networkx as nx

from kg.graph.analysis import MEASURES, centrality_table
from kg.records import NODE_TYPES, RELATIONS, SYMMETRIC


def synthetic_graph(nodes: int, edges: int, seed: int) -> nx.MultiDiGraph:
    """A graph shaped like the knowledge graph: typed nodes, relation-keyed edges, hubs."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(nodes):
        type_ = rng.choice(NODE_TYPES)
        g.add_node(f"{type_.lower()}:n{i}", label=f"Entity {i}", type=type_, aliases=[])
    ids = list(g)
    # preferential attachment: a few entities (the US, Nvidia...) are in most stories
    targets = ids[:50]
    made = 0
    while made < edges:
        u = rng.choice(ids)
        v = rng.choice(targets) if rng.random() < 0.5 else rng.choice(ids)
        if u == v:
            continue
        relation = rng.choice(RELATIONS)
        if relation in SYMMETRIC and v < u:
            u, v = v, u
        if g.has_edge(u, v, key=relation):
            continue
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        g.add_edge(
            u,
            v,
            key=relation,
            relation=relation,
            weight=rng.randint(1, 5),
            docs=[f"d{rng.randint(0, 9999)}"],
            first_date=day,
            last_date=day,
            confidence=round(rng.uniform(0.5, 1.0), 2),
            symmetric=relation in SYMMETRIC,
            evidence=[],
        )
        targets.append(v)
        made += 1
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--edges", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    start = time.perf_counter()
    g = synthetic_graph(args.nodes, args.edges, args.seed)
    made = time.perf_counter() - start
    print(
        f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges ({made:.2f}s to make)",
        flush=True,
    )

    for measure in ("degree", *MEASURES[4:]):
        start = time.perf_counter()
        table = centrality_table(g, measures=[measure], sort=measure, seed=args.seed)
        took = time.perf_counter() - start
        note = f"  [{table.attrs['note']}]" if table.attrs["note"] else ""
        print(f"{measure:<12} {took:7.2f}s{note}", flush=True)

    start = time.perf_counter()
    table = centrality_table(g, top=10, seed=args.seed)
    total = time.perf_counter() - start
    print(f"{'all (table)':<12} {total:7.2f}s  [{table.attrs['note']}]")
    print(table[["id", "type", "degree", "betweenness", "pagerank"]].head(5).to_string(index=False))


if __name__ == "__main__":
    main()
