"""A small hand-made knowledge graph for examples, doctests and tests."""

from __future__ import annotations

import re

import networkx as nx

from kg.graph.build import build_graph
from kg.records import DocResult, Entity, Evidence, Mention

__all__ = ["sample_graph", "sample_records"]

# (label, type, aliases)
_ENTITIES = {
    "BIS": ("Bureau of Industry and Security", "AGENCY", ("BIS",)),
    "Commerce": ("US Commerce Department", "AGENCY", ("Commerce Department",)),
    "US": ("United States", "COUNTRY", ("US", "U.S.", "Washington")),
    "China": ("China", "COUNTRY", ("Beijing",)),
    "Huawei": ("Huawei", "COMPANY", ("Huawei Technologies",)),
    "Ascend": ("Ascend", "PRODUCT", ("Ascend chips",)),
    "Nvidia": ("Nvidia", "COMPANY", ("NVIDIA",)),
    "H20": ("H20", "PRODUCT", ()),
    "Huang": ("Jensen Huang", "PERSON", ()),
    "Guidance": ("BIS guidance on Ascend chips", "POLICY", ()),
    "Xiaomi": ("Xiaomi", "COMPANY", ("Xiaomi Corp",)),
    "XRing": ("XRing O1", "PRODUCT", ()),
    "TSMC": ("TSMC", "COMPANY", ()),
    "A17": ("A17 Pro", "PRODUCT", ()),
    "Apple": ("Apple", "COMPANY", ()),
    "Tariffs": ("US tariffs", "POLICY", ()),
}

# doc id, date, [(source, relation, target, sentence)]
_DOCS = [
    (
        "d1",
        "2025-01-15",
        [
            ("US", "restricts", "China", "The US tightened AI chip export curbs on China."),
            ("Nvidia", "develops", "H20", "Nvidia designed the H20 for the Chinese market."),
            ("Nvidia", "supplies", "China", "Nvidia sells H20 chips to Chinese customers."),
        ],
    ),
    (
        "d2",
        "2025-03-02",
        [
            ("Huawei", "develops", "Ascend", "Huawei develops its Ascend AI chips."),
            ("Huang", "leads", "Nvidia", "Nvidia CEO Jensen Huang spoke in Taipei."),
            ("Ascend", "competes", "H20", "Huawei's Ascend competes with Nvidia's H20."),
        ],
    ),
    (
        "d3",
        "2025-05-20",
        [
            ("BIS", "issues", "Guidance", "BIS issued guidance on Huawei's Ascend chips."),
            ("Guidance", "restricts", "Ascend", "The guidance targets Huawei's Ascend chips."),
            ("BIS", "restricts", "Ascend", "BIS warned that using Ascend chips breaks US rules."),
            ("BIS", "part_of", "Commerce", "BIS, part of the US Commerce Department, acted."),
            ("US", "restricts", "China", "Washington widened its chip restrictions on China."),
        ],
    ),
    (
        "d4",
        "2025-05-23",
        [
            ("Xiaomi", "develops", "XRing", "Xiaomi unveiled its in-house XRing O1 chip."),
            ("TSMC", "manufactures", "XRing", "TSMC fabricates the XRing O1 on a 3nm process."),
            ("XRing", "competes", "A17", "The XRing O1 rivals Apple's A17 Pro."),
            ("Apple", "develops", "A17", "Apple's A17 Pro powers the iPhone 15 Pro."),
        ],
    ),
    (
        "d5",
        "2025-06-10",
        [
            ("US", "issues", "Tariffs", "The US imposed new tariffs on Chinese goods."),
            ("Tariffs", "restricts", "China", "The tariffs target Chinese imports."),
            ("US", "partners", "China", "The US and China agreed to a tariff pause."),
            ("BIS", "restricts", "Huawei", "BIS added Huawei affiliates to the entity list."),
        ],
    ),
]


def _entity_id(label: str, type_: str) -> str:
    return f"{type_.lower()}:{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}"


def _entity(key: str) -> Entity:
    label, type_, aliases = _ENTITIES[key]
    return Entity(_entity_id(label, type_), label, type_, aliases)


def sample_records() -> list[DocResult]:
    """Return the extraction records of five short hand-annotated summaries.

    Returns
    -------
    list of kg.records.DocResult
        One record per summary, dated between 2025-01-15 and 2025-06-10.

    Examples
    --------
    >>> records = sample_records()
    >>> len(records), records[0].date
    (5, '2025-01-15')
    """
    results = []
    for doc_id, date, facts in _DOCS:
        keys = list(dict.fromkeys(k for s, _, t, _ in facts for k in (s, t)))
        entities = tuple(_entity(k) for k in keys)
        mentions = tuple(Mention(doc_id, e.id, e.label, e.type, e.label, 0, 0) for e in entities)
        evidence = []
        for source, relation, target, sentence in facts:
            s, t = _entity(source), _entity(target)
            evidence.append(
                Evidence(
                    doc_id, date, s.id, s.label, s.type, relation,
                    t.id, t.label, t.type, sentence, 0.9,
                )
            )  # fmt: skip
        results.append(DocResult(doc_id, date, entities, mentions, tuple(evidence)))
    return results


def sample_graph() -> nx.MultiDiGraph:
    """Return the knowledge graph built from :func:`sample_records`.

    Sixteen entities (agencies, countries, companies, products, policies, a person)
    joined by restricts, issues, develops, competes and other edges.

    Returns
    -------
    networkx.MultiDiGraph
        A graph as :func:`kg.graph.build.build_graph` makes it.

    Examples
    --------
    >>> g = sample_graph()
    >>> g.number_of_nodes(), g.number_of_edges()
    (16, 18)
    >>> g.edges["country:united-states", "country:china", "restricts"]["weight"]
    2
    """
    return build_graph(sample_records())
