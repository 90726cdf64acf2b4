"""Who supplies, makes and sells to whom without a verb of supply between them: customers,
makers relied on, deals to supply, processes and plants, businesses sold, on sentences
parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


# sentences written for the rules, parsed by hand, and the edges each gives
#: Sentences parsed by hand that more than one case reads.
WISTRON_ASSEMBLER = (
    "Wistron is the main assembler of Dell's PowerEdge servers.",
    "NNP:nsubj>2 VBZ:ROOT>0 DT:det>5 JJ:amod>5 NN:attr>2 IN:prep>5 NNP:poss>10 POS:case>7 "
    "NNP:compound>10 NNS:pobj>6 .:punct>2",
    {"is": "be", "servers": "server"},
    {"Wistron": "ORG", "Dell": "ORG", "PowerEdge": "ORG"},
)
TESLA_OFFTAKE_PIEDMONT = (
    "Tesla signed an offtake agreement with Piedmont Lithium.",
    "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 IN:prep>5 NNP:compound>8 "
    "NNP:pobj>6 .:punct>2",
    {"signed": "sign"},
    {"Tesla": "ORG", "Piedmont Lithium": "ORG"},
)
ORBIS_BANK_AGREED_TO = (
    "Orbis Bank agreed to sell its Irish unit Corran Finance to Westmark Group.",
    "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 PRP$:poss>8 JJ:amod>8 "
    "NN:dative>5 NNP:compound>10 NNP:appos>8 IN:dative>5 NNP:compound>13 NNP:pobj>11 "
    ".:punct>3",
    {"agreed": "agree"},
    {"Orbis Bank": "ORG", "Corran Finance": "PERSON", "Westmark Group": "ORG"},
)

HYUNDAI_BUYS_MOST_OF = (
    "Hyundai buys most of its cathode material from EcoPro.",
    "NNP:nsubj>2 VBZ:ROOT>0 JJS:dobj>2 IN:prep>3 PRP$:poss>7 NN:compound>7 NN:pobj>4 "
    "IN:prep>2 NNP:pobj>8 .:punct>2",
    {"buys": "buy"},
    {"Hyundai": "ORG", "EcoPro": "ORG"},
)

BOSCH_WHICH_MAKES_MOST = (
    "Bosch, which makes most of its brakes in Hungary, counts Audi and Skoda among its customers.",
    "NNP:nsubj>12 ,:punct>1 WDT:nsubj>4 VBZ:relcl>1 JJS:dobj>4 IN:prep>5 PRP$:poss>8 "
    "NNS:pobj>6 IN:prep>8 NNP:pobj>9 ,:punct>1 VBZ:ROOT>0 NNP:dobj>12 CC:cc>13 "
    "NNP:conj>13 IN:prep>12 PRP$:poss>18 NNS:pobj>16 .:punct>12",
    {"makes": "make", "brakes": "brake", "counts": "count", "customers": "customer"},
    {"Bosch": "ORG", "Hungary": "GPE", "Audi": "ORG", "Skoda": "GPE"},
)

WOLFSPEED_WILL_OPEN_THE = (
    "Wolfspeed will open the fab in 2027, and Infineon and Bosch have signed up as its "
    "first customers.",
    "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 CD:pobj>6 ,:punct>3 "
    "CC:cc>3 NNP:nsubj>14 CC:cc>10 NNP:conj>10 VBP:aux>14 VBN:conj>3 RP:prt>14 IN:prep>14 "
    "PRP$:poss>19 JJ:amod>19 NNS:pobj>16 .:punct>14",
    {"signed": "sign", "customers": "customer"},
    {"Infineon": "PERSON", "Bosch": "PERSON"},
)

HAILO_UNVEILED_ITS_HAILO = (
    "Hailo unveiled its Hailo-10 chip, with Renault and Stellantis as its first customers.",
    "NN:nsubj>2 VBD:ROOT>0 PRP$:poss>5 NNP:compound>5 NN:dobj>2 ,:punct>5 IN:prep>2 "
    "NNP:pobj>7 CC:cc>8 NNP:conj>8 IN:prep>2 PRP$:poss>14 JJ:amod>14 NNS:pobj>11 "
    ".:punct>2",
    {"unveiled": "unveil", "customers": "customer"},
    {"Renault": "ORG", "Stellantis": "ORG"},
)


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Lumen Grid, whose clients include Oracle and Meta, raised new funds.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 WP$:poss>5 NNS:nsubj>6 VBP:relcl>2 NNP:dobj>6 "
            "CC:cc>7 NNP:conj>7 ,:punct>2 VBD:ROOT>0 JJ:amod>13 NNS:dobj>11 .:punct>11",
            {"clients": "client", "raised": "raise", "funds": "fund"},
            {"Oracle": "ORG", "Meta": "ORG"},
            (("Lumen Grid", "supplies", "Oracle"), ("Lumen Grid", "supplies", "Meta Platforms")),
        ),
        (
            "Cambria Silicon relies on GlobalFoundries to manufacture its sensors.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 IN:prep>3 NNP:pobj>4 TO:aux>7 VB:advcl>3 "
            "PRP$:poss>9 NNS:dobj>7 .:punct>3",
            {"relies": "rely", "sensors": "sensor"},
            {"Cambria Silicon": "ORG", "GlobalFoundries": "ORG"},
            (("GlobalFoundries", "supplies", "Cambria Silicon"),),
        ),
        (
            "Arlo Semi signed a three-year agreement with Dell Technologies to supply network "
            "chips.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>8 CD:nummod>7 HYPH:punct>7 "
            "NN:compound>8 NN:dobj>3 IN:prep>8 NNP:compound>11 NNPS:pobj>9 TO:aux>13 VB:acl>8 "
            "NN:compound>15 NNS:dobj>13 .:punct>3",
            {"signed": "sign", "chips": "chip"},
            {"Arlo Semi": "PERSON", "Dell Technologies": "ORG"},
            (("Arlo Semi", "supplies", "Dell Technologies"),),
        ),
        (
            "The Helix 5 is made on TSMC's 2nm process.",
            "DT:det>3 NNP:compound>3 CD:nsubjpass>5 VBZ:auxpass>5 VBN:ROOT>0 IN:prep>5 "
            "NNP:poss>11 POS:case>7 CD:nummod>11 NN:compound>11 NN:pobj>6 .:punct>5",
            {"is": "be", "made": "make"},
            {"TSMC": "ORG"},
            (("TSMC", "manufactures", "Helix 5"),),
        ),
        (
            "Norvik Pharma, the maker of Clarivex, was bought by Halden Capital.",
            "NNP:compound>2 NNP:nsubjpass>10 ,:punct>2 DT:det>5 NN:appos>2 IN:prep>5 NNP:pobj>6 "
            ",:punct>2 VBD:auxpass>10 VBN:ROOT>0 IN:agent>10 NNP:compound>13 NNP:pobj>11 "
            ".:punct>10",
            {"was": "be", "bought": "buy"},
            {"Norvik Pharma": "PERSON", "Clarivex": "LOC", "Halden Capital": "ORG"},
            (
                ("Norvik Pharma", "manufactures", "Clarivex"),
                ("Halden Capital", "acquires", "Norvik Pharma"),
            ),
        ),
        (*ORBIS_BANK_AGREED_TO, (("Westmark Group", "acquires", "Corran Finance"),)),
        (
            "LG Energy Solution is the main battery supplier for General Motors.",
            "NNP:compound>3 NNP:compound>3 NNP:nsubj>4 VBZ:ROOT>0 DT:det>8 JJ:amod>8 "
            "NN:compound>8 NN:attr>4 IN:prep>8 NNP:compound>11 NNPS:pobj>9 .:punct>4",
            {"is": "be"},
            {"LG Energy Solution": "ORG", "General Motors": "ORG"},
            (("LG Energy Solution", "supplies", "General Motors"),),
        ),
        (
            "Bosch is a major supplier of brakes to Volkswagen.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>5 JJ:amod>5 NN:attr>2 IN:prep>5 NNS:pobj>6 IN:prep>5 "
            "NNP:pobj>8 .:punct>2",
            {"is": "be", "brakes": "brake"},
            {"Bosch": "ORG", "Volkswagen": "ORG"},
            (("Bosch", "supplies", "Volkswagen"),),
        ),
        (
            "The order makes Nokia a key supplier to Deutsche Telekom.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNP:nsubj>7 DT:det>7 JJ:amod>7 NN:ccomp>3 IN:prep>7 "
            "NNP:compound>10 NNP:pobj>8 .:punct>3",
            {"makes": "make"},
            {"Nokia": "ORG", "Deutsche Telekom": "ORG"},
            (("Nokia", "supplies", "Deutsche Telekom"),),
        ),
        (
            "Kestrel Foundry counts Broadcom and Marvell among its customers.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 NNP:dobj>3 CC:cc>4 NNP:conj>4 IN:prep>3 "
            "PRP$:poss>9 NNS:pobj>7 .:punct>3",
            {"counts": "count", "customers": "customer"},
            {"Marvell": "ORG"},
            (
                ("Kestrel Foundry", "supplies", "Broadcom"),
                ("Kestrel Foundry", "supplies", "Marvell Technology"),
            ),
        ),
        (
            "Aixtron received an order from a Chinese customer for its deposition tools.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 DT:det>8 JJ:amod>8 NN:pobj>5 "
            "IN:prep>2 PRP$:poss>12 NN:compound>12 NNS:pobj>9 .:punct>2",
            {"received": "receive", "tools": "tool"},
            {"Aixtron": "ORG"},
            (("Aixtron", "supplies", "China"),),
        ),
        (
            "Vestas won a contract to deliver turbines to Orsted's Baltic project.",
            "NNS:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 TO:aux>6 VB:acl>4 NNS:dobj>6 IN:prep>6 "
            "NNP:poss>12 POS:case>9 JJ:amod>12 NN:pobj>8 .:punct>2",
            {"Vestas": "vesta", "won": "win", "turbines": "turbine"},
            {"Vestas": "ORG", "Orsted": "ORG", "Baltic": "LOC"},
            (("Vestas", "supplies", "Orsted"),),
        ),
        (
            "Panasonic provides cells for Tesla's Model Y.",
            "NN:nsubj>2 VBZ:ROOT>0 NNS:dobj>2 IN:prep>3 NNP:poss>8 POS:case>5 NNP:compound>8 "
            "NNP:pobj>4",
            {"provides": "provide", "cells": "cell"},
            {"Panasonic": "ORG", "Tesla": "ORG", "Model Y.": "PERSON"},
            (("Panasonic", "supplies", "Tesla"),),
        ),
        (
            "Corning, which makes glass for Apple's iPhones, raised its outlook.",
            "NNP:nsubj>11 ,:punct>1 WDT:nsubj>4 VBZ:relcl>1 NN:dobj>4 IN:prep>5 NNP:poss>9 "
            "POS:case>7 NNPS:pobj>6 ,:punct>1 VBD:ROOT>0 PRP$:poss>13 NN:dobj>11 .:punct>11",
            {"makes": "make", "raised": "raise"},
            {"Corning": "ORG", "Apple": "ORG", "iPhones": "ORG"},
            (("Corning", "supplies", "Apple"),),
        ),
        (*HYUNDAI_BUYS_MOST_OF, (("EcoPro", "supplies", "Hyundai Motor"),)),
        (
            "Marvell signed a five-year agreement with Amazon Web Services on Monday to supply "
            "custom chips.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>7 CD:nummod>6 HYPH:punct>6 NN:compound>7 NN:dobj>2 "
            "IN:prep>7 NNP:compound>11 NNP:compound>11 NNPS:pobj>8 IN:prep>2 NNP:pobj>12 "
            "TO:aux>15 VB:advcl>2 NN:compound>17 NNS:dobj>15 .:punct>2",
            {"signed": "sign", "chips": "chip"},
            {"Marvell": "ORG", "Amazon Web Services": "ORG"},
            (("Marvell Technology", "supplies", "AWS"),),
        ),
        # a verb in -s the parser read as a noun after the seller's name
        (
            "Halvik Energy ships battery packs to Brennan Motors.",
            "NNP:compound>3 NNP:compound>3 NNS:compound>4 NN:compound>5 NNS:ROOT>0 IN:prep>5 "
            "NNP:compound>8 NNPS:pobj>6 .:punct>5",
            {"ships": "ship", "packs": "pack"},
            {"Halvik Energy": "ORG", "Brennan Motors": "ORG"},
            (("Halvik Energy", "supplies", "Brennan Motors"),),
        ),
        # the seller goods are bought from is a firm, whatever the recogniser took it for
        (
            "Rivel Motors buys graphite anodes from Ecovant BM under a new contract.",
            "NNP:compound>2 NNPS:nsubj>3 VBZ:ROOT>0 NN:compound>5 NNS:dobj>3 IN:prep>3 "
            "NNP:compound>8 NNP:pobj>6 IN:prep>3 DT:det>12 JJ:amod>12 NN:pobj>9 .:punct>3",
            {"buys": "buy", "anodes": "anode"},
            {"Rivel Motors": "ORG", "Ecovant BM": "PERSON"},
            (("Ecovant BM", "supplies", "Rivel Motors"),),
        ),
        # who made what a product uses supplies its maker
        (
            "Lucent Motors' K3 uses cells supplied by Varta Cell Systems.",
            "NNP:compound>2 NNPS:poss>4 POS:case>2 NN:nsubj>5 VBZ:ROOT>0 NNS:dobj>5 VBN:acl>6 "
            "IN:agent>7 NNP:compound>11 NNP:compound>11 NNP:pobj>8 .:punct>5",
            {"uses": "use", "cells": "cell", "supplied": "supply"},
            {"Lucent Motors": "ORG", "K3": "PRODUCT", "Varta Cell Systems": "ORG"},
            (("Varta Cell Systems", "supplies", "Lucent Motors"),),
        ),
        # who buys goods from a seller is a firm, whatever the recogniser took it for
        (
            "Brenna Pharma buys glass vials from Stevano Group.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 NN:compound>5 NNS:dobj>3 IN:prep>3 "
            "NNP:compound>8 NNP:pobj>6 .:punct>3",
            {"buys": "buy", "vials": "vial"},
            {"Brenna Pharma": "PERSON", "Stevano Group": "ORG"},
            (("Stevano Group", "supplies", "Brenna Pharma"),),
        ),
        # the one awarded a contract supplies who awards it
        (
            "Morocco awarded Talgo a contract to build high-speed trains.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dative>2 DT:det>5 NN:dobj>2 TO:aux>7 VB:acl>5 "
            "JJ:amod>10 HYPH:punct>10 NN:compound>11 NNS:dobj>7 .:punct>2",
            {"awarded": "award", "trains": "train"},
            {"Morocco": "GPE", "Talgo": "ORG"},
            (("Talgo", "supplies", "Morocco"),),
        ),
        # a country's other name listed among firms is a firm ("Emirates" the airline)
        (
            "Embraer delivered 60 jets to customers last year, including Azul and Emirates.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 NNS:pobj>5 JJ:amod>8 "
            "NN:npadvmod>2 ,:punct>2 VBG:prep>4 NNP:pobj>10 CC:cc>11 NNP:conj>11 .:punct>2",
            {
                "delivered": "deliver",
                "jets": "jet",
                "customers": "customer",
                "including": "include",
            },
            {"Embraer": "ORG", "Azul": "ORG", "Emirates": "GPE"},
            (("Embraer", "supplies", "Emirates"),),
        ),
        # a firm's customer said to be another: the firm supplies it
        (
            "Korvel Materials said demand was strong; its largest customer is Hanmi Electronics.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NN:nsubj>5 VBD:ccomp>11 JJ:acomp>5 ::punct>11 "
            "PRP$:poss>10 JJS:amod>10 NN:nsubj>11 VBZ:ccomp>3 NNP:compound>13 NNP:attr>11 "
            ".:punct>3",
            {"said": "say", "was": "be", "largest": "large", "is": "be"},
            {"Korvel Materials": "ORG", "Hanmi Electronics": "ORG"},
            (("Korvel Materials", "supplies", "Hanmi Electronics"),),
        ),
        # a deal with a body of state to supply: its country is supplied
        (
            "Korvane Defence signed a contract with Chile's defence ministry to supply 20 radars.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:poss>10 "
            "POS:case>7 NN:compound>10 NNP:pobj>6 TO:aux>12 VB:acl>5 CD:nummod>14 NNS:dobj>12 "
            ".:punct>3",
            {"signed": "sign", "radars": "radar"},
            {"Korvane Defence": "PERSON", "Chile": "GPE"},
            (("Korvane Defence", "supplies", "Chile"),),
        ),
        # the developer of a product named before its noun develops it
        (
            "Orvane Labs, the Oslo-based developer of the Skald assistant, raised money.",
            "NNP:compound>2 NNP:nsubj>14 ,:punct>2 DT:det>8 NNP:npadvmod>7 HYPH:punct>7 "
            "VBN:amod>8 NN:appos>2 IN:prep>8 DT:det>12 NNP:compound>12 NN:pobj>9 ,:punct>2 "
            "VBD:ROOT>0 NN:dobj>14 .:punct>14",
            {"based": "base", "raised": "raise"},
            {"Orvane Labs": "PERSON", "Oslo": "GPE", "Skald": "PERSON"},
            (("Orvane Labs", "develops", "Skald"),),
        ),
        # ... and its maker makes it as well
        (
            "Halden Motors, the maker of the Brisa sedan, cut prices.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 DT:det>5 NN:appos>2 IN:prep>5 DT:det>9 "
            "NNP:compound>9 NN:pobj>6 ,:punct>2 VB:ROOT>0 NNS:dobj>11 .:punct>11",
            {"prices": "price"},
            {"Halden Motors": "ORG", "Brisa": "ORG"},
            (("Halden Motors", "develops", "Brisa"), ("Halden Motors", "manufactures", "Brisa")),
        ),
        # a supplier of goods for a product: its owner is supplied
        (
            "LG Display is the main supplier of OLED panels for Apple's iPad Pro tablets.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 DT:det>6 JJ:amod>6 NN:attr>3 IN:prep>6 "
            "JJ:amod>9 NNS:pobj>7 IN:prep>9 NNP:poss>15 POS:case>11 NNP:nmod>15 NNP:compound>15 "
            "NNS:pobj>10 .:punct>3",
            {"is": "be", "panels": "panel", "tablets": "tablet"},
            {"LG Display": "ORG", "Apple": "ORG", "iPad Pro": "PRODUCT"},
            (("LG Display", "supplies", "Apple"),),
        ),
        # "one of X's vendors alongside A and B": all three sell to X
        (
            "Ciena is one of Telstra's main vendors alongside Nokia and Ericsson.",
            "NN:nsubj>2 VBZ:ROOT>0 CD:attr>2 IN:prep>3 NNP:poss>8 POS:case>5 JJ:amod>8 NNS:pobj>4 "
            "IN:prep>8 NNP:pobj>9 CC:cc>10 NNP:conj>10 .:punct>2",
            {"is": "be", "vendors": "vendor"},
            {"Ciena": "ORG", "Telstra": "ORG", "Nokia": "ORG", "Ericsson": "GPE"},
            (
                ("Ciena", "supplies", "Telstra"),
                ("Nokia", "supplies", "Telstra"),
                ("Ericsson", "supplies", "Telstra"),
            ),
        ),
        # who leases from another is supplied by it
        (
            "Ryanair leased 12 jets from Avolon.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 NNP:pobj>5 .:punct>2",
            {"leased": "lease", "jets": "jet"},
            {"Ryanair": "ORG", "Avolon": "ORG"},
            (("Avolon", "supplies", "Ryanair"),),
        ),
        # whom one relies on for goods
        (
            "Lucid had previously relied on Panasonic for cells.",
            "NNP:nsubj>4 VBD:aux>4 RB:advmod>4 VBN:ROOT>0 IN:prep>4 NNP:pobj>5 IN:prep>4 "
            "NNS:pobj>7 .:punct>4",
            {"had": "have", "relied": "rely", "cells": "cell"},
            {"Panasonic": "ORG"},
            (("Panasonic", "supplies", "Lucid Group"),),
        ),
        # goods that come from a firm
        (
            "Mazda's cameras come from Mobileye.",
            "NNP:poss>3 POS:case>1 NNS:nsubj>4 VBP:ROOT>0 IN:prep>4 NNP:pobj>5 .:punct>4",
            {"cameras": "camera"},
            {"Mazda": "ORG", "Mobileye": "ORG"},
            (("Mobileye", "supplies", "Mazda"),),
        ),
        # the firm whose goods are bought supplies the buyer
        (
            "Meta has agreed to buy AI chips designed by Groq Systems.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 TO:aux>5 VB:xcomp>3 NNP:compound>7 NNS:dobj>5 "
            "VBN:acl>7 IN:agent>8 NNP:compound>11 NNPS:pobj>9 .:punct>3",
            {"has": "have", "agreed": "agree", "chips": "chip", "designed": "design"},
            {"Meta": "ORG", "AI": "ORG", "Groq Systems": "ORG"},
            (("Groq Systems", "supplies", "Meta Platforms"),),
        ),
        # who pays a penalty for shipping did the shipping
        (
            "Seagate agreed to pay a $300 million penalty for shipping hard drives to Huawei.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 DT:det>9 $:quantmod>8 CD:compound>8 "
            "CD:nummod>9 NN:dobj>4 IN:prep>9 VBG:pcomp>10 JJ:amod>13 NNS:dobj>11 IN:prep>11 "
            "NNP:pobj>14 .:punct>2",
            {"agreed": "agree", "shipping": "ship", "drives": "drive"},
            {"Seagate": "ORG", "Huawei": "ORG"},
            (("Seagate Technology", "supplies", "Huawei"),),
        ),
        # goods shipped to a firm's facility go to the firm
        (
            "The licences allow Nvidia to ship GB300 servers to G42 and to Microsoft's data "
            "centres in the UAE.",
            "DT:det>2 NNS:nsubj>3 VBP:ROOT>0 NNP:nsubj>6 TO:aux>6 VB:ccomp>3 NN:compound>8 "
            "NNS:dobj>6 IN:prep>6 NNP:pobj>9 CC:cc>9 IN:conj>9 NNP:poss>16 POS:case>13 "
            "NN:compound>16 NNS:pobj>12 IN:prep>16 DT:det>19 NNP:pobj>17 .:punct>3",
            {"licences": "licence", "servers": "server", "centres": "centre"},
            {"Nvidia": "GPE", "GB300": "PRODUCT", "G42": "PERSON", "Microsoft": "ORG"},
            (("Nvidia", "supplies", "Microsoft"), ("Nvidia", "supplies", "G42")),
        ),
        # "to" on what the goods are for names who gets them
        (
            "Korvo, spun out of Nokia in 2015, supplies filters for base stations to Ericsson "
            "and Samsung.",
            "NNP:nsubj>10 ,:punct>1 VBN:acl>1 IN:prep>3 IN:prep>4 NNP:pobj>5 IN:prep>3 CD:pobj>7 "
            ",:punct>1 VBZ:ROOT>0 NNS:dobj>10 IN:prep>11 NN:compound>14 NNS:pobj>12 IN:prep>14 "
            "NNP:pobj>15 CC:cc>16 NNP:conj>16 .:punct>10",
            {"spun": "spin", "supplies": "supply", "filters": "filter", "stations": "station"},
            {"Korvo": "ORG", "Nokia": "GPE", "Ericsson": "PERSON", "Samsung": "ORG"},
            (("Korvo", "supplies", "Ericsson"), ("Korvo", "supplies", "Samsung Electronics")),
        ),
        # a firm named before a seller's noun is the one it sells to; before a buyer's, the one
        # it buys from
        (
            "The chip is assembled by Apple supplier Luxshare in Kunshan.",
            "DT:det>2 NN:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:compound>7 "
            "NN:compound>8 NNP:pobj>5 IN:prep>8 NNP:pobj>9 .:punct>4",
            {"is": "be", "assembled": "assemble"},
            {"Apple": "ORG", "Kunshan": "GPE"},
            (("Luxshare Precision", "supplies", "Apple"),),
        ),
        # (the parser may make the noun and the name two subjects)
        (
            "TSMC customer AMD said demand was strong.",
            "NNP:compound>2 NN:nsubj>4 NNP:nsubj>4 VBD:ROOT>0 NN:nsubj>6 VBD:ccomp>4 JJ:acomp>6 "
            ".:punct>4",
            {"said": "say", "was": "be"},
            {"TSMC": "ORG", "AMD": "ORG"},
            (("TSMC", "supplies", "AMD"),),
        ),
        # a customer won is supplied by who won it
        (
            "Samsung has won Tesla as a customer for its foundry.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNP:dobj>3 IN:prep>3 DT:det>7 NN:pobj>5 IN:prep>7 "
            "PRP$:poss>10 NN:pobj>8 .:punct>3",
            {"has": "have", "won": "win"},
            {"Samsung": "ORG", "Tesla": "ORG"},
            (("Samsung Electronics", "supplies", "Tesla"),),
        ),
        # a process's owner makes what is built, made or taped out on it, however the parser hangs
        # the phrase and the process's name
        (
            "Veltra will build the V9 on Samsung's SF2 process.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NNP:dobj>3 IN:prep>5 NNP:poss>10 POS:case>7 "
            "NNP:compound>10 NN:pobj>6 .:punct>3",
            {},
            {"Veltra": "ORG", "the V9 on Samsung's": "ORG"},
            (("Samsung Electronics", "manufactures", "V9"),),
        ),
        (
            "Veltra launched the V9, a processor made on TSMC's N3E process.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 ,:punct>4 DT:det>7 NN:appos>4 VBN:acl>7 "
            "IN:prep>8 NNP:poss>13 POS:case>10 NNP:compound>13 NN:pobj>9 .:punct>2",
            {"launched": "launch", "made": "make"},
            {"Veltra": "ORG", "V9": "PRODUCT", "TSMC": "ORG", "N3E": "GPE"},
            (("TSMC", "manufactures", "V9"),),
        ),
        (
            "Veltra taped out the RTD1619D on TSMC's N4P process.",
            "NNP:nsubj>2 VBD:ROOT>0 RP:prt>2 DT:det>5 NNP:dobj>2 IN:prep>2 NNP:poss>10 POS:case>7 "
            "NNP:compound>10 NN:pobj>6 .:punct>2",
            {"taped": "tap"},
            {"Veltra": "ORG", "TSMC": "ORG"},
            (("TSMC", "manufactures", "RTD1619D"),),
        ),
        # who loses ground, share or orders to a firm competes with it; who catches up with one too
        (
            "Samsung lost further ground to TSMC in foundry orders.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>4 NN:dobj>2 IN:prep>2 NNP:pobj>5 IN:prep>2 JJ:amod>9 "
            "NNS:pobj>7 .:punct>2",
            {"lost": "lose", "orders": "order"},
            {"Samsung": "ORG", "TSMC": "ORG"},
            (("Samsung Electronics", "competes", "TSMC"),),
        ),
        (
            "Toyota is racing to catch up with Tesla and Waymo in robotaxis.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 TO:aux>5 VB:xcomp>3 RP:prt>5 IN:prep>5 NNP:pobj>7 "
            "CC:cc>8 NNP:conj>8 IN:prep>5 NN:pobj>11 .:punct>3",
            {"is": "be", "racing": "race"},
            {"Toyota": "ORG"},
            (("Toyota Motor", "competes", "Tesla"), ("Toyota Motor", "competes", "Waymo")),
        ),
        # (money's worth of goods sold is goods)
        (
            "Veltra sold $2 billion of chips to Huawei last year.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>5 NNS:pobj>6 "
            "IN:prep>2 NNP:pobj>8 JJ:amod>11 NN:npadvmod>2 .:punct>2",
            {"sold": "sell", "chips": "chip"},
            {"Veltra": "ORG", "Huawei": "ORG"},
            (("Veltra", "supplies", "Huawei"),),
        ),
        # the one who picks a firm to supply gets what it supplies
        (
            "Nokia was picked by Vodafone to supply 5G radio equipment in Germany.",
            "NNP:nsubjpass>3 VBD:auxpass>3 VBN:ROOT>0 IN:agent>3 NNP:pobj>4 TO:aux>7 VB:xcomp>3 "
            "CD:nummod>9 NN:compound>11 NN:compound>11 NN:dobj>7 IN:prep>11 NNP:pobj>12 .:punct>3",
            {"was": "be", "picked": "pick"},
            {"Nokia": "ORG", "Vodafone": "ORG", "Germany": "GPE"},
            (("Nokia", "supplies", "Vodafone"),),
        ),
        (
            "Vodafone picked Nokia to supply 5G radio equipment in Germany.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 TO:aux>5 VB:xcomp>2 CD:nummod>7 NN:compound>9 "
            "NN:compound>9 NN:dobj>5 IN:prep>9 NNP:pobj>10 .:punct>2",
            {"picked": "pick"},
            {"Nokia": "ORG", "Germany": "GPE"},
            (("Nokia", "supplies", "Vodafone"),),
        ),
        # the party an order for goods is signed with supplies them
        (
            "Poland signed a $6.5 billion contract with Hyundai Rotem for 180 K2 tanks.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>7 $:quantmod>6 CD:compound>6 CD:nummod>7 NN:dobj>2 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 IN:prep>2 CD:nummod>14 JJ:amod>14 NNS:pobj>11 "
            ".:punct>2",
            {"signed": "sign", "tanks": "tank"},
            {"Poland": "GPE", "Hyundai Rotem": "ORG", "K2": "PRODUCT"},
            (("Hyundai Rotem", "supplies", "Poland"),),
        ),
        # the owner of what goods are for gets them; a name hung on a relative clause's verb is
        # its subject
        (
            "The suspension could delay deliveries of engines that Renk supplies for Israel's "
            "Merkava tanks.",
            "DT:det>2 NN:nsubj>4 MD:aux>4 VB:ROOT>0 NNS:dobj>4 IN:prep>5 NNS:pobj>6 WDT:dobj>10 "
            "NNP:compound>10 VBZ:relcl>5 IN:prep>10 NNP:poss>15 POS:case>12 NNP:compound>15 "
            "NNS:pobj>11 .:punct>4",
            {"deliveries": "delivery", "engines": "engine", "supplies": "supply", "tanks": "tank"},
            {"Renk": "PERSON", "Israel": "GPE", "Merkava": "GPE"},
            (("Renk", "supplies", "Israel"),),
        ),
        # a relative clause whose pronoun buys names the buyer, not a business bought
        (
            "Reliance Industries, which buys oil from Rosneft, said it would comply.",
            "NNP:compound>2 NNPS:nsubj>10 ,:punct>2 WDT:nsubj>5 VBZ:relcl>2 NN:dobj>5 IN:prep>5 "
            "NNP:pobj>7 ,:punct>2 VBD:ROOT>0 PRP:nsubj>13 MD:aux>13 VB:ccomp>10 .:punct>10",
            {"buys": "buy", "said": "say"},
            {"Reliance Industries": "ORG", "Rosneft": "ORG"},
            (("Rosneft", "supplies", "Reliance Industries"),),
        ),
        # "to" the parser hung on a participle describing the goods
        (
            "Quectel Wireless, a Shanghai-based module maker, supplies 5G modules built on "
            "Qualcomm's Snapdragon X75 to Lenovo and HP.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 DT:det>9 NNP:npadvmod>7 HYPH:punct>7 "
            "VBN:amod>9 NN:compound>9 NN:appos>2 ,:punct>2 VBZ:ROOT>0 CD:nummod>14 NN:compound>14 "
            "NNS:dobj>11 VBN:acl>14 IN:prep>15 NNP:poss>20 POS:case>17 NNP:compound>20 "
            "NNP:pobj>16 IN:prep>15 NNP:pobj>21 CC:cc>22 NNP:conj>22 .:punct>11",
            {"based": "base", "supplies": "supply", "modules": "module", "built": "build"},
            {
                "Quectel Wireless": "PERSON",
                "Shanghai": "GPE",
                "Qualcomm": "ORG",
                "Snapdragon X75": "ORG",
                "Lenovo": "ORG",
                "HP": "ORG",
            },
            (("Quectel Wireless", "supplies", "Lenovo"), ("Quectel Wireless", "supplies", "HP")),
        ),
        # the firm chosen to do work supplies the one that chose it
        (
            "Andean operator Conexa Movil picked Finnish supplier Nordtel to build its 5G "
            "network in Peru.",
            "JJ:amod>2 NN:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 JJ:amod>8 "
            "NN:compound>8 NNP:dobj>5 TO:aux>10 VB:advcl>5 PRP$:poss>14 CD:nummod>13 "
            "NN:compound>14 NN:dobj>10 IN:prep>14 NNP:pobj>15 .:punct>5",
            {"picked": "pick"},
            {"Conexa Movil": "PERSON", "Nordtel": "ORG", "Peru": "GPE"},
            (("Nordtel", "supplies", "Conexa Movil"),),
        ),
        # a firm's orders won: orders of goods, no measure, and the firm is the customer
        (
            "GlobalFoundries had won Ford's power-chip orders for its fab in Dresden.",
            "NNP:nsubj>3 VBD:aux>3 VBN:ROOT>0 NNP:poss>9 POS:case>4 NN:compound>8 HYPH:punct>8 "
            "NN:compound>9 NNS:dobj>3 IN:prep>9 PRP$:poss>12 NN:pobj>10 IN:prep>12 NNP:pobj>13 "
            ".:punct>3",
            {"had": "have", "won": "win", "orders": "order"},
            {"GlobalFoundries": "ORG", "Ford": "ORG", "Dresden": "GPE"},
            (("GlobalFoundries", "supplies", "Ford"),),
        ),
        # a firm counts its customers "among" them, whatever clause is on it
        (*BOSCH_WHICH_MAKES_MOST, (("Bosch", "supplies", "Audi"), ("Bosch", "supplies", "Skoda"))),
        # firms that sign up as "its" customers are another's: the one the text is about
        (
            *WOLFSPEED_WILL_OPEN_THE,
            (
                ("Wolfspeed", "supplies", "Infineon Technologies"),
                ("Wolfspeed", "supplies", "Bosch"),
            ),
        ),
        # "with" X "as its first customers": X buys from the subject
        (
            *HAILO_UNVEILED_ITS_HAILO,
            (("Hailo", "supplies", "Renault"), ("Hailo", "supplies", "Stellantis")),
        ),
        # "the first customer will be X": the firm the text is about sells to it
        (
            "Orbion Labs is building a fab in Porto. The first customer will be Siemens, chief "
            "executive Ana Sousa said.",
            "NNP:compound>2 NNPS:nsubj>4 VBZ:aux>4 VBG:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>4 "
            "NNP:pobj>7 .:punct>4 DT:det>12 JJ:amod>12 NN:nsubj>14 MD:aux>14 VB:ccomp>21 "
            "NNP:attr>14 ,:punct>15 JJ:amod>18 NN:compound>20 NNP:compound>20 NNP:appos>15 "
            "VBD:ROOT>0 .:punct>21",
            {"is": "be", "building": "build", "said": "say"},
            {"Orbion Labs": "PERSON", "Porto": "GPE", "Siemens": "ORG", "Ana Sousa": "PERSON"},
            (("Orbion Labs", "supplies", "Siemens"),),
        ),
        # a firm named alone before its unit keeps its name after it
        (
            "Zentrix set up a unit, Suzhou Zentrix Electronics Vietnam, last year. Zentrix's "
            "customers include Apple.",
            "NN:nsubj>2 VBD:ROOT>0 RP:prt>2 DT:det>5 NN:dobj>2 ,:punct>2 NNP:compound>8 "
            "NNP:compound>10 NNP:compound>10 NNP:npadvmod>2 ,:punct>10 JJ:amod>13 NN:npadvmod>2 "
            ".:punct>2 NNP:poss>17 POS:case>15 NNS:nsubj>18 VBP:ROOT>0 NNP:dobj>18 .:punct>18",
            {"customers": "customer"},
            {
                "Zentrix": "PERSON",
                "Suzhou Zentrix Electronics": "ORG",
                "Vietnam": "GPE",
                "Apple": "ORG",
            },
            (("Zentrix", "supplies", "Apple"),),
        ),
        # a product launched in apposition to a noun: its launcher is who buys what it uses
        (
            "Dell unveiled a new laptop, the XPS 13, which uses memory chips from Micron.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 JJ:amod>5 NN:dobj>2 ,:punct>5 DT:det>8 "
            "NNP:appos>5 CD:nummod>8 ,:punct>8 WDT:nsubj>12 VBZ:relcl>8 NN:compound>14 "
            "NNS:dobj>12 IN:prep>12 NNP:pobj>15 .:punct>2",
            {"unveiled": "unveil", "uses": "use", "chips": "chip"},
            {"Micron": "ORG"},
            (("Micron Technology", "supplies", "Dell Technologies"),),
        ),
        # the party of a memorandum "of understanding with" is the one supplied
        (
            "Kestrel Mining has signed a memorandum of understanding with Umicore to supply "
            "cobalt.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 "
            "NN:pobj>7 IN:prep>8 NNP:pobj>9 TO:aux>12 VB:advcl>4 NN:dobj>12 .:punct>4",
            {"has": "have", "signed": "sign"},
            {"Kestrel Mining": "PERSON", "Umicore": "ORG"},
            (("Kestrel Mining", "supplies", "Umicore"),),
        ),
        # goods sold "to" a market by the firms whose goods they are, a list of them
        (
            "Disco and Towa, whose dicing tools are sold heavily to China, fell.",
            "NNP:nsubj>14 CC:cc>1 NNP:conj>1 ,:punct>1 WP$:poss>7 NN:amod>7 NNS:nsubjpass>9 "
            "VBP:auxpass>9 VBN:relcl>1 RB:advmod>9 IN:prep>9 NNP:pobj>11 ,:punct>14 VBD:ROOT>0 "
            ".:punct>14",
            {"tools": "tool", "are": "be", "sold": "sell", "fell": "fall"},
            {"Disco": "ORG", "Towa": "GPE", "China": "GPE"},
            (("Disco", "supplies", "China"), ("Towa", "supplies", "China")),
        ),
        # a product ordered by a firm: its owner supplies that firm
        (
            "Sahyadri said its Vega-9 chip has been ordered by Reliance Jio.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>5 CD:nummod>5 NN:nsubjpass>8 VBZ:aux>8 "
            "VBN:auxpass>8 VBN:ccomp>2 IN:agent>8 NNP:compound>11 NNP:pobj>9 .:punct>2",
            {"said": "say", "has": "have", "been": "be", "ordered": "order"},
            {"Sahyadri": "ORG", "Vega-9": "PRODUCT", "Reliance Jio": "PERSON"},
            (("Sahyadri", "supplies", "Reliance Jio"),),
        ),
        # a clause without "that" on a description of a name
        (
            "Orbis competes with Senseye, the predictive-maintenance unit Siemens bought in 2022.",
            "NNS:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:pobj>3 ,:punct>4 DT:det>10 JJ:amod>9 "
            "HYPH:punct>9 NN:compound>10 NN:appos>4 NNP:appos>10 VBD:acl>10 IN:prep>12 "
            "CD:pobj>13 .:punct>2",
            {"competes": "compete", "bought": "buy"},
            {"Senseye": "GPE", "Siemens": "ORG", "2022": "DATE"},
            (("Siemens", "acquires", "Senseye"),),
        ),
        (
            "The Kirin 9000S, the chip Huawei designed in-house, is made by SMIC.",
            "DT:det>3 NNP:compound>3 NNP:nsubjpass>14 ,:punct>3 DT:det>6 NN:appos>3 "
            "NNP:appos>6 VBD:acl>7 IN:prep>8 HYPH:punct>9 NN:pobj>9 ,:punct>3 VBZ:auxpass>14 "
            "VBN:ROOT>0 IN:agent>14 NNP:pobj>15 .:punct>14",
            {"designed": "design", "is": "be", "made": "make"},
            {"9000S": "DATE", "Huawei": "ORG", "SMIC": "ORG"},
            (("Huawei", "develops", "Kirin 9000S"),),
        ),
        # goods a product runs on supplied by a firm: the firm supplies the product's launcher
        (
            "Vardhan Motors unveiled the Orbit SUV. The Orbit runs on cells supplied by Kestrel "
            "Cell Energy.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>6 NNP:compound>6 NNP:dobj>3 "
            ".:punct>3 DT:det>9 NNP:nsubj>10 VBZ:ROOT>0 IN:prep>10 NNS:pobj>11 VBN:acl>12 "
            "IN:agent>13 NNP:compound>17 NNP:compound>17 NNP:pobj>14 .:punct>10",
            {"unveiled": "unveil", "runs": "run", "cells": "cell", "supplied": "supply"},
            {"Vardhan Motors": "ORG", "Orbit": "ORG", "Kestrel Cell Energy": "ORG"},
            (("Kestrel Cell Energy", "supplies", "Vardhan Motors"),),
        ),
        # what a firm's goods use comes from a supplier, another firm's unit though it is
        (
            "Kinh Motors said its cars will use batteries from VinCell, Vanta Group's battery "
            "unit.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 PRP$:poss>5 NNS:nsubj>7 MD:aux>7 VB:ccomp>3 "
            "NNS:dobj>7 IN:prep>7 NNP:pobj>9 ,:punct>10 NNP:compound>13 NNP:poss>16 "
            "POS:case>13 NN:compound>16 NN:appos>10 .:punct>3",
            {"said": "say", "cars": "car", "batteries": "battery"},
            {"Kinh Motors": "ORG", "VinCell": "ORG", "Vanta Group's": "ORG"},
            (("VinCell", "supplies", "Kinh Motors"),),
        ),
        # a firm named after its province, its name ending in "Automation"
        (
            "Italy approved the takeover of Robotica Sabauda by Zhejiang Jingke Automation.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            "IN:prep>4 NNP:compound>11 NNP:compound>11 NNP:pobj>8 .:punct>2",
            {"approved": "approve"},
            {"Italy": "GPE", "Robotica Sabauda": "PERSON", "Zhejiang Jingke Automation": "PERSON"},
            (("Zhejiang Jingke Automation", "acquires", "Robotica Sabauda"),),
        ),
        # what is backed through "which" is a firm; an active verb joined to the passive
        # shares its subject, and so "its"
        (
            "Moyuan, which is backed by Alibaba Group and trains its models on Nvidia's H20 "
            "chips, denied it.",
            "NNP:nsubj>19 ,:punct>1 WDT:nsubjpass>5 VBZ:auxpass>5 VBN:relcl>1 IN:agent>5 "
            "NNP:compound>8 NNP:pobj>6 CC:cc>5 VBZ:conj>5 PRP$:poss>12 NNS:dobj>10 IN:prep>12 "
            "NNP:poss>17 POS:case>14 NNP:compound>17 NNS:pobj>13 ,:punct>1 VBD:ROOT>0 "
            "PRP:dobj>19 .:punct>19",
            {
                "is": "be",
                "backed": "back",
                "trains": "train",
                "models": "model",
                "chips": "chip",
                "denied": "deny",
            },
            {"Alibaba Group": "ORG", "Nvidia": "GPE"},
            (("Moyuan", "uses", "H20"),),
        ),
        # a firm named after people joined by "&", where the lexicon knows a surname
        (
            "Swiss industrial group Kessler & Roth will take over Tailung Motion, the drone-motor "
            "unit of Taiwan's Tailung Group.",
            "JJ:amod>3 JJ:amod>3 NN:compound>4 NNP:nsubj>8 CC:cc>4 NNP:conj>4 MD:aux>8 VB:ROOT>0 "
            "RP:prt>8 NNP:compound>11 NNP:dobj>8 ,:punct>11 DT:det>17 NN:compound>16 "
            "HYPH:punct>16 NN:compound>17 NN:appos>11 IN:prep>17 NNP:poss>22 POS:case>19 "
            "NNP:compound>22 NNP:pobj>18 .:punct>8",
            {},
            {
                "Swiss": "NORP",
                "Kessler & Roth": "ORG",
                "Tailung Motion": "PERSON",
                "Taiwan": "GPE",
                "Tailung Group": "ORG",
            },
            (("Kessler & Roth", "acquires", "Tailung Motion"),),
        ),
        # what is backed by an investor is a firm; goods listed after a supplier's, supplied
        # by another
        (
            "Rift Solar, backed by British International Investment, will use panels from "
            "JinkoSolar and a storage system supplied by Sungrow.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 VBN:acl>2 IN:agent>4 NNP:compound>8 "
            "NNP:compound>8 NNP:pobj>5 ,:punct>2 MD:aux>11 VB:ROOT>0 NNS:dobj>11 IN:prep>11 "
            "NNP:pobj>13 CC:cc>14 DT:det>18 NN:compound>18 NN:conj>14 VBN:acl>18 IN:agent>19 "
            "NNP:pobj>20 .:punct>11",
            {"backed": "back", "panels": "panel", "supplied": "supply"},
            {
                "Rift Solar": "PERSON",
                "British International Investment": "ORG",
                "JinkoSolar": "ORG",
                "Sungrow": "ORG",
            },
            (
                ("British International Investment", "invests", "Rift Solar"),
                ("Sungrow Power Supply", "supplies", "Rift Solar"),
            ),
        ),
        # who signs an offtake sells its output to the party it is with, or buys from it
        (
            "Kalgoorlie Nickel signed an offtake agreement with Tesla.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>6 NN:compound>6 NN:dobj>3 IN:prep>6 "
            "NNP:pobj>7 .:punct>3",
            {"signed": "sign"},
            {"Kalgoorlie Nickel": "PERSON", "Tesla": "ORG"},
            [("Kalgoorlie Nickel", "supplies", "Tesla")],
        ),
        (
            "Umicore signed an offtake deal with Pilbara Minerals to buy its spodumene.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 JJ:amod>5 NN:dobj>2 IN:prep>2 NNP:compound>8 "
            "NNPS:pobj>6 TO:aux>10 VB:advcl>2 PRP$:poss>12 NN:dobj>10 .:punct>2",
            {"signed": "sign"},
            {"Pilbara Minerals": "ORG"},
            [("Pilbara Minerals", "supplies", "Umicore")],
        ),
        # goods got from a firm, or all a firm's plant turns out: the firm supplies
        (
            "Talora Energy said it would switch to cells from Aiko Solar.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP:nsubj>6 MD:aux>6 VB:ccomp>3 IN:prep>6 "
            "NNS:pobj>7 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>3",
            {"said": "say", "cells": "cell"},
            {"Talora Energy": "ORG", "Aiko Solar": "PERSON"},
            [("Aiko Solar", "supplies", "Talora Energy")],
        ),
        (
            "Solvay agreed to buy the entire output of Arcadia Lithium's plant.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 DT:det>7 JJ:amod>7 NN:dobj>4 IN:prep>7 "
            "NNP:compound>10 NNP:poss>12 POS:case>10 NN:pobj>8 .:punct>2",
            {"agreed": "agree"},
            {"Solvay": "GPE", "Arcadia Lithium's": "ORG"},
            [("Arcadia Lithium", "supplies", "Solvay")],
        ),
        # a country's army that awards a contract is the country
        (
            "The Brazilian army has awarded Elbit Systems a contract for 36 guns.",
            "DT:det>3 JJ:amod>3 NN:nsubj>5 VBZ:aux>5 VBN:ROOT>0 NNP:compound>7 NNPS:dative>5 "
            "DT:det>9 NN:dobj>5 IN:prep>9 CD:nummod>12 NNS:pobj>10 .:punct>5",
            {"has": "have", "awarded": "award", "guns": "gun"},
            {"Brazilian": "NORP", "Elbit Systems": "ORG", "36": "CARDINAL"},
            [("Elbit Systems", "supplies", "Brazil")],
        ),
        # who builds goods at a plant makes them; a plant named by its firm; who makes goods
        # with a contract manufacturer
        (
            "Leonardo would build its M-346 and C-27J aircraft at the Turin site.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 PRP$:poss>8 JJ:amod>8 CC:cc>5 JJ:conj>5 NN:dobj>3 "
            "IN:prep>3 DT:det>12 NNP:compound>12 NN:pobj>9 .:punct>3",
            {},
            {"Leonardo": "PERSON", "M-346": "FAC", "Turin": "NORP"},
            [("Leonardo", "manufactures", "M-346"), ("Leonardo", "manufactures", "C-27J")],
        ),
        (
            "The Rayon sedan is assembled at a Zhenyu plant in Rayong.",
            "DT:det>3 NNP:compound>3 NN:nsubjpass>5 VBZ:auxpass>5 VBN:ROOT>0 IN:prep>5 DT:det>9 "
            "NNP:compound>9 NN:pobj>6 IN:prep>9 NNP:pobj>10 .:punct>5",
            {"is": "be", "assembled": "assemble"},
            {"Rayon": "ORG", "Zhenyu": "ORG", "Rayong": "GPE"},
            [("Zhenyu", "manufactures", "Rayon")],
        ),
        (
            "Nothing will assemble the Phone 3 with contract manufacturer Dixon Technologies.",
            "NN:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NNP:dobj>3 CD:nummod>5 IN:prep>3 "
            "NN:compound>9 NN:compound>11 NNP:compound>11 NNPS:pobj>7 .:punct>3",
            {},
            {"Dixon Technologies": "ORG"},
            [("Dixon Technologies", "manufactures", "Phone 3")],
        ),
        (*TESLA_OFFTAKE_PIEDMONT, [("Piedmont Lithium", "supplies", "Tesla")]),
        # production of goods at a firm's plant: the plant's owner makes them
        (
            "Production of the Corsa at Stellantis's Zaragoza plant rose 20%.",
            "NN:nsubj>10 IN:prep>1 DT:det>4 NNP:pobj>2 IN:prep>4 NNP:poss>9 POS:case>6 "
            "NNP:compound>9 NN:pobj>5 VBD:ROOT>0 CD:nummod>12 NN:npadvmod>10 .:punct>10",
            {"rose": "rise"},
            {"Corsa": "PRODUCT", "Stellantis": "ORG", "20%": "PERCENT"},
            (("Stellantis", "manufactures", "Corsa"),),
        ),
        # ("at" hung on the verb the production is the subject of)
        (
            "Mass production of the Model Y will begin at Tesla's Berlin plant in March.",
            "JJ:compound>2 NN:nsubj>8 IN:prep>2 DT:det>6 NNP:compound>6 NNP:pobj>3 MD:aux>8 "
            "VB:ROOT>0 IN:prep>8 NNP:poss>13 POS:case>10 NNP:compound>13 NN:pobj>9 IN:prep>8 "
            "NNP:pobj>14 .:punct>8",
            {},
            {"Model Y": "PRODUCT", "Tesla": "ORG", "Berlin": "GPE", "March": "DATE"},
            (("Tesla", "manufactures", "Model Y"),),
        ),
        # an assembler of goods makes them
        (
            *WISTRON_ASSEMBLER,
            (("Wistron", "manufactures", "PowerEdge"),),
        ),
        # the maker of goods supplies the one who takes delivery of them
        (
            "Ryanair expects to take delivery of 29 Boeing 737 MAX jets by June.",
            "NNP:nsubj>2 VBZ:ROOT>0 TO:aux>4 VB:xcomp>2 NN:dobj>4 IN:prep>5 CD:nummod>11 "
            "NNP:compound>11 CD:nummod>11 NNP:compound>11 NNS:pobj>6 IN:prep>4 NNP:pobj>12 "
            ".:punct>2",
            {"expects": "expect", "jets": "jet"},
            {"Ryanair": "ORG", "Boeing": "ORG", "737": "PRODUCT", "MAX": "ORG"},
            (("Boeing", "supplies", "Ryanair"),),
        ),
        # goods a state's arm orders go to its state
        (
            "Egypt's defence ministry ordered 24 K9 howitzers from Hanwha Aerospace.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NNP:nsubj>5 VBD:ROOT>0 CD:nummod>8 "
            "NNP:compound>8 NNS:dobj>5 IN:prep>5 NNP:compound>11 NNP:pobj>9 .:punct>5",
            {"ordered": "order", "howitzers": "howitzer"},
            {
                "Egypt": "GPE",
                "defence ministry": "ORG",
                "24 K9": "PERCENT",
                "Hanwha Aerospace": "ORG",
            },
            [("Hanwha Aerospace", "supplies", "Egypt")],
        ),
        # a contract a state's arm awards
        (
            "Poland's Armament Agency has awarded Saab a contract for two submarines.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>6 VBZ:aux>6 VBN:ROOT>0 NNP:dative>6 "
            "DT:det>9 NN:dobj>6 IN:prep>9 CD:nummod>12 NNS:pobj>10 .:punct>6",
            {"has": "have", "awarded": "award", "submarines": "submarine"},
            {"Poland": "GPE", "Armament Agency": "ORG", "Saab": "ORG", "two": "CARDINAL"},
            [("Saab", "supplies", "Poland")],
        ),
        # a contract awarded in the passive: its agent, or a "by" the parser hung on the
        # contract
        (
            "Iberdrola was awarded a contract by National Grid to build a substation.",
            "NNP:nsubjpass>3 VBD:auxpass>3 VBN:ROOT>0 DT:det>5 NN:dobj>3 IN:agent>3 "
            "NNP:compound>8 NNP:pobj>6 TO:aux>10 VB:advcl>3 DT:det>12 NN:dobj>10 .:punct>3",
            {"was": "be", "awarded": "award"},
            {"Iberdrola": "GPE", "National Grid": "ORG"},
            [("Iberdrola", "supplies", "National Grid")],
        ),
        (
            "Siemens Energy was awarded a contract by Amprion to supply converter stations.",
            "NNP:compound>2 NNP:nsubjpass>4 VBD:auxpass>4 VBN:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 "
            "NN:pobj>7 TO:aux>10 VB:acl>6 NN:compound>12 NNS:dobj>10 .:punct>4",
            {"was": "be", "awarded": "award", "stations": "station"},
            {"Siemens Energy": "ORG"},
            [("Siemens Energy", "supplies", "Amprion")],
        ),
        # the maker of goods bought supplies the buyer
        (
            "Hyundai will buy all of the nickel mined by Vale.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:dobj>3 IN:prep>4 DT:det>7 NN:pobj>5 VBN:acl>7 "
            "IN:agent>8 NNP:pobj>9 .:punct>3",
            {"mined": "mine"},
            {"Hyundai": "ORG", "Vale": "ORG"},
            [("Vale", "supplies", "Hyundai Motor")],
        ),
        (
            "Nintendo will buy chips made at TSMC's fab in Kumamoto.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNS:dobj>3 VBN:acl>4 IN:prep>5 NNP:poss>9 POS:case>7 "
            "NN:pobj>6 IN:prep>5 NNP:pobj>10 .:punct>3",
            {"chips": "chip", "made": "make"},
            {"Nintendo": "ORG", "TSMC": "ORG", "Kumamoto": "PERSON"},
            [("TSMC", "supplies", "Nintendo")],
        ),
        # a verb of buying the parser took for a plural noun after the buyer's name
        (
            "Toyota sources cells from Panasonic.",
            "NN:compound>2 NNS:compound>3 NNS:ROOT>0 IN:prep>3 NNP:pobj>4 .:punct>3",
            {"sources": "source", "cells": "cell"},
            {"Toyota": "ORG", "Panasonic": "ORG"},
            [("Panasonic", "supplies", "Toyota Motor")],
        ),
        # goods built under an order are supplied to the one they are built for
        (
            "Hanwha won a $2 billion order to build radars for Lockheed Martin.",
            "NN:nsubj>2 VBD:ROOT>0 DT:det>7 $:quantmod>6 CD:compound>6 CD:nummod>7 NN:dobj>2 "
            "TO:aux>9 VB:acl>7 NNS:dobj>9 IN:prep>10 NNP:compound>13 NNP:pobj>11 .:punct>2",
            {"won": "win", "radars": "radar"},
            {"Hanwha": "ORG", "$2 billion": "MONEY", "Lockheed": "ORG", "Martin": "PRODUCT"},
            (("Hanwha Group", "supplies", "Lockheed Martin"),),
        ),
        # the owner of goods bought, or of most of them, sells them
        (
            "Huayou buys most of Glencore's cobalt.",
            "NNP:nsubj>2 VBZ:ROOT>0 JJS:dobj>2 IN:prep>3 NNP:poss>7 POS:case>5 NN:pobj>4 .:punct>2",
            {"buys": "buy"},
            {"Glencore": "PERSON"},
            (("Glencore", "supplies", "Huayou Cobalt"),),
        ),
        # whose goods an order won makes is supplied
        (
            "TSMC has won an order to make Google's next Tensor chip.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 DT:det>5 NN:dobj>3 TO:aux>7 VB:acl>5 NNP:poss>12 "
            "POS:case>8 JJ:amod>12 NNP:compound>12 NN:dobj>7 .:punct>3",
            {"has": "have", "won": "win"},
            {"TSMC": "ORG", "Google": "ORG", "Tensor": "ORG"},
            (("TSMC", "supplies", "Google"),),
        ),
        # a firm whose goods go into another's supplies it
        (
            "Murata's capacitors go into Apple's iPhones.",
            "NNP:poss>3 POS:case>1 NNS:nsubj>4 VBP:ROOT>0 IN:prep>4 NNP:poss>8 POS:case>6 "
            "NNS:pobj>5 .:punct>4",
            {"capacitors": "capacitor", "iPhones": "iphone"},
            {"Murata": "ORG", "Apple": "ORG", "iPhones": "ORG"},
            (("Murata", "supplies", "Apple"),),
        ),
        # the licensor of a technology supplies the licensee
        (
            "Norvale licensed its anode technology from Posco Future M.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>5 JJ:amod>5 NN:dobj>2 IN:prep>2 NNP:compound>9 "
            "NNP:compound>9 NNP:pobj>6",
            {"licensed": "license"},
            {"Norvale": "ORG", "Posco Future M.": "ORG"},
            (("Posco Future M", "supplies", "Norvale"),),
        ),
        # the firm what powers goods comes from supplies their owner, also where the verb is
        # joined to another that has the goods
        (
            "Orbis Air said its jets would be powered by engines from Rolls-Royce.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>5 NNS:nsubjpass>8 MD:aux>8 "
            "VB:auxpass>8 VBN:ccomp>3 IN:agent>8 NNS:pobj>9 IN:prep>10 NNP:compound>14 "
            "HYPH:punct>14 NNP:pobj>11 .:punct>3",
            {"said": "say", "jets": "jet", "powered": "power", "engines": "engine"},
            {"Orbis Air": "ORG", "Rolls-Royce": "ORG"},
            (("Rolls-Royce", "supplies", "Orbis Air"),),
        ),
        (
            "Dalvik Motors said its vans will be built by Magna Steyr and powered by fuel cells "
            "from Toyota.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 PRP$:poss>5 NNS:nsubjpass>8 MD:aux>8 "
            "VB:auxpass>8 VBN:ccomp>3 IN:agent>8 NNP:compound>11 NNP:pobj>9 CC:cc>8 VBN:conj>8 "
            "IN:agent>13 NN:compound>16 NNS:pobj>14 IN:prep>16 NNP:pobj>17 .:punct>3",
            {"said": "say", "vans": "van", "built": "build", "powered": "power", "cells": "cell"},
            {"Dalvik Motors": "ORG", "Magna Steyr": "ORG", "Toyota": "ORG"},
            (("Toyota Motor", "supplies", "Dalvik Motors"),),
        ),
        # the firm whose product is bought, ordered or chosen supplies the one who takes it
        (
            "Kestrel Air will buy 20 Embraer E195-E2 jets.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 CD:nummod>10 NNP:compound>10 "
            "NNP:compound>9 HYPH:punct>9 NN:compound>10 NNS:dobj>4 .:punct>4",
            {"jets": "jet"},
            {"Kestrel Air": "ORG", "Embraer E195-E2": "ORG"},
            (("Embraer", "supplies", "Kestrel Air"),),
        ),
        (
            "Kestrel Air placed an order for 12 Airbus A350 jets.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 CD:nummod>10 "
            "NNP:compound>10 NNP:compound>10 NNS:pobj>6 .:punct>3",
            {"placed": "place", "jets": "jet"},
            {"Kestrel Air": "ORG", "Airbus": "ORG", "A350": "PRODUCT"},
            (("Airbus", "supplies", "Kestrel Air"),),
        ),
        (
            "Tigo picked Ericsson's AirScale radios for its network.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>6 POS:case>3 NNP:compound>6 NNS:dobj>2 IN:prep>6 "
            "PRP$:poss>9 NN:pobj>7 .:punct>2",
            {"picked": "pick", "radios": "radio"},
            {"Tigo": "ORG", "Ericsson": "PERSON", "AirScale": "ORG"},
            (("Ericsson", "supplies", "Tigo"),),
        ),
    ],
)
def test_trade_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (*ORBIS_BANK_AGREED_TO, (("Orbis Bank", "supplies", "Westmark Group"),)),
        (
            "Halvard Foods bought Intel's drone business last year.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 NNP:poss>7 POS:case>4 NN:compound>7 "
            "NN:dobj>3 JJ:amod>9 NN:npadvmod>3 .:punct>3",
            {"bought": "buy"},
            {"Halvard Foods": "ORG", "Intel": "ORG"},
            (("Intel", "supplies", "Halvard Foods"),),
        ),
        (*HYUNDAI_BUYS_MOST_OF, (("Hyundai Motor", "develops", "cathode material"),)),
        (
            "Bosch is not a supplier to Volkswagen.",
            "NNP:nsubj>2 VBZ:ROOT>0 RB:neg>2 DT:det>5 NN:attr>2 IN:prep>5 NNP:pobj>6 .:punct>2",
            {"is": "be"},
            {"Bosch": "ORG", "Volkswagen": "ORG"},
            (("Bosch", "supplies", "Volkswagen"),),
        ),
        # a sale of assets is no supply of goods
        (
            "Marlow sold its Angolan assets to Brenna Oil.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>5 NNP:compound>5 NNS:dobj>2 IN:dative>2 "
            "NNP:compound>8 NNP:pobj>6 .:punct>2",
            {"sold": "sell", "assets": "asset"},
            {"Marlow": "ORG", "Brenna Oil": "ORG"},
            (("Marlow", "supplies", "Brenna Oil"),),
        ),
        # the material a maker's products are made of is no product it develops
        (
            "Halden bought Kovra Systems, a maker of gallium nitride power chips.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 ,:punct>4 DT:det>7 NN:appos>4 "
            "IN:prep>7 NNP:compound>12 NNP:compound>11 NN:compound>12 NNS:pobj>8 .:punct>2",
            {"bought": "buy", "chips": "chip"},
            {"Halden": "ORG", "Kovra Systems": "ORG"},
            (("Kovra Systems", "develops", "gallium nitride"),),
        ),
        # revenue that comes from a firm is no goods
        (
            "Most of Mazda's revenue comes from Mobileye.",
            "JJS:nsubj>6 IN:prep>1 NNP:poss>5 POS:case>3 NN:pobj>2 VBZ:ROOT>0 IN:prep>6 "
            "NNP:pobj>7 .:punct>6",
            {"comes": "come"},
            {"Mazda": "ORG", "Mobileye": "ORG"},
            (("Mobileye", "supplies", "Mazda"),),
        ),
        # the lessor leases to the lessee
        (
            "Avolon leased 12 jets to Ryanair.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 NNP:pobj>5 .:punct>2",
            {"leased": "lease", "jets": "jet"},
            {"Ryanair": "ORG", "Avolon": "ORG"},
            (("Ryanair", "supplies", "Avolon"),),
        ),
        # a business bought from a firm in the past is no longer the firm's
        (
            "Lenovo bought Motorola Mobility from Google in 2014.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 IN:prep>2 NNP:pobj>5 IN:prep>2 "
            "CD:pobj>7 .:punct>2",
            {"bought": "buy"},
            {"Lenovo": "ORG", "Motorola Mobility": "ORG", "Google": "ORG"},
            (("Motorola Mobility", "part_of", "Google"),),
        ),
        # a gerund on a plan is the plan's, not the critic's
        (
            "Apple criticized Samsung's plan for selling chips to Huawei.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>5 POS:case>3 NN:dobj>2 IN:prep>5 VBG:pcomp>6 "
            "NNS:dobj>7 IN:prep>7 NNP:pobj>9 .:punct>2",
            {"criticized": "criticize", "selling": "sell", "chips": "chip"},
            {"Apple": "ORG", "Samsung": "ORG", "Huawei": "ORG"},
            (("Apple", "supplies", "Huawei"),),
        ),
        # a case lost is no business lost
        (
            "Samsung lost its case to Apple in court.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>2 NNP:pobj>5 IN:prep>2 "
            "NN:pobj>7 .:punct>2",
            {"lost": "lose"},
            {"Samsung": "ORG", "Apple": "ORG"},
            (("Samsung Electronics", "competes", "Apple"),),
        ),
        # money received is funding, not goods bought
        (
            "Veltra received a $2 billion loan from Mizuho.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>7 $:quantmod>6 CD:compound>6 CD:nummod>7 NN:dobj>2 "
            "IN:prep>2 NNP:pobj>8 .:punct>2",
            {"received": "receive"},
            {"Veltra": "ORG", "Mizuho": "GPE"},
            (("Mizuho Financial Group", "supplies", "Veltra"),),
        ),
        # customers counted are no makers the firm counts on, nor each other's suppliers
        (*BOSCH_WHICH_MAKES_MOST, (("Audi", "supplies", "Bosch"), ("Skoda", "supplies", "Audi"))),
        # firms signed up together as customers do not supply each other
        (*WOLFSPEED_WILL_OPEN_THE, (("Infineon Technologies", "supplies", "Bosch"),)),
        # first customers named with a launch are no partners in it
        (
            *HAILO_UNVEILED_ITS_HAILO,
            (("Hailo", "partners", "Renault"), ("Hailo", "partners", "Stellantis")),
        ),
        # a list of places in the next sentence lists no firm
        (
            "Nvidia ships its chips to several countries. Among them are China and India, where "
            "Reliance builds data centres.",
            "NNP:nsubj>2 VBZ:ROOT>0 PRP$:poss>4 NNS:dobj>2 IN:prep>2 JJ:amod>7 NNS:pobj>5 "
            ".:punct>2 IN:prep>11 PRP:pobj>9 VBP:ROOT>0 NNP:nsubj>11 CC:cc>12 NNP:conj>12 "
            ",:punct>12 WRB:advmod>18 NNP:nsubj>18 VBZ:relcl>12 NNS:compound>20 NNS:dobj>18 "
            ".:punct>11",
            {
                "ships": "ship",
                "chips": "chip",
                "countries": "country",
                "them": "they",
                "are": "be",
                "builds": "build",
                "data": "datum",
                "centres": "centre",
            },
            {"Nvidia": "ORG", "China": "GPE", "India": "GPE", "Reliance": "ORG"},
            (("Nvidia", "supplies", "Reliance"),),
        ),
        # "its" customers, where "its" is no firm's, are no customers of the firm the text is about
        (
            "Germany's Trumpf will hold 30% of the company. The Porto fab will make laser chips, "
            "and Nokia and Ciena have signed up as its first customers.",
            "NNP:poss>3 POS:case>1 NNPS:nsubj>5 MD:aux>5 VB:ROOT>0 CD:nummod>7 NN:dobj>5 "
            "IN:prep>7 DT:det>10 NN:pobj>8 .:punct>5 DT:det>14 NNP:compound>14 NN:nsubj>16 "
            "MD:aux>16 VB:ROOT>0 NN:compound>18 NNS:dobj>16 ,:punct>16 CC:cc>16 NNP:nsubj>25 "
            "CC:cc>21 NNP:conj>21 VBP:aux>25 VBN:conj>16 RP:prt>25 IN:prep>25 PRP$:poss>30 "
            "JJ:amod>30 NNS:pobj>27 .:punct>25",
            {"chips": "chip", "signed": "sign", "customers": "customer"},
            {"Germany": "GPE", "Porto": "PERSON", "Nokia": "ORG", "Ciena": "ORG"},
            (("Trumpf", "supplies", "Nokia"), ("Trumpf", "supplies", "Ciena")),
        ),
        # the country goods are named after is not who gets them, nor is one's own plant
        (
            "Under the rule, Kioxia and Micron must obtain licences to ship Japanese tools to "
            "their plants in China.",
            "IN:prep>9 DT:det>3 NN:pobj>1 ,:punct>9 NNP:nsubj>9 CC:cc>5 NNP:conj>5 MD:aux>9 "
            "VB:ROOT>0 NNS:dobj>9 TO:aux>12 VB:acl>10 JJ:amod>14 NNS:dobj>12 IN:prep>12 "
            "PRP$:poss>17 NNS:pobj>15 IN:prep>17 NNP:pobj>18 .:punct>9",
            {"licences": "licence", "tools": "tool", "plants": "plant"},
            {"Kioxia": "PERSON", "Micron": "ORG", "Japanese": "NORP", "China": "GPE"},
            (
                ("Kioxia", "supplies", "Japan"),
                ("Micron Technology", "supplies", "Japan"),
                ("Kioxia", "supplies", "Micron Technology"),
            ),
        ),
        # no offtake is no supply
        (
            "Pilbara Minerals said it had no offtake agreement with Ganfeng.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 PRP:nsubj>5 VBD:ccomp>3 DT:det>8 JJ:amod>8 "
            "NN:dobj>5 IN:prep>8 NNP:pobj>9 .:punct>3",
            {"said": "say", "had": "have"},
            {"Pilbara Minerals": "ORG", "Ganfeng": "PERSON"},
            [("Pilbara Minerals", "supplies", "Ganfeng Lithium")],
        ),
        # a stake had from a firm is no goods
        (
            "Solvay bought a stake from Arcadia Lithium.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            ".:punct>2",
            {"bought": "buy"},
            {"Solvay": "ORG", "Arcadia Lithium": "ORG"},
            [("Arcadia Lithium", "supplies", "Solvay")],
        ),
        # orders taken on from a firm are no goods it supplies, nor a rivalry
        (
            "Foxconn will take on orders from Apple.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 RP:prt>3 NNS:dobj>3 IN:prep>5 NNP:pobj>6 .:punct>3",
            {"orders": "order"},
            {"Foxconn": "GPE", "Apple": "ORG"},
            [("Apple", "supplies", "Foxconn"), ("Foxconn", "competes", "Apple")],
        ),
        # an offtake's seller is not the signer as such: the producer named sells
        (*TESLA_OFFTAKE_PIEDMONT, [("Tesla", "supplies", "Piedmont Lithium")]),
        # who builds goods at another firm's plant does not make them there
        (
            "Apple would build the iPhone 17 at Foxconn's site in Zhengzhou.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NNP:dobj>3 CD:nummod>5 IN:prep>3 NNP:poss>10 "
            "POS:case>8 NN:pobj>7 IN:prep>10 NNP:pobj>11 .:punct>3",
            {},
            {"Apple": "ORG", "Foxconn": "GPE", "Zhengzhou": "GPE"},
            [("Apple", "manufactures", "iPhone 17")],
        ),
        # and does not develop them
        (*WISTRON_ASSEMBLER, (("Wistron", "develops", "PowerEdge"),)),
        # delivery declined is none
        (
            "Air China declined to take delivery of Boeing 737 jets after Beijing ordered a halt.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 NN:dobj>5 IN:prep>6 "
            "NNP:nmod>10 CD:nummod>10 NNS:pobj>7 IN:mark>13 NNP:nsubj>13 VBD:advcl>3 DT:det>15 "
            "NN:dobj>13 .:punct>3",
            {"declined": "decline", "jets": "jet", "ordered": "order"},
            {"Air China": "ORG", "Boeing": "ORG", "737": "PRODUCT", "Beijing": "GPE"},
            (("Boeing", "supplies", "Air China"),),
        ),
        # a firm a state's regulator picks to build does not supply the state
        (
            "Japan's METI picked KDDI to build AI data centres.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBD:ROOT>0 NNP:dobj>4 TO:aux>7 VB:xcomp>4 "
            "NNP:compound>10 NN:compound>10 NNS:dobj>7 .:punct>4",
            {"picked": "pick", "centres": "centre"},
            {"Japan": "GPE", "METI": "GPE", "KDDI": "ORG", "AI": "ORG"},
            (("KDDI", "supplies", "Japan"),),
        ),
        # a regulator's order to do something is no order for goods
        (
            "Tencent received an order from China's market regulator to halt the merger.",
            "NN:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:poss>9 POS:case>6 "
            "NN:compound>9 NN:pobj>5 TO:aux>11 VB:acl>4 DT:det>13 NN:dobj>11 .:punct>2",
            {"received": "receive"},
            {"China": "GPE"},
            (("Tencent", "supplies", "China"),),
        ),
        # information handed to a body of state does not supply the state
        (
            "Intel provided documents to the Commerce Department, the US said.",
            "NNP:nsubj>2 VBD:ccomp>11 NNS:dobj>2 IN:dative>2 DT:det>7 NNP:compound>7 NNP:pobj>4 "
            ",:punct>11 DT:det>10 NNP:nsubj>11 VBD:ROOT>0 .:punct>11",
            {"provided": "provide", "documents": "document", "said": "say"},
            {"Intel": "ORG", "the Commerce Department": "ORG", "US": "GPE"},
            (("Intel", "supplies", "United States"),),
        ),
        # orders that rose are no verb of buying, and another firm's goods are its to sell
        (
            "Apple orders from TSMC rose in the quarter.",
            "NN:compound>2 NNS:nsubj>5 IN:prep>2 NNP:pobj>3 VBD:ROOT>0 IN:prep>5 DT:det>8 "
            "NN:pobj>6 .:punct>5",
            {"orders": "order", "rose": "rise"},
            {"Apple": "ORG", "TSMC": "ORG", "the quarter": "DATE"},
            (("TSMC", "supplies", "Apple"),),
        ),
        (
            "Microsoft bought Nvidia chips made at TSMC's fab in Arizona.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNS:dobj>2 VBN:acl>4 IN:prep>5 NNP:poss>9 "
            "POS:case>7 NN:pobj>6 IN:prep>9 NNP:pobj>10 .:punct>2",
            {"bought": "buy", "chips": "chip", "made": "make"},
            {"Microsoft": "ORG", "Nvidia": "GPE", "TSMC": "ORG", "Arizona": "GPE"},
            (("TSMC", "supplies", "Microsoft"),),
        ),
        # a plant built under a contract is no goods supplied
        (
            "Bouygues won a contract to build two plants for Orano.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 TO:aux>6 VB:acl>4 CD:nummod>8 NNS:dobj>6 "
            "IN:prep>8 NNP:pobj>9 .:punct>2",
            {"won": "win", "plants": "plant"},
            {"Bouygues": "ORG", "two": "CARDINAL", "Orano": "ORG"},
            (("Bouygues", "supplies", "Orano"),),
        ),
        # (a contract lost is no goods supplied)
        (
            "Hanwha Ocean lost a contract to build frigates for Canada.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 TO:aux>7 VB:acl>5 "
            "NNS:dobj>7 IN:prep>7 NNP:pobj>9 .:punct>3",
            {"lost": "lose", "frigates": "frigate"},
            {"Hanwha Ocean": "FAC", "Canada": "GPE"},
            (("Hanwha Ocean", "supplies", "Canada"),),
        ),
        # (the one beaten to a supply does not supply)
        (
            "Nokia beat Ericsson to supply 5G equipment to Deutsche Telekom.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 TO:aux>5 VB:advcl>2 CD:nummod>7 NN:compound>8 "
            "NN:dobj>5 IN:prep>5 NNP:compound>11 NNP:pobj>9 .:punct>2",
            {},
            {"Nokia": "ORG", "5": "CARDINAL", "Deutsche Telekom": "ORG"},
            (("Ericsson", "supplies", "Deutsche Telekom"),),
        ),
        # (a business bought is no goods its owner sells)
        (
            "Toyota bought Panasonic's battery business.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>6 POS:case>3 NN:compound>6 NN:dobj>2 .:punct>2",
            {"bought": "buy"},
            {"Toyota": "ORG", "Panasonic": "ORG"},
            (("Panasonic", "supplies", "Toyota Motor"),),
        ),
        # (a drug licensed is a deal between the two, no supply)
        (
            "Medra Bio licensed the pill from Novartis in 2021.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 NNP:pobj>6 "
            "IN:prep>3 CD:pobj>8 .:punct>3",
            {"licensed": "license"},
            {"Medra Bio": "ORG", "Novartis": "ORG"},
            (("Novartis", "supplies", "Medra Bio"),),
        ),
    ],
)
def test_trade_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)
