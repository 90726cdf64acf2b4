"""The ``kg_flat_parse`` component: a flat parse for a pipeline without a parser."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["flat_parse"]


@Language.component(
    "kg_flat_parse", requires=["token.is_sent_start"], assigns=["token.dep", "token.head"]
)
def flat_parse(doc: Doc) -> Doc:
    """Give a Doc without a parser a flat parse: each word hangs on its sentence's first.

    Rules that walk the tree then see one shallow tree per sentence, and spaCy's tree
    accessors are safe on every token.
    """
    import numpy
    from spacy.attrs import DEP, HEAD, SENT_START

    if doc.has_annotation("DEP") or not len(doc):
        return doc
    # as Doc.sents reads them: a sentence starts at the first token and at each marked 1
    starts = doc.to_array(SENT_START).view("int64") == 1
    starts[0] = True
    at = numpy.arange(len(doc), dtype="int64")
    first = numpy.maximum.accumulate(numpy.where(starts, at, 0))  # each token's sentence start
    heads = first - at  # relative offset to the head
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    deps = numpy.where(starts, numpy.uint64(root), numpy.uint64(dep)).astype("uint64")
    rows = numpy.stack([heads.view("uint64"), deps], axis=1)
    doc.from_array([HEAD, DEP], rows)
    return doc
