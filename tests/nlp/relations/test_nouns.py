"""Nominalisations: "its acquisition of X", "a joint venture with X", "talks with X", "made
its debut in X", on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # nominalisation of an acquisition
        (
            "AMD completed its acquisition of Xilinx in 2022.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 IN:prep>2 CD:pobj>7 "
            ".:punct>2",
            {"completed": "complete"},
            ("AMD", "acquires", "Xilinx"),
        ),
        # a joint venture with named partners
        (
            "TSMC's joint venture with Bosch and Infineon broke ground.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>9 IN:prep>4 NNP:pobj>5 CC:cc>6 NNP:conj>6 "
            "VBD:ROOT>0 NN:dobj>9 .:punct>9",
            {"broke": "break"},
            ("TSMC", "partners", "Bosch"),
        ),
        # talks are a planned partnership
        (
            "OpenAI is in talks with Broadcom over a custom chip.",
            "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNS:pobj>3 IN:prep>4 NNP:pobj>5 IN:prep>4 DT:det>10 "
            "NN:compound>10 NN:pobj>7 .:punct>2",
            {"is": "be", "talks": "talk"},
            ("OpenAI", "partners", "Broadcom"),
        ),
        # a part that debuts in a device is used by it
        (
            "The Dimensity 9500 made its debut in the Vivo X300 phone.",
            "DT:det>3 NNP:compound>3 CD:nsubj>4 VBD:ROOT>0 PRP$:poss>6 NN:dobj>4 IN:prep>4 "
            "DT:det>11 NNP:compound>10 NNP:compound>11 NN:pobj>7 .:punct>4",
            {"made": "make"},
            ("X300", "uses", "Dimensity 9500"),
        ),
        # a probe into goods: where they are imported from
        (
            "Brazil opened an anti-dumping probe into tyres imported from Thailand.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>7 JJ:amod>7 JJ:amod>7 JJ:amod>7 NN:dobj>2 IN:prep>2 "
            "NNS:pobj>8 VBN:acl>9 IN:prep>10 NNP:pobj>11 .:punct>2",
            {"opened": "open", "tyres": "tyre", "imported": "import"},
            ("Brazil", "restricts", "Thailand"),
        ),
    ],
)
def test_nouns_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations
