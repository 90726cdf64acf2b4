"""Possessives, compounds, appositions, "including" and "maker": "Qualcomm's Snapdragon",
"Nvidia H200 GPUs", "YMTC, Tsinghua Unigroup's memory unit", "the ChatGPT maker", on
sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

#: A sentence parsed by hand that more than one case reads.
SAHYADRI_GHAT_400 = (
    "Sahyadri said its Ghat-400 Ethernet switch chip entered production.",
    "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>7 ``:punct>7 NNP:nmod>7 NN:compound>7 NN:nsubj>8 "
    "VBD:ccomp>2 NN:dobj>8 .:punct>2",
    {"said": "say", "entered": "enter"},
    {"Sahyadri": "ORG", "Ethernet": "ORG"},
)


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # possessive names the maker
        (
            "Qualcomm's Snapdragon 8 Elite impressed reviewers.",
            "NNP:poss>5 POS:case>1 NNP:compound>5 CD:nummod>5 NNP:nsubj>6 VBD:ROOT>0 NNS:dobj>6 "
            ".:punct>6",
            {"impressed": "impress", "reviewers": "reviewer"},
            ("Qualcomm", "develops", "Snapdragon 8 Elite"),
        ),
        # compound maker before a product noun
        (
            "Buyers queued for Nvidia H200 GPUs.",
            "NNS:nsubj>2 VBD:ROOT>0 IN:prep>2 NNP:compound>6 NN:compound>6 NNS:pobj>3 .:punct>2",
            {"Buyers": "buyer", "queued": "queue", "GPUs": "gpu"},
            ("Nvidia", "develops", "H200"),
        ),
        # agency part of a country by possessive
        (
            "Japan's Ministry of Economy, Trade and Industry approved the subsidy.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>10 IN:prep>3 NNP:pobj>4 ,:punct>5 NNP:conj>5 CC:cc>7 "
            "NNP:conj>7 VBD:ROOT>0 DT:det>12 NN:dobj>10 .:punct>10",
            {"approved": "approve"},
            ("Ministry of Economy, Trade and Industry", "part_of", "Japan"),
        ),
        # apposition naming a parent unit
        (
            "Kioxia's rival YMTC, Tsinghua Unigroup's memory unit, grew.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NNP:nsubj>12 ,:punct>4 NNP:compound>7 NNP:poss>10 "
            "POS:case>7 NN:compound>10 NN:appos>4 ,:punct>4 VBD:ROOT>0 .:punct>12",
            {"grew": "grow"},
            ("YMTC", "part_of", "Tsinghua Unigroup"),
        ),
        # a family member named after "including"
        (
            "Arm's Neoverse line, including the Neoverse V3, targets servers.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NN:nsubj>11 ,:punct>4 VBG:prep>4 DT:det>9 "
            "NNP:compound>9 NN:pobj>6 ,:punct>4 VBZ:ROOT>0 NNS:dobj>11 .:punct>11",
            {"including": "include", "targets": "target", "servers": "server"},
            ("Neoverse V3", "part_of", "Neoverse"),
        ),
        # "the X maker" is the company that develops X
        (
            "OpenAI grew fast. The ChatGPT maker hired staff.",
            "NNP:nsubj>2 VBD:ROOT>0 RB:advmod>2 .:punct>2 DT:det>7 NN:compound>7 NN:nsubj>8 "
            "VBD:ROOT>0 NN:dobj>8 .:punct>8",
            {"grew": "grow", "hired": "hire"},
            ("OpenAI", "develops", "ChatGPT"),
        ),
        # a possessive on a noun in apposition to a product names its maker
        (
            "The Pixel 10 carries the Tensor G5, Google's first TSMC-made chip.",
            "DT:det>2 NNP:nsubj>4 CD:nummod>2 VBZ:ROOT>0 DT:det>7 NNP:compound>7 NNP:dobj>4 "
            ",:punct>7 NNP:poss>15 POS:case>9 JJ:amod>15 NNP:npadvmod>14 HYPH:punct>14 VBN:amod>15 "
            "NN:appos>7 .:punct>4",
            {"carries": "carry", "made": "make"},
            ("Google", "develops", "Tensor G5"),
        ),
        # a parent named after the noun
        (
            "Nuvia grew, and its parent Qualcomm invested more.",
            "NNP:nsubj>2 VBD:ROOT>0 ,:punct>2 CC:cc>2 PRP$:poss>6 NN:nsubj>8 NNP:appos>6 "
            "VBD:conj>2 JJR:dobj>8 .:punct>8",
            {"grew": "grow", "invested": "invest"},
            ("Nuvia", "part_of", "Qualcomm"),
        ),
        # the name may modify a modifier of the noun the possessive is on
        (
            "Regulators said Nvidia may sell its K20 AI chips to buyers in Vietnam.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:nsubj>5 MD:aux>5 VB:ccomp>2 PRP$:poss>9 NNP:compound>8 "
            "NNP:compound>9 NNS:dobj>5 IN:dative>5 NNS:pobj>10 IN:prep>11 NNP:pobj>12 "
            ".:punct>2",
            {"Regulators": "regulator", "said": "say", "chips": "chip", "buyers": "buyer"},
            ("Nvidia", "develops", "K20"),
        ),
    ],
)
def test_possessives_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations


# a possessive list the parser hangs wrongly gives no edge between its parts
@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "ents", "expected"),
    [
        # a name with its own possessive after it owns its own: no unit of the first owner
        (
            "The pens will compete with Sanofi's Lantus and Biocon Biologics' Semglee.",
            "DT:det>2 NNS:nsubj>4 MD:aux>4 VB:ROOT>0 IN:prep>4 NNP:poss>8 POS:case>6 NNP:poss>13 "
            "CC:cc>8 NNP:compound>11 NNP:conj>8 POS:case>8 NNP:pobj>5 .:punct>4",
            {"pens": "pen"},
            {"Sanofi": "ORG", "Lantus": "ORG", "Biocon Biologics'": "ORG", "Semglee": "PERSON"},
            (("Biocon Biologics", "part_of", "Sanofi"),),
        ),
        # a name right after another's possessive is that one's, however the parser hangs the list
        (
            "TVS Motor's iQube and Bajaj Auto's Chetak held the top two spots.",
            "NNP:compound>2 NNP:poss>9 POS:case>2 NNP:nmod>9 CC:cc>4 NNP:compound>7 NNP:conj>4 "
            "POS:case>7 NNP:nsubj>10 VBD:ROOT>0 DT:det>14 JJ:amod>14 CD:nummod>14 NNS:dobj>10 "
            ".:punct>10",
            {"held": "hold", "spots": "spot"},
            {"TVS Motor's": "ORG", "iQube": "ORG", "Bajaj Auto's": "ORG", "Chetak": "PERSON"},
            (("TVS Motor", "develops", "Chetak"),),
        ),
        # the firm "behind" a named product develops the product, not its technology
        (
            "Corvexa agreed to acquire Nordlys Sensorik, the Aarhus company behind the NS-7 "
            "solid-state lidar.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NNP:compound>6 NNP:dobj>4 ,:punct>6 "
            "DT:det>10 NNP:compound>10 NN:appos>6 IN:prep>10 DT:det>17 NNP:nmod>17 JJ:amod>16 "
            "HYPH:punct>16 NN:compound>17 NN:pobj>11 .:punct>2",
            {"agreed": "agree"},
            {"Corvexa": "ORG", "Nordlys Sensorik": "PERSON", "Aarhus": "NORP"},
            (("Nordlys Sensorik", "develops", "lidar"),),
        ),
        # a technology named with a firm's product is not the firm's
        (*SAHYADRI_GHAT_400, (("Sahyadri", "develops", "Ethernet"),)),
        # a maker named between the owner and the product made it
        (
            "Qantas took delivery of its first Airbus A321XLR in July.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>3 PRP$:poss>8 JJ:amod>8 NNP:compound>8 "
            "NNP:pobj>4 IN:prep>2 NNP:pobj>9 .:punct>2",
            {"took": "take"},
            {"Qantas": "ORG", "Airbus": "ORG", "July": "DATE"},
            (("Qantas", "develops", "A321XLR"),),
        ),
        # a firm named before a product that names its facility makes it there, no more
        (
            "The Pegatron iPhone factory in Chennai was shut.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NN:nsubjpass>8 IN:prep>4 NNP:pobj>5 "
            "VBD:auxpass>8 VBN:ROOT>0 .:punct>8",
            {"was": "be"},
            {"Pegatron iPhone": "ORG", "Chennai": "ORG"},
            (("Pegatron", "develops", "iPhone"),),
        ),
        # a model named with its maker, and not the maker of the next one named with its own
        (
            "Embraer pitched the E2 against the Airbus A220neo and Boeing 737 MAX.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 IN:prep>2 DT:det>8 NNP:compound>8 "
            "NNP:pobj>5 CC:cc>8 NNP:conj>8 CD:nummod>12 NNP:appos>10 .:punct>2",
            {"pitched": "pitch"},
            {
                "Embraer": "ORG",
                "Airbus": "ORG",
                "A220neo": "ORG",
                "Boeing": "ORG",
                "737 MAX": "PRODUCT",
            },
            (("Airbus", "develops", "737 MAX"),),
        ),
    ],
)
def test_possessives_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "ents", "expected"),
    [
        # a model named however deep in the compounds before the possessive's noun
        (
            "Akane's AS-220 SPAD depth sensor is used in Toyota's cars.",
            "NNP:poss>6 POS:case>1 NNP:nmod>4 NNP:compound>5 NN:compound>6 NN:nsubjpass>8 "
            "VBZ:auxpass>8 VBN:ROOT>0 IN:prep>8 NNP:poss>12 POS:case>10 NNS:pobj>9 .:punct>8",
            {"is": "be", "used": "use", "cars": "car"},
            {"Akane": "ORG", "Toyota": "ORG"},
            (("Akane", "develops", "AS-220"),),
        ),
        # a model right after "its" that the parser read as punctuation; and a model before
        # a noun and a product's noun is a product
        (*SAHYADRI_GHAT_400, (("Sahyadri", "develops", "Ghat-400"),)),
        (
            "Kestrel said exports of its Nereid N2 network processor to China would require a "
            "licence.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:nsubj>13 IN:prep>3 PRP$:poss>9 NNP:compound>8 "
            "NNP:compound>8 NN:compound>9 NN:pobj>4 IN:prep>3 NNP:pobj>10 MD:aux>13 VB:ccomp>2 "
            "DT:det>15 NN:dobj>13 .:punct>2",
            {"said": "say", "exports": "export"},
            {"Kestrel": "ORG", "Nereid N2": "ORG", "China": "GPE"},
            (("Kestrel", "develops", "Nereid N2"),),
        ),
        # a named owner's unit between the owner and the product
        (
            "Huawei's HiSilicon Kirin 9000 chip was made by TSMC.",
            "NNP:poss>6 POS:case>1 NNP:compound>4 NNP:nmod>6 CD:nummod>6 NN:nsubjpass>8 "
            "VBD:auxpass>8 VBN:ROOT>0 IN:agent>8 NNP:pobj>9 .:punct>8",
            {"was": "be", "made": "make"},
            {"Huawei": "ORG", "HiSilicon Kirin 9000": "ORG", "TSMC": "ORG"},
            (("Huawei", "develops", "Kirin 9000"),),
        ),
        (
            "Embraer pitched the E2 against the Airbus A220neo and Boeing 737 MAX.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 IN:prep>2 DT:det>8 NNP:compound>8 "
            "NNP:pobj>5 CC:cc>8 NNP:conj>8 CD:nummod>12 NNP:appos>10 .:punct>2",
            {"pitched": "pitch"},
            {
                "Embraer": "ORG",
                "Airbus": "ORG",
                "A220neo": "ORG",
                "Boeing": "ORG",
                "737 MAX": "PRODUCT",
            },
            [("Airbus", "develops", "A220neo")],
        ),
        # a team named after a product is its owner's, who acts through it
        (
            "ByteDance's Doubao team launched Seedance 2.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NN:nsubj>5 VBD:ROOT>0 NNP:npadvmod>5 "
            "CD:nummod>6 .:punct>5",
            {"launched": "launch"},
            {"ByteDance": "ORG", "Doubao": "PERSON", "2": "CARDINAL"},
            (("ByteDance", "develops", "Seedance 2"),),
        ),
        # a process a name before its noun names is the owner's own (not a node's size)
        (
            "The A20 will be built on TSMC's N2P process.",
            "DT:det>2 NNP:nsubjpass>5 MD:aux>5 VB:auxpass>5 VBN:ROOT>0 IN:prep>5 NNP:poss>10 "
            "POS:case>7 NNP:compound>10 NN:pobj>6 .:punct>5",
            {"built": "build"},
            {"A20": "GPE", "TSMC": "ORG"},
            (("TSMC", "develops", "2nm process"),),
        ),
    ],
)
def test_possessives_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)
