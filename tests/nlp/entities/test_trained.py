"""Mentions from the trained recogniser's entities, where it is right, on a Doc that
carries the entities it found (see tests/conftest.py)."""

from __future__ import annotations


def test_trained_unknown_place_needs_a_place_to_be_in(read):
    # the recogniser takes some firms for places; an unknown place stands after "in", "at"...
    found = read(
        "Samsung lost a lawsuit brought by Netlist in Marshall.",
        "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 VBN:acl>4 IN:agent>5 NNP:pobj>6 IN:prep>5 "
        "NNP:pobj>8 .:punct>2",
        lemmas={"lost": "lose", "brought": "bring"},
        ents={"Samsung": "ORG", "Netlist": "GPE", "Marshall": "GPE"},
    ).mentions
    types = {text: t for text, _, t in found}
    assert types.get("Netlist") != "LOCATION"
    assert types.get("Marshall") == "LOCATION"
