"""Tests of folding extraction records into the graph."""

from __future__ import annotations

import pytest

import kg.graph.build
from kg.graph.build import GraphBuilder
from kg.records import DocResult, Entity, Evidence


@pytest.mark.parametrize("per_line", [2000, 2])
def test_graph_builder_dump_loads_back_the_same_graph_in_the_same_order(monkeypatch, per_line):
    monkeypatch.setattr(kg.graph.build, "_DUMP_LINE", per_line)
    a = Entity("company:a", "A", "COMPANY", ("A Corp",))
    b = Entity("company:b", "B", "COMPANY")
    c = Entity("product:c", "C", "PRODUCT", (), "Q1")

    def ev(doc, s, rel, t, conf=0.9):
        return Evidence(doc, "2025-01-02", s.id, s.label, s.type, rel, t.id, t.label,
                        t.type, f"{s.label} {rel} {t.label}.", conf)  # fmt: skip

    first = [
        DocResult("d1", "2025-01-02", (a, c), (), (ev("d1", a, "develops", c),)),
        DocResult("d2", None, (b, a), (), (ev("d2", b, "partners", a, 0.7),)),
    ]
    later = DocResult(
        "d3", "2024-12-31", (c, b), (), (ev("d3", b, "uses", c), ev("d3", a, "develops", c))
    )
    builder = GraphBuilder(min_confidence=0.5)
    for r in first:
        builder.add(r)
    again = GraphBuilder.load(builder.dump())
    for x in (builder, again):
        x.add(later)
    g, h = builder.graph, again.graph
    assert list(g.nodes(data=True)) == list(h.nodes(data=True))
    assert list(g.edges(keys=True, data=True)) == list(h.edges(keys=True, data=True))
    assert list(g.in_edges(keys=True)) == list(h.in_edges(keys=True))  # predecessors' order too
    assert again.min_confidence == 0.5


def test_graph_builder_load_refuses_what_is_not_a_dump():
    with pytest.raises(ValueError, match="not a dumped graph builder"):
        GraphBuilder.load(b"nodes and edges")


def test_graph_builder_keeps_what_a_policy_was_told_apart_by():
    sanctions = Entity(
        "policy:us-sanctions-on-huawei",
        "US sanctions on Huawei",
        "POLICY",
        issuer=("United States",),
        subject=("Huawei",),
    )
    listed = Entity("policy:entity-list", "Entity List", "POLICY", issuer=("United States",))
    builder = GraphBuilder()
    builder.add(DocResult("d1", None, (sanctions, listed), (), ()))
    builder.add(DocResult("d2", None, (sanctions,), (), ()))
    builder.add(DocResult("d3", None, (listed._replace(issuer=("Taiwan",)),), (), ()))
    nodes = builder.graph.nodes
    assert nodes["policy:us-sanctions-on-huawei"]["issuer"] == ["United States"]
    assert nodes["policy:us-sanctions-on-huawei"]["subject"] == ["Huawei"]
    assert nodes["policy:entity-list"]["issuer"] == ["United States", "Taiwan"]
    assert nodes["policy:entity-list"]["subject"] == []
