"""Tests of the graph page in a real chromium, driven by Playwright."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import pytest

from kg.records import SYMMETRIC
from kg.viz import write_html

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
        g.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            weight=weight,
            docs=[f"doc-{i}"],
            first_date="2025-04-01",
            last_date="2025-05-20",
            confidence=0.9,
            symmetric=rel in SYMMETRIC,
            evidence=[
                {
                    "doc_id": f"doc-{i}",
                    "date": "2025-05-01",
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
    """Where a node is drawn, in page coordinates."""
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
    companies = sum(1 for e in ENTITIES if e[2] == "COMPANY")
    page.uncheck('input[data-type="COMPANY"]')
    shown = page.evaluate("kg.nodeView.get().map(n => n.type)")
    assert "COMPANY" not in shown
    assert len(shown) == len(ENTITIES) - companies
    assert page.evaluate("kgNetwork.body.nodeIndices.length") == len(ENTITIES) - companies
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
    page.eval_on_selector(
        "#kg-weight", "el => { el.value = '3'; el.dispatchEvent(new Event('input')); }"
    )
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
    assert "doc-0" in text and "2025-05-01" in text
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
