"""Agreements, joint work and rivals: "reached a deal", "agreed to supply X to Y", "launched
together", "co-engineered by", "rival X", on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

#: Sentences parsed by hand that more than one case reads.
VELMAR_THERAPEUTICS_HAS_SUED = (
    "Velmar Therapeutics has sued its larger rival Amgen over a patent.",
    "NNP:compound>2 NNPS:nsubj>4 VBZ:aux>4 VBN:ROOT>0 PRP$:poss>7 JJR:amod>7 NN:dobj>4 "
    "NNP:appos>7 IN:prep>4 DT:det>11 NN:pobj>9 .:punct>4",
    {"has": "have", "sued": "sue", "larger": "large"},
    {"Velmar Therapeutics": "PERSON", "Amgen": "ORG"},
)

INTEL_AND_AMD_ARE = (
    "Intel and AMD are both members of the x86 advisory group.",
    "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBP:ROOT>0 DT:advmod>4 NNS:attr>4 IN:prep>6 DT:det>11 "
    "CD:nummod>11 JJ:amod>11 NN:pobj>7 .:punct>4",
    {"are": "be", "members": "member"},
    {"Intel": "ORG", "AMD": "ORG"},
)

SIEMENS_AND_BOSCH_ARE = (
    "Siemens and Bosch are both members of the industrial AI consortium.",
    "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBP:ROOT>0 DT:dep>4 NNS:attr>4 IN:prep>6 DT:det>11 "
    "JJ:amod>11 NNP:compound>11 NN:pobj>7 .:punct>4",
    {"are": "be", "members": "member"},
    {"Siemens": "ORG", "Bosch": "PERSON", "AI": "GPE"},
)

NVIDIA_S_THAI_PARTNER = (
    "Nvidia's Thai partner Siam AI will build the data centre.",
    "NNP:poss>4 POS:case>1 NNP:compound>4 NN:nsubj>8 NNP:compound>6 NNP:appos>4 MD:aux>8 "
    "VB:ROOT>0 DT:det>11 NN:compound>11 NN:dobj>8 .:punct>8",
    {},
    {"Nvidia": "GPE", "Siam AI": "PERSON"},
)

KOREA_S_HANWHA_AND = (
    "Korea's Hanwha and Norway's Kongsberg agreed to jointly develop missiles.",
    "NNP:poss>3 POS:case>1 NNP:nmod>7 CC:cc>3 NNP:conj>3 POS:case>5 NNP:nsubj>8 "
    "VBD:ROOT>0 TO:aux>11 RB:advmod>11 VB:xcomp>8 NNS:dobj>11 .:punct>8",
    {"agreed": "agree", "missiles": "missile"},
    {"Korea": "GPE", "Hanwha": "ORG", "Norway": "GPE", "Kongsberg": "ORG"},
)


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


# Constructions of news nobody tuned the rules on, in sentences written for these tests.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


# A name said to be another's rival, rivals listed, verbs of overtaking and vying.
RIVAL_CASE = CASES


@pytest.mark.parametrize(
    RIVAL_CASE,
    [
        (
            "Ardent Motors is a rival to Tesla in China.",
            "NNP:compound>2 NNPS:nsubj>3 VBZ:ROOT>0 DT:det>5 NN:attr>3 IN:prep>5 NNP:pobj>6 "
            "IN:prep>5 NNP:pobj>8 .:punct>3",
            {"is": "be"},
            {"Ardent Motors": "ORG", "China": "GPE"},
            ("Ardent Motors", "competes", "Tesla"),
        ),
        (
            "Korvane Energy, a competitor of Panasonic, opened a plant.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 DT:det>5 NN:appos>2 IN:prep>5 NNP:pobj>6 "
            ",:punct>2 VBD:ROOT>0 DT:det>11 NN:dobj>9 .:punct>9",
            {"opened": "open"},
            {"Korvane Energy": "PERSON", "Panasonic": "ORG"},
            ("Korvane Energy", "competes", "Panasonic"),
        ),
        (
            "The deal makes Nokia a stronger challenger to Ciena.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNP:nsubj>7 DT:det>7 JJR:amod>7 NN:ccomp>3 "
            "IN:prep>7 NNP:pobj>8 .:punct>3",
            {"makes": "make", "stronger": "strong"},
            {"Nokia": "ORG", "Ciena": "ORG"},
            ("Nokia", "competes", "Ciena"),
        ),
        (
            "Sorvik Systems has emerged as a serious rival to Nvidia.",
            "NNP:compound>2 NNPS:nsubj>4 VBZ:aux>4 VBN:ROOT>0 IN:prep>4 DT:det>8 JJ:amod>8 "
            "NN:pobj>5 IN:prep>8 NNP:pobj>9 .:punct>4",
            {"has": "have", "emerged": "emerge"},
            {"Sorvik Systems": "ORG", "Nvidia": "GPE"},
            ("Sorvik Systems", "competes", "Nvidia"),
        ),
        (
            "Zhipu AI positions its GLM-5 as an alternative to GPT-5.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 PRP$:poss>5 NNP:dobj>3 IN:prep>3 DT:det>8 "
            "NN:pobj>6 IN:prep>8 NNP:pobj>9 .:punct>3",
            {"positions": "position"},
            {"Zhipu": "GPE"},
            ("GLM-5", "competes", "GPT-5"),
        ),
        (
            "BYD cut prices again, putting pressure on rivals such as Leapmotor and Geely.",
            "NN:nsubj>2 VBD:ROOT>0 NNS:dobj>2 RB:advmod>2 ,:punct>2 VBG:advcl>2 NN:dobj>6 "
            "IN:prep>6 NNS:pobj>8 JJ:amod>11 IN:prep>9 NNP:pobj>11 CC:cc>12 RB:conj>12 "
            ".:punct>2",
            {"prices": "price", "putting": "put", "rivals": "rival"},
            {"BYD": "ORG", "Leapmotor": "PERSON"},
            ("BYD", "competes", "Leapmotor"),
        ),
        (
            "HarmonyOS overtook iOS in China last quarter.",
            "NN:meta>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 NNP:pobj>4 JJ:amod>7 NN:npadvmod>2 .:punct>2",
            {"overtook": "overtake"},
            {"China": "GPE"},
            ("HarmonyOS", "competes", "iOS"),
        ),
        (
            "Samsung vies with SK Hynix for HBM orders from Nvidia.",
            "NNP:compound>2 NNS:ROOT>0 IN:prep>2 NNP:compound>5 NNP:pobj>3 IN:prep>2 "
            "NNP:compound>8 NNS:pobj>6 IN:prep>8 NNP:pobj>9 .:punct>2",
            {"vies": "vie", "orders": "order"},
            {"Samsung": "ORG", "HBM": "ORG", "Nvidia": "GPE"},
            ("Samsung Electronics", "competes", "SK Hynix"),
        ),
        (
            "The Lumo 7 takes on the Pixel 10 in Europe.",
            "DT:det>2 NNP:nsubj>4 CD:nummod>2 VBZ:ROOT>0 RP:prt>4 DT:det>7 NNP:dobj>4 "
            "CD:nummod>7 IN:prep>7 NNP:pobj>9 .:punct>4",
            {"takes": "take"},
            {"The Lumo 7": "ORG", "Europe": "LOC"},
            ("Lumo 7", "competes", "Pixel 10"),
        ),
        # every rival a plural "rivals" names competes with the firm the text is about
        (
            "CATL supplies Tesla. Analysts said Korean rivals LG Energy Solution and Samsung SDI "
            "could benefit.",
            "NN:nsubj>2 VBZ:ROOT>0 NNP:dobj>2 .:punct>2 NNS:nsubj>6 VBD:ROOT>0 JJ:amod>8 "
            "NNS:compound>11 NNP:compound>11 NNP:compound>11 NNP:nsubj>16 CC:cc>11 "
            "NNP:compound>14 NNP:conj>11 MD:aux>16 VB:ccomp>6 .:punct>6",
            {"supplies": "supply", "Analysts": "analyst", "said": "say", "rivals": "rival"},
            {"LG Energy Solution": "ORG", "Samsung": "ORG"},
            ("Samsung SDI", "competes", "CATL"),
        ),
        # those counted "as its rivals" compete with the one who counts them
        (
            "Nexperia counts Infineon and Onsemi as its main rivals.",
            "NNP:nsubj>2 VBZ:ROOT>0 NNP:dobj>2 CC:cc>3 NNP:conj>3 IN:prep>2 PRP$:poss>9 JJ:amod>9 "
            "NNS:pobj>6 .:punct>2",
            {"counts": "count", "rivals": "rival"},
            {"Nexperia": "GPE", "Infineon": "GPE", "Onsemi": "GPE"},
            ("Infineon Technologies", "competes", "Nexperia"),
        ),
        # a product named before its noun, seen as an alternative
        (
            "Biren's BR100 accelerator is seen as a domestic alternative to Nvidia's A100.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NN:nsubjpass>6 VBZ:auxpass>6 VBN:ROOT>0 "
            "IN:prep>6 DT:det>10 JJ:amod>10 NN:pobj>7 IN:prep>10 NNP:poss>14 POS:case>12 "
            "NN:pobj>11 .:punct>6",
            {"is": "be", "seen": "see"},
            {"Biren's": "ORG", "BR100": "PRODUCT", "Nvidia": "GPE", "A100": "CARDINAL"},
            ("BR100", "competes", "A100"),
        ),
        # a war or battle with a rival
        (
            "Tesla is in a price war with BYD in China.",
            "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 DT:det>6 NN:compound>6 NN:pobj>3 IN:prep>6 "
            "NNP:pobj>7 IN:prep>8 NNP:pobj>9 .:punct>2",
            {"is": "be"},
            {"BYD": "ORG", "China": "GPE"},
            ("Tesla", "competes", "BYD"),
        ),
    ],
)
def test_partners_rival_roles_extracts(read, text, annotation, lemmas, ents, expected):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).relations


@pytest.mark.parametrize(
    RIVAL_CASE,
    [
        (
            "Ericsson took Lenovo to court over 5G patents.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 NN:pobj>4 IN:quantmod>7 CD:nummod>9 "
            "NN:compound>9 NNS:dobj>2 .:punct>2",
            {"took": "take", "patents": "patent"},
            {"Lenovo": "ORG"},
            ("Ericsson", "competes", "Lenovo"),
        ),
        (
            "Ardent Motors is a rival to Tesla's Model Y in China.",
            "NNP:compound>2 NNPS:nsubj>3 VBZ:ROOT>0 DT:det>5 NN:attr>3 IN:prep>5 NNP:poss>10 "
            "POS:case>7 NNP:compound>10 NNP:pobj>6 IN:prep>10 NNP:pobj>11 .:punct>3",
            {"is": "be"},
            {"Ardent Motors": "ORG", "Tesla": "ORG", "Model Y": "PRODUCT", "China": "GPE"},
            ("Ardent Motors", "competes", "Model Y"),
        ),
    ],
)
def test_partners_rival_roles_does_not_extract(read, text, annotation, lemmas, ents, expected):
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    labels = {label for _, label, _ in reading.mentions}
    assert expected[0] in labels and expected[2] in labels  # both ends were found
    assert expected not in reading.relations


@pytest.mark.parametrize(
    RIVAL_CASE,
    [
        (
            "Ardent Motors is not a rival to Tesla.",
            "NNP:compound>2 NNPS:nsubj>3 VBZ:ROOT>0 RB:neg>3 DT:det>6 NN:attr>3 IN:prep>6 "
            "NNP:pobj>7 .:punct>3",
            {"is": "be"},
            {"Ardent Motors": "ORG"},
            ("Ardent Motors", "competes", "Tesla"),
        ),
    ],
)
def test_partners_rival_roles_reads_statements_taken_back(
    read, text, annotation, lemmas, ents, expected
):
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    assert expected in reading.negated and expected not in reading.relations


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "The sensor builds on technology Tessaro developed with Bosch.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 IN:prep>3 NN:compound>6 NN:nsubj>7 VBD:advcl>3 "
            "IN:prep>7 NNP:pobj>8 .:punct>7",
            {"builds": "build", "developed": "develop"},
            {"Tessaro": "ORG", "Bosch": "ORG"},
            (("Tessaro", "partners", "Bosch"),),
        ),
        (
            "Kioshi Memory makes its chips at two plants it operates jointly with Western Digital.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 PRP$:poss>5 NNS:dobj>3 IN:prep>3 CD:nummod>8 "
            "NNS:pobj>6 PRP:nsubj>10 VBZ:ccomp>3 RB:advmod>10 IN:prep>10 NNP:compound>14 "
            "NNP:pobj>12 .:punct>3",
            {"makes": "make", "chips": "chip", "plants": "plant", "operates": "operate"},
            {"Kioshi Memory": "PERSON", "Western Digital": "ORG"},
            (("Kioshi Memory", "partners", "Western Digital"),),
        ),
        (
            "Renfold Bio licensed the drug from Novartis in 2019.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 NNP:pobj>6 "
            "IN:prep>3 CD:pobj>8 .:punct>3",
            {"licensed": "license"},
            {"Renfold Bio": "PERSON", "Novartis": "ORG"},
            (("Renfold Bio", "partners", "Novartis"),),
        ),
        (
            "A joint venture of Tata Electronics, Foxconn and Wistron will assemble servers in "
            "Chennai.",
            "DT:det>3 JJ:amod>3 NN:nsubj>12 IN:prep>3 NNP:compound>6 NNP:pobj>4 ,:punct>6 "
            "NNP:conj>6 CC:cc>8 NNP:conj>8 MD:aux>12 VB:ROOT>0 NNS:dobj>12 IN:prep>13 "
            "NNP:pobj>14 .:punct>12",
            {"servers": "server"},
            {"Tata Electronics": "ORG", "Foxconn": "GPE", "Wistron": "ORG", "Chennai": "ORG"},
            (("Tata Electronics", "partners", "Foxconn"), ("Foxconn", "partners", "Wistron")),
        ),
        (
            "Orlin Motors and Baidu unveiled a plan to build robotaxis in Wuhan.",
            "NNP:compound>2 NNPS:nsubj>5 CC:cc>2 NNP:conj>2 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            "TO:aux>9 VB:acl>7 NN:dobj>9 IN:prep>9 NNP:pobj>11 .:punct>5",
            {"unveiled": "unveil"},
            {"Orlin Motors": "ORG", "Baidu": "ORG", "Wuhan": "GPE"},
            (("Orlin Motors", "partners", "Baidu"),),
        ),
        (*VELMAR_THERAPEUTICS_HAS_SUED, (("Velmar Therapeutics", "competes", "Amgen"),)),
        (
            "The Corex 9 goes up against Qualcomm's Snapdragon 8 Elite.",
            "DT:det>2 NNP:nsubj>4 CD:nummod>2 VBZ:ROOT>0 RP:prt>4 IN:prep>4 NNP:poss>11 "
            "POS:case>7 NNP:nmod>11 CD:nummod>9 NNP:pobj>6 .:punct>4",
            {"goes": "go"},
            {"Qualcomm": "ORG"},
            (("Corex 9", "competes", "Snapdragon 8 Elite"),),
        ),
        (
            "Saab teamed up with Embraer to build fighter jets in Brazil.",
            "NNP:nsubj>2 VBD:ROOT>0 RP:prt>2 IN:prep>2 NNP:pobj>4 TO:aux>7 VB:advcl>2 "
            "NN:compound>9 NNS:dobj>7 IN:prep>7 NNP:pobj>10 .:punct>2",
            {"teamed": "team", "jets": "jet"},
            {"Saab": "ORG", "Embraer": "PERSON", "Brazil": "GPE"},
            (("Saab", "partners", "Embraer"),),
        ),
        (
            "Aramco and Sinopec signed a framework agreement to expand the Fujian refinery.",
            "JJ:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>7 NN:compound>7 NN:dobj>4 TO:aux>9 "
            "VB:acl>7 DT:det>12 NNP:compound>12 NN:dobj>9 .:punct>4",
            {"signed": "sign"},
            {"Sinopec": "PERSON", "Fujian": "GPE"},
            (("Saudi Aramco", "partners", "Sinopec"),),
        ),
        (
            "Petronas entered into a strategic partnership with Mitsubishi Corporation.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 DT:det>6 JJ:amod>6 NN:pobj>3 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 .:punct>2",
            {"entered": "enter"},
            {"Petronas": "PERSON", "Mitsubishi Corporation": "ORG"},
            (("Petronas", "partners", "Mitsubishi Corporation"),),
        ),
        (
            "Kalvex Robotics joined forces with Foxconn to assemble humanoid robots.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNS:dobj>3 IN:prep>4 NNP:pobj>5 TO:aux>8 "
            "VB:advcl>3 JJ:amod>10 NNS:dobj>8 .:punct>3",
            {"joined": "join", "forces": "force", "robots": "robot"},
            {"Kalvex Robotics": "PERSON", "Foxconn": "GPE"},
            (("Kalvex Robotics", "partners", "Foxconn"),),
        ),
        (
            "Novatek is working alongside Samsung on display drivers.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 IN:prep>3 NNP:pobj>4 IN:prep>3 NN:compound>8 "
            "NNS:pobj>6 .:punct>3",
            {"is": "be", "working": "work", "drivers": "driver"},
            {"Novatek": "PERSON", "Samsung": "ORG"},
            (("Novatek Microelectronics", "partners", "Samsung Electronics"),),
        ),
        (
            "Orsted signed a power purchase agreement with Amazon.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 NN:compound>5 NN:compound>6 NN:dobj>2 IN:prep>6 "
            "NNP:pobj>7 .:punct>2",
            {"signed": "sign"},
            {"Amazon": "ORG"},
            (("Orsted", "partners", "Amazon"),),
        ),
        (
            "Lockheed Martin will work with Rheinmetall to make missile parts in Germany.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 IN:prep>4 NNP:pobj>5 TO:aux>8 "
            "VB:advcl>4 NN:compound>10 NNS:dobj>8 IN:prep>10 NNP:pobj>11 .:punct>4",
            {"parts": "part"},
            {"Lockheed": "ORG", "Martin": "PERSON", "Rheinmetall": "ORG", "Germany": "GPE"},
            (("Lockheed Martin", "partners", "Rheinmetall"),),
        ),
        (
            "Qorvane, a Lagos-based fintech, partnered with Visa to expand card payments.",
            "NNP:ROOT>0 ,:punct>1 DT:det>7 NNP:npadvmod>6 HYPH:punct>6 VBN:amod>7 NN:appos>1 "
            ",:punct>1 VBN:acl>1 IN:prep>9 NNP:pobj>10 TO:aux>13 VB:advcl>9 NN:compound>15 "
            "NNS:dobj>13 .:punct>1",
            {"based": "base", "partnered": "partner", "payments": "payment"},
            {"Qorvane": "ORG", "Lagos": "GPE", "Visa": "ORG"},
            (("Qorvane", "partners", "Visa"),),
        ),
        (
            "The trade deal between Japan and the United States cut tariffs on cars.",
            "DT:det>3 NN:compound>3 NN:nsubj>10 IN:prep>3 NNP:pobj>4 CC:cc>5 DT:det>9 "
            "NNP:compound>9 NNP:conj>5 VBD:ROOT>0 NNS:dobj>10 IN:prep>10 NNS:pobj>12 .:punct>10",
            {"tariffs": "tariff", "cars": "car"},
            {"Japan": "GPE", "the United States": "GPE"},
            (("Japan", "partners", "United States"),),
        ),
        (
            "Talks between Samsung and Tesla on a chip supply deal are continuing.",
            "NNS:nsubj>12 IN:prep>1 NNP:pobj>2 CC:cc>3 NNP:conj>3 IN:prep>1 DT:det>10 "
            "NN:compound>10 NN:compound>10 NN:pobj>6 VBP:aux>12 VBG:ROOT>0 .:punct>12",
            {"Talks": "talk", "are": "be", "continuing": "continue"},
            {"Samsung": "ORG", "Tesla": "ORG"},
            (("Samsung Electronics", "partners", "Tesla"),),
        ),
        (
            "Sony selected Kioxia as its memory partner for the new console.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 PRP$:poss>7 NN:compound>7 NN:pobj>4 "
            "IN:prep>7 DT:det>11 JJ:amod>11 NN:pobj>8 .:punct>2",
            {"selected": "select"},
            {"Sony": "ORG", "Kioxia": "PERSON"},
            (("Kioxia", "partners", "Sony Group"),),
        ),
        # who joins another's team or bid partners the one whose it is
        (
            "Hanwha Ocean joined Austal's team bidding for the frigate contract.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:poss>6 POS:case>4 NN:dobj>3 VBG:acl>6 "
            "IN:prep>7 DT:det>11 JJ:compound>11 NN:pobj>8 .:punct>3",
            {"joined": "join", "bidding": "bid"},
            {"Hanwha Ocean": "ORG", "Austal": "ORG"},
            (("Hanwha Ocean", "partners", "Austal"),),
        ),
        (
            "Fincantieri joined the bid led by Naval Group for the submarines.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 VBN:acl>4 IN:agent>5 NNP:compound>8 "
            "NNP:pobj>6 IN:prep>5 DT:det>11 NNS:pobj>9 .:punct>2",
            {"joined": "join", "led": "lead", "submarines": "submarine"},
            {"Fincantieri": "PERSON", "Naval Group": "ORG"},
            (("Fincantieri", "partners", "Naval Group"),),
        ),
        (
            "Infineon joined a consortium led by Bosch to develop silicon carbide chips.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 VBN:acl>4 IN:agent>5 NNP:pobj>6 TO:aux>9 "
            "VB:xcomp>5 NN:compound>12 NN:compound>12 NNS:dobj>9 .:punct>2",
            {"joined": "join", "led": "lead", "chips": "chip"},
            {"Infineon": "PERSON", "Bosch": "ORG"},
            (("Infineon Technologies", "partners", "Bosch"),),
        ),
        (
            "Members of the alliance include Toyota, Denso and NTT.",
            "NNS:nsubj>5 IN:prep>1 DT:det>4 NN:pobj>2 VBP:ROOT>0 NNP:dobj>5 ,:punct>6 NNP:conj>6 "
            "CC:cc>8 NNP:conj>8 .:punct>5",
            {"Members": "member"},
            {"Toyota": "ORG", "Denso": "PERSON", "NTT": "ORG"},
            (("Toyota Motor", "partners", "Denso"), ("Denso", "partners", "NTT")),
        ),
        (
            "Brussels and Tokyo struck a digital partnership.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>7 JJ:amod>7 NN:dobj>4 .:punct>4",
            {"struck": "strike"},
            {"Brussels": "GPE", "Tokyo": "GPE"},
            (("European Union", "partners", "Japan"),),
        ),
        (
            "Orvane's partners include Dell, Lenovo and HP.",
            "NNP:poss>3 POS:case>1 NNS:nsubj>4 VBP:ROOT>0 NNP:dobj>4 ,:punct>5 NNP:conj>5 "
            "CC:cc>7 NNP:conj>7 .:punct>4",
            {"partners": "partner"},
            {"Orvane": "ORG", "Dell,": "ORG", "Lenovo": "ORG", "HP": "ORG"},
            (("Dell Technologies", "partners", "Orvane"), ("HP", "partners", "Orvane")),
        ),
        (
            "India and the European Union concluded negotiations on a free trade deal.",
            "NNP:nsubj>6 CC:cc>1 DT:det>5 NNP:compound>5 NNP:conj>1 VBD:ROOT>0 NNS:dobj>6 "
            "IN:prep>7 DT:det>12 JJ:amod>11 NN:compound>12 NN:pobj>8 .:punct>6",
            {"concluded": "conclude", "negotiations": "negotiation"},
            {"India": "GPE", "the European Union": "ORG"},
            (("India", "partners", "European Union"),),
        ),
        (
            "Toyota and Panasonic will build the battery plant together.",
            "NNP:nsubj>5 CC:cc>1 NNP:conj>1 MD:aux>5 VB:ROOT>0 DT:det>8 NN:compound>8 NN:dobj>5 "
            "RB:advmod>5 .:punct>5",
            {},
            {"Toyota": "ORG", "Panasonic": "ORG"},
            (("Toyota Motor", "partners", "Panasonic"),),
        ),
        (
            "SoftBank and OpenAI launched a joint venture called SB OpenAI Japan.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>7 JJ:amod>7 NN:dobj>4 VBN:acl>7 "
            "NNP:compound>11 NNP:compound>11 NNP:oprd>8 .:punct>4",
            {"launched": "launch", "called": "call"},
            {"SoftBank": "ORG", "OpenAI": "ORG", "SB OpenAI Japan": "ORG"},
            (("SoftBank Group", "partners", "OpenAI"),),
        ),
        # a headline's infinitive on the name that opens it, "with" hung on what is built
        (
            "Kovant Energy to build second Polish plant with Orlen and Enea",
            "NNP:compound>2 NNP:ROOT>0 TO:aux>4 VB:advcl>2 JJ:amod>7 JJ:amod>7 NN:dobj>4 "
            "IN:prep>7 NNP:pobj>8 CC:cc>9 NNP:conj>9",
            {},
            {"Kovant Energy": "ORG", "Orlen": "ORG", "Enea": "ORG"},
            (("Kovant Energy", "partners", "Orlen"), ("Kovant Energy", "partners", "Enea")),
        ),
        # partners who expand, deepen or renew their partnership
        (
            "Lumen Cloud and Verta AI expanded their partnership in October.",
            "NNP:compound>2 NNP:nsubj>6 CC:cc>2 NNP:compound>5 NNP:conj>2 VBD:ROOT>0 "
            "PRP$:poss>8 NN:dobj>6 IN:prep>6 NNP:pobj>9 .:punct>6",
            {"expanded": "expand"},
            {"Lumen Cloud": "ORG", "Verta AI": "ORG"},
            (("Lumen Cloud", "partners", "Verta AI"),),
        ),
        # who sign an agreement, and who act "together with" another
        (
            "The pact, signed by Orvex Motors and Halden Energy, covers battery supply.",
            "DT:det>2 NN:nsubj>12 ,:punct>2 VBN:acl>2 IN:agent>4 NNP:compound>7 NNPS:pobj>5 "
            "CC:cc>7 NNP:compound>10 NNP:conj>7 ,:punct>2 VBZ:ROOT>0 NN:compound>14 "
            "NN:dobj>12 .:punct>12",
            {"signed": "sign", "covers": "cover"},
            {"Orvex Motors": "ORG", "Halden Energy": "ORG"},
            (("Orvex Motors", "partners", "Halden Energy"),),
        ),
        (
            "Kestrel Robotics, together with Norvik Systems, will build reactors in Chile.",
            "NNP:compound>2 NNP:nsubj>10 ,:punct>2 RB:advmod>5 IN:prep>2 NNP:compound>7 "
            "NNPS:pobj>5 ,:punct>2 MD:aux>10 VB:ROOT>0 NNS:dobj>10 IN:prep>10 NNP:pobj>12 "
            ".:punct>10",
            {"reactors": "reactor"},
            {"Kestrel Robotics": "ORG", "Norvik Systems": "ORG", "Chile": "GPE"},
            (("Kestrel Robotics", "partners", "Norvik Systems"),),
        ),
        # a firm that joins a named alliance partners it
        (
            "Corvane Mobility joined the Open Charging Alliance in March.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>7 NNP:compound>6 NNP:compound>7 "
            "NNP:dobj>3 IN:prep>3 NNP:pobj>8 .:punct>3",
            {"joined": "join"},
            {"Corvane Mobility": "PERSON", "the Open Charging Alliance": "ORG"},
            (("Corvane Mobility", "partners", "Open Charging Alliance"),),
        ),
        # a consortium formed with others
        (
            "Halvard Mining formed a consortium with Ostrava Metals and Kiruna Resources to bid "
            "for the licence.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:compound>8 "
            "NNPS:pobj>6 CC:cc>8 NNP:compound>11 NNPS:conj>8 TO:aux>13 VB:advcl>3 IN:prep>13 "
            "DT:det>16 NN:pobj>14 .:punct>3",
            {"formed": "form"},
            {"Halvard Mining": "ORG", "Ostrava Metals": "ORG", "Kiruna Resources": "ORG"},
            (
                ("Halvard Mining", "partners", "Ostrava Metals"),
                ("Halvard Mining", "partners", "Kiruna Resources"),
            ),
        ),
        # "they" after "X and Y said" is both speakers
        (
            "Veltra Systems and Orsino Labs said they would pool their radar businesses.",
            "NNP:compound>2 NNPS:nsubj>6 CC:cc>2 NNP:compound>5 NNPS:conj>2 VBD:ROOT>0 "
            "PRP:nsubj>9 MD:aux>9 VB:ccomp>6 PRP$:poss>12 NN:compound>12 NNS:dobj>9 .:punct>6",
            {"said": "say", "businesses": "business"},
            {"Veltra Systems": "ORG", "Orsino Labs": "PERSON"},
            (("Veltra Systems", "partners", "Orsino Labs"),),
        ),
        # the rivals a firm's relative clause lists compete with it
        (
            "Vantor Systems, whose rivals include Oskar Labs and Brenn Robotics, cut prices.",
            "NNP:compound>2 NNP:nsubj>13 ,:punct>2 WP$:poss>5 NNS:nsubj>6 VBP:relcl>2 "
            "NNP:compound>8 NNPS:dobj>6 CC:cc>8 NNP:compound>11 NNP:conj>8 ,:punct>8 VB:ROOT>0 "
            "NNS:dobj>13 .:punct>13",
            {"rivals": "rival", "prices": "price"},
            {"Vantor Systems": "ORG", "Oskar Labs": "PERSON", "Brenn Robotics": "PERSON"},
            (
                ("Vantor Systems", "competes", "Oskar Labs"),
                ("Vantor Systems", "competes", "Brenn Robotics"),
            ),
        ),
        # the members of a consortium, the one leading it and those it includes
        (
            "A consortium led by Meridian Telecom and including Orsa Networks and Kalani Fibre won "
            "the tender.",
            "DT:det>2 NN:nsubj>14 VBN:acl>2 IN:agent>3 NNP:compound>6 NNP:pobj>4 CC:cc>3 "
            "VBG:conj>3 NNP:compound>10 NNPS:pobj>8 CC:cc>10 NNP:compound>13 NNP:conj>10 "
            "VBD:ROOT>0 DT:det>16 NN:dobj>14 .:punct>14",
            {"led": "lead", "including": "include", "won": "win"},
            {"Meridian Telecom": "ORG", "Orsa Networks": "ORG", "Kalani Fibre": "ORG"},
            (
                ("Meridian Telecom", "partners", "Orsa Networks"),
                ("Orsa Networks", "partners", "Kalani Fibre"),
            ),
        ),
        # the parties a hyphened pair before an agreement names
        (
            "The Japan-UK digital trade agreement takes effect in May.",
            "DT:det>7 NNP:nmod>4 HYPH:punct>4 NNP:nmod>7 JJ:amod>6 NN:compound>7 NN:nsubj>8 "
            "VBZ:ROOT>0 NN:dobj>8 IN:prep>8 NNP:pobj>10 .:punct>8",
            {"takes": "take"},
            {"Japan": "GPE", "UK": "GPE"},
            (("Japan", "partners", "United Kingdom"),),
        ),
        # "the two sides": the last two governments named
        (
            "Canada raised duties on Mexican steel in March. The two sides agreed to a truce in "
            "June.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 JJ:amod>6 NN:pobj>4 IN:prep>2 NNP:pobj>7 "
            ".:punct>2 DT:det>12 CD:nummod>12 NNS:nsubj>13 VBD:ROOT>0 IN:prep>13 DT:det>16 "
            "NN:pobj>14 IN:prep>13 NNP:pobj>17 .:punct>13",
            {"raised": "raise", "duties": "duty", "sides": "side", "agreed": "agree"},
            {"Canada": "GPE"},
            (("Canada", "partners", "Mexico"),),
        ),
        # "tied up with": teamed up
        (
            "Velora Systems tied up with Halden Motors to make batteries in Kansas.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 RP:prt>3 IN:prep>3 NNP:compound>7 NNPS:pobj>5 "
            "TO:aux>9 VB:advcl>3 NNS:dobj>9 IN:prep>9 NNP:pobj>11 .:punct>3",
            {"tied": "tie", "batteries": "battery"},
            {"Velora Systems": "ORG", "Halden Motors": "ORG", "Kansas": "GPE"},
            (("Velora Systems", "partners", "Halden Motors"),),
        ),
        # a partnership two firms have
        (
            "Velora Systems and Halden Motors have a long-standing partnership in chips.",
            "NNP:compound>2 NNP:nsubj>6 CC:cc>2 NNP:compound>5 NNPS:conj>2 VBP:ROOT>0 DT:det>11 "
            "RB:advmod>10 HYPH:punct>10 VBG:amod>11 NN:dobj>6 IN:prep>11 NNS:pobj>12 .:punct>6",
            {"standing": "stand", "chips": "chip"},
            {"Velora Systems": "ORG", "Halden Motors": "ORG"},
            (("Velora Systems", "partners", "Halden Motors"),),
        ),
        # firms said to be partners
        (
            "Velora Systems and Halden Motors are partners in the Orsa project.",
            "NNP:compound>2 NNP:nsubj>6 CC:cc>2 NNP:compound>5 NNPS:conj>2 VBP:ROOT>0 NNS:attr>6 "
            "IN:prep>7 DT:det>11 NNP:compound>11 NN:pobj>8 .:punct>6",
            {"are": "be", "partners": "partner"},
            {"Velora Systems": "ORG", "Halden Motors": "ORG", "Orsa": "ORG"},
            (("Velora Systems", "partners", "Halden Motors"),),
        ),
        # the parties named before a known measure: partners, and its issuers
        (
            "The US-China tariff truce was extended by 90 days.",
            "DT:det>6 NNP:compound>4 HYPH:punct>4 NNP:compound>6 NN:compound>6 NN:nsubjpass>8 "
            "VBD:auxpass>8 VBN:ROOT>0 IN:agent>8 CD:nummod>11 NNS:pobj>9 .:punct>8",
            {"was": "be", "extended": "extend", "days": "day"},
            {"US": "GPE", "China": "GPE"},
            (
                ("United States", "partners", "China"),
                ("United States", "issues", "US-China tariff truce"),
                ("China", "issues", "US-China tariff truce"),
            ),
        ),
        # "the two companies are rivals": the last two firms named compete
        (
            "Velora Systems sued Halden Motors in Paris. The two companies are also rivals in "
            "batteries.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNPS:dobj>3 IN:prep>5 "
            "NNP:pobj>6 .:punct>3 DT:det>11 CD:nummod>11 NNS:nsubj>12 VBP:ROOT>0 RB:advmod>12 "
            "NNS:attr>12 IN:prep>14 NNS:pobj>15 .:punct>12",
            {
                "sued": "sue",
                "companies": "company",
                "are": "be",
                "rivals": "rival",
                "batteries": "battery",
            },
            {"Velora Systems": "PERSON", "Halden Motors": "ORG", "Paris": "GPE"},
            (("Velora Systems", "competes", "Halden Motors"),),
        ),
        # work shared by its "co-" verb
        (
            "Saab and Kongsberg will co-produce missile launchers in Norway.",
            "NNP:nsubj>5 CC:cc>1 NNP:conj>1 MD:aux>5 VB:ROOT>0 NN:compound>7 NNS:dobj>5 IN:prep>5 "
            "NNP:pobj>8 .:punct>5",
            {"launchers": "launcher"},
            {"Saab": "ORG", "Kongsberg": "ORG", "Norway": "GPE"},
            (("Saab", "partners", "Kongsberg"),),
        ),
        (
            "Nexfield Power will codevelop turbines with Vestas.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 NNS:dobj>4 IN:prep>5 NNP:pobj>6 "
            ".:punct>4",
            {"turbines": "turbine"},
            {"Nexfield Power": "ORG", "Vestas": "ORG"},
            (("Nexfield Power", "partners", "Vestas"),),
        ),
        # a partnership extended
        (
            "Equinor and Shell extended their partnership on offshore wind.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 PRP$:poss>6 NN:dobj>4 IN:prep>4 JJ:amod>9 "
            "NN:pobj>7 .:punct>4",
            {"extended": "extend"},
            {"Shell": "ORG"},
            (("Equinor", "partners", "Shell"),),
        ),
        # those taking part in what others build
        (
            "Aramco and Sabic will build a refinery in Jubail, with Shell and BP also taking part.",
            "JJ:nsubj>5 CC:cc>1 NNP:conj>1 MD:aux>5 VB:ROOT>0 DT:det>7 NN:dobj>5 IN:prep>5 "
            "NNP:pobj>8 ,:punct>5 IN:prep>5 NNP:nsubj>16 CC:cc>12 NNP:conj>12 RB:advmod>16 "
            "VBG:pcomp>11 NN:dobj>16 .:punct>5",
            {"taking": "take"},
            {"Sabic": "ORG", "Jubail": "GPE", "Shell": "ORG", "BP": "ORG"},
            (("Saudi Aramco", "partners", "Shell"), ("Sabic", "partners", "BP")),
        ),
        # the firm named beside "one of X's partners"
        (
            "Brightwave Labs, one of Qualcomm's automotive partners, opened an office in Pune.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 CD:appos>2 IN:prep>4 NNP:poss>9 POS:case>6 "
            "JJ:amod>9 NNS:pobj>5 ,:punct>2 VBD:ROOT>0 DT:det>13 NN:dobj>11 IN:prep>11 "
            "NNP:pobj>14 .:punct>11",
            {"partners": "partner", "opened": "open"},
            {"Brightwave Labs": "PERSON", "Qualcomm": "PERSON", "Pune": "LOC"},
            (("Brightwave Labs", "partners", "Qualcomm"),),
        ),
        # made together
        (
            "Dell, which already assembles some servers with Wistron, declined to comment.",
            "NNP:nsubj>11 ,:punct>1 WDT:nsubj>5 RB:advmod>5 VBZ:relcl>1 DT:det>7 NNS:dobj>5 "
            "IN:prep>7 NNP:pobj>8 ,:punct>1 VBD:ROOT>0 TO:aux>13 VB:xcomp>11 .:punct>11",
            {"assembles": "assemble", "servers": "server", "declined": "decline"},
            {"Wistron": "ORG"},
            (("Dell Technologies", "partners", "Wistron"),),
        ),
        # a venture its parties completed
        (
            "Glencore and Vale have completed the joint venture that will run a nickel mine in "
            "Canada.",
            "NNP:nsubj>5 CC:cc>1 NNP:conj>1 VBP:aux>5 VBN:ROOT>0 DT:det>8 JJ:amod>8 NN:dobj>5 "
            "WDT:nsubj>11 MD:aux>11 VB:relcl>8 DT:det>14 NN:compound>14 NN:dobj>11 IN:prep>11 "
            "NNP:pobj>15 .:punct>5",
            {"completed": "complete"},
            {"Vale": "PERSON", "Canada": "GPE"},
            (("Glencore", "partners", "Vale"),),
        ),
        # a capital party to a deal stands for its government
        (
            "Korea pledged $350 billion of investment in the US as part of its trade deal with "
            "Washington.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>5 NN:pobj>6 "
            "IN:prep>7 DT:det>10 NNP:pobj>8 IN:prep>2 NN:pobj>11 IN:prep>12 PRP$:poss>16 "
            "NN:compound>16 NN:pobj>13 IN:prep>16 NNP:pobj>17 .:punct>2",
            {"pledged": "pledge"},
            {"Korea": "GPE", "US": "GPE", "Washington": "GPE"},
            (("South Korea", "partners", "United States"),),
        ),
        # the members a group's clause names
        (
            "The alliance, which includes Nokia, Ericsson and Samsung, will set standards for 6G.",
            "DT:det>2 NN:nsubj>13 ,:punct>2 WDT:nsubj>5 VBZ:relcl>2 NNP:dobj>5 ,:punct>6 "
            "NNP:conj>6 CC:cc>8 NNP:conj>8 ,:punct>2 MD:aux>13 VB:ROOT>0 NNS:dobj>13 IN:prep>13 "
            "CD:nummod>17 NN:pobj>15 .:punct>13",
            {"includes": "include", "standards": "standard"},
            {"Nokia": "ORG", "Ericsson": "GPE", "Samsung": "ORG"},
            (("Nokia", "partners", "Ericsson"), ("Ericsson", "partners", "Samsung Electronics")),
        ),
        # "one of the launch partners for" a firm's product
        (
            "Arm is one of the launch partners for Google's Axion processors.",
            "NN:nsubj>2 VBZ:ROOT>0 CD:attr>2 IN:prep>3 DT:det>7 NN:compound>7 NNS:pobj>4 "
            "IN:prep>7 NNP:poss>12 POS:case>9 NNP:compound>12 NNS:pobj>8 .:punct>2",
            {"is": "be", "partners": "partner", "processors": "processor"},
            {"Google": "ORG"},
            (("Arm", "partners", "Google"),),
        ),
        # the firms of "A and B's joint venture", however it was parsed
        (
            "Toyota and Panasonic's joint venture plant in Himeji began producing battery cells.",
            "NNP:nsubj>10 CC:cc>1 NNP:poss>7 POS:case>3 JJ:amod>6 NN:compound>7 NN:conj>1 "
            "IN:prep>7 NNP:pobj>8 VBD:ROOT>0 VBG:xcomp>10 NN:compound>13 NNS:dobj>11 .:punct>10",
            {"began": "begin", "producing": "produce", "cells": "cell"},
            {"Toyota": "ORG", "Panasonic": "ORG", "Himeji": "GPE"},
            (("Toyota Motor", "partners", "Panasonic"),),
        ),
        # a launch partner for the product a firm owns, however the name hangs on its noun
        (
            "Ericsson is a launch partner for Google's Pixel Ultra phones.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>5 NN:compound>5 NN:attr>2 IN:prep>5 NNP:poss>11 "
            "POS:case>7 NNP:compound>11 JJ:amod>11 NNS:pobj>6 .:punct>2",
            {"is": "be", "phones": "phone"},
            {"Ericsson": "PERSON", "Google": "ORG", "Pixel Ultra": "ORG"},
            (("Ericsson", "partners", "Google"),),
        ),
        # a subject the parser hung on the verb as a modifier
        (
            "Korean battery maker SK On competes with CATL and BYD for orders in Europe.",
            "JJ:amod>3 NN:compound>3 NN:compound>6 NNP:compound>5 NNP:compound>6 VBZ:ROOT>0 "
            "IN:prep>6 NNP:pobj>7 CC:cc>8 NNP:conj>8 IN:prep>6 NNS:pobj>11 IN:prep>12 NNP:pobj>13 "
            ".:punct>6",
            {"competes": "compete", "orders": "order"},
            {"CATL": "ORG", "BYD": "ORG", "Europe": "LOC"},
            (("SK On", "competes", "CATL"), ("SK On", "competes", "BYD")),
        ),
        # rivalry phrases between products
        (
            "Apple's iPhone 17 goes head-to-head with Samsung's Galaxy S25.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>5 CD:nummod>3 VBZ:ROOT>0 NN:dobj>5 HYPH:punct>6 "
            "IN:prep>6 HYPH:punct>8 NN:pobj>8 IN:prep>5 NNP:poss>15 POS:case>12 NNP:compound>15 "
            "NNP:pobj>11 .:punct>5",
            {"goes": "go"},
            {"Apple": "ORG", "Samsung": "ORG"},
            (("iPhone 17", "competes", "Galaxy S25"),),
        ),
        (
            "Pfizer's Paxlovid faces stiff competition from Shionogi's Xocova.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBZ:ROOT>0 JJ:amod>6 NN:dobj>4 IN:prep>6 "
            "NNP:poss>10 POS:case>8 NNP:pobj>7 .:punct>4",
            {"faces": "face"},
            {"Pfizer": "PERSON", "Shionogi": "ORG", "Xocova": "GPE"},
            (("Paxlovid", "competes", "Xocova"),),
        ),
        # the firm named before a noun of rivalry
        (
            "Groq, an Nvidia challenger, raised new funds.",
            "NNP:nsubj>7 ,:punct>1 DT:det>5 NNP:compound>5 NN:appos>1 ,:punct>1 VBD:ROOT>0 "
            "JJ:amod>9 NNS:dobj>7 .:punct>7",
            {"raised": "raise", "funds": "fund"},
            {"Groq": "ORG", "Nvidia": "GPE"},
            (("Groq", "competes", "Nvidia"),),
        ),
        # launch partners, the parser making "launch" the verb
        (
            "Acer, Asus and Lenovo are launch partners for Intel's Lunar Lake laptop chip.",
            "NNP:nsubj>7 ,:punct>1 NNP:conj>1 CC:cc>3 NNP:conj>3 VBP:aux>7 NN:ROOT>0 NNS:dobj>7 "
            "IN:prep>8 NNP:poss>15 POS:case>10 NNP:compound>13 NNP:compound>15 NN:compound>15 "
            "NN:pobj>9 .:punct>7",
            {"are": "be", "partners": "partner"},
            {"Asus": "PRODUCT", "Lenovo": "ORG", "Intel": "ORG", "Lunar Lake": "GPE"},
            (("Acer", "partners", "Intel"), ("Lenovo", "partners", "Intel")),
        ),
        # what parties do "in a joint venture" they do together
        (
            "Honda and Nissan combined their battery businesses in a joint venture called Voltix.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 PRP$:poss>7 NN:compound>7 NNS:dobj>4 "
            "IN:prep>4 DT:det>11 JJ:amod>11 NN:pobj>8 VBN:acl>11 NNP:oprd>12 .:punct>4",
            {"combined": "combine", "businesses": "business", "called": "call"},
            {"Honda": "ORG", "Nissan": "ORG", "Voltix": "ORG"},
            (("Honda Motor", "partners", "Nissan Motor"),),
        ),
        # a relative clause of saying: what "which" stands for
        (
            "Moore Threads has introduced the MTT S5000, which it says can match Nvidia's H100.",
            "NNP:compound>2 NNPS:nsubj>4 VBZ:aux>4 VBN:ROOT>0 DT:det>7 NNP:compound>7 NNP:dobj>4 "
            ",:punct>7 WDT:nsubj>13 PRP:nsubj>11 VBZ:relcl>7 MD:aux>13 VB:ccomp>11 NNP:poss>16 "
            "POS:case>14 NN:dobj>13 .:punct>4",
            {"has": "have", "introduced": "introduce", "says": "say"},
            {"MTT": "ORG", "Nvidia": "PERSON"},
            (("MTT S5000", "competes", "H100"),),
        ),
        # the "with" of a verb that makes an agreement only with its object
        (
            "Renault inked a battery supply deal with LG Energy Solution on Monday.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 NN:compound>5 NN:compound>6 NN:dobj>2 IN:prep>2 "
            "NNP:compound>10 NNP:compound>10 NNP:pobj>7 IN:prep>2 NNP:pobj>11 .:punct>2",
            {"inked": "ink"},
            {"Renault": "ORG", "LG Energy Solution": "ORG"},
            (("Renault", "partners", "LG Energy Solution"),),
        ),
        # a headline's two parties joined by a comma before a verb of agreeing
        (
            "Hyundai, Kia team up on hydrogen trucks",
            "NNP:ROOT>0 ,:punct>1 NNP:compound>4 NN:appos>1 RP:advmod>1 IN:prep>5 NN:compound>8 "
            "NNS:pobj>6",
            {"trucks": "truck"},
            {"Hyundai": "ORG", "Kia": "ORG"},
            (("Hyundai Motor", "partners", "Kia"),),
        ),
        # a step in an agreement's life stands for it: "completed the formation of a venture"
        (
            "Orlen and Equinor completed the formation of a joint venture for offshore wind.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 DT:det>10 "
            "JJ:amod>10 NN:pobj>7 IN:prep>10 JJ:amod>13 NN:pobj>11 .:punct>4",
            {"completed": "complete"},
            {"Orlen": "PERSON", "Equinor": "PERSON"},
            (("Orlen", "partners", "Equinor"),),
        ),
        # "wrapped up a deal": a verb and its particle that complete one
        (
            "Nokia and Elisa wrapped up a deal to share rural masts.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 RP:prt>4 DT:det>7 NN:dobj>4 TO:aux>9 "
            "VB:relcl>7 JJ:amod>11 NNS:dobj>9 .:punct>4",
            {"wrapped": "wrap", "masts": "mast"},
            {"Nokia": "ORG", "Elisa": "PERSON"},
            (("Nokia", "partners", "Elisa"),),
        ),
        # the signers of a pact partner each other as well as the party they sign it with
        (
            "Chile and Peru signed a cooperation agreement on copper with Canada.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>7 NN:compound>7 NN:dobj>4 IN:prep>7 "
            "NN:pobj>8 IN:prep>7 NNP:pobj>10 .:punct>4",
            {"signed": "sign"},
            {"Chile": "GPE", "Peru": "GPE", "Canada": "GPE"},
            (
                ("Chile", "partners", "Peru"),
                ("Chile", "partners", "Canada"),
                ("Peru", "partners", "Canada"),
            ),
        ),
        # "its main rivals are X and Y": the rivals of the firm the text is about
        (
            "Vinfast opened a plant in Gujarat. Its main rivals are Tata Motors and Mahindra.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 .:punct>2 "
            "PRP$:poss>10 JJ:amod>10 NNS:nsubj>11 VBP:ROOT>0 NNP:compound>13 NNPS:attr>11 "
            "CC:cc>13 NNP:conj>13 .:punct>11",
            {"opened": "open", "rivals": "rival", "are": "be"},
            {"Vinfast": "ORG", "Gujarat": "GPE", "Tata Motors": "ORG", "Mahindra": "ORG"},
            (("Vinfast", "competes", "Tata Motors"), ("Vinfast", "competes", "Mahindra")),
        ),
        # a relative clause of claiming with no pronoun: "a chip it claims rivals X"
        (
            "Moore Threads unveiled the MTT S5000, a chip it claims rivals Nvidia's H20.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>6 NNP:compound>6 NNP:dobj>3 ,:punct>6 "
            "DT:det>9 NN:appos>6 PRP:nsubj>11 VBZ:relcl>9 VBZ:ccomp>11 NNP:poss>15 POS:case>13 "
            "NNP:dobj>12 .:punct>3",
            {"unveiled": "unveil", "claims": "claim", "rivals": "rival"},
            {"Moore Threads": "ORG", "MTT S5000": "PRODUCT", "Nvidia": "ORG", "H20": "PRODUCT"},
            (("MTT S5000", "competes", "H20"),),
        ),
        # undercutting a rival on price
        (
            "Xiaomi's SU7 sedan undercuts the Tesla Model 3 in China.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NN:nsubj>5 VBZ:ROOT>0 DT:det>8 NNP:compound>8 "
            "NNP:dobj>5 CD:nummod>8 IN:prep>5 NNP:pobj>10 .:punct>5",
            {"undercuts": "undercut"},
            {"Xiaomi": "PERSON", "Model 3": "PRODUCT", "China": "GPE"},
            (("SU7", "competes", "Model 3"),),
        ),
        # "Nintendo's partner Macronix": the possessive on the name the noun is on
        (
            "Nintendo's partner Macronix will supply the flash memory.",
            "NNP:poss>3 POS:case>1 NN:compound>4 NNP:nsubj>6 MD:aux>6 VB:ROOT>0 DT:det>9 "
            "NN:compound>9 NN:dobj>6 .:punct>6",
            {},
            {"Nintendo": "ORG", "Macronix": "ORG"},
            (("Macronix", "partners", "Nintendo"),),
        ),
        # a hyphened noun of agreement: "tie-up"
        (
            "Huawei's tie-up with Seres has produced the Aito brand.",
            "NNP:poss>5 POS:case>1 NN:compound>5 HYPH:punct>5 NN:nsubj>9 IN:prep>5 NNPS:pobj>6 "
            "VBZ:aux>9 VBN:ROOT>0 DT:det>12 NNP:compound>12 NN:dobj>9 .:punct>9",
            {"has": "have", "produced": "produce"},
            {"Huawei": "ORG", "Seres": "PERSON", "Aito": "PERSON"},
            (("Huawei", "partners", "Seres Group"),),
        ),
        # a roadmap signed is an agreement
        (
            "Spain and Morocco signed a roadmap on energy cooperation.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>4 NN:compound>9 "
            "NN:pobj>7 .:punct>4",
            {"signed": "sign"},
            {"Spain": "GPE", "Morocco": "GPE"},
            (("Spain", "partners", "Morocco"),),
        ),
        # the firm engaged to co-design and the one that engaged it
        (
            "Meta has tapped Marvell to co-design its next training chip.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNP:dobj>3 TO:aux>6 VB:xcomp>3 PRP$:poss>10 "
            "JJ:amod>10 NN:compound>10 NN:dobj>6 .:punct>3",
            {"has": "have", "tapped": "tap"},
            {"Meta": "ORG", "Marvell": "ORG"},
            (("Meta Platforms", "partners", "Marvell Technology"),),
        ),
        # capitals between which an accord is made stand for their governments
        (
            "The accord between Washington and Tokyo cuts tariffs on Japanese cars to 15%.",
            "DT:det>2 NN:nsubj>7 IN:prep>2 NNP:pobj>3 CC:cc>4 NNP:conj>4 VBZ:ROOT>0 NNS:dobj>7 "
            "IN:prep>7 JJ:amod>11 NNS:pobj>9 IN:prep>7 CD:nummod>14 NN:pobj>12 .:punct>7",
            {"cuts": "cut", "tariffs": "tariff", "cars": "car"},
            {"Washington": "GPE", "Tokyo": "GPE"},
            (("United States", "partners", "Japan"),),
        ),
        # cooperation explored together
        (
            "Wipro and Foxconn are exploring manufacturing cooperation.",
            "NNP:nsubj>5 CC:cc>1 NNP:conj>1 VBP:aux>5 VBG:ROOT>0 VBG:amod>7 NN:dobj>5 .:punct>5",
            {"are": "be", "exploring": "explore", "manufacturing": "manufacture"},
            {"Wipro and Foxconn": "ORG"},
            (("Wipro", "partners", "Foxconn"),),
        ),
        # "work closely"
        (
            "Hygon and Sugon work closely on server chips.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBP:ROOT>0 RB:advmod>4 IN:prep>4 NN:compound>8 "
            "NNS:pobj>6 .:punct>4",
            {"chips": "chip"},
            {"Hygon": "ORG", "Sugon": "ORG"},
            (("Hygon", "partners", "Sugon"),),
        ),
        # rules coordinated with another government
        (
            "The Dutch government coordinated the rules with Japan.",
            "DT:det>3 JJ:amod>3 NN:nsubj>4 VBD:ROOT>0 DT:det>6 NNS:dobj>4 IN:prep>6 NNP:pobj>7 "
            ".:punct>4",
            {"coordinated": "coordinate", "rules": "rule"},
            {"Japan": "GPE"},
            (("Netherlands", "partners", "Japan"),),
        ),
        # members of one group partner each other
        (*INTEL_AND_AMD_ARE, (("Intel", "partners", "AMD"),)),
        (*SIEMENS_AND_BOSCH_ARE, (("Siemens", "partners", "Bosch"),)),
        # names in apposition to "partners"
        (
            "Kioxia and Sandisk, partners in a flash venture, share fabs.",
            "NNP:nsubj>11 CC:cc>1 NNP:conj>1 ,:punct>1 NNS:appos>1 IN:prep>5 DT:det>9 "
            "NN:compound>9 NN:pobj>6 ,:punct>1 VBP:ROOT>0 NNS:dobj>11 .:punct>11",
            {"partners": "partner", "fabs": "fab"},
            {"Kioxia": "ORG", "Sandisk": "ORG"},
            (("Kioxia", "partners", "Sandisk"),),
        ),
        # the party a verb names when the agreement it is under names none
        (
            "Arm licensed its designs to Rapidus under a partnership agreement.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NNS:dobj>2 IN:prep>2 NNP:pobj>5 IN:prep>2 "
            "DT:det>10 NN:compound>10 NN:pobj>7 .:punct>2",
            {"licensed": "license", "designs": "design"},
            {"Rapidus": "ORG"},
            (("Arm", "partners", "Rapidus"),),
        ),
        # founded together
        (
            "The startup was co-founded by Hitachi and Infosys.",
            "DT:det>2 NN:nsubjpass>4 VBD:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:pobj>5 CC:cc>6 "
            "NNP:conj>6 .:punct>4",
            {"was": "be", "co-founded": "co-found"},
            {"Hitachi": "ORG", "Infosys": "ORG"},
            (("Hitachi", "partners", "Infosys"),),
        ),
        # a product said to be an answer to another
        (
            "The Kunlun P800 is seen as China's answer to Nvidia's H20.",
            "DT:det>3 NNP:compound>3 NNP:nsubjpass>5 VBZ:auxpass>5 VBN:ROOT>0 IN:prep>5 "
            "NNP:poss>9 POS:case>7 NN:pobj>6 IN:prep>9 NNP:poss>13 POS:case>11 NNP:pobj>10 "
            ".:punct>5",
            {"is": "be", "seen": "see"},
            {"China": "GPE", "Nvidia": "GPE", "H20": "GPE"},
            (("Kunlun P800", "competes", "H20"),),
        ),
        # a noun hyphened to a word that makes no trigger with it is read alone
        (
            "Toyota's joint-venture with Panasonic makes batteries.",
            "NNP:poss>5 POS:case>1 JJ:amod>5 HYPH:punct>5 NN:nsubj>8 IN:prep>5 NNP:pobj>6 "
            "VBZ:ROOT>0 NNS:dobj>8 .:punct>8",
            {"makes": "make", "batteries": "battery"},
            {"Toyota": "ORG", "Panasonic": "ORG"},
            (("Toyota Motor", "partners", "Panasonic"),),
        ),
        # "each" on a phrase of time says nothing of the signers
        (
            "Vale and Codelco signed a pact to ship copper each year.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 NN:compound>9 "
            "NN:pobj>7 DT:det>11 NN:npadvmod>4 .:punct>4",
            {"signed": "sign"},
            {"Codelco": "GPE"},
            (("Vale", "partners", "Codelco"),),
        ),
        # licensor and licensee partner: the owner of what is licensed, the one whose clause
        # uses what was licensed from another
        (
            "Nordic Semi has licensed Ceva's Bluetooth IP for its chips.",
            "JJ:amod>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 NNP:poss>8 POS:case>5 NNP:compound>8 "
            "NNP:dobj>4 IN:prep>4 PRP$:poss>11 NNS:pobj>9 .:punct>4",
            {"has": "have", "licensed": "license", "chips": "chip"},
            {"Nordic Semi": "PERSON", "Ceva": "ORG"},
            (("Nordic Semi", "partners", "Ceva"),),
        ),
        (
            "Volvo plans to make cells using technology licensed from China's CATL.",
            "NNP:nsubj>2 VBZ:ROOT>0 TO:aux>4 VB:xcomp>2 NNS:nsubj>6 VBG:ccomp>4 NN:dobj>6 "
            "VBN:acl>7 IN:prep>8 NNP:poss>12 POS:case>10 NNP:pobj>9 .:punct>2",
            {"plans": "plan", "cells": "cell", "using": "use", "licensed": "license"},
            {"Volvo": "ORG", "China": "GPE", "CATL": "ORG"},
            (("Volvo", "partners", "CATL"),),
        ),
        # those who join a firm's programme partner the firm
        (
            "Bosch and Cadence have joined imec's Automotive Chiplet Program.",
            "NNP:nsubj>5 CC:cc>1 NNP:conj>1 VBP:aux>5 VBN:ROOT>0 NNP:poss>10 POS:case>6 "
            "NNP:compound>10 NNP:compound>10 NNP:dobj>5 .:punct>5",
            {"joined": "join"},
            {"Bosch and Cadence": "ORG", "Automotive Chiplet Program": "ORG"},
            (("Bosch", "partners", "Imec"), ("Cadence Design Systems", "partners", "Imec")),
        ),
        # the one paid under an agreement
        (
            "Vietnam will pay Arm Holdings $150 million for chip designs under an agreement "
            "signed last week.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:compound>5 NNPS:dative>3 $:quantmod>8 "
            "CD:compound>8 CD:dobj>3 IN:prep>8 NN:compound>11 NNS:pobj>9 IN:prep>3 DT:det>14 "
            "NN:pobj>12 VBN:acl>14 JJ:amod>17 NN:npadvmod>15 .:punct>3",
            {"designs": "design", "signed": "sign"},
            {"Vietnam": "GPE", "Arm Holdings": "ORG"},
            (("Vietnam", "partners", "Arm"),),
        ),
        # a firm's partner named after the possessive is a partner, no unit
        (*NVIDIA_S_THAI_PARTNER, (("Nvidia", "partners", "Siam AI"),)),
        # what a contract is for names its party
        (
            "LG Energy Solution agreed to a contract for supplying batteries to Tesla.",
            "NNP:compound>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 IN:prep>4 DT:det>7 NN:pobj>5 "
            "IN:prep>7 VBG:pcomp>8 NNS:dobj>9 IN:prep>9 NNP:pobj>11 .:punct>4",
            {"agreed": "agree", "supplying": "supply", "batteries": "battery"},
            {"LG Energy Solution": "ORG"},
            (("LG Energy Solution", "partners", "Tesla"),),
        ),
        # the members a group is made up of
        (
            "The plant will be run by a consortium made up of Samsung, SK Hynix and LG "
            "Electronics.",
            "DT:det>2 NN:nsubjpass>5 MD:aux>5 VB:auxpass>5 VBN:ROOT>0 IN:agent>5 DT:det>8 "
            "NN:pobj>6 VBN:acl>8 RP:prt>9 IN:prep>9 NNP:pobj>11 ,:punct>12 NNP:compound>15 "
            "NNP:conj>12 CC:cc>15 NNP:compound>18 NNP:conj>15 .:punct>5",
            {"made": "make"},
            {"Samsung": "ORG", "LG Electronics": "ORG"},
            (
                ("Samsung Electronics", "partners", "SK Hynix"),
                ("SK Hynix", "partners", "LG Electronics"),
            ),
        ),
        # partners named in apposition, however the parser hangs the names on the noun
        (
            "Mitsubishi and Nissan, partners in the alliance, will share platforms.",
            "NNP:nmod>5 CC:cc>1 NNP:conj>1 ,:punct>5 NNS:nsubj>11 IN:prep>5 DT:det>8 NN:pobj>6 "
            ",:punct>5 MD:aux>11 VB:ROOT>0 NNS:dobj>11 .:punct>11",
            {"partners": "partner", "platforms": "platform"},
            {"Mitsubishi": "ORG", "Nissan": "ORG"},
            (("Mitsubishi", "partners", "Nissan Motor"),),
        ),
        # two firms that own a third together
        (
            "Stellantis and Samsung SDI's StarPlus Energy will build a second plant.",
            "NNP:poss>7 CC:cc>1 NNP:compound>4 NNP:conj>1 POS:case>4 NNP:compound>7 NNP:nsubj>9 "
            "MD:aux>9 VB:ROOT>0 DT:det>12 JJ:amod>12 NN:dobj>9 .:punct>9",
            {},
            {"Stellantis": "ORG", "Samsung SDI's": "ORG", "StarPlus Energy": "ORG"},
            (("Stellantis", "partners", "Samsung SDI"),),
        ),
        # a facility two firms' names joined by a hyphen open
        (
            "The Hyundai-LG battery plant in Georgia will open next year.",
            "DT:det>6 NNP:compound>4 HYPH:punct>4 NNP:compound>6 NN:compound>6 NN:nsubj>10 "
            "IN:prep>6 NNP:pobj>7 MD:aux>10 VB:ROOT>0 JJ:amod>12 NN:npadvmod>10 .:punct>10",
            {},
            {"Hyundai": "ORG", "Georgia": "GPE"},
            (("Hyundai Motor", "partners", "LG Electronics"),),
        ),
        # a relative clause after the whole list of a clause's subjects is on all of it
        (
            "Kioxia and Sandisk, which jointly operate fabs in Japan, said they would invest "
            "\u00a51 trillion in a new plant in Kitakami.",
            "NNP:nsubj>12 CC:cc>1 NNP:conj>1 ,:punct>1 WDT:nsubj>7 RB:advmod>7 VBP:relcl>1 "
            "NNS:dobj>7 IN:prep>7 NNP:pobj>9 ,:punct>1 VBD:ROOT>0 PRP:nsubj>15 MD:aux>15 "
            "VB:ccomp>12 $:quantmod>18 CD:compound>18 CD:dobj>15 IN:prep>15 DT:det>22 JJ:amod>22 "
            "NN:pobj>19 IN:prep>22 NNP:pobj>23 .:punct>12",
            {"fabs": "fab", "said": "say"},
            {"Kioxia": "PERSON", "Sandisk": "ORG", "Japan": "GPE", "Kitakami": "GPE"},
            (("Kioxia", "partners", "Sandisk"),),
        ),
        # an agreement secured or clinched with another
        (
            "Vietnam secured a trade deal with the United States.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 IN:prep>5 DT:det>9 "
            "NNP:compound>9 NNP:pobj>6 .:punct>2",
            {"secured": "secure"},
            {"Vietnam": "GPE", "the United States": "GPE"},
            (("Vietnam", "partners", "United States"),),
        ),
        (
            "Peru clinched a copper pact with Japan.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 IN:prep>5 NNP:pobj>6 "
            ".:punct>2",
            {"clinched": "clinch"},
            {"Peru": "ORG", "Japan": "GPE"},
            (("Peru", "partners", "Japan"),),
        ),
        # a government listed with a firm is the country, no firm's other name
        (
            "Samsung and the Indian government signed a pact on display fabs.",
            "NNP:nsubj>6 CC:cc>1 DT:det>5 JJ:amod>5 NN:conj>1 VBD:ROOT>0 DT:det>8 NN:dobj>6 "
            "IN:prep>8 NN:compound>11 NNS:pobj>9 .:punct>6",
            {"signed": "sign", "fabs": "fab"},
            {"Samsung": "ORG"},
            (("Samsung Electronics", "partners", "India"),),
        ),
        # the ones chosen "as" partners partner the one who chose them
        (
            "Volvo has chosen Northvolt and CATL as battery partners.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNP:dobj>3 CC:cc>4 NNP:conj>4 IN:prep>3 "
            "NN:compound>9 NNS:pobj>7 .:punct>3",
            {"has": "have", "chosen": "choose", "partners": "partner"},
            {"Volvo": "ORG", "Northvolt": "GPE", "CATL": "GPE"},
            (("Volvo", "partners", "Northvolt"), ("Volvo", "partners", "CATL")),
        ),
        # two firms' names hyphened before a hyphened noun of partnering
        (
            "The Nissan-Foxconn tie-up will focus on electric vehicles.",
            "DT:det>7 NNP:nmod>4 HYPH:punct>4 NNP:compound>7 NN:compound>7 HYPH:punct>7 "
            "NN:nsubj>9 MD:aux>9 VB:ROOT>0 IN:prep>9 JJ:amod>12 NNS:pobj>10 .:punct>9",
            {"vehicles": "vehicle"},
            None,
            (("Nissan Motor", "partners", "Foxconn"),),
        ),
        # testing something with a firm
        (
            "Pony.ai is testing robotaxis with Mowasalat in Doha.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NN:dobj>3 IN:prep>3 NNP:pobj>5 IN:prep>3 NNP:pobj>7 "
            ".:punct>3",
            {"is": "be", "testing": "test"},
            {"Pony.ai": "ORG", "Mowasalat": "ORG", "Doha": "GPE"},
            (("Pony.ai", "partners", "Mowasalat"),),
        ),
        # "&" between two firms' names joins no name
        (
            "Tata Power & Adani Green signed a supply deal.",
            "NNP:compound>2 NNP:nsubj>6 CC:cc>2 NNP:compound>5 NNP:conj>2 VBD:ROOT>0 DT:det>9 "
            "NN:compound>9 NN:dobj>6 .:punct>6",
            {"signed": "sign"},
            {"Tata Power & Adani Green": "ORG"},
            (("Tata Power", "partners", "Adani Green"),),
        ),
        # a product unveiled, "co-developed with" a firm: the one that unveiled it partners that
        # firm
        (
            "Rebellions unveiled the Rebel Quad chip, co-developed with Samsung Electronics.",
            "NNS:nsubj>2 VBD:ROOT>0 DT:det>6 NNP:compound>5 NNP:compound>6 NN:dobj>2 ,:punct>6 "
            "VBN:acl>6 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>2",
            {"Rebellions": "rebellion", "unveiled": "unveil", "co-developed": "co-develope"},
            {"the Rebel Quad": "ORG", "Samsung Electronics": "ORG"},
            (("Rebellions", "partners", "Samsung Electronics"),),
        ),
        # a headline's "X and Y team up", the verb read as a noun
        (
            "Infosys and Nvidia team up to build AI agents for banks",
            "NNP:nmod>4 CC:cc>1 NNP:conj>1 NN:ROOT>0 RP:advmod>4 TO:aux>7 VB:advcl>4 "
            "NNP:compound>9 NNS:dobj>7 IN:prep>7 NNS:pobj>10",
            {"agents": "agent", "banks": "bank"},
            {"Infosys": "ORG", "Nvidia": "GPE", "AI": "ORG"},
            (("Infosys", "partners", "Nvidia"),),
        ),
        # a licence signed with a firm is an agreement with it
        (
            "Mahindra signed a licence with Renault covering its hybrid patents.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 VBG:acl>4 "
            "PRP$:poss>10 JJ:amod>10 NNS:dobj>7 .:punct>2",
            {"signed": "sign", "covering": "cover", "patents": "patent"},
            {"Mahindra": "ORG", "Renault": "ORG"},
            (("Mahindra", "partners", "Renault"),),
        ),
        # work done "under licence from" a firm partners it
        (
            "Tata Advanced Systems builds the engines under licence from Safran.",
            "NNP:compound>3 NNP:compound>3 NNPS:nsubj>4 VBZ:ROOT>0 DT:det>6 NNS:dobj>4 IN:prep>4 "
            "NN:pobj>7 IN:prep>8 NNP:pobj>9 .:punct>4",
            {"builds": "build", "engines": "engine"},
            {"Tata Advanced Systems": "ORG", "Safran": "GPE"},
            (("Tata Advanced Systems", "partners", "Safran"),),
        ),
        # and the licensee "by" names partners the owner of the goods
        (
            "The jets use GE's F414 engines, built under licence by Hanwha Aerospace in Changwon.",
            "DT:det>2 NNS:nsubj>3 VBP:ROOT>0 NNP:poss>7 POS:case>4 JJ:compound>7 NNS:dobj>3 "
            ",:punct>7 VBN:acl>7 IN:prep>9 NN:pobj>10 IN:prep>11 NNP:compound>14 NNP:pobj>12 "
            "IN:prep>11 NNP:pobj>15 .:punct>3",
            {"jets": "jet", "engines": "engine", "built": "build"},
            {"GE": "ORG", "Hanwha Aerospace": "ORG", "Changwon": "ORG"},
            (("Hanwha Aerospace", "partners", "GE Aerospace"),),
        ),
        # an acronym no finder knows that is a verb's subject is a firm
        (
            "BEML makes the rail cars under licence from Hyundai Rotem.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>5 NN:compound>5 NNS:dobj>2 IN:prep>2 NN:pobj>6 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 .:punct>2",
            {"makes": "make", "cars": "car"},
            {"Hyundai Rotem": "ORG"},
            (("BEML", "partners", "Hyundai Rotem"),),
        ),
        # each party with its country's possessive, the first read as a modifier of the second
        # and the second's country as the first's conjunct
        (*KOREA_S_HANWHA_AND, (("Kongsberg", "partners", "Hanwha Group"),)),
        # "it" after a launch, where what is said of it is said of a product
        (
            "Vivo unveiled the X200 Ultra. It competes with Samsung's Galaxy S25 Ultra.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 .:punct>2 PRP:nsubj>8 "
            "VBZ:ROOT>0 IN:prep>8 NNP:poss>14 POS:case>10 NNP:compound>14 NNP:compound>14 "
            "NNP:pobj>9 .:punct>8",
            {"unveiled": "unveil", "competes": "compete"},
            {"X200": "CARDINAL", "Samsung": "ORG", "S25 Ultra": "PERSON"},
            (("X200 Ultra", "competes", "Galaxy S25"),),
        ),
        (
            "AMD launched the MI355X on Thursday, pitching it as a cheaper alternative to "
            "Nvidia's B200.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 IN:prep>2 NNP:pobj>5 ,:punct>2 "
            "VBG:advcl>2 PRP:dobj>8 IN:prep>8 DT:det>13 JJR:amod>13 NN:pobj>10 IN:prep>13 "
            "NNP:poss>17 POS:case>15 NN:pobj>14 .:punct>2",
            {"launched": "launch", "pitching": "pitch", "cheaper": "cheap"},
            {"AMD": "ORG", "Thursday": "DATE", "Nvidia": "GPE", "B200": "CARDINAL"},
            (("MI355X", "competes", "B200"),),
        ),
        (
            "Cerulean launched its Helix-2 inference accelerator on Wednesday, pitching it as a "
            "cheaper alternative to Nvidia's H200.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>6 NNP:compound>5 NN:compound>6 NN:dobj>2 "
            "IN:prep>2 NNP:pobj>7 ,:punct>2 VBG:advcl>2 PRP:dobj>10 IN:prep>10 DT:det>15 "
            "JJR:amod>15 NN:pobj>12 IN:prep>15 NNP:poss>19 POS:case>17 NN:pobj>16 .:punct>2",
            {"launched": "launch", "pitching": "pitch", "cheaper": "cheap"},
            {"Cerulean": "ORG", "Wednesday": "DATE", "Nvidia": "GPE", "H200": "CARDINAL"},
            (("Helix-2", "competes", "H200"),),
        ),
        # a capital that a government works with stands for it
        (
            "Seoul will work with Washington to curb exports of memory chips to China.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 IN:prep>3 NNP:pobj>4 TO:aux>7 VB:advcl>3 "
            "NNS:dobj>7 IN:prep>8 NN:compound>11 NNS:pobj>9 IN:prep>7 NNP:pobj>12 .:punct>3",
            {"exports": "export", "chips": "chip"},
            {"Seoul": "GPE", "Washington": "GPE", "China": "GPE"},
            (("South Korea", "partners", "United States"),),
        ),
        # goods from firms that a firm's goods compete with, what is pitched against a
        # product, a firm battling firms
        (
            "Sorin's new drill will compete with rigs from Komatsu and Caterpillar.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>6 MD:aux>6 VB:ROOT>0 IN:prep>6 NNS:pobj>7 "
            "IN:prep>8 NNP:pobj>9 CC:cc>10 NNP:conj>10 .:punct>6",
            {"rigs": "rig"},
            {"Sorin": "ORG", "Komatsu": "ORG", "Caterpillar": "ORG"},
            [("Sorin", "competes", "Komatsu"), ("Sorin", "competes", "Caterpillar")],
        ),
        (
            "Kovio said the handset would compete with phones from Xiaomi and Oppo.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:nsubj>6 MD:aux>6 VB:ccomp>2 IN:prep>6 NNS:pobj>7 "
            "IN:prep>8 NNP:pobj>9 CC:cc>10 NNP:conj>10 .:punct>2",
            {"said": "say", "phones": "phone"},
            {"Kovio": "ORG", "Xiaomi": "GPE", "Oppo": "GPE"},
            [("Kovio", "competes", "Xiaomi"), ("Kovio", "competes", "Oppo")],
        ),
        (
            "Atlas Robotics is pitching the Vega-2 against ABB's YuMi.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBG:ROOT>0 DT:det>6 JJ:dobj>4 IN:prep>4 "
            "NNP:poss>10 POS:case>8 NNP:pobj>7 .:punct>4",
            {"is": "be", "pitching": "pitch"},
            {"Atlas Robotics": "PERSON", "Vega-2": "PRODUCT", "ABB": "ORG"},
            [("Vega-2", "competes", "YuMi")],
        ),
        (
            "Rivian is battling Lucid and Polestar for buyers in California.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NNP:dobj>3 CC:cc>4 NNP:conj>4 IN:prep>3 NNS:pobj>7 "
            "IN:prep>8 NNP:pobj>9 .:punct>3",
            {"is": "be", "battling": "battle", "buyers": "buyer"},
            {"Rivian": "NORP", "Lucid and Polestar": "WORK_OF_ART", "California": "GPE"},
            [("Rivian", "competes", "Lucid Group"), ("Rivian", "competes", "Polestar")],
        ),
        # a list of two, each with words that describe it, that the parser broke: the first
        # read as a modifier of the second, or as a second subject of the verb
        (
            "Power will come from a joint venture between Elsewedy and Chinese firm Sungrow.",
            "NN:nsubj>3 MD:aux>3 VB:ROOT>0 IN:prep>3 DT:det>7 JJ:amod>7 NN:pobj>4 IN:prep>7 "
            "NNP:nmod>13 CC:cc>9 JJ:amod>12 NN:conj>9 NNP:pobj>8 .:punct>3",
            {},
            {"Elsewedy": "PERSON", "Chinese": "NORP", "Sungrow": "ORG"},
            [("Sungrow Power Supply", "partners", "Elsewedy")],
        ),
        (
            "Robot maker Marisol Robotics and cloud provider Nordheim Cloud have teamed up.",
            "NN:compound>2 NN:nsubj>11 NNP:compound>4 NNP:appos>2 CC:cc>4 NN:compound>7 "
            "NN:compound>9 NNP:compound>9 NNP:nsubj>11 VBP:aux>11 VBN:ROOT>0 RP:prt>11 .:punct>11",
            {"teamed": "team"},
            {"Marisol Robotics": "ORG", "Nordheim Cloud": "ORG"},
            [("Marisol Robotics", "partners", "Nordheim Cloud")],
        ),
        # plants run as a joint venture "with" a firm; "the two" firms named last
        (
            "Samsung SDI runs joint-venture battery plants with Stellantis in Indiana.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 JJ:amod>6 HYPH:punct>6 NN:compound>8 "
            "NN:compound>8 NNS:dobj>3 IN:prep>8 NNP:pobj>9 IN:prep>8 NNP:pobj>11 .:punct>3",
            {"runs": "run", "plants": "plant"},
            {"Samsung": "ORG", "Stellantis": "ORG", "Indiana": "GPE"},
            [("Samsung SDI", "partners", "Stellantis")],
        ),
        (
            "Toyota took a stake in Lumera, and the two will jointly develop solid-state cells.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 ,:punct>2 CC:cc>2 "
            "DT:det>10 CD:nsubj>13 MD:aux>13 RB:advmod>13 VB:conj>2 JJ:amod>16 HYPH:punct>16 "
            "NN:compound>17 NNS:dobj>13 .:punct>13",
            {"took": "take", "cells": "cell"},
            {"Toyota": "ORG", "Lumera": "ORG", "two": "CARDINAL"},
            [("Lumera", "partners", "Toyota Motor")],
        ),
        (
            "Toyota and Honda posted results, while the two companies will jointly develop a chip.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 NNS:dobj>4 ,:punct>4 IN:mark>13 DT:det>10 "
            "CD:nummod>10 NNS:nsubj>13 MD:aux>13 RB:advmod>13 VB:advcl>4 DT:det>15 NN:dobj>13 "
            ".:punct>4",
            {"posted": "post", "results": "result", "companies": "company"},
            {"Toyota": "ORG", "Honda": "ORG", "two": "CARDINAL"},
            [("Toyota Motor", "partners", "Honda Motor")],
        ),
        # who joins a measure another leads partners the leader, who issues it
        (
            "The Netherlands and Japan have joined US-led restrictions on chip equipment sales "
            "to China.",
            "DT:det>2 NNP:nsubj>6 CC:cc>2 NNP:conj>2 VBP:aux>6 VBN:ROOT>0 NNP:npadvmod>9 "
            "HYPH:punct>9 VBN:amod>10 NNS:dobj>6 IN:prep>10 NN:compound>13 NN:compound>14 "
            "NNS:pobj>11 IN:prep>10 NNP:pobj>15 .:punct>6",
            {"joined": "join", "led": "lead", "restrictions": "restriction", "sales": "sale"},
            {"Netherlands": "GPE", "Japan": "GPE", "US": "GPE", "China": "GPE"},
            [
                ("Netherlands", "partners", "United States"),
                ("Japan", "partners", "United States"),
                ("United States", "issues", "restrictions"),
            ],
        ),
        # a list's last name the parser made a conjunct of the verb
        (
            "Nvidia is working with Foxconn and TSMC on robotics.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 IN:prep>3 NNP:pobj>4 CC:cc>3 NNP:conj>3 IN:prep>7 "
            "NNS:pobj>8 .:punct>3",
            {"is": "be", "working": "work", "robotics": "robotic"},
            {"Nvidia": "GPE", "Foxconn": "GPE", "TSMC": "ORG"},
            [("Nvidia", "partners", "TSMC")],
        ),
        # a name after a preposition that the parser read as an adverb
        (
            "Zeekr is co-developing the SEA-E architecture with Geely.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 DT:det>8 NNP:compound>7 HYPH:punct>7 "
            "NNP:compound>8 NN:dobj>3 IN:prep>3 RB:pcomp>9 .:punct>3",
            {"is": "be", "co-developing": "co-develop"},
            {"Zeekr": "ORG", "Geely": "ORG"},
            [("Zeekr", "partners", "Geely"), ("Geely", "develops", "SEA-E")],
        ),
        # a group's members "made up of" a list partner each other
        (
            "The coalition, made up of Telstra, Optus and Vocus, will lay a cable to Perth.",
            "DT:det>2 NN:nsubj>14 ,:punct>2 VBN:acl>2 RP:prt>4 IN:prep>4 NNP:pobj>6 ,:punct>7 "
            "NNP:conj>7 CC:cc>9 NNP:conj>9 ,:punct>2 MD:aux>14 VB:ROOT>0 DT:det>16 NN:dobj>14 "
            "IN:prep>14 NNP:pobj>17 .:punct>14",
            {"made": "make"},
            {"Telstra": "NORP", "Optus": "ORG", "Vocus": "ORG", "Perth": "GPE"},
            [
                ("Telstra", "partners", "Optus"),
                ("Telstra", "partners", "Vocus"),
                ("Optus", "partners", "Vocus"),
            ],
        ),
        # a group that "brings together" its members
        (
            "The alliance brings together Denso, Aisin and JTEKT to share chip designs.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 RB:advmod>3 NNP:dobj>3 ,:punct>5 NNP:conj>5 CC:cc>7 "
            "NNP:conj>7 TO:aux>11 VB:advcl>3 NN:compound>13 NNS:dobj>11 .:punct>3",
            {"brings": "bring", "designs": "design"},
            {"Denso": "GPE", "Aisin": "GPE", "JTEKT": "GPE"},
            [
                ("Denso", "partners", "Aisin"),
                ("Denso", "partners", "JTEKT"),
                ("Aisin", "partners", "JTEKT"),
            ],
        ),
        # a group's members on its possessive
        (
            "The alliance's members include Cisco, Arista and Juniper.",
            "DT:det>2 NN:poss>4 POS:case>2 NNS:nsubj>5 VBP:ROOT>0 NNP:dobj>5 ,:punct>6 NNP:conj>6 "
            "CC:cc>8 NNP:conj>8 .:punct>5",
            {"members": "member"},
            {"Cisco": "GPE", "Arista": "ORG", "Juniper": "ORG"},
            [
                ("Cisco", "partners", "Arista Networks"),
                ("Cisco", "partners", "Juniper Networks"),
                ("Arista Networks", "partners", "Juniper Networks"),
            ],
        ),
        # members of a group that "are" a list
        (
            "Members of the consortium are Vestas, Siemens Gamesa and Nordex.",
            "NNS:nsubj>5 IN:prep>1 DT:det>4 NN:pobj>2 VBP:ROOT>0 NNP:attr>5 ,:punct>6 "
            "NNP:compound>9 NNP:conj>6 CC:cc>9 NNP:conj>9 .:punct>5",
            {"Members": "member", "are": "be"},
            {"Vestas": "ORG", "Siemens Gamesa": "PERSON", "Nordex": "PERSON"},
            [
                ("Vestas", "partners", "Siemens Gamesa"),
                ("Vestas", "partners", "Nordex"),
                ("Siemens Gamesa", "partners", "Nordex"),
            ],
        ),
        # a collaboration "of" its members
        (
            "The programme is a collaboration of Thales, Leonardo and Indra.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 DT:det>5 NN:attr>3 IN:prep>5 NNP:pobj>6 ,:punct>7 "
            "NNP:conj>7 CC:cc>9 NNP:conj>9 .:punct>3",
            {"is": "be"},
            {"Thales": "ORG", "Leonardo": "PERSON", "Indra": "PERSON"},
            [
                ("Thales", "partners", "Leonardo"),
                ("Thales", "partners", "Indra"),
                ("Leonardo", "partners", "Indra"),
            ],
        ),
        # "with partners" beside the one who acts
        (
            "Rolls-Royce, with partners Babcock and BAE Systems, will build the reactors.",
            "NNP:compound>3 HYPH:punct>3 NNP:nsubj>13 ,:punct>3 IN:prep>3 NNS:pobj>5 NNP:appos>6 "
            "CC:cc>7 NNP:compound>10 NNPS:conj>7 ,:punct>3 MD:aux>13 VB:ROOT>0 DT:det>15 "
            "NNS:dobj>13 .:punct>13",
            {"partners": "partner", "reactors": "reactor"},
            {"Rolls-Royce": "ORG", "Babcock": "PERSON", "BAE Systems": "ORG"},
            [("Babcock", "partners", "Rolls-Royce"), ("BAE Systems", "partners", "Rolls-Royce")],
        ),
        # "alongside partner" hung on the verb"s object
        (
            "Enel will build the solar park alongside partner Masdar.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>6 JJ:amod>6 NN:dobj>3 IN:prep>3 NN:compound>9 "
            "NNP:pobj>7 .:punct>3",
            {},
            {"Masdar": "PRODUCT"},
            [("Masdar", "partners", "Enel")],
        ),
        # the one with whose help a firm builds
        (
            "Orsted will build the wind farm with the help of Japan's JERA.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>6 NN:compound>6 NN:dobj>3 IN:prep>3 DT:det>9 "
            "NN:pobj>7 IN:prep>9 NNP:poss>13 POS:case>11 NNP:pobj>10 .:punct>3",
            {},
            {"Japan": "GPE", "JERA": "ORG"},
            [("Orsted", "partners", "JERA")],
        ),
        # a deal struck to supply names its other party in the supplying (the parser hung
        # the infinitive as a relative clause)
        (
            "Continental struck a deal to supply brake systems to Stellantis.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 TO:aux>6 VB:relcl>4 NN:compound>8 "
            "NNS:dobj>6 IN:prep>6 NNP:pobj>9 .:punct>2",
            {"struck": "strike", "systems": "system"},
            {"Continental": "ORG", "Stellantis": "ORG"},
            (("Continental", "partners", "Stellantis"),),
        ),
        # a lone party works jointly with the one its first act names
        (
            "Suzuki agreed to invest in SkyDrive and jointly develop flying cars.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 IN:prep>4 NNP:pobj>5 CC:cc>4 RB:advmod>9 "
            "VB:conj>4 VBG:amod>11 NNS:dobj>9 .:punct>2",
            {"agreed": "agree", "flying": "fly", "cars": "car"},
            {"Suzuki": "PERSON", "SkyDrive": "ORG"},
            (("Suzuki", "partners", "SkyDrive"),),
        ),
        # a lone party agrees with the one its first act names
        (
            "Hitachi acquired a stake in Ampere and agreed to partner on servers.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 CC:cc>2 VBD:conj>2 "
            "TO:aux>10 VB:xcomp>8 IN:prep>10 NNS:pobj>11 .:punct>2",
            {"acquired": "acquire", "agreed": "agree", "servers": "server"},
            {"Hitachi": "ORG", "Ampere": "GPE"},
            (("Hitachi", "partners", "Ampere Computing"),),
        ),
        # goods bought from a seller under a deal: buyer and seller partner
        (
            "Meta bought compute from Nebius under a five-year deal.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 NNP:pobj>4 IN:prep>2 DT:det>11 "
            "CD:nummod>10 HYPH:punct>10 NN:compound>11 NN:pobj>6 .:punct>2",
            {"bought": "buy"},
            {"Meta": "ORG", "Nebius": "ORG", "five-year": "DATE"},
            (("Meta Platforms", "partners", "Nebius Group"),),
        ),
        # who sets up a named group joins it
        (
            "Telstra, Optus and TPG founded the Australian Open RAN Consortium.",
            "NNP:nsubj>6 ,:punct>1 NNP:conj>1 CC:cc>3 NNP:conj>3 VBD:ROOT>0 DT:det>11 "
            "NNP:compound>9 NNP:compound>11 NNP:compound>11 NNP:dobj>6 .:punct>6",
            {"founded": "found"},
            {
                "Telstra": "NORP",
                "Optus": "ORG",
                "TPG": "ORG",
                "the Australian Open RAN Consortium": "EVENT",
            },
            (
                ("Telstra", "partners", "Australian Open RAN Consortium"),
                ("TPG", "partners", "Australian Open RAN Consortium"),
            ),
        ),
        # those whose joint undertaking it is
        (
            "The utility received a joint bid from Fortum and Vattenfall.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 DT:det>6 JJ:amod>6 NN:dobj>3 IN:prep>6 NNP:pobj>7 "
            "CC:cc>8 NNP:conj>8 .:punct>3",
            {"received": "receive"},
            {"Fortum": "ORG", "Vattenfall": "ORG"},
            (("Fortum", "partners", "Vattenfall"),),
        ),
        # a group's members, the list the parser went on with in apposition
        (
            "A consortium of Brazil's Embraer, Portugal's OGMA and Spain's Indra will build the "
            "jets.",
            "DT:det>2 NN:nsubj>16 IN:prep>2 NNP:poss>6 POS:case>4 NNP:pobj>3 ,:punct>6 "
            "NNP:poss>10 POS:case>8 NNP:appos>2 CC:cc>10 NNP:poss>14 POS:case>12 NNP:conj>10 "
            "MD:aux>16 VB:ROOT>0 DT:det>18 NNS:dobj>16 .:punct>16",
            {"jets": "jet"},
            {
                "Brazil": "GPE",
                "Embraer": "ORG",
                "Portugal": "GPE",
                "OGMA": "ORG",
                "Spain": "GPE",
                "Indra": "ORG",
            },
            (("Embraer", "partners", "OGMA"), ("OGMA", "partners", "Indra")),
        ),
        # who made what a firm owns, no other maker named, is the firm
        (
            "Telvora built the network on its own radios, developed in collaboration with "
            "Qualcomm.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 PRP$:poss>8 JJ:amod>8 NNS:pobj>5 "
            ",:punct>8 VBN:acl>8 IN:prep>10 NN:pobj>11 IN:prep>12 NNP:pobj>13 .:punct>2",
            {"built": "build", "radios": "radio", "developed": "develop"},
            {"Telvora": "ORG", "Qualcomm": "ORG"},
            (("Telvora", "partners", "Qualcomm"),),
        ),
    ],
)
def test_partners_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (*VELMAR_THERAPEUTICS_HAS_SUED, (("Amgen", "part_of", "Velmar Therapeutics"),)),
        (
            "Sabina Bank agreed to sell its card unit to Westmark Group.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 PRP$:poss>8 NN:compound>8 "
            "NN:dobj>5 IN:dative>5 NNP:compound>11 NNP:pobj>9 .:punct>3",
            {"agreed": "agree"},
            {"Sabina Bank": "ORG", "Westmark Group": "ORG"},
            (("Sabina Bank", "partners", "Westmark Group"),),
        ),
        (
            "Torvik did not sign the agreement with Siemens.",
            "NNP:nsubj>4 VBD:aux>4 RB:neg>4 VB:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 NNP:pobj>7 "
            ".:punct>4",
            {"did": "do"},
            {"Torvik": "ORG", "Siemens": "ORG"},
            (("Torvik", "partners", "Siemens"),),
        ),
        (
            "Airbus and Boeing are not partners.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBP:ROOT>0 RB:neg>4 NNS:attr>4 .:punct>4",
            {"are": "be", "partners": "partner"},
            {"Airbus": "ORG", "Boeing": "ORG"},
            (("Airbus", "partners", "Boeing"),),
        ),
        # the partners a firm counts among its own are not each other's
        (
            "The startup counts Lumera Labs and Vantor Systems among its partners.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNP:compound>5 NNPS:dobj>3 CC:cc>5 NNP:compound>8 "
            "NNPS:conj>5 IN:prep>3 PRP$:poss>11 NNS:pobj>9 .:punct>3",
            {"counts": "count", "partners": "partner"},
            {"Lumera Labs": "ORG", "Vantor Systems": "ORG"},
            (("Lumera Labs", "partners", "Vantor Systems"),),
        ),
        # a country the partnership's purpose reaches is no party
        (
            "Dunmore Telecom and Skylark announced a partnership to bring broadband to Kenya.",
            "NNP:compound>2 NNP:nsubj>5 CC:cc>2 NNP:conj>2 VBD:ROOT>0 DT:det>7 NN:dobj>5 TO:aux>9 "
            "VB:acl>7 NN:dobj>9 IN:prep>9 NNP:pobj>11 .:punct>5",
            {"announced": "announce"},
            {"Skylark": "ORG", "Kenya": "GPE"},
            (("Dunmore Telecom", "partners", "Kenya"), ("Skylark", "partners", "Kenya")),
        ),
        # selling in a market together is no supply to the partner
        (
            "Brisa Motors signed a partnership with Aldane Power to sell scooters in Vietnam.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:compound>8 "
            "NNP:pobj>6 TO:aux>10 VB:advcl>3 NNS:dobj>10 IN:prep>10 NNP:pobj>12 .:punct>3",
            {"signed": "sign", "scooters": "scooter"},
            {"Brisa Motors": "ORG", "Aldane Power": "PERSON", "Vietnam": "GPE"},
            (("Brisa Motors", "supplies", "Aldane Power"),),
        ),
        # money put in is no part taken
        (
            "Enel will build a solar park in Chile, with the state contributing $300 million.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>6 JJ:amod>6 NN:dobj>3 IN:prep>3 NNP:pobj>7 "
            ",:punct>3 IN:prep>3 DT:det>12 NN:nsubj>13 VBG:pcomp>10 $:quantmod>16 CD:compound>16 "
            "CD:dobj>13 .:punct>3",
            {"contributing": "contribute"},
            {"Chile": "GPE"},
            (("Enel", "partners", "Chile"),),
        ),
        # a firm that joins a firm becomes part of it
        (
            "Once the merger closes, Slack will join Salesforce.",
            "IN:mark>4 DT:det>3 NN:nsubj>4 VBZ:advcl>8 ,:punct>8 NNP:nsubj>8 MD:aux>8 VB:ROOT>0 "
            "NNP:dobj>8 .:punct>8",
            {"closes": "close"},
            {"Slack": "ORG", "Salesforce": "ORG"},
            (("Slack", "partners", "Salesforce"),),
        ),
        # a firm's country is no party to the firm's agreement
        (
            "Stellantis signed a memorandum with Korea's SK On to build battery plants.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:poss>8 POS:case>6 NNP:pobj>5 "
            "IN:prt>2 TO:aux>11 VB:advcl>2 NN:compound>13 NNS:dobj>11 .:punct>2",
            {"signed": "sign", "plants": "plant"},
            {"Stellantis": "ORG", "Korea": "GPE"},
            (("Stellantis", "partners", "South Korea"),),
        ),
        # a country a venture's purpose names is no party
        (
            "Foxconn and SoftBank are partnering to build Japan's first AI server plant in Sakai.",
            "NNP:nsubj>5 CC:cc>1 NNP:conj>1 VBP:aux>5 VBG:ROOT>0 TO:aux>7 VB:xcomp>5 NNP:poss>13 "
            "POS:case>8 JJ:amod>13 NNP:compound>12 NN:compound>13 NN:dobj>7 IN:prep>7 NNP:pobj>14 "
            ".:punct>5",
            {"are": "be", "partnering": "partner"},
            {"Foxconn": "GPE", "SoftBank": "ORG", "Japan": "GPE", "AI": "GPE", "Sakai": "LOC"},
            (("Foxconn", "partners", "Japan"), ("SoftBank Group", "partners", "Japan")),
        ),
        # two parties of a headline that agree on nothing
        (
            "Samsung, Apple see weaker phone sales",
            "NNP:nsubj>4 ,:punct>4 NNP:nsubj>4 VBP:ROOT>0 JJR:amod>7 NN:compound>7 NNS:dobj>4",
            {"weaker": "weak", "sales": "sale"},
            {"Samsung": "ORG", "Apple": "ORG"},
            (("Samsung Electronics", "partners", "Apple"),),
        ),
        # what an agreement's relative clause says it does names no party
        (
            "Japan and the United States reached a trade agreement that cuts tariffs on Toyota "
            "cars.",
            "NNP:nsubj>6 CC:cc>1 DT:det>5 NNP:compound>5 NNP:conj>1 VBD:ROOT>0 DT:det>9 "
            "NN:compound>9 NN:dobj>6 WDT:nsubj>11 VBZ:relcl>9 NNS:dobj>11 IN:prep>11 "
            "NNP:compound>15 NNS:pobj>13 .:punct>6",
            {"reached": "reach", "cuts": "cut", "tariffs": "tariff", "cars": "car"},
            {"Japan": "GPE", "the United States": "GPE", "Toyota": "ORG"},
            (("Japan", "partners", "Toyota Motor"),),
        ),
        # two parties opening a text that agree on nothing
        (
            "Intel, AMD have lost ground to Nvidia in data centres",
            "NNP:nsubj>5 ,:punct>5 NNP:nsubj>5 VBP:aux>5 VBN:ROOT>0 NN:dobj>5 IN:prep>5 "
            "NNP:pobj>7 IN:prep>5 NN:compound>11 NNS:pobj>9",
            {"lost": "lose", "centres": "centre"},
            {"Intel": "ORG", "AMD": "ORG", "Nvidia": "GPE"},
            (("Intel", "partners", "AMD"),),
        ),
        # each signing a pact of its own
        (
            "Chile and Peru each signed a trade pact with Canada.",
            "NNP:nsubj>5 CC:cc>1 NNP:conj>1 DT:appos>1 VBD:ROOT>0 DT:det>8 NN:compound>8 "
            "NN:dobj>5 IN:prep>8 NNP:pobj>9 .:punct>5",
            {"signed": "sign"},
            {"Chile": "GPE", "Peru": "GPE", "Canada": "GPE"},
            (("Chile", "partners", "Peru"),),
        ),
        # several agreements may be one each
        (
            "Tokyo Electron and Renesas Electronics signed agreements with Tata Electronics.",
            "NNP:nmod>2 NNP:nsubj>6 CC:cc>2 NNP:compound>5 NNPS:conj>2 VBD:ROOT>0 NNS:dobj>6 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 .:punct>6",
            {"signed": "sign", "agreements": "agreement"},
            {"Tokyo Electron": "ORG", "Renesas Electronics": "ORG", "Tata Electronics": "ORG"},
            (("Tokyo Electron", "partners", "Renesas Electronics"),),
        ),
        # what a signed agreement allows names no party of it
        (
            "Saudi Arabia and Qatar signed an agreement allowing Aramco to buy Siemens turbines.",
            "NNP:compound>2 NNP:nsubj>5 CC:cc>2 NNP:conj>2 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            "VBG:acl>7 NNP:nsubj>11 TO:aux>11 VB:ccomp>8 NNP:compound>13 NNS:dobj>11 .:punct>5",
            {"signed": "sign", "allowing": "allow", "turbines": "turbine"},
            {"Saudi Arabia": "GPE", "Qatar": "GPE", "Aramco": "ORG", "Siemens": "ORG"},
            (("Saudi Arabia", "partners", "Saudi Aramco"), ("Qatar", "partners", "Siemens")),
        ),
        # a group of firms is none of them
        (*INTEL_AND_AMD_ARE, (("AMD", "part_of", "Intel"),)),
        (*SIEMENS_AND_BOSCH_ARE, (("Bosch", "part_of", "Siemens"),)),
        # a framework launched together is no agreement
        (
            "Nvidia and Microsoft launched a framework for AI agents.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 "
            "NNP:compound>9 NNS:pobj>7 .:punct>4",
            {"launched": "launch", "agents": "agent"},
            {"Nvidia": "GPE", "Microsoft": "ORG", "AI": "ORG"},
            (("Nvidia", "partners", "Microsoft"),),
        ),
        # countries in one group are not partners for it
        (
            "Japan and China are members of the group.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBP:ROOT>0 NNS:attr>4 IN:prep>5 DT:det>8 NN:pobj>6 "
            ".:punct>4",
            {"are": "be", "members": "member"},
            {"Japan": "GPE", "China": "GPE"},
            (("Japan", "partners", "China"),),
        ),
        # the cause of what is agreed names no party: a penalty paid for shipping to Huawei
        (
            "Seagate agreed to pay a $300 million penalty for shipping hard drives to Huawei.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 DT:det>9 $:quantmod>8 CD:compound>8 "
            "CD:nummod>9 NN:dobj>4 IN:prep>9 VBG:pcomp>10 JJ:amod>13 NNS:dobj>11 IN:prep>11 "
            "NNP:pobj>14 .:punct>2",
            {"agreed": "agree", "shipping": "ship", "drives": "drive"},
            {"Seagate": "ORG", "Huawei": "ORG"},
            (("Seagate Technology", "partners", "Huawei"),),
        ),
        (*NVIDIA_S_THAI_PARTNER, (("Siam AI", "part_of", "Nvidia"),)),
        # a purchase under an agreement is no partnership
        (
            "Toyota will acquire Hino Motors under an agreement announced on Monday.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:compound>5 NNPS:dobj>3 IN:prep>3 DT:det>8 "
            "NN:pobj>6 VBN:acl>8 IN:prep>9 NNP:pobj>10 .:punct>3",
            {"announced": "announce"},
            {"Toyota": "ORG", "Hino Motors": "ORG"},
            (("Toyota Motor", "partners", "Hino Motors"),),
        ),
        # a government licensing exports partners no firm
        (
            "Washington licensed Nvidia's H20 chips for export to China.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>6 POS:case>3 NNP:compound>6 NNS:dobj>2 IN:prep>2 "
            "NN:pobj>7 IN:prep>8 NNP:pobj>9 .:punct>2",
            {"licensed": "license", "chips": "chip"},
            {"Washington": "GPE", "Nvidia": "GPE", "China": "GPE"},
            (("United States", "partners", "Nvidia"),),
        ),
        # a description is not the firm the text is about when that firm is first named after it in
        # the same sentence
        (
            "The venture is owned by Tata Electronics, Powerchip and Tower.",
            "DT:det>2 NN:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:compound>7 "
            "NNP:pobj>5 ,:punct>7 NNP:conj>7 CC:cc>9 NNP:conj>9 .:punct>4",
            {"is": "be", "owned": "own"},
            {"Tata Electronics,": "ORG", "Powerchip": "GPE", "Tower": "GPE"},
            (("Tata Electronics", "part_of", "PSMC"),),
        ),
        # the name in apposition to a venture's members is the venture, not a member
        (
            "The joint venture between Stellantis and Samsung SDI, StarPlus Energy, will build a "
            "second plant.",
            "DT:det>3 JJ:amod>3 NN:nsubj>14 IN:prep>3 NNP:pobj>4 CC:cc>5 NNP:compound>8 "
            "NNP:conj>5 ,:punct>8 NNP:compound>11 NNP:appos>5 ,:punct>3 MD:aux>14 VB:ROOT>0 "
            "DT:det>17 JJ:amod>17 NN:dobj>14 .:punct>14",
            {},
            {"Stellantis": "ORG", "Samsung": "ORG", "StarPlus Energy": "ORG"},
            (
                ("Stellantis", "partners", "StarPlus Energy"),
                ("Samsung SDI", "partners", "StarPlus Energy"),
            ),
        ),
        # those who sign on as another's partners do not partner each other
        (
            "Acer, Asus and MSI signed on as launch partners with their own desktops.",
            "NNP:nsubj>6 ,:punct>1 NNP:conj>1 CC:cc>3 NNP:conj>3 VBN:ROOT>0 RP:prt>6 IN:prep>6 "
            "NN:compound>10 NNS:pobj>8 IN:prep>10 PRP$:poss>14 JJ:amod>14 NNS:pobj>11 .:punct>6",
            {"signed": "sign", "partners": "partner", "desktops": "desktop"},
            {"Asus": "PRODUCT", "MSI": "ORG"},
            (("Acer", "partners", "Asus"),),
        ),
        # a partner sought is no partner yet
        (
            "Kia said it would keep looking for a partner in Brazil after talks with BYD ended.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP:nsubj>5 MD:aux>5 VB:ccomp>2 VBG:xcomp>5 IN:prep>6 "
            "DT:det>9 NN:pobj>7 IN:prep>9 NNP:pobj>10 IN:mark>16 NNS:nsubj>16 IN:prep>13 "
            "NNP:pobj>14 VBD:advcl>5 .:punct>2",
            {"said": "say", "looking": "look", "talks": "talk", "ended": "end"},
            {"Kia": "ORG", "Brazil": "GPE", "BYD": "ORG"},
            (("Kia", "partners", "BYD"),),
        ),
        # the venture the parties take shares of is no party to their agreement
        (
            "Humain and Naver Cloud agreed to build a data centre, with each company taking 50% of "
            "the project company, Najd Compute.",
            "NNP:nsubj>5 CC:cc>1 NNP:compound>4 NNP:conj>1 VBD:ROOT>0 TO:aux>7 VB:xcomp>5 "
            "DT:det>10 NN:compound>10 NN:dobj>7 ,:punct>7 IN:prep>7 DT:det>14 NN:nsubj>15 "
            "VBG:pcomp>12 CD:nummod>17 NN:dobj>15 IN:prep>17 DT:det>21 NN:compound>21 NN:pobj>18 "
            ",:punct>21 NNP:compound>24 NNP:appos>21 .:punct>5",
            {"agreed": "agree", "taking": "take"},
            {"Humain": "ORG", "Naver Cloud": "ORG", "Najd Compute": "ORG"},
            (("Humain", "partners", "Najd Compute"), ("Naver Cloud", "partners", "Najd Compute")),
        ),
        # one taking part in a round the subject raised invests, and is no partner
        (
            "Quantix raised $62 million in a Series B round co-led by Sequoia and Accel, with "
            "Temasek also taking part.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>10 "
            "NNP:compound>9 NNP:compound>10 NN:pobj>6 VBN:acl>10 IN:agent>11 NNP:pobj>12 CC:cc>13 "
            "NNP:conj>13 ,:punct>2 IN:prep>2 NNP:nsubj>20 RB:advmod>20 VBG:pcomp>17 NN:dobj>20 "
            ".:punct>2",
            {"raised": "raise", "co-led": "co-le", "taking": "take"},
            {"Sequoia": "PERSON"},
            (("Quantix", "partners", "Temasek"),),
        ),
        # two names joined by "and" before a verb that names another party are not each other's
        # partners
        (
            "Ford and GM sign supply deals with battery makers",
            "NNP:nmod>6 CC:cc>1 NNP:conj>1 NN:compound>6 NN:compound>6 NNS:ROOT>0 IN:prep>6 "
            "NN:compound>9 NNS:pobj>7",
            {"deals": "deal", "makers": "maker"},
            {"Ford": "ORG", "GM": "ORG"},
            (("Ford", "partners", "General Motors"),),
        ),
        # a regulator's licence makes no partner
        (
            "Revolut operates in Britain under a banking licence from the PRA, which regulates "
            "Barclays.",
            "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:pobj>3 IN:prep>2 DT:det>8 NN:compound>8 "
            "NN:pobj>5 IN:prep>8 DT:det>11 NNP:pobj>9 ,:punct>11 WDT:nsubj>14 VBZ:relcl>11 "
            "NNP:dobj>14 .:punct>2",
            {"operates": "operate", "regulates": "regulate"},
            {"Revolut": "ORG", "Britain": "GPE", "PRA": "ORG"},
            (("Revolut", "partners", "PRA"),),
        ),
        # work done under licence is agreed with no one the verb sells to
        (
            "Apple sells iPhones made under licence by Foxconn to Verizon.",
            "NNP:nsubj>2 VBZ:ROOT>0 NNPS:dobj>2 VBN:acl>3 IN:prep>4 NN:pobj>5 IN:agent>4 "
            "NNP:pobj>7 IN:prep>4 NNP:pobj>9 .:punct>2",
            {"sells": "sell", "made": "make"},
            {"Apple": "ORG", "iPhones": "ORG", "Foxconn": "GPE", "Verizon": "GPE"},
            (("Foxconn", "partners", "Verizon"),),
        ),
        # the country of a party's possessive is no party, where the parser coordinated it
        (
            *KOREA_S_HANWHA_AND,
            (("Hanwha Group", "partners", "Norway"), ("Kongsberg", "partners", "Norway")),
        ),
        # two subjects with no "and" between them are no list: a headline and its story
        (
            "Kovex to buy Nordlys -- automation group Kovex Technologies agreed to acquire "
            "Nordlys.",
            "NNP:nsubj>10 TO:aux>3 VB:acl>1 NNP:dobj>3 ::punct>10 NN:compound>7 NN:compound>9 "
            "NNP:compound>9 NNP:nsubj>10 VBD:ROOT>0 TO:aux>12 VB:xcomp>10 NNP:dobj>12 .:punct>10",
            {"agreed": "agree"},
            {"Kovex": "ORG", "Kovex Technologies": "ORG", "Nordlys": "ORG"},
            [
                ("Kovex", "partners", "Kovex Technologies"),
                ("Kovex Technologies", "partners", "Kovex"),
            ],
        ),
        # a joint venture called off makes no partners
        (
            "Samsung SDI called off a planned joint venture with Stellantis.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 RP:prt>3 DT:det>8 VBN:amod>8 JJ:amod>8 "
            "NN:dobj>3 IN:prep>8 NNP:pobj>9 .:punct>3",
            {"called": "call", "planned": "plan"},
            {"Samsung": "ORG", "Stellantis": "ORG"},
            [("Samsung SDI", "partners", "Stellantis"), ("Stellantis", "partners", "Samsung SDI")],
        ),
        # following trends another leads is no partnership
        (
            "Xiaomi followed Apple-led design trends.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:npadvmod>5 HYPH:punct>5 VBN:amod>7 NN:compound>7 "
            "NNS:dobj>2 .:punct>2",
            {"followed": "follow", "led": "lead", "trends": "trend"},
            {"Xiaomi": "PERSON", "Apple": "ORG"},
            [("Xiaomi", "partners", "Apple"), ("Apple", "partners", "Xiaomi")],
        ),
        # "two of their suppliers" are not the two firms named before
        (
            "Apple and Samsung reported results. Two of their suppliers will jointly develop a "
            "sensor.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 NNS:dobj>4 .:punct>4 CD:nsubj>13 IN:prep>7 "
            "PRP$:poss>10 NNS:pobj>8 MD:aux>13 RB:advmod>13 VB:ROOT>0 DT:det>15 NN:dobj>13 "
            ".:punct>13",
            {"reported": "report", "results": "result", "suppliers": "supplier"},
            {"Apple": "ORG", "Samsung": "ORG", "Two": "CARDINAL"},
            [
                ("Apple", "partners", "Samsung Electronics"),
                ("Samsung Electronics", "partners", "Apple"),
            ],
        ),
        # what an agreement that names its parties is for names no party
        (
            "Saudi Arabia signed deals with Nvidia and AMD to supply chips to Humain.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNS:dobj>3 IN:prep>4 NNP:pobj>5 CC:cc>6 "
            "NNP:conj>6 TO:aux>10 VB:advcl>3 NNS:dobj>10 IN:prep>10 NNP:pobj>12 .:punct>3",
            {"signed": "sign", "deals": "deal", "chips": "chip"},
            {"Saudi Arabia": "GPE", "Nvidia": "GPE", "AMD": "ORG", "Humain": "ORG"},
            (("Saudi Arabia", "partners", "Humain"),),
        ),
        # a fight in court is no rivalry
        (
            "Apple's patent war with Masimo dragged on.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>7 IN:prep>4 NNP:pobj>5 VBD:ROOT>0 "
            "RP:prt>7 .:punct>7",
            {"dragged": "drag"},
            {"Apple": "ORG", "Masimo": "PERSON"},
            (("Apple", "competes", "Masimo"),),
        ),
        # a tie ended with a partner is no partnership, nor is one denied
        (
            "Lotus parted ways with partner Geely after the dispute.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:compound>6 NNP:pobj>4 IN:prep>2 "
            "DT:det>9 NN:pobj>7 .:punct>2",
            {"parted": "part", "ways": "way"},
            {"Lotus": "ORG"},
            (("Geely", "partners", "Lotus"), ("Lotus", "partners", "Geely")),
        ),
        (
            "Sony denied working with partners Honda and Nissan on the car.",
            "NNP:nsubj>2 VBD:ROOT>0 VBG:xcomp>2 IN:prep>3 NNS:compound>6 NNP:pobj>4 CC:cc>6 "
            "NNP:conj>6 IN:prep>3 DT:det>11 NN:pobj>9 .:punct>2",
            {"denied": "deny", "working": "work", "partners": "partner"},
            {"Sony": "ORG", "Honda": "ORG", "Nissan": "ORG"},
            (("Honda Motor", "partners", "Sony Group"), ("Nissan Motor", "partners", "Sony Group")),
        ),
        # a loose group made up of members makes them no partners
        (
            "The G7 group, comprising the US, Japan and Germany, met in Canada.",
            "DT:det>3 NNP:compound>3 NN:nsubj>13 ,:punct>3 VBG:acl>3 DT:det>7 NNP:dobj>5 "
            ",:punct>7 NNP:conj>7 CC:cc>9 NNP:conj>9 ,:punct>3 VBD:ROOT>0 IN:prep>13 NNP:pobj>14 "
            ".:punct>13",
            {"comprising": "comprise", "met": "meet"},
            {"G7": "ORG", "US": "GPE", "Japan": "GPE", "Germany": "GPE", "Canada": "GPE"},
            (("United States", "partners", "Japan"), ("Japan", "partners", "Germany")),
        ),
        # (another subject's agreeing is not with the ones the first clause names)
        (
            "Nokia is fighting Ericsson for contracts, and Vodafone has agreed to test the radios.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NNP:dobj>3 IN:prep>3 NNS:pobj>5 ,:punct>3 CC:cc>3 "
            "NNP:nsubj>11 VBZ:aux>11 VBN:conj>3 TO:aux>13 VB:xcomp>11 DT:det>15 NNS:dobj>13 "
            ".:punct>11",
            {
                "is": "be",
                "fighting": "fight",
                "contracts": "contract",
                "has": "have",
                "agreed": "agree",
                "radios": "radio",
            },
            {"Nokia": "ORG", "Ericsson": "PERSON", "Vodafone": "ORG"},
            (("Vodafone", "partners", "Ericsson"),),
        ),
        # (a lone party agreeing to an act of its own partners no one)
        (
            "Intel lost Apple as a customer and agreed to cut 15,000 jobs.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 DT:det>6 NN:pobj>4 CC:cc>2 VBD:conj>2 "
            "TO:aux>10 VB:xcomp>8 CD:nummod>12 NNS:dobj>10 .:punct>2",
            {"lost": "lose", "agreed": "agree", "jobs": "job"},
            {"Intel": "ORG", "Apple": "ORG", "15,000": "CARDINAL"},
            (("Intel", "partners", "Apple"),),
        ),
        # (assets bought under a deal are a sale, no partnership)
        (
            "Equinor bought offshore wind assets from Orsted under a deal worth $2 billion.",
            "NN:nsubj>2 VBD:ROOT>0 JJ:amod>5 NN:compound>5 NNS:dobj>2 IN:prep>2 NNP:pobj>6 "
            "IN:prep>2 DT:det>10 NN:pobj>8 JJ:amod>10 $:quantmod>14 CD:compound>14 CD:npadvmod>11 "
            ".:punct>2",
            {"bought": "buy", "assets": "asset"},
            {"Orsted": "ORG", "$2 billion": "MONEY"},
            (("Equinor", "partners", "Orsted"),),
        ),
    ],
)
def test_partners_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)
