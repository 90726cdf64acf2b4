"""A name's type from the words around it where no lexicon knows it: describing nouns before
it and after it, titles, what it owns, whom it is listed with, a country's lower-case
bodies (see tests/conftest.py)."""

from __future__ import annotations

import pytest

CASE = ("text", "annotation", "lemmas", "ents", "expected")


@pytest.mark.parametrize(
    CASE,
    [
        (
            "Lukoil accepted an offer from commodity trader Gunvor for its assets.",
            "NNP:nsubj>2 VBD:ROOT>0 DT:det>4 NN:dobj>2 IN:prep>4 NN:compound>7 NN:compound>8 "
            "NNP:pobj>5 IN:prep>2 PRP$:poss>11 NNS:pobj>9 .:punct>2",
            {"accepted": "accept", "assets": "asset"},
            {"Gunvor": "PERSON"},
            ("Gunvor", "COMPANY"),
        ),
        (
            "Britain's water regulator Ofwat fined the utility last year.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>6 NNP:appos>4 VBD:ROOT>0 DT:det>8 "
            "NN:dobj>6 JJ:amod>10 NN:npadvmod>6 .:punct>6",
            {"fined": "fin"},
            {"Britain": "GPE", "Ofwat": "GPE"},
            ("Ofwat", "AGENCY"),
        ),
        (
            "Insulet sued Pellan, a maker of insulin pumps, in Boston.",
            "NNP:nsubj>2 VBD:ROOT>0 NNP:dobj>2 ,:punct>3 DT:det>6 NN:appos>3 IN:prep>6 "
            "NN:compound>9 NNS:pobj>7 ,:punct>3 IN:prep>3 NNP:pobj>11 .:punct>2",
            {"sued": "sue", "pumps": "pump"},
            {"Pellan": "GPE", "Boston": "GPE"},
            ("Pellan", "COMPANY"),
        ),
        (
            "Calder Foods named Nils Berg, head of its dairy unit, as chief executive.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:compound>5 NNP:dobj>3 ,:punct>5 "
            "NN:appos>5 IN:prep>7 PRP$:poss>11 NN:compound>11 NN:pobj>8 ,:punct>3 IN:prep>3 "
            "JJ:amod>15 NN:pobj>13 .:punct>3",
            {"named": "name"},
            {"Calder Foods": "ORG", "Nils Berg": "PERSON"},
            ("Nils Berg", "PERSON"),
        ),
        (
            "Ostrava Steel said Syrah's plant would close.",
            "NNP:compound>2 NNP:nsubj>3 VBD:ROOT>0 NNP:poss>6 POS:case>4 NN:nsubj>8 MD:aux>8 "
            "VB:ccomp>3 .:punct>3",
            {"said": "say"},
            {"Ostrava Steel": "ORG", "Syrah": "PERSON"},
            ("Syrah", "COMPANY"),
        ),
        (
            "Amazon and iRobot abandoned their merger.",
            "NNP:nsubj>4 CC:cc>1 NNP:conj>1 VBD:ROOT>0 PRP$:poss>6 NN:dobj>4 .:punct>4",
            {"abandoned": "abandon"},
            {"Amazon": "ORG", "iRobot": "ORG"},
            ("iRobot", "COMPANY"),
        ),
        (
            "India's finance ministry raised duties on gold.",
            "NNP:poss>4 POS:case>1 NN:compound>4 NN:nsubj>5 VBD:ROOT>0 NNS:dobj>5 IN:prep>6 "
            "NN:pobj>7 .:punct>5",
            {"raised": "raise", "duties": "duty"},
            {"India": "GPE"},
            ("India's finance ministry", "AGENCY"),
        ),
        (
            "Tamsin Biosciences, whose customers include Pfizer, hired 200 staff.",
            "NNP:compound>2 NNP:nsubj>9 ,:punct>2 WP$:poss>5 NNS:nsubj>6 VBP:relcl>2 "
            "NNP:dobj>6 ,:punct>2 VBD:ROOT>0 CD:nummod>11 NN:dobj>9 .:punct>9",
            {"customers": "customer", "hired": "hire"},
            {"Tamsin Biosciences": "ORG", "Pfizer": "PERSON"},
            ("Tamsin Biosciences", "COMPANY"),
        ),
    ],
)
def test_context_finds_and_types(read, text, annotation, lemmas, ents, expected):
    mentions = read(text, annotation, lemmas=lemmas, ents=ents).mentions
    assert expected in {(label, type_) for _, label, type_ in mentions}
