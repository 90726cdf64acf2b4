"""Find an entity's node by any of its names."""

from __future__ import annotations

import difflib
from collections import defaultdict

import networkx as nx

from kg.errors import KgError
from kg.graph.analysis._common import as_list
from kg.names import normalise_name

__all__ = ["name_index", "resolve_entity"]


def name_index(g: nx.Graph) -> dict[str, dict[str, set[str]]]:
    """Map every normalised name of every node to the nodes it names
    (:func:`kg.names.normalise_name`).

    Parameters
    ----------
    g : networkx.Graph
        A knowledge graph whose nodes carry ``label`` and ``aliases``.

    Returns
    -------
    dict
        ``{"label": {name: {node, ...}}, "other": {name: {node, ...}}}``: names
        from labels and ids, and names from aliases.

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> index = name_index(sample_graph())
    >>> sorted(index["other"]["bis"])
    ['agency:bureau-of-industry-and-security']
    """
    labels: dict[str, set[str]] = defaultdict(set)
    others: dict[str, set[str]] = defaultdict(set)
    for node, attrs in g.nodes(data=True):
        node = str(node)
        labels[normalise_name(node)].add(node)
        labels[normalise_name(str(attrs.get("label") or node))].add(node)
        for alias in as_list(attrs.get("aliases")):
            others[normalise_name(str(alias))].add(node)
    return {"label": dict(labels), "other": dict(others)}


def _describe(g: nx.Graph, nodes) -> str:
    return ", ".join(f"{g.nodes[n].get('label') or n} ({n})" for n in nodes)


def resolve_entity(g: nx.Graph, name: str) -> str:
    """Return the id of the node that ``name`` names.

    ``name`` may be a node id, a label or an alias, in any case, with or
    without a leading "the" or a possessive "'s". A label or id wins over an alias.

    Parameters
    ----------
    g : networkx.Graph
        A knowledge graph whose nodes carry ``label`` and ``aliases``.
    name : str
        The name to look up.

    Returns
    -------
    str
        The node id.

    Raises
    ------
    kg.errors.KgError
        If no node has that name (the message lists the closest names), or if
        several nodes share it (the message lists their ids).

    Examples
    --------
    >>> from kg.graph.analysis.sample import sample_graph
    >>> g = sample_graph()
    >>> resolve_entity(g, "the NVIDIA's")
    'company:nvidia'
    >>> resolve_entity(g, "Washington")
    'country:united-states'
    >>> resolve_entity(g, "Nvidai")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: no entity named 'Nvidai'; closest: Nvidia (company:nvidia)
    """
    if name in g:
        return name
    key = normalise_name(name)
    index = name_index(g)
    for table in (index["label"], index["other"]):
        nodes = table.get(key)
        if nodes and len(nodes) == 1:
            return next(iter(nodes))
        if nodes:
            raise KgError(
                f"{name!r} names several entities: {_describe(g, sorted(nodes))}; use an id"
            )
    names = {**index["other"], **index["label"]}
    close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
    found: list[str] = []
    for match in close:
        found.extend(n for n in sorted(names[match]) if n not in found)
    hint = f"; closest: {_describe(g, found[:5])}" if found else ""
    raise KgError(f"no entity named {name!r}{hint}")
