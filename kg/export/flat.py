"""Flatten the graph's attributes to typed scalars for GraphML, GEXF and Neo4j."""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Iterator

import networkx as nx

from kg.export.tables import join_list

__all__ = [
    "EDGE_ATTRS",
    "EVIDENCE_SEP",
    "MAX_EVIDENCE_SENTENCES",
    "NODE_ATTRS",
    "evidence_text",
    "flat_edges",
    "flat_nodes",
    "flatten",
    "xml_safe",
]

#: Node attributes every flat node carries, with their type.
NODE_ATTRS: dict[str, type] = {
    "label": str,
    "type": str,
    "aliases": str,
    "mentions": int,
    "documents": int,
    "first_date": str,
    "last_date": str,
    "wikidata": str,
    "issuer": str,
    "subject": str,
}

#: Edge attributes every flat edge carries, with their type.
EDGE_ATTRS: dict[str, type] = {
    "relation": str,
    "weight": int,
    "documents": str,
    "first_date": str,
    "last_date": str,
    "confidence": float,
    "symmetric": bool,
    "evidence": str,
}

#: Sentences of an edge's evidence kept in the flat ``evidence`` attribute.
MAX_EVIDENCE_SENTENCES = 3

#: How those sentences are joined.
EVIDENCE_SEP = "\n"

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE, U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Replace the characters XML 1.0 cannot carry with U+FFFD.

    Only the C0 control characters other than tab, line feed and carriage
    return (and the non-characters U+FFFE, U+FFFF and lone surrogates) are
    replaced; everything else, right-to-left marks and emoji included, is kept.

    Examples
    --------
    >>> xml_safe("a\\x00b\\tc\\u200f")
    'a\\ufffdb\\tc\\u200f'
    """
    return _NOT_XML.sub("\ufffd", text)


def evidence_text(evidence: Iterable[dict], limit: int = MAX_EVIDENCE_SENTENCES) -> str:
    """Join the first ``limit`` evidence sentences of an edge with a line feed.

    Examples
    --------
    >>> evidence_text([{"sentence": "A curbs B."}, {"sentence": "A bans B."}])
    'A curbs B.\\nA bans B.'
    """
    sentences = []
    for item in evidence:
        if len(sentences) == limit:
            break
        sentences.append(str(item.get("sentence", "")))
    return EVIDENCE_SEP.join(sentences)


def _scalar(value: object) -> object:
    """A value GraphML can type, or None when there is none."""
    if value is None or isinstance(value, dict):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return join_list(value)
    return str(value)


def _coerce(value: object, kind: type) -> object:
    if value is None:
        return kind()
    if kind is str:
        return join_list(value) if isinstance(value, list | tuple) else str(value)
    if kind is float and isinstance(value, float) and not math.isfinite(value):
        return 0.0
    return kind(value)


def _unify(values: list[object]) -> type:
    """The one type that holds every value: bool, int, float or, failing those, str."""
    kinds = {type(v) for v in values}
    if kinds <= {bool}:
        return bool
    if kinds <= {int}:
        return int
    if kinds <= {int, float}:
        return float
    return str


def _extras(items: list[dict], known: dict[str, type]) -> dict[str, type]:
    """Other scalar attributes, such as centrality or community, with one type each."""
    seen: dict[str, list] = {}
    for attrs in items:
        for name, value in attrs.items():
            if name in known or name in ("docs", "start", "end", "id", "key"):
                continue
            value = _scalar(value)
            if value is not None:
                seen.setdefault(name, []).append(value)
    return {name: _unify(values) for name, values in seen.items()}


def _flat_attrs(attrs: dict, schema: dict[str, type], extras: dict[str, type], xml: bool) -> dict:
    flat = {}
    for name, kind in schema.items():
        value = attrs.get(name)
        # the common case, a value already of its type, needs no coercion (a float
        # still does: NaN and infinities become 0.0)
        flat[name] = value if type(value) is kind and kind is not float else _coerce(value, kind)
    for name, kind in extras.items():
        value = _scalar(attrs.get(name))
        if value is not None:
            flat[name] = _coerce(value, kind)
    if xml:
        for name, value in flat.items():
            if type(value) is str:
                flat[name] = xml_safe(value)
    return flat


def flat_nodes(graph: nx.MultiDiGraph, *, xml: bool = False) -> Iterator[tuple[Hashable, dict]]:
    """Yield ``(node, attrs)`` for each node, in order, as :func:`flatten` has them.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:xiaomi", label="Xiaomi", aliases=["小米"])
    >>> [(n, a["aliases"], a["mentions"]) for n, a in flat_nodes(g)]
    [('company:xiaomi', '小米', 0)]
    """
    extras = _extras([a for _, a in graph.nodes(data=True)], NODE_ATTRS)
    for node, attrs in graph.nodes(data=True):
        yield node, _flat_attrs(attrs, NODE_ATTRS, extras, xml)


def flat_edges(
    graph: nx.MultiDiGraph, *, xml: bool = False
) -> Iterator[tuple[Hashable, Hashable, Hashable, dict]]:
    """Yield ``(u, v, key, attrs)`` for each edge, in order, as :func:`flatten` has them.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("company:a", "company:b", key="partners", docs=["d1", "d2"])
    >>> [(u, v, k, a["documents"]) for u, v, k, a in flat_edges(g)]
    [('company:a', 'company:b', 'partners', 'd1; d2')]
    """
    extras = _extras([a for _, _, a in graph.edges(data=True)], EDGE_ATTRS)
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        attrs = {
            **attrs,
            "documents": attrs.get("docs", attrs.get("documents")),
            "evidence": evidence_text(attrs.get("evidence") or []),
        }
        yield u, v, key, _flat_attrs(attrs, EDGE_ATTRS, extras, xml)


def flatten(graph: nx.MultiDiGraph, *, xml: bool = False) -> nx.MultiDiGraph:
    """Return a copy of the graph whose attributes are all typed scalars.

    Every node gets ``NODE_ATTRS`` and every edge ``EDGE_ATTRS``: lists joined with
    ``"; "``, the edge list ``docs`` as ``documents``, the evidence list as the
    first sentences joined by a line feed, missing values as ``""``, ``0``,
    ``0.0`` or ``False``, never None or NaN. Other scalar attributes (for
    example a centrality score) are kept, with one type per attribute name.
    ``xml=True`` also passes every text through :func:`xml_safe`.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("company:xiaomi", label="Xiaomi", aliases=["小米"], pagerank=0.5)
    >>> g.add_node("product:xring-o1", label="XRing O1")
    >>> _ = g.add_edge("company:xiaomi", "product:xring-o1", key="develops",
    ...                relation="develops", docs=["d1", "d2"],
    ...                evidence=[{"sentence": "Xiaomi unveils the XRing O1."}])
    >>> flat = flatten(g)
    >>> flat.nodes["company:xiaomi"]["aliases"], flat.nodes["company:xiaomi"]["pagerank"]
    ('小米', 0.5)
    >>> flat.nodes["product:xring-o1"]["mentions"]
    0
    >>> edge = flat.edges["company:xiaomi", "product:xring-o1", "develops"]
    >>> edge["documents"], edge["evidence"], edge["symmetric"]
    ('d1; d2', 'Xiaomi unveils the XRing O1.', False)
    """
    flat = nx.MultiDiGraph()
    for node, attrs in flat_nodes(graph, xml=xml):
        flat.add_node(node, **attrs)
    for u, v, key, attrs in flat_edges(graph, xml=xml):
        flat.add_edge(u, v, key=key, **attrs)
    return flat
