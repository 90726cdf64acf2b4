"""Titles before and after a person's name: "Rapidus President Atsuyoshi Koike", "Cristiano
Amon, chief executive of Qualcomm", on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # title before a name
        (
            "Rapidus President Atsuyoshi Koike spoke in Tokyo.",
            "NNP:compound>2 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 IN:prep>5 "
            "NNP:pobj>6 .:punct>5",
            {"spoke": "speak"},
            ("Atsuyoshi Koike", "leads", "Rapidus"),
        ),
        # title after a name
        (
            "Cristiano Amon, chief executive of Qualcomm, spoke.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 JJ:amod>5 NN:appos>2 IN:prep>5 NNP:pobj>6 "
            ",:punct>2 VBD:ROOT>0 .:punct>9",
            {"spoke": "speak"},
            ("Cristiano Amon", "leads", "Qualcomm"),
        ),
    ],
)
def test_titles_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations
