"""Names no finder reads: a firm's short name after its full one, and a name no English
dictionary holds that acts as firms do (kg.nlp.entities.unknown)."""

import pytest
import spacy

from kg.nlp.entities.unknown import english_words, unknown_names

pytestmark = pytest.mark.skipif(
    not english_words(), reason="no trained pipeline installed: no word list"
)


def test_unknown_word_list_holds_english_words_and_not_firms():
    words = english_words()
    assert {"shipment", "official", "bureau"} <= words
    assert not {"huawei", "fibocom", "ionity"} & words


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "ents", "expected"),
    [
        # a word of a firm's name, written alone after it, is that firm, whatever the recogniser
        # read
        (
            "Regulators fined Shenzhen Lianhe Microelectronics on Friday. Lianhe, which resells "
            "FPGAs made by AMD, said it would appeal.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:compound>5 NNP:compound>5 NNPS:dobj>2 IN:prep>2 "
            "NNP:pobj>6 .:punct>2 NNP:nsubj>18 ,:punct>9 WDT:nsubj>12 VBZ:relcl>9 NNS:dobj>12 "
            "VBN:acl>13 IN:agent>14 NNP:pobj>15 ,:punct>9 VBD:ROOT>0 PRP:nsubj>21 MD:aux>21 "
            "VB:ccomp>18 .:punct>18",
            {
                "Regulators": "regulator",
                "fined": "fin",
                "resells": "resell",
                "FPGAs": "fpga",
                "made": "make",
                "said": "say",
            },
            {"Shenzhen Lianhe Microelectronics": "ORG", "AMD": "ORG"},
            ("Lianhe", "Shenzhen Lianhe Microelectronics", "COMPANY"),
        ),
        # and so where the recogniser read it as a name of its own
        (
            "Regulators fined Dongguan Xinrui Electronics last week. Xinrui, which sells "
            "capacitors to Foxconn, said it would appeal.",
            "NNS:nsubj>2 VBD:ROOT>0 NNP:compound>5 NNP:compound>5 NNP:dobj>2 JJ:amod>7 "
            "NN:npadvmod>2 .:punct>2 NNP:nsubj>17 ,:punct>9 WDT:nsubj>12 VBZ:relcl>9 NNS:dobj>12 "
            "IN:prep>12 NNP:pobj>14 ,:punct>9 VBD:ROOT>0 PRP:nsubj>20 MD:aux>20 VB:ccomp>17 "
            ".:punct>17",
            {
                "Regulators": "regulator",
                "fined": "fin",
                "sells": "sell",
                "capacitors": "capacitor",
                "said": "say",
            },
            {"Dongguan Xinrui Electronics": "ORG", "Xinrui": "ORG", "Foxconn": "GPE"},
            ("Xinrui", "Dongguan Xinrui Electronics", "COMPANY"),
        ),
        # a name no dictionary holds that runs stations is a firm
        (
            "Voltaro runs 300 charging stations across Spain and Portugal.",
            "NNP:nsubj>2 VBZ:ROOT>0 CD:nummod>5 NN:compound>5 NNS:dobj>2 IN:prep>5 NNP:pobj>6 "
            "CC:cc>7 NNP:conj>7 .:punct>2",
            {"runs": "run", "stations": "station"},
            {"Voltaro": "ORG", "Spain": "GPE", "Portugal": "GPE"},
            ("Voltaro", "Voltaro", "COMPANY"),
        ),
        # where goods come from: a firm, also with a name joined by a hyphen
        (
            "Ofcom barred sales of routers from TP-Link.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>3 NNS:pobj>4 IN:prep>2 NNP:compound>9 "
            "HYPH:punct>9 NNP:pobj>6 .:punct>2",
            {"barred": "bar", "sales": "sale", "routers": "router"},
            {"Ofcom": "ORG"},
            ("TP-Link", "TP-Link", "COMPANY"),
        ),
        (
            "The ministry barred imports of inverters from Kovrix.",
            "DT:det>2 NN:nsubj>3 VBD:ROOT>0 NNS:dobj>3 IN:prep>4 NNS:pobj>5 IN:prep>4 NNP:pobj>7 "
            ".:punct>3",
            {"barred": "bar", "imports": "import", "inverters": "inverter"},
            {},
            ("Kovrix", "Kovrix", "COMPANY"),
        ),
        # a name no dictionary holds that wins a contract, or that awards one in the passive
        # (where the parser read "by" as a preposition on the contract)
        (
            "Talgo secured a contract from the navy.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 DT:det>7 NN:pobj>5 .:punct>2",
            {"secured": "secure"},
            {},
            ("Talgo", "Talgo", "COMPANY"),
        ),
        (
            "Siemens Energy was awarded a contract by Amprion.",
            "NNP:compound>2 NNP:nsubjpass>4 VBD:auxpass>4 VBN:ROOT>0 DT:det>6 NN:dobj>4 IN:prep>6 "
            "NN:pobj>7 .:punct>4",
            {"was": "be", "awarded": "award"},
            {"Siemens Energy": "ORG"},
            ("Amprion", "Amprion", "COMPANY"),
        ),
        # a name of capitalised words no finder read, given a post "as" a title, is a person
        (
            "Kioxia appointed Hideki Hanazawa as its new president.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 IN:prep>2 PRP$:poss>8 JJ:amod>8 "
            "NN:pobj>5 .:punct>2",
            {"appointed": "appoint"},
            {"Kioxia": "PERSON", "Hideki": "GPE"},
            ("Hideki Hanazawa", "Hideki Hanazawa", "PERSON"),
        ),
        # a name the recogniser read as a nationality, owned by a place, acts as a firm
        (
            "South Africa's Vodacom bought a stake in Maziv.",
            "NNP:compound>2 NNP:poss>4 POS:case>2 NNP:nsubj>5 VBD:ROOT>0 DT:det>7 NN:dobj>5 "
            "IN:prep>7 NNP:pobj>8 .:punct>5",
            {"bought": "buy"},
            {"South Africa's": "GPE", "Vodacom": "NORP", "Maziv": "GPE"},
            ("Vodacom", "Vodacom", "COMPANY"),
        ),
        # an acronym no finder knows that shares an act with another is a firm
        (
            "PLDT will co-own the cable with Converge ICT Solutions.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>3 NNP:compound>8 "
            "NNP:compound>9 NNPS:pobj>6 .:punct>3",
            {},
            {"Converge ICT Solutions": "ORG"},
            ("PLDT", "PLDT", "COMPANY"),
        ),
    ],
)
def test_unknown_finds(read, text, annotation, lemmas, ents, expected):
    assert expected in read(text, annotation, lemmas=lemmas, ents=ents).mentions


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "ents", "expected"),
    [
        # an English word opening a sentence, in the plural, is no name
        (
            "Shipments fell sharply in May, Vestas said.",
            "NNS:nsubj>2 VBD:ccomp>8 RB:advmod>2 IN:prep>2 NNP:pobj>4 ,:punct>8 NNP:nsubj>8 "
            "VBD:ROOT>0 .:punct>8",
            {"Shipments": "shipment", "fell": "fall", "said": "say"},
            {"Vestas": "ORG"},
            ("Shipments", "Shipments", "COMPANY"),
        ),
        # a person's surname written alone is the person's
        (
            "Thames Water chief executive Chris Weston said the plan was sound. Weston added that "
            "bills would rise.",
            "NNP:compound>2 NNP:compound>4 NN:amod>4 NN:compound>6 NNP:compound>6 NNP:nsubj>7 "
            "VBD:ROOT>0 DT:det>9 NN:nsubj>10 VBD:ccomp>7 JJ:acomp>10 .:punct>7 NNP:nsubj>14 "
            "VBD:ROOT>0 IN:mark>18 NNS:nsubj>18 MD:aux>18 VB:ccomp>14 .:punct>14",
            {"said": "say", "was": "be", "added": "add", "bills": "bill"},
            {"Chris Weston": "PERSON"},
            ("Weston", "Weston", "COMPANY"),
        ),
        # a part of a hyphened name is none
        (
            "Northgate Energy bought the In-Q-Tel stake.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 DT:det>10 NNP:nmod>7 HYPH:punct>5 NNP:nmod>10 "
            "HYPH:punct>10 NNP:compound>10 NN:dobj>3 .:punct>3",
            {"bought": "buy"},
            {"Northgate Energy": "ORG"},
            ("Tel", "Tel", "COMPANY"),
        ),
        # a word the dictionary lacks that does what no firm does is no firm
        (
            "Bitcoin rose 5% on Tuesday, while Nvidia shares fell.",
            "NNP:nsubj>2 VBD:ROOT>0 CD:nummod>4 NN:npadvmod>2 IN:prep>2 NNP:pobj>5 ,:punct>2 "
            "IN:mark>11 NNP:compound>10 NNS:nsubj>11 VBD:advcl>2 .:punct>2",
            {"rose": "rise", "shares": "share", "fell": "fall"},
            {"Nvidia": "ORG"},
            ("Bitcoin", "Bitcoin", "COMPANY"),
        ),
        # a plural the dictionary lacks is no name
        (
            "Hyperscalers plan to spend $300 billion on Nvidia chips.",
            "NNS:nsubj>2 VBP:ROOT>0 TO:aux>4 VB:xcomp>2 $:quantmod>7 CD:compound>7 CD:dobj>4 "
            "IN:prep>4 NNP:compound>10 NNS:pobj>8 .:punct>2",
            {"Hyperscalers": "hyperscaler", "chips": "chip"},
            {"Nvidia": "ORG"},
            ("Hyperscalers", "Hyperscalers", "COMPANY"),
        ),
        # an acronym is a firm only as the subject of a firm's verb
        (
            "ACMA fined Optus for the outage.",
            "NN:nsubj>2 VBD:ROOT>0 NNP:dobj>2 IN:prep>2 DT:det>6 NN:pobj>4 .:punct>2",
            {"fined": "fin"},
            {"Optus": "ORG"},
            ("ACMA", "ACMA", "COMPANY"),
        ),
        # a hyphened name the recogniser read as a place or a building is no firm
        (
            "Germany bought tanks from Schleswig-Holstein.",
            "NNP:nsubj>2 VBD:ROOT>0 NNS:dobj>2 IN:prep>2 NNP:compound>7 HYPH:punct>7 NN:pobj>4 "
            ".:punct>2",
            {"bought": "buy", "tanks": "tank"},
            {"Germany": "GPE", "Schleswig-Holstein": "FAC"},
            ("Schleswig-Holstein", "Schleswig-Holstein", "COMPANY"),
        ),
        # (not a people a place's possessive names)
        (
            "Oman's Kessaris said they would protest.",
            "NNP:poss>3 POS:case>1 NNPS:nsubj>4 VBD:ROOT>0 PRP:nsubj>7 MD:aux>7 VB:ccomp>4 "
            ".:punct>4",
            {"said": "say"},
            {"Oman": "GPE", "Kessaris": "NORP"},
            ("Kessaris", "Kessaris", "COMPANY"),
        ),
        # (what wins something other than work is no firm for it)
        (
            "Chhattisgarh landed a chip project from Polymatech.",
            "NN:nsubj>2 VBD:ROOT>0 DT:det>5 NN:compound>5 NN:dobj>2 IN:prep>2 NNP:pobj>6 .:punct>2",
            {"landed": "land"},
            {"Polymatech": "ORG"},
            ("Chhattisgarh", "Chhattisgarh", "COMPANY"),
        ),
        # (nor one who co-hosts a forum)
        (
            "Ruto co-hosted the forum with Microsoft.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>2 NNP:pobj>5 .:punct>2",
            {"co-hosted": "co-host"},
            {"Microsoft": "ORG"},
            ("Ruto", "Ruto", "COMPANY"),
        ),
    ],
)
def test_unknown_does_not_find(read, text, annotation, lemmas, ents, expected):
    assert expected not in read(text, annotation, lemmas=lemmas, ents=ents).mentions


