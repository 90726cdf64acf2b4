"""Tests of the GraphML, GEXF, JSON and Neo4j writers: hostile text survives each one."""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph
import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from networkx.readwrite.graphml import GraphMLWriter

from kg.errors import KgError
from kg.export import (
    FORMATS,
    flatten,
    load_graph,
    write_evidence,
    write_exports,
    write_graphml,
    xml_safe,
)
from kg.graph.build import build_graph
from kg.records import DocResult, Entity, Evidence

HOSTILE = [
    'He said "no" <b>&amp;</b> & <![CDATA[x]]>',
    "line one\nline two\r\nline three\rline four",
    "\ttab first, then\ttab",
    "emoji 😀 and a flag 🇹🇼 and ﷺ",
    "right-to-left \u200f mark and \u202e override",
    '=HYPERLINK("http://example.com","x")',
    "-0.5",
    "@SUM(A1)",
    "'apostrophe first",
    "control \x00 \x07 \x1b \x0b \x0c chars",
    "  spaces around  ",
    "x" * 10_000,
]


def _hostile_results() -> list[DocResult]:
    ents = [
        Entity(f"company:h{i}", text, "COMPANY", (f"alias {i} {text[:20]}",))
        for i, text in enumerate(HOSTILE)
    ]
    results = []
    for i, (src, tgt) in enumerate(itertools.pairwise(ents)):
        ev = Evidence(
            f"doc{i}", f"2025-05-{i + 1:02d}" if i % 3 else "", src.id, src.label, src.type,
            "supplies", tgt.id, tgt.label, tgt.type, HOSTILE[i], 0.5 + i / 100,
        )  # fmt: skip
        date = ev.date or None
        results.append(DocResult(ev.doc_id, date, (src, tgt), (), (ev,)))
    return results


@pytest.fixture
def hostile(tmp_path):
    results = _hostile_results()
    graph = build_graph(results)
    paths = write_exports(graph, tmp_path, formats=list(FORMATS))
    write_evidence((ev for r in results for ev in r.evidence), tmp_path / "evidence.csv")
    return graph, paths


def _edges(graph) -> dict:
    return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


def _gexf_edges(graph) -> dict:
    # read_gexf gives a MultiDiGraph only when the file has parallel edges.
    if graph.is_multigraph():
        return _edges(graph)
    return {(u, v, d["relation"]): d for u, v, d in graph.edges(data=True)}


def test_export_xml_safe_replaces_only_what_xml_cannot_carry():
    assert xml_safe("a\x00b\x1fc") == "a\ufffdb\ufffdc"
    kept = "tab\t lf\n cr\r \u200f\u202e 😀 <&>"
    assert xml_safe(kept) == kept


def test_export_flatten_has_no_none_or_nan():
    g = nx.MultiDiGraph()
    g.add_node("company:a", label=None, mentions=None, score=float("nan"), extra=[1, 2])
    g.add_node("company:b", label="B", score=0.5)
    g.add_edge("company:a", "company:b", key="uses", relation="uses", confidence=float("nan"))
    flat = flatten(g)
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in flat.edges(data=True) for v in d.values()]
    assert None not in values
    assert not any(isinstance(v, float) and math.isnan(v) for v in values)
    assert flat.nodes["company:a"]["label"] == ""
    assert flat.nodes["company:a"]["extra"] == "1; 2"
    assert "score" not in flat.nodes["company:a"]
    assert flat.nodes["company:b"]["score"] == 0.5


def test_export_write_exports_names_files(tmp_path):
    paths = write_exports(nx.MultiDiGraph(), tmp_path, formats=list(FORMATS))
    assert {k: p.relative_to(tmp_path).as_posix() for k, p in paths.items()} == {
        "csv": "nodes.csv",
        "graphml": "graph.graphml",
        "gexf": "graph.gexf",
        "json": "graph.json",
        "neo4j": "neo4j",
    }
    assert (tmp_path / "edges.csv").is_file()


def test_export_write_exports_rejects_unknown_format(tmp_path):
    with pytest.raises(KgError, match="unknown export format 'dot'"):
        write_exports(nx.MultiDiGraph(), tmp_path / "out", formats=["graphml", "dot"])
    assert not (tmp_path / "out").exists()


def test_export_csv_hostile_text_round_trips(hostile, tmp_path):
    graph, _ = hostile
    back = load_graph(tmp_path)
    assert list(back.nodes(data=True)) == list(graph.nodes(data=True))
    assert _edges(back) == _edges(graph)


