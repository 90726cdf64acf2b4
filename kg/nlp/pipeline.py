"""Build the spaCy pipeline: a trained English pipeline where one is installed, then kg's rules."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import KgError
from kg.nlp import entities as _entities  # noqa: F401  (registers kg_entities)
from kg.nlp.attributes import compile_attribute_ruler, compile_lemmatizer
from kg.nlp.embeddings import share_embeddings
from kg.nlp.lean import lean_layers
from kg.nlp.matmul import use_matmul_ops
from kg.nlp.models import DEFAULT_MODELS, resolve_model
from kg.nlp.relations import extract_relations
from kg.nlp.rules import Rules, load_rules

__all__ = ["DEFAULT_MODELS", "load_pipeline", "resolve_model"]

log = logging.getLogger(__name__)

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)


class RelationExtractor:
    """The ``kg_relations`` component: :func:`extract_relations` into ``doc._.kg_relations``."""

    def __init__(self, name: str, rules: Rules):
        self.name = name
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_relations = extract_relations(doc, self.rules)
        return doc


@Language.factory(
    "kg_relations",
    requires=["doc._.kg_mentions"],
    assigns=["doc._.kg_relations"],
    default_config={"rules_dir": None},
)
def make_relation_extractor(nlp: Language, name: str, rules_dir: str | None) -> RelationExtractor:
    """Create the ``kg_relations`` component."""
    return RelationExtractor(name, load_rules(rules_dir))


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


def _keep_abbreviations(nlp: Language, rules: Rules) -> None:
    """Tokenise "approx." and "co-developed" as one word each, as the parser expects."""
    from spacy.symbols import ORTH
    from spacy.util import compile_suffix_regex

    # a full stop after a model number ends the sentence: "TSMC made the Ascend 910B."
    suffixes = [
        *list(nlp.Defaults.suffixes),
        r"(?<=\d[A-Z])\.",
        r"(?<=\d[A-Z]{2})\.",
        r"(?<=\d[A-Z]{3})\.",
    ]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    section = rules.patterns.get("tokenizer", {})
    for word in section.get("abbreviations", []) + section.get("hyphenated", []):
        for form in {word, word.lower(), word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def load_pipeline(model: str | None = "auto", *, rules_dir: str | None = None) -> Language:
    """Load the extraction pipeline.

    Parameters
    ----------
    model
        ``"auto"``: the configured or first installed trained English pipeline;
        ``"blank"``: rules alone on ``spacy.blank("en")``; or a pipeline's package name.
    rules_dir
        A rule set other than the package's own (see :func:`kg.nlp.rules.load_rules`).

    Examples
    --------
    >>> nlp = load_pipeline("blank")
    >>> nlp.pipe_names
    ['sentencizer', 'kg_flat_parse', 'kg_entities', 'kg_relations']
    >>> [(e.text, e.label_) for e in nlp("Xiaomi unveiled the XRing O1.").ents]
    [('Xiaomi', 'COMPANY'), ('XRing O1', 'PRODUCT')]
    """
    name = resolve_model(model)
    if name is None:
        if model in (None, "auto"):
            log.warning("no trained English pipeline is installed: extracting with rules alone")
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_flat_parse")
    else:
        try:
            nlp = spacy.load(name)
        except OSError as e:
            raise KgError(f"cannot load the spaCy pipeline {name!r}: {e}") from None
        compile_attribute_ruler(nlp)
        compile_lemmatizer(nlp)
        use_matmul_ops(nlp)
        share_embeddings(nlp)
        lean_layers(nlp)
    _keep_abbreviations(nlp, load_rules(rules_dir))
    nlp.add_pipe("kg_entities", config={"rules_dir": rules_dir})
    nlp.add_pipe("kg_relations", config={"rules_dir": rules_dir})
    return nlp
