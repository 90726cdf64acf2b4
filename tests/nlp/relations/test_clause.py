"""The clause around a trigger: negation ("did not", "denied", a contrastive "not") and
modality ("plans to", "reportedly"), on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

#: Sentences parsed by hand that more than one case reads.
VELMORA_RELIES_ON_KESTREL = (
    "Velmora relies on Kestrel Foundry to manufacture its Orion X2 chips.",
    "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:compound>5 NNP:pobj>3 TO:aux>7 VB:xcomp>2 "
    "PRP$:poss>11 NNP:compound>10 NN:compound>11 NNS:dobj>7 .:punct>2",
    {"relies": "rely", "chips": "chip"},
    {"Kestrel Foundry": "PERSON", "Orion X2": "PRODUCT"},
)


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        (
            "Huawei denied that it had used TSMC to make the Ascend 910B.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:mark>6 PRP:nsubj>6 VBD:aux>6 VBN:ccomp>2 NNP:dobj>6 "
            "TO:aux>9 VB:xcomp>6 DT:det>12 NNP:compound>12 NNP:dobj>9 .:punct>2",
            {"denied": "deny", "had": "have", "used": "use"},
            ("TSMC", "manufactures", "Ascend 910B"),
        ),
        (
            "Alibaba did not acquire Moore Threads.",
            "NNP:nsubj>4 VBD:aux>4 RB:neg>4 VB:ROOT>0 NNP:compound>6 NNP:dobj>4 .:punct>4",
            {"did": "do"},
            ("Alibaba Group", "acquires", "Moore Threads"),
        ),
        # what a government tells buyers to stop doing is no supply edge
        (
            "Regulators told Tencent to stop buying Nvidia chips.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:dobj>2 TO:aux>5 VB:xcomp>2 VBG:xcomp>5 NNP:compound>8 "
            "NNS:dobj>6 .:punct>2",
            {"Regulators": "regulator", "told": "tell", "buying": "buy", "chips": "chip"},
            ("Nvidia", "supplies", "Tencent"),
        ),
    ],
)
def test_clause_negated_statements_are_flagged(read, text, annotation, lemmas, expected):
    reading = read(text, annotation, lemmas=lemmas)
    assert expected in reading.negated
    assert expected not in reading.relations


def test_clause_negation_reaches_through_a_clause_on_a_noun(read):
    reading = read(
        "Qualcomm did not confirm reports that it would acquire Alphawave.",
        "NNP:nsubj>4 VBD:aux>4 RB:neg>4 VB:ROOT>0 NNS:dobj>4 IN:mark>9 PRP:nsubj>9 MD:aux>9 "
        "VB:acl>5 NNP:dobj>9 .:punct>4",
        lemmas={"did": "do", "reports": "report"},
    )
    assert ("Qualcomm", "acquires", "Alphawave Semi") in reading.negated
    assert ("Qualcomm", "acquires", "Alphawave Semi") not in reading.relations


def test_clause_contrastive_not_negates_only_its_phrase(read):
    reading = read(
        "The Kirin 9030 was manufactured by SMIC on its N+3 process, not on 5nm.",
        "DT:det>3 NNP:compound>3 CD:nsubjpass>5 VBD:auxpass>5 VBN:ROOT>0 IN:agent>5 NNP:pobj>6 "
        "IN:prep>5 PRP$:poss>11 JJ:compound>11 NN:pobj>8 ,:punct>5 RB:neg>14 IN:prep>5 "
        "CD:nummod>16 NN:pobj>14 .:punct>5",
        lemmas={"was": "be", "manufactured": "manufacture"},
    )
    assert ("SMIC", "manufactures", "Kirin 9030") in reading.relations


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "modality"),
    [
        (
            "Intel plans to build a new fab in Ohio.",
            "NNP:nsubj>2 VBZ:ROOT>0 TO:aux>4 VB:xcomp>2 DT:det>7 JJ:amod>7 NN:dobj>4 IN:prep>4 "
            "NNP:pobj>8 .:punct>2",
            {"plans": "plan"},
            "planned",
        ),
        (
            "Xiaomi reportedly developed the XRing O2.",
            "NNP:nsubj>3 RB:advmod>3 VBD:ROOT>0 DT:det>6 NNP:compound>6 NNP:dobj>3 .:punct>3",
            {"developed": "develop"},
            "reported",
        ),
        (
            "Xiaomi developed the XRing O1.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 .:punct>2",
            {"developed": "develop"},
            "stated",
        ),
    ],
)
def test_clause_records_modality(read, text, annotation, lemmas, modality):
    reading = read(text, annotation, lemmas=lemmas)
    assert reading.doc._.kg_relations, text
    assert reading.modalities == {modality}


# Constructions of news nobody tuned the rules on, in sentences written for these tests.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


# Subjects and objects a clause takes from the noun it is on: "the first robot to use X",
# "X was the first modem built on Y", "both of which", "introduced in the Corvid R5",
# "its proposal to buy X collapsed".


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "The Lyra X2 was the first modem built on TSMC's 3nm process.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 DT:det>7 JJ:amod>7 NN:attr>4 "
            "VBN:acl>7 IN:prep>8 NNP:poss>14 POS:case>10 CD:nummod>13 NN:compound>14 NN:pobj>9 "
            ".:punct>4",
            {"was": "be", "built": "build"},
            {"TSMC": "ORG"},
            (("Lyra X2", "uses", "3nm process"),),
        ),
        (
            "The Corvid R5 is the first robot to use the Vela 4.",
            "DT:det>3 NNP:compound>3 NN:nsubj>4 VBZ:ROOT>0 DT:det>7 JJ:amod>7 NN:attr>4 TO:aux>9 "
            "VB:relcl>7 DT:det>11 NNP:dobj>9 CD:nummod>11 .:punct>4",
            {"is": "be"},
            {"the Vela 4": "PRODUCT"},
            (("Corvid R5", "uses", "Vela 4"),),
        ),
        (
            "The Zeta S1 and Zeta S2, both of which are made on Samsung's 4nm process, ship in "
            "May.",
            "DT:det>3 NNP:compound>3 NNP:ROOT>0 CC:cc>3 NNP:compound>6 NNP:conj>3 ,:punct>6 "
            "DT:nsubjpass>12 IN:prep>8 WDT:pobj>9 VBP:auxpass>12 VBN:relcl>3 IN:prep>12 "
            "NNP:poss>18 POS:case>14 CD:nummod>17 NN:compound>18 NN:pobj>13 ,:punct>3 NN:appos>3 "
            "IN:prep>20 NNP:pobj>21 .:punct>3",
            {"are": "be", "made": "make"},
            {"The Zeta S1": "ORG", "Zeta S2": "ORG", "Samsung": "ORG"},
            (("Samsung Electronics", "manufactures", "Zeta S2"),),
        ),
        (
            "The Vela 4, introduced in the Corvid R5 robot last year, is cheap.",
            "DT:det>2 NNP:nsubj>14 CD:nummod>2 ,:punct>2 VBN:acl>2 IN:prep>5 DT:det>10 "
            "NNP:nmod>10 NN:compound>10 NN:pobj>6 JJ:amod>12 NN:npadvmod>5 ,:punct>2 VBZ:ROOT>0 "
            "JJ:acomp>14 .:punct>14",
            {"introduced": "introduce", "is": "be"},
            None,
            (("Corvid R5", "uses", "Vela 4"),),
        ),
        (
            "Intel would no longer build its plant in Poland, and construction of its Ohio fab "
            "would be slowed.",
            "NNP:nsubj>5 MD:aux>5 RB:neg>4 RB:advmod>5 VB:ROOT>0 PRP$:poss>7 NN:dobj>5 IN:prep>7 "
            "NNP:pobj>8 ,:punct>5 CC:cc>5 NN:nsubjpass>19 IN:prep>12 PRP$:poss>16 "
            "NNP:compound>16 NN:pobj>13 MD:aux>19 VB:auxpass>19 VBN:conj>5 .:punct>19",
            {"longer": "long", "slowed": "slow"},
            {"Intel": "ORG", "Poland": "GPE", "Ohio": "GPE"},
            (("Intel", "operates_in", "Ohio"),),
        ),
        (
            "Nissan will end production at its Oppama plant and move output to its Kyushu factory.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NN:dobj>3 IN:prep>3 PRP$:poss>8 NNP:compound>8 "
            "NN:pobj>5 CC:cc>3 VB:conj>3 NN:dobj>10 IN:prep>10 PRP$:poss>15 NNP:compound>15 "
            "NN:pobj>12 .:punct>3",
            {},
            {"Nissan": "ORG", "Oppama": "ORG", "Kyushu": "ORG"},
            (("Nissan Motor", "operates_in", "Kyushu"),),
        ),
        # who one relies on does what follows; "its" in it is the one relying's
        (
            *VELMORA_RELIES_ON_KESTREL,
            (
                ("Kestrel Foundry", "manufactures", "Orion X2"),
                ("Velmora", "develops", "Orion X2"),
            ),
        ),
        # an opening participle is said of the clause's subject; a measured quantity of goods
        (
            "Built on Kestrel's 4nm process, the Vela Z3 carries 96GB of HBM4 memory.",
            "VBN:advcl>12 IN:prep>1 NNP:poss>7 POS:case>3 CD:nummod>6 NN:compound>7 NN:pobj>2 "
            ",:punct>12 DT:det>11 NNP:compound>11 NNP:nsubj>12 VBZ:ROOT>0 CD:nummod>14 "
            "NNP:dobj>12 IN:prep>14 NNP:compound>17 NN:pobj>15 .:punct>12",
            {"Built": "build", "carries": "carry"},
            {"Kestrel": "PERSON", "the Vela Z3": "PRODUCT"},
            (("Vela Z3", "uses", "4nm process"), ("Vela Z3", "uses", "HBM4")),
        ),
        # "a plan by X and Y to build": they build
        (
            "Ardenia approved a plan by Velmora Chips and Halden Systems to build a fab in Tarsk.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            "CC:cc>7 NNP:compound>10 NNPS:conj>7 TO:aux>12 VB:acl>4 DT:det>14 NN:dobj>12 "
            "IN:prep>12 NNP:pobj>15 .:punct>2",
            {"approved": "approve"},
            {"Ardenia": "GPE", "Velmora Chips": "ORG", "Halden Systems": "ORG", "Tarsk": "GPE"},
            (
                ("Velmora Chips", "operates_in", "Tarsk"),
                ("Velmora Chips", "partners", "Halden Systems"),
            ),
        ),
        # a second relative clause joined to the first: its "that" is what both are on
        (
            "Velmora's X9 carries the Q1, a modem that Velmora designed and that is fabricated by "
            "Kestrel Foundry.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBZ:ROOT>0 DT:det>6 NNP:dobj>4 ,:punct>6 DT:det>9 "
            "NN:appos>6 WDT:dobj>12 NNP:nsubj>12 VBD:relcl>9 CC:cc>12 DT:nsubjpass>16 "
            "VBZ:auxpass>16 VBN:conj>12 IN:agent>16 NNP:compound>19 NNP:pobj>17 .:punct>4",
            {"carries": "carry", "designed": "design", "is": "be", "fabricated": "fabricate"},
            {"Velmora": "PERSON", "Kestrel Foundry": "PERSON"},
            (("Kestrel Foundry", "manufactures", "Q1"),),
        ),
        # a clause of time says its own event, which the main clause does not take back
        (
            "US exporters stopped shipping soybeans to China after Beijing raised tariffs on "
            "American farm goods.",
            "NNP:compound>2 NNS:nsubj>3 VBD:ROOT>0 VBG:xcomp>3 NNS:dobj>4 IN:prep>4 NNP:pobj>6 "
            "IN:mark>10 NNP:nsubj>10 VBD:advcl>3 NNS:dobj>10 IN:prep>11 JJ:amod>15 NN:compound>15 "
            "NNS:pobj>12 .:punct>3",
            {
                "exporters": "exporter",
                "stopped": "stop",
                "shipping": "ship",
                "soybeans": "soybean",
                "raised": "raise",
                "tariffs": "tariff",
                "goods": "good",
            },
            {"US": "GPE", "China": "GPE", "Beijing": "GPE"},
            (("China", "restricts", "United States"),),
        ),
        # what a verb of taking back does not take back stands
        (
            "Berlin will not revoke the ban on Huawei gear.",
            "NNP:nsubj>4 MD:aux>4 RB:neg>4 VB:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 NNP:compound>9 "
            "NN:pobj>7 .:punct>4",
            {},
            {"Berlin": "GPE", "Huawei": "ORG"},
            (("ban", "restricts", "Huawei"),),
        ),
        # a plant kept from doing something is still there
        (
            "Beijing barred Nexperia's factory in Dongguan from exporting chips.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>5 POS:case>3 NN:dobj>2 IN:prep>5 NNP:pobj>6 "
            "IN:prep>2 VBG:pcomp>8 NNS:dobj>9 .:punct>2",
            {"barred": "bar", "exporting": "export", "chips": "chip"},
            {"Beijing": "GPE", "Nexperia": "GPE", "Dongguan": "GPE"},
            (("Nexperia", "operates_in", "Dongguan"),),
        ),
        # what is not lifted stands
        (
            "The US will not lift its sanctions on Huawei.",
            "DT:det>2 NNP:nsubj>5 MD:aux>5 RB:neg>5 VB:ROOT>0 PRP$:poss>7 NNS:dobj>5 IN:prep>7 "
            "NNP:pobj>8 .:punct>5",
            {"sanctions": "sanction"},
            {"US": "GPE", "Huawei": "ORG"},
            (("sanctions", "restricts", "Huawei"), ("United States", "issues", "sanctions")),
        ),
        # a definite description the parser hung on its verb, with its "the"
        (
            "Xiaomi launched the Mi 16 on Monday. The phone runs on Qualcomm's Snapdragon 8 "
            "Elite Gen 5.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>4 IN:prep>2 NNP:pobj>6 "
            ".:punct>2 DT:det>11 NN:compound>11 VBZ:ROOT>0 IN:prep>11 NNP:poss>18 POS:case>13 "
            "NNP:nmod>17 CD:nummod>15 NNP:compound>18 NNP:pobj>12 CD:nummod>18 .:punct>11",
            {"launched": "launch", "runs": "run"},
            {"Xiaomi": "PERSON", "Qualcomm": "ORG", "Snapdragon": "ORG"},
            (("Mi 16", "uses", "Snapdragon 8 Elite Gen 5"),),
        ),
        # the one punished for a deed did it, however the parser hangs "for"
        (
            "The Treasury sanctioned Sea Falcon Trading for shipping drone engines to Shahed "
            "Aviation.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 NNP:compound>6 NNP:compound>6 NNP:dobj>3 IN:prep>6 "
            "VBG:pcomp>7 NN:compound>10 NNS:dobj>8 IN:prep>8 NNP:compound>13 NNP:pobj>11 "
            ".:punct>3",
            {"sanctioned": "sanction", "shipping": "ship", "engines": "engine"},
            {"Treasury": "ORG", "Sea Falcon Trading": "ORG", "Shahed Aviation": "ORG"},
            (("Sea Falcon Trading", "supplies", "Shahed Aviation"),),
        ),
        (
            "The Treasury sanctioned Sea Falcon Trading for shipping drone engines to Shahed "
            "Aviation.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 NNP:compound>6 NNP:compound>6 NNP:dobj>3 IN:prep>3 "
            "VBG:pcomp>7 NN:compound>10 NNS:dobj>8 IN:prep>8 NNP:compound>13 NNP:pobj>11 "
            ".:punct>3",
            {"sanctioned": "sanction", "shipping": "ship", "engines": "engine"},
            {"Treasury": "ORG", "Sea Falcon Trading": "ORG", "Shahed Aviation": "ORG"},
            (("Sea Falcon Trading", "supplies", "Shahed Aviation"),),
        ),
        # a product's noun with an infinitive, set beside the product the clause names
        (
            "Vivo unveiled the X300 Ultra in Beijing on Monday, the first phone to use MediaTek's "
            "Dimensity 9500.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 IN:prep>5 NNP:pobj>6 "
            "IN:prep>2 NNP:pobj>8 ,:punct>2 DT:det>13 JJ:amod>13 NN:dobj>2 TO:aux>15 "
            "VB:relcl>13 NNP:poss>18 POS:case>16 NNP:dobj>15 CD:nummod>18 .:punct>2",
            {"unveiled": "unveil"},
            {"Beijing": "GPE", "MediaTek": "ORG"},
            (("X300 Ultra", "uses", "Dimensity 9500"),),
        ),
        # "it" after a description the sentence made its subject
        (
            "Geely chairman Li Shufu said the company would launch the car in Brazil next year, as "
            "it competes with BYD for buyers.",
            "RB:advmod>2 NN:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 NN:nsubj>9 "
            "MD:aux>9 VB:ccomp>5 DT:det>11 NN:dobj>9 IN:prep>9 NNP:pobj>12 JJ:amod>15 "
            "NN:npadvmod>9 ,:punct>9 IN:mark>19 PRP:nsubj>19 VBZ:advcl>9 IN:prep>19 NNP:pobj>20 "
            "IN:prep>19 NNS:pobj>22 .:punct>5",
            {"said": "say", "competes": "compete", "buyers": "buyer"},
            {"Li Shufu": "PERSON", "Brazil": "GPE", "BYD": "ORG"},
            (("Geely", "competes", "BYD"),),
        ),
        # a product's name right after its verb that the parser hung as an adverbial noun
        (
            "Baidu released Ernie-5 on Thursday, its most capable model yet.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:npadvmod>2 IN:prep>2 NNP:pobj>4 ,:punct>2 PRP$:poss>10 "
            "RBS:advmod>9 JJ:amod>10 NN:dobj>2 RB:advmod>2 .:punct>2",
            {"released": "release"},
            {"Baidu": "ORG", "Thursday": "DATE"},
            (("Baidu", "develops", "Ernie-5"),),
        ),
        # a participle set after the clause acts on that clause's object
        (
            "Apple launched its iPhone 17e on Friday, assembled by Foxconn in India.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NNP:dobj>2 CD:npadvmod>2 IN:prep>2 NNP:pobj>6 "
            ",:punct>2 VBN:advcl>2 IN:agent>9 NNP:pobj>10 IN:prep>9 NNP:pobj>12 .:punct>2",
            {"launched": "launch", "assembled": "assemble"},
            {"Apple": "ORG", "17e": "DATE", "Friday": "DATE", "Foxconn": "GPE", "India": "GPE"},
            (("Foxconn", "manufactures", "iPhone 17e"),),
        ),
        # a passive infinitive on a noun acts on the noun
        (
            "Lumora's NP-40 chip, to be made by TSMC on its N3E process, will ship next year.",
            "NNP:poss>4 POS:case>1 CD:nummod>4 NN:nsubj>17 ,:punct>4 TO:aux>8 VB:auxpass>8 "
            "VBN:relcl>4 IN:agent>8 NNP:pobj>9 IN:prep>8 PRP$:poss>14 NNP:compound>14 NN:pobj>11 "
            ",:punct>4 MD:aux>17 VB:ROOT>0 JJ:amod>19 NN:npadvmod>17 .:punct>17",
            {"made": "make"},
            {"Lumora": "PERSON", "TSMC": "ORG", "N3E": "GPE", "next year": "DATE"},
            (("TSMC", "manufactures", "NP-40"), ("NP-40", "uses", "3nm process")),
        ),
    ],
)
def test_clause_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Merrow Capital's bid for Sabine Energy failed after shareholders balked.",
            "NNP:compound>2 NNP:poss>4 POS:case>2 NN:nsubj>8 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            "VBD:ROOT>0 IN:mark>11 NNS:nsubj>11 VBD:advcl>8 .:punct>8",
            {"failed": "fail", "shareholders": "shareholder", "balked": "balk"},
            {"Merrow Capital's": "ORG", "Sabine Energy": "ORG"},
            (("Merrow Capital", "acquires", "Sabine Energy"),),
        ),
        (
            "Orlin Motors called off its merger with Tavira Cars.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 RP:prt>3 PRP$:poss>6 NN:dobj>3 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 .:punct>3",
            {"called": "call"},
            {"Orlin Motors": "ORG", "Tavira Cars": "PERSON"},
            (("Orlin Motors", "acquires", "Tavira Cars"),),
        ),
        (
            "Washington lifted sanctions on Kestrel Aviation in March.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNP:compound>6 NNP:pobj>4 IN:prep>2 "
            "NNP:pobj>7 .:punct>2",
            {"lifted": "lift", "sanctions": "sanction"},
            {"Washington": "GPE", "Kestrel Aviation": "ORG"},
            (("sanctions", "restricts", "Kestrel Aviation"),),
        ),
        # (the one relying does not make it)
        (*VELMORA_RELIES_ON_KESTREL, (("Velmora", "manufactures", "Orion X2"),)),
        # a name before a passive's verb is in its subject, acted on, and acts on nothing
        (
            "Koike said a Veldra scanner from Tokyo Electron had been installed at the plant.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NN:nsubjpass>11 IN:prep>5 "
            "NNP:compound>8 NNP:pobj>6 VBD:aux>11 VBN:auxpass>11 VBN:ccomp>2 IN:prep>11 DT:det>14 "
            "NN:pobj>12 .:punct>2",
            {"said": "say", "had": "have", "been": "be", "installed": "instal"},
            {"Koike": "ORG", "Veldra": "GPE", "Tokyo Electron": "ORG"},
            (("Tokyo Electron", "uses", "Veldra"),),
        ),
        # an active verb joined to a passive shares its subject, not its agent
        (
            "The campus is being built by Crusoe and began running Nvidia GB200 racks in June.",
            "DT:det>2 NN:nsubjpass>5 VBZ:aux>5 VBG:auxpass>5 VBN:ROOT>0 IN:agent>5 NNP:pobj>6 "
            "CC:cc>5 VBD:conj>5 VBG:xcomp>9 NNP:compound>12 NNP:compound>13 NNS:dobj>10 "
            "IN:prep>10 NNP:pobj>14 .:punct>5",
            {
                "is": "be",
                "being": "be",
                "built": "build",
                "began": "begin",
                "running": "run",
                "racks": "rack",
            },
            {"Crusoe": "PERSON", "Nvidia GB200": "ORG"},
            (("Crusoe", "uses", "GB200"),),
        ),
        # (the maker of a product does not use the process it makes it on)
        (
            "Lumora's NP-40 chip, to be made by TSMC on its N3E process, will ship next year.",
            "NNP:poss>4 POS:case>1 CD:nummod>4 NN:nsubj>17 ,:punct>4 TO:aux>8 VB:auxpass>8 "
            "VBN:relcl>4 IN:agent>8 NNP:pobj>9 IN:prep>8 PRP$:poss>14 NNP:compound>14 NN:pobj>11 "
            ",:punct>4 MD:aux>17 VB:ROOT>0 JJ:amod>19 NN:npadvmod>17 .:punct>17",
            {"made": "make"},
            {"Lumora": "PERSON", "TSMC": "ORG", "N3E": "GPE", "next year": "DATE"},
            (("TSMC", "uses", "3nm process"),),
        ),
    ],
)
def test_clause_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


# statements taken back: the edge is read, and negated
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Aldous Group scrapped its planned purchase of Brightwell Stores.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>6 VBN:amod>6 NN:dobj>3 IN:prep>6 "
            "NNP:compound>9 NNPS:pobj>7 .:punct>3",
            {"scrapped": "scrap", "planned": "plan"},
            {"Aldous Group": "ORG", "Brightwell Stores": "ORG"},
            (("Aldous Group", "acquires", "Brightwell Stores"),),
        ),
        (
            "Orlin Motors denied plans to buy Ardent Motors.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNS:dobj>3 TO:aux>6 VB:acl>4 NNP:compound>8 "
            "NNPS:dobj>6 .:punct>3",
            {"denied": "deny", "plans": "plan"},
            {"Orlin Motors": "ORG", "Ardent Motors": "ORG"},
            (("Orlin Motors", "acquires", "Ardent Motors"),),
        ),
        (
            "Ardent Motors' proposal to buy Zelvo Dairy collapsed.",
            "NNP:compound>2 NNP:poss>4 POS:case>2 NN:nsubj>9 TO:aux>6 VB:acl>4 NNP:compound>8 "
            "NNP:dobj>6 VBD:ROOT>0 .:punct>9",
            {"collapsed": "collapse"},
            {"Ardent Motors'": "ORG", "Zelvo Dairy": "PERSON"},
            (("Ardent Motors", "acquires", "Zelvo Dairy"),),
        ),
        (
            "Intel said it would no longer build its planned factories in Lyon, France, or an "
            "assembly plant in Poland.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP:nsubj>7 MD:aux>7 RB:neg>6 RB:advmod>7 VB:ccomp>2 "
            "PRP$:poss>10 VBN:amod>10 NNS:dobj>7 IN:prep>7 NNP:pobj>11 ,:punct>12 NNP:conj>12 "
            ",:punct>14 CC:cc>14 DT:det>19 NN:compound>19 NN:conj>14 IN:prep>19 NNP:pobj>20 "
            ".:punct>2",
            {"said": "say", "longer": "long", "planned": "plan", "factories": "factory"},
            {"Intel": "ORG", "Lyon": "GPE", "France": "GPE", "Poland": "GPE"},
            (("Intel", "operates_in", "Poland"),),
        ),
        # a verb whose object is none: "signed no deal"
        (
            "Orvane Systems signed no deal with Halden Motors.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 NNP:compound>8 "
            "NNPS:pobj>6 .:punct>3",
            {"signed": "sign"},
            {"Orvane Systems": "ORG", "Halden Motors": "ORG"},
            (("Orvane Systems", "partners", "Halden Motors"),),
        ),
        # denied reports: what the report says is taken back, a state said by "be" too
        (
            "Tallis Energy posted a loss and denied reports that it was in merger talks with "
            "Orsted.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 CC:cc>3 VBD:conj>3 "
            "NNS:dobj>7 IN:mark>11 PRP:nsubj>11 VBD:acl>8 IN:prep>11 NN:compound>14 NNS:pobj>12 "
            "IN:prep>14 NNP:pobj>15 .:punct>3",
            {"posted": "post", "denied": "deny", "reports": "report", "was": "be", "talks": "talk"},
            {"Tallis Energy": "ORG", "Orsted": "ORG"},
            (("Tallis Energy", "partners", "Orsted"),),
        ),
        # the report the tagger took for a verb
        (
            "Brenholt Optics on Tuesday denied a Bloomberg report that it had agreed to supply "
            "lidar units to Xpeng.",
            "NNP:compound>2 NNP:nsubj>5 IN:prep>5 NNP:pobj>3 VBD:ROOT>0 DT:det>8 NNP:compound>8 "
            "VBP:dobj>5 IN:mark>12 PRP:nsubj>12 VBD:aux>12 VBN:acl>8 TO:aux>14 VB:xcomp>12 "
            "NN:compound>16 NNS:dobj>14 IN:prep>14 NNP:pobj>17 .:punct>5",
            {"denied": "deny", "had": "have", "agreed": "agree", "units": "unit"},
            {"Brenholt Optics": "ORG", "Bloomberg": "ORG", "Xpeng": "ORG"},
            (("Brenholt Optics", "supplies", "Xpeng"),),
        ),
        # a state said with "be" that a denied report holds, through the clause on its noun
        (
            "Ola Electric has denied a report that it was in talks to form a joint venture with "
            "Panasonic.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 DT:det>6 NN:dobj>4 IN:mark>9 "
            "PRP:nsubj>9 VBD:acl>6 IN:prep>9 NNS:pobj>10 TO:aux>13 VB:acl>11 DT:det>16 JJ:amod>16 "
            "NN:dobj>13 IN:prep>16 NNP:pobj>17 .:punct>4",
            {"has": "have", "denied": "deny", "was": "be", "talks": "talk"},
            {"Ola Electric": "PERSON", "Panasonic": "ORG"},
            (("Ola Electric", "partners", "Panasonic"),),
        ),
        # "stops short of" a measure takes it back
        (
            "The deal stops short of a full ban on Chinese radio equipment.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 JJ:advmod>3 IN:prep>4 DT:det>8 JJ:amod>8 NN:pobj>5 "
            "IN:prep>8 JJ:amod>12 NN:compound>12 NN:pobj>9 .:punct>3",
            {"stops": "stop"},
            None,
            (("full ban", "restricts", "China"),),
        ),
        # a copula's "not" before its phrase negates the copula: "was not in talks to buy"
        (
            "Aramco said it was not in talks to buy a stake in Sinopec.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP:nsubj>4 VBD:ccomp>2 RB:neg>4 IN:prep>4 NNS:pobj>6 "
            "TO:aux>9 VB:acl>7 DT:det>11 NN:dobj>9 IN:prep>11 NNP:pobj>12 .:punct>2",
            {"said": "say", "was": "be", "talks": "talk"},
            {"Aramco": "ORG", "Sinopec": "GPE"},
            (("Saudi Aramco", "invests", "Sinopec"),),
        ),
        # a deal blocked from going ahead is taken back
        (
            "Regulators blocked Nvidia's acquisition of Arm from going ahead.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:poss>5 POS:case>3 NN:dobj>2 IN:prep>5 NNP:pobj>6 "
            "IN:prep>2 VBG:pcomp>8 RB:advmod>9 .:punct>2",
            {"Regulators": "regulator", "blocked": "block", "going": "go"},
            {"Nvidia": "GPE"},
            (("Nvidia", "acquires", "Arm"),),
        ),
        # a verb that takes back only with its particle takes back nothing negated
        (
            "The board did not back the acquisition of Mellanox by Nvidia.",
            "DT:det>2 NN:nsubj>5 VBD:aux>5 RB:neg>5 VB:ROOT>0 DT:det>7 NN:dobj>5 IN:prep>7 "
            "NNP:pobj>8 IN:prep>7 NNP:pobj>10 .:punct>5",
            {"did": "do"},
            {"Mellanox": "ORG", "Nvidia": "GPE"},
            (("Nvidia", "acquires", "Mellanox Technologies"),),
        ),
        # what one failed to do is taken back
        (
            "Samsung failed to strike a deal to supply HBM chips to Nvidia.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 DT:det>6 NN:dobj>4 TO:aux>8 VB:relcl>6 "
            "NNP:compound>10 NNS:dobj>8 IN:prep>8 NNP:pobj>11 .:punct>2",
            {"failed": "fail", "chips": "chip"},
            {"Samsung": "ORG", "HBM": "ORG", "Nvidia": "GPE"},
            (("Samsung Electronics", "partners", "Nvidia"),),
        ),
        # ... and so is what one refused to do
        (
            "GlobalFoundries refused to make chips for Sophgo.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NNS:dobj>4 IN:prep>4 NNP:pobj>6 .:punct>2",
            {"refused": "refuse", "chips": "chip"},
            {"GlobalFoundries": "ORG", "Sophgo": "LOC"},
            (("GlobalFoundries", "supplies", "Sophgo"),),
        ),
    ],
)
def test_clause_takes_back(read, text, annotation, lemmas, ents, expected):
    cases.takes_back(read, text, annotation, lemmas, ents, expected)
