"""Money that makes an investment: stakes, funding, grants and loans, backers, a priced
facility's place, on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


# sentences written for the rules, parsed by hand, and the edges each gives
#: Sentences parsed by hand that more than one case reads.
ARDEN_MOTORS_PAID_400 = (
    "Arden Motors paid $400 million for a 9% stake in Pellucid Auto.",
    "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 "
    "IN:prep>3 DT:det>11 CD:nummod>10 NN:compound>11 NN:pobj>7 IN:prep>11 "
    "NNP:compound>14 NNP:pobj>12 .:punct>3",
    {"paid": "pay"},
    {"Arden Motors": "ORG", "Pellucid Auto": "ORG"},
)

TALVIK_WHICH_IS_30 = (
    "Talvik, which is 30% owned by Orsan Holdings, opened a plant.",
    "NN:nsubj>12 ,:punct>1 WDT:nsubj>4 VBZ:auxpass>7 CD:nummod>6 NN:npadvmod>7 "
    "VBN:relcl>1 IN:agent>7 NNP:compound>10 NNP:pobj>8 ,:punct>1 VBD:ROOT>0 DT:det>14 "
    "NN:dobj>12 .:punct>12",
    {"is": "be", "owned": "own", "opened": "open"},
    {"Orsan Holdings": "ORG"},
)

XIAOMI_HAS_SOLD_1 = (
    "Xiaomi has sold $1 billion of convertible bonds to Temasek.",
    "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 IN:prep>6 "
    "JJ:amod>9 NNS:pobj>7 IN:dative>3 NNP:pobj>10 .:punct>3",
    {"has": "have", "sold": "sell", "bonds": "bond"},
    {"Xiaomi": "ORG", "Temasek": "GPE"},
)

KDDI_SAID_THE_SITE = (
    "KDDI said the site would host models from Sakana AI, the Tokyo start-up in which it "
    "holds a stake.",
    "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:nsubj>6 MD:aux>6 VB:ccomp>2 NNS:dobj>6 IN:prep>7 "
    "NNP:compound>10 NNP:pobj>8 ,:punct>6 DT:det>14 NNP:compound>14 NN:dobj>6 IN:prep>18 "
    "WDT:pobj>15 PRP:nsubj>18 VBZ:relcl>14 DT:det>20 NN:dobj>18 .:punct>2",
    {"said": "say", "models": "model", "holds": "hold"},
    {"KDDI": "ORG", "Sakana AI": "ORG", "Tokyo": "GPE"},
)


@pytest.mark.parametrize(
    CASES,
    [
        (
            "Corvane Robotics opened a plant in Leipzig, with Helio Labs and Marrow Systems "
            "holding minority stakes.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:pobj>6 "
            ",:punct>3 IN:prep>3 NNP:compound>11 NNPS:nmod>17 CC:cc>11 NNP:compound>14 "
            "NNPS:conj>11 VBG:amod>17 NN:compound>17 NNS:pobj>9 .:punct>3",
            {"opened": "open", "holding": "hold", "stakes": "stake"},
            {
                "Corvane Robotics": "ORG",
                "Leipzig": "GPE",
                "Helio Labs": "PERSON",
                "Marrow Systems": "ORG",
            },
            (("Marrow Systems", "invests", "Corvane Robotics"),),
        ),
        (
            "Halden Energy, in which Mitsui holds a 30% stake, sued its auditor.",
            "NNP:compound>2 NNP:nsubj>13 ,:punct>2 IN:prep>7 WDT:pobj>4 NNP:nsubj>7 VBZ:relcl>2 "
            "DT:det>11 CD:nummod>10 NN:compound>11 NN:dobj>7 ,:punct>2 VBD:ROOT>0 PRP$:poss>15 "
            "NN:dobj>13 .:punct>13",
            {"holds": "hold", "sued": "sue"},
            {"Halden Energy": "ORG", "Mitsui": "ORG"},
            (("Mitsui", "invests", "Halden Energy"),),
        ),
        (
            "Germany will grant Volta Cells €900 million for its battery plant in Saxony.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:compound>5 NNS:dative>3 $:quantmod>8 "
            "CD:compound>8 CD:dobj>3 IN:prep>8 PRP$:poss>12 NN:compound>12 NN:pobj>9 IN:prep>12 "
            "NNP:pobj>13 .:punct>3",
            {"Cells": "cell"},
            {"Germany": "GPE", "Volta Cells": "ORG", "Saxony": "GPE"},
            (("Germany", "invests", "Volta Cells"),),
        ),
        (
            "Quanta Robotics, a Tencent-backed startup, unveiled the Q2 humanoid.",
            "NNP:compound>2 NNP:nsubj>10 ,:punct>2 DT:det>8 NN:npadvmod>7 HYPH:punct>7 "
            "VBN:amod>8 NN:appos>2 ,:punct>2 VBD:ROOT>0 DT:det>13 NNP:compound>13 NN:dobj>10 "
            ".:punct>10",
            {"backed": "back", "unveiled": "unveil"},
            {"Quanta Robotics": "ORG", "Tencent": "ORG", "Q2": "PRODUCT"},
            (("Tencent", "invests", "Quanta Robotics"),),
        ),
        (
            "Vireo Power will build a $3 billion plant in Monterrey.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>9 $:quantmod>8 CD:compound>8 "
            "CD:nummod>9 NN:dobj>4 IN:prep>9 NNP:pobj>10 .:punct>4",
            {},
            {"Vireo Power": "ORG", "Monterrey": "GPE"},
            (("Vireo Power", "invests", "Monterrey"), ("Vireo Power", "operates_in", "Monterrey")),
        ),
        (*ARDEN_MOTORS_PAID_400, (("Arden Motors", "invests", "Pellucid Auto"),)),
        (
            "Mubadala led a $200 million funding round in Kestrel Compute.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>8 $:quantmod>6 CD:compound>6 CD:nummod>8 "
            "NN:compound>8 NN:dobj>2 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>2",
            {"led": "lead"},
            {"Mubadala": "PERSON", "Kestrel Compute": "ORG"},
            (("Mubadala", "invests", "Kestrel Compute"),),
        ),
        (
            "Nvidia was among the investors in Mistral AI's latest round.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 DT:det>5 NNS:pobj>3 IN:prep>5 NNP:compound>8 "
            "NNP:poss>11 POS:case>8 JJS:amod>11 NN:pobj>6 .:punct>2",
            {"was": "be", "investors": "investor", "latest": "late"},
            {"Nvidia": "GPE", "Mistral AI's": "GPE"},
            (("Nvidia", "invests", "Mistral AI"),),
        ),
        (
            "Qualcomm Ventures participated in the Series B round of Ardent Semi.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 IN:prep>3 DT:det>8 NNP:compound>7 "
            "NNP:compound>8 NN:pobj>4 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>3",
            {"participated": "participate"},
            {"Qualcomm Ventures": "ORG", "Ardent Semi": "PERSON"},
            (("Qualcomm Ventures", "invests", "Ardent Semi"),),
        ),
        (
            "Lumora raised $40 million in a Series A round led by Index Ventures.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>10 "
            "NNP:compound>9 NNP:compound>10 NN:pobj>6 VBN:acl>10 IN:agent>11 NNP:compound>14 "
            "NNP:pobj>12 .:punct>2",
            {"raised": "raise", "led": "lead"},
            {"Lumora": "PERSON", "Index Ventures": "ORG"},
            (("Index Ventures", "invests", "Lumora"),),
        ),
        (
            "Ardent Semi's backers include Intel Capital and Mubadala.",
            "NNP:compound>2 NNP:poss>4 POS:case>2 NNS:nsubj>5 VBP:ROOT>0 NNP:compound>7 "
            "NNP:dobj>5 CC:cc>7 NNP:conj>7 .:punct>5",
            {"backers": "backer"},
            {"Ardent Semi's": "PERSON", "Intel Capital": "ORG", "Mubadala": "GPE"},
            (("Intel Capital", "invests", "Ardent Semi"), ("Mubadala", "invests", "Ardent Semi")),
        ),
        (
            "Japan will provide up to 470 billion yen in subsidies to Kioxia.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 IN:quantmod>7 TO:quantmod>7 CD:compound>7 "
            "CD:nummod>8 NNS:dobj>3 IN:prep>3 NNS:pobj>9 IN:prep>10 NNP:pobj>11 .:punct>3",
            {"subsidies": "subsidy"},
            {"Japan": "GPE", "Kioxia": "ORG"},
            (("Japan", "invests", "Kioxia"),),
        ),
        (
            "Toyota committed $13.9 billion to a battery plant in North Carolina.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>9 "
            "NN:compound>9 NN:pobj>6 IN:prep>9 NNP:compound>12 NNP:pobj>10 .:punct>2",
            {"committed": "commit"},
            {"Toyota": "ORG", "North Carolina": "GPE"},
            (("Toyota Motor", "invests", "North Carolina"),),
        ),
        (
            "Renesas raised its holding in Altium to 15%.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 IN:prep>2 "
            "CD:nummod>9 NN:pobj>7 .:punct>2",
            {"raised": "raise"},
            {"Renesas": "PERSON", "Altium": "GPE"},
            (("Renesas Electronics", "invests", "Altium"),),
        ),
        (
            "Zentra Labs secured $50 million in funding led by Sequoia Capital.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 "
            "IN:prep>6 NN:pobj>7 VBN:acl>8 IN:agent>9 NNP:compound>12 NNP:pobj>10 .:punct>3",
            {"secured": "secure", "led": "lead"},
            {"Zentra Labs": "PERSON", "Sequoia Capital": "ORG"},
            (("Sequoia Capital", "invests", "Zentra Labs"),),
        ),
        (
            "With funding from the European Investment Bank, Northvolt expanded its plant.",
            "IN:prep>10 NN:pobj>1 IN:prep>2 DT:det>7 NNP:compound>7 NNP:compound>7 NNP:pobj>3 "
            ",:punct>10 NNP:nsubj>10 VBD:ROOT>0 PRP$:poss>12 NN:dobj>10 .:punct>10",
            {"expanded": "expand"},
            {"the European Investment Bank": "ORG", "Northvolt": "GPE"},
            (("European Investment Bank", "invests", "Northvolt"),),
        ),
        (
            "Korvath raised money from investors including Nvidia and Intel Capital.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 NNS:pobj>4 VBG:prep>5 NNP:pobj>6 CC:cc>7 "
            "NNP:compound>10 NNP:conj>7 .:punct>2",
            {"raised": "raise", "investors": "investor", "including": "include"},
            {"Korvath": "PERSON", "Nvidia": "GPE", "Intel Capital": "ORG"},
            (("Nvidia", "invests", "Korvath"), ("Intel Capital", "invests", "Korvath")),
        ),
        # the firm a round is in, whatever the recogniser took it for
        (
            "Index Ventures led a $30 million round in Quorlin.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>8 $:quantmod>7 CD:compound>7 "
            "CD:nummod>8 NN:dobj>3 IN:prep>8 NNP:pobj>9 .:punct>3",
            {"led": "lead"},
            {"Index Ventures": "ORG", "Quorlin": "GPE"},
            (("Index Ventures", "invests", "Quorlin"),),
        ),
        # a firm whose name begins with a product's ("Axion" is a chip in the lexicon)
        (
            "Temasek invested in the chip designer Axion Labs.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 DT:det>6 NN:compound>6 NN:compound>8 "
            "NNP:compound>8 NNP:pobj>3 .:punct>2",
            {"invested": "invest"},
            None,
            (("Temasek", "invests", "Axion Labs"),),
        ),
        # "The round" of a later sentence is the round the firm raised before
        (
            "Orvane Labs raised $90 million in a Series B round. The round was led by Index "
            "Ventures, with participation from Temasek.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 "
            "IN:prep>3 DT:det>11 NNP:compound>10 NNP:compound>11 NN:pobj>7 .:punct>3 DT:det>14 "
            "NN:nsubjpass>16 VBD:auxpass>16 VBN:ROOT>0 IN:agent>16 NNP:compound>19 NNP:pobj>17 "
            ",:punct>16 IN:prep>16 NN:pobj>21 IN:prep>22 NNP:pobj>23 .:punct>16",
            {"raised": "raise", "was": "be", "led": "lead"},
            {"Orvane Labs": "ORG", "Index Ventures": "ORG", "Temasek": "GPE"},
            (("Index Ventures", "invests", "Orvane Labs"), ("Temasek", "invests", "Orvane Labs")),
        ),
        # a stake "in" a firm named a few words on, the parser having lost the phrase
        (
            "Qatar Holdings acquired a 20% stake in Danish shipping firm Nordvik Lines.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>7 CD:nummod>6 NN:compound>7 "
            "NN:dobj>3 IN:prep>7 JJ:amod>10 NN:pobj>8 JJ:amod>13 NNP:compound>13 "
            "NNP:npadvmod>3 .:punct>3",
            {"acquired": "acquire"},
            {"Qatar Holdings": "ORG", "Nordvik Lines": "ORG"},
            (("Qatar Holdings", "invests", "Nordvik Lines"),),
        ),
        # a share of a firm owned by another: the owner invests in it
        (*TALVIK_WHICH_IS_30, (("Orsan Holdings", "invests", "Talvik"),)),
        # a majority owned: a part of its owner, and an investment of it
        (
            "Brevia Telecom, which is majority-owned by Kessel Group, cut prices.",
            "NNP:compound>2 NNP:nsubj>13 ,:punct>2 WDT:nsubj>5 VBZ:relcl>2 NN:npadvmod>8 "
            "HYPH:punct>8 VBN:acomp>5 IN:agent>8 NNP:compound>11 NNP:pobj>9 ,:punct>2 VB:ROOT>0 "
            "NNS:dobj>13 .:punct>13",
            {"is": "be", "owned": "own", "prices": "price"},
            {"Brevia Telecom": "ORG", "Kessel Group": "ORG"},
            (
                ("Brevia Telecom", "part_of", "Kessel Group"),
                ("Kessel Group", "invests", "Brevia Telecom"),
            ),
        ),
        # a fraction of a firm owned
        (
            "Orsan Holdings owns about a third of Talvik Motors.",
            "NNP:compound>2 NNPS:nsubj>3 VBZ:ROOT>0 IN:advmod>6 DT:quantmod>6 NN:dobj>3 IN:prep>6 "
            "NNP:compound>9 NNPS:pobj>7 .:punct>3",
            {"owns": "own"},
            {"Orsan Holdings": "ORG", "Talvik Motors": "ORG"},
            (("Orsan Holdings", "invests", "Talvik Motors"),),
        ),
        # money spent on a facility: an investment in its place
        (
            "Halden Power is spending $3 billion on a battery plant in Ohio.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBG:ROOT>0 $:quantmod>7 CD:compound>7 CD:dobj>4 "
            "IN:prep>4 DT:det>11 NN:compound>11 NN:pobj>8 IN:prep>11 NNP:pobj>12 .:punct>4",
            {"is": "be", "spending": "spend"},
            {"Halden Power": "ORG", "Ohio": "GPE"},
            (("Halden Power", "invests", "Ohio"),),
        ),
        # a describing noun and the name after it, both parsed as the subject
        (
            "Peru's mining agency Ingemet awarded Cusco Metals a $9 million grant.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>6 NNP:nsubj>6 VBD:ROOT>0 "
            "NNP:compound>8 NNPS:dative>6 DT:det>13 $:quantmod>12 CD:compound>12 CD:nummod>13 "
            "NN:dobj>6 .:punct>6",
            {"awarded": "award"},
            {"Peru": "GPE", "Cusco Metals": "PERSON"},
            (("Ingemet", "invests", "Cusco Metals"), ("Ingemet", "part_of", "Peru")),
        ),
        # a round led by one and co-led by another
        (
            "Orvane raised $90 million in a round led by Kestrel Capital and co-led by Halden "
            "Ventures.",
            "NN:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>8 "
            "NN:pobj>6 VBN:acl>8 IN:agent>9 NNP:compound>12 NNP:pobj>10 CC:cc>9 VBN:conj>9 "
            "IN:agent>14 NNP:compound>17 NNPS:pobj>15 .:punct>2",
            {"raised": "raise", "led": "lead", "co-led": "co-le"},
            {"Kestrel Capital": "ORG", "Halden Ventures": "ORG"},
            (("Halden Ventures", "invests", "Orvane"), ("Kestrel Capital", "invests", "Orvane")),
        ),
        # investors in "the round" an earlier sentence raised
        (
            "Orvane raised $40 million in May. Brisa Capital and Tolland Partners were among the "
            "other investors in the round.",
            "NN:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 NNP:pobj>6 "
            ".:punct>2 NNP:nmod>10 NNP:nmod>13 CC:cc>10 NNP:conj>10 NNPS:nsubj>14 VBD:ROOT>0 "
            "IN:prep>14 DT:det>18 JJ:amod>18 NNS:pobj>15 IN:prep>14 DT:det>21 NN:pobj>19 "
            ".:punct>14",
            {"raised": "raise", "were": "be", "investors": "investor"},
            {"Brisa Capital": "ORG", "Tolland Partners": "ORG"},
            (("Brisa Capital", "invests", "Orvane"), ("Tolland Partners", "invests", "Orvane")),
        ),
        # the firm a round is in, named after the words that describe it
        (
            "Temasek led a $90 million Series B round in Jakarta logistics startup Kargo Nusa, "
            "with participation from GIC.",
            "NNP:nsubj>2 VBD:ccomp>13 DT:det>9 $:quantmod>6 CD:compound>6 CD:nummod>9 "
            "NNP:compound>8 NNP:compound>9 NN:dobj>2 IN:prep>9 NNP:compound>12 NNS:pobj>10 "
            "VBD:ROOT>0 NNP:compound>15 NNP:dobj>13 ,:punct>13 IN:prep>13 NN:pobj>17 IN:prep>18 "
            "NNP:pobj>19 .:punct>13",
            {"led": "lead", "logistics": "logistic"},
            {"Jakarta": "GPE", "Kargo Nusa": "PERSON", "GIC": "ORG"},
            (("Temasek", "invests", "Kargo Nusa"),),
        ),
        # a co-investor "alongside" the one that co-led
        (
            "Sequoia Capital co-led a $40 million round in Berlin startup Flinkly Labs alongside "
            "Index Ventures.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>8 $:quantmod>7 CD:compound>7 "
            "CD:nummod>8 NN:dobj>3 IN:prep>8 NNP:pobj>9 VBD:advcl>3 NNP:compound>13 NNPS:dobj>11 "
            "IN:prep>13 NNP:compound>16 NNP:pobj>14 .:punct>3",
            {"co-led": "co-le"},
            {"Sequoia Capital": "ORG", "Berlin": "GPE"},
            (
                ("Sequoia Capital", "invests", "Flinkly Labs"),
                ("Index Ventures", "invests", "Flinkly Labs"),
            ),
        ),
        # the investors in a firm's raise
        (
            "Qatar's QIA is among the investors in Anthropic's latest $13 billion raise.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBZ:ROOT>0 IN:prep>4 DT:det>7 NNS:pobj>5 IN:prep>7 "
            "NNP:poss>15 POS:case>9 JJS:amod>15 $:quantmod>14 CD:compound>14 CD:nummod>15 "
            "NN:pobj>8 .:punct>4",
            {"is": "be", "investors": "investor", "latest": "late"},
            {"Qatar": "GPE", "QIA": "ORG", "Anthropic": "GPE"},
            (("Qatar Investment Authority", "invests", "Anthropic"),),
        ),
        # a state's government gives; money "in support for" a firm
        (
            "France's government will provide 2.9 billion euros in subsidies for "
            "STMicroelectronics' planned fab in Crolles.",
            "NNP:poss>3 POS:case>1 NN:nsubj>5 MD:aux>5 VB:ROOT>0 CD:compound>7 CD:nummod>8 "
            "NNS:dobj>5 IN:prep>8 NNS:pobj>9 IN:prep>10 NNS:poss>15 POS:case>12 VBN:amod>15 "
            "NN:pobj>11 IN:prep>15 NNP:pobj>16 .:punct>5",
            {
                "euros": "euro",
                "subsidies": "subsidy",
                "STMicroelectronics": "stmicroelectronic",
                "planned": "plan",
            },
            {"France": "GPE", "STMicroelectronics": "ORG", "Crolles": "GPE"},
            (("France", "invests", "STMicroelectronics"),),
        ),
        (
            "Taiwan pledged an additional 30 billion dollars in support for PSMC, the foundry "
            "building a fab in Tongluo.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>7 JJ:amod>7 CD:compound>6 CD:nummod>7 NNS:dobj>2 "
            "IN:prep>2 NN:pobj>8 IN:prep>9 NNP:pobj>10 ,:punct>2 DT:det>14 NN:dep>2 VBG:acl>14 "
            "DT:det>17 NN:dobj>15 IN:prep>17 NNP:pobj>18 .:punct>2",
            {"pledged": "pledge", "dollars": "dollar", "building": "build"},
            {"Taiwan": "GPE", "PSMC": "ORG", "Tongluo": "LOC"},
            (("Taiwan", "invests", "PSMC"),),
        ),
        # a relative pronoun after a preposition of its clause
        (
            "Archer Aviation, in which Stellantis has invested $150 million, will start flights in "
            "Abu Dhabi.",
            "NNP:compound>2 NNP:nsubj>14 ,:punct>2 IN:prep>8 WDT:pobj>4 NNP:nsubj>8 VBZ:aux>8 "
            "VBN:relcl>2 $:quantmod>11 CD:compound>11 CD:dobj>8 ,:punct>2 MD:aux>14 VB:ROOT>0 "
            "NNS:dobj>14 IN:prep>15 NNP:compound>18 NNP:pobj>16 .:punct>14",
            {"has": "have", "invested": "invest", "flights": "flight"},
            {"Archer Aviation": "PERSON", "Stellantis": "ORG", "Abu Dhabi": "GPE"},
            (("Stellantis", "invests", "Archer Aviation"),),
        ),
        # the receiver the parser made a second object, who does what the money is for
        (
            "The Energy Department awarded Fluence Energy up to $200 million in grants to build "
            "battery plants in Utah.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 NNP:compound>6 NNP:dobj>4 "
            "IN:quantmod>11 TO:quantmod>11 $:quantmod>11 CD:compound>11 CD:dobj>4 IN:prep>11 "
            "NNS:pobj>12 TO:aux>15 VB:advcl>4 NN:compound>17 NNS:dobj>15 IN:prep>15 NNP:pobj>18 "
            ".:punct>4",
            {"awarded": "award", "grants": "grant", "plants": "plant"},
            {"The Energy Department": "ORG", "Utah": "GPE"},
            (
                ("US Department of Energy", "invests", "Fluence Energy"),
                ("Fluence Energy", "operates_in", "Utah"),
            ),
        ),
        # who buys a firm's securities invests in it
        (*XIAOMI_HAS_SOLD_1, (("Temasek", "invests", "Xiaomi"),)),
        # backers taking part in a round invest in its firm
        (
            "Accel led a $40 million round in Kovai Robotics, with existing backers Elevation "
            "Capital and Lightspeed also participating.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>7 $:quantmod>6 CD:compound>6 CD:nummod>7 NN:dobj>2 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 ,:punct>2 IN:prep>2 VBG:amod>14 NNS:nsubj>20 "
            "NNP:compound>16 NNP:nsubj>20 CC:cc>16 NNP:conj>16 RB:advmod>20 VBG:pcomp>12 "
            ".:punct>2",
            {
                "led": "lead",
                "existing": "exist",
                "backers": "backer",
                "participating": "participate",
            },
            {"Kovai Robotics": "ORG", "Elevation Capital": "ORG", "Lightspeed": "ORG"},
            (
                ("Elevation Capital", "invests", "Kovai Robotics"),
                ("Lightspeed", "invests", "Kovai Robotics"),
            ),
        ),
        # the largest shareholder of the firm a relative clause is on
        (
            "Haldor Paints, in which Marubeni is the largest shareholder, bought Vexa.",
            "NNP:compound>2 NNP:nsubj>12 ,:punct>2 IN:prep>7 WDT:pobj>4 NNP:nsubj>7 VBZ:relcl>2 "
            "DT:det>10 JJS:amod>10 NN:attr>7 ,:punct>2 VBD:ROOT>0 NNP:dobj>12 .:punct>12",
            {"is": "be", "largest": "large", "bought": "buy"},
            {"Haldor Paints": "PERSON", "Marubeni": "PERSON", "Vexa": "ORG"},
            (("Marubeni", "invests", "Haldor Paints"),),
        ),
        # a name the parser hung on the participle "majority-owned"
        (
            "Lucid, majority-owned by Saudi Arabia's Public Investment Fund, will open a plant in "
            "Jeddah.",
            "NNP:npadvmod>5 ,:punct>5 NN:npadvmod>5 HYPH:punct>5 VBN:parataxis>15 IN:agent>5 "
            "NNP:compound>8 NNP:poss>12 POS:case>8 NNP:compound>12 NNP:compound>12 NNP:pobj>6 "
            ",:punct>5 MD:aux>15 VB:ROOT>0 DT:det>17 NN:dobj>15 IN:prep>17 NNP:pobj>18 .:punct>15",
            {"owned": "own"},
            {"Saudi Arabia's": "GPE", "Public Investment Fund": "ORG", "Jeddah": "GPE"},
            (("Public Investment Fund", "invests", "Lucid Group"),),
        ),
        # "provide X with money": the receiver the object, the money after "with"
        (
            "Tokyo will provide Kioxia with $1 billion in subsidies.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:dobj>3 IN:prep>3 $:quantmod>8 CD:compound>8 "
            "CD:pobj>5 IN:prep>8 NNS:pobj>9 .:punct>3",
            {"subsidies": "subsidy"},
            {"Tokyo": "GPE", "Kioxia": "PERSON"},
            (("Japan", "invests", "Kioxia"),),
        ),
        # the giver named after the funds the money came in
        (
            "TSMC received $6.6 billion in grants from the Commerce Department.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 NNS:pobj>6 "
            "IN:prep>7 DT:det>11 NNP:compound>11 NNP:pobj>8 .:punct>2",
            {"received": "receive", "grants": "grant"},
            {"TSMC": "ORG", "the Commerce Department": "ORG"},
            (("US Commerce Department", "invests", "TSMC"),),
        ),
        # backers taking part in a round, the "with" hung on the name of the lead
        (
            "Kopa raised $40 million in a round led by Lagos-based Savannah Ventures, with Tokyo's "
            "Kaizen Partners also participating.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>8 "
            "NN:pobj>6 VBN:acl>8 IN:agent>9 NNP:npadvmod>13 HYPH:punct>13 VBN:amod>15 "
            "NNP:compound>15 NNP:pobj>10 ,:punct>15 IN:prep>15 NNP:poss>21 POS:case>18 "
            "NNP:compound>21 NNPS:nsubj>23 RB:advmod>23 VBG:pcomp>17 .:punct>2",
            {"raised": "raise", "led": "lead", "based": "base", "participating": "participate"},
            {"Lagos": "GPE", "Savannah Ventures": "ORG", "Tokyo": "GPE", "Kaizen Partners": "ORG"},
            (("Kaizen Partners", "invests", "Kopa"), ("Savannah Ventures", "invests", "Kopa")),
        ),
        # two names the recogniser ran together across "and"
        (
            "Hailo has raised $120 million from investors including Poalim Equity and Mirae Asset.",
            "NN:nsubj>3 VBZ:aux>3 VBN:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 IN:prep>3 "
            "NNS:pobj>7 VBG:prep>8 NNP:compound>11 NNP:pobj>9 CC:cc>11 NNP:compound>14 "
            "NNP:conj>11 .:punct>3",
            {"has": "have", "raised": "raise", "investors": "investor", "including": "include"},
            {"Poalim Equity and Mirae Asset": "ORG"},
            (("Poalim Equity", "invests", "Hailo"), ("Mirae Asset", "invests", "Hailo")),
        ),
        # "won" after a number is the currency, not a verb of receiving
        (
            "Furiosa raised 340 billion won in a Series C round led by Korea Development Bank.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:compound>4 CD:nummod>5 VBD:dobj>2 IN:prep>5 DT:det>10 "
            "NNP:compound>9 NNP:compound>10 NN:pobj>6 VBN:acl>10 IN:agent>11 NNP:compound>15 "
            "NNP:compound>15 NNP:pobj>12 .:punct>2",
            {"raised": "raise", "won": "win", "led": "lead"},
            {"Furiosa": "ORG", "Korea Development Bank": "ORG"},
            (("Korea Development Bank", "invests", "FuriosaAI"),),
        ),
        # "with A, B and C each holding 10%" of what the clause's holder holds
        (
            "Novatek owns 60% of Arctic LNG 2, with TotalEnergies, CNPC and CNOOC each holding "
            "10%.",
            "NNP:nsubj>2 VBZ:ROOT>0 CD:nummod>4 NN:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            "CD:nummod>7 ,:punct>2 IN:prep>2 NNP:nsubj>17 ,:punct>11 NNP:conj>11 CC:cc>13 "
            "NNP:conj>13 DT:appos>11 VBG:pcomp>10 CD:nummod>19 NN:dobj>17 .:punct>2",
            {"owns": "own", "holding": "hold"},
            {
                "Novatek": "ORG",
                "Arctic": "LOC",
                "TotalEnergies": "ORG",
                "CNPC": "ORG",
                "CNOOC": "ORG",
            },
            (("TotalEnergies", "invests", "Arctic LNG 2"), ("CNOOC", "invests", "Arctic LNG 2")),
        ),
        # "its" in a relative clause is the name "which" stands for
        (
            "Anthropic, which counts Amazon and Google among its biggest investors, opened an "
            "office in Tokyo.",
            "NNP:nsubj>13 ,:punct>1 WDT:nsubj>4 VBZ:relcl>1 NNP:dobj>4 CC:cc>5 NNP:conj>5 "
            "IN:prep>4 PRP$:poss>11 JJS:amod>11 NNS:pobj>8 ,:punct>1 VBD:ROOT>0 DT:det>15 "
            "NN:dobj>13 IN:prep>13 NNP:pobj>16 .:punct>13",
            {"counts": "count", "biggest": "big", "investors": "investor", "opened": "open"},
            {"Amazon": "ORG", "Google": "ORG", "Tokyo": "GPE"},
            (("Amazon", "invests", "Anthropic"), ("Google", "invests", "Anthropic")),
        ),
        # a description that ends its sentence after a name and a comma is in apposition to it
        (*KDDI_SAID_THE_SITE, (("KDDI", "invests", "Sakana AI"),)),
        # who is sold a stake holds it
        (
            "Woodside Energy agreed to sell a 40% stake in Louisiana LNG to Stonepeak for $5.7 "
            "billion.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 DT:det>9 CD:nummod>8 "
            "NN:compound>9 NN:dobj>5 IN:prep>9 NNP:compound>12 NNP:pobj>10 IN:prep>5 NNP:pobj>13 "
            "IN:prep>14 $:quantmod>18 CD:compound>18 CD:pobj>15 .:punct>3",
            {"agreed": "agree"},
            {"Woodside Energy": "ORG", "Louisiana LNG": "ORG", "Stonepeak": "ORG"},
            (("Stonepeak", "invests", "Louisiana LNG"),),
        ),
        # the government named on money won gives it
        (
            "Micron wins $6.1 billion US grant for New York, Idaho fabs",
            "NNP:nsubj>2 VBZ:ccomp>13 $:quantmod>5 CD:compound>5 CD:nummod>7 NNP:compound>7 "
            "NN:dobj>2 IN:prep>7 NNP:compound>10 NNP:pobj>8 ,:punct>13 NNP:nsubj>13 VBZ:ROOT>0",
            {"wins": "win", "fabs": "fab"},
            {"Micron": "ORG", "US": "GPE", "New York": "GPE", "Idaho": "GPE"},
            (("United States", "invests", "Micron Technology"),),
        ),
        # money in funds that hang on the money, from the giver
        (
            "Coherent won $33 million in CHIPS Act grants from the Commerce Department.",
            "NN:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>5 NNP:compound>8 "
            "NNP:compound>9 NNS:pobj>6 IN:prep>9 DT:det>13 NNP:compound>13 NNP:pobj>10 .:punct>2",
            {"won": "win", "grants": "grant"},
            {"the Commerce Department": "ORG"},
            (("US Commerce Department", "invests", "Coherent"),),
        ),
        # a passive of giving: the one given to, by the giver
        (
            "Bosch was awarded $225 million in subsidies by the Commerce Department.",
            "NNP:nsubjpass>3 VBD:auxpass>3 VBN:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 "
            "IN:prep>6 NNS:pobj>7 IN:prep>8 DT:det>12 NNP:compound>12 NNP:pobj>9 .:punct>3",
            {"was": "be", "awarded": "award", "subsidies": "subsidy"},
            {"Bosch": "ORG", "the Commerce Department": "ORG"},
            (("US Commerce Department", "invests", "Bosch"),),
        ),
        # what money "worth" a sum is for
        (
            "Malaysia approved incentives worth $2 billion for an Infineon fab in Kulim.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 JJ:amod>3 $:quantmod>7 CD:compound>7 CD:npadvmod>4 "
            "IN:prep>4 DT:det>11 NNP:compound>11 NN:pobj>8 IN:prep>11 NNP:pobj>12 .:punct>2",
            {"approved": "approve", "incentives": "incentive"},
            {"Malaysia": "GPE", "Infineon": "GPE", "Kulim": "GPE"},
            (("Malaysia", "invests", "Infineon Technologies"),),
        ),
        # who is sold a stake is a firm, whatever the recogniser says, and holds it
        (
            "Intel sells majority stake in Altera to Silver Lake",
            "NNP:nsubj>2 VBZ:ROOT>0 NN:compound>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 IN:prep>2 "
            "NNP:compound>9 NNP:pobj>7",
            {"sells": "sell"},
            {"Intel": "ORG", "Altera": "GPE", "Silver Lake": "GPE"},
            (("Silver Lake", "invests", "Altera"),),
        ),
        # a currency's sign run into its number
        (
            "Nexlon Photonics has raised NT$2.1 billion from MediaTek and Quanta Computer.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 CD:compound>6 CD:dobj>4 IN:prep>4 "
            "NNP:pobj>7 CC:cc>8 NNP:compound>11 NNP:conj>8 .:punct>4",
            {"has": "have", "raised": "raise"},
            {"Nexlon Photonics": "ORG", "MediaTek": "ORG", "Quanta Computer": "ORG"},
            (
                ("MediaTek", "invests", "Nexlon Photonics"),
                ("Quanta Computer", "invests", "Nexlon Photonics"),
            ),
        ),
        # a name after "to" the parser read as a verb
        (
            "The European Investment Bank will lend \u20ac200 million to Soitec for a new line.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>6 MD:aux>6 VB:ROOT>0 $:quantmod>9 "
            "CD:compound>9 CD:dobj>6 TO:aux>11 VB:advcl>6 IN:prep>11 DT:det>15 JJ:amod>15 "
            "NN:pobj>12 .:punct>6",
            {},
            {"The European Investment Bank": "ORG"},
            (("European Investment Bank", "invests", "Soitec"),),
        ),
        # those who co-lead a round ("co-led", which the lemmatizer cuts short) and those who take
        # part in it invest
        (
            "Quantix raised $62 million in a Series B round co-led by Sequoia and Accel, with "
            "Temasek also taking part.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>10 "
            "NNP:compound>9 NNP:compound>10 NN:pobj>6 VBN:acl>10 IN:agent>11 NNP:pobj>12 CC:cc>13 "
            "NNP:conj>13 ,:punct>2 IN:prep>2 NNP:nsubj>20 RB:advmod>20 VBG:pcomp>17 NN:dobj>20 "
            ".:punct>2",
            {"raised": "raise", "co-led": "co-le", "taking": "take"},
            {"Sequoia": "PERSON"},
            (
                ("Sequoia Capital", "invests", "Quantix"),
                ("Accel", "invests", "Quantix"),
                ("Temasek", "invests", "Quantix"),
            ),
        ),
        # "with A and B also investing"; the leader of a round a name no dictionary holds
        (
            "Lagos-based Kuda has raised $30 million in a round led by Norfund, with Temasek and "
            "Partech also investing.",
            "NNP:npadvmod>3 HYPH:punct>3 VBN:amod>4 NNP:nsubj>6 VBZ:aux>6 VBN:ROOT>0 $:quantmod>9 "
            "CD:compound>9 CD:dobj>6 IN:prep>6 DT:det>12 NN:pobj>10 VBN:acl>12 IN:agent>13 "
            "NNP:pobj>14 ,:punct>6 IN:prep>6 NNP:nsubj>22 CC:cc>18 NNP:conj>18 RB:advmod>22 "
            "VBG:pcomp>17 .:punct>6",
            {
                "based": "base",
                "has": "have",
                "raised": "raise",
                "led": "lead",
                "investing": "invest",
            },
            {"Lagos": "GPE", "Kuda": "ORG", "Temasek": "GPE", "Partech": "PERSON"},
            (
                ("Norfund", "invests", "Kuda"),
                ("Temasek", "invests", "Kuda"),
                ("Partech", "invests", "Kuda"),
            ),
        ),
        # "Rare Earths" ends a firm's name, whatever the recogniser read
        (
            "Australia will lend A$400 million to Arunta Rare Earths to build a refinery.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 IN:dative>3 "
            "NNP:compound>10 NNP:compound>10 NNPS:pobj>7 TO:aux>12 VB:advcl>3 DT:det>14 "
            "NN:dobj>12 .:punct>3",
            {},
            {"Australia": "GPE", "A$400 million": "MONEY", "Arunta Rare Earths": "PERSON"},
            (("Australia", "invests", "Arunta Rare Earths"),),
        ),
        # a firm's shareholder invests in it: "its" in the apposition is the firm the text
        # is about; "counts X as a shareholder"
        (
            "Orsted said it had received no bid from Equinor, its 10% shareholder.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP:nsubj>5 VBD:aux>5 VBN:ccomp>2 DT:det>7 NN:dobj>5 "
            "IN:prep>7 NNP:pobj>8 ,:punct>9 PRP$:poss>14 CD:nummod>13 NN:compound>14 NN:appos>9 "
            ".:punct>2",
            {"said": "say", "had": "have", "received": "receive"},
            {"Equinor": "ORG", "10%": "PERCENT"},
            [("Equinor", "invests", "Orsted")],
        ),
        (
            "Lumera counts Japan's Panasonic Energy as a minority shareholder.",
            "NNP:nsubj>2 VBZ:ROOT>0 NNP:poss>6 POS:case>3 NNP:compound>6 NNP:dobj>2 IN:prep>2 "
            "DT:det>10 NN:compound>10 NN:pobj>7 .:punct>2",
            {"counts": "count"},
            {"Lumera": "ORG", "Japan": "GPE", "Panasonic Energy": "ORG"},
            [("Panasonic Energy", "invests", "Lumera")],
        ),
        # money in the currencies of other countries
        (
            "Novo Nordisk said it would spend 12 billion crowns on a new plant in Odense.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP:nsubj>6 MD:aux>6 VB:ccomp>3 CD:compound>8 "
            "CD:nummod>9 NNS:dobj>6 IN:prep>6 DT:det>13 JJ:amod>13 NN:pobj>10 IN:prep>13 "
            "NNP:pobj>14 .:punct>3",
            {"said": "say", "crowns": "crown"},
            {"Novo Nordisk": "PERSON", "12 billion": "CARDINAL", "Odense": "GPE"},
            [("Novo Nordisk", "invests", "Odense")],
        ),
        # who builds a facility with money invests in its place (hung on the verb); a
        # giver "with" whom the building goes invests in the builder
        (
            "Vestas will build a €1 billion blade factory in Szczecin, with Poland contributing "
            "about €200 million.",
            "NNS:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>9 $:quantmod>7 CD:compound>7 CD:nummod>9 "
            "NN:compound>9 NN:dobj>3 IN:prep>3 NNP:pobj>10 ,:punct>3 IN:prep>3 NNP:nsubj>15 "
            "VBG:pcomp>13 RB:quantmod>19 $:quantmod>19 CD:compound>19 CD:dobj>15 .:punct>3",
            {"Vestas": "vesta", "contributing": "contribute"},
            {"Vestas": "ORG", "Szczecin": "GPE", "Poland": "GPE"},
            (("Vestas", "invests", "Szczecin"), ("Poland", "invests", "Vestas")),
        ),
        # the members of a group that holds a firm invest in it: its leader hyphened
        # before it, those it includes
        (
            "Veltrix is controlled by a KKR-led consortium that includes Temasek.",
            "NNP:nsubjpass>3 VBZ:auxpass>3 VBN:ROOT>0 IN:agent>3 DT:det>9 NNP:npadvmod>8 "
            "HYPH:punct>8 VBN:amod>9 NN:pobj>4 WDT:nsubj>11 VBZ:relcl>9 NNP:dobj>11 .:punct>3",
            {"is": "be", "controlled": "control", "led": "lead", "includes": "include"},
            {"Veltrix": "ORG", "KKR": "ORG", "Temasek": "ORG"},
            (("KKR", "invests", "Veltrix"), ("Temasek", "invests", "Veltrix")),
        ),
        (
            "Veltrix, owned by a group of investors including Temasek and GIC, plans to list.",
            "NNP:nsubj>14 ,:punct>1 VBN:acl>1 IN:agent>3 DT:det>6 NN:pobj>4 IN:prep>6 NNS:pobj>7 "
            "VBG:prep>8 NNP:pobj>9 CC:cc>10 NNP:conj>10 ,:punct>1 VBZ:ROOT>0 TO:aux>16 "
            "VB:xcomp>14 .:punct>14",
            {"owned": "own", "investors": "investor", "including": "include", "plans": "plan"},
            {"Veltrix": "ORG", "Temasek": "ORG", "GIC": "ORG"},
            (("Temasek", "invests", "Veltrix"), ("GIC", "invests", "Veltrix")),
        ),
        # a group acts as its leader
        (
            "Northvolt secured $5 billion in financing from a group of banks led by the European "
            "Investment Bank.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>5 NN:pobj>6 "
            "IN:prep>2 DT:det>10 NN:pobj>8 IN:prep>10 NNS:pobj>11 VBN:acl>10 IN:agent>13 "
            "DT:det>18 NNP:compound>18 NNP:compound>18 NNP:pobj>14 .:punct>2",
            {"secured": "secure", "banks": "bank", "led": "lead"},
            {"Northvolt": "ORG", "the European Investment Bank": "ORG"},
            (("European Investment Bank", "invests", "Northvolt"),),
        ),
        # taking part in a firm's round, and a round the tagger read as an adverb
        (
            "Mubadala took part in Anthropic's latest funding round.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 NNP:poss>9 POS:case>5 JJS:amod>9 "
            "NN:compound>9 RB:pobj>4 .:punct>2",
            {"took": "take", "latest": "late"},
            {"Mubadala": "PERSON", "Anthropic": "GPE"},
            (("Mubadala", "invests", "Anthropic"),),
        ),
        (
            "Nvidia joined xAI's latest funding round.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>7 POS:case>3 JJS:amod>7 NN:compound>7 RB:dobj>2 "
            ".:punct>2",
            {"joined": "join", "latest": "late"},
            {"Nvidia": "GPE", "xAI": "GPE"},
            (("Nvidia", "invests", "xAI"),),
        ),
        # a round of funding names no product: what is invested in is the firm
        (
            "Nvidia invested in xAI's Series C.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 NNP:poss>7 POS:case>4 NNP:compound>7 NNP:pobj>3",
            {"invested": "invest"},
            {"Nvidia": "ORG", "xAI's Series C.": "EVENT"},
            (("Nvidia", "invests", "xAI"),),
        ),
        # money "up to" read as a particle and a preposition
        (
            "Japan will provide up to 920 billion yen to Rapidus.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 IN:prt>3 IN:prep>3 CD:compound>7 CD:nummod>8 "
            "NNS:pobj>5 IN:prep>3 NNP:pobj>9 .:punct>3",
            {},
            {"Japan": "GPE", "920 billion yen": "MONEY", "Rapidus": "ORG"},
            [("Japan", "invests", "Rapidus")],
        ),
        # a passive award's giver after "from"
        (
            "Wolfspeed was awarded $750 million in grants from the Commerce Department.",
            "NNP:nsubjpass>3 VBD:auxpass>3 VBN:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 "
            "IN:prep>6 NNS:pobj>7 IN:prep>8 DT:det>12 NNP:compound>12 NNP:pobj>9 .:punct>3",
            {"was": "be", "awarded": "award", "grants": "grant"},
            {"$750 million": "MONEY", "the Commerce Department": "ORG"},
            [("US Commerce Department", "invests", "Wolfspeed")],
        ),
        # funds paid to a firm (not fines)
        (
            "France will pay 2 billion euros in subsidies to STMicroelectronics.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 CD:compound>5 CD:nummod>6 NNS:dobj>3 IN:prep>6 "
            "NNS:pobj>7 IN:prep>8 NNS:pobj>9 .:punct>3",
            {"euros": "euro", "subsidies": "subsidy", "STMicroelectronics": "stmicroelectronic"},
            {"France": "GPE", "2 billion": "CARDINAL", "STMicroelectronics": "ORG"},
            [("France", "invests", "STMicroelectronics")],
        ),
        # the investors a round includes
        (
            "Sakana AI raised $100 million in a round that included Nvidia and Fujitsu.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 IN:prep>3 "
            "DT:det>9 NN:pobj>7 WDT:nsubj>11 VBD:relcl>9 NNP:dobj>11 CC:cc>12 NNP:conj>12 "
            ".:punct>3",
            {"raised": "raise", "included": "include"},
            {"Sakana AI": "PERSON", "$100 million": "MONEY", "Nvidia": "GPE", "Fujitsu": "ORG"},
            [("Nvidia", "invests", "Sakana AI"), ("Fujitsu", "invests", "Sakana AI")],
        ),
        # the members of a named joint venture invest in it
        (
            "Silvertal, a joint venture between Bosch and Rohm, will make transistors.",
            "NNP:nsubj>12 ,:punct>1 DT:det>5 JJ:amod>5 NN:appos>1 IN:prep>5 NNP:pobj>6 CC:cc>7 "
            "NNP:conj>7 ,:punct>1 MD:aux>12 VB:ROOT>0 NNS:dobj>12 .:punct>12",
            {"transistors": "transistor"},
            {"Silvertal": "ORG", "Bosch and Rohm": "ORG"},
            [("Bosch", "invests", "Silvertal"), ("Rohm", "invests", "Silvertal")],
        ),
        (
            "Ultium Cells is a joint venture of General Motors and LG Energy Solution.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 DT:det>6 JJ:amod>6 NN:attr>3 IN:prep>6 "
            "NNP:compound>9 NNPS:pobj>7 CC:cc>9 NNP:compound>13 NNP:compound>13 NNP:conj>9 "
            ".:punct>3",
            {"is": "be"},
            {"Ultium Cells": "ORG", "General Motors": "ORG", "LG Energy Solution": "ORG"},
            [
                ("General Motors", "invests", "Ultium Cells"),
                ("LG Energy Solution", "invests", "Ultium Cells"),
            ],
        ),
        # a part owned is a stake, not the whole
        (
            "OneWeb, part-owned by Bharti Airtel, holds a licence.",
            "NNP:nsubj>10 ,:punct>1 NN:npadvmod>5 HYPH:punct>5 VBN:acl>1 IN:agent>5 "
            "NNP:compound>8 NNP:pobj>6 ,:punct>1 VBZ:ROOT>0 DT:det>12 NN:dobj>10 .:punct>10",
            {"owned": "own", "holds": "hold"},
            {"Bharti Airtel": "ORG"},
            [("Bharti Airtel", "invests", "OneWeb")],
        ),
        # the place named before an island's noun, where the plant is
        (
            "Oppo will invest $200 million in a plant on Batam island.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 $:quantmod>6 CD:compound>6 CD:dobj>3 IN:prep>3 "
            "DT:det>9 NN:pobj>7 IN:prep>9 NNP:compound>12 NN:pobj>10 .:punct>3",
            {},
            {"$200 million": "MONEY", "Batam": "PRODUCT"},
            [("Oppo", "invests", "Batam")],
        ),
        # investors of no one named are the last raiser's
        (
            "Anduril raised $2.5 billion. Backers include Founders Fund and Sands Capital.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 .:punct>2 NNS:nsubj>8 "
            "VBP:ROOT>0 NNP:compound>10 NNP:dobj>8 CC:cc>10 NNP:compound>13 NNP:conj>10 .:punct>8",
            {"raised": "raise", "Backers": "backer"},
            {"$2.5 billion": "MONEY", "Founders Fund": "ORG", "Sands Capital": "ORG"},
            (
                ("Founders Fund", "invests", "Anduril Industries"),
                ("Sands Capital", "invests", "Anduril Industries"),
            ),
        ),
        # ... and so is the funding that came from them
        (
            "Quantinuum raised $300 million. The funding came from Honeywell and JPMorgan.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 .:punct>2 DT:det>8 "
            "NN:nsubj>9 VBD:ROOT>0 IN:prep>9 NNP:pobj>10 CC:cc>11 NNP:conj>11 .:punct>9",
            {"raised": "raise", "came": "come"},
            {"Quantinuum": "GPE", "$300 million": "MONEY", "Honeywell": "ORG", "JPMorgan": "ORG"},
            (("Honeywell", "invests", "Quantinuum"), ("JPMorgan Chase", "invests", "Quantinuum")),
        ),
        # shares bought are a stake in the firm they are of, no goods it supplies
        (
            "Aramco agreed to buy $3 billion of Rivian stock.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 $:quantmod>7 CD:compound>7 CD:dobj>4 "
            "IN:prep>7 NNP:amod>10 NN:pobj>8 .:punct>2",
            {"agreed": "agree"},
            {"$3 billion": "MONEY", "Rivian": "NORP"},
            (("Saudi Aramco", "invests", "Rivian"),),
        ),
        # each of several owners holds a share of what they own
        (
            "Automotive Cells Company is owned by Stellantis and Mercedes-Benz.",
            "NNP:compound>2 NNPS:compound>3 NNP:nsubjpass>5 VBZ:auxpass>5 VBN:ROOT>0 IN:agent>5 "
            "NNP:pobj>6 CC:cc>7 NNP:compound>11 HYPH:punct>11 NNP:conj>7 .:punct>5",
            {"is": "be", "owned": "own"},
            {"Automotive Cells Company": "ORG", "Stellantis": "ORG", "Mercedes-Benz": "ORG"},
            (
                ("Stellantis", "invests", "Automotive Cells Company"),
                ("Mercedes-Benz", "invests", "Automotive Cells Company"),
            ),
        ),
        # who also takes part in a round the text just named invests in its firm
        (
            "Sequoia led a $300 million round in Figure Robotics; Nvidia and Intel Capital also "
            "took part.",
            "NNP:nsubj>2 VBD:ccomp>17 DT:det>7 $:quantmod>6 CD:compound>6 CD:nummod>7 NN:dobj>2 "
            "IN:prep>7 NNP:compound>10 NNPS:pobj>8 ::punct>17 NNP:nsubj>17 CC:cc>12 "
            "NNP:compound>15 NNP:conj>12 RB:advmod>17 VBD:ROOT>0 NN:dobj>17 .:punct>17",
            {"led": "lead", "took": "take"},
            {"$300 million": "MONEY", "Nvidia": "GPE", "Intel Capital": "ORG"},
            (
                ("Nvidia", "invests", "Figure Robotics"),
                ("Intel Capital", "invests", "Figure Robotics"),
            ),
        ),
        # who leads the money a firm raises invests in it ("led by" on the amount)
        (
            "Kelvra raises $60 million led by Sequoia Capital",
            "NNP:nsubj>2 VBZ:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 VBN:acl>5 IN:agent>6 "
            "NNP:compound>9 NNP:pobj>7",
            {"raises": "raise", "led": "lead"},
            {"$60 million": "MONEY", "Sequoia Capital": "ORG"},
            (("Sequoia Capital", "invests", "Kelvra"),),
        ),
        # who funds a firm's facility invests in the firm, also where the parser lost the
        # facility's noun
        (
            "Italy is subsidising Silvara's Catania fab with 2 billion euros.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NNP:poss>7 POS:case>4 NNP:compound>7 NN:dobj>3 "
            "IN:prep>3 CD:compound>10 CD:nummod>11 NNS:pobj>8 .:punct>3",
            {"is": "be", "subsidising": "subsidise", "euros": "euro"},
            {"Italy": "GPE", "Silvara": "ORG", "Catania": "GPE"},
            (("Italy", "invests", "Silvara"),),
        ),
        (
            "Italy is subsidising Silvara's Catania fab with 2 billion euros.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NNP:poss>6 POS:case>4 NNP:dobj>3 VBP:ccomp>3 "
            "IN:prep>7 CD:compound>10 CD:nummod>11 NNS:pobj>8 .:punct>3",
            {"is": "be", "subsidising": "subsidise", "euros": "euro"},
            {"Italy": "GPE", "Silvara": "ORG", "Catania": "GPE"},
            (("Italy", "invests", "Silvara"),),
        ),
    ],
)
def test_money_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (*ARDEN_MOTORS_PAID_400, (("Arden Motors", "acquires", "Pellucid Auto"),)),
        # a government approving a plant that costs money gives none
        (
            "Mexico approved Orvex's $2 billion assembly plant in Monterrey.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>9 POS:case>3 $:quantmod>7 CD:compound>7 "
            "CD:nummod>9 NN:compound>9 NN:dobj>2 IN:prep>9 NNP:pobj>10 .:punct>2",
            {"approved": "approve"},
            {"Mexico": "GPE", "Orvex": "ORG", "Monterrey": "GPE"},
            (("Mexico", "invests", "Monterrey"),),
        ),
        # a share owned is no part of the owner
        (*TALVIK_WHICH_IS_30, (("Talvik", "part_of", "Orsan Holdings"),)),
        # the goods a facility works are not what is invested in
        (
            "Eramet agreed to invest in a nickel smelter on Sulawesi.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 IN:prep>4 DT:det>8 NN:compound>8 "
            "NN:pobj>5 IN:prep>8 NNP:pobj>9 .:punct>2",
            {"agreed": "agree"},
            {"Sulawesi": "GPE"},
            (("Eramet", "invests", "nickel"),),
        ),
        (*XIAOMI_HAS_SOLD_1, (("Xiaomi", "supplies", "Temasek"),)),
        # "its" is none of the investors counted
        (
            "The startup counts Samsung and Intel Capital among its investors.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNP:nmod>7 CC:cc>4 NNP:conj>4 NNP:dobj>3 IN:prep>3 "
            "PRP$:poss>10 NNS:pobj>8 .:punct>3",
            {"counts": "count", "investors": "investor"},
            {"Samsung": "ORG", "Intel Capital": "ORG"},
            (("Samsung Electronics", "invests", "Intel Capital"),),
        ),
        # taking part in a round is no partnership
        (
            "Accel led a $40 million round in Kovai Robotics, with existing backers Elevation "
            "Capital and Lightspeed also participating.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>7 $:quantmod>6 CD:compound>6 CD:nummod>7 NN:dobj>2 "
            "IN:prep>7 NNP:compound>10 NNP:pobj>8 ,:punct>2 IN:prep>2 VBG:amod>14 NNS:nsubj>20 "
            "NNP:compound>16 NNP:nsubj>20 CC:cc>16 NNP:conj>16 RB:advmod>20 VBG:pcomp>12 "
            ".:punct>2",
            {
                "led": "lead",
                "existing": "exist",
                "backers": "backer",
                "participating": "participate",
            },
            {
                "Accel": "ORG",
                "Kovai Robotics": "ORG",
                "Elevation Capital": "ORG",
                "Lightspeed": "ORG",
            },
            (("Accel", "partners", "Lightspeed"),),
        ),
        # a "from" inside a relative clause on the money names no giver
        (
            "TSMC received $6.6 billion, most of which will pay for tools from ASML.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 ,:punct>5 JJS:nsubj>11 "
            "IN:prep>7 WDT:pobj>8 MD:aux>11 VB:relcl>5 IN:prep>11 NNS:pobj>12 IN:prep>11 "
            "NNP:pobj>14 .:punct>2",
            {"received": "receive", "tools": "tool"},
            {"TSMC": "ORG", "ASML": "ORG"},
            (("ASML", "invests", "TSMC"),),
        ),
        # a stake being sold is no stake the clause's subject takes
        (
            "The Dutch government has blocked the sale of a majority stake in Ampleon to Wise Road "
            "Capital.",
            "DT:det>3 JJ:amod>3 NN:nsubj>5 VBZ:aux>5 VBN:ROOT>0 DT:det>7 NN:dobj>5 IN:prep>7 "
            "DT:det>11 NN:compound>11 NN:pobj>8 IN:prep>11 NNP:pobj>12 IN:prep>7 NNP:compound>17 "
            "NNP:compound>17 NNP:pobj>14 .:punct>5",
            {"has": "have", "blocked": "block"},
            {"Ampleon": "ORG"},
            (("Netherlands", "invests", "Ampleon"),),
        ),
        # one set beside "the rest" of a holding holds it; it is not held
        (
            "Tianqi holds 51% of the venture and IGO the rest.",
            "NNP:nsubj>2 VBZ:ROOT>0 CD:nummod>4 NN:dobj>2 IN:prep>4 DT:det>7 NN:pobj>5 CC:cc>7 "
            "NNP:conj>7 DT:det>11 NN:appos>9 .:punct>2",
            {"holds": "hold"},
            {"Tianqi": "ORG", "IGO": "ORG"},
            (("Tianqi Lithium", "invests", "IGO"),),
        ),
        # a stake is not held in the place that modifies a firm's noun
        (*KDDI_SAID_THE_SITE, (("KDDI", "invests", "Tokyo"),)),
        # a subsidy secured restricts nothing
        (
            "Intel secured an EU subsidy of 10 billion euros for its Magdeburg plant.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NN:dobj>2 IN:prep>5 CD:compound>8 "
            "CD:nummod>9 NNS:pobj>6 IN:prep>9 PRP$:poss>13 NNP:compound>13 NN:pobj>10 .:punct>2",
            {"secured": "secure", "euros": "euro"},
            {"Intel": "ORG", "EU": "ORG", "Magdeburg": "GPE"},
            (("subsidy", "restricts", "Intel"), ("European Union", "restricts", "Intel")),
        ),
        # who give money do not get it
        (
            "Kioxia and Sandisk, which jointly operate fabs in Japan, said they would invest "
            "\u00a51 trillion in a new plant in Kitakami.",
            "NNP:nsubj>12 CC:cc>1 NNP:conj>1 ,:punct>1 WDT:nsubj>7 RB:advmod>7 VBP:relcl>1 "
            "NNS:dobj>7 IN:prep>7 NNP:pobj>9 ,:punct>1 VBD:ROOT>0 PRP:nsubj>15 MD:aux>15 "
            "VB:ccomp>12 $:quantmod>18 CD:compound>18 CD:dobj>15 IN:prep>15 DT:det>22 JJ:amod>22 "
            "NN:pobj>19 IN:prep>22 NNP:pobj>23 .:punct>12",
            {"fabs": "fab", "said": "say"},
            {"Kioxia": "PERSON", "Sandisk": "ORG", "Japan": "GPE", "Kitakami": "GPE"},
            (("Sandisk", "invests", "Kioxia"),),
        ),
        # "Chinese-owned" says whose investors, not what it is part of
        (
            "The Dutch government has taken control of Nexperia, the Chinese-owned chipmaker.",
            "DT:det>3 JJ:amod>3 NN:nsubj>5 VBZ:aux>5 VBN:ROOT>0 NN:dobj>5 IN:prep>6 NNP:pobj>7 "
            ",:punct>8 DT:det>14 NNP:npadvmod>13 HYPH:punct>13 VBN:amod>14 NN:appos>8 .:punct>5",
            {"has": "have", "taken": "take", "owned": "own"},
            {"Nexperia": "GPE"},
            (("Nexperia", "part_of", "China"),),
        ),
        # "its" after a firm told to act is that firm's, not the teller's
        (
            "Canada ordered a Hong Kong fund to sell its stake in Power Metals.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 NNP:compound>5 NNP:compound>6 NN:dobj>2 TO:aux>8 "
            "VB:xcomp>2 PRP$:poss>10 NN:dobj>8 IN:prep>10 NNP:compound>13 NNPS:pobj>11 .:punct>2",
            {"ordered": "order"},
            {"Canada": "GPE", "Hong Kong": "GPE", "Power Metals": "ORG"},
            (("Canada", "invests", "Power Metals"),),
        ),
        # a firm's owner is its parent, and a former shareholder holds nothing now
        (
            "SoftBank, the owner of Arm, raised funds.",
            "NNP:nsubj>8 ,:punct>1 DT:det>4 NN:appos>1 IN:prep>4 NNP:pobj>5 ,:punct>1 VBD:ROOT>0 "
            "NNS:dobj>8 .:punct>8",
            {"raised": "raise", "funds": "fund"},
            {"SoftBank": "ORG"},
            [("SoftBank Group", "invests", "Arm")],
        ),
        (
            "Sony, a former shareholder of Lumera, sold its shares.",
            "NNP:nsubj>9 ,:punct>1 DT:det>5 JJ:amod>5 NN:appos>1 IN:prep>5 NNP:pobj>6 ,:punct>1 "
            "VBD:ROOT>0 PRP$:poss>11 NNS:dobj>9 .:punct>9",
            {"sold": "sell", "shares": "share"},
            {"Sony": "ORG", "Lumera": "ORG"},
            [("Sony Group", "invests", "Lumera")],
        ),
        # a group that buys a firm's business invests in no seller
        (
            "Bayer's animal health business was bought by a consortium that includes Elanco and "
            "KKR.",
            "NNP:poss>5 POS:case>1 NN:compound>4 NN:compound>5 NN:nsubjpass>7 VBD:auxpass>7 "
            "VBN:ROOT>0 IN:agent>7 DT:det>10 NN:pobj>8 WDT:nsubj>12 VBZ:relcl>10 NNP:dobj>12 "
            "CC:cc>13 NNP:conj>13 .:punct>7",
            {"was": "be", "bought": "buy", "includes": "include"},
            {"Bayer": "ORG", "Elanco": "PERSON", "KKR": "ORG"},
            (("Elanco", "invests", "Bayer"), ("KKR", "invests", "Bayer")),
        ),
        # giving "with" which no building goes, to recipients of its own
        (
            "Stellantis will shut its Belvidere plant, with the UAW providing $5 million in "
            "support to workers.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 PRP$:poss>6 NNP:compound>6 NN:dobj>3 ,:punct>3 "
            "IN:prep>3 DT:det>10 NNP:nsubj>11 VBG:pcomp>8 $:quantmod>14 CD:compound>14 CD:dobj>11 "
            "IN:prep>14 NN:pobj>15 IN:prep>16 NNS:pobj>17 .:punct>3",
            {"providing": "provide", "workers": "worker"},
            {"Stellantis": "ORG", "Belvidere": "PRODUCT", "UAW": "ORG"},
            (("UAW", "invests", "Stellantis"),),
        ),
        # a round of talks is no round of funding
        (
            "Embraer took part in Boeing's round of supplier talks.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 NNP:poss>7 POS:case>5 NN:pobj>4 IN:prep>7 "
            "NN:compound>10 NNS:pobj>8 .:punct>2",
            {"took": "take", "talks": "talk"},
            {"Embraer": "PERSON", "Boeing": "ORG"},
            (("Embraer", "invests", "Boeing"),),
        ),
        # (loans paid back invest in nothing; nor do customers a round included)
        (
            "Northvolt will pay back 1 billion euros in loans to Volkswagen.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 RB:advmod>3 CD:compound>6 CD:nummod>7 NNS:dobj>3 "
            "IN:prep>7 NNS:pobj>8 IN:prep>9 NNP:pobj>10 .:punct>3",
            {"euros": "euro", "loans": "loan"},
            {"Northvolt": "GPE", "1 billion": "CARDINAL", "Volkswagen": "ORG"},
            (("Northvolt", "invests", "Volkswagen"),),
        ),
        (
            "The Series C round of M-Kopa included customers like Safaricom.",
            "DT:det>4 NNP:compound>3 NNP:compound>4 NN:nsubj>9 IN:prep>4 NNP:compound>8 "
            "HYPH:punct>8 NNP:pobj>5 VBD:ROOT>0 NNS:dobj>9 IN:prep>10 NNP:pobj>11 .:punct>9",
            {"included": "include", "customers": "customer"},
            {"M-Kopa": "ORG", "Safaricom": "ORG"},
            (("Safaricom", "invests", "M-Kopa"),),
        ),
        # a stake sold is no investment
        (
            "Panasonic sold its stake in Tesla.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 .:punct>2",
            {"sold": "sell"},
            {"Panasonic": "ORG", "Tesla": "ORG"},
            (("Panasonic", "invests", "Tesla"),),
        ),
        # what two firms invest in together is neither of them
        (
            "Airbus and Safran will each invest $100 million in the venture.",
            "NNP:nsubj>6 CC:cc>1 NNP:conj>1 MD:aux>6 DT:advmod>6 VB:ROOT>0 $:quantmod>9 "
            "CD:compound>9 CD:dobj>6 IN:prep>6 DT:det>12 NN:pobj>10 .:punct>6",
            {},
            {"Airbus": "ORG", "Safran": "GPE", "$100 million": "MONEY"},
            (("Airbus", "invests", "Safran"),),
        ),
        # (shares bought are no goods)
        (
            "Aramco agreed to buy $3 billion of Rivian stock.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 $:quantmod>7 CD:compound>7 CD:dobj>4 "
            "IN:prep>7 NNP:amod>10 NN:pobj>8 .:punct>2",
            {"agreed": "agree"},
            {"$3 billion": "MONEY", "Rivian": "NORP"},
            (("Rivian", "supplies", "Saudi Aramco"),),
        ),
        # (what several own is a part of none of them)
        (
            "Automotive Cells Company is owned by Stellantis and Mercedes-Benz.",
            "NNP:compound>2 NNPS:compound>3 NNP:nsubjpass>5 VBZ:auxpass>5 VBN:ROOT>0 IN:agent>5 "
            "NNP:pobj>6 CC:cc>7 NNP:compound>11 HYPH:punct>11 NNP:conj>7 .:punct>5",
            {"is": "be", "owned": "own"},
            {"Automotive Cells Company": "ORG", "Stellantis": "ORG", "Mercedes-Benz": "ORG"},
            (
                ("Automotive Cells Company", "part_of", "Stellantis"),
                ("Automotive Cells Company", "part_of", "Mercedes-Benz"),
            ),
        ),
    ],
)
def test_money_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


# statements taken back: the edge is read, and negated
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Orla Bio did not join the funding round of Zentra Labs.",
            "NNP:compound>2 NNP:nsubj>5 VBD:aux>5 RB:neg>5 VB:ROOT>0 DT:det>8 NN:compound>8 "
            "NN:dobj>5 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>5",
            {"did": "do"},
            {"Orla Bio": "PERSON", "Zentra Labs": "PERSON"},
            (("Orla Bio", "invests", "Zentra Labs"),),
        ),
    ],
)
def test_money_takes_back(read, text, annotation, lemmas, ents, expected):
    cases.takes_back(read, text, annotation, lemmas, ents, expected)