def test_unknown_reads_nothing_before_the_recogniser(read):
    """A first reading without the trained recogniser finds no unknown name: the sentence
    is left for the recogniser to read (kg.extract.SelectiveExtractor)."""
    # (a firm's verb alone says what the name is: no other finder reads it)
    text = "Voltaro sells chargers across Spain and Portugal."
    annotation = (
        "NNP:nsubj>2 VBZ:ROOT>0 NNS:dobj>2 IN:prep>2 NNP:pobj>4 CC:cc>5 NNP:conj>5 .:punct>2"
    )
    lemmas = {"sells": "sell", "chargers": "charger"}
    found = read(text, annotation, lemmas=lemmas, ents={"Spain": "GPE"}).mentions
    assert ("Voltaro", "Voltaro", "COMPANY") in found
    unread = read(text, annotation, lemmas=lemmas).mentions
    assert not [m for m in unread if m[0] == "Voltaro"], unread


def test_unknown_without_a_word_list_reads_nothing():
    """With no trained pipeline installed there is no list, and no name is read here."""
    doc = spacy.blank("en")("Voltaro runs 300 charging stations.")
    doc.ents = []
    assert doc.has_annotation("ENT_IOB")
    assert unknown_names(None, doc, [], frozenset()) == []


def test_unknown_a_name_the_tagger_took_for_a_number_acts_as_a_firm(read):
    """ "operated by TenneT": the small tagger may call such a name a number."""
    mentions = read(
        "The grid platforms are operated by GridVolt, the regulator said.",
        "DT:det>3 NN:compound>3 NNS:nsubjpass>5 VBP:auxpass>5 VBN:ccomp>11 IN:agent>5 "
        "CD:pobj>6 ,:punct>11 DT:det>10 NN:nsubj>11 VBD:ROOT>0 .:punct>11",
        lemmas={"platforms": "platform", "are": "be", "operated": "operate", "said": "say"},
        ents={},
    ).mentions
    assert ("GridVolt", "GridVolt", "COMPANY") in mentions, mentions


