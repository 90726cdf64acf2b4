"""A folder Neo4j loads: CSV files for neo4j-admin import and a LOAD CSV script."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import networkx as nx

from kg.export.atomic import atomic_write, atomic_write_text
from kg.export.flat import flatten

__all__ = [
    "NODE_HEADER",
    "RELATIONSHIP_HEADER",
    "node_label",
    "relationship_type",
    "write_neo4j",
]

#: nodes.csv header: (column, node attribute); the id is the node itself.
NODE_HEADER = [
    ("id:ID", None),
    ("label", "label"),
    ("type", "type"),
    (":LABEL", None),
    ("aliases", "aliases"),
    ("mentions:int", "mentions"),
    ("documents:int", "documents"),
    ("first_date", "first_date"),
    ("last_date", "last_date"),
    ("wikidata", "wikidata"),
    ("issuer", "issuer"),
    ("subject", "subject"),
]

#: relationships.csv header: (column, edge attribute).
RELATIONSHIP_HEADER = [
    (":START_ID", None),
    (":END_ID", None),
    (":TYPE", None),
    ("weight:int", "weight"),
    ("relation", "relation"),
    ("documents", "documents"),
    ("first_date", "first_date"),
    ("last_date", "last_date"),
    ("confidence:float", "confidence"),
    ("symmetric:boolean", "symmetric"),
    ("evidence", "evidence"),
]

#: The label every node carries besides the one of its type.
ENTITY_LABEL = "Entity"

_CYPHER_CAST = {"int": "toInteger({})", "float": "toFloat({})", "boolean": "toBoolean({})"}


def node_label(node_type: str) -> str:
    """The Neo4j label of a node type: ``COMPANY`` is ``Company``.

    Examples
    --------
    >>> node_label("COMPANY"), node_label("operating system")
    ('Company', 'OperatingSystem')
    """
    words = re.findall(r"[^\W_]+", node_type)
    return "".join(w.capitalize() for w in words) or ENTITY_LABEL


def relationship_type(relation: str) -> str:
    """The Neo4j relationship type of a relation: ``part_of`` is ``PART_OF``.

    Examples
    --------
    >>> relationship_type("restricts"), relationship_type("part_of")
    ('RESTRICTS', 'PART_OF')
    """
    return re.sub(r"\W+", "_", relation).strip("_").upper() or "RELATED"


def _write_csv(path: Path, header: list[str], rows) -> Path:
    with atomic_write(path, newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["true" if v is True else "false" if v is False else v for v in row])
    return path


def _property(column: str) -> tuple[str, str]:
    """``("mentions", "toInteger(row.`mentions:int`)")`` for a header column."""
    name, _, kind = column.partition(":")
    cell = f"row.`{column}`"
    return name, _CYPHER_CAST.get(kind, "{}").format(cell)


def _cypher(labels: list[str], types: list[str]) -> str:
    node_props = [_property(c) for c, attr in NODE_HEADER if attr]
    rel_props = [_property(c) for c, attr in RELATIONSHIP_HEADER if attr]
    set_nodes = ",\n    ".join(f"n.{name} = {value}" for name, value in node_props)
    set_rels = ",\n    ".join(f"r.{name} = {value}" for name, value in rel_props)
    parts = [
        "// Load nodes.csv and relationships.csv from Neo4j's import folder.",
        "// Run with: cypher-shell -f load.cypher  (see README.md)",
        "",
        f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;",
        "",
        "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
        f"MERGE (n:{ENTITY_LABEL} {{id: row.`id:ID`}})",
        f"SET {set_nodes};",
    ]
    # A label cannot be a parameter, so each node type gets its own statement.
    for label in labels:
        parts += [
            "",
            "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
            f"WITH row WHERE '{label}' IN split(row.`:LABEL`, ';')",
            f"MATCH (n:{ENTITY_LABEL} {{id: row.`id:ID`}})",
            f"SET n:`{label}`;",
        ]
    for rel_type in types:
        parts += [
            "",
            "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
            f"WITH row WHERE row.`:TYPE` = '{rel_type}'",
            f"MATCH (a:{ENTITY_LABEL} {{id: row.`:START_ID`}}), "
            f"(b:{ENTITY_LABEL} {{id: row.`:END_ID`}})",
            f"MERGE (a)-[r:`{rel_type}`]->(b)",
            f"SET {set_rels};",
        ]
    return "\n".join(parts) + "\n"


_README = """\
# The knowledge graph for Neo4j

