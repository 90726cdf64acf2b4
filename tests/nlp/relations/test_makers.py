"""Where a product comes from and what it goes into, said without a verb between maker
and product: "Y from X", "Y, an X product", "X's main product is Y", "sold by X", the
X-designed Y, the Y-powered Z, "the G4 inside the Pixel 9"; a firm launching a product; on
sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


# sentences written for the rules, parsed by hand, and the edges each gives
#: Sentences parsed by hand that more than one case reads.
TARSIS_BIO_HAS_TAPED = (
    "Tarsis Bio has taped out the Nerve X1 chip.",
    "NN:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 RP:prt>4 DT:det>9 NNP:compound>8 "
    "NN:compound>9 NN:dobj>4 .:punct>4",
    {"has": "have", "taped": "tap"},
    {"Tarsis Bio": "PERSON"},
)

BALTIC_GRAPHITE_SAID_BUYERS = (
    "Baltic Graphite said buyers had asked it to double production of B-Flake, its "
    "purified graphite.",
    "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNS:nsubj>6 VBD:aux>6 VBN:ccomp>3 PRP:dobj>6 "
    "IN:prep>6 JJ:amod>10 NN:pobj>8 IN:prep>10 NNP:compound>14 HYPH:punct>14 NNP:pobj>11 "
    ",:punct>14 PRP$:poss>18 JJ:amod>18 NN:appos>14 .:punct>3",
    {"said": "say", "buyers": "buyer", "had": "have", "asked": "ask"},
    {"Baltic Graphite": "PERSON", "B-Flake": "PRODUCT"},
)

THE_CHATBOT_RACE_NOW = (
    "The chatbot race now includes Baidu and Moonshot AI's Kimi.",
    "DT:det>3 NN:compound>3 NN:nsubj>5 RB:advmod>5 VBZ:ROOT>0 NNP:nmod>11 CC:cc>6 "
    "NNP:compound>9 NNP:conj>6 POS:case>9 NNP:dobj>5 .:punct>5",
    {"includes": "include"},
    {"Baidu": "ORG", "Moonshot AI's": "PERSON", "Kimi": "PERSON"},
)

XIAOMI_RELIES_ON_TSMC = (
    "Xiaomi relies on TSMC to manufacture its XRing chips.",
    "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:pobj>3 TO:aux>6 VB:advcl>2 PRP$:poss>9 "
    "NNP:compound>9 NNS:dobj>6 .:punct>2",
    {"relies": "rely", "chips": "chip"},
    {"Xiaomi": "PERSON", "TSMC": "ORG", "XRing": "GPE"},
)


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Banks are testing the Nimbus 2 platform from Arcturus Software.",
            "NNS:nsubj>3 VBP:aux>3 VBG:ROOT>0 DT:det>5 NNP:nmod>7 CD:nummod>7 NN:dobj>3 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 .:punct>3",
            {"Banks": "bank", "are": "be", "testing": "test"},
            {"Arcturus Software": "ORG"},
            (("Arcturus Software", "develops", "Nimbus 2"),),
        ),
        (
            "Cheaper trims rely on a Vela 4 processor from Corvid Robotics.",
            "JJR:amod>2 NNS:nsubj>3 VBP:ROOT>0 IN:prep>3 DT:det>8 NNP:nmod>8 CD:nummod>8 "
            "NN:pobj>4 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>3",
            {"Cheaper": "cheap", "trims": "trim"},
            None,
            (("Corvid Robotics", "develops", "Vela 4"),),
        ),
        (
            "The Vanta 3 cell, an Ellis Power product, is cheap.",
            "DT:det>4 NNP:nmod>4 CD:nummod>2 NN:nsubj>11 ,:punct>4 DT:det>9 NNP:compound>8 "
            "NNP:compound>9 NN:appos>4 ,:punct>4 VBZ:ROOT>0 JJ:acomp>11 .:punct>11",
            {"is": "be"},
            {"Ellis Power": "ORG"},
            (("Ellis Power", "develops", "Vanta 3"),),
        ),
        (
            "Renmark Bio's main product is the Corda X2 inhaler.",
            "NNP:compound>2 NNP:poss>5 POS:case>2 JJ:amod>5 NN:nsubj>6 VBZ:ROOT>0 DT:det>10 "
            "NNP:compound>10 NN:compound>10 NN:attr>6 .:punct>6",
            {"is": "be"},
            {"Renmark Bio's": "ORG"},
            (("Renmark Bio", "develops", "Corda X2"),),
        ),
        (
            "The main product of Halden Robotics is the Atlas X2.",
            "DT:det>3 JJ:amod>3 NN:nsubj>7 IN:prep>3 NNP:compound>6 NNPS:pobj>4 VBZ:ROOT>0 "
            "DT:det>10 NNP:compound>10 NN:attr>7 .:punct>7",
            {"is": "be"},
            {"Halden Robotics": "ORG"},
            (("Halden Robotics", "develops", "Atlas X2"),),
        ),
        (
            "The Zelvo 5 and Zelvo 7 pumps, both sold by Quorra Health, are cheap.",
            "DT:det>7 NNP:nmod>7 CD:nummod>2 CC:cc>2 NNP:conj>2 CD:nummod>5 NNS:nsubj>15 "
            ",:punct>7 DT:appos>7 VBN:acl>9 IN:agent>10 NNP:compound>13 NNP:pobj>11 ,:punct>15 "
            "VBP:ROOT>0 JJ:acomp>15 .:punct>15",
            {"pumps": "pump", "sold": "sell", "are": "be"},
            {"Quorra Health": "ORG"},
            (("Quorra Health", "develops", "Zelvo 5"),),
        ),
        (
            "Orlin Semiconductor sells the OS-9 sensor and the OS-12 camera module.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 DT:det>6 NNP:compound>6 NN:dobj>3 CC:cc>6 "
            "DT:det>11 CD:nummod>11 NN:compound>11 NN:conj>6 .:punct>3",
            {"sells": "sell"},
            {"Orlin Semiconductor": "ORG", "OS-9": "ORG", "OS-12": "PRODUCT"},
            (("Orlin Semiconductor", "develops", "OS-9"),),
        ),
        (
            "The Nvidia-designed Drive Thor chip ships next year.",
            "DT:det>8 NNP:npadvmod>4 HYPH:punct>4 VBN:amod>8 NNP:compound>6 NNP:compound>8 "
            "NN:compound>8 NNS:ROOT>0 IN:nmod>10 NN:npadvmod>8 .:punct>8",
            {"designed": "design", "ships": "ship"},
            {"Nvidia": "GPE", "Drive Thor": "PERSON"},
            (("Nvidia", "develops", "Drive Thor"),),
        ),
        (
            "The TSMC-made Zeta S1 ships in May.",
            "DT:det>7 NNP:npadvmod>4 HYPH:punct>4 VBN:amod>7 NNP:compound>7 NNP:compound>7 "
            "NNS:ROOT>0 IN:prep>7 NNP:pobj>8 .:punct>7",
            {"made": "make", "ships": "ship"},
            {"TSMC": "ORG", "Zeta S1": "ORG"},
            (("TSMC", "manufactures", "Zeta S1"),),
        ),
        (
            "The Snapdragon-powered Lumo 7 goes on sale in June.",
            "DT:det>5 NNP:npadvmod>4 HYPH:punct>4 VBN:amod>5 NNP:nsubj>7 CD:nummod>5 VBZ:ROOT>0 "
            "IN:prep>7 NN:pobj>8 IN:prep>7 NNP:pobj>10 .:punct>7",
            {"powered": "power", "goes": "go"},
            {"Snapdragon": "ORG"},
            (("Lumo 7", "uses", "Snapdragon"),),
        ),
        (
            "The Kirin 9010 chip in the Mate 70 is made by SMIC.",
            "DT:det>4 NNP:nmod>4 CD:nummod>2 NN:nsubjpass>10 IN:prep>4 DT:det>8 NNP:compound>8 "
            "CD:pobj>5 VBZ:auxpass>10 VBN:ROOT>0 IN:agent>10 NNP:pobj>11 .:punct>10",
            {"is": "be", "made": "make"},
            {"SMIC": "ORG"},
            (("Mate 70", "uses", "Kirin 9010"),),
        ),
        (
            "Reviewers praised the Tensor G4 inside the Pixel 9.",
            "NNS:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 IN:prep>5 DT:det>8 "
            "NNP:pobj>6 CD:nummod>8 .:punct>2",
            {"Reviewers": "reviewer", "praised": "praise"},
            None,
            (("Pixel 9", "uses", "Tensor G4"),),
        ),
        (
            "The Vela 4 will also go into the Corvid R5 robot.",
            "DT:det>2 NNP:nsubj>6 CD:nummod>2 MD:aux>6 RB:advmod>6 VB:ROOT>0 IN:prep>6 DT:det>11 "
            "NNP:nmod>11 FW:amod>11 NN:pobj>7 .:punct>6",
            {},
            {"The Vela 4": "PRODUCT"},
            (("Corvid R5", "uses", "Vela 4"),),
        ),
        (
            "The Mate 70 is the first phone to use the Kirin 9020.",
            "DT:det>2 NNP:nsubj>4 CD:nummod>2 VBZ:ROOT>0 DT:det>7 JJ:amod>7 NN:attr>4 TO:aux>9 "
            "VB:relcl>7 DT:det>11 NNP:dobj>9 CD:nummod>11 .:punct>4",
            {"is": "be"},
            None,
            (("Mate 70", "uses", "Kirin 9020"),),
        ),
        (
            "The Corvid R5 robot is equipped with Nvidia's Jetson Thor module.",
            "DT:det>4 NNP:nmod>4 NN:compound>4 NN:nsubjpass>6 VBZ:auxpass>6 VBN:ROOT>0 IN:prep>6 "
            "NNP:poss>12 POS:case>8 NNP:compound>11 NNP:compound>12 NN:pobj>7 .:punct>6",
            {"is": "be", "equipped": "equip"},
            {"Nvidia": "GPE", "Jetson Thor": "ORG"},
            (("Corvid R5", "uses", "Jetson Thor"),),
        ),
        (*TARSIS_BIO_HAS_TAPED, (("Tarsis Bio", "develops", "Nerve X1"),)),
        (
            "Toyota has released the bZ4X in Europe.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 DT:det>5 NNP:dobj>3 IN:prep>3 NNP:pobj>6 .:punct>3",
            {"has": "have", "released": "release"},
            {"Toyota": "ORG", "bZ4X": "ORG", "Europe": "LOC"},
            (("Toyota Motor", "develops", "bZ4X"),),
        ),
        (
            "Nokia introduced the AirScale radio for 5G networks.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NN:dobj>2 IN:prep>2 CD:nummod>9 "
            "NN:compound>9 NNS:pobj>6 .:punct>2",
            {"introduced": "introduce", "networks": "network"},
            {"Nokia": "ORG", "AirScale": "ORG"},
            (("Nokia", "develops", "AirScale"),),
        ),
        # "whose" stands for the name its clause is on
        (
            "Xiaomi, whose XRing O2 chip is made by TSMC, said sales rose.",
            "NNP:nsubj>12 ,:punct>1 WP$:poss>6 NNP:compound>5 NNP:compound>6 NN:nsubjpass>8 "
            "VBZ:auxpass>8 VBN:relcl>1 IN:agent>8 NNP:pobj>9 ,:punct>1 VBD:ROOT>0 NNS:nsubj>14 "
            "VBD:ccomp>12 .:punct>12",
            {"is": "be", "made": "make", "said": "say", "sales": "sale", "rose": "rise"},
            {"Xiaomi": "PERSON", "XRing O2": "ORG", "TSMC": "ORG"},
            (("Xiaomi", "develops", "XRing O2"),),
        ),
        (
            "Nexperia, whose obesity drug candidate NX-55 is made by Lonza, said it would raise "
            "funds.",
            "NNP:nsubj>13 ,:punct>1 WP$:poss>6 NN:compound>6 NN:compound>6 NN:nsubjpass>9 "
            "CD:appos>6 VBZ:auxpass>9 VBN:acl>1 IN:agent>9 NNP:pobj>10 ,:punct>1 VBD:ROOT>0 "
            "PRP:nsubj>16 MD:aux>16 VB:ccomp>13 NNS:dobj>16 .:punct>13",
            {"is": "be", "made": "make", "said": "say", "funds": "fund"},
            {"Nexperia": "GPE", "NX-55": "ORG", "Lonza": "PERSON"},
            (("Nexperia", "develops", "NX-55"),),
        ),
        # the name a material describes is what "its" owns
        (*BALTIC_GRAPHITE_SAID_BUYERS, (("Baltic Graphite", "develops", "B-Flake"),)),
        # technologies that name a firm's line; "the Korean chipmaker" is the one the lexicon
        # places in Korea, not the unknown firm that sues it
        (
            "Halvix Memory has sued Samsung Electronics in Texas, alleging that the Korean "
            "chipmaker's LPDDR6 products infringe six patents.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 NNP:compound>6 NNP:dobj>4 IN:prep>6 "
            "NNP:pobj>7 ,:punct>4 VBG:advcl>4 IN:mark>18 DT:det>14 JJ:amod>14 NN:poss>17 "
            "POS:case>14 NNP:compound>17 NNS:nsubj>18 VBP:ccomp>10 CD:nummod>20 NNS:dobj>18 "
            ".:punct>4",
            {
                "has": "have",
                "sued": "sue",
                "alleging": "allege",
                "products": "product",
                "patents": "patent",
            },
            {
                "Halvix Memory": "PERSON",
                "Samsung Electronics": "ORG",
                "Texas": "GPE",
                "LPDDR6": "PRODUCT",
            },
            (("Samsung Electronics", "develops", "LPDDR6"),),
        ),
        # "X and its Y": the owner is the name the phrase is joined to
        (
            "Reliance took control of Viacom18 and its Vootly and Cinemaxa services.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 NNP:pobj>4 CC:cc>5 PRP$:poss>11 "
            "NNP:nmod>11 CC:cc>8 NNP:conj>8 NNS:conj>5 .:punct>2",
            {"took": "take", "services": "service"},
            {"Reliance": "ORG", "Viacom18": "PERSON", "Vootly": "ORG", "Cinemaxa": "ORG"},
            (("Viacom18", "develops", "Vootly"), ("Viacom18", "develops", "Cinemaxa")),
        ),
        # a product named before the noun listed after an owned one
        (
            "The deal does not extend to AMD's MI350 or upcoming MI400 processors.",
            "DT:det>2 NN:nsubj>5 VBZ:aux>5 RB:neg>5 VB:ROOT>0 IN:prep>5 NNP:poss>9 POS:case>7 "
            "NN:pobj>6 CC:cc>9 JJ:amod>13 NN:compound>13 NNS:conj>9 .:punct>5",
            {"does": "do", "processors": "processor"},
            {"AMD": "ORG", "MI350": "PRODUCT", "MI400": "PRODUCT"},
            (("AMD", "develops", "MI400"),),
        ),
        # model numbers the tagger read as adjectives, listed before the noun
        (
            "The rules restrict the sale of AMD's MI308 and MI325 chips to China.",
            "DT:det>2 NNS:nsubj>3 VBP:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:poss>12 POS:case>7 "
            "JJ:amod>12 CC:cc>9 JJ:conj>9 NNS:pobj>6 IN:prep>5 NNP:pobj>13 .:punct>3",
            {"rules": "rule", "chips": "chip"},
            {"AMD": "ORG", "MI308": "ORG", "MI325": "ORG", "China": "GPE"},
            (
                ("AMD", "develops", "Instinct MI308"),
                ("AMD", "develops", "MI325"),
                ("rules", "restricts", "MI325"),
            ),
        ),
        # the firm "behind" a product
        (
            "Moonshot, the Beijing start-up behind the Kimi chatbot, raised new funds.",
            "NN:nsubj>11 ,:punct>1 DT:det>5 NNP:compound>5 NN:appos>1 IN:prep>5 DT:det>9 "
            "NNP:compound>9 NN:pobj>6 ,:punct>1 VBD:ROOT>0 JJ:amod>13 NNS:dobj>11 .:punct>11",
            {"raised": "raise", "funds": "fund"},
            {"Beijing": "GPE", "Kimi": "PERSON"},
            (("Moonshot AI", "develops", "Kimi"),),
        ),
        # a technology named before the goods it is
        (
            "Samsung Electronics has begun mass-producing its 12-layer HBM3E memory.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 NN:npadvmod>7 HYPH:punct>7 "
            "VBG:xcomp>4 PRP$:poss>13 CD:nummod>11 HYPH:punct>11 NN:compound>12 NN:compound>13 "
            "NN:dobj>7 .:punct>4",
            {"has": "have", "begun": "begin", "producing": "produce"},
            {"Samsung Electronics": "ORG"},
            (("Samsung Electronics", "develops", "HBM3E"),),
        ),
        # an opening passive participle is said of the clause's subject
        (
            "Developed by Tenstorrent, the Blackhole processor packs 140 cores.",
            "VBN:advcl>8 IN:agent>1 NNP:pobj>2 ,:punct>8 DT:det>7 NNP:compound>7 NN:nsubj>8 "
            "VBZ:ROOT>0 CD:nummod>10 NNS:dobj>8 .:punct>8",
            {"Developed": "develop", "packs": "pack", "cores": "core"},
            {"Tenstorrent": "GPE", "Blackhole": "ORG"},
            (("Tenstorrent", "develops", "Blackhole"),),
        ),
        # the possessive of the last of two names is that name's alone
        (*THE_CHATBOT_RACE_NOW, (("Moonshot AI", "develops", "Kimi"),)),
        # a firm's name hyphened to "built": the maker
        (
            "SMIC-built Ascend 910C chips were found in Huawei servers.",
            "NNP:npadvmod>3 HYPH:punct>3 VBN:amod>4 NNP:ROOT>0 NNP:compound>6 NNS:nsubjpass>8 "
            "VBD:auxpass>8 VBN:ccomp>4 IN:prep>8 NNP:compound>11 NNS:pobj>9 .:punct>8",
            {"built": "build", "chips": "chip", "were": "be", "found": "find", "servers": "server"},
            {"Ascend": "ORG", "Huawei": "ORG"},
            (("SMIC", "manufactures", "Ascend 910C"),),
        ),
        # "its" in an infinitive of purpose is the subject's of the clause it serves
        (*XIAOMI_RELIES_ON_TSMC, (("Xiaomi", "develops", "XRing O1"),)),
        # installing and fitting another's product is using it
        (
            "Samsung installed Veldra's Orion 5 scanners at its Pyeongtaek fab.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>7 POS:case>3 NNP:nmod>7 CD:nummod>5 NNS:dobj>2 "
            "IN:prep>2 PRP$:poss>11 NNP:compound>11 NN:pobj>8 .:punct>2",
            {"installed": "instal", "scanners": "scanner"},
            {"Samsung": "ORG", "Veldra": "GPE", "Pyeongtaek": "ORG"},
            (("Samsung Electronics", "uses", "Orion 5"),),
        ),
        # a closing participle of powering is said of the product the clause is about
        (
            "Xiaomi unveiled the Mi 16 in Beijing on Monday, powered by its XRing O2 processor.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>4 IN:prep>2 NNP:pobj>6 "
            "IN:prep>2 NNP:pobj>8 ,:punct>2 VBN:advcl>2 IN:agent>11 PRP$:poss>16 NNP:compound>15 "
            "NNP:compound>16 NN:pobj>12 .:punct>2",
            {"unveiled": "unveil", "powered": "power"},
            {"Xiaomi": "PERSON", "Beijing": "GPE", "XRing O2": "ORG"},
            (("Mi 16", "uses", "XRing O2"),),
        ),
        # running or hosting another's product is using it
        (
            "Operators such as Telkom, which runs Nvidia GB200 servers in Johor, will need "
            "approvals.",
            "NNS:nsubj>15 JJ:amod>3 IN:prep>1 NNP:pobj>3 ,:punct>4 WDT:nsubj>7 VBZ:relcl>4 "
            "NNP:compound>10 NN:compound>10 NNS:dobj>7 IN:prep>10 NNP:pobj>11 ,:punct>4 MD:aux>15 "
            "VB:ROOT>0 NNS:dobj>15 .:punct>15",
            {"Operators": "operator", "runs": "run", "servers": "server", "approvals": "approval"},
            {"Telkom": "ORG", "Nvidia GB200": "ORG", "Johor": "GPE"},
            (("Telkom", "uses", "GB200"),),
        ),
        # "the machine", "the module": a description of the product launched before
        (
            "Dell unveiled a laptop, the XPS 14. The machine will be assembled by Compal.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 ,:punct>4 DT:det>7 NNP:appos>4 "
            "CD:nummod>7 .:punct>2 DT:det>11 NN:nsubjpass>14 MD:aux>14 VB:auxpass>14 VBN:ROOT>0 "
            "IN:agent>14 NNP:pobj>15 .:punct>14",
            {"unveiled": "unveil", "assembled": "assemble"},
            {"Compal": "GPE"},
            (("Compal Electronics", "manufactures", "XPS 14"),),
        ),
        (
            "Hanbit unveiled the HB-CX1, a memory module. The module is made by Jabil.",
            "NN:nsubj>2 VBD:ROOT>0 DT:det>6 NNP:compound>6 HYPH:punct>6 NNP:dobj>2 ,:punct>6 "
            "DT:det>10 NN:compound>10 NN:appos>6 .:punct>2 DT:det>13 NN:nsubjpass>15 "
            "VBZ:auxpass>15 VBN:ROOT>0 IN:agent>15 NNP:pobj>16 .:punct>15",
            {"unveiled": "unveil", "is": "be", "made": "make"},
            {"Jabil": "GPE"},
            (("Jabil", "manufactures", "HB-CX1"),),
        ),
        # what is assembled is no firm, whatever the recogniser read
        (
            "The Chaiya EV will be assembled at Siam Mobility's factory in Rayong.",
            "DT:det>3 NNP:compound>3 NNP:nsubjpass>6 MD:aux>6 VB:auxpass>6 VBN:ROOT>0 "
            "IN:prep>6 NNP:compound>9 NNP:poss>11 POS:case>9 NN:pobj>7 IN:prep>11 NNP:pobj>12 "
            ".:punct>6",
            {"assembled": "assemble"},
            {"The Chaiya EV": "ORG", "Siam Mobility's": "PERSON", "Rayong": "GPE"},
            (("Siam Mobility", "manufactures", "Chaiya EV"),),
        ),
        # what a product is used in, or its owner, uses it
        (
            "Akane's AS-220 depth sensor is used in Toyota Motor's latest driver-assistance "
            "system.",
            "NNP:poss>5 POS:case>1 JJ:amod>4 NN:amod>5 NN:nsubjpass>7 VBZ:auxpass>7 VBN:ROOT>0 "
            "IN:prep>7 NNP:compound>10 NNP:poss>16 POS:case>10 JJS:amod>16 NN:compound>15 "
            "HYPH:punct>15 NN:compound>16 NN:pobj>8 .:punct>7",
            {"is": "be", "used": "use", "latest": "late"},
            {"Akane": "ORG", "Toyota Motor's": "ORG"},
            (("Toyota Motor", "uses", "AS-220"),),
        ),
        # who operates chips uses them
        (
            "The cluster of Nvidia H100 chips is operated by Yotta Data Services in Mumbai.",
            "DT:det>2 NN:nsubjpass>8 IN:prep>2 NNP:compound>6 NN:compound>6 NNS:pobj>3 "
            "VBZ:auxpass>8 VBN:ROOT>0 IN:agent>8 NNP:compound>12 NNP:compound>12 NNPS:pobj>9 "
            "IN:prep>12 NNP:pobj>13 .:punct>8",
            {"chips": "chip", "is": "be", "operated": "operate"},
            {"Nvidia": "GPE", "Yotta Data Services": "ORG", "Mumbai": "GPE"},
            (("Yotta Data Services", "uses", "H100"),),
        ),
        # a technology named between a product and its noun
        (
            "The Filogic 880 Wi-Fi 7 chips infringe its patents.",
            "DT:det>8 NNP:nmod>8 CD:nummod>2 NNP:compound>6 HYPH:punct>6 NNP:nmod>8 "
            "CD:nummod>6 NNS:nsubj>9 VBP:ROOT>0 PRP$:poss>11 NNS:dobj>9 .:punct>9",
            {"chips": "chip", "patents": "patent"},
            {},
            (("Filogic 880", "uses", "Wi-Fi 7"),),
        ),
        # the process a product's description names
        (
            "Leapvolt unveiled the Tianshu A1, a 5nm autonomous-driving processor.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 ,:punct>5 DT:det>13 "
            "CD:nummod>9 RB:nmod>13 JJ:amod>12 HYPH:punct>12 VBG:amod>13 NN:appos>5 .:punct>2",
            {"unveiled": "unveil", "driving": "drive"},
            {"Leapvolt": "PERSON", "the Tianshu A1": "PRODUCT", "5": "CARDINAL"},
            (("Tianshu A1", "uses", "5nm process"),),
        ),
        (
            "The Corvo-9 is a 12nm chip.",
            "DT:det>2 NNP:nsubj>3 VBZ:ROOT>0 DT:det>7 CD:nummod>6 NN:compound>7 NN:attr>3 "
            ".:punct>3",
            {"is": "be"},
            {"12": "CARDINAL"},
            (("Corvo-9", "uses", "12nm process"),),
        ),
        # "the chip": a product of that kind by any mention of its name
        (
            "Vantor launched its Corvo-9 inference accelerator on Monday. The Corvo-9 is made by "
            "Samsung and carries memory from Micron, a rival of Nvidia, whose H200 sells well. "
            "Cloud provider Lambda had agreed to deploy the chip in its Texas data centres.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>6 NNP:compound>5 NN:compound>6 NN:dobj>2 "
            "IN:prep>2 NNP:pobj>7 .:punct>2 DT:det>11 NNP:nsubjpass>13 VBZ:auxpass>13 "
            "VBN:ROOT>0 IN:agent>13 NNP:pobj>14 CC:cc>13 VBZ:conj>13 NN:dobj>17 IN:prep>17 "
            "NNP:pobj>19 ,:punct>20 DT:det>23 NN:appos>20 IN:prep>23 NNP:pobj>24 ,:punct>25 "
            "WP$:poss>28 NN:nsubj>29 VBZ:relcl>25 RB:advmod>29 .:punct>13 NNP:compound>33 "
            "NN:compound>34 NNP:nsubj>36 VBD:aux>36 VBN:ROOT>0 TO:aux>38 VB:xcomp>36 DT:det>40 "
            "NN:dobj>38 IN:prep>40 PRP$:poss>45 NNP:compound>45 NN:compound>45 NNS:pobj>41 "
            ".:punct>36",
            {
                "launched": "launch",
                "is": "be",
                "made": "make",
                "carries": "carry",
                "sells": "sell",
                "had": "have",
                "agreed": "agree",
                "centres": "centre",
            },
            {
                "Monday": "DATE",
                "Samsung": "ORG",
                "Micron": "ORG",
                "Nvidia": "GPE",
                "H200": "CARDINAL",
                "Lambda": "PERSON",
                "Texas": "GPE",
            },
            (("Lambda", "uses", "Corvo-9"),),
        ),
        # who puts up or owns a plant or network a technology's name describes uses it
        (
            "Vale Indonesia plans a $2 billion HPAL plant in Pomalaa.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 DT:det>9 $:quantmod>7 CD:compound>7 "
            "CD:nummod>9 NNP:compound>9 NN:dobj>3 IN:prep>9 NNP:pobj>10 .:punct>3",
            {"plans": "plan"},
            {"Vale Indonesia": "ORG", "$2 billion": "MONEY", "Pomalaa": "PERSON"},
            [("Vale Indonesia", "uses", "high-pressure acid leach")],
        ),
        (
            "Safaricom relies on Huawei for its 5G network.",
            "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:pobj>3 IN:prep>2 PRP$:poss>9 CD:nummod>8 "
            "NN:compound>9 NN:pobj>5 .:punct>2",
            {"relies": "rely"},
            {"Huawei": "ORG", "5": "CARDINAL"},
            [("Safaricom", "uses", "5G"), ("Huawei", "supplies", "Safaricom")],
        ),
        # a part doing its work in a device
        (
            "Horizon's Journey 6 chip now powers driver assistance in Li Auto's L6 SUV.",
            "NNP:poss>5 POS:case>1 NNP:nmod>5 CD:nummod>3 NN:nsubj>7 RB:advmod>7 VBZ:ROOT>0 "
            "NN:compound>9 NN:dobj>7 IN:prep>7 NNP:compound>12 NNP:poss>15 POS:case>12 "
            "NNP:compound>15 NNP:pobj>10 .:punct>7",
            {"powers": "power"},
            {"Horizon": "ORG", "Li Auto's": "ORG"},
            (("L6", "uses", "Journey 6"),),
        ),
        # a part fitted to a device
        (
            "Geely will fit its Aegis battery to its Galaxy E5 crossover.",
            "RB:advmod>3 MD:aux>3 VB:ROOT>0 PRP$:poss>6 NNP:compound>6 NN:dobj>3 IN:prep>3 "
            "PRP$:poss>11 NNP:compound>11 NN:compound>11 NN:pobj>7 .:punct>3",
            {},
            {"Aegis": "PRODUCT", "Galaxy E5": "ORG"},
            (("Galaxy E5", "uses", "Aegis"),),
        ),
        # parts made for a device
        (
            "Samsung rushed to finish Exynos 2400 chips for the upcoming Galaxy S24 phones.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NNP:nmod>7 CD:nummod>5 NNS:dobj>4 "
            "IN:prep>4 DT:det>13 JJ:amod>13 NNP:compound>12 NNP:compound>13 NNS:pobj>8 .:punct>2",
            {"rushed": "rush", "chips": "chip", "phones": "phone"},
            {"Samsung": "ORG", "2400": "CARDINAL"},
            (("Galaxy S24", "uses", "Exynos 2400"),),
        ),
        # both parts put together ("with" hung on the first)
        (
            "The Exynos 2500 pairs one Cortex-X925 core with seven Cortex-A725 cores.",
            "DT:det>2 NNP:nsubj>4 CD:nummod>2 VBZ:ROOT>0 CD:nummod>9 NNP:compound>8 HYPH:punct>8 "
            "NNP:compound>9 NN:dobj>4 IN:prep>9 CD:nummod>15 NNP:compound>14 HYPH:punct>14 "
            "NNP:compound>15 NNS:pobj>10 .:punct>4",
            {"pairs": "pair", "cores": "core"},
            {"Cortex-X925": "ORG", "Cortex-A725": "ORG"},
            (("Exynos 2500", "uses", "Cortex-A725"),),
        ),
    ],
)
def test_makers_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (*TARSIS_BIO_HAS_TAPED, (("Tarsis Bio", "uses", "Nerve X1"),)),
        # a material that describes a product is not what the firm develops
        (*BALTIC_GRAPHITE_SAID_BUYERS, (("Baltic Graphite", "develops", "graphite"),)),
        # what a firm buys is not what it develops
        (
            "Intel buys most of its high-bandwidth memory from SK Hynix.",
            "NNP:nsubj>2 VBZ:ROOT>0 JJS:dobj>2 IN:prep>3 PRP$:poss>9 JJ:amod>8 HYPH:punct>8 "
            "JJ:amod>9 NN:pobj>4 IN:prep>2 NNP:compound>12 NNP:pobj>10 .:punct>2",
            {"buys": "buy"},
            {"Intel": "ORG"},
            (("Intel", "develops", "HBM"),),
        ),
        (*THE_CHATBOT_RACE_NOW, (("Baidu", "develops", "Kimi"),)),
        # the maker of another firm's product makes it; it does not develop it
        (
            "Samsung is the sole maker of Tesla's AI5 chip.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>5 JJ:amod>5 NN:attr>2 IN:prep>5 NNP:poss>10 POS:case>7 "
            "NN:compound>10 NN:pobj>6 .:punct>2",
            {"is": "be"},
            {"Samsung": "ORG", "Tesla": "ORG"},
            (("Samsung Electronics", "develops", "AI5"),),
        ),
        (*XIAOMI_RELIES_ON_TSMC, (("TSMC", "develops", "XRing O1"),)),
        # a firm fitting its own product makes it; it does not use it
        (
            "Zeekr will fit its Sky Eye driver-assistance system to all of its models.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 PRP$:poss>10 NNP:compound>6 NNP:compound>10 "
            "NN:compound>9 HYPH:punct>9 NN:compound>10 NN:dobj>3 IN:prep>3 DT:pobj>11 IN:prep>12 "
            "PRP$:poss>15 NNS:pobj>13 .:punct>3",
            {"models": "model"},
            {"Zeekr": "PERSON", "Sky Eye": "ORG"},
            (("Zeekr", "uses", "Sky Eye"),),
        ),
        # a firm's own products listed after "its" are its own, not used
        (
            "ASM International will install its Pulsar and Synergis tools at the plant.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 PRP$:poss>9 NNP:nmod>9 CC:cc>6 "
            "NNP:conj>6 NNS:dobj>4 IN:prep>4 DT:det>12 NN:pobj>10 .:punct>4",
            {"tools": "tool"},
            {"ASM International": "ORG", "Pulsar": "GPE", "Synergis": "ORG"},
            (("ASM International", "uses", "Synergis"),),
        ),
        # a business a firm runs is no supplier of it
        (
            "GoTo Group, which counts Alibaba among its shareholders, said it would keep running "
            "its Gojek app independently.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 WDT:nsubj>5 VBZ:relcl>2 NNP:dobj>5 IN:prep>5 "
            "PRP$:poss>9 NNS:pobj>7 ,:punct>2 VBD:ROOT>0 PRP:nsubj>14 MD:aux>14 VB:ccomp>11 "
            "VBG:xcomp>14 PRP$:poss>18 NNP:compound>18 NN:dobj>15 RB:advmod>15 .:punct>11",
            {"counts": "count", "shareholders": "shareholder", "said": "say", "running": "run"},
            {"GoTo Group": "ORG", "Alibaba": "GPE", "Gojek": "PERSON"},
            (("Gojek", "supplies", "GoTo Group"),),
        ),
        # a device added to a programme is no part of it
        (
            "Google added the Pixel 9 to the Android 16 beta programme.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>4 IN:prep>2 DT:det>11 "
            "NNP:nmod>11 CD:nummod>8 NN:compound>11 NN:pobj>6 .:punct>2",
            {"added": "add"},
            {"Google": "ORG", "Pixel": "PERSON", "Android": "ORG", "16": "CARDINAL"},
            (("Android 16", "uses", "Pixel 9"),),
        ),
    ],
)
def test_makers_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


# statements taken back: the edge is read, and negated
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Orlin Semiconductor does not sell the OS-9 sensor.",
            "NNP:compound>2 NNP:nsubj>5 VBZ:aux>5 RB:neg>5 VB:ROOT>0 DT:det>8 NNP:compound>8 "
            "NN:dobj>5 .:punct>5",
            {"does": "do"},
            {"Orlin Semiconductor": "ORG", "OS-9": "ORG"},
            (("Orlin Semiconductor", "develops", "OS-9"),),
        ),
    ],
)
def test_makers_takes_back(read, text, annotation, lemmas, ents, expected):
    cases.takes_back(read, text, annotation, lemmas, ents, expected)


# names found and typed beyond the lexicon
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Insulet said the Korean company had developed its rival EOPatch device.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 JJ:amod>5 NN:nsubj>7 VBD:aux>7 VBN:ccomp>2 "
            "PRP$:poss>11 JJ:amod>11 NN:compound>11 NN:dobj>7 .:punct>2",
            {"said": "say", "had": "have", "developed": "develop"},
            None,
            (("EOPatch", "PRODUCT"),),
        ),
        # a model's variant in capitals
        (
            "Boeing will build more Boeing 737 MAX jets in Renton.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 JJR:amod>8 NNP:nmod>8 CD:nummod>8 NNP:compound>8 "
            "NNS:dobj>3 IN:prep>8 NNP:pobj>9 .:punct>3",
            {"jets": "jet"},
            {"Boeing": "ORG", "737": "PRODUCT", "MAX": "ORG", "Renton": "GPE"},
            (("737 MAX", "PRODUCT"),),
        ),
    ],
)
def test_makers_types(read, text, annotation, lemmas, ents, expected):
    cases.types(read, text, annotation, lemmas, ents, expected)
