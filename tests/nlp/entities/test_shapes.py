"""Mentions found by the shape of a name and the words around it: company suffixes, model
numbers, process nodes, agencies, measures."""

from __future__ import annotations

import pytest

from kg.nlp.entities import shapes
from tests.nlp import cases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # company by suffix, not in the lexicon
        (
            "Quantix Semiconductor opened an office.",
            ("Quantix Semiconductor", "Quantix Semiconductor", "COMPANY"),
        ),
        # product by model number after a brand, not in the lexicon
        ("The Zorion 7200X is fast.", ("Zorion 7200X", "Zorion 7200X", "PRODUCT")),
        # standalone model number
        ("Buyers want the QX900 now.", ("QX900", "QX900", "PRODUCT")),
        # process node with a standard label
        ("It uses a 4 nm process.", ("4 nm process", "4nm process", "TECHNOLOGY")),
        # a hyphened word inside the name a suffix ends: the whole run
        (
            "Korvane High-Tech opened a plant.",
            ("Korvane High-Tech", "Korvane High-Tech", "COMPANY"),
        ),
        # agency by name shape
        (
            "The Ministry of Digital Affairs spoke.",
            ("Ministry of Digital Affairs", "Ministry of Digital Affairs", "AGENCY"),
        ),
        # a generation's number after "Gen" ends a model's name
        (
            "Buyers waited for the Dimensity 9 Gen 4.",
            ("Dimensity 9 Gen 4", "Dimensity 9 Gen 4", "PRODUCT"),
        ),
        # the words a firm in energy, drives or the cloud ends its name with
        ("Aiko Solar opened a plant.", ("Aiko Solar", "Aiko Solar", "COMPANY")),
        ("Nordheim Cloud hired staff.", ("Nordheim Cloud", "Nordheim Cloud", "COMPANY")),
        ("Kaveri Drives cut prices.", ("Kaveri Drives", "Kaveri Drives", "COMPANY")),
        (
            "Vistral Halbleiter hired staff.",
            ("Vistral Halbleiter", "Vistral Halbleiter", "COMPANY"),
        ),
        (
            "Ontario Power Generation hired staff.",
            ("Ontario Power Generation", "Ontario Power Generation", "COMPANY"),
        ),
    ],
)
def test_shapes_found_without_parser(read_unparsed, text, expected):
    assert expected in read_unparsed(text).mentions


def test_shapes_a_word_joined_to_a_number_after_a_name_is_no_model(read_unparsed):
    # "West Qurna-2" is an oil field; "the Corvo-7" a model
    found = read_unparsed("Output at West Qurna-2 rose.").mentions
    assert all(t != "PRODUCT" for _, _, t in found)
    found = read_unparsed("Output of the Corvo-7 rose.").mentions
    assert ("Corvo-7", "PRODUCT") in {(label, t) for _, label, t in found}


def test_shapes_ltd_with_its_full_stop_ends_a_firms_name(read_unparsed):
    # "Ltd." keeps its full stop at a sentence's end: no name runs on into the next
    found = read_unparsed("OFAC sanctioned Skylink Trading Ltd. The firm denied it.").mentions
    assert ("Skylink Trading Ltd.", "Skylink Trading", "COMPANY") in found
    assert not any("The" in text for text, _, _ in found)


def test_shapes_month_does_not_start_a_product(read_unparsed):
    found = read_unparsed("The chip debuts on May 22.").mentions
    assert all(t != "PRODUCT" for _, _, t in found)


