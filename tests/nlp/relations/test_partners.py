"""Agreements, joint work and rivals: "reached a deal", "agreed to supply X to Y", "launched
together", "co-engineered by", "rival X", on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # coordinated parties that reach an agreement partner each other
        (
            "Japan and the Netherlands reached a deal on chip tools.",
            "NNP:nsubj>5 CC:cc>1 DT:det>4 NNP:conj>1 VBD:ROOT>0 DT:det>7 NN:dobj>5 IN:prep>7 "
            "NN:compound>10 NNS:pobj>8 .:punct>5",
            {"reached": "reach", "tools": "tool"},
            ("Japan", "partners", "Netherlands"),
        ),
        # an agreement names its other party inside it
        (
            "Samsung Electronics agreed to supply HBM4 to Nvidia under a multiyear contract.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 NNP:dobj>5 IN:prep>5 "
            "NNP:pobj>7 IN:prep>5 DT:det>12 JJ:amod>12 NN:pobj>9 .:punct>3",
            {"agreed": "agree"},
            ("Samsung Electronics", "partners", "Nvidia"),
        ),
        # a company co-engineering with another partners it
        (
            "The ThinkPad Z13 was co-engineered by Lenovo and AMD.",
            "DT:det>3 NNP:compound>3 NNP:nsubjpass>5 VBD:auxpass>5 VBN:ROOT>0 IN:agent>5 "
            "NNP:pobj>6 CC:cc>7 NNP:conj>7 .:punct>5",
            {"was": "be", "co-engineered": "co-engineer"},
            ("Lenovo", "partners", "AMD"),
        ),
        # rival before a name competes with the company of the text
        (
            "Nvidia sold more chips. Rival AMD cut prices.",
            "NNP:nsubj>2 VBD:ROOT>0 JJR:amod>4 NNS:dobj>2 .:punct>2 JJ:amod>7 NNP:nsubj>8 "
            "VBD:ROOT>0 NNS:dobj>8 .:punct>8",
            {"sold": "sell", "chips": "chip", "prices": "price"},
            ("AMD", "competes", "Nvidia"),
        ),
    ],
)
def test_partners_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations


def test_partners_venture_launched_together_makes_its_founders_partners(read):
    # the venture is a company only as the trained recogniser names it
    reading = read(
        "Microsoft, Nvidia and BlackRock launched the AI Infrastructure Partnership.",
        "NNP:nsubj>6 ,:punct>1 NNP:conj>1 CC:cc>3 NNP:conj>3 VBD:ROOT>0 DT:det>10 NNP:compound>10 "
        "NNP:compound>10 NNP:dobj>6 .:punct>6",
        lemmas={"launched": "launch"},
        ents={
            "Microsoft": "ORG",
            "Nvidia": "GPE",
            "BlackRock": "ORG",
            "the AI Infrastructure Partnership": "ORG",
        },
    )
    assert ("Microsoft", "partners", "BlackRock") in reading.relations


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "unexpected"),
    [
        # a warning about a company is no edge with it
        (
            "Nvidia warned that curbs help Huawei.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:mark>5 NNS:nsubj>5 VB:ccomp>2 NNP:dobj>5 .:punct>2",
            {"warned": "warn", "curbs": "curb"},
            ("Nvidia", "competes", "Huawei"),
        ),
        # two customers named together are not partners
        (
            "Acer and Asus signed on as launch partners of Qualcomm.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 RP:prt>4 IN:prep>4 NN:compound>8 NNS:pobj>6 "
            "IN:prep>8 NNP:pobj>9 .:punct>4",
            {"signed": "sign", "partners": "partner"},
            ("Acer", "partners", "Asus"),
        ),
        # a country naming a market is no party to an agreement
        (
            "AMD and Nvidia agreed to pay the US government 15% of their China sales.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 TO:aux>6 VB:xcomp>4 DT:det>9 NNP:compound>9 "
            "NN:dative>6 CD:nummod>11 NN:dobj>6 IN:prep>11 PRP$:poss>15 NNP:compound>15 "
            "NNS:pobj>12 .:punct>4",
            {"agreed": "agree", "sales": "sale"},
            ("AMD", "partners", "China"),
        ),
        # an agreement to buy a company is an acquisition, not a partnership
        (
            "SoftBank Group agreed to buy Ampere Computing.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 NNP:compound>7 NNP:dobj>5 "
            ".:punct>3",
            {"agreed": "agree"},
            ("SoftBank Group", "partners", "Ampere Computing"),
        ),
    ],
)
def test_partners_does_not_extract(read, text, annotation, lemmas, unexpected):
    reading = read(text, annotation, lemmas=lemmas)
    source, _, target = unexpected
    assert {source, target} <= {label for _, label, _ in reading.mentions}
    assert unexpected not in reading.relations