`nodes.csv` and `relationships.csv` are in the form `neo4j-admin database import`
reads; `load.cypher` loads the same files into a running database with `LOAD CSV`.
Every node has the label `{entity}` and the label of its type (`Company`, `Agency`,
...); a relationship's type is its relation in upper case (`RESTRICTS`, `PART_OF`).
Text is written as is (no spreadsheet neutralisation); cells may span lines.

## Into a new, empty database (offline)

    bin/neo4j-admin database import full neo4j \\
        --nodes=import/nodes.csv --relationships=import/relationships.csv \\
        --multiline-fields=true

## Into a running database

Copy `nodes.csv` and `relationships.csv` into the database's `import` folder, then

    cypher-shell -u neo4j -p <password> -f load.cypher

Running it again updates the graph in place (nodes and relationships are merged).
`LOAD CSV` by default also reads a backslash before a quote as an escape; for text
with `\\"` in it set `dbms.import.csv.legacy_quote_escaping=false` in neo4j.conf.
"""


def write_neo4j(graph: nx.MultiDiGraph, folder: str | os.PathLike) -> Path:
    """Write ``nodes.csv``, ``relationships.csv``, ``load.cypher`` and ``README.md``.

    nodes.csv has the header ``id:ID,label,type,:LABEL,aliases,mentions:int,
    documents:int,first_date,last_date,wikidata,issuer,subject`` with ``:LABEL`` the type's
    label and ``Entity`` (``Company;Entity``). relationships.csv has
    ``:START_ID,:END_ID,:TYPE,weight:int,relation,documents,first_date,
    last_date,confidence:float,symmetric:boolean,evidence`` with ``:TYPE`` the
    relation in upper case. Values are those of :func:`kg.export.flat.flatten`,
    written as is; an empty cell is a missing property.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("agency:bis", label="BIS", type="AGENCY")
    >>> g.add_node("company:huawei", label="Huawei", type="COMPANY")
    >>> _ = g.add_edge("agency:bis", "company:huawei", key="restricts",
    ...                relation="restricts", weight=1)
    >>> folder = write_neo4j(g, pathlib.Path(tempfile.mkdtemp()) / "neo4j")
    >>> sorted(p.name for p in folder.iterdir())
    ['README.md', 'load.cypher', 'nodes.csv', 'relationships.csv']
    >>> print((folder / "relationships.csv").read_text().splitlines()[1])
    agency:bis,company:huawei,RESTRICTS,1,restricts,,,,0.0,false,
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    flat = flatten(graph)

    labels: dict[str, None] = {}
    node_rows = []
    for node, attrs in flat.nodes(data=True):
        label = node_label(attrs["type"])
        labels.setdefault(label)
        label_cell = label if label == ENTITY_LABEL else f"{label};{ENTITY_LABEL}"
        node_rows.append([node, *(attrs[a] if a else label_cell for _, a in NODE_HEADER[1:])])

    types: dict[str, None] = {}
    rel_rows = []
    for u, v, attrs in flat.edges(data=True):
        rel_type = relationship_type(attrs["relation"])
        types.setdefault(rel_type)
        rel_rows.append([u, v, rel_type, *(attrs[a] for _, a in RELATIONSHIP_HEADER[3:])])

    _write_csv(folder / "nodes.csv", [c for c, _ in NODE_HEADER], node_rows)
    _write_csv(folder / "relationships.csv", [c for c, _ in RELATIONSHIP_HEADER], rel_rows)
    labels.pop(ENTITY_LABEL, None)
    atomic_write_text(folder / "load.cypher", _cypher(list(labels), list(types)))
    atomic_write_text(folder / "README.md", _README.format(entity=ENTITY_LABEL))
    return folder
