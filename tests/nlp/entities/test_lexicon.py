"""The lexicon's entities: aliases to canonical labels, case, demonyms, makers beside their
products and owners beside what they own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicon, with a legal-name alias resolving to the canonical label
        (
            "Taiwan Semiconductor Manufacturing Co reported profits.",
            ("Taiwan Semiconductor Manufacturing Co", "TSMC", "COMPANY"),
        ),
        # upper-case variant of a one-word alias
        ("NVIDIA shares rose.", ("NVIDIA", "Nvidia", "COMPANY")),
        # demonym names a country
        ("A Dutch supplier was named.", ("Dutch", "Netherlands", "COUNTRY")),
    ],
)
def test_lexicon_found_without_parser(read_unparsed, text, expected):
    assert expected in read_unparsed(text).mentions


def test_lexicon_lowercase_text_does_not_match_capitalised_name(read_unparsed):
    # "Scale AI" is a company; "rack-scale AI system" names none
    found = read_unparsed("A rack-scale AI system shipped.").mentions
    assert all(label != "Scale AI" for _, label, _ in found)


def test_lexicon_maker_split_from_product_alias(read_unparsed):
    found = read_unparsed("Huawei Ascend 910B chips were found.").mentions
    assert ("Huawei", "Huawei", "COMPANY") in found
    assert any(label == "Ascend 910B" for _, label, _ in found)


def test_lexicon_possessive_alias_leaves_owner_mention(read):
    found = read(
        "China's Ministry of Commerce announced curbs.",
        "NNP:poss>3 POS:case>1 NNP:nsubj>6 IN:prep>3 NNP:pobj>4 VBD:ROOT>0 NNS:dobj>6 .:punct>6",
        lemmas={"announced": "announce", "curbs": "curb"},
    ).mentions
    assert ("China", "China", "COUNTRY") in found
    assert any(t == "AGENCY" for _, _, t in found)