@pytest.mark.parametrize("amount", ["million", "billion", "percent", "crore"])
def test_shapes_number_before_an_amount_is_no_model(read_unparsed, amount):
    # "fined Aldana 2 million rand": money, not the product "Aldana 2"
    found = read_unparsed(f"The regulator fined Aldana 2 {amount} rand.").mentions
    assert all(t != "PRODUCT" for _, _, t in found)
    found = read_unparsed("The regulator praised the Aldana 2 phone.").mentions
    assert ("Aldana 2", "PRODUCT") in {(label, t) for _, label, t in found}


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas"),
    [
        # shapes that start at words of every kind: a company suffix, a cue noun, a model
        # number, a process node, a product head, an agency, a named and a generic measure
        (
            "Corvane Systems Inc and chipmaker Tellurix showed the Orbis 7X at 2nm.",
            "NNP:compound>3 NNPS:compound>3 NNP:nsubj>7 CC:cc>3 NN:compound>6 NNP:conj>3 "
            "VBD:ROOT>0 DT:det>10 NNP:compound>10 NNP:dobj>7 IN:prep>7 CD:nummod>13 NN:pobj>11 "
            ".:punct>7",
            {"showed": "show"},
        ),
        (
            "The Quarro inference chips ship after the Ministry of Digital Affairs approved them.",
            "DT:det>4 NNP:compound>4 NN:compound>4 NNS:nsubj>5 VBP:ROOT>0 IN:mark>12 DT:det>8 "
            "NNP:nsubj>12 IN:prep>8 NNP:compound>11 NNPS:pobj>9 VBD:advcl>5 PRP:dobj>12 .:punct>5",
            {"chips": "chip", "approved": "approve", "them": "they"},
        ),
        (
            "The Fair Compute Act and new export restrictions hit the Velda 900 and the K12.",
            "DT:det>4 NNP:compound>3 NNP:compound>4 NNP:nsubj>9 CC:cc>4 JJ:amod>8 NN:compound>8 "
            "NNS:conj>4 VBD:ROOT>0 DT:det>11 NNP:dobj>9 CD:nummod>11 CC:cc>11 DT:det>15 "
            "NNP:conj>11 .:punct>9",
            {"restrictions": "restriction"},
        ),
        (
            "Ferroline Semiconductor Co said its licence requirements would follow the EU rules.",
            "NNP:compound>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 PRP$:poss>7 NN:compound>7 "
            "NNS:nsubj>9 MD:aux>9 VB:ccomp>4 DT:det>12 NNP:compound>12 NNS:dobj>9 .:punct>4",
            {"said": "say", "requirements": "requirement", "rules": "rule"},
        ),
    ],
)
def test_shapes_start_only_where_a_word_can_start_one(
    rules_nlp, parse, text, annotation, lemmas, monkeypatch
):
    """The words a shape may start at are found by their form (and a noun's lemma): the
    shapes are those found by trying every word."""
    patterns = rules_nlp.get_pipe("kg_entity_recognizer").patterns
    doc = parse(text, annotation, lemmas=lemmas)
    found = [(m.start, m.end, m.type, m.method) for m in shapes.shapes(patterns, doc)]
    assert len(shapes.shape_starts(patterns, doc)) < len(doc)
    monkeypatch.setattr(shapes, "shape_starts", lambda p, d: list(range(len(d))))
    tried = [(m.start, m.end, m.type, m.method) for m in shapes.shapes(patterns, doc)]
    assert found == tried and found


# Names and shapes of news nobody tuned the rules on, in sentences written for these tests.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Investors backed Sarvam AI and Mistral AI this year.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 CC:cc>4 NNP:compound>7 "
            "NNP:conj>4 DT:det>9 NN:npadvmod>2 .:punct>2",
            {"Investors": "investor", "backed": "back"},
            {"Mistral AI": "GPE"},
            ("Sarvam AI", "COMPANY"),
        ),
        (
            "The fund bought shares in Ferrovia Tech.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 NNS:dobj>3 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            ".:punct>3",
            {"bought": "buy", "shares": "share"},
            {"Ferrovia Tech": "GPE"},
            ("Ferrovia Tech", "COMPANY"),
        ),
        (
            "Geely faces 18.8% and BYD 17%.",
            "RB:advmod>2 VBZ:ROOT>0 CD:nummod>4 NN:dobj>2 CC:cc>2 NNP:conj>2 CD:nummod>8 "
            "NN:appos>6 .:punct>2",
            {"faces": "face"},
            {"BYD": "ORG"},
            ("BYD", "COMPANY"),
        ),
        (
            "Brussels imposed countervailing duties on Chinese electric vehicles.",
            "NNP:nsubj>2 VBD:ROOT>0 VBG:amod>4 NNS:dobj>2 IN:prep>4 JJ:amod>8 JJ:amod>8 "
            "NNS:pobj>5 .:punct>2",
            {
                "imposed": "impose",
                "countervailing": "countervail",
                "duties": "duty",
                "vehicles": "vehicle",
            },
            {"Brussels": "GPE"},
            ("countervailing duties", "POLICY"),
        ),
        (
            "Xiamen Limbach Aircraft Engine Co was added to the list.",
            "NNP:compound>5 NNP:compound>5 NNP:compound>5 NNP:compound>5 NNP:nsubjpass>7 "
            "VBD:auxpass>7 VBN:ROOT>0 IN:prep>7 DT:det>10 NN:pobj>8 .:punct>7",
            {"was": "be", "added": "add"},
            {"Xiamen Limbach Aircraft Engine Co": "ORG"},
            ("Xiamen Limbach Aircraft Engine Co", "COMPANY"),
        ),
        (
            "The order was issued under the Investment Canada Act.",
            "DT:det>2 NN:nsubjpass>4 VBD:auxpass>4 VBN:ROOT>0 IN:prep>4 DT:det>9 "
            "NNP:compound>8 NNP:compound>9 NNP:pobj>5 .:punct>4",
            {"was": "be", "issued": "issue"},
            {"the Investment Canada Act": "ORG"},
            ("Investment Canada Act", "POLICY"),
        ),
    ],
)
def test_shapes_finds_and_types_beyond_the_lexicon(read, text, annotation, lemmas, ents, expected):
    mentions = read(text, annotation, lemmas=lemmas, ents=ents).mentions
    assert expected in {(label, type_) for _, label, type_ in mentions}


