"""The ``kg_entity_recognizer`` component: typed, canonical entity mentions from the
lexicon, name shapes and context, and the trained recogniser (:mod:`kg.nlp.entities`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.nlp.entities.context import retype, unnamed
from kg.nlp.entities.document import (
    administrations,
    agency_phrases,
    agree_types,
    firm_aliases,
    repeated,
)
from kg.nlp.entities.goods import GoodsMatcher, drug_names
from kg.nlp.entities.lexicon import LexiconMatcher
from kg.nlp.entities.mention import KgMention
from kg.nlp.entities.patterns import EntityPatterns
from kg.nlp.entities.resolve import resolve, select
from kg.nlp.entities.shapes import shapes
from kg.nlp.entities.trained import shadowed_by_name, trained_mentions
from kg.nlp.entities.unknown import english_words, unknown_names
from kg.nlp.entities.versions import product_names, versioned
from kg.nlp.lexicon_choice import LexiconChoice
from kg.nlp.rules import Rules, load_rules

__all__ = ["EntityRecognizer", "copied", "make_entity_recognizer"]

if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)


class EntityRecognizer:
    """Find typed entity mentions and resolve each to a canonical entity.

    Candidates come, in order of trust, from the lexicon, from acronyms defined in
    parentheses, from name shapes and context ("chipmaker X", "X Technology",
    "Ascend 910C", "X inference chip"), and from the trained recogniser where the
    pipeline has one. Overlaps go to the more trusted source, except that a longer
    shape of the same type ("Ascend 910C" over the family "Ascend") wins.
    Results are stored on the Doc: ``doc._.kg_mentions`` (a list of
    :class:`~kg.nlp.entities.KgMention`) and ``doc.ents``.
    """

    def __init__(
        self, nlp: Language, name: str = "kg_entity_recognizer", rules: Rules | None = None
    ):
        self.name = name
        self.rules = rules or load_rules()
        self.patterns = EntityPatterns(self.rules)
        self.lexicon = LexiconMatcher(nlp, self.rules, self.patterns.agency_heads)
        self.goods = GoodsMatcher(nlp, self.patterns)
        self.words = english_words()
        self.product_names = product_names(self.rules.lexicon)

    def rule_candidates(self, doc: Doc) -> list[KgMention]:
        """The mentions the lexicon, the name shapes and the goods propose: none of them
        reads the trained recogniser's entities, so a second reading of the same parse,
        once the recogniser has run, proposes them again unchanged."""
        cands = list(self.lexicon(doc))
        cands.extend(shapes(self.patterns, doc))
        cands.extend(self.goods(doc))
        cands.extend(drug_names(doc, self.words))
        return cands

    def candidates(self, doc: Doc, found: list[KgMention] | None = None) -> list[KgMention]:
        """Every mention a finder proposes, overlapping ones included; ``found``, if given,
        is what :meth:`rule_candidates` gave for this parse, read here as it stands."""
        cands = self.rule_candidates(doc) if found is None else found
        if doc.has_annotation("ENT_IOB"):
            cands = [m for m in cands if not shadowed_by_name(doc, m)]
            cands.extend(trained_mentions(self.patterns, doc))
        return cands

    def __call__(self, doc: Doc, found: list[KgMention] | None = None) -> Doc:
        """Find the mentions of ``doc``; ``found`` as for :meth:`candidates` (the reading
        changes the mentions it is given: pass it a copy to keep them)."""
        cands = self.candidates(doc, found)
        chosen = national_firms(self.patterns, doc, cands, select(cands, doc, self.patterns))
        chosen = versioned(self.patterns, doc, chosen, self.product_names)
        chosen = sorted([*chosen, *enclosing_places(doc, cands, chosen)], key=lambda m: m.start)
        if doc.has_annotation("DEP"):
            chosen = local_units(doc, chosen)
            agree_types(doc, chosen)
            firm_aliases(doc, chosen)
            retype(self.patterns, doc, chosen)
            chosen = [*chosen, *unnamed(self.patterns, doc, chosen)]
            firm_aliases(doc, chosen)  # and among the firms found by context
            chosen = [*chosen, *repeated(doc, chosen)]
            chosen = [*chosen, *unknown_names(self.patterns, doc, chosen, self.words)]
            agree_types(doc, chosen)
            chosen = sorted(
                [*chosen, *agency_phrases(doc, self.patterns, chosen)], key=lambda m: m.start
            )
        mentions = resolve(self.patterns, doc, administrations(self.patterns, doc, chosen))
        doc._.kg_mentions = mentions
        doc.ents = filter_spans([Span(doc, m.start, m.end, label=m.type) for m in mentions])
        return doc


#: Words that make a name with a country's a branch of its state: "US Air Force".
_STATE_ARMS = frozenset(("force", "forces", "corps", "guard", "command"))


def national_firms(
    p: EntityPatterns, doc: Doc, candidates: list[KgMention], chosen: list[KgMention]
) -> list[KgMention]:
    """A firm whose name holds its country's ("Air India", "Korean Air", "Bank of China"):
    the recogniser's firm, not the country the lexicon found inside it."""
    firms = [
        c
        for c in candidates
        if c.method == "ner-org"
        and c.end - c.start > 1
        and any(t.lower_ in p.national_firm_words for t in doc[c.start : c.end])
        # ("the US Air Force", "the Indian Air Force": a state's arm, not a firm)
        and not any(t.lower_ in _STATE_ARMS for t in doc[c.start : min(c.end + 1, len(doc))])
    ]
    out = list(chosen)
    for f in firms:
        inside = [m for m in out if f.start <= m.start and m.end <= f.end]
        overlap = [m for m in out if m.start < f.end and f.start < m.end]
        if inside and inside == overlap and all(m.type == "COUNTRY" for m in inside):
            # ("Telecom Regulatory Authority of India": a state's body, named so)
            words = {t.lower_ for t in doc[f.start : f.end] if t.text.istitle()}
            body = "AGENCY" if words & p.agency_heads else "COMPANY"
            out = [m for m in out if m not in inside] + [replace(f, type=body)]
    return sorted(out, key=lambda m: m.start)


