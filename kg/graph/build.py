"""Aggregate per-document extraction records into one networkx graph."""

from __future__ import annotations

import gc
import json
import zlib
from collections.abc import Iterable

import networkx as nx

from kg.records import SYMMETRIC, DocResult, Entity, Evidence

__all__ = ["GraphBuilder", "build_graph", "edge_key"]

#: At most this many evidence sentences are kept on an edge (all stay in evidence.csv).
MAX_EDGE_EVIDENCE = 20

#: Nodes and edges per line of :meth:`GraphBuilder.dump`.
_DUMP_LINE = 2000


def edge_key(ev: Evidence) -> tuple[str, str, str]:
    """Return ``(u, v, relation)`` for an evidence row; symmetric relations are ordered by id.

    Examples
    --------
    >>> from kg.records import Evidence
    >>> ev = Evidence("d1", "", "company:b", "B", "COMPANY", "partners",
    ...               "company:a", "A", "COMPANY", "A and B team up.", 0.9)
    >>> edge_key(ev)
    ('company:a', 'company:b', 'partners')
    """
    u, v = ev.source_id, ev.target_id
    if ev.relation in SYMMETRIC and v < u:
        u, v = v, u
    return u, v, ev.relation


def _widen(attrs: dict, date: str | None) -> None:
    if not date:
        return
    if not attrs.get("first_date") or date < attrs["first_date"]:
        attrs["first_date"] = date
    if not attrs.get("last_date") or date > attrs["last_date"]:
        attrs["last_date"] = date


