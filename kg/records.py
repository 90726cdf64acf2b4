"""The plain records that flow between stages: documents, entities, mentions, evidence."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple, TypeVar

T = TypeVar("T")

NODE_TYPES = (
    "COMPANY",
    "AGENCY",
    "COUNTRY",
    "LOCATION",
    "PRODUCT",
    "TECHNOLOGY",
    "POLICY",
    "PERSON",
    "EVENT",
)

RELATIONS = (
    "develops",
    "manufactures",
    "restricts",
    "issues",
    "partners",
    "supplies",
    "competes",
    "invests",
    "acquires",
    "leads",
    "operates_in",
    "uses",
    "part_of",
    "sues",
)

#: Relations whose direction carries no meaning (schema.md: "symmetric").
SYMMETRIC = frozenset({"partners", "competes", "sues"})

#: How a statement is put: as a fact, as a plan, or as something others reported.
MODALITIES = ("stated", "planned", "reported")


class Document(NamedTuple):
    """One news summary as read from the input."""

    id: str
    text: str
    date: str | None = None
    meta: dict | None = None
    origin: str = ""  # "path:line" where the document was read


#: What the documents table keeps of a document's metadata, besides its id and date.
DOCUMENT_FIELDS = ("title", "source", "url")


def document_row(doc: Document) -> tuple[str, ...]:
    """A row of documents.csv: the document's id, date, title, source and url.

    A metadata value that is not text or a number is left out (an empty cell).

    Examples
    --------
    >>> doc = Document("d1", "Nvidia grew.", "2025-05-01", {"title": "Chips", "url": None})
    >>> document_row(doc)
    ('d1', '2025-05-01', 'Chips', '', '')
    """
    meta = doc.meta or {}
    cells = []
    for name in DOCUMENT_FIELDS:
        value = meta.get(name)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            value = ""
        cells.append(str(value))
    return (doc.id, doc.date or "", *cells)


class Entity(NamedTuple):
    """A canonical thing a document names."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    #: a measure's issuers and subjects: what its identity was built from
    issuer: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    #: the id of the one document a measure is known from, named in its label (else "")
    scope: str = ""


class Mention(NamedTuple):
    """One span of a document's text that names an entity (a row of mentions.csv)."""

    doc_id: str
    entity_id: str
    label: str
    type: str
    text: str
    start_char: int
    end_char: int


class Evidence(NamedTuple):
    """One extracted edge with the sentence it came from (a row of evidence.csv)."""

    doc_id: str
    date: str
    source_id: str
    source: str
    source_type: str
    relation: str
    target_id: str
    target: str
    target_type: str
    sentence: str
    confidence: float
    modality: str = "stated"
    negated: bool = False
    method: str = ""


class DocResult(NamedTuple):
    """Everything extracted from one document: what the graph stage reads."""

    doc_id: str
    date: str | None
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    evidence: tuple[Evidence, ...]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items in order, the last one shorter if need be.

    Examples
    --------
    >>> list(batched("abcde", 2))
    [['a', 'b'], ['c', 'd'], ['e']]
    """
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


MENTION_COLUMNS = list(Mention._fields)
EVIDENCE_COLUMNS = list(Evidence._fields)
DOCUMENT_COLUMNS = ["doc_id", "date", *DOCUMENT_FIELDS]
NODE_COLUMNS = [
    "id",
    "label",
    "type",
    "aliases",
    "mentions",
    "documents",
    "first_date",
    "last_date",
    "wikidata",
    "issuer",
    "subject",
]
EDGE_COLUMNS = [
    "source_id",
    "source",
    "relation",
    "target_id",
    "target",
    "weight",
    "documents",
    "first_date",
    "last_date",
    "confidence",
    "symmetric",
]
