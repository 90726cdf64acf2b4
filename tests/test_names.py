"""One normal form of a name, for identity, lookup and evaluation."""

from __future__ import annotations

import pytest

from kg.names import normalise_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The Nvidia's", "nvidia"),
        ("The Huawei's", "huawei"),
        ("  The   NVIDIA’s ", "nvidia"),
        ("U.S.", "us"),
        ("US", "us"),
        ("Xi'an", "xian"),
        ("  Xi’an ", "xian"),
        ("T-Head", "t head"),
        ('"Arm,"', "arm"),
        ("the  the", "the"),
        ("Copilot+ PCs", "copilot+ pcs"),
        ("ＮＶＩＤＩＡ", "nvidia"),  # full-width forms fold
    ],
)
def test_names_normalise_name(name, expected):
    assert normalise_name(name) == expected
