"""A name's type from the words around it where no lexicon knows it: describing nouns before
it and after it, titles, what it owns, whom it is listed with, a country's lower-case
bodies (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")


# One name, one type in a document; what a firm launches alone is a product, what several
# launch together is not; a name before a product's noun is no firm; and the relations
# these types let through.


# sentences written for the rules, parsed by hand, and the edges each gives
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Ericsson cut prices. Nokia, its main rival, launched a new radio.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 .:punct>2 NNP:nsubj>11 ,:punct>5 PRP$:poss>9 "
            "JJ:amod>9 NN:appos>5 ,:punct>5 VBD:ROOT>0 DT:det>14 JJ:amod>14 NN:dobj>11 "
            ".:punct>11",
            {"prices": "price", "launched": "launch"},
            {"Nokia": "ORG"},
            (("Nokia", "competes", "Ericsson"),),
        ),
        (
            "The vehicle runs on the AI5 chip, which Samsung Electronics manufactures in Taylor.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 IN:prep>3 DT:det>7 NNP:compound>7 NN:pobj>4 "
            ",:punct>7 WDT:compound>12 NNP:compound>11 NNP:compound>12 NNS:relcl>7 IN:prep>12 "
            "NNP:pobj>13 .:punct>3",
            {"runs": "run", "manufactures": "manufacture"},
            {"AI5": "PERSON", "Samsung Electronics": "ORG", "Taylor": "PERSON"},
            (("Samsung Electronics", "manufactures", "AI5"),),
        ),
    ],
)
def test_context_finds(read, text, annotation, lemmas, ents, expected):
    cases.finds(read, text, annotation, lemmas, ents, expected)


# sentences whose ends are found but that give no such edge
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Microsoft, Nvidia and BlackRock launched the AI Infrastructure Partnership.",
            "NNP:nsubj>6 ,:punct>1 NNP:conj>1 CC:cc>3 NNP:conj>3 VBD:ROOT>0 DT:det>10 "
            "NNP:compound>10 NNP:compound>10 NNP:dobj>6 .:punct>6",
            {"launched": "launch"},
            {
                "Microsoft": "ORG",
                "Nvidia": "GPE",
                "BlackRock": "ORG",
                "the AI Infrastructure Partnership": "ORG",
            },
            (("Microsoft", "develops", "AI Infrastructure Partnership"),),
        ),
    ],
)
def test_context_does_not_find(read, text, annotation, lemmas, ents, expected):
    cases.does_not_find(read, text, annotation, lemmas, ents, expected)


# names found and typed beyond the lexicon
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Lukoil accepted an offer from commodity trader Gunvor for its assets.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NN:compound>7 NN:compound>8 "
            "NNP:pobj>5 IN:prep>2 PRP$:poss>11 NNS:pobj>9 .:punct>2",
            {"accepted": "accept", "assets": "asset"},
            {"Gunvor": "PERSON"},
            (("Gunvor", "COMPANY"),),
        ),
        (
            "Britain's water regulator Ofwat fined the utility last year.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>6 NNP:appos>4 VBD:ROOT>0 DT:det>8 "
            "NN:dobj>6 JJ:amod>10 NN:npadvmod>6 .:punct>6",
            {"fined": "fin"},
            {"Britain": "GPE", "Ofwat": "GPE"},
            (("Ofwat", "AGENCY"),),
        ),
        (
            "Insulet sued Pellan, a maker of insulin pumps, in Boston.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 ,:punct>3 DT:det>6 NN:appos>3 IN:prep>6 "
            "NN:compound>9 NNS:pobj>7 ,:punct>3 IN:prep>3 NNP:pobj>11 .:punct>2",
            {"sued": "sue", "pumps": "pump"},
            {"Pellan": "GPE", "Boston": "GPE"},
            (("Pellan", "COMPANY"),),
        ),
        (
            "Calder Foods named Nils Berg, head of its dairy unit, as chief executive.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNP:dobj>3 ,:punct>5 "
            "NN:appos>5 IN:prep>7 PRP$:poss>11 NN:compound>11 NN:pobj>8 ,:punct>3 IN:prep>3 "
            "JJ:amod>15 NN:pobj>13 .:punct>3",
            {"named": "name"},
            {"Calder Foods": "ORG", "Nils Berg": "PERSON"},
            (("Nils Berg", "PERSON"),),
        ),
        (
            "Ostrava Steel said Syrah's plant would close.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:poss>6 POS:case>4 NN:nsubj>8 MD:aux>8 "
            "VB:ccomp>3 .:punct>3",
            {"said": "say"},
            {"Ostrava Steel": "ORG", "Syrah": "PERSON"},
            (("Syrah", "COMPANY"),),
        ),
        (
            "Amazon and iRobot abandoned their merger.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 PRP$:poss>6 NN:dobj>4 .:punct>4",
            {"abandoned": "abandon"},
            {"Amazon": "ORG", "iRobot": "ORG"},
            (("iRobot", "COMPANY"),),
        ),
        (
            "India's finance ministry raised duties on gold.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 NNS:dobj>5 IN:prep>6 "
            "NN:pobj>7 .:punct>5",
            {"raised": "raise", "duties": "duty"},
            {"India": "GPE"},
            (("India's finance ministry", "AGENCY"),),
        ),
        (
            "Tamsin Biosciences, whose customers include Pfizer, hired 200 staff.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 WP$:poss>5 NNS:nsubj>6 VBP:relcl>2 NNP:dobj>6 "
            ",:punct>2 VBD:ROOT>0 CD:nummod>11 NN:dobj>9 .:punct>9",
            {"customers": "customer", "hired": "hire"},
            {"Tamsin Biosciences": "ORG", "Pfizer": "PERSON"},
            (("Tamsin Biosciences", "COMPANY"),),
        ),
        (
            "Saab teamed up with Embraer to build fighter jets in Brazil.",
            "NNP:nsubj>2 VBD:ROOT>0 RP:prt>2 IN:prep>2 NNP:pobj>4 TO:aux>7 VB:advcl>2 "
            "NN:compound>9 NNS:dobj>7 IN:prep>7 NNP:pobj>10 .:punct>2",
            {"teamed": "team", "jets": "jet"},
            {"Saab": "ORG", "Embraer": "PERSON", "Brazil": "GPE"},
            (("Embraer", "COMPANY"),),
        ),
        (
            "Aramco and Sinopec signed a framework agreement to expand the Fujian refinery.",
            "JJ:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 DT:det>7 NN:compound>7 NN:dobj>4 TO:aux>9 "
            "VB:acl>7 DT:det>12 NNP:compound>12 NN:dobj>9 .:punct>4",
            {"signed": "sign"},
            {"Sinopec": "PERSON", "Fujian": "GPE"},
            (("Sinopec", "COMPANY"),),
        ),
        (
            "Petronas entered into a strategic partnership with Mitsubishi Corporation.",
            "NNP:nsubj>2 VBD:ROOT>0 IN:prep>2 DT:det>6 JJ:amod>6 NN:pobj>3 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 .:punct>2",
            {"entered": "enter"},
            {"Petronas": "PERSON", "Mitsubishi Corporation": "ORG"},
            (("Petronas", "COMPANY"),),
        ),
        (
            "Orsted signed a power purchase agreement with Amazon.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 NN:compound>5 NN:compound>6 NN:dobj>2 IN:prep>6 "
            "NNP:pobj>7 .:punct>2",
            {"signed": "sign"},
            {"Amazon": "ORG"},
            (("Orsted", "COMPANY"),),
        ),
        (
            "Halvard Energy's board appointed Ingrid Solberg chief executive.",
            "NNP:compound>2 NNP:poss>4 POS:case>2 NN:nsubj>5 VBD:ROOT>0 NNP:compound>7 "
            "NNP:nmod>9 JJ:amod>9 NN:oprd>5 .:punct>5",
            {"appointed": "appoint"},
            {"Halvard Energy's": "ORG", "Ingrid Solberg": "PERSON"},
            (("Ingrid Solberg", "PERSON"),),
        ),
        (
            "Carlos Mendes stepped down as CEO of Vale after three years.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 RB:advmod>3 IN:prep>3 NN:pobj>5 IN:prep>6 "
            "NNP:pobj>7 IN:prep>3 CD:nummod>11 NNS:pobj>9 .:punct>3",
            {"stepped": "step", "years": "year"},
            {"Carlos Mendes": "PERSON", "Vale": "GPE"},
            (("Vale", "COMPANY"),),
        ),
        (
            "Lumora raised $40 million from Index Ventures.",
            "NNP:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 "
            "NNP:compound>8 NNP:pobj>6 .:punct>2",
            {"raised": "raise"},
            {"Lumora": "PERSON", "Index Ventures": "ORG"},
            (("Lumora", "COMPANY"),),
        ),
        (
            "Vinfast began production at its plant in Tamil Nadu.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>3 PRP$:poss>6 NN:pobj>4 IN:prep>6 "
            "NNP:compound>9 NNP:pobj>7 .:punct>2",
            {"began": "begin"},
            None,
            (("Vinfast", "COMPANY"),),
        ),
        (
            "Orlen expanded its refinery in Plock.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>2 NNP:pobj>5 .:punct>2",
            {"expanded": "expand"},
            {"Plock": "GPE"},
            (("Orlen", "COMPANY"),),
        ),
        (
            "Nigeria suspended the licence of Binance.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:pobj>5 .:punct>2",
            {"suspended": "suspend"},
            {"Binance": "GPE"},
            (("Binance", "COMPANY"),),
        ),
        (
            "Seoul placed Kalvex on its export blacklist.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 PRP$:poss>7 NN:compound>7 NN:pobj>4 "
            ".:punct>2",
            {"placed": "place"},
            {"Seoul": "GPE", "Kalvex": "PERSON"},
            (("Kalvex", "COMPANY"),),
        ),
        (
            "Sinotrans is subject to export controls imposed by Japan.",
            "NNPS:nsubj>2 VBZ:ROOT>0 JJ:acomp>2 IN:prep>3 NN:compound>6 NNS:pobj>4 VBN:acl>6 "
            "IN:agent>7 NNP:pobj>8 .:punct>2",
            {"is": "be", "controls": "control", "imposed": "impose"},
            {"Japan": "GPE"},
            (("Sinotrans", "COMPANY"),),
        ),
        (
            "The Biden administration placed curbs on exports of AI chips to Huawei.",
            "DT:det>3 NNP:compound>3 NN:nsubj>4 VBD:ROOT>0 NNS:dobj>4 IN:prep>4 NNS:pobj>6 "
            "IN:prep>7 NNP:compound>10 NNS:pobj>8 IN:prep>7 NNP:pobj>11 .:punct>4",
            {"placed": "place", "curbs": "curb", "exports": "export", "chips": "chip"},
            {"Biden": "PERSON", "AI": "GPE", "Huawei": "ORG"},
            (("United States", "COUNTRY"),),
        ),
        (
            "Germany's economy ministry prohibited the takeover of Elmos's wafer fab.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            "IN:prep>7 NNP:poss>12 POS:case>9 NN:compound>12 NN:pobj>8 .:punct>5",
            {"prohibited": "prohibit"},
            {"Germany": "GPE", "Elmos": "PERSON"},
            (("Elmos", "COMPANY"),),
        ),
        (
            "The ban covers drones made by DJI.",
            "DT:det>2 NN:nsubj>3 VBZ:ROOT>0 NNS:dobj>3 VBN:acl>4 IN:agent>5 NNP:pobj>6 .:punct>3",
            {"covers": "cover", "drones": "drone", "made": "make"},
            None,
            (("DJI", "COMPANY"),),
        ),
        (
            "Insmed, based in Bridgewater, licensed the pill. Insmed's shares rose.",
            "NNP:nsubj>7 ,:punct>1 VBN:acl>1 IN:prep>3 NNP:pobj>4 ,:punct>1 VBD:ROOT>0 DT:det>9 "
            "NN:dobj>7 .:punct>7 NNP:poss>13 POS:case>11 NNS:nsubj>14 VBD:ROOT>0 .:punct>14",
            {"based": "base", "licensed": "license", "shares": "share", "rose": "rise"},
            {"Bridgewater": "ORG"},
            (("Insmed", "COMPANY"),),
        ),
        (
            "Novo Nordisk sued Metsera in Delaware.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:dobj>3 IN:prep>3 NNP:pobj>5 .:punct>3",
            {"sued": "sue"},
            {"Novo Nordisk": "PERSON", "Metsera": "GPE", "Delaware": "GPE"},
            (("Metsera", "COMPANY"),),
        ),
        (
            "Metsera, a developer of obesity drugs, grew fast. Metsera said sales rose.",
            "NNP:nsubj>9 ,:punct>1 DT:det>4 NN:appos>1 IN:prep>4 NN:compound>7 NNS:pobj>5 "
            ",:punct>1 VBD:ROOT>0 RB:advmod>9 .:punct>9 NNP:nsubj>13 VBD:ROOT>0 NNS:nsubj>15 "
            "VBD:ccomp>13 .:punct>13",
            {"drugs": "drug", "grew": "grow", "said": "say", "sales": "sale", "rose": "rise"},
            {"Metsera": "PERSON"},
            (("Metsera", "COMPANY"),),
        ),
        (
            "Toyota has released the bZ4X in Europe.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 DT:det>5 NNP:dobj>3 IN:prep>3 NNP:pobj>6 .:punct>3",
            {"has": "have", "released": "release"},
            {"Toyota": "ORG", "bZ4X": "ORG", "Europe": "LOC"},
            (("bZ4X", "PRODUCT"),),
        ),
        (
            "Insulet said the Korean company had developed its rival EOPatch device.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 JJ:amod>5 NN:nsubj>7 VBD:aux>7 VBN:ccomp>2 "
            "PRP$:poss>11 JJ:amod>11 NN:compound>11 NN:dobj>7 .:punct>2",
            {"said": "say", "had": "have", "developed": "develop"},
            None,
            (("EOPatch", "PRODUCT"),),
        ),
        (
            "Avadel Pharmaceuticals agreed to a sweetened takeover offer from Alkermes.",
            "NNP:compound>2 NNPS:nsubj>3 VBD:ROOT>0 IN:prep>3 DT:det>8 VBN:amod>8 NN:compound>8 "
            "NN:pobj>4 IN:prep>8 NNPS:pobj>9 .:punct>3",
            {"agreed": "agree", "sweetened": "sweeten"},
            {"Avadel Pharmaceuticals": "ORG", "Alkermes": "PRODUCT"},
            (("Alkermes", "COMPANY"),),
        ),
        (
            "Sabadell had agreed to sell its British unit TSB to Banco Santander for about £2.65 "
            "billion.",
            "NNP:nsubj>3 VBD:aux>3 VBN:ROOT>0 TO:aux>5 VB:xcomp>3 PRP$:poss>8 JJ:amod>8 "
            "NN:compound>9 NN:dobj>5 IN:dative>5 NNP:compound>12 NNP:pobj>10 IN:prep>5 "
            "RB:advmod>17 $:quantmod>17 CD:compound>17 CD:pobj>13 .:punct>3",
            {"had": "have", "agreed": "agree"},
            {"Sabadell": "ORG", "TSB": "ORG", "Banco Santander": "PRODUCT"},
            (("Banco Santander", "COMPANY"),),
        ),
        (
            "NVL employs 2,100 people at shipyards in Bremen, Wolgast and Hamburg.",
            "NNP:nsubj>2 VBZ:ROOT>0 CD:nummod>4 NNS:dobj>2 IN:prep>2 NNS:pobj>5 IN:prep>2 "
            "NNP:pobj>7 ,:punct>8 NNP:conj>8 CC:cc>10 NNP:conj>10 .:punct>2",
            {"employs": "employ", "shipyards": "shipyard"},
            {"NVL": "ORG", "Bremen": "GPE", "Wolgast": "ORG", "Hamburg": "GPE"},
            (("Wolgast", "LOCATION"), ("Hamburg", "LOCATION")),
        ),
        # the members of a list are what the noun it spells out is
        (
            "Jakarta banned 12 apps, including Lumo Chat and Pexi.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NNS:dobj>2 ,:punct>4 VBG:prep>4 NNP:compound>8 "
            "NNP:pobj>6 CC:cc>8 NNP:conj>8 .:punct>2",
            {"banned": "ban", "apps": "app", "including": "include"},
            {"Jakarta": "GPE", "Lumo Chat": "ORG", "Pexi": "PERSON"},
            (("Lumo Chat", "PRODUCT"), ("Pexi", "PRODUCT")),
        ),
        # a one-word "person" never named in full, owning a product, is a firm
        (
            "Engineers said Rovance's Quill-7 engine failed tests.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:poss>6 POS:case>3 NNP:compound>6 NN:nsubj>7 VBD:ccomp>2 "
            "NNS:dobj>7 .:punct>2",
            {"Engineers": "engineer", "said": "say", "failed": "fail", "tests": "test"},
            {"Rovance": "PERSON"},
            (("Rovance", "COMPANY"),),
        ),
        # a name no finder found: who launches a product is a firm, what it launches,
        # described as goods, a product
        (
            "Helmsworth launched Quintra, a fast-charging battery for buses.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 ,:punct>3 DT:det>9 RB:advmod>8 HYPH:punct>8 "
            "VBG:amod>9 NN:appos>3 IN:prep>9 NNS:pobj>10 .:punct>2",
            {"launched": "launch", "charging": "charge", "buses": "bus"},
            None,
            (("Helmsworth", "COMPANY"), ("Quintra", "PRODUCT")),
        ),
        (
            "Corvex's latest VX-9 neural processor ships in May.",
            "NNP:poss>7 POS:case>1 JJS:amod>7 NNP:compound>7 JJ:compound>7 NN:compound>7 "
            "NNS:ROOT>0 IN:prep>7 NNP:pobj>8 .:punct>7",
            {"latest": "late", "ships": "ship"},
            None,
            (("Corvex", "COMPANY"),),
        ),
        # a body's name in full, "General" and words of a stop list inside it
        (
            "Egypt's Directorate General of Customs banned imports of used cars.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>7 IN:prep>4 NNP:pobj>5 VBD:ROOT>0 "
            "NNS:dobj>7 IN:prep>8 VBN:amod>11 NNS:pobj>9 .:punct>7",
            {"banned": "ban", "imports": "import", "used": "use", "cars": "car"},
            {"Egypt": "GPE"},
            (("Directorate General of Customs", "AGENCY"),),
        ),
        # a place before "-based" is a place, whatever the words before it say
        (
            "Riyadh revoked the licence of Hamburg-based lender Arcadia Bank.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:npadvmod>8 HYPH:punct>8 "
            "VBN:amod>9 NN:compound>11 NNP:compound>11 NNP:pobj>5 .:punct>2",
            {"revoked": "revoke", "based": "base"},
            {"Riyadh": "GPE", "Hamburg": "GPE", "Arcadia Bank": "ORG"},
            (("Hamburg", "LOCATION"), ("Arcadia Bank", "COMPANY")),
        ),
        # a hyphen joins a name to the number before it
        (
            "Lotte dropped its bid for 3-Star Retail Inc last week.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>4 NN:dobj>2 IN:prep>2 CD:nummod>10 HYPH:punct>10 "
            "NNP:compound>10 NNP:compound>10 NNP:pobj>5 JJ:amod>12 NN:npadvmod>2 .:punct>2",
            {"dropped": "drop"},
            {"Lotte": "ORG"},
            (("3-Star Retail Inc", "COMPANY"),),
        ),
        # bodies of a state, and a body or firm named after its city
        (
            "The National Grid Security Centre warned operators about the flaw.",
            "DT:det>5 NNP:compound>5 NNP:compound>4 NNP:compound>5 NNP:nsubj>6 VBD:ROOT>0 "
            "NNS:dobj>6 IN:prep>6 DT:det>10 NN:pobj>8 .:punct>6",
            {"warned": "warn", "operators": "operator"},
            {"The National Grid Security Centre": "ORG"},
            (("National Grid Security Centre", "AGENCY"),),
        ),
        (
            "The Union Cabinet approved the chip subsidy plan on Wednesday.",
            "DT:det>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 DT:det>8 NN:compound>7 "
            "NN:compound>8 NN:dobj>4 IN:prep>4 NNP:pobj>9 .:punct>4",
            {"approved": "approve"},
            {"The Union Cabinet": "ORG"},
            (("Union Cabinet", "AGENCY"),),
        ),
        (
            "The Mumbai High Court dismissed the petition.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 "
            "NN:dobj>5 .:punct>5",
            {"dismissed": "dismiss"},
            None,
            (("Mumbai High Court", "AGENCY"),),
        ),
        (
            "The Gujarat Ceramics Association filed a complaint.",
            "DT:det>4 NNP:compound>4 NNPS:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 "
            "NN:dobj>5 .:punct>5",
            {"filed": "file"},
            {"The Gujarat Ceramics Association": "ORG"},
            (("Gujarat Ceramics Association", "COMPANY"),),
        ),
        # whom a person took over from is a person; whom a unit is sold to, a firm, however
        # the parser hung "to"
        (
            "The plan is led by chief executive Ana Ruiz, who took over from Kenji Sato in April.",
            "DT:det>2 NN:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:agent>4 JJ:amod>7 "
            "NN:compound>9 NNP:compound>9 NNP:pobj>5 ,:punct>9 WP:nsubj>12 VBD:relcl>9 "
            "RP:prt>12 IN:prep>12 NNP:compound>16 NNP:pobj>14 IN:prep>12 NNP:pobj>17 .:punct>4",
            {"is": "be", "led": "lead", "took": "take"},
            {"Ana Ruiz": "PERSON", "Kenji Sato": "ORG"},
            (("Kenji Sato", "PERSON"),),
        ),
        (
            "Vesta agreed to sell its Polish unit Kora to Banco Meridiano for $900 million.",
            "NNP:nsubj>2 VBD:ROOT>0 TO:aux>4 VB:xcomp>2 PRP$:poss>7 JJ:amod>7 NN:dobj>4 "
            "NNP:appos>7 IN:prep>8 NNP:compound>11 NNP:pobj>9 IN:prep>4 $:quantmod>15 "
            "CD:compound>15 CD:pobj>12 .:punct>2",
            {"agreed": "agree"},
            {"Vesta": "ORG", "Kora": "ORG", "Banco Meridiano": "PRODUCT"},
            (("Banco Meridiano", "COMPANY"),),
        ),
        # a body's name through a listed field, and not through the day after it
        (
            "Japan's Ministry of Land, Infrastructure and Transport issued the order.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>10 IN:prep>3 NNP:pobj>4 ,:punct>5 NNP:conj>5 "
            "CC:cc>7 NNP:conj>7 VBD:ROOT>0 DT:det>12 NN:dobj>10 .:punct>10",
            {"issued": "issue"},
            {"Japan": "GPE"},
            (("Ministry of Land, Infrastructure and Transport", "AGENCY"),),
        ),
        (
            "The Ministry of Mines on Tuesday suspended the licence of Orvane Mining.",
            "DT:det>2 NNP:nsubj>7 IN:prep>2 NNP:pobj>3 IN:prep>7 NNP:pobj>5 VBD:ROOT>0 "
            "DT:det>9 NN:dobj>7 IN:prep>9 NNP:compound>12 NNP:pobj>10 .:punct>7",
            {"suspended": "suspend"},
            None,
            (("Ministry of Mines", "AGENCY"), ("Orvane Mining", "COMPANY")),
        ),
        # a word the tagger took for a noun, opening its sentence as what raises money
        (
            "Kovara raised $90 million in a Series B round.",
            "NN:nsubj>2 VBD:ROOT>0 $:quantmod>5 CD:compound>5 CD:dobj>2 IN:prep>2 DT:det>10 "
            "NNP:compound>9 NNP:compound>10 NN:pobj>6 .:punct>2",
            {"raised": "raise"},
            None,
            (("Kovara", "COMPANY"),),
        ),
        # a name the tagger took for a noun, opening a list "among them"
        (
            "Ottawa opened a probe into Chinese solar panel makers, among them Sunvex.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 JJ:amod>9 JJ:amod>9 NN:compound>9 "
            "NNS:pobj>5 ,:punct>2 IN:prep>2 PRP:pobj>11 NN:advcl>2 .:punct>2",
            {"opened": "open", "makers": "maker", "them": "they", "Sunvex": "sunvex"},
            None,
            (("Sunvex", "COMPANY"),),
        ),
        # the one a firm ships goods to is a firm
        (
            "Korvel Cells will ship battery packs to Zephra from its plant in Ohio.",
            "NNP:compound>2 NNPS:nsubj>4 MD:aux>4 VB:ROOT>0 NN:compound>6 NNS:dobj>4 IN:prep>4 "
            "NNP:pobj>7 IN:prep>4 PRP$:poss>11 NN:pobj>9 IN:prep>11 NNP:pobj>12 .:punct>4",
            {"packs": "pack"},
            {"Korvel Cells": "ORG", "Zephra": "PERSON", "Ohio": "GPE"},
            (("Zephra", "COMPANY"),),
        ),
        # a word the tagger took for a noun, opening its sentence as the seller of what "its" holds
        (
            "Marlow sold its Angolan assets to Brenna Oil.",
            "NN:nsubj>2 VBD:ROOT>0 PRP$:poss>5 NNP:compound>5 NNS:dobj>2 IN:dative>2 "
            "NNP:compound>8 NNP:pobj>6 .:punct>2",
            {"sold": "sell", "assets": "asset", "Marlow": "marlow"},
            {"Angolan": "GPE", "Brenna Oil": "ORG"},
            (("Marlow", "COMPANY"), ("Brenna Oil", "COMPANY")),
        ),
        # an apposition's noun after the place it is based in: "the Oslo-based grid operator"
        (
            "Veltara Grid, the Oslo-based grid operator, said profits rose.",
            "NNP:compound>2 NNP:nsubj>11 ,:punct>2 DT:det>9 NNP:npadvmod>7 HYPH:punct>7 "
            "VBN:amod>9 NN:compound>9 NN:appos>2 ,:punct>2 VBD:ROOT>0 NNS:nsubj>13 VBD:ccomp>11 "
            ".:punct>11",
            {"based": "base", "said": "say", "profits": "profit", "rose": "rise"},
            {"Veltara Grid": "PERSON", "Oslo": "GPE"},
            (("Veltara Grid", "COMPANY"),),
        ),
        # the subject of the next clause is no apposition to the place before its comma
        (
            "Rovena Cells will build a battery plant in Tarsk, Ardenia's industry ministry said.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ccomp>15 DT:det>7 NN:compound>7 NN:dobj>4 "
            "IN:prep>7 NNP:pobj>8 ,:punct>9 NNP:poss>14 POS:case>11 NN:compound>14 NN:nsubj>15 "
            "VBD:ROOT>0 .:punct>15",
            {"said": "say"},
            {"Rovena Cells": "ORG", "Tarsk": "GPE", "Ardenia": "GPE"},
            (("Tarsk", "LOCATION"),),
        ),
        # who buys a stake is a firm; "Renewables" ends a firm's name
        (
            "Qatar's Sidra bought a 30% stake in Tallin Renewables last year.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>4 VBD:ROOT>0 DT:det>8 CD:nummod>7 NN:compound>8 "
            "NN:dobj>4 IN:prep>8 NNP:compound>11 NNPS:pobj>9 JJ:amod>13 NN:npadvmod>4 .:punct>4",
            {"bought": "buy"},
            {"Qatar": "GPE", "Sidra": "PRODUCT", "Tallin Renewables": "PERSON"},
            (("Sidra", "COMPANY"), ("Tallin Renewables", "COMPANY")),
        ),
        # a process's code at the end of an unknown name is the name's model; the recogniser's
        # firm before a product's noun is a product
        (
            "Velmora said sales of its Corvex N3 processor rose.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:nsubj>9 IN:prep>3 PRP$:poss>8 NNP:compound>7 "
            "NNP:compound>8 NN:pobj>4 VBD:ccomp>2 .:punct>2",
            {"said": "say", "sales": "sale", "rose": "rise"},
            {"Velmora": "ORG", "Corvex N3": "ORG"},
            (("Corvex N3", "PRODUCT"),),
        ),
        # a product described after its name by what it is
        (
            "The navy ordered Tideguard, a 5,000-tonne frigate built by Navantia.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 NNP:dobj>3 ,:punct>4 DT:det>10 CD:nummod>9 "
            "HYPH:punct>9 NN:compound>10 NN:appos>4 VBN:acl>10 IN:agent>11 NNP:pobj>12 .:punct>3",
            {"ordered": "order", "built": "build"},
            {"Tideguard": "GPE", "Navantia": "PERSON"},
            (("Tideguard", "PRODUCT"),),
        ),
        # names before the noun of a product an owner opens
        (
            "Geely will fit its G-Pilot driver-assistance system to all of its models.",
            "RB:advmod>3 MD:aux>3 VB:ROOT>0 PRP$:poss>11 NNP:compound>7 HYPH:punct>7 "
            "NNP:compound>11 NN:compound>10 HYPH:punct>10 NN:compound>11 NN:dobj>3 IN:prep>3 "
            "DT:pobj>12 IN:prep>13 PRP$:poss>16 NNS:pobj>14 .:punct>3",
            {"models": "model"},
            {"G-Pilot": "ORG"},
            (("G-Pilot", "PRODUCT"),),
        ),
        (
            "Reliance took control of Viacom18 and its Vootly and Cinemaxa services.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>2 NNP:pobj>4 CC:cc>5 PRP$:poss>11 "
            "NNP:nmod>11 CC:cc>8 NNP:conj>8 NNS:conj>5 .:punct>2",
            {"took": "take", "services": "service"},
            {"Reliance": "ORG", "Viacom18": "PERSON", "Vootly": "ORG", "Cinemaxa": "ORG"},
            (("Vootly", "PRODUCT"), ("Cinemaxa", "PRODUCT")),
        ),
        # what a firm buys is a firm, though the tagger took the name for a noun
        (
            "Marathon was bought by ConocoPhillips in a $22 billion deal.",
            "NN:nsubjpass>3 VBD:auxpass>3 VBN:ROOT>0 IN:agent>3 NNP:pobj>4 IN:prep>3 DT:det>11 "
            "$:quantmod>10 CD:compound>10 CD:nummod>11 NN:pobj>6 .:punct>3",
            {"Marathon": "marathon", "was": "be", "bought": "buy"},
            {"ConocoPhillips": "ORG"},
            (("Marathon", "COMPANY"),),
        ),
        # names before a facility's noun an owner opens are where it is, listed or with words
        # between ("its Mutanda and Kamoto mines", "its Bikaner solar energy park")
        (
            "Glencore ships cobalt from its Mutanda and Kamoto mines to refiners in China.",
            "JJ:amod>2 NNS:nsubj>3 VBP:ROOT>0 IN:prep>3 PRP$:poss>9 NNP:nmod>9 CC:cc>6 NNP:conj>6 "
            "NNS:pobj>4 IN:prep>3 NNS:pobj>10 IN:prep>11 NNP:pobj>12 .:punct>3",
            {"ships": "ship", "mines": "mine", "refiners": "refiner"},
            {"Mutanda": "GPE", "Kamoto": "ORG", "China": "GPE"},
            (("Mutanda", "LOCATION"), ("Kamoto", "LOCATION")),
        ),
        (
            "Tata Power commissioned its Bikaner solar energy park in Rajasthan.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>8 NNP:nmod>8 JJ:amod>8 NN:compound>8 "
            "NN:dobj>3 IN:prep>3 NNP:pobj>9 .:punct>3",
            {"commissioned": "commission"},
            {"Tata Power": "ORG", "Bikaner": "PERSON", "Rajasthan": "GPE"},
            (("Bikaner", "LOCATION"),),
        ),
        # an owned product's name ends in a variant's letter or a short model number, or before
        # an acronym of what the product is for; names the tagger took for adjectives
        (
            "Chery will fit Corvane's Journey 6P processor to its Exeed and iCar models.",
            "NN:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:poss>8 POS:case>4 NNP:compound>7 NNP:compound>8 "
            "NN:dobj>3 IN:prep>3 PRP$:poss>14 JJ:amod>14 CC:cc>11 JJ:conj>11 NNS:pobj>9 .:punct>3",
            {"models": "model"},
            {"Chery": "ORG", "Corvane": "PERSON", "Exeed": "ORG", "iCar": "ORG"},
            (("Journey 6P", "PRODUCT"), ("Exeed", "PRODUCT"), ("iCar", "PRODUCT")),
        ),
        (
            "Kestrel Aero will ship 300 of its Pilot X drones to the Polish army.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 CD:dobj>4 IN:prep>5 PRP$:poss>10 "
            "NNP:compound>9 NNP:compound>10 NNS:pobj>6 IN:prep>4 DT:det>14 JJ:amod>14 NN:pobj>11 "
            ".:punct>4",
            {"drones": "drone"},
            {"Kestrel Aero": "PERSON"},
            (("Pilot X", "PRODUCT"),),
        ),
        (
            "Fujitsu will sell the model through its Kozuchi AI platform.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 PRP$:poss>10 "
            "NNP:compound>9 NNP:compound>10 NN:pobj>6 .:punct>3",
            {},
            {"Fujitsu": "ORG", "Kozuchi AI": "GPE"},
            (("Kozuchi", "PRODUCT"),),
        ),
        # a country's air force is its state's, not a firm
        (
            "The Indian Air Force ordered 26 jets from Dassault Aviation.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 CD:nummod>7 NNS:dobj>5 "
            "IN:prep>5 NNP:compound>10 NNP:pobj>8 .:punct>5",
            {"ordered": "order", "jets": "jet"},
            {"The Indian Air Force": "ORG", "Dassault Aviation": "ORG"},
            (("India", "COUNTRY"),),
        ),
        # a central bank is a government body
        (
            "Bank of Japan Governor Kazuo Ueda met Toyota executives in Tokyo.",
            "NNP:nmod>4 IN:prep>1 NNP:pobj>2 NNP:compound>6 NNP:compound>6 NNP:nsubj>7 VBD:ROOT>0 "
            "NNP:compound>9 NNS:dobj>7 IN:prep>7 NNP:pobj>10 .:punct>7",
            {"met": "meet", "executives": "executive"},
            {"Bank of Japan": "ORG", "Kazuo Ueda": "PERSON", "Toyota": "ORG", "Tokyo": "GPE"},
            (("Bank of Japan", "AGENCY"),),
        ),
        # regions of a continent
        (
            "Microsoft will open a cloud region for East Africa.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>6 JJ:amod>6 NN:dobj>3 IN:prep>6 NNP:compound>9 "
            "NNP:pobj>7 .:punct>3",
            {},
            {"Microsoft": "ORG", "East Africa": "GPE"},
            (("East Africa", "LOCATION"),),
        ),
        # a word joined to a model's letter is a product, though the recogniser took it for a firm
        (
            "TSMC halted production for Volga Electronics and MCST. The halt strands Volga's "
            "Arm-based Volga-M and upcoming Volga-S server chip.",
            "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>3 NNP:compound>6 NNP:pobj>4 CC:cc>6 "
            "NNP:conj>6 .:punct>2 DT:det>11 NN:nsubj>12 VBZ:ROOT>0 NNP:poss>20 POS:case>13 "
            "NNP:npadvmod>17 HYPH:punct>17 VBN:amod>20 NNP:compound>20 HYPH:punct>20 NNP:dobj>12 "
            "CC:cc>20 JJ:amod>27 NNP:compound>25 HYPH:punct>25 NNP:compound>27 NN:compound>27 "
            "NN:conj>20 .:punct>12",
            {"halted": "halt", "strands": "strand", "based": "base"},
            {
                "TSMC": "ORG",
                "Volga Electronics": "ORG",
                "MCST": "GPE",
                "Volga": "PERSON",
                "Volga-M": "ORG",
                "Volga-S": "PERSON",
            },
            (("Volga-M", "PRODUCT"),),
        ),
        # a name before "batteries" is a product
        (
            "BYD unveiled the Seal 07. The sedan uses CATL's Shenxing batteries.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 CD:nummod>4 .:punct>2 DT:det>8 NN:nsubj>9 "
            "VBZ:ROOT>0 NNP:poss>13 POS:case>10 NNP:compound>13 NNS:dobj>9 .:punct>9",
            {"unveiled": "unveil", "uses": "use", "batteries": "battery"},
            {"BYD": "ORG", "CATL": "ORG"},
            (("Shenxing", "PRODUCT"),),
        ),
        # a generation's numeral ends an owned product's name
        (
            "Japanese carmaker Mazda will adopt Toyota's THS II hybrid system in the next CX-5.",
            "JJ:amod>2 NN:compound>3 NNP:nsubj>5 MD:aux>5 VB:ROOT>0 NNP:poss>11 POS:case>6 "
            "NNP:compound>9 NNP:compound>11 NN:compound>11 NN:dobj>5 IN:prep>5 DT:det>15 "
            "JJ:amod>15 NNP:pobj>12 .:punct>5",
            {},
            {"Mazda": "ORG", "Toyota": "ORG", "CX-5": "PRODUCT"},
            (("THS II", "PRODUCT"),),
        ),
        # names ending in "Aerostructures" are firms
        (
            "Corvid Aerostructures will supply wing panels to Atlantica Aeronautica.",
            "NNP:compound>2 NNPS:nsubj>4 MD:aux>4 VB:ROOT>0 NN:amod>6 NNS:dobj>4 IN:prep>4 "
            "NNP:compound>9 NNP:pobj>7 .:punct>4",
            {"panels": "panel"},
            {"Corvid Aerostructures": "PERSON", "Atlantica Aeronautica": "PERSON"},
            (("Corvid Aerostructures", "COMPANY"),),
        ),
        # who is given a title is a person, whatever the recogniser says
        (
            "Kakao appointed Jung Shin-young as its chief executive.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:compound>6 HYPH:punct>6 NNP:dobj>2 "
            "IN:prep>2 PRP$:poss>10 JJ:amod>10 NN:pobj>7 .:punct>2",
            {"appointed": "appoint"},
            {"Jung Shin-young": "ORG"},
            (("Jung Shin-young", "PERSON"),),
        ),
        # a group's name with a number before a product's noun is a model
        (
            "Xpeng will ship the G7 SUV to Europe.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>6 NNP:compound>6 NNP:dobj>3 IN:prep>3 "
            "NNP:pobj>7 .:punct>3",
            {},
            {"Xpeng": "PERSON", "Europe": "LOC"},
            (("G7", "PRODUCT"),),
        ),
        # a name the tagger took for a noun or an adjective, listed with a firm, is a firm
        (
            "Ternion and Aramco will jointly build a refinery.",
            "NN:nsubj>6 CC:cc>1 NNP:conj>1 MD:aux>6 RB:advmod>6 VB:ROOT>0 DT:det>8 NN:dobj>6 "
            ".:punct>6",
            {},
            {"Aramco": "ORG"},
            (("Ternion", "COMPANY"),),
        ),
        (
            "Sabic and Shell will jointly build a cracker.",
            "JJ:nsubj>6 CC:cc>1 NNP:conj>1 MD:aux>6 RB:advmod>6 VB:ROOT>0 DT:det>8 NN:dobj>6 "
            ".:punct>6",
            {},
            {"Shell": "ORG"},
            (("Sabic", "COMPANY"),),
        ),
        # a name of two words or more right after a title is a person
        (
            "Wartsila chief executive Hakan Agnevall said orders rose.",
            "NNP:amod>3 JJ:amod>3 NN:compound>5 NNP:compound>5 NNP:nsubj>6 VBD:ROOT>0 NNS:nsubj>8 "
            "VBD:ccomp>6 .:punct>6",
            {"said": "say", "orders": "order", "rose": "rise"},
            {"Wartsila": "ORG", "Hakan Agnevall": "ORG"},
            (("Hakan Agnevall", "PERSON"),),
        ),
        # a country that owns, listed with a firm, is no firm
        (
            "Qatar's Ooredoo and Korea's KT Corp agreed to build a data centre.",
            "NNP:poss>3 POS:case>1 NNP:nmod>8 CC:cc>3 NNP:conj>3 POS:case>5 NNP:compound>8 "
            "NNP:nsubj>9 VBD:ROOT>0 TO:aux>11 VB:xcomp>9 DT:det>14 NN:compound>14 NN:dobj>11 "
            ".:punct>9",
            {"agreed": "agree"},
            {"Qatar": "GPE", "Ooredoo": "ORG", "Korea": "GPE", "KT Corp": "ORG"},
            (("South Korea", "COUNTRY"),),
        ),
        # a state's arm after its country's word
        (
            "The howitzers are for the Indian Army's artillery units.",
            "DT:det>2 NNS:nsubj>3 VBP:ROOT>0 IN:prep>3 DT:det>7 NNP:compound>7 NNP:poss>10 "
            "POS:case>7 NN:compound>10 NNS:pobj>4 .:punct>3",
            {"howitzers": "howitzer", "are": "be", "units": "unit"},
            {"the Indian Army's": "ORG"},
            (("Indian Army", "AGENCY"),),
        ),
        # a firm's name before a facility's noun runs the facility; it is no place
        (
            "The cells are made at Gotion's Xuanyi Battery plants in Hefei.",
            "DT:det>2 NNS:nsubjpass>4 VBP:auxpass>4 VBN:ROOT>0 IN:prep>4 NNP:poss>10 POS:case>6 "
            "NNP:compound>9 NNP:compound>10 NNS:pobj>5 IN:prep>10 NNP:pobj>11 .:punct>4",
            {"cells": "cell", "are": "be", "made": "make", "plants": "plant"},
            {"Gotion": "ORG", "Xuanyi Battery": "GPE", "Hefei": "GPE"},
            (("Xuanyi Battery", "COMPANY"),),
        ),
        # an owned name ending in a product's noun names the product
        (
            "Gotion said its new Gemstone Battery will go into the VW ID.3 and the Cupra Born.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>6 JJ:amod>6 NNP:compound>6 NNP:nsubj>8 MD:aux>8 "
            "VB:ccomp>2 IN:prep>8 DT:det>12 NNP:compound>12 NNP:pobj>9 CC:cc>8 DT:det>16 "
            "NNP:compound>16 NNP:conj>8 .:punct>2",
            {"said": "say"},
            {"Gemstone Battery": "PERSON", "VW": "ORG"},
            (("Gemstone Battery", "PRODUCT"),),
        ),
        # what is founded by someone is a firm
        (
            "Qinheng, founded by Wang Chunhua, said it would appeal.",
            "NNP:nsubj>8 ,:punct>1 VBN:acl>1 IN:agent>3 NNP:compound>6 NNP:pobj>4 ,:punct>1 "
            "VBD:ROOT>0 PRP:nsubj>11 MD:aux>11 VB:ccomp>8 .:punct>8",
            {"founded": "found", "said": "say"},
            {"Qinheng": "PERSON", "Wang Chunhua": "PERSON"},
            (("Qinheng", "COMPANY"),),
        ),
        # a firm's named unit whose name ends in a product's noun stays a firm
        (
            "CATL's Brunp Battery supplies cells to Ford.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBZ:ROOT>0 NNS:dobj>5 IN:dative>5 "
            "NNP:pobj>7 .:punct>5",
            {"supplies": "supply", "cells": "cell"},
            {"CATL": "ORG", "Brunp Battery": "ORG", "Ford": "ORG"},
            (("Brunp Battery", "COMPANY"),),
        ),
        # a firm named as an adviser stays a firm
        (
            "Paramount named Moelis Company as its new financial adviser.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 IN:prep>2 PRP$:poss>9 JJ:amod>9 "
            "JJ:amod>9 NN:pobj>5 .:punct>2",
            {"named": "name"},
            {"Paramount": "ORG", "Moelis Company": "ORG"},
            (("Moelis Company", "COMPANY"),),
        ),
        # a person may be listed by a magazine
        (
            "Zhang Wenhua, listed by Forbes as the richest man in Hubei, said Xiaomi would expand.",
            "NNP:compound>2 NNP:nsubj>14 ,:punct>2 VBN:acl>2 IN:agent>4 NNP:pobj>5 IN:prep>4 "
            "DT:det>10 JJS:amod>10 NN:pobj>7 IN:prep>10 NNP:pobj>11 ,:punct>2 VBD:ROOT>0 "
            "NNP:nsubj>17 MD:aux>17 VB:ccomp>14 .:punct>14",
            {"listed": "list", "richest": "rich", "said": "say"},
            {"Zhang Wenhua": "PERSON", "Forbes": "ORG", "Hubei": "GPE", "Xiaomi": "PERSON"},
            (("Zhang Wenhua", "PERSON"),),
        ),
        # what a place is where of is a firm: "Lisbon-based Quintela Microtech"
        (
            "Lisbon-based Quintela Microtech designs radar chips for Thales.",
            "NN:npadvmod>3 HYPH:punct>3 VBN:amod>5 NNP:compound>5 NNP:nsubj>6 VBZ:ROOT>0 "
            "NN:compound>8 NNS:dobj>6 IN:prep>6 NNP:pobj>9 .:punct>6",
            {"based": "base", "designs": "design", "chips": "chip"},
            {"Lisbon": "GPE", "Quintela Microtech": "PERSON", "Thales": "ORG"},
            (("Quintela Microtech", "COMPANY"),),
        ),
        # what employs people and counts customers is a firm
        (
            "Valeo, which employs 110,000 people, counts BMW among its customers.",
            "NNP:nsubj>8 ,:punct>1 WDT:nsubj>4 VBZ:relcl>1 CD:nummod>6 NNS:dobj>4 ,:punct>1 "
            "VBZ:ROOT>0 NNP:dobj>8 IN:prep>8 PRP$:poss>12 NNS:pobj>10 .:punct>8",
            {"employs": "employ", "counts": "count", "customers": "customer"},
            {"Valeo": "PRODUCT", "BMW": "ORG"},
            (("Valeo", "COMPANY"),),
        ),
        # a country's short name before a noun stays the country beside a firm
        (
            "Huawei and US chipmaker Micron cut memory prices.",
            "NNP:nmod>4 CC:cc>1 NNP:conj>1 NN:nsubj>6 NNP:compound>6 VBD:ROOT>0 NN:compound>8 "
            "NNS:dobj>6 .:punct>6",
            {"prices": "price"},
            {"Huawei": "ORG", "US": "GPE", "Micron": "ORG"},
            (("United States", "COUNTRY"), ("Micron Technology", "COMPANY")),
        ),
        # places listed after a plant's "in" are places, each of them, whatever the recogniser took
        # them for
        (
            "Nordic Crystal Works makes 8-inch wafers at plants in Lund and Malmo.",
            "JJ:amod>3 NNP:compound>3 NNPS:nsubj>4 VBZ:ROOT>0 CD:nummod>7 HYPH:punct>7 "
            "NN:compound>8 NNS:dobj>4 IN:prep>8 NNS:pobj>9 IN:prep>10 NNP:pobj>11 CC:cc>12 "
            "NNP:conj>12 .:punct>4",
            {"makes": "make", "wafers": "wafer", "plants": "plant"},
            {"Nordic Crystal Works": "ORG", "Lund": "PERSON", "Malmo": "PERSON"},
            (("Lund", "LOCATION"), ("Malmo", "LOCATION")),
        ),
        # a campus "on" a name is where it is
        (
            "Cerion runs a data centre campus on Anglesey.",
            "NN:nsubj>2 VBZ:ROOT>0 DT:det>6 NN:compound>5 NN:compound>6 NN:dobj>2 IN:prep>6 "
            "NNP:pobj>7 .:punct>2",
            {"runs": "run"},
            {"Anglesey": "PERSON"},
            (("Anglesey", "LOCATION"),),
        ),
        # the name after "secretary-general" is a person, and the acronym the text defined is the
        # body
        (
            "Thailand's Board of Investment (BOI) suspended the privileges. BOI secretary-general "
            "Narit Therdsteerasukdi said others were compliant.",
            "NNP:poss>3 POS:case>1 NNP:nsubj>9 IN:prep>3 NNP:pobj>4 -LRB-:punct>5 NNP:appos>5 "
            "-RRB-:punct>3 VBD:ROOT>0 DT:det>11 NNS:dobj>9 .:punct>9 NNP:compound>14 "
            "NN:compound>18 HYPH:punct>14 NNP:appos>14 NNP:compound>18 NNP:nsubj>19 VBD:ROOT>0 "
            "NNS:nsubj>21 VBD:ccomp>19 JJ:acomp>21 .:punct>19",
            {
                "suspended": "suspend",
                "privileges": "privilege",
                "said": "say",
                "others": "other",
                "were": "be",
            },
            {
                "Thailand": "GPE",
                "Board of Investment (BOI": "ORG",
                "BOI": "ORG",
                "Narit Therdsteerasukdi": "ORG",
            },
            (("Narit Therdsteerasukdi", "PERSON"), ("Thailand Board of Investment", "AGENCY")),
        ),
        # a name with "previously president of" after its comma is a person
        (
            "The plant will be run by Kenji Sato, previously president of Murata's Wuxi factory.",
            "DT:det>2 NN:nsubjpass>5 MD:aux>5 VB:auxpass>5 VBN:ROOT>0 IN:agent>5 NNP:compound>8 "
            "NNP:pobj>6 ,:punct>8 RB:advmod>11 NN:appos>8 IN:prep>11 NNP:poss>16 POS:case>13 "
            "NNP:compound>16 NN:pobj>12 .:punct>5",
            {},
            {"Kenji Sato": "PERSON", "Murata": "ORG", "Wuxi": "GPE"},
            (("Kenji Sato", "PERSON"),),
        ),
        # a person's surname the lexicon knows as a firm is the person's
        (
            "Founder Eugene Kaspersky called the allegations false.",
            "NN:compound>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 DT:det>6 NNS:dobj>4 JJ:oprd>4 "
            ".:punct>4",
            {"called": "call", "allegations": "allegation"},
            {"Eugene Kaspersky": "PERSON"},
            (("Eugene Kaspersky", "PERSON"),),
        ),
        # a place by its words: "the city of", a farm's name, a region after its city's comma
        (
            "Lumiydin signed an agreement with Vantaan Lampo, the utility for the city of Vantaa.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NNP:compound>7 NNP:pobj>5 "
            ",:punct>7 DT:det>10 NN:appos>7 IN:prep>10 DT:det>13 NN:pobj>11 IN:prep>13 "
            "NNP:pobj>14 .:punct>2",
            {"signed": "sign"},
            {"Lumiydin": "PERSON", "Vantaan Lampo": "PERSON", "Vantaa": "ORG"},
            (("Vantaa", "LOCATION"),),
        ),
        (
            "Savanna's pipeline includes the Marsabit wind farm in northern Kenya.",
            "NNP:poss>3 POS:case>1 NN:nsubj>4 VBZ:ROOT>0 DT:det>8 NNP:compound>8 "
            "NN:compound>8 NN:dobj>4 IN:prep>8 JJ:amod>11 NNP:pobj>9 .:punct>4",
            {"includes": "include"},
            {"Savanna": "ORG", "Marsabit": "ORG", "Kenya": "GPE"},
            (("Marsabit", "LOCATION"),),
        ),
        (
            "Lynas runs a separation plant in Kuantan, Pahang.",
            "NNP:nsubj>2 VBZ:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 IN:prep>5 NNP:pobj>6 "
            ",:punct>7 NNP:appos>7 .:punct>2",
            {"runs": "run"},
            {"Lynas": "ORG", "Kuantan": "GPE", "Pahang": "PERSON"},
            (("Pahang", "LOCATION"),),
        ),
        # a state's body named after its country keeps its body's type
        (
            "The Telecom Regulatory Authority of India said on Monday it would act.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>7 IN:prep>4 NNP:pobj>5 "
            "VBD:ROOT>0 IN:prep>12 NNP:pobj>8 PRP:nsubj>12 MD:aux>12 VB:ccomp>7 .:punct>7",
            {"said": "say"},
            {"The Telecom Regulatory Authority of India": "ORG", "Monday": "DATE"},
            (("Telecom Regulatory Authority of India", "AGENCY"),),
        ),
        # "Generics" ends a firm's name
        (
            "Vasant Generics won approval for its paracetamol tablets.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NN:dobj>3 IN:prep>4 PRP$:poss>8 "
            "NNP:compound>8 NNS:pobj>5 .:punct>3",
            {"won": "win", "tablets": "tablet"},
            {"Vasant Generics": "PERSON"},
            (("Vasant Generics", "COMPANY"),),
        ),
        # a name after a firm's possessive that a product vies with is a product; a firm's
        # unit that a firm competes with stays a firm
        (
            "The vaccine will vie with Sanofi's Beyfortus in Europe.",
            "DT:det>2 NN:nsubj>4 MD:aux>4 VB:ROOT>0 IN:prep>4 NNP:poss>8 POS:case>6 NNP:pobj>5 "
            "IN:prep>8 NNP:pobj>9 .:punct>4",
            {},
            {"Sanofi": "PERSON", "Beyfortus": "ORG", "Europe": "LOC"},
            [("Beyfortus", "PRODUCT")],
        ),
        (
            "Tesla competes with Alphabet's Waymo in robotaxis.",
            "NNP:nsubj>2 VBZ:ROOT>0 IN:prep>2 NNP:poss>6 POS:case>4 NNP:pobj>3 IN:prep>2 "
            "NN:pobj>7 .:punct>2",
            {"competes": "compete"},
            {"Alphabet's Waymo": "ORG"},
            [("Waymo", "COMPANY")],
        ),
        (
            "Atlas Robotics is pitching the Vega-2 against ABB's YuMi.",
            "NNP:compound>2 NNP:nsubj>4 VBZ:aux>4 VBG:ROOT>0 DT:det>6 JJ:dobj>4 IN:prep>4 "
            "NNP:poss>10 POS:case>8 NNP:pobj>7 .:punct>4",
            {"is": "be", "pitching": "pitch"},
            {"Atlas Robotics": "PERSON", "Vega-2": "PRODUCT", "ABB": "ORG"},
            [("YuMi", "PRODUCT")],
        ),
        # a name beside an owned product's noun is the product
        (
            "Brio's writing assistant, Inkwell, is built on Google's Gemini.",
            "NNP:poss>4 POS:case>1 VBG:compound>4 NN:nsubjpass>9 ,:punct>4 NNP:appos>4 ,:punct>4 "
            "VBZ:auxpass>9 VBN:ROOT>0 IN:prep>9 NNP:poss>13 POS:case>11 NNP:pobj>10 .:punct>9",
            {"writing": "write", "is": "be", "built": "build"},
            {"Brio": "ORG", "Inkwell": "ORG", "Google": "ORG", "Gemini": "GPE"},
            [("Inkwell", "PRODUCT")],
        ),
        # a name the recogniser took for a firm that a plant is at is a place
        (
            "Zhejiang Huayou will build a cathode plant at Kenitra in Morocco.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>7 NN:compound>7 NN:dobj>4 "
            "IN:prep>7 NNP:pobj>8 IN:prep>7 NNP:pobj>10 .:punct>4",
            {},
            {"Zhejiang Huayou": "PERSON", "Kenitra": "ORG", "Morocco": "GPE"},
            (("Kenitra", "LOCATION"),),
        ),
        # a name a country's possessive owns that ends in a body's word is a body
        (
            "Kenya's Pharmacy and Poisons Board suspended the licence of Dawa Pharma.",
            "NNP:poss>6 POS:case>1 NNP:nmod>6 CC:cc>3 NNPS:conj>3 NNP:nsubj>7 VBD:ROOT>0 DT:det>9 "
            "NN:dobj>7 IN:prep>9 NNP:compound>12 NNP:pobj>10 .:punct>7",
            {"suspended": "suspend"},
            {"Kenya": "GPE", "Pharmacy and Poisons Board": "ORG", "Dawa Pharma": "PERSON"},
            (("Pharmacy and Poisons Board", "AGENCY"),),
        ),
        # (a firm's board is no body of state; a host a centre is opened at is no place)
        (
            "Brazil's Vitacon Board approved the plan.",
            "NNP:poss>4 POS:case>1 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            ".:punct>5",
            {"approved": "approve"},
            {"Brazil": "GPE", "Vitacon Board": "ORG"},
            (("Vitacon Board", "COMPANY"),),
        ),
        (
            "Ericsson opened an R&D centre at Telkom in Pretoria.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NN:dobj>2 IN:prep>2 NNP:pobj>6 "
            "IN:prep>7 NNP:pobj>8 .:punct>2",
            {"opened": "open"},
            {"Telkom": "ORG", "Pretoria": "GPE"},
            (("Telkom", "COMPANY"),),
        ),
        # an owned thing a plant makes is a product, whatever the recogniser said
        (
            "The plant will make the company's Verzenta from 2027.",
            "DT:det>2 NN:nsubj>4 MD:aux>4 VB:ROOT>0 DT:det>6 NN:poss>8 POS:case>6 NNP:dobj>4 "
            "IN:prep>4 CD:pobj>9 .:punct>4",
            {},
            {"Verzenta": "ORG", "2027": "DATE"},
            (("Verzenta", "PRODUCT"),),
        ),
        # what a firm makes, or the name before the noun of what it makes, is a product
        (
            "Hanwha will manufacture Redback vehicles in Australia.",
            "NN:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:compound>5 NNS:dobj>3 IN:prep>3 NNP:pobj>6 "
            ".:punct>3",
            {"vehicles": "vehicle"},
            {"Hanwha": "ORG", "Redback": "PERSON", "Australia": "GPE"},
            (("Redback", "PRODUCT"),),
        ),
        # ... and so is what a firm starts production of
        (
            "Renault will start production of the Twingo in Novo Mesto.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 NN:dobj>3 IN:prep>4 DT:det>7 NNP:pobj>5 IN:prep>3 "
            "NNP:compound>10 NNP:pobj>8 .:punct>3",
            {},
            {"Renault": "ORG", "Twingo": "ORG", "Novo Mesto": "GPE"},
            (("Twingo", "PRODUCT"),),
        ),
        # a name before a radio's noun that an owner opens is a product
        (
            "Airtel will deploy Nokia's AirScale radios in Kano.",
            "NN:nsubj>3 MD:aux>3 VB:ROOT>0 NNP:poss>7 POS:case>4 NNP:compound>7 NNS:dobj>3 "
            "IN:prep>7 NNP:pobj>8 .:punct>3",
            {"radios": "radio"},
            {"Airtel": "ORG", "Nokia": "ORG", "AirScale": "ORG", "Kano": "GPE"},
            (("AirScale", "PRODUCT"),),
        ),
        # (a firm's goods another makes: the firm stays a firm)
        (
            "Magna Steyr will manufacture Fisker vehicles in Graz.",
            "NNP:compound>2 NNP:nsubj>4 MD:aux>4 VB:ROOT>0 NNP:compound>6 NNS:dobj>4 IN:prep>4 "
            "NNP:pobj>7 .:punct>4",
            {"vehicles": "vehicle"},
            {"Magna Steyr": "ORG", "Fisker": "ORG", "Graz": "GPE"},
            (("Fisker", "COMPANY"),),
        ),
        # a firm's noun opening the sentence, capitalised, is no part of the name after it
        (
            "Rivals Zentra and MTN Group had opposed the merger.",
            "NNPS:compound>2 NNP:nsubj>7 CC:cc>2 NNP:compound>5 NNP:conj>2 VBD:aux>7 VBN:ROOT>0 "
            "DT:det>9 NN:dobj>7 .:punct>7",
            {"had": "have", "opposed": "oppose"},
            {"MTN Group": "ORG"},
            (("Zentra", "COMPANY"),),
        ),
    ],
)
def test_context_types(read, text, annotation, lemmas, ents, expected):
    cases.types(read, text, annotation, lemmas, ents, expected)


def test_context_raising_what_is_no_money_names_no_firm(read):
    """ "Revenue raised concerns": only a firm raises money, and a common word opening a
    sentence is no name."""
    reading = read(
        "Revenue raised concerns among investors.",
        "NN:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNS:pobj>4 .:punct>2",
        lemmas={"raised": "raise", "concerns": "concern", "investors": "investor"},
    )
    assert not [m for m in reading.mentions if m[0] == "Revenue"], reading.mentions


def test_context_a_firms_first_word_alone_is_the_firm(read):
    # "Volga" alone, which the recogniser took for a person, is the firm named before
    reading = read(
        "TSMC halted production for Volga Electronics and MCST. The halt strands Volga's "
        "Arm-based Volga-M and upcoming Volga-S server chip.",
        "NNP:nsubj>2 VBD:ROOT>0 NN:dobj>2 IN:prep>3 NNP:compound>6 NNP:pobj>4 CC:cc>6 "
        "NNP:conj>6 .:punct>2 DT:det>11 NN:nsubj>12 VBZ:ROOT>0 NNP:poss>20 POS:case>13 "
        "NNP:npadvmod>17 HYPH:punct>17 VBN:amod>20 NNP:compound>20 HYPH:punct>20 NNP:dobj>12 "
        "CC:cc>20 JJ:amod>27 NNP:compound>25 HYPH:punct>25 NNP:compound>27 NN:compound>27 "
        "NN:conj>20 .:punct>12",
        lemmas={"halted": "halt", "strands": "strand", "based": "base"},
        ents={
            "TSMC": "ORG",
            "Volga Electronics": "ORG",
            "MCST": "GPE",
            "Volga": "PERSON",
            "Volga-M": "ORG",
            "Volga-S": "PERSON",
        },
    )
    assert ("Volga", "Volga Electronics", "COMPANY") in reading.mentions
    assert not any(type_ == "PERSON" for _, _, type_ in reading.mentions)


def test_context_a_kind_of_product_is_no_name(read):
    reading = read(
        "The cells will go into the Sealion 08 SUV and the Denza N8L from June.",
        "DT:det>2 NNS:nsubj>4 MD:aux>4 VB:ROOT>0 IN:prep>4 DT:det>9 NNP:nmod>9 CD:nummod>7 "
        "NNP:pobj>5 CC:cc>9 DT:det>13 NNP:compound>13 NNP:conj>9 IN:prep>13 NNP:pobj>14 "
        ".:punct>4",
        lemmas={"cells": "cell"},
        ents={"Denza": "PRODUCT"},
    )
    assert [m for m in reading.mentions if m[0] == "SUV"] == []
    assert ("Sealion 08", "Sealion 08", "PRODUCT") in reading.mentions