def test_export_graphml_reads_back_with_networkx(hostile):
    graph, paths = hostile
    back = nx.read_graphml(paths["graphml"], edge_key_type=str, force_multigraph=True)
    flat = flatten(graph, xml=True)
    assert dict(back.nodes(data=True)) == dict(flat.nodes(data=True))
    assert _edges(back) == _edges(flat)
    assert back.nodes["company:h0"]["label"] == HOSTILE[0]
    assert back.nodes["company:h1"]["label"] == HOSTILE[1]
    assert back.nodes["company:h9"]["label"] == xml_safe(HOSTILE[9])
    assert back.edges["company:h10", "company:h11", "supplies"]["evidence"] == HOSTILE[10]


def test_export_graphml_has_typed_keys(hostile):
    _, paths = hostile
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(paths["graphml"]).getroot()
    keys = {
        (k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.findall("g:key", ns)
    }
    assert keys[("node", "label")] == "string"
    assert keys[("node", "mentions")] == "long"
    assert keys[("edge", "weight")] == "long"
    assert keys[("edge", "confidence")] == "double"
    assert keys[("edge", "symmetric")] == "boolean"
    ids = {(k.get("for"), k.get("attr.name")): k.get("id") for k in root.findall("g:key", ns)}
    symmetric = {
        d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")
        if d.get("key") == ids[("edge", "symmetric")]
    }  # fmt: skip
    assert symmetric == {"false"}


def test_export_graphml_reads_back_with_igraph(hostile):
    graph, paths = hostile
    ig = igraph.Graph.Read_GraphML(str(paths["graphml"]))
    assert ig.vcount() == graph.number_of_nodes()
    assert ig.ecount() == graph.number_of_edges()
    labels = dict(zip(ig.vs["id"], ig.vs["label"], strict=True))
    assert labels == {n: xml_safe(d["label"]) for n, d in graph.nodes(data=True)}
    evidence = sorted(ig.es["evidence"])
    assert evidence == sorted(xml_safe(t) for t in HOSTILE[:-1])
    assert set(ig.es["relation"]) == {"supplies"}
    assert set(ig.es["weight"]) == {1.0}


class _TreeWriter(GraphMLWriter):
    """The ElementTree writer graph.graphml came from before: the reference layout."""

    def add_data(self, name, element_type, value, scope="all", default=None):
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:
            element.text = str(value).lower()
        return element


def _tree_graphml(graph: nx.MultiDiGraph) -> bytes:
    writer = _TreeWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph_element(flatten(graph, xml=True))
    out = io.BytesIO()
    writer.dump(out)
    return out.getvalue().replace(b"\r", b"&#13;")


def _mixed_graph() -> nx.MultiDiGraph:
    """Extra attributes of every type, first seen late, and hostile ids and keys."""
    g = nx.MultiDiGraph()
    g.add_node("company:a", label="A")
    g.add_node('q"<&>\tid\r\n', label="", aliases=[], pagerank=0.25, flag=True, rank=2)
    g.add_node("company:b", label="B", pagerank=1, flag=False, rank=1, skip={"a": 1})
    g.add_edge("company:a", "company:b", key='rel "&<x>"', relation="uses", weight=True)
    g.add_edge("company:b", "company:a", key="part_of", relation="part_of", extra=float("nan"))
    g.add_edge("company:b", "company:a", key="leads", relation="leads", extra=2.5)
    g.add_edge("company:a", "company:a", key="uses", evidence=[{"sentence": "x\ry"}] * 5)
    return g


def _nodes_only() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_nodes_from(["company:a", "company:b"])
    return g


@pytest.mark.parametrize("name", ["hostile", "mixed", "empty", "nodes only"])
def test_export_graphml_writer_matches_the_element_tree_writer(name, tmp_path):
    graph = {
        "hostile": lambda: build_graph(_hostile_results()),
        "mixed": _mixed_graph,
        "empty": nx.MultiDiGraph,
        "nodes only": _nodes_only,
    }[name]()
    path = write_graphml(graph, tmp_path / "graph.graphml")
    assert path.read_bytes() == _tree_graphml(graph)
    back = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    flat = flatten(graph, xml=True)
    assert list(back.nodes(data=True)) == list(flat.nodes(data=True))
    assert _edges(back) == _edges(flat)


def test_export_gexf_reads_back_with_time(hostile):
    graph, paths = hostile
    back = nx.read_gexf(paths["gexf"])
    flat = flatten(graph, xml=True)
    for node, attrs in flat.nodes(data=True):
        got = dict(back.nodes[node])
        if attrs["first_date"]:
            assert (got.pop("start"), got.pop("end")) == (attrs["first_date"], attrs["last_date"])
        else:
            assert "start" not in got and "end" not in got
        assert got == attrs
    back_edges = _gexf_edges(back)
    for (u, v, rel), attrs in _edges(flat).items():
        got = back_edges[u, v, rel]
        assert got["label"] == rel
        assert got["evidence"] == attrs["evidence"]
        assert got["weight"] == attrs["weight"]
        assert got.get("start") == (attrs["first_date"] or None)
    root = ET.parse(paths["gexf"]).getroot()
    element = root.find("{http://www.gexf.net/1.2draft}graph")
    assert (element.get("mode"), element.get("timeformat")) == ("dynamic", "date")


def test_export_json_round_trips(hostile):
    graph, paths = hostile
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert back.is_multigraph() and back.is_directed()
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert _edges(back) == _edges(graph)


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_export_neo4j_csvs_parse_back(hostile):
    graph, paths = hostile
    folder = paths["neo4j"]
    flat = flatten(graph)
    nodes = _read_csv(folder / "nodes.csv")
    assert list(nodes[0])[:4] == ["id:ID", "label", "type", ":LABEL"]
    assert {row["id:ID"]: row["label"] for row in nodes} == {
        n: d["label"] for n, d in flat.nodes(data=True)
    }
    assert {row[":LABEL"] for row in nodes} == {"Company;Entity"}
    assert {int(row["mentions:int"]) for row in nodes} == {0}
    rels = _read_csv(folder / "relationships.csv")
    assert list(rels[0])[:4] == [":START_ID", ":END_ID", ":TYPE", "weight:int"]
    assert {(r[":START_ID"], r[":END_ID"], r[":TYPE"]) for r in rels} == {
        (u, v, "SUPPLIES") for u, v in graph.edges()
    }
    assert sorted(r["evidence"] for r in rels) == sorted(HOSTILE[:-1])
    assert {r["symmetric:boolean"] for r in rels} == {"false"}


def test_export_neo4j_cypher_has_a_statement_per_label_and_type(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("agency:bis", label="BIS", type="AGENCY")
    g.add_node("product:ascend", label="Ascend", type="PRODUCT")
    g.add_node("product:ascend-910b", label="Ascend 910B", type="PRODUCT")
    g.add_edge("agency:bis", "product:ascend", key="restricts", relation="restricts")
    g.add_edge("product:ascend-910b", "product:ascend", key="part_of", relation="part_of")
    folder = write_exports(g, tmp_path, formats=["neo4j"])["neo4j"]
    cypher = (folder / "load.cypher").read_text()
    assert re.findall(r"SET n:`(\w+)`;", cypher) == ["Agency", "Product"]
    assert re.findall(r"MERGE \(a\)-\[r:`(\w+)`\]->\(b\)", cypher) == ["RESTRICTS", "PART_OF"]
    assert "toInteger(row.`weight:int`)" in cypher
    readme = (folder / "README.md").read_text()
    assert "neo4j-admin database import full" in readme
    assert "cypher-shell" in readme


# Any text but lone surrogates, which UTF-8 cannot encode.
TEXT = st.text(st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=TEXT, alias=TEXT, sentence=TEXT, confidence=st.floats(0, 1))
def test_export_any_text_survives_every_format(label, alias, sentence, confidence):
    aliases = (alias,) if alias and "; " not in alias else ()
    a = Entity("company:a", label, "COMPANY", aliases)
    b = Entity("company:b", "B", "COMPANY")
    ev = Evidence(
        "d1", "2025-05-20", a.id, a.label, a.type, "supplies", b.id, b.label, b.type,
        sentence, confidence,
    )  # fmt: skip
    graph = build_graph([DocResult("d1", "2025-05-20", (a, b), (), (ev,))])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        paths = write_exports(graph, out, formats=list(FORMATS))
        write_evidence([ev], out / "evidence.csv")

        back = load_graph(out)
        assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
        assert _edges(back) == _edges(graph)

        data = json.loads(paths["json"].read_text(encoding="utf-8"))
        assert _edges(nx.node_link_graph(data, edges="edges")) == _edges(graph)

        flat = flatten(graph, xml=True)
        graphml = nx.read_graphml(paths["graphml"], edge_key_type=str, force_multigraph=True)
        assert dict(graphml.nodes(data=True)) == dict(flat.nodes(data=True))
        assert _edges(graphml) == _edges(flat)

        gexf = nx.read_gexf(paths["gexf"])
        assert gexf.nodes["company:a"]["label"] == xml_safe(label)
        evidence = _gexf_edges(gexf)["company:a", "company:b", "supplies"]["evidence"]
        assert evidence == xml_safe(sentence)

        rels = _read_csv(paths["neo4j"] / "relationships.csv")
        assert [r["evidence"] for r in rels] == [sentence]
        nodes = _read_csv(paths["neo4j"] / "nodes.csv")
        assert nodes[0]["label"] == label