def test_unknown_an_acronym_defined_before_names_its_firm_as_a_subject(read):
    # "OSGE plans ...": read as a name no finder knows, it is still the firm it was defined as
    reading = read(
        "Orlen Synthos Green Energy (OSGE) has applied for a licence. OSGE plans to build "
        "six reactors.",
        "NNP:compound>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>9 -LRB-:punct>4 NNP:appos>4 "
        "-RRB-:punct>4 VBZ:aux>9 VBN:ROOT>0 IN:prep>9 DT:det>12 NN:pobj>10 .:punct>9 "
        "NNP:nsubj>15 VBZ:ROOT>0 TO:aux>17 VB:xcomp>15 CD:nummod>19 NNS:dobj>17 .:punct>15",
        lemmas={"has": "have", "applied": "apply", "plans": "plan", "reactors": "reactor"},
        ents={"Orlen Synthos Green Energy": "ORG", "six": "CARDINAL"},
    )
    labels = [label for text, label, _ in reading.mentions if text == "OSGE"]
    assert labels == ["Orlen Synthos Green Energy"] * 2


def test_unknown_a_firms_words_written_again_are_that_firm(read):
    # a word of a firm's name written alone after it is that firm, though the recogniser or
    # the context read a place; a name ending in a word firms' names are made of is a firm's
    text, annotation, lemmas, ents = (
        "BIS added Jinghong Semitech and Raylight Optoelectronics to its Entity List. Korea's "
        "trade ministry imposed licence requirements on exports of equipment parts to "
        "Jinghong and Raylight.",
        "NNP:nsubj>2 VBD:ROOT>0 NNP:compound>4 NNP:dobj>2 CC:cc>4 NNP:compound>7 NNP:conj>4 "
        "IN:prep>2 PRP$:poss>11 NNP:compound>11 NNP:pobj>8 .:punct>2 NNP:poss>16 POS:case>13 "
        "NN:compound>16 NNP:nsubj>17 VBD:ROOT>0 NN:compound>19 NNS:dobj>17 IN:prep>19 "
        "NNS:pobj>20 IN:prep>21 NN:compound>24 NNS:pobj>22 IN:prep>21 NNP:pobj>25 CC:cc>26 "
        "NNP:conj>26 .:punct>17",
        {
            "added": "add",
            "imposed": "impose",
            "requirements": "requirement",
            "exports": "export",
            "parts": "part",
        },
        {
            "BIS": "ORG",
            "Jinghong Semitech": "PERSON",
            "Raylight Optoelectronics": "ORG",
            "Entity List": "ORG",
            "Korea": "GPE",
            "Jinghong": "GPE",
        },
    )
    found = read(text, annotation, lemmas=lemmas, ents=ents).mentions
    assert ("Jinghong", "Jinghong Semitech", "COMPANY") in found
    assert ("Raylight", "Raylight Optoelectronics", "COMPANY") in found
    assert ("Jinghong Semitech", "Jinghong Semitech", "COMPANY") in found
