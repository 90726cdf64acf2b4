"""Entity rules: lexicon, shapes, acronyms, short forms, canonical labels and ids."""

from __future__ import annotations

import pytest

from kg.nlp.entities import clean_label, entity_id
from kg.nlp.pipeline import load_pipeline, resolve_model


@pytest.fixture(scope="module")
def blank():
    return load_pipeline("blank")


@pytest.fixture(scope="module")
def trained():
    if resolve_model("auto") is None:
        pytest.skip("no trained English pipeline is installed")
    return load_pipeline("auto")


def mentions(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(doc[m.start : m.end].text, m.label, m.type) for m in doc._.kg_mentions]


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
        # company by suffix, not in the lexicon
        (
            "Quantix Semiconductor opened an office.",
            ("Quantix Semiconductor", "Quantix Semiconductor", "COMPANY"),
        ),
        # product by model number after a brand, not in the lexicon
        ("The Zorion 7200X is fast.", ("Zorion 7200X", "Zorion 7200X", "PRODUCT")),
        # standalone model number
        ("Buyers want the QX900 now.", ("QX900", "QX900", "PRODUCT")),
        # process node with a standard label
        ("It uses a 4 nm process.", ("4 nm process", "4nm process", "TECHNOLOGY")),
        # agency by name shape
        (
            "The Ministry of Digital Affairs spoke.",
            ("Ministry of Digital Affairs", "Ministry of Digital Affairs", "AGENCY"),
        ),
        # a known event with its year
        ("At Computex 2026, firms showed chips.", ("Computex 2026", "Computex 2026", "EVENT")),
    ],
)
def test_entities_found_without_parser(blank, text, expected):
    assert expected in mentions(blank, text)


def test_entities_lowercase_text_does_not_match_capitalised_name(blank):
    # "Scale AI" is a company; "rack-scale AI system" names none
    assert all(
        label != "Scale AI" for _, label, _ in mentions(blank, "A rack-scale AI system shipped.")
    )


def test_entities_month_does_not_start_a_product(blank):
    assert all(t != "PRODUCT" for _, _, t in mentions(blank, "The chip debuts on May 22."))


def test_entities_acronym_defined_in_parentheses(blank):
    found = mentions(blank, "The Quantum Chip Alliance (QCA) met. QCA members voted.")
    labels = {text: label for text, label, _ in found}
    assert labels.get("QCA") == labels.get("Quantum Chip Alliance")


def test_entities_surname_resolves_to_full_name(trained):
    found = mentions(
        trained, "Rapidus president Atsuyoshi Koike spoke. Koike said yields improved."
    )
    assert ("Koike", "Atsuyoshi Koike", "PERSON") in found


def test_entities_maker_split_from_product_alias(blank):
    found = mentions(blank, "Huawei Ascend 910B chips were found.")
    assert ("Huawei", "Huawei", "COMPANY") in found
    assert any(label == "Ascend 910B" for _, label, _ in found)


def test_entities_possessive_alias_leaves_owner_mention(trained):
    found = mentions(trained, "China's Ministry of Commerce announced curbs.")
    assert ("China", "China", "COUNTRY") in found
    assert any(t == "AGENCY" for _, _, t in found)


def test_entities_policy_phrase_gives_way_to_issuer(trained):
    found = mentions(trained, "US tariffs on Chinese goods rose.")
    assert ("US", "United States", "COUNTRY") in found
    assert any(t == "POLICY" and text == "tariffs" for text, _, t in found)


def test_entities_bare_definite_measure_refers_back(trained):
    doc = trained(
        "Beijing issued new export restrictions on gallium. The restrictions start in May."
    )
    policies = {m.label for m in doc._.kg_mentions if m.type == "POLICY"}
    assert policies == {"new export restrictions"} or len(policies) == 1


@pytest.mark.parametrize(
    ("type_", "label", "expected"),
    [
        ("COMPANY", "Nvidia", "company:nvidia"),
        ("PRODUCT", "Copilot+ PCs", "product:copilot-plus-pcs"),
        ("LOCATION", "Xi'an", "location:xi-an"),
        ("COMPANY", "***", "company:unnamed"),
    ],
)
def test_entities_ids_are_stable_slugs(type_, label, expected):
    assert entity_id(type_, label) == expected


def test_entities_clean_label():
    assert clean_label("the Financial Times's") == "Financial Times"


def test_entities_unknown_place_needs_a_place_to_be_in(trained):
    # the recogniser takes some firms for places; an unknown place stands after "in", "at"...
    found = mentions(trained, "Samsung lost a lawsuit brought by Netlist in Marshall.")
    types = {text: t for text, _, t in found}
    assert types.get("Netlist") != "LOCATION"


# Sentences whose shapes start at words of every kind: a company suffix, a cue noun, a
# model number, a process node, a product head, an agency, a named and a generic measure.
SHAPED = [
    "Corvane Systems Inc and chipmaker Tellurix showed the Orbis 7X at 2nm.",
    "The Quarro inference chips ship after the Ministry of Digital Affairs approved them.",
    "The Fair Compute Act and new export restrictions hit the Velda 900 and the K12.",
    "Ferroline Semiconductor Co said its licence requirements would follow the EU rules.",
]


@pytest.mark.parametrize("text", SHAPED)
def test_entities_shapes_start_only_where_a_word_can_start_one(trained, text, monkeypatch):
    """The words a shape may start at are found by their form (and a noun's lemma): the
    shapes are those found by trying every word."""
    from kg.nlp.entities import shapes

    patterns = trained.get_pipe("kg_entity_recognizer").patterns
    doc = trained(text)
    found = [(m.start, m.end, m.type, m.method) for m in shapes.shapes(patterns, doc)]
    assert len(shapes.shape_starts(patterns, doc)) < len(doc)
    monkeypatch.setattr(shapes, "shape_starts", lambda p, d: list(range(len(d))))
    tried = [(m.start, m.end, m.type, m.method) for m in shapes.shapes(patterns, doc)]
    assert found == tried and found