def enclosing_places(
    doc: Doc, candidates: list[KgMention], chosen: list[KgMention]
) -> list[KgMention]:
    """The region or country a place names after a comma ("Chandler, Arizona", "Hsinchu,
    Taiwan"), which the place's own name took in: a place of its own too."""
    out = []
    for m in chosen:
        if m.type != "LOCATION":
            continue
        commas = [t.i for t in doc[m.start : m.end] if t.text == ","]
        if not commas:
            continue
        after = commas[0] + 1
        out += [
            replace(c, method=f"{c.method}+enclosing")
            for c in candidates
            if c.start == after
            and c.end <= m.end
            and c.type in ("LOCATION", "COUNTRY")
            and c.entry is not None
        ][:1]
    return out


def local_units(doc: Doc, mentions: list[KgMention]) -> list[KgMention]:
    """A firm's name run into a country's ("Safaricom Ethiopia has launched", "Vale
    Indonesia") names the firm's unit there: one firm, not the firm and the country."""
    out: list[KgMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "COMPANY"
            and m.type == "COUNTRY"
            and m.start == prev.end
            and all(t.tag_ == "NNP" for t in doc[m.start : m.end])
            and doc[prev.start : prev.end].root.dep_ == "compound"
            and m.start <= doc[prev.start : prev.end].root.head.i < m.end
        ):
            out[-1] = KgMention(
                prev.start, m.end, "COMPANY", "", prev.priority, method="local-unit"
            )
            continue
        out.append(m)
    return out


def copied(found: list[KgMention]) -> list[KgMention]:
    """Copies of mentions, for a reading that changes them in place to leave the originals."""
    out = []
    for m in found:
        c = object.__new__(KgMention)  # the fields as they are, without __init__'s work
        c.__dict__ = m.__dict__.copy()
        c.aliases = set(m.aliases)
        out.append(c)
    return out


@Language.factory(
    "kg_entity_recognizer",
    requires=["token.pos", "token.dep"],
    assigns=["doc.ents", "doc._.kg_mentions"],
    default_config={"rules_dir": None, "lexicon": None},
)
def make_entity_recognizer(
    nlp: Language, name: str, rules_dir: str | None, lexicon: list[str] | None
) -> EntityRecognizer:
    """Create the ``kg_entity_recognizer`` component with the package's rules or those in
    ``rules_dir``, and the lexicon ``lexicon`` names
    (:meth:`~kg.nlp.lexicon_choice.LexiconChoice.to_config`; None: the built-in one)."""
    return EntityRecognizer(nlp, name, load_rules(rules_dir, LexiconChoice.from_config(lexicon)))
