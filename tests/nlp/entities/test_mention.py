"""A mention's stable id and clean label."""

from __future__ import annotations

import pytest

from kg.nlp.entities import clean_label, entity_id


@pytest.mark.parametrize(
    ("type_", "label", "expected"),
    [
        ("COMPANY", "Nvidia", "company:nvidia"),
        ("PRODUCT", "Copilot+ PCs", "product:copilot-plus-pcs"),
        ("LOCATION", "Xi'an", "location:xi-an"),
        ("COMPANY", "***", "company:unnamed"),
    ],
)
def test_mention_ids_are_stable_slugs(type_, label, expected):
    assert entity_id(type_, label) == expected


def test_mention_clean_label():
    assert clean_label("the Financial Times's") == "Financial Times"