# names found and typed beyond the lexicon
@pytest.mark.parametrize(
    CASES,
    [
        (
            "The Thai Food and Drug Administration approved the drug.",
            "DT:det>6 NNP:nmod>6 NNP:nmod>6 CC:cc>3 NNP:conj>3 NNP:nsubj>7 VBD:ROOT>0 DT:det>9 "
            "NN:dobj>7 .:punct>7",
            {"approved": "approve"},
            {"The Thai Food and Drug Administration": "ORG"},
            (("Food and Drug Administration", "AGENCY"), ("Thailand", "COUNTRY")),
        ),
        # a product by the noun of what it is after it, though the recogniser took it for a person
        (
            "Buyers like the Velora Breeze hatchback.",
            "NNS:ROOT>0 IN:prep>1 DT:det>6 NNP:compound>5 NNP:compound>6 NN:pobj>2 .:punct>1",
            {"Buyers": "buyer"},
            {"Velora Breeze": "PERSON"},
            (("Velora Breeze", "PRODUCT"),),
        ),
        # a name whose hyphened last part is a short capital, before a product's noun
        (
            "SKY-T drones, made by Halden Aero, were shipped to Chile.",
            "NN:compound>3 HYPH:punct>3 NN:compound>4 NNS:nsubjpass>12 ,:punct>4 VBN:acl>4 "
            "IN:agent>6 NNP:compound>9 NNP:pobj>7 ,:punct>4 VBD:auxpass>12 VBN:ROOT>0 IN:prep>12 "
            "NNP:pobj>13 .:punct>12",
            {"drones": "drone", "made": "make", "were": "be", "shipped": "ship"},
            {"Halden": "GPE", "Chile": "GPE"},
            (("SKY-T", "PRODUCT"),),
        ),
        # a place a firm is based in, which no list holds
        (
            "The Lusaka-based miner said output rose.",
            "DT:det>5 NNP:npadvmod>4 HYPH:punct>4 VBN:amod>5 NN:nsubj>6 VBD:ROOT>0 NN:nsubj>8 "
            "VBD:ccomp>6 .:punct>6",
            {"based": "base", "said": "say", "rose": "rise"},
            None,
            (("Lusaka", "LOCATION"),),
        ),
        # a name before a scooter, a robot, a console: a product
        (
            "Bajaj launched the Velto scooter in Pune.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NN:dobj>2 IN:prep>2 NNP:pobj>6 "
            ".:punct>2",
            {"launched": "launch"},
            {"Bajaj": "PERSON", "Velto": "LOC", "Pune": "LOC"},
            (("Velto", "PRODUCT"),),
        ),
        # a name right after the noun that says what it is
        (
            "Sanofi sought to delay competition to its eczema drug Dupixent.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NN:dobj>4 IN:prep>4 PRP$:poss>10 "
            "NNP:compound>10 NN:compound>10 NNP:pobj>6 .:punct>2",
            {"sought": "seek"},
            None,
            (("Dupixent", "PRODUCT"),),
        ),
        # a model number with a colon or a lower-case letter after it: "NXT:2100i"
        (
            "ASML shipped its NXT:2100i scanners to China.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>5 NN:compound>5 NNS:dobj>2 IN:prep>2 NNP:pobj>6 "
            ".:punct>2",
            {"shipped": "ship", "scanners": "scanner"},
            {"China": "GPE"},
            (("NXT:2100i", "PRODUCT"),),
        ),
        # a word with a model's number run into it: "Magic7 Pro"
        (
            "Honor launched the Magic7 Pro in Europe.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 IN:prep>5 NNP:pobj>6 "
            ".:punct>2",
            {"launched": "launch"},
            {"Europe": "LOC"},
            (("Magic7 Pro", "PRODUCT"),),
        ),
        # what a code name names is a product, however "code-named" is split
        (
            "Meta is building a headset code-named Puffin.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 DT:det>9 NN:amod>9 NN:npadvmod>8 HYPH:punct>8 "
            "VBN:amod>9 NNP:dobj>3 .:punct>3",
            {"is": "be", "building": "build", "named": "name"},
            {"Meta": "ORG", "Puffin": "GPE"},
            (("Puffin", "PRODUCT"),),
        ),
        # the name a product's noun is called by
        (
            "Microsoft unveiled a chip called Maia 200.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 VBN:acl>4 NNP:oprd>5 CD:nummod>6 .:punct>2",
            {"unveiled": "unveil", "called": "call"},
            {"Microsoft": "ORG", "Maia 200": "ORG"},
            (("Maia 200", "PRODUCT"),),
        ),
        # the subject of a clause on a product's noun is no product: "the jet Ryanair wanted"
        (
            "Boeing sold the jet Ryanair wanted.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 NNP:nsubj>6 VBD:relcl>4 .:punct>2",
            {"sold": "sell", "wanted": "want"},
            {"Boeing": "ORG", "Ryanair": "PERSON"},
            (("Ryanair", "COMPANY"),),
        ),
        # a name with "AI" may open the sentence
        (
            "Kestrel AI is backed by Alibaba and Tencent.",
            "NNP:compound>2 NNP:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:pobj>5 "
            "CC:cc>6 NNP:conj>6 .:punct>4",
            {"is": "be", "backed": "back"},
            {"Kestrel AI": "PERSON", "Alibaba and Tencent": "ORG"},
            (("Kestrel AI", "COMPANY"),),
        ),
        # a name and a short number with a letter
        (
            "Horizon Robotics launched Journey 6P, a chip for driver assistance.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNP:dobj>3 ,:punct>5 DT:det>8 "
            "NN:appos>5 IN:prep>8 NN:compound>11 NN:pobj>9 .:punct>3",
            {"launched": "launch"},
            {"Horizon Robotics": "ORG"},
            (("Journey 6P", "PRODUCT"),),
        ),
        # a model's number with a letter inside it
        (
            "The Leopard 2A8 tank uses an engine from MTU.",
            "DT:det>4 NNP:compound>3 CD:compound>4 NN:nsubj>5 VBZ:ROOT>0 DT:det>7 NN:dobj>5 "
            "IN:prep>7 NNP:pobj>8 .:punct>5",
            {"uses": "use"},
            None,
            (("Leopard 2A8", "PRODUCT"),),
        ),
        # "&" joins a name's words
        (
            "Japan will fund Kirin Battery Energy & Solutions, a venture of two carmakers.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:compound>6 NNP:compound>6 NNP:dobj>3 CC:cc>6 "
            "NNPS:conj>6 ,:punct>6 DT:det>11 NN:appos>6 IN:prep>11 CD:nummod>14 NNS:pobj>12 "
            ".:punct>3",
            {"carmakers": "carmaker"},
            None,
            (("Kirin Battery Energy & Solutions", "COMPANY"),),
        ),
        # two letters and four digits make a model number (not a year)
        (
            "Sony will package its RX2300 sensors at its Kumamoto plant.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 PRP$:poss>6 NN:compound>6 NNS:dobj>3 IN:prep>3 "
            "PRP$:poss>10 NNP:compound>10 NN:pobj>7 .:punct>3",
            {"sensors": "sensor"},
            {"Sony": "ORG", "Kumamoto": "PERSON"},
            (("RX2300", "PRODUCT"),),
        ),
        # a unit's name between its owner and its noun, whatever country ends it
        (
            "Orange agrees to buy Millicom's Tigo Ghana unit for $90 million",
            "NNP:nsubj>2 VBZ:ROOT>0 TO:aux>4 VB:xcomp>2 NNP:poss>9 POS:case>5 NNP:compound>8 "
            "NNP:compound>9 NN:dobj>4 IN:prep>4 $:quantmod>13 CD:compound>13 CD:pobj>10",
            {"agrees": "agree"},
            {"Millicom": "ORG", "Tigo Ghana": "PERSON"},
            (("Tigo Ghana", "COMPANY"),),
        ),
        # a suffix may follow another
        (
            "Shell agreed to acquire Pavilion Energy Management for $2 billion.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NNP:compound>7 NNP:compound>7 NNP:dobj>4 "
            "IN:prep>4 $:quantmod>11 CD:compound>11 CD:pobj>8 .:punct>2",
            {"agreed": "agree"},
            None,
            (("Pavilion Energy Management", "COMPANY"),),
        ),
        # a word that goes on with a name a suffix ended, though it ends none alone
        (
            "Kestrel Semiconductor Manufacturing will build the fab.",
            "NNP:compound>3 NNP:compound>3 NNP:nsubj>5 MD:aux>5 VB:ROOT>0 DT:det>7 NN:dobj>5 "
            ".:punct>5",
            {},
            None,
            (("Kestrel Semiconductor Manufacturing", "COMPANY"),),
        ),
        # a firm's name after its unit's noun may end in a country's
        (
            "Lotte runs the plant through its subsidiary Lotte Chemical Indonesia.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 PRP$:poss>10 NN:compound>10 "
            "NNP:compound>10 NNP:compound>10 NNP:pobj>5 .:punct>2",
            {"runs": "run"},
            {"Lotte": "PERSON", "Lotte Chemical": "PERSON", "Indonesia": "GPE"},
            (("Lotte Chemical Indonesia", "COMPANY"),),
        ),
        # a firm's name is no short form of a longer one named after it
        (
            "Sunwoda chairman Wang Wei spoke in Shenzhen. Its unit Sunwoda Mobility will expand.",
            "JJ:compound>2 NN:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 IN:prep>5 "
            "NNP:pobj>6 .:punct>5 PRP$:poss>10 NN:nsubj>14 NNP:compound>12 NNP:appos>10 MD:aux>14 "
            "VB:ROOT>0 .:punct>14",
            {"spoke": "speak"},
            {
                "Sunwoda": "ORG",
                "Wang Wei": "PERSON",
                "Shenzhen": "GPE",
                "Sunwoda Mobility": "PERSON",
            },
            (("Sunwoda", "COMPANY"), ("Sunwoda Mobility", "COMPANY")),
        ),
        # a firm's number and variant name its model
        (
            "The lens will debut in Oppo's 15 Ultra next month.",
            "DT:det>2 NN:nsubj>4 MD:aux>4 VB:ROOT>0 IN:prep>4 NNP:poss>9 POS:case>6 CD:nummod>9 "
            "NNP:pobj>5 JJ:amod>11 NN:npadvmod>4 .:punct>4",
            {},
            {"Oppo": "GPE"},
            (("Oppo 15 Ultra", "PRODUCT"),),
        ),
        # more words that end firms' names
        (
            "The plant is owned by Perdana Microsystems and Sanan Optoelectronics.",
            "DT:det>2 NN:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:compound>7 NNP:pobj>5 "
            "CC:cc>7 NNP:compound>10 NNP:conj>7 .:punct>4",
            {"is": "be", "owned": "own"},
            {"Perdana Microsystems": "ORG", "Sanan Optoelectronics": "PERSON"},
            (("Sanan Optoelectronics", "COMPANY"),),
        ),
        # a name before a warplane's noun is a product, whatever the recogniser read
        (
            "Rolls-Royce will supply engines for the Tempest fighter.",
            "NNP:compound>3 HYPH:punct>3 NNP:nsubj>5 MD:aux>5 VB:ROOT>0 NNS:dobj>5 IN:dative>5 "
            "DT:det>10 NNP:compound>10 NN:pobj>7 .:punct>5",
            {"engines": "engine"},
            {"Rolls-Royce": "ORG", "Tempest": "ORG"},
            (("Tempest", "PRODUCT"),),
        ),
        (
            "Hero MotoCorp launched its Vida Ubex motorcycle in Jaipur.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>7 NNP:compound>6 NNP:compound>7 "
            "NN:dobj>3 IN:prep>3 NNP:pobj>8 .:punct>3",
            {"launched": "launch"},
            {"Hero MotoCorp": "ORG", "Vida Ubex motorcycle": "LAW", "Jaipur": "GPE"},
            (("Vida Ubex", "PRODUCT"),),
        ),
        # the recogniser ran the owner's possessive into the name of what it owns
        (
            "Gotion's Gemstone cells power the new sedan.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNS:nsubj>5 VBP:ROOT>0 DT:det>8 JJ:amod>8 "
            "NN:dobj>5 .:punct>5",
            {"cells": "cell"},
            {"Gotion's Gemstone": "ORG"},
            (("Gotion High-Tech", "COMPANY"), ("Gemstone", "PRODUCT")),
        ),
        # a word joined to a short number is a model's name
        (
            "The Corvo-7 carries memory chips from Micron.",
            "DT:det>2 NNP:nsubj>3 VBZ:ROOT>0 NN:compound>5 NNS:dobj>3 IN:prep>3 NNP:pobj>6 "
            ".:punct>3",
            {"carries": "carry", "chips": "chip"},
            {"Micron": "ORG"},
            (("Corvo-7", "PRODUCT"),),
        ),
        # a noun said of firms and products alike, in apposition to what is launched
        (
            "Zephyr Labs launched Corvina, a serverless inference platform.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:dobj>3 ,:punct>4 DT:det>9 NN:compound>8 "
            "NN:compound>9 NN:appos>4 .:punct>3",
            {"launched": "launch"},
            {"Zephyr Labs": "PERSON", "Corvina": "PERSON"},
            (("Corvina", "PRODUCT"),),
        ),
        # the recogniser's person that assembles goods is a firm
        (
            "The modules are assembled by Hana Micron in Asan.",
            "DT:det>2 NNS:nsubjpass>4 VBP:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:compound>7 "
            "NNP:pobj>5 IN:prep>7 NNP:pobj>8 .:punct>4",
            {"modules": "module", "are": "be", "assembled": "assemble"},
            {"Hana Micron": "PERSON", "Asan": "LOC"},
            (("Hana Micron", "COMPANY"),),
        ),
        # hyphened lower-case words between an owned product's name and its noun
        (
            "Varuna will run its Kavach protein-design models on a cluster.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 PRP$:poss>9 NNP:compound>9 NN:compound>8 "
            "HYPH:punct>8 NN:compound>9 NNS:dobj>3 IN:prep>3 DT:det>12 NN:pobj>10 .:punct>3",
            {"models": "model"},
            {"Varuna": "ORG", "Kavach": "GPE"},
            (("Kavach", "PRODUCT"),),
        ),
        # "Services" ends firms' names
        (
            "Taiwan added Xinlong Foundry Services to its list.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>5 NNP:compound>5 NNPS:dobj>2 IN:prep>2 "
            "PRP$:poss>8 NN:pobj>6 .:punct>2",
            {"added": "add"},
            {"Taiwan": "GPE", "Xinlong Foundry Services": "ORG"},
            (("Xinlong Foundry Services", "COMPANY"),),
        ),
        # a firm's legal form before its name, the recogniser's person aside
        (
            "PT Sulawesi Raya Nikel will build a smelter with Umicore.",
            "NNP:compound>3 NNP:compound>3 NNP:compound>4 NNP:nsubj>6 MD:aux>6 VB:ROOT>0 "
            "DT:det>8 NN:dobj>6 IN:prep>8 NNP:pobj>9 .:punct>6",
            {},
            {"Sulawesi Raya Nikel": "PERSON", "Umicore": "GPE"},
            (("PT Sulawesi Raya Nikel", "COMPANY"),),
        ),
        # "Storage" ends firms' names
        (
            "The first customer for the cells will be Vistula Energy Storage.",
            "DT:det>3 JJ:amod>3 NN:nsubj>8 IN:prep>3 DT:det>6 NNS:pobj>4 MD:aux>8 VB:ROOT>0 "
            "NNP:compound>11 NNP:compound>11 NNP:attr>8 .:punct>8",
            {"cells": "cell"},
            {"first": "ORDINAL", "Vistula Energy Storage": "ORG"},
            (("Vistula Energy Storage", "COMPANY"),),
        ),
        # a title the recogniser ran into a name opening a sentence
        (
            "Founder Aditi Rao said the company had raised $120 million.",
            "NNP:compound>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 DT:det>6 NN:nsubj>8 VBD:aux>8 "
            "VBN:ccomp>4 $:quantmod>11 CD:compound>11 CD:dobj>8 .:punct>4",
            {"said": "say", "had": "have", "raised": "raise"},
            {"Founder Aditi Rao": "PERSON", "$120 million": "MONEY"},
            (("Aditi Rao", "PERSON"),),
        ),
        # a university's or institute's name by its shape, over the places it holds
        (
            "Orvik licensed the design from the University of Texas.",
            "RB:advmod>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 DT:det>7 NNP:pobj>5 IN:prep>7 "
            "NNP:pobj>8 .:punct>2",
            {"licensed": "license"},
            {"Texas": "GPE"},
            (("University of Texas", "COMPANY"),),
        ),
        (
            "Daesan Motors will fund a lab at the Gwangju Institute of Science and Technology.",
            "NNP:compound>2 NNPS:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 "
            "DT:det>10 NNP:compound>10 NNP:pobj>7 IN:prep>10 NNP:pobj>11 CC:cc>12 NNP:conj>12 "
            ".:punct>4",
            {},
            {"Daesan Motors": "ORG", "Gwangju": "GPE"},
            (("Gwangju Institute of Science and Technology", "COMPANY"),),
        ),
        # a name between an owner's possessive and the noun of its goods
        (
            "Telvane will install its Kora radio equipment at the sites.",
            "NN:nsubj>3 MD:aux>3 VB:ROOT>0 PRP$:poss>7 NNP:compound>7 NN:compound>7 NN:dobj>3 "
            "IN:prep>3 DT:det>10 NNS:pobj>8 .:punct>3",
            {"sites": "site"},
            {"Kora": "PERSON"},
            (("Kora", "PRODUCT"),),
        ),
        # a version's number ends an owned product's name
        (
            "Helio Power sold 2 gigawatt-hours of Sungrow's StoraMax 2.5 battery systems.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 CD:nummod>7 NN:compound>7 HYPH:punct>7 "
            "NNS:dobj>3 IN:prep>7 NNP:poss>14 POS:case>9 NNP:nmod>13 CD:nummod>11 NN:compound>14 "
            "NNS:pobj>8 .:punct>3",
            {"sold": "sell", "hours": "hour", "systems": "system"},
            {"Helio Power": "ORG", "Sungrow": "ORG", "StoraMax": "ORG"},
            (("StoraMax 2.5", "PRODUCT"),),
        ),
    ],
)
def test_shapes_types(read, text, annotation, lemmas, ents, expected):
    cases.types(read, text, annotation, lemmas, ents, expected)


def test_shapes_a_firms_list_of_customers_is_no_measure(read):
    reading = read(
        "Samsung added Nvidia to its list of customers.",
        "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 PRP$:poss>6 NN:pobj>4 IN:prep>6 "
        "NNS:pobj>7 .:punct>2",
        lemmas={"added": "add", "customers": "customer"},
        ents={"Samsung": "ORG", "Nvidia": "GPE"},
    )
    assert [m for m in reading.mentions if m[2] == "POLICY"] == []
    assert ("Samsung", "Samsung Electronics", "COMPANY") in reading.mentions


def test_shapes_a_clause_that_restricts_makes_a_measure_of_a_rule_not_a_firms_list(read):
    # "issued a rule that bans X" names a measure; a firm's list that excludes a supplier
    # does not
    rule = read(
        "Ottawa issued a rule that bans Chinese-built cranes.",
        "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 WDT:nsubj>6 VBZ:relcl>4 NNP:npadvmod>9 "
        "HYPH:punct>9 VBN:amod>10 NNS:dobj>6 .:punct>2",
        lemmas={"issued": "issue", "bans": "ban", "built": "build", "cranes": "crane"},
        ents={"Ottawa": "GPE", "Chinese": "NORP"},
    )
    assert [m[1] for m in rule.mentions if m[2] == "POLICY"] != []
    listed = read(
        "Apple published a supplier list that excludes Luxshare.",
        "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 WDT:nsubj>7 VBZ:relcl>5 "
        "NNP:dobj>7 .:punct>2",
        lemmas={"published": "publish", "excludes": "exclude"},
        ents={"Apple": "ORG", "Luxshare": "ORG"},
    )
    assert [m for m in listed.mentions if m[2] == "POLICY"] == []


