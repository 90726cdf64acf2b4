"""Goods named by a common noun: materials and commodities ("gallium", "rare earths",
"natural graphite", "liquefied natural gas"), which trade measures and supply deals name as
often as they name chips."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.nlp.entities.mention import SHAPE, KgMention
from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["GoodsMatcher", "drug_names"]


class GoodsMatcher:
    """Find the materials of ``patterns.toml``'s ``[goods]`` in a ``Doc``, as products."""

    def __init__(self, nlp: Language, patterns: EntityPatterns) -> None:
        self.patterns = patterns
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("GOODS", [nlp.make_doc(w) for w in sorted(patterns.materials)])

    def __call__(self, doc: Doc) -> Iterable[KgMention]:
        """Materials in ``doc``, each with the modifiers before it that join its name."""
        modifiers = self.patterns.goods_modifiers
        for _, start, end in self.matcher(doc):
            # "Gallium" at the head of a name ("Gallium Semiconductor") is no material, nor
            # "lithium" in "lithium-ion batteries"
            capital = doc[start].text[:1].isupper() and not doc[start].is_sent_start
            if end < len(doc) and (
                (doc[end].text[:1].isupper() and capital)
                or (doc[end].text == "-" and not doc[end].whitespace_)
            ):
                continue
            # "Borealis Lithium": the last word of a firm's name
            if capital and start > 0 and doc[start - 1].text[:1].isupper():
                continue
            while start > 0:
                if doc[start - 1].lower_ in modifiers:
                    start -= 1
                # "high-purity gallium": a modifier the tokenizer cut at its hyphen
                elif (
                    start > 2
                    and doc[start - 2].text == "-"
                    and (doc[start - 3 : start].text.replace(" ", "").lower() in modifiers)
                ):
                    start -= 3
                else:
                    break
            # "nickel ore", "copper concentrate": the form the material is traded in
            if end < len(doc) and doc[end].lower_ in self.patterns.goods_forms:
                end += 1
            label = doc[start:end].text.lower()
            yield KgMention(start, end, "PRODUCT", label, SHAPE, method="goods")


#: The endings international nonproprietary names give drugs of a class (the WHO's stems):
#: "-mab" antibodies, "-tinib" kinase inhibitors, "-glutide" and "-glipron" incretins,
#: "-siran" silencing RNAs, "-vir" antivirals; a lower-case word no dictionary holds that
#: ends in one names a drug: "orforglipron", "tirzepatide", "lecanemab".
_DRUG_STEM = re.compile(
    r"^[a-z]{3,}(?:mab|tinib|ciclib|parib|rafenib|lisib|degib|gliflozin|gliptin|glutide|"
    r"glipron|tide|siran|vir|previr|buvir|cept|statin|sartan|olimus|tecan|vedotin|cel|tug)$"
)


def drug_names(doc: Doc, words: frozenset[str]) -> Iterable[KgMention]:
    """Drugs named by their nonproprietary names, which are written in lower case: a word
    with a stem of a class of drugs that ``words`` (an English word list) does not hold."""
    if not words:
        return
    for tok in doc:
        text = tok.text
        # (not a class of molecules: "oligonucleotide", "neuropeptide")
        molecule = text.endswith(("nucleotide", "peptide"))
        if len(text) >= 7 and _DRUG_STEM.match(text) and text not in words and not molecule:
            yield KgMention(tok.i, tok.i + 1, "PRODUCT", "", SHAPE, method="drug-name")
