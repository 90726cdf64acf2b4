"""What a token stands for (pronouns, descriptions, leaders, lists) and the document's
parse as the rules read it, on sentences parsed by hand (see tests/conftest.py)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.relations.context import KIDS_KEY, columns, kids

#: Sentences parsed by hand that more than one case reads.
XIAOMI_PUT_QUALCOMM_S = (
    "Xiaomi put Qualcomm's Snapdragon 8 Elite in the YU7. The car runs on Nvidia's Drive Thor.",
    "NNP:nsubj>2 VBD:ROOT>0 NNP:poss>7 POS:case>3 NNP:nmod>7 CD:nummod>7 NNP:dobj>2 "
    "IN:prep>2 DT:det>10 NN:pobj>8 .:punct>2 DT:det>13 NN:nsubj>14 VBZ:ROOT>0 IN:prep>14 "
    "NNP:poss>19 POS:case>16 NNP:compound>19 NNP:pobj>15 .:punct>14",
    {"runs": "run"},
)


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "expected"),
    [
        # possessive pronoun resolves to the nearest organisation
        (
            "MediaTek said its Dimensity 9400 would ship in October.",
            "NNP:nsubj>2 VBD:ROOT>0 PRP$:poss>5 NNP:compound>5 CD:nsubj>7 MD:aux>7 VB:ccomp>2 "
            "IN:prep>7 NNP:pobj>8 .:punct>2",
            {"said": "say"},
            ("MediaTek", "develops", "Dimensity 9400"),
        ),
        # a description refers back: "the chipmaker"
        (
            "Cambricon posted a profit. The chipmaker launched the Siyuan 690.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 .:punct>2 DT:det>7 NN:nsubj>8 VBD:ROOT>0 "
            "DT:det>10 NNP:dobj>8 CD:nummod>10 .:punct>8",
            {"posted": "post", "launched": "launch"},
            ("Cambricon", "develops", "Siyuan 690"),
        ),
        # a leader acts for the organisation
        (
            "Lenovo chairman Yang Yuanqing unveiled the ThinkPad X9.",
            "NNP:compound>2 NN:compound>4 NNP:compound>4 NNP:nsubj>5 VBD:ROOT>0 DT:det>8 "
            "NNP:compound>8 NNP:dobj>5 .:punct>5",
            {"unveiled": "unveil"},
            ("Lenovo", "develops", "ThinkPad X9"),
        ),
        # a list of names, each a conjunct of the first
        (
            "Hygon, Sugon and Inspur were added to the Entity List in 2019.",
            "NNP:nsubjpass>7 ,:punct>1 NNP:conj>1 CC:cc>3 NNP:conj>3 VBD:auxpass>7 VBN:ROOT>0 "
            "IN:prep>7 DT:det>11 NNP:compound>11 NNP:pobj>8 IN:prep>7 CD:pobj>12 .:punct>7",
            {"were": "be", "added": "add"},
            ("Entity List", "restricts", "Hygon"),
        ),
        # a list whose first name the parser leaves out of the coordination (a compound here)
        (
            "Hygon, Sugon and Inspur were added to the Entity List in 2019.",
            "NNP:compound>3 ,:punct>3 NNP:nsubjpass>7 CC:cc>3 NNP:conj>3 VBD:auxpass>7 "
            "VBN:ROOT>0 IN:prep>7 DT:det>11 NNP:compound>11 NNP:pobj>8 IN:prep>7 CD:pobj>12 "
            ".:punct>7",
            {"were": "be", "added": "add"},
            ("Entity List", "restricts", "Hygon"),
        ),
        # a description that was itself the previous subject: "The search giant ... The company"
        (
            "Baidu grew. The search giant hired staff. The company, led by CEO Robin Li, expanded.",
            "NNP:nsubj>2 VBD:ROOT>0 .:punct>2 DT:det>6 NN:compound>6 NN:nsubj>7 VBD:ROOT>0 "
            "NN:dobj>7 .:punct>7 DT:det>11 NN:nsubj>19 ,:punct>11 VBN:acl>11 IN:agent>13 "
            "NNP:compound>17 NNP:compound>17 NNP:pobj>14 ,:punct>11 VBD:ROOT>0 .:punct>19",
            {"grew": "grow", "hired": "hire", "led": "lead", "expanded": "expand"},
            ("Robin Li", "leads", "Baidu"),
        ),
        # "the chip" with no subject to refer to is the story's first product
        (
            "Alibaba released the Zhenwu PPU, which rivals the H20. "
            "China Mobile deployed the chip.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NNP:dobj>2 ,:punct>5 WDT:nsubj>8 "
            "VBZ:relcl>5 DT:det>10 NNP:dobj>8 .:punct>2 NNP:compound>13 NNP:nsubj>14 VBD:ROOT>0 "
            "DT:det>16 NN:dobj>14 .:punct>14",
            {"released": "release", "rivals": "rival", "deployed": "deploy"},
            ("China Mobile", "uses", "PPU"),
        ),
        # "the vehicle": the product named before that is one (by the noun after its name)
        (
            "BYD unveiled the Seal 08 sedan. The vehicle runs on Nvidia's Drive Thor.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>6 NNP:nmod>6 CD:nummod>4 NN:dobj>2 .:punct>2 DT:det>9 "
            "NN:nsubj>10 VBZ:ROOT>0 IN:prep>10 NNP:poss>15 POS:case>12 NNP:compound>15 "
            "NNP:pobj>11 .:punct>10",
            {"unveiled": "unveil", "runs": "run"},
            ("Seal 08", "uses", "Drive Thor"),
        ),
        # "the car" is none of the things the lexicon knows to be of another kind (a chip here)
        (*XIAOMI_PUT_QUALCOMM_S, ("YU7", "uses", "Drive Thor")),
        # "the handset": the product an apposition calls a phone, not the tablet named after it
        (
            "Honor launched the Magic8, a flagship phone, and the MagicPad 3. "
            "The handset uses MediaTek's Dimensity 9500.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NNP:dobj>2 ,:punct>4 DT:det>8 NN:compound>8 "
            "NN:appos>4 ,:punct>8 CC:cc>8 DT:det>12 NNP:conj>8 CD:nummod>12 .:punct>2 DT:det>16 "
            "NN:nsubj>17 VBZ:ROOT>0 NNP:poss>20 POS:case>18 NNP:dobj>17 CD:nummod>20 .:punct>17",
            {"launched": "launch", "uses": "use"},
            ("Magic8", "uses", "Dimensity 9500"),
        ),
        # a list's last name the parser hung on a later word
        (
            "Tata Motors is competing with BYD and Geely for buyers in Indonesia.",
            "NNP:compound>2 NNPS:nsubj>4 VBZ:aux>4 VBG:ROOT>0 IN:prep>4 NNP:pobj>5 CC:cc>6 "
            "RB:advmod>9 IN:prep>4 NNS:pobj>9 IN:prep>10 NNP:pobj>11 .:punct>4",
            {"is": "be", "competing": "compete", "buyers": "buyer"},
            ("Tata Motors", "competes", "Geely"),
        ),
    ],
)
def test_context_extracts(read, text, annotation, lemmas, expected):
    assert expected in read(text, annotation, lemmas=lemmas).relations


@pytest.mark.parametrize(
    ("text", "annotation", "lemmas", "unexpected"),
    [
        # a nationality is no antecedent of "its"
        (
            "The Treasury added 12 Chinese entities to its sanctions list.",
            "DT:det>2 NNP:nsubj>3 VBD:ROOT>0 CD:nummod>6 JJ:amod>6 NNS:dobj>3 IN:prep>3 "
            "PRP$:poss>10 NNS:compound>10 NN:pobj>7 .:punct>3",
            {"added": "add", "entities": "entity", "sanctions": "sanction"},
            ("China", "issues", "sanctions list"),
        ),
        # "the whole vehicle" refers to nothing named before
        (
            "Nio launched the ET9 sedan. Its SkyOS system controls the whole vehicle.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>5 NNP:compound>5 NN:dobj>2 .:punct>2 PRP$:poss>9 "
            "NNP:compound>9 NN:nsubj>10 VBZ:ROOT>0 DT:det>13 JJ:amod>13 NN:dobj>10 .:punct>10",
            {"launched": "launch", "controls": "control"},
            ("ET9", "part_of", "SkyOS"),
        ),
        # the car is no chip the lexicon knows
        (*XIAOMI_PUT_QUALCOMM_S, ("Snapdragon 8 Elite", "uses", "Drive Thor")),
        # a name after "and" that is the next clause's subject is no part of the list
        (
            "Tata Motors competes with BYD and Geely said sales fell.",
            "NNP:compound>2 NNPS:nsubj>3 VBZ:ROOT>0 IN:prep>3 NNP:pobj>4 CC:cc>3 NNP:nsubj>8 "
            "VBD:conj>3 NNS:nsubj>10 VBD:ccomp>8 .:punct>3",
            {"competes": "compete", "said": "say", "sales": "sale", "fell": "fall"},
            ("Tata Motors", "competes", "Geely"),
        ),
    ],
)
def test_context_does_not_extract(read, text, annotation, lemmas, unexpected):
    reading = read(text, annotation, lemmas=lemmas)
    source, _, target = unexpected
    assert {source, target} <= {label for _, label, _ in reading.mentions}
    assert unexpected not in reading.relations


def test_context_children_table_is_spacys_children():
    """A hand-parsed Doc: each token's children from the table, in spaCy's order."""
    words = ["Orvane", ",", "which", "designs", "chips", ",", "sued", "Belmar", "and", "Kito", "."]
    heads = [6, 0, 3, 0, 3, 6, 6, 6, 7, 7, 6]
    deps = ["nsubj", "punct", "nsubj", "relcl", "dobj", "punct", "ROOT", "dobj", "cc", "conj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=[*deps, "punct"])
    got = [[c.i for c in kids(t)] for t in doc]
    assert got == [[c.i for c in t.children] for t in doc]
    assert got[6] == [0, 5, 7, 10] and got[7] == [8, 9]


def test_context_children_table_does_not_outlive_the_reading(read):
    """The table is the rules' scratch: a Doc the user keeps, or parses again, holds none."""
    reading = read(
        "Vantor Labs licensed its Quill X2 design to Morrow Semiconductor.",
        "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 PRP$:poss>7 NNP:compound>6 NN:compound>7 NN:dobj>3 "
        "IN:prep>3 NNP:compound>10 NNP:pobj>8 .:punct>3",
        lemmas={"licensed": "license"},
    )
    assert ("Vantor Labs", "develops", "Quill X2") in reading.relations
    assert KIDS_KEY not in reading.doc.user_data


def test_context_token_columns_are_the_tokens_own(parse):
    """The rules' passes read each token's strings from lists made once a document."""
    doc = parse(
        "Kestrel Micro's CEO said the Ferrous-9 ships in May; rivals were not consulted.",
        "NNP:compound>2 NNP:poss>4 POS:case>2 NN:nsubj>5 VBD:ROOT>0 DT:det>7 NNP:nsubj>8 "
        "VBZ:ccomp>5 IN:prep>8 NNP:pobj>9 ::punct>15 NNS:nsubjpass>15 VBD:auxpass>15 RB:neg>15 "
        "VBN:ccomp>5 .:punct>5",
        lemmas={
            "said": "say",
            "ships": "ship",
            "rivals": "rival",
            "were": "be",
            "consulted": "consult",
        },
    )
    pos, dep, lower, lemma = columns(doc)
    assert pos == [t.pos_ for t in doc] and "VERB" in pos
    assert dep == [t.dep_ for t in doc] and "ROOT" in dep
    assert lower == [t.lower_ for t in doc]
    assert lemma == [t.lemma_.lower() for t in doc] and "ship" in lemma
    assert columns(Doc(doc.vocab, words=[])) == ([], [], [], [])
