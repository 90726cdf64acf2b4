"""Places: "a Shanghai-based designer", "a new fab in Kumamoto", on sentences parsed by hand
(see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

#: Sentences parsed by hand that more than one case reads.
TALVIK_FOODS_WITHDREW_ITS = (
    "Talvik Foods withdrew its offer for Orsk Brands in July. The Oslo-based company had "
    "first approached Orsk a year earlier.",
    "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 PRP$:poss>5 NN:dobj>3 IN:prep>5 "
    "NNP:compound>8 NNPS:pobj>6 IN:prep>3 NNP:pobj>9 .:punct>3 DT:det>16 NNP:npadvmod>15 "
    "HYPH:punct>15 VBN:amod>16 NN:nsubj>19 VBD:aux>19 RB:advmod>19 VBN:ROOT>0 NNP:dobj>19 "
    "DT:det>22 NN:npadvmod>23 RBR:advmod>19 .:punct>19",
    {
        "withdrew": "withdraw",
        "based": "base",
        "had": "have",
        "approached": "approach",
        "earlier": "early",
    },
    {"Talvik Foods": "ORG", "Orsk Brands": "ORG", "Oslo": "GPE", "Orsk": "PERSON"},
)

AMONG_THEM_ARE_DELHI = (
    "Among them are Delhi-based Arvind Microtech and Tashkent Components.",
    "IN:prep>3 PRP:pobj>1 VBP:ROOT>0 NNP:npadvmod>6 HYPH:punct>6 VBN:amod>11 NNP:nmod>8 "
    "NNP:nmod>11 CC:cc>8 NNP:conj>8 NNP:nsubj>3 .:punct>3",
    {"them": "they", "are": "be", "based": "base"},
    {"Delhi": "GPE", "Arvind Microtech": "PERSON", "Tashkent Components": "ORG"},
)

TAIPEI_BASED_APPLE_SUPPLIER = (
    "Taipei-based Apple supplier Foxconn will build a plant in Texas.",
    "NNP:npadvmod>3 HYPH:punct>3 VBN:amod>6 NNP:compound>5 NN:compound>6 NNP:nsubj>8 "
    "MD:aux>8 VB:ROOT>0 DT:det>10 NN:dobj>8 IN:prep>10 NNP:pobj>11 .:punct>8",
    {"based": "base"},
    {"Taipei": "GPE", "Apple": "ORG", "Foxconn": "GPE", "Texas": "GPE"},
)


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


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Harlow Biotech, headquartered in Cambridge, raised $80 million.",
            "NNP:compound>2 NNP:nsubj>8 ,:punct>2 VBN:acl>2 IN:prep>4 NNP:pobj>5 ,:punct>2 "
            "VBD:ROOT>0 $:quantmod>11 CD:compound>11 CD:dobj>8 .:punct>8",
            {"headquartered": "headquarter", "raised": "raise"},
            {"Harlow Biotech": "PERSON", "Cambridge": "GPE"},
            (("Harlow Biotech", "operates_in", "Cambridge"),),
        ),
        (
            "Vantage Semi runs its Penang plant at full capacity.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 PRP$:poss>6 NNP:compound>6 NN:dobj>3 "
            "IN:prep>3 JJ:amod>9 NN:pobj>7 .:punct>3",
            {"runs": "run"},
            {"Vantage Semi": "PERSON", "Penang": "GPE"},
            (("Vantage Semi", "operates_in", "Penang"),),
        ),
        (
            "Pellucid Auto, a Geely-backed venture in Hangzhou, showed its first car.",
            "NNP:compound>2 NNP:nsubj>12 ,:punct>2 DT:det>8 RB:advmod>7 HYPH:punct>7 VBN:amod>8 "
            "NN:appos>2 IN:prep>8 NNP:pobj>9 ,:punct>2 VBD:ROOT>0 PRP$:poss>15 JJ:amod>15 "
            "NN:dobj>12 .:punct>12",
            {"backed": "back", "showed": "show"},
            {"Pellucid Auto": "ORG", "Hangzhou": "GPE"},
            (("Pellucid Auto", "operates_in", "Hangzhou"),),
        ),
        (
            "Calder Water serves about 3 million customers in Leeds.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 RB:quantmod>6 CD:compound>6 CD:nummod>7 "
            "NNS:dobj>3 IN:prep>7 NNPS:pobj>8 .:punct>3",
            {"serves": "serve", "customers": "customer"},
            {"Calder Water": "PERSON", "Leeds": "GPE"},
            (("Calder Water", "operates_in", "Leeds"),),
        ),
        (
            "Siemens Energy employs 4,000 people in Berlin.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 CD:nummod>5 NNS:dobj>3 IN:prep>3 NNP:pobj>6 "
            ".:punct>3",
            {"employs": "employ"},
            {"Siemens Energy": "ORG", "Berlin": "GPE"},
            (("Siemens Energy", "operates_in", "Berlin"),),
        ),
        (
            "The Reykjavik-headquartered firm Kvika runs data centres in Iceland.",
            "DT:det>6 NNP:npadvmod>4 HYPH:punct>4 VBN:amod>5 NN:compound>6 NNP:nsubj>7 "
            "VBZ:ROOT>0 NN:compound>9 NNS:dobj>7 IN:prep>9 NNP:pobj>10 .:punct>7",
            {"headquartered": "headquarter", "runs": "run", "centres": "centre"},
            {"Reykjavik": "ORG", "Kvika": "PERSON", "Iceland": "GPE"},
            (("Kvika", "operates_in", "Reykjavik"),),
        ),
        (
            "Rivian broke ground on a plant near Atlanta.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 DT:det>6 NN:pobj>4 IN:prep>6 NNP:pobj>7 "
            ".:punct>2",
            {"broke": "break"},
            {"Atlanta": "GPE"},
            (("Rivian", "operates_in", "Atlanta"),),
        ),
        (
            "Shein shifted some production to Vietnam.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 NNP:pobj>5 .:punct>2",
            {"shifted": "shift"},
            {"Vietnam": "GPE"},
            (("Shein", "operates_in", "Vietnam"),),
        ),
        (
            "Zentra, which has operations in Kenya, expanded to Ghana.",
            "NNP:nsubj>9 ,:punct>1 WDT:nsubj>4 VBZ:relcl>1 NNS:dobj>4 IN:prep>5 NNP:pobj>6 "
            ",:punct>1 VBD:ROOT>0 IN:prep>9 NNP:pobj>10 .:punct>9",
            {"has": "have", "operations": "operation", "expanded": "expand"},
            {"Zentra": "ORG", "Kenya": "GPE", "Ghana": "GPE"},
            (("Zentra", "operates_in", "Ghana"),),
        ),
        # where a firm assembles, makes or sells, it operates
        (
            "Kovant Motors will begin assembling cars in Indonesia next year.",
            "NNP:compound>2 NNPS:nsubj>4 MD:aux>4 VB:ROOT>0 VBG:xcomp>4 NNS:dobj>5 IN:prep>5 "
            "NNP:pobj>7 JJ:amod>10 NN:npadvmod>5 .:punct>4",
            {"assembling": "assemble", "cars": "car"},
            {"Kovant Motors": "ORG", "Indonesia": "GPE"},
            (("Kovant Motors", "operates_in", "Indonesia"),),
        ),
        # a longer name beginning with a known firm's is another firm, and the short name
        # later in the text is that one
        (
            "Samsung Biologics opened a plant in Incheon. Samsung will also build a plant in "
            "Songdo.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:pobj>6 "
            ".:punct>3 NNP:nsubj>12 MD:aux>12 RB:advmod>12 VB:ROOT>0 DT:det>14 NN:dobj>12 "
            "IN:prep>14 NNP:pobj>15 .:punct>12",
            {"opened": "open"},
            {"Samsung Biologics": "PERSON", "Incheon": "GPE", "Samsung": "ORG", "Songdo": "GPE"},
            (
                ("Samsung Biologics", "operates_in", "Incheon"),
                ("Samsung Biologics", "operates_in", "Songdo"),
            ),
        ),
        # a firm's name holding a country; a list's member is not what "the distributor"
        # of the next sentence refers to
        (
            "Washington removed two units of Lumen Trading, including Lumen China Supply "
            "Trading, from the list. The Denver-based distributor welcomed the decision.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>4 NNP:compound>7 "
            "NNP:pobj>5 ,:punct>4 VBG:prep>4 NNP:compound>13 NNP:compound>13 NNP:compound>13 "
            "NNP:pobj>9 ,:punct>4 IN:prep>2 DT:det>17 NN:pobj>15 .:punct>2 DT:det>23 "
            "NNP:npadvmod>22 HYPH:punct>22 VBN:amod>23 NN:nsubj>24 VBD:ROOT>0 DT:det>26 "
            "NN:dobj>24 .:punct>24",
            {
                "removed": "remove",
                "units": "unit",
                "including": "include",
                "based": "base",
                "welcomed": "welcome",
            },
            {"Washington": "GPE", "Denver": "GPE"},
            (("Lumen Trading", "operates_in", "Denver"),),
        ),
        # a place-based compound the parser hung on a name inside the noun phrase
        (
            "Telvia bought Orsana, a Lyon-based medical AI start-up, last year.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 ,:punct>3 DT:det>11 NNP:npadvmod>8 HYPH:punct>8 "
            "VBN:amod>11 JJ:amod>10 NNP:compound>11 NN:appos>3 ,:punct>3 JJ:amod>14 "
            "NN:npadvmod>2 .:punct>2",
            {"bought": "buy", "based": "base"},
            {"Telvia": "GPE", "Orsana": "PERSON", "Lyon": "ORG", "AI": "GPE"},
            (("Orsana", "operates_in", "Lyon"),),
        ),
        # "a Beijing AI company": "AI" before a firm's noun is no part of a name, and the place
        # may modify the word before the noun
        (
            "Baichuan, a Beijing AI company, launched a model.",
            "NNP:nsubj>8 ,:punct>1 DT:det>6 NNP:compound>5 NNP:compound>6 NN:appos>1 ,:punct>1 "
            "VBD:ROOT>0 DT:det>10 NN:dobj>8 .:punct>8",
            {"launched": "launch"},
            {"Baichuan": "PERSON", "Beijing AI": "ORG"},
            (("Baichuan Intelligence", "operates_in", "Beijing"),),
        ),
        # a place listed after another is no region of it
        (
            "Micron is building fabs in Boise, Manassas and Clay.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NNS:dobj>3 IN:prep>3 NNP:pobj>5 ,:punct>6 "
            "NNP:conj>6 CC:cc>8 NNP:conj>8 .:punct>3",
            {"is": "be", "building": "build", "fabs": "fab"},
            {"Micron": "ORG", "Boise": "GPE", "Manassas": "GPE", "Clay": "ORG"},
            (("Micron Technology", "operates_in", "Manassas"),),
        ),
        # the places listed before a facility's noun
        (
            "Glencore ships cobalt from its Mutanda and Kamoto mines to refiners in China.",
            "JJ:amod>2 NNS:nsubj>3 VBP:ROOT>0 IN:prep>3 PRP$:poss>9 NNP:nmod>9 CC:cc>6 NNP:conj>6 "
            "NNS:pobj>4 IN:prep>3 NNS:pobj>10 IN:prep>11 NNP:pobj>12 .:punct>3",
            {"ships": "ship", "mines": "mine", "refiners": "refiner"},
            {"Mutanda": "GPE", "Kamoto": "ORG", "China": "GPE"},
            (("Glencore", "operates_in", "Mutanda"), ("Glencore", "operates_in", "Kamoto")),
        ),
        # a place before the noun that describes a firm named after it
        (
            "Munich chipmaker Infineon raised its forecast.",
            "NNP:compound>2 NN:compound>3 NNP:nsubj>4 VBD:ROOT>0 PRP$:poss>6 NN:dobj>4 .:punct>4",
            {"raised": "raise"},
            {"Munich": "GPE", "Infineon": "PERSON"},
            (("Infineon Technologies", "operates_in", "Munich"),),
        ),
        # a firm described by its city as what a sentence is about is the firm the sentence before
        # is about, however the parser hangs the description
        (
            "Corvex Systems posted record sales. The Durham, North Carolina-based chipmaker is "
            "also dropping a research centre.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NN:compound>5 NNS:dobj>3 .:punct>3 DT:det>8 "
            "NNP:nsubj>17 ,:punct>8 NNP:compound>11 NNP:npadvmod>13 HYPH:punct>13 VBN:amod>14 "
            "NN:appos>8 VBZ:aux>17 RB:advmod>17 VBG:ROOT>0 DT:det>20 NN:compound>20 NN:dobj>17 "
            ".:punct>17",
            {"posted": "post", "sales": "sale", "based": "base", "is": "be", "dropping": "drop"},
            {"Corvex Systems": "ORG", "Durham": "GPE", "North Carolina": "GPE"},
            (("Corvex Systems", "operates_in", "Durham"),),
        ),
        (
            "Lumio Semi said it would cut jobs. The San Jose company makes sensors for phones.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP:nsubj>6 MD:aux>6 VB:ccomp>3 NNS:dobj>6 "
            ".:punct>3 DT:det>12 NNP:compound>11 NNP:compound>12 NN:nsubj>13 VBZ:ROOT>0 "
            "NNS:dobj>13 IN:prep>13 NNS:pobj>15 .:punct>13",
            {"said": "say", "jobs": "job", "makes": "make", "sensors": "sensor", "phones": "phone"},
            {"Lumio Semi": "PERSON", "San Jose": "GPE"},
            (("Lumio Semi", "operates_in", "San Jose"),),
        ),
        (*TALVIK_FOODS_WITHDREW_ITS, (("Talvik Foods", "operates_in", "Oslo"),)),
        # an "X-based group" is one firm, not a group of them
        (
            "Panasonic Holdings will work with Anthropic to build assistants into its "
            "appliances, the Osaka-based group said on Tuesday.",
            "NNP:compound>2 NNPS:nsubj>4 MD:aux>4 VB:ccomp>19 IN:prep>4 NNP:pobj>5 TO:aux>8 "
            "VB:advcl>4 NNS:dobj>8 IN:prep>8 PRP$:poss>12 NNS:pobj>10 ,:punct>19 DT:det>18 "
            "NNP:npadvmod>17 HYPH:punct>17 VBN:amod>18 NN:nsubj>19 VBD:ROOT>0 IN:prep>19 "
            "NNP:pobj>20 .:punct>19",
            {"assistants": "assistant", "appliances": "appliance", "based": "base", "said": "say"},
            {"Panasonic Holdings": "ORG", "Osaka": "GPE"},
            (("Panasonic", "operates_in", "Osaka"),),
        ),
        (
            "Bharat Electronics has signed a memorandum with Tower Semiconductor to study a "
            "foundry, the Bengaluru-based defence electronics maker said.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ccomp>22 DT:det>6 NN:dobj>4 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 TO:aux>11 VB:advcl>4 DT:det>13 NN:dobj>11 ,:punct>22 "
            "DT:det>21 NNP:npadvmod>18 HYPH:punct>18 VBN:amod>21 NN:compound>20 NNS:compound>21 "
            "NN:nsubj>22 VBD:ROOT>0 .:punct>22",
            {
                "has": "have",
                "signed": "sign",
                "based": "base",
                "electronics": "electronic",
                "said": "say",
            },
            {"Bharat Electronics": "ORG", "Tower Semiconductor": "ORG", "Bengaluru": "GPE"},
            (("Bharat Electronics", "operates_in", "Bangalore"),),
        ),
        # wells are where their owner operates
        (
            "EQT Production is a gas producer with wells in Pennsylvania and Ohio.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 DT:det>6 NN:compound>6 NN:attr>3 IN:prep>6 "
            "NNS:pobj>7 IN:prep>8 NNP:pobj>9 CC:cc>10 NNP:conj>10 .:punct>3",
            {"is": "be", "wells": "well"},
            {"EQT Production": "ORG", "Pennsylvania": "GPE", "Ohio": "GPE"},
            (
                ("EQT Production", "operates_in", "Pennsylvania"),
                ("EQT Production", "operates_in", "Ohio"),
            ),
        ),
        # "Hong Kong-registered Sino Ocean Shipping"
        (
            "Washington sanctioned 12 firms and two vessels on Friday. They include Hong "
            "Kong-registered Sino Ocean Shipping and Tianjin Haitai.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 CC:cc>4 CD:nummod>7 NNS:conj>4 "
            "IN:prep>2 NNP:pobj>8 .:punct>2 PRP:nsubj>12 VBP:ROOT>0 NNP:compound>14 "
            "NNP:npadvmod>16 HYPH:punct>16 VBN:amod>19 NNP:compound>18 NNP:compound>19 "
            "NNP:dobj>12 CC:cc>19 NNP:compound>22 NNP:conj>19 .:punct>12",
            {
                "sanctioned": "sanction",
                "firms": "firm",
                "vessels": "vessel",
                "registered": "register",
            },
            {"Washington": "GPE", "Hong Kong": "GPE", "Tianjin Haitai": "PERSON"},
            (("Sino Ocean Shipping", "operates_in", "Hong Kong"),),
        ),
        # "X-based" is of the name right after it, however the parser hangs a list
        (*AMONG_THEM_ARE_DELHI, (("Arvind Microtech", "operates_in", "Delhi"),)),
        # where a firm makes goods, however the parser hangs the place on them
        (
            "Fibocom, which makes most of its modules in Wuxi, reported higher sales.",
            "NNP:nsubj>12 ,:punct>1 WDT:nsubj>4 VBZ:relcl>1 JJS:dobj>4 IN:prep>5 PRP$:poss>8 "
            "NNS:pobj>6 IN:prep>8 NNP:pobj>9 ,:punct>1 VBD:ROOT>0 JJR:amod>14 NNS:dobj>12 "
            ".:punct>12",
            {
                "makes": "make",
                "modules": "module",
                "reported": "report",
                "higher": "high",
                "sales": "sale",
            },
            {"Wuxi": "GPE"},
            (("Fibocom", "operates_in", "Wuxi"),),
        ),
        # sites run "across" places
        (
            "Ionity runs 700 charging stations across Germany, France and Italy.",
            "NN:nsubj>2 VBZ:ROOT>0 CD:nummod>5 VBG:amod>5 NNS:dobj>2 IN:prep>5 NNP:pobj>6 "
            ",:punct>7 NNP:conj>7 CC:cc>9 NNP:conj>9 .:punct>2",
            {"runs": "run", "charging": "charge", "stations": "station"},
            {"Germany": "GPE", "France": "GPE", "Italy": "GPE"},
            (
                ("Ionity", "operates_in", "Germany"),
                ("Ionity", "operates_in", "France"),
                ("Ionity", "operates_in", "Italy"),
            ),
        ),
        # the place the parser hangs on the firm a passive names as its doer
        (
            "The vaccine is manufactured for Novavax by Serum Institute in Pune.",
            "DT:det>2 NN:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:prep>4 NNP:pobj>5 IN:agent>4 "
            "NNP:compound>9 NNP:pobj>7 IN:prep>9 NNP:pobj>10 .:punct>4",
            {"is": "be", "manufactured": "manufacture"},
            {"Novavax": "ORG", "Serum Institute": "ORG", "Pune": "GPE"},
            (("Serum Institute", "operates_in", "Pune"),),
        ),
        # "X-based" before a firm that modifies a role noun is of the role's name
        (*TAIPEI_BASED_APPLE_SUPPLIER, (("Foxconn", "operates_in", "Taipei"),)),
        # words that say what the firm is between "X-based" and its name, "startup" read as
        # the verb
        (
            "Lisbon-based battery startup Voltea Cells raised 20 million euros.",
            "NN:npadvmod>3 HYPH:punct>3 VBN:amod>4 NN:nsubj>5 VBD:ROOT>0 NNP:compound>7 "
            "NNPS:nsubj>8 VBD:ccomp>5 CD:compound>10 CD:nummod>11 NNS:dobj>8 .:punct>8",
            {"based": "base", "raised": "raise", "euros": "euro"},
            {"Lisbon": "GPE", "Voltea Cells": "ORG", "20 million": "CARDINAL"},
            (("Voltea Cells", "operates_in", "Lisbon"),),
        ),
        # a place before the words that say what a firm is: the place is its home
        (
            "Leipzig chip designer Quantia Labs launched a chip.",
            "NNP:compound>2 NN:compound>3 NN:compound>5 NNP:compound>5 NNPS:nsubj>6 VBD:ROOT>0 "
            "DT:det>8 NN:dobj>6 .:punct>6",
            {"launched": "launch"},
            {"Leipzig": "GPE", "Quantia Labs": "PERSON"},
            (("Quantia Labs", "operates_in", "Leipzig"),),
        ),
        # a firm's name before a facility's noun says whose the facility is
        (
            "The trials will take place at a Bosch plant in Ohio.",
            "DT:det>2 NNS:nsubj>4 MD:aux>4 VB:ROOT>0 NN:dobj>4 IN:prep>4 DT:det>9 "
            "NNP:compound>9 NN:pobj>6 IN:prep>9 NNP:pobj>10 .:punct>4",
            {"trials": "trial"},
            {"Bosch": "ORG", "Ohio": "GPE"},
            (("Bosch", "operates_in", "Ohio"),),
        ),
        # a firm "of" a place
        (
            "Sakura Robotics of Osaka won the contract.",
            "NNP:compound>2 NNP:nsubj>5 IN:prep>2 NNP:pobj>3 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            ".:punct>5",
            {"won": "win"},
            {"Sakura Robotics": "PERSON", "Osaka": "GPE"},
            (("Sakura Robotics", "operates_in", "Osaka"),),
        ),
        # a place's firm is there
        (
            "The list includes Dubai's Falcon Gulf Trading.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNP:poss>8 POS:case>4 NNP:compound>8 NNP:compound>8 "
            "NNP:dobj>3 .:punct>3",
            {"includes": "include"},
            {"Dubai": "GPE", "Falcon Gulf Trading": "FAC"},
            (("Falcon Gulf Trading", "operates_in", "Dubai"),),
        ),
        # ending work at a plant still says the firm is where the plant is
        (
            "Nissan will end production at its Oppama plant in Kanagawa.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NN:dobj>3 IN:prep>3 PRP$:poss>8 NNP:compound>8 "
            "NN:pobj>5 IN:prep>8 NNP:pobj>9 .:punct>3",
            {},
            {"Nissan": "ORG", "Oppama": "ORG", "Kanagawa": "GPE"},
            [("Nissan Motor", "operates_in", "Oppama")],
        ),
        # plans announced for a plant are not taken back
        (
            "Nissan announced plans for a plant in Sunderland.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 DT:det>6 NN:pobj>4 IN:prep>6 NNP:pobj>7 "
            ".:punct>2",
            {"announced": "announce", "plans": "plan"},
            {"Nissan": "ORG", "Sunderland": "GPE"},
            [("Nissan Motor", "operates_in", "Sunderland")],
        ),
        # a firm operates where it has people
        (
            "Bosch has about 2,000 staff in Vietnam.",
            "NNP:nsubj>2 VBZ:ROOT>0 RB:advmod>4 CD:nummod>5 NN:dobj>2 IN:prep>5 NNP:pobj>6 "
            ".:punct>2",
            {"has": "have"},
            {"Bosch": "ORG", "about 2,000": "CARDINAL", "Vietnam": "GPE"},
            (("Bosch", "operates_in", "Vietnam"),),
        ),
        # the country of an owned facility
        (
            "BYD's Hungarian plant will start output next year.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>6 MD:aux>6 VB:ROOT>0 NN:dobj>6 JJ:amod>9 "
            "NN:npadvmod>6 .:punct>6",
            {},
            {"BYD": "ORG", "Hungarian": "NORP", "next year": "DATE"},
            (("BYD", "operates_in", "Hungary"),),
        ),
        # a unit moved to a place
        (
            "Syensqo relocated its battery materials unit to Georgia.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>6 NN:compound>5 NNS:compound>6 NN:dobj>2 IN:prep>2 "
            "NNP:pobj>7 .:punct>2",
            {"relocated": "relocate", "materials": "material"},
            {"Syensqo": "ORG", "Georgia": "GPE"},
            (("Syensqo", "operates_in", "Georgia"),),
        ),
        # where a copula says a firm's facility is
        (
            "Nokia's headquarters are in Espoo.",
            "NNP:poss>3 POS:case>1 NN:nsubj>4 VBP:ROOT>0 IN:prep>4 NNP:pobj>5 .:punct>4",
            {"are": "be"},
            {"Nokia": "ORG", "Espoo": "GPE"},
            [("Nokia", "operates_in", "Espoo")],
        ),
        # the one given something for a facility runs it
        (
            "Malaysia granted a licence to Infineon for a power-chip fab in Kulim.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:dative>2 NNP:pobj>5 IN:prep>2 DT:det>12 "
            "NN:compound>11 HYPH:punct>11 NN:compound>12 NN:pobj>7 IN:prep>12 NNP:pobj>13 "
            ".:punct>2",
            {"granted": "grant"},
            {"Malaysia": "GPE", "Infineon": "PERSON", "Kulim": "GPE"},
            (("Infineon Technologies", "operates_in", "Kulim"),),
        ),
    ],
)
def test_places_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Ostrava Steel will no longer build its planned mill in Katowice.",
            "NNP:compound>2 NNP:nsubj>6 MD:aux>6 RB:neg>5 RB:advmod>6 VB:ROOT>0 PRP$:poss>9 "
            "VBN:amod>9 NN:dobj>6 IN:prep>9 NNP:pobj>10 .:punct>6",
            {"longer": "long", "planned": "plan"},
            {"Ostrava Steel": "ORG", "Katowice": "LOC"},
            (("Ostrava Steel", "operates_in", "Katowice"),),
        ),
        (
            "Lenovo expanded its ties to Japan.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NNS:dobj>2 IN:prep>4 NNP:pobj>5 .:punct>2",
            {"expanded": "expand", "ties": "tie"},
            {"Lenovo": "ORG", "Japan": "GPE"},
            (("Lenovo", "operates_in", "Japan"),),
        ),
        # what a firm is banned from doing it does not do
        (
            "Regulators banned Zentra Soft from selling its antivirus software in Brazil.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 IN:prep>2 VBG:pcomp>5 "
            "PRP$:poss>9 NN:compound>9 NN:dobj>6 IN:prep>6 NNP:pobj>10 .:punct>2",
            {"Regulators": "regulator", "banned": "ban", "selling": "sell"},
            {"Zentra Soft": "ORG", "Brazil": "GPE"},
            (("Zentra Soft", "operates_in", "Brazil"),),
        ),
        # a body of state that approves a plant does not run it
        (
            "The Ministry of Industry approved a battery plant in Kenitra for Orvane Cells.",
            "DT:det>2 NNP:nsubj>5 IN:prep>2 NNP:pobj>3 VBD:ROOT>0 DT:det>8 NN:compound>8 "
            "NN:dobj>5 IN:prep>8 NNP:pobj>9 IN:prep>10 NNP:compound>13 NNP:pobj>11 .:punct>5",
            {"approved": "approve"},
            {"The Ministry of Industry": "ORG", "Orvane Cells": "ORG", "Kenitra": "GPE"},
            (("Ministry of Industry", "operates_in", "Kenitra"),),
        ),
        # facilities goods are supplied to are not the supplier's
        (
            "Orvane Memory will supply server chips to data centres in Brazil.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 NN:compound>6 NNS:dobj>4 IN:prep>4 "
            "NN:compound>9 NNS:pobj>7 IN:prep>9 NNP:pobj>10 .:punct>4",
            {"chips": "chip", "centres": "centre"},
            {"Orvane Memory": "ORG", "Brazil": "GPE"},
            (("Orvane Memory", "operates_in", "Brazil"),),
        ),
        # what is said of a place is not said of the region after its comma
        (
            "Intel will build the fab in Chandler, Arizona, next year.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 NNP:pobj>6 ,:punct>7 "
            "NNP:appos>7 ,:punct>7 JJ:amod>12 NN:npadvmod>3 .:punct>3",
            {},
            {"Intel": "ORG", "Chandler": "GPE", "Arizona": "GPE"},
            (("Intel", "operates_in", "Arizona"),),
        ),
        # not the firm named last
        (*TALVIK_FOODS_WITHDREW_ITS, (("Orsk Brands", "operates_in", "Oslo"),)),
        # not of the next name listed
        (*AMONG_THEM_ARE_DELHI, (("Tashkent Components", "operates_in", "Delhi"),)),
        # not of the firm that modifies the role noun
        (*TAIPEI_BASED_APPLE_SUPPLIER, (("Apple", "operates_in", "Taipei"),)),
        # where a firm sues is no place it works
        (
            "Samsung was sued by Nokia in Munich over video patents.",
            "NNP:nsubjpass>3 VBD:auxpass>3 VBN:ROOT>0 IN:agent>3 NNP:pobj>4 IN:prep>5 NNP:pobj>6 "
            "IN:prep>3 NN:compound>10 NNS:pobj>8 .:punct>3",
            {"was": "be", "sued": "sue", "patents": "patent"},
            {"Samsung": "ORG", "Nokia": "ORG", "Munich": "GPE"},
            (("Nokia", "operates_in", "Munich"),),
        ),
    ],
)
def test_places_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


@pytest.mark.parametrize(
    CASES,
    [
        # a plant under plans a clause takes back is no place the firm is in
        (
            "Nissan scrapped plans for a plant in Sunderland.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 DT:det>6 NN:pobj>4 IN:prep>6 NNP:pobj>7 "
            ".:punct>2",
            {"scrapped": "scrap", "plans": "plan"},
            {"Nissan": "ORG", "Sunderland": "GPE"},
            [("Nissan Motor", "operates_in", "Sunderland")],
        ),
        (
            "Intel does not have staff in Russia.",
            "NNP:nsubj>4 VBZ:aux>4 RB:neg>4 VB:ROOT>0 NN:dobj>4 IN:prep>5 NNP:pobj>6 .:punct>4",
            {"does": "do"},
            {"Intel": "ORG", "Russia": "GPE"},
            (("Intel", "operates_in", "Russia"),),
        ),
    ],
)
def test_places_takes_back(read, text, annotation, lemmas, ents, expected):
    cases.takes_back(read, text, annotation, lemmas, ents, expected)
