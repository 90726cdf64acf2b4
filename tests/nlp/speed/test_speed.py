"""The speed-ups: one switch, the plain path's results byte for byte, and spaCy's own code
where a private part they use is missing."""

from __future__ import annotations

import pytest
import spacy

from kg.build import build
from kg.nlp.pipeline import resolve_model

MODEL = resolve_model("auto")
pytestmark = pytest.mark.skipif(MODEL is None, reason="no trained English pipeline is installed")

CORPUS = [
    "The US Commerce Department added Orvane Systems and Kestrel Micro to the Entity List.",
    "Tellurix unveiled the Quill X2 accelerator, made by TSMC on its 3nm process.",
    "Beijing imposed export controls on gallium; Morrow Semiconductor said it would comply.",
    "Vantor Labs CEO Ada Brennan said the firm will open a plant in Penang next year.",
    "Halden Capital agreed to buy Ferroline for US$2 billion, the companies said on Monday.",
] * 4


def test_speed_no_speedups_gives_the_same_records(tmp_path):
    news = tmp_path / "news.txt"
    news.write_text("\n".join(f"{t} ({k})" for k, t in enumerate(CORPUS)) + "\n")
    fast, plain = tmp_path / "fast", tmp_path / "plain"
    build([news], fast, formats=["csv"], store=False)
    build([news], plain, formats=["csv"], store=False, speedups=False)
    for name in ("mentions.csv", "evidence.csv"):
        assert (fast / name).read_bytes() == (plain / name).read_bytes(), name
    assert len((fast / "evidence.csv").read_text().splitlines()) > 10


def test_speed_plain_pipeline_keeps_spacys_components():
    from kg.nlp.pipeline import load_pipeline

    plain = load_pipeline(MODEL, speedups=False)
    fast = load_pipeline(MODEL)
    assert "attribute_ruler" in plain.pipe_names and "lemmatizer" in plain.pipe_names
    assert "kg_attribute_table" in fast.pipe_names and "kg_lemma_table" in fast.pipe_names


def test_speed_applies_once():
    from kg.nlp.speed import apply_speedups

    nlp = spacy.load(MODEL)
    first = apply_speedups(nlp)
    again = apply_speedups(nlp)
    assert first["attribute_table"] == first["lemma_table"] == 1
    assert first["embeddings"] > 0 and first["lean"] > 0 and first["matmul"] > 0
    assert again["attribute_table"] == again["embeddings"] == again["lean"] == 0


def test_speed_without_spacys_private_helper_keeps_the_attribute_ruler(monkeypatch):
    from kg.nlp.speed import attribute_table

    monkeypatch.setattr(attribute_table, "set_token_attrs", None)
    nlp = spacy.load(MODEL)
    assert attribute_table.compile_attribute_ruler(nlp) is False
    assert "attribute_ruler" in nlp.pipe_names


def test_speed_decoding_falls_back_to_the_components_own(monkeypatch):
    """A spaCy whose step model reads context tokens otherwise: the parser's own pipe."""
    from spacy.ml.parser_model import ParserStepModel

    from kg.nlp.speed import transitions

    nlp = spacy.load(MODEL)
    texts = CORPUS[:5]
    expected = [[(t.dep_, t.head.i) for t in d] for d in nlp.pipe(texts)]

    def changed(self, states):
        raise AttributeError("'ParserStepModel' has no attribute 'state2vec'")

    monkeypatch.setattr(ParserStepModel, "get_token_ids", changed)
    monkeypatch.setattr(transitions, "_REFUSED", set())
    docs = [nlp.make_doc(t) for t in texts]
    docs = transitions.read_trained(nlp, docs)
    assert [[(t.dep_, t.head.i) for t in d] for d in docs] == expected
    assert id(nlp.get_pipe("parser")) in transitions._REFUSED
