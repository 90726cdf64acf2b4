"""Tests of the graph page's HTML, without a browser."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from kg.records import NODE_TYPES, RELATIONS, SYMMETRIC
from kg.viz import write_html
from kg.viz.page import page_data

HOSTILE_ALIAS = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SENTENCE = "Nvidia said </script><script>window.__pwned=1</script> it would \u2028comply."


def _node(g: nx.MultiDiGraph, nid: str, label: str, ntype: str, aliases=(), mentions=1) -> None:
    g.add_node(
        nid,
        label=label,
        type=ntype,
        aliases=list(aliases),
        mentions=mentions,
        documents=1,
        first_date="2025-05-01",
        last_date="2025-05-20",
        wikidata="",
    )


def _edge(g: nx.MultiDiGraph, u: str, v: str, rel: str, sentence: str, weight: int = 1) -> None:
    g.add_edge(
        u,
        v,
        key=rel,
        relation=rel,
        weight=weight,
        docs=["d1"],
        first_date="2025-05-01",
        last_date="2025-05-20",
        confidence=0.9,
        symmetric=rel in SYMMETRIC,
        evidence=[
            {
                "doc_id": "d1",
                "date": "2025-05-01",
                "sentence": sentence,
                "confidence": 0.9,
                "modality": "stated",
            }
        ],
    )


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    _node(g, "company:nvidia", "Nvidia", "COMPANY", ["NVIDIA", HOSTILE_ALIAS], mentions=5)
    _node(g, "company:amd", "AMD", "COMPANY")
    _node(g, "product:h20", "H20", "PRODUCT")
    _node(g, "agency:bis", "Bureau of Industry and Security", "AGENCY", ["BIS"])
    _node(g, "country:china", "China", "COUNTRY")
    _edge(g, "company:nvidia", "product:h20", "develops", HOSTILE_SENTENCE, weight=2)
    _edge(g, "agency:bis", "product:h20", "restricts", "BIS restricts the H20 & more.")
    _edge(g, "company:amd", "company:nvidia", "competes", "AMD rivals Nvidia.")
    _edge(g, "company:nvidia", "country:china", "supplies", "Nvidia sells to China.")
    return g


def star_graph(n: int) -> nx.MultiDiGraph:
    """A hub with ``n - 1`` spokes, so the hub is the most central node."""
    g = nx.MultiDiGraph()
    _node(g, "country:hub", "Hub", "COUNTRY")
    for i in range(1, n):
        _node(g, f"company:c{i:03d}", f"C{i}", "COMPANY")
        _edge(g, f"company:c{i:03d}", "country:hub", "operates_in", f"C{i} works in Hub.")
    return g


def _data_script(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))


@pytest.fixture
def page(tmp_path) -> str:
    return write_html(small_graph(), tmp_path / "graph.html").read_text(encoding="utf-8")


def test_viz_page_makes_no_remote_request(page):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert "@import" not in page
    assert "bootstrap" not in page.lower()


def test_viz_page_inlines_vis_network(page):
    assert "vis-network" in page
    # the data, vis-network and the page's own script, each closed once
    assert page.count("</script>") == 3


def test_viz_page_escapes_hostile_text(page):
    assert HOSTILE_ALIAS not in page
    assert "<script>window.__pwned" not in page
    assert "\u2028" not in page
    # three scripts open and three close: no sentence ends one early
    assert page.count("</script>") == 3
    data = _data_script(page)
    nvidia = next(n for n in data["nodes"] if n["id"] == "company:nvidia")
    assert HOSTILE_ALIAS in nvidia["aliases"]
    develops = next(e for e in data["edges"] if e["relation"] == "develops")
    assert develops["evidence"][0]["sentence"] == HOSTILE_SENTENCE


def test_viz_page_escapes_title(tmp_path):
    path = write_html(small_graph(), tmp_path / "g.html", title="<b>Chips</b> & policy")
    page = path.read_text(encoding="utf-8")
    assert "<title>&lt;b&gt;Chips&lt;/b&gt; &amp; policy</title>" in page
    assert "<b>Chips</b>" not in page


def test_viz_page_has_legend_of_types_and_relations(page):
    legend = page[page.index('id="kg-legend"') : page.index("</section>")]
    for ntype in NODE_TYPES:
        assert f'data-type="{ntype}"' in legend
        assert f'<span class="kg-name">{ntype}</span>' in legend
    for rel in RELATIONS:
        assert f'data-relation="{rel}"' in legend


def test_viz_page_styles_nodes_by_type_and_edges_by_relation():
    data = page_data(small_graph())
    shapes = {n["type"]: (n["shape"], n["color"]["background"]) for n in data["nodes"]}
    assert shapes["COMPANY"] != shapes["PRODUCT"]
    assert shapes["AGENCY"] != shapes["COUNTRY"]
    by_rel = {e["relation"]: e for e in data["edges"]}
    assert by_rel["develops"]["color"]["color"] != by_rel["restricts"]["color"]["color"]
    assert by_rel["develops"]["label"] == "develops"


@pytest.mark.parametrize("relation", sorted(SYMMETRIC))
def test_viz_symmetric_relations_have_no_arrows(relation):
    g = small_graph()
    _edge(g, "company:amd", "product:h20", relation, "AMD and H20.")
    _edge(g, "company:amd", "product:h20", "develops", "AMD develops H20.")
    by_rel = {e["relation"]: e for e in page_data(g)["edges"]}
    assert by_rel[relation]["arrows"] == ""
    assert by_rel["develops"]["arrows"] == "to"


def test_viz_parallel_edges_are_bent_apart():
    g = small_graph()
    _edge(g, "company:nvidia", "product:h20", "manufactures", "Nvidia makes H20.")
    pair = [
        e
        for e in page_data(g)["edges"]
        if {e["from"], e["to"]} == {"company:nvidia", "product:h20"}
    ]
    assert len(pair) == 2
    assert [bool(e["smooth"]) for e in pair] == [False, True]


def test_viz_truncates_above_max_nodes_with_notice(tmp_path):
    g = star_graph(40)
    page = write_html(g, tmp_path / "g.html", max_nodes=10).read_text(encoding="utf-8")
    data = _data_script(page)
    assert len(data["nodes"]) == 10
    assert "country:hub" in {n["id"] for n in data["nodes"]}
    assert len(data["edges"]) == 9
    notice = re.search(r'<div id="kg-notice"[^>]*>(.*?)</div>', page, re.S)
    assert notice is not None and "hidden" not in notice.group(0).split(">")[0]
    assert "10 most central of 40 entities" in notice.group(1)
    assert "9 of 39 relations" in notice.group(1)
    assert "heaviest" not in notice.group(1)  # every edge between the ten is drawn


def test_viz_draws_the_heaviest_edges_above_max_edges(tmp_path):
    g = star_graph(30)
    for i, (u, v, k) in enumerate(sorted(g.edges(keys=True))):
        g.edges[u, v, k]["weight"] = 1 + i % 7  # 29 edges, weights 1..7
    page = write_html(g, tmp_path / "g.html", max_edges=8).read_text(encoding="utf-8")
    data = _data_script(page)
    assert len(data["nodes"]) == 30  # every node stays, drawn or not by an edge
    weights = sorted((e["weight"] for e in data["edges"]), reverse=True)
    assert weights == sorted((d["weight"] for *_, d in g.edges(data=True)), reverse=True)[:8]
    assert [(e["from"], e["to"]) for e in data["edges"]] == sorted(
        (e["from"], e["to"]) for e in data["edges"]
    )
    notice = re.search(r'<div id="kg-notice"[^>]*>(.*?)</div>', page, re.S)
    assert "Showing all 30 entities and 8 of 29 relations" in notice.group(1)
    assert "the heaviest of the 29 between them" in notice.group(1)
    with pytest.raises(ValueError, match="max_edges"):
        write_html(g, tmp_path / "h.html", max_edges=-1)


def test_viz_no_notice_when_everything_fits(page):
    notice = re.search(r'<div id="kg-notice"[^>]*>', page)
    assert notice is not None and " hidden" in notice.group(0)


def test_viz_write_is_deterministic(tmp_path):
    first = write_html(small_graph(), tmp_path / "a.html").read_bytes()
    second = write_html(small_graph(), tmp_path / "b.html").read_bytes()
    assert first == second


def test_viz_output_does_not_depend_on_insertion_order(tmp_path):
    g = small_graph()
    reordered = nx.MultiDiGraph()
    reordered.add_nodes_from(reversed(list(g.nodes(data=True))))
    reordered.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    first = write_html(g, tmp_path / "a.html").read_bytes()
    second = write_html(reordered, tmp_path / "b.html").read_bytes()
    assert first == second


def test_viz_seed_sets_layout_seed():
    assert page_data(small_graph(), seed=11)["options"]["layout"]["randomSeed"] == 11


@pytest.mark.parametrize("size_by", ["pagerank", "degree", "mentions"])
def test_viz_size_by_ranks_hub_first(size_by):
    g = star_graph(6)
    g.nodes["country:hub"]["mentions"] = 50
    data = page_data(g, size_by=size_by)
    top = max(data["nodes"], key=lambda n: n["size"])
    assert top["id"] == "country:hub"


def test_viz_rejects_unknown_size_by():
    with pytest.raises(ValueError, match="size_by"):
        page_data(small_graph(), size_by="betweenness")


def test_viz_empty_graph_says_so(tmp_path):
    page = write_html(nx.MultiDiGraph(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert "The graph is empty." in page
    assert _data_script(page)["nodes"] == []
