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
