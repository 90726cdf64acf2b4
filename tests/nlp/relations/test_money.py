"""Money that makes an investment: stakes, funding, grants and loans, backers, a priced
facility's place, on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

CASE = ("text", "annotation", "lemmas", "ents", "expected")


@pytest.mark.parametrize(
    CASE,
    [
        (
            "Corvane Robotics opened a plant in Leipzig, with Helio Labs and Marrow Systems "
            "holding minority stakes.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:pobj>6 "
            ",:punct>3 IN:prep>3 NNP:compound>11 NNPS:nmod>17 CC:cc>11 NNP:compound>14 "
            "NNPS:conj>11 VBG:amod>17 NN:compound>17 NNS:pobj>9 .:punct>3",
            {"opened": "open", "holding": "hold", "stakes": "stake"},
            {
                "Corvane Robotics": "ORG",
                "Leipzig": "GPE",
                "Helio Labs": "PERSON",
                "Marrow Systems": "ORG",
            },
            ("Marrow Systems", "invests", "Corvane Robotics"),
        ),
        (
            "Halden Energy, in which Mitsui holds a 30% stake, sued its auditor.",
            "NNP:compound>2 NNP:nsubj>13 ,:punct>2 IN:prep>7 WDT:pobj>4 NNP:nsubj>7 "
            "VBZ:relcl>2 DT:det>11 CD:nummod>10 NN:compound>11 NN:dobj>7 ,:punct>2 VBD:ROOT>0 "
            "PRP$:poss>15 NN:dobj>13 .:punct>13",
            {"holds": "hold", "sued": "sue"},
            {"Halden Energy": "ORG", "Mitsui": "ORG"},
            ("Mitsui", "invests", "Halden Energy"),
        ),
        (
            "Germany will grant Volta Cells €900 million for its battery plant in Saxony.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:compound>5 NNS:dative>3 $:quantmod>8 "
            "CD:compound>8 CD:dobj>3 IN:prep>8 PRP$:poss>12 NN:compound>12 NN:pobj>9 "
            "IN:prep>12 NNP:pobj>13 .:punct>3",
            {"Cells": "cell"},
            {"Germany": "GPE", "Volta Cells": "ORG", "Saxony": "GPE"},
            ("Germany", "invests", "Volta Cells"),
        ),
        (
            "Quanta Robotics, a Tencent-backed startup, unveiled the Q2 humanoid.",
            "NNP:compound>2 NNP:nsubj>10 ,:punct>2 DT:det>8 NN:npadvmod>7 HYPH:punct>7 "
            "VBN:amod>8 NN:appos>2 ,:punct>2 VBD:ROOT>0 DT:det>13 NNP:compound>13 NN:dobj>10 "
            ".:punct>10",
            {"backed": "back", "unveiled": "unveil"},
            {"Quanta Robotics": "ORG", "Tencent": "ORG", "Q2": "PRODUCT"},
            ("Tencent", "invests", "Quanta Robotics"),
        ),
        (
            "Vireo Power will build a $3 billion plant in Monterrey.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>9 $:quantmod>8 "
            "CD:compound>8 CD:nummod>9 NN:dobj>4 IN:prep>9 NNP:pobj>10 .:punct>4",
            {},
            {"Vireo Power": "ORG", "Monterrey": "GPE"},
            ("Vireo Power", "invests", "Monterrey"),
        ),
        (
            "Vireo Power will build a $3 billion plant in Monterrey.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>9 $:quantmod>8 "
            "CD:compound>8 CD:nummod>9 NN:dobj>4 IN:prep>9 NNP:pobj>10 .:punct>4",
            {},
            {"Vireo Power": "ORG", "Monterrey": "GPE"},
            ("Vireo Power", "operates_in", "Monterrey"),
        ),
        (
            "Arden Motors paid $400 million for a 9% stake in Pellucid Auto.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 "
            "IN:prep>3 DT:det>11 CD:nummod>10 NN:compound>11 NN:pobj>7 IN:prep>11 "
            "NNP:compound>14 NNP:pobj>12 .:punct>3",
            {"paid": "pay"},
            {"Arden Motors": "ORG", "Pellucid Auto": "ORG"},
            ("Arden Motors", "invests", "Pellucid Auto"),
        ),
    ],
)
def test_money_extracts(read, text, annotation, lemmas, ents, expected):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).relations


@pytest.mark.parametrize(
    CASE,
    [
        (
            "Arden Motors paid $400 million for a 9% stake in Pellucid Auto.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 "
            "IN:prep>3 DT:det>11 CD:nummod>10 NN:compound>11 NN:pobj>7 IN:prep>11 "
            "NNP:compound>14 NNP:pobj>12 .:punct>3",
            {"paid": "pay"},
            {"Arden Motors": "ORG", "Pellucid Auto": "ORG"},
            ("Arden Motors", "acquires", "Pellucid Auto"),
        ),
    ],
)
def test_money_does_not_extract(read, text, annotation, lemmas, ents, expected):
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    labels = {label for _, label, _ in reading.mentions}
    assert expected[0] in labels and expected[2] in labels  # both ends were found
    assert expected not in reading.relations
