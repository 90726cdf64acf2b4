"""A mention of an entity in a ``Doc``, the trust given to where it came from, and the
stable id and clean label of what it names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.names import entity_id, normalise_name
from kg.nlp.rules import LexiconEntry

__all__ = [
    "DEFINED",
    "FUNDING_ROUND",
    "LEXICON",
    "NER",
    "SHAPE",
    "KgMention",
    "clean_label",
    "entity_id",
    "name_like",
]

#: A round of funding, which names no product: "Series C", "Series B+".
FUNDING_ROUND = re.compile(r"^Series [A-H]\+?\.?$")

#: Priorities of candidate sources: a higher one wins an overlap.
LEXICON, DEFINED, SHAPE, NER = 4, 3, 2, 1


@dataclass
class KgMention:
    """A mention found in a ``Doc``: token offsets, type, and the canonical label it resolves to."""

    start: int
    end: int
    type: str
    label: str
    priority: int
    entry: LexiconEntry | None = None
    method: str = ""
    aliases: set[str] = field(default_factory=set)
    #: what a measure's identity was built from (kg.nlp.identity): its issuers and
    #: subjects, and "document" for a measure known only from its document
    issuer: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    scope: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """What the mention is, for identity: its type and normalised label."""
        return self.type, normalise_name(self.label)


def clean_label(text: str) -> str:
    """Strip a leading "the", a trailing possessive and stray punctuation from a surface name.

    Examples
    --------
    >>> clean_label("the Financial Times's ")
    'Financial Times'
    """
    s = re.sub(r"\s+", " ", text).strip()
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    s = re.sub(r"(?:'s|’s|'|’)$", "", s).strip()
    return s.strip(' ,;:.!?"“”()[]')


def name_like(tok: Token) -> bool:
    """A token that can be part of a proper name: "Nvidia", "iFlytek", "SMIC", "X90"."""
    t = tok.text
    if not t or not (t[0].isalpha() or t[0].isdigit()):
        return False
    if t[0].isupper():
        return True
    return t[0].isalpha() and any(c.isupper() for c in t[1:])


def tokens_where(doc: Doc, attr: int, values: Iterable[str]) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` (``ORTH``, ``LOWER``) is one of ``values``, found
    from one array of the Doc's hashes rather than by making every token.

    Examples
    --------
    >>> import spacy
    >>> from spacy.attrs import LOWER
    >>> doc = spacy.blank("en")("The Ministry said the ministry agreed.")
    >>> [t.i for t in tokens_where(doc, LOWER, {"ministry"})]
    [1, 4]
    """
    wanted = {get_string_id(v) for v in values}
    column = doc.to_array(attr).tolist()
    return [doc[i] for i, h in enumerate(column) if h in wanted]