def test_shapes_an_adjective_of_place_before_a_product_noun_names_no_product(read):
    reading = read(
        "The probe carries a European camera module built by Leonardo.",
        "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 DT:det>7 JJ:amod>7 NN:compound>7 NN:dobj>3 VBN:acl>7 "
        "IN:agent>8 NNP:pobj>9 .:punct>3",
        lemmas={"carries": "carry", "built": "build"},
        ents={"Leonardo": "ORG"},
    )
    assert [m for m in reading.mentions if m[2] == "PRODUCT"] == []
    assert ("Leonardo", "Leonardo", "COMPANY") in reading.mentions


def test_shapes_a_rule_a_government_makes_is_a_measure_not_a_firms(read):
    # "finalised a rule on drone exports": a measure when a government or its body makes
    # it, also as the second of joined verbs; not a firm's rule
    made = read(
        "Tokyo finalised a rule on drone exports.",
        "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NN:compound>7 NNS:pobj>5 .:punct>2",
        lemmas={"finalised": "finalise", "exports": "export"},
        ents={"Tokyo": "GPE"},
    )
    assert [m[1] for m in made.mentions if m[2] == "POLICY"] == ["rule"]
    joined = read(
        "Kenya's regulator awarded spectrum to Safaricom and issued a rule on roaming.",
        "NNP:poss>3 POS:case>1 NN:nsubj>4 VBD:ROOT>0 NN:dobj>4 IN:prep>4 NNP:pobj>6 CC:cc>4 "
        "VBD:conj>4 DT:det>11 NN:dobj>9 IN:prep>9 VBG:pcomp>12 .:punct>4",
        lemmas={"awarded": "award", "issued": "issue", "roaming": "roam"},
        ents={"Kenya": "GPE", "Safaricom": "ORG"},
    )
    assert [m[1] for m in joined.mentions if m[2] == "POLICY"] == ["rule"]
    firms = read(
        "Apple issued a rule on app payments.",
        "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NN:compound>7 NNS:pobj>5 .:punct>2",
        lemmas={"issued": "issue", "payments": "payment"},
        ents={"Apple": "ORG"},
    )
    assert [m for m in firms.mentions if m[2] == "POLICY"] == []


