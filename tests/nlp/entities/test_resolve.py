"""Resolving candidates to the document's mentions: overlaps, events with their year,
acronyms, surnames and bare measures."""

from __future__ import annotations

import pytest

from tests.nlp import cases

CASES = ("text", "annotation", "lemmas", "ents", "expected")

CASE = ("text", "annotation", "lemmas", "ents", "expected")


def test_resolve_known_event_with_its_year(read_unparsed):
    found = read_unparsed("At Computex 2026, firms showed chips.").mentions
    assert ("Computex 2026", "Computex 2026", "EVENT") in found


def test_resolve_acronym_defined_in_parentheses(read_unparsed):
    found = read_unparsed("The Quantum Chip Alliance (QCA) met. QCA members voted.").mentions
    labels = {text: label for text, label, _ in found}
    assert labels.get("QCA") == labels.get("Quantum Chip Alliance")


def test_resolve_surname_resolves_to_full_name(read):
    found = read(
        "Rapidus president Atsuyoshi Koike spoke. Koike said yields improved.",
        "NNP:compound>2 NN:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 .:punct>5 NNP:nsubj>8 "
        "VBD:ROOT>0 NNS:nsubj>10 VBD:ccomp>8 .:punct>8",
        lemmas={"spoke": "speak", "said": "say", "yields": "yield", "improved": "improve"},
    ).mentions
    assert ("Koike", "Atsuyoshi Koike", "PERSON") in found


def test_resolve_policy_phrase_gives_way_to_issuer(read):
    found = read(
        "US tariffs on Chinese goods rose.",
        "NNP:compound>2 NNS:nsubj>6 IN:prep>2 JJ:amod>5 NNS:pobj>3 VBD:ROOT>0 .:punct>6",
        lemmas={"tariffs": "tariff", "goods": "good", "rose": "rise"},
    ).mentions
    assert ("US", "United States", "COUNTRY") in found
    assert any(t == "POLICY" and text == "tariffs" for text, _, t in found)


def test_resolve_bare_definite_measure_refers_back(read):
    reading = read(
        "Beijing issued new export restrictions on gallium. The restrictions start in May.",
        "NNP:nsubj>2 VBD:ROOT>0 JJ:amod>5 NN:compound>5 NNS:dobj>2 IN:prep>5 NN:pobj>6 .:punct>2 "
        "DT:det>10 NNS:nsubj>11 VBP:ROOT>0 IN:prep>11 NNP:pobj>12 .:punct>11",
        lemmas={"issued": "issue", "restrictions": "restriction"},
    )
    policies = {m.label for m in reading.doc._.kg_mentions if m.type == "POLICY"}
    assert policies == {"new export restrictions"} or len(policies) == 1


def test_resolve_body_name_is_whole_or_none(read):
    # "Scholz and Commission President": no body "and Commission" is left of a shape that
    # a person's name cut short
    reading = read(
        "Chancellor Olaf Scholz and Commission President Ursula von der Leyen attended.",
        "NNP:nmod>3 NNP:compound>3 NNP:nmod>9 CC:cc>3 NNP:compound>6 NNP:compound>9 "
        "NNP:compound>9 NNP:compound>9 NN:compound>10 NNP:nsubj>11 VBD:ROOT>0 .:punct>11",
        lemmas={"attended": "attend"},
    )
    assert not [label for _, label, type_ in reading.mentions if type_ == "AGENCY"]


