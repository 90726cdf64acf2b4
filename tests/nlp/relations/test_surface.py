"""Relations without a parse: a trigger between neighbouring names, "A's B", read by the
blank pipeline (sentences and a flat parse, no trained model)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news lead without a parse: "A <verb> B"
        ("Xiaomi unveiled the XRing O1.", ("Xiaomi", "develops", "XRing O1")),
        # passive without a parse
        ("The Kirin 9000S was made by SMIC.", ("SMIC", "manufactures", "Kirin 9000S")),
        # possessive without a parse
        ("Apple's A18 Pro impressed.", ("Apple", "develops", "A18 Pro")),
        # a price set against a rival's
        ("The Pixel 9a is priced below the iPhone 16e.", ("Pixel 9a", "competes", "iPhone 16e")),
        # a share one tries to win from a rival
        ("Oppo is trying to win back market share from Vivo.", ("Oppo", "competes", "Vivo")),
        ("Lenovo is expected to take share from HP.", ("Lenovo", "competes", "HP")),
    ],
)
def test_surface_rules_without_parser(read_unparsed, text, expected):
    assert expected in read_unparsed(text).relations


# a relation's phrase between neighbouring names, read where the parser lost the sentence
@pytest.mark.parametrize(
    CASES,
    [
        # "runs" read as the noun heading the sentence; the owner named before the product
        (
            "The top Zeta Pilot H7 tier runs on Nvidia's Drive Thor platform.",
            "DT:det>7 JJ:amod>6 NNP:compound>4 NNP:compound>5 VBP:compound>7 NN:compound>7 "
            "NNS:ROOT>0 IN:prep>7 NNP:poss>13 POS:case>9 NNP:compound>12 NNP:compound>13 "
            "NN:pobj>8 .:punct>7",
            {"runs": "run"},
            {"Zeta Pilot H7": "ORG", "Nvidia": "GPE"},
            (("Zeta Pilot H7", "uses", "Drive Thor"),),
        ),
        # "cores" read as a verb; a name the recogniser cut short after the phrase
        (
            "The Kirin 9100 pairs two Taishan V3 cores with six Cortex-A720 cores.",
            "DT:det>2 NNP:nsubj>4 CD:appos>2 VBZ:ROOT>0 CD:nummod>7 NNP:compound>7 NNP:nsubj>8 "
            "VBZ:dobj>4 IN:prep>8 CD:nummod>14 NNP:compound>13 HYPH:punct>13 NNP:compound>14 "
            "NNS:pobj>9 .:punct>4",
            {"pairs": "pair", "cores": "core"},
            {"Taishan V3": "ORG", "Cortex-A720": "ORG"},
            (("Kirin 9100", "uses", "Taishan V3"),),
        ),
        # the inverse: the second name uses the first
        (
            "The Vela X2 chip now powers the Orion S9 sedan.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NN:nsubj>6 RB:advmod>6 VBZ:ROOT>0 DT:det>10 "
            "NNP:compound>10 NNP:compound>10 NN:dobj>6 .:punct>6",
            {"powers": "power"},
            None,
            (("Orion S9", "uses", "Vela X2"),),
        ),
        # rivalry in the words between two names, however the sentence is parsed
        (
            "Oppo is gaining ground on Vivo in India.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NN:dobj>3 IN:prep>3 NNP:pobj>5 IN:prep>6 NNP:pobj>7 "
            ".:punct>3",
            {"is": "be", "gaining": "gain"},
            {"India": "GPE"},
            (("Oppo", "competes", "Vivo"),),
        ),
        (
            "Geely outsold BYD in March.",
            "RB:advmod>2 JJ:amod>3 NNP:ROOT>0 IN:prep>3 NNP:pobj>4 .:punct>3",
            {},
            {"BYD": "ORG"},
            (("Geely", "competes", "BYD"),),
        ),
        # a phrase of agreeing between two names holds where the parser reads a name as an adverb
        (
            "Renault has agreed with Geely to cooperate on hybrid engines.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 IN:prep>3 RB:advmod>7 TO:aux>7 VB:pcomp>4 IN:prep>7 "
            "JJ:amod>10 NNS:pobj>8 .:punct>3",
            {"has": "have", "agreed": "agree", "engines": "engine"},
            {"Renault": "ORG"},
            (("Renault", "partners", "Geely"),),
        ),
        # a headline's verb in -s the parser took for a noun, read on the words
        (
            "Huawei unveils Ascend 950 AI chip to rival Nvidia",
            "NNP:compound>2 NNS:nsubj>3 VBP:ROOT>0 CD:nummod>6 NNP:compound>6 NN:dobj>3 IN:prep>3 "
            "JJ:amod>9 NNP:pobj>7",
            {"unveils": "unveil"},
            {"Huawei": "ORG", "Nvidia": "GPE"},
            (("Huawei", "develops", "Ascend 950"),),
        ),
        # "supplies" read as a noun, the goods named between the supplier and its customer
        (
            "Sandisk supplies NAND flash to Dell.",
            "NN:nsubj>2 VBZ:nsubj>4 UH:appos>2 VB:ROOT>0 IN:prep>4 NNP:pobj>5 .:punct>4",
            {"supplies": "supply"},
            {"Sandisk": "ORG", "NAND": "ORG", "Dell": "ORG"},
            (("Sandisk", "supplies", "Dell Technologies"),),
        ),
        # "to" hung on a word the parser took for a verb ("welding"), in a relative clause
        (
            "Pavana Robotics, which supplies welding robots to Maruti Suzuki, raised new funds.",
            "NNP:compound>2 NNP:nsubj>12 ,:punct>2 WDT:nsubj>5 VBZ:relcl>2 VBG:xcomp>5 "
            "NNS:dobj>6 IN:prep>6 NNP:compound>10 NNP:pobj>8 ,:punct>2 VBD:ROOT>0 JJ:amod>14 "
            "NNS:dobj>12 .:punct>12",
            {"supplies": "supply", "welding": "weld", "robots": "robot", "raised": "raise"},
            {"Pavana Robotics": "PERSON", "Maruti Suzuki": "PERSON"},
            (("Pavana Robotics", "supplies", "Maruti Suzuki"),),
        ),
        # "to" a place-based firm, the verb read as a noun
        (
            "Exide already ships cells to Surat-based bus maker Vayu eBus.",
            "NNP:nsubj>3 RB:advmod>3 NNS:compound>4 NNS:ROOT>0 IN:prep>4 NNP:npadvmod>8 "
            "HYPH:punct>8 VBN:amod>10 NN:compound>10 NN:compound>12 NNP:compound>12 "
            "NNP:pobj>5 .:punct>4",
            {"ships": "ship", "cells": "cell", "based": "base"},
            {"Surat": "NORP", "Vayu eBus": "PERSON"},
            (("Exide", "supplies", "Vayu eBus"),),
        ),
        # share taken from a rival
        (
            "Oppo is gaining share from Samsung in India.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NN:dobj>3 IN:prep>3 NNP:pobj>5 IN:prep>3 NNP:pobj>7 "
            ".:punct>3",
            {"is": "be", "gaining": "gain"},
            {"Samsung": "ORG", "India": "GPE"},
            [("Oppo", "competes", "Samsung Electronics")],
        ),
    ],
)
def test_surface_phrases_find(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# a phrase taken back, and one whose words run on past the next name
@pytest.mark.parametrize(
    CASES,
    [
        (
            "The Vela X2 chip no longer powers the Orion S9 sedan.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NN:nsubj>7 RB:neg>6 RB:advmod>7 VBZ:ROOT>0 "
            "DT:det>11 NNP:compound>11 NNP:compound>11 NN:dobj>7 .:punct>7",
            {"powers": "power"},
            None,
            (("Orion S9", "uses", "Vela X2"),),
        ),
    ],
)
def test_surface_phrases_take_back(read, text, annotation, lemmas, ents, expected):
    cases.takes_back(read, text, annotation, lemmas, ents, expected)


# a country before the name after a phrase says whose that name is: the name is the party
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Arvex Mining has teamed up with Chilean miner Codelco to refine lithium.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 RP:prt>4 IN:prep>4 NNP:compound>8 "
            "NN:compound>9 NNP:pobj>6 TO:aux>11 VB:advcl>4 NN:dobj>11 .:punct>4",
            {"has": "have", "teamed": "team"},
            {"Arvex Mining": "PERSON", "Chilean": "NORP", "Codelco": "GPE"},
            (("Arvex Mining", "partners", "Chile"),),
        ),
    ],
)
def test_surface_phrases_do_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


def test_surface_phrases_a_countrys_firm_is_the_party(read):
    reading = read(
        "Arvex Mining has teamed up with Chilean miner Codelco to refine lithium.",
        "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 RP:prt>4 IN:prep>4 NNP:compound>8 "
        "NN:compound>9 NNP:pobj>6 TO:aux>11 VB:advcl>4 NN:dobj>11 .:punct>4",
        lemmas={"has": "have", "teamed": "team"},
        ents={"Arvex Mining": "PERSON", "Chilean": "NORP", "Codelco": "GPE"},
    )
    assert ("Arvex Mining", "partners", "Codelco") in reading.relations
