"""Questions analysts ask of the knowledge graph, answered as pandas DataFrames.

Centrality, communities, ego networks, paths, filters, entity lookup and edge tables.

Examples
--------
>>> from kg.graph.analysis import centrality_table, resolve_entity, sample_graph
>>> g = sample_graph()
>>> centrality_table(g, node_type="COMPANY", top=1)["label"].item()
'Nvidia'
>>> resolve_entity(g, "bis")
'agency:bureau-of-industry-and-security'
"""

from kg.graph.analysis.centrality import (
    CENTRALITY_COLUMNS,
    MEASURES,
    betweenness_scores,
    centrality_table,
    eigenvector_scores,
    pagerank_scores,
)
from kg.graph.analysis.communities import Communities, communities
from kg.graph.analysis.ego import ego_graph, ego_table
from kg.graph.analysis.filters import as_of, filter_graph
from kg.graph.analysis.lookup import name_index, resolve_entity
from kg.graph.analysis.paths import path_table, shortest_path
from kg.graph.analysis.sample import sample_graph, sample_records
from kg.graph.analysis.tables import edge_table, edge_timeline

__all__ = [
    "CENTRALITY_COLUMNS",
    "MEASURES",
    "Communities",
    "as_of",
    "betweenness_scores",
    "centrality_table",
    "communities",
    "edge_table",
    "edge_timeline",
    "ego_graph",
    "ego_table",
    "eigenvector_scores",
    "filter_graph",
    "name_index",
    "pagerank_scores",
    "path_table",
    "resolve_entity",
    "sample_graph",
    "sample_records",
    "shortest_path",
]
