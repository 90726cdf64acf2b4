"""The parse of a Doc as the relation rules read it: each token's columns (part of speech,
dependency, lower case, lemma) as lists, each token's children from a table made once per
reading, and the argument a token resolves to."""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from kg.nlp.entities import KgMention

__all__ = [
    "KIDS_KEY",
    "OBJECT_DEPS",
    "SUBJECT_DEPS",
    "Arg",
    "children",
    "columns",
    "forget_children",
    "kids",
    "start_reading",
]

#: Dependency labels of a clause's subject and of what a verb acts on.
SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "dative", "obj")


class Arg(NamedTuple):
    """An argument of a trigger resolved to a mention, with how directly it was reached."""

    mention: KgMention
    direct: bool  # the argument's head is the mention itself, not a modifier of a noun


KIDS_KEY = ("kg_kids",)  # doc.user_data: each token's children, in order
#: The Doc whose children table kids() read last, and the table.
_LAST_READ: list = [None, None]
#: Strings by their hash in the StringStore, lemmas in lower case: see columns()
_NAMES: dict[int, str] = {}
_LEMMAS: dict[int, str] = {}
_NAMES_KEPT = 500_000


def columns(doc: Doc) -> tuple[list[str], list[str], list[str], list[str]]:
    """Each token's ``pos_``, ``dep_``, ``lower_`` and ``lemma_.lower()``, as lists."""
    if not len(doc):
        return [], [], [], []
    strings = doc.vocab.strings
    names, lemmas = _NAMES, _LEMMAS
    if len(names) > _NAMES_KEPT or len(lemmas) > _NAMES_KEPT:
        names.clear()
        lemmas.clear()
    pos, dep, lower, lemma = doc.to_array([POS, DEP, LOWER, LEMMA]).T.tolist()
    for h in set(pos + dep + lower).difference(names):
        names[h] = strings[h]
    for h in set(lemma).difference(lemmas):
        lemmas[h] = strings[h].lower()
    return (
        [names[h] for h in pos],
        [names[h] for h in dep],
        [names[h] for h in lower],
        [lemmas[h] for h in lemma],
    )


def kids(tok: Token) -> list[Token]:
    """``tok.children``, from a table made once per reading of a Doc.

    spaCy finds a token's children by scanning every token its subtree spans, each time
    it is asked; the rules ask about the same few verbs and nouns many times.
    """
    doc = tok.doc
    if doc is _LAST_READ[0]:  # the Doc being read, asked about hundreds of times
        return _LAST_READ[1][tok.i]
    table = doc.user_data.get(KIDS_KEY)
    if table is None:  # dropped when extract_relations returns
        table = doc.user_data[KIDS_KEY] = children(doc, list(doc))
    _LAST_READ[:] = [doc, table]
    return table[tok.i]


def forget_children(doc: Doc) -> None:
    """Drop the children table of ``doc``: a reading of it is done."""
    doc.user_data.pop(KIDS_KEY, None)
    if _LAST_READ[0] is doc:
        _LAST_READ[:] = [None, None]


def children(doc: Doc, tokens: list[Token]) -> list[list[Token]]:
    """Each token's children, in order, from the Doc's heads: ``tokens`` is ``list(doc)``."""
    table: list[list[Token]] = [[] for _ in tokens]
    for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])
    return table


def start_reading(doc: Doc, tokens: list[Token]) -> None:
    """Make the children table of ``doc`` (``tokens`` is ``list(doc)``) for :func:`kids`."""
    table = doc.user_data[KIDS_KEY] = children(doc, tokens)
    _LAST_READ[:] = [doc, table]
