"""Who supplies, makes and sells to whom without a verb of supply between them: customers,
makers relied on, deals to supply, processes and plants, businesses sold, on sentences
parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

CASE = ("text", "annotation", "lemmas", "ents", "expected")


@pytest.mark.parametrize(
    CASE,
    [
        (
            "Lumen Grid, whose clients include Oracle and Meta, raised new funds.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 WP$:poss>5 NNS:nsubj>6 VBP:relcl>2 "
            "NNP:dobj>6 CC:cc>7 NNP:conj>7 ,:punct>2 VBD:ROOT>0 JJ:amod>13 NNS:dobj>11 "
            ".:punct>11",
            {"clients": "client", "raised": "raise", "funds": "fund"},
            {"Oracle": "ORG", "Meta": "ORG"},
            ("Lumen Grid", "supplies", "Oracle"),
        ),
        (
            "Lumen Grid, whose clients include Oracle and Meta, raised new funds.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 WP$:poss>5 NNS:nsubj>6 VBP:relcl>2 "
            "NNP:dobj>6 CC:cc>7 NNP:conj>7 ,:punct>2 VBD:ROOT>0 JJ:amod>13 NNS:dobj>11 "
            ".:punct>11",
            {"clients": "client", "raised": "raise", "funds": "fund"},
            {"Oracle": "ORG", "Meta": "ORG"},
            ("Lumen Grid", "supplies", "Meta Platforms"),
        ),
        (
            "Cambria Silicon relies on GlobalFoundries to manufacture its sensors.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 IN:prep>3 NNP:pobj>4 TO:aux>7 VB:advcl>3 "
            "PRP$:poss>9 NNS:dobj>7 .:punct>3",
            {"relies": "rely", "sensors": "sensor"},
            {"Cambria Silicon": "ORG", "GlobalFoundries": "ORG"},
            ("GlobalFoundries", "supplies", "Cambria Silicon"),
        ),
        (
            "Arlo Semi signed a three-year agreement with Dell Technologies to supply network "
            "chips.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>8 CD:nummod>7 HYPH:punct>7 "
            "NN:compound>8 NN:dobj>3 IN:prep>8 NNP:compound>11 NNPS:pobj>9 TO:aux>13 VB:acl>8 "
            "NN:compound>15 NNS:dobj>13 .:punct>3",
            {"signed": "sign", "chips": "chip"},
            {"Arlo Semi": "PERSON", "Dell Technologies": "ORG"},
            ("Arlo Semi", "supplies", "Dell Technologies"),
        ),
        (
            "The Helix 5 is made on TSMC's 2nm process.",
            "DT:det>3 NNP:compound>3 CD:nsubjpass>5 VBZ:auxpass>5 VBN:ROOT>0 IN:prep>5 "
            "NNP:poss>11 POS:case>7 CD:nummod>11 NN:compound>11 NN:pobj>6 .:punct>5",
            {"is": "be", "made": "make"},
            {"TSMC": "ORG"},
            ("TSMC", "manufactures", "Helix 5"),
        ),
        (
            "Norvik Pharma, the maker of Clarivex, was bought by Halden Capital.",
            "NNP:compound>2 NNP:nsubjpass>10 ,:punct>2 DT:det>5 NN:appos>2 IN:prep>5 "
            "NNP:pobj>6 ,:punct>2 VBD:auxpass>10 VBN:ROOT>0 IN:agent>10 NNP:compound>13 "
            "NNP:pobj>11 .:punct>10",
            {"was": "be", "bought": "buy"},
            {"Norvik Pharma": "PERSON", "Clarivex": "LOC", "Halden Capital": "ORG"},
            ("Norvik Pharma", "manufactures", "Clarivex"),
        ),
        (
            "Norvik Pharma, the maker of Clarivex, was bought by Halden Capital.",
            "NNP:compound>2 NNP:nsubjpass>10 ,:punct>2 DT:det>5 NN:appos>2 IN:prep>5 "
            "NNP:pobj>6 ,:punct>2 VBD:auxpass>10 VBN:ROOT>0 IN:agent>10 NNP:compound>13 "
            "NNP:pobj>11 .:punct>10",
            {"was": "be", "bought": "buy"},
            {"Norvik Pharma": "PERSON", "Clarivex": "LOC", "Halden Capital": "ORG"},
            ("Halden Capital", "acquires", "Norvik Pharma"),
        ),
        (
            "Orbis Bank agreed to sell its Irish unit Corran Finance to Westmark Group.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 PRP$:poss>8 JJ:amod>8 "
            "NN:dative>5 NNP:compound>10 NNP:appos>8 IN:dative>5 NNP:compound>13 NNP:pobj>11 "
            ".:punct>3",
            {"agreed": "agree"},
            {"Orbis Bank": "ORG", "Corran Finance": "PERSON", "Westmark Group": "ORG"},
            ("Westmark Group", "acquires", "Corran Finance"),
        ),
    ],
)
def test_trade_extracts(read, text, annotation, lemmas, ents, expected):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).relations


@pytest.mark.parametrize(
    CASE,
    [
        (
            "Orbis Bank agreed to sell its Irish unit Corran Finance to Westmark Group.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 PRP$:poss>8 JJ:amod>8 "
            "NN:dative>5 NNP:compound>10 NNP:appos>8 IN:dative>5 NNP:compound>13 NNP:pobj>11 "
            ".:punct>3",
            {"agreed": "agree"},
            {"Orbis Bank": "ORG", "Corran Finance": "PERSON", "Westmark Group": "ORG"},
            ("Orbis Bank", "supplies", "Westmark Group"),
        ),
        (
            "Halvard Foods bought Intel's drone business last year.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNP:poss>7 POS:case>4 NN:compound>7 "
            "NN:dobj>3 JJ:amod>9 NN:npadvmod>3 .:punct>3",
            {"bought": "buy"},
            {"Halvard Foods": "ORG", "Intel": "ORG"},
            ("Intel", "supplies", "Halvard Foods"),
        ),
    ],
)
def test_trade_does_not_extract(read, text, annotation, lemmas, ents, expected):
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    labels = {label for _, label, _ in reading.mentions}
    assert expected[0] in labels and expected[2] in labels  # both ends were found
    assert expected not in reading.relations
