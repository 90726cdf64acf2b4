"""The ``kg_relation_extractor`` component: typed, directed relations between the
mentions of a ``Doc`` (the rules are :mod:`kg.nlp.relations`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.lexicon_choice import LexiconChoice
from kg.nlp.relations import extract_relations
from kg.nlp.rules import Rules, load_rules

__all__ = ["RelationExtractor", "make_relation_extractor"]

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None)


class RelationExtractor:
    """Run :func:`~kg.nlp.relations.extract_relations` into ``doc._.kg_relations``."""

    def __init__(self, name: str, rules: Rules):
        self.name = name
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_relations = extract_relations(doc, self.rules)
        return doc


@Language.factory(
    "kg_relation_extractor",
    requires=["doc._.kg_mentions"],
    assigns=["doc._.kg_relations"],
    default_config={"rules_dir": None, "lexicon": None},
)
def make_relation_extractor(
    nlp: Language, name: str, rules_dir: str | None, lexicon: list[str] | None
) -> RelationExtractor:
    """Create the ``kg_relation_extractor`` component (``lexicon`` as for
    :func:`~kg.nlp.entity_recognizer.make_entity_recognizer`)."""
    return RelationExtractor(name, load_rules(rules_dir, LexiconChoice.from_config(lexicon)))