def test_shapes_an_order_for_goods_and_a_firms_rule_are_no_measures(read):
    # a government's order for goods is a purchase; a firm named with its country's word
    # makes no law
    ordered = read(
        "Peru's defence ministry signed an order for 24 K9 howitzers from Hanwha Aerospace.",
        "NNP:poss>4 POS:case>1 NN:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
        "IN:prep>7 CD:nummod>11 NNP:compound>11 NNS:pobj>8 IN:prep>11 NNP:compound>14 "
        "NNP:pobj>12 .:punct>5",
        lemmas={"signed": "sign", "howitzers": "howitzer"},
        ents={"Peru": "GPE", "24 K9": "CARDINAL", "Hanwha Aerospace": "ORG"},
    )
    assert [m for m in ordered.mentions if m[2] == "POLICY"] == []
    firm = read(
        "Chinese automaker Geely issued a new rule for its dealers.",
        "JJ:amod>2 NN:nsubj>4 RB:advmod>4 VBD:ROOT>0 DT:det>7 JJ:amod>7 NN:dobj>4 IN:prep>7 "
        "PRP$:poss>10 NNS:pobj>8 .:punct>4",
        lemmas={"issued": "issue", "dealers": "dealer"},
        ents={"Chinese": "NORP"},
    )
    assert [m for m in firm.mentions if m[2] == "POLICY"] == []


