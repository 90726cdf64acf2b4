"""Measures, their issuers and their targets: "export controls targeting China", "added to
the Entity List by the Commerce Department", "under export rules the Commerce Department
issued", on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

#: Sentences parsed by hand that more than one case reads.
WASHINGTON_IMPOSED_NEW_EXPORT = (
    "Washington imposed new export controls targeting China.",
    "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>5 NN:compound>5 NNS:dobj>2 VBG:acl>5 NNP:dobj>6 .:punct>2",
    {"imposed": "impose", "controls": "control", "targeting": "target"},
)

THE_COMMERCE_DEPARTMENT_TOLD = (
    "The Commerce Department told AMD that sales of its MI308 would require a licence.",
    "DT:det>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 NNP:dobj>4 IN:mark>12 NNS:nsubj>12 "
    "IN:prep>7 PRP$:poss>10 NN:pobj>8 MD:aux>12 VB:ccomp>4 DT:det>14 NN:dobj>12 .:punct>4",
    {"told": "tell", "sales": "sale"},
)

MICRON_CANNOT_SHIP_HBM = (
    "Micron cannot ship HBM to China under export rules the Commerce Department issued.",
    "NNP:nsubj>4 MD:aux>4 RB:neg>4 VB:ROOT>0 NNP:dobj>4 IN:prep>4 NNP:pobj>6 IN:prep>4 "
    "NN:compound>10 NNS:pobj>8 DT:det>13 NNP:compound>13 NNP:nsubj>14 VBD:relcl>10 "
    ".:punct>4",
    {"rules": "rule", "issued": "issue"},
)

JAPAN_TIGHTENED_ITS_RULES = (
    "Japan tightened its rules, requiring licences for exports of chip tools.",
    "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NNS:dobj>2 ,:punct>2 VBG:advcl>2 NNS:dobj>6 "
    "IN:prep>7 NNS:pobj>8 IN:prep>9 NN:compound>12 NNS:pobj>10 .:punct>2",
    {
        "tightened": "tighten",
        "rules": "rule",
        "requiring": "require",
        "licences": "licence",
        "exports": "export",
        "tools": "tool",
    },
)

THE_EU_ADOPTED_ITS = (
    "The EU adopted its 20th package of Russia sanctions on Tuesday.",
    "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>6 JJ:amod>6 NN:dobj>3 IN:prep>6 "
    "NNP:compound>9 NNS:pobj>7 IN:prep>3 NNP:pobj>10 .:punct>3",
    {"adopted": "adopt", "sanctions": "sanction"},
    {"EU": "ORG", "Russia": "GPE"},
)


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # passive added to a list: the measure and its issuer restrict
        (
            "Sophgo was added to the Entity List by the Commerce Department.",
            "NNP:nsubjpass>3 VBD:auxpass>3 VBN:ROOT>0 IN:prep>3 DT:det>7 NNP:compound>7 NNP:pobj>4 "
            "IN:agent>3 DT:det>11 NNP:compound>11 NNP:pobj>8 .:punct>3",
            {"was": "be", "added": "add"},
            ("US Commerce Department", "restricts", "Sophgo"),
        ),
        # a measure's issuer and its target
        (*WASHINGTON_IMPOSED_NEW_EXPORT, ("export controls", "restricts", "China")),
        (*WASHINGTON_IMPOSED_NEW_EXPORT, ("United States", "issues", "export controls")),
        # the actor restricts what its measure targets
        (*WASHINGTON_IMPOSED_NEW_EXPORT, ("United States", "restricts", "China")),
        # what a licence is demanded of is restricted by it
        (*THE_COMMERCE_DEPARTMENT_TOLD, ("licence", "restricts", "Instinct MI308")),
        # a government that informs of a measure issues it
        (*THE_COMMERCE_DEPARTMENT_TOLD, ("US Commerce Department", "issues", "licence")),
        # a measure the sale is not allowed under restricts the goods
        (*MICRON_CANNOT_SHIP_HBM, ("export rules", "restricts", "HBM")),
        (*MICRON_CANNOT_SHIP_HBM, ("US Commerce Department", "issues", "export rules")),
        # a subsidy for something is an investment by its issuer
        (
            "Brussels approved a German subsidy for Intel's Magdeburg fab.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 JJ:amod>5 NN:dobj>2 IN:prep>5 NNP:poss>10 POS:case>7 "
            "NNP:compound>10 NNP:pobj>6 .:punct>2",
            {"approved": "approve"},
            ("Germany", "invests", "Intel"),
        ),
        # a government that requires licences issues them
        (*JAPAN_TIGHTENED_ITS_RULES, ("Japan", "issues", "licences")),
        # a measure's target may hang on the verb that imposes it
        (
            "Washington raised tariffs on Korean goods.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>2 JJ:amod>6 NNS:pobj>4 .:punct>2",
            {"raised": "raise", "tariffs": "tariff", "goods": "good"},
            ("tariffs", "restricts", "South Korea"),
        ),
    ],
)
def test_policies_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "unexpected"),
    [
        # a nationality modifying the clause's subject is no actor of a noun trigger
        (
            "Chinese firms turned to local chips after US curbs on Nvidia's H20.",
            "JJ:amod>2 NNS:nsubj>3 VBD:ROOT>0 IN:prep>3 JJ:amod>6 NNS:pobj>4 IN:prep>3 "
            "NNP:compound>9 NNS:pobj>7 IN:prep>9 NNP:poss>13 POS:case>11 NNP:pobj>10 .:punct>3",
            {"firms": "firm", "turned": "turn", "chips": "chip", "curbs": "curb"},
            ("China", "restricts", "H20"),
        ),
        # a government demanding licences is not restricted by them
        (*JAPAN_TIGHTENED_ITS_RULES, ("licences", "restricts", "Japan")),
    ],
)
def test_policies_does_not_extract(read, text, annotation, lemmas, unexpected):
    reading = read(text, annotation, lemmas=lemmas)
    source, _, target = unexpected
    assert {source, target} <= {label for _, label, _ in reading.mentions}
    assert unexpected not in reading.relations


# Constructions of news nobody tuned the rules on, in sentences written for these tests.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Canada slapped a 25% surtax on steel and aluminium from China.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 CD:nummod>5 NN:compound>6 NN:dobj>2 IN:prep>6 "
            "NN:pobj>7 CC:cc>8 NN:conj>8 IN:prep>2 NNP:pobj>11 .:punct>2",
            {"slapped": "slap"},
            {"Canada": "GPE", "China": "GPE"},
            (
                ("25% surtax", "restricts", "China"),
                ("25% surtax", "restricts", "steel"),
                ("Canada", "issues", "25% surtax"),
            ),
        ),
        (
            "Turkey imposed duties on electric vehicles made in China.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 JJ:amod>6 NNS:pobj>4 VBN:acl>6 "
            "IN:prep>7 NNP:pobj>8 .:punct>2",
            {"imposed": "impose", "duties": "duty", "vehicles": "vehicle", "made": "make"},
            {"Turkey": "GPE", "China": "GPE"},
            (("duties", "restricts", "China"),),
        ),
        (
            "Tokyo tightened curbs on exports of photoresists to Russia.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNS:pobj>4 IN:prep>5 NNS:pobj>6 "
            "IN:prep>5 NNP:pobj>8 .:punct>2",
            {
                "tightened": "tighten",
                "curbs": "curb",
                "exports": "export",
                "photoresists": "photoresist",
            },
            {"Tokyo": "GPE", "Russia": "GPE"},
            (("curbs", "restricts", "Russia"),),
        ),
        (
            "Korvath Systems faces new export restrictions from the Commerce Department.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 JJ:amod>6 NN:compound>6 NNS:dobj>3 IN:prep>6 "
            "DT:det>10 NNP:compound>10 NNP:pobj>7 .:punct>3",
            {"faces": "face", "restrictions": "restriction"},
            {"Korvath Systems": "ORG", "the Commerce Department": "ORG"},
            (
                ("US Commerce Department", "issues", "export restrictions"),
                ("export restrictions", "restricts", "Korvath Systems"),
            ),
        ),
        (
            "Beijing retaliated with export curbs on rare earths and an investigation into Google.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 NN:compound>5 NNS:pobj>3 IN:prep>5 JJ:amod>8 "
            "NNS:pobj>6 CC:cc>5 DT:det>11 NN:conj>5 IN:prep>11 NNP:pobj>12 .:punct>2",
            {"retaliated": "retaliate", "curbs": "curb", "earths": "earth"},
            {"Beijing": "GPE", "Google": "ORG"},
            (("China", "issues", "export curbs"), ("China", "restricts", "Google")),
        ),
        (
            "The ban covers drones made by DJI.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNS:dobj>3 VBN:acl>4 IN:agent>5 NNP:pobj>6 .:punct>3",
            {"covers": "cover", "drones": "drone", "made": "make"},
            None,
            (("ban", "restricts", "DJI"),),
        ),
        (
            "Indonesia banned exports of nickel ore in 2020. The ban forced miners to build "
            "smelters at home.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:compound>6 NN:pobj>4 IN:prep>2 "
            "CD:pobj>7 .:punct>2 DT:det>11 NN:nsubj>12 VBD:ROOT>0 NNS:dobj>12 TO:aux>15 "
            "VB:xcomp>12 NNS:dobj>15 IN:prep>15 NN:pobj>17 .:punct>12",
            {
                "banned": "ban",
                "exports": "export",
                "forced": "force",
                "miners": "miner",
                "smelters": "smelter",
            },
            {"Indonesia": "GPE"},
            (("ban", "restricts", "nickel ore"), ("Indonesia", "issues", "ban")),
        ),
        (
            "Vietnam restricted imports of Chinese steel. The curbs took effect in May.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 JJ:amod>6 NN:pobj>4 .:punct>2 DT:det>9 "
            "NNS:nsubj>10 VBD:ROOT>0 NN:dobj>10 IN:prep>10 NNP:pobj>12 .:punct>10",
            {"restricted": "restrict", "imports": "import", "curbs": "curb", "took": "take"},
            {"Vietnam": "GPE"},
            (("curbs", "restricts", "China"),),
        ),
        # a participle after the clause: the measure the clause acts on hits; "to" hung on
        # the goods; two names the parser read as modifiers of the second
        (
            "Ottawa tightened curbs on exports of drone parts to Iran, hitting Velkor Dynamics "
            "and Aster Avionics.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>2 NNS:pobj>4 IN:prep>5 NN:compound>8 "
            "NNS:pobj>6 IN:prep>5 NNP:pobj>9 ,:punct>2 VBG:advcl>2 NNP:nmod>14 NNPS:dobj>12 "
            "CC:cc>14 NNP:compound>17 NNPS:conj>14 .:punct>2",
            {
                "tightened": "tighten",
                "curbs": "curb",
                "exports": "export",
                "parts": "part",
                "hitting": "hit",
            },
            {"Ottawa": "GPE", "Iran": "GPE", "Velkor Dynamics": "ORG", "Aster Avionics": "PERSON"},
            (
                ("curbs", "restricts", "Iran"),
                ("curbs", "restricts", "Velkor Dynamics"),
                ("curbs", "restricts", "Aster Avionics"),
            ),
        ),
        # a list the parser hung on the measure, its members typed by the noun it spells out
        (
            "The Treasury imposed sanctions on two affiliates of Marlow Tankers, including Sable "
            "Marine and Corvid Freight.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 NNS:dobj>3 IN:prep>4 CD:nummod>7 NNS:pobj>5 "
            "IN:prep>7 NNP:compound>10 NNPS:pobj>8 ,:punct>10 VBG:prep>7 NNP:compound>14 "
            "NNP:pobj>12 CC:cc>14 NNP:compound>17 NNP:conj>14 .:punct>3",
            {
                "imposed": "impose",
                "sanctions": "sanction",
                "affiliates": "affiliate",
                "including": "include",
            },
            {
                "Treasury": "ORG",
                "Marlow Tankers": "ORG",
                "Sable Marine": "PRODUCT",
                "Corvid Freight": "PERSON",
            },
            (
                ("sanctions", "restricts", "Sable Marine"),
                ("sanctions", "restricts", "Corvid Freight"),
            ),
        ),
        # a ban on buying a firm's gear restricts the firm
        (
            "Chile announced a ban on carriers buying Zentel network gear.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNS:pobj>5 VBG:acl>6 "
            "NNP:compound>10 NN:compound>10 NN:dobj>7 .:punct>2",
            {"announced": "announce", "carriers": "carrier", "buying": "buy"},
            {"Chile": "GPE", "Zentel": "ORG"},
            (("ban", "restricts", "Zentel"), ("Chile", "restricts", "Zentel")),
        ),
        # firms "such as" X required to obtain a licence
        (
            "Jakarta restricted imports of phones, requiring brands such as Oppo and Vivo to "
            "obtain permits.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNS:pobj>4 ,:punct>3 VBG:acl>3 "
            "NNS:dobj>7 JJ:amod>10 IN:prep>8 NNP:pobj>10 CC:cc>11 NNP:conj>11 TO:aux>15 "
            "VB:xcomp>7 NNS:dobj>15 .:punct>2",
            {
                "restricted": "restrict",
                "imports": "import",
                "phones": "phone",
                "requiring": "require",
                "brands": "brand",
                "permits": "permit",
            },
            {"Jakarta": "GPE"},
            (("Indonesia", "restricts", "Oppo"), ("permits", "restricts", "Vivo")),
        ),
        # a measure named again in a later sentence is the one the last government to act
        # issued
        (
            "Seoul restricted exports of 12 chipmaking tools. The curbs hit Kiyomi Systems, "
            "which sells most of its tools to Vietnam.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 CD:nummod>7 VBG:amod>7 NNS:pobj>4 "
            ".:punct>2 DT:det>10 NNS:nsubj>11 VBD:ROOT>0 NNP:compound>13 NNP:dobj>11 "
            ",:punct>13 WDT:nsubj>16 VBZ:relcl>13 JJS:dobj>16 IN:prep>17 PRP$:poss>20 "
            "NNS:pobj>18 IN:prep>16 NNP:pobj>21 .:punct>11",
            {
                "restricted": "restrict",
                "exports": "export",
                "chipmaking": "chipmake",
                "tools": "tool",
                "curbs": "curb",
                "sells": "sell",
            },
            {"Seoul": "GPE", "Kiyomi Systems": "ORG", "Vietnam": "GPE"},
            (("South Korea", "issues", "curbs"), ("South Korea", "restricts", "Kiyomi Systems")),
        ),
        # "the measure" doing what measures do; where the banned goods go
        (
            "Hanoi banned exports of tungsten to Japan. The measure also covers bismuth.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:pobj>4 IN:prep>5 NNP:pobj>6 "
            ".:punct>2 DT:det>10 NN:nsubj>12 RB:advmod>12 VBZ:ROOT>0 NN:dobj>12 .:punct>12",
            {"banned": "ban", "exports": "export", "covers": "cover"},
            {"Hanoi": "GPE", "Japan": "GPE"},
            (
                ("Vietnam", "restricts", "Japan"),
                ("Vietnam", "restricts", "tungsten"),
                ("Vietnam", "restricts", "bismuth"),
            ),
        ),
        # the firms a later sentence spells out were added too
        (
            "The Commerce Department added 12 firms to the Entity List. Among them were "
            "Kalvex Micro and Brisa Tech.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 CD:nummod>6 NNS:dobj>4 IN:prep>4 "
            "DT:det>10 NNP:compound>10 NNP:pobj>7 .:punct>4 IN:prep>14 PRP:pobj>12 VBD:ROOT>0 "
            "NNP:compound>16 NNP:nsubj>14 CC:cc>16 NNP:compound>19 NNP:conj>16 .:punct>14",
            {"added": "add", "firms": "firm", "them": "they", "were": "be"},
            {"The Commerce Department": "ORG", "Kalvex Micro": "ORG", "Brisa Tech": "PERSON"},
            (
                ("Entity List", "restricts", "Kalvex Micro"),
                ("US Commerce Department", "restricts", "Brisa Tech"),
            ),
        ),
        # a licence demanded "under" a measure named again
        (
            "Tokyo unveiled new export rules for memory chips. Under the rules, Kioxa and Norma "
            "Memory must seek approval before shipping chips to Russia.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>5 NN:compound>5 NNS:dobj>2 IN:prep>5 NN:compound>8 "
            "NNS:pobj>6 .:punct>2 IN:prep>19 DT:det>12 NNS:pobj>10 ,:punct>19 NNP:nsubj>19 "
            "CC:cc>14 NNP:compound>17 NNP:conj>14 MD:aux>19 VB:ROOT>0 NN:dobj>19 IN:prep>19 "
            "NN:compound>23 NNS:pobj>21 IN:prep>23 NNP:pobj>24 .:punct>19",
            {"unveiled": "unveil", "rules": "rule", "chips": "chip"},
            {"Tokyo": "GPE", "Kioxa": "PERSON", "Norma Memory": "PERSON", "Russia": "GPE"},
            (("export rules", "restricts", "Kioxa"), ("Japan", "restricts", "Norma Memory")),
        ),
        # the country of the firms added to a list
        (
            "Canada adds 9 Iranian drone firms to sanctions list",
            "NNP:nsubj>2 VBZ:ROOT>0 CD:nummod>6 JJ:amod>6 NN:compound>6 NNS:dobj>2 IN:prep>2 "
            "NNS:compound>9 NN:pobj>7",
            {"adds": "add", "firms": "firm", "sanctions": "sanction"},
            {"Canada": "GPE"},
            (("sanctions list", "restricts", "Iran"), ("Canada", "restricts", "Iran")),
        ),
        # who says what a measure of no named issuer will charge issues it
        (
            "Chile's economy ministry said lithium batteries would face a 25% tariff this year.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 NN:compound>7 "
            "NNS:nsubj>9 MD:aux>9 VB:ccomp>5 DT:det>13 CD:nummod>12 NN:compound>13 NN:dobj>9 "
            "DT:det>15 NN:npadvmod>9 .:punct>5",
            {"said": "say", "batteries": "battery"},
            {"Chile": "GPE"},
            (
                ("Chile's economy ministry", "issues", "25% tariff"),
                ("Chile's economy ministry", "restricts", "lithium"),
            ),
        ),
        # where exports go under a measure tightened by a verb: "to" hung on the verb
        (
            "Korea tightened export controls on drone engines to Iran and Syria.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NNS:dobj>2 IN:prep>4 NN:compound>7 NNS:pobj>5 "
            "IN:prep>2 NNP:pobj>8 CC:cc>9 NNP:conj>9 .:punct>2",
            {"tightened": "tighten", "controls": "control", "engines": "engine"},
            {"Korea": "GPE", "Iran": "GPE", "Syria": "GPE"},
            (
                ("export controls", "restricts", "Iran"),
                ("export controls", "restricts", "Syria"),
                ("South Korea", "restricts", "Syria"),
            ),
        ),
        # the firms a list "among them" spells out: named, typed and targeted
        (
            "Ankara imposed duties on imported tyre makers, among them Veloxa and Granta.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 VBN:amod>7 NNP:compound>7 NNS:pobj>4 "
            ",:punct>3 IN:prep>2 PRP:pobj>9 NNP:pobj>9 CC:cc>11 NNP:conj>11 .:punct>2",
            {
                "imposed": "impose",
                "duties": "duty",
                "imported": "import",
                "makers": "maker",
                "them": "they",
            },
            {"Ankara": "GPE", "tyre makers": "PERSON", "Granta": "GPE"},
            (("duties", "restricts", "Veloxa"), ("Turkey", "restricts", "Granta")),
        ),
        # duties a government sets
        (
            "Ankara set new anti-dumping duties on steel wire from Korea.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>7 JJ:amod>7 JJ:amod>7 JJ:amod>7 NNS:dobj>2 IN:prep>2 "
            "NN:compound>10 NN:pobj>8 IN:prep>2 NNP:pobj>11 .:punct>2",
            {"duties": "duty"},
            {"Ankara": "GPE", "Korea": "GPE"},
            (
                ("Turkey", "issues", "anti-dumping duties"),
                ("anti-dumping duties", "restricts", "South Korea"),
            ),
        ),
        # an export suspension, and the goods named before it
        (
            "Zambia extends manganese export suspension by six months",
            "NNP:nsubj>2 VBZ:ROOT>0 JJ:amod>5 NN:compound>5 NN:dobj>2 IN:prep>2 CD:nummod>8 "
            "NNS:pobj>6",
            {"extends": "extend", "months": "month"},
            {"Zambia": "GPE"},
            (
                ("Zambia", "issues", "export suspension"),
                ("export suspension", "restricts", "manganese"),
                ("Zambia", "restricts", "manganese"),
            ),
        ),
        # "to" that the parser hung on the verb putting the measure in place
        (
            "The regulator imposed curbs on sales of gallium to Iranian buyers.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 NNS:dobj>3 IN:prep>3 NNS:pobj>5 IN:prep>6 NN:pobj>7 "
            "IN:prep>3 JJ:amod>11 NNS:pobj>9 .:punct>3",
            {"imposed": "impose", "curbs": "curb", "sales": "sale", "buyers": "buyer"},
            None,
            (("curbs", "restricts", "Iran"),),
        ),
        # a licence the goods' exports require restricts where they go; the government that says
        # so demands it
        (
            "Norway's foreign ministry said exports of the Kraken sonar to Vietnam would require a "
            "licence.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNS:nsubj>14 IN:prep>6 "
            "DT:det>10 NNP:compound>10 NN:pobj>7 IN:prep>10 NNP:pobj>11 MD:aux>14 VB:ccomp>5 "
            "DT:det>16 NN:dobj>14 .:punct>5",
            {"said": "say", "exports": "export"},
            {"Norway": "GPE", "Vietnam": "GPE"},
            (
                ("licence", "restricts", "Vietnam"),
                ("Norway's foreign ministry", "issues", "licence"),
                ("Norway's foreign ministry", "restricts", "Vietnam"),
            ),
        ),
        # "the order" names again the measure a government's verb enacted before it
        (
            "Peru has ordered Dragonfly Mining, a unit of Zijin Mining, to halt operations at its "
            "copper mine. Zijin called the order unlawful.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNP:compound>5 NNP:dobj>3 ,:punct>5 DT:det>8 "
            "NN:appos>5 IN:prep>8 NNP:compound>11 NNP:pobj>9 ,:punct>5 TO:aux>14 VB:xcomp>3 "
            "NNS:dobj>14 IN:prep>15 PRP$:poss>19 NN:compound>19 NN:pobj>16 .:punct>3 NNP:nsubj>22 "
            "VBD:ROOT>0 DT:det>24 NN:dobj>22 JJ:oprd>22 .:punct>22",
            {"has": "have", "ordered": "order", "operations": "operation", "called": "call"},
            {"Peru": "GPE", "Dragonfly Mining": "ORG", "Zijin Mining": "ORG", "Zijin": "PERSON"},
            (("order", "restricts", "Dragonfly Mining"), ("Peru", "issues", "order")),
        ),
        # goods the parser joined to the measure rather than to the goods before them
        (
            "Ottawa announced 25% surtaxes on Chinese steel and liquefied natural gas and a 10% "
            "levy on crude oil.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NN:compound>5 NNS:dobj>2 IN:prep>5 JJ:amod>8 "
            "NN:pobj>6 CC:cc>5 VBN:amod>12 JJ:amod>12 NN:conj>5 CC:cc>12 DT:det>17 CD:nummod>16 "
            "NN:compound>17 NN:conj>12 IN:prep>17 JJ:amod>20 NN:pobj>18 .:punct>2",
            {"announced": "announce", "surtaxes": "surtax", "liquefied": "liquefy"},
            {"Ottawa": "GPE"},
            (
                ("25% surtaxes", "restricts", "liquefied natural gas"),
                ("10% levy", "restricts", "crude oil"),
            ),
        ),
        # a ban on merging "the two lenders": the last two firms named
        (
            "UniCredit made a bid for Commerzbank. Germany's government imposed a two-year ban on "
            "merging the two lenders' networks.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 .:punct>2 NNP:poss>10 "
            "POS:case>8 NN:nsubj>11 VBD:ROOT>0 DT:det>16 CD:nummod>15 HYPH:punct>15 "
            "NN:compound>16 NN:dobj>11 IN:prep>16 VBG:pcomp>17 DT:det>21 CD:nummod>21 NNS:poss>23 "
            "POS:case>21 NNS:dobj>18 .:punct>11",
            {
                "made": "make",
                "imposed": "impose",
                "merging": "merge",
                "lenders": "lender",
                "networks": "network",
            },
            {"UniCredit": "ORG", "Commerzbank": "ORG", "Germany": "GPE"},
            (("two-year ban", "restricts", "UniCredit"), ("Germany", "restricts", "Commerzbank")),
        ),
        # a measure doing what measures do, in what a government says
        (
            "The new rules bar Samsung from shipping advanced chips to Chinese customers, the "
            "Bureau of Industry and Security said.",
            "DT:det>3 JJ:amod>3 NNS:nsubj>4 VBP:ccomp>20 NNP:dobj>4 IN:prep>4 VBG:pcomp>6 "
            "JJ:amod>9 NNS:dobj>7 IN:prep>7 JJ:amod>12 NNS:pobj>10 ,:punct>20 DT:det>15 "
            "NNP:nsubj>20 IN:prep>15 NNP:pobj>16 CC:cc>17 NNP:conj>17 VBD:ROOT>0 .:punct>20",
            {
                "rules": "rule",
                "shipping": "ship",
                "chips": "chip",
                "customers": "customer",
                "said": "say",
            },
            {"Samsung": "ORG", "the Bureau of Industry and Security": "ORG"},
            (("Bureau of Industry and Security", "issues", "rules"),),
        ),
        # what a measure applies to
        (
            "Korea's trade ministry unveiled new export controls on Friday. The rules cover "
            "lithography tools, and apply to shipments to China and Russia.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NNP:nsubj>5 VBD:ROOT>0 JJ:amod>8 NN:compound>8 "
            "NNS:dobj>5 IN:prep>5 NNP:pobj>9 .:punct>5 DT:det>13 NNS:nsubj>14 VBP:ROOT>0 "
            "NN:compound>16 NNS:dobj>14 ,:punct>14 CC:cc>14 VB:conj>14 IN:prep>19 NNS:pobj>20 "
            "IN:prep>21 NNP:pobj>22 CC:cc>23 NNP:conj>23 .:punct>14",
            {
                "unveiled": "unveil",
                "controls": "control",
                "rules": "rule",
                "tools": "tool",
                "shipments": "shipment",
            },
            {"Korea": "GPE", "China": "GPE", "Russia": "GPE"},
            (("export controls", "restricts", "China"), ("export controls", "restricts", "Russia")),
        ),
        # the body that says a government will impose a measure issues it too
        (
            "Washington will raise tariffs on Chinese graphite to 50%, the Office of the US Trade "
            "Representative said.",
            "NNP:nsubj>3 MD:aux>3 VB:ccomp>19 NNS:dobj>3 IN:prep>4 JJ:amod>7 NN:pobj>5 IN:prep>3 "
            "CD:nummod>10 NN:pobj>8 ,:punct>3 DT:det>13 NNP:nsubj>19 IN:prep>13 DT:det>18 "
            "NNP:compound>18 NNP:compound>18 NNP:pobj>14 VBD:ROOT>0 .:punct>19",
            {"tariffs": "tariff", "said": "say"},
            {"Washington": "GPE", "the Office of the US Trade Representative": "ORG"},
            (
                ("Office of the US Trade Representative", "issues", "tariffs"),
                ("Office of the US Trade Representative", "restricts", "graphite"),
            ),
        ),
        # a measure a government acts under
        (
            "Jakarta has ordered telecom operators to stop buying equipment from Huawei and ZTE "
            "under a directive issued on Monday.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNP:compound>5 NNS:dobj>3 TO:aux>7 VB:xcomp>3 "
            "VBG:xcomp>7 NN:dobj>8 IN:prep>8 NNP:pobj>10 CC:cc>11 NNP:conj>11 IN:prep>8 DT:det>16 "
            "NN:pobj>14 VBN:acl>16 IN:prep>17 NNP:pobj>18 .:punct>3",
            {
                "has": "have",
                "ordered": "order",
                "operators": "operator",
                "buying": "buy",
                "issued": "issue",
            },
            {"Jakarta": "GPE", "Huawei": "ORG", "ZTE": "ORG"},
            (
                ("directive", "restricts", "Huawei"),
                ("directive", "restricts", "ZTE"),
                ("Indonesia", "issues", "directive"),
            ),
        ),
        # "a blow to" the firms a measure hurts
        (
            "Mexico raised the import tariff on electric vehicles to 50%, a blow to BYD and Chery.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 IN:prep>5 JJ:amod>8 "
            "NNS:pobj>6 IN:prep>2 CD:nummod>11 NN:pobj>9 ,:punct>11 DT:det>14 NN:appos>11 "
            "IN:prep>14 NNP:pobj>15 CC:cc>16 NNP:conj>16 .:punct>2",
            {"raised": "raise", "vehicles": "vehicle"},
            {"Mexico": "GPE", "BYD": "ORG", "Chery": "ORG"},
            (("Mexico", "restricts", "BYD"), ("import tariff", "restricts", "Chery Automobile")),
        ),
        # an order named by what it tells one to do
        (
            "Korea's Fair Trade Commission issued a cease-and-desist order against Apple.",
            "NNP:poss>5 POS:case>1 NNP:compound>4 NNP:compound>5 NNP:nsubj>6 VBD:ROOT>0 DT:det>9 "
            "CD:amod>9 NN:dobj>6 IN:prep>9 NNP:pobj>10 .:punct>6",
            {"issued": "issue"},
            {"Korea": "GPE", "Fair Trade Commission": "ORG", "Apple": "ORG"},
            (
                ("cease-and-desist order", "restricts", "Apple"),
                ("Fair Trade Commission", "restricts", "Apple"),
            ),
        ),
        # a licence one must get from a body is that body's requirement
        (
            "Exports of gallium now need a licence from China's Ministry of Commerce.",
            "NNS:nsubj>5 IN:prep>1 NNP:pobj>2 RB:advmod>5 VBP:ROOT>0 DT:det>7 NN:dobj>5 IN:prep>7 "
            "NNP:poss>11 POS:case>9 NNP:pobj>8 IN:prep>11 NNP:pobj>12 .:punct>5",
            {"Exports": "export"},
            {"China": "GPE", "Ministry of Commerce": "ORG"},
            (
                ("Ministry of Commerce", "issues", "licence"),
                ("Ministry of Commerce", "restricts", "gallium"),
            ),
        ),
        # where goods go under a measure a government enforces, "to" hung on the verb
        (
            "Korea's trade ministry said it would enforce curbs on high-tech exports to Belarus.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NNP:nsubj>5 VBD:ROOT>0 PRP:nsubj>8 MD:aux>8 "
            "VB:ccomp>5 NNS:dobj>8 IN:prep>9 JJ:amod>13 HYPH:punct>13 NN:compound>14 NNS:pobj>10 "
            "IN:prep>8 NNP:pobj>15 .:punct>5",
            {"said": "say", "curbs": "curb", "exports": "export"},
            {"Korea": "GPE", "Belarus": "GPE"},
            (("South Korea's trade ministry", "restricts", "Belarus"),),
        ),
        # a list of those a measure falls on, hung on the verb that put it in place
        (
            "Beijing imposed sanctions on three units of Sinotech Marine in May, including "
            "Sinotech Shipyard.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 CD:nummod>6 NNS:pobj>4 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 IN:prep>2 NNP:pobj>10 ,:punct>2 VBG:prep>2 NNP:compound>15 "
            "NNP:pobj>13 .:punct>2",
            {"imposed": "impose", "sanctions": "sanction", "units": "unit", "including": "include"},
            {"Beijing": "GPE", "Sinotech Marine": "ORG", "Sinotech Shipyard": "ORG"},
            (("China", "restricts", "Sinotech Shipyard"),),
        ),
        # "its" in a clause joined to another: the subject they share
        (
            "Japan lifted curbs on exports to South Korea and restored it to its white list.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>2 NNS:pobj>4 IN:prep>5 NNP:compound>8 "
            "NNP:pobj>6 CC:cc>2 VBD:conj>2 PRP:dobj>10 IN:prep>10 PRP$:poss>15 JJ:amod>15 "
            "NN:pobj>12 .:punct>2",
            {"lifted": "lift", "curbs": "curb", "exports": "export", "restored": "restore"},
            {"Japan": "GPE", "South Korea": "GPE"},
            (("Japan", "issues", "white list"),),
        ),
        # a country named before another government's measure of restriction is what it is on
        (*THE_EU_ADOPTED_ITS, (("sanctions", "restricts", "Russia"),)),
        # a nationality says whose a measure is, whoever clears it
        (
            "Brussels cleared a German subsidy for a Northvolt battery plant in Heide.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 JJ:amod>5 NN:dobj>2 IN:prep>5 DT:det>10 "
            "NNP:compound>10 NN:compound>10 NN:pobj>6 IN:prep>10 NNP:pobj>11 .:punct>2",
            {"cleared": "clear"},
            {"Brussels": "GPE", "Northvolt": "GPE", "Heide": "GPE"},
            (("Germany", "issues", "subsidy"),),
        ),
        # a body that widens, keeps or toughens a measure issues it
        (
            "Japan's trade ministry on Friday widened its export controls on photoresists.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NNP:nsubj>7 IN:prep>7 NNP:pobj>5 VBD:ROOT>0 "
            "PRP$:poss>10 NN:compound>10 NNS:dobj>7 IN:prep>10 NNS:pobj>11 .:punct>7",
            {"widened": "widen", "controls": "control", "photoresists": "photoresist"},
            {"Japan": "GPE", "Friday": "DATE"},
            [("Ministry of Economy, Trade and Industry", "issues", "export controls")],
        ),
        # a ban on buyers' act restricts the maker of the goods, the act on the last buyer
        (
            "Denmark issued a ban on police, border guards and other agencies buying drones made "
            "by Autel Robotics.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNS:pobj>5 ,:punct>6 "
            "NN:compound>9 NNS:conj>6 CC:cc>9 JJ:amod>12 NNS:conj>9 VBG:acl>12 NNS:dobj>13 "
            "VBN:acl>14 IN:agent>15 NNP:compound>18 NNP:pobj>16 .:punct>2",
            {
                "issued": "issue",
                "guards": "guard",
                "agencies": "agency",
                "buying": "buy",
                "drones": "drone",
                "made": "make",
            },
            {"Denmark": "GPE", "Autel Robotics": "ORG"},
            (("Denmark", "restricts", "Autel Robotics"),),
        ),
    ],
)
def test_policies_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Beijing issued general licences for exports of gallium to the United States.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>4 NNS:dobj>2 IN:prep>4 NNS:pobj>5 IN:prep>6 "
            "NN:pobj>7 IN:prep>6 DT:det>12 NNP:compound>12 NNP:pobj>9 .:punct>2",
            {"issued": "issue", "licences": "licence", "exports": "export"},
            {"Beijing": "GPE", "the United States": "GPE"},
            (("general licences", "restricts", "gallium"),),
        ),
        (
            "China's commerce ministry barred Chinese firms from dealing with Skyline Drones.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 JJ:amod>7 NNS:dobj>5 "
            "IN:prep>5 VBG:pcomp>8 IN:prep>9 NNP:compound>12 NNP:pobj>10 .:punct>5",
            {"barred": "bar", "firms": "firm", "dealing": "deal"},
            {"China": "GPE", "commerce ministry": "ORG", "Skyline Drones": "ORG"},
            (("Ministry of Commerce", "restricts", "China"),),
        ),
        (
            "China imposed sanctions on two units of South Korean shipbuilder Hanwha Ocean.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 CD:nummod>6 NNS:pobj>4 IN:prep>6 "
            "JJ:amod>9 JJ:amod>12 NN:compound>12 NNP:compound>12 NNP:pobj>7 .:punct>2",
            {"imposed": "impose", "sanctions": "sanction", "units": "unit"},
            {"China": "GPE", "Hanwha Ocean": "PERSON"},
            (("sanctions", "restricts", "South Korea"),),
        ),
        (
            "The firm obtained a licence from the Ministry of Commerce to export gallium.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 DT:det>8 NNP:pobj>6 "
            "IN:prep>8 NNP:pobj>9 TO:aux>12 NN:compound>13 NN:dobj>3 .:punct>3",
            {"obtained": "obtain"},
            {"the Ministry of Commerce": "ORG"},
            (("Ministry of Commerce", "issues", "licence"),),
        ),
        (
            "Japan banned exports of gallium. A separate ban on rice imports was lifted.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:pobj>4 .:punct>2 DT:det>9 JJ:amod>9 "
            "NN:nsubjpass>14 IN:prep>9 NN:compound>12 NNS:pobj>10 VBD:auxpass>14 VBN:ROOT>0 "
            ".:punct>14",
            {
                "banned": "ban",
                "exports": "export",
                "imports": "import",
                "was": "be",
                "lifted": "lift",
            },
            {"Japan": "GPE"},
            (("separate ban", "restricts", "gallium"),),
        ),
        # a comparison after a measure's verb names no target
        (
            "Japan imposed sanctions on Russia, just like Britain.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNP:pobj>4 ,:punct>2 RB:advmod>8 "
            "IN:prep>2 NNP:pobj>8 .:punct>2",
            {"imposed": "impose", "sanctions": "sanction"},
            {"Japan": "GPE", "Russia": "GPE", "Britain": "GPE"},
            (
                ("sanctions", "restricts", "United Kingdom"),
                ("Japan", "restricts", "United Kingdom"),
            ),
        ),
        (*THE_EU_ADOPTED_ITS, (("Russia", "issues", "sanctions"),)),
    ],
)
def test_policies_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


def test_policies_an_order_for_goods_is_no_measure(read):
    """ "ordered 40 turbines ... The order": a purchase, named again, is not a measure."""
    reading = read(
        "Kestrel Foods ordered 40 new turbines from Vestas. The order is worth $300 million.",
        "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 CD:nummod>6 JJ:amod>6 NNS:dobj>3 IN:prep>6 "
        "NNP:pobj>7 .:punct>3 DT:det>11 NN:nsubj>12 VBZ:ROOT>0 JJ:acomp>12 $:quantmod>16 "
        "CD:compound>16 CD:npadvmod>13 .:punct>12",
        lemmas={"ordered": "order", "turbines": "turbine", "is": "be"},
        ents={"Kestrel Foods": "ORG", "Vestas": "ORG"},
    )
    assert [m for m in reading.mentions if m[2] == "POLICY"] == []
    assert ("Kestrel Foods", "COMPANY") in {(label, t) for _, label, t in reading.mentions}
