"""Write the graph and its records as CSV, GraphML, GEXF, JSON and Neo4j files."""

from kg.export.atomic import atomic_write, atomic_write_text
from kg.export.flat import flatten, xml_safe
from kg.export.formats import FORMATS, write_exports
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.load import load_graph, read_documents, read_evidence
from kg.export.neo4j import write_neo4j
from kg.export.nodelink import write_json
from kg.export.tables import write_edges, write_evidence, write_mentions, write_nodes

__all__ = [
    "FORMATS",
    "atomic_write",
    "atomic_write_text",
    "flatten",
    "load_graph",
    "read_documents",
    "read_evidence",
    "write_edges",
    "write_evidence",
    "write_exports",
    "write_gexf",
    "write_graphml",
    "write_json",
    "write_mentions",
    "write_neo4j",
    "write_nodes",
    "xml_safe",
]
