"""Mentions from the trained recogniser, where it is right: its labels mapped to node
types, names the graph does not hold dropped, places kept only where the text puts
something in them."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from kg.nlp.entities.mention import NER, KgMention, name_like
from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["trained_mentions"]


def trained_mentions(p: EntityPatterns, doc: Doc) -> Iterable[KgMention]:
    """The trained recogniser's entities (``doc.ents``) that name a node of the graph,
    typed, trimmed and checked against what the recogniser often gets wrong."""
    for ent in doc.ents:
        typ = p.trained_types.get(ent.label_)
        if typ is None:
            continue
        start, end = ent.start, ent.end
        while (start < end and doc[start].pos_ in ("DET",)) or (
            start < end and doc[start].lower_ == "the"
        ):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        if start >= end:
            continue
        text = doc[start:end].text
        if (
            text in p.stop
            or text.lower() in p.stop_lower
            or not any(name_like(t) for t in doc[start:end])
        ):
            continue
        if typ == "COMPANY" and doc[end - 1].lower_ in p.agency_heads:
            typ = "AGENCY"
        if typ == "PERSON" and end - start == 1 and doc[start].pos_ != "PROPN":
            continue
        # a place the lexicon does not know is one only where the text puts something
        # in it ("a plant in Leuven"); elsewhere the recogniser often takes a firm for one
        if typ == "LOCATION":
            before = doc[start - 1] if start > 0 else None
            after = doc[end : end + 2]
            placed = before is not None and before.lower_ in p.place_preps
            based = len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based"
            if not (placed or based):
                continue
        yield KgMention(start, end, typ, "", NER, method=f"ner-{ent.label_.lower()}")
