"""Tests of the graph page's HTML, without a browser."""

from __future__ import annotations

import html
import math
import re

import networkx as nx
import pytest

from kg.errors import KgError
from kg.records import NODE_TYPES, RELATIONS, SYMMETRIC
from kg.viz import show, write_html
from kg.viz.data import page_data
from kg.viz.layout import SPACING, view_layout
from kg.viz.page import read_page_data, render_page
from kg.viz.view import first_view

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
    return read_page_data(page)


def hubs_graph(hubs: int = 6, leaves: int = 12) -> nx.MultiDiGraph:
    """Hubs in a ring, each with its own leaves, and a few isolated entities."""
    g = nx.MultiDiGraph()
    for h in range(hubs):
        _node(g, f"country:h{h}", f"Hub {h}", "COUNTRY", [f"H{h}"])
        for k in range(leaves):
            leaf = f"company:h{h}-{k:02d}"
            _node(g, leaf, f"Leaf {h}-{k}", "COMPANY", [f"L{h}{k}"])
            _edge(
                g, leaf, f"country:h{h}", "operates_in", f"Leaf {h}-{k} is in Hub {h}.", k % 3 + 1
            )
        _edge(g, f"country:h{h}", f"country:h{(h + 1) % hubs}", "partners", "Hubs team up.", 5)
    for k in range(3):
        _node(g, f"event:alone-{k}", f"Alone {k}", "EVENT")
    return g


def view_ids(data: dict) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The first view as node ids and (from, to, relation) triples."""
    ids = data["nodes"]["id"]
    nodes = [ids[i] for i in data["view"]["nodes"]]
    edges = [
        (
            ids[data["edges"]["from"][j]],
            ids[data["edges"]["to"][j]],
            data["relations"][data["edges"]["relation"][j]]["name"],
        )
        for j in data["view"]["edges"]
    ]
    return nodes, edges


def edge_of(data: dict, relation: str) -> dict:
    """The first edge of ``relation`` in the page's data, one key a column."""
    rel = [r["name"] for r in data["relations"]].index(relation)
    j = data["edges"]["relation"].index(rel)
    return {column: values[j] for column, values in data["edges"].items()}


def _notice(page: str) -> str:
    notice = re.search(r'<div id="kg-notice"[^>]*>(.*?)</div>', page, re.S)
    assert notice is not None and "hidden" not in notice.group(0).split(">")[0]
    return notice.group(1)


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
    # the data, vis-network and the page's own two scripts, each closed once
    assert page.count("</script>") == 4


def test_viz_page_escapes_hostile_text(page):
    assert HOSTILE_ALIAS not in page
    assert "<script>window.__pwned" not in page
    assert "\u2028" not in page
    # four scripts open and four close: no sentence ends one early
    assert page.count("</script>") == 4
    data = _data_script(page)
    nvidia = data["nodes"]["id"].index("company:nvidia")
    assert HOSTILE_ALIAS in data["nodes"]["aliases"][nvidia]
    develops = edge_of(data, "develops")
    assert data["sentences"][develops["evidence"][0][0]] == HOSTILE_SENTENCE


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
    style = {t["name"]: (t["shape"], t["color"]) for t in data["types"]}
    assert style["COMPANY"] != style["PRODUCT"]
    assert style["AGENCY"] != style["COUNTRY"]
    colors = {r["name"]: r["color"] for r in data["relations"]}
    assert colors["develops"] != colors["restricts"]
    nvidia = data["nodes"]["id"].index("company:nvidia")
    assert data["types"][data["nodes"]["type"][nvidia]]["name"] == "COMPANY"


@pytest.mark.parametrize("relation", sorted(SYMMETRIC))
def test_viz_symmetric_relations_have_no_arrows(relation):
    g = small_graph()
    _edge(g, "company:amd", "product:h20", relation, "AMD and H20.")
    _edge(g, "company:amd", "product:h20", "develops", "AMD develops H20.")
    data = page_data(g)
    assert edge_of(data, relation)["symmetric"] == 1
    assert edge_of(data, "develops")["symmetric"] == 0


