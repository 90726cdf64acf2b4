"""What a measure falls on, said without a trigger of its own: who bears a rate, who is on
a list, what a demanded licence covers, on sentences parsed by hand (see
tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

#: A sentence parsed by hand that more than one case reads.
SOUTH_KOREA_CURBS_HBM = (
    "South Korea will curb exports of HBM chips to China, a move that targets Samsung "
    "Electronics and SK Hynix.",
    "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 NNS:dobj>4 IN:prep>5 NNP:compound>8 "
    "NNS:pobj>6 IN:dative>4 NNP:pobj>9 ,:punct>10 DT:det>13 NN:appos>10 WDT:nsubj>15 "
    "VBZ:relcl>13 NNP:compound>17 NNP:dobj>15 CC:cc>17 NNP:compound>20 NNP:conj>17 "
    ".:punct>4",
    {"exports": "export", "chips": "chip", "targets": "target"},
    {"South Korea": "GPE", "HBM": "ORG", "China": "GPE", "Samsung Electronics": "ORG"},
)
CASES = ("text", "annotation", "lemmas", "ents", "expected")

CASE = ("text", "annotation", "lemmas", "ents", "expected")


# sentences written for the rules, parsed by hand, and the edges each gives
#: Sentences parsed by hand that more than one case reads.
BEIJING_PLACED_FIVE_HEAVY = (
    "Beijing placed five heavy rare earths, including dysprosium and terbium, under export "
    "control.",
    "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>6 JJ:amod>6 JJ:amod>6 NNS:dobj>2 ,:punct>6 "
    "VBG:prep>6 NN:pobj>8 CC:cc>9 NN:conj>9 ,:punct>6 IN:prep>2 NN:compound>15 NN:pobj>13 "
    ".:punct>2",
    {"placed": "place", "earths": "earth", "including": "include"},
    {"Beijing": "GPE"},
)


@pytest.mark.parametrize(
    CASES,
    [
        (
            "The tariff hit Lotte Chemical hardest, and Hanwha Solutions was hit with a 19% "
            "anti-dumping duty.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNP:compound>6 RBS:advmod>3 ,:punct>3 "
            "CC:cc>3 NNP:compound>10 NNPS:nsubjpass>12 VBD:auxpass>12 VBN:conj>3 IN:prep>12 "
            "DT:det>20 CD:nummod>16 NN:nmod>20 JJ:amod>20 JJ:amod>20 JJ:amod>20 NN:pobj>13 "
            ".:punct>12",
            {"hardest": "hard", "was": "be"},
            {"Lotte Chemical": "ORG", "Hanwha Solutions": "ORG"},
            (("19% anti-dumping duty", "restricts", "Hanwha Solutions"),),
        ),
        (
            "Canberra imposed anti-dumping duties on Vietnamese steel. Hoa Sen Group was hit "
            "with the highest rate, while Nam Kim Steel faces 11%.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>6 JJ:amod>6 JJ:amod>6 NNS:dobj>2 IN:prep>2 JJ:amod>9 "
            "NN:pobj>7 .:punct>2 NNP:compound>13 NNP:compound>13 NNP:nsubjpass>15 VBD:auxpass>15 "
            "VBN:ROOT>0 IN:prep>15 DT:det>19 JJS:amod>19 NN:pobj>16 ,:punct>15 IN:mark>25 "
            "NNP:compound>24 NNP:compound>24 NNP:nsubj>25 VBZ:advcl>15 CD:nummod>27 NN:dobj>25 "
            ".:punct>15",
            {
                "imposed": "impose",
                "duties": "duty",
                "was": "be",
                "highest": "high",
                "faces": "face",
            },
            {"Hoa Sen Group": "ORG", "Nam Kim Steel": "ORG"},
            (
                ("anti-dumping duties", "restricts", "Hoa Sen Group"),
                ("anti-dumping duties", "restricts", "Nam Kim Steel"),
                ("Australia", "restricts", "Hoa Sen Group"),
            ),
        ),
        (
            "Orvane Systems has been on the entity list since 2021.",
            "NNP:compound>2 NNPS:nsubj>4 VBZ:aux>4 VBN:ROOT>0 IN:prep>4 DT:det>8 NN:compound>8 "
            "NN:pobj>5 IN:prep>4 CD:pobj>9 .:punct>4",
            {"has": "have", "been": "be"},
            {"Orvane Systems": "ORG"},
            (("Entity List", "restricts", "Orvane Systems"),),
        ),
        (
            "Seoul added 14 firms, among them Pyxis Optics and Belmar Photonics, to its export "
            "control list on Monday.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 ,:punct>2 IN:prep>9 PRP:pobj>6 "
            "NNP:nmod>9 NNP:npadvmod>2 CC:cc>9 NNP:compound>12 NNP:conj>9 ,:punct>9 IN:prep>2 "
            "PRP$:poss>18 NN:compound>17 NN:compound>18 NN:pobj>14 IN:prep>2 NNP:pobj>19 "
            ".:punct>2",
            {"added": "add", "firms": "firm", "them": "they"},
            {"Seoul": "GPE", "Pyxis Optics": "ORG", "Belmar Photonics": "PERSON"},
            (
                ("export control list", "restricts", "Pyxis Optics"),
                ("export control list", "restricts", "Belmar Photonics"),
                ("South Korea", "issues", "export control list"),
                ("South Korea", "restricts", "Belmar Photonics"),
            ),
        ),
        (
            "Kestrel Micro will need a licence from Tokyo to ship its K9 scanners to Vietnam.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 "
            "NNP:pobj>7 TO:aux>10 VB:acl>6 PRP$:poss>13 NNP:compound>13 NNS:dobj>10 IN:prep>10 "
            "NNP:pobj>14 .:punct>4",
            {"scanners": "scanner"},
            {"Kestrel Micro": "ORG", "Tokyo": "GPE", "K9": "GPE", "Vietnam": "GPE"},
            (
                ("Japan", "restricts", "K9"),
                ("Japan", "restricts", "Vietnam"),
                ("Japan", "restricts", "Kestrel Micro"),
            ),
        ),
        (
            "The new rule requires chipmakers to obtain a licence before shipping HBM to Russia.",
            "DT:det>3 JJ:amod>3 NN:nsubj>4 VBZ:ROOT>0 NNS:dobj>4 TO:aux>7 VB:xcomp>4 DT:det>9 "
            "NN:dobj>7 IN:prep>7 VBG:pcomp>10 NNP:dobj>11 IN:prep>11 NNP:pobj>13 .:punct>4",
            {"requires": "require", "chipmakers": "chipmaker", "shipping": "ship"},
            {"HBM": "ORG", "Russia": "GPE"},
            (("licence", "restricts", "HBM"), ("licence", "restricts", "Russia")),
        ),
        (
            "Nigeria suspended the licence of Binance.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 .:punct>2",
            {"suspended": "suspend"},
            {"Binance": "GPE"},
            (("Nigeria", "restricts", "Binance"),),
        ),
        (
            "Kenya's energy regulator revoked the licence of Kenya Power's unit.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            "IN:prep>7 NNP:compound>10 NNP:poss>12 POS:case>10 NN:pobj>8 .:punct>5",
            {"revoked": "revoke"},
            {"Kenya": "GPE", "Kenya Power's": "ORG"},
            (("Kenya's energy regulator", "restricts", "Kenya Power"),),
        ),
        (
            "Sinotrans is subject to export controls imposed by Japan.",
            "NNPS:nsubj>2 VBZ:ROOT>0 JJ:acomp>2 IN:prep>3 NN:compound>6 NNS:pobj>4 VBN:acl>6 "
            "IN:agent>7 NNP:pobj>8 .:punct>2",
            {"is": "be", "controls": "control", "imposed": "impose"},
            {"Japan": "GPE"},
            (("export controls", "restricts", "Sinotrans"),),
        ),
        (
            "Beijing denied Micron an operating permit.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dative>2 DT:det>6 NN:compound>6 NN:dobj>2 .:punct>2",
            {"denied": "deny"},
            {"Beijing": "GPE", "Micron": "PERSON"},
            (("China", "restricts", "Micron Technology"),),
        ),
        (
            "Brussels imposed duties of up to 35% on Chinese EVs. SAIC Motor was hit with the "
            "highest rate, while Geely faces 18.8% and BYD 17%.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 IN:quantmod>7 TO:quantmod>7 CD:nummod>8 "
            "NN:pobj>4 IN:prep>3 JJ:amod>11 NNS:pobj>9 .:punct>2 NNP:compound>14 "
            "NNP:nsubjpass>16 VBD:auxpass>16 VBN:ROOT>0 IN:prep>16 DT:det>20 JJS:amod>20 "
            "NN:pobj>17 ,:punct>16 IN:mark>24 RB:advmod>24 VBZ:advcl>16 CD:nummod>26 NN:dobj>24 "
            "CC:cc>24 NNP:conj>24 CD:nummod>30 NN:appos>28 .:punct>16",
            {
                "imposed": "impose",
                "duties": "duty",
                "EVs": "ev",
                "was": "be",
                "highest": "high",
                "faces": "face",
            },
            {"Brussels": "GPE", "SAIC Motor": "ORG", "BYD": "ORG"},
            (("duties", "restricts", "Geely"), ("duties", "restricts", "BYD")),
        ),
        # the firms a list after the measure names were added to it ("Lyon-based" is no clause)
        (
            "Ottawa added nine firms to its sanctions list, including Lyon-based broker Vessa "
            "Trading and its unit, Vessa Marine.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 PRP$:poss>8 NNS:compound>8 "
            "NN:pobj>5 ,:punct>8 VBG:prep>8 NNP:npadvmod>13 HYPH:punct>13 VBN:amod>16 "
            "NN:compound>16 NNP:compound>16 NNP:pobj>10 CC:cc>16 PRP$:poss>19 NN:conj>16 "
            ",:punct>19 NNP:compound>22 NNP:appos>19 .:punct>2",
            {
                "added": "add",
                "firms": "firm",
                "sanctions": "sanction",
                "including": "include",
                "based": "base",
            },
            {"Ottawa": "GPE", "Lyon": "ORG", "Vessa Trading": "PERSON", "Vessa Marine": "PERSON"},
            (
                ("sanctions list", "restricts", "Vessa Trading"),
                ("sanctions list", "restricts", "Vessa Marine"),
            ),
        ),
        # "the addition of X to a country's ... list": the list restricts X
        (
            "The addition of Norvik Systems and Talon Micro to Korea's strategic export control "
            "list, announced by the trade ministry, surprised investors.",
            "DT:det>2 NN:nsubj>23 IN:prep>2 NNP:compound>5 NNPS:pobj>3 CC:cc>5 NNP:compound>8 "
            "NNP:conj>5 IN:prep>2 NNP:poss>15 POS:case>10 JJ:amod>15 NN:compound>14 "
            "NN:compound>15 NN:pobj>9 ,:punct>2 VBN:acl>2 IN:agent>17 DT:det>21 NN:compound>21 "
            "NN:pobj>18 ,:punct>2 VBD:ROOT>0 NNS:dobj>23 .:punct>23",
            {"announced": "announce", "surprised": "surprise", "investors": "investor"},
            {
                "Norvik Systems": "ORG",
                "Talon Micro": "ORG",
                "Korea": "GPE",
                "the trade ministry": "ORG",
            },
            (
                ("strategic export control list", "restricts", "Norvik Systems"),
                ("South Korea", "restricts", "Talon Micro"),
            ),
        ),
        # a headline's verb in -s read as a plural noun between the body and the firm
        (
            "Japan's antitrust regulator fines Rakuten 2 billion yen over ads",
            "NNP:poss>5 POS:case>1 JJ:amod>5 NN:compound>5 NNS:nsubj>6 VBN:ROOT>0 CD:compound>8 "
            "CD:nummod>9 NNS:dobj>6 IN:prep>6 NNS:pobj>10",
            {"fines": "fine", "ads": "ad"},
            {"Japan": "GPE", "Rakuten": "ORG"},
            (("Japan's regulator", "restricts", "Rakuten Group"),),
        ),
        (
            "Brussels fines Meta 200 million euros over data sharing",
            "NNP:nsubj>2 NNS:ROOT>0 NNP:nmod>6 CD:compound>5 CD:nummod>6 NNS:dobj>6 IN:prep>6 "
            "NNS:compound>9 NN:pobj>7",
            {"fines": "fine", "euros": "euro", "data": "datum"},
            {"Brussels": "GPE", "Meta 200 million": "ORG"},
            (("European Union", "restricts", "Meta Platforms"),),
        ),
        # a revoked licence restricts who it allowed to sell and the one they sold to
        (
            "Ottawa revoked licences that allowed Velmora Systems to ship tools to Orvane "
            "Technologies.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 WDT:nsubj>5 VBD:relcl>3 NNP:compound>7 "
            "NNPS:nsubj>9 TO:aux>9 VB:ccomp>5 NNS:dobj>9 IN:prep>9 NNP:compound>13 NNPS:pobj>11 "
            ".:punct>2",
            {"revoked": "revoke", "licences": "licence", "allowed": "allow", "tools": "tool"},
            {"Ottawa": "GPE", "Velmora Systems": "ORG", "Orvane Technologies": "ORG"},
            (
                ("Canada", "restricts", "Velmora Systems"),
                ("Canada", "restricts", "Orvane Technologies"),
            ),
        ),
        # a government before a participle of restricting
        (
            "EU-sanctioned Sovcomflot added two tankers to its fleet.",
            "NN:npadvmod>3 HYPH:punct>3 VBN:amod>4 NNP:nsubj>5 VBD:ROOT>0 CD:nummod>7 NNS:dobj>5 "
            "IN:prep>5 PRP$:poss>10 NN:pobj>8 .:punct>5",
            {"sanctioned": "sanction", "added": "add", "tankers": "tanker"},
            {"EU": "ORG", "Sovcomflot": "ORG"},
            (("European Union", "restricts", "Sovcomflot"),),
        ),
        # the target of a measure
        (
            "Hikvision, the target of sweeping US sanctions since 2019, reported higher sales.",
            "NNP:nsubj>12 ,:punct>1 DT:det>4 NN:appos>1 IN:prep>4 VBG:amod>8 NNP:compound>8 "
            "NNS:pobj>5 IN:prep>4 CD:pobj>9 ,:punct>1 VBD:ROOT>0 JJR:amod>14 NNS:dobj>12 "
            ".:punct>12",
            {
                "sweeping": "sweep",
                "sanctions": "sanction",
                "reported": "report",
                "higher": "high",
                "sales": "sale",
            },
            {"US": "GPE"},
            (("sanctions", "restricts", "Hikvision"), ("United States", "restricts", "Hikvision")),
        ),
        # the name a participle of listing describes
        (
            "Sugon, the Tianjin-based server maker added to the Entity List in 2019, is expanding.",
            "NNP:nsubj>18 ,:punct>1 DT:det>8 NNP:npadvmod>6 HYPH:punct>6 VBN:amod>8 NN:compound>8 "
            "NN:appos>1 VBD:acl>8 IN:prep>9 DT:det>13 NNP:compound>13 NNP:pobj>10 IN:prep>9 "
            "CD:pobj>14 ,:punct>1 VBZ:aux>18 VBG:ROOT>0 .:punct>18",
            {"based": "base", "added": "add", "is": "be", "expanding": "expand"},
            {"Sugon": "ORG", "Tianjin": "GPE"},
            (("Entity List", "restricts", "Sugon"),),
        ),
        # a kind of goods put under a measure and the goods it lists
        (
            *BEIJING_PLACED_FIVE_HEAVY,
            (("export control", "restricts", "dysprosium"), ("China", "restricts", "terbium")),
        ),
        # a measure a legislature approves
        (
            "Chile's Congress approved tariffs on steel from China.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBD:ROOT>0 NNS:dobj>4 IN:prep>5 NN:pobj>6 "
            "IN:prep>4 NNP:pobj>8 .:punct>4",
            {"approved": "approve", "tariffs": "tariff"},
            {"Chile": "GPE", "Congress": "ORG", "China": "GPE"},
            (("Congress", "issues", "tariffs"), ("Congress", "restricts", "steel")),
        ),
        # the goods of those who must get licences
        (
            "Exporters of tungsten will need licences from May 1, Vietnam's trade ministry said.",
            "NNS:nsubj>5 IN:prep>1 VBN:pobj>2 MD:aux>5 VB:ccomp>15 NNS:dobj>5 IN:prep>5 "
            "NNP:pobj>7 CD:nummod>8 ,:punct>15 NNP:poss>14 POS:case>11 NN:compound>14 NN:nsubj>15 "
            "VBD:ROOT>0 .:punct>15",
            {"Exporters": "exporter", "licences": "licence", "said": "say"},
            {"Vietnam": "GPE"},
            (("Vietnamese Ministry of Industry and Trade", "restricts", "tungsten"),),
        ),
        # a government that will not let goods go restricts where they would go
        (
            "Canada will not approve any exports of military equipment to Israel.",
            "NNP:nsubj>4 MD:aux>4 RB:neg>4 VB:ROOT>0 DT:det>6 NNS:dobj>4 IN:prep>6 JJ:amod>9 "
            "NN:pobj>7 IN:prep>6 NNP:pobj>10 .:punct>4",
            {"exports": "export"},
            {"Canada": "GPE", "Israel": "GPE"},
            (("Canada", "restricts", "Israel"),),
        ),
        (
            "Japan refused to grant export licences for photoresists to South Korea.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 NN:compound>6 NNS:dobj>4 IN:prep>6 "
            "NNS:pobj>7 IN:prep>8 NNP:compound>11 NNP:pobj>9 .:punct>2",
            {"refused": "refuse", "licences": "licence", "photoresists": "photoresist"},
            {"Japan": "GPE", "South Korea": "GPE"},
            (("Japan", "restricts", "South Korea"),),
        ),
        # an authority revoked restricts who held it
        (
            "The FCC voted to revoke the authority of Pacific Networks to provide services.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 TO:aux>5 VB:xcomp>3 DT:det>7 NN:dobj>5 IN:prep>7 "
            "NNP:compound>10 NNPS:pobj>8 TO:aux>12 VB:advcl>5 NNS:dobj>12 .:punct>3",
            {"voted": "vote", "services": "service"},
            {"FCC": "ORG", "Pacific Networks": "ORG"},
            (("Federal Communications Commission", "restricts", "Pacific Networks"),),
        ),
        # "on" hung on the amount of a duty
        (
            "Brazil imposed anti-dumping duties of up to $664 per tonne on steel imported from "
            "China and Vietnam.",
            "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>6 JJ:amod>6 JJ:amod>6 NNS:dobj>2 IN:prep>6 "
            "IN:quantmod>11 TO:quantmod>11 $:quantmod>11 CD:pobj>7 IN:prep>11 NN:pobj>12 "
            "IN:prep>11 NN:pobj>14 VBN:acl>15 IN:prep>16 NNP:pobj>17 CC:cc>18 NNP:conj>18 "
            ".:punct>2",
            {"imposed": "impose", "duties": "duty", "imported": "import"},
            {"Brazil": "GPE", "China": "GPE", "Vietnam": "GPE"},
            (("Brazil", "restricts", "China"), ("anti-dumping duties", "restricts", "steel")),
        ),
        # a headline's passive without its auxiliary: "X fined $5 million by US"
        (
            "Kaspersky fined $5 million by US over sales to Iran",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 NNP:pobj>6 "
            "IN:prep>2 NNS:pobj>8 IN:prep>9 NNP:pobj>10",
            {"fined": "fin", "sales": "sale"},
            {"Kaspersky": "ORG", "US": "GPE", "Iran": "GPE"},
            (("United States", "restricts", "Kaspersky"),),
        ),
        # the body a penalty is paid to restricts the one who pays it
        (
            "Seagate agreed to pay a $300 million penalty to the Bureau of Industry and Security.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 DT:det>9 $:quantmod>8 CD:compound>8 "
            "CD:nummod>9 NN:dobj>4 IN:dative>4 DT:det>12 NNP:pobj>10 IN:prep>12 NNP:pobj>13 "
            "CC:cc>14 NNP:conj>14 .:punct>2",
            {"agreed": "agree"},
            {"Seagate": "ORG", "the Bureau of Industry and Security": "ORG"},
            (("Bureau of Industry and Security", "restricts", "Seagate Technology"),),
        ),
        # a government that takes control of a firm restricts it
        (
            "The Dutch government has taken control of Nexperia, the Chinese-owned chipmaker.",
            "DT:det>3 JJ:amod>3 NN:nsubj>5 VBZ:aux>5 VBN:ROOT>0 NN:dobj>5 IN:prep>6 NNP:pobj>7 "
            ",:punct>8 DT:det>14 NNP:npadvmod>13 HYPH:punct>13 VBN:amod>14 NN:appos>8 .:punct>5",
            {"has": "have", "taken": "take", "owned": "own"},
            {"Nexperia": "GPE"},
            (("Netherlands", "restricts", "Nexperia"),),
        ),
        # a measure restricts who is under it
        (
            "Sovcomflot has been under UK sanctions since 2022.",
            "NN:nsubj>3 VBZ:aux>3 VBN:ROOT>0 IN:prep>3 NNP:compound>6 NNS:pobj>4 IN:prep>3 "
            "CD:pobj>7 .:punct>3",
            {"has": "have", "been": "be", "sanctions": "sanction"},
            {"UK": "GPE", "Sovcomflot": "ORG"},
            (("United Kingdom", "restricts", "Sovcomflot"),),
        ),
        # a measure of restricting restricts whom it is aimed at
        (
            "Peru approved duties of up to 40% on steel imported from countries without a trade "
            "pact, a measure aimed mainly at China.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 IN:quantmod>7 TO:quantmod>7 CD:nummod>8 "
            "NN:pobj>4 IN:prep>3 NN:pobj>9 VBN:acl>10 IN:prep>11 NNS:pobj>12 IN:prep>11 DT:det>17 "
            "NN:compound>17 NN:pobj>14 ,:punct>2 DT:det>20 NN:dobj>2 VBN:acl>20 RB:advmod>23 "
            "IN:prep>21 NNP:pobj>23 .:punct>2",
            {
                "approved": "approve",
                "duties": "duty",
                "imported": "import",
                "countries": "country",
                "aimed": "aim",
            },
            {"Peru": "GPE", "China": "GPE"},
            (("duties", "restricts", "China"),),
        ),
        # a measure that affects firms restricts them
        (
            "The ban mainly affects foreign miners such as Ganfeng Lithium and Tianqi Lithium.",
            "DT:det>2 NN:nsubj>4 RB:advmod>4 VBZ:ROOT>0 JJ:amod>6 NNS:dobj>4 JJ:amod>8 IN:prep>6 "
            "NNP:compound>10 NNP:pobj>8 CC:cc>10 NNP:compound>13 NNP:conj>10 .:punct>4",
            {"affects": "affect", "miners": "miner"},
            {"Ganfeng Lithium": "PERSON"},
            (("ban", "restricts", "Ganfeng Lithium"), ("ban", "restricts", "Tianqi Lithium")),
        ),
        # a government that withholds permits for goods restricts the goods
        (
            "Vietnam's Ministry of Industry has withheld sales permits for Apple's iPhone 17.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>7 IN:prep>3 NNP:pobj>4 VBZ:aux>7 VBN:ROOT>0 "
            "NNS:compound>9 NNS:dobj>7 IN:prep>7 NNP:poss>13 POS:case>11 NNP:pobj>10 CD:nummod>13 "
            ".:punct>7",
            {"has": "have", "withheld": "withhold", "sales": "sale", "permits": "permit"},
            {"Vietnam": "GPE", "Ministry of Industry": "ORG", "Apple": "ORG"},
            (("Ministry of Industry", "restricts", "iPhone 17"),),
        ),
        # (the parser may hang "for" on the permits)
        (
            "Vietnam's Ministry of Industry has withheld sales permits for Apple's iPhone 17.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>7 IN:prep>3 NNP:pobj>4 VBZ:aux>7 VBN:ROOT>0 "
            "NNS:compound>9 NNS:dobj>7 IN:prep>9 NNP:poss>13 POS:case>11 NNP:pobj>10 CD:nummod>13 "
            ".:punct>7",
            {"has": "have", "withheld": "withhold", "sales": "sale", "permits": "permit"},
            {"Vietnam": "GPE", "Ministry of Industry": "ORG", "Apple": "ORG"},
            (("Ministry of Industry", "restricts", "iPhone 17"),),
        ),
        # the next sentence spells out who "them" were: "Those named include"
        (
            "METI added 17 organisations to its End User List on Wednesday. Those named include "
            "Chengdu Tianxun Avionics and Falcon Gulf Trading.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 PRP$:poss>9 NN:compound>9 "
            "NNP:compound>9 NNP:pobj>5 IN:prep>2 NNP:pobj>10 .:punct>2 DT:nsubj>15 VBN:acl>13 "
            "VBP:ROOT>0 NNP:compound>18 NNP:compound>18 NNPS:dobj>15 CC:cc>18 NNP:compound>22 "
            "NNP:compound>22 NNP:conj>18 .:punct>15",
            {"added": "add", "organisations": "organisation", "named": "name"},
            {
                "17": "CARDINAL",
                "End User List": "ORG",
                "Wednesday": "DATE",
                "Chengdu Tianxun Avionics": "ORG",
                "Falcon Gulf Trading": "ORG",
            },
            (
                (
                    "Ministry of Economy, Trade and Industry",
                    "restricts",
                    "Chengdu Tianxun Avionics",
                ),
                ("End User List", "restricts", "Falcon Gulf Trading"),
            ),
        ),
        # "among them" closing the sentence of the noun of who is listed
        (
            "OFAC sanctioned six companies in China for supplying engines used in Iran's drones, "
            "among them Guangzhou Yunfei Power Technology and Yuxin Trading.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 NNP:pobj>5 IN:prep>2 "
            "VBG:amod>9 NNS:pobj>7 VBN:acl>9 IN:prep>10 NNP:poss>14 POS:case>12 NNS:pobj>11 "
            ",:punct>2 IN:prep>21 PRP:pobj>16 NNP:compound>21 NNP:compound>21 NNP:compound>21 "
            "NNP:dep>2 CC:cc>21 NNP:compound>24 NNP:conj>21 .:punct>2",
            {
                "sanctioned": "sanction",
                "companies": "company",
                "supplying": "supply",
                "engines": "engine",
                "used": "use",
                "drones": "drone",
                "them": "they",
            },
            {
                "OFAC": "ORG",
                "six": "CARDINAL",
                "China": "GPE",
                "Iran": "GPE",
                "Guangzhou": "GPE",
                "Yunfei Power Technology": "ORG",
                "Yuxin Trading": "PERSON",
            },
            (
                (
                    "Office of Foreign Assets Control",
                    "restricts",
                    "Guangzhou Yunfei Power Technology",
                ),
                ("Office of Foreign Assets Control", "restricts", "Yuxin Trading"),
            ),
        ),
        # a body named after a committee's noun is a government's
        (
            "Brazil's foreign trade committee Gecex imposed anti-dumping duties on solar "
            "inverters from China.",
            "NNP:poss>5 POS:case>1 JJ:amod>4 NN:compound>5 NN:nsubj>7 NNP:appos>5 VBD:ROOT>0 "
            "JJ:amod>11 JJ:amod>11 JJ:amod>11 NNS:dobj>7 IN:prep>7 JJ:amod>14 NNS:pobj>12 "
            "IN:prep>7 NNP:pobj>15 .:punct>7",
            {"imposed": "impose", "duties": "duty", "inverters": "inverter"},
            {"Brazil": "GPE", "Gecex": "PERSON", "China": "GPE"},
            (("Gecex", "part_of", "Brazil"), ("Gecex", "restricts", "China")),
        ),
        # a rate assigned to a firm, hung as an adverbial noun
        (
            "Brazil imposed duties on inverters from China. Huawei Digital Power received the "
            "lowest rate, while Sungrow Power Supply was assigned 27%.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNS:pobj>4 IN:prep>5 NNP:pobj>6 "
            ".:punct>2 NNP:compound>11 NNP:compound>11 NNP:nsubj>12 VBD:ROOT>0 DT:det>15 "
            "JJS:amod>15 NN:dobj>12 ,:punct>12 IN:mark>22 NNP:compound>20 NNP:compound>20 "
            "NNP:nsubjpass>22 VBD:auxpass>22 VBN:advcl>12 CD:nummod>24 NN:npadvmod>22 "
            ".:punct>12",
            {
                "imposed": "impose",
                "duties": "duty",
                "inverters": "inverter",
                "received": "receive",
                "lowest": "low",
                "was": "be",
                "assigned": "assign",
            },
            {
                "Brazil": "GPE",
                "China": "GPE",
                "Huawei Digital Power": "ORG",
                "Sungrow Power Supply": "ORG",
                "27%": "PERCENT",
            },
            (("Brazil", "restricts", "Sungrow Power Supply"),),
        ),
        # the countries "among them" that close the sentence of a measure's countries
        (
            "Mexico approved tariffs of up to 50% on goods from countries with which it has no "
            "trade agreement, among them China, South Korea and Indonesia.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 IN:quantmod>7 TO:quantmod>7 "
            "CD:nummod>8 NN:pobj>4 IN:prep>3 NNS:pobj>9 IN:prep>3 NNS:pobj>11 IN:prep>16 "
            "WDT:pobj>13 PRP:nsubj>16 VBZ:relcl>12 DT:det>19 NN:compound>19 NN:dobj>16 "
            ",:punct>3 IN:prep>23 PRP:pobj>21 NNP:npadvmod>2 ,:punct>23 NNP:compound>26 "
            "NNP:conj>23 CC:cc>26 NNP:conj>26 .:punct>2",
            {
                "approved": "approve",
                "tariffs": "tariff",
                "goods": "good",
                "countries": "country",
                "has": "have",
                "them": "they",
            },
            {
                "Mexico": "GPE",
                "up to 50%": "PERCENT",
                "China": "GPE",
                "South Korea": "GPE",
                "Indonesia": "GPE",
            },
            (("Mexico", "restricts", "China"), ("Mexico", "restricts", "Indonesia")),
        ),
        # "so-called" is no part of a measure's name
        (
            "Washington will halve the so-called fentanyl tariff on Chinese goods to 10%.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>9 RB:advmod>7 HYPH:punct>7 VBN:amod>9 "
            "JJ:amod>9 NN:dobj>3 IN:prep>9 JJ:amod>12 NNS:pobj>10 IN:prep>3 CD:nummod>15 "
            "NN:pobj>13 .:punct>3",
            {"called": "call", "goods": "good"},
            {"Washington": "GPE", "Chinese": "NORP", "10%": "PERCENT"},
            (("fentanyl tariff", "restricts", "China"),),
        ),
        # a fine imposed on a firm, also in a clause on the fine
        (
            "The Competition Commission of India imposed a fine on Google.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>6 IN:prep>3 NNP:pobj>4 VBD:ROOT>0 DT:det>8 "
            "NN:dobj>6 IN:prep>6 NNP:pobj>9 .:punct>6",
            {"imposed": "impose"},
            {"The Competition Commission of India": "ORG", "Google": "ORG"},
            [("Competition Commission of India", "restricts", "Google")],
        ),
        (
            "A court upheld a fine that the Competition Commission of India imposed on Google.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 WDT:dobj>12 DT:det>9 "
            "NNP:compound>9 NNP:nsubj>12 IN:prep>9 NNP:pobj>10 VBD:relcl>5 IN:prep>12 NNP:pobj>13 "
            ".:punct>3",
            {"upheld": "uphold", "imposed": "impose"},
            {"the Competition Commission of India": "ORG", "Google": "ORG"},
            [("Competition Commission of India", "restricts", "Google")],
        ),
        # the makers of goods that face a measure's duties
        (
            "Under the ruling, scooters made by Niu Technologies and Yadea will face duties of "
            "18%.",
            "IN:prep>13 DT:det>3 NN:pobj>1 ,:punct>13 NNS:nsubj>13 VBN:acl>5 IN:agent>6 "
            "NNP:compound>9 NNP:pobj>7 CC:cc>9 NNP:conj>9 MD:aux>13 VB:ROOT>0 NNS:dobj>13 "
            "IN:prep>14 CD:nummod>17 NN:pobj>15 .:punct>13",
            {"scooters": "scooter", "made": "make", "duties": "duty"},
            {"Niu Technologies": "ORG", "Yadea": "PERSON", "18%": "PERCENT"},
            [("ruling", "restricts", "Niu Technologies"), ("ruling", "restricts", "Yadea")],
        ),
        # what a measure its clause names is aimed at, also by what it curbs
        (
            "Argentina's Economy Ministry raised import tariffs on 300 product lines, a measure "
            "aimed chiefly at China.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 NN:compound>7 NNS:dobj>5 "
            "IN:prep>5 CD:nummod>11 NN:compound>11 NNS:pobj>8 ,:punct>5 DT:det>14 NN:npadvmod>5 "
            "VBN:acl>14 RB:advmod>15 IN:prep>15 NNP:pobj>17 .:punct>5",
            {"raised": "raise", "tariffs": "tariff", "lines": "line", "aimed": "aim"},
            {"Argentina": "GPE", "Economy Ministry": "ORG", "300": "CARDINAL", "China": "GPE"},
            [("Argentine Ministry of Economy", "restricts", "China")],
        ),
        (
            "India has ordered that laptop imports will require a licence, in a move aimed at "
            "curbing shipments from China.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 IN:mark>8 NN:compound>6 NNS:nsubj>8 MD:aux>8 "
            "VB:ccomp>3 DT:det>10 NN:dobj>8 ,:punct>8 IN:prep>8 DT:det>14 NN:pobj>12 VBN:acl>14 "
            "IN:prep>15 VBG:pcomp>16 NNS:dobj>17 IN:prep>17 NNP:pobj>19 .:punct>3",
            {
                "has": "have",
                "ordered": "order",
                "imports": "import",
                "aimed": "aim",
                "curbing": "curb",
                "shipments": "shipment",
            },
            {"India": "GPE", "China": "GPE"},
            [("India", "restricts", "China")],
        ),
        # "a move that targets" is the clause's actor's doing, not the name it is set beside
        (*SOUTH_KOREA_CURBS_HBM, [("South Korea", "restricts", "Samsung Electronics")]),
        # a measure that stops a firm, a government that stops exports
        (
            "The ban stops Huawei from buying American chips.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNP:dobj>3 IN:prep>3 VBG:pcomp>5 JJ:amod>8 NNS:dobj>6 "
            ".:punct>3",
            {"stops": "stop", "buying": "buy", "chips": "chip"},
            {"Huawei": "ORG", "American": "NORP"},
            [("ban", "restricts", "Huawei")],
        ),
        (
            "China stopped exports of gallium to the United States.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NN:pobj>4 IN:prep>2 DT:det>9 "
            "NNP:compound>9 NNP:pobj>6 .:punct>2",
            {"stopped": "stop", "exports": "export"},
            {"China": "GPE", "the United States": "GPE"},
            [("China", "restricts", "gallium"), ("China", "restricts", "United States")],
        ),
        # "a step that curbs" set beside a measure is the measure's doing; an active verb's
        # "by" names who sells the goods it curbs
        (
            "Exports of the tools will need individual licences, a step that mainly curbs sales "
            "to China by Tokyo Electron and Nikon.",
            "NNS:nsubj>6 IN:prep>1 DT:det>4 NNS:pobj>2 MD:aux>6 VB:ROOT>0 JJ:amod>8 NNS:dobj>6 "
            ",:punct>8 DT:det>11 NN:appos>8 WDT:nsubj>14 RB:advmod>14 VBZ:relcl>11 NNS:dobj>14 "
            "IN:prep>14 NNP:pobj>16 IN:agent>14 NNP:compound>20 NNP:pobj>18 CC:cc>20 NNP:conj>20 "
            ".:punct>6",
            {
                "Exports": "export",
                "tools": "tool",
                "licences": "licence",
                "curbs": "curb",
                "sales": "sale",
            },
            {"China": "GPE", "Tokyo Electron": "ORG", "Nikon": "ORG"},
            [("individual licences", "restricts", "Tokyo Electron")],
        ),
        # a rate a measure of the sentence sets for a firm
        (
            "Canada's new duties on Chinese solar panels range from 12% for Jinko to 40% for "
            "Trina.",
            "NNP:poss>4 POS:case>1 JJ:amod>4 NNS:nsubj>9 IN:prep>4 JJ:amod>8 JJ:amod>8 NNS:pobj>5 "
            "VBP:ROOT>0 IN:prep>9 CD:nummod>12 NN:pobj>10 IN:prep>10 NNP:pobj>13 IN:prep>10 "
            "CD:nummod>17 NN:pobj>15 IN:prep>10 NNP:pobj>18 .:punct>9",
            {"duties": "duty", "panels": "panel"},
            {"Canada": "GPE", "Chinese": "NORP", "Jinko": "ORG", "Trina": "ORG"},
            (
                ("duties", "restricts", "JinkoSolar"),
                ("duties", "restricts", "Trina"),
                ("Canada", "restricts", "JinkoSolar"),
            ),
        ),
        # trade made subject to licensing, by the government that says so
        (
            "Exports of lithography tools to China will be subject to licensing, the Dutch "
            "government said.",
            "NNS:nsubj>8 IN:prep>1 NN:compound>4 NNS:pobj>2 IN:prep>1 NNP:pobj>5 MD:aux>8 "
            "VB:ccomp>16 JJ:acomp>8 IN:prep>9 NN:pobj>10 ,:punct>16 DT:det>15 JJ:amod>15 "
            "NN:nsubj>16 VBD:ROOT>0 .:punct>16",
            {"Exports": "export", "tools": "tool", "said": "say"},
            {"China": "GPE", "Dutch": "NORP"},
            (("Netherlands", "restricts", "China"),),
        ),
        # the goods a revoked licence allowed to be sold
        (
            "The US revoked licences that allowed Intel to sell its Xeon processors to Huawei.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 NNS:dobj>3 WDT:nsubj>6 VBD:relcl>4 NNP:nsubj>9 "
            "TO:aux>9 VB:ccomp>6 PRP$:poss>12 NNP:compound>12 NNS:dobj>9 IN:dative>9 NNP:pobj>13 "
            ".:punct>3",
            {
                "revoked": "revoke",
                "licences": "licence",
                "allowed": "allow",
                "processors": "processor",
            },
            {"US": "GPE", "Intel": "ORG", "Xeon": "GPE", "Huawei": "ORG"},
            [("United States", "restricts", "Xeon"), ("United States", "restricts", "Huawei")],
        ),
        # a bare "measure" names no measure: the one its clause raised is the one aimed
        (
            "Chile's trade ministry raised duties on steel bars to 28%, a measure aimed mainly at "
            "India.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 NNS:dobj>5 IN:prep>6 "
            "NN:compound>9 NNS:pobj>7 IN:prep>5 CD:nummod>12 NN:pobj>10 ,:punct>5 DT:det>15 "
            "NN:dobj>5 VBN:acl>15 RB:advmod>18 IN:prep>16 NNP:pobj>18 .:punct>5",
            {"raised": "raise", "duties": "duty", "bars": "bar", "aimed": "aim"},
            {"Chile": "GPE", "28%": "PERCENT", "India": "GPE"},
            (("duties", "restricts", "India"), ("Chile's trade ministry", "restricts", "India")),
        ),
        # a move's maker restricts whom the move is aimed at, where its sentence says the
        # move restricts
        (
            "Ottawa's move, aimed at Hikvision, adds to US curbs on Chinese cameras.",
            "NNP:poss>3 POS:case>1 NN:nsubj>9 ,:punct>3 VBN:acl>3 IN:prep>5 NNP:pobj>6 ,:punct>3 "
            "VBZ:ROOT>0 IN:prep>9 NNP:compound>12 NNS:pobj>10 IN:prep>12 JJ:amod>15 NNS:pobj>13 "
            ".:punct>9",
            {"aimed": "aim", "adds": "add", "curbs": "curb", "cameras": "camera"},
            {"Ottawa": "GPE", "Hikvision": "ORG", "US": "GPE", "Chinese": "NORP"},
            (("Canada", "restricts", "Hikvision"),),
        ),
        # ... and "in a move targeting" those its clause's actor restricts
        (
            "Tokyo added nine firms to its end-user list, in a move targeting Iran's drone makers "
            "Qods Aviation and Shahed Aviation.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 PRP$:poss>10 NN:compound>9 "
            "HYPH:punct>9 NN:compound>10 NN:pobj>5 ,:punct>2 IN:prep>2 DT:det>14 NN:pobj>12 "
            "VBG:acl>14 NNP:poss>19 POS:case>16 NN:compound>19 NNS:dobj>15 NNP:compound>21 "
            "NNP:appos>19 CC:cc>21 NNP:compound>24 NNP:conj>21 .:punct>2",
            {"added": "add", "firms": "firm", "targeting": "target", "makers": "maker"},
            {
                "Tokyo": "GPE",
                "nine": "CARDINAL",
                "Iran": "GPE",
                "Qods Aviation and Shahed Aviation": "ORG",
            },
            (("Japan", "restricts", "Qods Aviation"), ("Japan", "restricts", "Shahed Aviation")),
        ),
        # a body that says who bears a measure of no name restricts them
        (
            "Mexico's trade tribunal said Hisense faces duties of up to 40%.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 NNP:nsubj>7 VBZ:ccomp>5 "
            "NNS:dobj>7 IN:prep>8 IN:quantmod>12 TO:quantmod>12 CD:nummod>13 NN:pobj>9 .:punct>5",
            {"said": "say", "faces": "face", "duties": "duty"},
            {"Mexico": "GPE", "Hisense": "ORG", "up to 40%": "PERCENT"},
            (("Mexico's trade tribunal", "restricts", "Hisense"),),
        ),
        # the giver of a charge borne restricts who bears it
        (
            "Temu faces a fine from Korea's Fair Trade Commission.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:poss>10 POS:case>6 "
            "NNP:compound>9 NNP:compound>10 NNP:pobj>5 .:punct>2",
            {"faces": "face"},
            {"Temu": "PERSON", "Korea": "GPE", "Fair Trade Commission": "ORG"},
            (("Fair Trade Commission", "restricts", "Temu"),),
        ),
        # who bears a measure is not who issues it: the country's name before it does
        (
            "Chinese robot makers face a UK ban from March.",
            "JJ:amod>3 NN:compound>3 NNS:nsubj>4 VBP:ROOT>0 DT:det>7 NNP:compound>7 NN:dobj>4 "
            "IN:prep>4 NNP:pobj>8 .:punct>4",
            {"makers": "maker"},
            {"Chinese": "NORP", "UK": "GPE", "March": "DATE"},
            (("United Kingdom", "issues", "ban"), ("United Kingdom", "restricts", "China")),
        ),
        # the measure a clause names, past a participle the parser read as a preposition
        (
            "Colombia raised tariffs on 200 goods, including tyres and glass, from countries "
            "without a trade pact, a measure aimed at China.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>2 CD:nummod>6 NNS:pobj>4 ,:punct>6 "
            "VBG:prep>6 NNS:pobj>8 CC:cc>9 NN:conj>9 ,:punct>6 IN:prep>2 NNS:pobj>13 IN:prep>14 "
            "DT:det>18 NN:compound>18 NN:pobj>15 ,:punct>2 DT:det>21 NN:appos>9 VBN:acl>21 "
            "IN:prep>22 NNP:pobj>23 .:punct>2",
            {
                "raised": "raise",
                "tariffs": "tariff",
                "goods": "good",
                "including": "include",
                "tyres": "tyre",
                "countries": "country",
                "aimed": "aim",
            },
            {"Colombia": "GPE", "200": "CARDINAL", "China": "GPE"},
            (("Colombia", "restricts", "China"),),
        ),
        # "it" after a measure its issuer adopted is the measure, which lists whom it names
        (
            "Britain adopted a new sanctions package. It lists Rosneft and Lukoil.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 JJ:amod>6 NNS:compound>6 NN:dobj>2 .:punct>2 "
            "PRP:nsubj>9 VBZ:ROOT>0 NNP:dobj>9 CC:cc>10 NNP:conj>10 .:punct>9",
            {"adopted": "adopt", "sanctions": "sanction", "lists": "list"},
            {"Britain": "GPE", "Rosneft": "ORG", "Lukoil": "ORG"},
            (("United Kingdom", "restricts", "Rosneft"), ("United Kingdom", "restricts", "Lukoil")),
        ),
        # a measure on a number of names the next sentence spells out, past a place that
        # opens a firm's name
        (
            "Japan imposed sanctions on 11 companies on Friday. Those targeted include Shenzhen "
            "Sinno and Asia Pacific Links.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 CD:nummod>6 NNS:pobj>4 IN:prep>2 "
            "NNP:pobj>7 .:punct>2 DT:nsubj>12 VBN:acl>10 VBP:ROOT>0 NNP:compound>14 NNP:dobj>12 "
            "CC:cc>14 NNP:compound>18 NNP:compound>18 NNS:conj>14 .:punct>12",
            {
                "imposed": "impose",
                "sanctions": "sanction",
                "companies": "company",
                "targeted": "target",
                "Links": "link",
            },
            {
                "Japan": "GPE",
                "11": "CARDINAL",
                "Friday": "DATE",
                "Shenzhen Sinno": "PERSON",
                "Asia Pacific Links": "ORG",
            },
            (("Japan", "restricts", "Sinno"), ("Japan", "restricts", "Asia Pacific Links")),
        ),
        # a list of targets spells out whom the list was added to, though "its"
        (
            "Washington added 12 Chinese firms to the entity list. Its targets include SMIC and "
            "Hua Hong.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>5 JJ:amod>5 NNS:dobj>2 IN:prep>2 DT:det>9 "
            "NN:compound>9 NN:pobj>6 .:punct>2 PRP$:poss>12 NNS:nsubj>13 VBP:ROOT>0 NNP:dobj>13 "
            "CC:cc>14 NNP:compound>17 NNP:conj>14 .:punct>13",
            {"added": "add", "firms": "firm", "targets": "target"},
            {"Washington": "ORG", "12": "CARDINAL", "Chinese": "NORP", "Hua Hong": "PERSON"},
            (("United States", "restricts", "SMIC"),),
        ),
        # firms added to a list the parser set beside the words before it
        (
            "Tokyo has added 20 Chinese entities, among them chip designer Hexin Tech and laser "
            "maker Nanhu Optics, to its foreign end-user (FEU) entity list.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 CD:nummod>6 JJ:amod>6 NNS:dobj>3 ,:punct>6 "
            "IN:prep>3 PRP:pobj>8 NN:compound>11 NN:pobj>8 NNP:nmod>13 NNP:nmod>16 CC:cc>13 "
            "NN:compound>16 NN:compound>18 NNP:compound>18 NNP:appos>11 ,:punct>8 IN:prep>3 "
            "PRP$:poss>25 JJ:amod>23 NN:compound>25 HYPH:punct>25 NN:pobj>20 -LRB-:punct>30 "
            "NNP:nmod>30 -RRB-:punct>27 NN:compound>30 NN:appos>25 .:punct>3",
            {"has": "have", "added": "add", "entities": "entity", "them": "they"},
            {"Tokyo": "GPE", "20": "CARDINAL", "Chinese": "NORP", "FEU": "ORG"},
            (("Japan", "restricts", "Hexin Tech"), ("Japan", "restricts", "Nanhu Optics")),
        ),
        # a rate applied to a firm, or a rate for one, under the measure a verb imposed
        (
            "Brazil imposed duties of 20% on Chinese tyres, with the highest rate applied to "
            "Linglong Tire.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 CD:nummod>6 NN:pobj>4 IN:prep>3 "
            "JJ:amod>9 NNS:pobj>7 ,:punct>2 IN:prep>2 DT:det>14 JJS:amod>14 NN:pobj>11 VBN:acl>14 "
            "IN:prep>15 NNP:compound>18 NNP:pobj>16 .:punct>2",
            {
                "imposed": "impose",
                "duties": "duty",
                "tyres": "tyre",
                "highest": "high",
                "applied": "apply",
            },
            {"Brazil": "GPE", "20%": "PERCENT", "Chinese": "NORP", "Linglong Tire": "ORG"},
            (("Brazil", "restricts", "Linglong Tire"),),
        ),
        (
            "Brazil imposed duties of 20% on Chinese tyres, with the highest rate applied to "
            "Linglong Tire and a 9% rate for Sailun Group.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 CD:nummod>6 NN:pobj>4 IN:prep>3 "
            "JJ:amod>9 NNS:pobj>7 ,:punct>2 IN:prep>2 DT:det>14 JJS:amod>14 NN:pobj>11 VBN:acl>14 "
            "IN:prep>15 NNP:compound>18 NNP:pobj>16 CC:cc>18 DT:det>23 CD:nummod>22 "
            "NN:compound>23 NN:conj>18 IN:prep>23 NNP:compound>26 NNP:pobj>24 .:punct>2",
            {
                "imposed": "impose",
                "duties": "duty",
                "tyres": "tyre",
                "highest": "high",
                "applied": "apply",
            },
            {"Brazil": "GPE", "20%": "PERCENT", "Chinese": "NORP", "Sailun Group": "ORG"},
            (("Brazil", "restricts", "Sailun Group"),),
        ),
        # the country goods one is kept from taking are said to be made in
        (
            "Vietnam barred telecom operators from using Chinese-made routers.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NNS:dobj>2 IN:prep>2 VBG:pcomp>5 NNP:npadvmod>9 "
            "HYPH:punct>9 VBN:amod>10 NNS:dobj>6 .:punct>2",
            {"barred": "bar", "operators": "operator", "using": "use", "made": "make"},
            {"Vietnam": "GPE", "Chinese": "NORP"},
            (("Vietnam", "restricts", "China"),),
        ),
        # who pays a duty bears it
        (
            "Mexico will pay anti-dumping duties imposed by the United States.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 JJ:amod>7 JJ:amod>7 JJ:amod>7 NNS:dobj>3 VBN:acl>7 "
            "IN:agent>8 DT:det>12 NNP:compound>12 NNP:pobj>9 .:punct>3",
            {"duties": "duty", "imposed": "impose"},
            {"Mexico": "GPE", "the United States": "GPE"},
            (("United States", "restricts", "Mexico"),),
        ),
    ],
)
def test_measures_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Tamsin Labs obtained a licence to ship its T4 sensors to India.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 DT:det>5 NN:dobj>3 TO:aux>7 VB:relcl>5 "
            "PRP$:poss>10 NNP:compound>10 NNS:dobj>7 IN:prep>7 NNP:pobj>11 .:punct>3",
            {"obtained": "obtain", "sensors": "sensor"},
            {"Tamsin Labs": "PERSON", "India": "GPE"},
            (("licence", "restricts", "T4"), ("licence", "restricts", "India")),
        ),
        (
            "Ofcom did not revoke the licence of GB News.",
            "NNP:nsubj>4 VBD:aux>4 RB:neg>4 VB:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 .:punct>4",
            {"did": "do"},
            {"Ofcom": "ORG", "GB News": "ORG"},
            (("Ofcom", "restricts", "GB News"),),
        ),
        # goods of a kind are no models of it
        (*BEIJING_PLACED_FIVE_HEAVY, (("dysprosium", "part_of", "heavy rare earths"),)),
        # exports not yet approved are a decision still to come, not a refusal
        (
            "The US has not yet approved exports of H20 chips to China.",
            "DT:det>2 NNP:nsubj>6 VBZ:aux>6 RB:neg>6 RB:advmod>6 VBN:ROOT>0 NNS:dobj>6 IN:prep>7 "
            "NNP:compound>10 NNS:pobj>8 IN:prep>7 NNP:pobj>11 .:punct>6",
            {"has": "have", "approved": "approve", "exports": "export", "chips": "chip"},
            {"US": "GPE", "H20": "ORG", "China": "GPE"},
            (("United States", "restricts", "China"),),
        ),
        # permits not withheld restrict nothing
        (
            "Vietnam's Ministry of Industry did not withhold sales permits for Apple's iPhone 17.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>8 IN:prep>3 NNP:pobj>4 VBD:aux>8 RB:neg>8 VB:ROOT>0 "
            "NNS:compound>10 NNS:dobj>8 IN:prep>8 NNP:poss>14 POS:case>12 NNP:pobj>11 CD:nummod>14 "
            ".:punct>8",
            {"did": "do", "sales": "sale", "permits": "permit"},
            {"Vietnam": "GPE", "Ministry of Industry": "ORG", "Apple": "ORG"},
            (("Ministry of Industry", "restricts", "iPhone 17"),),
        ),
        # a licence to ship goods named after a country restricts no such country
        (
            "Under the rule, Kioxia and Micron must obtain licences to ship Japanese tools to "
            "their plants in China.",
            "IN:prep>9 DT:det>3 NN:pobj>1 ,:punct>9 NNP:nsubj>9 CC:cc>5 NNP:conj>5 MD:aux>9 "
            "VB:ROOT>0 NNS:dobj>9 TO:aux>12 VB:acl>10 JJ:amod>14 NNS:dobj>12 IN:prep>12 "
            "PRP$:poss>17 NNS:pobj>15 IN:prep>17 NNP:pobj>18 .:punct>9",
            {"licences": "licence", "tools": "tool", "plants": "plant"},
            {"Kioxia": "PERSON", "Micron": "ORG", "Japanese": "NORP", "China": "GPE"},
            (("licences", "restricts", "Japan"), ("rule", "restricts", "Japan")),
        ),
        # (nor the country before a firm's descriptor or its name)
        (
            "Beijing placed US drone maker Vantor and eight other American defence contractors "
            "on its unreliable entity list.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NN:compound>5 NN:compound>6 NNP:dobj>2 CC:cc>6 "
            "CD:nummod>12 JJ:amod>12 JJ:amod>12 NN:compound>12 NNS:conj>6 IN:prep>2 PRP$:poss>17 "
            "JJ:amod>17 NN:compound>17 NN:pobj>13 .:punct>2",
            {"placed": "place", "contractors": "contractor"},
            {"Beijing": "GPE", "US": "GPE", "Vantor": "ORG", "American": "NORP"},
            (("China", "restricts", "United States"),),
        ),
        # the country of the firms a measure names is not what it restricts
        (
            "China put seven US defence firms on its unreliable entity list, including "
            "Skyridge Dynamics and Halvorsen Systems.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>6 NNP:compound>6 NN:compound>6 NNS:dobj>2 "
            "IN:prep>2 PRP$:poss>11 JJ:amod>11 NN:compound>11 NN:pobj>7 ,:punct>11 "
            "VBG:prep>11 NNP:compound>15 NNPS:pobj>13 CC:cc>15 NNP:compound>18 NNPS:conj>15 "
            ".:punct>2",
            {"firms": "firm", "including": "include"},
            {
                "China": "GPE",
                "seven": "CARDINAL",
                "US": "GPE",
                "Skyridge Dynamics": "ORG",
                "Halvorsen Systems": "ORG",
            },
            (("China", "restricts", "United States"),),
        ),
        (
            *SOUTH_KOREA_CURBS_HBM,
            [("China", "restricts", "Samsung Electronics"), ("China", "restricts", "SK Hynix")],
        ),
        # a measure eased to boost shipments is aimed at no restriction
        (
            "Japan eased export controls on chip tools, a move aimed at boosting shipments to "
            "China.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NNS:dobj>2 IN:prep>4 NN:compound>7 NNS:pobj>5 "
            ",:punct>4 DT:det>10 NN:appos>4 VBN:acl>10 IN:prep>11 VBG:pcomp>12 NNS:dobj>13 "
            "IN:prep>13 NNP:pobj>15 .:punct>2",
            {
                "eased": "ease",
                "controls": "control",
                "tools": "tool",
                "aimed": "aim",
                "boosting": "boost",
                "shipments": "shipment",
            },
            {"Japan": "GPE", "China": "GPE"},
            [("Japan", "restricts", "China")],
        ),
        # the country goods are named after is not kept from anything; a firm that stops
        # shipping restricts no one
        (
            "The EU barred Huawei from buying Japanese chips.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 NNP:dobj>3 IN:prep>3 VBG:pcomp>5 JJ:amod>8 "
            "NNS:dobj>6 .:punct>3",
            {"barred": "bar", "buying": "buy", "chips": "chip"},
            {"EU": "ORG", "Huawei": "ORG", "Japanese": "NORP"},
            [("European Union", "restricts", "Japan")],
        ),
        (
            "TSMC stopped shipping chips to Huawei in 2020.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NNS:dobj>2 IN:prep>2 NNP:pobj>5 IN:prep>2 "
            "CD:pobj>7 .:punct>2",
            {"stopped": "stop", "chips": "chip"},
            {"TSMC": "ORG", "Huawei": "ORG", "2020": "DATE"},
            [("TSMC", "restricts", "Huawei")],
        ),
        # (not where it is said not to be)
        (
            "Exports of lithography tools to China will not be subject to licensing, the Dutch "
            "government said.",
            "NNS:nsubj>9 IN:prep>1 NN:compound>4 NNS:pobj>2 IN:prep>1 NNP:pobj>5 MD:aux>9 "
            "RB:neg>9 VB:ccomp>17 JJ:acomp>9 IN:prep>10 NN:pobj>11 ,:punct>17 DT:det>16 "
            "JJ:amod>16 NN:nsubj>17 VBD:ROOT>0 .:punct>17",
            {"Exports": "export", "tools": "tool", "said": "say"},
            {"China": "GPE", "Dutch": "NORP"},
            (("Netherlands", "restricts", "China"),),
        ),
        # a rate no measure of the sentence sets
        (
            "Despite the EU's tariffs on Chinese EVs, sales rose 20% for BYD in Europe.",
            "IN:prep>11 DT:det>3 NNP:poss>5 POS:case>3 NNS:pobj>1 IN:prep>5 JJ:amod>8 NNS:pobj>6 "
            ",:punct>11 NNS:nsubj>11 VBD:ROOT>0 CD:nummod>13 NN:npadvmod>11 IN:prep>11 "
            "NNP:pobj>14 IN:prep>15 NNP:pobj>16 .:punct>11",
            {"tariffs": "tariff", "EVs": "ev", "sales": "sale", "rose": "rise"},
            {"EU": "ORG", "Chinese": "NORP", "BYD": "ORG", "Europe": "LOC"},
            (("tariffs", "restricts", "BYD"), ("European Union", "restricts", "BYD")),
        ),
        # (a sentence on someone's own is no list of those a measure named)
        (
            "Ottawa sanctioned nine firms on Monday. Its largest customers include Shopify and "
            "Bombardier.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 NNP:pobj>5 .:punct>2 "
            "PRP$:poss>10 JJS:amod>10 NNS:nsubj>11 VBP:ROOT>0 NNP:dobj>11 CC:cc>12 NNP:conj>12 "
            ".:punct>11",
            {
                "sanctioned": "sanction",
                "firms": "firm",
                "largest": "large",
                "customers": "customer",
            },
            {"Ottawa": "GPE", "nine": "CARDINAL", "Monday": "DATE", "Shopify": "GPE"},
            (("Canada", "restricts", "Shopify"), ("Canada", "restricts", "Bombardier")),
        ),
        # (a move aimed at firms that helps them is no restriction)
        (
            "Brussels approved state aid, in a move aimed at Intel and Infineon.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NN:dobj>2 ,:punct>2 IN:prep>2 DT:det>8 "
            "NN:pobj>6 VBN:acl>8 IN:prep>9 NNP:pobj>10 CC:cc>11 NNP:conj>11 .:punct>2",
            {"approved": "approve", "aimed": "aim"},
            {"Brussels": "GPE", "Intel": "ORG", "Infineon": "GPE"},
            (
                ("European Union", "restricts", "Intel"),
                ("European Union", "restricts", "Infineon Technologies"),
            ),
        ),
        # (a charge another state levies where goods go is not the sayer's)
        (
            "Korea's finance ministry said Kia faces a 15% duty on cars shipped to the United "
            "States.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNP:nsubj>7 VBZ:ccomp>5 "
            "DT:det>11 CD:nummod>10 NN:compound>11 NN:dobj>7 IN:prep>11 NNS:pobj>12 VBN:acl>13 "
            "IN:prep>14 DT:det>18 NNP:compound>18 NNP:pobj>15 .:punct>5",
            {"said": "say", "faces": "face", "cars": "car", "shipped": "ship"},
            {"Korea": "GPE", "Kia": "ORG", "15%": "PERCENT", "the United States": "GPE"},
            (("South Korea's finance ministry", "restricts", "Kia"),),
        ),
        # (a rate received is no charge)
        (
            "Northvolt received a low interest rate from the European Investment Bank.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 JJ:amod>6 NN:compound>6 NN:dobj>2 IN:prep>6 "
            "DT:det>11 NNP:compound>11 NNP:compound>11 NNP:pobj>7 .:punct>2",
            {"received": "receive"},
            {"Northvolt": "GPE", "the European Investment Bank": "ORG"},
            (("European Investment Bank", "restricts", "Northvolt"),),
        ),
        # ("it" after a firm's sentence is no measure)
        (
            "Honda warned of a hit from the 15% US tariff. It also named Denso as a key supplier.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 DT:det>5 NN:pobj>3 IN:prep>5 DT:det>11 CD:nummod>9 "
            "NN:compound>11 NNP:compound>11 NN:pobj>6 .:punct>2 PRP:nsubj>15 RB:advmod>15 "
            "VBD:ROOT>0 NNP:dobj>15 IN:prep>15 DT:det>20 JJ:amod>20 NN:pobj>17 .:punct>15",
            {"warned": "warn", "named": "name"},
            {"Honda": "ORG", "15%": "PERCENT", "US": "GPE", "Denso": "PERSON"},
            (("United States", "restricts", "Denso"),),
        ),
        # (goods named after a country say nothing of where they are made)
        (
            "Vietnam barred telecom operators from using American routers and Chinese drones.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:compound>4 NNS:dobj>2 IN:prep>2 VBG:pcomp>5 JJ:amod>8 "
            "NNS:dobj>6 CC:cc>8 JJ:amod>11 NNS:conj>8 .:punct>2",
            {"barred": "bar", "operators": "operator", "using": "use"},
            {"Vietnam": "GPE", "American": "NORP", "Chinese": "NORP"},
            (("Vietnam", "restricts", "United States"), ("Vietnam", "restricts", "China")),
        ),
    ],
)
def test_measures_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)
