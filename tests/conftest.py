"""Fixtures for the rule tests: Docs parsed by hand and read by kg's own components, so the
rules are tested without a trained model.

A test writes a sentence as its text and its parse, one annotation per token, in the order
kg's tokenizer splits the text ("Qualcomm's" is two tokens, "Shanghai-based" three; a
count that does not match fails with the tokens numbered)::

    read(
        "Samsung unveiled the Exynos 2600.",
        "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 CD:dobj>2 .:punct>2",
        lemmas={"unveiled": "unveil"},
    )

An annotation is ``TAG:dep>head``: the Penn Treebank tag, the dependency label, and the
head as the number of the head token, counted from 1 over the whole text, with 0 for a
sentence's root. Each root's tree is a sentence.

- The coarse part of speech follows from the tag (:data:`POS_OF_TAG`), as the trained
  pipelines map it: a verb is an auxiliary when it is one (``aux``, ``auxpass``) or is
  "be"; "not" (``neg``) is a particle; a preposition that marks a clause (``mark``) is a
  subordinating conjunction.
- A token's lemma is its lower-case form unless ``lemmas`` names it (``{word: lemma}``,
  for every occurrence of the word).
- ``ents`` gives the trained recogniser's entities where a test reads them, ``{text:
  label}``: a text marks each place it occurs but inside a longer text given. Without
  ``ents`` the Doc has none, as when the pipeline has no recogniser.

The fixtures: ``parse`` gives the Doc; ``read`` runs ``kg_entity_recognizer`` and
``kg_relation_extractor`` over it and returns a :class:`Reading` (relations as
(source label, relation, target label), the negated ones apart, modalities, mentions);
``read_unparsed`` reads a raw text with the blank pipeline (sentences and a flat parse).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.pipeline import load_pipeline

#: The coarse part of speech of each Penn Treebank tag.
POS_OF_TAG = {
    **dict.fromkeys(("NN", "NNS"), "NOUN"),
    **dict.fromkeys(("NNP", "NNPS"), "PROPN"),
    **dict.fromkeys(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "VERB"),
    "MD": "AUX",
    **dict.fromkeys(("JJ", "JJR", "JJS", "AFX"), "ADJ"),
    **dict.fromkeys(("RB", "RBR", "RBS", "WRB"), "ADV"),
    **dict.fromkeys(("IN", "RP"), "ADP"),
    **dict.fromkeys(("DT", "PDT"), "DET"),
    **dict.fromkeys(("PRP", "PRP$", "WDT", "WP", "WP$", "EX"), "PRON"),
    **dict.fromkeys(("TO", "POS"), "PART"),
    "CD": "NUM",
    "CC": "CCONJ",
    "UH": "INTJ",
    **dict.fromkeys(("$", "SYM"), "SYM"),
    **dict.fromkeys((",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"), "PUNCT"),
    **dict.fromkeys(("FW", "XX", "ADD", "LS", "GW"), "X"),
    "_SP": "SPACE",
}


def part_of_speech(tag: str, dep: str, lemma: str) -> str:
    """The coarse part of speech a trained English pipeline gives a tagged token."""
    pos = POS_OF_TAG[tag]
    if pos == "VERB" and (dep in ("aux", "auxpass") or lemma == "be"):
        return "AUX"
    if dep == "neg":
        return "PART"
    if pos == "ADP" and dep == "mark":
        return "SCONJ"
    return pos


def parsed(
    nlp: Language,
    text: str,
    annotation: str,
    *,
    lemmas: dict[str, str] | None = None,
    ents: dict[str, str] | None = None,
) -> Doc:
    """A Doc of ``text`` tokenised by ``nlp`` and parsed as ``annotation`` says (see above)."""
    tokens = nlp.make_doc(text)
    entries = annotation.split()
    if len(entries) != len(tokens):
        numbered = " ".join(f"{i}:{t.text}" for i, t in enumerate(tokens, 1))
        raise ValueError(f"{len(entries)} annotations for {len(tokens)} tokens: {numbered}")
    words = [t.text for t in tokens]
    lemmas = lemmas or {}
    unknown = set(lemmas).difference(words)
    if unknown:
        raise ValueError(f"lemmas of words not in the text: {sorted(unknown)}")
    tags, pos, deps, heads, lemma_of = [], [], [], [], []
    for i, (word, entry) in enumerate(zip(words, entries, strict=True)):
        labels, head = entry.rsplit(">", 1)
        tag, dep = labels.rsplit(":", 1)
        lemma = lemmas.get(word, word.lower())
        tags.append(tag)
        pos.append(part_of_speech(tag, dep, lemma))
        deps.append(dep)
        heads.append(int(head) - 1 if int(head) else i)
        lemma_of.append(lemma)
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in tokens],
        tags=tags,
        pos=pos,
        deps=deps,
        heads=heads,
        lemmas=lemma_of,
    )
    if ents is not None:
        taken: set[int] = set()
        spans = []
        for name in sorted(ents, key=len, reverse=True):
            found = [
                span
                for at in _occurrences(doc.text, name)
                for span in [doc.char_span(at, at + len(name), label=ents[name])]
                if span is not None and taken.isdisjoint(range(span.start, span.end))
            ]
            if not found:
                raise ValueError(f"no tokens spell the entity {name!r}")
            for span in found:
                taken.update(range(span.start, span.end))
            spans.extend(found)
        doc.set_ents(spans, default="outside")
    return doc


def _occurrences(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text``, each time."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


class Reading(NamedTuple):
    """What kg's rule components read in a Doc."""

    doc: Doc
    #: (source label, relation, target label) of the relations stated
    relations: set[tuple[str, str, str]]
    #: the same of the relations stated as not holding ("did not acquire")
    negated: set[tuple[str, str, str]]
    #: how the relations are put: "stated", "planned", "reported"
    modalities: set[str]
    #: (text, canonical label, type) of each mention, in order
    mentions: list[tuple[str, str, str]]


def reading(doc: Doc) -> Reading:
    """What kg's rule components found in a Doc they have read."""
    relations = doc._.kg_relations
    return Reading(
        doc,
        {(r.source.label, r.relation, r.target.label) for r in relations if not r.negated},
        {(r.source.label, r.relation, r.target.label) for r in relations if r.negated},
        {r.modality for r in relations},
        [(doc[m.start : m.end].text, m.label, m.type) for m in doc._.kg_mentions],
    )


def pytest_make_parametrize_id(config, val, argname):
    """A hand-parsed case is named by its text: the annotation would only lengthen the name."""
    if argname == "annotation":
        return "parsed"
    return None


@pytest.fixture(scope="session")
def rules_nlp() -> Language:
    """The blank pipeline: kg's tokenizer and rule components, no trained model."""
    return load_pipeline("blank")


@pytest.fixture(scope="session")
def parse(rules_nlp):
    """``parse(text, annotation, lemmas=..., ents=...)``: a Doc parsed by hand."""

    def parse(text: str, annotation: str, **given) -> Doc:
        return parsed(rules_nlp, text, annotation, **given)

    return parse


@pytest.fixture(scope="session")
def read(rules_nlp):
    """``read(text, annotation, lemmas=..., ents=...)``: what the rules read in a Doc
    parsed by hand, as a :class:`Reading`."""

    def read(text: str, annotation: str, **given) -> Reading:
        doc = parsed(rules_nlp, text, annotation, **given)
        for name in ("kg_entity_recognizer", "kg_relation_extractor"):
            doc = rules_nlp.get_pipe(name)(doc)
        return reading(doc)

    return read


@pytest.fixture(scope="session")
def read_unparsed(rules_nlp):
    """``read_unparsed(text)``: what the rules read in a text nobody parsed (the blank
    pipeline gives it sentences and a flat parse), as a :class:`Reading`."""

    def read_unparsed(text: str) -> Reading:
        return reading(rules_nlp(text))

    return read_unparsed