def test_viz_parallel_edges_are_bent_apart():
    g = small_graph()
    _edge(g, "company:nvidia", "product:h20", "manufactures", "Nvidia makes H20.")
    data = page_data(g)
    ids = data["nodes"]["id"]
    pair = [
        data["edges"]["curve"][j]
        for j in range(len(data["edges"]["from"]))
        if {ids[data["edges"]["from"][j]], ids[data["edges"]["to"][j]]}
        == {"company:nvidia", "product:h20"}
    ]
    assert len(pair) == 2
    assert pair[0] == 0 and pair[1] != 0


def test_viz_truncates_above_max_nodes_with_notice(tmp_path):
    g = star_graph(40)
    page = write_html(g, tmp_path / "g.html", max_nodes=10).read_text(encoding="utf-8")
    data = _data_script(page)
    nodes, edges = view_ids(data)
    assert len(nodes) == 10 and nodes[0] == "country:hub"
    assert len(edges) == 9
    # the whole graph is in the page, to be found and expanded
    assert len(data["nodes"]["id"]) == 40 and len(data["edges"]["from"]) == 39
    assert "C39" in data["nodes"]["label"]
    notice = _notice(page)
    assert "10 most central of 40 entities" in notice
    assert "9 of 39 relations" in notice


def test_viz_draws_the_heaviest_edges_above_max_edges(tmp_path):
    g = star_graph(30)
    for i, (u, v, k) in enumerate(sorted(g.edges(keys=True))):
        g.edges[u, v, k]["weight"] = 1 + i % 7  # 29 edges, weights 1..7
    page = write_html(g, tmp_path / "g.html", max_edges=8).read_text(encoding="utf-8")
    data = _data_script(page)
    weights = sorted((data["edges"]["weight"][j] for j in data["view"]["edges"]), reverse=True)
    assert weights == sorted((d["weight"] for *_, d in g.edges(data=True)), reverse=True)[:8]
    # only the spokes of the edges drawn: none left on the page without one
    nodes, edges = view_ids(data)
    assert set(nodes) == {end for u, v, _ in edges for end in (u, v)}
    assert len(nodes) == 9
    assert data["view"]["edges"] == sorted(data["view"]["edges"])
    assert "Opened on the 9 most central of 30 entities" in _notice(page)
    assert "8 of 29 relations, the heaviest" in _notice(page)
    with pytest.raises(ValueError, match="max_edges"):
        write_html(g, tmp_path / "h.html", max_edges=-1)


@pytest.mark.parametrize(("max_nodes", "max_edges"), [(5, 100), (20, 10), (40, 30), (80, 5)])
def test_viz_view_leaves_no_node_without_an_edge(max_nodes, max_edges):
    g = hubs_graph()
    nodes, edges = first_view(
        g, sorted(g, key=lambda n: (-g.degree(n), n)), max_nodes=max_nodes, max_edges=max_edges
    )
    assert 0 < len(nodes) <= max_nodes and 0 < len(edges) <= max_edges
    ends = {end for u, v, _ in edges for end in (u, v)}
    assert ends == set(nodes)
    assert not any(n.startswith("event:alone") for n in nodes)
    # the budget is spent: no edge between drawn nodes is left out while there is room
    between = [(u, v, k) for u, v, k in g.edges(keys=True) if u in ends and v in ends]
    assert len(edges) == min(max_edges, len(between))


def test_viz_view_of_a_graph_that_fits_is_the_whole_graph():
    g = hubs_graph(hubs=2, leaves=3)
    ranked = sorted(g)
    nodes, edges = first_view(g, ranked, max_nodes=100, max_edges=100)
    assert nodes == ranked  # the isolated entities too
    assert edges == sorted(g.edges(keys=True))


def test_viz_layout_places_every_node_the_same_way_each_time():
    g = hubs_graph()
    nodes, edges = first_view(g, sorted(g, key=lambda n: (-g.degree(n), n)), max_nodes=50,
                              max_edges=60)  # fmt: skip
    places = view_layout(g, nodes, edges)
    assert list(places) == nodes
    assert places == view_layout(g, nodes, edges)
    assert len(set(places.values())) == len(nodes)  # no two in one place
    # a leaf lies by its hub
    leaf = next(n for n in nodes if n.startswith("company:h0-"))
    assert math.dist(places[leaf], places["country:h0"]) < 3 * SPACING


def test_viz_page_carries_document_titles_and_safe_links():
    g = small_graph()
    _edge(g, "company:amd", "product:h20", "develops", "AMD develops H20.")
    g.edges["company:amd", "product:h20", "develops"]["evidence"][0]["doc_id"] = "d2"
    g.graph["documents"] = {
        "d1": {"title": "Chip curbs", "source": "Reuters", "url": "https://example.com/1"},
        "d2": {"title": "Sneaky", "url": "javascript:alert(1)"},
        "unused": {"title": "Not cited"},
    }
    docs = page_data(g)["documents"]
    row = {doc_id: i for i, doc_id in enumerate(docs["id"])}
    assert set(row) == {"d1", "d2"}
    d1, d2 = row["d1"], row["d2"]
    assert (docs["title"][d1], docs["source"][d1], docs["url"][d1]) == (
        "Chip curbs",
        "Reuters",
        "https://example.com/1",
    )
    assert docs["date"][d1] == "2025-05-01"
    assert (docs["title"][d2], docs["url"][d2]) == ("Sneaky", "")


def test_viz_page_lists_the_dates_of_its_edges():
    g = small_graph()
    g.edges["agency:bis", "product:h20", "restricts"].update(
        first_date="2025-03-02", last_date="2025-06-30"
    )
    g.edges["company:amd", "company:nvidia", "competes"].update(first_date="", last_date="")
    dates = page_data(g)["meta"]["dates"]
    assert dates == ["2025-03-02", "2025-05-01", "2025-05-20", "2025-06-30"]


def test_viz_no_notice_when_everything_fits(page):
    notice = re.search(r'<div id="kg-notice"[^>]*>', page)
    assert notice is not None and " hidden" in notice.group(0)


def test_viz_write_is_deterministic(tmp_path):
    first = write_html(small_graph(), tmp_path / "a.html").read_bytes()
    second = write_html(small_graph(), tmp_path / "b.html").read_bytes()
    assert first == second


def test_viz_output_does_not_depend_on_insertion_order(tmp_path):
    g = hubs_graph()
    reordered = nx.MultiDiGraph()
    reordered.add_nodes_from(reversed(list(g.nodes(data=True))))
    reordered.add_edges_from(reversed(list(g.edges(keys=True, data=True))))
    first = write_html(g, tmp_path / "a.html", max_nodes=20, max_edges=25).read_bytes()
    second = write_html(reordered, tmp_path / "b.html", max_nodes=20, max_edges=25).read_bytes()
    assert first == second


def test_viz_seed_sets_layout_seed():
    assert page_data(small_graph(), seed=11)["options"]["layout"]["randomSeed"] == 11


def test_viz_big_view_opens_on_its_computed_layout():
    small = page_data(small_graph())["options"]["physics"]
    assert small["enabled"] and small["stabilization"]["iterations"] > 0
    big = page_data(hubs_graph(hubs=50, leaves=60), max_nodes=5000, max_edges=5000)
    assert big["meta"]["nodes_shown"] > 3000
    assert big["options"]["physics"]["enabled"] is False


@pytest.mark.parametrize("size_by", ["pagerank", "degree", "mentions"])
def test_viz_size_by_ranks_hub_first(size_by):
    g = star_graph(6)
    g.nodes["country:hub"]["mentions"] = 50
    data = page_data(g, size_by=size_by)
    sizes = data["nodes"]["size"]
    assert data["nodes"]["id"][sizes.index(max(sizes))] == "country:hub"
    assert data["view"]["nodes"][0] == data["nodes"]["id"].index("country:hub")


def test_viz_rejects_unknown_size_by():
    with pytest.raises(ValueError, match="size_by"):
        page_data(small_graph(), size_by="betweenness")