class GraphBuilder:
    """Fold :class:`~kg.records.DocResult` records into a ``MultiDiGraph`` one at a time.

    Memory grows with the graph, not with the number of documents: a document's
    records are folded in and dropped.

    Examples
    --------
    >>> from kg.records import DocResult, Entity, Mention
    >>> ent = Entity("company:nvidia", "Nvidia", "COMPANY", ("NVIDIA",))
    >>> men = Mention("d1", ent.id, "Nvidia", "COMPANY", "NVIDIA", 0, 6)
    >>> builder = GraphBuilder()
    >>> builder.add(DocResult("d1", "2025-05-01", (ent,), (men,), ()))
    >>> builder.graph.nodes["company:nvidia"]["mentions"]
    1
    """

    def __init__(self, *, min_confidence: float = 0.0) -> None:
        self.graph = nx.MultiDiGraph()
        self.min_confidence = min_confidence
        # at hand, so that folding a document needs no lookups through networkx's views:
        # each node's and edge's attribute dict (the graph's own) and each node's names in
        # lower case (label and aliases), which decide whether a name is a new alias
        self._nodes: dict[str, dict] = {}
        self._names: dict[str, set[str]] = {}
        self._edges: dict[tuple[str, str, str], dict] = {}

    def _node(self, ent: Entity) -> dict:
        attrs = self._nodes.get(ent.id)
        if attrs is None:
            g = self.graph
            if ent.id not in g:
                g.add_node(
                    ent.id,
                    label=ent.label,
                    type=ent.type,
                    aliases=[],
                    mentions=0,
                    documents=0,
                    first_date="",
                    last_date="",
                    wikidata=ent.wikidata,
                    issuer=[],
                    subject=[],
                )
            attrs = self._nodes[ent.id] = g.nodes[ent.id]
        return attrs

    def _known(self, node: str, attrs: dict) -> set[str]:
        known = self._names.get(node)
        if known is None:
            known = {a.lower() for a in attrs["aliases"]} | {attrs["label"].lower()}
            self._names[node] = known
        return known

    def add(self, result: DocResult) -> None:
        """Fold one document's entities, mentions and evidence into the graph."""
        for ent in result.entities:
            attrs = self._node(ent)
            attrs["documents"] += 1
            if ent.wikidata and not attrs["wikidata"]:
                attrs["wikidata"] = ent.wikidata
            # what a measure's identity was built from, as each document gave it
            for name in ("issuer", "subject"):
                given = getattr(ent, name)
                if given:
                    held = attrs.setdefault(name, [])
                    held.extend(i for i in given if i not in held)
            _widen(attrs, result.date)
            known = self._known(ent.id, attrs)
            for alias in ent.aliases:
                lower = alias.lower()
                if lower not in known:
                    attrs["aliases"].append(alias)
                    known.add(lower)
        nodes = self._nodes
        for men in result.mentions:
            attrs = nodes.get(men.entity_id) or self.graph.nodes[men.entity_id]
            attrs["mentions"] += 1
            known = self._known(men.entity_id, attrs)
            lower = men.text.lower()
            if lower not in known:
                attrs["aliases"].append(men.text)
                known.add(lower)
        for ev in result.evidence:
            if self.accepts(ev):
                self._add_evidence(ev)

    def dump(self) -> bytes:
        """The builder as compressed JSON lines, to go on from later (:meth:`load`).

        A line of options, then a line per node in the graph's order and a line per edge
        in the order the edges were made, so that the graph loaded back iterates, and
        therefore writes, exactly as this one.

        Examples
        --------
        >>> from kg.records import DocResult, Entity, Evidence
        >>> a, b = Entity("company:a", "A", "COMPANY"), Entity("company:b", "B", "COMPANY")
        >>> ev = Evidence("d1", "2025-05-01", a.id, "A", "COMPANY", "sues", b.id, "B",
        ...               "COMPANY", "A sued B.", 0.9)
        >>> builder = GraphBuilder()
        >>> builder.add(DocResult("d1", "2025-05-01", (a, b), (), (ev,)))
        >>> again = GraphBuilder.load(builder.dump())
        >>> list(again.graph.edges(keys=True, data="weight"))
        [('company:a', 'company:b', 'sues', 1)]
        """
        out = zlib.compressobj(1)
        parts = [out.compress(json.dumps({"min_confidence": self.min_confidence}).encode())]
        records: list[list] = []

        def put(record: list) -> None:
            records.append(record)
            if len(records) >= _DUMP_LINE:
                flush()

        def flush() -> None:
            line = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
            parts.append(out.compress(("\n" + line).encode()))
            records.clear()

        for node, attrs in self.graph.nodes(data=True):
            put(["n", node, attrs])
        for (u, v, rel), attrs in self._edges.items():
            put(["e", u, v, rel, attrs])
        if records:
            flush()
        parts.append(out.flush())
        return b"".join(parts)

    @classmethod
    def load(cls, data: bytes) -> GraphBuilder:
        """The builder :meth:`dump` wrote; ``ValueError`` if ``data`` is not one."""
        try:
            text = zlib.decompress(data).decode()
        except (zlib.error, UnicodeDecodeError) as e:
            raise ValueError(f"not a dumped graph builder ({e})") from None
        lines = iter(text.split("\n"))
        options = json.loads(next(lines))
        builder = cls(min_confidence=options["min_confidence"])
        g = builder.graph
        nodes, edges = builder._nodes, builder._edges
        # a graph is hundreds of thousands of containers: the collector, run while they
        # are made, finds nothing to free and only slows the load
        collecting = gc.isenabled()
        gc.disable()
        try:
            for line in lines:
                for record in json.loads(line):
                    if record[0] == "n":
                        g.add_node(record[1], **record[2])
                        nodes[record[1]] = g.nodes[record[1]]
                    else:
                        _, u, v, rel, attrs = record
                        g.add_edge(u, v, key=rel, **attrs)
                        edges[u, v, rel] = g.edges[u, v, rel]
        finally:
            if collecting:
                gc.enable()
        return builder

    def accepts(self, ev: Evidence) -> bool:
        """Whether a piece of evidence makes an edge: stated, not negated, confident enough."""
        return not ev.negated and ev.confidence >= self.min_confidence

    def _add_evidence(self, ev: Evidence) -> None:
        edge = edge_key(ev)
        attrs = self._edges.get(edge)
        if attrs is None:
            g = self.graph
            u, v, rel = edge
            if not g.has_edge(u, v, key=rel):
                g.add_edge(
                    u,
                    v,
                    key=rel,
                    relation=rel,
                    weight=0,
                    docs=[],
                    first_date="",
                    last_date="",
                    confidence=0.0,
                    symmetric=rel in SYMMETRIC,
                    evidence=[],
                )
            attrs = self._edges[edge] = g.edges[u, v, rel]
        attrs["weight"] += 1
        # a document's evidence arrives together, so its id can only repeat the last one
        if not attrs["docs"] or attrs["docs"][-1] != ev.doc_id:
            attrs["docs"].append(ev.doc_id)
        attrs["confidence"] = max(attrs["confidence"], ev.confidence)
        _widen(attrs, ev.date)
        if len(attrs["evidence"]) < MAX_EDGE_EVIDENCE:
            attrs["evidence"].append(
                {
                    "doc_id": ev.doc_id,
                    "date": ev.date or "",
                    "sentence": ev.sentence,
                    "confidence": ev.confidence,
                    "modality": ev.modality,
                }
            )


def build_graph(results: Iterable[DocResult], *, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """Build the knowledge graph from extraction records.

    Nodes are keyed by entity id and carry ``label``, ``type``, ``aliases`` (list),
    ``mentions``, ``documents``, ``first_date``, ``last_date``, ``wikidata``, and
    ``issuer`` and ``subject`` (lists: what a policy's identity was built from).
    Edges are keyed by relation and carry ``relation``, ``weight`` (supporting
    sentences), ``docs`` (list of document ids), ``first_date``, ``last_date``,
    ``confidence`` (the best of its evidence), ``symmetric`` and ``evidence`` (a
    list of dicts with ``doc_id``, ``date``, ``sentence``, ``confidence``,
    ``modality``). Negated evidence and evidence below ``min_confidence`` give no edge.

    Examples
    --------
    >>> g = build_graph([])
    >>> g.number_of_nodes(), g.is_directed(), g.is_multigraph()
    (0, True, True)
    """
    builder = GraphBuilder(min_confidence=min_confidence)
    for result in results:
        builder.add(result)
    return builder.graph
