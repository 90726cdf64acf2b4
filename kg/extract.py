"""Documents in, extraction records out: the NLP stage as plain data."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities import KgMention, entity_id
from kg.records import DocResult, Document, Entity, Evidence, Mention

__all__ = ["Extractor", "doc_result", "load_extractor"]


def _entity(m: KgMention) -> Entity:
    aliases: tuple[str, ...] = ()
    wikidata = ""
    if m.entry is not None:
        aliases = tuple(a for a in m.entry.aliases if a != m.label)
        wikidata = m.entry.wikidata
    return Entity(entity_id(m.type, m.label), m.label, m.type, aliases, wikidata)


def doc_result(document: Document, doc: Doc) -> DocResult:
    """Turn a processed Doc into the records the graph stage reads.

    Examples
    --------
    >>> from kg.nlp.pipeline import load_pipeline
    >>> nlp = load_pipeline("blank")
    >>> d = Document("d1", "Xiaomi unveiled the XRing O1.", "2025-05-22")
    >>> res = doc_result(d, nlp(d.text))
    >>> [(m.label, m.type, m.start_char) for m in res.mentions]
    [('Xiaomi', 'COMPANY', 0), ('XRing O1', 'PRODUCT', 20)]
    >>> [(e.source, e.relation, e.target) for e in res.evidence]
    [('Xiaomi', 'develops', 'XRing O1')]
    """
    entities: dict[str, Entity] = {}
    mentions = []
    for m in doc._.kg_mentions or []:
        ent = entities.get(entity_id(m.type, m.label)) or _entity(m)
        entities[ent.id] = ent
        span = doc[m.start : m.end]
        mentions.append(
            Mention(
                document.id, ent.id, ent.label, ent.type, span.text, span.start_char, span.end_char
            )
        )
    evidence = []
    for r in doc._.kg_relations or []:
        s, t = (
            entities[entity_id(r.source.type, r.source.label)],
            entities[entity_id(r.target.type, r.target.label)],
        )
        evidence.append(
            Evidence(
                doc_id=document.id,
                date=document.date or "",
                source_id=s.id,
                source=s.label,
                source_type=s.type,
                relation=r.relation,
                target_id=t.id,
                target=t.label,
                target_type=t.type,
                sentence=r.sentence.text.strip(),
                confidence=r.confidence,
                modality=r.modality,
                negated=r.negated,
                method=r.method,
            )
        )
    return DocResult(
        document.id, document.date, tuple(entities.values()), tuple(mentions), tuple(evidence)
    )


class Extractor:
    """Run the pipeline over a stream of documents, in batches, yielding one record each."""

    def __init__(self, nlp: Language, *, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def extract(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Yield a :class:`~kg.records.DocResult` for each document, in order."""
        pairs = ((d.text, d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield doc_result(document, doc)


def load_extractor(model: str = "auto", *, batch_size: int = 64) -> Extractor:
    """An :class:`Extractor` over the pipeline :func:`kg.nlp.pipeline.load_pipeline` loads.

    ``model="blank"`` extracts with rules alone (``kg build --fast``).

    Examples
    --------
    >>> ex = load_extractor("blank")
    >>> [r.doc_id for r in ex.extract([Document("a", "Nvidia CEO Jensen Huang spoke.")])]
    ['a']
    """
    from kg.nlp.pipeline import load_pipeline

    return Extractor(load_pipeline(model), batch_size=batch_size)
