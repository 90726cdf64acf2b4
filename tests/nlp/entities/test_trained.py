"""Mentions from the trained recogniser's entities, where it is right, on a Doc that
carries the entities it found (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")

CASE = ("text", "annotation", "lemmas", "ents", "expected")


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


# names found and typed beyond the lexicon
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Lockheed Martin will work with Rheinmetall to make missile parts in Germany.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 IN:prep>4 NNP:pobj>5 TO:aux>8 "
            "VB:advcl>4 NN:compound>10 NNS:dobj>8 IN:prep>10 NNP:pobj>11 .:punct>4",
            {"parts": "part"},
            {"Lockheed": "ORG", "Martin": "PERSON", "Rheinmetall": "ORG", "Germany": "GPE"},
            (("Lockheed Martin", "COMPANY"),),
        ),
        (
            "Vietnam's Prime Minister Pham Minh Chinh met officials in Hanoi.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:compound>7 NNP:compound>7 NNP:compound>7 "
            "NNP:nsubj>8 VBD:ROOT>0 NNS:dobj>8 IN:prep>8 NNP:pobj>10 .:punct>8",
            {"met": "meet", "officials": "official"},
            {"Vietnam": "GPE", "Pham Minh Chinh": "PERSON", "Hanoi": "GPE"},
            (("Pham Minh Chinh", "PERSON"),),
        ),
        (
            "Sung-ho Park succeeded Yoon Kim as head of the unit.",
            "NNP:compound>3 HYPH:punct>3 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNP:compound>7 "
            "NNP:dobj>5 IN:prep>5 NN:pobj>8 IN:prep>9 DT:det>12 NN:pobj>10 .:punct>5",
            {"succeeded": "succeed"},
            {"Sung-ho Park": "PERSON", "Yoon Kim": "PERSON"},
            (("Yoon Kim", "PERSON"),),
        ),
        (
            "The European Investment Bank lent 500 million euros to Northvolt.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 CD:compound>7 "
            "CD:nummod>8 NNS:dobj>5 IN:dative>5 NNP:pobj>9 .:punct>5",
            {"lent": "lend", "euros": "euro"},
            {"The European Investment Bank": "ORG", "Northvolt": "GPE"},
            (("Northvolt", "COMPANY"),),
        ),
        (
            "The Reykjavik-headquartered firm Kvika runs data centres in Iceland.",
            "DT:det>6 NNP:npadvmod>4 HYPH:punct>4 VBN:amod>5 NN:compound>6 NNP:nsubj>7 "
            "VBZ:ROOT>0 NN:compound>9 NNS:dobj>7 IN:prep>9 NNP:pobj>10 .:punct>7",
            {"headquartered": "headquarter", "runs": "run", "centres": "centre"},
            {"Reykjavik": "ORG", "Kvika": "PERSON", "Iceland": "GPE"},
            (("Reykjavik", "LOCATION"),),
        ),
        (
            "The San Mateo, California-based company makes drones.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>9 ,:punct>3 NNP:npadvmod>7 HYPH:punct>7 "
            "VBN:amod>8 NN:appos>3 VBZ:ROOT>0 NNS:dobj>9 .:punct>9",
            {"based": "base", "makes": "make", "drones": "drone"},
            {"San Mateo": "GPE", "California": "GPE"},
            (("San Mateo", "LOCATION"),),
        ),
        # a name the recogniser ran across a comma into a possessive names two things
        (
            "A jury ruled over the Pulsar, Medira's tubeless wearable pump.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 IN:prep>3 DT:det>11 NNP:nmod>11 ,:punct>7 "
            "NNP:appos>6 POS:case>7 NN:amod>11 JJ:amod>11 NN:pobj>4 .:punct>3",
            {"ruled": "rule"},
            {"Pulsar, Medira's": "ORG"},
            (("Pulsar", "PRODUCT"), ("Medira", "COMPANY")),
        ),
        # a bracket the recogniser's name opens and does not close is left out of it
        (
            "Ardenia's Board of Trade Promotion (BTP) approved new incentives.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>10 IN:prep>3 NNP:compound>6 NNP:pobj>4 -LRB-:punct>3 "
            "NNP:appos>3 -RRB-:punct>3 VBD:ROOT>0 JJ:amod>12 NNS:dobj>10 .:punct>10",
            {"approved": "approve", "incentives": "incentive"},
            {"Board of Trade Promotion (BTP": "ORG"},
            (("Board of Trade Promotion", "COMPANY"),),
        ),
        # a conjunction the recogniser ran a name into is left out of it
        (
            "Orvane approved a plan by Velmora Chips and Powerchip.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            "CC:cc>7 NNP:conj>7 .:punct>2",
            {"approved": "approve"},
            {"Velmora Chips and": "ORG"},
            (("Velmora Chips", "COMPANY"),),
        ),
        # a name right before a facility's noun is where the facility is
        (
            "Embraer delivered the jet at the planemaker's Gaviao Peixoto plant.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 DT:det>7 NN:poss>11 POS:case>7 "
            "NNP:compound>10 NNP:compound>11 NN:pobj>5 .:punct>2",
            {"delivered": "deliver"},
            {"Embraer": "PERSON", "Gaviao Peixoto": "PERSON"},
            (("Gaviao Peixoto", "LOCATION"),),
        ),
        (
            "Micron will build two fabs at its Boise campus.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 CD:nummod>5 NNS:dobj>3 IN:prep>3 PRP$:poss>9 "
            "NNP:compound>9 NN:pobj>6 .:punct>3",
            {"fabs": "fab"},
            {"Micron": "ORG", "Boise": "PRODUCT"},
            (("Boise", "LOCATION"),),
        ),
        # the noun that says what a name is, run into it by the recogniser, says it is a firm
        (
            "Berlin-based defence start-up Stark raised \u20ac60 million.",
            "NNP:npadvmod>3 HYPH:punct>3 VBN:amod>5 NN:compound>5 NNP:compound>6 NNP:nsubj>7 "
            "VBD:ROOT>0 $:quantmod>10 CD:compound>10 CD:dobj>7 .:punct>7",
            {"based": "base", "raised": "raise"},
            {"Berlin": "GPE", "start-up Stark": "PERSON"},
            (("Stark", "COMPANY"),),
        ),
        # a firm's name run into a country's names its unit there
        (
            "Airtel Uganda has launched a 5G network in Kampala.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 DT:det>8 CD:nummod>7 NN:compound>8 "
            "NN:dobj>4 IN:prep>8 NNP:pobj>9 .:punct>4",
            {"has": "have", "launched": "launch"},
            {"Uganda": "GPE", "Kampala": "GPE"},
            (("Airtel Uganda", "COMPANY"),),
        ),
        # the region a place is named in after its comma is a place too, from the lexicon or the
        # recogniser
        (
            "Intel will build the fab in Chandler, Arizona, next year.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 NNP:pobj>6 ,:punct>7 "
            "NNP:appos>7 ,:punct>7 JJ:amod>12 NN:npadvmod>3 .:punct>3",
            {},
            {"Intel": "ORG", "Chandler": "GPE", "Arizona": "GPE"},
            (("Chandler", "LOCATION"), ("Arizona", "LOCATION")),
        ),
        (
            "ST will build a campus in Catania, Sicily, next year.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 NNP:pobj>6 ,:punct>3 "
            "NNP:npadvmod>3 ,:punct>3 JJ:amod>12 NN:npadvmod>3 .:punct>3",
            {},
            {"ST": "ORG", "Catania": "GPE", "Sicily": "GPE"},
            (("Catania", "LOCATION"), ("Sicily", "LOCATION")),
        ),
        # a firm whose name holds its country's is the firm, not the country
        (
            "Air India ordered 100 jets from Airbus.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 CD:nummod>5 NNS:dobj>3 IN:prep>3 NNP:pobj>6 "
            ".:punct>3",
            {"ordered": "order", "jets": "jet"},
            {"Air India": "ORG", "Airbus": "ORG"},
            (("Air India", "COMPANY"),),
        ),
        # a preposition no name holds ends the recogniser's name
        (
            "Qualcomm expanded its collaboration with Samsung on Galaxy phones.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 IN:prep>4 "
            "NNP:compound>9 NNS:pobj>7 .:punct>2",
            {"expanded": "expand", "phones": "phone"},
            {"Samsung on Galaxy": "ORG"},
            (("Samsung Electronics", "COMPANY"),),
        ),
        # a model's word and its letter, taken for a person, name a product
        (
            "Owners of Tesla's Model S will wait longer for parts.",
            "NNS:nsubj>8 IN:prep>1 NNP:poss>6 POS:case>3 NNP:compound>6 NNP:pobj>2 MD:aux>8 "
            "VB:ROOT>0 RBR:advmod>8 IN:prep>8 NNS:pobj>10 .:punct>8",
            {"Owners": "owner", "longer": "long", "parts": "part"},
            {"Tesla": "ORG", "Model S": "PERSON"},
            (("Model S", "PRODUCT"),),
        ),
        (
            "Mark Schneider said the Nestlé board backed him.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>6 NNP:compound>6 NN:nsubj>7 VBD:ccomp>3 "
            "PRP:dobj>7 .:punct>3",
            {"said": "say", "backed": "back"},
            {"Mark Schneider": "PERSON", "Nestlé": "ORG"},
            (("Mark Schneider", "PERSON"),),
        ),
        # a capitalised word within a sentence that the tagger took for a common noun
        (
            "Brussels opened a probe into Chinese turbine makers including Goldwind.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 JJ:amod>8 NN:compound>8 "
            "NNS:pobj>5 VBG:prep>8 NN:pobj>9 .:punct>2",
            {"opened": "open", "makers": "maker", "including": "include", "Goldwind": "goldwind"},
            {"Brussels": "GPE", "Chinese": "NORP", "Goldwind": "PERSON"},
            (("Goldwind", "COMPANY"),),
        ),
        # a firm's first word the recogniser left out of its name
        (
            "Sable Ridge raised $20 million from investors in Oslo.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 IN:prep>3 "
            "NNS:pobj>7 IN:prep>8 NNP:pobj>9 .:punct>3",
            {"raised": "raise", "investors": "investor"},
            {"Ridge": "ORG", "Oslo": "GPE"},
            (("Sable Ridge", "COMPANY"),),
        ),
        # an owner's possessive the recogniser ran into a product's name, the name's last
        # word and the product's noun after it
        (
            "Brightwell's Lumen B assistant runs on Azure.",
            "NNP:poss>6 POS:case>1 NNP:compound>4 NNP:compound>5 NN:compound>6 NNS:ROOT>0 "
            "IN:prep>6 NNP:pobj>7 .:punct>6",
            {"runs": "run"},
            {"Brightwell's Lumen": "ORG"},
            (("Brightwell", "COMPANY"),),
        ),
        # the one money is raised from is a firm, whatever the recogniser says
        (
            "Kelvra raises $60 million from Lightspeed",
            "NNP:nsubj>2 VBZ:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 NNP:pobj>6",
            {"raises": "raise"},
            {"$60 million": "MONEY", "Lightspeed": "GPE"},
            (("Lightspeed", "COMPANY"),),
        ),
    ],
)
def test_trained_types(read, text, annotation, lemmas, ents, expected):
    cases.types(read, text, annotation, lemmas, ents, expected)


def test_trained_person_ending_in_a_common_noun_is_no_person(read):
    """ "a Lyon-based medical AI start-up": the recogniser's person that ends in a lower-case
    word is no name; "start-up" stays one word for the parser."""
    reading = read(
        "Telvia bought Orsana, a Lyon-based medical AI start-up, last year.",
        "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 ,:punct>3 DT:det>11 NNP:npadvmod>8 HYPH:punct>8 "
        "VBN:amod>11 JJ:amod>10 NNP:compound>11 NN:appos>3 ,:punct>3 JJ:amod>14 "
        "NN:npadvmod>2 .:punct>2",
        lemmas={"bought": "buy", "based": "base"},
        ents={"Orsana": "PERSON", "AI start-up": "PERSON"},
    )
    assert all(label != "AI start-up" for _, label, _ in reading.mentions)
    assert ("Orsana", "operates_in", "Lyon") in reading.relations
