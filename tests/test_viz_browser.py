"""Tests of the graph page in a real chromium, driven by Playwright."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import pytest

from kg.graph.analysis import filter_graph
from kg.records import NODE_TYPES, SYMMETRIC
from kg.viz import show, write_html
from kg.viz.data import page_data
from kg.viz.view import first_view

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
HOSTILE_ALIAS = '<img src=x onerror="window.__pwned=1">'
HOSTILE_SENTENCE = "Nvidia said <script>window.__pwned=1</script> it would comply."

ENTITIES = [
    ("company:nvidia", "Nvidia", "COMPANY", ["NVIDIA", HOSTILE_ALIAS]),
    ("company:huawei", "Huawei", "COMPANY", ["Huawei Technologies"]),
    ("company:tsmc", "TSMC", "COMPANY", ["Taiwan Semiconductor Manufacturing Co"]),
    ("company:xiaomi", "Xiaomi", "COMPANY", []),
    ("company:apple", "Apple", "COMPANY", []),
    ("company:qualcomm", "Qualcomm", "COMPANY", []),
    ("company:arm", "Arm", "COMPANY", ["Arm Holdings"]),
    ("company:amd", "AMD", "COMPANY", ["Advanced Micro Devices"]),
    ("company:smic", "SMIC", "COMPANY", []),
    (
        "agency:bureau-of-industry-and-security",
        "Bureau of Industry and Security",
        "AGENCY",
        ["BIS"],
    ),
    ("agency:us-commerce-department", "US Commerce Department", "AGENCY", []),
    ("agency:mofcom", "Ministry of Commerce", "AGENCY", ["MOFCOM"]),
    ("country:united-states", "United States", "COUNTRY", ["US", "U.S.", "Washington"]),
    ("country:china", "China", "COUNTRY", ["Beijing"]),
    ("country:taiwan", "Taiwan", "COUNTRY", []),
    ("location:shanghai", "Shanghai", "LOCATION", []),
    ("location:arizona", "Arizona", "LOCATION", []),
    ("product:h20", "H20", "PRODUCT", []),
    ("product:ascend", "Ascend", "PRODUCT", []),
    ("product:xring-o1", "XRing O1", "PRODUCT", []),
    ("product:a17-pro", "A17 Pro", "PRODUCT", []),
    ("product:nvlink-fusion", "NVLink Fusion", "PRODUCT", []),
    ("technology:3nm-process", "3nm process", "TECHNOLOGY", []),
    ("technology:hbm", "HBM", "TECHNOLOGY", []),
    ("policy:ai-chip-export-restrictions", "AI chip export restrictions", "POLICY", []),
    ("policy:us-tariffs", "US tariffs", "POLICY", []),
    ("person:jensen-huang", "Jensen Huang", "PERSON", []),
    ("person:lei-jun", "Lei Jun", "PERSON", []),
    ("event:computex-2025", "Computex 2025", "EVENT", []),
]
RELATIONS = [
    ("company:nvidia", "develops", "product:h20", 4, HOSTILE_SENTENCE),
    ("company:huawei", "develops", "product:ascend", 3, "Huawei's Ascend chips."),
    ("company:xiaomi", "develops", "product:xring-o1", 2, "Xiaomi unveiled the XRing O1."),
    ("company:apple", "develops", "product:a17-pro", 1, "Apple's A17 Pro."),
    ("company:nvidia", "develops", "product:nvlink-fusion", 1, "Nvidia launched NVLink Fusion."),
    ("company:tsmc", "manufactures", "product:xring-o1", 2, "TSMC makes the XRing O1."),
    ("company:tsmc", "manufactures", "product:a17-pro", 1, "TSMC makes the A17 Pro."),
    ("company:smic", "manufactures", "product:ascend", 1, "SMIC produces Ascend dies."),
    ("agency:bureau-of-industry-and-security", "restricts", "product:ascend", 3, "BIS curbs."),
    ("agency:bureau-of-industry-and-security", "restricts", "company:huawei", 2, "BIS curbs."),
    (
        "agency:bureau-of-industry-and-security",
        "issues",
        "policy:ai-chip-export-restrictions",
        2,
        "BIS issued rules.",
    ),
    ("policy:ai-chip-export-restrictions", "restricts", "product:h20", 2, "Rules cover H20."),
    ("country:united-states", "restricts", "country:china", 5, "The US restricts China."),
    ("country:united-states", "issues", "policy:us-tariffs", 3, "Washington imposed tariffs."),
    ("policy:us-tariffs", "restricts", "country:china", 2, "Tariffs target China."),
    ("agency:mofcom", "part_of", "country:china", 1, "MOFCOM is China's ministry."),
    (
        "agency:bureau-of-industry-and-security",
        "part_of",
        "agency:us-commerce-department",
        2,
        "BIS, part of Commerce.",
    ),
    ("agency:us-commerce-department", "part_of", "country:united-states", 1, "Commerce."),
    ("country:china", "partners", "country:united-states", 1, "A tariff truce."),
    ("company:nvidia", "supplies", "country:china", 3, "Nvidia sells H20 to China."),
    ("company:amd", "competes", "company:nvidia", 2, "AMD rivals Nvidia."),
    ("product:a17-pro", "competes", "product:xring-o1", 1, "In the same league."),
    ("company:arm", "sues", "company:qualcomm", 2, "Legal wrangling."),
    ("company:nvidia", "operates_in", "location:shanghai", 1, "An R&D centre in Shanghai."),
    ("company:tsmc", "operates_in", "location:arizona", 2, "TSMC's Arizona fab."),
    ("company:tsmc", "operates_in", "country:taiwan", 1, "Hsinchu-based TSMC."),
    ("company:tsmc", "invests", "location:arizona", 2, "TSMC pours money into Arizona."),
    ("product:xring-o1", "uses", "technology:3nm-process", 2, "Built on 3nm."),
    ("product:h20", "uses", "technology:hbm", 1, "H20 uses HBM."),
    ("product:ascend", "uses", "technology:hbm", 1, "Ascend uses HBM."),
    ("person:jensen-huang", "leads", "company:nvidia", 3, "Nvidia CEO Jensen Huang."),
    ("person:lei-jun", "leads", "company:xiaomi", 2, "Xiaomi chairman Lei Jun."),
    ("company:qualcomm", "partners", "company:nvidia", 1, "NVLink Fusion partner."),
    ("company:huawei", "competes", "company:nvidia", 2, "Huawei challenges Nvidia."),
    ("company:xiaomi", "invests", "product:xring-o1", 1, "Xiaomi invests in chips."),
    ("company:nvidia", "invests", "event:computex-2025", 1, "Nvidia at Computex 2025."),
]


def edge_dates(i: int) -> tuple[str, str]:
    """The first and last date of the ``i``-th relation: months January to June, every
    other one running into the next month."""
    month = 1 + i % 6
    last = f"2025-{month:02d}-20" if i % 2 == 0 else f"2025-{month + 1:02d}-10"
    return f"2025-{month:02d}-{1 + i % 9:02d}", last


def demo_graph() -> nx.MultiDiGraph:
    """A small tech-policy graph with hostile text in an alias and a sentence."""
    g = nx.MultiDiGraph()
    for nid, label, ntype, aliases in ENTITIES:
        g.add_node(
            nid,
            label=label,
            type=ntype,
            aliases=list(aliases),
            mentions=3,
            documents=2,
            first_date="2025-04-01",
            last_date="2025-05-20",
            wikidata="",
        )
    for i, (u, rel, v, weight, sentence) in enumerate(RELATIONS):
        if rel in SYMMETRIC and v < u:
            u, v = v, u
        first, last = edge_dates(i)
        g.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            weight=weight,
            docs=[f"doc-{i}"],
            first_date=first,
            last_date=last,
            confidence=0.9,
            symmetric=rel in SYMMETRIC,
            evidence=[
                {
                    "doc_id": f"doc-{i}",
                    "date": first,
                    "sentence": sentence,
                    "confidence": 0.9,
                    "modality": "stated",
                }
            ],
        )
    return g


@pytest.fixture(scope="module")
def browser():
    required = os.environ.get("KG_REQUIRE_BROWSER") == "1"
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing; install Debian's chromium to run the browser tests"
        if required:
            pytest.fail(f"{reason} (KG_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        if required:
            pytest.fail(f"playwright is not installed (KG_REQUIRE_BROWSER=1): {exc}")
        pytest.skip(f"playwright is not installed: {exc}")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Opened(NamedTuple):
    page: object
    path: Path
    requests: list
    errors: list


def open_page(browser, path: Path) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=60_000)
    return Opened(page, path, requests, errors)


@pytest.fixture
def opened(browser, tmp_path):
    path = write_html(demo_graph(), tmp_path / "graph.html")
    result = open_page(browser, path)
    yield result
    result.page.close()


def _point(page, node_id: str) -> dict:
    """Where a node is drawn, in page coordinates, once the view has come to rest there (a
    loaded machine may still be drawing the first view's zoom when the page is ready)."""
    page.wait_for_function(
        """id => {
            const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
            return kgNetwork.getNodeAt(p) === id;
        }""",
        arg=node_id,
        timeout=10_000,
    )
    return page.evaluate(
        """id => {
            const p = kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id]);
            const r = document.getElementById('kg-network').getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y};
        }""",
        node_id,
    )


def _hover(page, x: float, y: float) -> str:
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    page.wait_for_selector("#kg-tooltip:not([hidden])", timeout=5_000)
    return page.inner_text("#kg-tooltip")


def test_viz_browser_loads_offline_without_errors(opened):
    page = opened.page
    assert opened.errors == []
    assert opened.requests == [opened.path.as_uri()]
    drawn = page.evaluate("[kgNetwork.body.nodeIndices.length, kg.nodeView.length]")
    assert drawn == [len(ENTITIES), len(ENTITIES)]
    assert page.evaluate("kg.edgeView.length") == len(RELATIONS)
    assert page.evaluate("kgNetwork.physics.physicsEnabled") is False
    assert page.is_checked("#kg-physics") is False
    shot = opened.path.with_name("graph.png")
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_viz_browser_type_filter_hides_nodes(opened):
    page = opened.page
    page.uncheck('input[data-type="COMPANY"]')
    shown = page.evaluate("kg.nodeView.get().map(n => n.type)")
    assert "COMPANY" not in shown
    # what stays: the other entities linked to one another, none left without an edge
    others = filter_graph(demo_graph(), types=set(NODE_TYPES) - {"COMPANY"}, drop_isolates=True)
    assert len(shown) == others.number_of_nodes() > 0
    assert page.evaluate("kgNetwork.body.nodeIndices.length") == others.number_of_nodes()
    # no relation is left hanging from a hidden company
    ends = page.evaluate("kg.edgeView.get().flatMap(e => [e.from, e.to])")
    assert not any(end.startswith("company:") for end in ends)
    page.check('input[data-type="COMPANY"]')
    assert page.evaluate("kg.nodeView.length") == len(ENTITIES)
    assert opened.errors == []


def test_viz_browser_relation_filter_and_weight_slider(opened):
    page = opened.page
    page.uncheck('input[data-relation="develops"]')
    rels = page.evaluate("kg.edgeView.get().map(e => e.relation)")
    assert "develops" not in rels
    assert len(rels) == len(RELATIONS) - sum(1 for r in RELATIONS if r[1] == "develops")
    page.check('input[data-relation="develops"]')
    _set_range(page, "#kg-weight", 3)
    weights = page.evaluate("kg.edgeView.get().map(e => e.weight)")
    assert weights and min(weights) >= 3
    assert len(weights) == sum(1 for r in RELATIONS if r[3] >= 3)


def test_viz_browser_hostile_node_tooltip_runs_nothing(opened):
    page = opened.page
    point = _point(page, "company:nvidia")
    text = _hover(page, point["x"], point["y"])
    assert "Nvidia" in text
    assert "COMPANY" in text
    assert HOSTILE_ALIAS in text
    assert page.evaluate("window.__pwned") is None
    assert (
        page.evaluate("document.querySelectorAll('#kg-tooltip img, #kg-tooltip script').length")
        == 0
    )
    page.mouse.click(point["x"], point["y"])
    assert HOSTILE_ALIAS in page.inner_text("#kg-details")
    assert page.evaluate("window.__pwned") is None
    assert opened.errors == []


def test_viz_browser_hostile_edge_tooltip_runs_nothing(opened):
    page = opened.page
    a, b = _point(page, "company:nvidia"), _point(page, "product:h20")
    # a third of the way along the edge: clear of both nodes and of the label
    x, y = a["x"] + (b["x"] - a["x"]) * 0.4, a["y"] + (b["y"] - a["y"]) * 0.4
    text = _hover(page, x, y)
    assert "develops" in text
    assert HOSTILE_SENTENCE in text
    assert "doc-0" in text and edge_dates(0)[0] in text
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('#kg-tooltip script').length") == 0


def test_viz_browser_search_finds_any_alias(opened):
    page = opened.page
    page.fill("#kg-query", "bis")
    page.press("#kg-query", "Enter")
    page.wait_for_function("kgNetwork.getSelectedNodes().length === 1")
    selected = page.evaluate("kgNetwork.getSelectedNodes()")
    assert selected == ["agency:bureau-of-industry-and-security"]
    assert "Bureau of Industry and Security" in page.inner_text("#kg-details")
    page.fill("#kg-query", "no such thing")
    page.press("#kg-query", "Enter")
    assert "No entity" in page.inner_text("#kg-search-status")


def test_viz_browser_same_graph_same_layout(browser, tmp_path):
    positions = []
    for name in ("a.html", "b.html"):
        path = write_html(demo_graph(), tmp_path / name)
        opened = open_page(browser, path)
        positions.append(opened.page.evaluate("kgNetwork.getPositions()"))
        opened.page.close()
    assert positions[0] == positions[1]
    assert len(positions[0]) == len(ENTITIES)


def test_viz_browser_truncated_page_shows_notice(browser, tmp_path):
    path = write_html(demo_graph(), tmp_path / "graph.html", max_nodes=10)
    opened = open_page(browser, path)
    notice = opened.page.inner_text("#kg-notice")
    assert opened.page.is_visible("#kg-notice")
    assert f"10 most central of {len(ENTITIES)} entities" in notice
    assert opened.page.evaluate("kgNetwork.body.nodeIndices.length") == 10
    opened.page.close()


def _drawn(page) -> list[str]:
    return page.evaluate("kg.nodes.getIds()")


def _showing(page) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The entities and relations the page shows."""
    nodes = page.evaluate("kg.nodeView.getIds()")
    edges = page.evaluate("kg.edgeView.get().map(e => [e.from, e.to, e.relation])")
    return set(nodes), {tuple(e) for e in edges}


def _set_range(page, selector: str, value: int) -> None:
    """Move a slider as a user would, and wait for the page to draw what follows."""
    page.eval_on_selector(
        selector, f"el => {{ el.value = '{value}'; el.dispatchEvent(new Event('input')); }}"
    )
    page.evaluate(
        "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
    )


def _legend_counts(page, kind: str) -> dict[str, int]:
    return page.evaluate(
        """kind => Object.fromEntries([...document.querySelectorAll('input[data-' + kind + ']')]
            .map(box => [box.dataset[kind],
                         Number(box.closest('.kg-item').querySelector('.kg-count').textContent)]))""",
        kind,
    )


def test_viz_browser_search_brings_an_entity_not_drawn(browser, tmp_path):
    g = demo_graph()
    data = page_data(g, max_nodes=10)
    drawn_first = {data["nodes"]["id"][i] for i in data["view"]["nodes"]}
    assert "company:arm" not in drawn_first and "company:qualcomm" not in drawn_first
    opened = open_page(browser, write_html(g, tmp_path / "graph.html", max_nodes=10))
    page = opened.page
    assert "company:arm" not in _drawn(page)
    page.fill("#kg-query", "arm holdings")
    page.press("#kg-query", "Enter")
    page.wait_for_function("kgNetwork.getSelectedNodes().length === 1")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == ["company:arm"]
    assert "Found Arm (COMPANY), with its neighbours." in page.inner_text("#kg-search-status")
    assert "Arm Holdings" in page.inner_text("#kg-details")
    nodes, edges = _showing(page)
    assert {"company:arm", "company:qualcomm"} <= nodes
    assert ("company:arm", "company:qualcomm", "sues") in edges
    assert drawn_first <= nodes  # the first view stays
    # it stays when the filters change, though they hide its only relation
    page.uncheck('input[data-relation="sues"]')
    nodes, edges = _showing(page)
    assert "company:arm" in nodes and ("company:arm", "company:qualcomm", "sues") not in edges
    page.check('input[data-relation="sues"]')
    _set_range(page, "#kg-weight", 5)
    assert "company:arm" in _showing(page)[0]
    _set_range(page, "#kg-weight", 1)
    last = len(page.evaluate("kg.meta.dates")) - 1
    _set_range(page, "#kg-from", last)
    assert "company:arm" in _showing(page)[0]
    assert opened.errors == []
    opened.page.close()


def test_viz_browser_expand_adds_the_neighbours(browser, tmp_path):
    g = demo_graph()
    opened = open_page(browser, write_html(g, tmp_path / "graph.html", max_nodes=4))
    page = opened.page
    before = set(_drawn(page))
    assert "company:nvidia" in before
    around = set(nx.all_neighbors(g, "company:nvidia"))
    assert not around <= before
    point = _point(page, "company:nvidia")
    page.mouse.click(point["x"], point["y"])
    missing = len(around - before)
    button = page.locator("#kg-details button.kg-expand")
    assert f"{missing} neighbour" in button.inner_text()
    button.click()
    nodes, edges = _showing(page)
    assert around | before <= nodes
    linked = {v if u == "company:nvidia" else u for u, v, _ in edges if "company:nvidia" in (u, v)}
    assert linked == around
    assert "Added" in page.inner_text("#kg-search-status")
    assert "not on the page" not in page.inner_text("#kg-details")
    # a double-click expands as well
    point = _point(page, "country:china")
    page.mouse.dblclick(point["x"], point["y"])
    assert set(nx.all_neighbors(g, "country:china")) <= _showing(page)[0]
    assert opened.errors == []
    opened.page.close()


def test_viz_browser_date_range_hides_edges_nodes_and_counts(opened):
    page = opened.page
    dates = page.evaluate("kg.meta.dates")
    start = next(k for k, d in enumerate(dates) if d >= "2025-03-01")
    end = max(k for k, d in enumerate(dates) if d <= "2025-04-20")
    _set_range(page, "#kg-from", start)
    _set_range(page, "#kg-to", end)
    assert page.inner_text("#kg-dates") == f"{dates[start]} – {dates[end]}"
    expected = filter_graph(demo_graph(), start=dates[start], end=dates[end], drop_isolates=True)
    nodes, edges = _showing(page)
    assert edges == {(u, v, k) for u, v, k in expected.edges(keys=True)}
    assert nodes == set(expected)
    assert 0 < len(edges) < len(RELATIONS) and len(nodes) < len(ENTITIES)
    types = _legend_counts(page, "type")
    relations = _legend_counts(page, "relation")
    assert types == {t: sum(1 for n in nodes if n.startswith(t.lower() + ":")) for t in NODE_TYPES}
    assert relations == {r: sum(1 for e in edges if e[2] == r) for r in relations}
    assert sum(relations.values()) == len(edges)
    # the ends do not cross, and the whole range shows everything again
    _set_range(page, "#kg-from", len(dates) - 1)
    assert page.input_value("#kg-to") == str(len(dates) - 1)
    _set_range(page, "#kg-from", 0)
    assert len(_showing(page)[1]) == len(RELATIONS)
    assert sum(_legend_counts(page, "type").values()) == len(ENTITIES)
    assert opened.errors == []


def test_viz_browser_evidence_shows_document_title_date_and_link(browser, tmp_path):
    g = demo_graph()
    g.graph["documents"] = {
        "doc-0": {
            "title": "Nvidia's China chip",
            "source": "Reuters",
            "url": "https://example.com/a",
        },
        "doc-1": {"title": "Ascend rises", "url": "javascript:window.__pwned=1"},
    }
    opened = open_page(browser, write_html(g, tmp_path / "graph.html"))
    page = opened.page

    def click_edge(u: str, v: str) -> str:
        a, b = _point(page, u), _point(page, v)
        page.mouse.click(a["x"] + (b["x"] - a["x"]) * 0.4, a["y"] + (b["y"] - a["y"]) * 0.4)
        return page.inner_text("#kg-details")

    text = click_edge("company:nvidia", "product:h20")
    assert HOSTILE_SENTENCE in text
    assert "Nvidia's China chip" in text and "Reuters" in text and edge_dates(0)[0] in text
    link = page.locator("#kg-details a")
    assert link.count() == 1
    assert link.get_attribute("href") == "https://example.com/a"
    assert link.inner_text() == "Nvidia's China chip"
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in link.get_attribute("rel")
    text = click_edge("company:huawei", "product:ascend")
    assert "Ascend rises" in text and edge_dates(1)[0] in text
    assert page.locator("#kg-details a").count() == 0  # a javascript: link is no link
    assert page.evaluate("window.__pwned") is None
    assert opened.errors == []
    opened.page.close()


def hub_graph(hubs: int = 12, leaves: int = 40) -> nx.MultiDiGraph:
    """Hubs in a ring, each with its leaves; the hubs are the most central."""
    g = nx.MultiDiGraph()
    for h in range(hubs):
        hub = f"country:hub-{h}"
        g.add_node(hub, label=f"Hub {h}", type="COUNTRY", aliases=[])
        for k in range(leaves):
            leaf = f"company:leaf-{h}-{k}"
            g.add_node(leaf, label=f"Leaf {h}-{k}", type="COMPANY", aliases=[])
            g.add_edge(leaf, hub, key="operates_in", relation="operates_in", weight=1 + k % 3)
        g.add_edge(hub, f"country:hub-{(h + 1) % hubs}", key="partners", relation="partners")
        g.edges[hub, f"country:hub-{(h + 1) % hubs}", "partners"]["weight"] = 4
    return g


def test_viz_browser_first_view_names_the_hubs_and_leaves_none_bare(browser, tmp_path):
    g = hub_graph()
    path = write_html(g, tmp_path / "graph.html", max_nodes=300, max_edges=200)
    opened = open_page(browser, path)
    page = opened.page
    bare = """() => {
        const linked = new Set(kg.edgeView.get().flatMap(e => [e.from, e.to]));
        return kg.nodeView.getIds().filter(id => !linked.has(id));
    }"""
    drawn = _drawn(page)
    assert 100 < len(drawn) <= 300
    assert page.evaluate(bare) == []
    # the page's own choice, with no filter, is the one written into it
    assert page.evaluate("kg.selectView()") == page.evaluate(
        "({nodes: kg.data.view.nodes, edges: kg.data.view.edges})"
    )
    hubs = [f"country:hub-{h}" for h in range(12)]
    visible = "ids => ids.map(id => kgNetwork.body.nodes[id].labelModule.visible())"
    assert page.evaluate(visible, hubs) == [True] * 12
    leaves = [n for n in drawn if n.startswith("company:")][-5:]  # drawn in rank order
    assert page.evaluate(visible, leaves) == [False] * 5  # too small at this zoom
    assert page.evaluate("kgNetwork.getScale()") < 0.5
    # zoomed out further, the hubs still say who they are
    page.evaluate("kgNetwork.moveTo({scale: kgNetwork.getScale() / 3})")
    page.wait_for_timeout(100)
    assert page.evaluate(visible, hubs) == [True] * 12
    # a filter chooses again, and again leaves no entity without an edge
    page.uncheck('input[data-relation="partners"]')
    assert page.evaluate(bare) == []
    assert len(_drawn(page)) > 100
    assert opened.errors == []
    opened.page.close()


def test_viz_browser_show_runs_the_page_inside_its_frame(browser, tmp_path):
    from kg.graph.analysis import ego_graph

    cell = show(ego_graph(demo_graph(), "Huawei"), title="Huawei")._repr_html_()
    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!DOCTYPE html><html><body>{cell}</body></html>", encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(notebook.as_uri())
    frame = page.frame_locator("iframe")
    frame.locator("body[data-ready=true]").wait_for(timeout=60_000)
    inner = page.frames[1]
    assert inner.evaluate("kgNetwork.getSelectedNodes()") == ["company:huawei"]
    assert "Huawei Technologies" in frame.locator("#kg-details").inner_text()
    assert set(inner.evaluate("kg.nodeView.getIds()")) == set(ego_graph(demo_graph(), "Huawei"))
    assert errors == []
    page.close()


def random_graph(n: int = 150, m: int = 400, seed: int = 3) -> nx.MultiDiGraph:
    """Typed entities and weighted relations at random, seeded, and one central entity
    whose neighbours are all among the least central."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        ntype = NODE_TYPES[i % len(NODE_TYPES)]
        g.add_node(f"{ntype.lower()}:e{i}", label=f"E{i}", type=ntype, aliases=[])
    ids = sorted(g)
    for _ in range(m):
        u, v = rnd.sample(ids[: n // 3], 1)[0], rnd.choice(ids)  # some nodes link more
        rel = rnd.choice(["develops", "supplies", "restricts", "uses"])
        if u != v:
            g.add_edge(u, v, key=rel, relation=rel, weight=rnd.randint(1, 5))
    g.add_node("event:loner", label="Loner", type="EVENT", aliases=[])
    for leaf in sorted(g, key=g.degree)[:15]:
        g.add_edge("event:loner", leaf, key="uses", relation="uses", weight=9)
    return g


@pytest.mark.parametrize(
    ("relations", "types"),
    [((), ()), (("supplies",), ()), ((), ("COMPANY", "PRODUCT")), (("uses",), ("AGENCY",))],
)
def test_viz_browser_filters_choose_as_the_first_view_does(browser, tmp_path, relations, types):
    g = random_graph()
    data = page_data(g, max_nodes=40, max_edges=45)
    ids = data["nodes"]["id"]
    ranked = [
        ids[i] for i in sorted(range(len(ids)), key=lambda i: (-data["nodes"]["score"][i], i))
    ]
    kept = g.subgraph(n for n in g if g.nodes[n]["type"] not in types)
    passing = nx.MultiDiGraph(kept)
    passing.remove_edges_from([e for e in kept.edges(keys=True) if e[2] in relations])
    nodes, edges = first_view(
        passing, [n for n in ranked if n in passing], max_nodes=40, max_edges=45
    )
    # the loner ranks among the forty, and is left out for want of an edge drawn
    assert "event:loner" in ranked[:40] and "event:loner" not in nodes
    opened = open_page(browser, write_html(g, tmp_path / "graph.html", max_nodes=40, max_edges=45))
    page = opened.page
    for relation in relations:
        page.uncheck(f'input[data-relation="{relation}"]')
    for ntype in types:
        page.uncheck(f'input[data-type="{ntype}"]')
    shown, drawn_edges = _showing(page)
    assert shown == set(nodes)
    assert drawn_edges == set(edges)
    assert opened.errors == []
    opened.page.close()


def test_viz_browser_policy_details_say_who_issued_it_and_what_it_covers(browser, tmp_path):
    g = demo_graph()
    g.nodes["policy:us-tariffs"].update(issuer=["United States"], subject=["China", HOSTILE_ALIAS])
    opened = open_page(browser, write_html(g, tmp_path / "graph.html"))
    page = opened.page
    for query, shown in (("US tariffs", True), ("Huawei", False)):
        page.fill("#kg-query", query)
        page.press("#kg-query", "Enter")
        page.wait_for_function("kgNetwork.getSelectedNodes().length === 1")
        text = page.inner_text("#kg-details")
        assert ("Issued by" in text and "Covers" in text) is shown
        assert ("United States" in text and f"China; {HOSTILE_ALIAS}" in text) is shown
    assert page.evaluate("window.__pwned") is None
    assert opened.errors == []
    opened.page.close()
