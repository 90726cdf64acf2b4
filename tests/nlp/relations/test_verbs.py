"""Verb triggers: subject -> object, passive agents, prepositional objects and themes, on
sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


#: Sentences parsed by hand that more than one case reads.
GEELY_BUILDS_R1_INTO = (
    "Geely is building DeepSeek's R1 model into its cockpit software.",
    "RB:advmod>3 VBZ:aux>3 VBG:ROOT>0 NNP:poss>7 POS:case>4 NNP:compound>7 NN:dobj>3 "
    "IN:prep>3 PRP$:poss>11 NN:compound>11 NN:pobj>8 .:punct>3",
    {"is": "be", "building": "build"},
    {"DeepSeek": "PRODUCT"},
)
MARITIME_RULE = (
    "The Maritime Commission issued a rule that bans Chinese-built cranes from US ports.",
    "DT:det>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 DT:det>6 NN:dobj>4 WDT:nsubj>8 "
    "VBZ:relcl>6 NNP:npadvmod>11 HYPH:punct>11 VBN:amod>12 NNS:dobj>8 IN:prep>12 "
    "NNP:compound>15 NNS:pobj>13 .:punct>4",
    {"issued": "issue", "bans": "ban", "built": "build", "cranes": "crane", "ports": "port"},
    {"The Maritime Commission": "ORG", "Chinese": "NORP", "US": "GPE"},
)
NEXA_FOUNDRY_IS_EXPECTED = (
    "Nexa Foundry is expected to build the K7 on its 3nm process.",
    "NNP:compound>2 NNP:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 TO:aux>6 VB:xcomp>4 "
    "DT:det>8 NNP:dobj>6 IN:prep>6 PRP$:poss>13 CD:nummod>12 NN:compound>13 NN:pobj>9 "
    ".:punct>4",
    {"is": "be", "expected": "expect"},
    {"Nexa Foundry": "ORG"},
)

ORVEX_S_KESTREL_CHIP = (
    "Orvex's Kestrel chip now powers its K5 sedan, replacing Nvidia's Orin, and will also "
    "go into the company's Atlas robot.",
    "NNP:poss>4 POS:case>1 NNP:compound>4 NN:nsubj>6 RB:advmod>6 VBZ:ROOT>0 PRP$:poss>9 "
    "NNP:compound>9 NN:dobj>6 ,:punct>6 VBG:advcl>6 NNP:poss>14 POS:case>12 "
    "NNP:dobj>11 ,:punct>6 CC:cc>6 MD:aux>19 RB:advmod>19 VB:conj>6 IN:prep>19 "
    "DT:det>22 NN:poss>25 POS:case>22 NNP:compound>25 NN:pobj>20 .:punct>6",
    {"powers": "power", "replacing": "replace"},
    {
        "Orvex": "ORG",
        "Kestrel": "PRODUCT",
        "K5": "PRODUCT",
        "Nvidia": "ORG",
        "Atlas": "PRODUCT",
    },
)

QUANTA_BUILDS_GOOGLE_S = (
    "Quanta builds Google's TPU servers in Tennessee.",
    "NNP:nsubj>2 VBZ:ROOT>0 NNP:poss>6 POS:case>3 NNP:compound>6 NNS:dobj>2 IN:prep>6 "
    "NNP:pobj>7 .:punct>2",
    {"builds": "build", "servers": "server"},
    {"Quanta": "GPE", "Google": "ORG", "TPU": "ORG", "Tennessee": "GPE"},
)

THE_INDONESIAN_GOVERNMENT_HAS = (
    "The Indonesian government has ordered a tax probe into Xiaomi and Oppo.",
    "DT:det>3 JJ:amod>3 NN:nsubj>5 VBZ:aux>5 VBN:ROOT>0 DT:det>8 NN:compound>8 NN:dobj>5 "
    "IN:prep>8 NNP:pobj>9 CC:cc>10 NNP:conj>10 .:punct>5",
    {"has": "have", "ordered": "order"},
    {"Xiaomi": "GPE", "Oppo": "GPE"},
)

RIVALS_INCLUDE_MINIMAX_AND = (
    "Rivals include MiniMax and StepFun's Step-2.",
    "NNS:nsubj>2 VBP:ROOT>0 NNP:poss>7 CC:cc>3 NNP:conj>3 POS:case>5 CD:dobj>2 .:punct>2",
    {"Rivals": "rival"},
    {"MiniMax": "ORG", "StepFun": "ORG", "Step-2": "PRODUCT"},
)

ITALY_BLOCKED_THE_TAKEOVER = (
    "Italy blocked the takeover of Alpi Aviation by Tencent.",
    "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
    "IN:prep>2 NNP:pobj>8 .:punct>2",
    {"blocked": "block"},
    {"Italy": "GPE", "Alpi Aviation": "ORG", "Tencent": "ORG"},
)


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # active verb, subject -> object
        (
            "Samsung Electronics unveiled the Exynos 2600 in Seoul.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>5 NNP:dobj>3 CD:nummod>5 IN:prep>5 "
            "NNP:pobj>7 .:punct>3",
            {"unveiled": "unveil"},
            ("Samsung Electronics", "develops", "Exynos 2600"),
        ),
        # passive with agent: the agent is the source
        (
            "The Kirin 9010 was fabricated by SMIC.",
            "DT:det>3 NNP:compound>3 CD:nsubjpass>5 VBD:auxpass>5 VBN:ROOT>0 IN:agent>5 NNP:pobj>6 "
            ".:punct>5",
            {"was": "be", "fabricated": "fabricate"},
            ("SMIC", "manufactures", "Kirin 9010"),
        ),
        # passive participle modifying a noun
        (
            "Huawei ships the Kirin 9020, a processor designed by HiSilicon.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>4 ,:punct>4 DT:det>8 NN:appos>4 "
            "VBN:acl>8 IN:agent>9 NNP:pobj>10 .:punct>2",
            {"ships": "ship", "designed": "design"},
            ("HiSilicon", "develops", "Kirin 9020"),
        ),
        # founded by: passive leads
        (
            "Moonshot AI was founded by Yang Zhilin.",
            "NNP:compound>2 NNP:nsubjpass>4 VBD:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:compound>7 "
            "NNP:pobj>5 .:punct>4",
            {"was": "be", "founded": "found"},
            ("Yang Zhilin", "leads", "Moonshot AI"),
        ),
        # acquisition verb
        (
            "AMD acquired ZT Systems for US$4.9 billion.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNPS:dobj>2 IN:prep>2 $:quantmod>8 "
            "CD:compound>8 CD:pobj>5 .:punct>2",
            {"acquired": "acquire"},
            ("AMD", "acquires", "ZT Systems"),
        ),
        # investment with a preposition
        (
            "SoftBank Group will invest US$2 billion in Intel.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 $:quantmod>7 CD:compound>7 CD:dobj>4 "
            "IN:prep>4 NNP:pobj>8 .:punct>4",
            {},
            ("SoftBank Group", "invests", "Intel"),
        ),
        # passive backing is investment
        (
            "Zhipu AI is backed by Tencent.",
            "NNP:compound>2 NNP:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:pobj>5 "
            ".:punct>4",
            {"is": "be", "backed": "back"},
            ("Tencent", "invests", "Zhipu AI"),
        ),
        # lawsuit verb
        (
            "GlobalFoundries sued IBM over trade secrets.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 NN:compound>6 NNS:pobj>4 .:punct>2",
            {"sued": "sue", "secrets": "secret"},
            ("GlobalFoundries", "sues", "IBM"),
        ),
        # theme preposition: built on a process
        (
            "The Snapdragon 8 Elite is built on TSMC's 3nm process.",
            "DT:det>4 NNP:nmod>4 CD:nummod>2 NNP:nsubjpass>6 VBZ:auxpass>6 VBN:ROOT>0 IN:prep>6 "
            "NNP:poss>12 POS:case>8 CD:nummod>11 NN:compound>12 NN:pobj>7 .:punct>6",
            {"is": "be", "built": "build"},
            ("Snapdragon 8 Elite", "uses", "3nm process"),
        ),
        # inverse: powered by
        (
            "The Galaxy S25 is powered by the Snapdragon 8 Elite.",
            "DT:det>3 NNP:compound>3 NNP:nsubjpass>5 VBZ:auxpass>5 VBN:ROOT>0 IN:agent>5 DT:det>10 "
            "NNP:nmod>10 CD:nummod>8 NNP:pobj>6 .:punct>5",
            {"is": "be", "powered": "power"},
            ("Galaxy S25", "uses", "Snapdragon 8 Elite"),
        ),
        # coordination: one edge per partner
        (
            "Infineon partnered with Bosch and NXP on car chips.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 NNP:pobj>3 CC:cc>4 NNP:conj>4 IN:prep>2 "
            "NN:compound>9 NNS:pobj>7 .:punct>2",
            {"partnered": "partner", "chips": "chip"},
            ("Infineon Technologies", "partners", "NXP Semiconductors"),
        ),
        # supplying with a recipient
        (
            "SK Hynix supplies HBM3E to Nvidia.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 NN:dobj>3 IN:prep>3 NNP:pobj>5 .:punct>3",
            {"supplies": "supply"},
            ("SK Hynix", "supplies", "Nvidia"),
        ),
        # buying from a supplier: "from" hangs on the object
        (
            "Tesla will buy chips from Samsung Electronics.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNS:dobj>3 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            ".:punct>3",
            {"chips": "chip"},
            ("Samsung Electronics", "supplies", "Tesla"),
        ),
        # comparison verb between products
        (
            "The Ascend 910C can outperform the H100 on some tasks.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>5 MD:aux>5 VB:ROOT>0 DT:det>7 NN:dobj>5 IN:prep>5 "
            "DT:det>10 NNS:pobj>8 .:punct>5",
            {"tasks": "task"},
            ("Ascend 910C", "competes", "H100"),
        ),
        # making goods for a customer is supplying it
        (
            "Samsung Electronics will manufacture chips for Tesla.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 NNS:dobj>4 IN:prep>4 NNP:pobj>6 "
            ".:punct>4",
            {"chips": "chip"},
            ("Samsung Electronics", "supplies", "Tesla"),
        ),
        # a model trained on a platform: the object, not the subject, is what uses it
        (
            "Zhipu AI trained its GLM model on Ascend chips.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>6 NNP:compound>6 NN:dobj>3 IN:prep>3 "
            "NNP:compound>9 NNS:pobj>7 .:punct>3",
            {"trained": "train", "chips": "chip"},
            ("GLM", "uses", "Ascend"),
        ),
        # the same with "on" hung on the object, as a parser may read it
        (
            "Zhipu AI trained its GLM model on Ascend chips.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>6 NNP:compound>6 NN:dobj>3 "
            "IN:prep>6 NNP:compound>9 NNS:pobj>7 .:punct>3",
            {"trained": "train", "chips": "chip"},
            ("GLM", "uses", "Ascend"),
        ),
    ],
)
def test_verbs_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "unexpected"),
    [
        # buying chips is no acquisition of their maker
        (
            "ByteDance bought Nvidia chips.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNS:dobj>2 .:punct>2",
            {"bought": "buy", "chips": "chip"},
            ("ByteDance", "acquires", "Nvidia"),
        ),
        # a facility named after what it makes is not that thing
        (
            "Micron will build a new HBM plant in Hiroshima.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>7 JJ:amod>7 NNP:compound>7 NN:dobj>3 IN:prep>7 "
            "NNP:pobj>8 .:punct>3",
            {},
            ("Micron Technology", "develops", "HBM"),
        ),
    ],
)
def test_verbs_does_not_extract(read, text, annotation, lemmas, unexpected):
    reading = read(text, annotation, lemmas=lemmas)
    source, _, target = unexpected
    assert {source, target} <= {label for _, label, _ in reading.mentions}
    assert unexpected not in reading.relations


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Italy used its golden power rules to veto the sale of a 70% stake in Orvieto Labs "
            "to Shenzhen Investment Holdings.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>6 JJ:amod>5 NN:compound>6 NNS:dobj>2 TO:aux>8 "
            "VB:xcomp>2 DT:det>10 NN:dobj>8 IN:prep>10 DT:det>15 CD:nummod>14 NN:compound>15 "
            "NN:pobj>11 IN:prep>15 NNP:compound>18 NNPS:pobj>16 IN:prep>15 NNP:compound>22 "
            "NNP:compound>22 NNPS:pobj>19 .:punct>2",
            {"used": "use", "rules": "rule"},
            {"Italy": "GPE", "Orvieto Labs": "PERSON", "Shenzhen Investment Holdings": "ORG"},
            (("Italy", "restricts", "Shenzhen Investment Holdings"),),
        ),
        (
            "The FCC voted to bar authorisation of new telecommunications gear from Huawei and "
            "ZTE.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 NN:dobj>5 IN:prep>6 JJ:amod>10 "
            "NNS:compound>10 NN:pobj>7 IN:prep>10 NNP:pobj>11 CC:cc>12 NNP:conj>12 .:punct>3",
            {"voted": "vote", "telecommunications": "telecommunication"},
            {"FCC": "ORG", "Huawei": "ORG", "ZTE": "ORG"},
            (
                ("Federal Communications Commission", "restricts", "Huawei"),
                ("Federal Communications Commission", "restricts", "ZTE"),
            ),
        ),
        # what is frozen is the owner's
        (
            "Spain froze the assets of Brasko Metals.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNS:dobj>2 IN:prep>4 NNP:compound>7 NNPS:pobj>5 "
            ".:punct>2",
            {"froze": "freeze", "assets": "asset"},
            {"Spain": "GPE", "Brasko Metals": "PERSON"},
            (("Spain", "restricts", "Brasko Metals"),),
        ),
        # a noun and the name it is given
        (
            "A drug called Ferivo was developed by Talmont Pharma.",
            "DT:det>2 NN:nsubjpass>6 VBN:acl>2 NNP:oprd>3 VBD:auxpass>6 VBN:ROOT>0 IN:agent>6 "
            "NNP:compound>9 NNP:pobj>7 .:punct>6",
            {"called": "call", "was": "be", "developed": "develop"},
            {"Ferivo": "PRODUCT", "Talmont Pharma": "PERSON"},
            (("Talmont Pharma", "develops", "Ferivo"),),
        ),
        # who is fined, given as the verb's second object or hung on the amount
        (
            "Kenya's competition authority fined Zuri Foods 12 million shillings for price fixing.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBN:ROOT>0 NNP:compound>7 "
            "NNP:dative>5 CD:compound>9 CD:nummod>10 NNS:dobj>5 IN:prep>10 NN:compound>13 "
            "NN:pobj>11 .:punct>5",
            {"fined": "fin", "shillings": "shilling"},
            {"Kenya": "GPE", "Zuri Foods": "ORG"},
            (("Kenya's competition authority", "restricts", "Zuri Foods"),),
        ),
        (
            "The Korea Fair Trade Commission fined Narvik 42 billion won for abusing its "
            "dominance.",
            "DT:det>5 NNP:compound>5 NNP:compound>4 NNP:compound>5 NNP:nsubj>6 VBD:ROOT>0 "
            "NNP:compound>9 CD:compound>9 CD:dobj>6 VBD:conj>6 IN:prep>10 VBG:pcomp>11 "
            "PRP$:poss>14 NN:dobj>12 .:punct>6",
            {"fined": "fin", "won": "win", "abusing": "abuse"},
            {"The Korea Fair Trade Commission": "ORG", "Narvik": "ORG"},
            (("Korea Fair Trade Commission", "restricts", "Narvik"),),
        ),
        # a probe whose "into" the parser hung on the verb carrying it
        (
            "Seoul opened an investigation on Friday into Kalvo Games.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 NNP:pobj>5 IN:prep>2 "
            "NNP:compound>9 NNPS:pobj>7 .:punct>2",
            {"opened": "open"},
            {"Seoul": "GPE", "Kalvo Games": "ORG"},
            (("South Korea", "restricts", "Kalvo Games"),),
        ),
        # a body named in full ("Ministry of Energy and Mines"), and a country's central bank
        (
            "Peru's Ministry of Energy and Mines suspended the permit of Andes Copper Mining.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>8 IN:prep>3 NNP:pobj>4 CC:cc>5 NNPS:conj>5 "
            "VBD:ROOT>0 DT:det>10 NN:dobj>8 IN:prep>10 NNP:compound>14 NNP:compound>14 "
            "NNP:pobj>11 .:punct>8",
            {"suspended": "suspend"},
            {"Peru": "GPE", "Ministry of Energy": "ORG", "Andes Copper Mining": "ORG"},
            (("Ministry of Energy and Mines", "restricts", "Andes Copper Mining"),),
        ),
        (
            "Norway's central bank fined Lakeview Asset Management for breaches.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>5 VBD:ROOT>0 NNP:compound>8 "
            "NNP:compound>8 NNP:dobj>5 IN:prep>5 NNS:pobj>9 .:punct>5",
            {"fined": "fin", "breaches": "breach"},
            {"Norway": "GPE", "Lakeview Asset Management": "ORG"},
            (("Norway's central bank", "restricts", "Lakeview Asset Management"),),
        ),
        # a commodity banned from export
        (
            "Guinea halted exports of bauxite in October.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:pobj>4 IN:prep>2 NNP:pobj>6 .:punct>2",
            {"halted": "halt", "exports": "export"},
            {"Guinea": "GPE"},
            (("Guinea", "restricts", "bauxite"),),
        ),
        # a headline's infinitive, a describing noun the parser left apart from the name
        (
            "Ardent Heavy Industries to buy Danish drone maker Skylark",
            "NNP:compound>3 NNP:compound>3 NNPS:nsubj>5 TO:aux>5 VB:ROOT>0 JJ:amod>8 "
            "NN:compound>8 NN:dobj>5 NNP:dobj>5",
            {},
            {"Ardent Heavy Industries": "ORG", "Skylark": "PERSON"},
            (("Ardent Heavy Industries", "acquires", "Skylark"),),
        ),
        # a passive's subject does its infinitive: "is set to acquire"
        (
            "Kovant Aerospace is set to acquire a 12% stake in Maris Shipbuilding.",
            "NNP:compound>2 NNP:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 TO:aux>6 VB:xcomp>4 "
            "DT:det>10 CD:nummod>9 NN:compound>10 NN:dobj>6 IN:prep>10 NNP:compound>13 "
            "NNP:pobj>11 .:punct>4",
            {"is": "be"},
            {"Kovant Aerospace": "ORG"},
            (("Kovant Aerospace", "invests", "Maris Shipbuilding"),),
        ),
        # building a chip on a process makes it
        (*NEXA_FOUNDRY_IS_EXPECTED, (("Nexa Foundry", "manufactures", "K7"),)),
        # what a purchase is of, and what "is a unit of" a firm, are firms
        (
            "Orvane Foods completed its purchase of Brightleaf Dairy in March.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 PRP$:poss>5 NN:dobj>3 IN:prep>5 "
            "NNP:compound>8 NNP:pobj>6 IN:prep>5 NNP:pobj>9 .:punct>3",
            {"completed": "complete"},
            {"Orvane Foods": "ORG", "Brightleaf Dairy": "PERSON"},
            (("Orvane Foods", "acquires", "Brightleaf Dairy"),),
        ),
        (
            "Helvio Telecom is a unit of Marant Holdings.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 DT:det>5 NN:attr>3 IN:prep>5 "
            "NNP:compound>8 NNP:pobj>6 .:punct>3",
            {"is": "be"},
            {"Helvio Telecom": "PERSON", "Marant Holdings": "ORG"},
            (("Helvio Telecom", "part_of", "Marant Holdings"),),
        ),
        # where a factory is, whatever the recogniser took it for
        (
            "Lumo Motors will build its first European factory in Pecs.",
            "NNP:compound>2 NNPS:nsubj>4 MD:aux>4 VB:ROOT>0 PRP$:poss>8 JJ:amod>8 JJ:amod>8 "
            "NN:dobj>4 IN:prep>8 NNP:pobj>9 .:punct>4",
            {},
            {"Lumo Motors": "ORG", "Pecs": "PRODUCT"},
            (("Lumo Motors", "operates_in", "Pecs"),),
        ),
        # a name a firm owns is its product, and what a product rivals is one too
        (
            "Geely's Kestra rivals the Vanta Mini.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBZ:ROOT>0 DT:det>7 NNP:compound>7 NNP:dobj>4 "
            ".:punct>4",
            {"rivals": "rival"},
            {"Geely": "ORG"},
            (("Geely", "develops", "Kestra"), ("Kestra", "competes", "Vanta Mini")),
        ),
        # a list expanded "to include" a firm
        (
            "Tokyo expanded its blacklist to include Kestrel Micro.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 TO:aux>6 VB:advcl>2 NNP:compound>8 "
            "NNP:dobj>6 .:punct>2",
            {"expanded": "expand"},
            {"Tokyo": "GPE", "Kestrel Micro": "ORG"},
            (("blacklist", "restricts", "Kestrel Micro"), ("Japan", "restricts", "Kestrel Micro")),
        ),
        # a verb in the past tense the parser hung on the name after it
        (
            "The Pentagon designated BYD and Lenovo as Chinese military companies.",
            "DT:det>4 NNP:npadvmod>3 VBD:amod>4 NNP:ROOT>0 CC:cc>4 NNP:conj>4 IN:prep>4 "
            "JJ:amod>10 JJ:amod>10 NNS:pobj>7 .:punct>4",
            {"designated": "designate", "companies": "company"},
            {"Pentagon": "ORG", "BYD": "ORG", "Lenovo": "ORG"},
            (
                ("US Defense Department", "restricts", "BYD"),
                ("US Defense Department", "restricts", "Lenovo"),
            ),
        ),
        # an acronym the tagger took for a noun, typed by the noun before it
        (
            "Peru's antitrust regulator INDECOPI fined Lima Airways.",
            "NNP:poss>5 POS:case>1 JJ:amod>4 NN:compound>5 NN:nsubj>6 VBD:ROOT>0 NNP:compound>8 "
            "NNP:dobj>6 .:punct>6",
            {"fined": "fine"},
            {"Peru": "GPE", "Lima Airways": "ORG"},
            (("INDECOPI", "restricts", "Lima Airways"),),
        ),
        # "the company" of a sentence whose subject a firm owns is that firm
        (*ORVEX_S_KESTREL_CHIP, (("Orvex", "develops", "Atlas"),)),
        # what competes with a product is one
        (
            "Vaxel competes with Xyra, a drug sold by Norden Pharma.",
            "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:pobj>3 ,:punct>4 DT:det>7 NN:appos>4 "
            "VBN:acl>7 IN:agent>8 NNP:compound>11 NNP:pobj>9 .:punct>2",
            {"competes": "compete", "sold": "sell"},
            None,
            (("Vaxel", "competes", "Xyra"), ("Norden Pharma", "develops", "Xyra")),
        ),
        # what a product is integrated into uses it
        (
            "Meta will integrate Llama 4 into WhatsApp.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:dobj>3 CD:nummod>4 IN:prep>3 NNP:pobj>6 .:punct>3",
            {},
            {"Meta": "ORG", "Llama 4": "PRODUCT", "WhatsApp": "ORG"},
            (("WhatsApp", "uses", "Llama 4"),),
        ),
        # building another firm's product makes it
        (*QUANTA_BUILDS_GOOGLE_S, (("Quanta Computer", "manufactures", "TPU"),)),
        # the government that restricted hits the firms named after it
        (
            "Beijing has restricted exports of gallium to Japan, hitting Sumitomo Chemical and "
            "Mitsubishi Materials.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNS:dobj>3 IN:prep>4 NN:pobj>5 IN:prep>4 NNP:pobj>7 "
            ",:punct>3 VBG:advcl>3 NNP:nmod>12 NNP:nmod>15 CC:cc>12 NNP:conj>12 NNPS:dobj>10 "
            ".:punct>3",
            {"has": "have", "restricted": "restrict", "exports": "export", "hitting": "hit"},
            {
                "Beijing": "GPE",
                "Japan": "GPE",
                "Sumitomo Chemical": "ORG",
                "Mitsubishi Materials": "ORG",
            },
            (
                ("China", "restricts", "Sumitomo Chemical"),
                ("China", "restricts", "Mitsubishi Materials"),
            ),
        ),
        # who ships what is curbed
        (
            "Seoul will curb shipments by Hanwha Aerospace and LIG Nex1 to Poland.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNS:dobj>3 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            "CC:cc>7 NNP:conj>7 NN:appos>4 IN:prep>3 NNP:pobj>11 .:punct>3",
            {"shipments": "shipment"},
            {"Seoul": "GPE", "Hanwha Aerospace": "ORG", "LIG Nex1": "ORG", "Poland": "GPE"},
            (
                ("South Korea", "restricts", "Hanwha Aerospace"),
                ("South Korea", "restricts", "LIG Nex1"),
            ),
        ),
        # buyers kept from a vendor's goods
        (
            "India will bar telecom operators from using routers made by TP-Link and Tenda.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NN:compound>5 NNS:dobj>3 IN:prep>3 VBG:pcomp>6 "
            "NNS:dobj>7 VBN:acl>8 IN:agent>9 NNP:compound>13 HYPH:punct>13 NNP:pobj>10 CC:cc>13 "
            "NNP:conj>13 .:punct>3",
            {"operators": "operator", "using": "use", "routers": "router", "made": "make"},
            {"India": "GPE", "Tenda": "GPE"},
            (("India", "restricts", "TP-Link"), ("India", "restricts", "Tenda")),
        ),
        (
            "The Cyberspace Administration of China told banks to stop buying servers from Dell "
            "Technologies.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>6 IN:prep>3 NNP:pobj>4 VBD:ROOT>0 NNS:dobj>6 "
            "TO:aux>9 VB:xcomp>6 VBG:xcomp>9 NNS:dobj>10 IN:prep>10 NNP:compound>14 NNP:pobj>12 "
            ".:punct>6",
            {"told": "tell", "banks": "bank", "buying": "buy", "servers": "server"},
            {"The Cyberspace Administration of China": "ORG", "Dell Technologies": "ORG"},
            (("Cyberspace Administration of China", "restricts", "Dell Technologies"),),
        ),
        # "the majority of" stands for what its "of" names
        (
            "Pegatron assembles the majority of iPhones at its plant in Chennai.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNPS:pobj>5 IN:prep>2 "
            "PRP$:poss>9 NN:pobj>7 IN:prep>9 NNP:pobj>10 .:punct>2",
            {"assembles": "assemble"},
            {"Pegatron": "ORG", "iPhones": "ORG", "Chennai": "GPE"},
            (("Pegatron", "manufactures", "iPhone"),),
        ),
        # a blocked deal restricts the buyer
        (
            "The Committee on Foreign Investment in the United States blocked the takeover of "
            "Lattice Memory by Hong Kong-based Orient Harbor Capital.",
            "DT:det>2 NNP:nsubj>10 IN:prep>2 NNP:compound>5 NNP:pobj>3 IN:prep>5 DT:det>9 "
            "NNP:compound>9 NNP:pobj>6 VBD:ROOT>0 DT:det>12 NN:dobj>10 IN:prep>12 NNP:compound>15 "
            "NNP:pobj>13 IN:prep>12 NNP:compound>18 NNP:npadvmod>20 HYPH:punct>20 VBN:amod>23 "
            "NNP:compound>22 NNP:compound>23 NNP:pobj>16 .:punct>10",
            {"blocked": "block", "based": "base"},
            {
                "The Committee on Foreign Investment": "ORG",
                "the United States": "GPE",
                "Lattice Memory": "ORG",
                "Hong Kong": "GPE",
                "Orient Harbor Capital": "ORG",
            },
            (
                (
                    "Committee on Foreign Investment in the United States",
                    "restricts",
                    "Orient Harbor Capital",
                ),
            ),
        ),
        (
            "Chinese regulators rejected Synopsys's planned purchase of Ansys.",
            "JJ:amod>2 NNS:nsubj>3 VBD:ROOT>0 NNP:poss>7 POS:case>4 VBN:amod>7 NN:dobj>3 "
            "IN:prep>7 NNP:pobj>8 .:punct>3",
            {"regulators": "regulator", "rejected": "reject", "planned": "plan"},
            {"Synopsys": "ORG", "Ansys": "ORG"},
            (("China", "restricts", "Synopsys"),),
        ),
        # a probe a government orders; the state a government noun names
        (
            *THE_INDONESIAN_GOVERNMENT_HAS,
            (("Indonesia", "restricts", "Xiaomi"), ("Indonesia", "restricts", "Oppo")),
        ),
        # goods a firm uses, produced by another: the maker supplies it
        (
            "Rivian uses battery cells produced by LG Energy Solution.",
            "NNP:nsubj>2 VBZ:ROOT>0 NN:compound>4 NNS:dobj>2 VBN:acl>4 IN:agent>5 NNP:compound>9 "
            "NNP:compound>9 NNP:pobj>6 .:punct>2",
            {"uses": "use", "cells": "cell", "produced": "produce"},
            {"LG Energy Solution": "ORG"},
            (("LG Energy Solution", "supplies", "Rivian"),),
        ),
        # a firm picks another's product to use it
        (
            "Renault has picked Mobileye's SuperVision for its next Clio.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNP:poss>6 POS:case>4 NNP:dobj>3 IN:prep>3 "
            "PRP$:poss>10 JJ:amod>10 NNP:pobj>7 .:punct>3",
            {"has": "have", "picked": "pick"},
            {"Renault": "ORG", "Mobileye": "ORG", "Clio": "PERSON"},
            (("Renault", "uses", "SuperVision"),),
        ),
        # a firm's product no name names, built with another's: the firm uses it
        (
            "Zalando's styling assistant, built with Google's Gemini, launched in Germany.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:ROOT>0 ,:punct>4 VBN:acl>4 IN:prep>6 "
            "NNP:poss>10 POS:case>8 NNP:pobj>7 ,:punct>4 VBN:acl>4 IN:prep>12 NNP:pobj>13 "
            ".:punct>4",
            {"built": "build", "launched": "launch"},
            {"Zalando": "PERSON", "Google": "ORG", "Gemini": "GPE", "Germany": "GPE"},
            (("Zalando", "uses", "Gemini"),),
        ),
        (
            "Naver built its chatbot on Meta's Llama.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>2 NNP:poss>8 POS:case>6 "
            "NNP:pobj>5 .:punct>2",
            {"built": "build"},
            {"Naver": "ORG", "Meta": "ORG", "Llama": "PRODUCT"},
            (("Naver", "uses", "Llama"),),
        ),
        # another firm's product built by a firm: it makes the product
        (
            "Toyota's Camry, built by Subaru, goes on sale in May.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>9 ,:punct>3 VBN:acl>3 IN:agent>5 NNP:pobj>6 "
            ",:punct>3 VBZ:ROOT>0 IN:prep>9 NN:pobj>10 IN:prep>9 NNP:pobj>12 .:punct>9",
            {"built": "build", "goes": "go"},
            {"Toyota": "ORG", "Camry": "PRODUCT", "Subaru": "ORG"},
            (("Subaru", "manufactures", "Camry"),),
        ),
        # "MiniMax and StepFun's Step-2": the possessive is the last name's alone, however parsed
        (*RIVALS_INCLUDE_MINIMAX_AND, (("StepFun", "develops", "Step-2"),)),
        # a name before a firm's microcontrollers is a product
        (
            "Bosch said its Ponte microcontrollers will go into the Nio ET9.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>5 NNP:compound>5 NNS:nsubj>7 MD:aux>7 VB:ccomp>2 "
            "IN:prep>7 DT:det>11 NNP:compound>11 NNP:pobj>8 .:punct>2",
            {"said": "say", "microcontrollers": "microcontroller"},
            {"Bosch": "ORG", "Ponte": "PERSON", "the Nio ET9": "PERSON"},
            (("Bosch", "develops", "Ponte"),),
        ),
        # the noun a code name is given stands for the name: its owner develops it
        (
            "Graphcore's next processor, codenamed Colossus, will be fabricated by Samsung.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NN:nsubj>6 ,:punct>4 VBD:ROOT>0 NNP:dobj>6 ,:punct>6 "
            "MD:aux>11 VB:auxpass>11 VBN:ccomp>6 IN:agent>11 NNP:pobj>12 .:punct>6",
            {"codenamed": "codename", "fabricated": "fabricate"},
            {"Graphcore": "ORG", "Colossus": "ORG", "Samsung": "ORG"},
            (("Graphcore", "develops", "Colossus"),),
        ),
        # a firm's product no name names, the subject of a verb of use: the firm uses it
        (
            "BYD's cars run on Nvidia's Drive Orin chips.",
            "NNP:poss>3 POS:case>1 NNS:nsubj>4 VBP:ROOT>0 IN:prep>4 NNP:poss>10 POS:case>6 "
            "NNP:compound>9 NNP:compound>10 NNS:pobj>5 .:punct>4",
            {"cars": "car", "chips": "chip"},
            {"BYD": "ORG", "Nvidia": "GPE", "Drive Orin": "ORG"},
            (("BYD", "uses", "Drive Orin"),),
        ),
        # software preinstalled on a firm's devices
        (
            "Oppo will preinstall Google's Gemini on its phones.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:poss>6 POS:case>4 NNP:dobj>3 IN:prep>3 "
            "PRP$:poss>9 NNS:pobj>7 .:punct>3",
            {"phones": "phone"},
            {"Google": "ORG"},
            (("Oppo", "uses", "Gemini"),),
        ),
        # the name a firm's product is known as
        (
            "Amazon's latest Trainium chip, known as Trainium3, will ship next year.",
            "NNP:poss>5 POS:case>1 JJS:amod>5 NNP:compound>5 NN:nsubj>12 ,:punct>5 VBN:acl>5 "
            "IN:prep>7 NNP:pobj>8 ,:punct>5 MD:aux>12 VB:ROOT>0 JJ:amod>14 NN:npadvmod>12 "
            ".:punct>12",
            {"latest": "late", "known": "know"},
            {"Amazon": "ORG", "Trainium": "PERSON"},
            (("Amazon", "develops", "Trainium3"),),
        ),
        # a blocked deal's buyer, named on the verb by the parser
        (*ITALY_BLOCKED_THE_TAKEOVER, (("Italy", "restricts", "Tencent"),)),
        # a government that names a firm a threat restricts it
        (
            "The Pentagon has listed Quectel as a Chinese military company.",
            "DT:det>2 NNP:nsubj>4 VBZ:aux>4 VBN:ROOT>0 NNP:dobj>4 IN:prep>4 DT:det>10 JJ:amod>10 "
            "JJ:amod>10 NN:pobj>6 .:punct>4",
            {"has": "have", "listed": "list"},
            {"Pentagon": "ORG", "Quectel": "PERSON"},
            (("US Defense Department", "restricts", "Quectel Wireless Solutions"),),
        ),
        # the owner of a named product the goods are for, on the verb or on the goods
        (
            "Trumpf supplies the lasers for ASML's EUV scanners.",
            "NNS:nsubj>2 VBZ:ROOT>0 DT:det>4 NNS:dobj>2 IN:prep>4 NNP:poss>9 POS:case>6 "
            "NNP:compound>9 NNS:pobj>5 .:punct>2",
            {"supplies": "supply", "lasers": "laser", "scanners": "scanner"},
            {"ASML": "ORG", "EUV": "ORG"},
            (("Trumpf", "supplies", "ASML"),),
        ),
        # a product aimed at another's competes with it
        (
            "Intel's Arc B770 is aimed at AMD's Radeon RX 9060.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubjpass>6 VBZ:auxpass>6 VBN:ROOT>0 "
            "IN:prep>6 NNP:poss>11 POS:case>8 NNP:compound>11 NNP:pobj>7 CD:nummod>11 .:punct>6",
            {"is": "be", "aimed": "aim"},
            {"Intel": "ORG", "AMD": "ORG", "Radeon RX 9060": "ORG"},
            (("Arc B770", "competes", "Radeon RX 9060"),),
        ),
        (
            "Lenovo is taking aim at Apple with a new tablet.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NN:dobj>3 IN:prep>3 NNP:pobj>5 IN:prep>3 DT:det>10 "
            "JJ:amod>10 NN:pobj>7 .:punct>3",
            {"is": "be", "taking": "take"},
            {"Lenovo": "ORG", "Apple": "ORG"},
            (("Lenovo", "competes", "Apple"),),
        ),
        # "its" after a verb that tells no one to act is its subject's
        (
            "Tenstorrent will use the funds to mass-produce its Blackhole chip.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NNS:dobj>3 IN:prep>3 NN:compound>9 "
            "HYPH:punct>9 VB:xcomp>3 PRP$:poss>12 NNP:compound>12 NN:dobj>9 .:punct>3",
            {"funds": "fund"},
            {"Blackhole": "ORG"},
            (("Tenstorrent", "develops", "Blackhole"),),
        ),
        # a government that puts a firm on a list, named or not, restricts it
        (
            "Washington put Chinese lidar maker Hesai on a list of military companies.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>5 NN:compound>5 NN:compound>6 NNP:dobj>2 IN:prep>2 "
            "DT:det>9 NN:pobj>7 IN:prep>9 JJ:amod>12 NNS:pobj>10 .:punct>2",
            {"companies": "company"},
            {"Washington": "GPE", "Hesai": "PERSON"},
            (("United States", "restricts", "Hesai Group"),),
        ),
        # a code name whose verb the parser joined to the clause's
        (
            "Meituan is developing a drone codenamed Skyhawk.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 DT:det>5 NN:dobj>3 VBD:conj>3 NNP:dobj>6 .:punct>3",
            {"is": "be", "developing": "develop", "codenamed": "codename"},
            {"Skyhawk": "PRODUCT"},
            (("Meituan", "develops", "Skyhawk"),),
        ),
        # goods a headline lists by commas, and where they go
        (
            "Beijing bans exports of antimony, graphite to US",
            "NNP:nsubj>2 VBZ:ROOT>0 NNS:dobj>2 IN:prep>3 NN:pobj>4 ,:punct>2 NN:conj>2 IN:prep>7 "
            "NNP:pobj>8",
            {"bans": "ban", "exports": "export"},
            {"Beijing": "GPE", "US": "GPE"},
            (
                ("China", "restricts", "antimony"),
                ("China", "restricts", "graphite"),
                ("China", "restricts", "United States"),
            ),
        ),
        (
            "Indonesia bans exports of nickel, cobalt to China",
            "NNP:nsubj>2 VBZ:ROOT>0 NNS:dobj>2 IN:prep>3 NN:pobj>4 ,:punct>5 NN:conj>5 IN:prep>7 "
            "NNP:pobj>8",
            {"bans": "ban", "exports": "export"},
            {"Indonesia": "GPE", "China": "GPE"},
            (("Indonesia", "restricts", "China"),),
        ),
        # goods for a state's arm go to its state
        (
            "Hanwha will supply K9 howitzers to the Indian Army.",
            "NN:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:compound>5 NNS:dobj>3 IN:prep>3 DT:det>9 "
            "NNP:compound>9 NNP:pobj>6 .:punct>3",
            {"howitzers": "howitzer"},
            {"Hanwha": "ORG", "K9": "GPE", "the Indian Army": "ORG"},
            (("Hanwha Group", "supplies", "India"),),
        ),
        # the owner an earlier mention gave a product
        (
            "Xpeng unveiled the Mona M03 in Guangzhou. "
            "The Mona M03 uses battery packs supplied by CALB.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 IN:prep>2 NNP:pobj>6 "
            ".:punct>2 DT:det>11 NNP:compound>11 NNP:nsubj>12 VBZ:ROOT>0 NN:compound>14 "
            "NNS:dobj>12 VBN:acl>14 IN:agent>15 NN:pobj>16 .:punct>12",
            {"unveiled": "unveil", "uses": "use", "packs": "pack", "supplied": "supply"},
            {"Xpeng": "PERSON", "Guangzhou": "GPE", "Mona M03": "ORG", "CALB": "ORG"},
            (("CALB", "supplies", "Xpeng"),),
        ),
        # where goods used come from, hung on the goods
        (
            "Geely's EX5 uses cells from Sunwoda.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBZ:ROOT>0 NNS:dobj>4 IN:prep>5 NNP:pobj>6 "
            ".:punct>4",
            {"uses": "use", "cells": "cell"},
            {"Geely": "ORG", "Sunwoda": "ORG"},
            (("Sunwoda", "supplies", "Geely"),),
        ),
        # a product closing in on another competes with it
        (
            "Xiaomi's XRing O2 closes in on Apple's A19 Pro in Geekbench tests",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBZ:ROOT>0 RP:prt>5 IN:prep>5 "
            "NNP:poss>11 POS:case>8 NNP:compound>11 NNP:pobj>7 IN:prep>11 NNP:pobj>12 NNS:dobj>5",
            {"closes": "close", "tests": "test"},
            {"Xiaomi": "PERSON", "XRing O2": "ORG", "Apple": "ORG"},
            (("XRing O2", "competes", "A19 Pro"),),
        ),
        # a unit bought is the one its name before its noun names
        (
            "Vodacom agrees to buy Millicom's Tigo Ghana unit for $90 million",
            "NNP:nsubj>2 VBZ:ROOT>0 TO:aux>4 VB:xcomp>2 NNP:poss>9 POS:case>5 NNP:compound>8 "
            "NNP:compound>9 NN:dobj>4 IN:prep>4 $:quantmod>13 CD:compound>13 CD:pobj>10",
            {"agrees": "agree"},
            {"Vodacom": "ORG", "Millicom": "ORG", "Tigo Ghana": "PERSON"},
            (("Vodacom", "acquires", "Tigo Ghana"),),
        ),
        # orders halted are no measure lifted
        (
            "China halted Boeing orders amid the trade war.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNS:dobj>2 IN:prep>2 DT:det>8 NN:compound>8 "
            "NN:pobj>5 .:punct>2",
            {"halted": "halt", "orders": "order"},
            {"China": "GPE", "Boeing": "ORG"},
            (("China", "restricts", "Boeing"),),
        ),
        # the names the next sentence lists "Among them are" are those sanctioned
        (
            "Britain sanctioned 20 companies on Monday. Among them are Dubai-based Falcon Trading "
            "and Shenzhen Jinlong Electronics.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 NNP:pobj>5 .:punct>2 "
            "IN:prep>10 PRP:pobj>8 VBP:ROOT>0 NNP:npadvmod>13 HYPH:punct>13 VBN:amod>15 "
            "NNP:compound>15 NNP:nsubj>10 CC:cc>15 NNP:compound>19 NNP:compound>19 NNP:conj>15 "
            ".:punct>10",
            {
                "sanctioned": "sanction",
                "companies": "company",
                "them": "they",
                "are": "be",
                "based": "base",
            },
            {
                "Britain": "GPE",
                "Dubai": "GPE",
                "Falcon Trading": "ORG",
                "Shenzhen Jinlong Electronics": "ORG",
            },
            (
                ("United Kingdom", "restricts", "Falcon Trading"),
                ("United Kingdom", "restricts", "Shenzhen Jinlong Electronics"),
            ),
        ),
        # and those "They include" lists
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
            (
                ("United States", "restricts", "Sino Ocean Shipping"),
                ("United States", "restricts", "Haitai"),
            ),
        ),
        # the maker of goods a passive names supplies the goods' owner
        (
            "Lava's phones are made by Dixon Technologies.",
            "NNP:poss>3 POS:case>1 NNS:nsubjpass>5 VBP:auxpass>5 VBN:ROOT>0 IN:agent>5 "
            "NNP:compound>8 NNPS:pobj>6 .:punct>5",
            {"phones": "phone", "are": "be", "made": "make"},
            {"Lava": "PERSON", "Dixon Technologies": "ORG"},
            (("Dixon Technologies", "supplies", "Lava"),),
        ),
        # and the owner "whose" names
        (
            "Xiaomi, whose phones are assembled by Foxconn in Chennai, cut prices.",
            "NNP:nsubj>12 ,:punct>1 WP$:poss>4 NNS:nsubjpass>6 VBP:auxpass>6 VBN:relcl>1 "
            "IN:agent>6 NNP:pobj>7 IN:prep>8 NNP:pobj>9 ,:punct>10 VB:ROOT>0 NNS:dobj>12 "
            ".:punct>12",
            {"phones": "phone", "are": "be", "assembled": "assemble", "prices": "price"},
            {"Xiaomi": "ORG", "Foxconn": "GPE", "Chennai": "GPE"},
            (("Foxconn", "supplies", "Xiaomi"),),
        ),
        # "by" the parser hangs on the name after "for" is the maker's
        (
            "The phones are assembled for Nokia by Dixon Technologies in Noida.",
            "DT:det>2 NNS:nsubjpass>4 VBP:auxpass>4 VBN:ROOT>0 IN:prep>4 NNP:pobj>5 IN:prep>6 "
            "NNP:compound>9 NNPS:pobj>7 IN:prep>9 NNP:pobj>10 .:punct>4",
            {"phones": "phone", "are": "be", "assembled": "assemble"},
            {"Nokia": "ORG", "Dixon Technologies": "ORG", "Noida": "GPE"},
            (("Dixon Technologies", "supplies", "Nokia"),),
        ),
        # what is fined is a firm, and "whose" after it describes none
        (
            "Regulators fined Micromax, whose phones are made by Dixon Technologies.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:dobj>2 ,:punct>3 WP$:poss>6 NNS:nsubjpass>8 VBP:auxpass>8 "
            "VBN:relcl>3 IN:agent>8 NNP:compound>11 NNPS:pobj>9 .:punct>2",
            {
                "Regulators": "regulator",
                "fined": "fin",
                "phones": "phone",
                "are": "be",
                "made": "make",
            },
            {"Dixon Technologies": "ORG"},
            (("Dixon Technologies", "supplies", "Micromax"),),
        ),
        # a headline's name before "to supply" no dictionary holds is a firm
        (
            "Shinko to supply chip substrates for Google's TPU v7 accelerators",
            "NN:ROOT>0 TO:aux>3 VB:relcl>1 NN:compound>5 NNS:dobj>3 IN:prep>5 NNP:poss>11 "
            "POS:case>7 NNP:compound>11 NNP:compound>11 NNS:pobj>6",
            {"substrates": "substrate", "accelerators": "accelerator"},
            {"Shinko": "PERSON", "Google": "ORG", "TPU": "ORG"},
            (("Shinko", "supplies", "Google"),),
        ),
        # chasing a firm is competing with it
        (
            "Hyundai is chasing Toyota in the hybrid market.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 NNP:dobj>3 IN:prep>3 DT:det>8 JJ:amod>8 NN:pobj>5 "
            ".:punct>3",
            {"is": "be", "chasing": "chase"},
            {"Hyundai": "ORG", "Toyota": "ORG"},
            (("Hyundai Motor", "competes", "Toyota Motor"),),
        ),
        # "gaining on" a firm
        (
            "BYD is gaining on Tesla in Europe.",
            "NNP:nsubj>3 VBZ:aux>3 VBG:ROOT>0 IN:prep>3 NNP:pobj>4 IN:prep>3 NNP:pobj>6 .:punct>3",
            {"is": "be", "gaining": "gain"},
            {"BYD": "ORG", "Europe": "LOC"},
            (("BYD", "competes", "Tesla"),),
        ),
        # "takes on" a firm
        (
            "Ather Energy takes on Ola Electric with a cheaper scooter.",
            "NNP:compound>2 NNP:nsubj>3 VBZ:ROOT>0 RP:prt>3 NNP:compound>6 NNP:dobj>3 IN:prep>3 "
            "DT:det>10 JJR:amod>10 NN:pobj>7 .:punct>3",
            {"takes": "take", "cheaper": "cheap"},
            {"Ola Electric": "ORG"},
            (("Ather Energy", "competes", "Ola Electric"),),
        ),
        # a product's noun in apposition after an event stands for the product named before
        (
            "Dell introduced the XPS 14 at CES, the first laptop built on Intel's Panther Lake "
            "processor.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>4 IN:prep>2 NNP:pobj>6 "
            ",:punct>2 DT:det>11 JJ:amod>11 NN:dobj>2 VBN:acl>11 IN:prep>12 NNP:poss>18 "
            "POS:case>14 NNP:compound>17 NNP:compound>18 NN:pobj>13 .:punct>2",
            {"introduced": "introduce", "built": "build"},
            {"CES": "ORG", "Intel": "ORG", "Panther Lake": "ORG"},
            (("XPS 14", "uses", "Panther Lake"),),
        ),
        # and after an event and a place
        (
            "Asus showed the Zenbook A16 at Computex in Taipei, the first laptop built on "
            "Qualcomm's Snapdragon X2 Elite chip.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 IN:prep>2 NNP:pobj>6 "
            "IN:prep>2 NNP:pobj>8 ,:punct>2 DT:det>13 JJ:amod>13 NN:appos>1 VBN:acl>13 IN:prep>14 "
            "NNP:poss>21 POS:case>16 NNP:compound>20 NNP:compound>20 NNP:compound>21 NN:pobj>15 "
            ".:punct>2",
            {"showed": "show", "built": "build"},
            {"the Zenbook A16": "ORG", "Computex": "ORG", "Taipei": "GPE", "Qualcomm": "ORG"},
            (("Zenbook A16", "uses", "Snapdragon X2 Elite"),),
        ),
        # who maintains a software project develops it
        (
            "The system is built on the OpenHarmony project maintained by the OpenAtom Foundation.",
            "DT:det>2 NN:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:prep>4 DT:det>8 NNP:compound>8 "
            "NN:pobj>5 VBN:acl>8 IN:agent>9 DT:det>13 NNP:compound>13 NNP:pobj>10 .:punct>4",
            {"is": "be", "built": "build", "maintained": "maintain"},
            {"OpenHarmony": "ORG", "the OpenAtom Foundation": "ORG"},
            (("OpenAtom Foundation", "develops", "OpenHarmony"),),
        ),
        # a firm used, or relied on, supplies the one that uses it
        (
            "Vodafone uses Ericsson for its 5G radio network.",
            "NNP:nsubj>2 VBZ:ROOT>0 NNP:dobj>2 IN:prep>2 PRP$:poss>9 CD:nummod>7 NN:compound>9 "
            "NN:compound>9 NN:pobj>4 .:punct>2",
            {"uses": "use"},
            {"Vodafone": "ORG", "Ericsson": "PERSON", "5": "CARDINAL"},
            [("Ericsson", "supplies", "Vodafone")],
        ),
        (
            "Vodafone relies on Nokia and Ericsson.",
            "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:pobj>3 CC:cc>4 NNP:conj>4 .:punct>2",
            {"relies": "rely"},
            {"Nokia": "GPE", "Ericsson": "GPE"},
            [("Nokia", "supplies", "Vodafone"), ("Ericsson", "supplies", "Vodafone")],
        ),
        # work done under contract for a firm supplies it
        (
            "Lonza makes vaccines under contract for Moderna.",
            "NNP:nsubj>2 VBZ:ROOT>0 NNS:dobj>2 IN:prep>2 NN:pobj>4 IN:prep>5 NNP:pobj>6 .:punct>2",
            {"makes": "make", "vaccines": "vaccine"},
            {"Moderna": "PERSON"},
            [("Lonza", "supplies", "Moderna")],
        ),
        # goods made for a firm, the "for" hung on the goods
        (
            "Tsuru Pharma will produce antibody-drug conjugates for Daiichi Sankyo.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 NN:compound>7 HYPH:punct>7 "
            "NN:compound>8 NNS:dobj>4 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>4",
            {"conjugates": "conjugate"},
            {"Tsuru Pharma": "PERSON", "Daiichi Sankyo": "ORG"},
            [("Tsuru Pharma", "supplies", "Daiichi Sankyo")],
        ),
        # what a firm builds into its own goods it uses, and does not make
        (*GEELY_BUILDS_R1_INTO, [("Geely", "uses", "DeepSeek-R1")]),
        # a rule whose clause restricts is a measure
        (
            *MARITIME_RULE,
            (
                ("Maritime Commission", "restricts", "China"),
                ("rule", "restricts", "China"),
            ),
        ),
        # rules that keep firms from an act restrict them
        (
            "Ottawa finalised rules that will keep Huawei and SMIC from buying Canadian tools.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 WDT:nsubj>6 MD:aux>6 VB:relcl>3 NNP:dobj>6 CC:cc>7 "
            "NNP:conj>7 IN:prep>6 VBG:pcomp>10 JJ:amod>13 NNS:dobj>11 .:punct>2",
            {"finalised": "finalise", "rules": "rule", "buying": "buy", "tools": "tool"},
            {"Ottawa": "GPE", "Huawei": "ORG", "Canadian": "NORP"},
            (("Canada", "restricts", "Huawei"), ("Canada", "restricts", "SMIC")),
        ),
        # ripping out a firm's gear is forced on those told to
        (
            "Canada has forced carriers to rip out equipment supplied by ZTE.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNS:dobj>3 TO:aux>6 VB:xcomp>3 RP:prt>6 NN:dobj>6 "
            "VBN:acl>8 IN:agent>9 NNP:pobj>10 .:punct>3",
            {"has": "have", "forced": "force", "carriers": "carrier", "supplied": "supply"},
            {"Canada": "GPE", "ZTE": "ORG"},
            (("Canada", "restricts", "ZTE"),),
        ),
        # a kind of goods is the goods, and the ones it is said to be
        (
            "Seoul will restrict exports of 12 types of chipmaking equipment, such as EUV "
            "lithography tools.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NNS:dobj>3 IN:prep>4 CD:nummod>7 NNS:pobj>5 IN:prep>7 "
            "VBG:amod>10 NN:pobj>8 ,:punct>10 JJ:amod>13 IN:prep>10 NNP:compound>16 "
            "NN:compound>16 NNS:pobj>13 .:punct>3",
            {"exports": "export", "types": "type", "chipmaking": "chipmake", "tools": "tool"},
            {"Seoul": "GPE", "12": "CARDINAL", "EUV": "ORG"},
            (("South Korea", "restricts", "EUV lithography"),),
        ),
        # a firm's unit goods are barred from: the firm is restricted
        (
            "Lithuania barred cameras from Hikvision's European unit.",
            "NNP:npadvmod>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>2 NNP:poss>8 POS:case>5 JJ:amod>8 "
            "NN:pobj>4 .:punct>2",
            {"barred": "bar", "cameras": "camera"},
            {"Lithuania": "GPE", "Hikvision": "ORG", "European": "NORP"},
            (("Lithuania", "restricts", "Hikvision"),),
        ),
        # "the government of" a country is the state itself
        (
            "The government of Japan banned exports of gallium to China.",
            "DT:det>2 NN:nsubj>5 IN:prep>2 NNP:pobj>3 VBD:ROOT>0 NNS:dobj>5 IN:prep>6 NN:pobj>7 "
            "IN:prep>6 NNP:pobj>9 .:punct>5",
            {"banned": "ban", "exports": "export"},
            {"Japan": "GPE", "China": "GPE"},
            (("Japan", "restricts", "gallium"), ("Japan", "restricts", "China")),
        ),
        # a nation's cabinet is the state
        (
            "The Dutch cabinet blocked the sale of Nexperia to Wingtech.",
            "DT:det>3 JJ:amod>3 NN:nsubj>4 VBD:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 NNP:pobj>7 "
            "IN:prep>4 NNP:pobj>9 .:punct>4",
            {"blocked": "block"},
            {"Dutch": "NORP", "Nexperia": "GPE", "Wingtech": "ORG"},
            (("Netherlands", "restricts", "Nexperia"),),
        ),
        # building named goods for a country supplies it
        (
            "Hanwha Aerospace will build K9 howitzers for Romania.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 NNP:compound>6 NNS:dobj>4 IN:prep>4 "
            "NNP:pobj>7 .:punct>4",
            {"howitzers": "howitzer"},
            {"Hanwha Aerospace": "ORG", "K9": "GPE", "Romania": "GPE"},
            (("Hanwha Aerospace", "supplies", "Romania"),),
        ),
        # a product's name the parser read as a verb of its own is the verb's object
        (
            "Moonshot used Huawei Ascend chips to train its Kimi model.",
            "NN:nsubj>2 VBD:ROOT>0 NNP:dobj>2 VBP:xcomp>2 NNS:dobj>4 TO:aux>7 VB:advcl>4 "
            "PRP$:poss>10 NNP:compound>10 NN:dobj>7 .:punct>2",
            {"used": "use", "chips": "chip"},
            {"Huawei Ascend": "ORG", "Kimi": "PERSON"},
            [("Moonshot AI", "uses", "Ascend")],
        ),
        (
            "The Instinct MI355X accelerators feature HBM3E memory.",
            "DT:det>4 NNP:compound>3 DT:compound>4 NNS:nsubj>5 VBP:ROOT>0 NN:xcomp>5 NN:dobj>6 "
            ".:punct>5",
            {"accelerators": "accelerator"},
            {"Instinct": "NORP"},
            [("MI355X", "uses", "HBM3E")],
        ),
        # the last goods the parser joined to the exports still move to their destination
        (
            "Jakarta halted exports of nickel and bauxite to Japan.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:pobj>4 CC:cc>3 NN:conj>3 IN:prep>7 "
            "NNP:pobj>8 .:punct>2",
            {"halted": "halt", "exports": "export"},
            {"Jakarta": "GPE", "Japan": "GPE"},
            [("Indonesia", "restricts", "bauxite"), ("Indonesia", "restricts", "Japan")],
        ),
        # a government invoking a law issues it
        (
            "Tokyo invoked the Foreign Exchange Act to block the deal.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 NNP:compound>5 NNP:compound>6 NNP:dobj>2 TO:aux>8 "
            "VB:advcl>2 DT:det>10 NN:dobj>8 .:punct>2",
            {"invoked": "invoke"},
            {"Tokyo": "GPE", "the Foreign Exchange Act": "ORG"},
            [("Japan", "issues", "Foreign Exchange Act")],
        ),
        # the measure named again keeps those it names from an act
        (
            "Canada finalised a rule on connected cars. The rule stops carmakers such as BYD from "
            "testing robotaxis.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 JJ:amod>7 NNS:pobj>5 .:punct>2 "
            "DT:det>10 NN:nsubj>11 VBZ:ROOT>0 NNS:dobj>11 JJ:amod>14 IN:prep>12 NNP:pobj>14 "
            "IN:prep>11 VBG:pcomp>16 NN:dobj>17 .:punct>11",
            {
                "finalised": "finalise",
                "cars": "car",
                "stops": "stop",
                "carmakers": "carmaker",
                "testing": "test",
            },
            {"Canada": "GPE", "BYD": "ORG"},
            (("Canada", "restricts", "BYD"),),
        ),
        # the maker of goods banned along with others, hung on "along"
        (
            "Peru banned imports of tyres from Linglong, along with batteries from Gotion and EVE "
            "Energy.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNS:pobj>4 IN:prep>3 NNP:pobj>6 "
            ",:punct>3 IN:prep>2 IN:prep>9 NNS:pobj>10 IN:prep>9 NNP:nmod>16 CC:cc>13 "
            "NNP:conj>13 NNP:pobj>12 .:punct>2",
            {"banned": "ban", "imports": "import", "tyres": "tyre", "batteries": "battery"},
            {"Peru": "GPE", "Linglong": "GPE", "Gotion and EVE Energy": "ORG"},
            (("Peru", "restricts", "Gotion High-Tech"), ("Peru", "restricts", "EVE Energy")),
        ),
        # the product a part is put in uses it, not the one who puts it there
        (
            "Rivian will fit its Autonomy Platform to the R2.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 PRP$:poss>6 NNP:compound>6 NNP:dobj>3 IN:prep>3 "
            "DT:det>9 NNP:pobj>7 .:punct>3",
            {},
            {"Rivian": "NORP", "Autonomy Platform": "WORK_OF_ART", "R2": "DATE"},
            (("R2", "uses", "Autonomy"),),
        ),
    ],
)
def test_verbs_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Malaysia imposed a permit requirement on exports of US-made AI chips.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 IN:prep>5 NNS:pobj>6 "
            "IN:prep>7 NNP:npadvmod>11 HYPH:punct>11 VBN:amod>13 NNP:compound>13 NNS:pobj>8 "
            ".:punct>2",
            {"imposed": "impose", "exports": "export", "made": "make", "chips": "chip"},
            {"Malaysia": "GPE", "US": "GPE", "AI": "GPE"},
            (("permit requirement", "restricts", "United States"),),
        ),
        # a participle hung on what a rule lets others do acts for the rule, not for them
        (
            "The rule sorted buyers into tiers, letting partners such as Chile buy chips "
            "freely while barring them to Iran.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 NNS:dobj>3 IN:prep>3 NNS:pobj>5 ,:punct>3 "
            "VBG:advcl>3 NNS:nsubj>13 JJ:amod>11 IN:prep>9 NNP:pobj>11 VBP:ccomp>8 NNS:dobj>13 "
            "RB:advmod>13 IN:mark>17 VBG:advcl>13 PRP:dobj>17 IN:prep>17 NNP:pobj>19 "
            ".:punct>3",
            {
                "sorted": "sort",
                "buyers": "buyer",
                "tiers": "tier",
                "letting": "let",
                "partners": "partner",
                "chips": "chip",
                "barring": "bar",
                "them": "they",
            },
            {"Chile": "GPE", "Iran": "GPE"},
            (("Chile", "restricts", "Iran"),),
        ),
        (*NEXA_FOUNDRY_IS_EXPECTED, (("Nexa Foundry", "develops", "K7"),)),
        # "all of which were made": a passive relative clause names no maker
        (
            "The halt strands Vostok's Arm-based Vostok-M chip as well as Lyra's Quill-5, all "
            "of which were made on TSMC's 16nm process.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNP:poss>12 POS:case>4 NNP:npadvmod>8 HYPH:punct>8 "
            "VBN:amod>12 NNP:compound>11 HYPH:punct>11 NNP:compound>12 NN:dobj>3 RB:advmod>15 "
            "RB:advmod>15 IN:cc>12 NNP:poss>18 POS:case>16 NN:conj>12 ,:punct>18 "
            "DT:nsubjpass>24 IN:prep>20 WDT:pobj>21 VBD:auxpass>24 VBN:relcl>12 IN:prep>24 "
            "NNP:poss>30 POS:case>26 CD:nummod>30 NN:compound>30 NN:pobj>25 .:punct>3",
            {"strands": "strand", "based": "base", "were": "be", "made": "make"},
            {"Vostok": "PERSON", "Vostok-M": "ORG", "Quill-5": "PRODUCT", "TSMC": "ORG"},
            (("Vostok-M", "manufactures", "Quill-5"),),
        ),
        # what one is kept out of is not restricted
        (
            "Sweden has excluded Chinese vendors from its 5G networks.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 JJ:amod>5 NNS:dobj>3 IN:prep>3 PRP$:poss>10 "
            "CD:nummod>10 NN:compound>10 NNS:pobj>6 .:punct>3",
            {"has": "have", "excluded": "exclude", "vendors": "vendor", "networks": "network"},
            {"Sweden": "GPE"},
            (("Sweden", "restricts", "5G"),),
        ),
        (*ORVEX_S_KESTREL_CHIP, (("Nvidia", "develops", "Atlas"),)),
        # a bid made for a firm is a deal, not goods made for it
        (
            "Shell made an offer for BP.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 .:punct>2",
            {"made": "make"},
            {"Shell": "ORG", "BP": "ORG"},
            (("Shell", "supplies", "BP"),),
        ),
        (*QUANTA_BUILDS_GOOGLE_S, (("Quanta Computer", "develops", "TPU"),)),
        # a plant sold is a business, not goods
        (
            "Lenovo sold its plant in Monterrey to Jabil.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 IN:prep>2 "
            "NNP:pobj>7 .:punct>2",
            {"sold": "sell"},
            {"Lenovo": "ORG", "Monterrey": "GPE", "Jabil": "GPE"},
            (("Lenovo", "supplies", "Jabil"),),
        ),
        (*THE_INDONESIAN_GOVERNMENT_HAS, (("Oppo", "supplies", "Indonesia"),)),
        (*RIVALS_INCLUDE_MINIMAX_AND, (("MiniMax", "develops", "Step-2"),)),
        # the owner of the product used is not the maker of what it uses
        (
            "The company's servers use AMD's Instinct MI300X accelerators.",
            "DT:det>2 NN:poss>4 POS:case>2 NNS:nsubj>5 VBP:ROOT>0 NNP:poss>10 POS:case>6 "
            "NNP:compound>9 NNPS:compound>10 NNS:dobj>5 .:punct>5",
            {"servers": "server", "accelerators": "accelerator"},
            {"AMD": "ORG"},
            (("AMD", "uses", "MI300X"),),
        ),
        # a firm's business is no product that uses what it is built on
        (
            "Nvidia built its business on CUDA.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>2 NNS:pobj>5 .:punct>2",
            {"built": "build"},
            {"Nvidia": "ORG", "CUDA": "ORG"},
            (("Nvidia", "uses", "CUDA"),),
        ),
        # an active clause's subject acts, however its verb is tagged
        (
            "Japan blocked acquisitions by China in its chip sector.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>2 NNP:pobj>4 IN:prep>2 PRP$:poss>9 "
            "NN:compound>9 NN:pobj>6 .:punct>2",
            {"blocked": "block", "acquisitions": "acquisition"},
            {"Japan": "GPE", "China": "GPE"},
            (("China", "restricts", "Japan"),),
        ),
        # halting a measure lifts it
        (
            "Beijing suspended its ban on germanium exports to the United States.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>4 NN:compound>7 NNS:pobj>5 "
            "IN:prep>2 DT:det>11 NNP:compound>11 NNP:pobj>8 .:punct>2",
            {"suspended": "suspend", "exports": "export"},
            {"Beijing": "GPE", "the United States": "GPE"},
            (("China", "restricts", "United States"), ("China", "restricts", "germanium")),
        ),
        # a firm named as anything but a threat
        (
            "Japan named Kioxia as a recipient of new subsidies.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 DT:det>6 NN:pobj>4 IN:prep>6 JJ:amod>9 "
            "NNS:pobj>7 .:punct>2",
            {"named": "name", "subsidies": "subsidy"},
            {"Japan": "GPE", "Kioxia": "PERSON"},
            (("Japan", "restricts", "Kioxia"),),
        ),
        # a blocked deal restricts its buyer, not the firm to be bought
        (*ITALY_BLOCKED_THE_TAKEOVER, (("Italy", "restricts", "Alpi Aviation"),)),
        # a firm's own unit it runs something through is no supplier of it
        (
            "Lotte runs the plant through its subsidiary Lotte Chemical Indonesia.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 PRP$:poss>10 NN:compound>10 "
            "NNP:compound>10 NNP:compound>10 NNP:pobj>5 .:punct>2",
            {"runs": "run"},
            {"Lotte": "PERSON", "Lotte Chemical": "PERSON", "Indonesia": "GPE"},
            (("Lotte Chemical Indonesia", "supplies", "Lotte"),),
        ),
        # a list of those chosen restricts nobody
        (
            "The Pentagon added Boeing to its list of approved suppliers.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 NNP:dobj>3 IN:prep>3 PRP$:poss>7 NN:pobj>5 IN:prep>7 "
            "VBN:amod>10 NNS:pobj>8 .:punct>3",
            {"added": "add", "approved": "approve", "suppliers": "supplier"},
            {"Pentagon": "ORG", "Boeing": "ORG"},
            (("US Defense Department", "restricts", "Boeing"),),
        ),
        # a firm used as an example supplies nothing
        (
            "Microsoft uses Nvidia as an example of a winner.",
            "NNP:nsubj>2 VBZ:ROOT>0 NNP:dobj>2 IN:prep>2 DT:det>6 NN:pobj>4 IN:prep>6 DT:det>9 "
            "NN:pobj>7 .:punct>2",
            {"uses": "use"},
            {"Microsoft": "ORG", "Nvidia": "GPE"},
            [("Nvidia", "supplies", "Microsoft")],
        ),
        (*GEELY_BUILDS_R1_INTO, [("Geely", "manufactures", "DeepSeek-R1")]),
        # the nation of a place goods are kept out of is not restricted
        (*MARITIME_RULE, (("Maritime Commission", "restricts", "United States"),)),
        # keeping a firm informed is no measure: only keeping it from an act
        (
            "Japan kept Toyota informed of the talks.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 VBN:oprd>2 IN:prep>4 DT:det>7 NNS:pobj>5 .:punct>2",
            {"kept": "keep", "informed": "inform", "talks": "talk"},
            {"Japan": "GPE", "Toyota": "ORG"},
            (("Japan", "restricts", "Toyota Motor"),),
        ),
        # a firm kept from an act of no trade or deal is not restricted
        (
            "A German state loan kept Northvolt from filing for bankruptcy last year.",
            "DT:det>4 JJ:amod>4 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 NNP:dobj>5 IN:prep>5 "
            "VBG:pcomp>7 IN:prep>8 NN:pobj>9 JJ:amod>12 NN:npadvmod>8 .:punct>5",
            {"kept": "keep", "filing": "file"},
            {"German": "NORP", "Northvolt": "GPE", "last year": "DATE"},
            (("Germany", "restricts", "Northvolt"),),
        ),
        # the subject of an unnamed measure is trade, not a deal under review
        (
            "The acquisition of Arm by Nvidia would be subject to review, the UK government said.",
            "DT:det>2 NN:nsubj>8 IN:prep>2 NNP:pobj>3 IN:prep>2 NNP:pobj>5 MD:aux>8 VB:ccomp>16 "
            "JJ:acomp>8 IN:prep>9 NN:pobj>10 ,:punct>16 DT:det>15 NNP:compound>15 NN:nsubj>16 "
            "VBD:ROOT>0 .:punct>16",
            {"said": "say"},
            {"Nvidia": "GPE", "UK": "GPE"},
            (("United Kingdom", "restricts", "Arm"),),
        ),
        # a shadow cabinet is not the state
        (
            "Britain's shadow cabinet vowed to ban Huawei.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 TO:aux>7 VB:xcomp>5 "
            "NNP:dobj>7 .:punct>5",
            {"vowed": "vow"},
            {"Britain": "GPE", "Huawei": "ORG"},
            (("United Kingdom", "restricts", "Huawei"),),
        ),
        # goods built for a firm's customers are not built for the firm
        (
            "Hyundai built the Ioniq 5 for Tesla drivers.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>4 IN:prep>2 NNP:compound>8 "
            "NNS:pobj>6 .:punct>2",
            {"built": "build", "drivers": "driver"},
            {"Hyundai": "ORG", "the Ioniq 5": "EVENT", "Tesla": "NORP"},
            (("Hyundai Motor", "supplies", "Tesla"),),
        ),
        # what is fitted with a part uses it, not the one who fits it
        (
            "Xiaomi equipped the SU7 Ultra with CATL's Qilin batteries.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 IN:prep>2 NNP:poss>10 "
            "POS:case>7 NNP:compound>10 NNS:pobj>6 .:punct>2",
            {"equipped": "equip", "batteries": "battery"},
            {"Xiaomi": "PERSON", "the SU7 Ultra": "PERSON", "CATL": "ORG", "Qilin": "GPE"},
            (("Xiaomi", "uses", "SU7 Ultra"), ("Xiaomi", "uses", "Qilin")),
        ),
    ],
)
def test_verbs_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)
