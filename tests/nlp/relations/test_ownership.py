"""Units, parents, owners, control and mergers: "X is a unit of Y", "X, a G42 company",
"whose parent company is Y", "Coach owner Tapestry", "took control of X", "merge into Y",
"agreed to a takeover offer from Y"; taken back and wrong-type statements; on sentences
parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")

#: Sentences parsed by hand that more than one case reads.
CADENCE_ALTAIR_DEAL = (
    "Cadence completes $12 billion Altair deal",
    "NN:nsubj>2 VBZ:ROOT>0 $:quantmod>5 CD:compound>5 CD:nummod>7 NNP:compound>7 NN:dobj>2",
    {"completes": "complete"},
    {"Cadence": "ORG", "Altair": "ORG"},
)
PVH_OWNER_OF = (
    "The ministry added PVH Group, owner of Tommy Hilfiger, to its list.",
    "DT:det>2 NN:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNP:dobj>3 ,:punct>5 NN:appos>5 "
    "IN:prep>7 NNP:compound>10 NNP:pobj>8 ,:punct>5 IN:prep>3 PRP$:poss>14 NN:pobj>12 "
    ".:punct>3",
    {"added": "add"},
    {"PVH Group": "ORG", "Tommy Hilfiger": "PERSON"},
)


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Bolt Cells, a subsidiary of Halden Group, opened a plant.",
            "NNP:compound>2 NNP:nsubj>10 ,:punct>2 DT:det>5 NN:appos>2 IN:prep>5 NNP:compound>8 "
            "NNP:pobj>6 ,:punct>2 VBD:ROOT>0 DT:det>12 NN:dobj>10 .:punct>10",
            {"opened": "open"},
            {"Bolt Cells": "PERSON", "Halden Group": "ORG"},
            (("Bolt Cells", "part_of", "Halden Group"),),
        ),
        (
            "Hikari Display Co is a unit of Sharp.",
            "NNP:compound>3 NNP:compound>3 NNP:nsubj>4 VBZ:ROOT>0 DT:det>6 NN:attr>4 IN:prep>6 "
            "NNP:pobj>7 .:punct>4",
            {"is": "be"},
            {"Hikari Display Co": "ORG", "Sharp": "ORG"},
            (("Hikari Display Co", "part_of", "Sharp"),),
        ),
        (
            "The Zeta S2 is part of the Zeta family of chips.",
            "DT:det>3 NNP:compound>3 NN:nsubj>4 VBZ:ROOT>0 NN:attr>4 IN:prep>5 DT:det>9 "
            "NNP:compound>9 NN:pobj>6 IN:prep>9 NNS:pobj>10 .:punct>4",
            {"is": "be", "chips": "chip"},
            {"The Zeta S2": "ORG", "Zeta": "ORG"},
            (("Zeta S2", "part_of", "Zeta"),),
        ),
        (
            "Aurelia Mobile, a Xiaomi company, unveiled a phone.",
            "NNP:compound>2 NNP:nsubj>8 ,:punct>2 DT:det>6 NNP:compound>6 NN:appos>2 ,:punct>2 "
            "VBD:ROOT>0 DT:det>10 NN:dobj>8 .:punct>8",
            {"unveiled": "unveil"},
            {"Aurelia Mobile": "GPE", "Xiaomi": "ORG"},
            (("Aurelia Mobile", "part_of", "Xiaomi"),),
        ),
        (
            "The Walton subsidiary Brisk Retail opened stores.",
            "DT:det>3 NNP:compound>3 NN:nsubj>6 NNP:compound>5 NNP:appos>3 VBD:ROOT>0 NNS:dobj>6 "
            ".:punct>6",
            {"opened": "open", "stores": "store"},
            {"Walton": "ORG", "Brisk Retail": "PERSON"},
            (("Brisk Retail", "part_of", "Walton"),),
        ),
        (
            "Lexen, whose parent company is Daimler Truck, posted a loss.",
            "NNP:nsubj>10 ,:punct>1 WP$:poss>5 NN:compound>5 NN:nsubj>6 VBZ:relcl>1 "
            "NNP:compound>8 NNP:attr>6 ,:punct>1 VBD:ROOT>0 DT:det>12 NN:dobj>10 .:punct>10",
            {"is": "be", "posted": "post"},
            {"Daimler Truck": "ORG"},
            (("Lexen", "part_of", "Daimler Truck"),),
        ),
        (
            "Kestrel Air, part of Aurum Aviation Group alongside Fenwick Airways, grew.",
            "NNP:compound>2 NNP:nsubj>13 ,:punct>2 NN:appos>2 IN:prep>4 NNP:compound>8 "
            "NNP:compound>8 NNP:pobj>5 IN:prep>4 NNP:compound>11 NNPS:pobj>9 ,:punct>2 "
            "VBD:ROOT>0 .:punct>13",
            {"grew": "grow"},
            {"Kestrel Air": "ORG", "Aurum Aviation Group": "ORG", "Fenwick Airways": "ORG"},
            (("Kestrel Air", "part_of", "Aurum Aviation Group"),),
        ),
        (
            "Orbis Holdings, owner of the Rova brand, raised prices.",
            "NNP:compound>2 NNP:nsubj>10 ,:punct>2 NN:appos>2 IN:prep>4 DT:det>8 NNP:compound>8 "
            "NN:pobj>5 ,:punct>2 VBD:ROOT>0 NNS:dobj>10 .:punct>10",
            {"raised": "raise", "prices": "price"},
            {"Orbis Holdings": "ORG", "Rova": "ORG"},
            (("Rova", "part_of", "Orbis Holdings"),),
        ),
        (
            "The deal was struck with Coach owner Tapestry.",
            "DT:det>2 NN:nsubjpass>4 VBD:auxpass>4 VBN:ROOT>0 IN:prep>4 NNP:compound>7 "
            "NN:compound>8 NNP:pobj>5 .:punct>4",
            {"was": "be", "struck": "strike"},
            {"Coach": "ORG", "Tapestry": "PERSON"},
            (("Coach", "part_of", "Tapestry"),),
        ),
        (
            "Pellham Motors took control of Ardent Motors in March.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NN:dobj>3 IN:prep>4 NNP:compound>7 "
            "NNPS:pobj>5 IN:prep>3 NNP:pobj>8 .:punct>3",
            {"took": "take"},
            {"Pellham Motors": "ORG", "Ardent Motors": "ORG"},
            (("Pellham Motors", "acquires", "Ardent Motors"),),
        ),
        (
            "Norvik Pharma will merge into Halden Group.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            ".:punct>4",
            {},
            {"Norvik Pharma": "PERSON", "Halden Group": "ORG"},
            (("Halden Group", "acquires", "Norvik Pharma"),),
        ),
        (
            "Vantor Pharma agreed to a takeover offer from Renmark Bio.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 IN:prep>3 DT:det>7 NN:compound>7 NN:pobj>4 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 .:punct>3",
            {"agreed": "agree"},
            {"Vantor Pharma": "PERSON", "Renmark Bio": "ORG"},
            (("Renmark Bio", "acquires", "Vantor Pharma"),),
        ),
        # those a list of units names are units of the firm
        (
            "Washington blacklisted three Indian units of Zentra Logistics, including Zentra "
            "Freight.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>5 JJ:amod>5 NNS:dobj>2 IN:prep>5 NNP:compound>8 "
            "NNP:pobj>6 ,:punct>8 VBG:prep>5 NNP:compound>12 NNP:pobj>10 .:punct>2",
            {"blacklisted": "blacklist", "units": "unit", "including": "include"},
            {"Washington": "GPE", "Zentra Logistics": "ORG", "Zentra Freight": "PERSON"},
            (("Zentra Freight", "part_of", "Zentra Logistics"),),
        ),
        (
            "Beijing imposed sanctions on three units of Sinotech Marine in May, including "
            "Sinotech Shipyard.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 CD:nummod>6 NNS:pobj>4 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 IN:prep>2 NNP:pobj>10 ,:punct>2 VBG:prep>2 NNP:compound>15 "
            "NNP:pobj>13 .:punct>2",
            {"imposed": "impose", "sanctions": "sanction", "units": "unit", "including": "include"},
            {"Beijing": "GPE", "Sinotech Marine": "ORG", "Sinotech Shipyard": "ORG"},
            (("Sinotech Shipyard", "part_of", "Sinotech Marine"),),
        ),
        # a business bought from a firm is that firm's
        (
            "Kering agreed to buy Valentino from Mayhoola for $2 billion.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NNP:dobj>4 IN:prep>4 NNP:pobj>6 IN:prep>4 "
            "$:quantmod>11 CD:compound>11 CD:pobj>8 .:punct>2",
            {"agreed": "agree"},
            {"Valentino": "PERSON", "Mayhoola": "ORG"},
            (("Valentino", "part_of", "Mayhoola"),),
        ),
        # a unit's noun run into its name after the owner
        (
            "Toray's subsidiary Zoltek won the order.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            ".:punct>5",
            {"won": "win"},
            {"Toray": "PERSON", "Zoltek": "PERSON"},
            (("Zoltek", "part_of", "Toray"),),
        ),
        # a name the parser read as an adverb is the subject of a clause with none
        (
            "Ampere is a wholly owned subsidiary of SoftBank.",
            "RB:advmod>2 VBZ:ROOT>0 DT:det>6 RB:advmod>5 VBN:amod>6 NN:attr>2 IN:prep>6 "
            "NNP:pobj>7 .:punct>2",
            {"is": "be", "owned": "own"},
            {"SoftBank": "ORG"},
            (("Ampere Computing", "part_of", "SoftBank Group"),),
        ),
        # what a firm becomes
        (
            "Nuvia will become a wholly owned unit of Qualcomm.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>7 RB:advmod>6 VBN:amod>7 NN:attr>3 IN:prep>7 "
            "NNP:pobj>8 .:punct>3",
            {"owned": "own"},
            {"Nuvia": "GPE", "Qualcomm": "ORG"},
            (("Nuvia", "part_of", "Qualcomm"),),
        ),
        # the whole a unit is "of" is no short form of the unit's name
        (
            "Kioxia Iwate, a unit of Kioxia, makes flash memory.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 DT:det>5 NN:appos>2 IN:prep>5 NNP:pobj>6 "
            ",:punct>2 VBZ:ROOT>0 NN:compound>11 NN:dobj>9 .:punct>9",
            {"makes": "make"},
            {"Kioxia Iwate": "PERSON", "Kioxia": "ORG"},
            (("Kioxia Iwate", "part_of", "Kioxia"),),
        ),
        # a phrasal verb of buying
        (
            "Salesforce snapped up Informatica for $8 billion.",
            "NNP:nsubj>2 VBD:ROOT>0 RP:prt>2 NNP:dobj>2 IN:prep>2 $:quantmod>8 CD:compound>8 "
            "CD:pobj>5 .:punct>2",
            {"snapped": "snap"},
            {"Informatica": "ORG"},
            (("Salesforce", "acquires", "Informatica"),),
        ),
        # the firm named before a noun of buying, when the clause's actor buys
        (
            "Wolfspeed completes Siltronic acquisition",
            "NNP:nsubj>2 VBZ:ROOT>0 JJ:compound>4 NN:dobj>2",
            {"completes": "complete"},
            {"Siltronic": "ORG"},
            (("Wolfspeed", "acquires", "Siltronic"),),
        ),
        # a group's flagship is part of it
        (
            "Tata Steel, the Tata Group's metals flagship, will expand the plant.",
            "NNP:compound>2 NNP:nsubj>12 ,:punct>2 DT:det>6 NNP:compound>6 NNP:poss>9 POS:case>6 "
            "NNS:compound>9 NN:appos>2 ,:punct>2 MD:aux>12 VB:ROOT>0 DT:det>14 NN:dobj>12 "
            ".:punct>12",
            {"metals": "metal"},
            {"Tata Steel": "ORG", "the Tata Group's": "ORG"},
            (("Tata Steel", "part_of", "Tata Group"),),
        ),
        # a name joined by "&" to the name of a unit ending as firms' names do
        (
            "Kalvertest will become part of Infineon's Power & Sensor Systems division.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NN:attr>3 IN:prep>4 NNP:poss>12 POS:case>6 "
            "NNP:nmod>12 CC:cc>8 NNP:compound>11 NNP:conj>8 NN:pobj>5 .:punct>3",
            {},
            {"Infineon's Power & Sensor Systems": "ORG"},
            (("Power & Sensor Systems", "part_of", "Infineon Technologies"),),
        ),
        # a group's members named are part of it
        (
            "The Open RAN Alliance, whose members include Nokia and Ericsson, met in Paris.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>13 ,:punct>4 WP$:poss>7 "
            "NNS:nsubj>8 VBP:relcl>4 NNP:dobj>8 CC:cc>9 NNP:conj>9 ,:punct>9 VBD:ROOT>0 "
            "IN:prep>13 NNP:pobj>14 .:punct>13",
            {"members": "member", "met": "meet"},
            {"The Open RAN Alliance": "ORG", "Nokia": "ORG", "Ericsson": "GPE", "Paris": "GPE"},
            (
                ("Nokia", "part_of", "Open RAN Alliance"),
                ("Ericsson", "part_of", "Open RAN Alliance"),
            ),
        ),
        # a brand named after a person that a firm owns is the firm's; the owner added to a
        # list is restricted, not what it owns
        (*PVH_OWNER_OF, [("Tommy Hilfiger", "part_of", "PVH Group")]),
        (
            "Tapestry, the owner of Coach and Kate Spade, reported sales.",
            "NNP:nsubj>11 ,:punct>1 DT:det>4 NN:appos>1 IN:prep>4 NNP:nmod>9 CC:cc>6 "
            "NNP:compound>9 NNP:pobj>5 ,:punct>1 VBD:ROOT>0 NNS:dobj>11 .:punct>11",
            {"reported": "report", "sales": "sale"},
            {"Coach": "ORG", "Kate Spade": "PERSON"},
            [("Kate Spade", "part_of", "Tapestry")],
        ),
        # a priced deal a firm closes for a firm named before the noun
        (*CADENCE_ALTAIR_DEAL, (("Cadence Design Systems", "acquires", "Altair"),)),
        # a price paid for a whole firm buys it
        (
            "Sanofi paid $9.5 billion for Blueprint Medicines.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 NNP:compound>8 "
            "NNP:pobj>6 .:punct>2",
            {"paid": "pay"},
            {"$9.5 billion": "MONEY", "Blueprint Medicines": "ORG"},
            [("Sanofi", "acquires", "Blueprint Medicines")],
        ),
    ],
)
def test_ownership_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Syrah Technologies, the US subsidiary, builds anodes.",
            "NNP:compound>2 NNP:ROOT>0 ,:punct>2 DT:det>6 NNP:compound>6 NN:appos>2 ,:punct>6 "
            "VBZ:compound>9 NNS:conj>6 .:punct>2",
            {"builds": "build", "anodes": "anode"},
            {"Syrah Technologies": "PERSON", "US": "GPE"},
            (("Syrah Technologies", "part_of", "United States"),),
        ),
        (
            "Vantor Pharma rejected a takeover offer from Renmark Bio.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>6 NN:compound>6 NN:dobj>3 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 .:punct>3",
            {"rejected": "reject"},
            {"Vantor Pharma": "PERSON", "Renmark Bio": "ORG"},
            (("Renmark Bio", "acquires", "Vantor Pharma"),),
        ),
        (
            "Ericsson took Lenovo to court over 5G patents.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 NN:pobj>4 IN:quantmod>7 CD:nummod>9 "
            "NN:compound>9 NNS:dobj>2 .:punct>2",
            {"took": "take", "patents": "patent"},
            {"Lenovo": "ORG"},
            (("Ericsson", "acquires", "Lenovo"),),
        ),
        # a list of firms 'such as' on the verb is not the units'
        (
            "Washington sanctioned units of Arrow Electronics on Monday, including firms such as "
            "SMIC and YMTC.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNP:compound>6 NNP:pobj>4 IN:prep>2 "
            "NNP:pobj>7 ,:punct>2 VBG:prep>2 NNS:pobj>10 JJ:amod>13 IN:prep>11 NNP:pobj>13 "
            "CC:cc>14 NNP:conj>14 .:punct>2",
            {"sanctioned": "sanction", "units": "unit", "including": "include", "firms": "firm"},
            {"Washington": "GPE", "Arrow Electronics": "ORG", "SMIC": "ORG", "YMTC": "ORG"},
            (("SMIC", "part_of", "Arrow Electronics"),),
        ),
        (*PVH_OWNER_OF, [("list", "restricts", "Tommy Hilfiger")]),
        # a takeover is no partnership
        (*CADENCE_ALTAIR_DEAL, (("Cadence Design Systems", "partners", "Altair"),)),
        # a deal for goods buys no firm
        (
            "Tesla closed a $2 billion Samsung deal to buy chips.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>8 $:quantmod>6 CD:compound>6 CD:nummod>8 "
            "NNP:compound>8 NN:dobj>2 TO:aux>10 VB:relcl>8 NNS:dobj>10 .:punct>2",
            {"closed": "close", "chips": "chip"},
            {"Tesla": "ORG", "Samsung": "ORG"},
            (("Tesla", "acquires", "Samsung Electronics"),),
        ),
        # a stake paid for is no takeover
        (
            "Nvidia paid $900 million for a stake in Enfabrica.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>8 "
            "NN:pobj>6 IN:prep>8 NNP:pobj>9 .:punct>2",
            {"paid": "pay"},
            {"Nvidia": "ORG", "$900 million": "MONEY", "Enfabrica": "GPE"},
            (("Nvidia", "acquires", "Enfabrica"),),
        ),
        # (a firm listed before another's descriptor is no owner of it)
        (
            "Malaysia's Inari Amertron and Japanese materials group Resonac signed a memorandum.",
            "NNP:poss>8 POS:case>1 NNP:compound>4 NNP:nmod>8 CC:cc>4 JJ:amod>7 NNS:compound>8 "
            "NN:nsubj>10 NNP:appos>8 VBD:ROOT>0 DT:det>12 NN:dobj>10 .:punct>10",
            {"materials": "material", "signed": "sign"},
            {"Malaysia": "GPE", "Inari Amertron": "ORG", "Japanese": "NORP", "Resonac": "ORG"},
            (("Resonac", "part_of", "Inari Amertron"),),
        ),
    ],
)
def test_ownership_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


# statements taken back: the edge is read, and negated
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Halvard Foods is not a subsidiary of Orbis Holdings.",
            "NNP:compound>2 NNPS:nsubj>3 VBZ:ROOT>0 RB:neg>3 DT:det>6 NN:attr>3 IN:prep>6 "
            "NNP:compound>9 NNPS:pobj>7 .:punct>3",
            {"is": "be"},
            {"Halvard Foods": "ORG", "Orbis Holdings": "ORG"},
            (("Halvard Foods", "part_of", "Orbis Holdings"),),
        ),
        (
            "Pellham Motors did not take control of Ardent Motors.",
            "NNP:compound>2 NNPS:nsubj>5 VBD:aux>5 RB:neg>5 VB:ROOT>0 NN:dobj>5 IN:prep>6 "
            "NNP:compound>9 NNPS:pobj>7 .:punct>5",
            {"did": "do"},
            {"Pellham Motors": "ORG", "Ardent Motors": "ORG"},
            (("Pellham Motors", "acquires", "Ardent Motors"),),
        ),
        (
            "Pellham Motors denied plans to buy Ardent Motors.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNS:dobj>3 TO:aux>6 VB:acl>4 NNP:compound>8 "
            "NNPS:dobj>6 .:punct>3",
            {"denied": "deny", "plans": "plan"},
            {"Pellham Motors": "ORG", "Ardent Motors": "ORG"},
            (("Pellham Motors", "acquires", "Ardent Motors"),),
        ),
    ],
)
def test_ownership_takes_back(read, text, annotation, lemmas, ents, expected):
    cases.takes_back(read, text, annotation, lemmas, ents, expected)
