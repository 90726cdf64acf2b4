"""Records -> networkx graph, and the questions analysts ask of it."""

from kg.graph.build import build_graph

__all__ = ["build_graph"]
