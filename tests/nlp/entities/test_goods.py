"""Materials and commodities as goods: found wherever a text names them, with the words that
join their names, and not as the last word of a firm's name (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from kg.nlp.entities.unknown import english_words
from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


# names found and typed beyond the lexicon
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Indonesia banned exports of nickel ore in 2020.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:compound>6 NN:pobj>4 IN:prep>2 "
            "CD:pobj>7 .:punct>2",
            {"banned": "ban", "exports": "export"},
            {"Indonesia": "GPE"},
            (("nickel ore", "PRODUCT"),),
        ),
        # the form a material is traded in, and a modifier cut at its hyphen
        (
            "Zambia suspended shipments of copper concentrate and cold-rolled steel to "
            "smelters abroad.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:compound>6 NN:pobj>4 CC:cc>6 "
            "RB:advmod>10 HYPH:punct>10 VBN:amod>11 NN:conj>6 IN:prep>3 NNS:pobj>12 RB:advmod>3 "
            ".:punct>2",
            {
                "suspended": "suspend",
                "shipments": "shipment",
                "rolled": "roll",
                "smelters": "smelter",
            },
            {"Zambia": "GPE"},
            (("copper concentrate", "PRODUCT"), ("cold-rolled steel", "PRODUCT")),
        ),
        (
            "Exports of high-purity gallium fell sharply.",
            "NNS:nsubj>7 IN:prep>1 JJ:amod>5 HYPH:punct>5 NN:compound>6 NN:pobj>2 VBD:ROOT>0 "
            "RB:advmod>7 .:punct>7",
            {"Exports": "export", "fell": "fall"},
            None,
            (("high-purity gallium", "PRODUCT"),),
        ),
        (
            "The plant processes natural graphite from Mozambique.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 JJ:amod>5 NN:dobj>3 IN:prep>3 NNP:pobj>6 .:punct>3",
            {"processes": "process"},
            {"Mozambique": "GPE"},
            (("natural graphite", "PRODUCT"),),
        ),
        (
            "Borealis Lithium raised new funds.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 JJ:amod>5 NNS:dobj>3 .:punct>3",
            {"raised": "raise", "funds": "fund"},
            {"Borealis Lithium": "PERSON"},
            (("Borealis Lithium", "COMPANY"),),
        ),
    ],
)
def test_goods_types(read, text, annotation, lemmas, ents, expected):
    cases.types(read, text, annotation, lemmas, ents, expected)


@pytest.mark.skipif(not english_words(), reason="no trained pipeline installed: no word list")
def test_goods_a_drugs_nonproprietary_name_is_a_product(read):
    # a lower-case word with a stem of a class of drugs that no dictionary holds
    reading = read(
        "Regulators approved tirzepatide for sleep apnoea, not the peptide.",
        "NNS:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>3 NN:compound>6 NNS:pobj>4 ,:punct>2 RB:neg>10 "
        "DT:det>10 NN:appos>3 .:punct>2",
        lemmas={"Regulators": "regulator", "approved": "approve"},
        ents={},
    )
    assert ("tirzepatide", "tirzepatide", "PRODUCT") in reading.mentions
    assert [m for m in reading.mentions if m[0] == "peptide"] == []


@pytest.mark.skipif(not english_words(), reason="no trained pipeline installed: no word list")
def test_goods_a_class_of_molecules_is_no_drug(read):
    reading = read(
        "Ionis develops oligonucleotide drugs.",
        "NNP:nsubj>2 VBZ:ROOT>0 NN:compound>4 NNS:dobj>2 .:punct>2",
        lemmas={"develops": "develop", "drugs": "drug"},
        ents={"Ionis": "ORG"},
    )
    assert [m for m in reading.mentions if m[0] == "oligonucleotide"] == []
