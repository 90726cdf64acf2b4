"""Tests for kg.graph.analysis: centrality, communities, ego, paths, filters, lookup, tables."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import KgError
from kg.graph.analysis import (
    CENTRALITY_COLUMNS,
    as_of,
    betweenness_scores,
    centrality,
    centrality_table,
    communities,
    edge_table,
    edge_timeline,
    ego_graph,
    ego_table,
    eigenvector_scores,
    filter_graph,
    pagerank_scores,
    path_table,
    resolve_entity,
    sample_graph,
)
from kg.graph.build import build_graph
from kg.records import DocResult, Entity, Evidence


def _ent(label: str, type_: str, *aliases: str) -> Entity:
    return Entity(f"{type_.lower()}:{label.lower().replace(' ', '-')}", label, type_, aliases)


def _ev(doc: str, date: str, s: Entity, rel: str, t: Entity, sentence: str, conf: float = 0.9):
    return Evidence(doc, date, s.id, s.label, s.type, rel, t.id, t.label, t.type, sentence, conf)


@pytest.fixture
def g() -> nx.MultiDiGraph:
    return sample_graph()


@pytest.fixture
def twin_graph() -> nx.MultiDiGraph:
    # two entities that share a name once "the" and "'s" are gone
    a, b = _ent("Ascend", "PRODUCT"), _ent("Ascend", "COMPANY")
    c = _ent("Huawei", "COMPANY")
    evidence = (_ev("d1", "2025-01-01", c, "develops", a, "Huawei makes Ascend."),)
    return build_graph([DocResult("d1", "2025-01-01", (a, b, c), (), evidence)])


# --- lookup -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("company:nvidia", "company:nvidia"),
        ("Nvidia", "company:nvidia"),
        ("NVIDIA", "company:nvidia"),
        ("nvidia's", "company:nvidia"),
        ("Nvidia’s", "company:nvidia"),
        ("the Bureau of Industry and Security", "agency:bureau-of-industry-and-security"),
        ("BIS", "agency:bureau-of-industry-and-security"),
        ("  u.s. ", "country:united-states"),
        ("Washington", "country:united-states"),
        ("COMPANY:NVIDIA", "company:nvidia"),
    ],
)
def test_analysis_lookup_resolves_any_alias(g, name, expected):
    assert resolve_entity(g, name) == expected


def test_analysis_lookup_unknown_name_lists_closest(g):
    with pytest.raises(KgError, match=r"no entity named 'Huawai'.*Huawei \(company:huawei\)"):
        resolve_entity(g, "Huawai")


def test_analysis_lookup_unknown_name_without_close_match(g):
    with pytest.raises(KgError) as err:
        resolve_entity(g, "zzzzzz")
    assert "closest" not in str(err.value)


def test_analysis_lookup_ambiguous_name_lists_ids(twin_graph):
    with pytest.raises(KgError, match=r"company:ascend.*product:ascend"):
        resolve_entity(twin_graph, "the Ascend")
    assert resolve_entity(twin_graph, "product:ascend") == "product:ascend"


def test_analysis_lookup_reads_names_as_extraction_and_evaluation_do():
    """ "U.S." and "US" are one name to every part of kg."""
    g = sample_graph()
    assert resolve_entity(g, "U.S.") == resolve_entity(g, "US") == "country:united-states"


# --- centrality -------------------------------------------------------------


def test_analysis_centrality_columns_and_order(g):
    table = centrality_table(g)
    assert table.columns.tolist() == CENTRALITY_COLUMNS
    assert len(table) == g.number_of_nodes()
    assert table["degree"].is_monotonic_decreasing
    assert table.loc[0, "id"] == "country:china"


def test_analysis_centrality_degree_counts_symmetric_both_ways(g):
    row = centrality_table(g).set_index("id").loc["product:h20"]
    # develops (in) from Nvidia, competes (symmetric) with Ascend
    assert (row["degree"], row["in_degree"], row["out_degree"]) == (2, 2, 1)


@pytest.mark.parametrize("node_type", ["COMPANY", "PRODUCT", "POLICY"])
def test_analysis_centrality_node_type_keeps_whole_graph_scores(g, node_type):
    whole = centrality_table(g).set_index("id")
    table = centrality_table(g, node_type=node_type)
    assert set(table["type"]) == {node_type}
    for row in table.itertuples():
        assert row.betweenness == pytest.approx(whole.loc[row.id, "betweenness"])


def test_analysis_centrality_relation_only_counts_its_edges(g):
    table = centrality_table(g, relation="restricts").set_index("id")
    assert table.loc["country:china", "in_degree"] == 2
    assert table.loc["country:china", "weighted_degree"] == 3
    assert "company:xiaomi" not in table.index


@pytest.mark.parametrize("top", [1, 3, 100])
def test_analysis_centrality_top(g, top):
    assert len(centrality_table(g, top=top)) == min(top, g.number_of_nodes())


def test_analysis_centrality_sort_by_other_measure(g):
    table = centrality_table(g, sort="pagerank")
    assert table["pagerank"].is_monotonic_decreasing
    assert table["pagerank"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("bad", [{"sort": "fame"}, {"measures": ["fame"]}])
def test_analysis_centrality_unknown_measure_raises(g, bad):
    with pytest.raises(KgError):
        centrality_table(g, **bad)


def test_analysis_centrality_empty_graph():
    table = centrality_table(nx.MultiDiGraph())
    assert table.empty and table.columns.tolist() == CENTRALITY_COLUMNS


def test_analysis_centrality_eigenvector_matches_networkx_when_connected():
    h = nx.karate_club_graph()
    nx.set_edge_attributes(h, 1, "weight")
    ours, note = eigenvector_scores(h)
    theirs = nx.eigenvector_centrality(h, max_iter=1000, tol=1e-10)
    assert note == ""
    for node in h:
        assert ours[node] == pytest.approx(theirs[node], abs=1e-6)


@pytest.mark.parametrize(
    "h",
    [
        nx.union(nx.star_graph(4), nx.complete_graph(range(10, 13))),  # disconnected
        nx.complete_bipartite_graph(3, 400),  # bipartite: plain power iteration oscillates
        nx.Graph([(0, 1)]),
        nx.empty_graph(3),
    ],
    ids=["disconnected", "large-bipartite", "pair", "no-edges"],
)
def test_analysis_centrality_eigenvector_never_raises(h):
    nx.set_edge_attributes(h, 1, "weight")
    scores, _ = eigenvector_scores(h)
    assert set(scores) == set(h)
    assert all(v >= 0 for v in scores.values())


def test_analysis_centrality_eigenvector_scales_small_components():
    h = nx.union(nx.star_graph(9), nx.path_graph(["a", "b"]))
    nx.set_edge_attributes(h, 1, "weight")
    scores, note = eigenvector_scores(h)
    assert scores[0] > scores["a"] > 0
    assert "per connected component (2)" in note


def test_analysis_centrality_pagerank_falls_back_instead_of_raising(monkeypatch):
    def fail(*args, **kwargs):
        raise nx.PowerIterationFailedConvergence(1)

    monkeypatch.setattr(nx, "pagerank", fail)
    scores, note = pagerank_scores(nx.DiGraph([("a", "b")]))
    assert scores == {"a": 0.5, "b": 0.5}
    assert "did not converge" in note


def test_analysis_centrality_samples_betweenness_on_large_graphs(monkeypatch):
    monkeypatch.setattr(centrality, "EXACT_WORK", 10_000)
    h = nx.gnm_random_graph(300, 900, seed=1)
    scores, note = betweenness_scores(h, seed=7)
    again, _ = betweenness_scores(h, seed=7)
    assert (
        note == f"betweenness estimated from {centrality.MIN_SOURCES} of 300 nodes sampled (seed 7)"
    )
    assert scores == again
    small, note = betweenness_scores(nx.path_graph(5))
    assert note == "" and small[2] == pytest.approx(nx.betweenness_centrality(nx.path_graph(5))[2])


def test_analysis_centrality_note_reaches_table():
    g = nx.MultiDiGraph()
    for i in range(60):
        g.add_node(f"n{i}", label=f"N{i}", type="COMPANY")
    for i in range(59):
        g.add_edge(f"n{i}", f"n{i + 1}", key="supplies", relation="supplies", weight=1)
    table = centrality_table(g, k=5, seed=3)
    assert "estimated from 5 of 60" in table.attrs["note"]


# --- communities ------------------------------------------------------------


def test_analysis_communities_tables(g):
    found = communities(g, seed=0)
    assert found.summary["size"].sum() == g.number_of_nodes()
    assert found.summary["size"].is_monotonic_decreasing
    assert sorted(found.members["id"]) == sorted(g)
    xring = found.members.set_index("id").loc["product:xring-o1", "community"]
    apple = found.members.set_index("id").loc["company:apple", "community"]
    assert xring == apple


def test_analysis_communities_seeded_runs_agree(g):
    one, two = communities(g, seed=5), communities(g, seed=5)
    assert one.members.equals(two.members) and one.summary.equals(two.summary)


def test_analysis_communities_relation_counts_inside(g):
    summary = communities(g, seed=0).summary
    inside = summary["inner_edges"].sum()
    counted = sum(
        int(part.rsplit(" ", 1)[1])
        for cell in summary["relations"]
        if cell
        for part in cell.split("; ")
    )
    assert inside == counted <= g.number_of_edges()


def test_analysis_communities_min_size_and_relation(g):
    found = communities(g, relation="restricts", min_size=2)
    assert (found.summary["size"] >= 2).all()
    assert set(found.members["id"]) <= {
        n for u, v, r in g.edges(keys=True) if r == "restricts" for n in (u, v)
    }


def test_analysis_communities_empty_graph():
    found = communities(nx.MultiDiGraph())
    assert found.members.empty and found.summary.empty


# --- ego --------------------------------------------------------------------


@pytest.mark.parametrize("depth, size", [(0, 1), (1, 3), (2, 6)])
def test_analysis_ego_graph_depth(g, depth, size):
    sub = ego_graph(g, "Huawei", depth=depth)
    assert sub.number_of_nodes() == size
    assert sub.graph["center"] == "company:huawei"
    assert max(h for _, h in sub.nodes(data="hop")) == depth


def test_analysis_ego_graph_is_a_copy(g):
    sub = ego_graph(g, "Huawei")
    sub.nodes["company:huawei"]["aliases"].append("changed")
    assert "changed" not in g.nodes["company:huawei"]["aliases"]


def test_analysis_ego_table_evidence_rows(g):
    table = ego_table(g, "United States", all_evidence=True)
    us_china = (table["source"] == "United States") & (table["target"] == "China")
    restricts = table[us_china & (table["relation"] == "restricts")]
    assert sorted(restricts["doc_id"]) == ["d1", "d3"]
    assert restricts["sentence"].str.len().gt(0).all()


def test_analysis_ego_negative_depth_raises(g):
    with pytest.raises(KgError, match="depth"):
        ego_table(g, "Huawei", depth=-1)


# --- paths ------------------------------------------------------------------


def test_analysis_path_hops_direction_and_evidence(g):
    table = path_table(g, "Xiaomi", "Apple")
    assert table[["from", "direction", "relation", "to"]].values.tolist() == [
        ["Xiaomi", "->", "develops", "XRing O1"],
        ["XRing O1", "<->", "competes", "A17 Pro"],
        ["A17 Pro", "<-", "develops", "Apple"],
    ]
    assert table["doc_id"].tolist() == ["d4", "d4", "d4"]


def test_analysis_path_same_entity_is_empty(g):
    assert path_table(g, "Nvidia", "nvidia").empty


def test_analysis_path_disconnected_raises(g):
    with pytest.raises(KgError, match="nothing connects Xiaomi"):
        path_table(g, "Xiaomi", "Huawei")


def test_analysis_path_prefers_heaviest_relation():
    a, b = _ent("United States", "COUNTRY"), _ent("China", "COUNTRY")
    evidence = (
        _ev("d1", "2025-01-01", a, "restricts", b, "The US curbs China."),
        _ev("d2", "2025-02-01", a, "restricts", b, "Washington curbs Beijing."),
        _ev("d2", "2025-02-01", b, "partners", a, "China and the US talk."),
    )
    g = build_graph([DocResult("d1", None, (a, b), (), evidence)])
    row = path_table(g, "China", "United States").iloc[0]
    assert (row["relation"], row["direction"], row["weight"]) == ("restricts", "<-", 2)


# --- filters ----------------------------------------------------------------


def test_analysis_filters_as_of(g):
    early = as_of(g, "2025-01-31")
    assert sorted(r for *_, r in early.edges(keys=True)) == ["develops", "restricts", "supplies"]
    assert all(d <= "2025-01-31" for _, _, d in early.edges(data="first_date"))
    assert "company:huawei" not in early
    assert as_of(g, "2030-01-01").number_of_edges() == g.number_of_edges()


def test_analysis_filters_date_range_keeps_overlapping_edges(g):
    h = filter_graph(g, start="2025-05-21", end="2025-05-31")
    # US restricts China runs 2025-01-15..2025-05-20: outside; d4 edges on 05-23 inside
    assert not h.has_edge("country:united-states", "country:china", "restricts")
    assert h.has_edge("company:xiaomi", "product:xring-o1", "develops")


@pytest.mark.parametrize(
    "kwargs, check",
    [
        ({"types": "COMPANY"}, lambda h: {t for _, t in h.nodes(data="type")} == {"COMPANY"}),
        ({"relations": ["issues"]}, lambda h: {r for *_, r in h.edges(keys=True)} == {"issues"}),
        ({"min_weight": 2}, lambda h: h.number_of_edges() == 1),
        ({"min_confidence": 0.95}, lambda h: h.number_of_edges() == 0),
    ],
)
def test_analysis_filters_each(g, kwargs, check):
    assert check(filter_graph(g, **kwargs))


def test_analysis_filters_compose_and_copy(g):
    once = filter_graph(
        filter_graph(g, relations="restricts"), end="2025-05-31", drop_isolates=True
    )
    both = filter_graph(g, relations="restricts", end="2025-05-31", drop_isolates=True)
    assert sorted(once.edges(keys=True)) == sorted(both.edges(keys=True))
    assert sorted(once) == sorted(both)
    once.edges["country:united-states", "country:china", "restricts"]["docs"].append("x")
    assert "x" not in g.edges["country:united-states", "country:china", "restricts"]["docs"]


# --- tables -----------------------------------------------------------------


def test_analysis_edge_table_restricts(g):
    table = edge_table(g, "restricts")
    assert set(table["relation"]) == {"restricts"}
    assert len(table) == 5
    top = table.iloc[0]
    assert (top["source"], top["target"], top["weight"], top["documents"]) == (
        "United States",
        "China",
        2,
        "d1; d3",
    )


def test_analysis_edge_table_graph_without_evidence_lists():
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", type="COMPANY")
    g.add_node("b", label="B", type="PRODUCT")
    g.add_edge("a", "b", key="develops", relation="develops", weight=1, documents="d1; d2",
               first_date="2025-01-01")  # fmt: skip
    row = edge_table(g).iloc[0]
    assert (row["documents"], row["doc_id"], row["sentence"]) == ("d1; d2", "d1", "")


def test_analysis_edge_timeline_cumulates(g):
    timeline = edge_timeline(g)
    assert timeline["date"].is_monotonic_increasing
    assert timeline["edges"].iloc[-1] == g.number_of_edges()
    assert timeline["sentences"].sum() == sum(w for *_, w in g.edges(data="weight"))