# names found and typed beyond the lexicon
@pytest.mark.parametrize(
    CASES,
    [
        (
            "Kenya Power raised its tariffs.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>5 NNS:dobj>3 .:punct>3",
            {"raised": "raise", "tariffs": "tariff"},
            {"Kenya Power": "ORG"},
            (("Kenya Power", "COMPANY"),),
        ),
        (
            "Canada has ordered Hikvision Canada to cease operations.",
            "NNP:nsubj>3 VBZ:aux>3 VBN:ROOT>0 NNP:compound>5 NNP:dobj>3 TO:aux>7 VB:xcomp>3 "
            "NNS:dobj>7 .:punct>3",
            {"has": "have", "ordered": "order", "operations": "operation"},
            {"Canada": "GPE", "Hikvision Canada": "ORG"},
            (("Hikvision Canada", "COMPANY"),),
        ),
        # a firm's name that holds a technology's: "Ibiden Advanced Packaging"
        (
            "The line is run by Ibiden Advanced Packaging, a unit of Ibiden.",
            "DT:det>2 NN:nsubjpass>4 VBZ:auxpass>4 VBN:ROOT>0 IN:agent>4 NNP:compound>8 "
            "NNP:compound>8 NNP:pobj>5 ,:punct>8 DT:det>11 NN:appos>8 IN:prep>11 NNP:pobj>12 "
            ".:punct>4",
            {"is": "be"},
            {"Ibiden Advanced Packaging": "PERSON", "Ibiden": "GPE"},
            (("Ibiden Advanced Packaging", "COMPANY"), ("Ibiden", "COMPANY")),
        ),
        # "Works" ends a firm's name, and the place it begins with is part of it
        (
            "Denso will buy a stake in Osaka Crystal Works.",
            "NNP:nsubj>3 MD:aux>3 VB:ROOT>0 DT:det>5 NN:dobj>3 IN:prep>5 NNP:compound>9 "
            "NNP:compound>9 NNP:pobj>6 .:punct>3",
            {},
            {"Denso": "PERSON", "Osaka": "GPE", "Crystal Works": "LOC"},
            (("Osaka Crystal Works", "COMPANY"),),
        ),
        # a firm whose name a place's opens, as the recogniser read it
        (
            "The Treasury sanctioned Asia Pacific Links for shipping drone parts.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 NNP:compound>6 NNP:compound>6 NNPS:dobj>3 IN:prep>3 "
            "VBG:pcomp>7 NN:compound>10 NNS:dobj>8 .:punct>3",
            {"sanctioned": "sanction", "shipping": "ship", "parts": "part"},
            {"Treasury": "ORG", "Asia Pacific Links": "ORG"},
            (("Asia Pacific Links", "COMPANY"),),
        ),
        # (not a state's forces: the country stays)
        (
            "The Indian Army ordered drones from Tata.",
            "DT:det>3 JJ:compound>3 NNP:nsubj>4 VBD:ROOT>0 NNS:dobj>4 IN:prep>4 NNP:pobj>6 "
            ".:punct>4",
            {"ordered": "order", "drones": "drone"},
            {"The Indian Army": "ORG", "Tata": "ORG"},
            (("India", "COUNTRY"),),
        ),
        # (a body of state whose name a place's opens is a body)
        (
            "Korea Customs Service fined Samsung.",
            "NNP:compound>3 NNP:compound>3 NNP:nsubj>4 VBD:ROOT>0 NNP:dobj>4 .:punct>4",
            {"fined": "fin"},
            {"Korea Customs Service": "ORG", "Samsung": "ORG"},
            (("Korea Customs Service", "AGENCY"),),
        ),
        # a commission's name keeps the nationality it opens with, itself a country
        (
            "The Ghanaian Communications Authority fined MTN Ghana.",
            "DT:det>4 NNP:compound>4 NNPS:compound>4 NNP:nsubj>5 VBD:ROOT>0 NNP:compound>7 "
            "NNP:dobj>5 .:punct>5",
            {"fined": "fin"},
            {"The Ghanaian Communications Authority": "ORG", "Ghana": "GPE"},
            (("Ghanaian Communications Authority", "AGENCY"), ("Ghana", "COUNTRY")),
        ),
        # a multilateral lender is a body, not a firm
        (
            "The European Investment Bank lent 500 million euros to Northvolt.",
            "DT:det>4 NNP:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 CD:compound>7 "
            "CD:nummod>8 NNS:dobj>5 IN:dative>5 NNP:pobj>9 .:punct>5",
            {"lent": "lend", "euros": "euro"},
            {"The European Investment Bank": "ORG", "500 million": "CARDINAL", "Northvolt": "GPE"},
            (("European Investment Bank", "AGENCY"),),
        ),
        # a firm the lexicon knows, not the list the recogniser ran it into
        (
            "The line was built with Siemens, Ketraco said.",
            "DT:det>2 NN:nsubjpass>4 VBD:auxpass>4 VBN:ccomp>9 IN:prep>4 NNP:pobj>5 ,:punct>9 "
            "NNP:nsubj>9 VBD:ROOT>0 .:punct>9",
            {"was": "be", "built": "build", "said": "say"},
            {"Siemens, Ketraco": "ORG"},
            (("Siemens", "COMPANY"),),
        ),
        # (from the nationality on, not the words before it)
        (
            "On Monday Nigerian Communications Commission fined MTN.",
            "IN:prep>6 NNP:compound>5 NNP:compound>5 NNPS:compound>5 NNP:pobj>1 VBD:ROOT>0 "
            "NNP:dobj>6 .:punct>6",
            {"fined": "fin"},
            {"Monday": "DATE", "Nigerian Communications Commission": "ORG", "MTN": "ORG"},
            (("Nigerian Communications Commission", "AGENCY"),),
        ),
    ],
)
def test_resolve_types(read, text, annotation, lemmas, ents, expected):
    cases.types(read, text, annotation, lemmas, ents, expected)


def test_resolve_a_short_name_written_alone_first_is_not_the_longer_one(read):
    """ "Murata set up a subsidiary, Murata Electronics Vietnam ... Murata's customers": the
    firm named alone first, not its subsidiary named after."""
    mentions = read(
        "Murata set up a subsidiary, Murata Electronics Vietnam, to run the plant near Hanoi. The "
        "new unit will make capacitors for Murata's Japanese customers.",
        (
            "NNS:nsubj>2 VBD:ROOT>0 RP:prt>2 DT:det>5 NN:dobj>2 ,:punct>5 NNP:compound>9 "
            "NNP:compound>9 NNP:appos>5 ,:punct>5 TO:aux>12 VB:relcl>5 DT:det>14 NN:dobj>12 "
            "IN:prep>14 NNP:pobj>15 .:punct>2 DT:det>20 JJ:amod>20 NN:nsubj>22 MD:aux>22 "
            "VB:ROOT>0 NNS:dobj>22 IN:prep>22 NNP:poss>28 POS:case>25 JJ:amod>28 NNS:pobj>24 "
            ".:punct>22"
        ),
        lemmas={"capacitors": "capacitor", "customers": "customer"},
        ents={"Murata": "ORG", "Murata Electronics Vietnam": "ORG", "Hanoi": "GPE"},
    ).mentions
    assert ("Murata", "Murata Electronics Vietnam", "COMPANY") not in mentions, mentions
    assert [m for m in mentions if m[0] == "Murata"] == [("Murata", "Murata", "COMPANY")] * 2