def test_viz_empty_graph_says_so(tmp_path):
    page = write_html(nx.MultiDiGraph(), tmp_path / "g.html").read_text(encoding="utf-8")
    assert "The graph is empty." in page
    assert _data_script(page)["nodes"]["id"] == []


def test_viz_reads_other_networkx_graphs():
    g = nx.DiGraph()
    g.add_edge(1, 2, relation="uses", weight=2)
    g.add_node(3, label="Three")
    data = page_data(g)
    assert data["nodes"]["id"] == ["1", "2", "3"]
    assert data["nodes"]["label"] == ["1", "2", "Three"]
    assert edge_of(data, "uses")["weight"] == 2


def test_viz_show_embeds_the_whole_page_in_a_sandboxed_frame():
    page = show(small_graph(), title="Chips", height=480)
    frame = page._repr_html_()
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" (.*)></iframe>', frame, re.S)
    assert match is not None
    assert html.unescape(match.group(1)) == page.html
    assert 'sandbox="allow-scripts' in match.group(2) and "allow-same-origin" not in frame
    assert "height: 480px" in match.group(2)
    assert "<title>Chips</title>" in page.html
    assert "Nvidia" in _data_script(page.html)["nodes"]["label"]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page.html, re.I)


def test_viz_show_opens_an_ego_network_on_its_centre():
    from kg.graph.analysis import ego_graph

    sub = ego_graph(small_graph(), "BIS")
    data = _data_script(show(sub).html)
    assert data["meta"]["center"] == "agency:bis"
    assert set(data["nodes"]["id"]) == {"agency:bis", "product:h20"}


@pytest.mark.parametrize(
    ("graph", "options", "message"),
    [
        ({"a": 1}, {}, "takes a networkx graph, not dict"),
        (nx.MultiDiGraph(), {"max_nodes": 0}, "max_nodes must be at least 1"),
        (nx.MultiDiGraph(), {"height": 10}, "height must be at least 100"),
    ],
)
def test_viz_show_rejects_bad_input_clearly(graph, options, message):
    with pytest.raises(KgError, match=message):
        show(graph, **options)


def test_viz_reads_a_graph_back_from_graphml(tmp_path):
    from kg.export import write_graphml

    g = small_graph()
    g.edges["company:nvidia", "country:china", "supplies"]["evidence"].append(
        {"doc_id": "d2", "date": "", "sentence": "Nvidia; again.", "modality": "stated"}
    )
    path = write_graphml(g, tmp_path / "graph.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    back.nodes["company:amd"]["mentions"] = float("nan")
    data = page_data(back)
    nvidia = data["nodes"]["id"].index("company:nvidia")
    assert data["nodes"]["aliases"][nvidia] == ["NVIDIA", HOSTILE_ALIAS]
    assert data["nodes"]["mentions"][data["nodes"]["id"].index("company:amd")] == 0
    assert sorted(data["edges"]["weight"]) == [1, 1, 1, 2]
    assert sorted(data["sentences"])[:2] == ["AMD rivals Nvidia.", "BIS restricts the H20 & more."]
    assert "Nvidia; again." in data["sentences"]
    read_page_data(render_page(data))  # plain JSON: no NaN the browser would refuse


def test_viz_page_carries_what_a_policy_was_told_apart_by():
    g = small_graph()
    _node(g, "policy:us-sanctions-on-huawei", "US sanctions on Huawei", "POLICY")
    g.nodes["policy:us-sanctions-on-huawei"].update(issuer=["United States"], subject=["Huawei"])
    nodes = page_data(g)["nodes"]
    i = nodes["id"].index("policy:us-sanctions-on-huawei")
    assert (nodes["issuer"][i], nodes["subject"][i]) == (["United States"], ["Huawei"])
    assert nodes["issuer"][nodes["id"].index("agency:bis")] == []
    # as GraphML keeps them: joined in one string
    g.nodes["policy:us-sanctions-on-huawei"]["subject"] = "Huawei; ZTE"
    nodes = page_data(g)["nodes"]
    assert nodes["subject"][nodes["id"].index("policy:us-sanctions-on-huawei")] == ["Huawei", "ZTE"]
