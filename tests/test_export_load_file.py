"""Tests of kg.export.load_file and kg.export.readers: graph files read back as kg's graph.

The files in tests/data/graphs hold one small graph as Gephi (0.9 and 0.10) and networkx
write it after a kg graph was edited: attributes renamed, retyped, added and dropped,
edges numbered, GEXF 1.2 and 1.3, GraphML, Gephi's JSON and older node-link JSON.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.errors import InputError
from kg.export import load_graph, write_gexf, write_graphml, write_json
from kg.export.flat import MAX_EVIDENCE_SENTENCES
from kg.export.load_file import load_graph_file
from kg.graph.analysis import sample_graph

GRAPHS = Path(__file__).parent / "data" / "graphs"
GEPHI_FILES = [
    "gephi.graphml",
    "gephi-1.3.gexf",
    "gephi-1.2.gexf",
    "gephi.json",
    "nodelink-links.json",
]
BIS = "agency:bureau-of-industry-and-security"

# what every one of those files holds, once kg has found its attributes
NODES = {
    BIS: ("Bureau of Industry and Security", "AGENCY"),
    "company:huawei": ("Huawei", "COMPANY"),
    "product:ascend": ("Ascend", "PRODUCT"),  # typed by its id where a file has no type
    "company:xiaomi": ("Xiaomi", "COMPANY"),  # "company" in gephi.graphml
    "product:xring-o1": ("XRing O1", "PRODUCT"),
    "12": ("Ministry of Commerce", "AGENCY"),  # a node made in Gephi, "agency"
    "country:china": ("China", "COUNTRY"),
}
EDGES = {
    # relation from "relation", a label ("Edge Label"), Gephi's kind or type
    (BIS, "product:ascend", "restricts", 2, False),
    ("company:huawei", "product:ascend", "develops", 1, False),
    ("company:xiaomi", "product:xring-o1", "develops", 3, False),
    ("12", "country:china", "part_of", 1, False),  # "part of" in two files
    ("company:huawei", "company:xiaomi", "partners", 1, True),  # undirected in the Gephi files
    (BIS, "company:huawei", "restricts", 1, False),  # the kind alone names it
}
NODE_TYPES = {
    "label": str,
    "type": str,
    "aliases": list,
    "mentions": int,
    "documents": int,
    "first_date": str,
    "last_date": str,
    "wikidata": str,
}
EDGE_TYPES = {
    "relation": str,
    "weight": int,
    "docs": list,
    "first_date": str,
    "last_date": str,
    "confidence": float,
    "symmetric": bool,
    "evidence": list,
}


def _edges(g: nx.MultiDiGraph) -> set[tuple]:
    return {(u, v, a["relation"], a["weight"], a["symmetric"]) for u, v, a in g.edges(data=True)}


@pytest.mark.parametrize("name", GEPHI_FILES)
def test_load_file_finds_kg_attributes_in_edited_files(name):
    g = load_graph(GRAPHS / name)
    assert {n: (a["label"], a["type"]) for n, a in g.nodes(data=True)} == NODES
    assert _edges(g) == EDGES
    assert g.nodes[BIS]["aliases"] == ["BIS", "the BIS"]
    for _, attrs in g.nodes(data=True):
        assert {k: type(attrs[k]) for k in NODE_TYPES} == NODE_TYPES
    for *_, attrs in g.edges(data=True):
        assert {k: type(attrs[k]) for k in EDGE_TYPES} == EDGE_TYPES
        assert all(isinstance(row, dict) and row["sentence"] for row in attrs["evidence"])


@pytest.mark.parametrize(
    ("name", "node", "attribute", "value"),
    [
        ("gephi.graphml", BIS, "Modularity Class", 0),
        ("gephi.graphml", BIS, "x", -120.5),
        ("gephi.graphml", BIS, "first_date", "2025-05-13"),  # "First Date"
        ("gephi-1.3.gexf", BIS, "PageRank", 0.21),
        ("gephi-1.3.gexf", BIS, "mentions", 5),  # a dynamic value: the last one written
        ("gephi-1.3.gexf", BIS, "wikidata", "Q4993446"),
        ("gephi-1.2.gexf", "12", "Modularity Class", 2),
        ("gephi.json", BIS, "color", "#9900ff"),
        ("gephi.json", "12", "aliases", ["MOFCOM"]),
        ("nodelink-links.json", "12", "mentions", 0),  # missing: its default
    ],
)
def test_load_file_keeps_other_attributes_and_defaults_missing_ones(name, node, attribute, value):
    assert load_graph(GRAPHS / name).nodes[node][attribute] == value


@pytest.mark.parametrize("name", ["gephi.graphml", "gephi-1.3.gexf", "gephi.json"])
def test_load_file_flat_evidence_becomes_rows(name):
    g = load_graph(GRAPHS / name)
    restricts = g.edges[BIS, "product:ascend", "restricts"]
    assert restricts["docs"] == ["seed-01", "seed-04"]
    assert [row["sentence"][:26] for row in restricts["evidence"]] == [
        "BIS said using Huawei's As",
        "The BIS guidance covers As",
    ]
    # two documents: which sentence came from which is not in the file
    assert {row["doc_id"] for row in restricts["evidence"]} == {""}
    # one document: every sentence is from it, and of its date
    (develops,) = g.edges["company:huawei", "product:ascend", "develops"]["evidence"]
    assert (develops["doc_id"], develops["date"]) == ("seed-01", "2025-05-13")


def test_load_file_node_link_evidence_is_kept_whole():
    g = load_graph(GRAPHS / "nodelink-links.json")
    rows = g.edges[BIS, "product:ascend", "restricts"]["evidence"]
    assert [(r["doc_id"], r["confidence"], r["modality"]) for r in rows] == [
        ("seed-01", 0.9, "stated"),
        ("seed-04", 0.8, "stated"),
    ]
    (row,) = g.edges["company:huawei", "product:ascend", "develops"]["evidence"]
    assert row["modality"] == "" and row["confidence"] is None  # missing keys filled in


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[nx.MultiDiGraph, Path]:
    g = sample_graph()
    out = tmp_path_factory.mktemp("exported")
    write_graphml(g, out / "graph.graphml")
    write_gexf(g, out / "graph.gexf")
    write_json(g, out / "graph.json")
    return g, out


def test_load_file_reads_kg_json_back_exactly(exported):
    g, out = exported
    back = load_graph_file(out / "graph.json")
    assert list(back.nodes(data=True)) == list(g.nodes(data=True))
    assert list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))


@pytest.mark.parametrize("name", ["graph.graphml", "graph.gexf"])
def test_load_file_reads_kg_flat_files_back(exported, name):
    g, out = exported
    back = load_graph_file(out / name)
    assert list(back.nodes(data=True)) == list(g.nodes(data=True))
    assert list(back.edges(keys=True)) == list(g.edges(keys=True))
    for u, v, key, attrs in g.edges(keys=True, data=True):
        got = dict(back.edges[u, v, key])
        sentences = [row["sentence"] for row in got.pop("evidence")]
        assert got == {k: a for k, a in attrs.items() if k != "evidence"}
        kept = attrs["evidence"][:MAX_EVIDENCE_SENTENCES]
        assert sentences == [row["sentence"] for row in kept]


@pytest.mark.parametrize("name", GEPHI_FILES)
@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["centrality", "--type", "agency"], "Ministry of Commerce"),
        (["communities", "--members"], "XRing O1"),
        (["ego", "{file}", "the BIS", "--depth", "2"], "Xiaomi"),
        (["path", "{file}", "Xiaomi", "MOFCOM"], "nothing connects"),
        (["path", "{file}", "Xiaomi", "bis"], "partners"),
        (["edges", "--relation", "part_of"], "Ministry of Commerce"),
    ],
)
def test_load_file_every_query_answers_on_an_edited_file(name, argv, expected, capsys):
    path = str(GRAPHS / name)
    argv = [a.format(file=path) for a in argv]
    if "{file}" not in " ".join(argv) and path not in argv:
        argv.insert(1, path)
    status = main(["query", *argv])
    out, err = capsys.readouterr()
    if expected == "nothing connects":  # Gephi's node 12 is in another component
        assert status == 2 and expected in err
    else:
        assert status == 0 and expected in out and not err


def test_load_file_export_converts_an_edited_file(tmp_path, capsys):
    assert main(["export", str(GRAPHS / "gephi.graphml"), "-f", "csv", "-o", str(tmp_path)]) == 0
    back = load_graph(tmp_path)
    assert _edges(back) == EDGES
    assert back.nodes["12"]["type"] == "AGENCY"


def test_load_file_export_never_writes_over_the_file_it_reads(tmp_path, capsys):
    graph = tmp_path / "graph.graphml"
    shutil.copy(GRAPHS / "gephi.graphml", graph)
    before = graph.read_bytes()
    assert main(["export", str(graph)]) == 2
    assert "would write over it as graphml (name another folder with -o)" in capsys.readouterr().err
    assert graph.read_bytes() == before
    assert main(["export", str(graph), "-f", "json"]) == 0  # beside it, in its folder
    assert _edges(load_graph(tmp_path / "graph.json")) == EDGES


_WEIGHT = b"""<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="w" for="edge" attr.name="weight" attr.type="string"/>
<graph edgedefault="directed"><node id="a"/><node id="b"/>
<edge source="a" target="b"><data key="w">many</data></edge></graph></graphml>"""


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("g.graphml", b"<graphml><graph><node id='a'>", "not well-formed XML (no element found"),
        ("g.gexf", b"  \n", "empty file (export the graph again with kg export or Gephi)"),
        ("g.json", b"{nodes: []}", "not JSON (Expecting property name enclosed in double quotes"),
        ("g.json", b"[1, 2]", 'not a graph: no "nodes" list (name a folder kg build wrote'),
        ("g.json", b'{"nodes": [{"label": "A"}]}', 'node 1 has no "id"'),
        ("g.json", b'{"nodes": [], "edges": [{"source": "a"}]}', 'edge 1 has no "source" or'),
        ("g.json", b'{"nodes": ["\xe9"]}', "not UTF-8 text"),
        ("g.xml", b"<html><body/></html>", "XML of <html>, not GraphML or GEXF"),
        ("g.gexf", b"<gexf xmlns='http://www.gexf.net/1.3'><meta/></gexf>", "no <graph> in"),
        ("g.graphml", b"<graphml><graph><node/></graph></graphml>", "a <node> without its 'id'"),
        ("g.graphml", _WEIGHT, "edge 'a' -> 'b': weight is 'many', not a number (correct or"),
        ("g.csv", b"id,label\n", "not a graph file kg reads (name a folder kg build wrote"),
        ("nodes.csv", b"id,label\n", "not a graph file kg reads"),
    ],
)
def test_load_file_bad_file_is_one_line_error(tmp_path, capsys, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["query", "centrality", str(path)]) == 2
    out, err = capsys.readouterr()
    assert not out and err.count("\n") == 1
    assert err.startswith(f"kg: error: {path}: {message}")


def test_load_file_missing_path_is_one_line_error(tmp_path, capsys):
    assert main(["query", "edges", str(tmp_path / "gone.graphml"), "--relation", "uses"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"kg: error: {tmp_path / 'gone.graphml'}: no such folder or file (name a folder kg"
        " build wrote, or a .graphml, .gexf or node-link .json file)\n"
    )


def test_load_file_folder_with_a_bad_table_is_one_line_error(tmp_path, capsys):
    (tmp_path / "nodes.csv").write_bytes(b"id,label,type\n\xff\xfe,x,y\n")
    (tmp_path / "edges.csv").write_text("source_id\n", encoding="utf-8")
    assert main(["query", "centrality", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {tmp_path / 'nodes.csv'}: not UTF-8 text")
    assert err.count("\n") == 1


def test_load_file_folder_without_tables_names_its_graph_files(tmp_path):
    shutil.copy(GRAPHS / "gephi.graphml", tmp_path / "graph.graphml")
    with pytest.raises(InputError, match=r"no nodes\.csv here \(run `kg build` first, or name"):
        load_graph(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_load_file_unreadable_file_is_one_line_error(tmp_path, capsys):
    path = tmp_path / "graph.graphml"
    shutil.copy(GRAPHS / "gephi.graphml", path)
    path.chmod(0)
    assert main(["query", "centrality", str(path)]) == 2
    assert "cannot read it (Permission denied)" in capsys.readouterr().err


def test_load_file_tells_formats_by_content_not_suffix(tmp_path):
    gexf_named_graphml = tmp_path / "edited.graphml"
    shutil.copy(GRAPHS / "gephi-1.3.gexf", gexf_named_graphml)
    assert _edges(load_graph(gexf_named_graphml)) == EDGES
    utf16 = tmp_path / "utf16.gexf"
    text = (GRAPHS / "gephi-1.2.gexf").read_text(encoding="utf-8")
    utf16.write_bytes(text.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert _edges(load_graph(utf16)) == EDGES


def test_load_file_repeated_edges_are_kept_apart(tmp_path):
    path = tmp_path / "twice.json"
    edge = '{"source": "company:a", "target": "company:b", "relation": "invests", "weight": 1}'
    odd = '{"source": "company:a", "target": "company:b", "attributes": {"key": "k1"}}'
    path.write_text(f'{{"nodes": [], "links": [{edge}, {edge}, {odd}]}}', encoding="utf-8")
    g = load_graph(path)
    assert g.edges["company:a", "company:b", ""]["key"] == "k1"  # an attribute called "key"
    g.remove_edge("company:a", "company:b", "")
    assert sorted(g.edges(keys=True)) == [
        ("company:a", "company:b", "invests"),
        ("company:a", "company:b", "invests#2"),
    ]
    assert {a["relation"] for *_, a in g.edges(data=True)} == {"invests"}
    assert g.nodes["company:a"]["type"] == "COMPANY"  # undeclared: typed by its id


def test_load_file_read_error_is_one_line_error(tmp_path, capsys, monkeypatch):
    # what an unreadable file gives where the tests run as root, who reads any file
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    path = tmp_path / "graph.gexf"
    path.write_text("<gexf/>", encoding="utf-8")
    assert main(["query", "centrality", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"kg: error: {path}: cannot read it (Permission denied) (check its name and that you"
        " may read it)\n"
    )
