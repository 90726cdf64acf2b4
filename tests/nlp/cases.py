"""What the rule tests check of a sentence parsed by hand: the cases of the rule modules'
tests are (text, annotation, lemmas, ents, expected), read by the ``read`` fixture of
tests/conftest.py."""

from __future__ import annotations

from collections.abc import Callable

#: The fields of a case, as the tests' parametrize names them.
CASES = ("text", "annotation", "lemmas", "ents", "expected")


def finds(read: Callable, text, annotation, lemmas, ents, expected) -> None:
    """Every (source, relation, target) expected is read from the sentence."""
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    missing = [triple for triple in expected if triple not in reading.relations]
    assert not missing, reading.relations


def does_not_find(read: Callable, text, annotation, lemmas, ents, expected) -> None:
    """Both ends of each triple expected are found, and the edge between them is not."""
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    labels = {label for _, label, _ in reading.mentions}
    for triple in expected:
        assert triple[0] in labels and triple[2] in labels  # both ends were found
        assert triple not in reading.relations


def takes_back(read: Callable, text, annotation, lemmas, ents, expected) -> None:
    """Each triple expected is read as negated, and kept out of the relations."""
    reading = read(text, annotation, lemmas=lemmas, ents=ents)
    for triple in expected:
        assert triple in reading.negated and triple not in reading.relations


def types(read: Callable, text, annotation, lemmas, ents, expected) -> None:
    """Every (label, type) expected is a mention the sentence gives."""
    mentions = read(text, annotation, lemmas=lemmas, ents=ents).mentions
    found = {(label, type_) for _, label, type_ in mentions}
    missing = [pair for pair in expected if pair not in found]
    assert not missing, found
