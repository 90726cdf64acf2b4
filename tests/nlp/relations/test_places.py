"""Places: "a Shanghai-based designer", "a new fab in Kumamoto", on sentences parsed by hand
(see tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # x-based gives operates_in
        (
            "Biren, a Shanghai-based GPU designer, raised funds.",
            "NNP:nsubj>10 ,:punct>1 DT:det>8 NNP:npadvmod>6 HYPH:punct>6 VBN:amod>8 NNP:compound>8 "
            "NN:appos>1 ,:punct>1 VBD:ROOT>0 NNS:dobj>10 .:punct>10",
            {"based": "base", "raised": "raise", "funds": "fund"},
            ("Biren Technology", "operates_in", "Shanghai"),
        ),
        # facility in a place, owner is the clause subject
        (
            "TSMC is building a new fab in Kumamoto.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 DT:det>6 JJ:amod>6 NN:dobj>3 IN:prep>3 NNP:pobj>7 "
            ".:punct>3",
            {"is": "be", "building": "build"},
            ("TSMC", "operates_in", "Kumamoto"),
        ),
    ],
)
def test_places_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations


# Constructions of news nobody tuned the rules on, in sentences written for these tests.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Harlow Biotech, headquartered in Cambridge, raised $80 million.",
            "NNP:compound>2 NNP:nsubj>8 ,:punct>2 VBN:acl>2 IN:prep>4 NNP:pobj>5 ,:punct>2 "
            "VBD:ROOT>0 $:quantmod>11 CD:compound>11 CD:dobj>8 .:punct>8",
            {"headquartered": "headquarter", "raised": "raise"},
            {"Harlow Biotech": "PERSON", "Cambridge": "GPE"},
            ("Harlow Biotech", "operates_in", "Cambridge"),
        ),
        (
            "Vantage Semi runs its Penang plant at full capacity.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 PRP$:poss>6 NNP:compound>6 NN:dobj>3 "
            "IN:prep>3 JJ:amod>9 NN:pobj>7 .:punct>3",
            {"runs": "run"},
            {"Vantage Semi": "PERSON", "Penang": "GPE"},
            ("Vantage Semi", "operates_in", "Penang"),
        ),
        (
            "Pellucid Auto, a Geely-backed venture in Hangzhou, showed its first car.",
            "NNP:compound>2 NNP:nsubj>12 ,:punct>2 DT:det>8 RB:advmod>7 HYPH:punct>7 "
            "VBN:amod>8 NN:appos>2 IN:prep>8 NNP:pobj>9 ,:punct>2 VBD:ROOT>0 PRP$:poss>15 "
            "JJ:amod>15 NN:dobj>12 .:punct>12",
            {"backed": "back", "showed": "show"},
            {"Pellucid Auto": "ORG", "Hangzhou": "GPE"},
            ("Pellucid Auto", "operates_in", "Hangzhou"),
        ),
        (
            "Calder Water serves about 3 million customers in Leeds.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 RB:quantmod>6 CD:compound>6 CD:nummod>7 "
            "NNS:dobj>3 IN:prep>7 NNPS:pobj>8 .:punct>3",
            {"serves": "serve", "customers": "customer"},
            {"Calder Water": "PERSON", "Leeds": "GPE"},
            ("Calder Water", "operates_in", "Leeds"),
        ),
    ],
)
def test_places_extracts_more(read, text, annotation, lemmas, ents, expected):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).relations


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Ostrava Steel will no longer build its planned mill in Katowice.",
            "NNP:compound>2 NNP:nsubj>6 MD:aux>6 RB:neg>5 RB:advmod>6 VB:ROOT>0 PRP$:poss>9 "
            "VBN:amod>9 NN:dobj>6 IN:prep>9 NNP:pobj>10 .:punct>6",
            {"longer": "long", "planned": "plan"},
            {"Ostrava Steel": "ORG", "Katowice": "LOC"},
            ("Ostrava Steel", "operates_in", "Katowice"),
        ),
    ],
)
def test_places_does_not_extract_more(read, text, annotation, lemmas, ents, expected):
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    labels = {label for _, label, _ in reading.mentions}
    assert expected[0] in labels and expected[2] in labels  # both ends were found
    assert expected not in reading.relations
