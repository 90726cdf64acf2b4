"""Relations without a parse: a trigger between neighbouring names, "A's B", read by the
blank pipeline (sentences and a flat parse, no trained model)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news lead without a parse: "A <verb> B"
        ("Xiaomi unveiled the XRing O1.", ("Xiaomi", "develops", "XRing O1")),
        # passive without a parse
        ("The Kirin 9000S was made by SMIC.", ("SMIC", "manufactures", "Kirin 9000S")),
        # possessive without a parse
        ("Apple's A18 Pro impressed.", ("Apple", "develops", "A18 Pro")),
    ],
)
def test_surface_rules_without_parser(read_unparsed, text, expected):
    assert expected in read_unparsed(text).relations