def test_shapes_a_measures_name_keeps_no_bracket_without_its_pair(read):
    # "its strategic materials (SM) export list": the name starts after the bracket
    reading = read(
        "Seoul has added 12 Russian entities to its strategic materials (SM) export list.",
        "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 CD:nummod>6 JJ:amod>6 NNS:dobj>3 IN:prep>3 "
        "PRP$:poss>11 JJ:amod>10 NNS:nmod>15 -LRB-:punct>15 NNP:nmod>15 -RRB-:punct>13 "
        "NN:compound>15 NN:pobj>7 .:punct>3",
        lemmas={"has": "have", "added": "add", "entities": "entity", "materials": "material"},
        ents={"Seoul": "GPE", "12": "CARDINAL", "Russian": "NORP", "SM": "ORG"},
    )
    policies = [m[0] for m in reading.mentions if m[2] == "POLICY"]
    assert policies and all(")" not in text for text in policies)


def test_shapes_a_firms_licence_is_no_measure(read):
    # a licence named by a firm alone is the firm's, a measure only where one is demanded
    found = read(
        "Arm sues Qualcomm over the Nuvia licence",
        "NN:nsubj>2 VBZ:ROOT>0 NNP:dobj>2 IN:prep>2 DT:det>7 NNP:amod>7 NN:pobj>4",
        lemmas={"sues": "sue"},
        ents={"Qualcomm": "ORG", "Nuvia": "ORG"},
    ).mentions
    assert ("Nuvia", "COMPANY") in {(label, t) for _, label, t in found}
    assert not any(t == "POLICY" for _, _, t in found)
