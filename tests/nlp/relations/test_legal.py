"""Lawsuits said without "sue": "accused X of infringing", "took X to court", "a suit
brought by X", a verdict against X; on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


# sentences written for the rules, parsed by hand, and the edges each gives
#: Sentences parsed by hand that more than one case reads.
INSULET_SUED_EOFLOW_IN = (
    "Insulet sued EOFlow in 2023.",
    "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 CD:pobj>4 .:punct>2",
    {"sued": "sue"},
    {"EOFlow": "ORG"},
)


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Halden Robotics accused Orvik Labs of infringing its patents.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNPS:dobj>3 IN:prep>3 "
            "VBG:pcomp>6 PRP$:poss>9 NNS:dobj>7 .:punct>3",
            {"accused": "accuse", "infringing": "infringe", "patents": "patent"},
            {"Halden Robotics": "ORG"},
            (("Halden Robotics", "sues", "Orvik Labs"),),
        ),
        (
            "Ericsson took Lenovo to court over 5G patents.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 NN:pobj>4 IN:quantmod>7 CD:nummod>9 "
            "NN:compound>9 NNS:dobj>2 .:punct>2",
            {"took": "take", "patents": "patent"},
            {"Lenovo": "ORG"},
            (("Ericsson", "sues", "Lenovo"),),
        ),
        (
            "Netlist Inc won a $303 million verdict against Samsung in a patent case.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>8 $:quantmod>7 CD:compound>7 "
            "CD:nummod>8 NN:dobj>3 IN:prep>8 NNP:pobj>9 IN:prep>8 DT:det>14 NN:compound>14 "
            "NN:pobj>11 .:punct>3",
            {"won": "win"},
            {"Netlist Inc": "ORG", "Samsung": "ORG"},
            (("Netlist Inc", "sues", "Samsung Electronics"),),
        ),
        (
            "Halvex Pharma won a patent lawsuit brought by Moderna Inc.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>6 NN:compound>6 NN:dobj>3 VBN:acl>6 "
            "IN:agent>7 NNP:compound>10 NNP:pobj>8",
            {"won": "win", "brought": "bring"},
            {"Halvex Pharma": "PERSON", "Moderna Inc.": "ORG"},
            (("Moderna Inc", "sues", "Halvex Pharma"),),
        ),
        (*INSULET_SUED_EOFLOW_IN, (("Insulet", "sues", "EOFlow"),)),
    ],
)
def test_legal_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Halden Robotics accused Orvik Labs of poor service.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNPS:dobj>3 IN:prep>5 "
            "JJ:amod>8 NN:pobj>6 .:punct>3",
            {"accused": "accuse"},
            {"Halden Robotics": "ORG"},
            (("Halden Robotics", "sues", "Orvik Labs"),),
        ),
    ],
)
def test_legal_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


# statements taken back: the edge is read, and negated
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Halden Robotics did not accuse Orvik Labs of infringing its patents.",
            "NNP:compound>2 NNPS:nsubj>5 VBD:aux>5 RB:neg>5 VB:ROOT>0 NNP:compound>7 NNPS:dobj>5 "
            "IN:prep>5 VBG:pcomp>8 PRP$:poss>11 NNS:dobj>9 .:punct>5",
            {"did": "do", "infringing": "infringe", "patents": "patent"},
            {"Halden Robotics": "ORG"},
            (("Halden Robotics", "sues", "Orvik Labs"),),
        ),
    ],
)
def test_legal_takes_back(read, text, annotation, lemmas, ents, expected):
    cases.takes_back(read, text, annotation, lemmas, ents, expected)


# names found and typed beyond the lexicon
@pytest.mark.parametrize(
    CASES,
    [
        (*INSULET_SUED_EOFLOW_IN, (("Insulet", "COMPANY"),)),
    ],
)
def test_legal_types(read, text, annotation, lemmas, ents, expected):
    cases.types(read, text, annotation, lemmas, ents, expected)
